"""Detect and code events: trigger lexicon + clause structure → `Mention`s.

A trigger is a verb from the lexicon (eventwire/data/triggers.yaml, then the CAMEO verb lexicon),
a verb + preposition pattern ("put X in jail"), or an event noun carried by a light verb ("issue a
warrant", "weigh sanctions") or stating its patient ("the arrest of X"). Source and target come from
the clause (subject/object, passive agent, inherited subjects of xcomp/conj). Modality comes from
negation, modals, governing predicates ("premature to impose") and conditionals. Reporting verbs
are not events: the clause they report is, attributed to the speaker. The content of a demand,
threat or accusation is not a separate happening.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Optional

import yaml
from spacy.tokens import Doc, Span, Token

from ..records import ActorRef, Article, Evidence, Mention, Quantity

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
CAMEO_CONFIDENCE = 0.45  # verbs known only from the broad CAMEO lexicon need the classifier to agree
CLASSIFIER_AGREEMENT = 0.35
CLASSIFIER_ALONE = 0.55  # a sentence the classifier is this sure of gets an event even without a lexicon trigger
MEDIA_WORDS = {"twitter", "telegram", "facebook", "instagram", "youtube", "tiktok", "television", "tv", "radio",
               "website", "channel", "blog", "x"}
TIME_WORDS = MEDIA_WORDS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tomorrow", "weekend", "week", "month", "year", "january", "february", "march", "april", "may", "june",
              "july", "august", "september", "october", "november", "december", "night", "morning", "evening"}
SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
CLAUSAL = {"xcomp", "ccomp", "advcl", "pcomp", "conj", "acomp"}
GROUP_HEADS = {"one", "some", "many", "several", "all", "most", "ally", "supporter", "member", "head",
               "leader", "group", "part", "number", "dozen", "hundred", "thousand", "ten", "tens", "hundreds",
               "thousands", "millions"}
EXPLETIVES = {"it", "there"}
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
COOPERATIVE = {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "CONSULT"}
ASPECTUAL = {"continue", "keep", "begin", "start", "resume", "go", "remain", "become", "seem", "try"}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}  # "A and B met": A with B
COLLECTIVES = {"series", "wave", "round", "string", "spate", "number", "set", "package", "raft"}
MODAL_HYP = {"could", "might", "may", "would", "should", "must", "can"}
MODAL_FUT = {"will", "shall", "'ll"}
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


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
    poss_agent: bool = False
    confidence: float = 0.7


def _sense(entry: dict, confidence: float = 0.7) -> Sense:
    return Sense(type=entry["type"], mode=entry.get("mode"), cameo=entry.get("cameo"),
                 speech=bool(entry.get("speech")), needs_object=bool(entry.get("needs_object")),
                 objects=tuple(entry.get("objects") or ()), preps=tuple(entry.get("preps") or ()),
                 patient=bool(entry.get("patient")), patient_preps=tuple(entry.get("patient_preps") or ()),
                 needs_modifier=tuple(entry.get("needs_modifier") or ()), poss_agent=bool(entry.get("poss_agent")),
                 confidence=confidence)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Trigger lexicon: curated YAML first, the CAMEO verb lexicon (if built) for the remaining verbs."""
    data = resources.files("eventwire.data")
    raw = yaml.safe_load(data.joinpath("triggers.yaml").read_text("utf-8"))
    verbs = {k: _sense(v) for k, v in raw["verbs"].items()}
    patterns: dict[str, list] = {}
    families: dict[str, set] = {}
    cameo_path = data.joinpath("cameo_verbs.tsv")
    if cameo_path.is_file():
        with cameo_path.open("r", encoding="utf-8") as fh:
            for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
                lemma = (row.get("lemma") or "").strip().lower()
                if lemma and row.get("pattern") and lemma not in raw["reporting_verbs"]:
                    families.setdefault(lemma, set()).add(
                        (row.get("plover_type"), row.get("plover_mode") or None, row.get("cameo"),
                         tuple(w for w in row["pattern"].lower().split() if w in FRAME_WORDS)))
                if not lemma or lemma in raw["reporting_verbs"]:
                    continue
                words = frozenset(w for w in (row.get("pattern") or "").lower().split() if w not in PATTERN_STOP)
                if words <= PREPOSITIONS:
                    words = frozenset()  # "return from": a preposition alone says too little to match on
                if row.get("plover_type") not in PLOVER_TYPES:
                    if words:  # "express regret" is CAMEO 018, no event: it must beat "express regret at" (110)
                        patterns.setdefault(lemma, []).append((words, NO_EVENT))
                    continue
                sense = Sense(row["plover_type"], row.get("plover_mode") or None, row.get("cameo"),
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
        if lemma not in verbs and top is not None and top[0].type in PLOVER_TYPES and top[1] >= DOMINANT_SHARE \
                and len(families[lemma]) >= DOMINANT_MIN:
            verbs[lemma] = top[0]
    return {
        "verbs": verbs,
        "patterns": patterns,
        "readings": {k: [sense for sense, share in v if share >= ALTERNATIVE_SHARE and sense.type in PLOVER_TYPES]
                     for k, v in readings.items()},
        "nouns": {k: _sense(v, 0.55) for k, v in raw["nouns"].items()},
        "verb_preps": [(p["lemma"], tuple(p["preps"]), tuple(p["objects"]), _sense(p)) for p in raw["verb_prep_patterns"]],
        "light": raw["light_verbs"],
        "negating": set(raw["negating_heads"]),
        "hypothetical": set(raw["hypothetical_heads"]),
        "future": set(raw["future_heads"]),
        "reporting": set(raw["reporting_verbs"]),
        "abstract": set(raw["abstract_heads"]),
    }


def _readings(families: set) -> list[tuple[Sense, float]]:
    """A verb's readings across its CAMEO pattern frames, commonest first, with their share.

    The dictionary expands word classes ("provide ak-47 to", "provide ammunition to" …), so patterns
    are counted once per frame (code + prepositions), not once per expanded noun. NONE stays in the
    count: a verb that is often no event has no dominant reading."""
    by_type: dict[str, Counter] = {}
    for typ, mode, cameo, _frame in families:
        by_type.setdefault(typ, Counter())[(mode, cameo)] += 1
    total = sum(sum(c.values()) for c in by_type.values())
    out = []
    for typ, codes in by_type.items():
        (mode, cameo), _ = codes.most_common(1)[0]
        out.append((Sense(typ, mode, cameo, needs_object=True, confidence=CAMEO_CONFIDENCE),
                    sum(codes.values()) / total))
    out.sort(key=lambda x: -x[1])
    return out


# ----------------------------------------------------------------------------------------------
# small helpers over the dependency tree

def _phrasal(tok: Token) -> Optional[str]:
    prt = [c.lemma_.lower() for c in tok.children if c.dep_ == "prt"]
    return f"{tok.lemma_.lower()} {prt[0]}" if prt else None


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to `tok` ("warrant *for* X")."""
    preps = set(preps)
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok] + [c for c in tok.conjuncts if c.i > tok.i]


def _subject(verb: Token) -> tuple[Optional[Token], bool]:
    """(subject, is_passive) of a verb, inheriting through xcomp/conj/advcl chains when it has none."""
    cur = verb
    for _ in range(6):
        subs = [c for c in cur.children if c.dep_ in SUBJ and c.lower_ not in EXPLETIVES]
        if subs:
            return subs[0], False
        pas = [c for c in cur.children if c.dep_ in PASS_SUBJ]
        if pas:
            # "he is detained or extradited": a coordinated participle shares the passive
            return pas[0], cur is verb or (verb.dep_ == "conj" and verb.tag_ == "VBN")
        marks = [c for c in cur.children if c.dep_ == "mark"]
        if marks:
            # "days after tens of thousands rallied": the parser hangs the subject under the marker
            objs = [g for m in marks for g in m.children if g.dep_ == "pobj"]
            return (objs[0], False) if objs else (None, False)
        if cur.dep_ == "acl" or cur.dep_ == "relcl":
            return cur.head, cur.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in cur.children)
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp", "ccomp", "pcomp") and cur.head is not cur:
            if cur.dep_ == "xcomp":  # object control: "urged Russians to gather" -> Russians
                objs = _children(cur.head, "dobj")
                if objs and cur.head.lemma_ not in ("decide", "try", "want", "plan", "agree", "refuse"):
                    return objs[0], False
            cur = cur.head
            if cur.pos_ in ("ADP",):
                cur = cur.head
            continue
        break
    return None, False


def _agent(verb: Token) -> Optional[Token]:
    for c in verb.children:
        if c.dep_ == "agent":
            objs = _children(c, "pobj")
            if objs:
                return objs[0]
    return None


def _object(verb: Token) -> Optional[Token]:
    objs = _children(verb, "dobj", "obj")
    if objs:
        return objs[0]
    return None


def _climb(tok: Token):
    """Governing tokens up the clausal chain: (governor, dependency that links to it)."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "ROOT" or cur.head is cur:
            return
        dep = cur.dep_
        if dep in ("relcl", "acl", "appos"):
            return  # a relative clause is presupposed background, not the content of its host
        cur = cur.head
        yield cur, dep


# ----------------------------------------------------------------------------------------------
# modality and attribution

def modality_of(trigger: Token, anchor: Token) -> tuple[str, Optional[Token], bool]:
    """(modality, reporting verb if any, embedded-in-speech-act) for a trigger.

    `anchor` is the clause verb the event hangs on (the trigger itself for verbs, the light verb
    for nouns).
    """
    lex = lexicon()
    found = set()

    def local(tok: Token):
        for c in tok.children:
            low = c.lower_
            if c.dep_ == "neg" or low in ("never", "no") and c.dep_ in ("neg", "det", "advmod"):
                found.add("negated")
            elif c.dep_ in ("aux", "auxpass") and low in MODAL_FUT:
                found.add("future")
            elif c.dep_ in ("aux", "auxpass") and low == "would" and tok is anchor:
                found.add("would")  # future or conditional: decided once the reporting verb is known
            elif c.dep_ in ("aux", "auxpass") and low in MODAL_HYP:
                found.add("hypothetical")
            elif c.dep_ == "mark" and low in ("if", "unless", "whether"):
                found.add("hypothetical")
            elif c.dep_ == "amod" and tok.pos_ == "NOUN":
                mod = c.lemma_.lower()
                if mod in ("plan", "planned", "upcoming", "scheduled", "forthcoming"):
                    found.add("future")
                elif mod in ("possible", "potential", "proposed", "propose", "threatened", "threaten"):
                    found.add("hypothetical")

    local(anchor)
    if anchor is not trigger:
        local(trigger)
    if anchor.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        found.add("hypothetical")  # infinitival modifier: "efforts to free the hostages" did not happen yet
    reporter = None
    embedded = False
    nominal_only = anchor is trigger and trigger.pos_ in ("NOUN", "PROPN")
    prev = anchor
    for gov, dep in _climb(anchor):
        child, prev = prev, gov
        if nominal_only and dep not in ("dobj", "pobj", "prep", "conj"):
            break
        if dep == "advcl" and any(c.dep_ == "mark" for c in child.children):
            break  # "After Russia arrested X, leaders threatened ...": a time clause, not the threat's content
        lemma = gov.lemma_.lower()
        phr = _phrasal(gov)
        if gov.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            if lemma in lex["reporting"] and dep in ("ccomp", "parataxis", "advcl"):
                reporter = gov
                break
            sense = _verb_sense(gov, lex)
            if sense and sense.speech and dep in ("xcomp", "ccomp", "dobj", "pcomp", "advcl", "prep"):
                embedded = True
                break
            if nominal_only:
                continue
            if dep == "conj":  # coordinated verbs share auxiliaries ("would continue and ignore"), not predicates
                local(gov)
                if found:
                    break
                continue
            if lemma in lex["negating"] or (phr or "") in lex["negating"]:
                found.add("negated")
            elif lemma in lex["hypothetical"]:
                found.add("hypothetical")
            elif lemma in lex["future"]:
                found.add("future")
            local(gov)
            for pred in gov.children:  # "it was premature to impose": the predicate adjective governs
                if pred.dep_ in ("acomp", "attr") and pred is not anchor:
                    pl = pred.lemma_.lower()
                    if pl in lex["negating"]:
                        found.add("negated")
                    elif pl in lex["hypothetical"]:
                        found.add("hypothetical")
            if found:
                break
        if dep not in CLAUSAL and dep not in ("prep", "pobj", "dobj", "aux", "mark"):
            break
    if "would" in found:
        found.discard("would")
        # "the rebels said they would release three hostages": the reported "will", backshifted
        conditional = any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in anchor.subtree)
        if reporter is not None and reporter.tag_ == "VBD" and not conditional:
            found.add("future")
        else:
            found.add("hypothetical")
    for m in ("negated", "hypothetical", "future"):
        if m in found:
            return m, reporter, embedded
    return "asserted", reporter, embedded


