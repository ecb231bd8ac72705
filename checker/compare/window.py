"""Which as-of classes of a value fall inside another's time window, without trying every pair.

On a busy key (a troop count quoted by thousands of articles, each dated by
its publication), the as-of classes of two values number in the hundreds
each, and testing every pair grew with the square of the archive. Classes
are sorted by their first day instead: the partners of a class are a run of
that order found by bisection (every class starting inside the window),
plus the few that start before the window but last into it, tested one by
one. Sizes are summed over runs with prefix sums, so counting conflicts
costs a bisection per class, not a test per pair.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import NamedTuple


class _Class(NamedTuple):
    """One as-of class: its first and last day, where it was first seen, its claims."""

    start: int
    pos: int
    end: int
    members: list


class WindowIndex:
    """The as-of classes of one value, ordered by first day; classes without a span are left out.

    ``groups`` maps an as-of value to its claims, in the order the classes were
    first seen; ``span`` gives an as-of value's days as ordinals (or None).
    """

    def __init__(self, groups: dict, span: Callable[[object], tuple[int, int] | None], window: int):
        rows = []
        for pos, (as_of, members) in enumerate(groups.items()):
            days = span(as_of)
            if days is not None:
                rows.append(_Class(start=days[0], pos=pos, end=days[1], members=members))
        rows.sort(key=lambda r: (r.start, r.pos))
        self.window = window
        self.starts = [r.start for r in rows]
        self.pos = [r.pos for r in rows]
        self.ends = [r.end for r in rows]
        self.members = [r.members for r in rows]
        self.sizes = list(accumulate((len(r.members) for r in rows), initial=0))
        self.longest = max((r.end - r.start for r in rows), default=0)

    def partners(self, days: tuple[int, int]) -> tuple[int, int, list[int]]:
        """Classes within the window of ``days``: a run ``lo:hi`` of the order, and stragglers.

        Two spans are in window when the gap between them is at most
        ``window`` days: the other starts no later than ``end + window`` and
        ends no earlier than ``start - window``.
        """
        start, end = days
        first = start - self.window
        hi = bisect_right(self.starts, end + self.window)
        lo = min(bisect_left(self.starts, first), hi)  # starts at or after `first`: ends after it too
        early = bisect_left(self.starts, first - self.longest, 0, lo)
        return lo, hi, [k for k in range(early, lo) if self.ends[k] >= first]

    def size(self, lo: int, hi: int, extra: Iterable[int]) -> int:
        return self.sizes[hi] - self.sizes[lo] + sum(len(self.members[k]) for k in extra)
