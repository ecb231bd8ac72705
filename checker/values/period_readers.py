"""Reading the calendar units, years and periods of a year a date pattern matched.

"الشهر الماضي", "this week" (a unit and its relative word), "2019" (a
year, where ``bare_year`` says four digits are one), "الربع الأول من
2022", "the July-September quarter", "صيف العام الماضي" (a season, quarter
or half, and its year). Steps as in ``date_readers``, which holds the table.
"""

from __future__ import annotations

import re

from checker.values import bare_period, bare_year, cues, ordinals
from checker.values.fields import Fields, Reading, Step

_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def stated_year(r: Reading, f: Fields) -> bool:
    if r.get("year"):
        f.year = int(r.get("year"))
    return True


def _this_unit(r: Reading, f: Fields) -> bool:
    if r.get("dem"):  # "هذا الشهر"
        f.rel_year, f.rel = None, 0
    return True


def _unit(r: Reading, f: Fields) -> bool:
    """"الشهر الماضي", "this week": a calendar unit needs a relative word, a part or "this"."""
    f.unit = r.maps["units"][r.get("unit")]
    if f.rel is None and f.part is None and not r.get("dem"):
        return False
    if f.rel is None:
        f.rel = 0
    return not (f.day and f.unit != "month")


def _calendar_year(r: Reading, f: Fields) -> bool:
    """"نهاية العام الدراسي": a school year, not the calendar's."""
    if not (r.has("unit") and r.m.end("unit") == r.m.end()):
        return True
    after = _WORD_AFTER.match(r.text, r.m.end(), r.m.end() + 30)
    return not (after and after.group(1) in r.maps["qualifiers"])


def _bare_year(r: Reading, f: Fields) -> bool:
    """Four digits alone are a year only where their neighbours say so (``bare_year``)."""
    if f.part or f.season or f.quarter or f.half or r.get("yw"):
        return True
    return bare_year.is_year(r.lang, r.text, r.m.start(), r.m.end(), f.year)


def _quarter_months(r: Reading, f: Fields) -> bool:
    """"the July-September quarter"; "the May-July quarter" is no calendar quarter."""
    if not r.get("qm1"):
        return True
    first, last = r.maps["months"][r.get("qm1")], r.maps["months"][r.get("qm2")]
    f.quarter = (first + 2) // 3
    return first % 3 == 1 and last == first + 2


def _season(r: Reading, f: Fields) -> bool:
    if r.get("season"):
        f.season = r.maps["seasons"][r.get("season")]
    return True


def _of_year(r: Reading) -> bool:
    """"الفصل الأول من السنة/من 2022": a year after "of" makes a strict word a quarter."""
    after = r.text[r.m.end("qn"):r.m.end()].split()[:1]
    return bool((r.get("yw") or r.get("unit") or r.get("year")) and after and after[0] in r.maps["of"])


def _quarter_or_half(r: Reading, f: Fields) -> bool:
    """"الربع الأول", "the second half"; "الفصل الأول" of a book is none."""
    qh, mp = r.get("qh"), r.maps
    if not qh:
        return True
    if qh in mp["strict_q"] and not _of_year(r):
        return False  # "الفصل الأول" of a book
    half = qh in mp["half_words"]
    if r.get("qn") in mp["last"]:
        n = 2 if half else 4  # "الربع الأخير", "the final quarter"
    else:
        n = ordinals.ordinal_value(ordinals.grammar(r.lang), r.get("qn"))
    if not half:
        f.quarter = n
        return True
    f.half = n
    return n in (1, 2)


def _this_period(r: Reading, f: Fields) -> bool:
    if r.get("dem") or (r.has("unit") and r.get("rel") is None and f.rel_year is None):
        f.rel_year = 0  # "صيف هذا العام", "الربع الأول من العام"
    return True


def _period(r: Reading, f: Fields) -> bool:
    """"الصيف الماضي" is the last summer; "صيف العام الماضي", "the first quarter of
    last year" move the year; a period with no year is read by ``_yearless``."""
    if f.rel is not None and f.rel_year is None and (r.has("unit") or not f.season):
        f.rel_year, f.rel = f.rel, None
    if f.rel_year is None and f.rel is None and not (r.has("unit") or "the year" in r.m.group()):
        if not _yearless(r, f):
            return False
    elif f.rel_year is None and f.rel is None:
        f.rel_year = 0
    if r.get("same"):
        f.borrow = "same"
    return True


def _yearless(r: Reading, f: Fields) -> bool:
    """"في الخريف": a date where ``bare_period`` says so, its year by tense (``year``);
    "than the first half" only beside a half of stated year (``anaphora``)."""
    if not r.has("hy") and not bare_period.is_period(r.lang, r.text, r.m.start(), r.m.end(), r.get("season"),
                                                     bool(f.half)):
        if r.get("season"):
            return False
        f.borrow = "sibling"
    f.tense, f.weak = cues.reading(r.lang, r.text, r.m.start(), r.m.end())
    return True


def _restated_year(r: Reading, f: Fields) -> bool:
    """«العام الماضي 2020»: the year written after a relative one is the year meant, whatever the
    publication date."""
    f.rel = f.rel_year = None
    return True


PERIODS: dict[str, tuple[Step, ...]] = {
    "unit_year": (stated_year, _restated_year),
    "unit": (_this_unit, _unit, _calendar_year),
    "unit_after": (_this_unit, _unit),
    "year": (stated_year, _quarter_months, _season, _quarter_or_half, _bare_year),
    "period": (_this_period, _calendar_year, _quarter_months, _season, _quarter_or_half, _period),
}
