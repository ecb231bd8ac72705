"""The ``compare:`` block of a rule: how its claims are compared.

It is part of a rule file, so the rule schema must know it; it steers the
compare stage, so compare reads it. Living here, beside neither, loading a
rule file does not import the comparison (nor anything it imports).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class CompareSettings(BaseModel):
    """How a rule's claims are compared; the ``compare:`` block of a rule file."""

    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(
        0.1, ge=0, le=1,
        description="Relative slack around a hedged ('about', 'nearly') quantity: 0.1 is ±10%.",
    )
    agree_within: float = Field(
        0.0, ge=0, le=1,
        description="Two numbers at most this fraction apart agree, hedged or not: 0.02 lets a toll of 135 and "
        "one of 137 said a day apart stand together. 0 (the default): an unhedged number is exact, so 2,500 "
        "and 2,700 disagree; `tolerance` widens only hedged ones.",
    )
    window_days: int | None = Field(
        None, ge=0,
        description=(
            "Compare two claims only when their as-of dates are at most this many days apart "
            "(a troop count in June 2020 does not contradict one in July 2021); 0 means the as-of "
            "dates must overlap. When set, a claim whose as-of date is unknown, or cannot be placed "
            "on the calendar (no known year, as in XXXX-06-01), is compared with nothing: it still "
            "appears in the report, but is never called a "
            "contradiction, because we cannot tell whether it speaks of the same time. "
            "Omit to compare all claims regardless of time."
        ),
    )
    max_pairs: int = Field(
        50, ge=1,
        description=(
            "Most conflicting claim pairs listed for each pair of disagreeing values; the finding's "
            "message says when more were left out. Every claim is still listed in the finding."
        ),
    )