# ----------------------------------------------------------------------------------------------
# argument spans

def argument_span(tok: Optional[Token]) -> Optional[Span]:
    """The noun phrase that names an actor: the head with its left modifiers (no relative clauses),
    an "of" phrase for group heads ("allies of Navalny"), or a following apposition that names it
    ("one of Navalny's allies, Leonid Volkov")."""
    if tok is None:
        return None
    doc = tok.doc
    if tok.pos_ == "ADP":
        objs = _children(tok, "pobj")
        if not objs:
            return None
        tok = objs[0]
    if tok.lower_ in ("who", "which", "that", "whom") and tok.head.dep_ in ("relcl", "acl") :
        tok = tok.head.head  # the antecedent of a relative pronoun
    if tok.lemma_.lower() in lexicon()["abstract"]:
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if not poss:
            return None  # "a request", "the decision": no actor named
        tok = poss[0]  # "Trump's decision" -> Trump
    elif tok.lemma_.lower() in lexicon()["nouns"] and tok.pos_ == "NOUN":
        return None  # an event noun ("the release of X") is not an actor
    appos = _adjacent_apposition(tok)
    if appos is not None and (tok.lemma_.lower() in GROUP_HEADS or tok.pos_ in ("NUM", "PRON")):
        tok = appos
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "predet") and c.lower_ in ("the", "a", "an"):
            continue
        start = min(start, c.left_edge.i)
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("flat", "compound", "nummod"):
            end = max(end, c.right_edge.i + 1)
        elif c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and tok.pos_ in ("PROPN", "NOUN"):
            end = max(end, c.i + 1)  # "Israel and Turkey": compound actors stay together
        elif c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() in GROUP_HEADS | {"head", "chief", "minister"} \
                and not any(x.dep_ == "poss" for x in tok.lefts):
            objs = _children(c, "pobj")
            if objs:
                last = objs[0]
                for g in objs[0].rights:
                    if g.dep_ in ("flat", "compound", "case"):
                        last = g
                end = max(end, last.i + 1)
            break
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _adjacent_apposition(tok: Token) -> Optional[Token]:
    right = tok.right_edge.i
    doc = tok.doc
    if right + 2 < len(doc) and doc[right + 1].text == ",":
        nxt = doc[right + 2]
        # walk to the head of the phrase that starts after the comma
        head = nxt
        while head.dep_ in ("compound", "flat", "amod", "det") and head.head.i > head.i:
            head = head.head
        if head.dep_ == "appos" and head.pos_ == "PROPN":
            return head
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return c
    return None


