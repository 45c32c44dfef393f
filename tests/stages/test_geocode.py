"""Place mentions, their resolution against the offline gazetteer, and event locations."""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET

import pytest

from eventwire.stages import geo_gazetteer as gaz
from eventwire.stages.geocode import country_for_word

SEEDS = ("samples/000_b0e895444fb2a88d.txt", "samples/003_791b397503252e09.txt")


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def by_text(places, text):
    return [p for p in places if p.text == text]


# ------------------------------------------------------------------ no model needed


@pytest.mark.parametrize("word,iso3", [
    ("Russia", "RUS"), ("Russian", "RUS"), ("Russians", "RUS"), ("Lithuanian", "LTU"), ("Turkish", "TUR"),
    ("U.S.", "USA"), ("UK", "GBR"), ("Britain", "GBR"), ("American", "USA"), ("French", "FRA"),
    ("Germany's", "DEU"), ("Dutch", "NLD"), ("Filipinos", "PHL"), ("Ivory Coast", "CIV"),
])
def test_country_for_word_names_adjectives_demonyms(word, iso3):
    assert country_for_word(word) == iso3


@pytest.mark.parametrize("word", ["Moscow", "police", "Navalny", "Kremlin", ""])
def test_country_for_word_is_none_for_non_countries(word):
    assert country_for_word(word) is None


def test_gazetteer_keeps_every_moscow_with_population():
    cands = gaz.lookup("Moscow")
    ids = {c.geonameid: c for c in cands if c.feature == "city"}
    assert 524901 in ids and ids[524901].country == "RUS"
    assert 5601538 in ids and ids[5601538].country == "USA"  # Moscow, Idaho
    assert ids[524901].population > 10 * ids[5601538].population


def test_normalise_makes_spellings_meet():
    assert gaz.normalise("St. Petersburg") == gaz.normalise("Saint Petersburg")
    assert gaz.normalise("Zürich") == gaz.normalise("Zurich")
    assert gaz.lookup("the United States")[0].country == "USA"


def test_division_points_are_inside_their_division():
    texas = gaz.admin1()["US.TX"]
    assert km(texas.lat, texas.lon, 31.25, -99.25) < 161  # GeoNames' Texas point
    assert gaz.countries()["USA"].lat == pytest.approx(39.76)


@pytest.mark.parametrize("key,lat,lon", [("CA.10", 52.0, -72.0), ("CA.02", 54.0, -125.0), ("CA.08", 49.25, -84.5)])
def test_canadian_provinces_sit_at_geonames_points_not_box_middles(key, lat, lon):
    division = gaz.admin1()[key]
    assert km(division.lat, division.lon, lat, lon) < 20


def test_us_county_names_narrow_the_state():
    assert gaz.us_county_states()["edgar"] == {"US.IL"}
    assert {"US.TN", "US.KY", "US.GA"} <= gaz.us_county_states()["henry"]


# ------------------------------------------------------------------ with the spaCy model


@pytest.fixture(scope="module")
def geo(nlp):
    from eventwire.stages.geocode import places_in_text

    return places_in_text


@pytest.mark.slow
def test_seed_moscow_and_russia(geo):
    places = geo("Moscow has issued an international arrest warrant for one of jailed opposition leader "
                 "Alexei Navalny's allies, Leonid Volkov, who is currently based outside Russia.")
    moscow = by_text(places, "Moscow")[0]
    assert (moscow.geonameid, moscow.country, moscow.feature) == (524901, "RUS", "city")
    assert km(moscow.lat, moscow.lon, 55.75, 37.62) < 5
    russia = by_text(places, "Russia")[0]
    assert (russia.country, russia.feature) == ("RUS", "country")
    assert not by_text(places, "Alexei Navalny's") and not by_text(places, "Leonid Volkov")


@pytest.mark.slow
def test_seed_brussels_berlin_lithuania(geo):
    places = geo("The visit was confirmed during a meeting in Brussels where foreign ministers debated their "
                 "response. While Navalny was in Berlin for treatment, he was warned by the Russian prison "
                 "authorities. He has angered the authorities by organising protests from his base in Lithuania.")
    brussels = by_text(places, "Brussels")[0]
    assert brussels.country == "BEL" and km(brussels.lat, brussels.lon, 50.85, 4.35) < 10
    berlin = by_text(places, "Berlin")[0]
    assert berlin.geonameid == 2950159 and berlin.country == "DEU"
    assert by_text(places, "Lithuania")[0].country == "LTU"
    russian = by_text(places, "Russian")[0]
    assert russian.country == "RUS" and russian._adjectival


