"""Date words of Moroccan and Maghrebi news, and the weekday written with
its date ("الخميس الموافق 2 مارس").

Each case lists every date the sentence holds: a quarter that should not
be one (a book's chapter, a school year's term) fails as a stray mention.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

DCT = datetime.date(2023, 9, 20)


def _dates(text: str, dct=DCT):
    return [(m.text, m.value.value, m.value.mod) for m in find_mentions(text, "ar", dct) if m.type == "date"]


@pytest.mark.parametrize("text, expected", [
    ("ويدخل القرار حيز التنفيذ فاتح يناير 2025.", [("فاتح يناير 2025", "2025-01-01", None)]),
    ("وانطلقت العملية فاتح شتنبر الماضي.", [("فاتح شتنبر الماضي", "2023-09-01", None)]),
    ("ووقع الاتفاق في فاتح ماي 2019 بالرباط.", [("فاتح ماي 2019", "2019-05-01", None)]),
    ("ويعتبر فاتح الأندلس من أشهر القادة.", []),  # a conqueror, not a day
])
def test_fatih_without_article(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ويجب إيداع الطلبات قبل متم شهر أكتوبر 2024.", [("متم شهر أكتوبر 2024", "2024-10", "END")]),
    ("وسيكتمل المشروع في متم السنة المقبلة.", [("متم السنة المقبلة", "2024", "END")]),
    ("وبلغ العجز 5 في المئة متم يونيو 2023.", [("متم يونيو 2023", "2023-06", "END")]),
    ("وارتفعت المداخيل متم الشهر الماضي.", [("متم الشهر الماضي", "2023-08", "END")]),
])
def test_mutamm_is_the_end(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتراجع النمو خلال الفصل الثاني من السنة الجارية.", [("الفصل الثاني من السنة الجارية", "2023-Q2", None)]),
    ("وسجل الاقتصاد انكماشا في الفصل الرابع من عام 2020.", [("الفصل الرابع من عام 2020", "2020-Q4", None)]),
    ("ويتوقع البنك انتعاشا في الفصل الأخير من السنة.", [("الفصل الأخير من السنة", "2023-Q4", None)]),
    ("وارتفعت الصادرات في الفصل الأول من سنة 2022.", [("الفصل الأول من سنة 2022", "2022-Q1", None)]),
    # a chapter, a season, a school term: no quarter
    ("ويروي الفصل الثالث من الرواية طفولة البطل.", []),
    ("وتأهل الفريق في الفصل الأول من المنافسة.", []),
    ("وتنتهي الامتحانات مع نهاية الفصل الأول من السنة الدراسية.", []),
])
def test_fasl_as_quarter(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتعقد الجلسة يوم الخميس الموافق 2 مارس في البرلمان.", [("يوم الخميس الموافق 2 مارس", "2023-03-02", None)]),
    ("ووقعت الحادثة الاثنين الموافق 11 سبتمبر.", [("الاثنين الموافق 11 سبتمبر", "2023-09-11", None)]),
    ("وتنطلق الحملة يوم السبت الموافق لـ 7 أكتوبر 2023.", [("يوم السبت الموافق لـ 7 أكتوبر 2023", "2023-10-07", None)]),
    ("ووصل الوفد يوم 7 سبتمبر إلى الرباط.", [("يوم 7 سبتمبر", "2023-09-07", None)]),
    ("وكان ذلك يوم 14 مارس 2021.", [("يوم 14 مارس 2021", "2021-03-14", None)]),
])
def test_weekday_with_its_date_and_day_word(text, expected):
    assert _dates(text) == expected


def test_day_word_alone_is_not_a_date():
    assert _dates("وهو يوم حزين للجميع.") == []
