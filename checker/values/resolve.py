"""Turning the fields of a date expression into a TIMEX3 value.

Everything relative is read against the article's publication date and
nothing else: no clock, no guess. When the publication date is missing the
fields the text does not give stay ``X`` (``XXXX-04-07``, ``XXXX-WXX-4``) and
the note says why, so a reader sees the gap instead of a made-up year.
"""

from __future__ import annotations

from datetime import date, timedelta

from checker import timex
from checker.values import year
from checker.values.fields import Fields


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


def _tabular(y: int, m: int, d: int) -> date:
    """Tabular Islamic calendar (civil epoch): outside the Umm al-Qura table's years."""
    days = d + -(-(59 * (m - 1)) // 2) + (y - 1) * 354 + (3 + 11 * y) // 30
    return date.fromordinal(days + 1948439 - 1721425)


def _hijri_to_date(y: int, m: int, d: int) -> date:
    """The Umm al-Qura calendar (1343-1500 AH), which Saudi and Gulf announcements
    follow ("1 / 12 / 1445هـ" is 7 June 2024; the tabular rule says the 8th)."""
    from hijridate import Hijri  # imported on first Hijri date only

    try:
        return date(*Hijri(y, m, d).to_gregorian().datetuple())
    except (OverflowError, ValueError):
        return _tabular(y, m, d)


def _hijri_year(f: Fields, dct: date) -> int:
    """The Hijri year of a month named without one, read like a Gregorian month:
    by its relative word or tense, else the occurrence nearest the publication
    date ("غرة شهر رمضان" two days before it is the coming one)."""
    approx = int((dct.toordinal() - _tabular(1, 1, 1).toordinal()) / 354.367) + 1
    mids = {y: _hijri_to_date(y, f.hijri_month, f.day or 15) for y in (approx - 1, approx, approx + 1, approx + 2)}
    past = [y for y, d in mids.items() if d <= dct]
    future = [y for y, d in mids.items() if d > dct]
    if f.rel == 1 or (f.rel is None and f.tense == 1):
        return min(future)
    if f.rel == -1 or f.tense == -1:
        return max(past)
    return min(mids, key=lambda y: (abs((mids[y] - dct).days), mids[y] > dct))


def _hijri(f: Fields, dct: date | None, mod: str | None) -> tuple[str, str | None, str | None]:
    """A Hijri date or month as the Gregorian day, or the month of its 15th."""
    if f.hijri_year is None and dct is None:
        return "XXXX-XX", mod, "unresolved: hijri month without a year or publication date"
    if f.hijri_year is None:
        f.hijri_year = _hijri_year(f, dct)
    if f.day:
        return _hijri_to_date(f.hijri_year, f.hijri_month, f.day).isoformat(), mod, "hijri date, Umm al-Qura calendar"
    mid = _hijri_to_date(f.hijri_year, f.hijri_month, 15)
    return _ymd(mid.year, mid.month, None), mod, "hijri month, approximated by the Gregorian month of its 15th"


def resolve(f: Fields, dct: date | None) -> tuple[str, str | None, str | None]:
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


def _resolve(f: Fields, dct: date | None) -> tuple[str, str | None, str | None]:
    mod, note = f.part, f.note
    unresolved = "unresolved: no publication date"
    if f.kind in ("iso", "ymd", "dmy"):
        return _ymd(f.year, f.month, f.day), None, note
    if f.deictic is not None:
        if dct is None:
            return "XXXX-XX-XX", None, unresolved
        return (dct + timedelta(days=f.deictic)).isoformat(), None, note
    if f.offset is not None:
        u, k = f.offset_unit, f.offset
        if dct is None:
            return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[u], None, unresolved
        if u == "day":
            return (dct + timedelta(days=k)).isoformat(), None, note
        if u == "week":
            return _week(dct + timedelta(weeks=k)), None, note
        if u == "month":
            return _ymd(*_add_months(dct.year, dct.month, k), None), None, note
        return str(dct.year + k), None, note
    if f.hijri_month is not None:
        return _hijri(f, dct, mod)
    if f.month is not None and f.nth and (f.year or dct):
        nth = year.nth_weekday(f, dct)
        if nth is not None:
            return nth.isoformat(), mod, note
    if f.month is not None:
        y = f.year
        if y is None:
            if dct is None:
                note = note or "unresolved: year not stated and no publication date"
            else:
                y = year.month_year(f, dct)
        m = None if f.month_unknown else f.month
        if f.day and f.weekday and y and m and not f.month_unknown:
            try:
                if date(y, m, f.day).isoweekday() != f.weekday:
                    note = "weekday does not match the date"
            except ValueError:
                pass
        if f.day:
            try:
                timex.parse_timex(_ymd(y, m, f.day))
            except ValueError:
                return _ymd(y, m, None), mod, f"day {f.day} does not exist in that month"
        return _ymd(y, m, f.day), mod, note
    if f.weekday is not None:
        if dct is None:
            return f"XXXX-WXX-{f.weekday}", None, unresolved
        return year.weekday(f, dct).isoformat(), None, note
    if f.unit is not None:
        k = f.rel or 0
        if dct is None:
            value = {"week": "XXXX-WXX", "month": _ymd(None, None, f.day) if f.day else "XXXX-XX", "year": "XXXX"}
            return value[f.unit], mod, unresolved
        if f.unit == "week":
            return _week(dct + timedelta(weeks=k)), mod, note
        if f.unit == "month":
            y, m = _add_months(dct.year, dct.month, k)
            if f.day:
                try:
                    return date(y, m, f.day).isoformat(), mod, note
                except ValueError:
                    return _ymd(y, m, None), mod, f"day {f.day} does not exist in that month"
            return _ymd(y, m, None), mod, note
        return str(dct.year + k), mod, note
    y = f.year
    if y is None:
        if dct is None:
            y_s, note = "XXXX", unresolved
        else:
            y_s = str(_season_year(f, dct) if f.season else dct.year + (f.rel_year or 0))
            if f.rel is None and f.rel_year is None and (f.season or f.quarter):  # "في الخريف"
                code = f.season or f"Q{f.quarter}"
                y_s = str(year.period_year(f, dct, lambda y: timex.interval(f"{y}-{code}")))
    else:
        y_s = f"{y:04d}"
    if f.season:
        return f"{y_s}-{f.season}", mod, note
    if f.quarter:
        return f"{y_s}-Q{f.quarter}", mod, note
    if f.half:
        return f"{y_s}-H{f.half}", mod, note
    return y_s, mod, note
