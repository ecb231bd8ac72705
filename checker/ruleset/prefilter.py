"""The literal words a pattern cannot match without, checked before the search.

Most sentences of an archive are about something else: running every
pattern's automaton over them costs most of an audit while finding nothing.
A pattern's words give a cheap necessary condition instead: "{n:quantity}
(troops|soldiers) in {country:name}" cannot match a sentence that has no
word matching "troops" or "soldiers", none matching "in", and none that
starts a spelling of a country. The condition is a conjunction of clauses,
each clause a set of alternative words; a sentence passes when every clause
has a word in it. Words are tested exactly as ``Prepared.word_matches``
tests them (stems for Arabic words, prefixes for ``word*``), so a pattern
that could match is never skipped; one that passes may still not match.
"""

from __future__ import annotations

from checker.ruleset.patterns import Alt, Slot, Word, _ARABIC, parse

Atom = tuple[str, bool, bool]  # word, star, arabic: as the automaton's WORD states hold them
Clause = frozenset[Atom]


def _atom(word: str, star: bool) -> Atom:
    return (word, star, bool(_ARABIC.search(word)))


def requirements(pattern: str, names: dict[str, list[tuple[str, list[str]]]] | None = None) -> tuple[Clause, ...]:
    """Clauses every match of ``pattern`` satisfies; () when nothing literal is certain."""
    return tuple(dict.fromkeys(_sequence(parse(pattern), names or {})))


def _sequence(nodes: list, names) -> list[Clause]:
    out: list[Clause] = []
    for node in nodes:
        out.extend(_node(node, names))
    return out


def _node(node, names) -> list[Clause]:
    if isinstance(node, Word):
        return [frozenset((_atom(node.text, node.star),))]
    if isinstance(node, Slot) and node.type == "name":
        # A name slot matches one of its spellings word by word, so some spelling's
        # first word is in the sentence. No spelling at all: claim nothing (the
        # slot never matches, but saying so would only save time on broken rules).
        firsts = frozenset(_atom(words[0], False) for _, words in names.get(node.name, ()) if words)
        return [firsts] if firsts else []
    if isinstance(node, Alt) and not node.optional:
        # Whichever option matches satisfies its own clauses, so one clause from each
        # option, joined, is a clause of the whole. The narrowest is the most useful.
        picked: set[Atom] = set()
        for option in node.options:
            clauses = _sequence(option, names)
            if not clauses:
                return []  # an option needs no word: neither does the alternative
            picked |= min(clauses, key=len)
        return [frozenset(picked)]
    return []  # value slots, gaps, optional words, !word: nothing certain


Needs = tuple[tuple[frozenset, frozenset, tuple, tuple], ...]


def compile_needs(clauses: tuple[Clause, ...]) -> Needs:
    """Clauses in the form ``satisfied`` tests quickly: per clause, the plain words
    (Latin, Arabic) as sets and the ``word*`` prefixes (Latin, Arabic) as tuples."""
    clauses = tuple(c for c in clauses if c)  # none come from ``requirements``; dropping one only skips less
    out = []
    # Most sentences fail some clause; test first the clauses least likely to be met,
    # guessed from their shortest word ("in", "في" are everywhere). Order changes
    # nothing but speed: every clause must hold.
    for clause in sorted(clauses, key=lambda c: (-min(len(w) for w, _, _ in c), len(c))):
        parts: tuple[set, set, set, set] = (set(), set(), set(), set())
        for word, star, arabic in clause:
            parts[2 * star + arabic].add(word)
        out.append((frozenset(parts[0]), frozenset(parts[1]), tuple(sorted(parts[2])), tuple(sorted(parts[3]))))
    return tuple(out)


def satisfied(needs: Needs, sent) -> bool:
    """Whether every clause has a word in ``sent`` (a ``Prepared``), tested as
    ``Prepared.word_matches`` would test it somewhere in the sentence."""
    for plain, plain_ar, star, star_ar in needs:
        if plain and not plain.isdisjoint(sent.word_set):
            continue
        if plain_ar and not plain_ar.isdisjoint(sent.stem_set):
            continue
        if star and sent.has_prefix(star, False):
            continue
        if star_ar and sent.has_prefix(star_ar, True):
            continue
        return False
    return True
