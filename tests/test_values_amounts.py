"""Amounts written in more than one piece: a scale and its remainder, a
currency sign, a hedge spelt as a verb, a Maghrebi plural.

Each case lists every quantity the sentence holds, so a stray second
mention (the "966" of "88 ألفا و966" read on its own) fails as surely as a
wrong value.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

DCT = datetime.date(2023, 6, 14)


def _quantities(text: str, lang: str):
    return [(m.text, m.value.plain(), m.value.mod) for m in find_mentions(text, lang, DCT) if m.type == "quantity"]


@pytest.mark.parametrize("text, expected", [
    # digits + scale + و + the rest, in digits or in words
    ("ووزعت الجمعية 45 ألفا و312 سلة غذائية.", [("45 ألفا و312", 45312, None)]),
    ("وبلغ عدد الناخبين 3 ملايين و250 ألفا.", [("3 ملايين و250 ألفا", 3250000, None)]),
    ("وسجلت الوزارة 12 ألفا و80 إصابة جديدة.", [("12 ألفا و80", 12080, None)]),
    ("ونزح 7 آلاف وخمسمئة شخص.", [("7 آلاف وخمسمئة", 7500, None)]),
    ("ويقطن المدينة مليون و400 ألف نسمة.", [("مليون و400 ألف", 1400000, None)]),
    ("وقدرت الخسائر بنحو ملياران و300 مليون دولار.", [("نحو ملياران و300 مليون", 2300000000, "APPROX")]),
    # not a remainder: a noun between, or a second number as large as the scale
    ("وقتل ألف جندي و300 مدني.", [("ألف", 1000, None), ("300", 300, None)]),
    ("وصدرت 5 آلاف و6 آلاف نسخة في طبعتين.", [("5 آلاف", 5000, None), ("6 آلاف", 6000, None)]),
    ("وبلغت الأرباح 20 مليونا و15 في المئة من الإيرادات.",
     [("20 مليونا", 20000000, None), ("15 في المئة", 0.15, None)]),
])
def test_arabic_scale_and_remainder(text, expected):
    assert _quantities(text, "ar") == expected


@pytest.mark.parametrize("text, expected", [
    ("وتبلغ كلفة المشروع 4 ملايير درهم.", [("4 ملايير", 4000000000, None)]),
    ("ورصدت الحكومة ثلاثة ملايير درهم للطرق.", [("ثلاثة ملايير", 3000000000, None)]),
    ("وخصصت 2.5 ملايير درهم للدعم.", [("2.5 ملايير", 2500000000, None)]),
    # ملايين is millions
    ("وزار المعرض 3 ملايين شخص.", [("3 ملايين", 3000000, None)]),
])
def test_maghrebi_plural_of_billion(text, expected):
    assert _quantities(text, "ar") == expected


@pytest.mark.parametrize("text, expected", [
    ("وبلغت الصادرات ما يناهز 40 مليار دولار.", [("ما يناهز 40 مليار", 40000000000, "APPROX")]),
    ("في صفقة تناهز 900 مليون دولار.", [("تناهز 900 مليون", 900000000, "APPROX")]),
    ("وناهز عدد الزوار 20 ألفا.", [("20 ألفا", 20000, None)]),  # the hedge is not right before the number
    ("وناهزت الحصيلة 300 قتيل.", [("300", 300, None)]),  # ...nor here: a noun stands between
    ("وهي حصيلة ناهزت 300 قتيل.", [("ناهزت 300", 300, "APPROX")]),
    ("بنسبة لا تتجاوز 3 في المئة.", [("لا تتجاوز 3 في المئة", 0.03, "AT_MOST")]),
    ("بمبالغ لا يتجاوز أعلاها 500 دينار.", [("500", 500, None)]),
    ("وبرواتب لا يزيد عن 200 دينار.", [("لا يزيد عن 200", 200, "AT_MOST")]),
    ("في مدة لا تزيد على 30 يوما.", [("لا تزيد على 30", 30, "AT_MOST")]),
    ("وتعيش الأسر بدخل ما دون 100 دينار.", [("ما دون 100", 100, "LESS_THAN")]),
    ("للأطفال دون 5 سنوات.", [("دون 5", 5, "LESS_THAN")]),
    ("وتجاوزت الخسائر 2 مليار دولار.", [("2 مليار", 2000000000, None)]),
    ("وخسائر تجاوزت 2 مليار دولار.", [("تجاوزت 2 مليار", 2000000000, "MORE_THAN")]),
    ("إن هناك ما يقارب من 3 آلاف حالة وفاة.", [("ما يقارب من 3 آلاف", 3000, "APPROX")]),  # (with «من», as often written)
])
def test_arabic_verb_hedges(text, expected):
    assert _quantities(text, "ar") == expected


@pytest.mark.parametrize("text, expected", [
    ("The deal is worth nearly $4 billion.", [("nearly $4 billion", 4000000000, "APPROX")]),
    ("It raised €2.5bn from investors.", [("€2.5bn", 2500000000, None)]),
    ("The club paid £85m for the striker.", [("£85m", 85000000, None)]),
    ("Losses reached 1.7bn last quarter.", [("1.7bn", 1700000000, None)]),
    # "mn" is million, glued or not, with no sign: the UN's "4.5mn displaced"
    ("Some 4.5mn people are displaced inside the country.", [("Some 4.5mn", 4500000, "APPROX")]),
    ("About 1.2 mn have fled abroad.", [("About 1.2 mn", 1200000, "APPROX")]),
    ("Aid of more than $12 million arrived.", [("more than $12 million", 12000000, "MORE_THAN")]),
    ("The grant was US$ 40 million.", [("US$ 40 million", 40000000, None)]),
    ("Tickets cost $25 each.", [("$25", 25, None)]),
    ("Bonuses of up to $5k were paid.", [("up to $5k", 5000, "AT_MOST")]),
    # without a sign a glued "m" is not a scale: the 400m is a distance
    ("She won the 400m final.", []),
])
def test_english_currency_amounts(text, expected):
    assert _quantities(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Between 2 and 3 million people have fled.", "en", [2000000, 3000000]),
    ("وبات ما بين 250 و300 ألف شخص بلا مأوى.", "ar", [250000, 300000]),
    ("ونزح من 2 إلى 3 ملايين شخص.", "ar", [2000000, 3000000]),
    # no range: the bare number is larger than the digits the scale multiplies
    ("The blast killed 20 and 3 million fled the city.", "en", [20, 3000000]),
])
def test_a_range_shares_the_scale_of_its_upper_end(text, lang, expected):
    assert [m.value.value for m in find_mentions(text, lang) if m.type == "quantity"] == expected
