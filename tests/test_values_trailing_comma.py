"""A comma right after a grouped number is punctuation, not a broken group.

"a city of 100,000, caused", "at least 120,000, were swept away": the number
ends before the comma. "1,000,00" (a group of two) is still no number.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


@pytest.mark.parametrize("text, lang, expected", [
    ("The town, home to 85,000, was cut off.", "en", [(85000, None)]),
    ("With a population of at least 250,000, the city flooded.", "en", [(250000, "AT_LEAST")]),
    ("وبلغ عدد السكان 14،800، وهو رقم قياسي.", "ar", [(14800, None)]),
    ("وبلغ عدد الزوار 2,500,000، بحسب الوزارة.", "ar", [(2500000, None)]),
])
def test_a_comma_after_a_grouped_number_ends_it(text, lang, expected):
    got = [(m.value.plain(), m.value.mod) for m in find_mentions(text, lang) if m.type == "quantity"]
    assert got == expected


def test_a_short_last_group_is_still_no_number():
    assert not [m for m in find_mentions("It cost 1,000,00 dollars.", "en") if m.type == "quantity" and m.value.plain() > 1000]
