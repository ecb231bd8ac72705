"""What an article has established so far, per rule: the last key names, ordinal and series.

ChemDataExtractor merges a compound named in a headline with a property
measured three sentences later; news does the same with events: "the third
round" in the headline, "The session, held on Wednesday, ..." in the text.
The memory keeps, per rule, the last value of each key slot and whether the
last series named was the rule's own (``of``) or a competing one
(``not_of``), with the words that established each, so a claim that
inherits them can quote them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.models import ContextLink


@dataclass
class Said:
    """A value established by some words of the article. Its ``link`` (what a claim that inherits
    it shows) is built on first use: most remembered values are never inherited."""

    plain: str
    shown: str
    where: "Where"
    what: str

    @property
    def link(self) -> ContextLink:
        got = self.__dict__.get("_link")
        if got is None:
            got = self.__dict__["_link"] = self.where.link(self.what, self.shown)
        return got


@dataclass
class Memory:
    keys: dict[str, Said] = field(default_factory=dict)
    owner: tuple[bool, Said] | None = None  # (is it the rule's own series, where it was said)
    own: Said | None = None  # where the rule's own series or place was last said, whatever came after it

    def remember_key(self, slot: str, plain: str, shown: str, where: "Where") -> None:
        self.keys[slot] = Said(plain, shown, where, slot)

    def remember_owner(self, mine: bool, shown: str, where: "Where") -> None:
        self.owner = (mine, Said(shown, shown, where, "of"))
        if mine:
            self.own = self.owner[1]


@dataclass
class Where:
    """The headline, or a sentence by its article offsets."""

    quote: str
    start: int | None = None
    end: int | None = None

    def link(self, what: str, value: str) -> ContextLink:
        source = "headline" if self.start is None else "sentence"
        return ContextLink(what=what, value=value, source=source, quote=self.quote, start=self.start, end=self.end)


def said_once(made: list) -> list:
    """"Yesterday, Wednesday", "on 7 April (Wednesday)": one sentence giving a fact twice, in
    two words for the same value, makes one claim, the first."""
    seen, out = set(), []
    for m in made:
        key = (m.rule, tuple(sorted(m.key.items())), str(m.value), m.mod) if hasattr(m, "key") else None
        if key is None or key not in seen:
            seen.add(key)
            out.append(m)
    return out


def one_event_per_value(links: list) -> tuple[list, list]:
    """A date dates one event and a number counts one thing: where rules link the same value
    to different things, the nearest link wins ("the third round, which was held on 7 April
    and the withdrawal of combat forces": the date is the round's). Gives the kept claims and
    the (claim, span) of those dropped."""
    best: dict[tuple, int] = {}
    for made, dist, span in links:
        kind = getattr(made, "type", "problem")
        best[(span, kind)] = min(dist, best.get((span, kind), dist))
    kept, dropped = [], []
    for made, dist, span in links:
        if dist > best[(span, getattr(made, "type", "problem"))]:
            dropped.append((made, span))
        else:
            kept.append(made)
    return kept, dropped
