"""Arabic cardinals after their definite noun count it: "المتهمين الخمسة" is 5.

The tens are spelt like ordinals, so "الدول العشرين" counts (a plural head)
while "القرن العشرين" ranks (a singular head). Without the article, or with
no definite noun before it, the word is left to the other grammars.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _values(text: str):
    return [(m.type, m.text, m.value.plain() if m.type == "quantity" else m.value.value)
            for m in find_mentions(text, "ar") if m.type in ("quantity", "ordinal")]


@pytest.mark.parametrize("text, expected", [
    ("أفرج عن المتهمين الخمسة", [("quantity", "الخمسة", 5)]),
    ("اجتمع قادة الدول العشرين", [("quantity", "العشرين", 20)]),
    ("خلال الأيام الثلاثة الماضية", [("quantity", "الثلاثة", 3)]),
    ("خلال الأشهر الستة الأولى", [("quantity", "الستة", 6), ("ordinal", "الأولى", 1)]),
    ("وقتل الجنود الأربعة في الهجوم", [("quantity", "الأربعة", 4)]),
    ("وشارك اللاعبون الأحد عشر في المباراة", [("quantity", "الأحد عشر", 11)]),
    ("وأعلنت الدول الخمس الكبرى موقفها", [("quantity", "الخمس", 5)]),  # a count, not a fifth
    ("واجتمع الوزراء العشرون في بروكسل", [("quantity", "العشرون", 20)]),
    ("وتعهدت الأطراف الثلاثون بالتنفيذ", [("quantity", "الثلاثون", 30)]),
    ("وطالب بالإفراج عن المعتقلين الخمسة والعشرين", [("quantity", "الخمسة والعشرين", 25)]),
    ("ووصل إلى السنوات العشر الأخيرة", [("quantity", "العشر", 10)]),
])
def test_cardinal_after_definite_noun_counts(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("في القرن العشرين", [("ordinal", "العشرين", 20)]),  # a singular head: the twentieth
    ("واحتفلت بالذكرى الخمسين لتأسيسها", [("ordinal", "الخمسين", 50)]),
    ("في الساعة الثالثة", [("ordinal", "الثالثة", 3)]),  # the ordinal form ranks
    ("اجتمع قادة مجموعة العشرين", [("ordinal", "العشرين", 20)]),  # no definite head
    ("عاد الثلاثة إلى بيوتهم", []),  # no noun before it
    ("التقى الوزيران الاثنين في القاهرة", []),  # الاثنين: Monday, a date
])
def test_other_readings_stay(text, expected):
    assert _values(text) == expected
