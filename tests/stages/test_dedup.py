"""Event deduplication on mentions built by hand from real sentences (the seeds, TE3 apology articles)."""
from __future__ import annotations

import random
import re

import pytest

from eventwire.records import ActorRef, Evidence, Mention, Place, Quantity
from eventwire.stages import dedup

SEED1, SEED2 = "000_b0e895444fb2a88d", "003_791b397503252e09"
NAVALNY = dict(text="Navalny", name="Alexei Navalny", country="RUS", sector="OPP", actor_id="person:alexei-navalny")
VOLKOV = dict(text="Leonid Volkov", name="Leonid Volkov", country="RUS", sector="OPP", actor_id="person:leonid-volkov")
LAVROV = dict(text="Sergei Lavrov", name="Sergey Lavrov", country="RUS", sector="GOV", actor_id="person:sergey-lavrov")
RUSSIA = dict(text="Russia", name="Russia", country="RUS", sector="GOV", actor_id="RUS")


def mention(doc, sentence, trigger, type_, mode=None, source=None, target=None, date=None, precision=None,
            published=None, location=None, quantity=None, confidence=0.7):
    start = sentence.index(trigger)
    return Mention(doc=doc, type=type_, mode=mode, evidence=Evidence(sentence, 0, len(sentence)),
                   source=ActorRef(**source) if source else None, target=ActorRef(**target) if target else None,
                   date=date, date_precision=precision, published=published, trigger=trigger,
                   trigger_start=start, trigger_end=start + len(trigger), location=location, quantity=quantity,
                   confidence=confidence)


def seed_mentions() -> dict[str, Mention]:
    p1, p2 = "2021-02-10", "2021-01-25"
    return {
        "detained_last_month": mention(
            SEED1, "Volkov oversees Kremlin critic's regional headquarters and he has angered the authorities by "
            "organising protests from his base in Lithuania, demanding the release of Navalny, who was detained "
            "last month.", "detained", "COERCE", "arrest", target=NAVALNY, date="2021-01", precision="month",
            published=p1),
        "arrested_after_germany": mention(
            SEED1, "Navalny was arrested soon after returning from Germany last month following which he was "
            "sentenced to serve his remaining suspended jail term in prison.", "arrested", "COERCE", "arrest",
            target=NAVALNY, date="2021-01", precision="month", published=p1),
        "russia_arrested": mention(
            SEED1, "After Russia arrested Navalny and sentenced him to two and a half years in prison, the world "
            "leaders threatened Russia with sanctions and demanded an immediate release of the Kremlin critic.",
            "arrested", "COERCE", "arrest", source=RUSSIA, target=NAVALNY, published=p1),
        "eu_over_the_arrest": mention(
            SEED2, "EU diplomats discussed slapping sanctions on the Kremlin after pressure from several capitals "
            "over the arrest of opposition figure Alexey Navalny, but decided it was \"premature\" to impose the "
            "punitive measures.", "arrest", "COERCE", "arrest",
            target=dict(NAVALNY, text="Alexey Navalny"), published=p2),
        "borrell_press_arrest": mention(
            SEED2, "EU foreign policy chief Josep Borrell will visit Moscow early next month to press the Kremlin "
            "on the arrest of Alexey Navalny, diplomats have said, as Brussels weighs fresh sanctions.",
            "arrest", "COERCE", "arrest", target=dict(NAVALNY, text="Alexey Navalny"), published=p2),
        "police_detained_3500": mention(
            SEED2, "Russian police on Saturday detained more than 3,500 people, a record for a single day, at "
            "rallies in over 100 cities across the country where demonstrators were calling for Navalny's release "
            "and protesting the government.", "detained", "COERCE", "arrest",
            source=dict(text="Russian police", name="Russia", country="RUS", sector="COP", actor_id="RUS"),
            target=dict(text="more than 3,500 people", country="RUS", sector="CVL"), date="2021-01-23",
            precision="day", published=p2, quantity=Quantity(3500, "people", "more than 3,500 people")),
        "volkov_warrant": mention(
            SEED1, "Moscow has issued an international arrest warrant for one of jailed opposition leader Alexei "
            "Navalny's allies, Leonid Volkov, who is currently based outside Russia, according to Interfax news "
            "agency.", "arrest warrant", "COERCE", "arrest", source=dict(RUSSIA, text="Moscow"), target=VOLKOV,
            date="2021-02-10", precision="day", published=p1),
        "lavrov_accused": mention(
            SEED1, "Russian Foreign Minister Sergei Lavrov on Tuesday accused Navalny's allies of treachery for "
            "discussing sanctions against Russia with foreign governments.", "accused", "ACCUSE", source=LAVROV,
            target=dict(text="Navalny's allies", country="RUS", sector="OPP"), date="2021-02-09",
            precision="day", published=p1),
    }


