"""A scale word with the article counts when a counted noun or a remainder follows.

«خلال الألف يوم الماضية» (the past thousand days), «مواطني الدولة المليون
و120 ألفا» (its 1,120,000 citizens): the article makes the number definite,
as «الـ24 ساعة» does. «ونصف المليون» stays the half of a scale.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _q(text: str):
    return [(m.text, m.value.plain()) for m in find_mentions(text, "ar") if m.type == "quantity"]


@pytest.mark.parametrize("text, expected", [
    ("ونزح الملايين خلال الألف يوم الماضية.", [("الألف", 1000)]),
    ("وصرفت المنحة لمواطني الدولة المليون و250 ألفا.", [("المليون و250 ألفا", 1250000)]),
    ("وصرفت المنحة لمواطني الدولة المليون و 250 ألفا.", [("المليون و 250 ألفا", 1250000)]),
    ("ويبلغ عدد السكان قرابة مليونين ونصف المليون نسمة.", [("قرابة مليونين ونصف المليون", 2500000)]),
])
def test_definite_scales(text, expected):
    assert _q(text) == expected


def test_a_definite_scale_alone_counts_nothing():
    assert _q("وقال إن الألف كانت كثيرة.") == []
