"""Event candidates: where a sentence names an act, by which words, between whom.

`find_candidates` reads one sentence into `Candidate`s: lexicon verbs with their subject and object (passives,
inherited subjects and the actors a moved thing goes to included), event nouns carried by a light verb or stating
their patient, gatherings and "X said Y committed crimes" accusations. What the coder then keeps, and with which
modality and actors, is decided in `events.code_doc`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from spacy.tokens import Span, Token

from . import actor_lexicon
from .event_lexicon import CAMEO_CONFIDENCE, Sense, lexicon
from .clause import (
    ASPECTUAL, PASS_SUBJ, SECOND_OBJECTS, SUBJ, TIME_WORDS, _agent, _children, _clause_words, _content_head, _object, _object_sense, _object_words, _phrasal,
    _prep_objects, _subject, _verb_sense, is_infinitive, refused_clause,
)


COOPERATIVE = {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "CONSULT"}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}  # "A and B met": A with B
FORCIBLY = {"forcibly", "forcefully", "forcably"}
FORCED_MOVE = Sense("COERCE", "deport", "174")
SAID_NO = Sense("REJECT", None, "120")
DURATIONS = {"day", "week", "month", "year"}
COLLECTIVES = {"series", "wave", "round", "string", "spate", "number", "set", "package", "raft", "campaign"}


@dataclass
class Candidate:
    trigger: Token        # the word that names the event
    anchor: Token         # the clause verb it hangs on (== trigger for verbs)
    sense: Sense
    source: Optional[Token]
    target: Optional[Token]
    light_modality: Optional[str] = None
    nominal: bool = False
    unattended: bool = False  # reported as happening with no actor named ("riots broke out in Jakarta")


def find_candidates(sent: Span) -> list[Candidate]:
    lex = lexicon()
    out: list[Candidate] = []
    for tok in sent:
        if tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_ \
                and not (tok.i > 1 and tok.lemma_.lower().startswith(tok.doc[tok.i - 2].lower_)):  # "cease-fire"
            prefix = tok.doc[tok.i - 2].lower_ if tok.i > 1 else ""
            sense = lex["hyphen_verbs"].get(f"{prefix}-{tok.lemma_.lower()}")
            if sense is not None and tok.pos_ == "VERB":  # "test-fired two missiles"
                src, passive = _subject(tok)
                if src is not None and src.lower_ == prefix:  # "Police lathi-charged": the parser's subject is "Police lathi"
                    src = next((c for c in src.children if c.dep_ == "compound"), None)
                victim = _object(tok) if sense.type == "ASSAULT" else None  # (not "test-fired two missiles")
                out.append(Candidate(tok, tok, sense, None if passive else src, victim))
            continue  # "life-threatening", "court-mandated": part of a hyphenated modifier
        if tok.pos_ in ("VERB", "AUX") and tok.i >= sent.start + 2 and tok.nbor(-1).dep_ == "cc" \
                and tok.nbor(-2).pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.nbor(-2).children):
            continue  # "figures for the dead and injured": a nominalised participle, no act
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound") or _infinitive_noun(tok, lex):
            if _adjectival_participle(tok) or _describing_participle(tok, lex):
                continue  # "if striking Indian groups kept blocking ...": a modifier the parser made a clause
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ != "VBG":
                continue  # "Libya's internationally recognised Government ... announced": only a gerund can be a subject
            if tok.lemma_.lower() in lex["evidential_verbs"] and any(c.dep_ == "auxpass" for c in tok.children) \
                    and any(c.dep_ == "xcomp" for c in tok.children):
                continue  # "he is expected to meet Aziz", "is believed to have fled": others' forecast, no act
            if tok.tag_ == "VBN" and tok.lower_ in lex["predicate_adjectives"] and _children(tok, "auxpass"):
                cand = _stated_feeling(tok, tok.lower_, lex)  # "was disappointed by the Serb refusal": a feeling
                if cand:
                    out.append(cand)
                continue
            cand = _verb_candidate(tok, lex)
            if cand:
                out.append(_actual_sides(_misread_speaker(cand, lex), lex))
        elif tok.dep_ in ("acomp", "attr") and tok.lemma_.lower() in lex["pejoratives"]:
            cand = _called_wrong(tok, lex)  # "Nigeria's detention of the activist was outrageous, Ottawa said"
            if cand:
                out.append(cand)
        elif tok.dep_ in ("acomp", "attr") and tok.lemma_.lower() in lex["rejecting_adjectives"] | lex["praising_attributes"]:
            cand = _called_unacceptable(tok, lex) if tok.lemma_.lower() in lex["rejecting_adjectives"] \
                else _called_a_model(tok, lex)
            if cand:
                out.append(cand)
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lemma_.lower() in lex["predicate_adjectives"]:
            cand = _stated_feeling(tok, tok.lemma_.lower(), lex)  # "Washington is deeply sorry for the sinking"
            if cand:
                out.append(cand)
        elif tok.pos_ in ("NOUN", "PROPN", "VERB") and (_noun_lemma(tok, lex) in lex["nouns"] or tok.pos_ == "NOUN"
                                                        and tok.lemma_.lower() in lex["noun_modifier_senses"]):
            cand = _noun_candidate(tok, lex)
            if cand:
                out.append(cand)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lex["effort_heads"]:
            # "launched a mediation effort", "an aid package for Yemen", "a bombing campaign against Serbia": the
            # modifier names the event, the head noun carries it in the clause
            named = next((c for c in tok.children if c.dep_ == "compound" and _noun_lemma(c, lex) in lex["nouns"]), None)
            cand = _noun_candidate(tok, lex, _noun_lemma(named, lex)) if named is not None else None
            if cand:
                out.append(cand)
    out = [_refuge_opened(_symbol_owner(_deployment_purpose(c, lex), lex), lex) for c in out
           if not _background_casualties(c, lex)]
    # "if he is detained or extradited": an extradition names two states cooperating; with neither the
    # extraditing state nor where he is sent, only the person, there is no record to make
    out = [c for c in out if not (c.sense.cameo == "063" and c.source is None
                                  and (c.target is None or c.target.pos_ == "PRON" or c.target.ent_type_ == "PERSON"))]
    threats = _made_to_pay(sent, lex)  # (the payment itself is no event: "will pay dearly")
    paid = {pay.i for pay, _ in threats}
    deadlines = _deadlines(sent, lex)  # ("gave Belgrade until Friday to withdraw": nothing given)
    paid |= {d.anchor.i for d, _ in deadlines}
    # ("... to withdraw or face air strikes": what the addressee would face is the ultimatum's threat, no event)
    paid |= {c.i for _, acts in deadlines for a in acts for c in a.conjuncts if lex["light"].get(c.lemma_.lower()) == "undergo"}
    investigations = _investigations(sent, out, lex)  # (over the broad CAMEO reading: "agents interviewed" REQUEST)
    paid |= {c.anchor.i for c in investigations}
    demanded = {act.i: d.target for d, acts in deadlines for act in acts}  # (the withdrawal is Belgrade's, if ever)
    out = [replace(c, source=demanded[c.anchor.i], light_modality="hypothetical") if c.anchor.i in demanded else c
           for c in out if c.anchor.i not in paid] + [d for d, _ in deadlines] + investigations
    conferring = _gathered_to_confer(sent, out, lex)  # (over the broad CAMEO reading of the same verb)
    met = {g.anchor.i for g in conferring}
    out = [c for c in out if not (c.sense.confidence <= CAMEO_CONFIDENCE and c.anchor.i in met)]
    return out + _gatherings(out, lex) + conferring + _said_committed(sent, out, lex) + _directives(sent, out, lex) \
        + _defied_appeals(sent, out, lex) + [threat for _, threat in threats] + _ruled_out(sent, out, lex)


def _background_casualties(cand: Candidate, lex: dict) -> bool:
    """"arrested in connection with the bombings that killed 224 people", "met his aides following the bombings,
    which have killed 250": the toll of an attack the sentence mentions as background is no new event (the attack
    itself is reported where it happened)."""
    verb = cand.trigger
    if cand.sense.type != "ASSAULT" or cand.nominal or verb.dep_ != "relcl" \
            or not any(c.dep_ in SUBJ and c.lower_ in ("that", "which") for c in verb.children):
        return False
    # (the parser may hang the clause on the nearest noun: "the bombings of U.S. embassies ... last year that killed")
    for attack in verb.doc[max(verb.sent.start, verb.i - 15):verb.i]:
        sense = lex["nouns"].get(attack.lemma_.lower())
        if sense is None or sense.type != "ASSAULT" or attack.dep_ != "pobj":
            continue
        prep = attack.head
        if prep.lower_ in BACKGROUND_PREPS or prep.lower_ == "with" and prep.head.lower_ == "connection":
            return True
    return False


def _symbol_owner(cand: Candidate, lex: dict) -> Candidate:
    """A burnt flag or effigy stands for its owner: "burned the Macedonian flag" is aimed at Macedonia, "an effigy of
    Bush" at Bush; a symbol of no one named is no target."""
    symbol = cand.target
    if cand.sense.type != "PROTEST" or symbol is None or symbol.lemma_.lower() not in lex["protest_symbols"]:
        return cand
    owners = [c for c in symbol.children if c.dep_ == "poss" or c.dep_ in ("amod", "compound")
              and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")] + _prep_objects(symbol, ["of"])
    return replace(cand, target=owners[0] if owners else None)


def _misread_speaker(cand: Candidate, lex: dict) -> Candidate:
    """"Bhutto salted away $100 million, Pakistan's anti-corruption chief alleged on Wednesday": the parser
    may read the trailing speech verb as a participle of the noun before it; that noun is the speaker, and
    the main clause's subject is whom the speech is about."""
    verb = cand.trigger
    noun = verb.head
    spoken = lex["clause_readings"].get(verb.lemma_.lower())  # "..., the opposition charged": its "that" reading
    if not (cand.sense.speech or spoken is not None) or verb.dep_ != "acl" or verb.tag_ != "VBN" \
            or _children(verb, "agent", "dobj") \
            or noun.dep_ not in ("dobj", "npadvmod", "appos") or noun.left_edge.i == 0 \
            or verb.doc[noun.left_edge.i - 1].text != ",":
        return cand
    about, passive = (noun.head, False) if noun.dep_ == "appos" else _subject(noun.head)  # ("police tortured
    # them, the opposition charged": the parser made the speaker an apposition of the subject)
    return replace(cand, sense=cand.sense if cand.sense.speech else spoken, source=noun,
                   target=None if passive else about)


def _curated_anchors(cands: list[Candidate]) -> set[int]:
    """Clause verbs that carry a curated reading (a verb known only from the broad CAMEO lexicon may yet be dropped for
    want of the classifier's agreement, so it does not stand in the way of another reading of its clause)."""
    return {c.anchor.i for c in cands if c.sense.confidence > CAMEO_CONFIDENCE}


def _document_author(doc_noun: Token) -> Optional[Token]:
    """Who a report or statement speaks for: its possessor ("Amnesty's report"), a "by" phrase on it or on the
    participle that issued it ("a report released by HRW"), or a named organisation in it ("an Amnesty report")."""
    poss = [c for c in doc_noun.children if c.dep_ == "poss" and c.lower_ not in TIME_WORDS and not _names_a_day(c)]
    by = _by_objects(doc_noun) or [a for c in doc_noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                   for a in _by_objects(c)]
    named = [c for c in doc_noun.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "NORP")]
    # "a petition from Algeria's main opposition parties": whom it comes from
    named += [o for o in _prep_objects(doc_noun, ["from"]) if o.pos_ in ("NOUN", "PROPN") and o.lower_ not in TIME_WORDS]
    # "Amnesty International issued a report accusing the army": who issued it
    issuer, passive = _subject(doc_noun.head) if doc_noun.dep_ == "dobj" and doc_noun.head.pos_ == "VERB" else (None, True)
    found = [a for a in poss + by + named + ([issuer] if issuer is not None and not passive else [])
             if a.ent_type_ not in ("DATE", "TIME")]
    return found[0] if found else None


def _trailing_report(verb: Token) -> bool:
    """"Bribe-taking has cost the treasury millions, the opposition charged": a verb with its own subject and no
    object, set off by a comma after the clause it reports (the parser may attach it as a conjunct)."""
    if verb.dep_ not in ("parataxis", "ccomp", "conj") or verb.i < verb.head.i or verb.head.pos_ not in ("VERB", "AUX") \
            or not _children(verb, *SUBJ) or _children(verb, "dobj", "obj", "ccomp", "xcomp"):
        return False
    first = min(t.i for t in verb.subtree if not t.is_punct)
    return first > 0 and verb.doc[first - 1].text == ","


def _asked_about(tok: Token) -> bool:
    """"asked him about the sanctions": a question, not asked for anything (no clause, no "for")."""
    return tok.lemma_.lower() in lexicon()["questioning_verbs"] and bool(_prep_objects(tok, ["about"])) \
        and not _children(tok, "xcomp", "ccomp") and not _prep_objects(tok, ["for"])


