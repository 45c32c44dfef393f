"""Reading a clause from the dependency parse: a verb's sense, its subject, object and agent,
the noun phrase that names an actor, and the quantity stated with it."""
from __future__ import annotations

import re
from typing import Iterable, Optional

from spacy.tokens import Span, Token

from ..records import Quantity

from .event_lexicon import CAMEO_CONFIDENCE, NO_EVENT, PATTERN_CONFIDENCE, Sense, lexicon


MEDIA_WORDS = {"twitter", "telegram", "facebook", "instagram", "youtube", "tiktok", "television", "tv", "radio",
               "website", "channel", "blog", "x"}


TIME_WORDS = MEDIA_WORDS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tomorrow", "weekend", "week", "month", "year", "january", "february", "march", "april", "may", "june",
              "july", "august", "september", "october", "november", "december", "night", "morning", "evening"}


SUBJ = {"nsubj", "csubj"}


PASS_SUBJ = {"nsubjpass", "csubjpass"}
NOT_AGENT_ENTITIES = {"GPE", "LOC", "FAC", "DATE", "TIME"}
LOCATIVE_PREPS = {"at", "in", "near", "outside", "inside", "on", "across", "along"}


CLAUSAL = {"xcomp", "ccomp", "advcl", "pcomp", "conj", "acomp"}


GROUP_HEADS = {"one", "some", "many", "several", "all", "most", "ally", "supporter", "member", "head",
               "leader", "group", "part", "number", "dozen", "hundred", "thousand", "ten", "tens", "hundreds",
               "thousands", "millions"}


# verbs whose "it" is a dummy ("it is unclear", "it emerged that", "it takes time"); as the subject of any other
# main-clause verb "it" is a body that acts ("It strongly condemns the attacks": the ministry of the sentence before)
DUMMY_IT_VERBS = {"be", "seem", "appear", "happen", "take", "remain", "become", "matter", "emerge", "turn", "look",
                  "rain", "snow", "cost", "make", "mean", "follow", "transpire", "help", "hurt", "occur", "get"}


def _dummy(subject: Token, verb: Token) -> bool:
    """An expletive subject: "there", or "it" with a dummy verb, a passive ("it is believed that") or a clause
    it stands for ("it was agreed to ...")."""
    if subject.lower_ == "there":
        return True
    if subject.lower_ != "it":
        return False
    # (in a reported or subordinate clause "it" is left to the clause above: "Saudi Arabia said it would free ...")
    return subject.dep_ == "expl" or verb.dep_ != "ROOT" or verb.lemma_.lower() in DUMMY_IT_VERBS \
        or verb.pos_ == "AUX" or any(c.dep_ == "auxpass" for c in verb.children)


ASPECTUAL = {"continue", "keep", "begin", "start", "resume", "go", "remain", "become", "seem", "try"}


NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}


SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


PHRASAL_PARTICLES = ("out", "away", "off", "back", "down", "in", "together", "aside")


def _phrasal(tok: Token) -> Optional[str]:
    """"pull out", "hand over": a particle, or a particle the parser made a preposition or adverb
    ("pulled *out* of the city", "pulled *back* from the border": it has no object of its own)."""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in LOOSE_PARTICLES:
        return f"{tok.lemma_.lower()} {tok.doc[tok.i + 1].lower_}"  # "set free" (the parser may hang "free" elsewhere)
    prt = [c.lemma_.lower() for c in tok.children if c.dep_ == "prt"]
    if not prt:
        # (right after the verb, or after its object: "pulled its troops *out* of the territory")
        after = {tok.i + 1} | {o.right_edge.i + 1 for o in tok.children if o.dep_ == "dobj" and o.i > tok.i}
        prt = [c.lower_ for c in tok.children if c.dep_ in ("prep", "advmod") and c.lower_ in PHRASAL_PARTICLES
               and c.i in after and not any(g.dep_ == "pobj" for g in c.children)]
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
        elif "from" in preps and c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod"):
            # "pulled its forces out of Lebanon": "out of" is "from"
            out.extend(g for o in c.children if o.dep_ == "prep" and o.lower_ == "of" for g in o.children
                       if g.dep_ == "pobj")
    return out


