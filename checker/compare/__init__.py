"""Compare claims that share a key and report the pairs that cannot both be true."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class CompareSettings(BaseModel):
    """How a rule's claims are compared; the ``compare:`` block of a rule file."""

    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(
        0.1, ge=0, le=1,
        description="Relative slack around a hedged ('about', 'nearly') quantity: 0.1 is ±10%.",
    )
    window_days: int | None = Field(
        None, ge=0,
        description=(
            "Compare two claims only when their as-of dates are at most this many days apart "
            "(a troop count in June 2020 does not contradict one in July 2021). Omit to compare all."
        ),
    )
