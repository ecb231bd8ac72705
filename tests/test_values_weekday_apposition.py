"""A weekday beside the full date it falls on takes that date (``values/apposition.py``).

«يوم الأحد (26 تشرين الأول 2025)», «يوم الأربعاء المقبل الموافق الـ10 كانون
الأول», «العاشر من هذا الشهر الموافق الأحد»: the date says which Sunday or
Wednesday is meant, even without a publication date, and even where the
weekday alone would be read a week off. A date on another weekday lends
nothing.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions


def _dates(text: str, published=None):
    return [(m.text, m.value.value, m.note) for m in find_mentions(text, "ar", published) if m.type == "date"]


def test_weekday_before_a_bracketed_date():
    got = _dates("وزار الوزير المحافظة يوم الخميس (16 تشرين الأول 2025) والتقى شيوخ العشائر.")
    assert got[0] == ("يوم الخميس", "2025-10-16", None)


def test_weekday_with_a_relative_word_before_its_date():
    got = _dates("وتقرر أن يكون يوم الأربعاء المقبل الموافق الـ17 كانون الأول الحالي عطلة رسمية.",
                 datetime.date(2025, 12, 9))
    assert [v for _, v, _ in got] == ["2025-12-17", "2025-12-17"]


def test_weekday_after_its_date():
    got = _dates("وسيكون يوم العاشر من هذا الشهر الموافق الأحد عطلة رسمية.", datetime.date(2023, 12, 1))
    assert [v for _, v, _ in got] == ["2023-12-10", "2023-12-10"]


@pytest.mark.parametrize("text", [
    "وعقد الاجتماع يوم الخميس (15 تشرين الأول 2025) في بغداد.",  # the 15th was a Wednesday
])
def test_a_date_on_another_weekday_lends_nothing(text):
    got = _dates(text)
    assert got[0][1] == "XXXX-WXX-4"


@pytest.mark.parametrize("text, published, expected", [
    # the Monday before next Tuesday, not last Monday
    ("وأعلنت المصارف إضرابا يومي الإثنين والثلاثاء المقبل.", datetime.date(2022, 3, 18),
     ["2022-03-21", "2022-03-22"]),
    # the Wednesday after tomorrow's Tuesday
    ("وأكدت المحكمة أن يوم غد الثلاثاء متمم للشهر والأربعاء أول أيام العيد.", datetime.date(2024, 4, 8),
     ["2024-04-09", "2024-04-10"]),
    # the Sunday after the Saturday just named
    ("ويكون الوقوف بعرفة يوم السبت 15 حزيران والعيد يوم الأحد الذي يليه.", datetime.date(2024, 6, 6),
     ["2024-06-15", "2024-06-16"]),
])
def test_weekday_read_from_the_day_beside_it(text, published, expected):
    assert [v for _, v, _ in _dates(text, published)] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("وضرب الزلزال شمال سوريا فجر اليوم 6 شباط.", None, [("اليوم 6 شباط", "XXXX-02-06")]),
    ("وقالت الوزارة اليوم، 14 آذار، إن الحصيلة ارتفعت.", datetime.date(2024, 3, 14), [("اليوم، 14 آذار", "2024-03-14")]),
])
def test_today_against_its_date_is_one_date(text, published, expected):
    assert [(t, v) for t, v, _ in _dates(text, published)] == expected


@pytest.mark.parametrize("text", [
    "وقع الانفجار يوم الثلاثاء الواقع فيه 4 آب 2020 في مرفأ بيروت.",
    "وقع الانفجار يوم الثلاثاء في 4 آب 2020 في مرفأ بيروت.",
])
def test_weekday_and_the_date_it_falls_on_joined_by_words_of_falling(text):
    # read alone, the weekday would be the last Tuesday before publication (29 September)
    assert [v for _, v, _ in _dates(text, datetime.date(2020, 10, 1))] == ["2020-08-04"]
