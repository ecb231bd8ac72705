"""When a claim speaks of: the date in the value's own clause, else the publication date.

A count is compared with another only when their as-of dates are close (a
rule's ``window_days``), so a wrong as-of date silently hides a contradiction
or invents one. These cases hold each part of the choice, with the real value
finder, for pattern rules and for frame rules alike.
"""

from __future__ import annotations

from datetime import date

import pytest

from checker.extract import extract_claims
from checker.models import Article, ArticleInfo, DateValue, Mention, Quantity
from checker.ruleset import DEFAULT_RULES_DIR, load_rules
from checker.text.sentences import split_sentences

PUBLISHED = date(2021, 5, 20)

RULE = """\
id: troops
title: Troops
claim: {value: quantity, slot: n}
patterns:
  en: ["{n:quantity} troops", "{n:quantity} soldiers as of {as_of:date}"]
  ar: ["{n:quantity} جندي"]
"""


@pytest.fixture(scope="module")
def pattern_rule(tmp_path_factory):
    path = tmp_path_factory.mktemp("rules") / "troops.yaml"
    path.write_text(RULE, encoding="utf-8")
    rules, problems = load_rules([path])
    assert not problems
    return rules


@pytest.fixture(scope="module")
def frame_rule():
    rules, problems = load_rules([DEFAULT_RULES_DIR / "us-troops-in-country.yaml"])
    assert not problems and rules[0].frame is not None
    return rules


def article(text: str, lang: str = "en", published: date | None = PUBLISHED) -> Article:
    info = ArticleInfo(id="a.txt", path="a.txt", format="txt", encoding="utf-8", published=published, language=lang)
    return Article(info=info, text=text, sentences=split_sentences(text, lang))


def as_of(rules, text: str, lang: str = "en", published: date | None = PUBLISHED, finder=None):
    claims, _ = extract_claims(article(text, lang, published), rules, **({"finder": finder} if finder else {}))
    assert len(claims) == 1, claims
    return claims[0].as_of, claims[0].as_of_source


@pytest.mark.parametrize("text, lang, expected", [
    # A date in the value's clause says when the count held.
    ("There were 2,500 troops in Iraq in June 2020.", "en", ("2020-06", "sentence")),
    # Up to eight words may stand between them...
    ("There were 2,500 troops one two three four five six in June 2020.", "en", ("2020-06", "sentence")),
    # ...nine is another part of the sentence.
    ("There were 2,500 troops one two three four five six seven in June 2020.", "en", (str(PUBLISHED), "published")),
    ("There were 2,500 troops sent to the region by a government that in June 2020 wanted more.", "en",
     (str(PUBLISHED), "published")),
    # A comma, an Arabic comma or a relative pronoun ends the clause: the date is of something else.
    ("There are 2,500 troops in the coalition formed in 2014.", "en", ("2014", "sentence")),
    ("There are 2,500 troops in the coalition, formed in 2014.", "en", (str(PUBLISHED), "published")),
    ("There are 2,500 troops in the coalition which was formed in 2014.", "en", (str(PUBLISHED), "published")),
    ("ينتشر 2500 جندي في القاعدة افتتحت عام 2014.", "ar", ("2014", "sentence")),
    ("ينتشر 2500 جندي في القاعدة، افتتحت عام 2014.", "ar", (str(PUBLISHED), "published")),
    ("ينتشر 2500 جندي في القاعدة التي افتتحت عام 2014.", "ar", (str(PUBLISHED), "published")),
    ("ينتشر 2500 جندي في القاعدة الذي افتتح عام 2014.", "ar", (str(PUBLISHED), "published")),
    # The comma of a number ("20,000") breaks no clause.
    ("The June 2007 count put 20,000 marines and 160,000 troops there.", "en", ("2007-06", "sentence")),
    # Of two dates in the clause, the nearer to the value.
    ("Officials in 2019 counted 2,500 troops there in June 2020.", "en", ("2019", "sentence")),
    ("Officials counted 2,500 troops there in June 2020 not 2019.", "en", ("2020-06", "sentence")),
    # A pattern's own {as_of:date} wins over a nearer date.
    ("In 2019 officials put 2,500 soldiers as of March 2021.", "en", ("2021-03", "sentence")),
    # "early"/"late" a year is its first or last quarter, not the whole year.
    ("There were 2,500 troops in early 2020.", "en", ("2020-Q1", "sentence")),
    ("There were 2,500 troops in late 2017.", "en", ("2017-Q4", "sentence")),
    # No date in the sentence: the publication date.
    ("There were 2,500 troops there.", "en", (str(PUBLISHED), "published")),
])
def test_pattern_claims_are_dated_by_their_own_clause(pattern_rule, text, lang, expected):
    assert as_of(pattern_rule, text, lang) == expected