def partition(mapping: dict[str, str], ms) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for m in ms:
        groups.setdefault(mapping[m.id], set()).add(m.id)
    return {frozenset(g) for g in groups.values()}


def test_navalny_arrest_in_both_seeds_is_one_event():
    ms = seed_mentions()
    mapping = dedup.link_mentions(list(ms.values()), [])
    arrest = {mapping[ms[k].id] for k in ("detained_last_month", "arrested_after_germany", "russia_arrested",
                                          "eu_over_the_arrest", "borrell_press_arrest")}
    assert len(arrest) == 1
    event = dedup.summarize_event([m for m in ms.values() if mapping[m.id] in arrest])
    assert event["sources"] == 2 and event["target"]["name"] == "Alexei Navalny"
    assert dedup.flat_event(event)["target_actor_id"] == "person:alexei-navalny"
    assert event["date"] == "2021-01" and event["first_reported"] == "2021-01-25"


def test_unrelated_arrests_and_accusations_stay_separate():
    ms = seed_mentions()
    mapping = dedup.link_mentions(list(ms.values()), [])
    navalny = mapping[ms["detained_last_month"].id]
    for other in ("police_detained_3500", "volkov_warrant", "lavrov_accused"):
        assert mapping[ms[other].id] != navalny, other
    assert mapping[ms["volkov_warrant"].id] != mapping[ms["lavrov_accused"].id]


def test_partition_is_independent_of_order_and_batches():
    ms = list(seed_mentions().values()) + list(apology_mentions().values())
    reference = partition(dedup.link_mentions(ms, []), ms)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = ms[:]
        rng.shuffle(shuffled)
        # incremental: ingest in random batches, each time re-linking against what is stored
        stored: dict[str, Mention] = {}
        cut = rng.randrange(1, len(shuffled))
        for batch in (shuffled[:cut], shuffled[cut:]):
            mapping = dedup.link_mentions(batch, list(stored.values()))
            for m in batch:
                stored[m.id] = m
            for mid, eid in mapping.items():
                stored[mid].event_id = eid
        assert partition({m.id: m.event_id for m in stored.values()}, ms) == reference
        for m in ms:
            m.event_id = None


def test_never_merges_different_days():
    a = seed_mentions()["police_detained_3500"]
    b = mention("other", a.evidence.sentence.replace("on Saturday", "on Sunday"), "detained", "COERCE", "arrest",
                source=dict(text="Russian police", name="Russia", country="RUS", sector="COP", actor_id="RUS"),
                target=dict(text="more than 3,500 people", country="RUS", sector="CVL"), date="2021-01-24",
                precision="day", published="2021-01-25")
    assert dedup.pair_score(a, b) is None
    mapping = dedup.link_mentions([a, b], [])
    assert mapping[a.id] != mapping[b.id]
    # the same sentence with the same day in another outlet does merge
    c = mention("outlet3", a.evidence.sentence, "detained", "COERCE", "arrest", source=dict(
        text="Russian police", name="Russia", country="RUS", sector="COP", actor_id="RUS"),
        target=dict(text="more than 3,500 people", country="RUS", sector="CVL"), date="2021-01-23",
        precision="day", published="2021-01-24")
    mapping = dedup.link_mentions([a, c], [])
    assert mapping[a.id] == mapping[c.id]


def test_date_compatibility_follows_precision():
    assert dedup.parse_date("2021-02") == (dedup.date(2021, 2, 1), dedup.date(2021, 2, 28))
    ms = seed_mentions()
    month, day = ms["detained_last_month"], ms["police_detained_3500"]
    assert dedup.date_score(month, day) == 0.6  # 2021-01-23 lies inside January 2021
    assert dedup.candidate_window(day) == ("2021-01-16", "2021-01-30")
    assert dedup.candidate_window(ms["russia_arrested"])[1] == "2021-02-17"


