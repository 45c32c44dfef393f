"""Time: TIMEX3 expressions in a parsed Doc, normalised against the publication date, and event dates.

Why not dateparser alone: it cannot tell "on Tuesday" (past clause: the Tuesday before) from "on
Tuesday" (future clause: the next one), drops "early next month", and sends "February 2" seen from
January 25 to the previous year. Here a small regular grammar (`timex_grammar.py`) finds the
expressions, the dependency parse gives the tense of the clause each one sits in, and
`timex_calendar.py` counts the days. Events take the date of the expression attached to their own
clause (`date_for_event`).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..records import Timex
from . import timex_calendar as cal
from .timex_grammar import rules
from .timex_normalise import NORMALISERS, _Ctx, duration_value  # noqa: F401  (duration_value: public helper)
from .timex_tense import FUTURE_AUX, VERBAL, clause_head, clause_tense, span_direction  # noqa: F401

DATE_TYPES = ("DATE", "TIME")

# ---------------------------------------------------------------- public API

def _as_date(dct) -> Optional[date]:
    if dct is None:
        return None
    if isinstance(dct, datetime):
        return dct.date()
    if isinstance(dct, date):
        return dct
    return date.fromisoformat(str(dct)[:10])


def _candidates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for order, (name, rx) in enumerate(rules()):
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1] in " \t\n,.":
                if text[e - 1] == "." and re.search(r"(?:a\.m|p\.m|[A-Z][a-z]{2,3})\.$", text[s:e]):
                    break
                e -= 1
            if e > s:
                found.append((s, e, name, order))
    found.sort(key=lambda c: (-(c[1] - c[0]), c[3], c[0]))
    taken: list[tuple[int, int, str]] = []
    for s, e, name, _ in found:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, name))
    return sorted(taken)


def _strip_leading_on(text: str, s: int, e: int) -> int:
    m = re.match(r"(?i:on)\s+", text[s:e])
    return s + m.end() if m else s


def _anchor_of(value: str, precision: str) -> date:
    """The day a later "the following year" / "two days later" counts from."""
    if precision == "day":
        return date.fromisoformat(value[:10])
    if precision == "month":
        return date(int(value[:4]), int(value[5:7]), 15)
    return date(int(value[:4]), 7, 1)


def find_timexes(doc: Doc, dct) -> list[Timex]:
    """TIMEX3 DATE/TIME/DURATION/SET expressions in `doc`, normalised against `dct`.

    Offsets are article offsets (`doc.user_data["offset"]` + character index). Each Timex keeps its
    spaCy Span in the private attribute `_span` (not serialised) for `date_for_event`.
    """
    dct = _as_date(dct)
    offset = doc.user_data.get("offset", 0) if doc.user_data else 0
    text = doc.text
    out: list[Timex] = []
    anchor: Optional[date] = None
    quarter: Optional[str] = None
    day: Optional[date] = None
    for s, e, name in _candidates(text):
        s = _strip_leading_on(text, s, e)
        if text[s:e].endswith("'s"):
            e -= 2
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        ctx = _Ctx(dct=dct, direction=span_direction(span), span=span, anchor=anchor, quarter=quarter, day=day)
        res = NORMALISERS[name](ctx, text[s:e])
        if res is None:
            continue
        typ, value, mod = res
        t = Timex(text=text[s:e], start=offset + s, end=offset + e, type=typ, value=value,
                  precision=cal.value_precision(value) if typ in DATE_TYPES else None, mod=mod)
        t._span = span  # type: ignore[attr-defined]
        t._direction = ctx.direction  # type: ignore[attr-defined]
        out.append(t)
        if typ in DATE_TYPES and name != "anaphor" and t.precision and not ctx.relative:
            anchor = _anchor_of(value, t.precision)
            if t.precision == "day":
                day = anchor
        if typ == "DATE" and value and re.fullmatch(r"\d{4}-Q\d", value) and not ctx.relative:
            quarter = value
    return out


def timexes_in_text(text: str, dct) -> list[Timex]:
    """Convenience for the CLI and tests: parse `text` with the project pipeline, then `find_timexes`."""
    from .parse import load_nlp

    doc = load_nlp()(text)
    doc.user_data["offset"] = 0
    return find_timexes(doc, dct)


# ---------------------------------------------------------------- event dates

def _path_up(token: Token, stop: Token) -> list[Token]:
    """Heads from `token` up to and including `stop` (or the root)."""
    path = [token]
    t = token
    while t.i != stop.i and t.head.i != t.i:
        t = t.head
        path.append(t)
    return path


def _date_text(t: Timex) -> str:
    span: Span = t._span  # type: ignore[attr-defined]
    if span.start > 0:
        prev = span.doc[span.start - 1]
        if prev.pos_ == "ADP" and prev.lower_ in ("on", "in", "at", "during", "since", "by", "until", "from"):
            return f"{prev.text} {t.text}"
    return t.text


CONDITION_MARKS = {"if", "when", "unless", "until", "before", "once", "whether", "till"}
SAME_TIME_MARKS = {"as", "when", "while"}


def _reports_new(verb: Token) -> bool:
    """Present perfect or present tense, not conditional: the story reports it as news of its own day."""
    if verb.pos_ not in VERBAL:
        return False
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_MARKS for c in verb.children) or (
            verb.head.lower_ in CONDITION_MARKS):
        return False
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.head.children):
            return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"has", "have", "'ve"} and not auxes & FUTURE_AUX:
        return True
    if auxes & (FUTURE_AUX | {"had", "did", "was", "were", "to"}):
        return False
    return verb.tag_ in ("VBZ", "VBP") or bool(auxes & {"is", "are", "am", "'re", "'m"})


def _starts_after(value: Optional[str], dct: date) -> bool:
    ev, prec = cal.event_date(value)
    if not ev:
        return False
    first = {"day": ev[:10], "month": ev[:7] + "-01", "year": ev[:4] + "-01-01"}[prec]
    return date.fromisoformat(first) > dct


IMMEDIATELY = {"soon", "shortly", "immediately", "just", "right", "directly"}


def _same_time_clauses(verb: Token) -> list[Token]:
    """Subordinate clauses that happen at the verb's time: "as/when/while he entered Monday's meeting",
    "(soon) upon/after returning from Germany last month"."""
    out = []
    right_after = any(c.dep_ == "advmod" and c.lower_ in IMMEDIATELY for c in verb.children)
    for sub in verb.children:
        if sub.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SAME_TIME_MARKS for c in sub.children):
            out.append(sub)
        elif sub.dep_ == "prep" and sub.lower_ in ("after", "upon", "on"):
            soon = right_after or any(c.lower_ in IMMEDIATELY for c in sub.children)
            if sub.lower_ == "after" and not soon:
                continue
            out.extend(c for c in sub.children if c.dep_ == "pcomp" and c.pos_ in VERBAL)
    return out


def _attachment(span: Span) -> Token:
    """The word a timex modifies: its head, or the head of its preposition ("on Saturday" -> detained)."""
    root = span.root
    head = root.head if root.head.i != root.i else root
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head


def _clause_timexes(trigger: Token, clause: Token, timexes: list[Timex]) -> list[tuple[int, int, Timex]]:
    """Timexes dated to the trigger's clause, best first.

    Rank 0: modifies the trigger itself; 1: modifies the clause's verb; 2: modifies a noun that is a
    direct argument of the trigger or the verb ("entered Monday's meeting"). A timex deeper inside a
    noun phrase ("breaking the terms of a 2014 sentence") dates that noun, not the event.
    """
    found = []
    for t in timexes:
        span = getattr(t, "_span", None)
        if span is None or span.doc is not trigger.doc or t.type not in DATE_TYPES:
            continue
        if cal.event_date(t.value)[0] is None and t.value != "PRESENT_REF":
            continue
        if span.start <= trigger.i < span.end:
            continue
        attach = _attachment(span)
        if attach.i == trigger.i:
            rank = 0
        elif attach.i == clause.i:
            rank = 1
        elif attach.pos_ in ("NOUN", "PROPN") and attach.dep_ != "pobj" and _attachment(
                attach.doc[attach.i:attach.i + 1]).i in (trigger.i, clause.i):
            # a direct argument only: "apologized for a 2010 raid" dates the raid, not the apology
            rank = 2
        else:
            continue
        found.append((rank, abs(span.root.i - trigger.i), t))
    return sorted(found, key=lambda x: (x[0], x[1]))


def _antecedent_timexes(clause: Token, timexes: list[Timex]) -> list[tuple[int, int, Timex]]:
    """"A 2010 raid that killed nine": a relative clause whose subject is its noun tells what that noun's
    event did, so it happened when the noun did; only dates of the noun itself ("2010", "in May 2010")
    count. Not when the noun is the object ("the 2010 law, which parliament repealed"): that is later."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.i == clause.i or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children):
        return []
    return [f for f in _clause_timexes(noun, noun, timexes) if f[0] == 0]