@pytest.mark.slow
def test_ambiguous_names_follow_the_article(geo):
    russia_story = geo("Russian police detained protesters in Moscow on Saturday. The Kremlin said the rallies "
                       "in Russia were illegal.")
    assert by_text(russia_story, "Moscow")[0].geonameid == 524901
    idaho_story = geo("A man was arrested in Moscow, Idaho, on Monday. Moscow police said the University of "
                      "Idaho campus was closed.")
    assert [p.geonameid for p in by_text(idaho_story, "Moscow")] == [5601538, 5601538]
    georgia_war = geo("Russian troops moved deeper into Georgia on Tuesday as Georgian officials in Tbilisi "
                      "appealed for help.")
    assert by_text(georgia_war, "Georgia")[0].country == "GEO"
    georgia_state = geo("The storm hit Atlanta and Savannah before moving north. Georgia officials in "
                        "Alabama and Florida coordinated the response.")
    assert by_text(georgia_state, "Georgia")[0].feature == "admin1"


@pytest.mark.slow
def test_county_named_in_the_story_picks_the_local_town(geo):
    local = geo("The Edgar County board met in Paris on Tuesday to approve the budget.")
    paris = by_text(local, "Paris")[0]
    assert paris.country == "USA" and km(paris.lat, paris.lon, 39.61, -87.70) < 30  # Paris, Illinois
    assert by_text(geo("The city council met in Paris on Tuesday to approve the budget."), "Paris")[0].country == "FRA"


@pytest.mark.slow
def test_a_name_pinned_once_keeps_its_place_when_repeated(geo):
    places = geo("Two men were arrested in Paris, Tenn., on Friday. Paris police said the shop had been "
                 "robbed twice this year.")
    assert [(p.country, round(p.lat), round(p.lon)) for p in by_text(places, "Paris")] == [("USA", 36, -88)] * 2


@pytest.mark.slow
def test_natural_features_are_not_the_place_they_are_named_after(geo):
    places = geo("Oil spread across the Gulf of Alaska after the tanker sank. The New Concord Village Council "
                 "met on Monday.")
    assert not by_text(places, "Alaska")
    # a several-word town inside an organisation's name is that town, not the big city of its last word
    assert [p.name for p in places if p.feature != "region"] == ["New Concord"]
    assert [p.name for p in places if p.feature == "region"] == ["Gulf of Alaska"]  # the sea itself


@pytest.mark.slow
def test_capitalised_words_are_not_acronym_places(geo):
    places = geo("Car bombs exploded in Baghdad. The Act was passed by Congress on Monday.")
    assert [p.name for p in places] == ["Baghdad"]  # not the Central African Republic, not Canberra's ACT
    assert [p.country for p in geo("The ACT government and the UAE signed the deal.")] == ["AUS", "ARE"]


@pytest.mark.slow
def test_us_is_the_united_states_not_a_place_named_us(geo):
    places = geo("The U.S. and Canada signed the agreement. A U.S.-led coalition struck targets in Syria.")
    us = [p for p in places if p.text.startswith("U.S.")]
    assert len(us) == 2 and all(p.country == "USA" and p.feature == "country" for p in us)
    assert us[1].text == "U.S." and us[1].end - us[1].start == 4  # the prefix of "U.S.-led"


@pytest.mark.slow
def test_article_offsets_add_the_segment_offset(nlp):
    from eventwire.stages.geocode import geocode_docs

    first, second = nlp("Protests spread in Minsk."), nlp("Police in Kyiv dispersed a crowd.")
    first.user_data["offset"], second.user_data["offset"] = 0, 200
    places = geocode_docs([first, second])
    kyiv = [p for p in places if p.country == "UKR"][0]
    assert kyiv.start == 200 + second.text.index("Kyiv") and kyiv.end == kyiv.start + 4
    assert [p.country for p in places] == ["BLR", "UKR"]


@pytest.mark.slow
def test_event_location_across_the_country_is_the_country(nlp):
    from eventwire.stages.geocode import geocode_docs, location_for_event

    text = open(SEEDS[1], encoding="utf-8").read()
    doc = nlp(text)
    doc.user_data["offset"] = 0
    places = geocode_docs([doc])
    start = text.index("Russian police on Saturday detained")
    trigger = next(t for t in doc if t.idx >= start and t.text == "detained")
    loc = location_for_event(trigger, places)
    assert loc is not None and loc.text == "the country"
    assert (loc.country, loc.feature, loc.geonameid) == ("RUS", "country", 2017370)


