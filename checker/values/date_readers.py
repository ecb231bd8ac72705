"""What a date pattern's match says: one reader per family of date, as data.

``dates`` matches the patterns of ``date_patterns``; each match is then read
by the steps the table ``STEPS`` lists for its rule: first the parts every
rule may hold (a part of the period, a relative word, a day, a weekday),
then those of its family (a month name, an offset, digits here; a calendar
unit, a year, a season, quarter or half in ``period_readers``). A step sets
fields on a ``Fields`` record and returns False when the words turn out to
name no date ("May" opening a sentence, "الفصل الأول" of a book, "اللاعبون
الأحد عشر"): the match is then dropped. Word lists come from the lexicon,
through the grammar's ``maps``.
"""

from __future__ import annotations

import re

from checker.values import cues, numbers, ordinals
from checker.values.fields import Fields, Reading, Step
from checker.values.period_readers import PERIODS, stated_year

_DIGITS = re.compile(r"\d+")  # "الـ25": the article before the digits

# ------------------------------------------------------ parts any rule may hold


def _relative(r: Reading, f: Fields) -> bool:
    """"بداية", "mid-": the part; "الماضي", "next": on the date, or on its year."""
    if r.get("part"):
        f.part = r.maps["parts"].get(r.get("part"))
    if r.get("rel") is not None:
        f.rel = r.maps["rel"].get(r.get("rel"))
    for k in ("ryear", "rel3"):
        if r.get(k):
            f.rel_year = r.maps["rel"].get(r.get(k))
    return True


def _day(r: Reading, f: Fields) -> bool:
    """The day of the month, in digits ("الـ25", "7th") or words ("السابع", "الفاتح")."""
    raw = r.get("day") or r.get("day2") or r.get("dayw")
    if not raw:
        return True
    digits = _DIGITS.search(raw)
    f.day = int(digits.group()) if digits else ordinals.day_value(ordinals.grammar(r.lang), raw)
    # "يوم الجمعة الأول من شهر كانون الأول": a weekday, a small ordinal word, "من", a month
    f.nth = bool(r.get("wd") and not digits and f.day and f.day <= 5 and r.has("m1") and r.has("day")
                 and set(r.text[r.m.end("day"):r.m.start("m1")].split()) & r.maps["of"])
    return True


def _weekday(r: Reading, f: Fields) -> bool:
    """The weekday, and "today" or "yesterday" written before it ("اليوم الخميس", "أمس الأربعاء")."""
    if not r.get("wd"):
        return True
    f.weekday = r.maps["weekdays"][r.get("wd")]
    before = r.get("yawm")
    f.today = before in r.maps["today"]
    if before in r.maps["deictic"] and not f.today:
        f.deictic = r.maps["deictic"][before]  # "أمس الأربعاء": the day is yesterday
    return True


COMMON: tuple[Step, ...] = (_relative, _day, _weekday)

# ------------------------------------------------------------- month and weekday


def _month(r: Reading, f: Fields) -> bool:
    """The month name; a paired name that disagrees leaves the month unknown."""
    mp = r.maps
    f.month = mp["months"][r.get("m1")]
    if r.get("m2"):
        other = mp["months"][r.get("m2")]
        if other != f.month:
            f.note = f"month names disagree: {r.get('m1')} = {f.month}, {r.get('m2')} = {other}"
            f.month_unknown = True
    if r.groups.get("same"):
        f.borrow = "same"  # "late July of that year", «من ذلك العام»: the year of the date before it (anaphora.py)
    supported = r.get("m2") or f.day or r.get("year") or r.get("rel") or r.get("ryear") or r.get("mw") \
        or r.get("part") or r.groups.get("same")
    ambiguous = r.get("m1") in mp["ambiguous"] and not supported
    if r.lang == "en":
        # "may"/"march" are words too: a month is capitalised, and "May" opening a
        # sentence needs a day or a year beside it.
        return r.capitalised("m1") and not (ambiguous and not r.text[: r.m.start()].strip(" \"'"))
    return not ambiguous


def _hijri_month(r: Reading, f: Fields) -> bool:
    """A Hijri month, with a day, a year, a relative word or "شهر" beside it."""
    f.hijri_month = r.maps["hijri"][r.get("hm")]
    if not (f.day or r.get("hyear") or r.get("rel") or r.get("mw")):
        return False
    f.hijri_year = int(r.get("hyear")) if r.get("hyear") else None
    f.tense = cues.tense(r.lang, r.text, r.m.start(), r.m.end())
    return True


def _not_a_count(r: Reading, f: Fields) -> bool:
    """"اللاعبون الأحد عشر": eleven players, not Sunday."""
    nxt = r.text[r.m.end():r.m.end() + 12].split()[:1]
    return not (r.has("wd") and r.m.end("wd") == r.m.end() and nxt and nxt[0] in r.maps["teens"])