def is_infinitive(verb: Token) -> bool:
    """A "to" infinitive: "to free the hostages", "fighting to keep the boy"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


REFUSING_TO = {"refuse", "decline", "fail", "balk"}  # their "to" clause is what is not done, never a purpose


def refused_clause(verb: Token) -> bool:
    """"declined on Monday to lift the embargo": the parser may hang a refusing verb's "to" complement as an
    adverbial clause, which for these verbs is still what is refused."""
    if _phrasal(verb) == "rule out":  # "ruled out stepping down": the gerund is what is ruled out
        return any(c.dep_ == "advcl" and c.tag_ == "VBG" for c in verb.children)
    return verb.lemma_.lower() in REFUSING_TO and any(is_infinitive(c) for c in verb.children if c.dep_ == "advcl")


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok] + [c for c in tok.conjuncts if c.i > tok.i]


def _misattached_conj(verb: Token, head: Token, subject: Token) -> bool:
    """A transitive act coordinated with a reported copula whose subject is a thing ("said the report was false and
    accused the BBC of bias"): the act belongs to the speaker, not to the report."""
    return verb.dep_ == "conj" and verb.head.i == head.i and head.lemma_ == "be" and head.dep_ == "ccomp" \
        and subject.pos_ == "NOUN" and not subject.ent_type_ and bool(_children(verb, "dobj", "xcomp")) \
        and not _can_act(subject)


def coordinated_with(conj: Token) -> Token:
    """What a conjoined verb is coordinated with. "He was accused of spying and arrested": the parser joins the
    participle to the gerund inside the accusation; a past form cannot coordinate with a gerund, so it goes
    with the passive verb the gerund depends on (he was arrested; the arrest is no content of the accusation)."""
    head = conj.head
    if conj.dep_ == "conj" and conj.tag_ in ("VBN", "VBD") and head.tag_ == "VBG" and head.dep_ in ("pobj", "pcomp") \
            and head.head.pos_ == "ADP" and head.head.head.tag_ == "VBN" \
            and any(c.dep_ == "auxpass" for c in head.head.head.children):
        return head.head.head
    return head


def _can_act(noun: Token) -> bool:
    """A common noun for people or bodies: listed as acting or as a crowd, or an agent of the actor dictionary."""
    from . import actor_lexicon  # (the actor dictionary is loaded once, on first use)
    lemma = noun.lemma_.lower()
    return lemma in lexicon()["acting_nouns"] | lexicon()["crowd_nouns"] \
        or (lemma,) in actor_lexicon.lexicon().agents or (noun.lower_,) in actor_lexicon.lexicon().agents


def _subject(verb: Token) -> tuple[Optional[Token], bool]:
    """(subject, is_passive) of a verb, inheriting through xcomp/conj/advcl chains when it has none."""
    cur = verb
    # "detainees held at the prison were tortured by guards": a passive verb the parser coordinated with an
    # active one inherits the subject but stays passive
    own_passive = any(c.dep_ in ("auxpass", "agent") for c in verb.children) or (
        verb.dep_ in ("xcomp", "oprd", "advcl") and verb.tag_ == "VBN" and not any(  # "was found shot dead", "were reported
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))  # killed" (not "said to have killed")
    for _ in range(6):
        subs = [c for c in cur.children if c.dep_ in SUBJ and not _dummy(c, cur)] or [
            # "Turkey massed troops": the parser took the name in front of the verb for a noun-phrase adverb
            c for c in cur.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < cur.i
            and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and not any(
                g.dep_ in PASS_SUBJ for g in cur.children)]
        if subs and cur.dep_ == "relcl" and subs[0].lower_ in ("which", "that") \
                and (cur.head.ent_type_ in NOT_AGENT_ENTITIES or _target_of_attack(cur.head)):
            # "the bombings at the embassies in Kenya and Tanzania, which killed 224", "... last year that
            # killed": the parser hangs the clause on the nearest place or date; what acted is the noun the
            # phrase belongs to
            owner = next((a for a in cur.head.ancestors if a.pos_ == "NOUN" and a.ent_type_ not in NOT_AGENT_ENTITIES
                          and not (a.dep_ == "pobj" and a.head.lower_ in LOCATIVE_PREPS)), None)
            return owner, False
        if subs and subs[0].pos_ == "VERB" and subs[0].tag_ != "VBG" and _children(subs[0], "dobj"):
            # "the internationally recognised Government ... announced": the parser made the modifier the subject
            return _children(subs[0], "dobj")[0], own_passive and cur is not verb
        if subs and _misattached_conj(verb, cur, subs[0]):
            # "Russia said the sanctions were illegal and threatened to retaliate": the parser coordinates the act
            # with the reported copula; a thing cannot threaten, the speaker did
            speakers = [c for c in cur.head.children if c.dep_ in SUBJ]
            if speakers:
                return speakers[0], False
        if subs:
            return subs[0], own_passive and cur is not verb
        pas = [c for c in cur.children if c.dep_ in PASS_SUBJ]
        if pas:
            # "he is detained or extradited": a coordinated participle shares the passive
            return pas[0], cur is verb or own_passive or (verb.dep_ == "conj" and verb.tag_ == "VBN") or (
                verb.tag_ == "VBD" and verb.head.i != coordinated_with(verb).i and not _children(verb, "dobj"))
        marks = [c for c in cur.children if c.dep_ == "mark" and c.lower_ not in ("that", "whether", "if")]
        if marks:
            # "days after tens of thousands rallied": the parser hangs the subject under the marker
            objs = [g for m in marks for g in m.children if g.dep_ == "pobj"]
            return (objs[0], False) if objs else (None, False)
        if cur.dep_ == "acl" or cur.dep_ == "relcl":
            return cur.head, cur.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in cur.children)
        if cur.dep_ == "advcl" and cur.tag_ == "VBD" and cur.i > 0 and cur.doc[cur.i - 1].dep_ == "pobj" \
                and cur.doc[cur.i - 1].head.lower_ in ("after", "before", "since", "when", "until"):
            # "a day after a cross-border raid killed a commander": the parser made the finite verb's subject
            # the preposition's object; the main clause's subject did not do it
            return cur.doc[cur.i - 1], False
        if (cur.dep_ in ("xcomp", "conj", "advcl", "acomp", "ccomp", "pcomp")
                or cur.dep_ == "attr" and cur.tag_ == "VBG" and cur.head.lemma_ == "be") and cur.head is not cur:
            # ("Qatar is mediating between Hamas and Fatah": the parser reads the progressive as a predicate noun)
            if cur.dep_ == "xcomp" or cur.dep_ == "advcl" and is_infinitive(cur) \
                    and cur.head.lemma_.lower() in lexicon()["directive_verbs"] | lexicon()["appeal_wishes"]:
                # object control: "urged Russians to gather" -> Russians (also where a phrase between made the parser
                # call the clause adverbial: "told striking workers on Sunday to end their walkout")
                objs = _children(cur.head, "dobj") or [  # "called on Russians to rally" -> Russians
                    o for p in _children(cur.head, "prep", "prt") if p.lower_ in ("on", "upon") and p.i < cur.i
                    and cur.head.lemma_.lower() in ("call", "prevail") for o in _children(p, "pobj")]
                if objs and cur.head.lemma_ not in ("decide", "try", "want", "plan", "agree", "refuse", "use", "employ"):
                    return objs[0], False
            cur = coordinated_with(cur)
            if cur.pos_ in ("ADP",):
                cur = cur.head
            continue
        break
    return None, False


