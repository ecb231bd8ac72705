"""A four-digit number after an Arabic noun in construct names a year
("رؤية 2030"); after a counting word, or before the noun it counts, it is a
count ("بلغ 2019", "2019 جنديا")."""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

DCT = datetime.date(2023, 6, 14)


def _found(text: str):
    return [(m.type, m.text) for m in find_mentions(text, "ar", DCT) if m.type in ("date", "quantity")]


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت اللجنة نتائج اقتراع 2021 في الدائرة.", [("date", "2021")]),
    ("وتهدف خطة 2035 إلى تنويع الاقتصاد.", [("date", "2035")]),
    ("وتحدث الوزير عن رهانات موازنة 2025 والعجز.", [("date", "2025")]),
    ("وتستعد المدينة لاحتضان كأس العالم ضمن ملف مونديال 2030.", [("date", "2030")]),
    ("ويتوقع تحقيق الأهداف في أفق 2040.", [("date", "2040")]),
    ("وناقش البرلمان مشروع قانون مالية 2024 وموازنة 2025.", [("date", "2024"), ("date", "2025")]),
    ("وأطلقت المملكة استراتيجية 2030 الطموحة.", [("date", "2030")]),
    ("وشكلت انتخابات 2016 منعطفا في تاريخ البلاد.", [("date", "2016")]),
    ("وتعد رؤية 2030 من أهم الخطط.", [("date", "2030")]),  # («من» before an indefinite word)
])
def test_construct_noun_names_a_year(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a counted noun after the number
    ("وأصيب 2019 شخصا في الحوادث.", [("quantity", "2019")]),
    # ...also after a verbal noun in ة, which takes the people it happens to as a count
    ("وأسفر الحادث عن وفاة 2012 شخصا وإصابة 2059 آخرين.", [("quantity", "2012"), ("quantity", "2059")]),
    ("وأودت العاصفة بحياة 1987 شخصا.", [("quantity", "1987")]),
    ("وخصصت الوزارة مبلغ 2000 دينار لكل أسرة.", [("quantity", "2000")]),
    ("ووزعت الجمعية 1950 سلة غذائية.", [("quantity", "1950")]),
    # a counting word or hedge before it
    ("وبلغ عدد المصابين 2030 حالة.", [("quantity", "2030")]),
    ("وارتفع عدد الوفيات إلى 2045.", [("quantity", "2045")]),
    ("وسجلت 1999.", [("quantity", "1999")]),
    ("وشارك نحو 2010 متطوعين.", [("quantity", "نحو 2010")]),
    # a definite noun before it is its subject; a name number is no year
    ("وبلغت حصيلة الضحايا 2060.", [("quantity", "2060")]),
    ("ونص القرار 2025 على وقف النار.", []),
    # outside 1900-2100
    ("وشارك في السباق 2500 عداء.", [("quantity", "2500")]),
    # a measure noun names a quantity, not a year
    # «من» and a definite noun after it: some of a whole, counted
    ("وأعلن البنتاغون وجود 2000 من القوات الأمريكية في سوريا.", [("quantity", "2000")]),
    ("ونقلت السفينة كمية 2000 طن من القمح.", [("quantity", "2000")]),
    ("وتبلغ مساحة 1960 هكتارا.", [("quantity", "1960")]),
])
def test_counts_stay_counts(text, expected):
    assert _found(text) == expected