def _when_timexes(clause: Token, timexes: list[Timex]) -> list[tuple[int, int, Timex]]:
    """"a suspended term from 2014, when he was found guilty": a "when" clause right after a date happened then,
    wherever the parser attached it."""
    when = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i), None)
    if when is None:
        return []
    before = when.i - 1 - (when.i > 0 and clause.doc[when.i - 1].text == ",")
    return [(3, 0, t) for t in timexes if getattr(t, "_span", None) is not None and t._span.doc is clause.doc
            and t.type in DATE_TYPES and t._span.end - 1 == before]


def _where_timexes(clause: Token, timexes: list[Timex]) -> list[tuple[int, int, Timex]]:
    """"detained 3,500 people on Saturday at rallies in 100 cities where demonstrators were protesting the
    government": a "where" clause on a place of the dated act tells what went on there then (the date of the verb the
    place phrase hangs on)."""
    while clause.dep_ == "conj" and clause.head.pos_ in VERBAL:  # "... were calling for X and protesting Y"
        clause = clause.head
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return []
    node = clause.head
    for _ in range(6):  # noun -> preposition -> noun ... -> the verb the place phrase belongs to
        if node.pos_ in VERBAL or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in VERBAL:
        return []
    gov = clause_head(node)
    return [(3, d, t) for r, d, t in _clause_timexes(gov, gov, timexes) if r <= 1]


