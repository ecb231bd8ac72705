"""Counts, shares and fractions, with the hedge the writer put around them.

A count is digits (any script, already folded to ASCII by the normaliser,
with thousands separators and decimals), digits with a scale word ("3 آلاف",
"1.5 million") or number words. A share is a count followed by a percent
word, stored as a decimal. A fraction word is kept apart from the cardinal
it resembles ("خمس السكان" a fifth, "خمس سنوات" five years; "a third" a
fraction, "the third" an ordinal) by what stands next to it (``fractions``).
The hedge ("حوالي", "more than", "على الأقل") is looked for just before the
number and, for a few words, just after the counted noun. Each family has
its reader, listed in ``readers``; some come from next door: ratios ("one
in five", ``ratios``), the "الـ24" that counts rather than ranks ("الساعات
الـ24 الماضية", ``ordinals.counts``, as ``counting`` decides), the counts a
noun carries (``noun_counts``). Vague counts ("dozens of", "عشرات") state
no number and are not read.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import Callable, Iterable

from checker.values import counting, fractions, noun_counts, numbers, ordinals, ratios
from checker.values import digits as digit_forms
from checker.values.quantity_grammar import QuantityGrammar, grammar, next_word
from checker.values.trie import END

Found = tuple[int, int, float]


@lru_cache(maxsize=None)
def _scale_after(lang: str) -> re.Pattern:
    return re.compile(rf"\s+(?P<scale>{numbers.grammar(lang).scale_re}){END}")


def _names(g: QuantityGrammar, id_word: str, nxt: str) -> bool:
    """"القرار 2254": a number after an id word names, unless a counted noun after it
    makes it a count ("صوت لصالح القانون 187 نائبا"); "رقم" names whatever follows."""
    return id_word in g.strict_ids or id_word[1:] in g.strict_ids or not counting.noun_after(g.lang, nxt, shaped=True)


_HYPHENED = re.compile(r"\d-\d")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")  # thousands set off by commas: a count, never a name
_LAST_WORD = re.compile(r"[^\W\d_]+$")


def _digit_value(g: QuantityGrammar, ng, text: str, m: re.Match) -> float:
    """The number a digits match says, with the scale or currency scale it carries."""
    num = m.group("num")
    v = digit_forms.value(num)
    if m.group("scale"):
        v *= ng.scales[" ".join(m.group("scale").split())].value
        if "half" in g.digits.groupindex and m.group("half"):
            v *= 1 + 0.5 / digit_forms.value(num)  # "2 مليون ونصف"
    elif "cscale" in g.digits.groupindex and m.group("cscale"):
        v *= g.currency_scales[m.group("cscale")]
    elif "." in num and digit_forms.groups_thousands(num, next_word(text, m.end()), g.whole_nouns):
        v = digit_forms.value(num.replace(".", ""))
    return v


def _digits(g: QuantityGrammar, text: str) -> list[Found]:
    """Numbers written in digits: "2,500", "3 آلاف", "$3 billion", the 9 of "5-9%"."""
    ng = numbers.grammar(g.lang)
    matches = list(g.digits.finditer(text))
    if "-" in text and _HYPHENED.search(text):
        matches += [m for m in g.range_end.finditer(text) if digit_forms.range_end(text, m.start(), m.group("num"))]
    out: list[Found] = []
    for m in matches:
        before = text[max(0, m.start() - 25):m.start()].split()
        if before and (before[-1] in g.id_words or before[-1][1:] in g.id_words) and _names(
                g, before[-1], next_word(text, m.end())) and not _GROUPED.fullmatch(m.group("num")):
            continue  # "القرار 2254", "Resolution 2254": a name, not a count ("now number 11,300" counts)
        out.append((m.start(), m.end(), _digit_value(g, ng, text, m)))
    return out


def _phrase(g: QuantityGrammar, ng, text: str, m: re.Match) -> list[Found]:
    """The numbers a run of number words says, longest first from the left."""
    words = numbers.split_words(ng, m.group())
    out: list[Found] = []
    before = text[max(0, m.start() - 20):m.start()].split()
    if before and before[-1] in g.vague_before:
        return out  # "several hundred", "a few thousand": no size is said
    i = 0
    while i < len(words):
        toks = [w for w, _, _ in words[i:]]
        value, used = numbers.evaluate(ng, toks)
        used = max(used, 1)
        s, e = m.start() + words[i][1], m.start() + words[i + used - 1][2]
        if value is None and used == 1 and toks[0] in ng.not_alone and g.hedge_before.search(text, max(0, s - 40), s):
            value = 1.0  # "at least one person": a hedge makes the lone "one" a count
        if value is not None and not (used == 1 and toks[0] in g.ambiguous and g.fraction_before(next_word(text, e))):
            out.append((s, e, value))  # ...and "خمس السكان" is a fifth (``fractions``)
        i += used
    return out


def _words(g: QuantityGrammar, text: str) -> list[Found]:
    """Number words: "ثلاثة آلاف", "twenty-five", "نصف مليون"."""
    ng = numbers.grammar(g.lang)
    return [found for m in ng.phrase.finditer(text) for found in _phrase(g, ng, text, m)]


def _article_digits(g: QuantityGrammar, text: str) -> list[Found]:
    """"الساعات الـ24 الماضية", "الـ3 آلاف": the "الـN" that counts (``ordinals.counts``)."""
    ng = numbers.grammar(g.lang)
    out: list[Found] = []
    for s, e, v in ordinals.counts(g.lang, text):
        sc = _scale_after(g.lang).match(text, e)
        if sc:
            v, e = v * ng.scales[" ".join(sc.group("scale").split())].value, sc.end()
        out.append((s, e, v))
    return out


Reader = Callable[[str], Iterable[Found]]


@lru_cache(maxsize=None)
def readers(lang: str) -> tuple[Reader | None, ...]:
    """One reader per family of quantity, each taking the normalised text. Where two
    read the same span, the first listed is kept: the cardinals the caller found after
    their noun (``adjectival``, the None) come before the fractions, so "الدول الخمس"
    is five states, not a fifth."""
    g = grammar(lang)
    table: list[Reader | None] = [
        partial(_digits, g),  # "2,500", "3 آلاف", "$3 billion"
        partial(_words, g),  # "ثلاثة آلاف", "twenty-five"
        partial(_article_digits, g),  # "الساعات الـ24 الماضية"
        partial(ratios.find, lang),  # "one in five", "1/4 of": a share
    ]
    if lang == "ar":
        table += [noun_counts.find,  # "وفاة شخصين", "مريض واحد": the noun says how many
                  numbers.definite_scales]  # "الألف يوم الماضية"
    return (*table, None, partial(fractions.find, g))


def _raw(lang: str, text: str, counted=()) -> list[Found]:
    """Bare numbers before hedges and percent words: (start, end, value)."""
    out: list[Found] = []
    for read in readers(lang):
        out.extend(counted if read is None else read(text))
    return out


@lru_cache(maxsize=None)
def _joiner_gap(joiner: str) -> re.Pattern:
    return re.compile(rf"\s+{re.escape(joiner)}\s*")


def _last_word(span: str) -> str:
    """The letters that end a number's span: the scale of "11مليونا" or "(99) مليونا"."""
    m = _LAST_WORD.search(span)
    return m.group() if m else ""


