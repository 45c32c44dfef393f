"""Place: find the place mentions of an article and resolve them together; give each event its location.

Mentions come from spaCy GPE/LOC/FAC/NORP entities checked against the offline gazetteer (NER labels alone
are not trusted: person names get tagged GPE), plus capitalised word runs the gazetteer knows as countries,
divisions, demonyms or large cities. Ambiguity ("Moscow": Russia or Idaho) is resolved per article: the
countries and divisions the article talks about, population, capital status, feature type and nearness
to the article's other towns decide.

Place.feature: "country" (also demonyms such as "Russian", marked adjectival, and "the country" when the
article has a main country), "continent", "admin1" (state/province), "city", "county" (placed at the
article's town in its state), "landmark" (a street or building placed at the article's main town).
The gazetteer is `geo_gazetteer` (offline, built by scripts/build_gazetteer.py).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..records import Place
from . import geo_gazetteer as gaz
from .geo_gazetteer import Candidate, normalise

ENTITY_LABELS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON"}
COUNTY_WORDS = {"county", "parish", "borough"}
NATURAL_FEATURE_WORDS = {"sea", "gulf", "ocean", "bay", "strait", "straits", "valley", "mountains", "desert",
                         "coast", "peninsula", "island", "islands", "channel", "canal"}
# the first word of a natural feature named after a place ("Gulf of Alaska", "Lake Vermont"): not that place
NATURAL_FEATURE_HEADS = {"gulf", "lake", "bay", "sea", "strait", "straits", "cape", "mount", "mt", "mt."}
# the last word of a street, building or landmark name the gazetteer cannot know: such a place is put at
# the town the article is about (feature "landmark"), which is where local news places are
LANDMARK_WORDS = {"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "boulevard", "square", "park",
                  "bridge", "church", "cathedral", "mosque", "temple", "synagogue", "airport", "station",
                  "hospital", "stadium", "arena", "museum", "library", "hall", "center", "centre", "mall",
                  "plaza", "market", "harbor", "harbour", "beach", "creek", "lake", "river", "campus",
                  "highway", "lane", "drive", "court", "courthouse", "prison", "jail", "base", "camp",
                  "house", "palace", "embassy", "building", "tower", "gate", "trail", "way", "pike", "parkway",
                  "circle", "terrace", "turnpike", "expressway", "freeway", "blvd", "blvd.", "pkwy", "ln", "dr",
                  "dr."}
COUNTRY_ANAPHORS = {"the country", "the nation", "this country"}
# words after a town name that make it the town ("Roselle police", "Tillsonburg Mayor", "Zionsville Education
# Foundation", "a Longview woman"): local news names its town's institutions and people this way
TOWN_INSTITUTION_WORDS = {"police", "mayor", "city", "town", "village", "township", "council", "councilman",
                          "councilwoman", "fire", "sheriff", "schools", "district", "municipal", "library", "board", "chamber", "education",
                          "planning", "parks", "housing", "area", "community", "residents", "resident", "native",
                          "natives", "man", "woman", "men", "women", "boy", "girl", "teen", "couple", "family",
                          "home", "homes", "officials", "public", "water", "hospital", "racecourse", "station",
                          "airport", "port", "harbour", "harbor", "area's", "streets"}
# prepositions before a name that make it a where ("in Whitestown", "near Bieżuń", "from Sukoharjo")
LOCATIVE_PREPOSITIONS = {"in", "near", "outside", "around", "throughout", "across", "from", "into", "at",
                         "towards", "toward", "inside", "within", "between"}
# nouns before "of" that make the name after it a place ("the village of Flumeri", "residents of Mabvuku")
PLACE_OF_NOUNS = {"town", "city", "village", "suburb", "suburbs", "county", "district", "province", "region",
                  "state", "municipality", "township", "outskirts", "residents", "resident", "native", "natives",
                  "mayor", "streets", "centre", "center", "heart", "capital", "north", "south", "east", "west",
                  "northeast", "northwest", "southeast", "southwest", "hamlet", "port", "borough", "people"}
DATELINE_DASHES = {"--", "-", "—", "–", ":"}
# a place of this kind, named, is a place even when the gazetteer lacks it ("the village of Abadam")
LOCALITY_WORDS = {"town", "village", "city", "district", "neighborhood", "neighbourhood", "suburb", "camp", "area",
                  "province", "governorate", "region", "hamlet", "municipality", "township", "quarter", "locality",
                  "commune", "prefecture", "countryside", "outskirts", "refugee", "villages", "towns", "districts",
                  "neighborhoods", "neighbourhoods", "suburbs", "county", "counties", "provinces", "regions"}
CONTEXT_TOWN = 500  # a town the context marks as a place may be any town the gazetteer has
MONTHS_AND_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                   "saturday", "sunday", "spring", "summer", "autumn", "winter", "christmas", "easter"}
# words of court and office names that are also the names of small towns ("Vice Mayor", "Supreme Court")
TITLE_WORDS = {"vice", "supreme", "superior", "federal", "national", "general", "royal", "grand", "congress",
               "parliament", "senate", "commerce", "assembly", "street", "college", "university", "story",
               "union", "deputy", "chief", "god", "church", "central", "metro", "hydro", "beer", "acting", "interim", "lieutenant", "county", "state", "city"}
BIG_CITY = 100_000
MULTIWORD_TOWN = 1_000  # a several-word town name ("New Concord", "Boulder City") is a place even in an ORG
LONE_TOWN = 5_000  # a lone PERSON-tagged word that names a town at least this big is taken as the town  # a capitalised word that no NER label calls a place must be at least this big a city
# verbs whose direct object is where the event happens ("visit Moscow", "stormed the capital")
PLACE_OBJECT_VERBS = {"visit", "reach", "enter", "leave", "tour", "invade", "storm", "raid", "occupy",
                      "bomb", "shell", "flee", "evacuate", "besiege", "capture", "seize", "patrol", "liberate",
                      "retake", "recapture", "surround", "blockade", "overrun", "hit", "strike", "attack"}
DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
SUBJECT_PATH_COST = 3.0  # a place reached through the subject ("police in Berlin") is a weaker where
REFERENCE_PATH_COST = 3.0  # a place a distance or direction is measured from ("180 km south of Mogadishu")
# verbs that report rather than act: they borrow no place from the sentence or the article but the dateline
REPORTING_VERBS = {"say", "tell", "report", "add", "state", "announce", "note", "write", "quote", "explain",
                   "confirm", "comment", "reply"}
# nouns a place name may modify and still say where ("an Abidjan neighbourhood", "the Istanbul sky")
PLACE_NOUNS = {"sky", "skies", "streets", "gallery", "office", "offices", "headquarters", "home", "hotel", "farm",
               "site", "border", "coast", "outskirts", "suburbs", "countryside", "region", "area", "port"}
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western"}
CARRY_CHARS = 400  # how far back in a paragraph a named place still locates a new event
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj", "pcomp"}
# prepositions that say where something is (a place carried on to the next sentence must be such a where,
# not an origin or destination: "returning from Germany" does not locate the next sentence's arrest)
WHERE_PREPOSITIONS = {"in", "at", "near", "across", "inside", "outside", "around", "throughout", "within", "on"}
NOT_LOCATION_DEPS = {"nsubj", "nsubjpass", "poss", "compound", "amod", "agent", "dative", "appos", "attr"}


@dataclass
class _Mention:
    span: Span
    text: str  # the words looked up
    start: int  # article offsets
    end: int
    candidates: tuple[Candidate, ...] = ()
    adjectival: bool = False  # a demonym/adjective ("Russian"): a country, never an event location
    county: bool = False  # "Laurel County": located through its state
    local: bool = False  # "Frenchmen Street", "Manger Square": placed at the article's main town
    locality: bool = False  # "the village of Abadam", "Maiwand district": unknown to the gazetteer, placed at
    # the place its sentence names nearest (dropped when the sentence names none)
    anaphor: bool = False  # "the country": the article's main country
    surface: Optional[str] = None  # the words as written when not the whole span ("U.S." of "U.S.-led")
    within: Optional[str] = None  # "Town, Ky." -> the division or country it must lie in
    choice: Optional[Candidate] = None
    scores: dict = field(default_factory=dict)


class _SpanRef:
    """Holds a Place's spaCy Span for location_for_event; pickles to an empty holder (a Span cannot be
    pickled, and a Place may cross process boundaries)."""

    __slots__ = ("span",)

    def __init__(self, span: Optional[Span] = None):
        self.span = span

    def __reduce__(self):
        return (_SpanRef, ())


def span_of(place: Place) -> Optional[Span]:
    """The spaCy Span a Place was found in, while its Doc is alive in this process."""
    ref = getattr(place, "_span_ref", None)
    return ref.span if ref is not None else None


# ---------------------------------------------------------------- public API


def country_for_word(word: str) -> Optional[str]:
    """ISO3 for a country name, adjective or demonym ("Russia", "Russians", "Turkish", "U.S.", "UK")."""
    key = normalise(word.strip())
    if key.endswith("'s"):
        key = key[:-2]
    if key in gaz.demonyms():
        return gaz.demonyms()[key]
    for cand in gaz.index().get(key, ()):
        if cand.feature == "country":
            return cand.country
    return None


def places_in_text(text: str) -> list[Place]:
    """Parse a bare text with the shared pipeline and geocode it as one article."""
    from .parse import parse_texts

    return geocode_docs(list(parse_texts([text])))


def geocode_docs(docs: list[Doc]) -> list[Place]:
    """All place mentions of ONE article (its segment Docs, in text order), resolved together."""
    mentions: list[_Mention] = []
    surnames = _person_name_words(docs)
    for doc in docs:
        mentions.extend(_find_mentions(doc, surnames))
    if not mentions:
        return []
    _resolve(mentions, _county_states(docs))
    mentions = _repeat_known_names(docs, mentions, surnames)
    places = []
    for m in mentions:
        c = m.choice
        if c is None:
            continue
        place = Place(text=m.surface or m.span.text, start=m.start, end=m.end, name=c.name,
                      country=c.country, lat=c.lat, lon=c.lon, geonameid=c.geonameid,
                      feature="county" if m.county else "landmark" if m.local else c.feature)
        place._span_ref = _SpanRef(m.span)  # for location_for_event; dropped when pickled
        place._adjectival = m.adjectival or (c.feature == "country" and _modifier(m.span))
        place._dateline = _is_dateline(m)
        places.append(place)
    return places


def location_for_event(trigger: Token, places: list[Place]) -> Optional[Place]:
    """Where the event of `trigger` happened, most specific evidence first:
    1. a place attached to the trigger's own clause by a dependency path ("detained ... at rallies in
       cities across the country" -> the country);
    2. a place named in a prepositional phrase of the same clause (nearest);
    3. the nearest place named shortly before its sentence in the same paragraph (news carries a
       location on);
    4. the article's dateline; 5. the place the article names most often; else None.
    Adjectives ("Russian police") never locate an event."""
    return location_and_reason(trigger, places)[0]


def location_and_reason(trigger: Token, places: list[Place]) -> tuple[Optional[Place], Optional[str]]:
    """location_for_event and the rule that chose it: "clause", "phrase", "carried", "dateline",
    "dominant" (None when no place)."""
    spans = {id(p): span_of(p) for p in places}
    own = [p for p in places if spans[id(p)] is not None and not getattr(p, "_adjectival", False)
           and spans[id(p)].doc is trigger.doc]
    best, best_cost = None, math.inf
    sentence = [p for p in own if trigger.sent.start <= spans[id(p)].start < trigger.sent.end]
    for place in sentence:
        cost = _attachment_cost(trigger, spans[id(place)])
        if cost is None:
            continue
        cost += 0.1 * _specificity(place)  # on a tie, the more specific place
        if cost < best_cost:
            best, best_cost = place, cost
    if best is not None:
        return best, "clause"
    for verb, penalty in _sharing_verbs(trigger):  # "exploded in Balad Ruz, killing 11": where its clause is
        for place in sentence:
            cost = _attachment_cost(verb, spans[id(place)])
            if cost is not None and cost + penalty + 0.1 * _specificity(place) < best_cost:
                best, best_cost = place, cost + penalty + 0.1 * _specificity(place)
    if best is not None:
        return best, "shared"
    if trigger.lemma_.lower() in REPORTING_VERBS:  # "..., officials said": a report is where its dateline is
        dateline = next((p for p in places if getattr(p, "_dateline", False)), None)
        return dateline, ("dateline" if dateline is not None else None)
    clause = _clause_verb(trigger)
    in_phrase = [p for p in sentence if _prepositional(spans[id(p)].root)
                 and _clause_verb(spans[id(p)].root).i == clause.i and not _inside_organisation(spans[id(p)])]
    if in_phrase:
        return min(in_phrase, key=lambda p: (abs(spans[id(p)].start - trigger.i), _specificity(p))), "phrase"
    before = [p for p in own if spans[id(p)].end <= trigger.sent.start
              and trigger.idx - spans[id(p)].start_char <= CARRY_CHARS and _said_where(spans[id(p)])]
    if before:
        return max(before, key=lambda p: spans[id(p)].start), "carried"
    for place in places:
        if getattr(place, "_dateline", False):
            return place, "dateline"
    place = dominant_place(places)
    return place, ("dominant" if place is not None else None)


# Acts made where the actor sits: a government's statement, demand or sanction is made in its capital,
# the EU's in Brussels; material acts (arrests, attacks, visits) happen where their clause says
SEAT_TYPES = {"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"}


def event_location(trigger: Token, places: list[Place], source=None, event_type: Optional[str] = None) -> Optional[Place]:
    """location_for_event, except that a verbal act or sanction by a state or an international body that
    its text does not place is put at the actor's seat ("the bloc put six officials on an asset freeze"
    -> Brussels), not at the place the article names most often."""
    place, reason = location_and_reason(trigger, places)
    if reason in (None, "dominant") and event_type in SEAT_TYPES and source is not None:
        seat = actor_seat(source.actor_id, source.country, source.sector)
        if seat is not None:
            seat.text = source.text  # the words the place was inferred from: "the bloc" -> Brussels
            return seat
    return place


def actor_seat(actor_id: Optional[str], country: Optional[str], sector: Optional[str]) -> Optional[Place]:
    """The seat of a state (its capital) or of an international body (`data/actor_seats.tsv`)."""
    seats = _seats()
    if actor_id in seats:
        name, iso = seats[actor_id]
    elif country and actor_id and (actor_id == country or sector == "GOV") and country in gaz.capital_names():
        name, iso = gaz.capital_names()[country], country
    else:
        return None
    cands = [c for c in gaz.lookup(name) if c.country == iso and c.feature == "city"]
    if not cands:
        return None
    c = max(cands, key=lambda c: (c.capital, c.population))
    return Place(text=name, start=-1, end=-1, name=c.name, country=c.country, lat=c.lat, lon=c.lon,
                 geonameid=c.geonameid, feature=c.feature)


@lru_cache(maxsize=1)
def _seats() -> dict[str, tuple[str, str]]:
    out = {}
    text = resources.files("eventwire.data").joinpath("actor_seats.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            actor, seat, iso = line.split("\t")[:3]
            out[actor] = (seat, iso)
    return out


def _sharing_verbs(trigger: Token, depth: int = 0) -> list[tuple[Token, float]]:
    """Verbs whose place is also the trigger's: the verb a subjectless participle or infinitive hangs on
    ("exploded ..., killing 11", "rallied across Russia to denounce"), and verbs conjoined with the
    trigger ("were killed and 83 wounded in a car bomb attack"); each with the extra cost of borrowing."""
    out = []
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    head = trigger.head
    if head.i != trigger.i and head.pos_ in ("VERB", "AUX"):
        if trigger.dep_ == "conj" or (trigger.dep_ in ("advcl", "xcomp") and not own_subject):
            out.append((head, 1.5))
            if trigger.dep_ == "conj" and head.dep_ == "relcl" and depth == 0:
                out.extend((v, c + 0.5) for v, c in _sharing_verbs(head, depth + 1))  # "where ... calling and protesting"
    if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children):
        out.append((head, 1.0))  # "rallies in 100 cities across the country where demonstrators were calling"
    for child in trigger.children:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            out.append((child, 1.5))
        elif child.dep_ == "advcl" and child.lemma_ == "be" and any(c.lower_ in ("while", "when", "as") for c in child.children):
            out.append((child, 1.0))  # "While Navalny was in Berlin for treatment, he was warned"
    return out


def _said_where(span: Span) -> bool:
    """A place named as where something is or happens ("in Lithuania", "across Russia"), not as an origin,
    a destination or a doer."""
    tok = span.root
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in LOCALITY_WORDS | PLACE_OF_NOUNS:
        tok = tok.head.head  # "in the city of Idlib"
        while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in WHERE_PREPOSITIONS


def _actor_mention(place: Place) -> bool:
    """A place named as a doer ("the United States destroyed", "Bangladesh was investigating")."""
    span = span_of(place)
    return span is not None and (span.root.dep_ in ("nsubj", "nsubjpass", "agent", "poss") or _inside_organisation(span))


def dominant_place(places: list[Place]) -> Optional[Place]:
    """The place the article names most often as a place (not as a doer; ties: the more specific, then the
    first)."""
    counts: Counter = Counter()
    first: dict = {}
    for i, p in enumerate(places):
        if getattr(p, "_adjectival", False) or p.lat is None or _actor_mention(p):
            continue
        key = (p.geonameid, p.name, p.country)
        counts[key] += 1
        first.setdefault(key, (i, p))
    if not counts:
        return None
    key = min(counts, key=lambda k: (-counts[k], _specificity(first[k][1]), first[k][0]))
    return first[key][1]


# ---------------------------------------------------------------- mentions


def _clean(span: Span) -> Optional[Span]:
    """Drop a leading 'the' and a trailing possessive / punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _span_text(span: Span) -> str:
    text = span.text
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text


