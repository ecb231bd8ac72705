"""A timeline's entries under a date heading: a count with no date of its own held on the
heading's day, not on the day the page was published.

A week-on timeline gives a toll under "**Tuesday, Sept. 12**" and another under "**Sunday, Sept.
17**". Read as of the publication day, the two would be compared as if said the same day, and
the rising toll would be reported as a contradiction inside one article.
"""

from __future__ import annotations

from datetime import date

from checker.extract import extract_claims
from checker.models import Article, ArticleInfo
from checker.ruleset import load_rules
from checker.text.sentences import split_sentences

RULE = """\
id: toll
title: Death toll in the city
claim: {value: quantity, label: "death toll"}
frame:
  counts: [dead, killed, deaths]
  unit: count
"""

TIMELINE = """\
A week on, a timeline of the disaster.

**Tuesday, Sept. 12**
Officials said 5,100 people had been killed.

09:40
Officials said 5,200 people had been killed.

**Sunday, Sept. 17, about 10 a.m.**
The health ministry put the number of dead at 4,100.

**What the figures mean**
Aid groups said 4,000 people had been killed.

The agency said 3,900 deaths were recorded on Friday.
"""


def _read(tmp_path, text: str, rule: str = RULE, published: date = date(2023, 9, 18)):
    (tmp_path / "rule.yaml").write_text(rule, encoding="utf-8")
    rules, problems = load_rules([tmp_path / "rule.yaml"])
    assert not problems
    info = ArticleInfo(id="t.md", path="t.md", format="md", encoding="utf-8", published=published, language="en")
    article = Article(info=info, text=text, sentences=split_sentences(text, "en"))
    return extract_claims(article, rules)[0]


def _claims(tmp_path, text: str):
    return [(c.value, c.as_of, c.as_of_source) for c in _read(tmp_path, text)]


def test_a_count_in_a_dated_entry_holds_on_its_day(tmp_path):
    assert _claims(tmp_path, TIMELINE) == [
        (5100, "2023-09-12", "heading"),
        (5200, "2023-09-12", "heading"),  # a clock time alone keeps the section's day
        (4100, "2023-09-17", "heading"),
        (4000, "2023-09-18", "published"),  # a heading of words closes the section
        (3900, "2023-09-15", "sentence"),  # a date in the count's own clause comes first
    ]


def test_a_date_inside_running_text_opens_no_section(tmp_path):
    text = "On Tuesday, Sept. 12 the toll rose.\nOfficials said 5,100 people had been killed."
    assert _claims(tmp_path, text) == [(5100, "2023-09-18", "published")]


DATE_RULE = """\
id: talks-date
title: Date of the talks
claim: {value: date, label: "talks"}
frame:
  event: [talks]
"""

CHRONOLOGY = """\
A chronology of the dispute.

## 2019

- The agency said 2,900 people had been killed that year.
- 14 March: talks in Geneva.

## June 2020

- Officials said 3,100 people had been killed.

## What next?

Aid groups said 3,300 people had been killed.
"""


def _dated(tmp_path, text: str):
    return [c.value for c in _read(tmp_path, text, DATE_RULE, date(2021, 12, 10))]


def test_a_chronology_under_year_and_month_headings(tmp_path):
    # "## 2019" is a year, not the count 2019; "## What next?" is a heading of words, not an entry's question
    assert _claims(tmp_path, CHRONOLOGY) == [
        (2900, "2019", "heading"),
        (3100, "2020-06", "heading"),
        (3300, "2023-09-18", "published"),
    ]


def test_a_month_without_a_year_under_a_year_heading_is_of_that_year(tmp_path):
    # read against the publication day (10 December 2021), "14 March" would be 2022's
    assert _dated(tmp_path, CHRONOLOGY) == ["2019-03-14"]
    assert _dated(tmp_path, CHRONOLOGY.replace("## 2019\n", "")) == ["2022-03-14"]


ROUND_RULE = """\
id: round-date
title: The day a round of talks opened
claim: {key: [round], value: date, label: "{round} round of the talks"}
frame:
  event: [round, جولة]
  refer: [talks, محادثات]
  ordinal: round
"""

SIGNING_RULE = """\
id: accord-date
title: The day the accord was signed
claim: {value: date, label: "accord signed"}
frame:
  event: [signed, توقيع]
  of: [accord, الاتفاق]
"""

ENTRIES = """\
A timeline of the talks.

**Saturday, March 2**
The first round of talks opens in Geneva, hosted by Switzerland.
Delegates meet again on Monday, March 4, for a second day.

**Tuesday, March 5**
The foreign minister signs the accord on prisoners.

**Friday, March 8**
The host suspends its part in the talks after a walk-out.

**Sunday, March 10**
The second round is expected to open soon.
"""


def _entry_claims(tmp_path, rule: str, text: str, lang: str = "en"):
    (tmp_path / "rule.yaml").write_text(rule, encoding="utf-8")
    rules, problems = load_rules([tmp_path / "rule.yaml"])
    assert not problems
    info = ArticleInfo(id="t.md", path="t.md", format="md", encoding="utf-8", published=date(2024, 3, 18), language=lang)
    article = Article(info=info, text=text, sentences=split_sentences(text, lang))
    return extract_claims(article, rules)[0]


