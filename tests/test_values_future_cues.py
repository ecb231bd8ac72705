""""Looked forward to hosting him on Thursday", "would press him at Monday's meeting": a weekday after
these is the coming one; "would have collapsed on Sunday" is past."""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

D = datetime.date


@pytest.mark.parametrize("text, published, expected", [
    ("The White House said Trump looked forward to hosting Kadhimi on Thursday.", D(2020, 8, 17), "2020-08-20"),
    ("His aides said he would press Biden at Monday's meeting.", D(2021, 7, 23), "2021-07-26"),
    ("Experts said the lower dam would have failed once the upper one gave way on Sunday.", D(2023, 9, 14), "2023-09-10"),
    # "would have" before no past participle is the "would" of a future said in the past
    ("Biden said US forces would have no combat role in Iraq after Dec. 31.", D(2021, 7, 27), "2021-12-31"),
    ("The talks would have been held on Monday but for the storm.", D(2024, 3, 6), "2024-03-04"),
    # a verb in the present right before the day schedules it
    ("The book fair opens on Saturday in the old port, organisers said.", D(2024, 3, 6), "2024-03-09"),
    ("Negotiations resume Monday after a week's pause.", D(2024, 3, 6), "2024-03-11"),
    ("The fair opened on Saturday.", D(2024, 3, 6), "2024-03-02"),
    ("The festival opens its winter season on Saturday.", D(2024, 3, 6), "2024-03-09"),
    # a clause about the day just named ("on Monday, when ...") lends it its tense
    ("The two men meet at the ministry on Monday, when they are expected to sign the accord.", D(2024, 3, 6), "2024-03-11"),
    ("The two men met at the ministry on Monday, when they signed the accord.", D(2024, 3, 6), "2024-03-04"),
    # "paving the way for" what comes next
    ("The talks ended, paving the way for a summit on Monday.", D(2024, 3, 6), "2024-03-11"),
], ids=["looked forward to", "would", "would have", "would have no", "would have been", "opens on", "resume", "opened", "opens its", "when expected",
        "when past", "paving the way"])
def test_a_weekday_takes_the_tense_of_its_cue(text, published, expected):
    assert [m.value.value for m in find_mentions(text, "en", published) if m.type == "date"] == [expected]


def test_an_arabic_verb_of_starting_schedules_the_weekday_after_it():
    found = find_mentions("ويبدأ المهرجان دورته الجديدة يوم السبت في المدينة القديمة.", "ar", D(2024, 3, 6))
    assert [m.value.value for m in found if m.type == "date"] == ["2024-03-09"]


@pytest.mark.parametrize("text, lang, published, expected", [
    ("As of December 9, no coalition unit has a combat role, the coalition said.", "en", D(2021, 12, 12), "2021-12-09"),
    ("وقال التحالف إنه اعتبارا من 9 كانون الأول لم تعد هناك قوات بدور قتالي.", "ar", D(2021, 12, 12), "2021-12-09"),
    ("The new fares apply as of January 1, the ministry said.", "en", D(2021, 12, 12), "2022-01-01"),
], ids=["as of, past", "اعتبارا من, past", "as of, future"])
def test_as_of_takes_the_nearest_year(text, lang, published, expected):
    """"As of" a day says from when something holds, which may be past or to come: the nearest wins."""
    assert [m.value.value for m in find_mentions(text, lang, published) if m.type == "date"] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The war's start on April 15 caught diplomats off guard.", "2023-04-15"),
    ("Since the start of the war on April 15, aid has slowed.", "2023-04-15"),
    ("The talks start on April 15.", "2024-04-15"),  # a verb in the present schedules
], ids=["possessive", "the start", "verb"])
def test_a_noun_of_starting_schedules_nothing(text, expected):
    assert [m.value.value for m in find_mentions(text, "en", D(2023, 6, 1)) if m.type == "date"] == [expected]


@pytest.mark.parametrize("text", [
    "وأعد الوزير كلمته أمام القمة المقررة يوم الخميس في العاصمة.",
    "ويصل الوفد للمشاركة في الجولة المرتقبة يوم الخميس.",
])
def test_an_arabic_feminine_word_of_scheduling_schedules_the_weekday_after_it(text):
    """«الجولة المقررة يوم الخميس»: the feminine «المقررة» schedules as the masculine «المقرر» does."""
    found = find_mentions(text, "ar", D(2024, 3, 6))
    assert [m.value.value for m in found if m.type == "date"] == ["2024-03-07"]