# ----------------------------------------------------------------------------------------------
# quantities

def parse_number(tokens: list[Token]) -> Optional[float]:
    value = None
    for t in tokens:
        low = t.lower_.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", low):
            value = float(low) if value is None else value * float(low)
        elif low in NUMBER_WORDS:
            value = float(NUMBER_WORDS[low]) if value is None else value + NUMBER_WORDS[low]
        elif low in SCALES:
            value = (value or 1.0) * SCALES[low]
    return value


def quantity_of(head: Optional[Token]) -> Optional[Quantity]:
    """'more than 3,500 people' → 3500 people; 'six senior Russian officials' → 6 officials."""
    if head is None or head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    nums = [c for c in head.children if c.dep_ == "nummod"]
    if not nums:
        return None
    num = nums[0]
    toks = sorted(num.subtree, key=lambda t: t.i)
    value = parse_number([t for t in toks if t.dep_ != "quantmod" or t.like_num])
    if value is None:
        return None
    span = head.doc[min(t.i for t in toks):head.i + 1]
    return Quantity(value=int(value) if value.is_integer() else value, unit=head.lower_, text=span.text)


# ----------------------------------------------------------------------------------------------
# trigger finding

@dataclass
class Candidate:
    trigger: Token        # the word that names the event
    anchor: Token         # the clause verb it hangs on (== trigger for verbs)
    sense: Sense
    source: Optional[Token]
    target: Optional[Token]
    light_modality: Optional[str] = None
    nominal: bool = False


