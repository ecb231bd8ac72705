"""Run compiled patterns over one sentence: its normalised words and typed mentions.

A sentence is prepared once (normalised, split into words, mentions mapped
to word positions) and then shared by every rule, so the cost of a rule is
the search alone. A slot matches a mention that starts at the current word
(hedges included: "about 3,500" is one value) and may stop at any of the
mention's words, so a unit the value finder swallowed ("3,500 troops") can
still be written after the slot: where the finder ends a value must not
decide whether a rule fires.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from checker.lazy import once

from checker.models import Mention, NameValue
from checker.ruleset.patterns import ANY, MATCH, NOT, SLOT, SPLIT, WORD, Automaton
from checker.text.morphology import arabic_stems, is_arabic as _is_arabic
from checker.text.normalize import NormText, norm, normalize

_WORD = re.compile(r"[^\W_]+")  # "#الحوار_الاستراتيجي" is two words


def words_of(text: str) -> list[str]:
    """A text's normalised words, as a prepared sentence has them, without its offset map."""
    return _WORD.findall(norm(text))
@dataclass
class Binding:
    slot: str
    type: str
    start: int  # normalised offsets
    end: int
    mention: Mention | None = None
    name: NameValue | None = None


@dataclass
class Match:
    start: int  # normalised offsets of the matched words
    end: int
    bindings: dict[str, Binding]
    via: str  # the pattern or regex that matched


@dataclass
class Progress:
    """How far a pattern got: the pattern column reached and the word it stopped at."""

    col: int = 0
    word: int = 0


class Prepared:
    """One sentence as patterns see it.

    ``mentions`` may come later (``attach``): the words alone tell which rules
    can match at all, and finding values is only worth it for those.
    """

    def __init__(self, text: str, mentions: list[Mention] | None = None, nt: NormText | None = None) -> None:
        self.text = text  # as written
        self.nt = nt if nt is not None and nt.source == text else normalize(text)
        self._has: dict[tuple, bool] = {}
        self.attach(mentions or [])

    # Word positions are needed only by the search, which most sentences never
    # reach: the prefilter looks at the sets of words and stems alone.
    @once
    def spans(self) -> list[tuple[int, int]]:
        return [m.span() for m in _WORD.finditer(self.nt.text)]

    @once
    def words(self) -> list[str]:  # (the same words as ``spans``, found without their offsets)
        return _WORD.findall(self.nt.text)

    def attach(self, mentions: list[Mention]) -> None:
        """Map the sentence's mentions (offsets into ``text``) to word positions."""
        self.mentions = mentions
        self.mention_norm: list[tuple[int, int]] = []
        self.covering: dict[int, list[tuple[int, int]]] = {}  # word -> [(mention, last word)]
        self.first_word: list[int] = []
        self.mention_tokens: list[tuple[int, int] | None] = []  # (first word, end) of each mention
        for i, m in enumerate(mentions):
            ns, ne = self.nt.to_norm(m.start), self.nt.to_norm(m.end)
            self.mention_norm.append((ns, ne))
            toks = [k for k, (s, e) in enumerate(self.spans) if s < ne and e > ns]
            self.first_word.append(toks[0] if toks else -1)
            self.mention_tokens.append((toks[0], toks[-1] + 1) if toks else None)
            for k in toks:
                self.covering.setdefault(k, []).append((i, toks[-1]))

    @once
    def stems(self) -> list[frozenset[str]]:
        return [arabic_stems(w) for w in self.words]

    @once
    def word_set(self) -> frozenset[str]:
        return frozenset(self.words)

    @once
    def stem_set(self) -> frozenset[str]:
        return frozenset().union(*map(arabic_stems, self.word_set))

    def word_matches(self, k: int, word: str, star: bool, arabic: bool) -> bool:
        forms = self.stems[k] if arabic else (self.words[k],)
        if star:
            return any(f.startswith(word) for f in forms)
        return word in forms

    def has_prefix(self, prefixes: tuple[str, ...], arabic: bool) -> bool:
        """Whether some word (some stem, for Arabic) starts with one of ``prefixes``."""
        key = (prefixes, arabic)
        got = self._has.get(key)
        if got is None:
            forms = self.stem_set if arabic else self.word_set
            got = self._has[key] = any(f.startswith(prefixes) for f in forms)
        return got

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.nt.to_source(start, end)


def run_automaton(
    auto: Automaton, sent: Prepared, names: dict[str, list[tuple[str, list[str]]]], progress: Progress | None = None
) -> list[Match]:
    """Every match, one per starting word, found by a memoised depth-first search."""
    n = len(sent.words)
    states = auto.states
    out: list[Match] = []
    failed: set[tuple[int, int]] = set()
    for first in range(n):
        # Pairs visited by a search that found nothing are failures from any start,
        # so the set is shared until a match is found: linear in starts, not quadratic.
        found = _search(auto.start, first, (), states, sent, names, failed, n, progress)
        if found is not None:
            failed = set()
            end, binds = found
            if end == first:
                continue
            out.append(Match(sent.spans[first][0], sent.spans[end - 1][1], {b.slot: b for b in binds}, auto.source))
    return out


