"""Finding date expressions: a handful of patterns built from the lexicon.

Each pattern is anchored on one thing a date hangs from (a month name, a
calendar unit with a relative word, a year, a weekday, a deictic word, an
offset, a numeric date) and takes the optional parts around it (a day, a
part of the period, a paired month name, a year, a relative word). Patterns
run over normalised text; the longest match wins where they overlap. What a
match says is read by its rule's steps (``date_readers``), and what that
means is decided in ``resolve``, against the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.values import date_patterns, numbers
from checker.values.date_readers import STEPS, Reading
from checker.values.fields import Fields
from checker.values.lexicon import load
from checker.values.trie import spelt


_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DateGrammar:
    lang: str
    rules: tuple[tuple[str, re.Pattern, re.Pattern, bool], ...]  # name, pattern, anchor, anchored on a digit
    maps: dict


@lru_cache(maxsize=None)
def grammar(lang: str) -> DateGrammar:
    lex = load(lang)
    rules, anchors = date_patterns.patterns(lang)
    compiled = tuple((name, re.compile(p), re.compile(anchors[name]), anchors[name].startswith(r"\d"))
                     for name, p in rules)
    maps = {
        "months": lex.months, "hijri": lex.hijri_months, "weekdays": lex.weekdays,
        "rel": {w: d for k, d in (("past", -1), ("current", 0), ("future", 1)) for w in lex.relative[k]},
        "parts": {w: m for m, ws in (*lex.parts.items(), *lex.parts_after.items()) for w in ws},
        "seasons": {w: s for s, ws in lex.seasons.items() for w in ws},
        "units": {w: u for u, ws in lex.units.items() for w in ws},
        "offset_units": lex.offset_units, "deictic": lex.deictic, "offset_anchors": lex.offset_anchors,
        "ambiguous": frozenset(lex.ambiguous_months), "half_words": frozenset(lex.half_words),
        "blockers": frozenset(lex.today_blockers),
        "before": frozenset(lex.offset_before), "last": frozenset(lex.last_words),
        "strict_q": frozenset(lex.strict_quarter_words), "qualifiers": frozenset(lex.year_qualifiers),
        "teens": frozenset(lex.numbers.ten_words), "of": frozenset(lex.of_words), "today": frozenset(lex.today_word),
    }
    return DateGrammar(lang, compiled, maps)


def _fields(g: DateGrammar, name: str, m: re.Match, text: str, source: str, offset_of) -> Fields | None:
    """The fields of one match, read by its rule's steps; None when a step rejects it."""
    groups = m.groupdict()
    words: dict[str, str] = {}
    for k, raw in groups.items():
        if raw is not None:
            w = " ".join(raw.split())
            # "للعام": ل + العام, looked up as the lexicon spells it
            words[k] = spelt(g.lang, text, m.start(k), w) if w[:1] == "ل" else w
    if words.get("wyear"):  # a year in number words reads as the digits would
        year = numbers.year_in_words(g.lang, words["wyear"])
        if year is None:
            return None
        groups = {**groups, "year": str(year)}
        words["year"] = str(year)
    r = Reading(g.lang, g.maps, m, text, source, offset_of, groups, words)
    f = Fields(kind=name)
    for step in STEPS[name]:
        if not step(r, f):
            return None
    return f


def find(lang: str, text: str, source: str, offset_of) -> list[tuple[int, int, Fields]]:
    """Non-overlapping date matches in normalised ``text``, longest first.

    A match is read (``_fields``, which may still reject it) only when no
    longer match already kept overlaps it: the choice is the same as reading
    every match first, and the year inside "April 7, 2021" is not read twice.
    """
    g = grammar(lang)
    found = []
    digits = _DIGIT.search(text) is not None  # most rules in digits need one; many sentences have none
    for name, pat, anchor, on_digit in g.rules:
        if on_digit and not digits or anchor.search(text) is None:
            continue
        for m in pat.finditer(text):
            found.append((m.start(), m.end(), name, m))
    found.sort(key=lambda t: (t[0] - t[1], t[0]))
    taken: list[tuple[int, int, Fields]] = []
    for s, e, name, m in found:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            f = _fields(g, name, m, text, source, offset_of)
            if f is not None:
                taken.append((s, e, f))
    taken.sort(key=lambda t: t[0])
    return taken
