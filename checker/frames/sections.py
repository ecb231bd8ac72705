"""Dated sections: a timeline's or a live blog's entries under a line that is only a date.

"**Tuesday, Sept. 12**" and then "the IFRC says 10,000 people are missing": the count held on
12 September, not on the day the page was published a week later. A line of its own that holds
a day and nothing but light words (a weekday, a clock time, "about", «فجر») opens such a
section; a line of words ("What the numbers tell us") closes it; a clock time alone ("09:50",
a live blog's entry) keeps it. A claim with no date in its own clause takes its section's day
as its as-of date, and says so (``as_of_source: heading``).
"""

from __future__ import annotations

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


def heading(s: Sentence) -> tuple[Kind, str | None]:
    """What a line of its own does to the section: opens one on a day, keeps it (a clock time
    alone, or a sentence of the entry: it ends with its mark), or closes it (a heading of words)."""
    if not len(s) or not time_only(s, Segment(0, len(s), "main")):  # (values, clock times and light words only)
        ended = s.prepared.text.rstrip(MARKUP + "\"'”»)").endswith((".", "!", "?", "؟"))
        return ("time" if ended else "words"), None
    days = [m for m in s.prepared.mentions if m.value.kind == "date" and m.value.precision == "day"
            and not unresolved(m) and "X" not in m.value.value]
    return ("date", as_of_value(days[0])) if days else ("time", None)
