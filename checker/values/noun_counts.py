"""Counts an Arabic noun carries itself: the dual («وفاة شخصين») and «واحد» after it.

Arabic has a dual: «شخصين» is "two people", «إصابتين» "two cases",
«ساعتين» "two hours". News reports a count of two this way far more often
than with «اثنين», so a dual of a counted noun is a quantity of 2. Only the
nouns the lexicon lists (``dual_nouns``, singulars) are read: the dual ending
is also the ending of masculine plurals («مواطنين» is citizens, not two
citizens), so listed nouns are those whose plural is broken (أشخاص, أطفال)
or feminine (إصابات). The word's forms come from the one Arabic morphology
module. Dates own their words, so «قبل يومين» stays a date.

«واحد» alone is more often "same" or "single" than a count, so the number
grammar never reads it alone; after its noun, agreeing in definiteness, it
counts one («حالة واحدة», «دولار واحد», «للدولار الواحد»: per one dollar),
except after the nouns of idioms («في وقت واحد», «بصوت واحد») and before
«من» ("one of").
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.text.morphology import arabic_dual_singulars, arabic_stems, has_article
from checker.values.lexicon import load
from checker.values.trie import alt, any_of

_DUAL_SHAPED = re.compile(r"(?<![^\W_])[^\W\d_]{3,}(?:ين|ان)(?![^\W_])")


@lru_cache(maxsize=None)
def _one() -> tuple[re.Pattern, re.Pattern]:
    """A noun, then «واحد(ة)» or «الواحد(ة)» as its adjective, not before «من» ("one of");
    and the words for one, to skip most sentences with a substring test."""
    lex = load("ar")
    ones = lex.numbers.not_alone
    of = alt(lex.of_words, "ar")
    return re.compile(rf"(?<![^\W_])(?P<noun>[^\W\d_]{{2,}})\s+(?P<one>(?P<art>{lex.article})?{alt(ones, 'ar')})"
                      rf"(?![^\W_])(?!\s+{of}(?![^\W_]))"), any_of(ones)


@lru_cache(maxsize=None)
def _nouns() -> frozenset[str]:
    return frozenset(load("ar").dual_nouns)


@lru_cache(maxsize=None)
def _dual_endings() -> re.Pattern:
    """The listed nouns' dual stems, to skip a sentence that has none cheaply."""
    stems = {n[:-1] + "ت" if n.endswith("ه") else n for n in _nouns()}
    return re.compile(rf"{alt(stems, 'ar')}(?:ين|ان)(?![^\W_])")


@lru_cache(maxsize=None)
def _not_one_nouns() -> frozenset[str]:
    return frozenset(load("ar").one_not_after)


def find(text: str) -> list[tuple[int, int, float]]:
    """Duals of listed nouns (2) and «واحد» after a noun (1), as (start, end, value)."""
    return _duals(text) + _ones(text)


def _ones(text: str) -> list[tuple[int, int, float]]:
    """«مريض واحد», «للدولار الواحد»: the adjective agrees in definiteness with its noun."""
    pattern, ones = _one()
    if not ones.search(text):
        return []
    idioms = _not_one_nouns()
    out = []
    for m in pattern.finditer(text):
        noun = m.group("noun")
        if arabic_stems(noun) & idioms or has_article(noun) != bool(m.group("art")):
            continue
        out.append((m.start("one"), m.end("one"), 1.0))
    return out


def _duals(text: str) -> list[tuple[int, int, float]]:
    """(start, end, 2.0) for each dual of a listed noun; the span leaves out a proclitic."""
    if not _dual_endings().search(text):
        return []
    nouns = _nouns()
    out = []
    for m in _DUAL_SHAPED.finditer(text):
        word = m.group()
        for single in arabic_dual_singulars(word) & nouns:
            written = len(single) + 2  # ة is written ت before the ending: اصابتين, one letter all the same
            start = m.end() - written
            art = load("ar").article
            if start - len(art) >= m.start() and text.startswith(art, start - len(art)):
                start -= len(art)  # «الطفلين»: the article is the noun's; a proclitic before it is not
            out.append((start, m.end(), 2.0))
            break
    return out
