""""on the 21st": a day of the month named alone, in the month under way.

Wire copy writes "on the 21st local time" for a day of the current month.
Without a publication date the month stays unknown (XXXX-XX-21). After "on"
only, and not before a noun it ranks ("on the 21st floor").
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions


def _dates(text: str, published=None):
    return [(m.text, m.value.value) for m in find_mentions(text, "en", published) if m.type == "date"]


@pytest.mark.parametrize("text, published, expected", [
    ("A car bomb exploded in the capital on the 14th local time, officials said.", None, [("the 14th", "XXXX-XX-14")]),
    ("The ministry confirmed the figures on the 3rd.", datetime.date(2024, 5, 10), [("the 3rd", "2024-05-03")]),
])
def test_day_of_month_after_on(text, published, expected):
    assert _dates(text, published) == expected


@pytest.mark.parametrize("text", ["The fire started on the 21st floor.", "He finished the 21st in the race."])
def test_a_rank_is_no_day(text):
    assert _dates(text) == []