def _search(state, pos, binds, states, sent, names, failed, n, progress):
    stack = [(state, pos, binds)]
    # Iterative DFS in priority order; a (state, word) pair that failed once fails again.
    while stack:
        state, pos, binds = stack.pop()
        if (state, pos) in failed:
            continue
        failed.add((state, pos))
        st = states[state]
        if progress is not None and st.col > progress.col:
            progress.word, progress.col = pos, st.col
        if st.kind == MATCH:
            return pos, binds
        if st.kind == SPLIT:
            stack.extend((o, pos, binds) for o in reversed(st.outs))
        elif st.kind == NOT:
            if pos >= n or not any(sent.word_matches(pos, w, star, ar) for w, star, ar in st.words):
                stack.append((st.next, pos, binds))
        elif pos >= n:
            continue
        elif st.kind == WORD:
            if sent.word_matches(pos, st.word, st.star, st.arabic):
                stack.append((st.next, pos + 1, binds))
        elif st.kind == ANY:
            stack.append((st.next, pos + 1, binds))
        elif st.kind == SLOT:
            stack.extend(reversed(list(_slot_options(st, pos, binds, sent, names))))
    return None


def _slot_options(st, pos, binds, sent: Prepared, names):
    """Ways a slot can match at ``pos``: longest first."""
    if st.type == "name":
        for canonical, spelling in names.get(st.slot, ()):
            end = pos + len(spelling)
            if end <= len(sent.words) and all(
                sent.word_matches(pos + i, w, False, _is_arabic(w)) for i, w in enumerate(spelling)
            ):
                ns, ne = sent.spans[pos][0], sent.spans[end - 1][1]
                ss, se = sent.nt.to_source(ns, ne)
                b = Binding(st.slot, "name", ns, ne, name=NameValue(value=canonical, text=sent.text[ss:se]))
                yield (st.next, end, binds + (b,))
        return
    for mi, last in sent.covering.get(pos, ()):
        m = sent.mentions[mi]
        if m.value.kind != st.type or sent.first_word[mi] != pos:
            continue
        ns, ne = sent.mention_norm[mi]
        b = Binding(st.slot, st.type, ns, ne, mention=m)
        for end in range(last + 1, pos, -1):
            yield (st.next, end, binds + (b,))


def name_lookup(names: dict[str, list[tuple[str, list[str]]]], slot: str, text: str) -> NameValue | None:
    """The canonical name for text a regex captured; None when it is none of the slot's names
    (a pattern's name slot matches only its names, and a regex's group must not do more)."""
    words = _WORD.findall(norm(text))
    for canonical, spelling in names.get(slot, ()):
        if len(spelling) == len(words) and all(
            (w in arabic_stems(t)) if _is_arabic(w) else w == t for w, t in zip(spelling, words)
        ):
            return NameValue(value=canonical, text=text)
    return None


def run_regex(compiled, sent: Prepared, names, slot_types: dict[str, str], timeout: float,
              unknown: list[str] | None = None) -> list[Match]:
    """Matches of a ``regex:`` pattern; named groups bind to the mentions inside them.

    A name group whose text is none of the slot's names binds nothing (so the match gives
    no claim) and says so in ``unknown``. Raises ``TimeoutError`` when the expression takes
    longer than ``timeout``.
    """
    out: list[Match] = []
    for m in compiled.finditer(sent.nt.text, timeout=timeout):
        binds: dict[str, Binding] = {}
        for name, kind in slot_types.items():
            if name not in compiled.groupindex or m.start(name) < 0:
                continue
            gs, ge = m.span(name)
            if kind == "name":
                value = name_lookup(names, name, m.group(name))
                if value is not None:
                    binds[name] = Binding(name, kind, gs, ge, name=value)
                elif unknown is not None:
                    known = ", ".join(dict.fromkeys(c for c, _ in names.get(name, ())))
                    unknown.append(f"regex group {name!r} matched «{m.group(name)}», which is not one of its names "
                                   f"({known}): no claim; add the spelling to names.{name} if it is one")
                continue
            best = None
            for mi, (ns, ne) in enumerate(sent.mention_norm):
                overlap = min(ge, ne) - max(gs, ns)
                if sent.mentions[mi].value.kind == kind and overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, mi)
            if best is not None:
                ns, ne = sent.mention_norm[best[1]]
                binds[name] = Binding(name, kind, ns, ne, mention=sent.mentions[best[1]])
        if m.end() > m.start():
            out.append(Match(m.start(), m.end(), binds, compiled.pattern))
    return out
