"""The HTTP API over a store made from the seed articles (issue 6).

The store is written with plain SQL into `eventwire/store/schema.sql`: the seed articles as read, and
mentions whose sentences, sentence offsets and trigger offsets are located in those texts (so every
offset is real), plus one hostile article carrying script payloads.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SCHEMA = ROOT / "eventwire" / "store" / "schema.sql"

HOSTILE_ID = "hostile.txt"
HOSTILE_TEXT = (
    "date 2021-02-11 <script>window.pwned = 1</script> Protesters <img src=x onerror=\"window.pwned=2\"> "
    "rallied in Minsk on Thursday against the government. "
    "Police detained <b onmouseover=\"window.pwned=3\">dozens</b> of protesters <script>window.pwned=4</script> in Minsk."
)

# (article file, sentence, trigger, event key, fields). Sentences are located in the seed text as read.
SEED_MENTIONS = [
    ("000_b0e895444fb2a88d.txt",
     "Moscow has issued an international arrest warrant for one of jailed opposition leader Alexei Navalny’s allies, "
     "Leonid Volkov, who is currently based outside Russia, according to Interfax news agency.",
     "issued", "warrant",
     dict(type="COERCE", mode="arrest", cameo="173", source=("Moscow", "Russia", "RUS", "GOV", "RUS"),
          target=("Leonid Volkov", "Leonid Volkov", "RUS", "OPP", "person:leonid-volkov"),
          date="2021-02-10", date_precision="day", date_text=None, modality="asserted",
          location=("Moscow", "Moscow", "RUS", 55.75, 37.62, 524901), confidence=0.9)),
    ("000_b0e895444fb2a88d.txt",
     "A Moscow court on February 10 said that Volkov would be held in Russia for two months if and when he is "
     "detained or extradited.",
     "held", "warrant",
     dict(type="COERCE", mode="arrest", cameo="173", source=("A Moscow court", "Russia", "RUS", "JUD", "RUS"),
          target=("Volkov", "Leonid Volkov", "RUS", "OPP", "person:leonid-volkov"),
          date="2021-02-10", date_precision="day", date_text="on February 10", modality="hypothetical",
          location=("Moscow", "Moscow", "RUS", 55.75, 37.62, 524901), confidence=0.7)),
    ("000_b0e895444fb2a88d.txt",
     "Russian Foreign Minister Sergei Lavrov on Tuesday accused Navalny's allies of treachery for discussing "
     "sanctions against Russia with foreign governments.",
     "accused", "lavrov",
     dict(type="ACCUSE", mode=None, cameo="112",
          source=("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", "RUS", "GOV", "person:sergei-lavrov"),
          target=("Navalny's allies", "Alexei Navalny", "RUS", "OPP", "person:alexei-navalny"),
          date="2021-02-09", date_precision="day", date_text="on Tuesday", modality="asserted",
          location=None, confidence=0.8)),
    ("000_b0e895444fb2a88d.txt",
     "Navalny was arrested soon after returning from Germany last month following which he was sentenced to "
     "serve his remaining suspended jail term in prison.",
     "arrested", "navalny-arrest",
     dict(type="COERCE", mode="arrest", cameo="173", source=None,
          target=("Navalny", "Alexei Navalny", "RUS", "OPP", "person:alexei-navalny"),
          date="2021-01", date_precision="month", date_text="last month", modality="asserted",
          location=None, confidence=0.8)),
    ("003_791b397503252e09.txt",
     "EU foreign policy chief Josep Borrell will visit Moscow early next month to press the Kremlin on the arrest "
     "of Alexey Navalny, diplomats have said, as Brussels weighs fresh sanctions.",
     "visit", "borrell",
     dict(type="CONSULT", mode="visit", cameo="042",
          source=("EU foreign policy chief Josep Borrell", "Josep Borrell", "IGO", "IGO", "person:josep-borrell"),
          target=("Moscow", "Russia", "RUS", "GOV", "RUS"),
          date="2021-02", date_precision="month", date_text="early next month", modality="future",
          location=("Moscow", "Moscow", "RUS", 55.75, 37.62, 524901), confidence=0.8)),
    ("003_791b397503252e09.txt",
     "Volkov called on Russians to rally again to put pressure on the authorities to release Navalny before he "
     "is due in court on February 2 on charges of breaking the terms of a 2014 suspended sentence.",
     "called", "volkov-call",
     dict(type="REQUEST", mode=None, cameo="1041",
          source=("Volkov", "Leonid Volkov", "RUS", "OPP", "person:leonid-volkov"),
          target=("Russians", "Russia", "RUS", "CVL", None),
          date="2021-01-25", date_precision="day", date_text=None, modality="asserted",
          location=None, confidence=0.6)),
    ("003_791b397503252e09.txt",
     "Russian police on Saturday detained more than 3,500 people, a record for a single day, at rallies in over "
     "100 cities across the country where demonstrators were calling for Navalny's release and protesting the "
     "government.",
     "detained", "detentions",
     dict(type="COERCE", mode="arrest", cameo="173", source=("Russian police", "Russia", "RUS", "COP", "RUS"),
          target=("more than 3,500 people", None, "RUS", "CVL", None),
          date="2021-01-23", date_precision="day", date_text="on Saturday", modality="asserted",
          location=("Russia", "Russia", "RUS", 61.5, 105.0, 2017370), confidence=0.9,
          quantity=(3500.0, "people", "more than 3,500 people"))),
    (HOSTILE_ID,
     "Police detained <b onmouseover=\"window.pwned=3\">dozens</b> of protesters <script>window.pwned=4</script> in Minsk.",
     "detained", "hostile",
     dict(type="COERCE", mode="arrest", cameo="173", source=("Police", "Belarus", "BLR", "COP", "BLR"),
          target=("<b onmouseover=\"window.pwned=3\">dozens</b> of protesters", None, "BLR", "CVL", None),
          date="2021-02-11", date_precision="day", date_text=None, modality="asserted",
          location=("Minsk", "Minsk", "BLR", 53.9, 27.57, 625144), confidence=0.7)),
]

ACTORS = [
    ("person:leonid-volkov", "Leonid Volkov", "RUS", "OPP", ["Leonid Volkov", "Volkov"],
     [{"code": "RUSOPP", "since": None, "until": None}]),
    ("person:alexei-navalny", "Alexei Navalny", "RUS", "OPP", ["Alexei Navalny", "Alexey Navalny", "Navalny"],
     [{"code": "RUSOPP", "since": None, "until": None}]),
    ("person:sergei-lavrov", "Sergei Lavrov", "RUS", "GOV", ["Sergei Lavrov", "Sergey Lavrov"],
     [{"code": "RUSGOV", "since": "2004-03-09", "until": None}]),
    ("person:josep-borrell", "Josep Borrell", "IGO", "IGO", ["Josep Borrell"],
     [{"code": "IGOEUREEC", "since": "2019-12-01", "until": None}]),
    ("RUS", "Russia", "RUS", "GOV", ["Russia", "Moscow", "Kremlin"], []),
    ("BLR", "Belarus", "BLR", "GOV", ["Belarus"], []),
]


def seed_texts() -> dict[str, str]:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
    texts[HOSTILE_ID] = HOSTILE_TEXT
    return texts


def build_seed_store(db_path: Path) -> Path:
    """A store in the final schema holding the seeds and hand-coded mentions with real offsets."""
    texts = seed_texts()
    con = duckdb.connect(str(db_path))
    con.execute(SCHEMA.read_text(encoding="utf-8"))
    published = {"000_b0e895444fb2a88d.txt": ("2021-02-10", "date-line"),
                 "003_791b397503252e09.txt": ("2021-01-25", "text:caption"), HOSTILE_ID: ("2021-02-11", "date-line")}
    for doc, text in texts.items():
        title = "<script>window.pwned=5</script> Minsk rally" if doc == HOSTILE_ID else text.strip()[:60]
        con.execute("INSERT INTO articles (id, sha1, path, title, source, published, published_how, text)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [doc, hashlib.sha1(text.encode()).hexdigest(), f"samples/{doc}", title, "seed",
                     published[doc][0], published[doc][1], text])
    events: dict[str, list] = {}
    for doc, sentence, trigger, key, f in SEED_MENTIONS:
        text = texts[doc]
        start = text.index(sentence)
        t_start = start + sentence.index(trigger)
        src = f["source"] or (None,) * 5
        tgt = f["target"] or (None,) * 5
        loc = f["location"] or (None,) * 6
        qty = f.get("quantity") or (None,) * 3
        event_id = "ev-" + hashlib.sha1(key.encode()).hexdigest()[:12]
        mention_id = hashlib.sha1(f"{doc}|{t_start}|{f['type']}".encode()).hexdigest()[:16]
        con.execute(
            "INSERT INTO mentions (id, doc, event_id, type, mode, cameo, source_text, source_name, source_country,"
            " source_sector, source_actor_id, target_text, target_name, target_country, target_sector,"
            " target_actor_id, date, date_precision, date_text, modality, location_text, location_name,"
            " location_country, lat, lon, geonameid, quantity_value, quantity_unit, quantity_text, sentence,"
            " sent_start, sent_end, trigger, trigger_start, trigger_end, published, confidence)"
            " VALUES (" + ", ".join(["?"] * 37) + ")",
            [mention_id, doc, event_id, f["type"], f["mode"], f["cameo"], *src, *tgt, f["date"],
             f["date_precision"], f["date_text"], f["modality"], *loc, *qty, sentence, start,
             start + len(sentence), trigger, t_start, t_start + len(trigger), published[doc][0], f["confidence"]])
        events.setdefault(event_id, []).append((doc, f))
    for event_id, reports in events.items():
        f = max((r[1] for r in reports), key=lambda x: x["confidence"])
        src = f["source"] or (None,) * 5
        tgt = f["target"] or (None,) * 5
        loc = f["location"] or (None,) * 6
        qty = f.get("quantity") or (None,) * 3
        firsts = sorted(published[d][0] for d, _ in reports)
        con.execute(
            "INSERT INTO events (id, type, mode, cameo, source_name, source_country, source_sector, source_actor_id,"
            " target_name, target_country, target_sector, target_actor_id, date, date_precision, modality,"
            " location_name, location_country, lat, lon, geonameid, quantity_value, quantity_unit, sources,"
            " n_mentions, first_reported, last_reported, confidence) VALUES (" + ", ".join(["?"] * 27) + ")",
            [event_id, f["type"], f["mode"], f["cameo"], *src[1:], *tgt[1:], f["date"], f["date_precision"],
             f["modality"], *loc[1:], *qty[:2], len({d for d, _ in reports}), len(reports), firsts[0],
             firsts[-1], f["confidence"]])
    warrant_id = "ev-" + hashlib.sha1(b"warrant").hexdigest()[:12]
    con.execute("UPDATE events SET story_id = 'story-volkov' WHERE id = ?", [warrant_id])
    con.execute("INSERT INTO stories VALUES ('story-volkov', 'Arrest warrant for Leonid Volkov', '2021-02-10',"
                " '2021-02-10', ['Leonid Volkov', 'Russia'], 1, 1)")
    for actor_id, name, country, sector, aliases, roles in ACTORS:
        con.execute("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?)",
                    [actor_id, name, country, sector, aliases, json.dumps(roles)])
    con.close()
    return db_path


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> Path:
    return build_seed_store(tmp_path_factory.mktemp("store") / "seed.duckdb")


@pytest.fixture(scope="module")
def client(seed_db):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    with TestClient(create_app(str(seed_db))) as c:
        yield c


def test_events_filter_by_alias_finds_the_arrest_warrant(client):
    page = client.get("/api/events", params={"actor": "Volkov"}).json()
    assert page["total"] == 2
    types = {e["type"] for e in page["items"]}
    assert types == {"COERCE", "REQUEST"}
    warrant = next(e for e in page["items"] if e["type"] == "COERCE")
    assert warrant["target"]["name"] == "Leonid Volkov"
    assert warrant["sources"] == 1 and warrant["n_mentions"] == 2
    assert warrant["quad_class"] == "material conflict"


@pytest.mark.parametrize("params, expected", [
    ({"type": "ACCUSE"}, {"ACCUSE"}),
    ({"type": "consult,accuse"}, {"ACCUSE", "CONSULT"}),
    ({"since": "2021-02-09", "until": "2021-02-10"}, {"ACCUSE", "COERCE", "CONSULT"}),  # month-precise CONSULT 2021-02 overlaps
    ({"until": "2021-01"}, {"COERCE", "REQUEST"}),
    ({"country": "blr"}, {"COERCE"}),
    ({"text": "treachery"}, {"ACCUSE"}),
])
def test_event_filters(client, params, expected):
    page = client.get("/api/events", params=params).json()
    assert page["total"] > 0
    assert {e["type"] for e in page["items"]} == expected


def test_like_wildcards_in_user_text_are_literal(client):
    assert client.get("/api/events", params={"text": "%"}).json()["total"] == 0
    assert client.get("/api/events", params={"actor": "_"}).json()["total"] == 0


def test_paging(client):
    first = client.get("/api/events", params={"limit": 3, "offset": 0}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] == 7
    assert len(first["items"]) == 3
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    dates = [e["date"] for e in first["items"]]
    assert dates == sorted(dates)


def test_event_detail_has_mentions_with_real_offsets_and_highlights(client):
    warrant = next(e for e in client.get("/api/events", params={"actor": "Volkov", "type": "COERCE"}).json()["items"])
    detail = client.get(f"/api/events/{warrant['id']}").json()
    assert len(detail["mentions"]) == 2
    article = client.get(f"/api/articles/{detail['mentions'][0]['doc']}").json()
    for m in detail["mentions"]:
        assert article["text"][m["sent_start"]:m["sent_end"]] == m["sentence"]
        assert article["text"][m["trigger_start"]:m["trigger_end"]] == m["trigger"]
        marked = {h["kind"]: m["sentence"][h["start"]:h["end"]] for h in m["highlights"]}
        assert marked["trigger"] == m["trigger"]
        assert marked["target"] == m["target_text"]
    court = next(m for m in detail["mentions"] if m["date_text"])
    assert {h["kind"]: court["sentence"][h["start"]:h["end"]] for h in court["highlights"]}["date"] == "on February 10"
    assert client.get("/api/events/nope").status_code == 404


def test_highlights_never_overlap():
    from eventwire.store.web_queries import highlights

    sentence = "Moscow police detained Moscow protesters on Monday."
    spans = highlights({"sentence": sentence, "sent_start": 100, "trigger_start": 114, "trigger_end": 122,
                        "trigger": "detained", "source_text": "Moscow police", "target_text": "Moscow protesters",
                        "date_text": "on Monday", "location_text": "Moscow"})
    assert [(s["kind"], sentence[s["start"]:s["end"]]) for s in spans] == [
        ("source", "Moscow police"), ("trigger", "detained"), ("target", "Moscow protesters"), ("date", "on Monday")]


def test_actor_profile_network_and_timeline(client):
    volkov = client.get("/api/actors/Volkov").json()
    assert volkov["id"] == "person:leonid-volkov"
    assert {"Leonid Volkov", "Volkov"} <= set(volkov["aliases"])
    assert volkov["roles"][0]["code"] == "RUSOPP"
    directions = {(e["direction"], e["actor"]) for e in volkov["network"]}
    assert ("acted_on_by", "Russia") in directions and ("acts_on", "Russia") in directions
    assert [m["month"] for m in volkov["events_by_month"]] == ["2021-01", "2021-02"]
    by_full_name = client.get("/api/timeline/Leonid Volkov").json()["items"]
    assert [e["date"] for e in by_full_name] == ["2021-01-25", "2021-02-10"]
    assert client.get("/api/actors/Nobody-At-All").status_code == 404
    listed = client.get("/api/actors", params={"text": "Alexey Navalny"}).json()["items"]
    assert [a["id"] for a in listed] == ["person:alexei-navalny"]


def test_articles_stats_stories(client):
    arts = client.get("/api/articles").json()
    assert arts["total"] == 3
    assert all("text" not in a for a in arts["items"])
    hostile = client.get(f"/api/articles/{HOSTILE_ID}").json()
    assert hostile["text"] == HOSTILE_TEXT  # stored and returned verbatim; the page renders it as text
    stats = client.get("/api/stats").json()
    assert stats["counts"]["events"] == 7 and stats["counts"]["mentions"] == 8
    assert stats["date_range"] == {"first": "2021-01", "last": "2021-02-11"}
    stories = client.get("/api/stories").json()["items"]
    assert [(x["id"], x["actors"], x["n_events"]) for x in stories] == [("story-volkov", ["Leonid Volkov", "Russia"], 1)]
    in_story = client.get("/api/events", params={"story": "story-volkov"}).json()["items"]
    assert [(e["type"], e["target"]["name"]) for e in in_story] == [("COERCE", "Leonid Volkov")]


def test_csv_and_jsonl_downloads_follow_filters(client):
    response = client.get("/api/events", params={"actor": "Volkov", "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert len(table) == 2 and {r["target_name"] for r in table} | {r["source_name"] for r in table} >= {"Leonid Volkov"}
    lines = client.get("/api/mentions", params={"actor": "Volkov", "format": "jsonl"}).text.splitlines()
    assert len(lines) == 3
    assert all("Volkov" in json.loads(line)["sentence"] for line in lines)


def test_page_docs_and_static_are_local(client):
    page = client.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert "http://" not in page.text and "https://" not in page.text
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]
    world = client.get("/static/vendor/world-110m.json").json()
    assert len(world["countries"]) > 150


def test_missing_store_is_a_clear_503(tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    with TestClient(create_app(str(tmp_path / "absent.duckdb"))) as c:
        response = c.get("/api/stats")
    assert response.status_code == 503 and "eventwire ingest" in response.json()["detail"]


def test_reads_while_another_connection_writes(seed_db, tmp_path):
    """A writer in another process holds the lock: the API waits, then answers 503 rather than crashing."""
    import subprocess
    import sys

    from fastapi.testclient import TestClient

    import eventwire.api as api

    copy = tmp_path / "busy.duckdb"
    copy.write_bytes(seed_db.read_bytes())
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]);"
                               " print('locked', flush=True); time.sleep(30)", str(copy)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        old_wait, api.LOCK_WAIT_SECONDS = api.LOCK_WAIT_SECONDS, 0.3
        try:
            with TestClient(api.create_app(str(copy))) as c:
                response = c.get("/api/stats")
        finally:
            api.LOCK_WAIT_SECONDS = old_wait
        assert response.status_code == 503 and "busy" in response.json()["detail"]
    finally:
        holder.kill()
        holder.wait()
    with TestClient(api.create_app(str(copy))) as c:
        assert c.get("/api/stats").json()["counts"]["events"] == 7


def test_upload_rejects_bad_files_or_says_ingest_is_unavailable(client, monkeypatch):
    import eventwire.api as api

    monkeypatch.setattr(api, "load_ingest", lambda: None)
    response = client.post("/api/ingest", files={"files": ("a.txt", b"date 2021-02-10 Police arrested him.")})
    assert response.status_code == 503 and "eventwire ingest" in response.json()["detail"]
    monkeypatch.setattr(api, "load_ingest", lambda: (lambda paths, db=None: {"paths": len(paths)}))
    assert client.post("/api/ingest", files={"files": ("a.exe", b"MZ")}).status_code == 415
    monkeypatch.setattr(api, "MAX_UPLOAD_BYTES", 10)
    too_big = client.post("/api/ingest", files={"files": ("a.txt", b"x" * 11)})
    assert too_big.status_code == 413


def test_upload_runs_the_ingest_function_in_the_background_with_progress(client, seed_db, monkeypatch):
    import eventwire.api as api

    seen = {}

    def fake_ingest(paths, db, published=None, *, on_error=None, on_article=None, scheduler=None):
        folder = Path(paths[0])
        seen.update(db=db, files=sorted(p.name for p in folder.iterdir()),
                    text=(folder / "a.txt").read_text(encoding="utf-8"))
        for _ in range(3):
            on_article()
        on_error("b.jsonl:2: malformed JSON line")
        return {"articles": 2}

    monkeypatch.setattr(api, "load_ingest", lambda: fake_ingest)
    response = client.post("/api/ingest", files=[
        ("files", ("a.txt", "date 2021-02-10 Police arrested him.".encode())),
        ("files", ("b.jsonl", b'{"id": "x", "text": "One."}\n{broken\n{"id": "y", "text": "Two."}\n'))])
    assert response.status_code == 202
    job = response.json()
    assert job["total"] == 4  # one text file, three JSONL lines
    for _ in range(100):
        job = client.get(f"/api/ingest/{job['id']}").json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.05)
    assert job["status"] == "done", job
    assert job["result"] == {"articles": 2} and job["errors"] == ["b.jsonl:2: malformed JSON line"]
    assert seen == {"db": str(seed_db), "files": ["a.txt", "b.jsonl"], "text": "date 2021-02-10 Police arrested him."}
    assert client.get("/api/ingest/unknown").status_code == 404


def seed_records():
    """The seed mentions as pipeline records (Article, Mention), for the real store writer."""
    from eventwire.records import ActorRef, Article, Evidence, Mention, Place, Quantity

    texts = seed_texts()
    published = {"000_b0e895444fb2a88d.txt": "2021-02-10", "003_791b397503252e09.txt": "2021-01-25",
                 HOSTILE_ID: "2021-02-11"}
    articles = {doc: Article(id=doc, text=text, path=doc, published=date.fromisoformat(published[doc]),
                             published_how="date-line") for doc, text in texts.items()}
    mentions: dict[str, list] = {doc: [] for doc in texts}
    for doc, sentence, trigger, _key, f in SEED_MENTIONS:
        start = texts[doc].index(sentence)
        t_start = start + sentence.index(trigger)
        actor = (lambda t: ActorRef(text=t[0], name=t[1], country=t[2], sector=t[3], actor_id=t[4]) if t else None)
        loc = f["location"]
        qty = f.get("quantity")
        mentions[doc].append(Mention(
            doc=doc, type=f["type"], mode=f["mode"], cameo=f["cameo"],
            evidence=Evidence(sentence, start, start + len(sentence)), source=actor(f["source"]),
            target=actor(f["target"]), date=f["date"], date_precision=f["date_precision"],
            date_text=f["date_text"], modality=f["modality"],
            location=Place(text=loc[0], start=0, end=0, name=loc[1], country=loc[2], lat=loc[3], lon=loc[4],
                           geonameid=loc[5]) if loc else None,
            quantity=Quantity(value=qty[0], unit=qty[1], text=qty[2]) if qty else None,
            published=published[doc], confidence=f["confidence"], trigger=trigger, trigger_start=t_start,
            trigger_end=t_start + len(trigger)))
    return articles, mentions


def test_reads_a_store_written_by_the_real_store_writer(tmp_path):
    """The same seed records stored through `Store.add_results` (dedup, event summaries) read back by the API."""
    from fastapi.testclient import TestClient

    from eventwire.api import create_app
    from eventwire.pipeline import Result
    from eventwire.store.duckdb_store import Store

    articles, mentions = seed_records()
    db = tmp_path / "written.duckdb"
    with Store(db) as store:
        store.add_results([Result(articles[doc], mentions[doc]) for doc in articles])
    with TestClient(create_app(str(db))) as c:
        page = c.get("/api/events", params={"actor": "Volkov"}).json()
        assert page["total"] >= 2
        warrant = [e for e in page["items"] if e["type"] == "COERCE" and e["date"] == "2021-02-10"
                   and e["modality"] == "asserted"]
        assert len(warrant) == 1  # the court's conditional detention stays a separate, hypothetical event
        assert warrant[0]["target"]["name"] == "Leonid Volkov"
        detail = c.get(f"/api/events/{warrant[0]['id']}").json()
        evidence = [m for m in detail["mentions"] if "international arrest warrant" in m["sentence"]]
        assert len(evidence) == 1
        text = c.get(f"/api/articles/{evidence[0]['doc']}").json()["text"]
        assert text[evidence[0]["sent_start"]:evidence[0]["sent_end"]] == evidence[0]["sentence"]
        marked = {h["kind"]: evidence[0]["sentence"][h["start"]:h["end"]] for h in evidence[0]["highlights"]}
        assert marked["trigger"] == "issued"
        assert c.get("/api/stats").json()["counts"]["mentions"] == len(SEED_MENTIONS)
        assert "Leonid Volkov" in c.get("/api/actors/Volkov").json()["aliases"]


def test_ids_with_slashes_and_csv_formula_cells(tmp_path):
    """JSONL ids may contain '/'; sentences starting like a spreadsheet formula are defused in CSV."""
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    db = build_seed_store(tmp_path / "odd.duckdb")
    text = "=HYPERLINK(\"http://example.invalid\") Police detained two protesters in Minsk."
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO articles (id, sha1, text) VALUES ('feed/2021/odd', 'x', ?)", [text])
    con.execute("INSERT INTO mentions (id, doc, event_id, type, modality, sentence, sent_start, sent_end)"
                " VALUES ('m-odd', 'feed/2021/odd', 'ev/odd', 'COERCE', 'asserted', ?, 0, ?)", [text, len(text)])
    con.execute("INSERT INTO events (id, type, sources, n_mentions, date) VALUES ('ev/odd', 'COERCE', 1, 1, '2021-02-12')")
    con.close()
    with TestClient(create_app(str(db))) as c:
        assert c.get("/api/articles/feed/2021/odd").json()["text"] == text
        assert c.get("/api/events/ev%2Fodd").json()["mentions"][0]["doc"] == "feed/2021/odd"
        rows = list(csv.DictReader(io.StringIO(c.get("/api/mentions", params={"text": "HYPERLINK", "format": "csv"}).text)))
        assert [r["sentence"] for r in rows] == ["'" + text]
        jsonl = c.get("/api/mentions", params={"text": "HYPERLINK", "format": "jsonl"}).text
        assert json.loads(jsonl)["sentence"] == text  # JSON keeps the text exactly
