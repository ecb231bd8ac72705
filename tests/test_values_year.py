"""The year of a month named without one, and the week of a bare weekday.

Evidence is taken in order: a relative word on the date, then the tense of
the few words before it, then the occurrence nearest the publication date.
A future word elsewhere in the sentence must not move a date.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

D = datetime.date.fromisoformat


def _dates(text: str, lang: str, dct: str):
    return [(m.text, m.value.value) for m in find_mentions(text, lang, D(dct)) if m.type == "date"]


@pytest.mark.parametrize("text, lang, dct, expected", [
    # nearest occurrence: a week ahead is the coming one, a week back the last
    ("The referendum takes place on June 4 across the country.", "en", "2023-05-27", [("June 4", "2023-06-04")]),
    ("Voters went to the polls on June 4, officials said.", "en", "2023-06-12", [("June 4", "2023-06-04")]),
    ("Talks opened on Dec. 30 in Doha.", "en", "2024-01-03", [("Dec. 30", "2023-12-30")]),
    ("The ceasefire begins on Jan. 2, both sides said.", "en", "2023-12-28", [("Jan. 2", "2024-01-02")]),
    ("وتنطلق الدورة في 3 ديسمبر بمشاركة 40 دولة.", "ar", "2022-11-20", [("3 ديسمبر", "2022-12-03")]),
    ("ونظمت الوقفة في 25 ديسمبر أمام البرلمان.", "ar", "2023-01-04", [("25 ديسمبر", "2022-12-25")]),
    ("وتدخل الرسوم حيز التنفيذ في فبراير، بحسب الوزارة.", "ar", "2023-01-20", [("فبراير", "2023-02")]),
    # six months either way: a tie goes to the past
    ("The plant was opened in April with fanfare.", "en", "2023-10-15", [("April", "2023-04")]),
    # local future words: until, from, اعتبارا من, المقرر, س + verb
    ("The hearing was adjourned until Feb. 9.", "en", "2023-01-05", [("Feb. 9", "2023-02-09")]),
    ("The new tariff applies from Sept. 1 to all imports.", "en", "2023-08-20", [("Sept. 1", "2023-09-01")]),
    ("ويطبق القرار اعتبارا من يناير/كانون الثاني على كل المستوردين.", "ar", "2022-12-10",
     [("يناير/كانون الثاني", "2023-01")]),
    ("ومن المقرر أن تنطلق الانتخابات في 12 مارس.", "ar", "2023-01-10", [("12 مارس", "2023-03-12")]),
    ("وستفتتح الوزارة المعرض في 20 أغسطس.", "ar", "2023-01-10", [("20 أغسطس", "2023-08-20")]),
    ("The plan runs until December under the deal.", "en", "2023-02-01", [("December", "2023-12")]),
    # local past words: since, منذ
    ("Prices have doubled since March, the agency said.", "en", "2023-02-20", [("March", "2022-03")]),
    ("ويعتصم العمال منذ أكتوبر أمام المصنع.", "ar", "2023-02-20", [("أكتوبر", "2022-10")]),
    # a relative word on the date itself wins over everything
    ("The company will report on last May's figures.", "en", "2023-05-30", [("last May", "2022-05")]),
    ("وسيعلن الحزب في مايو المقبل قائمة مرشحيه.", "ar", "2023-05-30", [("مايو المقبل", "2024-05")]),
    ("وسيتم تقييم ما أنجز في مارس الماضي.", "ar", "2023-05-30", [("مارس الماضي", "2023-03")]),
])
def test_month_year(text, lang, dct, expected):
    assert _dates(text, lang, dct) == expected


@pytest.mark.parametrize("text, lang, dct, expected", [
    # a future word in another clause, or after the date, says nothing about it
    ("The bank cut rates at its Oct. 5 meeting and is expected to cut again.", "en", "2023-10-20",
     [("Oct. 5", "2023-10-05")]),
    ("Exports fell in November and will recover next year, the ministry said.", "en", "2023-05-10",
     [("November", "2022-11"), ("next year", "2024")]),
    ("وتراجعت الصادرات في نوفمبر، ويتوقع أن تتحسن العام المقبل.", "ar", "2023-05-10",
     [("نوفمبر", "2022-11"), ("العام المقبل", "2024")]),
    # "by" as agent is not a deadline
    ("He was arrested by police on Oct. 2 in Lyon.", "en", "2023-06-01", [("Oct. 2", "2022-10-02")]),
])
def test_distant_future_words_do_not_move_a_date(text, lang, dct, expected):
    assert _dates(text, lang, dct) == expected


@pytest.mark.parametrize("text, lang, dct, expected", [
    # Wednesday 2023-05-17: a bare weekday is the last one, whatever follows
    ("The minister said on Monday that reserves will last until winter.", "en", "2023-05-17",
     [("Monday", "2023-05-15")]),
    ("وقال الوزير الاثنين إن الاحتياطي سيكفي حتى الشتاء.", "ar", "2023-05-17", [("الاثنين", "2023-05-15")]),
    # ...unless its own words point ahead
    ("The envoy will arrive on Friday for talks.", "en", "2023-05-17", [("Friday", "2023-05-19")]),
    ("وسيصل المبعوث الجمعة لإجراء محادثات.", "ar", "2023-05-17", [("الجمعة", "2023-05-19")]),
    ("Workers have been on strike since Monday.", "en", "2023-05-17", [("Monday", "2023-05-15")]),
])
def test_weekday(text, lang, dct, expected):
    assert _dates(text, lang, dct) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "from" that opens a range marks its start, not the future
    ("Sales rose from May to July, the agency said.", "en", [("May", "2023-05"), ("July", "2023-07")]),
    ("Exports grew from March through June.", "en", [("March", "2023-03"), ("June", "2023-06")]),
    ("وارتفعت الأسعار من مايو إلى يوليو.", "ar", [("مايو", "2023-05"), ("يوليو", "2023-07")]),
    # ...while a "from" that closes nothing still points ahead (dct 10 August)
    ("The new rules apply from May to every bank.", "en", [("May", "2024-05")]),
    ("ويستمر المعرض حتى 5 يونيو.", "ar", [("5 يونيو", "2024-06-05")]),
])
def test_ranges(text, lang, expected):
    assert _dates(text, lang, "2023-08-10") == expected


def test_nouns_spelt_like_future_verbs_are_not_cues():
    # "سياسة" starts like "سي" + verb; it is a noun and says nothing of the future
    assert _dates("وعرض سياسة الحكومة الخميس أمام النواب.", "ar", "2023-05-17") == [("الخميس", "2023-05-11")]


def test_weekday_picks_the_year_that_fits():
    # 2 March is a Thursday in 2023 only, whichever year is nearer
    assert _dates("وعقدت الجلسة يوم الخميس 2 مارس في البرلمان.", "ar", "2023-09-20") == \
        [("يوم الخميس 2 مارس", "2023-03-02")]


def test_month_then_of_last_year_is_one_date_in_that_year():
    from datetime import date as _d

    from checker.values import find_mentions

    for text, published, want in [
        ("وأعلنت الوزارة في تشرين الأول من العام الماضي عن خطة جديدة.", _d(2022, 3, 1), "2021-10"),
        ("بدأ تطبيق القرار في أيار مايو من العام الجاري.", _d(2023, 9, 14), "2023-05"),
        ("ويبدأ الموسم في الأول من آذار من العام المقبل.", _d(2023, 9, 14), "2024-03-01"),
    ]:
        found = [m for m in find_mentions(text, "ar", published) if m.type == "date"]
        assert [(m.value.value) for m in found] == [want], (text, found)
        assert found[0].text.endswith(("الماضي", "الجاري", "المقبل"))


def test_a_relative_year_restated_by_its_digits_is_that_year():
    """«نهاية العام الجاري 2021»: the digits say which year, with or without a publication date; a
    relative unit of another kind keeps the number after it for what it counts."""
    from checker.values import find_mentions

    for text, want in [
        ("ستنهي القوات مهمتها بحلول نهاية العام الجاري 2021، مع مواصلة التدريب.", [("نهاية العام الجاري 2021", "2021", "END")]),
        ("وتراجع العدد خلال العام الماضي 2020 بشكل ملحوظ.", [("العام الماضي 2020", "2020", None)]),
    ]:
        found = [(m.text, m.value.value, m.value.mod) for m in find_mentions(text, "ar") if m.type == "date"]
        assert found == want, text
    counted = [(m.type, m.text) for m in find_mentions("ووصل في الشهر الماضي 2021 جنديا.", "ar")]
    assert ("quantity", "2021") in counted
