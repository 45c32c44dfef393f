"""The DuckDB store: idempotent re-ingest, bad input skipped without loss, queries by actor alias."""
import json
import subprocess
import sys

import pytest

from eventwire.ingest import ingest_paths
from eventwire.store import queries
from eventwire.store.duckdb_store import Store

from .conftest import SAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db = tmp_path_factory.mktemp("store") / "seeds.duckdb"
    first = ingest_paths([str(SAMPLES)], str(db))
    return db, first


def test_reingest_changes_nothing(seeded):
    db, first = seeded
    assert first["articles"] == 2 and first["mentions"] > 10
    with Store(db) as store:
        before = store.counts()
    again = ingest_paths([str(SAMPLES)], str(db))
    assert again["articles"] == 0 and again["unchanged"] == 2
    with Store(db) as store:
        assert store.counts() == before


def test_timeline_by_alias(seeded):
    db, _ = seeded
    with Store(db, read_only=True) as store:
        volkov = queries.timeline(store, "Volkov")
        alexey = queries.timeline(store, "Alexey Navalny")
    assert any(e["type"] == "COERCE" and e["mode"] == "arrest" for e in volkov)
    assert len(alexey) >= 3
    dated = [e["date"] or e["first_reported"] for e in alexey]
    assert dated == sorted(dated, key=lambda d: (d is None, d))
    for e in volkov:
        assert e["mentions"] and e["sources"] >= 1


def test_bad_file_skipped_rest_stored(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("date 2020-08-10 Belarusian police detained 3,000 protesters in Minsk on Sunday.",
                               encoding="utf-8")
    (src / "b.jsonl").write_text('{"id": "ok", "text": "Rebels attacked an army base near Goma on Friday."}\n'
                                 '{"id": "bad", "text": \n', encoding="utf-8")
    (src / "c.txt").write_bytes(b"\x00\x01binary")
    db = tmp_path / "x.duckdb"
    proc = subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", str(src), "--db", str(db)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert f"{src / 'b.jsonl'}:2" in proc.stderr and "c.txt" in proc.stderr
    with Store(db, read_only=True) as store:
        ids = {r[0] for r in store.conn.execute("SELECT id FROM articles").fetchall()}
    assert ids == {"a.txt", "ok"}


def test_extract_cli_jsonl_contract():
    proc = subprocess.run([sys.executable, "-m", "eventwire.cli", "extract", str(SAMPLES), "--format", "jsonl"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) > 10
    assert {r["doc"] for r in rows} == {"000_b0e895444fb2a88d.txt", "003_791b397503252e09.txt"}
    assert all(r["modality"] in ("asserted", "negated", "hypothetical", "future") for r in rows)


def test_extract_says_how_each_article_was_dated():
    proc = subprocess.run([sys.executable, "-m", "eventwire.cli", "extract", str(SAMPLES), "--format", "jsonl"],
                          capture_output=True, text=True)
    how = {json.loads(line)["doc"][:3]: json.loads(line)["published_how"] for line in proc.stdout.splitlines()}
    assert how == {"000": "date-line", "003": "text:caption+weekday"}
