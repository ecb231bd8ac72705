"""A year written in number words after a word for year («عام ألفين وسبعة عشر») is that year:
the date it ends is not given the publication's year, and the words are no count. Without a
word for year, number words stay a quantity ("2017 people")."""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

D = datetime.date


@pytest.mark.parametrize("text, lang, expected", [
    ("أعلن العبادي النصر في التاسع من كانون الأول عام ألفين وسبعة عشر", "ar", "2017-12-09"),
    ("سقطت المدينة في حزيران من عام ألفين وأربعة عشر", "ar", "2014-06"),
    ("في عام ألفين وأربعة عشر اجتاح المسلحون شمال البلاد", "ar", "2014"),
    ("وفي العام ألفين وواحد وعشرين انتهت المهمة", "ar", "2021"),
    ("It began in the year two thousand and fourteen.", "en", "2014"),
], ids=["ar day month year", "ar month year", "ar year", "ar year with the article", "en the year"])
def test_a_year_in_words_is_read_as_the_year(text, lang, expected):
    found = find_mentions(text, lang, D(2023, 5, 1))
    assert [m.value.value for m in found if m.type == "date"] == [expected]
    assert not [m for m in found if m.type == "quantity"]  # the year's words are not also a count


@pytest.mark.parametrize("text, lang, value", [
    ("وبلغ عدد الضحايا ألفين وسبعة عشر شخصا", "ar", 2017),
    ("Some two thousand and fourteen people signed.", "en", 2014),
], ids=["ar count", "en count"])
def test_number_words_without_a_word_for_year_stay_a_count(text, lang, value):
    found = find_mentions(text, lang, D(2023, 5, 1))
    assert [m.value.value for m in found if m.type == "quantity"] == [value]
    assert not [m for m in found if m.type == "date"]


def test_a_year_count_that_is_no_calendar_year_is_not_a_date():
    # «عام واحد»: one year, a length of time; nothing reads it as the year 1
    found = find_mentions("بعد مرور عام واحد على الكارثة", "ar", D(2024, 9, 10))
    assert not [m for m in found if m.type == "date" and m.value.value.startswith("0")]
