"""A month named without a year, after a verb in the past and no word of tense: the last one.

"More than six months after the war began on April 15", in an article of late October, is the
April just gone, not the coming one that is nearer. Before, only auxiliaries ("was", "had") gave
the past; a past form with no auxiliary left the date to the nearest occurrence.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions


def _dates(text: str, lang: str, dct: str):
    return [m.value.value for m in find_mentions(text, lang, datetime.date.fromisoformat(dct)) if m.type == "date"]


@pytest.mark.parametrize("text, lang, dct, expected", [
    ("More than six months after the war began on April 15, the front lines barely moved.", "en", "2023-10-28", ["2023-04-15"]),
    ("The second round opened in Jeddah on April 20.", "en", "2023-10-28", ["2023-04-20"]),
    ("The army retook the town and fighters fled across the border in May.", "en", "2023-12-20", ["2023-05"]),
    ("وتدخل الحرب التي اندلعت في 15 أبريل شهرها السابع.", "ar", "2023-10-28", ["2023-04-15"]),
])
def test_a_past_verb_gives_the_last_occurrence(text, lang, dct, expected):
    assert _dates(text, lang, dct) == expected


@pytest.mark.parametrize("text, lang, dct, expected", [
    # a past verb before "to" schedules what follows; one before "that" reports another clause
    ("The two sides agreed to meet again in April.", "en", "2023-11-10", ["2024-04"]),
    ("Officials said that the vote is in April.", "en", "2023-11-10", ["2024-04"]),
    # a word in -ed after "a" or "the" describes a noun
    ("OCHA expects to publish a revised appeal in mid-January.", "en", "2023-12-12", ["2024-01"]),
])
def test_no_past_verb_of_the_date(text, lang, dct, expected):
    assert _dates(text, lang, dct) == expected


@pytest.mark.parametrize("text, lang, dct, expected", [
    # time gone by since the date, with no verb at all: "six months after the outbreak on April 15"
    ("Six months after the outbreak of fighting on April 15, aid is still blocked.", "en", "2023-10-28", ["2023-04-15"]),
    ("بعد ستة أشهر على اندلاع المعارك في 15 أبريل، ما زالت المساعدات عالقة.", "ar", "2023-10-28", ["2023-04-15"]),
    ("ومع مرور عام على انهيار السد في 11 سبتمبر، لم تبدأ إعادة الإعمار.", "ar", "2024-08-20", ["2023-09-11"]),
])
def test_time_gone_by_since_the_date_gives_the_last_occurrence(text, lang, dct, expected):
    assert _dates(text, lang, dct) == expected
