"""Calendar arithmetic for TIMEX3 normalisation: pick the right Tuesday, October or weekend.

Direction is one of "past" (most recent, on or before the reference day), "future" (next one),
or None (the nearest one). Tense decides it in `timex.py`; this module only counts days.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def weekday_date(ref: date, weekday: int, direction: Optional[str], strict: bool = False) -> date:
    """The `weekday` (1=Monday) nearest `ref` in `direction`; strict excludes `ref` itself."""
    delta = weekday - ref.isoweekday()
    if direction == "past":
        back = (-delta) % 7
        if back == 0 and strict:
            back = 7
        return ref - timedelta(days=back)
    if direction == "future":
        ahead = delta % 7
        if ahead == 0 and strict:
            ahead = 7
        return ref + timedelta(days=ahead)
    back, ahead = (-delta) % 7, delta % 7
    return ref - timedelta(days=back) if back <= ahead else ref + timedelta(days=ahead)


def this_week_day(ref: date, weekday: int) -> date:
    """Day `weekday` of the Monday-to-Sunday week holding `ref` ("this Sunday")."""
    return ref + timedelta(days=weekday - ref.isoweekday())


def month_year(ref: date, month: int, direction: Optional[str], strict: bool = False) -> int:
    """Year of the `month` meant when seen from `ref` (most recent October for past tense)."""
    if direction == "past":
        if month < ref.month or (month == ref.month and not strict):
            return ref.year
        return ref.year - 1
    if direction == "future":
        if month > ref.month or (month == ref.month and not strict):
            return ref.year
        return ref.year + 1
    diff = month - ref.month
    if diff > 6:
        return ref.year - 1
    if diff < -6:
        return ref.year + 1
    return ref.year


TENSE_SLACK_DAYS = 14  # a date this close on the "wrong" side is a tense misparse, not another year


def day_year(ref: date, month: int, day: int, direction: Optional[str]) -> Optional[int]:
    """Year of `month`/`day` seen from `ref`: on/before it (past), on/after (future), else nearest."""
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = date(year, month, day)
        except ValueError:
            continue
        gap = (cand - ref).days
        if direction == "past" and gap > TENSE_SLACK_DAYS:
            continue
        if direction == "future" and gap < -TENSE_SLACK_DAYS:
            continue
        if best is None or abs(gap) < abs((best - ref).days):
            best = cand
    return best.year if best else None


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def weekend_value(saturday: date) -> str:
    return iso_week(saturday) + "-WE"


def season_year(ref: date, season: str, direction: Optional[str], strict: bool = False) -> int:
    """Year of a season (by its starting month) seen from `ref`."""
    return month_year(ref, SEASON_START[season], direction, strict)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def value_precision(value: Optional[str]) -> Optional[str]:
    """day | month | year for calendar values; None for weeks, seasons, refs, durations."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[8:10].isdigit():
        return "day"
    if len(value) == 7 and value[4] == "-" and value[5:7].isdigit():
        return "month"
    if len(value) == 4:
        return "year"
    return None


def event_date(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """A TIMEX3 value as an event date: (YYYY-MM-DD | YYYY-MM | YYYY, precision) or (None, None).

    Weeks and weekends fall back to their month when they lie inside one; quarters and seasons to
    their year. Vague references (PAST_REF ...) give no date.
    """
    prec = value_precision(value)
    if prec == "day":
        return value[:10], "day"
    if prec in ("month", "year"):
        return value, prec
    if not value or not value[:4].isdigit():
        return None, None
    year = int(value[:4])
    if "-W" in value:
        try:
            week = int(value[6:8])
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            return str(year), "year"
        first, last = (monday + timedelta(days=5), monday + timedelta(days=6)) if value.endswith("WE") \
            else (monday, monday + timedelta(days=6))
        if first.month == last.month:
            return f"{first.year}-{first.month:02d}", "month"
        return None, None
    if len(value) >= 6 and (value[5] == "Q" or value[5:7] in SEASON_START or value[5] == "H"):
        return str(year), "year"
    return None, None


def year_with_weekday(ref: date, month: int, day: int, weekday: int) -> Optional[int]:
    """"Monday, Oct. 26": the year near `ref` in which that day is that weekday."""
    for year in sorted(range(ref.year - 3, ref.year + 2), key=lambda y: abs(y - ref.year)):
        try:
            if date(year, month, day).isoweekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def nth_weekday(year: int, month: int, weekday: int, nth: int, min_day: int = 1) -> date:
    """Thanksgiving (4th Thursday of November), Memorial Day (last Monday of May, nth=-1) ..."""
    if nth < 0:
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        last = nxt - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, min_day)
    first += timedelta(days=(weekday - first.isoweekday()) % 7)
    return first + timedelta(weeks=nth - 1)
