"""The trigger lexicon: curated verbs and nouns (data/triggers.yaml) and the CAMEO verb patterns
(data/cameo_verbs.tsv), loaded once into `Sense` records the event coder matches against."""
from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..yaml_data import read_yaml


PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
CAMEO_CONFIDENCE = 0.45  # verbs known only from the broad CAMEO lexicon need the classifier to agree
CLASSIFIER_AGREEMENT = 0.25  # re-chosen 2026-11-24 on dev: 0.15 / 0.25 / 0.3 gave real TBAQ dev precision 0.54 / 0.56 / 0.56 (found 0.57 / 0.57 / 0.56), hand and codebook dev equal, ConfliBERT-train quad 0.742 / 0.740 (first chosen on that quad alone)
PREPOSITIONS = frozenset({"of", "to", "in", "on", "for", "with", "by", "at", "from", "into", "over", "against",
                          "between", "about", "after", "under", "through", "across", "toward", "towards"})
NO_EVENT = object()  # a CAMEO pattern coded "---" or 01x: this use of the verb reports no event
PATTERN_STOP = {"a", "an", "the", "and", "*", "-", "+", "$"}  # prepositions stay: "regret at" is not "regret"
PATTERN_CONFIDENCE = 0.6  # a CAMEO verb pattern matched word for word in the clause
DOMINANT_SHARE = 0.7  # a verb whose CAMEO patterns mostly share one type reads as that type when none matches
DOMINANT_MIN = 3
FRAME_WORDS = {"to", "with", "on", "against", "in", "of", "for", "by", "from", "into", "over", "at", "about", "after",
               "as", "under", "and"}  # a pattern's frame: its prepositions, not the nouns the dictionary expands
ALTERNATIVE_SHARE = 0.15  # a reading this common among a verb's patterns may win the classifier's tie-break
@dataclass(frozen=True)
class Sense:
    type: str
    mode: Optional[str]
    cameo: Optional[str]
    speech: bool = False
    needs_object: bool = False
    objects: tuple = ()
    preps: tuple = ()
    patient: bool = False
    patient_preps: tuple = ()
    needs_modifier: tuple = ()
    poss_agent: bool | str = False  # True, or "named": only a named state, nationality or group as the author
    confidence: float = 0.7
    not_objects: tuple = ()  # "meet a deadline" is no meeting
    needs_clause: bool = False  # "pushed Kyiv *to cede*": only with the act asked for
    of_agent: bool = False  # "the resignation *of the minister*": the "of" phrase names who acts


@lru_cache(maxsize=1)
def plover_modes() -> dict:
    """{type: {mode, ...}}: the modes PLOVER v0.8 defines (data/plover_modes.tsv)."""
    out: dict = {}
    text = resources.files("eventwire.data").joinpath("plover_modes.tsv").read_text("utf-8")
    for row in csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t"):
        out.setdefault(row["type"], set()).add(row["mode"])
    return out


def valid_mode(typ: Optional[str], mode: Optional[str]) -> Optional[str]:
    """The mode if PLOVER defines it for the type, else None (the CAMEO table also carries contexts there)."""
    return mode if mode and mode in plover_modes().get(typ, ()) else None


def _sense(entry: dict, confidence: float = 0.7) -> Sense:
    return Sense(type=entry["type"], mode=valid_mode(entry["type"], entry.get("mode")), cameo=entry.get("cameo"),
                 speech=bool(entry.get("speech")), needs_object=bool(entry.get("needs_object")),
                 objects=tuple(entry.get("objects") or ()), preps=tuple(entry.get("preps") or ()),
                 patient=bool(entry.get("patient")), patient_preps=tuple(entry.get("patient_preps") or ()),
                 needs_modifier=tuple(entry.get("needs_modifier") or ()), poss_agent=_poss_agent(entry.get("poss_agent")),
                 not_objects=tuple(entry.get("not_objects") or ()), needs_clause=bool(entry.get("needs_clause")),
                 of_agent=bool(entry.get("of_agent")),
                 confidence=confidence)
