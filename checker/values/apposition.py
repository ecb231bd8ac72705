"""A weekday written beside the full date it falls on takes that date.

Reports name the day twice: «يوم الأحد (26 تشرين الأول 2025)», «يوم
الأربعاء المقبل الموافق الـ10 كانون الأول», «العاشر من هذا الشهر الموافق
الأحد». Where the two are separate mentions (a relative word or brackets
keep the date patterns from joining them), the weekday alone would be read
against the publication date, the last or next such day, and may miss by a
week; the date beside it says which one is meant. It is taken only when
it falls on that weekday, so a weekday apposed to another day keeps its own
reading.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from checker.values.lexicon import alt, load

_FULL = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


@lru_cache(maxsize=None)
def _gaps(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """What may stand between a weekday and its date, after it and before it."""
    agree = load(lang).agree_words
    word = rf"{alt(agree, lang)}\s+(?:ل\s*)?" if agree else "(?!)"
    after = re.compile(rf"[\s,،(\-–]*(?:{word})?\Z")
    before = re.compile(rf"\s*[,،]?\s*(?:{alt(agree, lang) if agree else '(?!)'})?\s*\Z")
    return after, before


def _falls_on(value: str, weekday: int) -> bool:
    return bool(_FULL.match(value)) and date.fromisoformat(value).isoweekday() == weekday


def settle(lang: str, text: str, dated: list) -> None:
    """Give each lone weekday in ``dated`` ([start, end, fields, value, mod, note],
    in text order) the value of a full date right beside it that falls on it;
    its note ("unresolved: no publication date") no longer holds."""
    after, before = _gaps(lang)
    for i, (s, e, f, _value, *_rest) in enumerate(dated):
        if f.weekday is None or f.day is not None or f.month is not None:
            continue
        for j, gap in ((i + 1, after), (i - 1, before)):
            if not 0 <= j < len(dated):
                continue
            ns, ne, _f, nvalue, *_ = dated[j]
            between = text[e:ns] if j > i else text[ne:s]
            if gap.fullmatch(between) and _falls_on(nvalue, f.weekday):
                dated[i][3], dated[i][5] = nvalue, None
                break
