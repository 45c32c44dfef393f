"""Regular grammar for English temporal expressions, built from `data/timex_lexicon.json`.

Each rule is (name, compiled regex). The tagger (`timex.py`) runs every rule over a parsed
sentence's text, keeps the longest non-overlapping matches and normalises them by rule name.
Month and weekday names must be capitalised (or all caps) so "may" and "march" stay verbs.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

DATA = Path(__file__).resolve().parent.parent / "data" / "timex_lexicon.json"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _alt(words, flags_i: bool = True) -> str:
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return f"(?i:{body})" if flags_i else f"(?:{body})"


def _capitalised(words) -> str:
    forms = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


def _number_words() -> str:
    lex = lexicon()
    units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    compound = f"(?:{'|'.join(tens)})[\\s-](?:{'|'.join(units)})"
    words = [w for w in lex["numbers"]] + lex["vague_numbers"]
    return f"(?i:{compound}|{_alt(words)[4:-1]})"


@lru_cache(maxsize=1)
def rules() -> list[tuple[str, re.Pattern]]:
    lex = lexicon()
    full_months = [m for m in lex["months"] if len(m) > 4 or m in ("may", "june", "july")]
    abbr_months = [m for m in lex["months"] if m not in full_months]
    month_full = _capitalised(full_months)
    month_any = f"(?:{month_full}|{_capitalised(abbr_months)}\\.?)"
    weekday = _capitalised([w for w in lex["weekdays"] if len(w) > 4])
    num = rf"(?:\d+(?:\.\d+)?(?:\s+1/2|½)?|{_number_words()})(?:[\s-]+and[\s-]+a[\s-]+half)?"
    unit = _alt(lex["units"])
    part = _alt(lex["parts_of_day"])
    season = _alt(lex["seasons"])
    ordinal = _alt(lex["ordinals"])
    year = r"(?<![\d$.,/])(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
    premod = r"(?:(?i:early|late|mid|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+turn\s+of)[\s-]+)"
    rel = r"(?i:this\s+past|the\s+fiscal|the|the\s+coming|the\s+past|the\s+previous|the\s+following|the\s+current|the\s+next|the\s+latest|the\s+last|the\s+same|the\s+present|this|last|next|coming|past|current|previous|latest)"
    ampm = r"(?i:a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b)"
    tz = r"(?:\s+(?:[A-Z]{2,3}T|GMT|UTC)\b)?"
    dayword = rf"(?:{weekday}|(?i:today|tonight|tomorrow|yesterday))"
    out = [
        ("vague", rf"\b{_alt(lex['vague'])}\b"),
        ("iso", rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b"),
        ("slash", r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b"),
        ("md", rf"(?:{weekday},?\s+)?(?:{premod})?{month_any}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+{year})?"),
        ("dm", rf"(?:{weekday},?\s+)?(?i:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:of\s+)?{month_any}(?:,?\s+{year})?"),
        ("month", rf"(?:{premod}|(?i:(?:last|next|this|coming|past)\s+))?{month_full}(?:,?\s+(?i:of\s+)?{year}|\s+(?i:(?:last|next|this)\s+year))?\b"),
        ("year", rf"(?:{premod}|(?i:(?:fiscal|calendar|the\s+year|the\s+fiscal\s+year)\s+))?{year}\b"),
        ("decade", rf"(?i:the\s+)?(?:{premod})?(?:(?:1[6-9]\d|20\d)0'?s\b|'\d0s\b|(?i:the)\s+\d0s\b)"),
        ("century", rf"(?i:the\s+)?(?:{premod})?{ordinal}\s+(?i:century)"),
        ("weekday", rf"(?:(?i:(?:last|next|this|coming|past|early|late|on|the\s+previous|the\s+following|the\s+next|the\s+preceding)\s+))?{weekday}(?:'s)?(?:\s+{part})?"),
        ("partweekday", rf"(?i:early|late)?\s*{part}\s+(?:of\s+)?{weekday}"),
        ("relday", rf"(?:(?i:(?:early|late|later|earlier)\s+))?(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|tomorrow|yesterday)(?:'s)?(?:\s+{part})?"),
        ("thispart", rf"(?:(?i:(?:early|late|later|earlier)\s+))?(?i:this|last|tomorrow|yesterday)\s+{part}"),
        ("relunit", rf"(?:(?i:early|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of)\s+)?{rel}\s+(?i:fiscal\s+)?(?i:week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|half)\b"),
        ("numunit", rf"(?i:(?:the\s+)?(?:past|last|next|coming|previous|first|final|following|latest|remaining|additional|another|last|recent|further)\s+|the\s+(?=\d|[a-z]+[\s-]+(?:second|minute|hour|day|week|month|year|decade)s))?(?i:half\s+an?\s+)?{num}[\s-]+(?i:more\s+|full\s+|straight\s+|consecutive\s+)?{unit}(?i:s)?\b(?:\s+(?i:or\s+so))?(?:\s+(?i:ago|earlier|later|from\s+now|hence|before\s+that|after\s+that))?"),
        ("bareunit", r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bfor\sthe\spast\s))(?i:seconds|minutes|hours|days|weeks|months|years|decades)\b|(?i:seconds|minutes|hours|days|weeks|months|years|decades)(?=\s+(?i:after|before|later|earlier|ago)\b)"),
        ("quarter", rf"(?:{year}\s+|(?i:(?:this|last|next)\s+year's\s+))?(?i:the\s+)?(?:{year}\s+)?(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|fiscal|year-earlier|year-ago|same|previous|past|next|coming|this)(?:[\s-]+(?i:fiscal))?[\s-]+(?i:quarter|half)\b(?:\s+(?i:of\s+)?(?:{year}|(?i:this|last|next)\s+year))?"),
        ("season", rf"(?:(?i:early|late|mid|last|next|this|the\s+coming|the\s+past|coming|past|this\s+past)[\s-]+)?{season}\b(?:\s+(?i:of\s+)?{year})?"),
        ("setword", rf"\b{_alt(lex['sets'])}\b"),
        ("every", rf"(?i:every|each|per)\s+(?i:other\s+|single\s+)?(?:{num}\s+)?(?:{unit}(?i:s)?|{weekday}|{season}|{part})\b"),
        ("freq", rf"(?i:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?i:a|an|per|every|each)\s+{unit}\b"),
        ("clock", rf"(?:(?:{dayword}|{month_any}\s+\d{{1,2}}),?\s+(?i:at\s+)?)?\b\d{{1,2}}(?::\d{{2}})?\s*{ampm}{tz}(?:,?\s+(?:{dayword}|{month_any}\s+\d{{1,2}}))?"),
        ("clock24", rf"\b(?:[01]?\d|2[0-3]):[0-5]\d{tz}\b(?!\s*{ampm})"),
        ("noon", rf"(?:{dayword}\s+(?i:at\s+)?)?(?i:noon|midday|midnight)(?:\s+{dayword})?"),
        ("holiday", rf"(?i:(?:last|next|this)\s+)?\b{_alt(list(lex['holidays']) + [k for k in lex['holidays_nth'] if k[0] != '_'])}\b(?:\s+{year})?"),
        ("spelled_year", r"\b(?i:nineteen|twenty)[\s-]+(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)\b"),
        ("yearago", r"(?i:the\s+)?(?i:comparable\s+|corresponding\s+|same\s+)?(?i:year-earlier|year-ago|year\s+earlier|year\s+ago)(?:\s+(?i:period|quarter|third\s+quarter|second\s+quarter|first\s+quarter|fourth\s+quarter))?\b"),
        ("anaphor", r"(?i:the\s+(?:next|following|previous|same|preceding)\s+(?:day|morning|evening|night|week|month|year)|that\s+(?:day|week|month|year|night|morning)|the\s+day\s+(?:before|after)|a\s+day\s+(?:before|after))\b"),
    ]
    return [(name, re.compile(rx)) for name, rx in out]


@lru_cache(maxsize=1)
def approx_before_rx() -> re.Pattern:
    return re.compile(rf"\b({_alt(lexicon()['approximators'])})\s+$")


def parse_number(text: str) -> Optional[float]:
    """'two and a half' -> 2.5, '10' -> 10, 'twenty-five' -> 25, 'several' -> None (vague)."""
    lex = lexicon()
    t = re.sub(r"\s+", " ", text.lower().replace("-", " ")).strip()
    half = 0.0
    if re.search(r"\band a half$", t):
        half, t = 0.5, re.sub(r"\s*and a half$", "", t).strip()
    if t.endswith(" 1/2") or t.endswith("½"):
        half, t = 0.5, t.replace(" 1/2", "").replace("½", "").strip()
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return float(t) + half
    if t in lex["numbers"]:
        return float(lex["numbers"][t]) + half
    parts = t.split()
    if len(parts) == 2 and parts[0] in lex["numbers"] and parts[1] in lex["numbers"]:
        return float(lex["numbers"][parts[0]] + lex["numbers"][parts[1]]) + half
    return None
