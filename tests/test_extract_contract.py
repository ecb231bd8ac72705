"""What extract_claims promises whatever the rule: one claim per value, of the rule's type,
with its key, its value inside its evidence, read in the article's language."""

from __future__ import annotations

from datetime import date

import pytest

from checker.extract import extract_claims
from checker.models import Article, ArticleInfo, Sentence
from checker.ruleset import load_rules
from checker.text.sentences import split_sentences

RULES = {
    "keyed": r"""
id: keyed
title: Delegates per round
claim: {value: quantity, slot: n, key: [round]}
patterns:
  en: ["{round:ordinal} round had {n:quantity} delegates"]
regex:
  en: ['(?:(?P<round>third|fourth) )?round had (?P<n>[\w ,]+?) delegates']
""",
    "many-ways": r"""
id: many-ways
title: Delegates
claim: {value: quantity, slot: n}
patterns:
  en: ["{n:quantity} delegates", "had {n:quantity}"]
regex:
  en: ['had (?P<n>[\w ,]+?) delegates', '(?P<n>\d+) delegates']
""",
    "regex-only": r"""
id: regex-only
title: Delegates
claim: {value: quantity, slot: n}
regex:
  en: ['(?P<n>\d+) delegates']
""",
}


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rules")
    out = {}
    for name, text in RULES.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
        out[name], problems = load_rules([folder / f"{name}.yaml"])
        assert not problems
    return out


def claims(rules, text: str, *, undetermined: bool = False):
    info = ArticleInfo(id="a.txt", path="a.txt", format="txt", encoding="utf-8", published=date(2021, 5, 20), language="en")
    sentences = split_sentences(text, "en")
    if undetermined:  # a sentence the language detector could not place: the article's language applies
        sentences = [Sentence(start=s.start, end=s.end, language="und") for s in sentences]
    found, problems = extract_claims(Article(info=info, text=text, sentences=sentences), rules)
    assert problems == []
    return found


def test_one_value_matched_four_ways_is_one_claim(rules):
    (c,) = claims(rules["many-ways"], "The third round had 120 delegates.")
    assert c.value == 120


def test_a_value_of_another_type_is_no_claim(rules):
    """A regex group may hold a date where the rule claims a count: that is no count."""
    assert claims(rules["many-ways"], "The round had June 2020 delegates.") == []
    assert [c.value for c in claims(rules["many-ways"], "The round had 300 delegates.")] == [300]


def test_a_match_without_its_key_is_no_claim(rules):
    """The key says which fact a value is of; a count of no known round compares with nothing."""
    assert claims(rules["keyed"], "The round had 120 delegates.") == []
    (c,) = claims(rules["keyed"], "The third round had 120 delegates.")
    assert c.key == {"round": "3"}


@pytest.mark.parametrize("text, value_words", [
    ("There were about 120 delegates.", "about 120"),
    ("There were more than 120 delegates.", "more than 120"),
])
def test_the_evidence_holds_the_whole_value_even_when_the_match_starts_inside_it(rules, text, value_words):
    """The regex matches from "120"; the value the finder read is "about 120", and the highlight shows it all."""
    (c,) = claims(rules["regex-only"], text)
    ev = c.evidence
    assert text[ev.value_start:ev.value_end] == value_words
    assert ev.start <= ev.value_start < ev.value_end <= ev.end
    assert text[ev.start:ev.end].startswith(value_words)


def test_a_sentence_of_undetermined_language_is_read_in_the_articles(rules):
    (c,) = claims(rules["many-ways"], "There were 120 delegates.", undetermined=True)
    assert (c.value, c.language) == (120, "en")
