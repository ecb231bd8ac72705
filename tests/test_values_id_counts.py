"""A number after an identifier word (القرار, القانون, رقم, Resolution) names, unless it counts.

"القرار 2254" is a resolution's number; "صوت لصالح القانون 187 نائبا" counts
the deputies who voted for the law: a counted noun (an indefinite
accusative, نائبا, or a listed one, دولة) after the number makes it a
count. "رقم" always names, and an adverb after the number (عالميا,
أيضا) counts nothing.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _counts(text: str, lang: str = "ar"):
    return [(m.text, m.value.plain()) for m in find_mentions(text, lang) if m.type == "quantity"]


@pytest.mark.parametrize("text, expected", [
    ("وصوت لصالح القانون 187 نائبا", [("187", 187)]),
    ("وصوت لصالح القانون 187 نائبا.", [("187", 187)]),
    ("وأيد القرار 13 عضوا وامتنع عضوان", [("13", 13)]),
    ("ووافقت على القرار 120 دولة", [("120", 120)]),
    ("وصوت ضد المشروع والقانون 45 نائبا", [("45", 45)]),
])
def test_counted_noun_after_an_id_word_makes_a_count(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text", [
    "القرار 2254 الصادر عن مجلس الأمن",
    "ونص القرار 2254 على وقف إطلاق النار.",
    "وأشار إلى القانون 187 أيضا",
    "وأصبح المصنف رقم 5 عالميا",
    "واحتل المركز رقم 12 عربيا",
    "وتنص المادة 45 على ذلك",
    "وطبق القانون 10 لسنة 2018",
    "وهذا ما ينص عليه القرار 242 هذا",
])
def test_id_numbers_stay_names(text):
    assert _counts(text) == []


def test_english_ids_unchanged():
    assert _counts("Resolution 2254 calls for a ceasefire.", "en") == []


@pytest.mark.parametrize("text, expected", [
    ("The displaced now number 40,000 across the region.", [("40,000", 40000)]),
    ("Its fighters number 1,200,000, the ministry says.", [("1,200,000", 1200000)]),
])
def test_a_number_with_thousands_set_off_counts_even_after_an_id_word(text, expected):
    """"now number 40,000": identifiers are not written with thousands separators."""
    assert _counts(text, "en") == expected
