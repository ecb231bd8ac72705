"""Whether a number beside a noun counts it is decided once (``values.counting``).

The readers that must tell a count from a name or a rank (the "الـN" of
ordinals, digits after a ranking head or an id word, the cardinals after a
definite noun, a definite scale) all ask the same two questions: is the word
after the number a noun it counts, is the word before it a definite plural.
So a plural the adjectival cardinals know («المتهمين الخمسة») makes "الـ5"
a count too, and a full stop after the counted noun hides nothing.
"""

from __future__ import annotations

import pytest

from checker.text.normalize import norm
from checker.values import counting, find_mentions


def _values(text: str):
    return [(m.type, m.text, m.value.plain() if m.type == "quantity" else m.value.value)
            for m in find_mentions(text, "ar") if m.type in ("quantity", "ordinal")]


@pytest.mark.parametrize("text, expected", [
    ("أفرج عن المتهمين الـ5 أمس", [("quantity", "الـ5", 5)]),  # a sound masculine plural
    ("وتعهدت الأطراف الـ30 بالتنفيذ", [("quantity", "الـ30", 30)]),  # a broken plural, أفعال
    ("واجتمع الوزراء الـ12 في بروكسل", [("quantity", "الـ12", 12)]),  # a broken plural, فعلاء
    ("وقتل خلال للساعات الـ24 الماضية", [("quantity", "الـ24", 24)]),  # ل + the article
    ("خلال الـ24 ساعة. وقال المتحدث", [("quantity", "الـ24", 24)]),  # the noun before a full stop
    ("في الدورة الـ24 للمهرجان", [("ordinal", "الـ24", 24)]),  # a singular head ranks
])
def test_article_digits_count_after_a_plural_or_before_a_counted_noun(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وسجل في الدقيقة 56 هدفا", [("ordinal", "الدقيقة 56", 56)]),
    ("وفاز للمرة 19 تواليا", [("ordinal", "لمرة 19", 19)]),  # a shape alone does not count after a rank
    ("واستمرت الجولة 3 أيام", [("quantity", "3", 3)]),  # a listed counted noun does
])
def test_ranked_digits_count_only_before_a_listed_noun(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("word, after, shaped, expected", [
    ("نائبا", True, True, True),
    ("نائبا", True, False, False),
    ("عالميا", True, True, False),
    ("ساعة،", True, False, True),
    ("ألفا", True, False, True),
    ("المتهمين", False, None, True),
    ("والأطراف", False, None, True),
    ("القرن", False, None, False),
    ("الدورة", False, None, False),
])
def test_the_one_decision(word, after, shaped, expected):
    w = norm(word)
    got = counting.noun_after("ar", w, shaped) if after else counting.plural_before("ar", w)
    assert got is expected


def test_english_has_no_plural_heads():
    assert not counting.plural_before("en", "the") and not counting.definite("en", "the")
