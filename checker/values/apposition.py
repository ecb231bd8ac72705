"""A weekday written beside the full date it falls on takes that date.

Reports name the day twice: «يوم الأحد (26 تشرين الأول 2025)», «يوم
الأربعاء المقبل الموافق الـ10 كانون الأول», «العاشر من هذا الشهر الموافق
الأحد». Where the two are separate mentions (a relative word or brackets
keep the date patterns from joining them), the weekday alone would be read
against the publication date, the last or next such day, and may miss by a
week; the date beside it says which one is meant. It is taken only when
it falls on that weekday, so a weekday apposed to another day keeps its own
reading.

A lone weekday may also be read from the day named before or after it:
joined to an anchored weekday («يومي الإثنين والثلاثاء المقبل»: the Monday
before next Tuesday; «غدا الثلاثاء ... والأربعاء»: the Wednesday after
tomorrow's Tuesday) or following a stated day («يوم الأحد الذي يليه»: the
Sunday after the Saturday just named). "Today" written against a date
(«فجر اليوم 6 شباط») is that date, one mention.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from checker.values.lexicon import load
from checker.values.trie import alt

_FULL = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


@lru_cache(maxsize=None)
def _gaps(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """What may stand between a weekday and its date, after it and before it."""
    agree = load(lang).agree_words
    word = rf"{alt(agree, lang)}\s+(?:ل\s*)?" if agree else "(?!)"
    after = re.compile(rf"[\s,،(\-–]*(?:{word})?\Z")
    before = re.compile(rf"\s*[,،]?\s*(?:{alt(agree, lang) if agree else '(?!)'})?\s*\Z")
    return after, before


@lru_cache(maxsize=None)
def _following(lang: str) -> tuple[re.Pattern, str, re.Pattern]:
    """The words after a weekday that name the day after the one before it, and
    the conjunction that joins two weekdays (glued to the second, and alone)."""
    lex = load(lang)
    words, joiner = lex.following_day, lex.weekday_joiner
    return (re.compile(rf"\s+{alt(words, lang)}(?![^\W_])" if words else "(?!)"), joiner,
            re.compile(rf"\s*{re.escape(joiner)}\s*" if joiner else "(?!)"))


def _lone(f) -> bool:
    return f is not None and f.weekday is not None and f.day is None and f.month is None \
        and f.rel is None and f.deictic is None


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if _FULL.match(value) else None


def _joined_before(text: str, item: list, nxt: list | None, joined: re.Pattern) -> bool:
    """"الإثنين والثلاثاء المقبل": the lone weekday is the one before the anchored
    weekday joined to it by و."""
    f, e = item[2], item[1]
    if not (nxt and nxt[2] is not None and nxt[2].weekday and nxt[2].rel is not None and _day(nxt[3])
            and joined.fullmatch(text[e:nxt[0]])):
        return False
    d = _day(nxt[3])
    item[3], item[5] = (d - timedelta(days=(nxt[2].weekday - f.weekday) % 7 or 7)).isoformat(), None
    return True


def _after_earlier(text: str, item: list, earlier: list, follow: re.Pattern, joiner: str) -> None:
    """"يوم الأحد الذي يليه", "غدا الثلاثاء ... والأربعاء": the lone weekday is the
    first one after the stated day it follows, or the weekday it is joined to."""
    s, e, f = item[:3]
    after = follow.match(text, e)
    if not (after or joiner and text[s - len(joiner):s] == joiner):
        return
    stated = [p for p in earlier if _day(p[3]) and (after or p[2] is not None and p[2].weekday)]
    if stated:
        d = _day(stated[-1][3])
        item[3], item[5] = (d + timedelta(days=(f.weekday - d.isoweekday()) % 7 or 7)).isoformat(), None
        if after:
            item[1] = after.end()


def _chained(lang: str, text: str, dated: list) -> None:
    """Lone weekdays read from an anchored weekday joined to them, or from the
    stated day they follow."""
    follow, joiner, joined = _following(lang)
    for i, item in enumerate(dated):
        if _lone(item[2]) and not _joined_before(text, item, dated[i + 1] if i + 1 < len(dated) else None, joined):
            _after_earlier(text, item, dated[:i], follow, joiner)


def _today_dated(text: str, dated: list) -> None:
    """"فجر اليوم 6 شباط": "today" written right before the date it is, one date."""
    for i in range(len(dated) - 2, -1, -1):
        s, e, f = dated[i][:3]
        nxt = dated[i + 1]
        if f is not None and f.deictic == 0 and f.weekday is None and re.fullmatch(r"\s*[,،]?\s*", text[e:nxt[0]]) \
                and re.search(r"-\d{2}\Z", nxt[3]):
            nxt[0] = s
            del dated[i]


def _falls_on(value: str, weekday: int) -> bool:
    return bool(_FULL.match(value)) and date.fromisoformat(value).isoweekday() == weekday


def _beside(text: str, dated: list, i: int, gaps: tuple[re.Pattern, re.Pattern]) -> None:
    """The full date right after or before the weekday ``dated[i]``, if it falls on it."""
    s, e, f = dated[i][:3]
    for j, gap in ((i + 1, gaps[0]), (i - 1, gaps[1])):
        if not 0 <= j < len(dated):
            continue
        ns, ne, _f, nvalue, *_ = dated[j]
        between = text[e:ns] if j > i else text[ne:s]
        if gap.fullmatch(between) and _falls_on(nvalue, f.weekday):
            dated[i][3], dated[i][5] = nvalue, None
            return


def settle(lang: str, text: str, dated: list) -> None:
    """Give each lone weekday in ``dated`` ([start, end, fields, value, mod, note],
    in text order) the value of a full date right beside it that falls on it;
    its note ("unresolved: no publication date") no longer holds."""
    if len(dated) < 2 or not any(f is not None and (f.weekday is not None or f.deictic == 0) for _s, _e, f, *_ in dated):
        return  # every reading here is of a weekday or "today" beside a second date
    gaps = _gaps(lang)
    for i, item in enumerate(dated):
        f = item[2]
        if f is not None and f.weekday is not None and f.day is None and f.month is None:
            _beside(text, dated, i, gaps)
    _chained(lang, text, dated)
    _today_dated(text, dated)
