"""Fraction words: "خمس السكان", "ثلاثة أرباع", "a third of", "two-thirds of a billion".

A fraction word is kept apart from the cardinal it resembles ("خمس السكان"
a fifth, "خمس سنوات" five years) by the word after it (``fraction_context``),
and from the period it names ("الربع الأول", "the first half of the season")
by the ordinal beside it. Arabic also counts plural denominators ("ثلاثة
أرباع" = 0.75); English puts a count or an article before the word
("two-thirds", "a third") and may take a scale after it ("two-thirds of a
billion", a whole number).
"""

from __future__ import annotations

import re

from checker.values import numbers, ordinals
from checker.values.quantity_grammar import QuantityGrammar, next_word

Found = tuple[int, int, float]


def _arabic(g: QuantityGrammar, text: str, m: re.Match) -> Found | None:
    ng = numbers.grammar(g.lang)
    if m.group("fp"):  # "ثلاثة أرباع"
        n = m.group("fn")
        k = int(n) if n.isdigit() else numbers.evaluate(ng, [n])[0]
        return (m.start(), m.end(), k / g.plurals[m.group("fp")]) if k else None
    fr, nxt = m.group("fr"), next_word(text, m.end())
    if fr in g.ambiguous and not g.fraction_before(nxt):
        return None  # "خمس سنوات": five years
    if ordinals.ordinal_value(ordinals.grammar(g.lang), nxt):
        return None  # "الربع الأول", "النصف الثاني": a period, not a share
    return (m.start("fr") if not m.group("art") else m.start()), m.end(), g.fractions[fr]


def _english_count(g: QuantityGrammar, fr: str, n: str | None) -> float | None:
    """How many of the fraction: "a third" 1, "two-thirds" 2; None when it is no fraction."""
    if n is None:
        return None if fr in g.ambiguous else 1.0
    if n in ("a", "an"):
        return 1.0
    if n.isdigit():
        return float(n)
    if fr == "half" and n != "one":
        return None  # "two half" is not English; leave "two" to the cardinals
    return numbers.evaluate(numbers.grammar(g.lang), [n])[0] or 1.0


def _english(g: QuantityGrammar, text: str, m: re.Match) -> Found | None:
    fr, n = m.group("fr"), m.group("fn")
    prev = text[max(0, m.start() - 20):m.start()].split()
    if n is None and prev and ordinals.ordinal_value(ordinals.grammar(g.lang), prev[-1]):
        return None  # "the first half of the season": a period, not a share
    if n is None and len(prev) >= 2 and prev[-2] in ("a", "an") and prev[-1] in g.fraction_adjectives:
        n = prev[-2]  # "an estimated quarter of Iraq": the article stands before the adjective
    k = _english_count(g, fr, n)
    if k is None:
        return None
    v = k * g.fractions[fr]
    if m.group("fs"):
        v = round(v * numbers.grammar(g.lang).scales[m.group("fs")].value)  # two-thirds of a billion, whole
    return m.start(), m.end(), v


def find(g: QuantityGrammar, text: str) -> list[Found]:
    """(start, end, share) of every fraction in normalised ``text``."""
    if not g.fraction_hints.search(text):
        return []  # a substring test for the fraction words first: most sentences have none
    read = _arabic if g.lang == "ar" else _english
    return [found for m in g.fraction.finditer(text) if (found := read(g, text, m)) is not None]
