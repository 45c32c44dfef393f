"""Exports (csv, parquet, GDELT 2.0 layout) and stories, on events deduplicated from hand-coded TE3 mentions."""
from __future__ import annotations

import csv
import io

import pytest

from eventwire import export
from eventwire.records import ActorRef, Evidence, Mention, Place
from eventwire.stages import dedup, stories

NETANYAHU = dict(text="Benjamin Netanyahu", name="Benjamin Netanyahu", country="ISR", sector="GOV",
                 actor_id="person:benjamin-netanyahu")
ERDOGAN = dict(text="Recep Tayyip Erdogan", name="Recep Tayyip Erdogan", country="TUR", sector="GOV",
               actor_id="person:recep-tayyip-erdogan")
NAVALNY = dict(text="Navalny", name="Alexei Navalny", country="RUS", sector="OPP", actor_id="person:alexei-navalny")
TEL_AVIV = Place("Tel Aviv", 0, 8, "Tel Aviv", "ISR", 32.08, 34.78, 293397, "city")


def m(doc, sentence, trigger, type_, mode, cameo, source, target, date, published, location=None):
    start = sentence.index(trigger)
    return Mention(doc=doc, type=type_, mode=mode, cameo=cameo, evidence=Evidence(sentence, 100, 100 + len(sentence)),
                   source=ActorRef(**source) if source else None, target=ActorRef(**target) if target else None,
                   date=date, date_precision="day" if date and len(date) == 10 else None, published=published,
                   trigger=trigger, trigger_start=100 + start, trigger_end=100 + start + len(trigger),
                   location=location, confidence=0.8)


@pytest.fixture
def linked():
    day = "2013-03-22"
    ms = [
        m("CNN_20130322_314", "Prime Minister Benjamin Netanyahu apologized to Turkey for a 2010 commando raid.",
          "apologized", "CONCEDE", None, "055", NETANYAHU, dict(text="Turkey", name="Turkey", country="TUR",
                                                               actor_id="TUR"), day, day),
        m("WSJ_20130322_159", "Israeli Prime Minister Benjamin Netanyahu apologized on Friday to Turkish Prime "
          "Minister Recep Tayyip Erdogan for a raid on a Turkish flotilla ship.", "apologized", "CONCEDE", None,
          "055", NETANYAHU, ERDOGAN, day, day),
        m("bbc_20130322_1353", "Israel's prime minister has apologised to Turkey for \"any errors that could have "
          "led to loss of life\".", "apologised", "CONCEDE", None, "055", NETANYAHU,
          dict(text="Turkey", name="Turkey", country="TUR", actor_id="TUR"), None, day),
        m("CNN_20130322_314", "It happened in a phone call to Erdogan during a final meeting between Obama and "
          "Netanyahu at Ben Gurion International Airport in Tel Aviv.", "phone call", "CONSULT", "call", "040",
          NETANYAHU, ERDOGAN, day, day, TEL_AVIV),
        m("seed", "Navalny was arrested soon after returning from Germany last month.", "arrested", "COERCE",
          "arrest", "173", None, NAVALNY, "2021-01", "2021-02-10"),
    ]
    for mention, eid in zip(ms, [dedup.link_mentions(ms, [])[x.id] for x in ms]):
        mention.event_id = eid
    groups: dict[str, list[Mention]] = {}
    for mention in ms:
        groups.setdefault(mention.event_id, []).append(mention)
    events = sorted((dedup.summarize_event(g) for g in groups.values()), key=lambda e: e["id"])
    return events, ms


