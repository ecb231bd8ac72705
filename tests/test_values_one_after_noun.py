"""«واحد» after its noun counts one; alone, or in an idiom, it counts nothing.

«حالة واحدة», «دولار واحد», «للدولار الواحد» (per one dollar): the cardinal
one follows its noun and agrees with it in definiteness. «في وقت واحد» (at
once), «بصوت واحد» (unanimously) and «واحد من» (one of) are no count.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _q(text: str):
    return [(m.text, m.value.plain()) for m in find_mentions(text, "ar") if m.type == "quantity"]


@pytest.mark.parametrize("text, expected", [
    ("وسجلت المحافظة حالة وفاة واحدة خلال الأسبوع.", [("واحدة", 1)]),
    ("وبقي مريض واحد في العناية المركزة.", [("واحد", 1)]),
    ("وبلغ سعر الصرف 90 ألف ليرة مقابل دولار واحد.", [("90 ألف", 90000), ("واحد", 1)]),
    ("وكان سعر الصرف 1500 ليرة للدولار الواحد.", [("1500", 1500), ("الواحد", 1)]),
])
def test_one_after_its_noun_counts(text, expected):
    assert _q(text) == expected


@pytest.mark.parametrize("text", [
    "ووقعت الانفجارات في وقت واحد تقريبا.",
    "وصوت المجلس بصوت واحد على القرار.",
    "ويعد المشروع واحدا من أكبر المشاريع.",
    "وهو واحد من أبرز القادة.",
    "ووقف الجميع صفا واحدا.",
])
def test_one_in_idioms_and_alone_counts_nothing(text):
    assert [v for _, v in _q(text) if v == 1] == []
