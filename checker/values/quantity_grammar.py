"""The quantity grammar of one language, built from its lexicon: the patterns
for digits (with scales, currency signs and the end of a range), fraction
words, percent words and hedges, and the word lists the readers consult.

Kept apart from ``quantities`` (which reads what the patterns find) and
``fractions`` so that both read one grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.values import digits as digit_forms
from checker.values import numbers
from checker.values.lexicon import load
from checker.values.trie import END, alt, any_of, word_start


@dataclass(frozen=True)
class QuantityGrammar:
    lang: str
    digits: re.Pattern
    range_end: re.Pattern
    fraction: re.Pattern
    hedge_before: re.Pattern
    hedge_after: re.Pattern
    percent: re.Pattern
    hedge_mod: dict[str, str]
    after_mod: dict[str, str]
    fractions: dict[str, float]
    ambiguous: frozenset[str]
    plurals: dict[str, int]
    id_words: frozenset[str]
    context_pre: tuple[str, ...]
    context_suf: tuple[str, ...]
    currency_scales: dict[str, int]
    strict_ids: frozenset[str]  # رقم: always a name, whatever follows
    whole_nouns: frozenset[str]  # "821.792 حاجا": counted in wholes, so the dot groups thousands
    reached: frozenset[str]  # "لتصل إلى": a hedge with a proclitic, the value a change reached
    fraction_hints: re.Pattern  # every fraction word: one must be in the text for a fraction
    vague_before: frozenset[str] = frozenset()  # "several hundred": a number of no stated size
    fraction_adjectives: frozenset[str] = frozenset()  # "an estimated quarter"
    decimal_point: re.Pattern | None = None  # the gap of "7 point 8", «سبع درجات فاصل سبعة»

    def fraction_before(self, word: str) -> bool:
        """Whether an ambiguous word (خمس) is a share given the word after it."""
        return bool(word) and (word.startswith(self.context_pre) or word.endswith(self.context_suf))


@lru_cache(maxsize=None)
def grammar(lang: str) -> QuantityGrammar:
    lex = load(lang)
    ng = numbers.grammar(lang)
    S = word_start(lang)
    if lang == "ar":
        lead = r"(?:(?<![\w.,/:\-])|(?<=(?<![^\W_])[وفبلك]))"
    else:
        lead = r"(?<![\w.,/:\-])"
    decimal_next = alt(lex.percent + lex.decimal_units, lang)
    num = digit_forms.number_re(lang, rf"{decimal_next}|{ng.scale_re}")
    # "2 مليون ونصف (المليون)": the half of the scale the digits carry
    half = rf"(?P<half>\s+{re.escape(ng.joiner)}\s*{alt(lex.numbers.half, lang)}(?:\s+(?:{lex.article})?{ng.scale_re})?)?" \
        if lang == "ar" and lex.numbers.half else ""
    # («بلغ "۱۴۴" ألف جندي»: a number in quote marks before its scale, as some agencies write it)
    # "$3 billion", "£400m": the sign is part of the amount, and only after a sign
    # is a bare "m" or "k" a scale ("400m" alone may be metres)
    cur = rf"(?P<cur>{alt(lex.currency_signs, lang)}\s?)?" if lex.currency_signs else ""
    cscale = rf"|(?(cur)(?P<cscale>{alt(lex.currency_scales, lang)}){END}|(?!))" if lex.currency_scales else ""
    glued = rf"|(?={alt(lex.glued_units, lang)}{END})" if lex.glued_units else ""  # "400mm"
    tail = (
        rf"{cur}(?P<po>\()?(?P<pq>\")?(?P<num>{num})(?(pq)\"(?=\s*(?:{ng.scale_re})))(?(po)\))(?![\d]|[.,/:]\d)"
        rf"(?:\s*(?P<scale>{ng.scale_re}){half}{END}{cscale}{glued}|(?![^\W\d_]))"
    )
    digits = re.compile(lead + tail)
    # "5-9%": the end of a range, after a hyphen; a pattern of its own, tried only
    # where a digit-hyphen-digit occurs (checked in digits.range_end)
    range_end = re.compile(r"(?<=\d-)" + tail)
    fr_words = alt(lex.fractions, lang)
    card = alt([w for w, x in ng.words.items() if x.kind in ("unit", "ten")], lang)
    if lang == "ar":
        fraction = re.compile(
            rf"{S}(?:(?P<fn>{card}|\d+)\s+(?P<fp>{alt(lex.fraction_plurals, lang)})"
            rf"|(?P<art>{lex.article})?(?P<fr>{fr_words})){END}"
        )
    else:
        fraction = re.compile(
            rf"{S}(?:(?P<fn>an?|{card}|\d+)[\s\-]+)?(?P<fr>{fr_words})"
            rf"(?:\s+(?:of\s+)?an?\s+(?P<fs>{ng.scale_re}))?{END}"
        )
    before = {w: m for m, ws in lex.hedges.before.items() for w in ws}
    after = {w: m for m, ws in lex.hedges.after.items() for w in ws}
    # «تقدر بثلث», «تقدر بـ2500»: a hedge ending in the preposition ب may have it glued to the number
    hedge_before = re.compile(rf"{S}(?P<h>{alt(before, lang)})(?:\s+|(?<=\sب))\Z")
    # '"2 %" تقريبا'; not «3958 قتيلا وأكثر من 9 آلاف», where "more than" opens the next number
    hedge_after = re.compile(rf"[\"'»”)]?\s+(?:[^\W\d_]+\s+)?(?P<h>{alt(after, lang)}){END}(?!\s+(?:من|than){END})")

    percent = re.compile(rf"\s*(?P<p>{alt(lex.percent, lang)})(?![^\W_])")
    return QuantityGrammar(
        lang, digits, range_end, fraction, hedge_before, hedge_after, percent, before, after,
        lex.fractions, frozenset(lex.ambiguous_fractions), lex.fraction_plurals, frozenset(lex.id_words),
        tuple(lex.fraction_context.get("prefixes", [])), tuple(lex.fraction_context.get("suffixes", [])),
        lex.currency_scales, frozenset(lex.strict_id_words), frozenset(lex.whole_nouns),
        frozenset(lex.hedges.reached), any_of([*lex.fractions, *lex.fraction_plurals]), frozenset(lex.vague_before),
        frozenset(lex.fraction_adjectives),
        re.compile(rf"\s+(?:{alt(lex.decimal_units, lang)}\s+)?(?:{alt(lex.decimal_points, lang)})\s+")
        if lex.decimal_points and lex.decimal_units else
        re.compile(rf"\s+(?:{alt(lex.decimal_points, lang)})\s+") if lex.decimal_points else None,
    )


def next_word(text: str, pos: int) -> str:
    rest = text[pos:pos + 40].split(maxsplit=1)
    return rest[0] if rest else ""
