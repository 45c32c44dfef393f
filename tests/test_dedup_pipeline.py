"""Cross-article deduplication on real pipeline output: one happening, one event, many sources."""
import json
import re

import pytest

from eventwire.ingest import ingest_paths
from eventwire.store import queries
from eventwire.store.duckdb_store import Store

from .conftest import SAMPLES

pytestmark = pytest.mark.slow
APOLOGY = ["CNN_20130322_314", "WSJ_20130322_159", "bbc_20130322_1353"]


@pytest.fixture(scope="module")
def apology_store(shared_data, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("apology")
    path = tmp / "apology.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for name in APOLOGY:
            tml = (shared_data / "tempeval3" / "te3-platinum" / f"{name}.tml").read_text(encoding="utf-8")
            text = re.sub(r"<[^>]+>", "", tml.split("<TEXT>")[1].split("</TEXT>")[0]).strip()
            out.write(json.dumps({"id": name, "text": text, "published": "2013-03-22"}) + "\n")
    db = tmp / "apology.duckdb"
    ingest_paths([str(path)], str(db))
    with Store(db, read_only=True) as store:
        yield queries.events(store)


def test_apology_is_one_event_with_three_sources(apology_store):
    apologies = [e for e in apology_store if e["type"] == "SUPPORT" and e["modality"] == "asserted"
                 and any(m["trigger"]["text"].lower().startswith("apolog") for m in e["mentions"])]
    # the apology reported by all three outlets is one event; a quoted restatement "to the Turkish people"
    # (target: the people, not the state, no date) may stay apart
    three = [e for e in apologies if e["sources"] == 3]
    assert len(three) == 1
    assert sum(e["sources"] for e in apologies) <= 4
    event = three[0]
    assert event["source"]["country"] == "ISR" and event["target"]["country"] == "TUR"
    assert event["date"] == "2013-03-22"


def test_phone_call_is_one_event(apology_store):
    calls = [e for e in apology_store if e["type"] == "CONSULT" and e["mode"] == "phone"]
    assert len(calls) == 1 and calls[0]["sources"] >= 2


def test_navalny_arrest_merged_across_seed_articles(tmp_path):
    db = tmp_path / "seeds.duckdb"
    ingest_paths([str(SAMPLES)], str(db))
    with Store(db, read_only=True) as store:
        arrests = [e for e in queries.events(store, actor="Navalny", type_="COERCE")
                   if e["mode"] == "arrest" and e["modality"] == "asserted"
                   and (e["target"] or {}).get("name", "").endswith("Navalny")]
    assert len(arrests) == 1 and arrests[0]["sources"] == 2
