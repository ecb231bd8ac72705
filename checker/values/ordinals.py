"""Ordinals: "الجولة الثالثة", "الحادية عشرة", "ثالث جولة", "الجولة الـ5", "the 4th round".

The lexicon lists only the parts (units, the forms a unit takes inside a
compound, teens, tens); every form from 1 to 99 is generated here, masculine
and feminine, so the YAML stays short and no compound is forgotten. Day
numbers in dates use the same table, restricted to 1-31, plus the words
that only ever name a day ("الفاتح من نوفمبر", the first of November).

A few singulars rank bare digits too ("في الدقيقة 56", "للمرة 19"): sports
and records write them for "الدقيقة الـ56".

"الـ24" is an ordinal after a singular noun ("الدورة الـ24") but a count
after a plural or before a counted noun ("الساعات الـ24 الماضية", "الـ24
ساعة الماضية": the past 24 hours); those are handed to the quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.values import counting
from checker.values.lexicon import load
from checker.values.trie import END, alt, word_start


@dataclass(frozen=True)
class OrdinalGrammar:
    definite: dict[str, int]  # الثالث, الحادية عشرة, twenty-first
    bare: dict[str, int]  # ثالث, أول: ordinal only before a noun (elative), and رابعا alone
    pattern: re.Pattern
    day_words: str  # alternation of definite forms 1-31, for dates
    day_only: dict[str, int]
    article_digits: re.Pattern | None  # الـ24 alone, to look for counts cheaply
    article_hint: re.Pattern  # ...and "ال" + digit with no word-start test: a fast first look
    followers: frozenset[str]  # "a third of": the share, not the rank
    hedged: re.Pattern  # "roughly a third": a hedge before the article makes it a share
    rank_digits: re.Pattern | None  # "الدقيقة 56": a ranking noun before bare digits
    rank_stems: re.Pattern  # the heads without their article before digits, to skip most sentences cheaply


def _table_ar(o, joiner: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    definite: dict[str, int] = {}
    bare: dict[str, int] = {}
    adverbial: dict[str, int] = {}
    inner: dict[int, list[str]] = {}
    for n, forms in o.units.items():
        for f in forms[:2]:
            definite[f] = n
        for f in forms[2:]:
            bare[f] = n
        if o.adverbial_suffix and len(forms) > 2:
            adverbial[forms[2] + o.adverbial_suffix] = n
        inner[n] = list(o.compound_units.get(n, forms[:2]))
    for u in range(1, 10):
        for uf in inner.get(u, []):
            for t in o.teen_words:
                definite[f"{uf} {t}"] = 10 + u
    for ten, forms in o.tens.items():
        for tf in forms:
            definite[tf] = ten
            for u in range(1, 10):
                for uf in inner.get(u, []):
                    definite[f"{uf} {joiner}{tf}"] = ten + u  # "الحادية والعشرون"
    return definite, bare, adverbial


def _table_en(o, tens_cardinals: dict[str, int]) -> dict[str, int]:
    definite = {f: n for n, forms in o.units.items() for f in forms}
    for ten, forms in o.tens.items():
        definite.update({f: ten for f in forms})
    for word, ten in tens_cardinals.items():
        if ten % 10 == 0 and ten >= 20:
            for u in range(1, 10):
                for f in o.units.get(u, []):
                    definite[f"{word}-{f}"] = ten + u
                    definite[f"{word} {f}"] = ten + u
    return definite


@lru_cache(maxsize=None)
def grammar(lang: str) -> OrdinalGrammar:
    lex = load(lang)
    o = lex.ordinals
    start = word_start(lang)
    if lang == "ar":
        definite, bare, adverbial = _table_ar(o, lex.numbers.and_)
        art = re.escape(o.article_digits)
        adv = rf"|(?P<adv>{alt(adverbial, lang)})" if adverbial else ""
        pat = (
            rf"{start}(?:(?P<def>{alt(definite, lang)})"
            rf"|(?P<bare>{alt(bare, lang)})(?=\s+[^\W\d_]){adv}"
            rf"|{art}\s?(?P<digits>\d{{1,3}})(?![\d]|[,.]\d))(?![^\W_])"  # "الـ10,000" is a count, not a rank
        )
        bare = {**bare, **adverbial}
    else:
        definite, bare = _table_en(o, lex.numbers.tens), {}
        pat = rf"{start}(?:(?P<def>{alt(definite, lang)})|(?P<digits>\d{{1,3}})(?:st|nd|rd|th)){END}"
    day_words = alt([w for w, n in definite.items() if n <= 31] + list(o.day_only), lang)
    hedges = [w for ws in lex.hedges.before.values() for w in ws]
    return OrdinalGrammar(
        definite, bare, re.compile(pat), day_words, o.day_only,
        re.compile(rf"{start}{re.escape(o.article_digits)}\s?(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:\.\d{{3}})+|\d+(?:[.,]\d+)?)(?![\d\w])")
        if o.article_digits else None,
        re.compile(rf"{re.escape(o.article_digits)}\s?\d"),
        frozenset(o.fraction_followers), re.compile(rf"{start}{alt(hedges, lang)}\s+\Z"),
        re.compile(rf"{start}{alt(o.rank_heads, lang)}\s+(?P<digits>\d{{1,3}})(?![\d\w]|[.,]\d)")
        if o.rank_heads else None,
        re.compile(rf"{alt([_bare(h, lex.article) for h in o.rank_heads], lang)}\s+\d" if o.rank_heads else "(?!)"),
    )


def _bare(word: str, article: str) -> str:
    return word[len(article):] if article and word.startswith(article) else word


def day_value(g: OrdinalGrammar, text: str) -> int | None:
    """The day of the month a date's day word names: an ordinal or "الفاتح"."""
    return g.day_only.get(" ".join(text.split())) or ordinal_value(g, text)