def find_candidates(sent: Span) -> list[Candidate]:
    lex = lexicon()
    out: list[Candidate] = []
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            cand = _verb_candidate(tok, lex)
            if cand:
                out.append(cand)
        elif tok.pos_ in ("NOUN", "PROPN", "VERB") and tok.lemma_.lower() in lex["nouns"]:
            cand = _noun_candidate(tok, lex)
            if cand:
                out.append(cand)
    return out


def _pattern_sense(tok: Token, lex: dict) -> Optional[Sense]:
    """The most specific CAMEO verb pattern whose words all occur in the verb's own clause
    ("accused X of aggression" → 1123), subject excluded."""
    plist = lex["patterns"].get(tok.lemma_.lower())
    if not plist:
        return None
    words = _clause_words(tok)
    for pwords, sense in plist:
        if pwords <= words:
            if sense is NO_EVENT:
                return NO_EVENT
            return Sense(sense.type, sense.mode, sense.cameo, needs_object=False, confidence=PATTERN_CONFIDENCE)
    return None


def _clause_words(tok: Token) -> set[str]:
    """Forms and lemmas of the verb's own clause, subject and embedded clauses excluded."""
    words = set()
    for c in tok.children:
        if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ or c.dep_ in ("punct", "advcl", "ccomp", "conj", "cc"):
            continue
        for t in c.subtree:
            words.add(t.lower_)
            words.add(t.lemma_.lower())
    return words


def _verb_sense(tok: Token, lex: dict) -> Optional[Sense]:
    """Phrasal sense first ("call for", "hold off"), then the bare lemma, then a CAMEO verb pattern."""
    lemma = tok.lemma_.lower()
    phr = _phrasal(tok)
    if phr and phr in lex["verbs"]:
        return lex["verbs"][phr]
    # "call on X", "call for Y": the preposition makes the phrasal sense (not "on Monday")
    for c in tok.children:
        if c.dep_ == "prep" and f"{lemma} {c.lower_}" in lex["verbs"]:
            objs = _children(c, "pobj")
            if objs and objs[0].lower_ not in TIME_WORDS:
                return lex["verbs"][f"{lemma} {c.lower_}"]
    sense = lex["verbs"].get(lemma)
    if sense is None or sense.confidence <= CAMEO_CONFIDENCE:
        matched = _pattern_sense(tok, lex)
        if matched is NO_EVENT:
            return None  # a CAMEO pattern says this use of the verb is no event
        if lemma in ASPECTUAL:
            return matched  # "continuing his attack": the verb has no reading of its own
        return matched or sense
    return sense


