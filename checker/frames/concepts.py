"""Shared vocabularies: a concept written once, in Arabic and English, used by every rule as ``@name``.

A concept is either a list of terms per language (``troops``: soldiers,
«جنود», ...) or a set of canonical names with their spellings
(``countries``: Iraq ← العراق, iraqi, ...). Rules refer to them as
``@troops``; a rule may define concepts of its own under ``concepts:``, which
take precedence over the shared ones of the same name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.frames.language import WORDS_LOADER
from checker.frames.words import MAX_GAP, Spec, forms_of, inflected, match_end, parse_term, past_forms, spec_matches

_DIR = Path(__file__).resolve().parent / "concepts"


class Concept(BaseModel):
    """One concept: terms per language, or canonical names with their spellings."""

    model_config = ConfigDict(extra="forbid")

    description: str = ""
    en: list[str] = Field(default_factory=list, description="English terms, normalised words; word* is a prefix.")
    ar: list[str] = Field(default_factory=list, description="Arabic terms, bare (clitics and suffixes are handled).")
    names: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Canonical name → spellings in any language; a claim's key or value is the canonical name.",
    )
    intransitive: bool = Field(
        False, description="Its verbs take no object (collapse, burst): in English, such a participle right before a "
        "noun describes the noun (\"collapsed apartment blocks\") and dates no event.")


class ConceptError(ValueError):
    pass


@lru_cache(maxsize=1)
def shared_concepts() -> dict[str, Concept]:
    """Every concept in ``concepts/*.yaml``; a malformed file or a name defined twice fails loudly."""
    out: dict[str, Concept] = {}
    where: dict[str, str] = {}
    for path in sorted(_DIR.glob("*.yaml")):
        try:
            # BaseLoader: every term stays a string ("no", "on" are words here, not booleans).
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=WORDS_LOADER) or {}  # noqa: S506
            for name, body in raw.items():
                if name in out:
                    raise ConceptError(f"{path.name}: concept {name!r} is already defined in {where[name]}")
                out[name], where[name] = Concept.model_validate(body), path.name
        except (yaml.YAMLError, ValidationError, AttributeError) as exc:
            raise ConceptError(f"{path}: {exc}") from None
    return out


@dataclass(frozen=True)
class Term:
    specs: tuple[Spec, ...]
    source: str  # "@troops" or the literal word, for explanations
    canonical: str | None = None  # for names
    gapped: bool = field(init=False, default=False)  # "war ... over": matched by ``match_end``
    second: str | None = field(init=False, default=None)  # the second word, when it is a whole word

    def __post_init__(self) -> None:
        object.__setattr__(self, "gapped", any(s.gap for s in self.specs))
        if len(self.specs) > 1 and not self.specs[1].star and not self.specs[1].gap:
            object.__setattr__(self, "second", self.specs[1].word)


@dataclass
class Hit:
    source: str
    start: int  # token indexes, end exclusive
    end: int
    canonical: str | None = None


@dataclass
class Vocabulary:
    """Terms compiled for lookup by their first word."""

    by_word: dict[str, list[Term]] = field(default_factory=dict)
    by_prefix: list[Term] = field(default_factory=list)
    refs: tuple[str, ...] = ()

    def add(self, term: Term) -> None:
        first = term.specs[0]
        if first.star:
            self.by_prefix.append(term)
        else:
            self.by_word.setdefault(first.word, []).append(term)

    def freeze(self) -> "Vocabulary":
        """Index for lookups: the first-word prefixes as one tuple, for a quick test per word."""
        self.prefix_tuple = tuple(t.specs[0].word for t in self.by_prefix)
        # every term one word: holding a first word or prefix is holding a term
        self.single_words = all(len(t.specs) == 1 for ts in self.by_word.values() for t in ts) and all(
            len(t.specs) == 1 for t in self.by_prefix)
        return self

    def first_words(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """The literal first words and first-word prefixes: what a sentence must contain to hold a hit."""
        return frozenset(self.by_word), tuple(t.specs[0].word for t in self.by_prefix)

    def gate_words(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """One word every term needs, per term: a sentence without any of them holds no hit. Of a
        term's words the longest whole word is taken ("the Islamic State" by "islamic"): a term's
        first word is often "the" or «في», which every sentence holds, and a gate that every
        sentence passes spares nothing."""
        words, prefixes = set(), []
        for t in (*(t for ts in self.by_word.values() for t in ts), *self.by_prefix):
            spec = max((s for s in t.specs if not s.gap), key=lambda s: (not s.star, len(s.word)))
            (prefixes.append(spec.word) if spec.star else words.add(spec.word))
        return frozenset(words), tuple(dict.fromkeys(prefixes))

    def starting(self, forms: frozenset[str]) -> list[Term]:
        """The terms whose first word a written word (by its forms) may be."""
        by_word, prefixes = self.by_word, getattr(self, "prefix_tuple", ())
        cands = [t for f in forms if f in by_word for t in by_word[f]]
        if prefixes and any(f.startswith(prefixes) for f in forms):
            cands += [t for t in self.by_prefix if spec_matches(t.specs[0], forms)]
        return cands

    def occurs_in(self, words: list[str]) -> bool:
        """Whether some term stands anywhere in ``words`` (a whole document's, in order), as
        ``find`` would find it there. Each distinct word is judged once, however many
        documents hold it, and the reading stops at the first term: "Iraq" is usually early."""
        starts = self.__dict__.setdefault("_starts", {})
        for i, w in enumerate(words):
            cands = starts.get(w)
            if cands is None:
                cands = self.starting(forms_of(w))
                if len(starts) < 100_000:
                    starts[w] = cands
            for t in cands:
                if len(t.specs) == 1:
                    return True
                reach = len(t.specs) + MAX_GAP * sum(s.gap for s in t.specs)
                if match_end(t.specs, [forms_of(x) for x in words[i : i + reach]], 0) is not None:
                    return True
        return False

    def find(self, forms: list[frozenset[str]]) -> list[Hit]:
        """Every hit, longest first at each start; hits of one start do not repeat."""
        out: list[Hit] = []
        if not self.by_word and not self.by_prefix:
            return out
        n = len(forms)
        for i in range(n):
            cands = self.starting(forms[i])
            if not cands:
                continue
            best: dict[str, Hit] = {}
            for t in cands:
                k = len(t.specs)
                if t.gapped:
                    end = match_end(t.specs, forms, i)
                elif i + k <= n and all(spec_matches(s, forms[i + j]) for j, s in enumerate(t.specs)):
                    end = i + k
                else:
                    continue
                if end is not None:
                    key = t.canonical or t.source
                    if key not in best or best[key].end < end:
                        best[key] = Hit(t.source, i, end, t.canonical)
            out.extend(sorted(best.values(), key=lambda h: (-(h.end - h.start), h.source)))
        return out


class Combined:
    """Several vocabularies looked up in one pass over a sentence: every rule's words at once."""

    def __init__(self, vocabularies: Iterable[Vocabulary]) -> None:
        self.members = {id(v): v for v in vocabularies}
        self.by_word: dict[str, list[tuple[Term, int]]] = {}
        self.by_prefix: list[tuple[Term, int]] = []
        for key, voc in self.members.items():
            for word, terms in voc.by_word.items():
                self.by_word.setdefault(word, []).extend((t, key) for t in terms)
            self.by_prefix.extend((t, key) for t in voc.by_prefix)
        self.prefix_tuple = tuple(t.specs[0].word for t, _ in self.by_prefix)
        self._starting: dict[frozenset[str], list[tuple[Term, int]]] = {}

    def _starting_with(self, forms: frozenset[str]):
        """The terms whose first word a written word may be, kept per word: an archive repeats its
        words, so each is looked up once (the memo is bounded; past the bound words are looked up anew).
        Terms whose second word is a whole word are kept apart by it: "the" begins dozens of terms
        ("the Islamic State", "the United States"), and the next word rules most out with one lookup.
        Each is numbered by its place among all, so the terms kept are taken in the order they had."""
        by_word, prefixes = self.by_word, self.prefix_tuple
        cands = [tk for f in forms if f in by_word for tk in by_word[f]]
        if prefixes and any(f.startswith(prefixes) for f in forms):
            cands += [tk for tk in self.by_prefix if spec_matches(tk[0].specs[0], forms)]
        always: list[tuple[int, Term, int]] = []
        paired: dict[str, list[tuple[int, Term, int]]] = {}
        for n, (t, key) in enumerate(cands):
            if t.second is None or t.gapped:
                always.append((n, t, key))
            else:
                paired.setdefault(t.second, []).append((n, t, key))
        got = (always, paired) if cands else ()
        if len(self._starting) < 100_000:
            self._starting[forms] = got
        return got

    def find(self, forms: list[frozenset[str]]) -> dict[int, list[Hit]]:
        """Hits per member vocabulary, exactly as each one's own ``find`` gives them; a member
        with none is left out (most are, in any one sentence)."""
        out: dict[int, list[Hit]] = {}
        n, cache = len(forms), self._starting
        for i in range(n):
            entry = cache.get(forms[i])
            if entry is None:
                entry = self._starting_with(forms[i])
            if not entry:
                continue
            always, paired = entry
            if paired and i + 1 < n:
                seconds = [x for f in forms[i + 1] if f in paired for x in paired[f]]
                cands = sorted(always + seconds, key=_first) if always and seconds or len(forms[i + 1]) > 1 else (
                    seconds or always)
            else:
                cands = always
            if not cands:
                continue
            best: dict[tuple[int, str], Hit] = {}
            for _, t, key in cands:
                k = len(t.specs)
                if t.gapped:
                    end = match_end(t.specs, forms, i)
                elif k == 1:
                    end = i + 1  # its first word is how it was found
                elif i + k <= n and (t.second in forms[i + 1] if t.second else spec_matches(t.specs[1], forms[i + 1])) and (
                        k == 2 or all(spec_matches(t.specs[j], forms[i + j]) for j in range(2, k))):
                    end = i + k
                else:
                    continue
                if end is not None:
                    slot = (key, t.canonical or t.source)
                    if slot not in best or best[slot].end < end:
                        best[slot] = Hit(t.source, i, end, t.canonical)
            found = sorted(best.items(), key=_longest_first) if len(best) > 1 else best.items()
            for (key, _), hit in found:
                got = out.get(key)
                if got is None:
                    out[key] = [hit]
                else:
                    got.append(hit)
        return out


def _first(item: tuple) -> int:
    return item[0]


def _longest_first(item: tuple[tuple[int, str], Hit]) -> tuple[int, str]:
    hit = item[1]
    return -(hit.end - hit.start), hit.source


def resolve(refs: Iterable[str], local: Mapping[str, Concept], lang: str) -> Vocabulary:
    """Compile ``@concept`` references and literal terms for one language. Rules naming the
    same shared words get the same object, so a sentence looks each vocabulary up once."""
    refs = tuple(refs)
    if not local:
        return _shared_vocabulary(refs, lang)
    return _compile(refs, local, lang)


@lru_cache(maxsize=1024)
def _shared_vocabulary(refs: tuple[str, ...], lang: str) -> Vocabulary:
    return _compile(refs, {}, lang)


def _compile(refs: tuple[str, ...], local: Mapping[str, Concept], lang: str) -> Vocabulary:
    voc = Vocabulary(refs=refs)
    shared = shared_concepts()
    for ref in refs:
        if not ref.startswith("@"):
            specs = inflected(parse_term(ref))
            for one in [specs, *past_forms(specs)] if specs else ():
                voc.add(Term(one, ref))
            continue
        concept = local.get(ref[1:]) or shared.get(ref[1:])
        if concept is None:
            raise ConceptError(f"unknown concept {ref!r}")
        for term in getattr(concept, lang, []):
            specs = inflected(parse_term(term))
            for one in [specs, *past_forms(specs)] if specs else ():
                voc.add(Term(one, ref))
        for canonical, spellings in concept.names.items():
            for spelling in (canonical, *spellings):
                specs = parse_term(spelling)
                if specs:
                    voc.add(Term(specs, ref, canonical))
    return voc.freeze()


def known(ref: str, local: Mapping[str, Concept]) -> bool:
    return not ref.startswith("@") or ref[1:] in local or ref[1:] in shared_concepts()


def concept_languages(refs: Iterable[str], local: Mapping[str, Concept]) -> set[str]:
    """Languages in which every referenced concept has terms (names count for every language)."""
    langs = {"ar", "en"}
    for ref in refs:
        if not ref.startswith("@"):
            continue
        c = local.get(ref[1:]) or shared_concepts().get(ref[1:])
        if c is not None and not c.names:
            langs &= {lang for lang in ("ar", "en") if getattr(c, lang)}
    return langs


def intransitive(ref: str, local: Mapping[str, Concept]) -> bool:
    """Whether ``@ref`` names a concept whose verbs take no object (``Concept.intransitive``)."""
    if not ref.startswith("@"):
        return False
    c = local.get(ref[1:]) or shared_concepts().get(ref[1:])
    return bool(c is not None and c.intransitive)
