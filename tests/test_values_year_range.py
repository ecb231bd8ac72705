""""By early October 4352 deaths were recorded": four digits after a month are its year only when
they can be one (1800-2199); otherwise they are a count, and the month stands alone."""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions


@pytest.mark.parametrize("text, lang, count", [
    ("وسجلت وزارة الصحة حتى مطلع تشرين الأول 4352 وفاة في درنة", "ar", 4352),
    ("By early October 4352 deaths had been recorded.", "en", 4352),
], ids=["ar", "en"])
def test_four_digits_that_cannot_be_a_year_are_a_count(text, lang, count):
    found = find_mentions(text, lang, datetime.date(2023, 10, 20))
    assert [m.value.value for m in found if m.type == "quantity"] == [count]
    assert all(not m.value.value.startswith("4352") for m in found if m.type == "date")


def test_a_plausible_year_after_a_month_is_still_its_year():
    [m] = find_mentions("The city fell in June 2014.", "en", None)
    assert m.value.value == "2014-06"