# --- TE3 platinum: Israel's apology to Turkey, 2013-03-22 (CNN_20130322_314, WSJ_20130322_159, bbc_20130322_1353)

NETANYAHU = dict(text="Benjamin Netanyahu", name="Benjamin Netanyahu", country="ISR", sector="GOV",
                 actor_id="person:benjamin-netanyahu")
ERDOGAN = dict(text="Recep Tayyip Erdogan", name="Recep Tayyip Erdogan", country="TUR", sector="GOV",
               actor_id="person:recep-tayyip-erdogan")
TURKEY = dict(text="Turkey", name="Turkey", country="TUR", actor_id="TUR")
ISRAEL = dict(text="Israel", name="Israel", country="ISR", sector="MIL", actor_id="ISR")
CNN, WSJ, BBC = "CNN_20130322_314", "WSJ_20130322_159", "bbc_20130322_1353"
DAY = "2013-03-22"


CNN_1 = ("President Barack Obama arrived in refugee-flooded Jordan on Friday after scoring a diplomatic coup just "
         "before leaving Israel when Prime Minister Benjamin Netanyahu apologized to Turkey for a 2010 commando "
         "raid that killed nine activists on a Turkish vessel in a Gaza-bound flotilla.")
BBC_1 = ("Israel's prime minister has apologised to Turkey for \"any errors that could have led to loss of life\" "
         "during the 2010 commando raid on an aid flotilla that tried to breach the Gaza blockade.")
SENTENCES = {
    "cnn_apology": (CNN, CNN_1),
    "cnn_raid": (CNN, CNN_1),
    "cnn_call": (CNN, "It happened in a phone call to Erdogan during a final meeting between Obama and Netanyahu at "
                      "Ben Gurion International Airport in Tel Aviv minutes before Air Force One departed for Jordan "
                      "to complete the president's Middle East swing."),
    "wsj_apology": (WSJ, "Israeli Prime Minister Benjamin Netanyahu apologized on Friday to Turkish Prime Minister "
                         "Recep Tayyip Erdogan for a raid on a Turkish flotilla ship, a move that will help restore "
                         "strained ties between the countries."),
    "wsj_raid": (WSJ, "An Israeli raid on the ship left nine passengers dead, all of them Turkish or of Turkish "
                      "descent."),
    "wsj_call": (WSJ, "Mr. Netanyahu's office confirmed that the Israeli leader, in a conversation with Mr. Erdogan, "
                      "\"agreed to restore normalization between Israel and Turkey, including the dispatch of "
                      "ambassadors and the cancellation of legal steps against [Israeli Defense Forces] soldiers.\""),
    "bbc_apology": (BBC, BBC_1),
    "bbc_raid": (BBC, BBC_1),
    "bbc_call": (BBC, "Before departing for Jordan on Friday afternoon, Mr Obama revealed that Mr Netanyahu and "
                      "Mr Erdogan had just spoken by telephone."),
}


def te3_text(shared_data, doc: str) -> str:
    text = (shared_data / "tempeval3" / "te3-platinum" / f"{doc}.tml").read_text(encoding="utf-8")
    return " ".join(re.sub(r"<[^>]+>", "", text.split("<TEXT>", 1)[1]).split())


def apology_mentions() -> dict[str, Mention]:
    """Mentions of the apology story, coded by hand from sentences of the three TE3 articles."""
    sent = {k: s for k, (_, s) in SENTENCES.items()}
    return {
        "cnn_apology": mention(CNN, sent["cnn_apology"], "apologized", "CONCEDE", "apologize", NETANYAHU, TURKEY,
                               DAY, "day", DAY),
        "cnn_raid": mention(CNN, sent["cnn_raid"], "raid", "ASSAULT", None, ISRAEL,
                            dict(text="nine activists", country="TUR", sector="CVL"), "2010", "year", DAY),
        "cnn_call": mention(CNN, sent["cnn_call"], "phone call", "CONSULT", "call", NETANYAHU, ERDOGAN, DAY, "day",
                            DAY),
        "wsj_apology": mention(WSJ, sent["wsj_apology"], "apologized", "CONCEDE", "apologize", NETANYAHU, ERDOGAN,
                               DAY, "day", DAY),
        "wsj_raid": mention(WSJ, sent["wsj_raid"], "raid", "ASSAULT", None, ISRAEL,
                            dict(text="the ship", country="TUR"), "2010-05", "month", DAY),
        "wsj_call": mention(WSJ, sent["wsj_call"], "conversation", "CONSULT", "call", NETANYAHU, ERDOGAN, DAY,
                            "day", DAY),
        "bbc_apology": mention(BBC, sent["bbc_apology"], "apologised", "CONCEDE", "apologize",
                               dict(NETANYAHU, text="Israel's prime minister"), TURKEY, published=DAY),
        "bbc_raid": mention(BBC, sent["bbc_raid"], "raid", "ASSAULT", None, ISRAEL,
                            dict(text="an aid flotilla", country="TUR"), "2010", "year", DAY),
        # reported with the roles swapped: a call is symmetric
        "bbc_call": mention(BBC, sent["bbc_call"], "spoken", "CONSULT", "call", ERDOGAN, NETANYAHU, DAY, "day", DAY,
                            location=Place("Israel", 0, 6, "Israel", "ISR")),
    }


