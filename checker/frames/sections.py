"""Dated sections: a timeline's or a live blog's entries under a line that is only a date.

"**Tuesday, Sept. 12**" and then "the IFRC says 10,000 people are missing": the count held on
12 September, not on the day the page was published a week later. A line of its own that holds
a day and nothing but light words (a weekday, a clock time, "about", «فجر») opens such a
section; a line of words ("What the numbers tell us") closes it; a clock time alone ("09:50",
a live blog's entry) keeps it. A claim with no date in its own clause takes its section's day
as its as-of date, and says so (``as_of_source: heading``).

A chronology's heading may name a month or a year alone ("## June 2020", "## 2014": a number of
four digits on a line of its own is a year there, not a count). Its entries are of that time, and
a month they name without a year ("- 7 April: the third round") is of the heading's year, not the
one nearest publication (``find_mentions(year=...)``).
"""

from __future__ import annotations

import re
from typing import Literal

from checker.claimtext import as_of_value, unresolved
from checker.frames.clauses import Sentence
from checker.frames.segment import Segment, time_only

_MAX_CHARS = 80  # longer lines are text, not headings
MARKUP = " \t*#_>-|"  # Markdown around a heading ("**Monday, Sept. 11**", "## 12 September")

Kind = Literal["date", "time", "words"]


def own_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start``..``end`` is a short line of its own."""
    if end - start > _MAX_CHARS:
        return False
    before = text[text.rfind("\n", 0, start) + 1:start]
    nl = text.find("\n", end)
    after = text[end:nl if nl >= 0 else len(text)]
    return not before.strip(MARKUP) and not after.strip(MARKUP + ".:")


# "**17:30 GMT** —", "09:05 -", "[14:10]": a live blog's entry opening with its clock time
_CLOCK_ENTRY = re.compile(r"[\[(]?\d{1,2}[:.]\d{2}(?:[ \t]+[^\W\d]{1,5}\.?){0,2}[\])]?[ \t*_]*(?:—|–|-|:|\||$)", re.M)


def clock_entry(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens a line with a clock time set off ("**17:30 GMT** — The
    number of people killed ..."): a live blog's entry."""
    i = start
    while i > 0 and text[i - 1] in MARKUP:
        i -= 1
    if i > 0 and text[i - 1] != "\n":
        return False
    while i < len(text) and text[i] in MARKUP:
        i += 1
    return _CLOCK_ENTRY.match(text, i) is not None


def marked_heading(text: str, start: int) -> bool:
    """Whether the line the sentence at ``start`` opens is a Markdown heading ("## ...")."""
    return text[text.rfind("\n", 0, start) + 1:start + 1].lstrip().startswith("#")


def heading(s: Sentence, marked: bool = False) -> tuple[Kind, str | None, int | None]:
    """What a line of its own does to the section: opens one on a day, a month or a year (with the
    year it states, if it states one), keeps it (a clock time alone, or a sentence of the entry: it
    ends with its mark), or closes it (a heading of words, or a question marked as a heading:
    "## What next?")."""
    if not len(s) or not time_only(s, Segment(0, len(s), "main")):  # (values, clock times and light words only)
        ended = not marked and s.prepared.text.rstrip(MARKUP + "\"'”»)").endswith((".", "!", "?", "؟"))
        return ("time" if ended else "words"), None, None
    mentions = s.prepared.mentions
    dates = [m for m in mentions if m.value.kind == "date" and not unresolved(m) and "X" not in m.value.value
             and m.value.precision in ("day", "month", "year")]
    if dates:
        m = dates[0]
        year = int(m.value.value[:4])
        return "date", as_of_value(m), year if str(year) in m.text or m.value.precision == "year" else None
    years = [m for m in mentions if m.value.kind == "quantity" and _YEAR.fullmatch(m.text)]
    if len(mentions) == 1 and years:  # "## 2014"
        return "date", years[0].text, int(years[0].text)
    return "time", None, None


_YEAR = re.compile(r"(19|20)\d\d")
