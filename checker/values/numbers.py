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
from checker.values.lexicon import END, alt, load, word_start


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
    half_tail = rf"(?:\s+(?:ال)?{scale_re})?" if lang == "ar" else ""
    if lang == "ar":
        sep = rf"\s+(?:{re.escape(n.and_)}\s*)?"
        lead = ""
    else:
        sep = rf"(?:\s+|-)(?:{re.escape(n.and_)}\s+(?:an?\s+(?={alt(n.half, lang)}))?)?"  # "one and a half"
        lead = rf"(?:an?\s+(?={alt([*n.hundreds, *n.scales, *n.half], lang)}))?"
    item = rf"{word}{half_tail}{END}"
    phrase = re.compile(rf"{start}{lead}{item}(?:{sep}{item})*")
    return NumberGrammar(lang, words, phrase, scale_re, scales, frozenset(n.not_alone), n.and_)


def split_words(g: NumberGrammar, phrase: str) -> list[tuple[str, int, int]]:
    """The lexicon words of a matched phrase with their offsets in it.

    Joiners are dropped; an English article opens the span of the word it
    leads ("a dozen" is one mention, so a hedge before "a" reaches it); the
    "المليون" of "ونصف المليون" is read as the scale the fraction multiplies.
    """
    out: list[tuple[str, int, int]] = []
    article = None
    for m in re.finditer(r"[^\s\-]+", phrase):
        tok = m.group()
        if tok in ("a", "an"):
            article = m.start() if article is None else article
            continue
        if tok == g.joiner:
            continue
        if tok not in g.words and g.lang == "ar":
            if tok.startswith(g.joiner) and tok[1:] in g.words:
                tok = tok[1:]
            elif tok.startswith("ال") and tok[2:] in g.scales and out and g.words[out[-1][0]].kind in ("half", "fraction"):
                tok = tok[2:]
        out.append((tok, m.start() if article is None else article, m.end()))
        article = None
    return out


def evaluate(g: NumberGrammar, tokens: list[str]) -> tuple[float | None, int]:
    """Value of the longest grammatical prefix of ``tokens`` and how many it used.

    ``None`` when the prefix says no number ("آلاف" alone means "thousands of",
    a lone "one"/"واحد" is usually not a count).
    """
    total = 0.0
    cur = 0.0
    last_scale = 0.0
    prev = None  # kind of the previous additive token
    used = 0
    skip = False
    for i, tok in enumerate(tokens):
        if skip:
            skip = False
            continue
        w = g.words.get(tok)
        if w is None:
            break
        nxt = g.words.get(tokens[i + 1]) if i + 1 < len(tokens) else None
        if w.kind in ("unit", "ten"):
            if prev == w.kind and not (w.kind == "ten" and w.value == 10):
                break  # "ثلاثة أربعة": two numbers side by side
            cur += w.value
            prev = w.kind
        elif w.kind == "hundred":
            if w.value == 100 and 0 < cur < 10 and prev == "unit":
                cur *= 100
            elif cur and (cur >= 100 or prev is None):
                break
            else:
                cur += w.value
            prev = "hundred"
        elif w.kind == "scale":
            if last_scale and w.value >= last_scale and not cur:
                break  # "ألف مليون" read as two numbers
            if cur:
                total += cur * w.value
            elif w.plural:
                break
            else:
                single = w.or_single and i + 1 < len(tokens) and g.words.get(tokens[i + 1], w).kind == "half"
                total += (2 if w.dual and not single else 1) * w.value
            cur, last_scale, prev = 0.0, w.value, None
        elif (not cur and nxt is not None and nxt.kind == "scale" and not (nxt.dual or nxt.plural)
              and (not last_scale or nxt.value <= last_scale)):
            # "نصف مليون", "ربع مليار", "مليون ونصف (ال)مليون": the share of a scale
            share = w.value * nxt.value
            total += round(share) if nxt.value >= 1000 else share  # ثلث مليار, not 333333333.3
            last_scale, prev, skip = nxt.value, "half", True
            used += 1
        elif w.kind == "fraction":
            break  # "ربع" alone is a share, found by the quantity grammar
        else:  # half: "مليون ونصف", "three and a half"
            if cur:
                cur += 0.5
            elif last_scale:
                total += 0.5 * last_scale
            else:
                break
            prev = "half"
        used += 1
    value = total + cur
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


@lru_cache(maxsize=None)
def _definite_scale_re(lang: str) -> tuple[re.Pattern, tuple[str, ...]]:
    g = grammar(lang)
    single = [w for w, sc in g.scales.items() if not (sc.dual or sc.plural or sc.or_single)]
    return re.compile(rf"{word_start(lang)}ال(?P<sc>{alt(single, lang)}){END}"), tuple("ال" + w for w in single)


def definite_scales(text: str) -> list[tuple[int, int, float]]:
    """Arabic scale words with the article that count: a counted noun or a
    remainder follows («خلال الألف يوم الماضية», the past thousand days;
    «مواطني الدولة المليون و120 ألفا», its 1,120,000 citizens)."""
    g = grammar("ar")
    out = []
    pattern, written = _definite_scale_re("ar")
    if not any(w in text for w in written):
        return out
    for m in pattern.finditer(text):
        rest = text[m.end():m.end() + 40].split(maxsplit=1)
        if rest and (counting.noun_after("ar", rest[0]) or re.match(rf"\s+{g.joiner}\s*\d", text[m.end():m.end() + 40])):
            out.append((m.start(), m.end(), float(g.scales[m.group("sc")].value)))
    return out