def _adjectival_participle(tok: Token) -> bool:
    """A bare -ing or -ed form right before the noun it describes, with no words of its own ("striking
    miners", "ruling party"), whatever the parser hung it on."""
    if tok.tag_ not in ("VBG", "VBN") or tok.i + 1 >= len(tok.doc) \
            or any(c.dep_ not in ("mark", "advcl", "ccomp", "punct") for c in tok.children):
        return False
    nxt = tok.doc[tok.i + 1]
    noun = nxt if nxt.pos_ in ("NOUN", "PROPN") else nxt.head  # "striking Indian groups"
    return nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.head.i != tok.i and noun.pos_ in ("NOUN", "PROPN") \
        and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != tok.i


def _describing_participle(tok: Token, lex: dict) -> bool:
    """"told striking oil workers to end their walkout": the parser may make the people the object of the -ing
    form that describes them; workers on strike are not struck (`state_participles` in triggers.yaml)."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in lex["state_participles"] \
            or _children(tok, "aux", "auxpass", *SUBJ):
        return False
    obj = next(iter(_children(tok, "dobj")), None)
    return obj is not None and obj.left_edge.i == tok.i + 1 \
        and obj.lemma_.lower() in lex["crowd_nouns"] | lex["acting_nouns"]


def _deployment_purpose(cand: Candidate, lex: dict) -> Candidate:
    """Troops sent as peacekeepers or teams sent for rescue are aid (PLOVER AID), not a show of force; troops
    that "arrived in" a country moved there, they did not visit it."""
    if cand.sense.type == "CONSULT" and not cand.nominal and cand.sense.mode == "visit" and cand.source is not None \
            and {cand.source.lemma_.lower(), _content_head(cand.source).lemma_.lower()} & (FORCE_NOUNS | MOVING_FORCES):
        cand = replace(cand, sense=Sense("MOBILIZE", "troops", "154", confidence=cand.sense.confidence))
    if cand.sense.type != "MOBILIZE":
        return cand
    purposes = lex["deployment_purposes"]
    words = list((cand.anchor if cand.nominal else cand.trigger).subtree) + (
        list(cand.source.subtree) if cand.source is not None else [])
    cameo = next((purposes[t.lemma_.lower()] for t in words if t.lemma_.lower() in purposes), None)
    if cameo is None:
        return cand
    return replace(cand, sense=Sense("AID", None, cameo, confidence=cand.sense.confidence))


def _refuge_opened(cand: Candidate, lex: dict) -> Candidate:
    """A border opened to refugees or to people fleeing or driven out gives them refuge (AID 075), not access."""
    if cand.sense.type != "RETREAT" or cand.sense.mode != "access" or cand.nominal:
        return cand
    for person in _prep_objects(cand.trigger, ["to"]) + [o for d in _children(cand.trigger, "dobj")
                                                         for o in _prep_objects(d, ["to"])]:
        head = _content_head(person)
        if head.lemma_.lower() in lex["refuge_seekers"] or any(
                c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in lex["fleeing_participles"]
                for c in list(head.children) + list(person.children)):
            return replace(cand, sense=Sense("AID", None, "075", confidence=cand.sense.confidence), target=head)
    return cand


def _said_committed(sent: Span, cands: list[Candidate], lex: dict) -> list[Candidate]:
    """"Amnesty said the army had committed crimes against humanity", "police said the IRA was behind two killings":
    the speaker accuses the doer (CAMEO 112)."""
    taken = {c.trigger.i for c in cands}
    out = []
    for tok in sent:
        obj = _object(tok) if tok.lemma_.lower() == "commit" and tok.dep_ == "ccomp" else None
        if tok.lemma_.lower() == "be" and tok.dep_ == "ccomp":
            # "police said they believe the IRA was behind two killings": blame for an attack or crime
            behind = _prep_objects(tok, ["behind"])
            obj = behind[0] if behind else None
        if obj is None or obj.lemma_.lower() not in lex["crime_objects"] | lex["attack_nouns"] or tok.head.i in taken \
                or tok.head.lemma_.lower() not in lex["reporting"] | {"accuse", "find", "conclude", "allege", "believe",
                                                                      "suspect", "think"}:
            continue
        speaker, passive = _subject(tok.head)
        doer, doer_passive = _subject(tok)
        if speaker is not None and doer is not None and not passive and not doer_passive:
            taken.add(tok.head.i)
            out.append(Candidate(tok.head, tok.head, Sense("ACCUSE", "allege", "112", speech=True), speaker, doer))
    return out


REFUSAL = Sense("REJECT", None, "120", speech=True)


def _ruled_out(sent: Span, cands: list[Candidate], lex: dict) -> list[Candidate]:
    """"The United States said there would be no lifting of its embargo on Cuba", "there is no question of bringing
    back the assembly, the general said": the speaker refuses (CAMEO 12), aimed at whom the act would have served."""
    taken = {c.trigger.i for c in cands}
    out = []
    for tok in sent:
        if tok.lemma_.lower() != "be" or not any(c.dep_ == "expl" and c.lower_ == "there" for c in tok.children) \
                or tok.dep_ not in ("ccomp", "parataxis") or tok.head.lemma_.lower() not in lex["reporting"] \
                or tok.head.i in taken:
            continue
        for none in _children(tok, "attr"):
            if not any(c.dep_ == "det" and c.lower_ == "no" for c in none.children):
                continue
            if none.lemma_.lower() not in lex["ruled_out_nouns"] and none.lemma_.lower() not in lex["nouns"]:
                continue
            speaker, passive = _subject(tok.head)
            if speaker is None or passive:
                continue
            served = next((t for t in none.subtree if t.i != none.i and t.ent_type_ in ("GPE", "NORP", "ORG")
                           and t.dep_ == "pobj"), None)
            out.append(Candidate(tok.head, tok.head, REFUSAL, speaker, served))
            taken.add(tok.head.i)
            break
    return out


OBLIGING_MODALS = {"must", "should"}
OBLIGING_VERBS = {"have", "need"}  # "has to", "needs to"
OWN_PRONOUNS = {"we", "i", "us"}


def _directives(sent: Span, cands: list[Candidate], lex: dict) -> list[Candidate]:
    """Telling another actor what it must do is a demand (CAMEO 10): "the EU told Israel to freeze building",
    "told North Korea that it must let inspectors back", "Ethiopia must come to the table, Isaias said".
    (When the demanded act is itself an event, the coder's demanding speaker covers it.)"""
    anchors = {c.anchor.i for c in cands}
    acts_known = _curated_anchors(cands)  # ("told workers to return to work": the CAMEO "return" may be dropped)
    out = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        wish = lemma in lex["appeal_wishes"]  # "wants Cuban diplomats to meet his son": an appeal to them (020)
        if tok.pos_ != "VERB" or tok.i in anchors or lemma not in lex["reporting"] | lex["directive_verbs"] \
                and not wish or lemma in OPINION_VERBS:
            continue  # ("believes Elian should go back to Cuba": an opinion, asked of no one)
        speaker, passive = _subject(tok)
        if speaker is None or passive or speaker.lower_ in OWN_PRONOUNS or not _actor_like(speaker):
            continue
        addressee = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
        acts = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")] + (
            [tok.head] if tok.dep_ in ("ccomp", "parataxis") and tok.head.pos_ in ("VERB", "AUX") else [])
        for act in acts:
            if act.i in acts_known or act.dep_ == "xcomp" and not (
                    (lemma in lex["directive_verbs"] or wish) and addressee is not None and is_infinitive(act)):
                continue
            asked = addressee
            if act.dep_ != "xcomp":
                if not (_obliged(act) or lemma in lex["mandative_verbs"] and act.dep_ == "ccomp"
                        and (act.tag_ in ("VB", "VBP") or _subjunctive_misread(act)) and not _children(act, "aux", "auxpass")
                        or wish and act.dep_ == "ccomp" and is_infinitive(act)):
                    continue
                asked = next((c for c in act.children if c.dep_ in SUBJ), None)  # (its own: not a pronoun resolved)
                if asked is None or asked.lower_ in OWN_PRONOUNS \
                        or asked.lemma_.lower() == speaker.lemma_.lower():
                    continue
                if asked.pos_ == "PRON" or not _actor_like(asked) and addressee is not None \
                        and addressee.lemma_.lower() not in AUDIENCES \
                        and (_actor_like(addressee) or addressee.tag_ in ("NNS", "NNPS")):
                    if addressee is None:
                        continue
                    # "told North Korea that it must ...", "told donors that food had to be shipped": the
                    # addressee is asked
                    asked = addressee
            if asked is None or not (_actor_like(asked) or asked is addressee and asked.tag_ in ("NNS", "NNPS")
                                     and asked.lemma_.lower() not in AUDIENCES):
                continue  # ("analysts said talks should resume": no one is asked)
            anchors.add(tok.i)
            out.append(Candidate(tok, tok, Sense("REQUEST", "change", "100", speech=True), speaker, asked))
            break
    return out


AUDIENCES = {"reporter", "journalist", "correspondent", "press", "audience", "crowd", "rally", "gathering", "supporter",
             "listener", "viewer", "reader", "parliament", "lawmaker", "student", "delegate"}  # told, not asked
OPINION_VERBS = {"believe", "think", "feel", "consider", "hope", "suppose", "expect", "reckon"}
DEADLINE_UNITS = {"minute", "hour", "day", "week", "month", "year"}


def is_envoy(tok: Token, lex: dict) -> bool:
    """A diplomat, monitor or a foreign mission's staff: "the OSCE mission chief", "staff members", "Western members
    of the U.N. peacekeeping mission" (by the head noun, its compounds or what it is a member of)."""
    head = _content_head(tok)
    words = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "compound"} | {
        o.lemma_.lower() for o in _prep_objects(head, ["of"]) if head.lemma_.lower() in ("member", "head", "chief")}
    return bool(words & lex["expelled_envoys"])


