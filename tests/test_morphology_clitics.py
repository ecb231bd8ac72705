"""The Arabic prefixes a word may carry, as every reader relies on them.

A rule or a vocabulary lists the bare word once; «كجزء من التحالف» ("as part
of the coalition") must still match «جزء», «ببغداد» «بغداد» and «للقوات»
«القوات». Each prefix is held here, and once more end to end in a pattern.
"""

from __future__ import annotations

import pytest

from checker.ruleset.match import Prepared, run_automaton
from checker.ruleset.patterns import compile_pattern
from checker.text.morphology import arabic_stems
from checker.text.normalize import norm


@pytest.mark.parametrize("written, bare", [
    ("وجزء", "جزء"), ("فجزء", "جزء"), ("بجزء", "جزء"), ("لجزء", "جزء"), ("كجزء", "جزء"),
    ("وبجزء", "جزء"), ("ولجزء", "جزء"), ("فبجزء", "جزء"), ("فلجزء", "جزء"), ("وكجزء", "جزء"), ("فكجزء", "جزء"),
    ("للقوات", "القوات"), ("وللقوات", "القوات"), ("للقوات", "قوات"),
    ("بالعراق", "العراق"), ("وبالعراق", "عراق"),
    ("بها", "ها"),  # two letters are enough for a stem
])
def test_each_prefix_comes_off(written, bare):
    assert norm(bare) in arabic_stems(norm(written))


@pytest.mark.parametrize("word", ["كم", "لا", "بل"])
def test_a_prefix_never_leaves_a_stem_of_one_letter(word):
    assert arabic_stems(norm(word)) == frozenset({norm(word)})


def _matches(pattern: str, sentence: str) -> bool:
    return bool(run_automaton(compile_pattern(pattern), Prepared(sentence), {}))


@pytest.mark.parametrize("sentence", [
    "وانتشرت القوات كجزء من التحالف الدولي",
    "وانتشرت القوات وكجزء من التحالف الدولي",
])
def test_a_pattern_word_matches_behind_the_prefix_ka(sentence):
    assert _matches("جزء من التحالف", sentence)
    assert not _matches("جزء من التحالف", sentence.replace("جزء", "جزر"))


@pytest.mark.parametrize("word, noun", [
    ("الحربي", "حرب"),  # «الطيران الحربي»: warplanes, not "my war"
    ("بالعسكري", "عسكر"),
    ("الأمريكية", "امريكي"),  # «وزارة الدفاع الأمريكية» names no American, as a noun
])
def test_the_article_and_a_suffix_never_stand_on_one_noun(word, noun):
    from checker.frames.words import forms_of

    assert noun not in forms_of(word)


@pytest.mark.parametrize("word, noun", [("جولتها", "جوله"), ("عددها", "عدد"), ("سدي", "سد")])
def test_a_suffix_comes_off_an_indefinite_noun(word, noun):
    from checker.frames.words import forms_of

    assert noun in forms_of(word)


def test_a_rule_word_written_with_the_article_matches_without_it():
    from checker.frames.concepts import resolve

    voc = resolve(["الباكستانيين"], {}, "ar")
    from checker.frames.words import forms_of

    for written in ("باكستانيين", "الباكستانيين", "والباكستانيين"):
        assert voc.find([forms_of(written)]), written
