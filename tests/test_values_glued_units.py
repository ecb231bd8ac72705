"""Units and currencies written against the digits: "400mm of rain", "Dhs47.4 billion".

A measurement unit glued to the number leaves it a count ("more than
400mm" is more than 400); a Gulf currency code before it is part of the
amount as "$" is. A bare "m" after digits stays out: metres or millions.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _q(text: str):
    return [(m.text, m.value.plain(), m.value.mod) for m in find_mentions(text, "en") if m.type == "quantity"]


@pytest.mark.parametrize("text, expected", [
    ("The storm dumped more than 250mm of rain in a day.", [("more than 250", 250, "MORE_THAN")]),
    ("Crews cleared a 35km stretch of the road.", [("35", 35, None)]),
    ("The surplus reached Dhs12.5 billion in the first half.", [("Dhs12.5 billion", 12500000000, None)]),
    ("Fines of up to AED 50,000 apply.", [("up to AED 50,000", 50000, "AT_MOST")]),
])
def test_glued_units_and_currencies(text, expected):
    assert _q(text) == expected


def test_a_bare_m_is_no_unit():
    assert _q("She won the 400m final.") == []
