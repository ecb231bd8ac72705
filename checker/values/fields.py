"""The fields a date expression states, read from its words (``dates``) and
turned into a TIMEX3 value against the publication date (``resolve``, ``year``).

A record and nothing more, so the readers that fill it and the calendars
that read it depend on it and not on each other.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    deictic: int | None = None
    offset: int | None = None
    offset_unit: str | None = None
    hijri_month: int | None = None
    hijri_year: int | None = None
    # the year is another date's in the sentence (anaphora.py): "same" for «من نفس العام»,
    # "sibling" for a year-less half or quarter beside one of stated year ("than the first half")
    borrow: str | None = None
    nth: bool = False  # "يوم الجمعة الأول من شهر كانون الأول": maybe the first Friday of it (year.py)
    note: str | None = None