@pytest.mark.slow
def test_event_location_prefers_the_clause_over_the_subject(nlp):
    from eventwire.stages.geocode import geocode_docs, location_for_event

    doc = nlp("Moscow has issued an arrest warrant. EU foreign policy chief Josep Borrell will visit Moscow "
              "early next month. Police in Berlin detained two men at a rally in Hamburg.")
    places = geocode_docs([doc])
    visit = next(t for t in doc if t.text == "visit")
    assert location_for_event(visit, places).geonameid == 524901
    detained = next(t for t in doc if t.text == "detained")
    assert location_for_event(detained, places).name == "Hamburg"


@pytest.mark.slow
def test_tr_news_article_resolved_within_161_km(nlp, shared_data):
    """The first TR-News article (Ankara, Turkey, Russia, Aleppo, Syria ...): its gold toponyms found and
    within 161 km, as the benchmark measures it."""
    from eventwire.stages.geocode import geocode_docs

    art = ET.parse(shared_data / "geoparsing" / "TR-News.xml").getroot()[0]
    text = art.findtext("text")
    doc = nlp(text)
    doc.user_data["offset"] = 0
    places = geocode_docs([doc])
    gold = [(int(t.findtext("start")), int(t.findtext("end")), float(t.find("gaztag").findtext("lat")),
             float(t.find("gaztag").findtext("lon"))) for t in art.find("toponyms") if t.find("gaztag") is not None]
    near = 0
    for start, end, lat, lon in gold:
        hit = [p for p in places if min(end, p.end) > max(start, p.start)]
        near += bool(hit) and hit[0].lat is not None and km(lat, lon, hit[0].lat, hit[0].lon) <= 161
    assert len(gold) >= 10 and near / len(gold) >= 0.8


@pytest.mark.slow
def test_places_pickle_without_their_span(geo):
    import pickle

    from eventwire.stages.geocode import span_of

    places = geo("Police in Moscow detained protesters.")
    assert span_of(places[0]).text == "Moscow"
    copy = pickle.loads(pickle.dumps(places))
    assert copy[0].geonameid == 524901 and span_of(copy[0]) is None


@pytest.mark.slow
def test_event_location_skips_country_modifiers_and_takes_captured_places(nlp):
    from eventwire.stages.geocode import geocode_docs, location_for_event

    doc = nlp("U.S. forces destroyed two trucks in Somalia on Monday. Kirkuk was captured by Kurdish fighters.")
    places = geocode_docs([doc])
    destroyed = next(t for t in doc if t.text == "destroyed")
    assert location_for_event(destroyed, places).name == "Somalia"
    captured = next(t for t in doc if t.text == "captured")
    assert location_for_event(captured, places).name == "Kirkuk"


def _lgl_articles_with(shared_data, needles):
    """LGL articles (text, gold toponyms with points) whose text contains each needle."""
    out = {}
    for art in ET.parse(shared_data / "geoparsing" / "lgl.xml").getroot():
        text = art.findtext("text") or ""
        for needle in needles:
            if needle in text and needle not in out:
                gold = [(int(t.findtext("start")), int(t.findtext("end")), float(t.find("gaztag").findtext("lat")),
                         float(t.find("gaztag").findtext("lon")))
                        for t in art.find("toponyms") if t.find("gaztag") is not None
                        and t.find("gaztag").findtext("lat") is not None]
                out[needle] = (text, gold)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("needle,name", [
    ("Roselle police ticketed", "Roselle"),  # NER: ORG; a town institution follows
    ("The Zionsville Education Foundation", "Zionsville"),  # the town leading an organisation's name
    ("HANOVER -- The Licking Valley", "HANOVER"),  # a dateline
    ("Walton and Oconee counties", "Oconee"),  # coordinated county names
])
def test_towns_the_ner_misses_are_found_from_their_context(nlp, shared_data, needle, name):
    from eventwire.stages.geocode import geocode_docs

    text, gold = _lgl_articles_with(shared_data, [needle])[needle]
    at = text.index(needle) + needle.index(name)
    doc = nlp(text)
    doc.user_data["offset"] = 0
    places = geocode_docs([doc])
    found = [p for p in places if p.start <= at < p.end]
    assert found and found[0].text == name
    points = [(lat, lon) for s, e, lat, lon in gold if s <= at < e]
    assert points and km(*points[0], found[0].lat, found[0].lon) <= 161


@pytest.mark.slow
def test_capitalised_common_words_and_court_titles_are_not_towns(geo):
    places = geo("Many area cities plan to act. The Vice Mayor spoke to the state Supreme Court in Spring.")
    assert places == []


