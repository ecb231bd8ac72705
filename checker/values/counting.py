"""Whether a number counts the noun beside it: one decision, from the lexicon.

Digits or a number word beside a noun may name it («القرار 2254»,
"Resolution 2254"), rank it («الدقيقة 56», «الدورة الـ24», «القرن
العشرين») or count it («187 نائبا», «الساعات الـ24», «المتهمين الخمسة»).
Every reader that has to tell asks here, about the neighbour it has:

* ``noun_after``: the word after the number is a noun it counts. A listed
  counted noun or a scale always is («الـ24 ساعة», «88 ألفا»); where the
  reader lets a word's shape stand as evidence (after a word that names, not
  one that ranks: «للمرة 19 تواليا» ranks), so is an indefinite accusative
  («القانون 187 نائبا», ``counting.endings`` in the lexicon) that is not an
  adverb («رقم 5 عالميا», ``counting.adverbs``).
* ``plural_before``: the word before it is a definite plural that the
  number counts as an adjective would: a listed head (الدول, الأيام), a
  sound plural (الساعات, المتهمين, ``counting.plural_endings``) or a broken plural
  of the shapes أفعال (الأطراف) and فعلاء (الوزراء). A singular head ranks
  («الساعة الثالثة», «الدورة الـ24»).

A hedge that makes a lone "one" a count is read where the hedge is
(``quantities``); a number the words around already make a count, a
ratio's part or an offset's count, is read by ``numbers.phrase_value``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.text.morphology import arabic_stems
from checker.values.lexicon import load

_LETTERS = re.compile(r"[^\W\d_]*")  # the word without a full stop or comma after it
_ROOT = "فعل"  # the letters that stand for a root's in a shape (وزن): أفعال is ا + 3 letters, ا between


@dataclass(frozen=True)
class _Words:
    nouns: frozenset[str]  # always counted after a number
    endings: tuple[str, ...]
    adverbs: frozenset[str]
    heads: frozenset[str]
    plural_endings: tuple[str, ...]
    broken: re.Pattern | None
    article: str


def _shape(shape: str) -> str:
    return "".join(r"[^\W\d_]" if c in _ROOT else re.escape(c) for c in shape)


@lru_cache(maxsize=None)
def _words(lang: str) -> _Words:
    lex = load(lang)
    c = lex.counting
    broken = re.compile(re.escape(lex.article) + "(?:" + "|".join(map(_shape, c.broken_plurals)) + ")") \
        if c.broken_plurals else None
    return _Words(
        frozenset(c.nouns) | frozenset(lex.numbers.scales) | frozenset(lex.whole_nouns), tuple(c.endings),
        frozenset(c.adverbs), frozenset(c.heads), tuple(c.plural_endings), broken, lex.article,
    )


def noun_after(lang: str, word: str, shaped: bool = False) -> bool:
    """Whether ``word``, right after a number, is the noun the number counts."""
    w = _words(lang)
    word = _LETTERS.match(word).group()
    if not word or word in w.adverbs:
        return False
    if word in w.nouns:
        return True
    return shaped and len(word) >= 4 and word.endswith(w.endings) and not (w.article and word.startswith(w.article))


def definite(lang: str, word: str) -> bool:
    """Whether ``word`` carries the article, after any proclitic: والمتهمين, للدول."""
    return bool(_definite(word, _words(lang).article))


def plural_before(lang: str, word: str) -> bool:
    """Whether ``word``, right before a number, is a definite plural the number counts."""
    w = _words(lang)
    if not w.heads and not w.plural_endings:
        return False
    for stem in _definite(word, w.article):
        if stem in w.heads or stem.endswith(w.plural_endings) or w.broken and w.broken.fullmatch(stem):
            return True
    return False


def _definite(word: str, article: str) -> list[str]:
    """The word after its proclitics when it carries the article: والمتهمين, للدول."""
    if not article:
        return []
    return [s for s in arabic_stems(word) if s.startswith(article) and len(s) > len(article) + 1]
