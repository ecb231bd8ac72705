"""What a sentence holds, looked up once for every frame rule.

The gates (``gate_words`` and prefixes of each rule) decide which rules read
a sentence at all, as two set intersections over the sentence's word forms
and their beginnings; ``find_words`` then gives one rule's words by role from
a single pass over the sentence shared by every rule (``Combined``).
"""

from __future__ import annotations

from functools import lru_cache

from checker.frames.clauses import Sentence
from checker.frames.concepts import Combined
from checker.frames.link import Found
from checker.frames.words import acronym, forms_of


class Gates:
    """Which rules a sentence may concern, from its words alone: for every rule three bits
    (claim words, words that refer back, words that change its memory), looked up once per
    distinct written word and OR-ed over the sentence. However many rules, a sentence costs
    one dictionary lookup per word."""

    GATE, REFER, MEMORY = 0, 1, 2

    def __init__(self, frames, pronouns: frozenset[str] = frozenset(), withdrawn: frozenset[str] = frozenset()) -> None:
        self.exact: dict[str, int] = {}
        self.prefixes: list[tuple[str, int]] = []
        self.pronoun_bit = 1 << (3 * len(frames))  # "it", «هي»: may stand for an event named before
        self.withdrawn_bit = self.pronoun_bit << 1  # "the 11,300 figure is withdrawn" (``checker.frames.withdrawn``)
        for words, bit in ((pronouns, self.pronoun_bit), (withdrawn, self.withdrawn_bit)):
            for w in words:
                self.exact[w] = self.exact.get(w, 0) | bit
        for i, lf in enumerate(frames):
            for role, (words, prefixes) in enumerate(((lf.gate_words, lf.gate_prefixes), (lf.refer_words, lf.refer_prefixes),
                                                      (lf.memory_words, lf.memory_prefixes))):
                bit = 1 << (3 * i + role)
                for w in words:
                    self.exact[w] = self.exact.get(w, 0) | bit
                self.prefixes += [(p, bit) for p in prefixes]
        self.prefix_tuple = tuple(p for p, _ in self.prefixes)
        self._by_word: dict[str, int] = {}
        # "IS" in capitals, the group, not "is" the verb: looked up as written (``words.acronym``)
        self.acronyms = frozenset(w[1:].lower() for w in self.exact if w.startswith("^"))
        self.written = tuple(w[1:] for w in self.exact if w.startswith("^"))  # as written: "IS"

    def of_word(self, word: str) -> int:
        got = self._by_word.get(word)
        if got is None:
            got = 0
            for f in forms_of(word):
                got |= self.exact.get(f, 0)
                if self.prefix_tuple and f.startswith(self.prefix_tuple):
                    for p, bit in self.prefixes:
                        if f.startswith(p):
                            got |= bit
            if len(self._by_word) < 200_000:  # bounded: past it, words are looked up anew
                self._by_word[word] = got
        return got

    def of_sentence(self, sent) -> int:
        mask, known = 0, self._by_word
        for w in sent.word_set:
            got = known.get(w)
            mask |= self.of_word(w) if got is None else got
        if self.acronyms and any(a in sent.text for a in self.written) and not self.acronyms.isdisjoint(sent.word_set):
            for i, w in enumerate(sent.words):
                if w in self.acronyms:
                    a, b = sent.nt.to_source(*sent.spans[i])
                    mask |= self.exact.get(acronym(sent.text[a:b]) or "", 0)
        return mask

    @staticmethod
    def has(mask: int, i: int, role: int) -> bool:
        return bool(mask >> (3 * i + role) & 1)


_GATES: dict[tuple[int, ...], tuple[tuple, Gates]] = {}


def gates_for(frames: tuple, pronouns: frozenset[str] = frozenset(), withdrawn: frozenset[str] = frozenset()) -> Gates:
    """Built once per set of rules, not per article (keyed by the frames, which it holds)."""
    key = (*(id(f) for f in frames), pronouns, withdrawn)
    got = _GATES.get(key)
    if got is None:
        if len(_GATES) > 32:
            _GATES.clear()
        got = _GATES[key] = (frames, Gates(frames, pronouns, withdrawn))
    return got[1]


class SentenceForms:
    """A sentence's word forms and all their beginnings: a vocabulary's first words and
    prefixes are then two set intersections (``holds``). The frame gates use ``Gates``;
    this serves one-off questions, such as discover's "may this sentence hold a place"."""

    __slots__ = ("forms", "starts")

    def __init__(self, forms: frozenset[str]) -> None:
        self.forms = forms
        self.starts = frozenset().union(*map(_beginnings, forms))


@lru_cache(maxsize=65536)
def _beginnings(form: str) -> frozenset[str]:
    return frozenset(form[:k] for k in range(1, len(form) + 1))


