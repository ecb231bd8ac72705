"""Counts, shares and fractions, with the hedge the writer put around them.

A count is digits (any script, already folded to ASCII by the normaliser,
with thousands separators and decimals), digits with a scale word ("3 آلاف",
"1.5 million") or number words. A share is a count followed by a percent
word, stored as a decimal. A fraction word is kept apart from the cardinal
it resembles ("خمس السكان" a fifth, "خمس سنوات" five years; "a third" a
fraction, "the third" an ordinal) by what stands next to it. The hedge
("حوالي", "more than", "على الأقل") is looked for just before the number and,
for a few words, just after the counted noun. Two kinds come from next
door: ratios ("one in five", in ``ratios``) and the "الـ24" that counts
rather than ranks ("الساعات الـ24 الماضية", decided in ``ordinals``).
Vague counts ("dozens of", "عشرات") state no number and are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.values import digits as digit_forms
from checker.values import counting, noun_counts, numbers, ordinals, ratios
from checker.values.lexicon import END, alt, load, word_start


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
    result_hedges: frozenset[str]  # "لتصل إلى": after ل, the value a change reached, no hedge
    fraction_hints: tuple[str, ...]  # every fraction word: one must be in the text for a fraction

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
    num = digit_forms.number_re(lang, rf"{alt(lex.percent, lang)}|{ng.scale_re}")
    # "2 مليون ونصف (المليون)": the half of the scale the digits carry
    half = rf"(?P<half>\s+{re.escape(ng.joiner)}\s*{alt(lex.numbers.half, lang)}(?:\s+(?:ال)?{ng.scale_re})?)?" \
        if lang == "ar" and lex.numbers.half else ""
    # "$3 billion", "£400m": the sign is part of the amount, and only after a sign
    # is a bare "m" or "k" a scale ("400m" alone may be metres)
    cur = rf"(?P<cur>{alt(lex.currency_signs, lang)}\s?)?" if lex.currency_signs else ""
    cscale = rf"|(?(cur)(?P<cscale>{alt(lex.currency_scales, lang)}){END}|(?!))" if lex.currency_scales else ""
    glued = rf"|(?={alt(lex.glued_units, lang)}{END})" if lex.glued_units else ""  # "400mm"
    tail = (
        rf"{cur}(?P<po>\()?(?P<num>{num})(?(po)\))(?![\d]|[.,/:]\d)"
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
            rf"|(?P<art>ال)?(?P<fr>{fr_words})){END}"
        )
    else:
        fraction = re.compile(
            rf"{S}(?:(?P<fn>an?|{card}|\d+)[\s\-]+)?(?P<fr>{fr_words})"
            rf"(?:\s+(?:of\s+)?an?\s+(?P<fs>{ng.scale_re}))?{END}"
        )
    before = {w: m for m, ws in lex.hedges.before.items() for w in ws}
    after = {w: m for m, ws in lex.hedges.after.items() for w in ws}
    hedge_before = re.compile(rf"{S}(?P<h>{alt(before, lang)})\s+\Z")
    hedge_after = re.compile(rf"[\"'»”)]?\s+(?:[^\W\d_]+\s+)?(?P<h>{alt(after, lang)}){END}")  # '"2 %" تقريبا'

    percent = re.compile(rf"\s*(?P<p>{alt(lex.percent, lang)})(?![^\W_])")
    return QuantityGrammar(
        lang, digits, range_end, fraction, hedge_before, hedge_after, percent, before, after,
        lex.fractions, frozenset(lex.ambiguous_fractions), lex.fraction_plurals, frozenset(lex.id_words),
        tuple(lex.fraction_context.get("prefixes", [])), tuple(lex.fraction_context.get("suffixes", [])),
        lex.currency_scales, frozenset(lex.strict_id_words), frozenset(lex.whole_nouns),
        frozenset(lex.hedges.result_with_lam), tuple(set(lex.fractions) | set(lex.fraction_plurals)),
    )


@lru_cache(maxsize=None)
def _scale_after(lang: str) -> re.Pattern:
    return re.compile(rf"\s+(?P<scale>{numbers.grammar(lang).scale_re}){END}")


def _next_word(text: str, pos: int) -> str:
    rest = text[pos:pos + 40].split(maxsplit=1)
    return rest[0] if rest else ""


def _names(g: QuantityGrammar, id_word: str, nxt: str) -> bool:
    """"القرار 2254": a number after an id word names, unless a counted noun after it
    makes it a count ("صوت لصالح القانون 187 نائبا"); "رقم" names whatever follows."""
    return id_word in g.strict_ids or id_word[1:] in g.strict_ids or not counting.noun_after(g.lang, nxt, shaped=True)


_HYPHENED = re.compile(r"\d-\d")


def _digit_values(g: QuantityGrammar, ng, text: str) -> list[tuple[int, int, float]]:
    """Numbers written in digits, with the scale or currency scale they carry."""
    out: list[tuple[int, int, float]] = []
    matches = list(g.digits.finditer(text))
    if "-" in text and _HYPHENED.search(text):
        matches += [m for m in g.range_end.finditer(text) if digit_forms.range_end(text, m.start(), m.group("num"))]
    has_half, has_cscale = "half" in g.digits.groupindex, "cscale" in g.digits.groupindex
    for m in matches:
        before = text[max(0, m.start() - 25):m.start()].split()
        if before and (before[-1] in g.id_words or before[-1][1:] in g.id_words) and _names(
                g, before[-1], _next_word(text, m.end())):
            continue  # "القرار 2254", "Resolution 2254": a name, not a count
        v = digit_forms.value(m.group("num"))
        if m.group("scale"):
            v *= ng.scales[" ".join(m.group("scale").split())].value
            if has_half and m.group("half"):
                v *= 1 + 0.5 / digit_forms.value(m.group("num"))
        elif has_cscale and m.group("cscale"):
            v *= g.currency_scales[m.group("cscale")]
        elif "." in m.group("num") and digit_forms.groups_thousands(m.group("num"), _next_word(text, m.end()), g.whole_nouns):
            v = digit_forms.value(m.group("num").replace(".", ""))
        out.append((m.start(), m.end(), v))
    return out


def _raw(lang: str, text: str, counted=()) -> list[tuple[int, int, float]]:
    """Bare numbers before hedges and percent words: (start, end, value)."""
    g = grammar(lang)
    ng = numbers.grammar(lang)
    og = ordinals.grammar(lang)
    out = _digit_values(g, ng, text)
    for m in ng.phrase.finditer(text):
        words = numbers.split_words(ng, m.group())
        i = 0
        while i < len(words):
            toks = [w for w, _, _ in words[i:]]
            value, used = numbers.evaluate(ng, toks)
            used = max(used, 1)
            if value is None and used == 1 and toks[0] in ng.not_alone and \
                    g.hedge_before.search(text, max(0, m.start() + words[i][1] - 40), m.start() + words[i][1]):
                value = 1.0  # "at least one person": a hedge makes the lone "one" a count
            s, e = m.start() + words[i][1], m.start() + words[i + used - 1][2]
            if value is not None and not (
                used == 1 and toks[0] in g.ambiguous and g.fraction_before(_next_word(text, e))
            ):
                out.append((s, e, value))
            i += used
    for s, e, v in ordinals.counts(lang, text):  # "الساعات الـ24 الماضية", "الـ3 آلاف"
        sc = _scale_after(lang).match(text, e)
        if sc:
            v, e = v * ng.scales[" ".join(sc.group("scale").split())].value, sc.end()
        out.append((s, e, v))
    out.extend(ratios.find(lang, text))  # "one in five": a share
    if lang == "ar":
        out.extend(noun_counts.find(text))  # "وفاة شخصين", "مريض واحد": the noun says how many
        out.extend(numbers.definite_scales(text))  # "الألف يوم الماضية"
    out.extend(counted)  # "المتهمين الخمسة": before the fractions, so "الدول الخمس" is no fifth
    # (a substring test for the fraction words first: most sentences have none)
    for m in g.fraction.finditer(text) if any(w in text for w in g.fraction_hints) else ():
        nxt = _next_word(text, m.end())
        if lang == "ar":
            if m.group("fp"):
                n = m.group("fn")
                k = int(n) if n.isdigit() else numbers.evaluate(ng, [n])[0]
                if k:
                    out.append((m.start(), m.end(), k / g.plurals[m.group("fp")]))
                continue
            fr = m.group("fr")
            if fr in g.ambiguous and not g.fraction_before(nxt):
                continue
            if ordinals.ordinal_value(og, nxt):
                continue  # "الربع الأول", "النصف الثاني": a period, not a share
            s = m.start("fr") if not m.group("art") else m.start()
            out.append((s, m.end(), g.fractions[fr]))
        else:
            fr, n = m.group("fr"), m.group("fn")
            prev = text[max(0, m.start() - 20):m.start()].split()
            if n is None and prev and ordinals.ordinal_value(og, prev[-1]):
                continue  # "the first half of the season": a period, not a share
            if n is None:
                if fr in g.ambiguous:
                    continue
                k = 1.0
            elif n in ("a", "an"):
                k = 1.0
            elif n.isdigit():
                k = float(n)
            else:
                k = numbers.evaluate(ng, [n])[0] or 1.0
                if fr in ("half",) and n not in ("one",):
                    continue  # "two half" is not English; leave "two" to the cardinals
            v = k * g.fractions[fr]
            if m.group("fs"):
                v = round(v * ng.scales[m.group("fs")].value)  # two-thirds of a billion, whole
            out.append((m.start(), m.end(), v))
    return out


@lru_cache(maxsize=None)
def _joiner_gap(joiner: str) -> re.Pattern:
    return re.compile(rf"\s+{re.escape(joiner)}\s*")


def _last_word(span: str) -> str:
    """The letters that end a number's span: the scale of "11مليونا" or "(99) مليونا"."""
    m = re.search(r"[^\W\d_]+$", span)
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
            scale = ng.scales.get(last) or (ng.scales.get(last[2:]) if last.startswith("ال") else None)
            gap = text[pe:s]
            joined = _joiner_gap(ng.joiner).fullmatch(gap) or gap.isspace() and (
                text.startswith(ng.joiner, s)  # "آلاف وخمسمئة": the و opens the words
                or _last_word(text[s:e]) in ng.scales)  # "(99) مليونا (867) ألفا": statements drop the و
            if scale and joined and v < scale.value and v == int(v) and not g.percent.match(text, e):
                out[-1] = (ps, e, pv + v)
                continue
        out.append((s, e, v))
    return out


def _reached(g: QuantityGrammar, text: str, h: re.Match) -> bool:
    """"ارتفعت ... لتصل إلى 23%": with ل glued on, "تصل إلى" tells where a change
    ended (so that it reached), not a ceiling as in "غرامة تصل إلى"."""
    return h.start() > 0 and text[h.start() - 1] == "ل" and " ".join(h.group("h").split()) in g.result_hedges


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
    out = []
    for s, e, v in chosen:
        unit = mod = None
        p = g.percent.match(text, e)
        if p:
            v, unit, e = v / 100, "percent", p.end()
        h = g.hedge_before.search(text, max(0, s - 40), s)
        if h and _reached(g, text, h):
            h = None  # "لتصل إلى 23%": the level reached, stated exactly
        if h:
            mod, s = g.hedge_mod[" ".join(h.group("h").split())], h.start()
        else:
            a = g.hedge_after.match(text, e)
            if a and not blocked(a.start("h"), a.end()):
                mod, e = g.after_mod[" ".join(a.group("h").split())], a.end()
        out.append((s, e, v, mod, unit))
    digit_forms.share_ranges(text, out)
    return out