def _verb_candidate(tok: Token, lex: dict) -> Optional[Candidate]:
    lemma = tok.lemma_.lower()
    for pl, preps, objects, sense in lex["verb_preps"]:
        if lemma == pl:
            for obj in _prep_objects(tok, preps):
                lemmas = {t.lemma_.lower() for t in [obj, *obj.conjuncts]}
                lemmas |= {c.lemma_.lower() for t in [obj, *obj.conjuncts] for c in t.children if c.dep_ == "compound"}
                named_place = "@GPE" in objects and obj.ent_type_ in ("GPE", "LOC")
                if lemmas & set(objects) or named_place:
                    src, passive = _subject(tok)
                    tgt = obj if named_place else _object(tok)
                    if passive:
                        src, tgt = _agent(tok), src
                    return Candidate(tok, tok, sense, src, tgt)
    sense = _verb_sense(tok, lex)
    if sense is None:
        return None
    if sense.preps and not _prep_objects(tok, sense.preps):
        return None
    obj = _object(tok)
    src, passive = _subject(tok)
    if passive:
        tgt = src
        src = _agent(tok)
    else:
        tgt = obj
    if sense.preps and not passive:
        pobjs = [o for o in _prep_objects(tok, sense.preps) if o.lower_ not in TIME_WORDS]
        if pobjs:
            tgt = pobjs[0]  # "discussed the issue with Netanyahu": the partner, not the topic
    if tgt is None:
        # "call on X", "talk with X", "accuse X of": prepositional targets
        for prep in ("on", "with", "against", "to", "for"):
            objs = [o for o in _prep_objects(tok, [prep]) if o.lower_ not in TIME_WORDS]
            if objs and (prep in (sense.preps or ("on", "with", "against"))
                         or (prep == "for" and sense.speech and objs[0].pos_ == "PROPN")
                         or (prep == "to" and objs[0].pos_ == "PROPN")):  # "apologized to Turkey"
                tgt = objs[0]
                break
    if sense.needs_object and obj is None and not _children(tok, "ccomp", "xcomp") and not (passive and tgt is not None):
        return None
    if sense.objects and (obj is None or obj.lemma_.lower() not in sense.objects):
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ in SUBJ or c.dep_ == "aux" for c in tok.children):
        # "protesters detained during the rallies" (not a misattached "that they have agreed")
        tgt, src = tok.head, _agent(tok)
    elif tok.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        if tok.head.lemma_.lower() in lex["abstract"]:
            return None  # "a request to visit", "the decision to recognise": the content of another act
        src = None  # "a plan to attack": the noun is not the actor
    return Candidate(tok, tok, sense, src, tgt)


def _noun_candidate(tok: Token, lex: dict) -> Optional[Candidate]:
    lemma = tok.lemma_.lower()
    sense = lex["nouns"][lemma]
    if sense.needs_modifier and not any(c.lemma_.lower() in sense.needs_modifier for c in tok.children):
        return None
    if tok.dep_ == "compound":
        return None  # "arrest warrant": the head noun decides
    patient = None
    if sense.patient_preps:
        objs = _prep_objects(tok, sense.patient_preps)
        patient = objs[0] if objs else None
    poss = [c for c in tok.children if c.dep_ == "poss"]
    of = _prep_objects(tok, ["of"])
    # a light verb carries the noun: its subject acts
    gov = tok.head
    via_prep = None
    if tok.dep_ == "pobj" and gov.dep_ == "prep":
        via_prep, gov = gov, gov.head
    if tok.dep_ == "conj":
        first = tok.head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ in ("dobj", "pobj"):
            gov = first.head if first.dep_ == "dobj" else first.head.head
    if tok.dep_ == "pobj" and via_prep is not None and via_prep.lower_ == "of" and gov.lemma_.lower() in COLLECTIVES \
            and gov.dep_ == "dobj":
        via_prep, gov = None, gov.head  # "launched a series of demonstrations": the collective stands in
    gl, gp = gov.lemma_.lower(), _phrasal(gov)
    light = None
    if (tok.dep_ in ("dobj", "nsubjpass", "conj") or tok.dep_ == "pobj" and via_prep is None) \
            and gov.pos_ == "VERB" and gl in lex["light"] and via_prep is None:
        light = lex["light"][gl]
    elif via_prep is not None and gov.pos_ == "VERB" and ((gp or "") in lex["negating"] or gl in lex["negating"]):
        light = "negated"
    if light is not None:
        src, passive = _subject(gov)
        if passive:
            src = _agent(gov)
        tgt = patient
        if tgt is None and (sense.patient or sense.patient_preps):
            tgt = _prep_objects(gov, sense.patient_preps or ("on",))
            tgt = tgt[0] if tgt else None
        if tgt is None and gl in ("put", "place") and _object(gov) is not None:
            tgt = _object(gov)
        return Candidate(tok, gov, sense, src, tgt, light_modality=light, nominal=True)
    # no light verb: a patient noun with its patient stated ("the arrest of X", "X's detention",
    # "a phone call to Erdogan")
    if sense.patient and (of or poss or patient is not None):
        return Candidate(tok, tok, sense, None, (of or poss or [patient])[0], nominal=True)
    # an agent noun with its agent stated ("his planned trip", "Russia's crackdown", "an Israeli raid")
    if not sense.patient and sense.poss_agent:
        agents = [p for p in poss if p.lower_ not in TIME_WORDS and p.ent_type_ not in ("DATE", "TIME")]
        agents += [c for c in tok.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]
        if agents:
            return Candidate(tok, tok, sense, agents[0], patient, nominal=True)
    return None


