"""Publication date from the text, for articles that arrive without one.

Evidence, strongest first: a dated photo caption ("…in Brussels, January 25, 2021."), then full
dates in the body. A weekday reference in present-day wording ("Monday's meeting", "on Monday")
that falls on the chosen date confirms it. Each article records how its date was found.
"""
from __future__ import annotations

import re
from datetime import date

from ..records import Article

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
FULL_DATE = re.compile(rf"\b{_MON}\s+(\d{{1,2}}),?\s+(\d{{4}})\b|\b(\d{{1,2}})\s+{_MON},?\s+(\d{{4}})\b"
                       r"|\b(\d{4})-(\d{2})-(\d{2})\b")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_REF = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")(?:'s|’s)\b|\b(?:on|this|today,?)\s+(" +
                         "|".join(WEEKDAYS) + r")\b", re.I)


def full_dates(text: str) -> list[tuple[date, str]]:
    """Every complete calendar date written in `text`, with its words."""
    found = []
    for m in FULL_DATE.finditer(text):
        g = m.groups()
        try:
            if g[0]:
                d = date(int(g[2]), MONTHS[g[0][:3].lower()], int(g[1]))
            elif g[3]:
                d = date(int(g[5]), MONTHS[g[4][:3].lower()], int(g[3]))
            else:
                d = date(int(g[6]), int(g[7]), int(g[8]))
        except (ValueError, KeyError):
            continue
        found.append((d, m.group(0)))
    return found


def infer_published(article: Article) -> Article:
    """Set `published` from the text when nothing better was given; `published_how` says how."""
    if article.published:
        return article
    text = article.text
    captions = [s for s in article.segments if s.kind == "caption"]
    body = [s for s in article.segments if s.kind in ("body", "heading")]
    candidates = [(d, words, "text:caption") for s in captions for d, words in full_dates(text[s.start:s.end])]
    if not candidates:
        candidates = [(d, words, "text:date") for s in body for d, words in full_dates(text[s.start:s.end])]
    if not candidates:
        article.published_how = "none"
        return article
    weekdays = {(m.group(1) or m.group(2)).lower() for s in body for m in WEEKDAY_REF.finditer(text[s.start:s.end])}
    # the most recent written date is the best guess for "now"; a matching weekday reference confirms it
    candidates.sort(key=lambda c: c[0], reverse=True)
    chosen = candidates[0]
    for cand in candidates:
        if WEEKDAYS[cand[0].weekday()] in weekdays:
            chosen = (cand[0], cand[1], cand[2] + "+weekday")
            break
    article.published, article.published_text, article.published_how = chosen
    return article
