"""Quarters and halves as business news writes them.

"second-quarter profit" (the hyphen makes the quarter an adjective, a
date without a preposition before it), "the first half of the current
year", and the Maghrebi «الفصل الثالث من 2022» (a quarter when «من» and a
year follow; «الفصل الأول» alone is a chapter).
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions


def _dates(text: str, lang: str, published=datetime.date(2025, 8, 5)):
    return [(m.text, m.value.value) for m in find_mentions(text, lang, published) if m.type == "date"]


@pytest.mark.parametrize("text, lang, expected", [
    ("The company reported a 12% drop in its second-quarter profit.", "en", [("second-quarter", "2025-Q2")]),
    ("Analysts expect weaker third-quarter earnings.", "en", [("third-quarter", "2025-Q3")]),
    ("The deficit during the first half of the current year reached 3%.", "en",
     [("the first half of the current year", "2025-H1")]),
    ("وارتفعت الأسعار خلال الفصل الثالث من 2022 بنسبة 7 في المائة.", "ar", [("الفصل الثالث من 2022", "2022-Q3")]),
])
def test_period_forms(text, lang, expected):
    assert _dates(text, lang) == expected


def test_a_chapter_is_no_quarter():
    assert _dates("وجاء في الفصل الأول من الكتاب أن المدينة قديمة.", "ar") == []


@pytest.mark.parametrize("text, expected", [
    ("GDP grew 9.8% in the July-September quarter, data showed.", [("the July-September quarter", "2021-Q3")]),
    ("Exports rose in the January-March quarter.", [("the January-March quarter", "2022-Q1")]),
])
def test_a_quarter_named_by_its_months(text, expected):
    assert _dates(text, "en", datetime.date(2022, 2, 10)) == expected


def test_months_that_are_no_quarter():
    assert [v for _, v in _dates("Sales fell in the May-July quarter.", "en")] != ["2025-Q2"]