def _target_of_attack(noun: Token) -> bool:
    """"an air strike on a Gaza apartment block that killed eight": the noun the parser hung the clause on is what
    an attack noun was aimed at; the attack did the killing."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("on", "against", "near", "in") or prep.head.pos_ != "NOUN":
        return False
    lex, lemma = lexicon(), prep.head.lemma_.lower()
    mods = {c.lemma_.lower() for c in prep.head.children if c.dep_ in ("amod", "compound")}
    senses = [sense for words, sense in lex["noun_modifier_senses"].get(lemma, ()) if words & mods] or [
        lex["nouns"].get(lemma)]  # ("air strike": the modifier decides)
    return any(sense is not None and sense.type == "ASSAULT" for sense in senses)


def _agent(verb: Token) -> Optional[Token]:
    """The "by" phrase of a passive; the parser may call it a plain preposition ("was granted asylum by Panama")."""
    for c in verb.children:
        if c.dep_ == "agent":
            objs = _children(c, "pobj")
            if objs:
                return objs[0]
    if any(c.dep_ == "auxpass" for c in verb.children):
        return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for o in _children(c, "pobj")
                     if o.pos_ == "PROPN" and o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")), None)
    return None


def _particle_objects(verb: Token) -> list[Token]:
    """"sealed off the West Bank": the parser may give the particle the object."""
    return [g for c in _children(verb, "prt") for g in _children(c, "pobj")]


def _object(verb: Token) -> Optional[Token]:
    objs = _children(verb, "dobj", "obj") or _particle_objects(verb)
    datives = [c for c in _children(verb, "dative") if c.pos_ in ("NOUN", "PROPN", "PRON")]
    if datives and (not objs or objs[0].ent_type_ == "MONEY" or any(c.like_num for c in objs[0].children)):
        return datives[0]  # "fined the newspaper 10,000 lira": who pays, not the sum
    if objs:
        return objs[0]
    for c in verb.children:  # "police arrested and charged five men": the conjoined verb's object is shared
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            shared = _children(c, "dobj")
            if shared:
                return shared[0]
    return None


def _climb(tok: Token):
    """Governing tokens up the clausal chain: (governor, dependency that links to it)."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "ROOT" or cur.head is cur:
            return
        dep = cur.dep_
        if dep in ("relcl", "acl", "appos") and not (dep == "acl" and any(
                c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in cur.children)):
            return  # a relative clause is presupposed background, not the content of its host (but "the demand
            # *that it close the offices*" is the demand's content)
        cur = coordinated_with(cur)
        yield cur, dep


