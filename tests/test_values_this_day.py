""""On this day in 2014", «في مثل هذا اليوم من عام 2014»: the publication's day and month, in the
year written (or the year before, "last year"). Without a publication date only the year is known,
and the date says so; the day is never invented."""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

D = datetime.date


@pytest.mark.parametrize("text, lang, published, expected", [
    ("في مثل هذا اليوم من عام 2014 سقطت الموصل", "ar", D(2021, 6, 10), "2014-06-10"),
    ("On this day in 2017, Abadi declared victory.", "en", D(2020, 12, 9), "2017-12-09"),
    ("في مثل هذا اليوم من العام الماضي، أعلن العبادي النصر", "ar", D(2018, 12, 9), "2017-12-09"),
    ("On this day last year, the dams gave way.", "en", D(2024, 9, 11), "2023-09-11"),
    ("On this day in 2019, the talks began.", "en", D(2024, 2, 29), "2019-02-28"),
], ids=["ar year", "en year", "ar last year", "en last year", "29 February in a common year"])
def test_this_day_takes_the_publication_day_in_the_year_said(text, lang, published, expected):
    dates = [m.value.value for m in find_mentions(text, lang, published) if m.type == "date"]
    assert dates == [expected]


def test_without_a_publication_date_only_the_year_is_known():
    [m] = [m for m in find_mentions("وفي مثل هذا اليوم من عام 2017 أعلنت الحكومة النصر", "ar", None) if m.type == "date"]
    assert m.value.value == "2017" and "unknown" in m.note


@pytest.mark.parametrize("text, published, expected", [
    ("A year ago today, the delegation arrived.", D(2021, 8, 20), "2020-08-20"),
    ("Ten years ago this month, militants swept through the north.", D(2024, 6, 12), "2014-06"),
    ("Four years ago today, the government declared victory.", D(2021, 12, 9), "2017-12-09"),
    ("Two years ago, the talks stalled.", D(2021, 3, 1), "2019"),
], ids=["a year ago today", "ten years ago this month", "four years ago today", "no anchor: the year"])
def test_an_offset_anchored_on_today_keeps_the_day(text, published, expected):
    dates = [m.value.value for m in find_mentions(text, "en", published) if m.type == "date"]
    assert dates == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("وكان العبادي قد أعلن، في مثل هذا اليوم قبل أربع سنوات، انتهاء الحرب", "ar", "2017-12-09"),
    ("On this day four years ago, the prime minister declared victory.", "en", "2017-12-09"),
    ("On this day a year ago, the talks began.", "en", "2020-12-09"),
], ids=["ar four years back", "en four years ago", "en a year ago"])
def test_this_day_so_many_years_back_is_that_day(text, lang, expected):
    dates = [m.value.value for m in find_mentions(text, lang, D(2021, 12, 9)) if m.type == "date"]
    assert dates == [expected]