def test_apology_story_one_event_per_happening(shared_data):
    for doc, sentence in SENTENCES.values():  # the hand-coded sentences are the articles' own words
        assert sentence in te3_text(shared_data, doc)
    ms = apology_mentions()
    mapping = dedup.link_mentions(list(ms.values()), [])
    for what in ("apology", "raid", "call"):
        ids = {mapping[ms[f"{src}_{what}"].id] for src in ("cnn", "wsj", "bbc")}
        assert len(ids) == 1, what
        event = dedup.summarize_event([m for m in ms.values() if mapping[m.id] in ids])
        assert event["sources"] == 3
    assert len(set(mapping.values())) == 3
    raid = dedup.summarize_event([m for k, m in ms.items() if k.endswith("_raid")])
    assert raid["date"] == "2010-05" and raid["type"] == "ASSAULT"


def test_symmetric_types_match_either_direction():
    ms = apology_mentions()
    assert dedup.actors_score(ms["cnn_call"], ms["bbc_call"])[0] == 1.0
    swapped_apology = mention(BBC, "Erdogan apologized to Netanyahu.", "apologized", "CONCEDE", "apologize",
                              ERDOGAN, NETANYAHU, DAY, "day", DAY)
    assert dedup.pair_score(ms["wsj_apology"], swapped_apology) is None


def test_same_article_restatement_needs_same_type_and_actors():
    ms = seed_mentions()
    f = dedup.pair_features(ms["detained_last_month"], ms["arrested_after_germany"])
    assert f.same_doc and dedup.combine(f) > dedup.DEFAULT_WEIGHTS.threshold
    # same article, same type, different targets: never one event
    assert dedup.pair_score(ms["arrested_after_germany"], ms["volkov_warrant"]) is None


def test_summarize_keeps_disagreements():
    ms = apology_mentions()
    other_day = mention("AP_x", "Netanyahu apologized to Turkey on Thursday.", "apologized", "CONCEDE",
                        "apologize", NETANYAHU, TURKEY, "2013-03-21", "day", DAY)
    event = dedup.summarize_event([ms["cnn_apology"], ms["wsj_apology"], ms["bbc_apology"], other_day])
    assert event["date"] == DAY and event["date_alternatives"] == ["2013-03-21"]
    assert event["sources"] == 4 and event["n_mentions"] == 4
    assert event["source"]["name"] == "Benjamin Netanyahu"


def test_casualty_counts_far_apart_are_different_events():
    ms = apology_mentions()
    raid = ms["cnn_raid"]
    flu = mention("AP_20130322", "The flu season is winding down, and it has killed 105 children so far.", "killed",
                  "ASSAULT", None, None, dict(text="105 children", name="children", sector="CVL"),
                  published=DAY, quantity=Quantity(105, "people", "105 children"))
    raid.quantity = Quantity(9, "people", "nine activists")
    assert dedup.pair_score(raid, flu) is None
    ten = mention("x", "Israeli commandos killed ten activists in the 2010 raid.", "raid", "ASSAULT", None, ISRAEL,
                  dict(text="ten activists", country="TUR", sector="CVL"), "2010", "year", DAY,
                  quantity=Quantity(10, "people", "ten activists"))
    assert dedup.pair_score(raid, ten) > dedup.DEFAULT_WEIGHTS.threshold