def _tense(r: Reading, f: Fields) -> bool:
    """The direction of a month or weekday named without a year, from the words before it."""
    if r.lang == "en" and r.has("wd") and not r.capitalised("wd"):
        return False
    f.tense, f.weak, alone = cues.read(r.lang, r.text, r.m.start(), r.m.end())
    f.until = f.tense == 1 and not f.weak and alone
    if f.until and r.has("wd") and not f.day and cues.past_after(r.lang, r.text, r.m.start(), r.m.end()):
        f.tense = -1  # "By Friday the toll had reached 1,391": the Friday just gone
    if f.tense is None and r.has("wd") and not f.day:
        f.tense = cues.after(r.lang, r.text, r.m.start(), r.m.end())  # "Wednesday will bring"
    if f.tense is None and r.has("wd") and not f.day:
        f.tense = cues.clause_future(r.lang, r.text, r.m.start())  # "will be received ... on Monday"
    if f.tense is None and not (r.has("wd") and not f.day):
        f.tense = cues.verb_past(r.lang, r.text, r.m.start())  # "the war began on April 15"
    return True


# --------------------------------------------------------- days from publication


def _deictic(r: Reading, f: Fields) -> bool:
    """"أمس", "tomorrow"; "اليوم التالي", "اليوم الأول" is a day, not today."""
    w = r.get("deictic")
    f.deictic = r.maps["deictic"][w]
    if w not in r.maps["today"]:
        return True
    after = r.text[r.m.end():].split(maxsplit=1)
    return not (after and (after[0] in r.maps["blockers"]
                           or ordinals.ordinal_value(ordinals.grammar(r.lang), after[0])))


def _count(r: Reading, unit) -> float | None:
    """The count of offset units: digits, words ("three", "ثلاثة"), or none (a dual, "a")."""
    n = r.get("n")
    if n is None or n in ("a", "an"):
        return unit.count
    if n.isdigit():
        return int(n)
    return numbers.phrase_value(numbers.grammar(r.lang), n)


def _offset(r: Reading, f: Fields) -> bool:
    """"قبل ثلاثة أيام", "two weeks ago"."""
    unit = r.maps["offset_units"][r.get("ou")]
    f.offset_unit = unit.unit
    n = _count(r, unit)
    if not n or n != int(n):
        return False
    f.offset = int(n) * (-1 if r.get("odir") in r.maps["before"] else 1)
    if r.get("anchor"):
        f.offset_anchor = r.maps["offset_anchors"][r.get("anchor")]
    return True


# ------------------------------------------------------------ dates in digits


def _ymd(r: Reading, f: Fields) -> bool:
    """2021-04-07, 2021/04/07."""
    f.year, f.month, f.day = int(r.groups["iy"]), int(r.groups["im"]), int(r.groups["id"])
    return True


def _dmy(r: Reading, f: Fields) -> bool:
    """7/4/2021, 07.04.21; a month past 12 is the day of a month-first date."""
    y = int(r.groups["ny"])
    f.year = y if y >= 100 else 2000 + y if y < 50 else 1900 + y
    f.day, f.month = int(r.groups["nd"]), int(r.groups["nm"])
    if f.month > 12 and f.day <= 12:
        f.day, f.month = f.month, f.day
    return True


def _hdmy(r: Reading, f: Fields) -> bool:
    """1 / 12 / 1445هـ."""
    f.day, f.hijri_month, f.hijri_year = int(r.groups["nd"]), int(r.groups["nm"]), int(r.groups["hy"])
    return 1 <= f.hijri_month <= 12 and 1 <= f.day <= 30


def _this_day(r: Reading, f: Fields) -> bool:
    """"On this day in 2014": today's day and month (resolve.py), in the year written."""
    if r.get("ou"):  # «في مثل هذا اليوم قبل أربع سنوات», "on this day four years ago": that very day
        if not _offset(r, f):
            return False
        f.offset_anchor = "day"
        return True
    f.deictic = 0
    if r.groups.get("year"):
        f.year = int(r.groups["year"])
    else:  # "on this day last year", «في مثل هذا اليوم من العام الماضي»
        f.rel_year = r.maps["rel"].get(r.get("ryear") or r.get("ryear2"))
    return f.year is not None or f.rel_year is not None


def _day_of_month(r: Reading, f: Fields) -> bool:
    f.unit, f.rel = "month", 0  # "on the 21st": the day of the month under way; unknown when undated
    return True


# Each rule's own steps, after the common ones, in order.
_OWN: dict[str, tuple[Step, ...]] = {
    "month": (_month, stated_year, _not_a_count, _tense),
    "hijri": (_hijri_month,),
    "weekday": (_not_a_count, _tense),
    **PERIODS,
    "deictic": (_deictic,),
    "offset": (_offset,),
    "iso": (_ymd,),
    "ymd": (_ymd,),
    "dmy": (_dmy,),
    "hdmy": (_hdmy,),
    "dom": (_day_of_month,),
    "this_day": (_this_day,),
    "year_in_words": PERIODS["year"],
}
STEPS: dict[str, tuple[Step, ...]] = {name: COMMON + own for name, own in _OWN.items()}
