"""Four plain digits in English news are a year: "the 2011 withdrawal", "World Cup 2022".

English groups a count's thousands with a comma, so 1900-2100 written
plain names a year wherever it stands, unless a hedge, a currency sign, a
decimal, a scale or a percent makes it an amount, or a noun counted in wholes
follows with no determiner before ("killed 2012 people"). Two years joined by a
hyphen span years, in either language.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _typed(text: str, lang: str = "en"):
    return [(m.type, m.text) for m in find_mentions(text, lang)]


@pytest.mark.parametrize("text, year", [
    ("The country has been unstable since a 2014 coup that ousted the president.", "2014"),
    ("Markets have not recovered from the 2008 crash.", "2008"),
    ("Fans said goodbye to Euro 2016 on Sunday.", "2016"),
    ("The bank raised its forecast for the coming year, 2025, to 4 per cent.", "2025"),
    ("Growth is projected at 3% for 2026, with a pickup after.", "2026"),
    ("Survivors of the 2011 floods were rehoused.", "2011"),
    ("Its 2022 deaths were counted twice.", "2022"),
])
def test_plain_four_digits_are_a_year(text, year):
    assert ("date", year) in _typed(text)


@pytest.mark.parametrize("text, lang, years", [
    ("The city was on the front lines of the 1975-1990 civil war.", "en", ["1975", "1990"]),
    ("وشهد البلد حربا أهلية 1975-1990 دمرت العاصمة.", "ar", ["1975", "1990"]),
])
def test_a_span_of_years(text, lang, years):
    assert [t for k, t in _typed(text, lang) if k == "date"] == years


@pytest.mark.parametrize("text", [
    "The ministry said about 2000 people were evacuated.",
    "The ticket cost $1950 at the door.",
    "Prices rose 1999 percent in a year.",
    "Output reached 2010.5 barrels a day.",
    # a noun counted only in wholes right after it, with no determiner before it
    "The storm killed 1987 people along the coast.",
    "Officials counted 2012 dead by nightfall.",
])
def test_amounts_stay_amounts(text):
    assert [k for k, _ in _typed(text)] == ["quantity"]
