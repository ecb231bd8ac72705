"""What a sentence holds, looked up once for every frame rule.

The gates (``gate_words`` and prefixes of each rule) decide which rules read
a sentence at all, as two set intersections over the sentence's word forms
and their beginnings; ``find_words`` then gives one rule's words by role from
a single pass over the sentence shared by every rule (``Combined``).
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Combined
from checker.frames.link import Found
from checker.frames.words import forms_of


class SentenceForms:
    """A sentence's word forms and all their beginnings, so that testing a rule's gate words
    and prefixes is two set intersections however many rules ask."""

    __slots__ = ("forms", "starts")

    def __init__(self, forms: frozenset[str]) -> None:
        self.forms = forms
        self.starts = frozenset(f[:k] for f in forms for k in range(1, len(f) + 1))


def sentence_forms(sent) -> SentenceForms:
    got = getattr(sent, "_frame_forms", None)
    if got is None:
        forms = frozenset().union(*map(forms_of, sent.word_set)) if sent.word_set else frozenset()
        got = sent._frame_forms = SentenceForms(forms)
    return got


def holds(forms: SentenceForms, words: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    return not words.isdisjoint(forms.forms) or (bool(prefixes) and not forms.starts.isdisjoint(prefixes))


def find_words(s: Sentence, lf) -> Found:
    look = s.lookup
    return Found(
        triggers=look(lf.triggers), refer=look(lf.refer), of=look(lf.of),
        not_of=look(lf.not_of), veto=look(lf.veto),
        keys={slot: look(v) for slot, v in lf.keys.items()},
        values=look(lf.values) if lf.values else [],
        trigger_terms=[t for ts in lf.triggers.by_word.values() for t in ts if len(t.specs) == 1],
        value_vocab=lf.values,
    )


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
