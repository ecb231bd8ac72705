"""Typed values in running text: dates, quantities and ordinals, Arabic and English.

``find_mentions`` is the one entry point. It normalises the text once
(diacritics, tatweel, alef forms and digit scripts folded), runs the date,
quantity and ordinal grammars over the plain form, and maps every span back
to the characters of the original. Dates are found first and own their
words: the "2021" of a date or the "17" of "17 من الشهر" is not a count.
An ordinal may stand alone, but not inside a date ("الأول من آذار"), nor
where a tens word counts the plural before it ("الدول العشرين", ``adjectival``).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping

from checker.models import DateValue, Mention, Ordinal, Quantity
from checker.text.language import detect_language
from checker.text.normalize import NormText, normalize
from checker.values import adjectival, ago, anaphora, apposition, dates, day_ranges, ordinals, quantities
from checker.values.gate import may_hold_value
from checker.values.resolve import resolve, takes_section_year

__all__ = ["find_mentions"]


def _overlaps(spans: list[tuple[int, int]]):
    def blocked(s: int, e: int) -> bool:
        return any(s < te and ts < e for ts, te in spans)

    return blocked


def _dates(lang: str, nt: NormText, text: str, published: datetime.date | None,
           checked: dict[tuple[str, str | None], DateValue], year: int | None = None,
           earlier_years: Callable[[], Mapping[int, int]] | None = None) -> list[list]:
    """[start, end, fields, value, mod, note] of every date, settled against the others;
    ``checked`` keeps each value's ``DateValue``, built once to test that it is one."""
    def read(f) -> tuple:
        if year is not None and takes_section_year(f):
            f.year, f.note = year, f.note or f"year {year} from the section heading"
        elif earlier_years is not None and f.month is not None and takes_section_year(f) and f.month in (got := earlier_years()):
            f.year, f.note = got[f.month], f.note or f"year {got[f.month]} from the sentence before"
        value, mod, note = resolve(f, published)
        checked[value, mod] = DateValue(value=value, mod=mod)
        return value, mod, note

    dated: list[list] = []
    for s, e, f in dates.find(lang, nt.text, text, nt.offsets.__getitem__):
        try:
            dated.append([s, e, f, *read(f)])
        except ValueError:
            continue  # "31 شباط": no such day; not a date we can state
    day_ranges.settle(lang, nt.text, dated, read)  # "10-11 September": the 10th is a day of September too
    apposition.settle(lang, nt.text, dated)  # "يوم الأحد (26 تشرين الأول 2025)": the weekday is that day
    anaphora.settle(lang, nt.text, dated)  # "the same period of 2024": the earlier half, in 2024
    ago.settle(nt.text, dated, read, published)  # "A year ago, on September 10": the day a year back
    return dated


def find_mentions(
    text: str, lang: str | None = None, published: datetime.date | None = None, *, norm: NormText | None = None,
    words: frozenset[str] | None = None, year: int | None = None,
    earlier_years: Callable[[], Mapping[int, int]] | None = None,
) -> list[Mention]:
    """Every date, quantity and ordinal in ``text``, sorted by start offset.

    ``published`` anchors relative expressions ("الشهر الماضي", "next
    Monday"); without it they keep unknown fields as X and say so in the note.
    ``norm`` is ``normalize(text)`` when the caller already has it (the rule
    matcher normalises every sentence too), so it is not computed twice;
    ``words`` are then its words, as the matcher splits them. ``year`` is the year a
    chronology's heading names ("## 2020"): a month or day its entries name without a year
    ("- 7 April: ...") is of that year, not the one nearest publication. ``earlier_years`` gives,
    when asked, the years the sentence before named for its months ("in July 2021. Three days later,
    on 26 July, ...": 2021, not the July nearest publication); it is asked only for a month without a year.
    """
    if not text:
        return []
    if lang not in ("ar", "en"):
        lang = detect_language(text, default="en")
    nt = norm if norm is not None and norm.source == text else normalize(text)
    t = nt.text
    if not may_hold_value(lang, t, words if norm is nt else None):
        return []  # no digit and no lexicon word: no grammar can match (``gate``)
    out: list[Mention] = []

    def add(s: int, e: int, value, note: str | None = None) -> None:
        a, b = nt.to_source(s, e)
        out.append(Mention(start=a, end=b, text=text[a:b], value=value, note=note))

    checked: dict[tuple[str, str | None], DateValue] = {}
    date_spans: list[tuple[int, int]] = []
    for s, e, _f, value, mod, note in _dates(lang, nt, text, published, checked, year, earlier_years):  # fields: None for an anaphora's
        date_spans.append((s, e))
        add(s, e, checked.get((value, mod)) or DateValue(value=value, mod=mod), note)
    for s, e, value in _numbers(lang, t, date_spans):
        add(s, e, value)
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _numbers(lang: str, t: str, date_spans: list[tuple[int, int]]) -> list[tuple[int, int, Ordinal | Quantity]]:
    """The ordinals and quantities of normalised ``t`` outside its dates. Dates own
    their words; an ordinal may stand alone, but not where a cardinal after its noun
    counts ("الدول العشرين"; the same word ranks in "القرن العشرين")."""
    in_date = _overlaps(date_spans)
    adj = adjectival.find(t) if lang == "ar" else []
    counted = _overlaps([(s, e) for s, e, _ in adj])
    ords = [o for o in ordinals.find(lang, t) if not in_date(o[0], o[1]) and not counted(o[0], o[1])]
    out: list[tuple[int, int, Ordinal | Quantity]] = [(s, e, Ordinal(value=v)) for s, e, v in ords]
    blocked = _overlaps(date_spans + [(s, e) for s, e, _ in ords])
    out += [(s, e, Quantity(value=v, mod=mod, unit=unit)) for s, e, v, mod, unit in quantities.find(lang, t, blocked, adj)]
    return out
