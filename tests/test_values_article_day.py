"""A day of the month with the article glued on: "الـ25 من كانون الأول الحالي".

Levantine and Iraqi reports write the day as "الـ25" (the 25th), the form
the ordinals read as a rank; before a month it is the day of that month.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions


@pytest.mark.parametrize("text, value", [
    ("وتصادف المناسبة في الـ25 من كانون الأول الحالي.", "2025-12-25"),
    ("وستكون العطلة الـ10 كانون الأول الحالي.", "2025-12-10"),
    ("وجرت الانتخابات في الـ 11 من تشرين الثاني الماضي.", "2025-11-11"),
    # before "the current month" or "next month", a day of that month
    ("وتعقد الجولة المقبلة في الـ24 من الشهر الحالي.", "2025-12-24"),
    ("ويبدأ التطبيق في الـ3 من الشهر المقبل.", "2026-01-03"),
])
def test_article_day_before_a_month(text, value):
    found = [m for m in find_mentions(text, "ar", datetime.date(2025, 12, 2)) if m.type in ("date", "ordinal")]
    assert [(m.type, m.value.value) for m in found] == [("date", value)]


def test_article_digits_alone_still_rank():
    found = find_mentions("وانطلقت الدورة الـ25 للمهرجان.", "ar")
    assert [(m.type, m.value.plain()) for m in found] == [("ordinal", 25)]


@pytest.mark.parametrize("text, value", [
    ("وتجاوز عدد الضحايا حاجز الـ10,000 قتيل.", 10000),  # grouped thousands: no rank is written so
    ("وارتفع عدد القتلى إلى الـ2500.", 2500),  # past the ranks, with no noun after it
    ("ويبلغ عدد السكان الـ1.5 مليون نسمة.", 1500000),  # a decimal before its scale
])
def test_article_digits_past_the_ranks_count(text, value):
    found = [m for m in find_mentions(text, "ar") if m.type in ("quantity", "ordinal")]
    assert [(m.type, m.value.plain()) for m in found] == [("quantity", value)]
