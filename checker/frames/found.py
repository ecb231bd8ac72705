"""What linking works on: one rule's words in a sentence (``Found``), token spans, and the
reason a value is refused (``Reject``). Kept apart so that the modules answering one linking
question each (``link``, ``pairs``, ``owner`` ...) share them without importing one another."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.frames.concepts import Hit


@dataclass
class Found:
    """One rule's words in one sentence, by role."""

    triggers: list[Hit] = field(default_factory=list)
    refer: list[Hit] = field(default_factory=list)
    of: list[Hit] = field(default_factory=list)
    not_of: list[Hit] = field(default_factory=list)
    veto: list[Hit] = field(default_factory=list)
    keys: dict[str, list[Hit]] = field(default_factory=dict)
    values: list[Hit] = field(default_factory=list)
    trigger_terms: list = field(default_factory=list)  # one-word trigger terms, for Arabic duals
    value_vocab: object = None  # the names a name claim takes its value from
    venue_cells: frozenset = frozenset()  # a table row's words under a header naming the place (``tables``)

    def covered(self) -> set[int]:
        """Tokens that belong to whose/which words or key names: skipped between a number and its noun."""
        out: set[int] = set()
        for h in [*self.of, *self.not_of, *(h for hs in self.keys.values() for h in hs)]:
            out.update(range(h.start, h.end))
        return out


@dataclass
class Span:
    start: int  # token indexes, end exclusive
    end: int


class Reject(Exception):
    """Why a value is not this rule's claim."""
