"""Claims their own article takes back: a key inherited from context that the article contradicts.

A frame may take a claim's key from an earlier sentence or the headline ("This
week's session" is the round named last). That link is the weakest part of a
claim. Where the same article states the same key in a sentence of its own
with a value that cannot also be true ("The second round, hosted last August"
against "This week's session" read as the second round), the article has not
contradicted itself: the link has gone wrong. Such a claim is compared with
nothing, and listed with the reason, so it is never lost from the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from checker.compare import CompareSettings, explain_conflict
from checker.humanize import human_date
from checker.models import Claim, NotCompared


def _inherited(c: Claim) -> list[str]:
    """The key slots a claim took from outside its sentence."""
    return sorted({link.what for link in c.context if link.what in c.key})


def _shown(c: Claim) -> str:
    v = c.value
    return human_date(v) if c.type == "date" else str(v)


def taken_back(claims: Iterable[Claim], rules: Mapping[str, object]) -> tuple[list[Claim], list[NotCompared]]:
    """The claims to compare, and those their own article contradicts (in text order)."""
    claims = list(claims)
    said: dict[tuple, list[Claim]] = {}
    for c in claims:
        if not _inherited(c):
            said.setdefault((c.article, c.rule, tuple(sorted(c.key.items()))), []).append(c)
    kept: list[Claim] = []
    dropped: dict[tuple, list[Claim]] = {}
    reasons: dict[tuple, str] = {}
    for c in claims:
        slots = _inherited(c)
        own = said.get((c.article, c.rule, tuple(sorted(c.key.items())))) if slots else None
        settings = getattr(rules.get(c.rule), "compare", None) or CompareSettings()
        against = next((o for o in own or () if explain_conflict(c, o, settings)), None)
        if against is None:
            kept.append(c)
            continue
        reason = (f"its {', '.join(slots)} was taken from an earlier sentence or the headline, and the same article "
                  f"says the {c.key_label} is {_shown(against)} in a sentence that names it")
        group = (c.rule, tuple(sorted(c.key.items())), reason)
        dropped.setdefault(group, []).append(c)
        reasons[group] = reason
    out = [NotCompared(rule=rule, key=dict(key), key_label=cs[0].key_label, reason=reasons[(rule, key, r)], claims=cs)
           for (rule, key, r), cs in dropped.items()]
    out.sort(key=lambda n: (n.rule, sorted(n.key.items()), n.reason))
    return kept, out
