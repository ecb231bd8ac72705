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

_BETWEEN = re.compile(r"[\s,،]*(?:\S+[\s,،]+){0,4}\Z")  # at most a few words: "on the night of", «في ليلة»


def _anchor(published: datetime.date, years: int) -> datetime.date:
    return datetime.date(published.year + years, published.month, min(published.day, 28))


def settle(text: str, dated: list, read, published: datetime.date | None) -> None:
    """Give a year-less day or month right after "N years ago" the year N years back."""
    if published is None:
        return
    for before, item in zip(dated, dated[1:]):
        offset, f = before[2], item[2]
        if offset is None or f is None or offset.kind != "offset" or offset.offset_unit != "year" or not offset.offset:
            continue
        if f.kind != "month" or f.year is not None or f.rel is not None or f.month is None:
            continue
        if not _BETWEEN.match(text, before[1], item[0]) or any(c in text[before[1]:item[0]] for c in ".;:؛"):
            continue
        anchor = _anchor(published, offset.offset)
        f.year = min((anchor.year - 1, anchor.year, anchor.year + 1),
                     key=lambda y: abs((datetime.date(y, f.month, min(f.day or 15, 28)) - anchor).days))
        f.note = f"year {f.year} from «{text[before[0]:before[1]]}»"
        item[3:6] = read(f)
