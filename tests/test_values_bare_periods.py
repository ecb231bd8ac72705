"""Seasons and quarters named without a year ("في الخريف", "in the second quarter").

They resolve against the publication date like a month does: by the tense
before them, else the nearest. A season needs a preposition of time and a
tense cue (a general statement, "الحرارة ترتفع في الصيف", has none); a
quarter needs the preposition and no "of the match" after it; a half is
never read this way ("scored in the second half"). The ordinal inside a
quarter belongs to the date and is not reported again.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

D = datetime.date.fromisoformat


def _found(text: str, lang: str, dct: str | None):
    return [(m.type, m.text, getattr(m.value, "value", None), m.note)
            for m in find_mentions(text, lang, D(dct) if dct else None) if m.type in ("date", "ordinal")]


@pytest.mark.parametrize("text, lang, dct, expected", [
    # the coming season after a future cue
    ("وسنبدأ المرحلة التالية في الخريف", "ar", "2023-06-08", [("date", "الخريف", "2023-FA", None)]),
    ("وسيتم افتتاح الخط خلال الشتاء", "ar", "2023-06-08", [("date", "الشتاء", "2023-WI", None)]),
    ("We will start the next phase in the autumn.", "en", "2023-06-08", [("date", "the autumn", "2023-FA", None)]),
    ("The plant will reopen in the spring.", "en", "2023-06-08", [("date", "the spring", "2024-SP", None)]),
    # the season under way or just over after a past cue
    ("The summit was held in the spring.", "en", "2023-06-08", [("date", "the spring", "2023-SP", None)]),
    ("وكانت الأسعار قد ارتفعت خلال الصيف", "ar", "2023-10-02", [("date", "الصيف", "2023-SU", None)]),
    ("كانت الحرارة في الشتاء أشد", "ar", "2024-01-20", [("date", "الشتاء", "2023-WI", None)]),
    # a relative word or "this" still decides as before
    ("Sales rose this summer.", "en", "2023-09-08", [("date", "this summer", "2023-SU", None)]),
    # no publication date: the year stays unknown, and says so
    ("وسنبدأ المرحلة التالية في الخريف", "ar", None,
     [("date", "الخريف", "XXXX-FA", "unresolved: no publication date")]),
])
def test_bare_season(text, lang, dct, expected):
    assert _found(text, lang, dct) == expected


@pytest.mark.parametrize("text, lang", [
    ("الحرارة ترتفع في الصيف", "ar"),  # a general statement: no tense cue
    ("Birds migrate in the spring.", "en"),
    ("وكان الشباب قد شاركوا في الربيع العربي", "ar"),  # a definite adjective follows
    ("وكان ذلك في ربيع العمر", "ar"),  # no article: a figure of speech
    ("Prices had recovered after the fall in demand.", "en"),  # no preposition of time
    ("Prices were falling in the fall of Kabul.", "en"),  # "of" follows
    ("She will run in the fall election.", "en"),  # a noun follows
    ("The reserves will last until winter.", "en"),  # "until" names no particular winter
    ("وسيكفي الاحتياطي حتى الشتاء", "ar"),
])
def test_season_that_is_no_date(text, lang):
    assert [d for d in _found(text, lang, "2023-06-08") if d[0] == "date"] == []


@pytest.mark.parametrize("text, lang, dct, expected", [
    ("Profits rose in the second quarter.", "en", "2023-09-08", [("date", "the second quarter", "2023-Q2", None)]),
    ("Sales were weak in the fourth quarter.", "en", "2023-06-08", [("date", "the fourth quarter", "2022-Q4", None)]),
    ("The firm will report earnings for the third quarter.", "en", "2023-06-08",
     [("date", "the third quarter", "2023-Q3", None)]),
    ("ارتفعت الأرباح في الربع الثالث", "ar", "2023-12-08", [("date", "الربع الثالث", "2023-Q3", None)]),
    ("وتراجعت المبيعات خلال الربع الأخير", "ar", "2023-02-08", [("date", "الربع الأخير", "2022-Q4", None)]),
    ("ارتفعت الأرباح في الربع الثالث", "ar", None,
     [("date", "الربع الثالث", "XXXX-Q3", "unresolved: no publication date")]),
    ("Profits rose in the second quarter.", "en", None,
     [("date", "the second quarter", "XXXX-Q2", "unresolved: no publication date")]),
])
def test_bare_quarter_owns_its_ordinal(text, lang, dct, expected):
    assert _found(text, lang, dct) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("وسجل هدفا في الربع الثالث من المباراة", "ar", [("ordinal", "الثالث", 3, None)]),
    ("They led in the first quarter of the game.", "en", [("ordinal", "first", 1, None)]),
    ("He scored in the second half.", "en", [("ordinal", "second", 2, None)]),
    ("The second quarter was tough.", "en", [("ordinal", "second", 2, None)]),  # no preposition
])
def test_quarter_that_is_no_date(text, lang, expected):
    assert _found(text, lang, "2023-06-08") == expected
