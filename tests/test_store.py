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


def _result(doc: str, sentence: str, trigger: str, type_: str, mode, target: dict, day: str):
    from eventwire.pipeline import Result
    from eventwire.records import ActorRef, Article, Evidence, Mention

    start = sentence.index(trigger)
    mention = Mention(doc=doc, type=type_, mode=mode, evidence=Evidence(sentence, 0, len(sentence)),
                      target=ActorRef(**target), date=day, date_precision="day", published=day, trigger=trigger,
                      trigger_start=start, trigger_end=start + len(trigger), confidence=0.8)
    return Result(article=Article(id=doc, text=sentence), mentions=[mention])


VOLKOV = dict(text="Leonid Volkov", name="Leonid Volkov", country="RUS", sector="OPP", actor_id="person:leonid-volkov")
NAVALNY = dict(text="Navalny", name="Alexei Navalny", country="RUS", sector="OPP", actor_id="person:alexei-navalny")


def test_stories_are_updated_incrementally(fresh_store):
    """A new event joins the story it touches; other stories are left alone; the result is the batch one."""
    from eventwire.stages.stories import group_stories

    store = fresh_store
    store.add_results([_result("a", "Police detained Navalny on Sunday.", "detained", "COERCE", "arrest", NAVALNY,
                               "2021-01-17")])
    store.add_results([_result("b", "A court issued a warrant for Leonid Volkov.", "warrant", "COERCE", "arrest",
                               VOLKOV, "2021-02-10")])
    assert store.conn.execute("SELECT count(*) FROM stories").fetchone()[0] == 2
    # mark Volkov's story: an unrelated ingest must not rewrite it
    store.conn.execute("UPDATE stories SET title = 'kept' WHERE list_contains(actors, 'Leonid Volkov')")
    store.add_results([_result("c", "Navalny was jailed by a Moscow court.", "jailed", "COERCE", "arrest", NAVALNY,
                               "2021-02-02")])
    rows = store._dicts("SELECT title, n_events, actors FROM stories ORDER BY n_events DESC")
    assert [(r["n_events"], r["actors"]) for r in rows] == [(2, ["Alexei Navalny"]), (1, ["Leonid Volkov"])]
    assert rows[1]["title"] == "kept"
    events = store._dicts(store._EVENTS_WITH_DOCS)
    batch = {tuple(s["event_ids"]) for s in group_stories(events)}
    stored = {}
    for e in events:
        stored.setdefault(e["story_id"], []).append(e["id"])
    assert {tuple(sorted(v)) for v in stored.values()} == batch
    # one article reporting on both men ties their stories into one
    text = "Volkov was charged. Navalny was sentenced."
    both = _result("d", text, "charged", "ACCUSE", None, VOLKOV, "2021-02-11")
    both.mentions += _result("d", text, "sentenced", "SANCTION", "convict", NAVALNY, "2021-02-02").mentions
    store.add_results([both])
    rows = store._dicts("SELECT id, n_events, n_articles FROM stories")
    assert [(r["n_events"], r["n_articles"]) for r in rows] == [(5, 4)]
    assert store.conn.execute("SELECT count(DISTINCT story_id) FROM events").fetchone()[0] == 1


def test_dedup_candidates_stay_near_in_time(fresh_store):
    """An undated report is compared with what was reported around its publication, not the whole store."""
    from dataclasses import replace

    from eventwire.stages import dedup

    store = fresh_store
    old = _result("old", "Police detained Navalny.", "detained", "COERCE", "arrest", NAVALNY, "2015-03-01")
    old.mentions = [replace(m, date=None, date_precision=None) for m in old.mentions]
    near = _result("near", "Police detained Navalny on Sunday.", "detained", "COERCE", "arrest", NAVALNY, "2021-01-17")
    store.add_results([old])
    store.add_results([near])
    new = replace(near.mentions[0], doc="new", date=None, date_precision=None, published="2021-01-20",
                  trigger_start=0)
    found = {m.doc for m in store.candidate_mentions([new], dedup)}
    assert "near" in found and "old" not in found
    # a dated report still finds a stored mention dated in its window, however long ago it was reported
    dated_old = _result("dated", "Navalny was detained in 2015.", "detained", "COERCE", "arrest", NAVALNY, "2015-03-02")
    store.add_results([dated_old])
    again = replace(new, date="2015-03-02", date_precision="day")
    assert "dated" in {m.doc for m in store.candidate_mentions([again], dedup)}


def test_python_dash_m_eventwire_runs_the_same_command_line():
    proc = subprocess.run([sys.executable, "-m", "eventwire", "extract", str(SAMPLES), "--format", "jsonl"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert {json.loads(line)["doc"] for line in proc.stdout.splitlines()} == {"000_b0e895444fb2a88d.txt",
                                                                             "003_791b397503252e09.txt"}