# ----------------------------------------------------------------------------------------------
# the stage

ActorResolver = Callable[[Span], Optional[ActorRef]]
DateResolver = Callable[[Token], tuple]
PlaceResolver = Callable[[Token], object]


def _plain_actor(span: Span) -> ActorRef:
    """The words only: an actor no dictionary or article context could code."""
    off = span.doc.user_data.get("offset", 0)
    return ActorRef(text=span.text, start=off + span.start_char, end=off + span.end_char)


def code_doc(doc: Doc, article_id: str, published: Optional[date], *,
             resolve_actor: Optional[ActorResolver] = None,
             resolve_actors: Optional[Callable[[Span], list]] = None,
             resolve_date: Optional[DateResolver] = None,
             resolve_place: Optional[PlaceResolver] = None,
             type_scores: Optional[Callable[[str], dict]] = None) -> list[Mention]:
    """Every event mention in one parsed segment `Doc` (article offsets via doc.user_data['offset'])."""
    def actor_for(span: Span) -> ActorRef:
        ref = resolve_actor(span) if resolve_actor is not None else None
        return ref if ref is not None else _plain_actor(span)

    off = doc.user_data.get("offset", 0)
    mentions: list[Mention] = []
    for sent in doc.sents:
        seen = set()
        cands = find_candidates(sent)
        scores = type_scores(sent.text) if type_scores is not None else None
        extra = _classifier_candidate(sent, scores, cands)
        if extra is not None:
            # a sure classifier overrules a broad CAMEO reading of the same verb ("launched cyber warfare")
            cands = [c for c in cands if c.sense.confidence > CAMEO_CONFIDENCE or c.anchor.i != extra.anchor.i]
            cands.append(extra)
        # "hold talks with X": the noun carries the partner, so the verb's own reading of the clause goes
        carried = {(c.anchor.i, c.sense.type) for c in cands if c.nominal and c.anchor is not c.trigger}
        # "imposed sanctions", "launched an offensive": a light verb that carries an event noun is no event
        # of its own (but "threatened sanctions" stays a threat)
        # but a verb read through its own object ("signed an agreement": CAMEO 057) keeps that reading instead
        object_read = {c.trigger.i for c in cands if not c.nominal and c.sense.objects}
        light_carriers = {c.anchor.i for c in cands if c.nominal and c.anchor is not c.trigger
                          and c.light_modality == "asserted"}
        cands = [c for c in cands if (c.anchor.i not in object_read if c.nominal else
                                      (c.trigger.i, c.sense.type) not in carried
                                      and (c.trigger.i not in light_carriers or c.trigger.i in object_read))]
        trigger_types = {(c.anchor.i, c.sense.type) for c in cands}
        for cand in cands:
            modality, reporter, embedded = modality_of(cand.trigger, cand.anchor)
            if embedded:
                continue
            if cand.light_modality and cand.light_modality != "asserted" and modality == "asserted":
                modality = cand.light_modality
            elif cand.light_modality == "negated":
                modality = "negated"
            # a second trigger of the same type chained to the first ("accused ..., alleging ...") is the same act
            if cand.anchor.dep_ in ("advcl", "xcomp") and (cand.anchor.head.i, cand.sense.type) in trigger_types:
                continue
            if cand.sense.confidence <= CAMEO_CONFIDENCE and scores:
                cand = replace(cand, sense=_classifier_reading(cand, scores))
            agreeing = {cand.sense.type}
            if modality == "negated" and _is_refusal(cand):
                # "the FLA will not release the hostages": refusing a cooperative act is itself a rejection
                cand = replace(cand, sense=Sense("REJECT", None, "120", confidence=cand.sense.confidence))
                modality = "asserted"
                agreeing.add("REJECT")
            src_span = argument_span(cand.source)
            tgt_span = argument_span(cand.target)
            sources = _actors_of(src_span, actor_for, resolve_actors)
            targets = _actors_of(tgt_span, actor_for, resolve_actors)
            if not any(_coded(t) for t in targets):
                # "lifted its embargo against Libya", "rejected accusations by Netanyahu": the object is a
                # thing, the actor acted upon sits in a prepositional phrase
                alt = _actor_in_phrases(cand, actor_for)
                if alt is not None:
                    targets = [alt]
            if cand.sense.confidence <= CAMEO_CONFIDENCE and (not scores or max(scores.get(t, 0.0) for t in agreeing)
                                                               < CLASSIFIER_AGREEMENT):
                continue  # a verb known only from the broad CAMEO lexicon needs the classifier to agree
            if sources == [None] and targets == [None]:
                continue
            pairs = [(s_, t_) for s_ in sources for t_ in targets]
            if cand.sense.type in SYMMETRIC and len(sources) >= 2 and targets == [None]:
                pairs = [(sources[0], sources[1])]  # "Israel and Turkey agreed": with each other
            for source, target in pairs:
                if source is not None and target is not None and source.actor_id \
                        and source.actor_id == target.actor_id and cand.sense.type not in ("CONSULT",):
                    target = None
                key = (cand.sense.type, source and (source.actor_id or source.name),
                       target and (target.actor_id or target.name), modality)
                if key in seen:
                    continue
                seen.add(key)
                mentions.append(_mention(cand, sent, source, target, modality, reporter, scores, article_id,
                                         published, off, actor_for, resolve_date, resolve_place))
    return mentions


