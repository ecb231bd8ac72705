"""Claims their own article takes back: a key or subject inherited from context that the article contradicts.

A frame may take a claim's key from an earlier sentence or the headline ("This
week's session" is the round named last). That link is the weakest part of a
claim. Where the same article states the same key in a sentence of its own
with a value that cannot also be true ("The second round, hosted last August"
against "This week's session" read as the second round), or a subject (the
dams, in "collapsed apartment blocks on Tuesday" after the dams were named,
against "the dams gave way on Monday"), the article has not
contradicted itself: the link has gone wrong. Such a claim is compared with
nothing, and listed with the reason, so it is never lost from the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from checker.compare import CompareSettings, explain_conflict
from checker.humanize import human_date
from checker.models import Claim, NotCompared


def _inherited(c: Claim) -> list[str]:
    """What a claim took from outside its sentence: key slots, or "of", whose it is (the series or owner)."""
    return sorted({_WHAT.get(link.what, link.what) for link in c.context if link.what in c.key or link.what == "of"})


_WHAT = {"of": "subject"}


def _shown(c: Claim) -> str:
    v = c.value
    return human_date(v) if c.type == "date" else str(v)


def _entries_apart(a: Claim, b: Claim) -> bool:
    """Whether a timeline dates the two claims apart, each by its entry's day heading ("**Wednesday,
    8 February**" ... "**Thursday, 9 February**"): a toll that rose from one entry to the next is the
    story moving on, not the article taking its link back."""
    return a.as_of_source == b.as_of_source == "heading" and a.as_of != b.as_of


def taken_back(claims: Iterable[Claim], rules: Mapping[str, object]) -> tuple[list[Claim], list[NotCompared]]:
    """The claims to compare, and those their own article contradicts (in text order): a claim
    gives way to one on the same subject that took strictly less from context."""
    claims = list(claims)
    by_subject: dict[tuple, list[tuple[Claim, set[str]]]] = {}
    for c in claims:
        by_subject.setdefault((c.article, c.rule, tuple(sorted(c.key.items()))), []).append((c, set(_inherited(c))))
    kept: list[Claim] = []
    dropped: dict[tuple, list[Claim]] = {}
    for c in claims:
        withdrawn = next((link for link in c.context if link.what == "withdrawn"), None)
        if withdrawn is not None:  # "... and the 11,300 figure is withdrawn" (``checker.frames.withdrawn``)
            reason = "the same article says later that this figure was withdrawn"
            dropped.setdefault((c.rule, tuple(sorted(c.key.items())), reason), []).append(c)
            continue
        slots = set(_inherited(c))
        settings = getattr(rules.get(c.rule), "compare", None) or CompareSettings()
        against = next((o for o, theirs in by_subject[(c.article, c.rule, tuple(sorted(c.key.items())))]
                        if theirs < slots and not _entries_apart(c, o) and explain_conflict(c, o, settings)), None) if slots else None
        if against is None:
            kept.append(c)
            continue
        reason = (f"its {', '.join(sorted(slots))} was taken from an earlier sentence or the headline, and the same "
                  f"article says the {c.key_label} is {_shown(against)} in a sentence that says more of it itself")
        dropped.setdefault((c.rule, tuple(sorted(c.key.items())), reason), []).append(c)
    out = [NotCompared(rule=rule, key=dict(key), key_label=cs[0].key_label, reason=reason, claims=cs)
           for (rule, key, reason), cs in dropped.items()]
    out.sort(key=lambda n: (n.rule, sorted(n.key.items()), n.reason))
    return kept, out