@pytest.mark.slow
def test_regions_seas_and_their_adjectives(geo):
    """Regions the town list lacks, and the adjectives of regions and divisions (LGL and GeoVirus sentences)."""
    places = geo("A Russian peacekeeper officer in South Ossetia told reporters that South Ossetian fighters "
                 "continued to attack. The virus was found on the German island Rügen in the Baltic Sea. "
                 "Starting in July 2010, Ontarians will receive a 16.5 per cent tax cut.")
    ossetia = by_text(places, "South Ossetia")[0]
    assert ossetia.country == "GEO" and ossetia.feature == "region" and km(ossetia.lat, ossetia.lon, 42.3, 44.0) < 50
    adjective = by_text(places, "South Ossetian")[0]
    assert adjective.name == "South Ossetia" and adjective._adjectival
    assert by_text(places, "Baltic Sea")[0].country is None
    assert by_text(places, "Rügen")[0].country == "DEU"
    assert by_text(places, "Ontarians")[0].name == "Ontario"


def _event_location_records(shared_data, needles):
    """Sentences of ../shared/data/event-location containing each needle: (text, verb span, location spans)."""
    import json

    recs = json.loads((shared_data / "event-location" / "labeled_text.jsonl").read_text(encoding="utf-8"))
    out = {}
    for rec in recs:
        for needle in needles:
            if needle in rec["text"] and needle not in out:
                toks = rec["tokens"]
                spans = [(toks[s["token_start"]]["start"], toks[s["token_end"]]["end"], s["label"])
                         for s in rec.get("spans", [])]
                out[needle] = (rec["text"], [x for x in spans if x[2] == "VERB"], [x for x in spans if x[2] == "LOCATION"])
    return out


@pytest.mark.slow
@pytest.mark.parametrize("needle", [
    "The Niger village of Abadam was bombed",  # a village the gazetteer lacks, named as a village
    "in a car bomb attack that targeted a gendarme post in Rouiba",  # 'wounded' lends its place to 'killed'
    "In Kandahar, six civilians were killed by a homemade bomb",  # the district, not the city before it
])
def test_event_location_matches_the_labelled_place(nlp, shared_data, needle):
    from eventwire.stages.geocode import geocode_docs, location_for_event

    text, verbs, locs = _event_location_records(shared_data, [needle])[needle]
    doc = nlp(text)
    doc.user_data["offset"] = 0
    places = geocode_docs([doc])
    vs = verbs[0][0]
    trigger = next(t for t in doc if t.idx <= vs < t.idx + len(t))
    pick = location_for_event(trigger, places)
    assert pick is not None and any(min(e, pick.end) > max(s, pick.start) for s, e, _ in locs), (pick, locs)


@pytest.mark.slow
def test_places_inside_organisation_names_do_not_locate_events(nlp):
    from eventwire.stages.geocode import geocode_docs, location_for_event

    doc = nlp("The Islamic State of Iraq and Al-Sham launched a large-scale offensive on Sunday.")
    doc.user_data["offset"] = 0
    launched = next(t for t in doc if t.text == "launched")
    pick = location_for_event(launched, geocode_docs([doc]))
    assert pick is None or pick.text != "Iraq"


@pytest.mark.slow
@pytest.mark.parametrize("seed,sentence,verb,name", [
    (0, "While Navalny was in Berlin for treatment", "warned", "Berlin"),  # a 'while ... was in' clause
    (0, "Navalny was arrested soon after returning from Germany", "arrested", "Russia"),  # not the origin
    (1, "Russian police on Saturday detained", "protesting", "Russia"),  # 'where' clause of the rallies
    (1, "tens of thousands rallied across Russia to denounce", "denounce", "Russia"),  # purpose of rallying
])
def test_seed_events_take_their_own_clauses_place(nlp, seed, sentence, verb, name):
    from eventwire.stages.geocode import geocode_docs, location_for_event

    text = open(SEEDS[seed], encoding="utf-8").read()
    doc = nlp(text)
    doc.user_data["offset"] = 0
    places = geocode_docs([doc])
    start = text.index(sentence)
    trigger = next(t for t in doc if t.idx >= start and t.text == verb)
    assert location_for_event(trigger, places).name == name


@pytest.mark.slow
def test_names_listed_with_places_are_places(shared_data, nlp):
    """GeoVirus: 'hog specimens from Tacloban and Babatngon' -- a small town listed with a known one is a town
    of that country, though nothing else marks it as a place."""
    from eventwire.stages.geocode import geocode_docs

    root = ET.parse(shared_data / "geoparsing" / "GeoVirus.xml").getroot()
    text = next(a.findtext("text") for a in root if "Tacloban and Babatngon" in (a.findtext("text") or ""))
    doc = nlp(text)
    doc.user_data["offset"] = 0
    at = text.index("Tacloban and Babatngon") + len("Tacloban and ")
    found = [p for p in geocode_docs([doc]) if p.start == at]
    assert found and found[0].text == "Babatngon" and found[0].country == "PHL"
    assert km(found[0].lat, found[0].lon, 11.42, 125.08) < 50
