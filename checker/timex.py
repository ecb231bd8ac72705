"""TIMEX3-style date values: parsing the string form and the days it can denote.

A value such as ``2021-04`` or ``XXXX-04-07`` is kept as the string the
TempEval tradition uses, because that is what people and scorers read. To
compare two values we need more: the calendar fields that are known, and the
interval of days the value can stand for. Both live here so that the model,
the parser and the comparison agree on one reading of every form.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")

_DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2})$")
_DAY_UNKNOWN = re.compile(r"^XXXX-XX-XX$")  # "today" with no publication date
_WEEKDAY = re.compile(r"^(\d{4}|XXXX)-W(\d{2}|XX)-([1-7])$")  # ISO weekday, week maybe unknown
_MONTH = re.compile(r"^(\d{4}|XXXX)-(\d{2}|XX)$")
_WEEK = re.compile(r"^(\d{4}|XXXX)-W(\d{2}|XX)$")
_SEASON = re.compile(r"^(\d{4}|XXXX)-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4}|XXXX)-Q([1-4])$")
_HALF = re.compile(r"^(\d{4}|XXXX)-H([12])$")
_YEAR = re.compile(r"^(\d{4}|XXXX)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

# Northern-hemisphere meteorological seasons; winter runs into the next year.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True)
class Timex:
    """The known fields of a TIMEX3 value; ``None`` means not stated."""

    value: str
    precision: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    weekday: int | None = None  # ISO 1 (Monday) .. 7, for ``2021-W10-4`` forms


def parse_timex(value: str) -> Timex:
    """Read a TIMEX3 value string; raise ``ValueError`` for anything else."""
    value = value.strip()
    y = lambda s: None if s.startswith("XX") else int(s)  # noqa: E731
    if m := _DAY.match(value):
        month = None if m.group(2) == "XX" else int(m.group(2))
        t = Timex(value, "day", y(m.group(1)), month, int(m.group(3)))
    elif _DAY_UNKNOWN.match(value):
        t = Timex(value, "day")
    elif m := _WEEKDAY.match(value):
        t = Timex(value, "day", y(m.group(1)), week=y(m.group(2)), weekday=int(m.group(3)))
    elif m := _MONTH.match(value):
        t = Timex(value, "month", y(m.group(1)), y(m.group(2)))
    elif m := _WEEK.match(value):
        t = Timex(value, "week", y(m.group(1)), week=y(m.group(2)))
    elif m := _SEASON.match(value):
        t = Timex(value, "season", y(m.group(1)), season=m.group(2))
    elif m := _QUARTER.match(value):
        t = Timex(value, "quarter", y(m.group(1)), quarter=int(m.group(2)))
    elif m := _HALF.match(value):
        t = Timex(value, "half", y(m.group(1)), half=int(m.group(2)))
    elif m := _YEAR.match(value):
        t = Timex(value, "year", y(m.group(1)))
    elif m := _DECADE.match(value):
        t = Timex(value, "decade", int(m.group(1)) * 10)
    elif m := _CENTURY.match(value):
        t = Timex(value, "century", int(m.group(1)) * 100)
    else:
        raise ValueError(f"not a TIMEX3 date value: {value!r}")
    _check_fields(t)
    return t


def _check_fields(t: Timex) -> None:
    if t.month is not None and not 1 <= t.month <= 12:
        raise ValueError(f"month out of range in {t.value!r}")
    if t.day is not None:
        year = t.year if t.year is not None else 2000  # a leap year admits Feb 29
        last = calendar.monthrange(year, t.month)[1] if t.month else 31
        if not 1 <= t.day <= last:
            raise ValueError(f"day out of range in {t.value!r}")
    if t.week is not None and not 1 <= t.week <= 53:
        raise ValueError(f"week out of range in {t.value!r}")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(t: Timex) -> tuple[date, date] | None:
    """The whole interval of the value, before any START/MID/END narrowing."""
    if t.year is None:
        return None
    yr = t.year
    if t.weekday is not None:
        if t.week is None:
            return None
        d = date.fromisocalendar(yr, t.week, t.weekday)
        return d, d
    if t.precision in ("day", "month") and t.month is None:
        return None
    if t.precision == "week" and t.week is None:
        return None
    if t.precision == "day":
        if t.month is None:
            return None
        d = date(yr, t.month, t.day)
        return d, d
    if t.precision == "month":
        return date(yr, t.month, 1), _month_end(yr, t.month)
    if t.precision == "week":
        first = date.fromisocalendar(yr, t.week, 1)
        return first, first + timedelta(days=6)
    if t.precision == "season":
        lo, hi = _SEASON_MONTHS[t.season]
        end_year, end_month = (yr + 1, hi - 12) if hi > 12 else (yr, hi)
        return date(yr, lo, 1), _month_end(end_year, end_month)
    if t.precision == "quarter":
        lo = 3 * (t.quarter - 1) + 1
        return date(yr, lo, 1), _month_end(yr, lo + 2)
    if t.precision == "half":
        lo = 6 * (t.half - 1) + 1
        return date(yr, lo, 1), _month_end(yr, lo + 5)
    if t.precision == "year":
        return date(yr, 1, 1), date(yr, 12, 31)
    if t.precision == "decade":
        return date(yr, 1, 1), date(yr + 9, 12, 31)
    return date(yr, 1, 1), date(yr + 99, 12, 31)


def interval(value: str, mod: str | None = None) -> tuple[date, date] | None:
    """Days a value can denote; ``None`` when its year (or month) is unknown.

    START, MID and END narrow a period to its first, middle and last third,
    with the thirds overlapping by a day so "mid-June" and "late June" can
    still meet at their edge: writers do not agree where one ends.
    """
    span = _span(parse_timex(value))
    if span is None or mod is None or span[0] == span[1]:
        return span
    lo, hi = span
    length = (hi - lo).days + 1
    third = max(1, length // 3)
    if mod == "START":
        return lo, lo + timedelta(days=third)
    if mod == "END":
        return hi - timedelta(days=third), hi
    if mod == "MID":
        return lo + timedelta(days=third - 1), hi - timedelta(days=third - 1)
    raise ValueError(f"unknown date modifier {mod!r}")


def from_date(d: date) -> str:
    return d.isoformat()
