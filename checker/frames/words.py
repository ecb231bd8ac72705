"""Words as vocabularies write them, matched against words as articles write them.

A vocabulary entry is one or more words in normalised spelling; a trailing
``*`` matches any ending ("withdr*"). Arabic words are compared through
every form ``checker.text.morphology.arabic_forms`` gives, so the bare noun
in a list matches it with a conjunction, a preposition, the article or a
pronoun suffix attached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from dataclasses import dataclass

from checker.text.morphology import arabic_dual_singulars, arabic_forms, arabic_stems, is_arabic
from checker.text.normalize import norm

_SPEC = re.compile(r"\w+\*?|\.\.\.")
MAX_GAP = 6  # words "..." may stand for: "war ... over" is "war against the Islamic State is over"


@dataclass(frozen=True)
class Spec:
    word: str
    star: bool

    @property
    def gap(self) -> bool:
        return self.word == "..."


_ACRONYM = re.compile(r"[A-Z]{2,6}")
ACRONYMS: set[str] = set()  # every acronym a vocabulary lists, lower-cased: the words worth checking


def acronym(written: str) -> str | None:
    """"IS", "ISIL": a word written in capitals, which a vocabulary may list as such ("IS" the
    group is not "is" the verb). The form it is matched by."""
    return "^" + written if _ACRONYM.fullmatch(written) else None


def parse_term(term: str) -> tuple[Spec, ...]:
    """'service members' → two specs; 'withdr*' → one prefix spec; 'IS' (capitals) an acronym,
    matched only where the article writes it in capitals. Empty for punctuation only."""
    if acronym(term):
        ACRONYMS.add(term.lower())
        return (Spec(acronym(term), False),)
    out = []
    for m in _SPEC.finditer(norm(term.replace("…", "...")).replace(" *", "*")):
        w = m.group()
        if w == "..." and (not out or out[-1].gap):
            continue  # a gap joins two words: none first, none twice
        out.append(Spec(w.rstrip("*"), w.endswith("*")))
    while out and out[-1].gap:
        out.pop()
    return tuple(out)


def match_end(specs: tuple[Spec, ...], forms: list[frozenset[str]], i: int) -> int | None:
    """Where a term starting at word i ends (exclusive), or None. A "..." between two words
    lets up to ``MAX_GAP`` others stand between them; the nearest fit is taken."""
    for k, spec in enumerate(specs):
        if spec.gap:
            rest = specs[k + 1:]
            for j in range(i, min(len(forms), i + MAX_GAP + 1)):
                end = match_end(rest, forms, j)
                if end is not None:
                    return end
            return None
        if i >= len(forms) or not spec_matches(spec, forms[i]):
            return None
        i += 1
    return i


@lru_cache(maxsize=32768)
def forms_of(word: str) -> frozenset[str]:
    """What a written word may stand for; an Arabic dual also stands for its singular
    («سدين» is two of سد), so vocabularies list the singular once. An English word also stands
    for its verb (``verb_key``), which a vocabulary's verb in -ed or -ing is matched by."""
    if is_arabic(word):
        return arabic_forms(word) | arabic_dual_singulars(word)
    key = verb_key(word)
    return frozenset((word, key)) if key else frozenset((word,))


_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=32768)
def verb_key(word: str) -> str | None:
    """"erupted", "erupts", "erupting" → "~erupt": the inflected forms of one English verb, so a
    rule that lists "erupted" finds "Fighting erupts" in a timeline. Only a vocabulary word in -ed
    or -ing is looked up by it (``inflected``): "forces" in a list of troops stays a noun, and
    "forced" does not count troops."""
    if len(word) < 4 or not word.isascii() or not word.isalpha():
        return None
    stem = word
    for suffix in ("ing", "ed", "es", "s"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3 and not (suffix == "s" and stem.endswith(("ss", "us", "is"))):
            stem = stem[: -len(suffix)]
            break
    else:
        return None  # a bare word is no inflection: "wound up" is no form of "wounded"
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS and stem[-1] not in "lsz":
        stem = stem[:-1]  # "stopped" → stop
    if len(stem) > 3 and stem.endswith("e"):
        stem = stem[:-1]  # "declared", "declares", "declare" → declar
    return "~" + stem


def inflected(specs: tuple[Spec, ...]) -> tuple[Spec, ...]:
    """A rule's English verb in -ed or -ing matched by every form of the verb (``verb_key``); a
    rule's Arabic word written with the article («الباكستانيين») matched with or without it, as
    the bare word is (a written word's forms hold it without its article)."""
    out = []
    for sp in specs:
        w = sp.word
        if not sp.star and not sp.gap and w.endswith(("ed", "ing")) and (key := verb_key(w)) is not None:
            sp = Spec(key, False)
        elif not sp.gap and w.startswith("ال") and len(w) > 4 and is_arabic(w) and w[2:] in arabic_stems(w):
            sp = Spec(w[2:], sp.star)
        out.append(sp)
    return tuple(out)


def past_forms(specs: tuple[Spec, ...]) -> list[tuple[Spec, ...]]:
    """A vocabulary's Arabic verb written in the plural past («قتلوا», «توفوا») also stands for the
    same verb's other past forms: the bare stem («قتل») and the feminine «قتلت» ("the floods killed").
    A plural in «وا» is a verb; other words are left as written (a noun has no such forms)."""
    if len(specs) != 1 or specs[0].star or not is_arabic(specs[0].word) or not specs[0].word.endswith("وا"):
        return []
    stem = specs[0].word[:-2]
    out = [(Spec(stem + "ت", False),)] if len(stem) >= 2 else []
    return out + ([(Spec(stem, False),)] if len(stem) >= 3 else [])


def spec_matches(spec: Spec, forms: frozenset[str]) -> bool:
    if spec.star:
        return any(f.startswith(spec.word) for f in forms)
    return spec.word in forms


class WordSet:
    """A list of single words (and prefixes) tested one written word at a time."""

    def __init__(self, words: Iterable[str], arabic: bool = False) -> None:
        self.exact: set[str] = set()
        self.prefixes: list[str] = []
        self.terms: list[tuple[Spec, ...]] = []
        for w in words:
            specs = parse_term(w)
            if len(specs) == 1:
                (self.prefixes.append(specs[0].word) if specs[0].star else self.exact.add(specs[0].word))
            elif specs:
                self.terms.append(specs)
        self.prefix_tuple = tuple(self.prefixes)
        self._memo: dict[frozenset[str], bool] = {}

    def __contains__(self, forms: frozenset[str]) -> bool:
        # Asked for the same few words in every sentence: answered once per word (bounded memo).
        got = self._memo.get(forms)
        if got is None:
            got = not self.exact.isdisjoint(forms) or (bool(self.prefix_tuple) and any(f.startswith(self.prefix_tuple) for f in forms))
            if len(self._memo) < 100_000:
                self._memo[forms] = got
        return got