WORD_SETS = {  # lexicon key -> triggers.yaml list of words, loaded as a set
    "negating": "negating_heads", "hypothetical": "hypothetical_heads", "future": "future_heads",
    "intent": "intent_heads", "reporting": "reporting_verbs", "abstract": "abstract_heads",
    "visitors": "visitor_nouns", "predicate_objects": "predicate_objects", "content_objects": "content_objects",
    "recipient_verbs": "recipient_verbs", "mutual_objects": "mutual_objects", "meeting_nouns": "meeting_nouns",
    "crime_objects": "crime_objects", "gathering_verbs": "gathering_verbs",
    "experiencer_verbs": "experiencer_verbs", "opinion_with_clause": "opinion_with_clause",
    "non_agents": "non_agents", "acting_nouns": "acting_nouns", "self_wishes": "self_wishes",
    "pejoratives": "pejoratives", "victim_verbs": "victim_verbs", "attack_nouns": "attack_nouns",
    "attack_verbs": "attack_verbs", "generic_verbs": "generic_verbs", "questioning_verbs": "questioning_verbs",
    "effort_heads": "effort_heads",
    "peaceful_crowds": "peaceful_crowds", "struggle_verbs": "struggle_verbs", "cooperation_words": "cooperation_words",
    "partitive_heads": "partitive_heads", "sporting_verbs": "sporting_verbs", "sports_words": "sports_words",
    "prison_words": "prison_words", "evidential_verbs": "evidential_verbs",
    "occurrence_verbs": "occurrence_verbs", "open_to": "open_to_heads", "not_hesitant": "not_hesitant_heads",
    "protest_purposes": "protest_purposes", "directive_verbs": "directive_verbs",
    "mandative_verbs": "mandative_verbs", "appeal_wishes": "appeal_wishes", "blast_verbs": "blast_verbs", "stance_participles": "stance_participles", "force_words": "force_words", "striking_subjects": "striking_subjects", "private_visitor_sectors": "private_visitor_sectors", "generic_agents": "generic_agents", "explosive_devices": "explosive_devices", "arrival_verbs": "arrival_verbs", "aid_carriers": "aid_carriers", "rejecting_adjectives": "rejecting_adjectives", "praising_attributes": "praising_attributes", "foreseen_dangers": "foreseen_dangers", "departure_verbs": "departure_verbs", "expelled_envoys": "expelled_envoys", "rejectable_terms": "rejectable_terms", "aid_goods": "aid_goods", "relief_modifiers": "relief_modifiers", "crowd_nouns": "crowd_nouns", "forced_moves": "forced_moves", "deportees": "deportees", "disarming_verbs": "disarming_verbs", "disarmed_weapons": "disarmed_weapons",
    "relief_arrival_verbs": "relief_arrival_verbs", "membership_nouns": "membership_nouns", "joined_bodies": "joined_bodies",
    "met_with_responses": "met_with_responses", "met_with_disapproval": "met_with_disapproval",
    "met_with_approval": "met_with_approval", "unit_nouns": "unit_nouns", "unit_owners": "unit_owners",
    "performative_verbs": "performative_verbs", "performing_wishes": "performing_wishes",
    "dropping_verbs": "dropping_verbs", "charging_verbs": "charging_verbs",
    "continuing_phrasals": "continuing_phrasals", "document_nouns": "document_nouns", "in_phrase_acts": "in_phrase_acts",
    "halting_objects": "halting_objects", "ceasefire_declaring": "ceasefire_declaring",
    "willingness": "willingness_heads", "defied_documents": "defied_documents",
    "disaster_words": "disaster_words", "entry_verbs": "entry_verbs",
    "barred_visitors": "barred_visitors",
    "decided_heads": "decided_heads", "intended_heads": "intended_heads",
    "defied_appeals": "defied_appeals", "declaring_nouns": "declaring_nouns", "reform_words": "reform_words", "happening_verbs": "happening_verbs",
    "investigating_agents": "investigating_agents", "investigative_verbs": "investigative_verbs",
    "crowd_weapons": "crowd_weapons", "assassinated_titles": "assassinated_titles", "state_participles": "state_participles",
    "protest_symbols": "protest_symbols", "phone_purposes": "phone_purposes", "denied_claims": "denied_claims",
    "accident_verbs": "accident_verbs", "vehicles": "vehicles",
    "surviving_verbs": "surviving_verbs",
    "surrendering_verbs": "surrendering_verbs",     "sports_sides": "sports_sides", "market_words": "market_words",     "deliberating_verbs": "deliberating_verbs", "forecasting_speakers": "forecasting_speakers", "forecasting_verbs": "forecasting_verbs", "aid_agencies": "aid_agencies", "missions_abroad": "missions_abroad", "returnees": "returnees",     "ruled_out_nouns": "ruled_out_nouns",     "had_meetings": "had_meetings",     "places_taken": "places_taken",     "refuge_seekers": "refuge_seekers", "fleeing_participles": "fleeing_participles",
}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Trigger lexicon: curated YAML first, the CAMEO verb lexicon (if built) for the remaining verbs."""
    data = resources.files("eventwire.data")
    raw = read_yaml(data.joinpath("triggers.yaml").read_text("utf-8"))
    verbs = {k: _sense(v) for k, v in raw["verbs"].items()}
    patterns: dict[str, list] = {}
    families: dict[str, set] = {}
    bare_none: set[str] = set()  # "build ---": the dictionary says the bare verb reports no event
    cameo_path = data.joinpath("cameo_verbs.tsv")
    if cameo_path.is_file():
        with cameo_path.open("r", encoding="utf-8") as fh:
            for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
                lemma = (row.get("lemma") or "").strip().lower()
                row = _act_not_intent(row, lemma, raw["intent_codes_as_acts"])
                if lemma and row.get("pattern") and lemma not in raw["reporting_verbs"]:
                    families.setdefault(lemma, set()).add(
                        (row.get("plover_type"), valid_mode(row.get("plover_type"), row.get("plover_mode")), row.get("cameo"),
                         tuple(w for w in row["pattern"].lower().split() if w in FRAME_WORDS)))
                if not lemma or lemma in raw["reporting_verbs"]:
                    continue
                words = frozenset(w for w in (row.get("pattern") or "").lower().split() if w not in PATTERN_STOP)
                if words <= PREPOSITIONS:
                    words = frozenset()  # "return from": a preposition alone says too little to match on
                if row.get("plover_type") not in PLOVER_TYPES:
                    if not (row.get("pattern") or "").strip():
                        bare_none.add(lemma)
                    if words:  # "express regret" is CAMEO 018, no event: it must beat "express regret at" (110)
                        patterns.setdefault(lemma, []).append((words, NO_EVENT))
                    continue
                sense = Sense(row["plover_type"], valid_mode(row["plover_type"], row.get("plover_mode")), row.get("cameo"),
                              needs_object=True, confidence=CAMEO_CONFIDENCE)
                if words:
                    patterns.setdefault(lemma, []).append((words, sense))
                elif lemma not in verbs:
                    verbs[lemma] = sense
    for plist in patterns.values():
        plist.sort(key=lambda p: -len(p[0]))  # the most specific pattern first
    readings = {lemma: _readings(fams) for lemma, fams in families.items()}
    for lemma, alts in readings.items():
        # "allocated €95 million": no pattern names the object, but most pattern frames of "allocate"
        # are AID, so the verb reads as AID (still at CAMEO confidence)
        top = alts[0] if alts else None
        # (not for a verb the dictionary codes as no event when bare: "build a pipeline" is not a
        # military build-up however many of its patterns are)
        if lemma not in verbs and lemma not in bare_none and top is not None and top[0].type in PLOVER_TYPES \
                and top[1] >= DOMINANT_SHARE and len(families[lemma]) >= DOMINANT_MIN:
            verbs[lemma] = top[0]
    return {
        "verbs": verbs,
        "patterns": patterns,
        "readings": {k: [sense for sense, share in v if share >= ALTERNATIVE_SHARE and sense.type in PLOVER_TYPES]
                     for k, v in readings.items()},
        "nouns": {k: _sense(v, 0.55) for k, v in raw["nouns"].items()},
        "noun_modifier_senses": {k: [(frozenset(e["words"]), _sense(e, 0.55)) for e in (v if isinstance(v, list) else [v])]
                                 for k, v in raw["noun_modifier_senses"].items()},
        "idioms": {k: [(frozenset(e["words"]), _sense(e, PATTERN_CONFIDENCE)) for e in v] for k, v in raw["idioms"].items()},
        "verb_preps": [(p["lemma"], tuple(p["preps"]), tuple(p["objects"]), _sense(p), bool(p.get("stated")))
                       for p in raw["verb_prep_patterns"]],
        "object_senses": {k: [(frozenset(e["objects"]), tuple(e.get("preps") or ()), bool(e.get("bare")),
                               _sense({**e, "objects": None, "preps": None}))
                               for e in entries] for k, entries in raw["object_senses"].items()},
        "deployment_purposes": raw["deployment_purposes"],
        "requested_goods": dict(raw["requested_goods"]),
        "rejected_documents": dict(raw["rejected_documents"]),
        "aid_kinds": dict(raw["aid_kinds"]),
        "protest_aims": [(digit, frozenset(words)) for digit, words in raw["protest_aims"].items()],
        "attack_instruments": {k: (v["mode"], v["cameo"]) for k, v in raw["attack_instruments"].items()},
        "light": raw["light_verbs"],
        "solo_readings": {k: _sense(v) for k, v in raw["solo_readings"].items()},
        "predicate_adjectives": {k: _sense(v) for k, v in raw["predicate_adjectives"].items()},
        "hyphen_verbs": {k: _sense(v) for k, v in raw["hyphen_verbs"].items()},
        "clause_readings": {k: _sense(v) for k, v in raw["clause_readings"].items()},
        "dare_readings": {k: _sense(v) for k, v in raw["dare_readings"].items()},
        "future_cameo": dict(raw["future_cameo"]),
        "demand_cameo": dict(raw["demand_cameo"]),
        "result_verbs": {k: (frozenset(v["results"]), _sense(v)) for k, v in raw["result_verbs"].items()},
        "actor_readings": [(r.get("when_mode"), r.get("when_lemma"), r.get("when_type"), frozenset(r["source_sectors"]),
                            frozenset(r.get("source_heads") or ()), _sense(r), bool(r.get("unless_person_target")),
                            frozenset(r.get("unless_cameos") or ()))
                           for r in raw["actor_readings"]],
        "no_event_objects": {k: set(v) for k, v in raw["no_event_objects"].items()},
        **{key: set(raw[name]) for key, name in WORD_SETS.items()},
    }


def _act_not_intent(row: dict, lemma: str, table: dict) -> dict:
    """"send peacekeepers" is coded 0334 (intent to send) in the CAMEO dictionary: for a material verb, the act
    (AID 074); the modality makes a future one an intent again (`intent_codes_as_acts` in triggers.yaml)."""
    code = (row.get("cameo") or "").strip()
    if lemma not in table["verbs"] or code not in table["codes"]:
        return row
    act = table["codes"][code]
    return {**row, "cameo": act, "plover_type": "AID" if act.startswith("07") else "COOPERATE", "plover_mode": None}


def _poss_agent(value) -> bool | str:
    return "named" if value == "named" else bool(value)


def _readings(families: set) -> list[tuple[Sense, float]]:
    """A verb's readings across its CAMEO pattern frames, commonest first, with their share.

    The dictionary expands word classes ("provide ak-47 to", "provide ammunition to" …), so patterns
    are counted once per frame (code + prepositions), not once per expanded noun. NONE stays in the
    count: a verb that is often no event has no dominant reading."""
    by_type: dict[str, Counter] = {}
    # a fixed order, so ties between equally common readings break the same way in every process
    for typ, mode, cameo, _frame in sorted(families, key=lambda f: tuple("" if x is None else str(x) for x in f)):
        by_type.setdefault(typ, Counter())[(mode, cameo)] += 1
    total = sum(sum(c.values()) for c in by_type.values())
    out = []
    for typ, codes in by_type.items():
        (mode, cameo), _ = codes.most_common(1)[0]
        out.append((Sense(typ, mode, cameo, needs_object=True, confidence=CAMEO_CONFIDENCE),
                    sum(codes.values()) / total))
    out.sort(key=lambda x: -x[1])
    return out
