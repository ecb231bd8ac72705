"""Hijri dates as the courts announce them, on the Umm al-Qura calendar.

"1 / 12 / 1445هـ" (day, month, Hijri year marked هـ), «غرة شهر ذي الحجة»
(the first day of the month), converted with the Umm al-Qura calendar that
Saudi and Gulf announcements follow (1 Dhu al-Hijja 1445 was 7 June 2024;
the tabular rule says the 8th). A month named without a year is the one
nearest the publication date unless a relative word or tense says otherwise.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions
from checker.values.hijri import to_date as _hijri_to_date


def _dates(text: str, published):
    return [(m.text, m.value.value) for m in find_mentions(text, "ar", published) if m.type == "date"]


@pytest.mark.parametrize("text, published, expected", [
    ("وقالت المحكمة إن يوم الأحد 10 / 12 / 1445هـ هو يوم عيد الأضحى.", datetime.date(2024, 6, 6),
     [("يوم الأحد", "2024-06-16"), ("10 / 12 / 1445هـ", "2024-06-16")]),
    ("ويبدأ العام الدراسي في 1/3/1446 هـ حسب التقويم.", None, [("1/3/1446 هـ", "2024-09-04")]),
    ("وأعلن الديوان أن عيد الفطر هو غرة شهر شوال.", datetime.date(2024, 4, 8), [("غرة شهر شوال", "2024-04-10")]),
])
def test_announced_hijri_dates(text, published, expected):
    assert _dates(text, published) == expected


def test_umm_al_qura_not_tabular():
    assert _hijri_to_date(1445, 12, 1) == datetime.date(2024, 6, 7)


def test_outside_the_table_falls_back_to_the_tabular_rule():
    assert _hijri_to_date(1300, 1, 1).year == 1882