def _capitalised(span: Span) -> bool:
    return span[0].text[:1].isupper()


def _make(doc: Doc, span: Span, **kw) -> _Mention:
    base = doc.user_data.get("offset", 0)
    return _Mention(span=span, text=kw.pop("text", _span_text(span)), start=base + span.start_char,
                    end=base + span.end_char, **kw)


def _lookup_mention(doc: Doc, span: Span, label: str) -> Optional[_Mention]:
    """A mention if the gazetteer knows this span as a place of a kind its label allows."""
    if not _capitalised(span):
        return None
    text = _span_text(span)
    key = normalise(text)
    demonym = gaz.demonyms().get(key)
    cands = gaz.index().get(key, ())
    if key in gaz.acronym_keys() and not text.replace(".", "").isupper():
        cands = tuple(c for c in cands if c.feature == "city" or normalise(c.name) == key)  # "Act", "Car"
    if not demonym and not cands and key in gaz.continent_adjectives():
        return _make(doc, span, candidates=(gaz.continent_adjectives()[key],), adjectival=True)
    if not demonym and key in gaz.place_adjectives() and (label == "NORP" or not cands):
        return _make(doc, span, candidates=(gaz.place_adjectives()[key],), adjectival=True)  # "South Ossetian"
    if label == "NORP" or (demonym and not cands):
        if demonym:
            return _make(doc, span, candidates=(gaz.countries()[demonym],), adjectival=True)
        return None
    if not cands and DOTTED_INITIALS.match(text) and text in gaz.admin1_postfix_raw():
        # "S.C.", "D.C.", "N.Y.": dotted state initials are unambiguous on their own
        div = gaz.admin1().get(gaz.admin1_postfix()[key])
        cands = (div,) if div is not None else ()
    if not cands:
        return None
    if text.endswith(".") and all(c.feature == "city" for c in cands):
        return None  # an abbreviation ("Kan.", "Man.") is not the town that happens to share its letters
    if label in ("GPE", "LOC", "FAC"):
        return _make(doc, span, candidates=cands)
    # ORG / PERSON / no label: only names that are clearly places
    words = sum(1 for t in span if not t.is_punct)
    strong = tuple(c for c in cands if c.feature in ("country", "continent", "admin1", "region")
                   or (c.feature == "city" and not c.alias
                       and c.population >= (MULTIWORD_TOWN if words > 1 and label != "PERSON" else BIG_CITY)))
    if not strong:
        return None
    if label == "PERSON" and not any(c.feature in ("country", "admin1", "region") for c in strong):
        return None
    return _make(doc, span, candidates=cands)