def test_a_date_that_cannot_be_placed_does_not_date_a_claim(pattern_rule):
    """"Last Friday" with no publication date, or a date of no known year, places nothing."""
    assert as_of(pattern_rule, "There were 2,500 troops in Iraq last Friday.", published=None) == (None, "unknown")
    assert as_of(pattern_rule, "There were 2,500 troops in Iraq last Friday.") == ("2021-05-14", "sentence")

    def finder(text, lang=None, published=None):  # a finder that forgets to say the year is unknown
        i, j = text.index("2,500"), text.index("April 7")
        return [Mention(start=i, end=i + 5, text="2,500", value=Quantity(value=2500)),
                Mention(start=j, end=j + 7, text="April 7", value=DateValue(value="XXXX-04-07"))]

    assert as_of(pattern_rule, "There were 2,500 troops on April 7.", finder=finder) == (str(PUBLISHED), "published")

    def guessing(text, lang=None, published=None):  # a finder that fills a date in but says it is unsure
        i, j = text.index("2,500"), text.index("April 7")
        return [Mention(start=i, end=i + 5, text="2,500", value=Quantity(value=2500)),
                Mention(start=j, end=j + 7, text="April 7", value=DateValue(value="2020-04-07"),
                        note="unresolved: year guessed")]

    assert as_of(pattern_rule, "There were 2,500 troops on April 7.", finder=guessing) == (str(PUBLISHED), "published")


