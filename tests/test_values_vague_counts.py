""""Several hundred", "a few thousand": number words after a word that leaves the size unsaid are
no count, so a troop rule does not read "several hundred in Syria" as 100. "A hundred" and "two
hundred" still count."""

from __future__ import annotations

import pytest

from checker.values import find_mentions


@pytest.mark.parametrize("text", ["Several hundred soldiers remain in Syria.", "A few thousand people fled the city.",
                                  "Many thousands of people were displaced."])
def test_number_words_of_no_stated_size_are_no_quantity(text):
    assert [m for m in find_mentions(text, "en", None) if m.type == "quantity"] == []


@pytest.mark.parametrize("text, value", [("A hundred soldiers remain.", 100), ("Two hundred soldiers remain.", 200),
                                         ("Some two thousand people fled.", 2000)])
def test_sized_number_words_still_count(text, value):
    assert [m.value.value for m in find_mentions(text, "en", None) if m.type == "quantity"] == [value]


def test_an_after_hedge_that_opens_the_next_number_is_not_this_numbers():
    # «وأكثر من 9 آلاف»: "and more than 9,000" hedges the next number, not 3,958
    found = find_mentions("وأسفرت الكارثة عن 3 آلاف و958 قتيلا وأكثر من 9 آلاف مفقود", "ar", None)
    assert [(m.value.value, m.value.mod) for m in found if m.type == "quantity"] == [(3958, None), (9000, "MORE_THAN")]
    assert find_mentions("قتل 50 شخصا أو أكثر", "ar", None)[0].value.mod == "AT_LEAST"
