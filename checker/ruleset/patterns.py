"""The pattern language of rule files, parsed and compiled to a small automaton.

Patterns are written over words, not characters, because that is how people
read a claim: ``{round:ordinal} round of the strategic dialogue ... on
{date:date}``. The pieces are few and generic:

====================  ==========================================================
``word``              one word, compared after normalisation (case, diacritics,
                      alef forms, digits); Arabic words also match with the
                      clitics و ف ب ل ك and the article ال in front
``word*``             a word starting with ``word`` (``troop*``, ``مرحلت*``)
``{name:type}``       a value found by the value finder: date, quantity,
                      ordinal; or ``name`` from the rule's ``names`` vocabulary
``...`` / ``...N``    a gap of 0 to 6 (or N) words, inside the sentence
``(a b | c)``         alternatives, each a sequence
``[a b]``             optional words
``!word``, ``!(a|b)`` the next word is not one of these (it is not consumed)
====================  ==========================================================

Punctuation is invisible to patterns, as it is in the tokenised sentence.
The automaton has no loops, so a depth-first search that never revisits a
(state, word) pair runs in time proportional to their product: no pattern can
make the audit hang, unlike an arbitrary regular expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import get_args

from checker.models import ValueType
from checker.text.normalize import norm

DEFAULT_GAP = 6
MAX_GAP = 40
SLOT_TYPES: tuple[str, ...] = get_args(ValueType)  # the value types a rule may claim
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_WORD = re.compile(r"\w+")


class PatternError(ValueError):
    """A pattern that does not compile; ``col`` is 0-based inside the pattern."""

    def __init__(self, message: str, col: int):
        super().__init__(message)
        self.col = col


# ------------------------------------------------------------------ syntax tree


@dataclass
class Word:
    text: str
    star: bool
    col: int


@dataclass
class Slot:
    name: str
    type: str
    col: int


@dataclass
class Not:
    words: list[Word]  # the next word must be none of these; consumes nothing
    col: int


@dataclass
class Gap:
    max: int
    col: int


@dataclass
class Alt:
    options: list[list]  # each a sequence of nodes
    optional: bool
    col: int


_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<gap>(?:\.\.\.|…)(?P<n>\d+)?)
      | (?P<slot>\{[^{}]*\})
      | (?P<open>[(\[])
      | (?P<close>[)\]])
      | (?P<bar>\|)
      | (?P<not>!\s*(?:\w+\*?|\([^()]*\)))
      | (?P<word>\w+\*?)
      | (?P<other>.)""",
    re.VERBOSE,
)
_SLOT = re.compile(r"^\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z_]+)\s*\}$")


def parse(pattern: str) -> list:
    """The sequence of nodes a pattern stands for; raises ``PatternError``."""
    tokens = [m for m in _TOKEN.finditer(pattern) if m.lastgroup not in ("space", "other")]
    pos = 0

    def sequence(closer: str | None) -> list[list]:
        nonlocal pos
        options: list[list] = [[]]
        while pos < len(tokens):
            m = tokens[pos]
            kind, text, col = m.lastgroup, m.group(), m.start()
            if kind == "close":
                if closer is None or text != closer:
                    raise PatternError(f"unexpected {text!r}", col)
                return options
            pos += 1
            if kind == "bar":
                if closer is None:
                    raise PatternError("'|' outside brackets: write (a | b)", col)
                options.append([])
            elif kind == "open":
                inner = sequence(")" if text == "(" else "]")
                pos += 1  # the closer
                if any(not opt for opt in inner) and text == "(":
                    raise PatternError("empty alternative: use [..] for optional words", col)
                options[-1].append(Alt(inner, optional=text == "[", col=col))
            elif kind == "not":
                words = []
                for alt in text[1:].strip().strip("()").split("|"):
                    parts = _WORD.findall(norm(alt.strip().rstrip("*")))
                    if len(parts) != 1:
                        raise PatternError(f"'!' takes single words: !word or !(a | b), not {alt.strip()!r}", col)
                    words.append(Word(parts[0], alt.strip().endswith("*"), col))
                options[-1].append(Not(words, col))
            elif kind == "gap":
                n = int(m.group("n")) if m.group("n") else DEFAULT_GAP
                if n > MAX_GAP:
                    raise PatternError(f"gap of {n} words is more than {MAX_GAP}", col)
                options[-1].append(Gap(n, col))
            elif kind == "slot":
                s = _SLOT.match(text)
                if not s:
                    raise PatternError(f"bad slot {text}: write {{name:type}}", col)
                if s.group(2) not in SLOT_TYPES:
                    raise PatternError(
                        f"unknown slot type {s.group(2)!r} in {text} (types: {', '.join(SLOT_TYPES)})", col
                    )
                options[-1].append(Slot(s.group(1), s.group(2), col))
            else:
                star = text.endswith("*")
                words = _WORD.findall(norm(text.rstrip("*")))
                for i, w in enumerate(words):
                    options[-1].append(Word(w, star and i == len(words) - 1, col))
        if closer is not None:
            raise PatternError(f"missing {closer!r}", len(pattern))
        return options

    result = sequence(None)
    if not result[0]:
        raise PatternError("empty pattern", 0)
    return result[0]