def _join_remainders(text: str, chosen: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """"88 ألفا و966", "مليون و200 ألف": a count smaller than the scale before it
    and joined to it by و is the rest of the same number, not a second count; so
    is a smaller scaled count right after it ("(99) مليونا (867) ألفا")."""
    ng, g = numbers.grammar("ar"), grammar("ar")
    out: list[tuple[int, int, float]] = []
    for s, e, v in chosen:
        if out:
            ps, pe, pv = out[-1]
            last = _last_word(text[ps:pe])
            scale = ng.scales.get(last) or (ng.scales.get(last[len(ng.article):]) if last.startswith(ng.article) else None)
            gap = text[pe:s]
            joined = _joiner_gap(ng.joiner).fullmatch(gap) or gap.isspace() and (
                text.startswith(ng.joiner, s)  # "آلاف وخمسمئة": the و opens the words
                or _last_word(text[s:e]) in ng.scales)  # "(99) مليونا (867) ألفا": statements drop the و
            if scale and joined and v < scale.value and v == int(v) and not g.percent.match(text, e):
                out[-1] = (ps, e, pv + v)
                continue
        out.append((s, e, v))
    return out


def _join_decimals(g: QuantityGrammar, text: str, chosen: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """"7 point 8", «سبعة فاصل ثمانية», «سبع درجات فاصل سبعة»: a whole number and the digits after a
    decimal mark said as a word are one number (7.8, 7.7), not two counts. The digits after it are
    few ("at one point 45,000 troops" is no decimal), and "one point" alone is the idiom."""
    out: list[tuple[int, int, float]] = []
    for s, e, v in chosen:
        if out:
            ps, pe, pv = out[-1]
            written = text[s:e] if text[s:e].isdigit() else str(int(v)) if v == int(v) else ""
            if (pv == int(pv) and v == int(v) and 0 <= v < 100 and written and len(written) <= 2
                    and g.decimal_point.fullmatch(text, pe, s) and text[ps:pe].strip().lower() != "one"):
                out[-1] = (ps, e, pv + int(written) / 10 ** len(written))
                continue
        out.append((s, e, v))
    return out


def _hedge(g: QuantityGrammar, text: str, s: int, e: int, blocked) -> tuple[str | None, int, int]:
    """(mod, start, end): the hedge just before the number ("حوالي", "more than") or
    just after its noun ("تقريبا", "or more"), taken into the span."""
    h = g.hedge_before.search(text, max(0, s - 40), s)
    # "ارتفعت ... لتصل إلى 23%": with ل glued on, the level a change reached, stated exactly
    if h and " ".join(text[max(0, h.start() - 1):h.end()].split()) not in g.reached:
        return g.hedge_mod[" ".join(h.group("h").split())], h.start(), e
    a = g.hedge_after.match(text, e)
    if a and not blocked(a.start("h"), a.end()):
        return g.after_mod[" ".join(a.group("h").split())], s, a.end()
    return None, s, e


def find(lang: str, text: str, blocked, counted=()) -> list[tuple[int, int, float, str | None, str | None]]:
    """(start, end, value, mod, unit) of every quantity outside the ``blocked`` spans.

    ``counted`` are the cardinals found after their noun (``adjectival``), which
    the caller has already looked for to keep them from the ordinals.
    """
    g = grammar(lang)
    raw = [r for r in _raw(lang, text, counted) if not blocked(r[0], r[1])]
    raw.sort(key=lambda r: (r[0] - r[1], r[0]))
    chosen: list[tuple[int, int, float]] = []
    for r in raw:
        if all(r[1] <= c[0] or r[0] >= c[1] for c in chosen):
            chosen.append(r)
    chosen.sort()
    if lang == "ar":
        chosen = _join_remainders(text, chosen)
    if g.decimal_point is not None:
        chosen = _join_decimals(g, text, chosen)
    out = []
    for s, e, v in chosen:
        unit = None
        p = g.percent.match(text, e)
        if p:
            v, unit, e = v / 100, "percent", p.end()
        mod, s, e = _hedge(g, text, s, e, blocked)
        out.append((s, e, v, mod, unit))
    digit_forms.share_ranges(text, out)
    digit_forms.share_scales(lang, text, out)
    return out
