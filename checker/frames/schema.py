"""The ``frame:`` section of a rule: what a claim is about, not how it is worded."""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from checker.models import Precision

Terms = list[str]
_TERMS = "Concepts (@name) or words; word* is a prefix. One string or a list."


class FrameSpec(BaseModel):
    """What the claimed value is attached to, whose it is, and what it must look like."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    counts: Terms = Field(default_factory=list, description="What a number counts: '@troops', '@dead'. " + _TERMS)
    event: Terms = Field(default_factory=list, description="The event a date or place belongs to: '@round'. " + _TERMS)
    refer: Terms = Field(
        default_factory=list,
        description="Nouns that refer back to the last event named ('the session', «الجلسة»): they take its key "
        "from the sentences before. " + _TERMS,
    )
    ordinal: str | None = Field(
        None, description="Key slot filled by the ordinal of the event: 'round' for 'the third round', «جولتها الثالثة».")
    of: Terms = Field(
        default_factory=list,
        description="Whose or which: must be said near the value, in its clause, its sentence, or before it in the "
        "article (headline included). " + _TERMS,
    )
    not_of: Terms = Field(
        default_factory=list,
        description="Competing owners or series ('@foreign', '@bilateral_talks'): where one is said nearer than "
        "`of`, the value is not this claim. " + _TERMS,
    )
    not_: Terms = Field(
        default_factory=list, alias="not",
        description="Words that veto a value next to it (killed, withdrawn, additional). " + _TERMS,
    )
    not_in_clause: Terms = Field(
        default_factory=list,
        description="Words that veto every value of the clause they stand in, with the clauses it hangs on and "
        "those hanging on it ('aftershock', «ارتدادية»): wider than `not`, for a word that puts the whole clause "
        "about something else. " + _TERMS,
    )
    key: dict[str, str] = Field(
        default_factory=dict,
        description="Key slot → names concept: the nearest name in the value's clause, else the last one the "
        "article named.",
    )
    key_from: Literal["article", "sentence"] = Field(
        "article", description="Where a key name may come from: 'article' (the value's clause, else the last name "
        "the headline or an earlier sentence gave) or 'sentence' (the value's own sentence only: a figure said of "
        "one country must name it, and a total under a headline naming one country is nobody's).")
    values: str | None = Field(None, description="Names concept whose names are the value, for name claims: '@cities'.")
    unit: Literal["count", "share", "any"] = Field(
        "any", description="count: a whole number of things (not a percentage); share: a percentage or fraction.")
    range: tuple[float, float] | None = Field(None, description="Smallest and largest plausible value.")
    years: tuple[int, int] | None = Field(
        None, description="First and last plausible year of a date value: [2020, 2023] keeps an earlier "
        "mission's end (2010) out; a date of unknown year is kept. For a count or share, the years the figure "
        "speaks of: one the sentence dates to another year ('By the end of 2016 the group held less than 10 "
        "percent') or says of the time of writing ('now holds') is left out; an undated figure is kept.")
    dates: tuple[datetime.date, datetime.date] | None = Field(
        None, description="First and last plausible day of a date value, for a window narrower than `years`: "
        "[2023-02-01, 2023-02-19] keeps a later quake of 20 February out; a date of unknown year is kept.")
    precision: Precision | None = Field(
        None, description="Coarsest date precision accepted: 'month' drops a bare year.")
    whole: bool = Field(
        False, description="The owner is a whole that includes the `not_of` owners: 'US and coalition forces' "
        "(both named, joined by 'and') number the coalition's troops, not the US's.")
    announcement: bool = Field(
        False, description="The event is an announcement (a declared victory): a date right after a verb of saying "
        "is the event's own, not a report's.")
    context: Terms = Field(
        default_factory=list,
        description="The article (headline included) must mention one of these somewhere. " + _TERMS,
    )

    @field_validator("counts", "event", "refer", "of", "not_of", "not_", "not_in_clause", "context", mode="before")
    @classmethod
    def _one_or_many(cls, v):
        return [v] if isinstance(v, str) else v

    def references(self) -> list[str]:
        refs = [*self.counts, *self.event, *self.refer, *self.of, *self.not_of, *self.not_, *self.context,
                *self.key.values()]
        return refs + ([self.values] if self.values else [])
