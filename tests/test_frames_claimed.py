"""A figure quoted from a claim the article reports as only claimed is the claim it examines.

"A post shared widely this week claimed that "more than 10,000 American soldiers" were staying
on. Neither Pentagon figures nor Iraqi officials support that": an explainer that is no fact check
by its headline still quotes a rumour to refute it. A quote after a word of claiming ("claimed",
"alleged", «زعم») is that rumour; a quote of what someone said is theirs to state.
"""

from __future__ import annotations

from datetime import date

from checker.extract import extract_claims
from checker.models import Article, ArticleInfo
from checker.ruleset import DEFAULT_RULES_DIR, load_rules
from checker.text.sentences import split_sentences

RULES, _ = load_rules([DEFAULT_RULES_DIR])


def _troops(text: str, lang: str) -> list[float]:
    info = ArticleInfo(id="a", path="a", format="txt", encoding="utf-8", published=date(2021, 12, 10),
                       published_source="metadata", language=lang)
    article = Article(info=info, text=text, sentences=split_sentences(text, lang))
    return [c.value for c in extract_claims(article, RULES)[0] if c.rule == "us-troops-in-country"]


def test_a_quoted_figure_after_a_word_of_claiming_is_no_claim_of_the_article():
    assert _troops('A post shared widely this week claimed that "more than 10,000 American soldiers" '
                   "were quietly staying on in Iraq.", "en") == []
    assert _troops('وزعمت منشورات متداولة أن "أكثر من 10 آلاف جندي أمريكي" سيبقون في العراق.', "ar") == []


def test_a_quoted_figure_of_what_someone_said_is_still_a_claim():
    assert _troops('The Pentagon said "about 2,500 American soldiers" remain in Iraq.', "en") == [2500]
    # a word of claiming after the quote, or the figure outside the quotes, changes nothing
    assert _troops("Officials put the number of American soldiers in Iraq at 2,500, rejecting claims of 10,000 online.",
                   "en") == [2500]
