"""Tense of the clause a word sits in, from the dependency parse: which way "on Tuesday" points.

"Lavrov on Tuesday accused ..." (past) means the Tuesday before publication; "will meet Bush on
Thursday" (future) the next one; an infinitive under "called/urged/plans" looks forward.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .timex_grammar import lexicon

VERBAL = ("VERB", "AUX")
FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d", "may", "might", "should", "must", "can",
              "could", "ca"}
PERFECT_AUX = {"has", "have", "'ve", "'s"}
DATE_TYPES = ("DATE", "TIME")


def clause_head(token: Token) -> Token:
    """The verb heading the clause `token` belongs to (itself if it is one), or the sentence root."""
    t = token
    while not (t.pos_ in VERBAL and t.dep_ not in ("aux", "auxpass")) and t.head.i != t.i:
        t = t.head
    return t


def _forward_governors() -> set[str]:
    return set(lexicon()["forward_governors"])


def clause_tense(verb: Token, depth: int = 0) -> Optional[str]:
    """'past' | 'future' | 'present' | None for the clause headed by `verb`."""
    if verb.pos_ not in VERBAL:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    lemmas = {c.lemma_.lower() for c in verb.children}
    if aux_words & {"will", "'ll", "shall", "wo"} or (lemmas & {"due", "scheduled", "slated", "expected", "set"}
                                                        and verb.lemma_ == "be"):
        return "future"
    if any(a.tag_ == "TO" or a.lower_ == "to" for a in auxes):
        gov = verb.head
        if gov.i == verb.i or depth > 2:
            return "future"
        if gov.lemma_.lower() in _forward_governors() or gov.lower_ in _forward_governors():
            return "future"
        gov_tense = clause_tense(clause_head(gov), depth + 1)
        return "future" if gov_tense in ("future", "present") else gov_tense
    modal = aux_words & FUTURE_AUX
    if aux_words & PERFECT_AUX and any(a.lower_ == "have" for a in auxes) and modal:
        return "past"  # "might have gone"
    if modal:
        return "future"
    if aux_words & {"had", "did", "was", "were"}:
        return "past"
    if aux_words & PERFECT_AUX and verb.tag_ == "VBN":
        return "past"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and not auxes:
        return "past"
    if verb.tag_ in ("VBG",) and not auxes and depth < 2 and verb.head.i != verb.i:
        return clause_tense(clause_head(verb.head), depth + 1)
    if verb.tag_ in ("VBZ", "VBP") or (aux_words & {"is", "are", "am", "'re", "'m"}):
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if marks & set(lexicon()["future_marks"]):
            return "future"
        return "present"
    return None


def span_direction(span: Span) -> Optional[str]:
    """Which way relative dates in `span` point: from the tense of the clause it is attached to."""
    root = span.root
    head = root.head
    if head.i == root.i or span.start <= head.i < span.end:
        return None
    if head.pos_ == "ADP":
        if head.lower_ in ("until", "till", "through", "to", "by", "ahead", "before", "after", "from"):
            return None
        head = head.head
    if head.pos_ not in VERBAL:
        return None  # attached to a noun or adjective ("payable Dec. 1"): no tense of its own
    tense = clause_tense(clause_head(head))
    return {"past": "past", "future": "future"}.get(tense or "")