def _county_mention(doc: Doc, span: Span) -> Optional[_Mention]:
    words = [t for t in span if not t.is_punct]
    if len(words) >= 2 and words[-1].lower_ in COUNTY_WORDS and _capitalised(span):
        stem = doc[words[0].i:words[-1].i]
        return _make(doc, span, text=_span_text(stem), county=True)
    return None


def _coordinated_counties(doc: Doc) -> list[_Mention]:
    """'Walton and Oconee counties', 'Butler, Clark, Preble or Warren counties': each name a US county has."""
    out = []
    for tok in doc:
        if tok.lower_ not in ("counties", "parishes") or tok.i == 0 or not doc[tok.i - 1].text[:1].isupper():
            continue
        end = tok.i
        while end > 0:
            start = end
            while start > 0 and end - start < 2 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_punct:
                start -= 1
            if start == end:
                break
            name = doc[start:end]
            if normalise(name.text) not in gaz.us_county_states():
                break
            out.append(_make(doc, name, text=name.text, county=True))
            end = start
            if end > 0 and doc[end - 1].lower_ in (",", "and", "or", "&"):
                end -= 1
                if end > 0 and doc[end - 1].lower_ in ("and", "or") and doc[end - 1].text != ",":
                    end -= 1  # ", and"
            else:
                break
    return out


