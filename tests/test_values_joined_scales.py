"""One number in several scaled parts: "11مليونا و500 ألف", "(99) مليونا (867) ألفا و(946)".

The parts of a long number are joined by و, but official statements drop it
between parenthesised parts, and a scale is sometimes glued to its digits;
a smaller scaled count right after a scale, or a remainder after a glued
scale, is still the rest of the same number.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


@pytest.mark.parametrize("text, value, mod", [
    ("وقدر الديوان عدد العاملين بحوالي 7مليونا و300 ألف شخص.", 7300000, "APPROX"),
    ("وبلغ مجموع الصادرات (85) مليونا (412) ألفا و(307) براميل.", 85412307, None),
    ("وبلغت الكميات المصدرة (64) مليونا و(118) ألفا و(52) برميلا.", 64118052, None),
])
def test_scaled_parts_are_one_number(text, value, mod):
    got = [(m.value.plain(), m.value.mod) for m in find_mentions(text, "ar") if m.type == "quantity"]
    assert got == [(value, mod)]


def test_two_counts_side_by_side_stay_two():
    got = [m.value.plain() for m in find_mentions("قتل 5 أشخاص وأصيب 12 آخرون.", "ar") if m.type == "quantity"]
    assert got == [5, 12]
