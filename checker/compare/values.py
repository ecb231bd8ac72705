"""When two typed values cannot both be true, and why, in words a journalist reads.

Each value is read as the set of things it can denote (days for a date,
numbers for a quantity); two values conflict only when those sets are
disjoint. Being generous this way keeps false alarms down: "April 2021" and
"7 April 2021" are both true of the same day, so they agree.

Dates are turned into day-of-year bitmasks per year, plus one mask for "any
year". That single representation answers every mix of precisions — an
unknown year only ever meets the other side on month and day, a season of
unknown year still overlaps "5 June 2021" — without a case per pair of forms.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date
from functools import lru_cache

from checker import timex
from checker.humanize import date_differences, day_range, format_number, human_value, ordinal_words
from checker.models import DateValue, Interval, NameValue, Ordinal, Quantity
from checker.text.normalize import norm

Value = DateValue | Quantity | Ordinal | NameValue

_FEB29 = 59  # bit of 29 February in a leap year's day-of-year mask


def _bit(month: int, day: int) -> int:
    return date(2000, month, day).timetuple().tm_yday - 1


def _span_masks(lo: date, hi: date) -> dict[int, int]:
    """Days lo..hi as one bitmask per year, bit 59 (Feb 29) only in leap years."""
    out = {}
    for year in range(lo.year, hi.year + 1):
        a, b = max(lo, date(year, 1, 1)), min(hi, date(year, 12, 31))
        ia, ib = _bit(a.month, a.day), _bit(b.month, b.day)
        mask = ((1 << (ib - ia + 1)) - 1) << ia
        out[year] = mask if calendar.isleap(year) else mask & ~(1 << _FEB29)
    return out


# Fillings for unknown fields. Twenty-eight consecutive years hold every
# combination of leap year and weekday, so an unknown year is read as "any
# of these" and only its month, day (or week, weekday) survive.
_FILLS = (
    (re.compile(r"^XXXX"), tuple(str(y) for y in range(2000, 2028))),
    (re.compile(r"(?<=^\d{4}-)XX"), tuple(f"{m:02}" for m in range(1, 13))),
    (re.compile(r"(?<=^\d{4}-W)XX"), tuple(f"{w:02}" for w in range(1, 54))),
)
_KNOWN = ("year", "month", "day", "week", "weekday", "season", "quarter", "half")


def _candidates(value: str) -> list[str]:
    """Every fully stated value a partly unknown one could stand for."""
    out = [value]
    for pattern, fills in _FILLS:
        out = [pattern.sub(f, v, count=1) for v in out for f in fills] if pattern.search(out[0]) else out
    return out


@lru_cache(maxsize=4096)
def day_sets(value: str, mod: str | None) -> tuple[int, dict[int, int]] | None:
    """Days a date can mean: (mask valid in any year, {year: mask}); None if nothing is known."""
    try:
        t = timex.parse_timex(value)
    except ValueError:
        return None
    if all(getattr(t, f, None) is None for f in _KNOWN):
        return None  # "XXXX-XX": says nothing, so contradicts nothing
    years: dict[int, int] = {}
    for v in _candidates(value):
        try:
            span = _interval(v, mod)
        except ValueError:  # e.g. week 53 of a year that has 52
            continue
        if span is not None:
            for y, m in _span_masks(*span).items():
                years[y] = years.get(y, 0) | m
    if not years:
        return None
    if t.year is None:
        mask = 0
        for m in years.values():
            mask |= m
        return mask, {}
    return 0, years


def _interval(value: str, mod: str | None) -> tuple[date, date] | None:
    try:
        return timex.interval(value, mod)
    except ValueError:  # an unknown modifier narrows nothing
        return timex.interval(value)


def dates_overlap(a: DateValue, b: DateValue) -> bool:
    sa, sb = day_sets(a.value, a.mod), day_sets(b.value, b.mod)
    if sa is None or sb is None:
        return True  # a date with nothing known contradicts nothing
    (any_a, years_a), (any_b, years_b) = sa, sb
    if any_a & any_b:
        return True
    if any_a and any(any_a & m for m in years_b.values()):
        return True
    if any_b and any(any_b & m for m in years_a.values()):
        return True
    return any(m & years_b.get(y, 0) for y, m in years_a.items())


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _date_reason(a: DateValue, b: DateValue) -> str:
    plain = {"day", "month", "year"}
    diffs = date_differences(a, b)
    if diffs and not (a.mod or b.mod) and {a.precision, b.precision} <= plain:
        return "different " + _join(diffs)
    spans = [_interval(v.value, v.mod) for v in (a, b)]
    if all(spans):
        (alo, ahi), (blo, bhi) = spans
        return f"the days they can mean ({day_range(alo, ahi, '–')} and {day_range(blo, bhi, '–')}) do not overlap"
    return "no day of the year fits both"


def _range_words(i: Interval, q: Quantity) -> str:
    if not math.isinf(i.lo) and not math.isinf(i.hi):
        if i.lo == i.hi:
            return _num(i.lo, q)
        return f"{_num(i.lo, q)}–{_num(i.hi, q)}"
    return human_value(q)  # open-ended: "more than 3,000" says it best


def _num(x: float, q: Quantity) -> str:
    return f"{format_number(round(x * 100, 6))}%" if q.unit == "percent" else format_number(x)


def _quantity_reason(a: Quantity, b: Quantity, ia: Interval, ib: Interval, tolerance: float) -> str:
    if a.mod is None and b.mod is None:
        return "different numbers"
    slack = f" at ±{format_number(round(tolerance * 100, 6))}%" if "APPROX" in (a.mod, b.mod) else ""
    if a.mod is None or b.mod is None:
        exact, other, io = (a, b, ib) if a.mod is None else (b, a, ia)
        if io.lo == io.hi:
            return f"different numbers{slack}"
        if not math.isinf(io.lo) and not math.isinf(io.hi):
            return f"{human_value(exact)} is outside {_range_words(io, other)}{slack}"
        return f"{human_value(exact)} is not {human_value(other)}"
    ra, rb = _range_words(ia, a), _range_words(ib, b)
    if all(not math.isinf(x) for x in (ia.lo, ia.hi, ib.lo, ib.hi)):
        return f"the ranges {ra} and {rb} do not overlap{slack}"
    return f"no number is both {ra} and {rb}"


def name_key(v: NameValue) -> str:
    return " ".join(norm(v.value).split()).casefold()


def _an(word: str) -> str:
    """"an eighth", "an 81st": ordinals are spelled to twentieth, so the vowel or an 8 decides."""
    return ("an " if word[:1] in "aeio8" else "a ") + word


def canonical(v: Value) -> tuple:
    """What decides agreement: two values with the same canonical form compare alike."""
    if isinstance(v, DateValue):
        return ("date", v.value, v.mod)
    if isinstance(v, Quantity):
        return ("quantity", v.value, v.mod, v.unit, v.high)
    if isinstance(v, Ordinal):
        return ("ordinal", v.value)
    return ("name", name_key(v))


def _scale(q: Quantity) -> str | None:
    """What a number measures, for comparing: "40 percent" and "a third" are both shares of a
    whole (0.4 and 0.333), so they compare; a count and a percentage do not."""
    if q.unit == "percent" or (q.unit is None and 0 < q.value < 1):
        return "share"
    return q.unit


def value_conflict(a: Value, b: Value, tolerance: float, agree_within: float = 0.0) -> str | None:
    """Why ``a`` and ``b`` cannot both be true, or ``None`` when they can.

    Values of different kinds, or quantities in different units, are not
    comparable and so never conflict: a mismatch there is an extraction
    problem, not a disagreement between sources. Two numbers at most
    ``agree_within`` apart (relative to the larger) agree whatever their hedges.
    """
    if type(a) is not type(b):
        return None
    if isinstance(a, DateValue):
        if dates_overlap(a, b):
            return None
        why = _date_reason(a, b)
    elif isinstance(a, Quantity):
        if _scale(a) != _scale(b) or any(math.isnan(q.value) for q in (a, b)):
            return None
        if agree_within and abs(a.value - b.value) <= agree_within * max(abs(a.value), abs(b.value)):
            return None
        ia, ib = a.interval(tolerance), b.interval(tolerance)
        if ia.overlaps(ib):
            return None
        why = _quantity_reason(a, b, ia, ib, tolerance)
    elif isinstance(a, Ordinal):
        if a.value == b.value:
            return None
        return f"{_an(ordinal_words(a.value))} vs {_an(ordinal_words(b.value))}"
    else:
        if name_key(a) == name_key(b):
            return None
        return f"“{human_value(a)}” vs “{human_value(b)}”: different names"
    return f"{human_value(a)} vs {human_value(b)}: {why}"

