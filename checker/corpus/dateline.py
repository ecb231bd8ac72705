"""The publication date written at the top of an article: its dateline.

Relative dates ("on Thursday", "اليوم") can only be placed if the article's
own date is known. When metadata does not carry it, pages copied as text
often still do, on a line of its own under the headline (``09 سبتمبر 2021``)
or opening the first paragraph (``BAGHDAD, Sept. 9, 2021 —``). Only a line
that is nothing but one whole date, to the day and with its year, counts: a
date inside a sentence is what the article talks about, not when it was
written. Nothing is ever filled in from the file's mtime or from today.
"""

from __future__ import annotations

import re
from datetime import date

from checker.corpus.metadata import iso_date
from checker.text.language import detect_language

_MAX_LINES = 8  # non-blank lines looked at from the top
_MAX_SHORT = 60  # a line longer than this is prose, not a dateline
_EDGE = " \t,.;:|-–—()[]«»\"'"
_LABEL = re.compile(
    r"^(?:published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated|date|"
    r"تاريخ\s+النشر|نشر\s+في|نُشر\s+في|نشر\s+بتاريخ|بتاريخ|آخر\s+تحديث|تاريخ\s+التحديث|التاريخ)\s*[:：]?\s*",
    re.I,
)
_WEEKDAY = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)\b\s*[,،]?\s*",
    re.I,
)
_TIME = re.compile(r"[\s,،\-–—|]*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|ص|م|gmt|utc|[+-]\d{2}:?\d{2})?\s*$", re.I)
# "BAGHDAD, Sept. 9, 2021 —" / "WASHINGTON (Reuters), 9 September 2021 -- "
_PLACE = re.compile(r"^[A-Z][A-Z.'\- ]{1,40}(?:\([^)]{1,30}\))?,\s*(?P<date>[^—–]{4,40}?)\s*(?:—|–|--|-)\s")


_YEARISH = re.compile(r"\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}\b")


def _trim(s: str) -> str:
    s = _TIME.sub("", s.strip())
    s = _LABEL.sub("", s.strip(_EDGE))
    s = _WEEKDAY.sub("", s.strip(_EDGE))
    return s.strip(_EDGE)


def whole_date(s: str) -> date | None:
    """The day ``s`` names if ``s`` is one full date and nothing else."""
    s = _trim(s)
    # A full date is a few words and carries a year; anything else is prose.
    if not s or len(s) > _MAX_SHORT or len(s.split()) > 5 or not _YEARISH.search(s):
        return None
    if re.fullmatch(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}", s):
        return iso_date(s)  # None for a day that does not exist
    from checker.values import find_mentions

    dates = [m for m in find_mentions(s, detect_language(s, "en"), None) if m.value.kind == "date"]
    if len(dates) != 1:
        return None
    m = dates[0]
    if s[: m.start].strip(_EDGE) or s[m.end :].strip(_EDGE):
        return None
    value = m.value
    if value.precision != "day" or getattr(value, "mod", None) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.value):
        return None
    try:
        return date.fromisoformat(value.value)
    except ValueError:
        return None


def find_dateline(text: str) -> date | None:
    """The first dateline among the top lines of ``text``, if any."""
    seen = 0
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > _MAX_LINES:
            break
        if len(line) <= _MAX_SHORT and any(ch.isdigit() for ch in line):
            if d := whole_date(line):
                return d
        if m := _PLACE.match(line):
            if d := whole_date(m.group("date")):
                return d
    return None
