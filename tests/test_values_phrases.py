"""Phrases where the finder must read several words as one value, or none.

The table in ``sentences.tsv`` only says what must be found; these cases
also say what must not be: a stray "مليون" beside "نصف مليون", a "dozens
of" that states no number, a full stop taken into a month's span.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

DCT = datetime.date(2022, 5, 18)


def _all(text: str, lang: str, dct=DCT):
    return [(m.type, m.text, m.value.plain() if m.type != "date" else m.value.value, getattr(m.value, "mod", None))
            for m in find_mentions(text, lang, dct)]


@pytest.mark.parametrize("text, lang, expected", [
    # a fraction leading a scale is one count; nothing is left over
    ("وشارك نصف مليون عامل في الإضراب.", "ar", [("quantity", "نصف مليون", 500000, None)]),
    ("ونزح ما يقرب من ربع مليون شخص.", "ar", [("quantity", "ما يقرب من ربع مليون", 250000, "APPROX")]),
    ("وصلت شحنة من مليون ونصف مليون جرعة.", "ar", [("quantity", "مليون ونصف مليون", 1500000, None)]),
    ("ودخل نحو مليونين ونصف مليون سائح.", "ar", [("quantity", "نحو مليونين ونصف مليون", 2500000, "APPROX")]),
    ("وتجاوزت الديون ثلاثة ملايين ونصف المليون.", "ar", [("quantity", "ثلاثة ملايين ونصف المليون", 3500000, None)]),
    # an ambiguous share word before a scale stays the cardinal it also is
    ("وجمعت الحملة خمس مليون توقيع.", "ar", [("quantity", "خمس مليون", 5000000, None)]),
    # a share of a definite noun is still a share
    ("وفقد ربع السكان منازلهم.", "ar", [("quantity", "ربع", 0.25, None)]),
    ("Half a million people signed, and a quarter of a million marched.", "en",
     [("quantity", "Half a million", 500000, None), ("quantity", "a quarter of a million", 250000, None)]),
    ("وأنفق المشروع 3 ملايين ونصف مليون دولار.", "ar", [("quantity", "3 ملايين ونصف مليون", 3500000, None)]),
    ("One and a half million doses arrived.", "en", [("quantity", "One and a half million", 1500000, None)]),
    ("About a dozen reporters and two dozen guards were there.", "en",
     [("quantity", "About a dozen", 12, "APPROX"), ("quantity", "two dozen", 24, None)]),
])
def test_multiword_counts(text, lang, expected):
    assert _all(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rebels now hold an estimated third of the province.", [("quantity", "an estimated third", 0.3333333333, "APPROX")]),
    ("A full quarter of the budget goes to debt.", [("quantity", "quarter", 0.25, None)]),
    ("She won a full third term in office.", [("ordinal", "third", 3, None)]),
], ids=["an estimated third", "a full quarter", "a full third term"])
def test_an_adjective_between_article_and_fraction(text, expected):
    """"an estimated third of": the article still makes the word a share, and a noun after it a rank."""
    lang = "en"
    assert _all(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Dozens of people were injured in the clashes.", "en"),
    ("Protesters gathered in their dozens outside the court.", "en"),
])
def test_vague_counts_are_not_numbers(text, lang):
    """"dozens of" says many, not a number a claim could be checked against."""
    assert [m for m in find_mentions(text, lang, DCT) if m.type == "quantity"] == []


@pytest.mark.parametrize("text, expected", [
    ("وزار الوفد ضريح محمد الفاتح في إسطنبول.", []),  # a name, not a day
    ("ويأمل الشباب في غد أفضل.", []),  # a better future, not tomorrow
    ("وقال يوم أمس الأربعاء إن الحوار مستمر.", [("date", "يوم أمس الأربعاء", "2022-05-17", None)]),
    ("وتحيي البلاد ذكرى الفاتح نوفمبر 1954.", [("date", "الفاتح نوفمبر 1954", "1954-11-01", None)]),
])
def test_arabic_day_words(text, expected):
    assert [x for x in _all(text, "ar") if x[0] == "date"] == expected


@pytest.mark.parametrize("text, expected", [
    # a plural before it or a counted noun after it: "the past 24 hours" is a count
    ("وارتفعت الإصابات خلال الساعات الـ24 الماضية.", [("quantity", "الـ24", 24, None)]),
    ("وقتل 12 شخصا في الـ48 ساعة الأخيرة.", [("quantity", "12", 12, None), ("quantity", "الـ48", 48, None)]),
    ("وعاد الـ3 آلاف جندي إلى ثكناتهم.", [("quantity", "الـ3 آلاف", 3000, None)]),
    # after a singular noun it ranks
    ("وافتتحت الدورة الـ24 للمعرض الدولي.", [("ordinal", "الـ24", 24, None)]),
    ("وانطلقت الجولة الـ 9 من المفاوضات.", [("ordinal", "الـ 9", 9, None)]),
])
def test_article_digits_rank_or_count(text, expected):
    assert _all(text, "ar") == expected


@pytest.mark.parametrize("text, span", [
    ("Elections were held in May.", "May"),  # a full name: the dot ends the sentence
    ("The talks stalled in July.", "July"),
    ("The talks stalled in Aug.", "Aug."),  # an abbreviation keeps its dot
    ("Talks resumed on Jan. 12 in Geneva.", "Jan. 12"),
    ("It rained all through March.", "March"),
])
def test_month_dot_belongs_to_abbreviations_only(text, span):
    assert [m.text for m in find_mentions(text, "en", DCT) if m.type == "date"] == [span]


@pytest.mark.parametrize("text, lang, expected", [
    ("About one in four workers is unemployed.", "en", [("quantity", "About one in four", 0.25, "APPROX")]),
    ("Only 2 in 10 pupils passed.", "en", [("quantity", "2 in 10", 0.2, None)]),
    ("He scored one in 2019 and one in 2021.", "en", [("date", "2019", "2019", None), ("date", "2021", "2021", None)]),
    ("Rebels took five in ten days.", "en", [("quantity", "five", 5, None), ("quantity", "ten", 10, None)]),
    ("He scored one in 90 minutes.", "en", [("quantity", "90", 90, None)]),
    ("Three in two is not a ratio.", "en", [("quantity", "Three", 3, None), ("quantity", "two", 2, None)]),
    ("ويعاني طفل من كل خمسة أطفال من السمنة.", "ar", [("quantity", "خمسة", 5, None)]),
])
def test_ratios(text, lang, expected):
    assert _all(text, lang) == expected