def _person_name_words(docs: list[Doc]) -> set[str]:
    """Words of multi-word person names in the article ("Hillary Clinton" -> clinton): never a town alone."""
    out = set()
    for doc in docs:
        for ent in doc.ents:
            if any(t.lower_ in TOWN_INSTITUTION_WORDS or t.lower_ in TITLE_WORDS for t in ent):
                continue  # "Huntsville Fire": a misread town institution, not a person
            if ent.label_ == "PERSON" and len(ent) > 1:
                out.update(normalise(t.text) for t in ent if t.text[:1].isupper())
    return out


def _lone_person_town(doc: Doc, span: Span, surnames: set[str]) -> Optional[_Mention]:
    """spaCy often tags a lone town name PERSON ("Alexandria woman charged"): keep it when the gazetteer
    has a real town of that name and no person in the article carries it."""
    if len(span) != 1 or normalise(span.text) in surnames or not _capitalised(span):
        return None
    cands = gaz.index().get(normalise(_span_text(span)), ())
    if any(c.feature == "city" and c.population >= LONE_TOWN and not c.alias for c in cands):
        return _make(doc, span, candidates=cands)
    return None


def _find_mentions(doc: Doc, surnames: set[str] = frozenset()) -> list[_Mention]:
    found: list[_Mention] = []
    taken: set[int] = set()

    def take(m: Optional[_Mention]) -> bool:
        if m is None or any(i in taken for i in range(m.span.start, m.span.end)):
            return False
        found.append(m)
        taken.update(range(m.span.start, m.span.end))
        return True

    for m in _coordinated_counties(doc):  # "Walton and Oconee counties": before the towns of those names
        take(m)
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        if ent.label_ == "PERSON":  # "Anderson County Sheriff Greg Taylor"
            county_at = next((t.i for t in ent if t.i > ent.start and t.text in ("County", "Parish")), None)
            if county_at is not None and take(_county_mention(doc, doc[ent.start:county_at + 1])):
                continue
        span = _clean(ent)
        if span is None:
            continue
        if ent.label_ in ("GPE", "LOC", "FAC") and take(_county_mention(doc, span)):
            continue
        if ent.label_ == "FAC" and len(span) > 1 and span[-1].lower_ in LANDMARK_WORDS:
            take(_make(doc, span, local=True))  # "White House" the building, not White House, Tennessee
            continue
        if take(_lookup_mention(doc, span, ent.label_)):
            continue
        if ent.label_ == "PERSON" and take(_lone_person_town(doc, span, surnames)):
            continue
        if ent.label_ in ("ORG", "PERSON", "NORP", "FAC") and take(_town_by_context(doc, span, surnames, ent.label_)):
            continue
        if ent.label_ != "ORG" and len(span) > 1 and (span[-1].lower_ in NATURAL_FEATURE_WORDS
                                                      or span[0].lower_ in NATURAL_FEATURE_HEADS):
            if span[0].lower_ in NATURAL_FEATURE_HEADS:
                taken.update(range(span.start, span.end))  # nor "Alaska" of "Gulf of Alaska" later
            continue  # "Manila Bay", "Red Sea": no shapes offline, and not the town "Bay" or "Red"
        if ent.label_ != "ORG" and len(span) > 1 and span[-1].lower_ in LANDMARK_WORDS:
            take(_make(doc, span, local=True))  # "Red River", "Manger Square": not the town "Red"
            continue
        if ent.label_ in ("GPE", "LOC", "FAC", "ORG"):
            _take_subspans(doc, span, ent.label_, take)
    _town_comma_division(doc, found, take)
    # capitalised runs no entity covers: the whole run must be a known place ("Vladimir Putin" is not
    # the town of Vladimir); single words only if they are countries, divisions or demonyms
    blocked = {i for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    i = 0
    while i < len(doc):
        if i in taken or i in blocked or not _run_word(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and j not in blocked and _run_word(doc[j]) and j - i < 5:
            j += 1
        run = doc[i:j]
        if not (take(_county_mention(doc, run)) if len(run) > 1 else False) and not take(_lookup_mention(doc, run, "")) \
                and not take(_town_by_context(doc, run, surnames, "")):
            for k in range(i, j):
                m = _lookup_mention(doc, doc[k:k + 1], "")
                if m is not None and (m.adjectival or any(c.feature != "city" for c in m.candidates)):
                    take(m)
        i = j
    for tok in doc:  # "U.S.-led", "Russian-backed", "Moscow-based"
        if tok.i not in taken and "-" in tok.text[1:] and tok.text[:1].isupper():
            m = _hyphen_prefix(doc, tok)
            if m is not None:
                take(m)
    for m in _country_anaphors(doc):
        take(m)
    for m in _named_localities(doc, blocked):
        take(m)
    for m in _listed_with_places(doc, found, taken | blocked):
        take(m)
    found.sort(key=lambda m: m.start)
    return found


def _listed_with_places(doc: Doc, found: list[_Mention], taken: set[int]) -> list[_Mention]:
    """Names listed with places ("Kampungu, Makonono, Kaluamba and Mombo", "Pandi and Talavera farms"): a
    town of that name in a listed place's country, or, when at least two others are towns or regions, a
    place the gazetteer lacks (placed with them)."""
    at = {i: m for m in found if not m.adjectival and not m.anaphor for i in range(m.span.start, m.span.end)}
    out = []
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isupper() or tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "DATE"):
            continue
        if tok.dep_ == "compound":
            continue  # the run is handled at its last word
        siblings = [t for t in (*[c for c in tok.children if c.dep_ == "conj"], tok.head if tok.dep_ == "conj" else None)
                    if t is not None]
        siblings += [c for t in list(siblings) for c in t.children if c.dep_ == "conj" and c.i != tok.i]
        places = {id(at[t.i]): at[t.i] for t in siblings if t.i in at}
        if not places:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                and doc[start - 1].text[:1].isupper() and start - 1 not in taken:
            start -= 1
        span = doc[start:tok.i + 1]
        key = normalise(_span_text(span))
        if key in gaz.demonyms() or key in gaz.place_adjectives() or span.text.replace(".", "").isupper() \
                or {t.lower_ for t in span} & (TITLE_WORDS | TOWN_INSTITUTION_WORDS | {"dairy", "farms", "district"}):
            continue  # "the E.U.", "Santa Ana Unified School District", "Mountain Dairy"
        countries = {c.country for m in places.values() for c in m.candidates}
        cands = tuple(c for c in gaz.index().get(key, ()) if c.feature == "city" and c.country in countries)
        if cands:
            out.append(_make(doc, span, candidates=cands))
        elif sum(1 for m in places.values() if m.locality or any(c.feature in ("city", "region", "admin1")
                                                                 for c in m.candidates)) >= 2:
            out.append(_make(doc, span, locality=True))
    return out


def _locality_word(tok: Token) -> bool:
    """A word of a place name ("Jubb", "Al-Jarrah", "PK12", "al-Husseiniya", "Sa’eed")."""
    text = tok.text
    return (text[:1].isupper() or (text[:3].lower() in ("al-", "el-", "ad-", "as-", "ar-", "ash") and len(text) > 4)) \
        and not tok.is_punct and tok.lower_ not in MONTHS_AND_DAYS and tok.pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "X")