def date_for_event(trigger: Token, timexes: list[Timex], dct) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(date, precision, date_text) for the event whose trigger is `trigger`.

    The expression attached to the trigger's own clause by the dependency path wins. Without one, an
    infinitive or coordinated clause borrows its governor's, and a clause borrows the one of a
    same-time subordinate clause ("insisted as he entered Monday's meeting"), and a relative clause the date
    of its noun ("a 2010 raid that killed"). Without any, the
    publication date (day precision, no date_text) only when the clause reports something new
    that day (present perfect or present, not conditional); otherwise nothing. A noun trigger
    inside a prepositional phrase ("press the Kremlin on the arrest") takes only a date of its own.
    """
    dct = _as_date(dct)
    clause = clause_head(trigger)
    nominal = trigger.pos_ not in VERBAL
    if nominal and trigger.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "ROOT", "conj", "appos"):
        clause = trigger  # only dates attached to the noun itself
    found = _clause_timexes(trigger, clause, timexes)
    if not found and clause.pos_ in VERBAL:
        if clause.dep_ in ("xcomp", "conj", "advcl") and clause.head.i != clause.i and (
                clause.dep_ != "advcl" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)):
            gov = clause_head(clause.head)
            found = _clause_timexes(gov, gov, timexes)
        for sub in _same_time_clauses(clause):
            if found:
                break
            found = _clause_timexes(sub, sub, timexes)
        if not found:
            found = _antecedent_timexes(clause, timexes)
        if not found:
            found = _when_timexes(clause, timexes)
        if not found:
            found = _where_timexes(clause, timexes)
    past = clause.pos_ in VERBAL and clause_tense(clause) == "past"
    for _, _, t in found:
        if past and dct and _starts_after(t.value, dct):
            continue  # a past clause cannot be dated after publication: the parser attached it wrongly
        if t.value == "PRESENT_REF":
            if dct:
                return dct.isoformat(), "day", _date_text(t)
            continue
        value, precision = cal.event_date(t.value)
        if value:
            return value, precision, _date_text(t)
    if dct and clause.pos_ in VERBAL and _reports_new(clause):
        return dct.isoformat(), "day", None
    return None, None, None
