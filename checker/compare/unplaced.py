"""Claims that were found but compared with nothing, each with the reason.

A rule with a time window (``window_days``) compares two claims only when it
can tell they speak of the same time. A claim whose as-of date is unknown, or
has no year, therefore meets no other claim: it is neither a finding nor a
problem, and without this list it would vanish from the report. The report
promises that a silent gap is never mistaken for agreement, so such claims
are listed here with the reason, in the same order every run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from checker import timex
from checker.models import Claim, NotCompared
from checker.humanize import human_date


def _placed(as_of: str | None) -> bool:
    if as_of is None:
        return False
    try:
        return timex.interval(as_of) is not None
    except ValueError:
        return False


def _reason(c: Claim, window: int) -> str:
    """Why this claim met no other, in words: the missing date first, then the rule's window."""
    within = "at the same time" if window == 0 else f"within {window} days of each other"
    rule_says = f"the rule compares only claims made {within}"
    if c.as_of is None:
        return (f"no as-of date: the sentence names no time and the article's publication date is unknown, "
                f"so {rule_says}")
    return f"as-of date {human_date(c.as_of)} cannot be placed on the calendar, so {rule_says}"


def not_compared(claims: Iterable[Claim], rules: Mapping[str, object]) -> list[NotCompared]:
    """Per (rule, key, reason): the claims of a subject with other claims that no comparison reached."""
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        groups.setdefault((c.rule, tuple(sorted(c.key.items()))), []).append(c)
    out: list[NotCompared] = []
    for (rule_id, key), members in groups.items():
        settings = getattr(rules.get(rule_id), "compare", None)
        window = getattr(settings, "window_days", None)
        if window is None or len(members) < 2:
            continue  # no window: every claim on the key was compared with every other
        by_reason: dict[str, list[Claim]] = {}
        placed = [c for c in members if _placed(c.as_of)]
        for c in members:
            if not _placed(c.as_of):
                by_reason.setdefault(_reason(c, window), []).append(c)
        if len(placed) == 1 and by_reason:  # its only possible partners were the unplaced ones
            lone = "the only claim on this subject with an as-of date: every other has none, so it met no other claim"
            by_reason[lone] = placed
        for reason, cs in by_reason.items():
            out.append(NotCompared(rule=rule_id, key=dict(key), key_label=cs[0].key_label, reason=reason, claims=cs))
    out.sort(key=lambda n: (n.rule, sorted(n.key.items()), n.reason))
    return out
