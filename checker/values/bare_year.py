"""Whether a four-digit number with nothing else around it is a year.

A bare number is a count unless its neighbours say otherwise. Two kinds of
neighbour do: a preposition or year word before it ("في 2019", "منذ
2014", "in 2019"), and, in Arabic, a noun in construct before it, naming
an event or plan by its year ("اقتراع 2019", "رؤية 2030", "موازنة 2024").
The construct reading needs an indefinite noun before the number (a
definite one, "الضحايا 2050", is a subject and the number its count) that
is not a counting word ("بلغ", "عدد", "نحو"), and no counted noun after
it: in Arabic a count of 2019 precedes its noun ("2019 جنديا"), a year
does not, so an indefinite word after the number makes it a count. That
last test is waived when the word before is surely a noun (it ends in ة or
ات: "انتخابات 2016 منعطفا"), since only a verb ("أصيب 2019 شخصا") would
leave the number to count what follows.

English news groups the thousands of a count with a comma ("2,011
troops"), so four plain digits from 1900 to 2100 are a year wherever they
stand ("the 2011 withdrawal", "a 2011 uprising", "World Cup 2022", "the
current year, 2023"), unless a hedge, a currency sign, a decimal, a scale or
a percent makes them an amount ("about 2000", "$2000", "2000 percent"), or a
noun counted only in wholes follows them with no determiner before ("killed
2012 people"; but "the 2011 floods").
Two years joined by a hyphen are a span of years ("the 1975-1990 war").
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.values.counting import noun_after
from checker.values.lexicon import load
from checker.values.trie import alt

_PREV = re.compile(r"(?<![^\W_])([^\W\d_]+)\s+\Z")
_NEXT = re.compile(r"\s*([^\W\d_]+)")
_LISTED = re.compile(r"(?:^|\s)\d{4}\s+(?:و|-)\s*\Z")
_SPAN_START = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d-\Z")  # "1975-" before "1990"
_SPAN_END = re.compile(r"-(?:1[89]|20)\d\d(?![\d,.])")  # "-1990" after "1975"


@lru_cache(maxsize=None)
def _amount(lang: str) -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    """What makes four plain English digits an amount: before them, a hedge or a
    currency sign (the last words these end with, to test cheaply first); after
    them, a decimal, a scale or a percent word."""
    lex = load(lang)
    hedges = [w for ws in lex.hedges.before.values() for w in ws]
    lasts = frozenset(h.split()[-1] for h in hedges) | frozenset(lex.currency_signs)
    before = re.compile(rf"(?:(?<![^\W_]){alt(hedges, lang)}\s+|{alt(lex.currency_signs, lang)}\s?)\Z")
    after = re.compile(rf"[.,]\d|\s*{alt(list(lex.numbers.scales) + lex.percent, lang)}(?![^\W_])")
    return lasts, before, after


def _english_year(text: str, start: int, end: int, year: int) -> bool:
    if not 1900 <= year <= 2100:
        return False
    lasts, before, after = _amount("en")
    if after.match(text, end):
        return False
    last = text[max(0, start - 30):start].split()[-1:]
    if _counts_people(text, end, last):
        return False
    signed = last and any(last[0].endswith(c) for c in lasts if not c.isalpha())
    return not ((last and last[0] in lasts or signed) and before.search(text, max(0, start - 30), start))


@lru_cache(maxsize=None)
def _english_determiners() -> frozenset[str]:
    return frozenset(load("en").past_verb.get("determiners", []))


def _counts_people(text: str, end: int, last: list[str]) -> bool:
    """"killed 2012 people", "left 1987 homeless": a noun the number counts (``counting.noun_after``)
    right after it, with no determiner before it ("the 2011 uprising", "its 2022 floods"), makes it a count."""
    nxt = _NEXT.match(text, end, end + 30)
    if not nxt or text[end:nxt.start(1)].strip():
        return False
    prev = last[0].lower() if last else ""
    return noun_after("en", nxt.group(1).lower()) and prev not in _english_determiners() and not prev.endswith("'s")


@lru_cache(maxsize=None)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    lex = load(lang)
    hedges = {w for ws in lex.hedges.before.values() for p in ws for w in p.split()}
    blockers = frozenset(lex.year_construct_blockers) | hedges | set(lex.id_words)
    return (frozenset(lex.year_preps), blockers, frozenset(lex.year_construct_next),
            frozenset(lex.numbers.scales) | frozenset(lex.numbers.units))


def _marked(text: str, before: str, end: int, preps: frozenset[str]) -> bool:
    """A preposition or year word before the number, or a span or list of years
    around it: "في 2019", "بين عامي 1980 و1988", "the 1975-1990 war"."""
    words = before.split()
    prev = words[-1] if words else ""
    return prev in preps or prev[1:] in preps or bool(_LISTED.search(before) or _SPAN_START.search(before)
                                                      or _SPAN_END.match(text, end))


def _construct_noun(lang: str, noun: str, bare: str) -> bool:
    """Whether the word before the number (``bare`` without its proclitic) is an
    indefinite noun that may name a year in construct ("رؤية 2030"): not definite
    (a subject, the number its count), not a counting word, a hedge or a number."""
    _preps, blockers, _next_ok, number_words = _words(lang)
    art = load(lang).article
    if noun.startswith(art) or bare.startswith(art) or noun.startswith("لل") or len(bare) < 3:  # لل: ل + ال
        return False
    return not (noun in blockers or bare in blockers or noun in number_words or bare in number_words)


def _counted_next(lang: str, text: str, end: int) -> bool:
    """"2019 جنديا": an indefinite word right after the number is the noun it counts,
    unless it may follow a year (a particle) or opens a listed item ("2022 وموازنة")."""
    nxt = _NEXT.match(text, end, end + 30)
    if not (nxt and text[end:nxt.start(1)].strip() == ""):
        return False
    w, lex = nxt.group(1), load(lang)
    art, joiner = lex.article, lex.numbers.and_
    if w in lex.of_words:  # «وجود 2000 من القوات الأميركية»: some of a definite whole, a count
        whole = _NEXT.match(text, nxt.end(1), nxt.end(1) + 30)
        return bool(whole) and whole.group(1).startswith(art) and len(whole.group(1)) > len(art) + 2
    rest = w[len(joiner):] if w.startswith(joiner) else None
    listed = rest is not None and (rest.startswith(art) or len(w) > 4 and not w.endswith(tuple(lex.counting.endings)))
    return not w.startswith(art) and w not in _words(lang)[2] and not listed


def is_year(lang: str, text: str, start: int, end: int, year: int) -> bool:
    before = text[max(0, start - 40):start]
    if _marked(text, before, end, _words(lang)[0]):
        return 1800 <= year <= 2100
    if lang == "en":
        return _english_year(text, start, end, year)
    m = _PREV.search(before) if 1900 <= year <= 2100 else None
    if m is None:
        return False
    noun = m.group(1)
    bare = noun[1:] if noun[:1] in "وفبل" and len(noun) > 3 else noun
    if not _construct_noun(lang, noun, bare):
        return False
    # ة or ات: a noun for certain ("انتخابات 2016 منعطفا"), not a verb before its count; but a verbal
    # noun in ة takes the people it happens to as a count: «وفاة 2012 شخصا», «أودى بحياة 2012 شخصا»
    if bare.endswith("ات"):
        return True
    if bare.endswith("ه"):
        nxt = _NEXT.match(text, end, end + 30)
        return not (nxt and not text[end:nxt.start(1)].strip() and noun_after(lang, nxt.group(1), shaped=True))
    return not _counted_next(lang, text, end)
