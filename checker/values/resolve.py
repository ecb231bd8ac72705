"""Turning the fields of a date expression into a TIMEX3 value.

Everything relative is read against the article's publication date and
nothing else: no clock, no guess. When the publication date is missing the
fields the text does not give stay ``X`` (``XXXX-04-07``, ``XXXX-WXX-4``) and
the note says why, so a reader sees the gap instead of a made-up year.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from checker import timex
from checker.values import hijri, year
from checker.values.fields import Fields

Value = tuple[str, str | None, str | None]  # (TIMEX3 value, mod, note)
UNRESOLVED = "unresolved: no publication date"
_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _ymd(y: int | None, m: int | None, d: int | None) -> str:
    ys = f"{y:04d}" if y is not None else "XXXX"
    ms = f"{m:02d}" if m is not None else "XX"
    return f"{ys}-{ms}" if d is None else f"{ys}-{ms}-{d:02d}"


def _season_year(f: Fields, dct: date) -> int:
    if f.rel_year is not None and f.rel is None:
        return dct.year + f.rel_year
    for y in (dct.year - 1, dct.year, dct.year + 1):
        lo, hi = timex.interval(f"{y}-{f.season}")
        if f.rel == -1 and hi < dct and not timex.interval(f"{y + 1}-{f.season}")[1] < dct:
            return y
        if f.rel == 1 and lo > dct:
            return y
        if f.rel in (0, None) and lo <= dct <= hi:
            return y
    return dct.year


def resolve(f: Fields, dct: date | None) -> Value:
    """(TIMEX3 value, mod, note) for the fields, read against ``dct``.

    Read against a publication date at the calendar's edge ("tomorrow" on
    9999-12-31), a date would fall outside what ``datetime`` holds; it is then
    left unresolved with a note saying why, never guessed.
    """
    if dct is None:
        return _resolve(f, dct)
    try:
        return _resolve(f, dct)
    except (OverflowError, ValueError):
        try:
            value, mod, _ = _resolve(f, None)
        except (OverflowError, ValueError):
            value, mod = "XXXX", None
        return value, mod, "unresolved: the date falls outside the calendar (year 1 to 9999)"


def _shift(unit: str, k: int, dct: date) -> str:
    """The day, week, month or year ``k`` of them from ``dct``."""
    if unit == "day":
        return (dct + timedelta(days=k)).isoformat()
    if unit == "week":
        return _week(dct + timedelta(weeks=k))
    if unit == "month":
        return _ymd(*_add_months(dct.year, dct.month, k), None)
    return str(dct.year + k)


def _stated(f: Fields, dct: date | None) -> Value:
    """2021-04-07, 7/4/2021: every field written."""
    return _ymd(f.year, f.month, f.day), None, f.note


def _deictic(f: Fields, dct: date | None) -> Value:
    """"أمس", "tomorrow": days from the publication date; "on this day in 2014": its day and
    month in the year written (28 February for a 29th in a common year)."""
    if dct is None:
        if f.year is not None:  # the year is all that is known
            return str(f.year), None, "the day is the publication date's, which is unknown"
        return "XXXX-XX-XX", None, UNRESOLVED
    if f.rel_year is not None and f.deictic == 0 and f.year is None:
        f.year = dct.year + f.rel_year
    if f.year is not None and f.deictic == 0:
        day = dct.day if (dct.month, dct.day) != (2, 29) or calendar.isleap(f.year) else 28
        return date(f.year, dct.month, day).isoformat(), None, "day and month of the publication date"
    return (dct + timedelta(days=f.deictic)).isoformat(), None, f.note


def _offset(f: Fields, dct: date | None) -> Value:
    """"قبل ثلاثة أيام", "two weeks ago": units counted from the publication date."""
    if dct is None:
        return _UNKNOWN[f.offset_unit], None, UNRESOLVED
    if f.offset_anchor and f.offset_unit in ("year", "month"):  # "a year ago today": that very day
        y, m = _add_months(dct.year, dct.month, f.offset * (12 if f.offset_unit == "year" else 1))
        if f.offset_anchor == "month":
            return _ymd(y, m, None), None, f.note
        return date(y, m, min(dct.day, calendar.monthrange(y, m)[1])).isoformat(), None, f.note
    return _shift(f.offset_unit, f.offset, dct), None, f.note


def _hijri(f: Fields, dct: date | None) -> Value:
    """A Hijri date or month as the Gregorian day, or the month of its 15th."""
    if f.hijri_year is None and dct is None:
        return "XXXX-XX", f.part, "unresolved: hijri month without a year or publication date"
    if f.hijri_year is None:
        f.hijri_year = hijri.year_of(f, dct)
    if f.day:
        return hijri.to_date(f.hijri_year, f.hijri_month, f.day).isoformat(), f.part, "hijri date, Umm al-Qura calendar"
    mid = hijri.to_date(f.hijri_year, f.hijri_month, 15)
    return _ymd(mid.year, mid.month, None), f.part, "hijri month, approximated by the Gregorian month of its 15th"


def _disagrees(f: Fields, y: int | None, m: int | None) -> bool:
    """"الخميس 2 آذار 2023": the weekday written is not the one the date falls on."""
    if not (f.day and f.weekday and y and m):
        return False
    try:
        return date(y, m, f.day).isoweekday() != f.weekday
    except ValueError:
        return False


def _month(f: Fields, dct: date | None) -> Value:
    """A month, with or without its day, year and weekday."""
    nth = year.nth_weekday(f, dct) if f.nth and (f.year or dct) else None
    if nth is not None:
        return nth.isoformat(), f.part, f.note
    y, note = f.year, f.note
    if y is None and dct is None:
        note = note or "unresolved: year not stated and no publication date"
    elif y is None:
        y = year.month_year(f, dct)
    m = None if f.month_unknown else f.month
    if _disagrees(f, y, m):
        note = "weekday does not match the date"
    if f.day:
        try:
            timex.parse_timex(_ymd(y, m, f.day))
        except ValueError:
            return _ymd(y, m, None), f.part, f"day {f.day} does not exist in that month"
    return _ymd(y, m, f.day), f.part, note


def _weekday(f: Fields, dct: date | None) -> Value:
    if dct is None:
        return f"XXXX-WXX-{f.weekday}", None, UNRESOLVED
    return year.weekday(f, dct).isoformat(), None, f.note


def _unit(f: Fields, dct: date | None) -> Value:
    """"الشهر الماضي", "this week", "15 من الشهر الجاري": a calendar unit by its relative word."""
    if dct is None:
        return (_ymd(None, None, f.day) if f.unit == "month" and f.day else _UNKNOWN[f.unit]), f.part, UNRESOLVED
    if f.unit == "month" and f.day:
        y, m = _add_months(dct.year, dct.month, f.rel or 0)
        try:
            return date(y, m, f.day).isoformat(), f.part, f.note
        except ValueError:
            return _ymd(y, m, None), f.part, f"day {f.day} does not exist in that month"
    return _shift(f.unit, f.rel or 0, dct), f.part, f.note


def _period_year(f: Fields, dct: date) -> int:
    if f.rel is None and f.rel_year is None and (f.season or f.quarter):  # "في الخريف"
        code = f.season or f"Q{f.quarter}"
        return year.period_year(f, dct, lambda y: timex.interval(f"{y}-{code}"))
    return _season_year(f, dct) if f.season else dct.year + (f.rel_year or 0)


def _year(f: Fields, dct: date | None) -> Value:
    """A year, or a season, quarter or half of one."""
    note = f.note
    if f.year is not None:
        y = f"{f.year:04d}"
    elif dct is None:
        y, note = "XXXX", UNRESOLVED
    else:
        y = str(_period_year(f, dct))
    code = f.season or (f"Q{f.quarter}" if f.quarter else f"H{f.half}" if f.half else "")
    return (f"{y}-{code}" if code else y), f.part, note


# One reader per family of date: a date written in digits is read as stated;
# else the first whose field is set, in this order; a year (or a period of
# one) is what is left.
_STATED = frozenset({"iso", "ymd", "dmy"})
_READERS = (
    ("deictic", _deictic), ("offset", _offset), ("hijri_month", _hijri), ("month", _month),
    ("weekday", _weekday), ("unit", _unit),
)


def takes_section_year(f: Fields) -> bool:
    """Whether a date names a month, day or part of a year and leaves its year to the reader, with
    no word of its own to place it ("April 7", «حزيران», "in the summer"; not "last June", "Monday",
    "yesterday"): under a chronology's year heading it is that year's."""
    if f.kind in _STATED or f.year is not None or f.rel is not None or f.rel_year is not None or f.borrow is not None:
        return False
    if f.deictic is not None or f.offset is not None or f.hijri_month is not None:
        return False
    return f.month is not None or bool(f.season or f.quarter or f.half) and f.weekday is None and f.unit is None


def _resolve(f: Fields, dct: date | None) -> Value:
    if f.kind in _STATED:
        return _stated(f, dct)
    for field, read in _READERS:
        if getattr(f, field) is not None:
            return read(f, dct)
    return _year(f, dct)