MEETING_BODIES = {"summit", "conference", "meeting", "session", "gathering", "congress"}


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
        poss = [c for c in tok.children if c.dep_ == "poss"] or [
            c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not poss:
            return None  # "a request", "the decision": no actor named
        tok = poss[0]  # "Trump's decision" -> Trump, "a European Parliament resolution" -> European Parliament
    elif tok.lemma_.lower() in MEETING_BODIES and tok.pos_ == "NOUN":
        # "the EU summit condemned", "an OAU summit called on", "a summit of Arab leaders agreed": a meeting acts
        # through whom it gathers
        members = [c for c in tok.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"
                   or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")] + _prep_objects(tok, ["of"])
        if not members:
            return None
        tok = members[0]
    elif tok.lemma_.lower() in lexicon()["nouns"] and tok.pos_ == "NOUN" and not (
            tok.lemma_.lower() in lexicon()["unit_nouns"]
            and any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in lexicon()["unit_owners"]
                                                       or c.ent_type_ in ("NORP", "GPE", "ORG")) for c in tok.children)):
        return None  # an event noun ("the release of X") is not an actor (but "an army patrol" is a unit)
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
        elif c.dep_ == "prep" and c.lower_ == "of" and not (
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon()["charging_verbs"]
                and not any(t.pos_ == "PROPN" or t.ent_type_ for g in _children(c, "pobj") for t in g.subtree)) and (
                # ("accused the minister *of corruption*": the charge, not an office)
                tok.lemma_.lower() in GROUP_HEADS | {"head", "chief", "minister"} and not any(x.dep_ == "poss" for x in tok.lefts)
                or tok.pos_ == "PROPN" and tok.is_title and any(o.pos_ == "PROPN" for o in _children(c, "pobj"))):
            # ("the Organization of African Unity", "the Council of Europe": a name with its "of" phrase)
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


