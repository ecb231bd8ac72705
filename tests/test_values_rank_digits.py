"""A ranking singular before bare digits makes them an ordinal: "في الدقيقة 56".

Sports and records reports write "الدقيقة 56" (the 56th minute), "للمرة 19"
(for the 19th time), "للمباراة 24" for the "الدقيقة الـ56" the ordinals
already read; the digits rank, they count nothing. A counted noun after
the digits keeps them a count.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _kinds(text: str):
    return [(m.type, m.value.plain()) for m in find_mentions(text, "ar")]


@pytest.mark.parametrize("text, value", [
    ("وسجل المهاجم هدف التعادل في الدقيقة 67 بعد ركنية.", 67),
    ("وأضاف زميله الهدف الثاني بالدقيقة 88 من زمن اللقاء.", 88),
    ("وتوج الفريق باللقب للمرة 12 في تاريخه.", 12),
    ("وحقق الفريق الفوز للمباراة 15 على التوالي.", 15),
    ("وتقام مباريات الجولة 7 من الدوري يوم السبت.", 7),
])
def test_digits_after_a_ranking_noun_are_an_ordinal(text, value):
    assert ("ordinal", value) in _kinds(text)
    assert ("quantity", value) not in _kinds(text)


def test_a_counted_noun_after_the_digits_keeps_a_count():
    assert ("quantity", 3) in _kinds("واستمرت الجولة 3 أيام في العاصمة.")


def test_a_scale_after_the_digits_keeps_a_count():
    assert ("quantity", 88966) in _kinds("وحضر المباراة 88 ألفا و966 متفرجا.")
