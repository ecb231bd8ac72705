"""The Hijri calendar: a Hijri day as a Gregorian one, and the year of a Hijri
month named without one.

Saudi and Gulf announcements follow the Umm al-Qura calendar (1343-1500 AH);
outside its table the tabular Islamic calendar stands in.
"""

from __future__ import annotations

from datetime import date

from checker.values.fields import Fields


def _tabular(y: int, m: int, d: int) -> date:
    """Tabular Islamic calendar (civil epoch): outside the Umm al-Qura table's years."""
    days = d + -(-(59 * (m - 1)) // 2) + (y - 1) * 354 + (3 + 11 * y) // 30
    return date.fromordinal(days + 1948439 - 1721425)


def to_date(y: int, m: int, d: int) -> date:
    """The Umm al-Qura calendar (1343-1500 AH), which Saudi and Gulf announcements
    follow ("1 / 12 / 1445هـ" is 7 June 2024; the tabular rule says the 8th)."""
    from hijridate import Hijri  # imported on first Hijri date only

    try:
        return date(*Hijri(y, m, d).to_gregorian().datetuple())
    except (OverflowError, ValueError):
        return _tabular(y, m, d)


def year_of(f: Fields, dct: date) -> int:
    """The Hijri year of a month named without one, read like a Gregorian month:
    by its relative word or tense, else the occurrence nearest the publication
    date ("غرة شهر رمضان" two days before it is the coming one)."""
    approx = int((dct.toordinal() - _tabular(1, 1, 1).toordinal()) / 354.367) + 1
    mids = {y: to_date(y, f.hijri_month, f.day or 15) for y in (approx - 1, approx, approx + 1, approx + 2)}
    past = [y for y, d in mids.items() if d <= dct]
    future = [y for y, d in mids.items() if d > dct]
    if f.rel == 1 or (f.rel is None and f.tense == 1):
        return min(future)
    if f.rel == -1 or f.tense == -1:
        return max(past)
    return min(mids, key=lambda y: (abs((mids[y] - dct).days), mids[y] > dct))