def slots_of(nodes: list) -> list[Slot]:
    """Every slot a pattern can bind, in order (slots inside alternatives included)."""
    out: list[Slot] = []
    for node in nodes:
        if isinstance(node, Slot):
            out.append(node)
        elif isinstance(node, Alt):
            for opt in node.options:
                out.extend(slots_of(opt))
    return out


def always_slots(nodes: list) -> set[str]:
    """Slots bound by every way the pattern can match."""
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, Slot):
            out.add(node.name)
        elif isinstance(node, Alt) and not node.optional:
            out |= set.intersection(*(always_slots(opt) for opt in node.options))
    return out


# -------------------------------------------------------------------- automaton

WORD, SLOT, ANY, SPLIT, MATCH, NOT = range(6)


@dataclass
class State:
    kind: int
    next: int = -1
    outs: tuple[int, ...] = ()
    word: str = ""
    star: bool = False
    arabic: bool = False
    slot: str = ""
    type: str = ""
    col: int = 0  # where in the pattern this step stands, for --explain
    words: tuple = ()  # NOT: (word, star, arabic) triples the next word must not match


@dataclass
class Automaton:
    """A loop-free automaton over words; state 0 is the start."""

    source: str
    states: list[State] = field(default_factory=list)
    start: int = 0
    needs: tuple = ()  # clauses of words no match can do without (see prefilter.py); () = none known

    def add(self, state: State) -> int:
        self.states.append(state)
        return len(self.states) - 1


def compile_pattern(pattern: str) -> Automaton:
    nodes = parse(pattern)
    auto = Automaton(pattern)
    final = auto.add(State(MATCH, col=len(pattern)))

    def build(seq: list, nxt: int) -> int:
        for node in reversed(seq):
            nxt = one(node, nxt)
        return nxt

    def one(node, nxt: int) -> int:
        if isinstance(node, Word):
            return auto.add(State(WORD, nxt, word=node.text, star=node.star,
                                  arabic=bool(_ARABIC.search(node.text)), col=node.col))
        if isinstance(node, Slot):
            return auto.add(State(SLOT, nxt, slot=node.name, type=node.type, col=node.col))
        if isinstance(node, Not):
            words = tuple((w.text, w.star, bool(_ARABIC.search(w.text))) for w in node.words)
            return auto.add(State(NOT, nxt, words=words, col=node.col))
        if isinstance(node, Gap):
            s = nxt
            for _ in range(node.max):  # lazy: prefer the shortest gap
                step = auto.add(State(ANY, s, col=node.col))
                s = auto.add(State(SPLIT, outs=(nxt, step), col=node.col))
            return s
        starts = tuple(build(opt, nxt) for opt in node.options)
        if node.optional:
            starts = starts + (nxt,)  # greedy: try the words first
        return auto.add(State(SPLIT, outs=starts, col=node.col))

    auto.start = build(nodes, final)
    return auto