def test_a_timeline_entry_dates_the_event_it_tells(tmp_path):
    """An entry's first sentence telling the event, with no date of its own, is dated by its heading;
    the claim quotes the heading with the sentence and names it as its context."""
    [opened] = _entry_claims(tmp_path, ROUND_RULE, ENTRIES)
    assert (opened.key, opened.value, opened.as_of_source) == ({"round": "1"}, "2024-03-02", "heading")
    ev = opened.evidence
    assert ENTRIES[ev.value_start:ev.value_end] == "Saturday, March 2"
    assert ev.quote.startswith("**Saturday, March 2**") and ev.quote.endswith("hosted by Switzerland.")
    assert ev.quote_start <= ev.value_start < ev.value_end <= ev.quote_start + len(ev.quote)
    assert [(x.what, x.value) for x in opened.context] == [("date", "Saturday, March 2")]
    # the rule's series just after the event word, as its object ("signs the accord")
    assert [c.value for c in _entry_claims(tmp_path, SIGNING_RULE, ENTRIES)] == ["2024-03-05"]


def test_an_entry_dates_no_event_it_only_mentions(tmp_path):
    """Not a later sentence of the entry, not the talks after a preposition ("its part in the talks"),
    not what is expected, and not another's act beside the rule's word ("arrives for the talks")."""
    text = ("**Friday, March 8**\nThe host suspends its part in the talks.\n\n"
            "**Sunday, March 10**\nThe second round is expected to open soon.\n\n"
            "**Monday, March 11**\nThe envoy arrives in Geneva for a visit to the accord's signatories.\n\n"
            "**Tuesday, March 12**\nA storm hits the city.\nThe minister signs the accord.")
    assert _entry_claims(tmp_path, ROUND_RULE, text) == []
    assert _entry_claims(tmp_path, SIGNING_RULE, text) == []


def test_an_arabic_entry_opening_with_the_event(tmp_path):
    text = "**السبت 2 مارس**\nانطلقت الجولة الأولى من المحادثات في جنيف.\n"
    [opened] = _entry_claims(tmp_path, ROUND_RULE, text, "ar")
    assert (opened.key, opened.value) == ({"round": "1"}, "2024-03-02")


def test_an_entry_opening_with_a_clock_time(tmp_path):
    """«عند الساعة 04:17، ضرب زلزال ...», "At 04:17 local time, the first round opens": a clock time is
    no day, and the clause after it is the entry's main one."""
    text = "**الاثنين 4 مارس**\nعند الساعة 10:30 بالتوقيت المحلي، انطلقت الجولة الأولى من المحادثات في جنيف.\n"
    [opened] = _entry_claims(tmp_path, ROUND_RULE, text, "ar")
    assert (opened.key, opened.value) == ({"round": "1"}, "2024-03-04")
    text = "**Monday, March 4**\nAt 10:30 local time, the first round of talks opens in Geneva.\n"
    [opened] = _entry_claims(tmp_path, ROUND_RULE, text)
    assert (opened.key, opened.value) == ({"round": "1"}, "2024-03-04")


OWNED = """\
id: flood-toll
title: Death toll of the flood
claim: {value: quantity, label: "flood deaths"}
frame:
  counts: [dead, killed, deaths]
  of: [flood, floods, فيضان, الفيضانات]
  not_of: [war, combined, الحرب]
  unit: count
"""

LIVE_BLOG = """\
**19:05 GMT** — The war has killed 400 people this year, a monitor said. Thank you for following.

**17:30 GMT** — The number of people killed in the north has risen to 2,662, officials said.

The agency counted 2,700 deaths, it said later.
"""


def test_a_live_blog_entry_goes_back_to_the_page_story_not_the_last_entrys_other_owner(tmp_path):
    """A live blog's entries each tell of the page's story: "the war" named in one entry is not
    whose the next entry's toll is. Within an entry, it still is."""
    text = LIVE_BLOG
    (tmp_path / "rule.yaml").write_text(OWNED, encoding="utf-8")
    rules, _ = load_rules([tmp_path / "rule.yaml"])
    info = ArticleInfo(id="t.md", path="t.md", format="md", encoding="utf-8", published=date(2023, 9, 18),
                       language="en", title="Live: flood death toll rises")
    article = Article(info=info, text=text, sentences=split_sentences(text, "en"))
    assert [c.value for c in extract_claims(article, rules)[0]] == [2662, 2700]
    text = LIVE_BLOG.replace("\n\n**17:30 GMT** —", "")  # one entry: the war is still what it speaks of
    article = Article(info=info, text=text, sentences=split_sentences(text, "en"))
    assert [c.value for c in extract_claims(article, rules)[0]] == []


def test_an_entry_dates_no_event_it_asks_about(tmp_path):
    """"An inquiry opens into why the first round failed": an event inside a question another verb
    takes as its object is asked about on the entry's day, not told as happening on it."""
    text = ("**Friday, March 15**\nThe minister announces an inquiry into why the first round of talks opened late.\n\n"
            "**الجمعة 15 مارس**\nوفتح النائب العام تحقيقا في كيف انطلقت الجولة الأولى من المحادثات.\n")
    assert _entry_claims(tmp_path, ROUND_RULE, text.split("\n\n")[0]) == []
    assert _entry_claims(tmp_path, ROUND_RULE, text.split("\n\n")[1], "ar") == []
