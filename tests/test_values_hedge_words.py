"""Hedges real reports use, and the "لتصل إلى" that is no hedge.

"in the neighborhood of", «في حدود», «يقترب من» approximate; «حدا أدنى» and
«حدا أقصى» after a price bound it; a hedge after a quoted figure
('"2 %" تقريباً') still applies. «لتصل إلى» after a change says the level
reached, stated exactly («ارتفعت ... لتصل إلى 23%»), while «غرامة تصل إلى»
stays "up to".
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _q(text: str, lang: str):
    return [(m.value.plain(), m.value.mod) for m in find_mentions(text, lang) if m.type == "quantity"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Output will be in the neighborhood of 9.8 million barrels per day.", "en", [(9800000, "APPROX")]),
    ("The bill came in the region of 40 million dollars.", "en", [(40000000, "APPROX")]),
    ("وكانت نسبة البطالة في حدود 14.2% العام الماضي.", "ar", [(0.142, "APPROX")]),
    ("ويقترب عدد اللاجئين من 600 ألف، وعدد العائدين يقترب من 35 ألفا.", "ar", [(600000, None), (35000, "APPROX")]),
    ("وحددت النقابة سعر الشراء 4100 حدا أدنى وسعر البيع 4150 حدا أقصى.", "ar", [(4100, "AT_LEAST"), (4150, "AT_MOST")]),
    ('وتراجع العدد بنسبة "3 %" تقريباً عن العام الماضي.', "ar", [(0.03, "APPROX")]),
    ("وارتفع معدل البطالة لتصل إلى 21% في الربع الثاني.", "ar", [(0.21, None)]),
    ("وزادت الودائع بنسبة 5% ليصل إلى 12 مليار دولار.", "ar", [(0.05, None), (12000000000, None)]),
    ("ويعاقب المخالف بغرامة تصل إلى 5000 دينار.", "ar", [(5000, "AT_MOST")]),
    # "as much as" bounds an amount or a share from above, as "as many as" bounds a count
    ("At its peak the militia held as much as one-third of the province.", "en", [(0.3333333333, "AT_MOST")]),
    ("The repairs could cost as much as $4 billion.", "en", [(4000000000, "AT_MOST")]),
    # an estimate is approximate; a named figure ("its earlier estimate of") is the figure itself
    ("The government offered an estimate of $30 billion in losses.", "en", [(30000000000, "APPROX")]),
    ("The ministry's earlier estimate of 11,300 was withdrawn.", "en", [(11300, None)]),
    ("The crowd was estimated at 12,000 people.", "en", [(12000, "APPROX")]),
    ("وعدد اللاجئين يقدر بـ 40 ألفا.", "ar", [(40000, "APPROX")]),
    # ...also with the preposition glued to the number or fraction («تقدر بثلث», «يقدر بـ40»)
    ("وخسرت الحكومة مساحات تقدر بربع مساحة المحافظة.", "ar", [(0.25, "APPROX")]),
    ("وعدد اللاجئين يقدر بـ40 ألفا.", "ar", [(40000, "APPROX")]),
])
def test_hedges(text, lang, expected):
    assert _q(text, lang) == expected