def _counted(lang: str, text: str, m: re.Match) -> bool:
    """Whether the "الـN" of ``m`` counts ("الساعات الـ24", "الـ24 ساعة") instead of ranking."""
    before = text[max(0, m.start() - 30):m.start()].split()
    after = text[m.end():m.end() + 30].split(maxsplit=1)
    return bool(before) and counting.plural_before(lang, before[-1]) or bool(after) and counting.noun_after(lang, after[0])


def counts(lang: str, text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of the "الـN" that count rather than rank."""
    g = grammar(lang)
    if g.article_digits is None or not g.article_hint.search(text):
        return []
    # a number past the ranks ("الـ2500", "الـ10,000") counts whatever follows it
    return [(m.start(), m.end(), _article_value(m.group("digits"))) for m in g.article_digits.finditer(text)
            if not m.group("digits").isdigit() or len(m.group("digits")) > 3 or _counted(lang, text, m)]


def _article_value(digits: str) -> float:
    """"10,000" and "10.000" group thousands; "1.5" and "1,5" are decimals."""
    if re.fullmatch(r"\d{1,3}(?:([,.])\d{3})+", digits):
        return float(re.sub(r"[,.]", "", digits))
    return float(digits.replace(",", "."))


def ordinal_value(g: OrdinalGrammar, text: str) -> int | None:
    """Value of an ordinal phrase in normalised text, e.g. a date's day word."""
    key = " ".join(text.split())
    if key in g.definite:
        return g.definite[key]
    key = key.replace("-", " ") if key.replace("-", " ") in g.definite else key
    return g.definite.get(key) or g.bare.get(key)


@lru_cache(maxsize=None)
def _fraction_lead(lang: str) -> re.Pattern:
    """A count or article right before a word: "a third", "two-thirds" are shares."""
    lex = load(lang)
    counts = [w for w, v in {**lex.numbers.units, **lex.numbers.tens}.items()]
    adjectives = rf"(?:\s+{alt(lex.fraction_adjectives, lang)})?" if lex.fraction_adjectives else ""  # "an estimated third"
    # (a hyphen joins only unspaced: "two-thirds"; "April 7, 2021 - Third round" is a dash)
    return re.compile(rf"(?:^|\s)(?:an?{adjectives}|{alt(counts, lang)}|\d+)(?:\s+|-)\Z")


def _ranks(g: OrdinalGrammar, text: str, lead: re.Match, end: int) -> bool:
    """"a third term", "a fifth straight meeting": an article, no hedge before it,
    and a noun or adjective after the word make it a rank, not a share."""
    if lead.group().split()[0] not in ("a", "an"):
        return False  # "one third", "two-thirds"
    nxt = re.match(r" ([^\W\d_]+)", text[end:end + 30])
    return bool(nxt) and nxt.group(1) not in g.followers and not g.hedged.search(text, max(0, lead.start() - 40), lead.start() + 1)


def _ranked_digits(lang: str, g: OrdinalGrammar, text: str) -> list[tuple[int, int, int]]:
    """"الدقيقة 56": the noun and the digits it ranks, unless a counted noun or a
    scale follows ("الجولة 3 أيام" counts days, "حضر المباراة 88 ألفا" people)."""
    if g.rank_digits is None or not g.rank_stems.search(text):
        return []
    out = []
    for m in g.rank_digits.finditer(text):
        nxt = text[m.end():m.end() + 30].split(maxsplit=1)
        if not (nxt and counting.noun_after(lang, nxt[0])):
            out.append((m.start(), m.end(), int(m.group("digits"))))
    return out


def find(lang: str, text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of every ordinal in normalised ``text``.

    A word that is also a fraction ("third", "fifth") is not an ordinal
    after a count or an article: "a third of Iraq" is a share.
    """
    g = grammar(lang)
    fractions = load(lang).fractions
    out = _ranked_digits(lang, g, text)
    for m in g.pattern.finditer(text):
        if m.group() in fractions:
            lead = _fraction_lead(lang).search(text, max(0, m.start() - 20), m.start())
            if lead and not _ranks(g, text, lead, m.end()):
                continue
        if m.group("digits"):
            if g.article_digits is not None and m.group().startswith(load(lang).ordinals.article_digits) \
                    and _counted(lang, text, m):
                continue  # "الساعات الـ24": a count, found by the quantities
            out.append((m.start(), m.end(), int(m.group("digits"))))
        else:
            v = ordinal_value(g, m.group())
            if v is not None:
                out.append((m.start(), m.end(), v))
    return out
