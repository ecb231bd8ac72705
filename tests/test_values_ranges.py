"""A hyphenated range of short numbers gives both ends: "5-9%", "37-38 degrees".

The end after the hyphen is a number too, and a percent after it makes the
start a share ("the 5-9% target range": 5% and 9%). Years (1975-1990) and
codes (555-1234) are not ranges of counts.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _q(text: str, lang: str = "en"):
    return [(m.text, m.value.plain()) for m in find_mentions(text, lang) if m.type == "quantity"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Inflation sits near the top of the 4-8% target band.", "en", [("4", 0.04), ("8%", 0.08)]),
    ("Highs will reach 41-43 degrees Celsius on the coast.", "en", [("41", 41), ("43", 43)]),
    ("وتتراوح درجات الحرارة العظمى بين 30-32 درجة مئوية.", "ar", [("30", 30), ("32", 32)]),
    ("ويتوقع نموا بنسبة 3-4% العام المقبل.", "ar", [("3", 0.03), ("4%", 0.04)]),
])
def test_both_ends_of_a_range(text, lang, expected):
    got = _q(text, lang)
    assert [t for t, _ in got] == [t for t, _ in expected]
    assert [v for _, v in got] == pytest.approx([v for _, v in expected])


@pytest.mark.parametrize("text", ["Call the hotline on 555-1234 today.", "Flights use the F-16 jet."])
def test_codes_are_no_range(text):
    assert all(v < 1000 for _, v in _q(text)) and "1234" not in [t for t, _ in _q(text)]
    assert "16" not in [t for t, _ in _q(text)]
