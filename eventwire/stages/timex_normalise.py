"""TIMEX3 values for the expressions `timex_grammar` finds, one normaliser per grammar rule.

Each normaliser gets the matched text and a context (publication date, the clause's direction from
`timex_tense`, the last day/quarter named for anaphora such as "the following day" or "a year
earlier") and returns (type, value, mod), or None to reject the match ("May" the modal verb,
"2,000 people", "a quarterly dividend").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from spacy.tokens import Span

from . import timex_calendar as cal
from .timex_grammar import approx_before_rx, lexicon, parse_number

@dataclass
class _Ctx:
    dct: Optional[date]
    direction: Optional[str]
    span: Span
    anchor: Optional[date]
    day: Optional[date] = None  # the last day named: a bare "10:35 a.m." is on it
    quarter: Optional[str] = None  # the last quarter mentioned ("1989-Q3"): earnings reports count from it
    relative: bool = False  # set when the value was counted from the anchor (it must not move it)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def _mod_of(text: str) -> Optional[str]:
    t = _words(text)
    for key, mod in (("the end of", "END"), ("the beginning of", "START"), ("the start of", "START"),
                     ("the middle of", "MID"), ("the turn of", "APPROX"), ("early", "EARLY"),
                     ("late", "LATE"), ("mid", "MID")):
        if t.startswith(key):
            return mod
    return None


def _month_of(word: str) -> Optional[int]:
    return lexicon()["months"].get(word.lower().rstrip("."))


def _weekday_of(text: str) -> Optional[int]:
    for w in re.findall(r"[A-Za-z]+", text):
        wd = lexicon()["weekdays"].get(w.lower())
        if wd and len(w) > 4:
            return wd
    return None


def _year_in(text: str) -> Optional[int]:
    m = re.search(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)", text)
    return int(m.group(1)) if m else None


def _part_code(text: str) -> Optional[str]:
    for w, code in lexicon()["parts_of_day"].items():
        if re.search(rf"\b{w}\b", text, re.I):
            return code
    return None


def _day_value(d: date, part: Optional[str] = None) -> str:
    return d.isoformat() + (f"T{part}" if part else "")


def _relative_year(text: str, ref: date) -> Optional[int]:
    t = _words(text)
    if "last year" in t:
        return ref.year - 1
    if "next year" in t:
        return ref.year + 1
    if "this year" in t:
        return ref.year
    return None


def _n_md(ctx: _Ctx, text: str):
    m = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b", text)
    if not m or not _month_of(m.group(1)):
        return None
    month, day = _month_of(m.group(1)), int(m.group(2))
    return _month_day(ctx, text, month, day, text[m.end():])


def _n_dm(ctx: _Ctx, text: str):
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)", text)
    if not m or not _month_of(m.group(2)):
        return None
    return _month_day(ctx, text, _month_of(m.group(2)), int(m.group(1)), text[m.end():])


def _month_day(ctx: _Ctx, text: str, month: int, day: int, rest: str):
    if not 1 <= day <= 31:
        return None
    year = _year_in(rest)
    mod = _mod_of(text)
    weekday = _weekday_of(text)
    if year is None and ctx.dct and weekday:
        year = cal.year_with_weekday(ctx.dct, month, day, weekday)
    if year is None and ctx.dct:
        year = cal.day_year(ctx.dct, month, day, ctx.direction)
    if year is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", mod
    try:
        date(year, month, day)
    except ValueError:
        return None
    return "DATE", f"{year}-{month:02d}-{day:02d}", mod


def _n_iso(ctx, text):
    try:
        return "DATE", date.fromisoformat(text).isoformat(), None
    except ValueError:
        return None


def _n_slash(ctx, text):
    a, b, y = text.split("/")
    year = int(y) + (1900 if len(y) == 2 and int(y) > 30 else 2000 if len(y) == 2 else 0)
    try:
        return "DATE", date(year, int(a), int(b)).isoformat(), None
    except ValueError:
        return None


def _n_month(ctx: _Ctx, text: str):
    if ctx.span.root.tag_ == "MD" or (ctx.span.root.pos_ == "VERB" and len(ctx.span) == 1):
        return None
    month = None
    for w in re.findall(r"[A-Za-z]+", text):
        if len(w) > 2 and _month_of(w) and w[0].isupper():
            month = _month_of(w)
    if not month:
        return None
    t = _words(text)
    mod = _mod_of(text)
    year = _year_in(text)
    if year is None and ctx.dct:
        year = _relative_year(text, ctx.dct)
        if year is None:
            if t.startswith("last "):
                year = cal.month_year(ctx.dct, month, "past", strict=True)
            elif t.startswith("next ") or t.startswith("coming "):
                year = cal.month_year(ctx.dct, month, "future", strict=True)
            elif t.startswith("this "):
                year = ctx.dct.year
            else:
                year = cal.month_year(ctx.dct, month, ctx.direction)
    if year is None:
        return "DATE", f"XXXX-{month:02d}", mod
    return "DATE", f"{year}-{month:02d}", mod


def _n_year(ctx: _Ctx, text: str):
    root = ctx.span.root
    year = _year_in(text)
    if year is None:
        return None
    bare = re.fullmatch(r"\d{4}", text.strip()) is not None
    if bare:
        nxt = ctx.span.doc[ctx.span.end] if ctx.span.end < len(ctx.span.doc) else None
        prev = ctx.span.doc[ctx.span.start - 1] if ctx.span.start > 0 else None
        if root.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL") and not (
                prev is not None and prev.pos_ == "ADP"):
            return None
        if nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in ("elections", "games"):
            return None
        if prev is not None and prev.lower_ in ("$", "no.", "number", "flight", "route", "room", "#"):
            return None
    return "DATE", str(year), _mod_of(text)


def _n_decade(ctx: _Ctx, text: str):
    m = re.search(r"(\d{3})0'?s", text)
    if m:
        return "DATE", m.group(1), _mod_of(text)
    m = re.search(r"'?(\d)0s", text)
    if m:
        d = int(m.group(1))
        return "DATE", ("19" if d >= 3 else "20") + str(d), _mod_of(text)
    return None


def _n_century(ctx: _Ctx, text: str):
    ords = lexicon()["ordinals"]
    for w in _words(text).split():
        if w in ords:
            return "DATE", f"{ords[w] - 1:02d}", _mod_of(text)
    return None


def _n_weekday(ctx: _Ctx, text: str):
    wd = _weekday_of(text)
    if wd is None:
        return None
    t = _words(text)
    part = _part_code(text)
    typ = "TIME" if part else "DATE"
    mod = _mod_of(text)
    if ctx.dct is None:
        return typ, f"XXXX-WXX-{wd}", mod
    if re.match(r"(last|past|the previous|the preceding) ", t):
        d = cal.weekday_date(ctx.dct if ctx.anchor is None or t.startswith(("last", "past")) else ctx.anchor,
                             wd, "past", strict=True)
    elif re.match(r"(the following|the next) ", t):
        d = cal.weekday_date(ctx.anchor or ctx.dct, wd, "future", strict=True)
    elif t.startswith("next ") or t.startswith("coming "):
        d = cal.weekday_date(ctx.dct, wd, "future", strict=True)
    elif t.startswith("this "):
        d = cal.this_week_day(ctx.dct, wd)
    else:
        d = cal.weekday_date(ctx.dct, wd, ctx.direction or "past")
    return typ, _day_value(d, part), mod


def _n_relday(ctx: _Ctx, text: str):
    t = _words(text)
    part = _part_code(text)
    if "tonight" in t:
        part = "NI"
    offset = 0
    if "day before yesterday" in t:
        offset = -2
    elif "day after tomorrow" in t:
        offset = 2
    elif "yesterday" in t:
        offset = -1
    elif "tomorrow" in t:
        offset = 1
    elif "last night" in t:
        offset, part = -1, "NI"
    typ = "TIME" if part else "DATE"
    if ctx.dct is None:
        return typ, None, None
    return typ, _day_value(ctx.dct + timedelta(days=offset), part), _mod_of(text)


def _relunit_value(ctx: _Ctx, t: str, unit: str, shift: int):
    ref = ctx.dct
    if unit == "week":
        return "DATE", cal.iso_week(ref + timedelta(weeks=shift))
    if unit == "weekend":
        if shift == 0:
            sat = cal.this_week_day(ref, 6)
        elif shift < 0:
            sat = cal.weekday_date(ref - timedelta(days=1), 6, "past")
            if ref.isoweekday() in (6, 7):
                sat = sat - timedelta(days=7) if sat == cal.this_week_day(ref, 6) else sat
        else:
            sat = cal.this_week_day(ref, 6) + timedelta(days=7)
        return "DATE", cal.weekend_value(sat)
    if unit == "month":
        y, m = cal.add_months(ref.year, ref.month, shift)
        return "DATE", f"{y}-{m:02d}"
    if unit == "year":
        return "DATE", str(ref.year + shift)
    if unit == "quarter":
        q = cal.quarter_of(ref) + shift
        y = ref.year + (q - 1) // 4
        return "DATE", f"{y}-Q{(q - 1) % 4 + 1}"
    if unit == "half":
        h = (ref.month - 1) // 6 + 1 + shift
        y = ref.year + (h - 1) // 2
        return "DATE", f"{y}-H{(h - 1) % 2 + 1}"
    if unit == "decade":
        return "DATE", str(ref.year // 10 + shift)
    if unit == "century":
        return "DATE", str(ref.year // 100 + shift)
    season = lexicon()["seasons"].get(unit)
    if season:
        direction = "past" if shift < 0 else "future" if shift > 0 else None
        y = cal.season_year(ref, season, direction, strict=shift != 0)
        return "DATE", f"{y}-{season}"
    return None


def _n_relunit(ctx: _Ctx, text: str):
    t = _words(text)
    unit = t.split()[-1]
    mod = _mod_of(t)
    if re.search(r"\b(the past|the last|past|the next|the coming|the rest of|the remainder of)\b", t) and \
            unit not in lexicon()["seasons"] and "this past" not in t:
        code = {"week": "P1W", "weekend": "P2D", "month": "P1M", "year": "P1Y", "quarter": "P3M",
                "decade": "P10Y", "century": "P100Y", "half": "P6M"}.get(unit)
        if "rest of" in t or "remainder of" in t:
            code = {"week": None, "month": None, "year": None}.get(unit)
            shift = 0
            if ctx.dct is None:
                return "DATE", None, mod
            res = _relunit_value(ctx, t, unit, shift)
            return (res[0], res[1], mod) if res else None
        return "DURATION", code, None
    if ctx.dct is None:
        return "DATE", None, mod
    if re.search(r"\b(last|previous|this past)\b", t):
        shift = -1
    elif re.search(r"\b(next|coming|following)\b", t):
        shift = 1
    elif "latest" in t and unit == "quarter":
        shift = -1
    else:
        shift = 0
    if unit == "weekend" and t.startswith("the weekend") and ctx.direction == "past":
        sat = cal.weekday_date(ctx.dct, 6, "past")
        return "DATE", cal.weekend_value(sat), mod
    res = _relunit_value(ctx, t, unit, shift)
    if res is None:
        return None
    return res[0], res[1], mod


UNIT_CODES = {"S": ("T", "S"), "MIN": ("T", "M"), "H": ("T", "H"), "D": ("", "D"), "W": ("", "W"),
              "M": ("", "M"), "Y": ("", "Y")}


def duration_value(n: Optional[float], code: str) -> str:
    """P2Y, PT5H30M, P30M (2.5 years), PXD (vague)."""
    factor = {"WE": (2, "D"), "FN": (2, "W"), "Q": (3, "M"), "DE": (10, "Y"), "CE": (100, "Y")}
    if code in factor:
        k, code = factor[code]
        n = None if n is None else n * k
    t, letter = UNIT_CODES[code]
    if n is None:
        return f"P{t}X{letter}"
    if n != int(n):
        smaller = {"Y": (12, "", "M"), "D": (24, "T", "H"), "W": (7, "", "D"), "H": (60, "T", "M")}
        if code == "H":
            h, mins = int(n), round((n - int(n)) * 60)
            return f"PT{h}H{mins}M"
        if code in smaller and (n * smaller[code][0]) == int(n * smaller[code][0]):
            k, t, letter = smaller[code]
            return f"P{t}{int(n * k)}{letter}"
        return f"P{t}{n:g}{letter}"
    return f"P{t}{int(n)}{letter}"


def _unit_code(word: str) -> Optional[str]:
    w = word.lower()
    units = lexicon()["units"]
    if w in units:
        return units[w]
    if w.endswith("s") and w[:-1] in units:
        return units[w[:-1]]
    if w == "centuries":
        return "CE"
    return None


def _n_numunit(ctx: _Ctx, text: str):
    doc, span = ctx.span.doc, ctx.span
    t = _words(text)
    after = doc[span.end:span.end + 2]
    if len(after) and (after[0].lower_ in ("-old", "old") or after.text.lower().startswith("-old")):
        return None
    suffix = None
    m = re.search(r"\s(ago|earlier|later|from now|hence|before that|after that)$", t)
    if m:
        suffix, t = m.group(1), t[:m.start()]
    words = t.replace("-", " ").split()
    code = None
    ui = len(words) - 1
    while ui >= 0 and code is None:
        code = _unit_code(words[ui])
        ui -= 1
    if code is None:
        return None
    lead = {"the", "past", "last", "next", "coming", "previous", "first", "final", "following", "latest",
            "remaining", "additional", "another", "further"}
    num_words = [w for w in words[:ui + 1] if w not in lead and w not in ("more", "full", "straight", "consecutive")]
    num_text = " ".join(num_words)
    if num_text.startswith("half a") or num_text.startswith("half an"):
        n = 0.5
    elif not num_text and words[ui + 1].endswith("s"):
        n = None  # "the coming months"
    else:
        n = parse_number(num_text) if num_text else 1.0
    if num_text in ("a", "an") and code == "S":
        return None
    if n is None and num_text and num_text not in lexicon()["vague_numbers"]:
        return None
    if n is not None and n > 1000:
        return None
    if suffix is None and num_text in ("a", "an", "one", "per") and span.start > 0:
        prev = doc[span.start - 1]
        if prev.lower_ in ("once", "twice", "times") or prev.like_num or prev.ent_type_ in ("MONEY", "PERCENT") \
                or prev.lower_ in ("%", "percent", "cents", "dollars", "million", "billion"):
            return "SET", duration_value(1, code), None
    mod = None
    pre = None if re.match(r"(the|past|last|next|coming|previous|first|final|following)\b", t) else approx_before_rx()
    if pre is not None:
        pre = pre.search(doc.text[max(0, span.start_char - 20):span.start_char])
    if pre:
        mod = lexicon()["approximators"].get(_words(pre.group(1)))
    if suffix in ("ago", "earlier", "later", "from now", "hence", "before that", "after that"):
        sign = -1 if suffix in ("ago", "earlier", "before that") else 1
        ref = ctx.dct if suffix in ("ago", "from now", "hence") else (ctx.anchor or ctx.dct)
        ctx.relative = suffix not in ("ago", "from now", "hence")
        if ctx.quarter and code == "Y" and n == 1:
            return "DATE", _shift_quarter(ctx.quarter, -4 if sign < 0 else 4), mod
        if ref is None or n is None:
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod
        return "DATE", _shift(ref, n * sign, code), mod
    return "DURATION", duration_value(n, code), mod


def _shift_quarter(quarter: str, n: int) -> str:
    index = int(quarter[:4]) * 4 + int(quarter[6]) - 1 + n
    return f"{index // 4}-Q{index % 4 + 1}"


def _n_yearago(ctx: _Ctx, text: str):
    """"the year-earlier period", "year-ago": the same period a year before the one under discussion."""
    ctx.relative = True
    if ctx.quarter:
        return "DATE", _shift_quarter(ctx.quarter, -4), None
    ref = ctx.anchor or ctx.dct
    return "DATE", (str(ref.year - 1) if ref else None), None


def _shift(ref: date, n: float, code: str) -> str:
    if code in ("D",):
        return (ref + timedelta(days=round(n))).isoformat()
    if code in ("S", "MIN", "H"):
        return ref.isoformat()
    if code in ("W", "WE", "FN"):
        return cal.iso_week(ref + timedelta(weeks=round(n * (2 if code == "FN" else 1))))
    if code == "M":
        y, m = cal.add_months(ref.year, ref.month, round(n))
        return f"{y}-{m:02d}"
    if code == "Q":
        y, m = cal.add_months(ref.year, ref.month, round(3 * n))
        return f"{y}-Q{(m - 1) // 3 + 1}"
    if code == "Y":
        return str(ref.year + round(n))
    if code == "DE":
        return str(ref.year + round(10 * n))
    if code == "CE":
        return str(ref.year + round(100 * n))
    return ref.isoformat()


def _n_bareunit(ctx: _Ctx, text: str):
    code = _unit_code(text.strip())
    return ("DURATION", duration_value(None, code), None) if code else None


def _n_quarter(ctx: _Ctx, text: str):
    t = _words(text).replace("-", " ")
    half = t.split()[-1] == "half" or re.search(r"\bhalf\b", t)
    year = _year_in(text)
    ords = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
    q = next((v for k, v in ords.items() if re.search(rf"\b{k}\b", t)), None)
    if half and q and q > 2:
        return None
    letter = "H" if half else "Q"
    if ctx.dct is None and year is None:
        return "DATE", f"XXXX-{letter}{q}" if q else None, None
    ref = ctx.dct or date(year, 12, 31)
    cur = cal.quarter_of(ref) if letter == "Q" else (ref.month - 1) // 6 + 1
    per_year = 4 if letter == "Q" else 2
    if year is None:
        year = _relative_year(text, ref)
    if q is None and ctx.quarter and re.fullmatch(r"(the|that|this|the same) quarter", t):
        return "DATE", ctx.quarter, None
    if q is None:
        shift = -1 if re.search(r"\b(latest|last|previous|past|year earlier|year ago)\b", t) or (
            t in ("the quarter", "quarter") and ctx.direction != "future") else \
            1 if re.search(r"\b(next|coming)\b", t) else 0
        if re.search(r"\b(this|current)\b", t):
            shift = 0
        q = cur + shift
        y = (year or ref.year) + (q - 1) // per_year
        q = (q - 1) % per_year + 1
        if re.search(r"year (earlier|ago)", t):
            y -= 1
        return "DATE", f"{y}-{letter}{q}", None
    if year is None:
        year = ref.year
        if re.search(r"year (earlier|ago)", t):
            year -= 1
        elif q > cur and ctx.direction == "past":
            year -= 1
    return "DATE", f"{year}-{letter}{q}", None


def _n_season(ctx: _Ctx, text: str):
    t = _words(text)
    season = next((code for w, code in lexicon()["seasons"].items() if re.search(rf"\b{w}\b", t)), None)
    if season is None:
        return None
    year = _year_in(text)
    has_mod = re.match(r"(early|late|mid|last|next|this|the coming|the past|coming|past)\b", t)
    if not year and not has_mod:
        prev = ctx.span.doc[ctx.span.start - 1] if ctx.span.start > 0 else None
        if ctx.span.root.pos_ not in ("NOUN", "PROPN") or prev is None or \
                prev.lower_ not in ("in", "during", "the", "this", "by", "until", "since", "through", "over", "that"):
            return None
    mod = _mod_of(t)
    if year is None:
        if ctx.dct is None:
            return "DATE", f"XXXX-{season}", mod
        if re.match(r"(last|the past|past|this past)\b", t):
            year = cal.season_year(ctx.dct, season, "past", strict=True)
        elif re.match(r"(next|the coming|coming)\b", t):
            year = cal.season_year(ctx.dct, season, "future", strict=True)
        elif t.startswith("this"):
            year = ctx.dct.year
        else:
            year = cal.season_year(ctx.dct, season, ctx.direction) if ctx.direction else ctx.dct.year
    return "DATE", f"{year}-{season}", mod


def _n_vague(ctx: _Ctx, text: str):
    value = lexicon()["vague"].get(_words(text))
    if value is None:
        return None
    return "DATE", value, None


def _n_setword(ctx: _Ctx, text: str):
    if ctx.span.root.pos_ == "ADJ" and _words(text) in ("quarterly", "monthly", "weekly"):
        return None  # "a quarterly dividend", "a weekly magazine": a kind of thing, not a recurrence
    return "SET", lexicon()["sets"].get(_words(text)), None


def _n_every(ctx: _Ctx, text: str):
    t = _words(text)
    wd = _weekday_of(text)
    if wd:
        return "SET", f"XXXX-WXX-{wd}", None
    season = next((c for w, c in lexicon()["seasons"].items() if t.endswith(w)), None)
    if season:
        return "SET", f"XXXX-{season}", None
    part = _part_code(t)
    if part and not _unit_code(t.split()[-1]):
        return "SET", f"XXXX-XX-XXT{part}", None
    words = t.split()
    code = _unit_code(words[-1])
    if code is None:
        return None
    n = 1.0
    rest = [w for w in words[1:-1] if w not in ("other", "single")]
    if rest:
        n = parse_number(" ".join(rest)) or 1.0
    if "other" in words:
        n *= 2
    return "SET", duration_value(n, code), None


def _n_freq(ctx: _Ctx, text: str):
    code = _unit_code(_words(text).split()[-1])
    return ("SET", duration_value(1, code), None) if code else None


def _clock(text: str) -> Optional[str]:
    m = re.search(r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", text, re.I)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    ap = (m.group(3) or "").lower().replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _day_of(ctx: _Ctx, text: str) -> Optional[date]:
    """The day a time of day is on: a weekday, today/yesterday/tomorrow or a month-day in the text."""
    if ctx.dct is None:
        return None
    t = _words(text)
    wd = _weekday_of(text)
    if wd:
        return cal.weekday_date(ctx.dct, wd, ctx.direction)
    m = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2})\b", text)
    if m and _month_of(m.group(1)):
        y = cal.day_year(ctx.dct, _month_of(m.group(1)), int(m.group(2)), ctx.direction)
        if y:
            try:
                return date(y, _month_of(m.group(1)), int(m.group(2)))
            except ValueError:
                return None
    if "yesterday" in t:
        return ctx.dct - timedelta(days=1)
    if "tomorrow" in t:
        return ctx.dct + timedelta(days=1)
    return ctx.day or ctx.dct


def _n_clock(ctx: _Ctx, text: str):
    hm = _clock(re.sub(r"^[A-Za-z]+\.?\s+\d{1,2},?\s+(at\s+)?", "", text) if re.match(r"[A-Za-z]+\.?\s+\d{1,2},?\s", text) else text)
    if hm is None:
        return None
    day = _day_of(ctx, text)
    return "TIME", (day.isoformat() if day else "XXXX-XX-XX") + "T" + hm, None


def _n_noon(ctx: _Ctx, text: str):
    t = _words(text)
    hm = "24:00" if "midnight" in t else "12:00"
    day = _day_of(ctx, text)
    return "TIME", (day.isoformat() if day else "XXXX-XX-XX") + "T" + hm, None


def _n_holiday(ctx: _Ctx, text: str):
    t = _words(re.sub(r"\s*\d{4}$", "", text))
    rel = re.match(r"(last|next|this) ", t)
    t = t[rel.end():] if rel else t
    year = _year_in(text)
    md = lexicon()["holidays"].get(t)
    if md is not None:
        return _holiday_value(ctx, lambda y: date(y, int(md[:2]), int(md[3:])), year, rel)
    rule = lexicon()["holidays_nth"].get(t)
    if rule is None:
        return None
    return _holiday_value(ctx, lambda y: cal.nth_weekday(y, *rule), year, rel)


def _holiday_value(ctx: _Ctx, day_in, year: Optional[int], rel):
    """A holiday's date: in the year given, else the one nearest the DCT in the clause's direction."""
    if year is None:
        if ctx.dct is None:
            return "DATE", None, None
        direction = {"last": "past", "next": "future"}.get(rel.group(1) if rel else "", ctx.direction)
        options = [(y, day_in(y)) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        if direction == "past":
            options = [o for o in options if o[1] <= ctx.dct + timedelta(days=cal.TENSE_SLACK_DAYS)]
        elif direction == "future":
            options = [o for o in options if o[1] >= ctx.dct - timedelta(days=cal.TENSE_SLACK_DAYS)]
        year = min(options, key=lambda o: abs((o[1] - ctx.dct).days))[0]
    return "DATE", day_in(year).isoformat(), None


def _n_spelled_year(ctx: _Ctx, text: str):
    """"nineteen ninety-six" (broadcast transcripts) -> 1996."""
    words = _words(text).replace("-", " ").split()
    century = {"nineteen": 19, "twenty": 20}[words[0]]
    rest = " ".join(words[1:])
    if rest == "hundred":
        return "DATE", f"{century}00", None
    n = parse_number(rest)
    if n is None or not 10 <= n <= 99:
        return None
    return "DATE", f"{century}{int(n):02d}", None


def _n_partweekday(ctx: _Ctx, text: str):
    return _n_weekday(ctx, text)


def _n_anaphor(ctx: _Ctx, text: str):
    t = _words(text)
    ref = ctx.anchor or ctx.dct
    if ref is None:
        return "DATE", None, None
    unit = t.split()[-1]
    shift = -1 if re.search(r"\b(previous|preceding|before)\b", t) else 1 if re.search(
        r"\b(next|following|after)\b", t) else 0
    if unit in ("before", "after"):
        unit = "day"
    part = lexicon()["parts_of_day"].get(unit)
    if unit == "day" or part:
        value = _day_value(ref + timedelta(days=shift), part)
        return ("TIME" if part else "DATE"), value, None
    code = {"week": "W", "month": "M", "year": "Y"}[unit]
    return "DATE", _shift(ref, shift, code), None


NORMALISERS = {
    "iso": _n_iso, "slash": _n_slash, "md": _n_md, "dm": _n_dm, "month": _n_month, "year": _n_year,
    "decade": _n_decade, "century": _n_century, "weekday": _n_weekday, "partweekday": _n_partweekday,
    "relday": _n_relday, "thispart": _n_relday, "relunit": _n_relunit, "numunit": _n_numunit,
    "bareunit": _n_bareunit, "quarter": _n_quarter, "season": _n_season, "vague": _n_vague,
    "setword": _n_setword, "every": _n_every, "freq": _n_freq, "clock": _n_clock, "clock24": _n_clock,
    "noon": _n_noon, "holiday": _n_holiday, "anaphor": _n_anaphor, "yearago": _n_yearago,
    "spelled_year": _n_spelled_year,
}