PARTICLES = ("out", "away", "off", "back", "down", "in", "together")
CAUSATIVES = {"let"}
LOOSE_PARTICLES = ("free", "loose")
MEASURE_NOUNS = {"batch", "shipment", "consignment", "number", "thousand", "million", "hundred", "dozen", "billion",
                 "lot", "load", "set", "supply", "series", "wave", "group", "contingent", "convoy", "fleet", "pair",
                 "couple", "range", "package", "tranche", "round", "total", "unit", "squadron", "text", "draft",
                 "percent", "part", "portion", "share", "half", "third", "bulk", "rest", "much", "most", "all",
                 "some", "many", "several", "few", "majority", "remainder", "each", "none",
                 # loads name what they carry: "two cargo planes of relief supplies", "10 tonnes of flour"
                 "planeload", "truckload", "shipload", "boatload", "cargo", "ton", "tonne", "plane"}


def _content_head(obj: Token) -> Token:
    """"the first batch of M1 Abrams tanks", "thousands of soldiers", "94% of the equipment", "$33 million in
    assistance": the measured thing, not the measure."""
    if obj.lemma_.lower() in MEASURE_NOUNS or obj.like_num or obj.text in ("%", "$") or obj.ent_type_ == "MONEY":
        inner = _prep_objects(obj, ["of"] if obj.ent_type_ != "MONEY" else ["of", "in"])
        if inner:
            return inner[0]
    return obj


VAGUE_OBJECTS = {"status", "level", "state", "posture"}  # "lowered the alert status": the modifier names the thing

FEW = 100  # fewer people than this named by number are individuals, not a population


def _few(head: Token) -> bool:
    q = quantity_of(head)
    return q is not None and q.value < FEW


def _object_words(objs: list, compounds: bool = True) -> set:
    """Lemmas an object list offers to a lexicon entry: heads, conjuncts, compounds ("gas deliveries"),
    and "@ORG" / "@GPE" for named organisations and places."""
    words = set()
    for o in [t for obj in objs for t in (obj, *obj.conjuncts)]:
        o = _content_head(o)
        words.add(o.lemma_.lower())
        if compounds:
            words |= {c.lemma_.lower() for c in o.children if c.dep_ == "compound"
                      or c.dep_ == "amod" and o.lemma_.lower() in VAGUE_OBJECTS}
        if o.ent_type_ in ("GPE", "LOC"):
            words.add("@GPE")
        elif o.ent_type_ == "PERSON":
            words.add("@PERSON")  # "Volkov would be held"
        elif o.ent_type_ == "NORP":
            few = _few(o) or o.tag_ in ("NN", "NNP") or any(c.lower_ in ("a", "an", "one") for c in o.children)
            words.add("@NORP_FEW" if few else "@NORP")  # "expelled ethnic Albanians"; "five Iraqis" are individuals
        elif o.ent_type_ == "ORG" or (o.text.isupper() and len(o.text) >= 3):
            words.add("@ORG")  # "quit ECOWAS": the small model often misses acronyms
    return words


# verbs whose second object, the one that decides their reading, follows a preposition
SECOND_OBJECTS = {"supply": "with", "provide": "with", "furnish": "with", "accept": "as"}


