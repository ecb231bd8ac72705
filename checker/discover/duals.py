"""Arabic duals as values: «انهيار سدين» says two dams with no number written.

The frame engine counts a dual as two (``frames.value``); discovery does the
same for every concept head, so «سدين» meets "two dams" and "three dams".
A word is dual only when the concept knows its singular and not the word
itself: «عسكريين» is listed as a plural of عسكري, «سدين» is not listed.
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.link import Span
from checker.frames.words import spec_matches
from checker.models import Mention, Quantity
from checker.text.morphology import arabic_dual_singulars, arabic_forms


def may_hold_dual(words, vocabulary) -> bool:
    """Whether a sentence with no number may still count something by a dual: worth reading."""
    listed = vocabulary.by_word
    return any(not listed.keys().isdisjoint(arabic_dual_singulars(w)) for w in words)


def implied(s: Sentence, heads: list[Hit], vocabulary, numbers: list[Span]) -> list[tuple[Mention, Span, Hit]]:
    """(a mention of 2, its span, the noun) for each dual concept noun with no number beside it."""
    if s.lang.code != "ar":
        return []
    near = {i for sp in numbers for i in range(sp.start - 1, sp.end + 2)}
    terms = [t for ts in vocabulary.by_word.values() for t in ts if len(t.specs) == 1] + [
        t for t in vocabulary.by_prefix if len(t.specs) == 1]
    sent = s.prepared
    out = []
    for h in heads:
        i = h.start
        if h.end != i + 1 or i in near:
            continue
        plain = arabic_forms(s.words[i])
        mine = [t for t in terms if t.source == h.source]
        if any(spec_matches(t.specs[0], plain) for t in mine):
            continue  # the word itself is listed: a singular or a plural, not a dual
        if not any(spec_matches(t.specs[0], arabic_dual_singulars(s.words[i])) for t in mine):
            continue
        start, end = sent.nt.to_source(*sent.spans[i])
        text = sent.text[start:end]
        out.append((Mention(start=start, end=end, text=text, value=Quantity(value=2)), Span(i, i + 1), h))
    return out
