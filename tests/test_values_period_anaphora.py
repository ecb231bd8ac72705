"""A period named through another in the sentence (``values/anaphora.py``).

"from 211.2 billion in the same period of 2024" after "the first half" is
the first half of 2024; «نفس الفترة من سنة 2021» after «الفصل الثالث من
2022» the third quarter of 2021; «الفصل السابق» the quarter before it;
"the previous month" after "January" December. With no quarter, half or
month before it, a year stays a year.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions


def _dates(text: str, lang: str, published=None):
    return [(m.text, m.value.value) for m in find_mentions(text, lang, published) if m.type == "date"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Net profit for the first half of 2025 fell to 90 billion from 97 billion in the same period of 2024.", "en",
     [("the first half of 2025", "2025-H1"), ("the same period of 2024", "2024-H1")]),
    ("Exports in the third quarter of 2023 rose 4% from the same period last year.", "en",
     [("the third quarter of 2023", "2023-Q3"), ("the same period last year", "2022-Q3")]),
    ("Prices rose 3 percent in March 2024, after 2 percent the previous month.", "en",
     [("March 2024", "2024-03"), ("the previous month", "2024-02")]),
    ("ونما الاقتصاد خلال الفصل الثاني من 2023 بعد انكماشه خلال الفصل السابق ونموه خلال نفس الفترة من سنة 2022.", "ar",
     [("الفصل الثاني من 2023", "2023-Q2"), ("الفصل السابق", "2023-Q1"), ("نفس الفترة من سنة 2022", "2022-Q2")]),
    ("وارتفعت الصادرات في الربع الأول من عام 2024 مقارنة بالفترة نفسها من السنة الماضية.", "ar",
     [("الربع الأول من عام 2024", "2024-Q1"), ("الفترة نفسها من السنة الماضية", "2023-Q1")]),
])
def test_periods_named_through_another(text, lang, expected):
    assert _dates(text, lang) == expected


def test_without_an_anchor_a_year_stays_a_year():
    assert _dates("Revenue fell from the same period of 2024, the company said.", "en") == [("2024", "2024")]


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before():
    text = "GDP grew 9.8% in the July-September quarter, up from 0.7% a year earlier."
    assert _dates(text, "en", datetime.date(2022, 2, 10)) == [
        ("the July-September quarter", "2021-Q3"), ("a year earlier", "2020-Q3")]


def test_a_year_earlier_alone_counts_from_publication():
    assert _dates("Unemployment fell to 5% from 6% a year earlier.", "en", datetime.date(2022, 2, 10)) == [
        ("a year earlier", "2021")]


@pytest.mark.parametrize("text, lang, published, expected", [
    ("Demand in the second half of 2025 will be higher than the first half, he said.", "en", None,
     [("the second half of 2025", "2025-H2"), ("the first half", "2025-H1")]),
    ("وبلغ النمو 3% في عام 2019 ثم تراجع في الربع الأول من نفس العام.", "ar", datetime.date(2024, 1, 1),
     [("عام 2019", "2019"), ("الربع الأول من نفس العام", "2019-Q1")]),
])
def test_a_period_takes_the_year_of_another_date_in_the_sentence(text, lang, published, expected):
    assert _dates(text, lang, published) == expected


def test_a_half_with_no_period_of_stated_year_beside_it_is_no_date():
    assert _dates("He scored twice in the second half of the match.", "en", datetime.date(2025, 8, 5)) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("فيضانات عام 2010 بدأت أواخر يوليو من ذلك العام.", "ar", ["2010", "2010-07"]),
    ("The 2010 floods began in late July of that year.", "en", ["2010", "2010-07"]),
    ("In 2010 the rains came, and in March the same year the dam broke.", "en", ["2010", "2010-03"]),
    # with no year said before it in the sentence, "that year" is not guessed
    ("The floods began in late July of that year.", "en", ["XXXX-07"]),
    # a day of that year, too: not the publication's year
    ("The talks ended in July 2021 with a deal that the mission would end on Dec. 31 of that year.", "en",
     ["2021-07", "2021-12-31"]),
    ("The mission would end on Dec. 31 of that year.", "en", ["XXXX-12-31"]),
    ("انتهت المحادثات في تموز 2021 باتفاق على إنهاء المهمة في 31 كانون الأول من ذلك العام.", "ar",
     ["2021-07", "2021-12-31"]),
])
def test_a_month_of_that_year_takes_the_year_of_the_date_before(text, lang, expected):
    found = find_mentions(text, lang, datetime.date(2022, 9, 17))
    assert [m.value.value for m in found if m.type == "date"] == expected
