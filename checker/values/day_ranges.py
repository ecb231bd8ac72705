"""Two days of one month said as a range: "10-11 September", «ليلة 10-11 أيلول», "10 and 11
September", «يومي 10 و11 أيلول», "September 10-11, 2023".

The date patterns read the day that stands next to its month; the other day of the range has
no month of its own and was read as a bare number ("during the night of 10-11 September" gave
the count 10). Here that day becomes a date of the same month and year, so a rule sees two
dates joined ("Thursday and Friday" is read the same way by the frame engine, as one range)
and the number is no count. A year written after a month-first range ("September 10-11,
2023") is both days' year. Only a day smaller than the other end is taken: a range runs
upward, and "10 and 11" must read as two days of one month, not as a count beside a date.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from checker.values.lexicon import load
from checker.values.trie import alt

_MAX_DAY = 31
_LOOK_BACK = 24  # characters before a day-first date a range's first day and joiner may take


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """The first day before a day-first date, and the second day after a month-first one."""
    words = load(lang).day_range_joiners
    joiner = rf"(?:[-–]|{alt(words, lang)}(?![^\W_]))" if words else "[-–]"
    glued = re.escape(load(lang).weekday_joiner) if load(lang).weekday_joiner else "(?!)"  # «10 و11»
    before = re.compile(rf"(?<![\d.,/])(\d{{1,2}})\s*(?:{joiner}\s*|{glued})\Z")
    follow = rf"|\s+{alt(load(lang).day_range_followers, lang)}(?![^\W_])" if load(lang).day_range_followers else ""
    after = re.compile(rf"\s*{joiner}\s*(\d{{1,2}})(?!\d|[.,/]\d)(?:\s*,?\s*(\d{{4}})(?!\d)|(?=\s*(?:[,.;:)،؛]|\Z){follow}))")
    return before, after


def settle(lang: str, text: str, dated: list[list], resolve) -> None:
    """Add the other day of every day range to ``dated`` ([start, end, fields, value, mod, note]
    per date, in text order); ``resolve`` reads fields into (value, mod, note)."""
    before, after = _patterns(lang)
    added: list[list] = []
    for item in list(dated):  # (a year both days take is taken out of ``dated`` as it is read)
        s, e, f = item[0], item[1], item[2]
        if f is None or f.day is None or f.month is None or f.weekday is not None:
            continue
        if text[s:s + 1].isdigit() or text[s:e].lstrip("ال")[:1].isdigit():
            lo = max(0, s - _LOOK_BACK)  # (the pattern ends at the date: a short window before it is enough)
            m = before.search(text[lo:s])
            if m and 1 <= int(m.group(1)) < f.day and not _taken(dated, lo + m.start(1), lo + m.end(1)):
                added += _read(resolve, dataclasses.replace(f, day=int(m.group(1))), lo + m.start(1), lo + m.end(1))
            continue
        m = after.match(text, e)
        if m and f.day < int(m.group(1)) <= _MAX_DAY and not _taken(dated, m.start(1), m.end(1)):
            year = int(m.group(2)) if m.group(2) else f.year
            if m.group(2) and f.year is None:  # "September 10-11, 2023": the year is both days'
                dated[:] = [d for d in dated if not (m.start(2) <= d[0] and d[1] <= m.end(2))]
                got = _read(resolve, dataclasses.replace(f, year=year), s, e)
                if got:
                    item[3:6] = got[0][3:6]
            added += _read(resolve, dataclasses.replace(f, day=int(m.group(1)), year=year), m.start(1), m.end())
    if added:
        dated.extend(added)
        dated.sort(key=lambda d: (d[0], d[1]))


def _taken(dated: list[list], s: int, e: int) -> bool:
    return any(d[0] < e and s < d[1] for d in dated)


def _read(resolve, f, s: int, e: int) -> list[list]:
    try:
        value, mod, note = resolve(f)
    except ValueError:
        return []  # "30-31 February": no such day
    return [[s, e, f, value, mod, note]]