def test_quoted_restatement_by_the_same_leader_joins_the_event():
    """WSJ restates the apology in a quote, to "the Turkish people" and undated: one event, not two."""
    ms = apology_mentions()
    quote = mention(WSJ, "\"In light of the Israeli investigation into the incident, which pointed out several "
                    "operational errors, Prime Minister Netanyahu apologized to the Turkish people for any errors that "
                    "could have led to loss of life and agreed to complete the agreement on compensation.\"",
                    "apologized", "CONCEDE", "apologize", NETANYAHU,
                    dict(text="Turkish people", name="Turkish people", country="TUR", sector="CVL", actor_id="TURCVL"),
                    published=DAY)
    f = dedup.pair_features(ms["wsj_apology"], quote)
    assert f.same_doc and f.named_shared and dedup.combine(f) > dedup.DEFAULT_WEIGHTS.threshold
    mapping = dedup.link_mentions(list(ms.values()) + [quote], [])
    assert mapping[quote.id] == mapping[ms["cnn_apology"].id] == mapping[ms["bbc_apology"].id]
    # the same leader apologizing to someone of another country in the same article is another event
    other = mention(WSJ, "Netanyahu apologized to Egypt.", "apologized", "CONCEDE", "apologize", NETANYAHU,
                    dict(text="Egypt", name="Egypt", country="EGY", sector="GOV", actor_id="EGY"), published=DAY)
    assert dedup.pair_score(ms["wsj_apology"], other) is None
    # a shared leader with a different trigger in the same article is not a restatement
    thanked = mention(WSJ, "Netanyahu thanked Erdogan.", "thanked", "CONCEDE", None, NETANYAHU, ERDOGAN,
                      published=DAY)
    assert dedup.pair_score(quote, thanked) == 0.0


BBC_KILLED = ("Benjamin Netanyahu also agreed with his Turkish counterpart Recep Tayyip Erdogan to compensate the "
              "families of the nine activists who were killed.")
BBC_PEOPLE = ("Nine people were killed on board the Turkish aid ship, Mavi Marmara, when it was boarded by Israeli "
              "commandos while trying to transport aid supplies to Gaza in May 2010 in spite of an Israeli naval "
              "blockade.")


def test_victims_counted_alike_are_one_group(shared_data):
    """Outlets call the same nine dead activists, people or passengers, and the actor stage codes those apart
    (OPP, CVL): the same count makes them one group, in one article and across articles."""
    assert BBC_KILLED in te3_text(shared_data, BBC) and BBC_PEOPLE in te3_text(shared_data, BBC)
    activists = dict(text="nine activists", name="activists", country="ISR", sector="OPP", actor_id="ISROPP")
    cnn = mention(CNN, CNN_1, "killed", "ASSAULT", target=activists, date="2010", precision="year", published=DAY,
                  quantity=Quantity(9, "activists", "nine activists"))
    bbc_activists = mention(BBC, BBC_KILLED, "killed", "ASSAULT", target=activists, published=DAY)  # no quantity
    bbc_people = mention(BBC, BBC_PEOPLE, "killed", "ASSAULT",
                         target=dict(text="Nine people", name="people", country="ISR", sector="CVL",
                                     actor_id="ISRCVL"), published=DAY, quantity=Quantity(9, "people", "Nine people"))
    assert dedup.target_count(bbc_activists) == 9  # read from the target's words
    f = dedup.pair_features(bbc_activists, bbc_people)
    assert f.same_doc and f.counted and dedup.combine(f) > dedup.DEFAULT_WEIGHTS.threshold
    mapping = dedup.link_mentions([cnn, bbc_activists, bbc_people], [])
    assert len(set(mapping.values())) == 1
    # the undated BBC reports join the CNN one dated 2010 although they were published three years later
    assert dedup.date_score(cnn, bbc_people) == 0.5
    # a raid whose victims the coder extracts ("left nine passengers dead") joins them through the toll
    raid = mention(WSJ, SENTENCES["wsj_raid"][1], "raid", "ASSAULT", source=dict(text="Israeli", name="Israel",
                   country="ISR", actor_id="ISR"), target=dict(text="nine passengers", name="passengers",
                   country="ISR", sector="CVL", actor_id="ISRCVL"), published=DAY,
                   quantity=Quantity(9, "passengers", "nine passengers"))
    assert "n:ASSAULT|9" in dedup._block_keys(raid) & dedup._block_keys(cnn)
    mapping = dedup.link_mentions([cnn, bbc_activists, bbc_people, raid], [])
    assert len(set(mapping.values())) == 1
    # other counts of other groups stay apart: "two soldiers were killed" is not the flotilla
    soldiers = mention(BBC, "Two soldiers were killed on board.", "killed", "ASSAULT",
                       target=dict(text="Two soldiers", name="soldiers", country="ISR", sector="MIL",
                                   actor_id="ISRMIL"), published=DAY)
    assert dedup.pair_score(bbc_people, soldiers) is None


