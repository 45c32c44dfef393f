"""Modality and attribution of an event: negated, hypothetical, future or asserted; who reports it;
whether it is only alleged."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .clause import CLAUSAL, REFUSING_TO, _children, _climb, _phrasal, _verb_sense, argument_span, is_infinitive
from .event_lexicon import Sense, lexicon


MODAL_HYP = {"could", "might", "may", "would", "should", "must", "can"}


MODAL_FUT = {"will", "shall", "'ll"}


OPEN_AUX = {"will", "would", "could", "may", "might", "shall", "should", "'ll", "must"}


def _open_decision(noun: Token) -> bool:
    """"the decision to impose sanctions will be taken next week": the governing verb leaves it open."""
    verb = noun.head
    return any(c.dep_ in ("aux", "auxpass", "neg") and c.lower_ in OPEN_AUX | {"not", "n't", "never"}
               for c in verb.children) or verb.lemma_.lower() in lexicon()["hypothetical"] | lexicon()["future"]


def modality_of(trigger: Token, anchor: Token) -> tuple[str, Optional[Token], bool]:
    """(modality, reporting verb if any, embedded-in-speech-act) for a trigger.

    `anchor` is the clause verb the event hangs on (the trigger itself for verbs, the light verb
    for nouns).
    """
    lex = lexicon()
    found = set()

    def local(tok: Token, own: bool = False):
        """`own`: the token's auxiliaries are the anchor's too (a coordinated verb: "would continue and ignore")."""
        auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if tok.tag_ == "VBN" and "have" in auxes and auxes & {"would", "could", "might"}:
            found.add("negated")  # "a resolution that would have condemned Israel": a counterfactual, not done
            return
        for c in tok.children:
            low = c.lower_
            if c.dep_ == "neg" or low in ("never", "no") and c.dep_ in ("neg", "det", "advmod"):
                found.add("negated")
            elif c.dep_ in ("aux", "auxpass") and low in MODAL_FUT:
                found.add("future")
            elif c.dep_ in ("aux", "auxpass") and low == "would" and (tok is anchor or own):
                found.add("would")  # future or conditional: decided once the reporting verb is known
            elif c.dep_ in ("aux", "auxpass") and low in MODAL_HYP:
                found.add("hypothetical")
            elif c.dep_ == "mark" and low in ("if", "unless", "whether"):
                found.add("hypothetical")
            elif c.dep_ == "mark" and low in ("until", "till", "before", "once") and (tok.tag_ in ("VBZ", "VBP", "VB") or any(
                    a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP") for a in tok.children)):
                found.add("hypothetical")  # "will protest until the minister resigns", "until their demands are met"
            elif c.dep_ == "poss" and tok.pos_ == "NOUN" and (c.lower_ == "tomorrow" or any(
                    g.lower_ in ("next", "coming") for g in c.children)):
                found.add("future")  # "next week's general strike", "tomorrow's rally"
            elif c.dep_ == "amod" and tok.pos_ == "NOUN":
                mod = c.lemma_.lower()
                if mod in ("plan", "planned", "upcoming", "scheduled", "forthcoming"):
                    found.add("future")
                elif mod in ("possible", "potential", "proposed", "propose", "threatened", "threaten"):
                    found.add("hypothetical")

    local(anchor)
    if anchor.i != trigger.i:
        local(trigger)
    found |= _modifier_modality(anchor, lex)
    if anchor.dep_ in ("acl", "ccomp") and anchor.head.lemma_.lower() in CLAIM_NOUNS and anchor.head.dep_ == "dobj" \
            and anchor.head.head.lemma_.lower() in DENYING:
        found.add("negated")  # "Damascus denied reports that it had put its troops on alert"
    if anchor.dep_ == "pcomp" and anchor.head.lower_ in ("on", "about", "over") and anchor.head.head.pos_ == "NOUN":
        found.add("hypothetical")  # "a dialogue with Baghdad on lifting the embargo": the topic, not done
    if anchor.dep_ == "advcl" and _content_of_object(anchor, lex):
        found.add("hypothetical")  # "ignored calls to release her": the parser hangs the call's content on the verb
    reporter = None
    embedded = False
    nominal_only = anchor.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN") and not is_infinitive(trigger)
    if nominal_only and anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            anchor.head.lemma_.lower() in lex["negating"] or (_phrasal(anchor.head) or "") in lex["negating"]):
        found.add("negated")  # "Netanyahu's visit was postponed", "the talks were cancelled", "Israel cancelled a
        # planned visit by ...", "called off the summit"
    if anchor.dep_ == "acl" and anchor.tag_ == "VBG" and anchor.head.dep_ in ("dobj", "nsubjpass") and (
            anchor.head.head.lemma_.lower() in lex["negating"] or (_phrasal(anchor.head.head) or "") in lex["negating"]):
        found.add("negated")  # "vetoed a resolution condemning the crackdown": the condemnation was not made
    if nominal_only and anchor.dep_ == "nsubjpass" and (anchor.head.lemma_.lower() in lex["hypothetical"] or (
            _verb_sense(anchor.head, lex) or NO_SENSE).type == "REQUEST"):
        found.add("hypothetical")  # "the release of the jailed editors was demanded by the CPJ": asked for, not done
    if nominal_only and anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() in lex["occurrence_verbs"] \
            and any(c.dep_ == "neg" for c in anchor.head.children):
        found.add("negated")  # "a planned march did not take place", "the talks did not go ahead"
    if nominal_only and anchor.dep_ == "pobj" and anchor.head.lower_ == "for" and anchor.head.head.pos_ == "VERB":
        # "Calls mounted for the resignation of the prime minister": the parser hangs the call's content on the verb
        called = [c for c in anchor.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        sense = lex["nouns"].get(called[0].lemma_.lower()) if called else None
        if sense is not None and sense.type == "REQUEST":
            found.add("hypothetical")
    prev = anchor
    for gov, dep in _climb(anchor):
        child, prev = prev, gov
        if nominal_only and dep not in ("dobj", "pobj", "prep", "conj"):
            break
        if dep in ("advcl", "acl") and is_infinitive(child) and any(c.dep_ == "mark" and c.lower_ == "for"
                                                                   for c in child.children):
            found.add("hypothetical")  # "calls for Milosevic to step down": wanted, not done
            break
        if dep == "advcl" and (any(c.dep_ == "mark" for c in child.children) or _past_when_clause(child)):
            break  # "After Russia arrested X, leaders threatened ...": a time clause, not the threat's content
        if dep == "advcl" and child.tag_ == "VBG" and (child.i < gov.i or child.doc[child.i - 1].text == ","):
            break  # "Bowing to demands from Washington, Israel cancelled the sale": a circumstance set off by a comma
        if dep == "advcl" and is_infinitive(child) and gov.lemma_.lower() not in REFUSING_TO \
                and (gov.lemma_.lower() in lex["negating"] or (_phrasal(gov) or "") in lex["negating"]):
            break  # "blocked the highway to protest against …": the purpose of blocking, not what was blocked
            # (but "declined on Monday to lift the embargo": the parser's advcl is what was declined)
        lemma = gov.lemma_.lower()
        phr = _phrasal(gov)
        if gov.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            if lemma in lex["reporting"] and dep in ("ccomp", "parataxis", "advcl"):
                reporter = gov
                break
            sense = _verb_sense(gov, lex)
            # a noun embeds only its content clause ("calls to free X"), not a phrase about something
            # ("pressure over the arrest of X")
            if sense and sense.speech and dep in (("acl", "ccomp", "xcomp") if gov.pos_ == "NOUN" else
                                                  ("xcomp", "ccomp", "dobj", "pcomp", "advcl", "prep")):
                embedded = True
                break
            if nominal_only:
                continue
            if dep == "conj":  # coordinated verbs share auxiliaries ("would continue and ignore"), not predicates
                local(gov, own=True)
                if found:
                    break
                continue
            if lemma in lex["open_to"] and gov.pos_ == "ADJ" and dep == "prep":
                found.add("hypothetical")  # "is open to meeting Trump again": willing, not done
                break
            if lemma in lex["not_hesitant"] and any(c.dep_ == "neg" for c in gov.children):
                found.add("hypothetical")  # "would not hesitate to use nuclear weapons": a readiness, not a refusal
                break
            if lemma in lex["negating"] or (phr or "") in lex["negating"]:
                found.add("negated")
            elif lemma in lex["hypothetical"]:
                found.add("hypothetical")
            elif lemma in lex["future"]:
                found.add("future")
            local(gov)
            for pred in gov.children:  # "it was premature to impose": the predicate adjective governs
                if pred.dep_ in ("acomp", "attr") and pred.i != anchor.i:
                    pl = pred.lemma_.lower()
                    if pl in lex["negating"]:
                        found.add("negated")
                    elif pl in lex["hypothetical"]:
                        found.add("hypothetical")
            if found:
                break
        if dep not in CLAUSAL and dep not in ("prep", "pobj", "dobj", "aux", "mark"):
            break
    if not found and prev is not anchor and prev.dep_ == "acl" and prev.head.pos_ == "NOUN":
        found |= _modifier_modality(prev, lex)  # "a U.S. plan to send marines to patrol the strait": not yet done
    if reporter is None and found:
        reporter = _reporter_above(anchor, lex)  # "he would be held if he is detained, the court said"
    if "would" in found:
        found.discard("would")
        # "the rebels said they would release three hostages": the reported "will", backshifted
        conditional = any(t.dep_ in ("mark", "prep") and t.lower_ in ("if", "unless") for t in anchor.subtree)  # "if and when": the parser may call "if" a preposition
        if reporter is not None and reporter.tag_ == "VBD" and not conditional:
            found.add("future")
        else:
            found.add("hypothetical")
    for m in ("negated", "hypothetical", "future"):
        if m in found:
            return m, reporter, embedded
    return "asserted", reporter, embedded


def _modifier_modality(clause: Token, lex: dict) -> set:
    """The modality an infinitival modifier of a noun gives its act."""
    if clause.dep_ == "acl" and is_infinitive(clause) and any(c.lower_ == "no" and c.dep_ == "det"
                                                               for c in clause.head.children):
        return {"negated"}  # "has no plans to pull its troops out", "no intention to attack"
    if clause.dep_ == "acl" and is_infinitive(clause) and clause.head.lemma_.lower() in lex["intended_heads"]:
        return {"future"}  # "announced its intention to join NATO": planned by the noun's owner
    if clause.dep_ in ("acl", "relcl") and is_infinitive(clause) and (
            clause.head.lemma_.lower() not in lex["decided_heads"] or _open_decision(clause.head)):
        return {"hypothetical"}  # infinitival modifier: "efforts to free the hostages" did not happen yet
        # (but "Israel's decision to expel the envoy" was taken, unless "the decision ... will be taken")
    return set()


def _content_of_object(clause: Token, lex: dict) -> bool:
    """An infinitive right after its governor's object noun that names a request or plan ("calls", "an
    ultimatum", "a plan") is that noun's content, wherever the parser attached it."""
    to = [c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"]
    that = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
    if that:  # "rallied behind the U.S. demand *that Iraq admit inspectors*": the demand's content
        nouns = [o for p in clause.head.children if p.dep_ == "prep" for o in p.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in lex["abstract"]]
        nouns += [o for o in clause.head.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in lex["abstract"]]
        return any(o.right_edge.i + 1 == that[0].i and getattr(lex["nouns"].get(o.lemma_.lower()), "type", None)
                   == "REQUEST" for o in nouns)  # (a request's content; a claim's is alleged, not asked for)
    if not to:
        return False
    objs = [o for o in clause.head.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in lex["abstract"]]
    doc = clause.doc
    # (a date between them does not count: "kept up the pressure on Italy *on Saturday* to hand over Ocalan")
    return any(all(doc[i].ent_type_ in ("DATE", "TIME") or doc[i].dep_ == "prep" and doc[i + 1].ent_type_ in
                   ("DATE", "TIME") for i in range(o.right_edge.i + 1, to[0].i)) for o in objs if o.i < to[0].i)


ALLEGING = {"allegedly", "reportedly", "purportedly", "supposedly"}
ALLEGING_REPORTS = {"allege", "claim"}  # a clause reported by these is a claim
NO_SENSE = Sense("NONE", None, None)
DENYING = {"deny", "reject", "dismiss", "refute", "rebut"}  # "denied reports that ...": the claimed act is denied


SUSPECTING = {"suspect", "allege", "accuse", "charge", "believe", "rumor", "rumour", "claim", "say", "report", "think"}


CLAIM_NOUNS = {"claim", "allegation", "accusation", "report", "rumor", "rumour", "suggestion", "speculation",
               "assertion", "charge", "suspicion", "fear", "belief", "notion", "impression"}


def is_alleged(trigger: Token, anchor: Token) -> bool:
    """'allegedly using', 'is suspected of calling', 'accused of killing', 'rejected claims that its troops
    had killed': a claim, not an established fact."""
    purpose_of = anchor.head if anchor.dep_ in ("xcomp", "advcl") else anchor  # ("allegedly using X to label Y")
    for tok in {trigger, anchor, purpose_of}:
        if any(c.lower_ in ALLEGING for c in tok.children):
            return True
    if anchor.dep_ in ("ccomp", "parataxis") and anchor.head.lemma_.lower() in ALLEGING_REPORTS:
        return True  # "soldiers tortured detainees, Amnesty alleged"
    if anchor.dep_ in ("acl", "ccomp") and anchor.head.lemma_.lower() in CLAIM_NOUNS \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in anchor.children):
        return True
    cur = anchor
    for _ in range(3):
        head = cur.head
        if head is cur:
            break
        if cur.dep_ in ("pcomp", "pobj", "prep", "xcomp", "ccomp") or head.pos_ == "ADP":
            if head.lemma_.lower() in SUSPECTING and (any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
                                                       or head.dep_ in ("acl", "amod")):  # "two men suspected of ..."
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


CONDITION_MARKS = {"if", "unless", "when", "once", "until", "whether"}


def _past_when_clause(verb: Token) -> bool:
    """"(could face jail for a term from 2014) when he was found guilty": a past-tense when-clause states what
    happened, whatever the clause it hangs on may or may not bring."""
    return any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children) and (
        verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in verb.children))


def _reporter_above(anchor, lex):
    """The reporting verb above a clause whose modality was settled lower down: conditions are part of
    what is reported, time clauses ("after Russia arrested X, leaders said") are not."""
    prev = anchor
    for gov, dep in _climb(anchor):
        child, prev = prev, gov
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ not in CONDITION_MARKS for c in child.children):
            return None
        if gov.lemma_.lower() in lex["reporting"] and dep in ("ccomp", "parataxis", "advcl"):
            return gov
        if dep not in CLAUSAL and dep not in ("prep", "pobj", "aux", "mark"):
            return None
    return None
