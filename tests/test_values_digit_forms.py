"""Digits written the ways Arabic outlets write them (``values/digits.py``).

Gulf and Iraqi dots group thousands (109.545.589; 821.792 before a noun
counted only in wholes), the Arabic comma groups them too (14،800), the
Maghreb's comma is a decimal before a percent, a scale or a unit of measure (7,6%, 2,4 مليون, 6,4 درجات),
the Jordanian agency writes the fraction first with ر (8ر11 = 11.8), and
statements put the digits in parentheses ((9.3) ملايين) or quote marks ("۱۴۴" ألف). A single dot before
three digits stays a decimal before a currency, a scale or a direction.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _quantities(text: str, lang: str = "ar"):
    return [(m.value.plain(), m.value.mod) for m in find_mentions(text, lang) if m.type == "quantity"]


@pytest.mark.parametrize("text, expected", [
    ("وبلغت الصادرات الشهرية 98.765.432 برميلا خلال الشهر.", [(98765432, None)]),
    ("ووصل إلى المطار «12.345.678» مسافرا منذ بداية العام.", [(12345678, None)]),
    ("وأفادت الإحصائية بوصول 512.406 حاجا عبر المنافذ.", [(512406, None)]),
    ("وتراوح السعر بين 15،200 و15،350 ليرة.", [(15200, None), (15350, None)]),
    ("وسجلت البطالة 9,4% مقابل 10,1% في السنة السابقة.", [(0.094, None), (0.101, None)]),
    ("وارتفعت الأسعار بنسبة 6,2 في المائة.", [(0.062, None)]),
    ("وبلغ عدد المستفيدين 3,6 مليون.", [(3600000, None)]),
    ("وبلغت المتأخرات 41،5 مليون دينار.", [(41500000, None)]),
    # ...and before the unit of a measure: a magnitude, a temperature
    ("وضرب زلزال بقوة 6,4 درجات المنطقة.", [(6.4, None)]),
    ("وسجلت الحرارة 47،3 درجة مئوية.", [(47.3, None)]),
    ("وبلغت نسبة التضخم 3ر14 بالمئة في أيار.", [(0.143, None)]),
    ("وارتفع المعدل بمقدار 5ر0 نقطة مئوية.", [(0.5, None)]),
    ("وقالت الوزارة إن نحو (6.4) ملايين شخص بحاجة إلى مساعدة.", [(6400000, "APPROX")]),
    ("ونزح أكثر من (12) مليون شخص منذ بدء القتال.", [(12000000, "MORE_THAN")]),
    # ...or in quote marks, as some agencies write them, also in Persian digits
    ('وبلغ عدد الزوار "۱۴۴" ألف زائر ثم انخفض إلى "۱۱۲" ألفا.', [(144000, None), (112000, None)]),
])
def test_arabic_digit_forms(text, expected):
    got = _quantities(text)
    assert [m for _, m in got] == [m for _, m in expected]
    assert [v for v, _ in got] == pytest.approx([v for v, _ in expected], rel=1e-6)


@pytest.mark.parametrize("text, lang, value", [
    ("وبلغت الإيرادات 2.315 تريليون ريال.", "ar", 2315000000000),
    ("وبلغ سعر البرميل 84.612 دولارا.", "ar", 84.612),
    ("ويقع المركز عند خط الطول 36.215 شرقا.", "ar", 36.215),
    ("وبلغ المؤشر 1.250 نقطة.", "ar", 1.25),
    # English written in continental style, likewise: thousands before a noun counted only in wholes
    ("The storm left some 3.500 people homeless.", "en", 3500),
    ("More than 12.000 displaced are sheltering in schools.", "en", 12000),
    ("The index closed at 1.250 points.", "en", 1.25),
    ("The quake measured 6.300 on one early reading.", "en", 6.3),
])
def test_a_single_dot_stays_a_decimal_unless_a_whole_noun_follows(text, lang, value):
    assert [v for v, _ in _quantities(text, lang)] == pytest.approx([value])


def test_a_comma_before_three_digits_still_groups_thousands():
    assert [v for v, _ in _quantities("وبلغ عدد الزوار 1,250 زائرا.")] == [1250]