@pytest.mark.slow
def test_relative_clause_takes_its_nouns_date(nlp):
    """'a 2010 commando raid that killed nine activists': the killing is the raid's, in 2010; not so for a
    clause whose object is the noun ('the 2010 law, which parliament repealed')."""
    from datetime import date

    from eventwire.stages.timex import date_for_event, find_timexes

    def date_of(sentence, trigger):
        doc = nlp(sentence)
        doc.user_data["offset"] = 0
        tok = next(t for t in doc if t.text == trigger)
        return date_for_event(tok, find_timexes(doc, date(2013, 3, 22)), date(2013, 3, 22))[:2]

    assert date_of(CNN_1, "killed") == ("2010", "year")
    assert date_of("Erdogan has long sought an apology for the raid in May 2010 that killed nine Turks.",
                   "killed") == ("2010-05", "month")
    assert date_of("The 2010 law, which parliament repealed, was harsh.", "repealed") == (None, None)


@pytest.mark.parametrize("first", [SEED1, SEED2])
def test_store_links_events_across_articles_in_any_order(tmp_path, first):
    from eventwire.pipeline import Result
    from eventwire.records import Article
    from eventwire.store.duckdb_store import Store

    ms = list(seed_mentions().values())
    docs = [first] + [d for d in (SEED1, SEED2) if d != first]
    with Store(tmp_path / f"{first}.duckdb") as store:
        for doc in docs:
            mine = [m for m in ms if m.doc == doc]
            text = " ".join(m.evidence.sentence for m in mine)
            store.add_results([Result(Article(id=doc, text=text), mine)])
        rows = store._dicts("SELECT event_id, list(id ORDER BY id) AS ids FROM mentions GROUP BY event_id")
        events = {r["id"]: r for r in store._dicts("SELECT * FROM events")}
    reference = partition(dedup.link_mentions(ms, []), ms)
    assert {frozenset(r["ids"]) for r in rows} == reference
    arrest = events[next(r["event_id"] for r in rows if seed_mentions()["eu_over_the_arrest"].id in r["ids"])]
    assert arrest["sources"] == 2 and arrest["n_mentions"] == 5 and arrest["target_name"] == "Alexei Navalny"


def test_store_relinks_events_when_an_article_is_replaced(tmp_path):
    from eventwire.pipeline import Result
    from eventwire.records import Article
    from eventwire.store.duckdb_store import Store

    ms = seed_mentions()
    doc_a = [ms["detained_last_month"], ms["arrested_after_germany"]]
    doc_b = [ms["eu_over_the_arrest"], ms["borrell_press_arrest"]]
    with Store(tmp_path / "replace.duckdb") as store:
        store.add_results([Result(Article(id=SEED1, text="first version"), doc_a)])
        store.add_results([Result(Article(id=SEED2, text="seed two"), doc_b)])
        assert store._dicts("SELECT count(*) AS n FROM events")[0]["n"] == 1
        # the first article is replaced by a text without the arrest: seed two's mentions stand alone
        store.add_results([Result(Article(id=SEED1, text="second version"), [ms["volkov_warrant"]])])
        rows = store._dicts("SELECT event_id, list(id ORDER BY id) AS ids FROM mentions GROUP BY event_id")
        events = store._dicts("SELECT id, sources, n_mentions FROM events ORDER BY id")
    remaining = doc_b + [ms["volkov_warrant"]]
    assert {frozenset(r["ids"]) for r in rows} == partition(dedup.link_mentions(remaining, []), remaining)
    assert sorted((e["sources"], e["n_mentions"]) for e in events) == [(1, 1), (1, 2)]
    assert {r["event_id"] for r in rows} == {e["id"] for e in events}
    # ids are re-derived from the remaining mentions, as if the first version had never been stored
    assert dedup.event_id(doc_b) in {e["id"] for e in events}
