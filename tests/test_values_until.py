"""A lone "until" (حتى, by) points ahead only when nothing else decides.

"تأخرت هذا العام حتى منتصف نوفمبر" in December closes a delay that is
over: a verb shaped like a past one, or a past word, lets the nearer past
occurrence win. A strong future word (سوف, س + verb, المقرر, will) keeps
the coming one, and so does a present verb ("يستمر", "runs"). A past verb
before "إن"/"that" reports the clause and says nothing of its tense. Not
read: the bare masculine perfect (تأخر), spelt like a noun.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

D = datetime.date.fromisoformat


def _dates(text: str, lang: str, dct: str):
    return [(m.text, m.value.value, m.value.mod) for m in find_mentions(text, lang, D(dct)) if m.type == "date"]


@pytest.mark.parametrize("text, lang, dct, expected", [
    # a past verb before "until": the recent past occurrence
    ("تأخرت هذا العام حتى منتصف نوفمبر", "ar", "2023-12-12",
     [("هذا العام", "2023", None), ("منتصف نوفمبر", "2023-11", "MID")]),
    ("وظلت الأسعار مرتفعة حتى أكتوبر.", "ar", "2023-12-12", [("أكتوبر", "2023-10", None)]),
    ("واستمروا في الاعتصام حتى 20 نوفمبر.", "ar", "2023-12-12", [("20 نوفمبر", "2023-11-20", None)]),
    ("Prices stayed high until November, the agency said.", "en", "2023-12-12", [("November", "2023-11", None)]),
    ("The talks were suspended until Dec. 20.", "en", "2024-01-05", [("Dec. 20", "2023-12-20", None)]),
    ("وقالت الوزارة إن الرحلات تأخرت حتى يونيو", "ar", "2023-08-10", [("يونيو", "2023-06", None)]),
    # the nearest occurrence is ahead anyway
    ("The court adjourned until Jan. 17.", "en", "2023-01-02", [("Jan. 17", "2023-01-17", None)]),
    ("تأخرت الرحلات حتى منتصف يناير", "ar", "2023-12-12", [("منتصف يناير", "2024-01", "MID")]),
])
def test_past_clause_keeps_the_recent_date(text, lang, dct, expected):
    assert _dates(text, lang, dct) == expected


@pytest.mark.parametrize("text, lang, dct, expected", [
    # a strong future word beside "until" keeps the coming date
    ("وسوف تتأخر الشحنات حتى منتصف نوفمبر", "ar", "2023-12-12", [("منتصف نوفمبر", "2024-11", "MID")]),
    ("ومن المقرر أن تبقى القوات حتى نوفمبر", "ar", "2023-12-12", [("نوفمبر", "2024-11", None)]),
    ("وستبقى القوات حتى نوفمبر", "ar", "2023-12-12", [("نوفمبر", "2024-11", None)]),
    ("The embargo will stay until November.", "en", "2023-12-12", [("November", "2024-11", None)]),
    # a present verb: nothing says the span is over
    ("ويستمر العمل بالاتفاق حتى نوفمبر", "ar", "2023-12-12", [("نوفمبر", "2024-11", None)]),
    ("The deal runs until November.", "en", "2023-12-12", [("November", "2024-11", None)]),
    # a past verb that reports the clause ("قالت ... إن", "reported that") is not its verb
    ("وقالت الوزارة إن المعرض يستمر حتى 5 يونيو", "ar", "2023-08-10", [("5 يونيو", "2024-06-05", None)]),
    ("The ministry reported that the show runs until June 5.", "en", "2023-08-10", [("June 5", "2024-06-05", None)]),
    # a noun ending like a past verb is no verb
    ("وتبقى الانتخابات معلقة حتى نوفمبر", "ar", "2023-12-12", [("نوفمبر", "2024-11", None)]),
    ("وتبقى بيروت مغلقة حتى نوفمبر", "ar", "2023-12-12", [("نوفمبر", "2024-11", None)]),
])
def test_future_or_present_clause_keeps_the_coming_date(text, lang, dct, expected):
    assert _dates(text, lang, dct) == expected


@pytest.mark.parametrize("text, lang, dct, expected", [
    # a lone "until" with no verb to read: a day a few days back is that day, not next year's
    ("وبلغ عدد اللاجئين في تشاد 250 ألفا حتى 18 يوليو", "ar", "2023-07-20", [("18 يوليو", "2023-07-18", None)]),
    ("The toll stood at 1,200 until July 18, the ministry said.", "en", "2023-07-20", [("July 18", "2023-07-18", None)]),
    # ...but not one weeks back: a present verb may run to next year's
    ("The deal runs until July 1.", "en", "2023-07-20", [("July 1", "2024-07-01", None)]),
])
def test_a_lone_until_a_few_days_back_is_the_recent_date(text, lang, dct, expected):
    assert _dates(text, lang, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "from" opens a range even when the closing month carries a part of it
    ("The floods, from mid-June to late August, killed 1,100 people.", "2022-09-01",
     [("mid-June", "2022-06", "MID"), ("late August", "2022-08", "END")]),
    # a lone "by" opening the sentence, and a past tense after the day: the day just gone
    ("By Friday the toll had reached 1,391.", "2022-09-10", [("Friday", "2022-09-09", None)]),
    ("By Friday the toll will reach 2,000.", "2022-09-10", [("Friday", "2022-09-16", None)]),
])
def test_range_openers_and_a_past_after_the_day(text, dct, expected):
    assert _dates(text, "en", dct) == expected