def _named_localities(doc: Doc, blocked: set[int]) -> list[_Mention]:
    """Villages, districts and neighbourhoods the gazetteer lacks, named as such: "the village of Abadam",
    "the key town of Qusayr", "the villages of Foua and Kfraya", "Michika town", "Maiwand district", "Deir Ezzor
    Governorate"; and place-tagged names after a locative preposition ("in Puge", "from Clacton, Essex")."""
    out = []
    for tok in doc:
        if tok.lower_ not in LOCALITY_WORDS:
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and _locality_word(doc[tok.i + 2]) \
                and not tok.text[:1].isupper():
            start = end = tok.i + 2
            while True:
                while end < len(doc) and end - start < 5 and end not in blocked and _locality_word(doc[end]):
                    end += 1
                if end > start:
                    out.append(doc[start:end])
                # "the villages of Foua and Kfraya", "the towns of Haris, Varzaqan and Ahar"
                if not tok.lower_.endswith("s") or end >= len(doc) - 1 or doc[end].lower_ not in (",", "and", "or"):
                    break
                start = end = end + (2 if doc[end].text == "," and doc[end + 1].lower_ in ("and", "or") else 1)
                if end >= len(doc) or not _locality_word(doc[end]):
                    break
        elif tok.i > 0 and _locality_word(doc[tok.i - 1]) and (tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "of"):
            end = tok.i
            start = end
            while start > 0 and end - start < 4 and start - 1 not in blocked and _locality_word(doc[start - 1]):
                start -= 1
            if start < end and not doc[start].is_sent_start or end - start > 1:
                out.append(doc[start:tok.i + 1] if tok.text[:1].isupper() else doc[start:end])
    for ent in doc.ents:  # "in Puge", "from Clacton, Essex": a place by its tag and preposition, unknown by name
        if ent.label_ in ("GPE", "LOC") and ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVE_PREPOSITIONS \
                and not gaz.index().get(normalise(_span_text(ent))) and _capitalised(ent):
            out.append(ent)
    mentions = []
    for span in out:
        words = {t.lower_ for t in span}
        if words & (TITLE_WORDS | TOWN_INSTITUTION_WORDS) - LOCALITY_WORDS or span.root.ent_type_ in ("PERSON", "DATE", "TIME"):
            continue
        key = normalise(span.text)
        if key in gaz.demonyms() or key in gaz.place_adjectives() or any(i in blocked for i in range(span.start, span.end)):
            continue
        mentions.append(_make(doc, span, locality=True))
    return mentions


def _town_by_context(doc: Doc, span: Span, surnames: set[str], label: str) -> Optional[_Mention]:
    """A town name the NER calls an organisation or a person, or misses, when its context says it is a place:
    a locative preposition before it ("in Whitestown"), a town institution after it ("Roselle police",
    "Ramsey District Court"), "the village of X", or a dateline ("HANOVER --"). Tries the whole span, then its
    leading words ("Zionsville Education Foundation" -> Zionsville)."""
    for end in range(min(span.end, span.start + 3), span.start, -1):
        sub = doc[span.start:end]
        if sub[-1].is_punct or not _capitalised(sub) or sub[0].lower_ in MONTHS_AND_DAYS \
                or {sub[0].lower_, sub[-1].lower_} & (TITLE_WORDS | TOWN_INSTITUTION_WORDS):
            continue
        if sub.text.isupper() and len(sub.text) <= 4 and not (_dateline_position(doc, sub) and doc[end].text != ":"):
            continue  # "UN", "SEC": acronyms
        if end < len(doc) and doc[end].tag_ == "POS" and end == span.end and len(sub) == 1 \
                and not (end + 1 < len(doc) and doc[end + 1].lower_ in TOWN_INSTITUTION_WORDS | {"limits", "downtown"}):
            continue  # "at McDonald's", "Culver's": a business named after its founder
        named_institution = end < len(doc) and doc[end].lower_ in TOWN_INSTITUTION_WORDS and doc[end].text[:1].isupper()
        if any(t.tag_ not in ("NNP", "NNPS") for t in sub) and not sub.text.isupper() and not named_institution:
            continue  # "Many area cities", "Highways officials": a capitalised common word
        if normalise(sub.text) in gaz.demonyms():
            continue  # "in English", "Arab culture"
        key = normalise(_span_text(sub))
        if key in surnames or (len(sub) == 1 and key in surnames):
            continue
        cands = gaz.index().get(key, ())
        towns = [c for c in cands if c.feature == "city" and c.population >= (BIG_CITY if c.alias else CONTEXT_TOWN)]
        if label == "PERSON" and end == span.end and len(span) > 1 and not any(c.population >= BIG_CITY for c in towns):
            continue  # a whole multi-word person name is a person ("in Milton Keynes" is a big town)
        if not towns or (_span_text(sub).endswith(".") and len(sub) == 1):
            continue
        if end < span.end and not (doc[end].lower_ in TOWN_INSTITUTION_WORDS):
            continue  # inside a longer name only when a town institution follows
        if _place_context(doc, sub, label):
            return _make(doc, sub, candidates=cands)
    return None


def _dateline_position(doc: Doc, span: Span) -> bool:
    """'HANOVER --', 'DeKALB –' opening a paragraph or a sentence, or after the story's date."""
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.text not in DATELINE_DASHES:
        return False
    first = span.start == 0 or doc[span.start - 1].is_sent_end or doc[span.start - 1].is_space \
        or doc[span.start - 1].text in (".", "!", "?")
    if not first and span.text.isupper():  # "March 30, 2009 HANOVER --"
        first = doc[span.start - 1].ent_type_ == "DATE" or doc[span.start - 1].like_num
    return first and (span.text.isupper() or nxt.text in ("--", "—", "–"))


