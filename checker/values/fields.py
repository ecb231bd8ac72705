"""The fields a date expression states, read from its words (``dates``) and
turned into a TIMEX3 value against the publication date (``resolve``, ``year``);
and the match a reader reads them from.

Records and nothing more, so the readers that fill them and the calendars
that read them depend on them and not on each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable


@dataclass
class Fields:
    kind: str
    part: str | None = None  # START | MID | END
    day: int | None = None
    month: int | None = None
    month_unknown: bool = False  # paired names disagree
    year: int | None = None
    rel: int | None = None  # -1 past, 0 current, +1 future, on the anchor itself
    rel_year: int | None = None  # "mid-October last year": on the year
    unit: str | None = None  # week | month | year
    weekday: int | None = None
    today: bool = False  # "اليوم الخميس"
    tense: int | None = None  # -1/+1 from the words just before the date (cues.py)
    weak: bool = False  # ...and the +1 came from "until"/"حتى" alone
    until: bool = False  # ...or came from "until"/"حتى" alone with no past verb: only a recent past beats it
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    deictic: int | None = None
    offset: int | None = None
    offset_unit: str | None = None
    offset_anchor: str | None = None  # "a year ago today": "day"; "ten years ago this month": "month"
    hijri_month: int | None = None
    hijri_year: int | None = None
    # the year is another date's in the sentence (anaphora.py): "same" for «من نفس العام»,
    # "sibling" for a year-less half or quarter beside one of stated year ("than the first half")
    borrow: str | None = None
    nth: bool = False  # "يوم الجمعة الأول من شهر كانون الأول": maybe the first Friday of it (year.py)
    note: str | None = None


class Reading:
    """One match being read: its groups' words and where it stands in the text.

    ``get(k)`` is the words of group ``k``, spaces folded and in the lexicon's
    spelling (``trie.spelt``), or None; ``has(k)`` the group as written, which
    is true when it matched anything at all."""

    __slots__ = ("lang", "maps", "m", "text", "source", "offset_of", "groups", "get", "has")

    def __init__(self, lang: str, maps: dict, m: re.Match, text: str, source: str,
                 offset_of: Callable[[int], int], groups: dict[str, str | None], words: dict[str, str]) -> None:
        self.lang, self.maps, self.m, self.text = lang, maps, m, text
        self.source = source  # the text before normalising, for the capitals of English names
        self.offset_of, self.groups = offset_of, groups
        self.get = words.get  # read a dozen times a match: the dict's own method, not a wrapper
        self.has = groups.get  # as written: truthy when the group matched anything

    def capitalised(self, k: str) -> bool:
        s = self.offset_of(self.m.start(k))
        return self.source[s:s + 1].isupper()


Step = Callable[[Reading, Fields], bool]
