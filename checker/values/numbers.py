"""Number words to numbers, in Arabic and English, with one small grammar.

Arabic composes units before tens ("خمسة وعشرون"), glues teens without "و"
("ثلاثة عشر"), writes hundreds as one word or two ("ثلاثمئة", "ثلاث مئة"),
inflects thousands for case and number ("ألفان/ألفين/ألفي", "آلاف") and adds
"ونصف المليون". A fraction can also lead a scale ("نصف مليون", "ربع مليار"):
it multiplies the scale instead of standing as a share beside a lone
"مليون". English puts tens first and multiplies by "hundred" (and by a
"dozen", kept with the scales so "two dozen" is 24, not 2 + 12). Both
reduce to the same loop: add small parts, multiply by a hundred or a scale,
so a single evaluator serves both, driven by the lexicon's word classes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.values import counting
from checker.values.lexicon import load
from checker.values.trie import END, alt, any_of, word_start


_TOKEN = re.compile(r"[^\s\-]+")


@dataclass(frozen=True)
class Word:
    kind: str  # unit | ten | hundred | scale | half | fraction
    value: float
    dual: bool = False
    plural: bool = False
    or_single: bool = False


@dataclass(frozen=True)
class NumberGrammar:
    lang: str
    words: dict[str, Word]
    phrase: re.Pattern  # a run of number words joined by spaces, hyphens and "and"
    scale_re: str  # alternation of scale words, for "3 آلاف", "1.5 million"
    scales: dict[str, Word]
    not_alone: frozenset[str]
    joiner: str
    article: str  # "ونصف المليون": a scale with the article after a half is the half's


@lru_cache(maxsize=None)
def grammar(lang: str) -> NumberGrammar:
    lex = load(lang)
    n = lex.numbers
    words: dict[str, Word] = {}
    for w, v in {**n.units, **n.teen_units}.items():
        words[w] = Word("unit", v)
    for w, v in n.tens.items():
        words[w] = Word("ten", v)
    for w, v in n.hundreds.items():
        words[w] = Word("hundred", v)
    scales = {w: Word("scale", s.value, s.dual, s.plural, s.or_single) for w, s in n.scales.items()}
    words.update(scales)
    for w in n.half:
        words[w] = Word("half", 0.5)
    # Unambiguous shares may lead a scale ("ربع مليون"); the ambiguous ones
    # (خمس = five or a fifth) are read as cardinals before a scale.
    for w, v in lex.fractions.items():
        if w not in words and w not in lex.ambiguous_fractions and v < 1:
            words[w] = Word("fraction", v)
    # ك is no proclitic here: "كمية" (quantity) is not ك + مية (a hundred)
    start = word_start(lang).replace("[وفبلك]", "[وفبل]").replace("[بلك]", "[بل]")
    word = alt(words, lang)
    scale_re = alt(scales, lang)
    half_tail = rf"(?:\s+(?:{lex.article})?{scale_re})?" if lang == "ar" else ""
    if lang == "ar":
        sep = rf"\s+(?:{re.escape(n.and_)}\s*)?"
        lead = ""
    else:
        sep = rf"(?:\s+|-)(?:{re.escape(n.and_)}\s+(?:an?\s+(?={alt(n.half, lang)}))?)?"  # "one and a half"
        lead = rf"(?:an?\s+(?={alt([*n.hundreds, *n.scales, *n.half], lang)}))?"
    item = rf"{word}{half_tail}{END}"
    phrase = re.compile(rf"{start}{lead}{item}(?:{sep}{item})*")
    return NumberGrammar(lang, words, phrase, scale_re, scales, frozenset(n.not_alone), n.and_, lex.article)


def _glued(g: NumberGrammar, tok: str, prev: str | None) -> str:
    """An Arabic token as the lexicon word it carries: "وعشرون" after its و, the
    "المليون" of "ونصف المليون" as the scale the half multiplies."""
    if tok.startswith(g.joiner) and tok[len(g.joiner):] in g.words:
        return tok[len(g.joiner):]
    bare = tok[len(g.article):] if g.article and tok.startswith(g.article) else None
    if bare in g.scales and prev is not None and g.words[prev].kind in ("half", "fraction"):
        return bare
    return tok


def split_words(g: NumberGrammar, phrase: str) -> list[tuple[str, int, int]]:
    """The lexicon words of a matched phrase with their offsets in it.

    Joiners are dropped; an English article opens the span of the word it
    leads ("a dozen" is one mention, so a hedge before "a" reaches it); the
    "المليون" of "ونصف المليون" is read as the scale the fraction multiplies.
    """
    out: list[tuple[str, int, int]] = []
    article = None
    for m in _TOKEN.finditer(phrase):
        tok = m.group()
        if tok in ("a", "an"):
            article = m.start() if article is None else article
            continue
        if tok == g.joiner:
            continue
        if tok not in g.words and g.lang == "ar":
            tok = _glued(g, tok, out[-1][0] if out else None)
        out.append((tok, m.start() if article is None else article, m.end()))
        article = None
    return out


class _Sum:
    """A number being added up, word by word: the finished part, the part before
    the next scale, the last scale used and the kind of the last word added."""

    __slots__ = ("total", "cur", "last_scale", "prev")

    def __init__(self) -> None:
        self.total, self.cur, self.last_scale, self.prev = 0.0, 0.0, 0.0, None


def _small(g: NumberGrammar, acc: _Sum, w: Word, tokens: list[str], i: int) -> int:
    """A unit or a ten: added ("خمسة وعشرون", "twenty-five")."""
    if acc.prev == w.kind and not (w.kind == "ten" and w.value == 10):
        return 0  # "ثلاثة أربعة": two numbers side by side
    acc.cur += w.value
    acc.prev = w.kind
    return 1


def _hundred(g: NumberGrammar, acc: _Sum, w: Word, tokens: list[str], i: int) -> int:
    """"ثلاث مئة", "three hundred": a unit before "hundred" multiplies it; in English so do the
    numbers up to ninety-nine ("twenty-five hundred", "fifteen hundred": 2,500 and 1,500), where
    Arabic adds («عشرين ومئة»: 120)."""
    if w.value == 100 and (0 < acc.cur < 10 and acc.prev == "unit"
                           or g.lang == "en" and 10 < acc.cur < 100 and acc.prev in ("unit", "ten")):
        acc.cur *= 100
    elif acc.cur and (acc.cur >= 100 or acc.prev is None):
        return 0
    else:
        acc.cur += w.value
    acc.prev = "hundred"
    return 1


def _scale(g: NumberGrammar, acc: _Sum, w: Word, tokens: list[str], i: int) -> int:
    """"3 آلاف", "ألفان", "million": multiplies what comes before, or stands for one or two."""
    if acc.last_scale and w.value >= acc.last_scale and not acc.cur:
        return 0  # "ألف مليون" read as two numbers
    if acc.cur:
        acc.total += acc.cur * w.value
    elif w.plural:
        return 0  # "آلاف" alone: thousands of
    else:
        single = w.or_single and i + 1 < len(tokens) and g.words.get(tokens[i + 1], w).kind == "half"
        acc.total += (2 if w.dual and not single else 1) * w.value
    acc.cur, acc.last_scale, acc.prev = 0.0, w.value, None
    return 1


def _share(g: NumberGrammar, acc: _Sum, w: Word, tokens: list[str], i: int) -> int:
    """A half or a fraction: of the scale after it ("نصف مليون", "ربع مليار", "مليون
    ونصف المليون"), or a half added ("مليون ونصف", "three and a half")."""
    nxt = g.words.get(tokens[i + 1]) if i + 1 < len(tokens) else None
    if (not acc.cur and nxt is not None and nxt.kind == "scale" and not (nxt.dual or nxt.plural)
            and (not acc.last_scale or nxt.value <= acc.last_scale)):
        share = w.value * nxt.value
        acc.total += round(share) if nxt.value >= 1000 else share  # ثلث مليار, not 333333333.3
        acc.last_scale, acc.prev = nxt.value, "half"
        return 2
    if w.kind == "fraction":
        return 0  # "ربع" alone is a share, found by the quantity grammar
    if acc.cur:
        acc.cur += 0.5
    elif acc.last_scale:
        acc.total += 0.5 * acc.last_scale
    else:
        return 0
    acc.prev = "half"
    return 1


# What each kind of word does to the number being read; how many words it took (0: the number ends).
_STEPS = {"unit": _small, "ten": _small, "hundred": _hundred, "scale": _scale, "half": _share, "fraction": _share}


def evaluate(g: NumberGrammar, tokens: list[str]) -> tuple[float | None, int]:
    """Value of the longest grammatical prefix of ``tokens`` and how many it used.

    ``None`` when the prefix says no number ("آلاف" alone means "thousands of",
    a lone "one"/"واحد" is usually not a count).
    """
    acc = _Sum()
    used = 0
    while used < len(tokens):
        w = g.words.get(tokens[used])
        took = _STEPS[w.kind](g, acc, w, tokens, used) if w is not None else 0
        if not took:
            break
        used += took
    value = acc.total + acc.cur
    if used == 0 or value == 0:
        return None, used
    if used == 1 and tokens[0] in g.not_alone:
        return None, used
    return value, used


def phrase_value(g: NumberGrammar, phrase: str) -> float | None:
    """The value of a whole phrase of number words where the words around it
    already say a number stands (a ratio's part, an offset's count): a lone
    "one"/"واحد" is 1 there. None when some words are left unread."""
    words = [w for w, _, _ in split_words(g, phrase)]
    if len(words) == 1 and words[0] in g.not_alone:
        return 1.0
    value, used = evaluate(g, words)
    return value if used == len(words) else None


def year_in_words(lang: str, phrase: str) -> int | None:
    """A year written in number words after a word for year («عام ألفين وسبعة عشر», "the year two
    thousand and seventeen"): the whole phrase must read as one whole number of a calendar year."""
    value = phrase_value(grammar(lang), phrase)
    if value is None or not float(value).is_integer() or not 1800 <= value <= 2100:
        return None
    return int(value)


@lru_cache(maxsize=None)
def _definite_scale_re(lang: str) -> tuple[re.Pattern, re.Pattern]:
    g = grammar(lang)
    single = [w for w, sc in g.scales.items() if not (sc.dual or sc.plural or sc.or_single)]
    art = g.article
    return re.compile(rf"{word_start(lang)}{art}(?P<sc>{alt(single, lang)}){END}"), any_of(art + w for w in single)


def definite_scales(text: str) -> list[tuple[int, int, float]]:
    """Arabic scale words with the article that count: a counted noun or a
    remainder follows («خلال الألف يوم الماضية», the past thousand days;
    «مواطني الدولة المليون و120 ألفا», its 1,120,000 citizens)."""
    g = grammar("ar")
    out = []
    pattern, written = _definite_scale_re("ar")
    if not written.search(text):
        return out
    for m in pattern.finditer(text):
        rest = text[m.end():m.end() + 40].split(maxsplit=1)
        if rest and (counting.noun_after("ar", rest[0]) or re.match(rf"\s+{g.joiner}\s*\d", text[m.end():m.end() + 40])):
            out.append((m.start(), m.end(), float(g.scales[m.group("sc")].value)))
    return out