def _place_context(doc: Doc, span: Span, label: str) -> bool:
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    if nxt is not None and nxt.lower_ in TOWN_INSTITUTION_WORDS and not (nxt.i + 1 < len(doc) and nxt.lower_ == "city"
                                                                         and doc[nxt.i + 1].text[:1].isupper()):
        return True
    if _dateline_position(doc, span):
        return True
    if prev is None or prev.lower_ in ("the", "a", "an"):
        return False
    if prev.lower_ in LOCATIVE_PREPOSITIONS and not (label == "PERSON" and prev.lower_ in ("at", "from", "between")):
        return True
    if prev.lower_ == "of" and prev.i > 0 and (doc[prev.i - 1].lower_ in PLACE_OF_NOUNS
                                               or (doc[prev.i - 1].ent_type_ == "PERSON" and label != "PERSON")):
        return True  # "the village of Flumeri", "Edward Moayyad of Southlake"
    return False


def _hyphen_prefix(doc: Doc, tok: Token) -> Optional[_Mention]:
    prefix = tok.text.split("-")[0]
    m = _lookup_mention(doc, doc[tok.i:tok.i + 1], "")
    if m is not None:
        return m
    key = normalise(prefix)
    base = doc.user_data.get("offset", 0) + tok.idx
    span = doc[tok.i:tok.i + 1]
    if key in gaz.demonyms():
        return _Mention(span, prefix, base, base + len(prefix), (gaz.countries()[gaz.demonyms()[key]],),
                        adjectival=True, surface=prefix)
    cands = tuple(c for c in gaz.index().get(key, ()))
    if any(c.feature != "city" or c.population >= BIG_CITY for c in cands):
        return _Mention(span, prefix, base, base + len(prefix), cands, adjectival=True, surface=prefix)
    return None


def _run_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and (tok.pos_ in ("PROPN", "ADJ", "NOUN") or (tok.is_alpha and tok.is_upper
                                                                                  and len(tok) > 2))


def _take_subspans(doc: Doc, span: Span, label: str, take) -> None:
    """Inside a longer entity ("Moscow City Court", "Alexandria, La."), the longest known place names."""
    i = span.start
    while i < span.end:
        for j in range(span.end, i, -1):
            sub = doc[i:j]
            if sub[0].is_punct or sub[-1].is_punct:
                continue
            if j - i > 1 and sub[-1].lower_ in COUNTY_WORDS and take(_county_mention(doc, sub)):
                i = j - 1  # "Butler County Sheriff's Office"
                break
            m = _lookup_mention(doc, sub, label if label != "ORG" else "")  # in an ORG only clear place names
            if m is not None and take(m):
                i = j - 1
                break
        i += 1


def _country_anaphors(doc: Doc) -> list[_Mention]:
    out = []
    for tok in doc:
        if tok.lower_ in ("country", "nation") and tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "this"):
            span = doc[tok.i - 1:tok.i + 1]
            if span.text.lower() in COUNTRY_ANAPHORS:
                out.append(_make(doc, span, text=span.text, anaphor=True, surface=span.text))
    return out


def _division_after(doc: Doc, i: int) -> tuple[Optional[str], int]:
    """The division or country named at token i ("Ky.", "S.C.", "W. Va.", "Ontario", "Idaho"): key, length."""
    for n in (3, 2, 1):
        words = doc[i:i + n]
        if words.end > len(doc) or not words.text[:1].isupper():
            continue
        key = gaz.admin1_postfix().get(normalise(words.text))
        if key:
            return key, n
        for c in gaz.index().get(normalise(_span_text(words)), ()):
            if c.feature == "country":
                return c.country, n
    return None, 0


def _town_comma_division(doc: Doc, found: list[_Mention], take) -> None:
    """'Alexandria, La.' / 'London, Ontario' / 'Moscow, Idaho': the town must lie in what follows the comma,
    and a town the NER missed is looked up in that division whatever its size."""
    by_end = {m.span.end: m for m in found}
    by_start = {m.span.start: m for m in found}
    for comma in doc:
        i = comma.i
        if comma.text != "," or i == 0 or not doc[i - 1].text[:1].isupper():
            continue
        key, n = _division_after(doc, i + 1)
        if key is None:
            continue
        div = gaz.admin1().get(key) if "." in key else gaz.countries().get(key)
        right = by_start.get(i + 1)
        if right is None and div is not None:
            right = _make(doc, doc[i + 1:i + 1 + n], candidates=(div,))
            if take(right):
                by_start[i + 1] = right
        left = by_end.get(i)
        if left is None:
            start = i - 1
            while start > 0 and i - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
                start -= 1
            for s0 in range(start, i):
                span = doc[s0:i]
                cands = tuple(c for c in gaz.index().get(normalise(span.text), ())
                              if c.admin1 == key or c.country == key)
                if cands:
                    left = _make(doc, span, candidates=cands)
                    if take(left):
                        by_end[i] = left
                    break
        if left is not None:
            left.within = key


def _is_dateline(m: _Mention) -> bool:
    """'MOSCOW (Reuters) -' / 'BRUSSELS, Jan 25 -': a place opening the article's first paragraph."""
    span = m.span
    if m.adjectival or span.doc.user_data.get("offset", 0) > 200 or span.start > 1:
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.text in ("(", "-", "—", "–", ":", ",") and (span.text.isupper() or nxt.text != ",")


def _repeat_known_names(docs: list[Doc], mentions: list[_Mention], surnames: set[str]) -> list[_Mention]:
    """A name the article already uses as a place is that place again where NER called it an organisation
    or missed it ("Greer's city limits", "Watertown-ML", "Gainesville Police")."""
    known = {}
    for m in mentions:
        if m.choice is not None and not m.anaphor and not m.local and m.surface is None:
            known.setdefault(normalise(m.text), m)
    if not known:
        return mentions
    out = list(mentions)
    for doc in docs:
        taken = {i for m in mentions if m.span.doc is doc for i in range(m.span.start, m.span.end)}
        taken |= {i for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for i in range(ent.start, ent.end)}
        for tok in doc:
            if tok.i in taken or not tok.text[:1].isupper() or tok.pos_ != "PROPN":
                continue
            for n in (3, 2, 1):
                span = doc[tok.i:tok.i + n]
                if span.end > len(doc) or any(i in taken for i in range(span.start, span.end)):
                    continue
                src = known.get(normalise(_span_text(span)))
                if src is not None and normalise(span.text) not in surnames:
                    m = _make(doc, span, candidates=src.candidates, adjectival=src.adjectival, county=src.county)
                    m.choice = src.choice
                    out.append(m)
                    taken.update(range(span.start, span.end))
                    break
    out.sort(key=lambda m: m.start)
    return out


