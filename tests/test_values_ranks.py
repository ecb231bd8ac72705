"""Ordinals that look like something else: "a third term" (not a share),
"حل رابعا" (an ordinal with no noun after it).

Every case lists all ordinals and quantities found, so a share misread as
a rank fails as surely as a rank misread as a share.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

DCT = datetime.date(2023, 6, 14)


def _values(text: str, lang: str):
    return [(m.type, m.text, m.value.plain(), getattr(m.value, "mod", None))
            for m in find_mentions(text, lang, DCT) if m.type in ("ordinal", "quantity")]


@pytest.mark.parametrize("text, expected", [
    # article + ordinal word + noun or adjective: a rank
    ("The president is seeking a third term in office.", [("ordinal", "third", 3, None)]),
    ("The bank held rates for a fifth consecutive meeting.", [("ordinal", "fifth", 5, None)]),
    ("Voters rejected the plan a second time.", [("ordinal", "second", 2, None)]),
    ("Officials fear a fourth wave of infections.", [("ordinal", "fourth", 4, None)]),
    ("A seventh straight loss ended his tenure.", [("ordinal", "seventh", 7, None)]),
    # ...a share before "of", a verb, punctuation, or after a hedge
    ("A third of the budget goes to defence.", [("quantity", "A third", 0.3333333333, None)]),
    ("Nearly a fifth were unemployed.", [("quantity", "Nearly a fifth", 0.2, "APPROX")]),
    ("Turnout fell by about a third.", [("quantity", "about a third", 0.3333333333, "APPROX")]),
    ("A tenth said they would not vote.", [("quantity", "A tenth", 0.1, None)]),
    ("Prices rose by a fifth, the agency said.", [("quantity", "a fifth", 0.2, None)]),
    ("Roughly a quarter of homes lack power.", [("quantity", "Roughly a quarter", 0.25, "APPROX")]),
    ("Two-thirds backed the measure and one third opposed it.",
     [("quantity", "Two-thirds", 0.6666666667, None), ("quantity", "one third", 0.3333333333, None)]),
    # the definite article always ranks
    ("The third round of talks opened on Monday.", [("ordinal", "third", 3, None)]),
    # a dash with spaces after a number joins no fraction: a timeline's "5 — Third round"
    ("Step 5 — Third round of talks.", [("quantity", "5", 5, None), ("ordinal", "Third", 3, None)]),
])
def test_english_article_and_ordinal_word(text, expected):
    got = _values(text, "en")
    assert [(t, s, pytest.approx(v, rel=1e-6), mod) for t, s, v, mod in got] == expected


@pytest.mark.parametrize("text, expected", [
    ("وحل المنتخب رابعا في الترتيب العام.", [("ordinal", "رابعا", 4, None)]),
    ("وجاء العداء المغربي ثانيا خلف الكيني.", [("ordinal", "ثانيا", 2, None)]),
    ("وأنهى السباق خامسا بعد سقوطه.", [("ordinal", "خامسا", 5, None)]),
    ("أولا، يجب وقف إطلاق النار. ثانيا، فتح المعابر.", [("ordinal", "أولا", 1, None), ("ordinal", "ثانيا", 2, None)]),
    ("وحلت السيارة عاشرا.", [("ordinal", "عاشرا", 10, None)]),
    # the bare form still needs a noun after it; the definite form stands alone
    ("وكان رابع المتأهلين.", [("ordinal", "رابع", 4, None)]),
    ("ويقول رابع.", []),
    ("وفاز الفريق الثالث.", [("ordinal", "الثالث", 3, None)]),
])
def test_arabic_adverbial_ordinals(text, expected):
    assert _values(text, "ar") == expected
