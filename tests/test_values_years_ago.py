"""A year-less day right after "N years ago" is that day N years back, and says so.

Anniversary pieces open with the time passed ("A year ago, on September 10, ..."); read
alone, the day would be this year's, the occurrence nearest the publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from checker.values import find_mentions

PUBLISHED = date(2024, 9, 12)


def _dates(text: str, lang: str):
    return [(m.value.value, m.note) for m in find_mentions(text, lang, PUBLISHED) if m.type == "date"]


@pytest.mark.parametrize("text, lang, day, year", [
    ("A year ago, on the night of September 10, the two dams gave way.", "en", "2023-09-10", 2023),
    ("Two years ago, on September 10, the river burst its banks.", "en", "2022-09-10", 2022),
    ("قبل عامين، في ليلة 10 سبتمبر، انهار السدان.", "ar", "2022-09-10", 2022),
], ids=["a-year-ago", "two-years-ago", "arabic-two-years"])
def test_day_after_years_ago_takes_that_year(text, lang, day, year):
    got = _dates(text, lang)
    assert got[1][0] == day
    assert f"year {year} from" in got[1][1]  # the note names the words that gave the year


def test_opening_the_sentence_it_sets_the_year_of_a_day_further_on():
    got = _dates("A year ago, the minister sat with the president in the Oval Office on July 26 and won a date.", "en")
    assert got[1][0] == "2023-07-26"


def test_a_day_in_another_sentence_keeps_the_nearest_year():
    got = _dates("A year ago the city flooded. On September 10 it rained again.", "en")
    assert got[1] == ("2024-09-10", None)


def test_without_a_publication_date_nothing_is_guessed():
    got = [m.value.value for m in find_mentions("A year ago, on September 10, the dams gave way.", "en") if m.type == "date"]
    assert "2023-09-10" not in got and all(not v.startswith("20") for v in got)