def _classifier_reading(cand: Candidate, scores: dict) -> Sense:
    """Among a broad CAMEO verb's common readings ("send troops" MOBILIZE, "send aid" AID, "send a
    message" CONSULT …), the one the sentence classifier finds likeliest."""
    lex = lexicon()
    lemma = cand.trigger.lemma_.lower()
    alts = lex["readings"].get(lemma, [])
    if alts and not cand.nominal:
        # another reading needs a word of one of its patterns in the clause ("carry *out* an attack",
        # not "carrying signs")
        words = _clause_words(cand.trigger)
        alts = [a for a in alts if any(s_ is not NO_EVENT and s_.type == a.type and pw & words
                                       for pw, s_ in lex["patterns"].get(lemma, []))]
    best = max([cand.sense] + alts, key=lambda s_: scores.get(s_.type, 0.0))
    p = scores.get(best.type, 0.0)
    return best if p > scores.get(cand.sense.type, 0.0) and p >= CLASSIFIER_AGREEMENT else cand.sense


def _is_refusal(cand: Candidate) -> bool:
    """A negated cooperative act by a named actor, negated on its own verb ("will not release",
    "did not accept"); not "has not yet agreed" (still open) nor negation by a governing verb."""
    if cand.sense.type not in COOPERATIVE or cand.source is None or cand.nominal:
        return False
    verb = cand.anchor
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.lower_ in ("yet", "still") for c in verb.children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children)


TARGET_PREPS = ("against", "on", "to", "of", "by", "between", "for", "from", "with", "into")


def _coded(actor: Optional[ActorRef]) -> bool:
    return actor is not None and bool(actor.country or actor.sector)


PLACE_TARGET_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST"}
PLACE_PREPS = ("in", "into", "from", "on", "across", "near")


def _actor_in_phrases(cand: "Candidate", actor_for) -> Optional[ActorRef]:
    """Where a target hides when the object is not one: the object of a threatened or demanded act
    ("threatened to shell South Korean sites"), a coded actor in a prepositional phrase of the object or
    clause ("lifted its embargo against Libya"), and for material acts the named place they hit
    ("withdrew its troops from Abyei", "bombings in Sri Lanka")."""
    lex = lexicon()
    # an event noun as object ("the release of X") was refused as an actor: its "of" phrase is its own patient
    holders = [t for t in (cand.target, cand.trigger, cand.anchor) if t is not None
               and not (t is cand.target and t.lemma_.lower() in lex["nouns"] and lex["nouns"][t.lemma_.lower()].patient)]
    source_i = cand.source.i if cand.source is not None else -1
    if cand.sense.speech:
        for c in cand.trigger.children:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB":
                obj = _object(c)
                if obj is not None and obj.i != source_i:
                    span = argument_span(obj)
                    ref = actor_for(span) if span is not None and len(span) else None
                    if _coded(ref):
                        return ref
                holders.append(c)
    seen = set()
    preps = [(TARGET_PREPS, False)]
    if cand.sense.type in PLACE_TARGET_TYPES:
        preps.append((PLACE_PREPS, True))
    for prep_words, places_only in preps:
        for holder in holders:
            for obj in _prep_objects(holder, prep_words):
                if places_only and obj.ent_type_ not in ("GPE", "LOC"):
                    continue
                ref = _coded_object(obj, seen, source_i, actor_for)
                if ref is not None:
                    return ref
    return None


def _coded_object(obj: Token, seen: set, source_i: int, actor_for) -> Optional[ActorRef]:
    if obj.i in seen or obj.i == source_i or obj.lower_ in TIME_WORDS or obj.ent_type_ in ("DATE", "TIME"):
        return None
    seen.add(obj.i)
    span = argument_span(obj)
    if span is None or not len(span):
        return None
    ref = actor_for(span)
    return ref if _coded(ref) else None


