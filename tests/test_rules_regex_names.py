"""A regex's name group binds only the slot's names, as a pattern's name slot does, and says
when it matched something else instead of inventing a key from the raw text."""

from __future__ import annotations

from datetime import date

from checker.extract import extract_claims
from checker.models import Article, ArticleInfo
from checker.ruleset import load_rules
from checker.text.sentences import split_sentences

RULE = """\
id: troops-regex
title: Troops in a country (regex)
claim: {value: quantity, key: [country]}
names:
  country: {Iraq: [iraq, iraqi territory]}
regex:
  en: ['(?P<n>\\d[\\d,]*) troops in (?P<country>\\w+)']
"""


def _claims(tmp_path, text):
    (tmp_path / "r.yaml").write_text(RULE, encoding="utf-8")
    rules, problems = load_rules([tmp_path / "r.yaml"])
    assert not problems
    info = ArticleInfo(id="a", path="a", format="txt", encoding="utf-8", published=date(2021, 1, 1),
                       published_source="metadata", language="en")
    art = Article(info=info, text=text, sentences=split_sentences(text, "en"))
    return extract_claims(art, rules)


def test_a_known_name_is_the_key(tmp_path):
    claims, problems = _claims(tmp_path, "There are 2,500 troops in Iraq.")
    assert [(c.key, c.value) for c in claims] == [({"country": "Iraq"}, 2500)] and not problems


def test_an_unknown_name_gives_no_claim_and_says_why(tmp_path):
    claims, problems = _claims(tmp_path, "There are 900 troops in Syria.")
    assert claims == []
    assert len(problems) == 1 and problems[0].kind == "rule"
    assert "'country' matched «syria»" in problems[0].message and "(Iraq)" in problems[0].message