# ---------------------------------------------------------------- resolution


W_COUNTRY = 3.0  # weight of the article's country context
W_DIVISION = 3.0  # weight of its division (state, province) context
W_COUNTY = 3.0  # weight of the states whose county names the article uses
W_COUNTY_US = 1.0  # bonus of any US place in an article that names counties
W_NEAR = 1.0  # bonus for a town close to the article's other towns
NEAR_KM = 100.0
W_TOWN_DIVISION = 0.5  # a town's vote for its division, beside a division named outright (1)
RESOLVE_ROUNDS = 4


def _prior(c: Candidate) -> float:
    if c.feature == "country":
        return 8.5
    if c.feature == "continent":
        return 8.0
    if c.feature == "admin1":
        return 6.8
    if c.feature == "region":
        return math.log10(c.population + 1)  # its hand-written prior
    return math.log10(c.population + 1) + (1.0 if c.capital else 0.0) - (1.0 if c.alias else 0.0)


def _contributions(m: _Mention, chosen: bool) -> list[tuple[str, str, float]]:
    """What one mention says about the article's countries ('c') and divisions ('d')."""
    out = []
    if chosen and m.choice is not None:
        c, w = m.choice, 1.0
    elif m.candidates:
        # before resolution only unambiguous mentions speak
        if len({c.country for c in m.candidates}) != 1:
            return out
        c, w = max(m.candidates, key=_prior), 1.0
        if len({x.admin1 for x in m.candidates}) != 1:
            return [("c", c.country, w)] if c.country else out
    else:
        return out
    if c.country:
        out.append(("c", c.country, w))
    if c.feature == "admin1" and c.admin1:
        out.append(("d", c.admin1, w))
    elif c.feature == "city" and c.admin1:
        out.append(("d", c.admin1, W_TOWN_DIVISION * w))
    return out


def _context(mentions: list[_Mention], chosen: bool) -> dict[str, tuple[Counter, Counter]]:
    """Per mention key: the article's country and division weights WITHOUT that name's own mentions, so a
    repeated ambiguous name cannot vote for itself."""
    total_c: Counter = Counter()
    total_d: Counter = Counter()
    own: dict[str, tuple[Counter, Counter]] = {}
    for m in mentions:
        key = normalise(m.text)
        oc, od = own.setdefault(key, (Counter(), Counter()))
        for kind, k, w in _contributions(m, chosen):
            (total_c if kind == "c" else total_d)[k] += w
            (oc if kind == "c" else od)[k] += w
    out = {}
    for key, (oc, od) in own.items():
        c = total_c.copy()
        c.subtract(oc)
        d = total_d.copy()
        d.subtract(od)
        out[key] = (+c, +d)
    out[""] = (total_c, total_d)
    return out


def _score(c: Candidate, m: _Mention, countries: Counter, divisions: Counter) -> float:
    n_c = sum(countries.values()) or 1.0
    n_d = sum(divisions.values()) or 1.0
    s = _prior(c) + W_COUNTRY * countries.get(c.country, 0) / n_c + W_DIVISION * divisions.get(c.admin1, 0) / n_d
    if m.within:
        inside = c.admin1 == m.within or c.country == m.within
        s += 5.0 if inside else -5.0
    elif c.alias and c.feature == "city" and any(x.feature == "country" and x.country == c.country for x in m.candidates):
        s -= 3.0  # "Mexico" is the country, not Mexico City by its other name
    return s


COUNTY_NAME = re.compile(r"\b((?:[A-Z][A-Za-z'.]+ )?[A-Z][A-Za-z'.]+) (?:County|Parish)\b")


def _county_states(docs: list[Doc]) -> list[frozenset[str]]:
    """For each county the article names (also inside "Henderson County Jail"), the US states that have a
    county of that name: local news names its county, which narrows its towns to a few states."""
    seen: dict[str, frozenset[str]] = {}
    for doc in docs:
        for match in COUNTY_NAME.finditer(doc.text):
            words = match.group(1)
            for name in (words, words.split(" ")[-1]):
                states = gaz.us_county_states().get(normalise(name))
                if states:
                    seen.setdefault(normalise(name), states)
                    break
    return list(seen.values())


def _county_bonus(c: Candidate, county_states: list[frozenset[str]]) -> float:
    if not county_states or c.country != "USA" or c.feature not in ("city", "admin1"):
        return 0.0
    return W_COUNTY_US + W_COUNTY * sum(c.admin1 in states for states in county_states) / len(county_states)


def _resolve(mentions: list[_Mention], county_states: list[frozenset[str]] = ()) -> None:
    ctx = _context(mentions, chosen=False)
    for round_ in range(RESOLVE_ROUNDS):  # choices and context settle together ("Georgia" + "Albany")
        towns = _town_points(mentions) if round_ else {}
        before = [m.choice for m in mentions]
        for m in mentions:
            if m.candidates:
                key = normalise(m.text)
                countries, divisions = ctx[key]
                others = [pt for k, pts in towns.items() if k != key for pt in pts]
                m.choice = max(m.candidates, key=lambda c: _score(c, m, countries, divisions)
                               + (_nearness(c, others) + _county_bonus(c, county_states)
                                  if len(m.candidates) > 1 else 0.0))
        ctx = _context(mentions, chosen=True)
        if round_ and before == [m.choice for m in mentions]:
            break
    _one_sense_per_name(mentions)
    countries, divisions = ctx[""]
    for m in mentions:
        if m.county:
            m.choice = _resolve_county(m, mentions, countries, divisions)
    town = _main_town(mentions)
    for m in mentions:
        if m.local and town is not None:
            m.choice = Candidate(m.text, town.country, town.lat, town.lon, "landmark", None, 0, town.admin1)
    main_country = countries.most_common(1)[0][0] if countries else None
    for m in mentions:
        if m.locality:
            base = _enclosing(m, mentions)
            if base is not None:
                m.choice = Candidate(m.text, base.country, base.lat, base.lon, "locality", None, 0, base.admin1)
    for m in mentions:
        if m.anaphor and main_country in gaz.countries():
            m.choice = gaz.countries()[main_country]


def _enclosing(m: _Mention, mentions: list[_Mention]) -> Optional[Candidate]:
    """The resolved place nearest to a locality in its own sentence ("the village of Abadam in Niger",
    "In Kandahar, ... in Maiwand district"): where the locality lies, as far as the text says."""
    sent = m.span.sent
    near = [x for x in mentions if x is not m and x.choice is not None and not x.locality and not x.local
            and x.span.doc is m.span.doc and sent.start <= x.span.start < sent.end
            and x.choice.feature in ("city", "admin1", "region", "country", "county")]
    if not near:
        return None
    return min(near, key=lambda x: (abs(x.span.start - m.span.start), gaz.FEATURE_RANK.get(x.choice.feature, 0))).choice


