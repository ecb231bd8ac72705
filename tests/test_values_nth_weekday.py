"""«يوم الجمعة الأول من شهر كانون الأول»: the first Friday of December.

A weekday, a small ordinal word, «من» and a month name the nth such weekday
of the month when the day of that number is not that weekday; when it is
(Friday the first), the two readings agree. "يوم الخميس السابع من نيسان"
stays Thursday the seventh.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions


def _dates(text: str, published=None):
    return [m.value.value for m in find_mentions(text, "ar", published) if m.type == "date"]


@pytest.mark.parametrize("text, published, value", [
    ("كما سيكون يوم الجمعة الأول من شهر كانون الأول عطلة للمكون الإيزيدي.", datetime.date(2025, 12, 2), "2025-12-05"),
    ("وتقام الاحتفالات يوم الأحد الثاني من شهر آذار.", datetime.date(2024, 2, 20), "2024-03-10"),
    ("وجرى اللقاء يوم الجمعة الأول من كانون الأول 2023.", None, "2023-12-01"),
    ("وجرت الجولة يوم الخميس السابع من نيسان الماضي.", datetime.date(2022, 5, 2), "2022-04-07"),
])
def test_nth_weekday_of_a_month(text, published, value):
    assert _dates(text, published) == [value]
