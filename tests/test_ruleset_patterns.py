"""The generic pattern pieces (words, gaps, alternatives, options, negation, slots), checked by property."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.models import Mention, Quantity
from checker.ruleset.engine import find
from checker.ruleset.loader import load_file
from checker.ruleset.match import Prepared, arabic_stems, run_automaton
from checker.ruleset.patterns import PatternError, compile_pattern

WORDS = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "eps"]), min_size=1, max_size=12)


def matches(pattern: str, text: str, mentions=()) -> bool:
    return bool(run_automaton(compile_pattern(pattern), Prepared(text, list(mentions)), {}))


@given(WORDS, st.integers(0, 11), st.integers(0, 11))
def test_gap_matches_exactly_when_the_distance_fits(words, i, j):
    if not (i < len(words) and j < len(words) and i < j):
        return
    text = " ".join(words)
    a, b = words[i], words[j]
    fits = any(words[x] == a and words[y] == b and 0 <= y - x - 1 <= 3 for x in range(len(words)) for y in range(x + 1, len(words)))
    assert matches(f"{a} ...3 {b}", text) == fits


@given(WORDS, WORDS)
def test_alternatives_are_a_union_and_options_may_be_skipped(words, other):
    text = " ".join(words)
    a, b = words[0], other[0]
    assert matches(f"({a} | {b})", text) == (matches(a, text) or matches(b, text))
    assert matches(f"[{b}] {a}", text) == matches(a, text)


@given(WORDS)
def test_negation_rejects_exactly_the_named_word(words):
    text = " ".join(words)
    first, nxt = words[0], (words[1] if len(words) > 1 else None)
    pattern = f"{first} !{nxt or 'zeta'}"
    expect = any(words[k] == first and (k + 1 >= len(words) or words[k + 1] != (nxt or "zeta")) for k in range(len(words)))
    assert matches(pattern, text) == expect


@given(st.integers(1, 99999), st.sampled_from(["troops", "soldiers"]))
def test_quantity_slot_binds_the_mention_whatever_follows(n, unit):
    text = f"about {n} {unit} in Iraq"
    m = Mention(start=0, end=len(f"about {n}"), text=f"about {n}", value=Quantity(value=n, mod="APPROX"))
    (match,) = run_automaton(compile_pattern("{count:quantity} (troops|soldiers) in iraq"), Prepared(text, [m]), {})
    assert match.bindings["count"].mention.value.value == n


def test_arabic_words_match_with_clitics_and_article():
    assert {"العراق", "عراق"} <= arabic_stems("بالعراق")
    assert "الحوار" in arabic_stems("للحوار")
    assert matches("الحوار", "وفقا للحوار الاستراتيجي")
    assert matches("مرحلت* الثالثه", "بمرحلته الثالثة")
    assert not matches("واشنطن", "واشنطنية")


@pytest.mark.parametrize("bad", ["(a | b", "a ]", "{x:colour}", "{x}", "...99", "(a | )", "", "| a"])
def test_bad_patterns_raise_with_a_column(bad):
    with pytest.raises(PatternError) as err:
        compile_pattern(bad)
    assert 0 <= err.value.col <= len(bad)


@settings(max_examples=30, deadline=None)
@given(st.integers(50, 400))
def test_pattern_search_is_polynomial_on_long_sentences(n):
    text = " ".join(["a"] * n)
    start = time.perf_counter()
    assert not matches("a ...40 a ...40 a ...40 b", text)
    assert time.perf_counter() - start < 2.0


def test_catastrophic_regex_times_out_and_the_audit_moves_on(tmp_path):
    rule_file = tmp_path / "evil.yaml"
    rule_file.write_text(
        "id: evil\ntitle: Catastrophic backtracking\nclaim: {value: quantity}\n"
        "regex:\n  en: ['(a+)+$(?P<count>\\d+)']\n", encoding="utf-8",
    )
    (rule, _), = load_file(rule_file)[0]
    sent = Prepared("a" * 5000 + "!", [Mention(start=0, end=1, text="a", value=Quantity(value=1))])
    start = time.perf_counter()
    matches_, problems = find(rule, sent, "en")
    assert time.perf_counter() - start < 1.0
    assert matches_ == [] and problems and "gave up" in problems[0]