def test_gdelt_export_loads_with_gdelt_column_names(linked, tmp_path, shared_data):
    pd = pytest.importorskip("pandas")
    events, ms = linked
    paths = export.write_events(events, ms, "gdelt", tmp_path / "batch", urls={"CNN_20130322_314": "http://cnn.com/x"})
    assert [p.rsplit(".", 2)[-2] for p in paths] == ["export", "mentions"]
    # column names straight from the GDELT 2.0 header files, as GDELT tooling reads raw files
    schema = shared_data / "gdelt-schema"
    with open(schema / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", newline="") as fh:
        ev_names = [r["tableId"] for r in csv.DictReader(fh)]
    mention_names = [line.split("\t")[1] for line in (schema / "GDELT_2.0_eventMentions_Column_Labels_Header_Row_"
                     "Sep2016.tsv").read_text().splitlines()[1:] if line.split("\t")[0].isdigit()][:16]
    ev = pd.read_csv(paths[0], sep="\t", header=None, names=ev_names, dtype={"EventCode": str, "EventRootCode": str})
    mt = pd.read_csv(paths[1], sep="\t", header=None, names=mention_names)
    assert len(ev) == 3 and len(mt) == 5
    apology = ev[ev.EventCode == "055"].iloc[0]
    assert apology.SQLDATE == 20130322 and apology.NumSources == 3 and apology.NumMentions == 3
    assert apology.Actor1Name == "BENJAMIN NETANYAHU" and apology.Actor1CountryCode == "ISR"
    assert apology.QuadClass == 1 and apology.EventRootCode == "05"
    call = ev[ev.EventCode == "040"].iloc[0]
    assert call.ActionGeo_CountryCode == "IS" and call.ActionGeo_FeatureID == 293397  # FIPS, like GDELT
    assert call.SOURCEURL == "http://cnn.com/x"
    arrest = ev[ev.EventCode == "173"].iloc[0]
    assert arrest.QuadClass == 4 and arrest.SQLDATE == 20210101 and arrest.MonthYear == 202101
    assert set(mt.GLOBALEVENTID) == set(ev.GLOBALEVENTID)
    assert mt.Confidence.tolist() == [80] * 5


def test_csv_and_parquet_keep_every_event_and_mention(linked, tmp_path):
    events, ms = linked
    rows = list(csv.DictReader(io.StringIO(export.to_text(events, ms, "csv"))))
    assert len(rows) == 3
    apology = next(r for r in rows if r["type"] == "CONCEDE")
    assert apology["sources"] == "3" and len(apology["docs"].split(";")) == 3
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    export.write_events(events, ms, "parquet", path)
    table = pq.read_table(path).to_pylist()
    assert sorted(len(r["mentions"]) for r in table) == [1, 1, 3]
    with pytest.raises(ValueError):
        export.write_events(events, ms, "xml", path)


def test_stories_group_events_by_shared_actors(linked):
    events, _ = linked
    found = stories.group_stories(events)
    assert len(found) == 2
    main = found[0]
    assert main["n_events"] == 2 and main["n_articles"] == 3
    assert main["first_date"] == main["last_date"] == "2013-03-22"
    assert "Netanyahu" in main["title"] and "Erdogan" in main["title"]
    assert found[1]["actors"] == ["Alexei Navalny"]
    # deterministic whatever the order
    assert stories.group_stories(list(reversed(events))) == found


def test_story_window_splits_distant_events():
    a = {"id": "e1", "type": "COERCE", "mode": "arrest", "target_actor_id": "person:x", "target_name": "X Y",
         "date": "2021-01-17", "sources": 2}
    b = dict(a, id="e2", date="2021-02-02")
    c = dict(a, id="e3", date="2021-09-01")
    groups = stories.group_stories([c, b, a])
    assert sorted(g["n_events"] for g in groups) == [1, 2]
    assert groups[0]["title"] == "Y: arrest"


def test_events_reported_together_form_one_story():
    arrest = {"id": "e1", "type": "COERCE", "mode": "arrest", "target_actor_id": "person:alexei-navalny",
              "target_name": "Alexei Navalny", "date": "2021-01", "docs": ["seed1"], "sources": 1}
    protest = {"id": "e2", "type": "PROTEST", "mode": "demo", "source_actor_id": "RUSOPP",
               "source_name": "demonstrators", "date": "2021-01-23", "docs": ["seed1", "seed2"], "sources": 2}
    far = dict(protest, id="e3", date="2022-06-01", docs=["seed9"])
    groups = stories.group_stories([far, protest, arrest])
    assert [g["n_events"] for g in groups] == [2, 1]
    assert groups[0]["n_articles"] == 2 and groups[0]["title"] == "Navalny: protests, arrest"  # weighted by sources
    assert (groups[0]["first_date"], groups[0]["last_date"]) == ("2021-01-01", "2021-01-31")


def test_gdelt_export_accepts_contract_shaped_rows(linked):
    """The store's query rows: nested actors/location, mentions embedded without event_id."""
    events, ms = linked
    rows = []
    for e in events:
        mine = [x.to_dict() for x in ms if x.event_id == e["id"]]
        for d in mine:
            d["url"] = f"https://example.org/{d['doc']}"
        rows.append(dict(e, mentions=mine))
    out = io.StringIO()
    export.write_events(rows, [x for r in rows for x in r["mentions"]], "gdelt", out)
    lines = [line.split("\t") for line in out.getvalue().splitlines()]
    assert len(lines) == 3 and all(len(parts) == len(export.gdelt_columns()["events"]) for parts in lines)
    cols = export.gdelt_columns()["events"]
    apology = next(p for p in lines if p[cols.index("EventCode")] == "055")
    assert apology[cols.index("Actor1Name")] == "BENJAMIN NETANYAHU"
    assert apology[cols.index("SOURCEURL")].startswith("https://example.org/")
