"""Which year a month, or which week a weekday, named without one belongs to.

The order of evidence is the usual one for news: a relative word on the
date itself ("نوفمبر الماضي", "next May") decides; failing that, the tense
of the words just before the date (``cues.tense``: "منذ", "until",
"سيكفي"), except that "until" alone gives way to an occurrence in the last
six months that is closer than the coming one ("تأخرت حتى منتصف نوفمبر" in
December: a delay that ended); failing that, the occurrence closest to the publication date,
because a report speaks of the recent past and the near future alike
("May 28" a week before it is the coming one, "Dec. 30" in the first days
of January the one just gone). Ties go to the past. A weekday alone stays
the most recent one unless its own words point ahead: a weekday a few days
off is as often next week as last, and most reports tell what happened; a
lone "by"/"حتى" after a past verb ("had cast ballots by Monday") does not.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from checker.text.normalize import norm
from checker.values.fields import Fields

RECENT_DAYS, RECENT_MONTHS = 183, 6  # how far back a weak "until" may still point
UNTIL_DAYS, UNTIL_MONTHS = 14, 0  # ...and a lone one with no past verb: a count "as of" days ago, the month under way


def _day_in(y: int, m: int, d: int) -> date:
    return date(y, m, min(d, calendar.monthrange(y, m)[1]))  # 29 Feb in a common year: near enough to rank


def _choose(gaps: dict[int, int], tense: int | None, weak_back: float | None = None) -> int:
    """The year among ``gaps`` (each year's signed distance from the publication
    date) that the tense points to: the latest behind or the first ahead; with
    none, the nearest, ties to the past. A weak future ("until" alone) keeps a
    nearest occurrence up to ``weak_back`` behind."""
    nearest = min(gaps, key=lambda y: (abs(gaps[y]), gaps[y] > 0))
    if tense == 1 and weak_back is not None and 0 < -gaps[nearest] <= weak_back:
        return nearest
    behind = [y for y, g in gaps.items() if g <= 0]
    ahead = [y for y, g in gaps.items() if g >= 0]
    if tense == -1 and behind:
        return max(behind)
    if tense == 1 and ahead:
        return min(ahead)
    return nearest


def _relative(f: Fields, dct: date) -> int:
    """"الماضي": strictly before; "أغسطس الماضي" in August is last year's."""
    here = (f.month, f.day) if f.day else (f.month,)
    now = (dct.month, dct.day) if f.day else (dct.month,)
    if f.rel == -1:
        return dct.year if here < now else dct.year - 1
    if f.rel == 1:
        return dct.year if here > now else dct.year + 1
    return dct.year


def _fitting(f: Fields, years: list[int]) -> list[int]:
    """"الخميس 2 آذار": the years whose 2 March is a Thursday beat any cue."""
    m, d = f.month, f.day
    wider = (*years, years[1] - 2, years[1] + 2)
    fits = [y for y in wider if _day_in(y, m, d).day == d and _day_in(y, m, d).isoweekday() == f.weekday]
    return fits if len(fits) == 1 or fits and f.tense is None else years


def month_year(f: Fields, dct: date) -> int:
    """The year of a month (and day) named without one."""
    m, d = f.month, f.day
    if f.rel_year is not None:
        return dct.year + f.rel_year
    if f.rel is not None:
        return _relative(f, dct)
    years = [dct.year - 1, dct.year, dct.year + 1]
    if d and f.weekday:
        years = _fitting(f, years)
    if d:  # signed distance from the publication date, in days or months
        gaps = {y: (_day_in(y, m, d) - dct).days for y in years}
    else:
        gaps = {y: (y * 12 + m) - (dct.year * 12 + dct.month) for y in years}
    back = (RECENT_DAYS if d else RECENT_MONTHS) if f.weak else (UNTIL_DAYS if d else UNTIL_MONTHS) if f.until else None
    return _choose(gaps, f.tense, back)


def nth_weekday(f: Fields, dct: date | None) -> date | None:
    """"يوم الجمعة الأول من شهر كانون الأول": the first Friday of December, when the
    first of December is no Friday in the year meant (then it is Friday the first,
    read as a date). The year is chosen on the Fridays themselves, by tense or
    nearness, as for a month."""
    years = [f.year] if f.year else [dct.year - 1, dct.year, dct.year + 1]

    def nth(y: int) -> date | None:
        d = 1 + (f.weekday - date(y, f.month, 1).isoweekday()) % 7 + 7 * (f.day - 1)
        return date(y, f.month, d) if d <= calendar.monthrange(y, f.month)[1] else None

    days = {y: nth(y) for y in years if nth(y)}
    if not days:
        return None
    y = f.year if f.year or dct is None else _choose({y: (d - dct).days for y, d in days.items()}, f.tense)
    if y not in days or _day_in(y, f.month, f.day).isoweekday() == f.weekday:
        return None
    return days[y]


def weekday(f: Fields, dct: date) -> date:
    """The day a weekday names: last one (or today) unless its own words point ahead."""
    diff = (f.weekday - dct.isoweekday()) % 7  # days ahead to the next such weekday
    if f.rel == 1:
        return dct + timedelta(days=diff or 7)
    if f.rel == -1:
        return dct - timedelta(days=(7 - diff) % 7 or 7)
    if diff == 0:
        return dct
    if f.today or f.rel == 0:
        return dct + timedelta(days=diff) if diff <= 3 else dct - timedelta(days=7 - diff)
    if f.tense == 1 and not f.weak:
        return dct + timedelta(days=diff)
    return dct - timedelta(days=7 - diff)  # "had cast ballots by Monday": a weak "by" after a past


def period_year(f: Fields, dct: date, interval) -> int:
    """The year of a season or quarter named without one ("في الخريف", "in the second quarter").

    Read like a month: the tense before it picks the one under way or just
    over (past) or the one under way or to come (future); failing a tense,
    the nearest, under way counting as nearest and ties going to the past.
    ``interval(y)`` gives the first and last day of the period in year y.
    """
    spans = {y: interval(y) for y in (dct.year - 1, dct.year, dct.year + 1)}

    def gap(y: int) -> int:
        lo, hi = spans[y]
        return (lo - dct).days if lo > dct else (hi - dct).days if hi < dct else 0

    return _choose({y: gap(y) for y in spans}, f.tense, float("inf") if f.weak else None)


def stated_years(mentions) -> dict[int, int]:
    """The years a sentence states for its months ("in July 2021", «تموز يوليو 2021»): for a month
    the next sentence names without a year (``find_mentions``'s ``earlier_years``). Only a year
    written in the date's own words counts; one the reader took from publication is no evidence."""
    out: dict[int, int] = {}
    for m in mentions:
        v = m.value.value if m.value.kind == "date" else ""
        if len(v) >= 7 and v[:4].isdigit() and v[4] == "-" and v[5:7].isdigit() and v[:4] in norm(m.text):
            out[int(v[5:7])] = int(v[:4])
    return out
