""""the night of 10-11 September": the first day of a range is a date, not the count 10.

A range of two days of one month names its month once. Both ends are dates of that month
(and of the year written after a month-first range), so a rule never takes the bare day
for a number of dams, troops or dead, and the frame engine reads the pair as one range.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

PUBLISHED = datetime.date(2024, 9, 20)


def _values(text: str, lang: str):
    return [(m.text, m.type, str(m.value.value)) for m in find_mentions(text, lang, PUBLISHED)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The storm hit during the night of 10-11 September.", "en",
     [("10", "date", "2024-09-10"), ("11 September", "date", "2024-09-11")]),
    ("Rescue teams worked from 12 to 14 September 2023.", "en",
     [("12", "date", "2023-09-12"), ("14 September 2023", "date", "2023-09-14")]),
    ("Crowds gathered between 3 and 4 September.", "en",
     [("3", "date", "2024-09-03"), ("4 September", "date", "2024-09-04")]),
    ("The water rose on September 10-11, 2023, officials said.", "en",
     [("September 10", "date", "2023-09-10"), ("11, 2023", "date", "2023-09-11")]),
    ("وصلت العاصفة ليلة 10-11 أيلول.", "ar", [("10", "date", "2024-09-10"), ("11 أيلول", "date", "2024-09-11")]),
    ("وتواصلت الأمطار يومي 10 و11 أيلول 2023.", "ar",
     [("10", "date", "2023-09-10"), ("11 أيلول 2023", "date", "2023-09-11")]),
    # a word no counted noun is may follow the second day of a month-first range
    ("The dams failed on the night of September 10 to 11 and the city flooded.", "en",
     [("September 10", "date", "2024-09-10"), ("11", "date", "2024-09-11")]),
], ids=["en-dash", "en-from-to", "en-between-and", "en-month-first-year", "ar-dash", "ar-glued-and",
        "en-month-first-then-and"])
def test_both_days_are_dates(text, lang, expected):
    assert _values(text, lang) == expected


@pytest.mark.parametrize("text, lang, count", [
    ("On September 10 and 11 people died in the floods.", "en", ("11", "quantity", "11.0")),
    ("The toll rose from 2,500 to 11 September figures.", "en", ("2,500", "quantity", "2500.0")),
    ("Teams reported 20 to 11 September arrivals.", "en", ("20", "quantity", "20.0")),
], ids=["count-after-month-first-date", "a-large-number", "a-range-runs-upward"])
def test_a_number_that_is_no_day_stays_a_number(text, lang, count):
    assert count in _values(text, lang)
