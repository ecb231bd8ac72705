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