def _deadlines(sent: Span, lex: dict) -> list[tuple[Candidate, list[Token]]]:
    """"NATO gave Belgrade until Friday to withdraw", "gave the rebels 48 hours to surrender": a deadline set for
    another actor's act is an ultimatum (CAMEO 139, THREATEN, as the CAMEO dictionary codes "give * hours to");
    the act is what is demanded. Each with the demanded acts' verbs."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() != "give":
            continue
        giver, passive = _subject(tok)
        if giver is not None and giver.lemma_.lower() in ULTIMATUM_NOUNS:  # "NATO's ultimatum gave them ten days"
            giver = next((c for c in giver.children if c.dep_ == "poss" and _actor_like(c)), None) or next(
                iter(_by_objects(giver)), None)
        addressee = next((c for c in tok.children if c.dep_ in ("dative", "dobj") and (
            _actor_like(c) or c.pos_ == "PRON" and c.lower_ in ("them", "him", "her"))), None)
        if giver is None or passive or addressee is None or not _actor_like(giver):
            continue
        spans = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("until", "till")] + [
            c for c in tok.children if c.lemma_.lower() in DEADLINE_UNITS]
        acts = [c for h in [tok] + spans for c in h.children
                if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and is_infinitive(c)]
        if spans and acts and all(a.lemma_.lower() in lex["departure_verbs"] for a in acts):
            # "gave the OSCE mission chief 48 hours to leave the country": an expulsion, done now
            envoy = is_envoy(addressee, lex)
            sense = Sense("SANCTION", "expel", "166") if envoy else Sense("COERCE", "deport", "174")
            out.append((Candidate(tok, tok, sense, giver, addressee), acts))
        elif spans and acts:  # (the CAMEO dictionary's "give * hours to": an ultimatum, 139)
            out.append((Candidate(tok, tok, Sense("THREATEN", None, "139", speech=True), giver, addressee), acts))
    return out


ACTOR_ENTS = {"GPE", "ORG", "NORP", "PERSON"}
ULTIMATUM_NOUNS = {"ultimatum", "deadline", "resolution", "decision", "order"}


def _investigations(sent: Span, cands: list[Candidate], lex: dict) -> list[Candidate]:
    """Investigators at work ("investigators combed the wreckage for clues", "FBI agents interviewed hundreds of
    witnesses", "tribunal investigators began exhuming a mass grave"): an investigation (CAMEO 091), when the verb
    has no reading of its own here; whose doing is investigated is the "into"/"for" object or the object's owner."""
    anchors = _curated_anchors(cands)  # (a curated reading stands)
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in anchors or tok.lemma_.lower() not in lex["investigative_verbs"]:
            continue
        who, passive = _subject(tok)
        if who is not None and who.pos_ == "PRON" and tok.dep_ in ("ccomp", "parataxis") \
                and tok.head.lemma_.lower() in lex["reporting"]:
            who = _subject(tok.head)[0]  # "investigators said they found a rifle": the investigators found it
        if who is None or passive:
            continue
        named_agency = who.lemma_.lower() in ("agent", "officer") and any(  # "FBI agents", not "travel agents"
            c.dep_ == "compound" and c.ent_type_ == "ORG" for c in who.children)
        if not named_agency and not ({who.lemma_.lower()} | {c.lemma_.lower() for c in who.children
                                                             if c.dep_ in ("compound", "amod")}) \
                & lex["investigating_agents"]:
            continue
        about = _prep_objects(tok, ["into", "for"]) + [p for o in _children(tok, "dobj") for p in o.children
                                                      if p.dep_ == "poss"]
        out.append(Candidate(tok, tok, Sense("ACCUSE", "investigate", "091"), who,
                             next((a for a in about if _actor_like(a)), None)))
    return out


SMALL_CLAUSE_VERBS = {"keep", "leave", "hold", "make", "have", "get", "render"}


def _defied_appeals(sent: Span, cands: list[Candidate], lex: dict) -> list[Candidate]:
    """Persisting "despite appeals from the Palestinian Authority" or "despite international pressure" ("will keep
    the crossings sealed", "went ahead with the vote") refuses the appeal (CAMEO 120, REJECT): the actor is the
    clause's subject, the rejected party whoever appealed (a "from" or "by" phrase or a possessor), if named. When
    the clause's verb is an event of its own, that event is what is coded. The appeal itself is background
    (`BACKGROUND_PREPS`)."""
    out = []
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in ("despite", "notwithstanding") \
                or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = prep.head
        while verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.lemma_.lower() in SMALL_CLAUSE_VERBS:
            verb = verb.head  # "will keep the West Bank sealed off despite ...": Israel keeps it so
        appeal = next((o for o in _children(prep, "pobj") if o.lemma_.lower() in lex["defied_appeals"]), None)
        acts = {verb.i} | {c.i for c in verb.children if c.dep_ in ("xcomp", "ccomp")}
        if appeal is None or verb.pos_ != "VERB" or any(c.anchor.i in acts for c in cands) \
                or verb.lemma_.lower() in lex["intent"] | lex["willingness"] | lex["reporting"] | {"commit", "be"}:
            continue  # "forcibly returned 4,000 Hmong despite objections": the act itself is the event; "is
            # committed to a possible strike despite objections": a stance, not yet a refusal
        actor, passive = _subject(verb)
        if actor is None or passive or not _actor_like(actor):
            continue
        appealers = [a for a in appeal_authors(appeal) if _actor_like(a)]
        out.append(Candidate(prep, verb, Sense("REJECT", None, "120"), actor, appealers[0] if appealers else None))
    return out


def appeal_authors(appeal: Token) -> list[Token]:
    """Who made an appeal, demand or call: its possessor or its "from" / "by" phrase ("appeals from the Palestinian
    Authority", "Hezbollah's demands")."""
    return [c for c in appeal.children if c.dep_ == "poss"] + _prep_objects(appeal, ["from", "by"])


def _actor_like(tok: Token) -> bool:
    """A name, or a noun the agent dictionary knows ("the government", "the army")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ACTOR_ENTS or any(
            c.dep_ in ("compound", "amod") and c.ent_type_ in ACTOR_ENTS for c in tok.children):
        return True  # ("its European Union partners")
    agents = actor_lexicon.lexicon().agents
    if (tok.lemma_.lower(),) in agents or (tok.lower_,) in agents:
        return True
    # "the head of the OSCE mission", "the leader of the rebels", "the rebel commander": an office of a body
    return tok.lemma_.lower() in OFFICE_HEADS and any(_actor_like(o) for o in _prep_objects(tok, ["of"]) + [
        c for c in tok.children if c.dep_ == "compound"])


OFFICE_HEADS = {"head", "chief", "leader", "director", "commander", "member", "spokesman", "spokeswoman",
                "representative", "envoy", "chairman", "president", "secretary"}


PAY_DEARLY = {"dearly", "heavily"}
PRICE_SIZES = {"heavy", "high", "dear", "terrible", "steep", "big"}


def _made_to_pay(sent: Span, lex: dict) -> list[tuple[Token, Candidate]]:
    """"Israel will pay dearly for this crime, Nasrallah said", "said they would pay a heavy price": a speaker
    promising another actor harm threatens it (CAMEO 130), now. Returns (the "pay" verb, the threat)."""
    out = []
    for tok in sent:
        if tok.lemma_.lower() != "pay" or not _children(tok, "aux"):
            continue
        if not (any(c.lower_ in PAY_DEARLY for c in _children(tok, "advmod")) or any(
                o.lemma_.lower() == "price" and any(a.lower_ in PRICE_SIZES for a in o.children)
                for o in _children(tok, "dobj"))):
            continue
        payer = next((c for c in tok.children if c.dep_ in SUBJ), None)
        said = tok.head if tok.dep_ == "ccomp" else next(
            (c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in lex["reporting"]), None)
        speaker = _subject(said)[0] if said is not None and said.lemma_.lower() in lex["reporting"] else None
        if payer is None or speaker is None or payer.lower_ in OWN_PRONOUNS or speaker.lower_ in OWN_PRONOUNS:
            continue
        out.append((tok, Candidate(said, said, Sense("THREATEN", None, "130", speech=True), speaker, payer)))
    return out


def _subjunctive_misread(act: Token) -> bool:
    """"insisted that the president resign": the tagger often makes the bare subjunctive a noun; with its own subject
    and a "that" it is the verb."""
    return act.pos_ == "NOUN" and bool(_children(act, "nsubj")) and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in act.children)


def _obliged(verb: Token) -> bool:
    """"must come", "should lift", "has to make good on", "needs to act": the clause states a duty."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in verb.children):
        return True
    return verb.lemma_.lower() in OBLIGING_VERBS and any(c.dep_ == "xcomp" and is_infinitive(c) for c in verb.children)


DISSENTING_TYPES = {"ACCUSE", "REQUEST", "PROTEST", "REJECT"}


def _gatherings(cands: list[Candidate], lex: dict) -> list[Candidate]:
    """"Hundreds gathered to denounce the decision": a crowd gathering to dissent is a demonstration (CAMEO 141)."""
    taken = {c.trigger.i for c in cands if c.sense.confidence > CAMEO_CONFIDENCE}
    out = []
    for c in cands:
        verb, head = c.trigger, c.trigger.head
        if c.nominal or c.sense.type not in DISSENTING_TYPES or verb.dep_ not in ("xcomp", "advcl") \
                or head.lemma_.lower() not in lex["gathering_verbs"] or head.i in taken \
                or not is_infinitive(verb):
            continue
        src, passive = _subject(head)
        if src is not None and not passive:
            taken.add(head.i)
            out.append(Candidate(head, head, Sense("PROTEST", "demo", "141", confidence=c.sense.confidence), src, c.target))
    return out


CONFERRING_VERBS = {"discuss", "talk", "negotiate", "consult", "confer", "debate", "coordinate"}


def _gathered_to_confer(sent: Span, cands: list[Candidate], lex: dict) -> list[Candidate]:
    """"NATO defence ministers gathered in Brussels to discuss ammunition production": officials who gather to
    confer meet (CONSULT 'multilateral', CAMEO 040), with no partner named besides themselves."""
    anchors = _curated_anchors(cands)
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in anchors or tok.lemma_.lower() not in lex["gathering_verbs"] | {"convene"}:
            continue
        if not any(is_infinitive(x) and x.lemma_.lower() in CONFERRING_VERBS for x in _children(tok, "xcomp", "advcl")):
            continue
        src, passive = _subject(tok)
        if src is None or passive or src.lemma_.lower() in lex["crowd_nouns"] | lex["peaceful_crowds"]:
            continue
        out.append(Candidate(tok, tok, Sense("CONSULT", "multilateral", "040"), src, None))
    return out


COMMITTING_AUX = {"will", "would", "shall", "should", "must", "to", "'ll"}


BLAST_SITE_PREPS = ["at", "outside", "near", "inside", "on"]


def _device_blast(tok: Token, lex: dict) -> Optional[Candidate]:
    """"A bomb exploded outside the US embassy", "a car bomb went off at the market": a bombing, by whom unknown
    (ASSAULT 183, unattended); the device must be a weapon ("a gas cylinder exploded" is an accident)."""
    if tok.lemma_.lower() not in lex["blast_verbs"] and _phrasal(tok) not in lex["blast_verbs"]:
        return None
    device = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if device is None or device.lemma_.lower() not in lex["explosive_devices"]:
        return None
    if any(c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" for c in tok.children):
        return None  # "the bomb went off, killing 247 people": the killing names the attack and its victims
    site = next((o for o in _prep_objects(tok, BLAST_SITE_PREPS) if o.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")), None)
    return Candidate(tok, tok, Sense("ASSAULT", "explosives", "183"), None, site, unattended=True)


def _called_unacceptable(adj: Token, lex: dict) -> Optional[Candidate]:
    """"The Contact Group's peace plan is unacceptable, Karadzic said": the speaker rejects the plan (CAMEO 127;
    a ruling 128, terms or demands 120), aimed at whose plan it is. Said by no one, it is no event."""
    found = _reported_copula(adj, lex)
    if found is None:
        return None
    subject, speaker = found
    document = subject.lemma_.lower()
    code = lex["rejected_documents"].get(document) or ("120" if document in lex["rejectable_terms"] else None)
    if code is None:
        return None
    owner = [c for c in subject.children if c.dep_ == "poss" and _actor_like(c)
             or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")] + _by_objects(subject)
    return Candidate(adj, adj.head, Sense("REJECT", None, code), speaker, owner[0] if owner else None)


def _reported_copula(pred: Token, lex: dict) -> Optional[tuple[Token, Token]]:
    """(subject, speaker) of "X is <pred>, Y said" / "Y said X was <pred>"; None unreported, negated or passive."""
    copula = pred.head
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    said = copula.head
    if subject is None or any(c.dep_ == "neg" for c in copula.children) or copula.lemma_.lower() != "be" \
            or copula.dep_ not in ("ccomp", "parataxis") or said.lemma_.lower() not in lex["reporting"]:
        return None
    speaker, passive = _subject(said)
    return None if speaker is None or passive else (subject, speaker)


CONDUCT_NOUNS = {"leak", "decision", "remark", "statement", "comment", "move", "stance", "policy", "refusal",
                 "behaviour", "behavior", "conduct", "action", "step", "response", "attitude", "position", "plan"}


def _stated_feeling(pred: Token, word: str, lex: dict) -> Optional[Candidate]:
    """"Washington is deeply sorry for the sinking of the Ehime Maru" (an apology), "angry about Burton's subpoena",
    "critical of Washington", "was disappointed by the Serb refusal" (disapproval of whoever the phrase names)."""
    verb = pred.head if pred.dep_ == "acomp" else pred
    src = _subject(verb)[0] if pred.dep_ == "acomp" else next(iter(_children(pred, "nsubjpass")), None)
    sense = lex["predicate_adjectives"][word]
    about = _prep_objects(pred, list(sense.preps or ("for", "over", "about"))) + (
        [b for b in _by_objects(pred) if b.dep_ == "pobj" and b.head.dep_ == "agent"] if "by" in sense.preps else [])
    if src is None or not about:
        return None  # (not "sorry to hear that")
    if sense.type == "ACCUSE":  # "angry about Burton's subpoena": Burton; "critical of Washington"
        whom = [a for o in about for a in [o] + [c for c in o.children if c.dep_ == "poss"
                                                 or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
                if _actor_like(a)] or [o for o in about[:1] if o.lemma_.lower() in lex["nouns"]
                                       or o.lemma_.lower() in CONDUCT_NOUNS]  # ("dismayed by the leaks": not "by the weather")
        if not whom:
            return None
    else:
        whom = _prep_objects(pred, ["to"])
    return Candidate(pred, verb, sense, src, next(iter(whom), None))


def _called_wrong(pred: Token, lex: dict) -> Optional[Candidate]:
    """"Nigeria's detention of the activist was outrageous, the minister said", "Milosevic is a war criminal, Clinton
    said": the speaker denounces (CAMEO 111) the actor or the doer of the act named; said by no one, no event."""
    found = _reported_copula(pred, lex)
    if found is None or pred.pos_ == "NOUN" and any(c.dep_ == "neg" or c.lower_ == "no" for c in pred.children):
        return None
    subject, speaker = found
    if _actor_like(subject):
        return Candidate(pred, pred.head, Sense("ACCUSE", "disapprove", "111"), speaker, subject)
    if not (subject.lemma_.lower() in lex["nouns"] or subject.lemma_.lower() in CONDUCT_NOUNS):
        return None  # "the weather was outrageous": no one's act
    owner = [c for c in subject.children if c.dep_ == "poss" and _actor_like(c)
             or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")] + _by_objects(subject)
    return Candidate(pred, pred.head, Sense("ACCUSE", "disapprove", "111"), speaker, owner[0] if owner else None)


def _called_a_model(pred: Token, lex: dict) -> Optional[Candidate]:
    """"Nigeria's transition to civilian rule has been a model for the whole continent, Annan said": praise (CAMEO
    051) of Nigeria; the subject must be an actor or an actor's conduct."""
    found = _reported_copula(pred, lex)
    if found is None or pred.pos_ == "NOUN" and any(c.dep_ == "neg" or c.lower_ == "no" for c in pred.children):
        return None
    subject, speaker = found
    praised = subject if _actor_like(subject) else next(
        (c for c in subject.children if c.dep_ == "poss" and _actor_like(c)), None)
    if praised is None:
        return None
    return Candidate(pred, pred.head, Sense("SUPPORT", None, "051"), speaker, praised)


WITHDRAWAL = Sense("RETREAT", "withdraw", "0872")


EXTRADITION = Sense("COOPERATE", None, "063")


def _wanted(person: Optional[Token]) -> bool:
    """"a former commander wanted for murder", "a suspected Basque guerrilla sought by a Madrid court"."""
    return person is not None and any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("want", "seek") or c.dep_ == "amod"
        and c.lower_ in ("wanted", "suspected", "accused", "alleged", "fugitive") for c in person.children)


LOADING_VERBS = {"carry", "bring", "deliver", "laden", "lade", "load", "pack", "fill"}


def _departure(tok: Token, lex: dict) -> Optional[Candidate]:
    """"Israeli troops left the West Bank town of Jenin": forces leaving a place withdraw from it (RETREAT); a
    leader leaving a city travels."""
    if tok.lemma_.lower() not in lex["departure_verbs"] or _children(tok, "auxpass"):
        return None
    forces = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if forces is None or _content_head(forces).lemma_.lower() not in FORCE_NOUNS - {"police"}:
        return None
    place = next((o for o in _children(tok, "dobj") if o.ent_type_ in ("GPE", "LOC", "FAC")
                  or o.lemma_.lower() in lex["places_taken"]), None)
    return Candidate(tok, tok, WITHDRAWAL, forces, place) if place is not None else None


def _arrival(tok: Token, lex: dict) -> Optional[Candidate]:
    """"An aid convoy from Jordan arrived in Baghdad", "relief flights carrying tents from the UAE landed in
    Muzaffarabad": delivered relief (AID 073) from whoever sent it (a "from" phrase or a nationality) to where
    it came (not a visit by the convoy); forces that arrive somewhere were deployed there."""
    said = {tok.lemma_.lower(), _phrasal(tok)} | {f"{tok.lemma_.lower()} {p.lower_}" for p in tok.children
                                                  if p.dep_ == "prep"}  # ("crossed into Zaire": a preposition)
    if not said & (lex["arrival_verbs"] | lex["relief_arrival_verbs"]):
        return None
    carrier = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if carrier is None and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ASPECTUAL:
        carrier = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "peacekeepers began landing"
    if carrier is None and tok.dep_ == "acl" and tok.tag_ == "VBD":
        carrier = tok.head  # "a convoy of trucks carrying fuel crossed into Armenia": the parser's finite "acl"
    relief_only = not said & lex["arrival_verbs"]
    if carrier is not None and _content_head(carrier).lemma_.lower() in FORCE_NOUNS | MOVING_FORCES and not relief_only:
        # "Japanese peacekeepers arrive at the Juba airport", "U.S. troops landed in Somalia": forces moved there
        # (peacekeepers as aid: `_deployment_purpose`)
        goal = _prep_objects(tok, ["in", "at", "to", "into"]) + _children(tok, "dobj")
        if _content_head(carrier).lemma_.lower() in ("police", "officer", "policeman") \
                and not any(g.ent_type_ in ("GPE", "LOC") for g in goal):
            return None  # ("police arrived at the scene": no deployment)
        return Candidate(tok, tok, Sense("MOBILIZE", "troops", "154"), carrier, goal[0] if goal else None)
    relief = lex["aid_goods"] | lex["relief_modifiers"]
    subject = carrier
    if carrier is not None and carrier.lemma_.lower() not in lex["aid_carriers"] \
            and _content_head(carrier).lemma_.lower() in lex["aid_goods"] and _content_head(carrier).i != carrier.i:
        carrier = _content_head(carrier)  # "ten thousand tonnes of rice from Seoul reached Nampo": the goods arrive
    elif carrier is None or carrier.lemma_.lower() not in lex["aid_carriers"] | lex["aid_goods"]:
        return None  # (the goods themselves may arrive: "relief supplies from Japan reached Gujarat")
    # ("relief flights carrying tents", "trucks laden with flour and cooking oil")
    carried = [o for v in [carrier] + _prep_objects(carrier, ["of"]) for c in v.children
               if c.dep_ in ("acl", "amod") and c.lemma_.lower() in LOADING_VERBS
               for o in _children(c, "dobj") + _prep_objects(c, ["with"])]
    carried += _prep_objects(carrier, ["with"]) + _prep_objects(tok, ["with"])  # "trucks entered Bihac with food"
    if not ({c.lemma_.lower() for c in carrier.children if c.dep_ in ("compound", "amod")} | _object_words(
            _prep_objects(carrier, ["of"]) + carried) | {carrier.lemma_.lower()}) & relief:
        return None
    senders = [o for o in _prep_objects(carrier, ["from"]) + _prep_objects(subject, ["from"]) + [o for c in carrier.children if c.dep_ == "acl"
                                                               for o in _prep_objects(c, ["from"])]
               + [o for of in _prep_objects(carrier, ["of"]) for o in _prep_objects(of, ["from"])]
               if o.ent_type_ in ("GPE", "ORG", "NORP")] + [
        c for c in carrier.children if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("GPE", "NORP", "ORG")]
    if not senders and carrier.i == subject.i and carrier.lemma_.lower() not in lex["aid_carriers"]:
        return None  # goods from no one ("water reached the town") are no delivery
    goal = (_prep_objects(tok, ["in", "at", "to", "into"]) + _children(tok, "dobj") + _prep_objects(tok, ["for"]))
    return Candidate(tok, tok, Sense("AID", None, "073"), senders[0] if senders else None, goal[0] if goal else None)


def _membership(tok: Token, lex: dict) -> Optional[Candidate]:
    """"Poland, Hungary and the Czech Republic became full members of NATO": joining an alliance or organisation
    (CAMEO 057, SUPPORT), as "joined NATO" is."""
    if tok.lemma_.lower() != "become":
        return None
    for attr in _children(tok, "attr"):
        if attr.lemma_.lower() not in lex["membership_nouns"]:
            continue
        body = next((o for o in _prep_objects(attr, ["of"]) if o.ent_type_ == "ORG"
                     or o.lemma_.lower() in lex["joined_bodies"]), None)
        if body is not None:
            return Candidate(tok, tok, Sense("SUPPORT", None, "057"), _subject(tok)[0], body)
    return None


def met_with_response(tok: Token, lex: dict) -> bool:
    """"acts of terrorism must be met with a crackdown", "the plan was met with criticism": a response, no meeting."""
    return tok.lemma_.lower() == "meet" and bool(_object_words(_prep_objects(tok, ["with"])) & (
        lex["met_with_responses"] | lex["met_with_disapproval"] | lex["met_with_approval"]))


def _response_met_with(tok: Token, lex: dict) -> Optional[Candidate]:
    """"The decision was met with outrage by Cuban-Americans": they disapproved (ACCUSE 111) of the decision('s
    author); "met with applause from the delegates": praise (SUPPORT 051). Called once `met_with_response` holds."""
    responses = _prep_objects(tok, ["with"])
    words = _object_words(responses)
    sense = Sense("ACCUSE", "disapprove", "111") if words & lex["met_with_disapproval"] else \
        Sense("SUPPORT", None, "051") if words & lex["met_with_approval"] else None
    if sense is None:
        return None
    by = _agent(tok) or next((o for r in responses for o in _prep_objects(r, ["from", "by"])), None)
    met, passive = _subject(tok)
    return Candidate(tok, tok, sense, by, met if passive else None)


def _verb_candidate(tok: Token, lex: dict) -> Optional[Candidate]:
    arrived = _device_blast(tok, lex) or _arrival(tok, lex) or _departure(tok, lex) or _membership(tok, lex)  # (readings the subject decides, before the verb's own)
    if arrived is not None:
        return arrived
    lemma = tok.lemma_.lower()
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_.replace("’", "'") == "d'affaires":
        return None  # "downgraded ties to chargé d'affaires level": a diplomat's title, no charge
    if lemma in lex["stance_participles"] and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return None  # "extremists opposed to the truce": who they are, not an act
    if met_with_response(tok, lex):
        return _response_met_with(tok, lex)
    if lemma in ("return", "flee") and not _children(tok, "dobj"):
        who = _subject(tok)[0]
        if who is not None and _content_head(who).lemma_.lower() in lex["returnees"]:
            return None  # "Georgian villagers returned to their homes": people going home, no release or retreat
    if lemma == "strike" and not _children(tok, "dobj"):
        striker, passive = _subject(tok)
        who = _subject(tok.head)[0] if striker is not None and striker.pos_ == "PRON" and tok.dep_ == "ccomp" else striker
        if who is not None and not passive and _content_head(who).lemma_.lower() in lex["striking_subjects"]:
            # ("unions said they would strike": the speaker is who "they" are)
            return Candidate(tok, tok, Sense("PROTEST", "strike", "143"), striker, None)  # "dock workers struck"
    if lemma in lex["result_verbs"]:
        results, result_sense = lex["result_verbs"][lemma]
        result = next((c for c in tok.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "advcl")
                       and c.lemma_.lower() in results), None) or next(
            (t for o in _children(tok, "dobj") for t in o.subtree if t.dep_ == "amod" and t.i > t.head.i
             and t.lemma_.lower() in results), None) or next(
            (o for o in _children(tok, "dobj") if o.lemma_.lower() in results), None)  # "found 26 members of an
        # Islamist cell guilty": the parser may hang the result on the last noun of the object, or make it the
        # object itself ("found the general guilty": "general" its modifier)
        if result is not None:
            src, passive = _subject(tok)
            if result_sense.type == "SANCTION":
                # "the court found him guilty", "he was found guilty of fraud": who is found so is the target
                judged = next((c for c in result.children if c.dep_ in ("amod", "compound", "nmod") and c.i < result.i),
                              None) if result.dep_ == "dobj" else _object(tok)
                judged = judged or next((g for g in result.children if g.dep_ in SUBJ), None)
                return Candidate(tok, tok, result_sense, _agent(tok) if passive else src, src if passive else judged)
            if not passive:
                if src is not None and src.lemma_.lower() in lex["nouns"]:
                    # "an Israeli raid left ...": the raid's author, if stated, is the attacker
                    agents = [c for c in src.children if c.dep_ == "poss"
                              or c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]
                    src = agents[0] if agents else None
                elif tok.dep_ == "relcl":
                    src = None  # "attacks on hotels and a centre which left 166 dead": the antecedent may be wrong
                return Candidate(tok, tok, result_sense, src, _object(tok))  # "the raid left nine passengers dead"
    if lemma in lex["opinion_with_clause"]:
        # ("agree with the NCAA that Gassnola made payments": the parser may hang the clause on the partner)
        clauses = _children(tok, "ccomp") + [c for o in _prep_objects(tok, ["with"]) for c in o.children
                                             if c.dep_ in ("relcl", "acl", "ccomp")
                                             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if clauses and not _children(tok, "xcomp", "dobj") and not any(
                a.lower_ in COMMITTING_AUX for c in clauses for a in c.children if a.dep_ == "aux"):
            return None  # "they agreed the timing was good": an opinion, not an agreement
    for pl, preps, objects, sense, stated in lex["verb_preps"]:
        if stated and not _children(tok, "aux", "auxpass"):
            continue  # "a witness wanted for questioning" describes him; "he is wanted for questioning" states it
        if lemma == pl and not (sense.mode == "visit" and _children(tok, "dobj")):  # "flew tents to Turkey": cargo
            for obj in _prep_objects(tok, preps):
                lemmas = {t.lemma_.lower() for t in [obj, *obj.conjuncts]}
                lemmas |= {c.lemma_.lower() for t in [obj, *obj.conjuncts] for c in t.children if c.dep_ == "compound"}
                named_place = "@GPE" in objects and obj.ent_type_ in ("GPE", "LOC")
                if lemmas & set(objects) or named_place:
                    src, passive = _subject(tok)
                    tgt = obj if named_place else _object(tok)
                    if tgt is not None and tgt.lemma_.lower() in lex["predicate_objects"]:
                        tgt = None  # "opened fire on X": the phrase names the target
                    owner = next((c for c in obj.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP")),
                                 None)
                    if owner is not None and (tgt is None or tgt.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")):
                        tgt = owner  # "deposited $3 billion in Pakistan's central bank": the bank's owner receives
                    if passive:
                        src, tgt = _agent(tok), src
                    return Candidate(tok, tok, sense, src, tgt)
    if not _children(tok, "dobj", "obj") and _own_wish(tok, lex):
        return None  # "wants to thank you", "seeking to demonstrate support": the wish is the subject's own
    if lemma in lex["struggle_verbs"] and any(is_infinitive(x) for x in _children(tok, "xcomp")):
        return None  # "the relatives are fighting to keep the boy": a struggle for a goal, not combat
    if lemma == "call" and _children(tok, "dobj") and any(
            is_infinitive(x) and x.lemma_.lower() in lex["phone_purposes"] for x in _children(tok, "xcomp", "advcl")):
        src, passive = _subject(tok)  # "called Erdogan to apologize": a phone call, the purpose the caller's own act
        if not passive:
            return Candidate(tok, tok, PHONE_CALL, src, _object(tok))
    names = _naming(tok) if lemma in NAMING_VERBS else []
    if names:
        # "called the ambassador a very stupid guy": the parser may make the name an apposition of the one named
        apposed = [a for w in names for a in w.children if a.dep_ == "appos"]
        named = names + apposed
        named += [m for w in named for m in w.children if m.dep_ in ("amod", "compound")]
        named += [o for w in names for o in _prep_objects(w, ["of"])]  # "called the sanctions an act of war"
        labelled = next(iter(_children(tok, "dobj")), None)  # (the first object: "labelled the summit a success")
        if not any(w.lemma_.lower() in lex["pejoratives"] for w in named) and not (
                lemma in STIGMATISING and labelled is not None and _noun_lemma(labelled, lex) not in lex["nouns"]):
            return None  # "a group called X", "called the vote a milestone": a name, not a call (but whoever is
            # branded or labelled something is stigmatised: "labelled Navalny's supporters as anti-nationals")
        src, passive = _subject(tok)
        return Candidate(tok, tok, Sense("ACCUSE", "disapprove", "111"), _agent(tok) if passive else src,
                         src if passive else _object(tok) or (names[0] if apposed else None))  # "Castro called Munero a ruffian"
    if lemma == "ask" and not _children(tok, "dobj", "obj", "xcomp", "nsubjpass") and not _prep_objects(tok, ["for"]) \
            and not any(m.dep_ == "mark" and m.lower_ == "that" for c in _children(tok, "ccomp") for m in c.children):
        return None  # "as Justice Breyer asked, 'what sense does it make'": a question, not a request
    if _phrasal(tok) in lex["continuing_phrasals"]:
        return None  # "pressed ahead with uranium conversion": carrying on, no request
    if lemma == "say" and any(c.lower_ == "no" and c.dep_ in ("dobj", "intj", "advmod", "npadvmod") for c in tok.children):
        src, passive = _subject(tok)  # "Uzbekistan says no to joint drills", "the IMF said no to Argentina's plea"
        refused = next(iter(_prep_objects(tok, ["to"])), None)
        owner = next((c for c in refused.children if c.dep_ == "poss"), None) if refused is not None else None
        return None if passive else Candidate(tok, tok, SAID_NO, src, owner or refused)
    sense = _verb_sense(tok, lex)
    if lemma in lex["clause_readings"] and (_children(tok, "ccomp") or _trailing_report(tok)) \
            and not _children(tok, "dobj", "obj"):
        sense = lex["clause_readings"][lemma]  # "charged that the vote was rigged": an accusation
    if lemma in lex["dare_readings"] and _children(tok, "dobj") and any(is_infinitive(x) for x in _children(tok, "xcomp")):
        sense = lex["dare_readings"][lemma]  # "challenged the rebels to accept a ceasefire": a demand
    if (sense is None or sense.confidence <= CAMEO_CONFIDENCE) \
            and any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in tok.children):
        doers = _subject(tok)[0]
        if doers is not None and (doers.conjuncts or _prep_objects(tok, ["with"])):
            sense = Sense("COOPERATE", None, "060")  # "Honduras and Nicaragua began jointly demarcating their border"
    if lemma in lex["forced_moves"] and any(c.dep_ == "advmod" and c.lower_ in FORCIBLY for c in tok.children):
        sense = FORCED_MOVE  # "forcibly returned 4,000 Hmong asylum seekers to Laos": a deportation
    elif lemma in lex["forced_moves"] and any(c.dep_ in ("advmod", "prt") and c.lower_ in ("home", "back") for c in tok.children) \
            and _object(tok) is not None and _content_head(_object(tok)).lemma_.lower() in lex["deportees"]:
        sense = FORCED_MOVE  # "Libya flew some 300 Nigerian migrants home": illegal workers sent home
    if ({lemma, _phrasal(tok)} & lex["surrendering_verbs"] or lemma == "send" and _children(tok, "prt", "advmod")
            and any(c.lower_ == "back" for c in tok.children)) and _wanted(_object(tok)):
        sense = EXTRADITION  # "Thailand handed over to Cambodia a commander wanted for murder": judicial cooperation
    if lemma in lex["disarming_verbs"] and _own_weapons(_object(tok), lex):
        sense = DISARMING  # "Iraq destroyed its remaining Scud missiles": disarmament, not an attack
    if sense is None:
        return None
    if _no_event_object(tok, lex, any_verb=_object_sense(tok, lex, [k for k in (_phrasal(tok), lemma) if k]) is None):
        return None  # "sacked the army chief", "called early elections" (but "burned the flag" is a protest)
    if sense.needs_clause and not _children(tok, "xcomp", "ccomp") \
            and not any(is_infinitive(c) for c in _children(tok, "advcl")):  # ("leaned hard on Tehran to sign")
        return None  # "pushed the boat" is no demand, "pushed Kyiv to cede territory" is
    if sense.type == "REQUEST" and _asked_about(tok):
        return None  # "asked him about the sanctions": a question
    if sense.confidence <= CAMEO_CONFIDENCE and (lemma in lex["hypothetical"] or lemma in lex["future"]
                                                 or lemma in lex["negating"]):
        return None  # "the EU needs to send a signal", "plans to": a modality of another act, not an act
    if sense.preps and not _prep_objects(tok, sense.preps) and not (sense.type == "CONSULT" and _reciprocal_subject(tok)) \
            and not any(c.dep_ == "prep" and c.lower_ in sense.preps and any(g.dep_ == "pcomp" for g in c.children)
                        for c in tok.children):  # "barred him from running"
        return None  # "discussed it with X", but "Putin and Erdogan discussed grain exports"
    obj = _object(tok)
    src, passive = _subject(tok)
    if lemma in lex["victim_verbs"] and sense.type == "ASSAULT" and not passive:
        # "one person died when police fired", "two were killed in police firing": the dead are the victims
        return Candidate(tok, tok, sense, _attack_agent(tok, lex), src)
    attacker = _attack_agent(tok, lex) if passive and sense.type == "ASSAULT" and _agent(tok) is None else None
    if attacker is not None:
        return Candidate(tok, tok, sense, attacker, src)
    if passive:
        tgt = src
        src = _agent(tok) or next((b for o in _prep_objects(tok, ["with"]) for b in _by_objects(o)), None) \
            if sense.type != "CONSULT" else _agent(tok)  # "was met with outrage by X"
        if src is None and sense.speech:  # "were forced to carry ammunition by the rebels": the parser hangs the
            src = next((a for x in _children(tok, "xcomp") for a in _by_objects(x)
                        if a.lower_ not in TIME_WORDS and a.ent_type_ not in ("DATE", "TIME")), None)  # the agent low
        if src is None and sense.type == "MOBILIZE" and tgt is not None \
                and _content_head(tgt).lemma_.lower() in FORCE_NOUNS | MOVING_FORCES | {"reinforcement", "reservist"}:
            src, tgt = tgt, None  # "hundreds of police officers were deployed": the force moves, for its state
    else:
        tgt = obj
        if src is not None and src.lemma_.lower() in lex["nouns"]:
            # "the Israeli air raid killed three": the raid's author acted ("a petition from the opposition
            # asking ...": a document's author)
            src = _noun_agent(src) or (_document_author(src) if src.lemma_.lower() in lex["document_nouns"]
                                       else None) or src
        elif src is not None and src.lemma_.lower() in lex["document_nouns"]:
            src = _document_author(src) or src  # "a report released by Human Rights Watch blamed the army"
    if sense.preps and not passive:
        pobjs = [o for o in _prep_objects(tok, sense.preps) if o.lower_ not in TIME_WORDS]
        if pobjs:
            tgt = pobjs[0]  # "discussed the issue with Netanyahu": the partner, not the topic
    if tgt is None:
        # "call on X", "talk with X", "accuse X of": prepositional targets
        for prep in ("on", "with", "against", "at", "to", "for"):
            objs = [o for o in _prep_objects(tok, [prep]) if o.lower_ not in TIME_WORDS
                    and o.ent_type_ not in ("DATE", "TIME")]  # "threatened on Nov. 13 to ..."
            if objs and (prep in (sense.preps or ("on", "with", "against", "at"))
                         or (prep == "for" and sense.speech and objs[0].pos_ == "PROPN")
                         or (prep == "to" and (objs[0].pos_ == "PROPN" or sense.speech))):  # "apologized to
                # Turkey", "appealed to Western allies"
                tgt = objs[0]
                break
    reciprocal = sense.type == "CONSULT" and _reciprocal_subject(tok)  # "the two ministers met", "X and Y met"
    if reciprocal and src.conjuncts and tgt is obj and obj is not None and sense.preps:
        tgt = None  # "Putin and Erdogan discussed grain exports": the topic is no party, they met each other
    if sense.needs_object and obj is None and not _children(tok, "ccomp", "xcomp") and not refused_clause(tok) \
            and not (sense.speech and (tok.dep_ == "parataxis" or _trailing_report(tok))) \
            and not (passive and tgt is not None) and not reciprocal \
            and not (sense.type in SYMMETRIC and _prep_objects(tok, ["with"])):  # "meeting with the minister"
        return None
    if (obj is not None and _content_head(obj).lemma_.lower() in sense.not_objects) or \
            (passive and tgt is not None and tgt.lemma_.lower() in sense.not_objects):  # ("crimes committed by ...")
        return None  # "meet a deadline", "met all of its obligations", "unless their demands are met": no meeting
    if sense.type == "THREATEN" and foreseen_danger(tok, lex):
        return None
    if tgt is not None and tgt is obj and (obj.lemma_.lower() in lex["predicate_objects"]
                                           or obj.lemma_.lower() in lex["content_objects"]
                                           or obj.ent_type_ in ("MONEY", "QUANTITY", "PERCENT")):
        tgt = None  # "opened fire (on X)", "expressed regret (to X)": the object belongs to the predicate
    if tgt is not None and sense.patient_preps and (tgt is obj or passive and tgt.lemma_.lower() in lex["force_words"]):
        # "would use force against Taiwan": the object is the means, the target is in the phrase (or unstated)
        tgt = next((o for o in _prep_objects(tok, sense.patient_preps) + _prep_objects(obj or tgt, sense.patient_preps)
                    if o.ent_type_ not in ("DATE", "TIME")), None)
    if sense.objects and obj is None and passive and tgt is not None:
        obj = tgt  # "envoys were received by the minister"
    if sense.objects and obj is None:
        # "allowed UN inspectors to visit": the parser makes the object the subject of the complement
        raised = [g for c in _children(tok, "ccomp", "xcomp") for g in c.children if g.dep_ in SUBJ]
        obj = raised[0] if raised else None
        if tgt is None:
            tgt = obj
    if sense.objects and (obj is None or obj.lemma_.lower() not in sense.objects
                          and _content_head(obj).lemma_.lower() not in sense.objects
                          and not any(c.dep_ == "compound" and c.lemma_.lower() in sense.objects
                                      for c in obj.children)  # "violated the ceasefire agreement"
                          and not ("@GPE" in sense.objects and obj.ent_type_ == "GPE")
                          and not ("@PERSON" in sense.objects and obj.ent_type_ == "PERSON")  # "received Arafat"
                          and not (tok.lemma_.lower() in SECOND_OBJECTS and _object_words(_prep_objects(
                              tok, [SECOND_OBJECTS[tok.lemma_.lower()]])) & set(sense.objects))):  # "as mediator"
        return None  # "@GPE": a named country or city will do ("recognized Kosovo")
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and sense.speech and tok.head.dep_ == "ROOT" \
            and tok.head.pos_ in ("NOUN", "PROPN") and _agent(tok) is None:
        # "A U.S. congressional report called for sanctions": a sentence whose only verb the parser hung on
        # its subject; a statement verb there is the subject's act ("a report called 'X'" names no agent either)
        src, tgt = tok.head, obj if tgt is not None and tgt.i == tok.head.i else tgt
    elif tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ in SUBJ or c.dep_ == "aux" for c in tok.children):
        # "protesters detained during the rallies" (not a misattached "that they have agreed")
        tgt, src = tok.head, _agent(tok)
        if sense.type == "MOBILIZE" and src is None:
            src, tgt = tgt, None  # "riot police deployed in Lagos": the forces move, no one is acted upon
    elif tok.dep_ in ("acl", "relcl") and is_infinitive(tok):
        noun = tok.head
        if noun.lemma_.lower() in lex["decided_heads"] | lex["intended_heads"]:
            # "the EU's decision to scrap sanctions", "the decision by Kuwait to scrap a visa freeze": what was
            # decided is done, by whoever decided it
            src = next((c for c in noun.children if c.dep_ == "poss"), None) or next(iter(_by_objects(noun)), None)
            if src is not None and src.tag_ == "PRP$" and noun.dep_ in ("dobj", "pobj"):
                # "Iran announced its decision to expel ...": "its" is whoever announced it
                speaker, passive = _subject(noun.head if noun.dep_ == "dobj" else noun.head.head)
                src = speaker if speaker is not None and not passive else src
            if src is None and noun.lemma_.lower() in lex["intended_heads"] and noun.dep_ == "dobj" \
                    and noun.head.lemma_.lower() == "have":
                src = next((c for c in noun.head.children if c.dep_ in SUBJ), None)  # "has no intention to attack"
            if src is None:
                return None
        elif noun.lemma_.lower() in lex["abstract"]:
            if not (noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have" and any(c.lower_ == "no" for c in noun.children)):
                return None  # "a request to visit", "the plan to recognise": the content of another act
            src = next((c for c in noun.head.children if c.dep_ in SUBJ), None)  # "has no plans to pull out": a
            # refusal (`events._disavowed_intent`)
        else:
            src = None  # "a plan to attack": the noun is not the actor
    if src is not None and tok.dep_ == "acl" and src.i == tok.head.i and src.lemma_.lower() in lex["document_nouns"]:
        src = _document_author(src) or src  # "a petition from the opposition parties asking the government ..."
    if sense.cameo == "043" and tgt is not None and src is not None \
            and (tgt.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or tgt.lemma_.lower() in lex["visitors"]):
        # "Macron received the Lebanese premier", "envoys were received by the minister": PLOVER codes the
        # visitor as the actor
        src, tgt = tgt, src
    return Candidate(tok, tok, sense, src, tgt)


def _own_weapons(obj: Optional[Token], lex: dict) -> bool:
    """"its remaining Scud missiles", "their weapons", "its nuclear weapons programme": the actor's own arms."""
    if obj is None:
        return False
    head = _content_head(obj)
    words = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "compound"}
    return bool(words & lex["disarmed_weapons"]) and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in head.children)


DISARMING = Sense("RETREAT", "disarm", "0873")


def _attack_agent(verb: Token, lex: dict) -> Optional[Token]:
    """Who attacked, named by the attack a casualty verb was suffered in ("killed in police firing",
    "died in an Israeli air strike") or by a time clause's attacker ("died when police fired on a mob")."""
    for noun in _prep_objects(verb, ["in", "during", "by"]):
        lemma = noun.lemma_.lower()
        if getattr(lex["nouns"].get(lemma), "type", None) == "ASSAULT" or lemma in lex["attack_nouns"]:
            agent = _noun_agent(noun)
            if agent is not None:
                return agent
        if noun.lemma_.lower() in FORCE_NOUNS and any(c.dep_ == "acl" and c.lemma_.lower() in lex["attack_verbs"]
                                                      for c in noun.children):
            return noun  # the parser's reading of "in police firing": "police" with "firing" hung on it
    for clause in _children(verb, "advcl"):
        if any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in clause.children) \
                and clause.lemma_.lower() in lex["attack_verbs"]:
            subject, passive = _subject(clause)
            if subject is not None and not passive:
                return subject
    return None


def _own_wish(verb: Token, lex: dict) -> bool:
    """"wants to thank", "seeking to demonstrate": a wish whose complement has no subject of its own."""
    return verb.lemma_.lower() in lex["self_wishes"] and any(not _children(x, *SUBJ) for x in _children(verb, "xcomp"))


STIGMATISING = {"brand", "label", "stigmatise", "stigmatize"}
NAMING_VERBS = {"call", "brand", "label", "dub", "term", "describe", "denounce", "condemn", "characterize",
                "characterise"}


def _naming(call: Token) -> list:
    """The name a naming "call" gives ("called Munero a ruffian", "a group called X", "described the detention as
    illegal"), else []."""
    names = [c for c in call.children if c.dep_ in ("oprd", "attr")
             or c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    names += [g for p in call.children if p.dep_ == "prep" and p.lower_ == "as"
              for g in p.children if g.dep_ in ("pobj", "amod", "acomp") and g.pos_ in ("NOUN", "ADJ")]
    if not names and call.dep_ == "acl" and call.tag_ == "VBN":
        names = [c for c in call.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")]
    return names


def _describes_participant(cand: Candidate) -> bool:
    verb = cand.trigger  # (forces deployed somewhere are the news themselves: "riot police deployed in Lagos")
    if cand.nominal or _agent(verb) is not None:
        return False
    # "Soltan, who had been held in a military prison": what had been done to someone is their background
    earlier = verb.dep_ == "relcl" and _children(verb, "auxpass") and any(
        a.dep_ == "aux" and a.lower_ == "had" for a in verb.children)
    return earlier or verb.dep_ == "acl" and verb.tag_ == "VBN" and cand.sense.type != "MOBILIZE"


def _actual_sides(cand: Candidate, lex: dict) -> Candidate:
    """The actors a verb's act is between, where the parse's subject and object are not them: the recipient
    of a giving verb ("delivered tanks to Ukraine"), the partner of a trip made for talks ("arrived in Riyadh
    for talks with X"), the one who feels a feeling ("I am dismayed by the leaks"), and the author of a
    statement or decision that carries the act ("parties issued statements supporting X")."""
    verb = cand.trigger
    suspect = _suspect_of(verb)
    if suspect is not None and not cand.nominal:
        # "two Libyans suspected of blowing up a Pan Am jet": the suspects are who (allegedly) did it
        obj = _object(verb)
        cand = replace(cand, source=suspect, target=obj if obj is not None and obj.i != suspect.i else None)
    src = cand.source
    if src is not None and verb.dep_ == "acl" and src.i == verb.head.i and src.lemma_.lower() in lex["abstract"] \
            and src.dep_ == "dobj":
        author, passive = _subject(src.head)
        cand = replace(cand, source=_agent(src.head) if passive else author)
    if verb.lemma_.lower() in lex["experiencer_verbs"] and _agent(verb) is not None:
        feeler, head = next((c for c in verb.children if c.dep_ in PASS_SUBJ), None), verb
        while feeler is None and head.dep_ in ("conj", "acomp") and head.head is not head:
            head = head.head  # "I am shocked and dismayed by ...": the subject of "am"
            feeler = next((c for c in head.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ), None)
        if feeler is not None:
            cand = replace(cand, source=feeler, target=_agent(verb))
    if cand.sense.type in ("REQUEST", "ACCUSE") and _object(verb) is None:
        # "demanded that Russia release the reporter": who is asked is the subject of the demanded clause;
        # "charged that Colombia was harbouring mercenaries": who is accused, of the alleged one
        asked = [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in SUBJ]
        if not asked and (verb.dep_ in ("parataxis", "ccomp") or _trailing_report(verb)) and verb.i > verb.head.i \
                and verb.head.pos_ in ("VERB", "AUX") and verb.head.lemma_.lower() not in lex["reporting"]:
            # "Bhutto salted away $100 million, the anti-corruption chief alleged": the clause spoken about
            asked = [g for g in verb.head.children if g.dep_ in SUBJ]
        if asked and asked[0].pos_ == "NOUN" and _by_objects(asked[0]):
            asked = _by_objects(asked[0])  # "bribe-taking by customs officers has cost ..., the opposition charged"
        if asked and asked[0].pos_ in ("PROPN", "NOUN") and (cand.source is None or asked[0].i != cand.source.i):
            cand = replace(cand, target=asked[0])
    if cand.target is None and not cand.nominal and verb.dep_ in ("advcl", "xcomp") and is_infinitive(verb) \
            and (cand.sense.speech or cand.sense.type in ("ACCUSE", "REQUEST", "PROTEST")):
        # "summoned the UK envoy to complain about ...", "called Erdogan to urge restraint": the one summoned
        # or called is whom the complaint is made to
        addressed = [o for o in _children(verb.head, "dobj") if o.pos_ in ("NOUN", "PROPN")]
        if addressed and (cand.source is None or addressed[0].i != cand.source.i):
            cand = replace(cand, target=addressed[0])
    if cand.sense.mode == "deport":
        return cand  # "returned 4,000 Hmong to Laos": the deported are the target, not where they are sent
    other = _recipient(verb, lex) or (_meeting_partner(verb, lex) if cand.sense.type == "CONSULT" else None)
    if other is None or (cand.source is not None and other.i == cand.source.i):
        return cand
    return replace(cand, target=other)


SUSPECT_PARTICIPLES = {"suspect", "accuse", "charge", "convict", "blame", "wanted"}


def _suspect_of(verb: Token) -> Optional[Token]:
    """The noun a participle like "suspected of" / "charged with" describes, when `verb` is what it is
    suspected of ("the men suspected of bombing ..."), else None."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "with", "for", "in"):
        return None
    part = verb.head.head
    if part.lemma_.lower() not in SUSPECT_PARTICIPLES or part.dep_ not in ("acl", "amod", "relcl"):
        return None
    return part.head if part.head.pos_ in ("NOUN", "PROPN", "PRON") else None


def _recipient(verb: Token, lex: dict) -> Optional[Token]:
    """Whom a moved thing goes to: the "to" phrase or the indirect object of a giving verb with a theme."""
    if verb.lemma_.lower() not in lex["recipient_verbs"]:
        return None
    obj = _object(verb)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    if obj is None and not passive and not datives:
        return None  # "returned to Moscow", "turned to Togo": no thing moved
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "over")]
    into = ["to", "over"] if verb.lemma_.lower() in lex["dropping_verbs"] else ["to"]
    found = datives + [o for t in [verb, *particles] for o in _prep_objects(t, into) if o.lower_ not in TIME_WORDS]
    # ("had given back to the Congo a convoy": the "to" phrase may hang on the particle)
    if not found and obj is not None:
        # "sent supplies and personnel such as doctors to Nepal": the parser hung the "to" phrase on the object
        found = [o for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "to" for o in t.children
                 if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")]
    return found[0] if found else None


def _meeting_partner(verb: Token, lex: dict) -> Optional[Token]:
    """The other side of a trip made for talks: "flew to Pyongyang for talks with Kim", "... to meet Kim"."""
    for noun in _prep_objects(verb, ["for"]):
        if noun.lemma_.lower() in lex["meeting_nouns"]:
            partners = _prep_objects(noun, ["with"])
            if partners:
                return partners[0]
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "meet":
            objs = _children(c, "dobj") or _prep_objects(c, ["with"])
            if objs:
                return objs[0]
    return None


def _reciprocal_subject(verb: Token) -> bool:
    """"Putin and Erdogan discussed …", "the two ministers conferred": the subject names both sides."""
    src, passive = _subject(verb)
    return src is not None and not passive and (bool(src.conjuncts) or src.tag_ in ("NNS", "NNPS"))


def _no_event_object(verb: Token, lex: dict, any_verb: bool = True) -> bool:
    """A verb + object pair the lexicon lists as no event ("sacked the army chief"; `no_event_objects`); with
    `any_verb` also the objects no verb makes an event of ("held a news conference")."""
    objects = lex["no_event_objects"].get(verb.lemma_.lower(), set()) | (
        lex["no_event_objects"].get("*", set()) if any_verb else set())
    if not objects:
        return False
    args = _children(verb, "dobj", "obj", "nsubjpass") + _children(verb, "xcomp")  # "declined to comment"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" or verb.dep_ == "relcl" and not _children(verb, "dobj", "obj"):
        args.append(verb.head)  # "the bill passed by parliament", "two officers they had held since March"
    if not _children(verb, "dobj", "obj") and verb.lemma_.lower() in lex["no_event_objects"]:
        # "released figures showing unemployment fell": the parser made the object the subject of a clause
        args += [s_ for c in _children(verb, "ccomp") for s_ in _children(c, "nsubj")]
    args = [_content_head(o) for o in args]  # "staged a number of celebrations"
    return any(o.lemma_.lower() in objects or ("@GPE" in objects and o.ent_type_ == "GPE")
               or ("signal" in objects and o.lemma_.lower() == "message" and _message_is_a_stance(o)) for o in args)


def foreseen_danger(verb: Token, lex: dict) -> bool:
    """"Warned of rising malnutrition", "warned of a humanitarian catastrophe": a danger foreseen (CAMEO 012,
    pessimism), no threat; "warned of reprisals" or "warned that it would retaliate" is one."""
    if verb.lemma_.lower() not in THREATENING_SPEECH:
        return False
    dangers = lex["foreseen_dangers"]
    if any(_content_head(o).lemma_.lower() in dangers for o in _prep_objects(verb, ["of", "about"])):
        return not _children(verb, "ccomp")
    # "warned that thousands faced starvation", "warned that famine loomed": the content clause names a danger;
    # "warned that the fighting threatened the stability of the peninsula": an event, not an actor, endangers
    return any(_content_head(a).lemma_.lower() in dangers
               for clause in _children(verb, "ccomp") for a in _children(clause, "nsubj", "dobj", "attr")) or any(
        s_.pos_ == "NOUN" and not s_.ent_type_ and _noun_lemma(s_, lex) in lex["nouns"]
        for clause in _children(verb, "ccomp") for s_ in _children(clause, "nsubj"))


THREATENING_SPEECH = {"warn", "caution"}


def _message_is_a_stance(message: Token) -> bool:
    """"a very clear and decisive message that this is not acceptable": a message judged by its firmness or
    given a content clause is a figure of speech for a stance (like "a signal"), not a contact."""
    return any(c.dep_ in ("acl", "ccomp") or c.dep_ == "amod" and c.lemma_.lower() in FIRM_WORDS
               for c in message.children)


FIRM_WORDS = {"clear", "strong", "firm", "decisive", "tough", "unambiguous", "unequivocal", "powerful", "stern"}


def _noun_lemma(tok: Token, lex: dict) -> str:
    """The event noun's lemma; a capitalised plural the tagger took for a name after a dateline ("JAKARTA (AP) -
    Riots broke out") is read as the common noun it is."""
    lemma = tok.lemma_.lower()
    if lemma in lex["nouns"] or tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title:
        return lemma
    for plural, singular in (("ies", "y"), ("es", ""), ("s", "")):
        if lemma.endswith(plural) and lemma[: -len(plural)] + singular in lex["nouns"]:
            return lemma[: -len(plural)] + singular
    return lemma


def _infinitive_noun(tok: Token, lex: dict) -> bool:
    """"vowed to storm UNITA's strongholds": a verb the tagger read as a noun, with "to" and an object of its own."""
    return tok.pos_ == "NOUN" and tok.dep_ == "xcomp" and is_infinitive(tok) and bool(_children(tok, "dobj")) \
        and tok.lemma_.lower() in lex["verbs"]


def _noun_candidate(tok: Token, lex: dict, lemma: Optional[str] = None) -> Optional[Candidate]:
    cand = _noun_reading(tok, lex, lemma)
    if cand is not None and cand.sense.objects and (
            cand.target is None or not _object_words([cand.target]) & set(cand.sense.objects)):
        return None  # "the search for the gunman" is an investigation, "the search for survivors" is not
    return cand


ACTOR_ENTS = ("GPE", "ORG", "NORP", "PERSON")


def _actor_phrase(child: Token, modifiers: tuple) -> bool:
    """A "prep@actor" modifier: the preposition with a named actor ("its call *on the United States* to end
    ..."), not a date ("the call on Monday")."""
    return child.dep_ == "prep" and f"{child.lower_}@actor" in modifiers and any(
        o.ent_type_ in ACTOR_ENTS for o in _children(child, "pobj"))


def _money_given(noun: Token) -> bool:
    """"€45m support", "$45 million in support": an amount of money on the noun, or the noun in one."""
    def money(t: Token) -> bool:
        return any(w.ent_type_ == "MONEY" or w.tag_ == "$" for w in t.subtree)
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "nummod", "nmod", "quantmod", "amod")]
    carrier = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    return any(money(c) for c in modifiers) or (carrier is not None and carrier.ent_type_ == "MONEY")


OFFICIAL_COMPLAINT = Sense("ACCUSE", "disapprove", "114")
PHONE_CALL = Sense("CONSULT", "phone", "040")
AMOUNT_NOUNS = {"million", "billion", "trillion", "dollar", "euro", "pound", "yen", "worth", "tonne", "ton", "amount", "sum"}
WON_FROM_OTHERS = {"SUPPORT", "AID", "AGREE"}  # what one wins is given by others: praise, aid, a promise
IMPOSED_ON_PLACES = {"curfew", "martial-law"}  # "a curfew was imposed on the town": a record without the authority named
UNATTENDED_TYPES = {"PROTEST", "ASSAULT", "COERCE", "MOBILIZE"}  # worth a record with no actor named: what, where, when


def _happening(noun: Token, verb: Token, sense: Sense, patient: Optional[Token], poss: list) -> Optional[Candidate]:
    """An event noun said to happen ("riots broke out in Jakarta", "clashes erupted in Hebron between Israeli troops
    and stone-throwers", "consultations between the foreign ministers of Jordan and Syria took place"): the event is
    the clause's own, anchored on its verb (so "will take place" is future). The sides are a "between" pair (on the
    noun or the verb), a "by" phrase or a named possessor; a protest or an attack needs none, a clash does."""
    pair = [o for o in _prep_objects(noun, ["between"]) + _prep_objects(verb, ["between"]) if o.conjuncts] or [
        inner for o in _prep_objects(noun, ["between"]) + _prep_objects(verb, ["between"])
        for inner in _prep_objects(o, ["of"]) if inner.conjuncts]  # "the foreign ministers of Jordan and Syria"
    if pair:
        return Candidate(noun, verb, sense, pair[0], None, light_modality="asserted", nominal=True)
    mutual = [o for o in _prep_objects(noun, ["between"]) + _prep_objects(verb, ["between"]) if o.tag_ == "NNS"]
    if mutual:  # "fighting broke out between rival militias": the militias fight
        return Candidate(noun, verb, sense, mutual[0], None, light_modality="asserted", nominal=True)
    staged = [a for a in _staged_by(noun, lexicon()) if a.head.head.lemma_.lower() in STAGING]  # ("a strike called
    # by opposition parties paralysed Dhaka"; not "a treaty signed by Peru and Ecuador ended ...": the signing is coded)
    agents = _by_objects(noun) + staged + [p for p in poss if p.ent_type_ in ACTOR_ENTS] + (
        _prep_objects(noun, ["of"]) if sense.of_agent else []) + (  # "the withdrawal of Syrian troops ended ..."
        _prep_objects(noun, ["from"]) + _prep_objects(verb, ["from"]) if verb.lemma_.lower() == "come" else [])
    # ("sharp criticism of the vote came from OSCE monitors": who it came from made it)
    if agents or sense.type in UNATTENDED_TYPES and noun.lemma_.lower() not in lexicon()["mutual_objects"]:
        # (a clash needs its sides: "clashes erupted after the match")
        return Candidate(noun, verb, sense, agents[0] if agents else None, patient, light_modality="asserted",
                         nominal=True, unattended=not agents)
    return None


def noun_sense(tok: Token, lex: dict, lemma: Optional[str] = None) -> Optional[Sense]:
    """The sense the lexicon gives an event noun with its modifiers: "a military strike" is an attack, "a hunger
    strike" a fast, "a general strike" a walk-out. None for a noun the lexicon does not know."""
    lemma = lemma or _noun_lemma(tok, lex)
    for words, modified in lex["noun_modifier_senses"].get(lemma, ()):
        if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in words for c in tok.children) \
                or "@MONEY" in words and _money_given(tok):
            return modified
    return lex["nouns"].get(lemma)


def _noun_reading(tok: Token, lex: dict, lemma: Optional[str] = None) -> Optional[Candidate]:
    lemma = lemma or _noun_lemma(tok, lex)
    sense = noun_sense(tok, lex, lemma)
    if sense is None:
        return None  # a noun that is an event only with its modifier ("emergency rule"), here without it
    carrier = tok.head if tok.dep_ == "dobj" else None  # "put pressure *on Israel*": the phrase hangs on the verb
    if sense.needs_modifier and not any(c.lemma_.lower() in sense.needs_modifier or _actor_phrase(c, sense.needs_modifier)
                                        or c.dep_ in ("advcl", "acl") and any(  # "calls for Milosevic to step down"
                                            m.dep_ == "mark" and m.lower_ in sense.needs_modifier for m in c.children)
                                        for c in tok.children) \
            and not (carrier is not None and any(_actor_phrase(c, sense.needs_modifier) for c in carrier.children)):
        return None
    if tok.dep_ == "compound":
        return None  # "arrest warrant": the head noun decides
    patient = None
    if sense.patient_preps:
        objs = [o for o in _prep_objects(tok, sense.patient_preps) if o.ent_type_ not in ("DATE", "TIME")]
        patient = objs[0] if objs else None
        if patient is None and "for" in sense.patient_preps:  # "calls for Milosevic to step down": Milosevic
            patient = next((s_ for c in tok.children if c.dep_ in ("advcl", "acl") and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for s_ in _children(c, *SUBJ)), None)
    poss = [c for c in tok.children if c.dep_ == "poss"]
    of = _prep_objects(tok, ["of"])
    if of and of[0].lemma_.lower() in sense.not_objects:
        return None  # "the military's seizure of power": a coup, not a seizure of property
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
    if tok.dep_ == "pobj" and via_prep is not None and via_prep.lower_ == "of" and gov.lemma_.lower() in DURATIONS \
            and (gov.dep_ == "dobj" and gov.head.lemma_.lower() == "enter"
                 or gov.dep_ == "pobj" and gov.head.lower_ == "in" and gov.head.head.lemma_.lower() == "be"):
        # "entered the 40th day of a hunger strike", "were in the second week of a hunger strike": they strike on
        via_prep, gov = None, gov.head if gov.dep_ == "dobj" else gov.head.head
    if tok.dep_ == "pobj" and via_prep is not None and via_prep.lower_ == "in" and gov.dep_ == "dobj" \
            and (gov.pos_ == "NUM" or gov.lemma_.lower() in AMOUNT_NOUNS):
        via_prep, gov = None, gov.head  # "announced $33 million in aid to Mozambique": the amount stands in
    gl, gp = gov.lemma_.lower(), _phrasal(gov)
    if via_prep is not None and via_prep.lower_ == "under" and sense.type == "AGREE":
        return None  # "demobilising fighters under the Lusaka accord": the accord is the frame, not agreed now
    if via_prep is not None and via_prep.lower_ == "for" and gov.pos_ == "NOUN" and gl in lex["nouns"] \
            and lex["nouns"][gl].type == "REQUEST":
        return None  # "a call by Iraq's parliament for the withdrawal of coalition forces": asked for, the request's
    expected_at = gov if gl == "expect" and _children(gov, "auxpass") or gl == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() == "due" for c in gov.children) else gov.head if gl == "due" else None
    if via_prep is not None and via_prep.lower_ == "for" and expected_at is not None and sense.type == "CONSULT":
        # "Mbeki is due in Kinshasa on Friday for talks with Kabila", "is expected in Damascus for talks with
        # Assad": a planned meeting of the subject's
        visitor = _subject(expected_at)[0]
        if visitor is not None:
            return Candidate(tok, expected_at, sense, visitor, _meeting_partner(tok, lex) or patient,
                             light_modality="future", nominal=True)
    if via_prep is not None and via_prep.lower_ == "for" and gl == "responsible" and gov.dep_ in ("acomp", "amod") \
            and sense.type in ("ASSAULT", "COERCE"):
        # "Kony and the LRA are responsible for mass killings", "the two sides responsible for mass killings" (a
        # deed one is blamed for; "responsible for the talks" is a duty)
        author = _subject(gov.head)[0] if gov.dep_ == "acomp" else gov.head
        if author is not None and not _children(gov.head, "neg") and not _children(gov, "neg"):
            return Candidate(tok, gov.head if gov.dep_ == "acomp" else tok, sense, author, patient,
                             light_modality="asserted", nominal=True)
    if tok.dep_ == "nsubj" and gov.pos_ == "VERB" and (gl in lex["happening_verbs"] or gp in lex["happening_verbs"]) \
            and (gl != "take" or any(c.lemma_.lower() == "place" for c in gov.children)):
        return _happening(tok, gov, sense, patient, poss)
    if sense.type == "PROTEST" and gov.pos_ == "NOUN" and gl in lex["document_nouns"] and gov.dep_ in ("dobj", "nsubjpass") \
            and (via_prep is not None and via_prep.lower_ == "of" or tok.dep_ == "compound"):
        # "sent letters of protest to Reno", "handed a protest note to the ambassador": a formal complaint (CAMEO 114)
        sender, passive = _subject(gov.head)
        addressee = _prep_objects(gov.head, ["to", "with"]) + _prep_objects(gov, ["to"]) + _children(gov.head, "dative")
        return Candidate(tok, gov.head, OFFICIAL_COMPLAINT, _agent(gov.head) if passive else sender,
                         addressee[0] if addressee else None, light_modality="asserted", nominal=True)
    if via_prep is not None and via_prep.lower_ == "of" and gov.pos_ == "NOUN" and gl in lex["declaring_nouns"]:
        declarer = [p for p in gov.children if p.dep_ == "poss" and _actor_like(p)] + _by_objects(gov)
        if declarer:  # "Hamas's announcement of a six-month lull": Hamas declares it
            return Candidate(tok, tok, sense, declarer[0], patient, light_modality="asserted", nominal=True)
    light = None
    if (tok.dep_ in ("dobj", "nsubjpass", "conj") or tok.dep_ == "pobj" and via_prep is None) \
            and (gov.pos_ == "VERB" or gl == "be") and gl in lex["light"] and via_prep is None \
            and not any(need <= _clause_words(gov) for need, _ in lex["idioms"].get(gl, ())):
        light = lex["light"][gl]  # (not in an idiom: "laid the massacre at the door of the militias" blames them)
        if gl == "win" and sense.type not in WON_FROM_OTHERS:
            light = "asserted"  # "won the battle for the town": the winner fought it (but "won praise from X")
    elif via_prep is not None and via_prep.lower_ == "under" and gov.pos_ == "VERB" and gl == "come" \
            and sense.type in ("ASSAULT", "COERCE", "ACCUSE"):
        light = "undergo"  # "the motorcade came under fire", "came under attack", "came under heavy criticism"
    elif via_prep is not None and via_prep.lower_ == "in" and gov.pos_ == "VERB" and (
            gl == "participate" or gl == "take" and any(c.lemma_.lower() == "part" for c in gov.children)):
        light = "asserted"  # "took part in NATO manoeuvres": the subject joins the event the noun names
    elif via_prep is not None and via_prep.lower_ == "in" and gov.pos_ == "VERB" and lemma in lex["in_phrase_acts"]:
        light = "asserted"  # "pressed ahead with the work in open defiance of the IAEA": the subject defies it
    elif via_prep is not None and via_prep.lower_ == "on" and gov.pos_ in ("VERB", "AUX") and (
            gl == "go" and sense.type in ("PROTEST", "ASSAULT") or gl in ("be", "remain", "stay") and sense.type == "PROTEST"):
        light = "asserted"  # "dock workers went on strike", "have been on hunger strike since May"
    elif via_prep is None and tok.dep_ == "dobj" and gl == "have" and gov.pos_ in ("VERB", "AUX") \
            and lemma in lex["had_meetings"]:
        light = "asserted"  # "Arafat had talks with Peres", "had a telephone conversation with Yeltsin"
    elif via_prep is None and tok.dep_ == "dobj" and gl in lex["surviving_verbs"] and sense.type in ("ASSAULT", "COERCE"):
        light = "undergo"  # "survived an assassination attempt": the subject was the target
    elif via_prep is not None and via_prep.lower_ == "under" and gl in ("come", "fall", "be", "remain") and via_prep.head.i == gov.i:
        light = "undergo"  # "the convoy came under attack from rebels", "came under pressure from Washington"
    elif via_prep is not None and gov.pos_ == "VERB" and ((gp or "") in lex["negating"] or gl in lex["negating"]) \
            and via_prep.lower_ not in BACKGROUND_PREPS - {"from"} \
            and not (via_prep.lower_ == "in" and _children(gov, "dobj")):  # "held off on sanctions", not "after
        # protests" nor "stopped work in a strike" (what stopped is the work)
        light = "negated"
    if light == "asserted" and tok.dep_ == "dobj" and gl in ("put", "place") and _prep_objects(gov, ["on"]) \
            and {o.lower_ for o in _prep_objects(gov, ["on"])} & lex["halting_objects"]:
        light = "negated"  # "put its mediation on hold": the mediation stopped
    if light is not None and tok.dep_ == "dobj" and _no_event_object(gov, lex):
        return None  # "claimed partial credit for the efforts": the lexicon says this verb and object are no event
    if light is not None:
        src, passive = _subject(gov)
        if passive:
            src = _agent(gov)
            if src is None and sense.poss_agent and not sense.patient:
                src = _noun_agent(tok)  # "Israel's withdrawal from Lebanon was completed": Israel withdrew
        pair = [o for o in _prep_objects(tok, ["between"]) if o.conjuncts]
        if src is None and pair and sense.type in SYMMETRIC | {"ASSAULT"}:
            # "talks between Israel and Syria were held": the conjuncts pair up, as without a light verb
            return Candidate(tok, gov, sense, pair[0], None, light_modality=light, nominal=True)
        tgt = patient
        if tgt is None and (sense.patient or sense.patient_preps):
            tgt = [o for o in _prep_objects(gov, sense.patient_preps or ("on",)) if o.ent_type_ not in ("DATE", "TIME")]
            tgt = tgt[0] if tgt else None  # (not "on Sunday")
        if tgt is None and gl in ("put", "place") and _object(gov) is not None:
            tgt = _object(gov)
        if tgt is None and tok.dep_ == "dobj":  # "gave the government a 48-hour ultimatum": to whom it was given
            tgt = next((d for d in _children(gov, "dative") if d.pos_ in ("NOUN", "PROPN")), None)
            if tgt is None and passive:  # "the former president was granted asylum by Panama": the recipient
                tgt = next(iter(_children(gov, "nsubjpass")), None)
        if sense.type == "CONSULT":  # "paid a visit to Moscow for talks with Putin": whom the trip was for
            tgt = _meeting_partner(tok, lex) or _meeting_partner(gov, lex) or tgt
        if sense.poss_agent == "named" and any(p.lower_ in ("his", "her") or p.ent_type_ == "PERSON" for p in poss) \
                and tgt is not None and tgt.ent_type_ == "PERSON":
            return None  # "was continuing his attack against Putin": one person's words against another
        if light == "undergo":  # "X faces charges", "the town suffered an attack by rebels": X is the target
            by = [b for b in _by_objects(tok) + _prep_objects(tok, ["from"]) + _prep_objects(gov, ["from"])
                  if b.ent_type_ not in ("DATE", "TIME")]  # ("drew criticism *from Washington*": the parser's choice)
            return Candidate(tok, gov, sense, by[0] if by else _agent(gov) if passive else None, src,
                             light_modality="asserted", nominal=True)
        if light == "request":  # "Erdogan has long sought an apology": Erdogan requests, someone else would act
            # ("sought Israel's agreement to a freeze", "sought an apology from Japan": the one asked)
            asked = [p for p in poss if _actor_like(p)] + [o for o in _prep_objects(tok, ["from"]) + _prep_objects(gov, ["from"])
                                                          if _actor_like(o)]
            return Candidate(tok, gov, Sense("REQUEST", None, "100", confidence=sense.confidence), src,
                             asked[0] if asked else None, light_modality="asserted", nominal=True)
        if light == "offer" and ANNOUNCED_AS.get(sense.type) in ("AGREE", "CONCEDE"):
            # "Russia offered humanitarian aid": an offer is an expressed intent (AGREE, CAMEO 03x); "offered a
            # truce" a promised concession (CONCEDE)
            return Candidate(tok, gov, Sense(ANNOUNCED_AS[sense.type], None, lex["future_cameo"].get(sense.type, "030"),
                                             confidence=sense.confidence), src, tgt, light_modality="asserted", nominal=True)
        return Candidate(tok, gov, sense, src, tgt, light_modality="asserted" if light == "offer" else light, nominal=True,
                         unattended=passive and src is None and sense.mode in IMPOSED_ON_PLACES)
    # no light verb: a patient noun with its patient stated ("the arrest of X", "X's detention",
    # "a phone call to Erdogan")
    if sense.patient and of and any(p.ent_type_ in ("GPE", "NORP", "ORG") for p in poss):
        return Candidate(tok, tok, sense, poss[0], of[0], nominal=True)  # "Russia's arrest of Navalny": Russia arrests
    if sense.patient and (of or poss or patient is not None):
        by = [b for b in _by_objects(tok) + (_by_objects(of[0]) if of else []) + _staged_by(tok, lex)
              if b.ent_type_ not in ("DATE", "TIME") and b.lower_ not in TIME_WORDS]
        if by and (of or patient is not None):  # "condemned the kidnapping of two aid workers by militants"
            return Candidate(tok, tok, sense, by[0], (of or [patient])[0], nominal=True)
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" or tok.dep_ == "pobj" and (
                tok.head.lower_ in BACKGROUND_PREPS | {"about"} or tok.head.head.pos_ == "NOUN"):
            return None  # "protested the arrest of their leader", "after Navalny's arrest", "worried about his
            # kidnapping", "their response to the arrest of Navalny": background, no actor
        return Candidate(tok, tok, sense, None, (of or poss or [patient])[0], nominal=True)
    # an agent noun with its agent in a "by" phrase ("the protest by Hong Kong residents", "a strike called
    # by opposition parties", "the threat by Ankara to launch ...")
    if not sense.patient:
        # ("allegations of torture by police": after an "of" phrase naming an act, "by" names who did that act;
        # otherwise this one's: "the call-up of 15,000 reservists by Eritrea", "the signing of the Lusaka Protocol
        # by the government and UNITA"; a participle's "by" names who staged the noun's act)
        by = ([] if of and _noun_lemma(of[0], lex) in lex["nouns"] else _by_objects(tok)) or _staged_by(tok, lex)
        by = [b for b in by if b.lower_ not in TIME_WORDS and b.ent_type_ not in ("DATE", "TIME")]
        background = tok.dep_ == "pobj" and tok.head.lower_ in BACKGROUND_PREPS  # "resigned after allegations by ..."
        if by and not background:
            return Candidate(tok, tok, sense, by[0], patient, nominal=True)
        # "nationwide protests with tens of thousands of demonstrators storming the streets": the crowd protests
        crowd = _prep_objects(tok, ["with"]) + [
            g for p_ in tok.children if p_.dep_ == "prep" and p_.lower_ == "with"
            for pc in p_.children if pc.dep_ == "pcomp" for g in pc.children if g.dep_ in SUBJ]
        crowd = [c for c in crowd if c.tag_ == "NNS" or any(o.tag_ == "NNS" for o in _prep_objects(c, ["of"]))]
        if sense.type == "PROTEST" and crowd and not background:
            return Candidate(tok, tok, sense, crowd[0], patient, nominal=True)
        # "talks between Belgrade and Pristina", "a truce between Israel and Hezbollah": both sides named
        between = [o for o in _prep_objects(tok, ["between"]) if o.conjuncts]
        if between and not background:
            return Candidate(tok, tok, sense, between[0], None, nominal=True)  # the conjuncts pair up
        # "Azerbaijan's blockade", "Moscow's crackdown": a named possessor acts
        named_poss = [p for p in poss if p.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and p.lower_ not in TIME_WORDS
                      and not _names_a_day(p)]
        if named_poss and not background:
            return Candidate(tok, tok, sense, named_poss[0], patient or (of[0] if of else None), nominal=True)
    if sense.of_agent and of:  # "accepted the resignation of the interior minister"
        return Candidate(tok, tok, sense, of[0], patient, nominal=True)
    # an agent noun with its agent stated ("his planned trip", "Russia's crackdown", "an Israeli raid",
    # "U.S. missile attacks on ...")
    if not sense.patient and sense.poss_agent:
        agent = _noun_agent(tok)
        if agent is not None and (sense.poss_agent != "named" or agent.ent_type_ in ("GPE", "NORP", "ORG")):
            return Candidate(tok, tok, sense, agent, patient, nominal=True)
    # "after a meeting with King Hussein, Bush said": a meeting in a time phrase is the clause subject's
    if lemma in lex["meeting_nouns"] and patient is not None and via_prep is not None \
            and via_prep.lower_ in ("after", "during", "following", "before", "at") and gov.pos_ in ("VERB", "AUX"):
        src, passive = _subject(gov)
        if src is not None and not passive:
            return Candidate(tok, tok, sense, src, patient, nominal=True)
    return None


def _noun_agent(noun: Token) -> Optional[Token]:
    """Who an event noun says acted: its possessor, or a nationality or named-state modifier ("Israeli raid",
    "U.S. missile attacks")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in TIME_WORDS and c.ent_type_ not in ("DATE", "TIME"):
            return c
    for c in noun.children:
        if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"):
            return c
    forces = [o for o in _prep_objects(noun, ["of"]) if o.lemma_.lower() in FORCE_NOUNS]
    if forces:
        return forces[0]  # "the buildup of Azerbaijani forces", "a deployment of troops"
    forces = [c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in FORCE_NOUNS]
    if forces:
        return forces[0]  # "killed in police firing", "army shelling"
    # a named state or group as a modifier acts only where the phrase names a target elsewhere: "U.S. air raid
    # on Afghanistan", "NATO strikes on Serb positions"; "the Nairobi bombing" only says where
    if not _prep_objects(noun, ["on", "against"]):
        return None
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "NORP", "ORG"):
            return c
        if c.dep_ == "compound" and c.pos_ == "NOUN":  # "U.S. missile attacks": the state names the missile
            inner = [g for g in c.children if g.dep_ in ("compound", "amod") and g.ent_type_ in ("GPE", "NORP", "ORG")]
            if inner:
                return inner[0]
    return None


THREAT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}  # "would boycott the vote unless …" threatens too


# PLOVER: acts announced in the future tense are also the announcement's own type
# (PLOVER v0.8: "announcements of future retreats should be coded as CONCEDE", and a future concession stays one)
ANNOUNCED_AS = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
                "RETREAT": "CONCEDE", "CONCEDE": "CONCEDE",  # "will release the hostages" (CAMEO 035, intent to yield)
                "ASSAULT": "THREATEN", "SANCTION": "THREATEN", "COERCE": "THREATEN", "MOBILIZE": "THREATEN",
                "PROTEST": "THREATEN"}  # "the opposition said it would boycott the elections" (CAMEO 133)
# PLOVER v0.8 THREATEN 'restrict': threats of "boycotts, strikes, blockades"; a planned rally or march is no threat
THREATENING_PROTESTS = {"strike", "boycott", "obstruct"}


STAGING = {"call", "organize", "organise", "lead", "stage", "mount", "plan", "order", "announce", "lob", "hurl", "level",
           "make", "trade"}  # ("accusations lobbed by both sides")


BACKGROUND_PREPS = {"after", "before", "since", "following", "amid", "over", "despite", "during", "of", "from"}


DAY_NOUNS = {"day", "eve", "night", "week", "anniversary", "year", "festival", "holiday"}


def _names_a_day(poss: Token) -> bool:
    """"Valentine's Day protest": the possessor names a day, not an actor."""
    nxt = poss.doc[poss.i + 2] if poss.i + 2 < len(poss.doc) else None
    return nxt is not None and nxt.lower_ in DAY_NOUNS


def _staged_by(noun: Token, lex: dict) -> list:
    """Who a participle says staged the act: "a strike called by opposition parties", "the suspension of aid,
    announced by the State Department" (only a participle that stages it: not "sought by", whose agent seeks)."""
    return [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and (lex["light"].get(c.lemma_.lower()) == "asserted" or c.lemma_.lower() in STAGING)
            for a in _by_objects(c)]


def _by_objects(tok: Token) -> list:
    """Objects of "by" under a token (the parser labels it `agent` under participles, `prep` under nouns)."""
    return [g for b in tok.children if b.dep_ in ("agent", "prep") and b.lower_ == "by" for g in b.children
            if g.dep_ == "pobj"]


MOVING_FORCES = {"peacekeeper", "officer", "trooper", "personnel", "contingent"}  # who arrive somewhere as a force
FORCE_NOUNS = {"troop", "force", "soldier", "army", "navy", "militia", "police", "fighter", "unit", "battalion",
               "brigade", "division", "tank", "warship", "reservist", "paratrooper", "marine", "commando"}
