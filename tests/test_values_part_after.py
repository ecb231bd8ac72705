"""A part of a period said after its unit: "by year's end", "the year-end deadline".

English puts the part after the unit as often as before it ("the end of the
year"); both name the same period of the current unit. A relative word before
the unit ("last year's end") names another year, which this reading does not
resolve: it is left to the plain "last year" reading rather than misread.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions


def _dates(text: str, dct: str):
    return [(m.text, m.value.value, m.value.mod) for m in find_mentions(text, "en", datetime.date.fromisoformat(dct))
            if m.type == "date"]


@pytest.mark.parametrize("text, expected", [
    ("US combat troops will be out of Iraq by year's end.", [("year's end", "2021", "END")]),
    ("Combat troops will leave by year-end.", [("year-end", "2021", "END")]),
    ("ahead of the year-end deadline", [("the year-end", "2021", "END")]),
    ("The bill is due at month's end.", [("month's end", "2021-07", "END")]),
    ("Talks are expected before the year's start of trading.", [("the year's start", "2021", "START")]),
], ids=["year's end", "year-end", "the year-end", "month's end", "year's start"])
def test_part_after_unit(text, expected):
    assert _dates(text, "2021-07-27") == expected


def test_a_relative_word_before_is_not_read_as_this_year():
    assert ("year's end", "2021", "END") not in _dates("Prices fell at last year's end.", "2021-07-27")
    assert all(v != "2021" for _, v, _ in _dates("Prices fell at last year's end.", "2021-07-27"))
