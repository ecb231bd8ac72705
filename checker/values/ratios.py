"""Ratios said in words: "one in five", "three out of every ten", "واحد من كل خمسة".

A share may also be written as a digit fraction before "of"/«من» ("1/4 of
those who died"): read only there, since "1/4" alone may be a date.

A ratio is a share, stored as a decimal like "a fifth" would be, so "one in
five children" and "a fifth of children" compare equal. It is read only
when it can be nothing else: the part is smaller than the whole, the whole
is not a year ("one in 2019"), and, after a loose joiner like "in", no time
unit follows ("five in ten days" is a pace, not a share).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.values import numbers
from checker.values.lexicon import load
from checker.values.trie import END, alt, any_of, word_start


@dataclass(frozen=True)
class RatioGrammar:
    pattern: re.Pattern | None
    units: frozenset[str]
    loose: frozenset[str]
    words: re.Pattern | None = None  # the joining words' last, to skip most sentences


@lru_cache(maxsize=None)
def _slash(lang: str) -> re.Pattern:
    """"1/4 of those who died": a digit fraction, read only before "of"."""
    return re.compile(rf"(?<![\w/.\-])(?P<n>\d)/(?P<d>\d{{1,2}})(?=\s+{alt(load(lang).of_words, lang)}(?![^\W_]))")


@lru_cache(maxsize=None)
def grammar(lang: str) -> RatioGrammar:
    lex = load(lang)
    if not (lex.ratio_words or lex.loose_ratio_words):
        return RatioGrammar(None, frozenset())
    ng = numbers.grammar(lang)
    S = word_start(lang)
    card = alt([w for w, x in ng.words.items() if x.kind in ("unit", "ten")], lang)
    word = alt([w for w, x in ng.words.items() if x.kind in ("unit", "ten", "hundred", "scale")], lang)
    sep = rf"(?:\s+|-)(?:{re.escape(ng.joiner)}\s*)?"
    whole = rf"\d{{1,3}}(?:,\d{{3}})+|\d+|(?:an?\s+)?{word}(?:{sep}{word})*"
    pattern = re.compile(
        rf"{S}(?P<part>\d+|{card})\s+(?P<by>{alt(lex.ratio_words + lex.loose_ratio_words, lang)})\s+(?P<whole>{whole})(?![\d,.]\d){END}"
    )
    return RatioGrammar(pattern, frozenset([*lex.offset_units, *lex.pace_units]), frozenset(lex.loose_ratio_words),
                        any_of(w.split()[-1] for w in lex.ratio_words + lex.loose_ratio_words))


def _value(lang: str, s: str) -> float | None:
    if s[0].isdigit():
        return float(s.replace(",", ""))
    return numbers.phrase_value(numbers.grammar(lang), s)


def _share(lang: str, g: RatioGrammar, text: str, m: re.Match) -> float | None:
    """The share a ratio match says, or None when it is something else."""
    part, whole = _value(lang, m.group("part")), _value(lang, m.group("whole"))
    if not part or not whole or part >= whole:
        return None
    if re.fullmatch(r"1[89]\d\d|20\d\d", m.group("whole")):
        return None  # "one in 2019": a year
    nxt = re.match(r"\s+([^\W\d_]+)", text[m.end():m.end() + 30])
    if nxt and nxt.group(1) in g.units and " ".join(m.group("by").split()) in g.loose:
        return None  # "five in ten days": a pace
    return part / whole


def find(lang: str, text: str) -> list[tuple[int, int, float]]:
    """(start, end, share) of every ratio in normalised ``text``."""
    g = grammar(lang)
    out = [(m.start(), m.end(), int(m.group("n")) / int(m.group("d"))) for m in _slash(lang).finditer(text)
           if 0 < int(m.group("n")) < int(m.group("d"))] if "/" in text else []
    if g.pattern is None or not g.words.search(text):
        return out  # no joining word at all (a substring test on its last word, cheaper than the pattern)
    return out + [(m.start(), m.end(), v) for m in g.pattern.finditer(text) if (v := _share(lang, g, text, m)) is not None]