@pytest.mark.parametrize("text, expected", [
    ("The United States had 2,500 troops in Iraq in June 2020.", ("2020-06", "sentence")),
    ("The United States has 2,500 troops in Iraq, where the coalition was formed in 2014.", (str(PUBLISHED), "published")),
    ("In January 2021 officials said the United States had 2,500 troops in Iraq in June 2020.", ("2020-06", "sentence")),
    ("The United States had 2,500 troops in Iraq in late 2017.", ("2017-Q4", "sentence")),
    ("The United States has 2,500 troops in Iraq.", (str(PUBLISHED), "published")),
    # a time phrase opening the sentence sets the time of the clause it opens
    ("As of March 2021, about 2,500 American soldiers were stationed in Iraq.", ("2021-03", "sentence")),
    ("In 2007, the United States had 160,000 troops in Iraq.", ("2007", "sentence")),
    ("في عام 2007، كان للولايات المتحدة 160 ألف جندي في العراق.", ("2007", "sentence")),
    # ...but the value's own clause's date comes first, and "since" says when a state began
    ("In 2020, officials said 2,500 US troops would be in Iraq by May 2021.", ("2021-05", "sentence")),
    ("Since 2014, the United States has kept 2,500 troops in Iraq.", (str(PUBLISHED), "published")),
    ("The United States has kept about 2,500 troops in Iraq since January.", (str(PUBLISHED), "published")),
    ("ويبلغ عدد الجنود الأمريكيين في العراق نحو 2500 جندي منذ كانون الثاني الماضي.", (str(PUBLISHED), "published")),
    # ...also a few words on, in the phrase "since" opens
    ("The United States has kept 2,500 troops in Iraq since the new mission began on January 4.",
     (str(PUBLISHED), "published")),
    ("ويبلغ عدد الجنود الأمريكيين في العراق 2500 جندي منذ بدء المهمة الجديدة في 4 كانون الثاني.",
     (str(PUBLISHED), "published")),
    # a "when" clause on the value's clause says when the count held
    ("Today's force is far below the 160,000 US troops in Iraq when the surge peaked in 2007.", ("2007", "sentence")),
    # a figure set off after a date standing alone in its phrase is of that date (a list's item)
    ("The surge (January 2007): 160,000 US troops in Iraq.", ("2007-01", "sentence")),
    # a "when" clause holding the count is as of the day it hangs on, even a day "since" opens
    ("The count has grown since Monday, when the Pentagon put the US troops in Iraq at 2,500.", ("2021-05-17", "sentence")),
    # a day in the possessive dates what it possesses: an event's day is no count's as-of, a tally's is
    ("The Pentagon said 2,500 US troops were in Iraq at the time of Monday's deadly strike.", (str(PUBLISHED), "published")),
    ("Monday's tally put the US troops in Iraq at 2,500.", ("2021-05-17", "sentence")),
    # a count said in a relative clause holds when the clause it describes is dated
    ("The surge that began in Iraq in January 2007, which brought US troops there to 160,000, was short.",
     ("2007-01", "sentence")),
    # a count reported in a clause a verb of saying takes holds on the day it was reported
    ("Officials announced on Monday that 2,500 US troops were in Iraq.", ("2021-05-17", "sentence")),
    ("وأعلنت وزارة الدفاع أمس الأربعاء أن عدد الجنود الأمريكيين في العراق بلغ 2500 جندي.", ("2021-05-19", "sentence")),
    # ...also when the date opens the clause of saying
    ("On Monday, officials said that 2,500 US troops were in Iraq.", ("2021-05-17", "sentence")),
    # ...or any of the phrases of time opening it
    ("وفي اليوم التالي، 17 أيار، أعلنت الوزارة أن عدد الجنود الأمريكيين في العراق بلغ 2500 جندي.", ("2021-05-17", "sentence")),
    ("On the following day, May 17, the ministry said that 2,500 US troops were in Iraq.", ("2021-05-17", "sentence")),
    # ...but a date of the count's own clause comes first
    ("Officials said on Monday that 2,500 US troops were in Iraq in June 2020.", ("2020-06", "sentence")),
    # a clause defining the people counted, right after them and with no comma, says when they were so many
    ("Today's force is a fraction of the 160,000 US troops who were stationed in Iraq during the 2007 surge.",
     ("2007", "sentence")),
    ("The United States has 2,500 troops in Iraq, who were first sent there in 2014.", (str(PUBLISHED), "published")),
    # a time phrase set off after the value's clause, past a name set off beside it, is that clause's time
    ("Baghdad cited a count of about 2,500 US troops in Iraq given by the Pentagon's spokesman, John Kirby, on May 3.",
     ("2021-05-03", "sentence")),
    # a participle of giving out a figure, set off right after the count, says the day it was given
    ("The Pentagon's count of about 2,500 US troops in Iraq, released on Monday, was soon out of date.",
     ("2021-05-17", "sentence")),
    ("وكان تقدير البنتاغون البالغ 2500 جندي أمريكي في العراق، الصادر يوم الاثنين، قد تغير.", ("2021-05-17", "sentence")),
    # an English relative clause on the sentence's subject, with a verb of its own, ends where a finite
    # auxiliary opens the main clause: its date is what it describes
    ("The American forces that were sent to Iraq in 2014 have been reduced to 2,500 troops.", (str(PUBLISHED), "published")),
    ("The US force that arrived in Iraq in January 2020 was 2,500 troops strong.", (str(PUBLISHED), "published")),
    # an Arabic relative clause on the subject of a verb of reaching ends at the verb's target: its date
    # is what the clause describes, not the count's; a date after the number is the count's
    ("وارتفع عدد الجنود الأمريكيين الذين أرسلوا إلى العراق في كانون الثاني إلى 2500 جندي.", (str(PUBLISHED), "published")),
    ("وارتفع عدد الجنود الأمريكيين الذين أرسلوا إلى العراق في كانون الثاني إلى 2500 جندي يوم الاثنين.",
     ("2021-05-17", "sentence")),
    # ...and one on the subject of a said clause, the verb of reaching after it, ends where that verb
    # begins: the count is as of the day it was said
    ("وأعلنت الوزارة أمس الأربعاء أن عدد الجنود الأمريكيين الذين أرسلوا إلى العراق في كانون الثاني ارتفع إلى 2500 جندي.",
     ("2021-05-19", "sentence")),
    ("وقالت الوزارة إن عدد الجنود الأمريكيين الذين أرسلوا إلى العراق في كانون الثاني ارتفع إلى 2500 جندي.",
     (str(PUBLISHED), "published")),
])
def test_frame_claims_are_dated_by_their_own_clause(frame_rule, text, expected):
    assert as_of(frame_rule, text) == expected


def test_a_time_phrase_holding_another_number_dates_that_number_only(frame_rule):
    text = "Officials put the US troops in Iraq at 2,500, up from 2,000 at the start of 2021."
    claims, _ = extract_claims(article(text), frame_rule)
    assert [(c.value, c.as_of) for c in claims] == [(2500, str(PUBLISHED)), (2000, "2021-Q1")]


@pytest.mark.parametrize("value, note", [("XXXX-04-07", None), ("2020-04-07", "unresolved: year guessed")])
def test_a_frame_claim_ignores_a_date_that_cannot_be_placed(frame_rule, value, note):
    def finder(text, lang=None, published=None):
        i, j = text.index("2,500"), text.index("April 7")
        return [Mention(start=i, end=i + 5, text="2,500", value=Quantity(value=2500)),
                Mention(start=j, end=j + 7, text="April 7", value=DateValue(value=value), note=note)]

    text = "The United States had 2,500 troops in Iraq on April 7."
    assert as_of(frame_rule, text, finder=finder) == (str(PUBLISHED), "published")
