"""Whether a season or quarter with no year ("في الخريف", "in the second quarter") is a date.

A year-less season is as often a general statement ("الحرارة ترتفع في
الصيف", "birds migrate in spring") as a date, and a year-less quarter or
half as often a match's as the calendar's ("الربع الثالث من المباراة",
"scored in the second half"). So the reading is kept conservative:

* a preposition of time stands right before it (``period_preps``: في,
  خلال, in, during, for), and no "of"/"من" follows (the fall of Kabul);
* an Arabic season carries the article (في ربيع العمر is a figure of
  speech) and no definite adjective follows it (الربيع العربي);
* a season also needs a tense cue in its clause (``cues``: سنبدأ, was,
  will): a general statement has none, a report of a particular season
  usually has;
* English "fall" needs its article;
* a half is never read this way: "the second half" is mostly sport.

What the date resolves to (the nearest or the coming season, by tense)
is decided in ``year.period_year``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.values import cues
from checker.values.lexicon import load

_NEXT = re.compile(r" ([^\W\d_]+)")  # the next word, right after a space (not across a comma)


@lru_cache(maxsize=None)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], str]:
    lex = load(lang)
    return frozenset(lex.period_preps), frozenset(lex.of_words) | frozenset(lex.period_blockers_after), lex.article


def is_period(lang: str, text: str, start: int, end: int, season: str | None, half: bool) -> bool:
    """Whether the season (the matched word) or quarter at ``start:end`` is a date."""
    if half:
        return False
    preps, blockers, article = _words(lang)
    before = text[max(0, start - 30):start].split()
    if not before or before[-1] not in preps:
        return False
    after = _NEXT.match(text, end, end + 30)
    nxt = after.group(1) if after else ""
    if nxt in blockers or article and nxt.startswith(article):
        return False
    if season is None:
        return True
    if article and not season.startswith(article):
        return False
    if season == "fall" and "the fall" not in text[start:end]:
        return False  # "prices fall in" is a verb; only "the fall" is the season
    return cues.tense(lang, text, start, end) is not None
