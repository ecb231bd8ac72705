"""The prefilter may only skip sentences a pattern cannot match.

Sentences are written from the patterns themselves (options chosen, gaps
filled, Arabic words given clitics and the article, starred words given
endings, values put in the slots), then some words are dropped or swapped,
so both matching and near-miss sentences are tried.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathlib import Path

from checker.ruleset import load_rules
from checker.ruleset.engine import find, may_match
from checker.ruleset.match import Prepared, run_automaton
from checker.ruleset.patterns import Alt, Gap, Not, Slot, Word, compile_pattern, parse
from checker.ruleset.prefilter import compile_needs, requirements, satisfied
from checker.values import find_mentions

# The default pack is written as frames; its earlier pattern rules stay here as a wide
# sample of pattern shapes (options, gaps, negation, names, slots in both languages).
RULES, _ = load_rules([Path(__file__).parent / "rules_fixtures" / "patterns"])
EXTRA = [  # shapes the shipped rules lack
    ("en", "(a b | c [d]) ...2 e* !f g"),
    ("en", "[x y] (p | {n:quantity}) q"),
    ("ar", "{when:date} (جولة|مرحلت*) [من] {n:ordinal}"),
]


def _extra(lang: str, text: str):
    auto = compile_pattern(text)
    auto.needs = compile_needs(requirements(text))
    return None, lang, text, auto, {}


CASES = [(r, lang, text, auto, r.compiled.names) for r in RULES for lang, autos in r.compiled.patterns.items()
         for text, auto in zip(r.patterns[lang], autos)] + [_extra(lang, text) for lang, text in EXTRA]
VALUES = {
    "en": {"quantity": ["2,500", "about 900", "3000"], "date": ["7 April 2021", "June 5, 2021"],
           "ordinal": ["third", "first"]},
    "ar": {"quantity": ["2500", "حوالي 900", "3 آلاف"], "date": ["7 نيسان 2021", "الخامس من حزيران 2021"],
           "ordinal": ["الثالثة", "الأولى"]},
}
FILLER = {"en": ["the", "said", "in", "of", "and", "Iraq", "troops", "round"],
          "ar": ["في", "من", "العراق", "وقال", "جندي", "الحوار", "بغداد"]}
CLITICS = ["", "", "و", "ال", "وال", "بال", "لل", "ف"]


def _sentence(pick, nodes, lang, names) -> list[str]:
    """Words one way through ``nodes``; ``pick`` chooses an element of a list."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Word):
            word = node.text
            if any("\u0600" <= ch <= "\u06ff" for ch in word):
                word = pick(CLITICS) + word
            out.append(word + (pick(["", "s", "ات", "ه"]) if node.star else ""))
        elif isinstance(node, Slot):
            if node.type == "name":
                out.append(pick([" ".join(w) for _, w in names.get(node.name, ())] or ["x"]))
            else:
                out.append(pick(VALUES[lang][node.type]))
        elif isinstance(node, Gap):
            out.extend(pick(FILLER[lang]) for _ in range(pick(list(range(min(node.max, 3) + 1)))))
        elif isinstance(node, Alt):
            out.extend(_sentence(pick, pick(node.options + ([[]] if node.optional else [])), lang, names))
    return out  # Not consumes nothing: the next node's word is written as is


@st.composite
def pattern_sentences(draw):
    def pick(xs):
        return draw(st.sampled_from(xs))

    case = pick(CASES)
    rule, lang, text, auto, names = case
    words = _sentence(pick, parse(text), lang, names)
    for _ in range(draw(st.integers(0, 2))):  # near misses: a word dropped or replaced
        if words:
            i = draw(st.integers(0, len(words) - 1))
            words[i:i + 1] = pick([[], [pick(FILLER[lang])]])
    return case, " ".join(words) + "."


def _prepared(text: str, lang: str) -> Prepared:
    return Prepared(text, find_mentions(text, lang, date(2021, 5, 20)))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pattern_sentences())
def test_prefilter_never_skips_a_sentence_a_pattern_matches(drawn):
    (rule, lang, _, auto, names), text = drawn
    sent = _prepared(text, lang)
    if run_automaton(auto, sent, names):
        assert satisfied(auto.needs, sent), (auto.source, text)
    if rule is not None and _rule_matches(rule, sent, lang):
        assert may_match(rule, Prepared(text), lang), (auto.source, text)


def _rule_matches(rule, sent: Prepared, lang: str) -> bool:
    """The rule's required terms and patterns searched without any prefilter."""
    c = rule.compiled
    if not all(run_automaton(t, sent, c.names) for t in c.require.get("*", []) + c.require.get(lang, [])):
        return False
    return any(run_automaton(a, sent, c.names) for a in c.patterns.get(lang, []))


def test_generated_sentences_do_match():
    """The property above is not vacuous: unaltered sentences from each pattern mostly match it."""
    import random

    r, hits = random.Random(5), 0
    for _, lang, text, auto, names in CASES:
        sentence = " ".join(_sentence(r.choice, parse(text), lang, names)) + "."
        hits += bool(run_automaton(auto, _prepared(sentence, lang), names))
    assert hits >= len(CASES) // 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["troops", "troop", "وبالعراق", "العراق", "للحوار", "الحوار", "iraqi", "in", "جنود"]),
                max_size=6),
       st.sampled_from(["troop", "iraq", "عراق", "العراق", "حوار", "الحوار", "in", "جند", "بالعراق"]),
       st.booleans())
def test_word_index_agrees_with_word_matches(words, word, star):
    """The set lookups say a word is there exactly when ``word_matches`` finds it at some position."""
    sent = Prepared(" ".join(words))
    arabic = any("\u0600" <= ch <= "\u06ff" for ch in word)
    needs = compile_needs((frozenset({(word, star, arabic)}),))
    expected = any(sent.word_matches(k, word, star, arabic) for k in range(len(sent.words)))
    assert satisfied(needs, sent) == expected


def test_requirements_of_a_pattern():
    needs = requirements("{n:quantity} (US|American) troop* ...4 in {c:name} [now]", {"c": [("Iraq", ["iraq"])]})
    assert needs == (
        frozenset({("us", False, False), ("american", False, False)}),
        frozenset({("troop", True, False)}),
        frozenset({("in", False, False)}),
        frozenset({("iraq", False, False)}),
    )
    # an option that needs no word makes the whole alternative optional
    assert requirements("(a | {n:quantity}) b") == (frozenset({("b", False, False)}),)
    assert requirements("!a ...2 [b]") == ()


def test_explain_still_describes_every_pattern():
    """--explain runs every pattern, so its messages do not depend on the prefilter."""
    rule = next(r for r in RULES if r.id == "us-troops-in-country")
    lines: list[str] = []
    find(rule, Prepared("Nothing to see here."), "en", explain=lines)
    assert len(lines) == len(rule.patterns["en"])


def test_a_bare_automaton_needs_nothing():
    assert compile_pattern("a b c").needs == ()  # set by the rule compiler: () never skips
