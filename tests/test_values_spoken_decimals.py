"""A decimal mark said in words: "7 point 8", «سبعة فاصل ثمانية», «سبع درجات فاصل سبعة».

Broadcast transcripts and quoted officials say a magnitude or a rate this way; read as two
counts, "seven" and "eight", a magnitude rule would take 7 and a count rule 8. What stays two
numbers: "at one point" (an idiom), and a number of many digits after the word.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _quantities(text: str, lang: str):
    return [(m.text, m.value.value, m.value.unit) for m in find_mentions(text, lang) if m.type == "quantity"]


@pytest.mark.parametrize("text, lang, expected", [
    ("وبلغت قوة الهزة 6 فاصل 4 درجات.", "ar", [("6 فاصل 4", 6.4, None)]),
    ("وقدرت قوتها بخمسة فاصلة ثلاثة درجات.", "ar", [("خمسة فاصلة ثلاثة", 5.3, None)]),
    ("ضرب البلدة زلزال بقوة ست درجات فاصل اثنين.", "ar", [("ست درجات فاصل اثنين", 6.2, None)]),
    ("The agency put the tremor at six point three.", "en", [("six point three", 6.3, None)]),
    ("Inflation rose to 3 point 25 percent in May.", "en", [("3 point 25 percent", 0.0325, "percent")]),
])
def test_spoken_decimal_is_one_number(text, lang, expected):
    got = _quantities(text, lang)
    assert [(t, round(v, 6), u) for t, v, u in got] == [(t, round(v, 6), u) for t, v, u in expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("At one point 12 villagers were trapped.", "en", [12]),  # the idiom, not 1.12
    ("Officials counted 3 point 4,500 mines along the road.", "en", [3, 4500]),  # many digits: no decimal
    ("وقتل 5 أشخاص وأصيب 8 آخرون.", "ar", [5, 8]),
])
def test_not_a_spoken_decimal(text, lang, expected):
    assert [v for _, v, _ in _quantities(text, lang)] == expected