def _object_sense(tok: Token, lex: dict, keys: list) -> Optional[Sense]:
    """A reading the verb has with this kind of object (`object_senses`): "cut aid" and "froze talks" are
    sanctions, "withdrew from the treaty" too, "banned imports" an embargo; the bare verb reads otherwise.
    The object's own head decides before its compounds: "ended its trade embargo" ends an embargo, not trade."""
    for compounds in (False, True):
        sense = _object_sense_pass(tok, lex, keys, compounds)
        if sense is not None:
            return sense
    return None


def _object_sense_pass(tok: Token, lex: dict, keys: list, compounds: bool) -> Optional[Sense]:
    entries = [e for key in keys for e in lex["object_senses"].get(key, ())]
    if not entries:
        return None
    # (a second direct object is the parser's error: "held discussions with the President Mohamed ... *Farmajo*")
    direct = _children(tok, "dobj", "obj")[:1] + _children(tok, "nsubjpass", "oprd") + _particle_objects(tok)  # "was declared persona non grata"
    if tok.lemma_.lower() in CAUSATIVES:  # "let UN inspectors back into the country": they are let in
        direct += [s_ for c in _children(tok, "ccomp", "xcomp") for s_ in c.children if s_.dep_ in SUBJ]
    for objects, preps, bare, sense in entries:
        objs = direct
        if not preps and tok.lemma_.lower() in SECOND_OBJECTS:  # "supply Colombia with 18 helicopters": the
            objs = direct + _prep_objects(tok, [SECOND_OBJECTS[tok.lemma_.lower()]])  # goods; "accept X as mediator"
        if bare and objs:
            continue  # "withdrew its troops from ...": the direct object decides
        if preps:  # "withdrew from", "pulled out of" (the parser hangs "of" under "out"), "stripped X of
            # his citizenship" (and "of" under X)
            objs = _prep_objects(tok, preps) + [o for c in tok.children if c.lower_ in PARTICLES
                                                for o in _prep_objects(c, preps)] \
                + [o for d in _children(tok, "dobj") for o in _prep_objects(d, preps)]
        if objs and _object_words(objs, compounds) & objects:
            return sense
    return None


def _verb_sense(tok: Token, lex: dict) -> Optional[Sense]:
    """Phrasal sense first ("call for", "hold off"), then the bare lemma, then a CAMEO verb pattern."""
    lemma = tok.lemma_.lower()
    if lemma in lex["idioms"]:
        words = _clause_words(tok)
        idiom = next((sense for need, sense in lex["idioms"][lemma] if need <= words), None)
        if idiom is not None:
            return idiom
    phr = _phrasal(tok)
    by_object = _object_sense(tok, lex, [k for k in (phr, lemma) if k])
    if by_object is not None:
        return by_object
    if phr and phr in lex["verbs"]:
        return lex["verbs"][phr]
    # "call on X", "call for Y": the preposition makes the phrasal sense (not "on Monday")
    for c in tok.children:
        if c.dep_ == "prep" and f"{lemma} {c.lower_}" in lex["verbs"]:
            # ("will call on Chinese President Xi ...": the parser may make the addressee the verb's object)
            objs = _children(c, "pobj", "pcomp") or [d for d in _children(tok, "dobj") if d.i > c.i and c.i == tok.i + 1]
            # (a pcomp: "to fire on any aircraft entering its airspace", the parser's clause for the object)
            if objs and objs[0].lower_ not in TIME_WORDS:
                return lex["verbs"][f"{lemma} {c.lower_}"]
    sense = lex["verbs"].get(lemma)
    if sense is None or sense.confidence <= CAMEO_CONFIDENCE:
        matched = _pattern_sense(tok, lex)
        if matched is NO_EVENT:
            return None  # a CAMEO pattern says this use of the verb is no event
        if lemma in ASPECTUAL:
            return None  # "continuing his attack": the event, if any, is the one continued, not the verb
        return matched or sense
    return sense