def _one_sense_per_name(mentions: list[_Mention]) -> None:
    """A name the article pins down once ("Paris, Tenn.") means that place wherever it is repeated bare."""
    pinned = {normalise(m.text): m.choice for m in mentions if m.within and m.choice is not None}
    for m in mentions:
        choice = pinned.get(normalise(m.text))
        if choice is not None and not m.within and choice in m.candidates:
            m.choice = choice


def _town_points(mentions: list[_Mention]) -> dict[str, list[tuple[float, float]]]:
    """Per name, the points of the towns the first round chose (only towns: countries are too big)."""
    out: dict[str, list[tuple[float, float]]] = {}
    for m in mentions:
        c = m.choice
        if c is not None and c.feature == "city" and not m.adjectival:
            out.setdefault(normalise(m.text), []).append((c.lat, c.lon))
    return out


def _nearness(c: Candidate, others: list[tuple[float, float]]) -> float:
    """Towns named in one story lie near each other: a bonus that fades over ~100 km."""
    if c.lat is None or not others:
        return 0.0
    d = min(_km(c.lat, c.lon, lat, lon) for lat, lon in others)
    return W_NEAR * math.exp(-d / NEAR_KM)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _main_town(mentions: list[_Mention]) -> Optional[Candidate]:
    """The town the article names most often (ties: the first named)."""
    counts: Counter = Counter()
    first: dict = {}
    for m in mentions:
        c = m.choice
        if c is not None and c.feature == "city" and not m.adjectival:
            counts[c.geonameid] += 1
            first.setdefault(c.geonameid, c)
    if not counts:
        return None
    return first[max(counts, key=lambda k: counts[k])]  # max keeps the first of equal counts


def _resolve_county(m: _Mention, mentions: list[_Mention], countries: Counter,
                    divisions: Counter) -> Optional[Candidate]:
    """A county is placed at the town the article names most in its state (local news names the county
    around its own town), else a same-named town of the state, else the state (no county shapes offline)."""
    having = gaz.us_county_states().get(normalise(m.text), frozenset())
    state = m.within or next((d for d, _ in divisions.most_common() if d in having), None) \
        or next((d for d, _ in divisions.most_common() if d.startswith("US.")), None)
    if state is None:
        town = _main_town(mentions)  # no state named: the article's own town is the best guess
        if town is None or town.country != "USA":
            return None
        return Candidate(f"{m.text} County", town.country, town.lat, town.lon, "county", None, 0, town.admin1)
    local = Counter(x.choice for x in mentions if x.choice is not None and x.choice.feature == "city"
                    and x.choice.admin1 == state and not x.county)
    namesake = [c for c in gaz.lookup(m.text) if c.feature == "city" and c.admin1 == state]
    if local:  # local news names the county around its own town
        base = max(local, key=lambda c: local[c])
    elif namesake:
        base = max(namesake, key=lambda c: c.population)
    else:
        base = gaz.admin1().get(state)
    if base is None:
        return None
    return Candidate(f"{m.text} County", base.country, base.lat, base.lon, "county", None, 0, state)


# ---------------------------------------------------------------- event location


def _specificity(place: Place) -> int:
    """Lower is more specific; a named village or district ("Maiwand district") below any town."""
    return -1 if place.feature == "locality" else gaz.FEATURE_RANK.get(place.feature or "city", 0)


def _modifier(span: Span) -> bool:
    """'U.S. forces', 'Iraq's army': a country name modifying a noun names an actor's side, not a where."""
    return span.root.dep_ in ("compound", "nmod", "amod", "poss") and span.root.head.pos_ in ("NOUN", "PROPN")


def _clause_verb(tok: Token) -> Token:
    """The verb heading the clause a token belongs to (the token itself if it is one)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _prepositional(tok: Token) -> bool:
    """'in Moscow', 'in Moscow and St Petersburg': a place named as a where, not as an actor."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj"


def _inside_organisation(span: Span) -> bool:
    """A place named after 'of' inside an organisation's name: the name's, not a where."""
    doc = span.doc
    if span.root.ent_type_ != "ORG":
        return False
    ent = next((e for e in doc.ents if e.start <= span.root.i < e.end), None)
    if ent is None:
        return False
    # "Islamic State of Iraq", "University of Michigan"; but "the Sydney Opera House", "Deir Ezzor Governorate"
    # name places (buildings, districts) an event can happen at
    return ent.start < span.start and doc[span.start - 1].lower_ == "of"


def _attachment_cost(trigger: Token, span: Span) -> Optional[float]:
    """Steps from the place up to the trigger inside one clause; None if the place is not attached to it
    as a location (subject, possessor or another clause)."""
    if _inside_organisation(span):
        return None  # "the Islamic State of Iraq launched": part of a name, not a where
    root = span.root
    if root.dep_ == "npadvmod" or (root.dep_ == "compound" and root.head.pos_ == "NOUN"
                                   and root.head.lower_ not in LOCALITY_WORDS | LANDMARK_WORDS | PLACE_NOUNS):
        return None  # "London-based", "the Baghdad regime", "the 1967 Mideast war": a modifier, not a where
    tok = span.root
    steps = 0.0
    via_prep = origin = False
    while tok.i != trigger.i:
        if tok.dep_ == "prep" or tok.dep_ == "pobj":
            via_prep = True
        if tok.dep_ == "prep" and tok.lower_ in ("from", "of"):
            origin = True
        head = tok.head
        if head.i == tok.i:
            return None  # reached the root without meeting the trigger
        if head.i == trigger.i and tok.i == span.root.i:
            # the place itself fills a role of the verb: an actor ("Moscow has issued"), not a location,
            # unless the verb takes places as objects ("will visit Moscow")
            takes_places = trigger.lemma_.lower() in PLACE_OBJECT_VERBS
            if tok.dep_ in NOT_LOCATION_DEPS and not (tok.dep_ == "nsubjpass" and takes_places):
                return None  # ... but "Gibraltar was captured"
            if tok.dep_ == "dobj" and not takes_places:
                return None
        elif tok.dep_ in CLAUSE_DEPS and tok.pos_ in ("VERB", "AUX"):
            return None  # the place sits in another clause
        if tok.lower_ == "of" and head.lower_ in COMPASS_WORDS:
            steps += REFERENCE_PATH_COST  # "just north of Baghdad": a reference point, not the where
        if tok.dep_ == "appos" and tok.i != span.root.i:
            steps += 1.5  # "at Lashkar Gah, the capital of Helmand province": the first name is the where
        if head.i == trigger.i and tok.i != span.root.i and tok.dep_ in ("nsubj", "nsubjpass"):
            if origin:
                return None  # "warships from Britain are patrolling", "Harcharn of Guyana was convicted"
            steps += SUBJECT_PATH_COST  # "police in Berlin detained ... in Hamburg": Hamburg first
        steps += 0 if tok.dep_ == "compound" and tok.i == span.root.i else 1  # "Maiwand district": one place
        tok = head
        if steps > 12:
            return None
    if not via_prep and steps > 1:
        return None
    return steps
