"""Clean: mark which stretches of an article are news and which are page furniture.

The text is never changed (every offset must still point into the article as read); instead the
article gets `Segment`s: body paragraphs (events come from these), headings, photo captions (used to
date the article, never for events) and furniture ("READ MORE:" teasers, credits, repeated captions,
orphan fragments).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..yaml_data import read_yaml

from ..records import Article, Segment
from .read import DATE_LINE

CAPTION_DATE = re.compile(
    r",\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})\.?\s*$")
SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]\s*$")
PARAGRAPH = re.compile(r"[^\n]+")
# Wire datelines: "MOSCOW (Reuters) - ", "BRUSSELS, Jan 25 (AFP) -- ", "KYIV, Ukraine — "
DATELINE = re.compile(r"\A([A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+){0,3})(?:,\s*[A-Z][A-Za-z.]+(?:\s+\d{1,2})?)?"
                      r"(?:,?\s*\d{1,2}\s+[A-Z][a-z]{2,8})?\s*(?:\((?:[A-Za-z][A-Za-z .&-]{1,30})\))?\s*(?:-{1,2}|—|–|:)\s+")
WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=1)
def furniture_rules() -> dict:
    """The furniture lexicon (eventwire/data/furniture.yaml), compiled once."""
    raw = read_yaml(resources.files("eventwire.data").joinpath("furniture.yaml").read_text("utf-8"))
    return {
        "prefixes": tuple(p.lower() for p in raw["link_prefixes"]),
        "patterns": [re.compile(p, re.I) for p in raw["boilerplate_patterns"]],
        "credit_max_words": raw["credit_max_words"],
        "orphan_max_words": raw["orphan_max_words"],
        "heading_max_words": raw["heading_max_words"],
    }


def segment_article(article: Article) -> Article:
    """Fill `article.segments`; returns the same article."""
    rules = furniture_rules()
    text = article.text
    paras = []
    for m in PARAGRAPH.finditer(text):
        start, end = m.start(), m.end()
        chunk = m.group(0)
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail <= lead:
            continue
        paras.append([start + lead, start + trail])
    # the leading "date YYYY-MM-DD" marker is metadata, not prose
    if paras:
        dm = DATE_LINE.match(text)
        if dm and paras[0][0] < dm.end():
            paras[0][0] = dm.end()
            while paras[0][0] < paras[0][1] and text[paras[0][0]].isspace():
                paras[0][0] += 1
            if paras[0][0] >= paras[0][1]:
                paras.pop(0)
    # a wire dateline at the start of the first prose paragraph is metadata too
    for para in paras:
        if _classify_line(text[para[0]:para[1]], " ".join(text[para[0]:para[1]].split()).lower(), rules)[0] == "body":
            dm = DATELINE.match(text[para[0]:para[1]])
            if dm:
                article.dateline = dm.group(1).title()
                para[0] += dm.end()
            break
    segments: list[Segment] = []
    seen: dict[str, int] = {}
    for i, (start, end) in enumerate(paras):
        line = text[start:end]
        norm = " ".join(line.split()).lower()
        kind, reason = _classify_line(line, norm, rules)
        if norm in seen:
            kind, reason = "furniture", "repeated paragraph"
            first = segments[seen[norm]]
            if first.kind == "body":
                first.kind, first.reason = "caption", "paragraph repeated on the page (photo caption)"
        else:
            seen[norm] = len(segments)
        segments.append(Segment(start, end, kind, reason))
    _mark_captions_and_orphans(segments, text, rules)
    if segments and not any(s.kind == "body" for s in segments):
        # a one-line text or a bare headline: the lines are all there is, so they are the news
        for seg in segments:
            if seg.kind in ("heading", "furniture") and seg.reason in (None, "fragment after the last paragraph",
                                                                      "short question line"):
                seg.kind, seg.reason = "body", "only text of the article"
    article.segments = segments
    return article


def _classify_line(line: str, norm: str, rules: dict) -> tuple[str, str | None]:
    if norm.startswith(rules["prefixes"]):
        return "furniture", "link to another story"
    for pat in rules["patterns"]:
        if pat.match(norm):
            return "furniture", "page boilerplate"
    words = WORD.findall(line)
    if not SENTENCE_END.search(line) and len(words) <= rules["heading_max_words"]:
        return "heading", None
    if line.rstrip().endswith("?") and len(words) <= rules["orphan_max_words"] + 3 and '"' not in line:
        return "heading", "short question line"
    if CAPTION_DATE.search(line) and len(words) <= 60:
        return "caption", "ends with a place/date credit (photo caption)"
    return "body", None


def _mark_captions_and_orphans(segments: list[Segment], text: str, rules: dict) -> None:
    """Credits follow captions; a heading with nothing after it, or a tiny fragment, is not a heading."""
    for i, seg in enumerate(segments):
        words = WORD.findall(text[seg.start:seg.end])
        if seg.kind == "heading" and i > 0 and segments[i - 1].kind == "caption" \
                and len(words) <= rules["credit_max_words"]:
            seg.kind, seg.reason = "furniture", "photo credit"
        elif seg.kind == "heading":
            has_body_after = any(s.kind == "body" for s in segments[i + 1:])
            if not has_body_after:
                seg.kind, seg.reason = "furniture", "fragment after the last paragraph"
            elif len(words) <= rules["orphan_max_words"] and any(w.isdigit() for w in words):
                seg.kind, seg.reason = "furniture", "orphan fragment"


def body_segments(article: Article) -> list[Segment]:
    return [s for s in article.segments if s.kind == "body"]
