"""A table's rows name no event and no counted thing: their header does (``checker.frames.tables``).
An HTML table reaches the checker as a Markdown pipe table, so both are read this way."""

from __future__ import annotations

from datetime import date

from checker.extract import extract_claims
from checker.frames.tables import header_of, is_row
from checker.models import Article, ArticleInfo
from checker.ruleset import DEFAULT_RULES_DIR, load_rules
from checker.text.language import detect_language
from checker.text.sentences import split_sentences
from pathlib import Path

RULES, _ = load_rules([DEFAULT_RULES_DIR, Path(__file__).resolve().parents[1] / "examples" / "derna"])


def claims(text: str, rule_id: str, published: date, title: str) -> list[tuple]:
    lang = detect_language(text)
    info = ArticleInfo(id="a.md", path="a.md", format="md", encoding="utf-8", language=lang, published=published,
                       title=title)
    art = Article(info=info, text=text, sentences=split_sentences(text, lang))
    got, _ = extract_claims(art, [r for r in RULES if r.id == rule_id])
    return [(dict(c.key), str(c.value), c.as_of) for c in got]


ROUNDS = """The strategic dialogue between Iraq and the United States has met four times.

| Round | Date | Place |
|---|---|---|
| First | June 11, 2020 | Video link |
| Second | August 19, 2020 | Washington |
"""


def test_a_column_under_an_event_word_names_the_event_of_its_row():
    got = claims(ROUNDS, "strategic-dialogue-round-date", date(2021, 9, 1), "Four rounds of talks")
    assert got == [({"round": "1"}, "2020-06-11", "2021-09-01"), ({"round": "2"}, "2020-08-19", "2021-09-01")]


def test_a_column_headed_place_says_where_the_event_was():
    got = claims(ROUNDS, "strategic-dialogue-round-place", date(2021, 9, 1), "Four rounds of talks")
    assert got == [({"round": "2"}, "Washington", "2020-08-19")]


def test_an_arabic_table_without_outer_bars():
    text = ("عقد الحوار الاستراتيجي بين العراق والولايات المتحدة ثلاث جولات حتى الآن.\n\n"
            "الجولة | التاريخ | المكان\n\nالأولى | 11 حزيران 2020 | عبر الفيديو\n\nالثانية | 19 آب 2020 | واشنطن\n")
    got = claims(text, "strategic-dialogue-round-date", date(2021, 4, 8), "جولات الحوار")
    assert got == [({"round": "1"}, "2020-06-11", "2021-04-08"), ({"round": "2"}, "2020-08-19", "2021-04-08")]


def test_a_number_under_a_counted_noun_counts_it_as_of_its_row():
    text = """Tolls given for Derna in the first week differed widely.

| Source | Date | Dead in Derna |
|---|---|---|
| Red Crescent | 14 September | 11,300 |
| Health ministry | 15 September | 3,958 |
"""
    got = claims(text, "derna-death-toll", date(2023, 9, 20), "Derna flood tolls")
    assert got == [({}, "11300", "2023-09-14"), ({}, "3958", "2023-09-15")]


def test_a_table_whose_header_names_nothing_of_the_rule_gives_nothing():
    text = """Derna's reservoirs before the flood.

| Dam | Built | Capacity (million m3) |
|---|---|---|
| Abu Mansour | 1977 | 22.5 |
| Derna | 1977 | 1.5 |
"""
    assert claims(text, "derna-death-toll", date(2023, 9, 20), "Derna flood") == []


def test_rows_and_headers():
    assert is_row("| a | b |") and is_row("a | b | c") and not is_row("a | b") and not is_row("|---|---|")
    text = "Intro.\n\n| Round | Date |\n|---|---|\n| First | June 11 |\n\nAfter."
    assert header_of(text, text.index("| First")) == (text.index("| Round"), text.index("|\n|---") + 1)
    assert header_of(text, text.index("| Round")) is None and header_of(text, text.index("After")) is None