def _actors_of(span: Optional[Span], resolve_one, resolve_many) -> list:
    """The actors a phrase names: several for "Israel and Turkey", [None] for no phrase."""
    if span is None or not len(span):
        return [None]
    if resolve_many is not None and any(t.dep_ == "conj" for t in span):
        many = [a for a in resolve_many(span) if a is not None][:3]
        if many:
            return many
    return [resolve_one(span)]


def _mention(cand: Candidate, sent: Span, source, target, modality: str, reporter, scores, article_id: str,
             published: Optional[date], off: int, resolve_actor, resolve_date, resolve_place) -> Mention:
    date_val = prec = date_text = None
    if resolve_date is not None:
        date_val, prec, date_text = resolve_date(cand.anchor if cand.nominal and cand.anchor is not cand.trigger else cand.trigger)
        if not date_text and (modality != "asserted" or cand.nominal and cand.anchor is cand.trigger):
            # no words date it: "the arrest of X" is background and a plan has no day yet
            date_val = prec = None
    location = resolve_place(cand.anchor) if resolve_place is not None else None
    quantity = quantity_of(cand.target) or (quantity_of(cand.source) if cand.sense.type == "PROTEST" else None)
    confidence = cand.sense.confidence + (0.1 if source is not None and target is not None else 0.0)
    if scores:
        p = scores.get(cand.sense.type, 0.0)
        confidence = 0.6 * confidence + 0.4 * p
    attributed = None
    if reporter is not None:
        rsub, _ = _subject(reporter)
        rspan = argument_span(rsub)
        if rspan is not None and len(rspan):
            ref = resolve_actor(rspan)
            attributed = (ref.name if ref and ref.name else rspan.text)
    else:
        attributed = _according_to(sent)
    trig_tok = cand.trigger
    return Mention(
        doc=article_id, type=cand.sense.type, mode=cand.sense.mode, cameo=cand.sense.cameo,
        source=source, target=target, date=date_val, date_precision=prec, date_text=date_text,
        modality=modality, location=location, quantity=quantity,
        evidence=Evidence(sentence=sent.text, start=off + sent.start_char, end=off + sent.end_char),
        published=published.isoformat() if published else None,
        confidence=min(0.99, max(0.05, confidence)),
        trigger=trig_tok.text, trigger_start=off + trig_tok.idx, trigger_end=off + trig_tok.idx + len(trig_tok.text),
        attributed_to=attributed, alleged=is_alleged(cand.trigger, cand.anchor),
    )


def _classifier_candidate(sent: Span, scores: Optional[dict], cands: list[Candidate]) -> Optional[Candidate]:
    """The classifier's type for a sentence the lexicon missed, hung on the main (reported) clause verb."""
    if not scores:
        return None
    best, p = max(((t, v) for t, v in scores.items() if t in PLOVER_TYPES), key=lambda x: x[1], default=(None, 0.0))
    if best is None or p < CLASSIFIER_ALONE or scores.get("NONE", 0.0) >= p or any(c.sense.type == best for c in cands):
        return None
    verb = sent.root
    reporting = lexicon()["reporting"]
    for _ in range(2):  # "X did Y, officials said": the event is the reported clause
        if verb.lemma_.lower() in reporting:
            inner = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
            if inner:
                verb = inner[0]
                continue
        break
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in reporting \
            or any(verb.i in (c.trigger.i, c.anchor.i) for c in cands if c.sense.confidence > CAMEO_CONFIDENCE):
        return None
    src, passive = _subject(verb)
    tgt = _object(verb)
    if passive:
        src, tgt = _agent(verb), src
    return Candidate(verb, verb, Sense(best, None, None, confidence=round(0.6 * p, 3)), src, tgt)


ALLEGING = {"allegedly", "reportedly", "purportedly", "supposedly"}
SUSPECTING = {"suspect", "allege", "accuse", "charge", "believe", "rumor", "rumour", "claim"}


def is_alleged(trigger: Token, anchor: Token) -> bool:
    """'allegedly using', 'is suspected of calling', 'accused of killing': a claim, not an established fact."""
    for tok in {trigger, anchor}:
        if any(c.lower_ in ALLEGING for c in tok.children):
            return True
    cur = anchor
    for _ in range(3):
        head = cur.head
        if head is cur:
            break
        if cur.dep_ in ("pcomp", "pobj", "prep", "xcomp", "ccomp") or head.pos_ == "ADP":
            if head.lemma_.lower() in SUSPECTING and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
                return True
            cur = head
            continue
        break
    return False


def _according_to(sent: Span) -> Optional[str]:
    for tok in sent:
        if tok.lower_ == "according":
            for c in tok.children:
                if c.lower_ == "to":
                    objs = _children(c, "pobj")
                    span = argument_span(objs[0]) if objs else None
                    if span is not None:
                        return span.text
    return None


def code_text(text: str, published: Optional[date] = None) -> list[Mention]:
    """Run the whole pipeline on one bare text (benchmarks, quick checks)."""
    from ..pipeline import process_articles

    art = Article(id="text", text=text, published=published, published_how="cli" if published else None)
    return process_articles([art])[0][1]
