"""A day named without a year just after "a year ago": the day of that year.

Anniversary pieces open with the time that has passed: "A year ago, on the night of
September 10, the dams gave way", «قبل عامين، في 10 سبتمبر، انهار السدان». Read alone, "September
10" is the occurrence nearest the publication date, this year's; the words before it say it was
a year (or two) back. The day takes the occurrence nearest the publication date moved back by
that many years, and its note says which words gave the year. Only the date right after the
offset, a few words on, is moved: "Two years ago the city flooded; on September 10 ..." names
two times.
"""

from __future__ import annotations

import datetime
import re

_OPENERS = " \t\"'“«(-—"
_BETWEEN = re.compile(r"[\s,،]*(?:\S+[\s,،]+){0,4}\Z")  # at most a few words: "on the night of", «في ليلة»


def _anchor(published: datetime.date, years: int) -> datetime.date:
    return datetime.date(published.year + years, published.month, min(published.day, 28))


def settle(text: str, dated: list, read, published: datetime.date | None) -> None:
    """Give a year-less day or month right after "N years ago" the year N years back; when the offset
    opens the sentence, every such day in it."""
    if published is None:
        return
    for i, before in enumerate(dated):
        offset = before[2]
        if offset is None or offset.kind != "offset" or offset.offset_unit != "year" or not offset.offset:
            continue
        # "A year ago, Kadhimi sat with Biden ... on July 26": opening the sentence, it sets the time of all of it
        opening = not text[:before[0]].strip(_OPENERS) and text[before[1]:before[1] + 2].lstrip()[:1] in (",", "،")
        for item in dated[i + 1:]:
            between = text[before[1]:item[0]]
            if any(c in between for c in ".;:؛") or not (opening or _BETWEEN.match(text, before[1], item[0])):
                break
            if _year_less(item[2]):
                _move(text, before, item, read, published)
            if not opening:
                break


def _year_less(f) -> bool:
    return f is not None and f.kind == "month" and f.year is None and f.rel is None and f.month is not None


def _move(text: str, before: list, item: list, read, published: datetime.date) -> None:
    f, offset = item[2], before[2]
    anchor = _anchor(published, offset.offset)
    f.year = min((anchor.year - 1, anchor.year, anchor.year + 1),
                 key=lambda y: abs((datetime.date(y, f.month, min(f.day or 15, 28)) - anchor).days))
    f.note = f"year {f.year} from «{text[before[0]:before[1]]}»"
    item[3:6] = read(f)
