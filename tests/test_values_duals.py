"""An Arabic dual of a counted noun is a count of two (``values/duals.py``).

«وفاة شخصين» (two people died), «بينهم طفلان», «خلال ساعتين»: no digit
and no «اثنين», yet a number a claim can be about. Masculine plurals share
the ending (المواطنين), so only listed nouns count; a date keeps «قبل يومين».
"""

from __future__ import annotations

import datetime

import pytest

from checker.text.morphology import arabic_dual_singulars
from checker.values import find_mentions


def _quantities(text: str):
    return [(m.text, m.value.plain()) for m in find_mentions(text, "ar", datetime.date(2024, 5, 1))
            if m.type == "quantity"]


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت الوزارة تسجيل إصابتين جديدتين بالفيروس.", [("إصابتين", 2)]),
    ("وأكد المصدر وفاة شخصين إثر حادثتين مروريتين.", [("شخصين", 2), ("حادثتين", 2)]),
    ("ولقي 4 أشخاص مصرعهم بينهم طفلان.", [("4", 4), ("طفلان", 2)]),
    ("وتواصلت الاشتباكات على مدى يومين في المدينة.", [("يومين", 2)]),
    ("وفاز الفريق بثلاثة أهداف مقابل هدفين.", [("ثلاثة", 3), ("هدفين", 2)]),
    ("وتضررت المنطقة خلال العامين الماضيين.", [("العامين", 2)]),
])
def test_a_dual_counts_two(text, expected):
    assert _quantities(text) == expected


@pytest.mark.parametrize("text", [
    "وعاد المواطنين إلى منازلهم.",
    "واستقبل الرئيس الوفدين في القصر.",
    "وقال المتحدث إن الجانبين اتفقا على التهدئة.",
])
def test_plurals_and_unlisted_duals_count_nothing(text):
    assert _quantities(text) == []


def test_a_dual_inside_a_date_stays_the_date():
    found = find_mentions("وغادر الوفد قبل يومين.", "ar", datetime.date(2024, 5, 1))
    assert [(m.type, m.text) for m in found] == [("date", "قبل يومين")]


def test_morphology_gives_a_feminine_dual_its_singular():
    assert "اصابه" in arabic_dual_singulars("اصابتين")


def test_an_offset_from_another_event_is_no_date_even_with_one_said():
    """«بعد يوم واحد من انعقاد الجولة»: a day after the round, not a day after publication."""
    found = find_mentions("وجاءت الزيارة بعد يوم واحد من انعقاد القمة.", "ar", datetime.date(2024, 5, 1))
    assert [m.type for m in found if m.type == "date"] == []
    found = find_mentions("وغادر الوفد قبل يوم واحد.", "ar", datetime.date(2024, 5, 1))
    assert [m.type for m in found if m.type == "date"] == ["date"]