def sentence_forms(sent) -> SentenceForms:
    got = getattr(sent, "_frame_forms", None)
    if got is None:
        forms = frozenset().union(*map(forms_of, sent.word_set)) if sent.word_set else frozenset()
        got = sent._frame_forms = SentenceForms(forms)
    return got


def holds(forms: SentenceForms, words: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    return not words.isdisjoint(forms.forms) or (bool(prefixes) and not forms.starts.isdisjoint(prefixes))


def find_words(s: Sentence, lf) -> Found:
    """One rule's words by role, copied out: linking changes them."""
    look = s.lookup
    not_of = look(lf.not_of)
    return Found(
        triggers=look(lf.triggers), refer=look(lf.refer), of=_but(look(lf.of), not_of),
        not_of=not_of, veto=look(lf.veto),
        keys={slot: look(v) for slot, v in lf.keys.items()},
        values=look(lf.values) if lf.values else [],
        trigger_terms=list(lf.trigger_terms),
        value_vocab=lf.values,
    )


def remembered_words(s: Sentence, lf, triggers: bool = False) -> Found | None:
    """What a rule remembers of a sentence it makes no claim in: its keys and series (and its
    event words, with ``triggers``, for the ordinals they carry and the noun "their number"
    counts); None when the sentence holds none of them. Read, not copied: remembering
    changes nothing."""
    held = s.hit_ids()
    if (held is not None and lf.memory_ids.isdisjoint(held) and not (triggers and id(lf.triggers) in held)
            and lf.memory_ids <= s.index.members.keys()):
        return None  # (most sentences hold none of a rule's memory words: one set test, no lookups)
    hits = s.hits
    trigger_hits = hits(lf.triggers) if triggers else _NONE
    not_of = hits(lf.not_of)
    of = _but(hits(lf.of), not_of)
    keys = {slot: hits(v) for slot, v in lf.keys.items()}
    if not (trigger_hits or of or not_of or any(keys.values())):
        return None
    return Found(triggers=trigger_hits, of=of, not_of=not_of, keys=keys)


_NONE: list = []


def _but(of: list, not_of: list) -> list:
    """``of: "@iraqi_leaders"`` with ``not_of: [abadi]``: words a rule names as another's owner are
    another's, even where a shared vocabulary of its own owners holds them too."""
    if not of or not not_of:
        return of
    theirs = {(h.start, h.end) for h in not_of}
    return [h for h in of if (h.start, h.end) not in theirs]


_VALUELESS: dict[tuple[str, str], Sentence] = {}
_VALUELESS_MAX = 2048


def sentence_for(sent, data, index) -> Sentence:
    """The frame engine's view of a prepared sentence, with the index its rules share. A sentence
    with no values is the same in every article that prints it (a wire story's boilerplate, a
    paragraph syndicated to many outlets): its words, clauses and hits are worked out once per
    process, not once per copy. One with values is made anew, as its values may be read against
    each article's own date."""
    if sent.mentions:
        s = Sentence(sent, data)
        s.index = index
        return s
    key = (sent.text, data.code)
    got = _VALUELESS.get(key)
    if got is None or got.index is not index or got.lang is not data:
        if len(_VALUELESS) >= _VALUELESS_MAX:
            _VALUELESS.clear()
        got = _VALUELESS[key] = Sentence(sent, data)
        got.index = index
    return got


_INDEXES: dict[tuple[int, ...], Combined] = {}


def combined_index(vocabularies: tuple) -> Combined:
    """Built once per set of rules, not per article. The index holds its vocabularies, so
    their ids, the key, stay theirs while it is cached."""
    key = tuple(id(v) for v in vocabularies)
    got = _INDEXES.get(key)
    if got is None:
        if len(_INDEXES) > 32:
            _INDEXES.clear()
        got = _INDEXES[key] = Combined(vocabularies)
    return got


_SETUPS: dict[tuple[int, ...], tuple] = {}


def frame_setup(rules) -> tuple:
    """The frame rules in order, each one's compiled frame, its languages, and those with
    ``require`` or ``exclude``: the same for every article of an audit, so made once per set of
    rules (keyed by the rules, which the entry holds)."""
    key = tuple(map(id, rules))
    got = _SETUPS.get(key)
    if got is None:
        framed = sorted((r for r in rules if getattr(r, "frame", None) is not None), key=lambda r: r.id)
        compiled = {r.id: r.compiled.frame for r in framed}  # read once: the property is slow in a hot loop
        plans = [(r, compiled[r.id].by_lang) for r in framed]
        guarded = frozenset(r.id for r in framed if r.compiled.require or r.compiled.exclude)
        if len(_SETUPS) > 32:
            _SETUPS.clear()
        got = _SETUPS[key] = (tuple(rules), (framed, compiled, plans, guarded))
    return got[1]
