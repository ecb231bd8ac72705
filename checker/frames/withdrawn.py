"""Figures an article later says were withdrawn: "OCHA revises its report, and the 11,300 figure
is withdrawn", «ونفى الهلال الأحمر أن يكون أصدر رقم 11300».

A timeline or an update may give a toll as it was reported, then say a sentence or a paragraph
later that it was withdrawn or disowned. The earlier sentence still reads as a claim; what the
article asserts in the end is that the figure does not stand. Such a claim keeps its place in
the report, with the withdrawing sentence as a link (``what: withdrawn``), and is compared with
nothing (``checker.compare.selfcheck``). Only a figure written again in the withdrawing sentence
is taken back: "those figures" alone names none.
"""

from __future__ import annotations

from checker.models import Claim, ContextLink

WHAT = "withdrawn"


def withdrawn_figures(sent) -> list[float]:
    """The numbers a withdrawing sentence writes (its mentions attached)."""
    return [m.value.value for m in sent.mentions if m.value.kind == "quantity"]


def take_back(claims: list[Claim], withdrawals: list[tuple[int, int, str, list[float]]]) -> list[Claim]:
    """Each count claim whose figure a later sentence (start, end, quote, figures) says was
    withdrawn, with that sentence linked."""
    if not withdrawals:
        return claims
    out = []
    for c in claims:
        later = next((w for w in withdrawals if c.type == "quantity" and w[0] > c.evidence.value_start
                      and any(abs(f - c.detail.value) < 1e-9 for f in w[3])), None)
        if later is not None:
            link = ContextLink(what=WHAT, value=str(c.value), source="sentence", quote=later[2], start=later[0], end=later[1])
            c = c.model_copy(update={"context": [*c.context, link]})
        out.append(c)
    return out
