"""The JSON contract of ``checker discover`` (``discover.json``): candidates, not findings.

A candidate is a group of values that speak of the same subject across
articles. Conflicting candidates carry the audit's own ``Finding`` (same
claims, conflicts and reasons as an audit would give), so every consumer of
``findings.json`` can read them; agreeing ones carry their claims only.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.models import ArticleInfo, Claim, Finding, Problem


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SubjectInfo(_Model):
    """What a group of values is about: the grouping key, never a pair of sentences."""

    id: str = Field(description="D- and a digest of the fields below: stable across runs and corpora.")
    kind: Literal["count", "share", "date", "place"] = Field(
        description="A count, a share (percent or fraction), a date, or a place (where an event named by its ordinal was held).")
    head: str = Field(description="What the value counts or dates: a shared concept (@troops) or a normalised noun stem.")
    qualifiers: list[str] = Field(default_factory=list, description="Concepts beside the head (@us in 'US troops').")
    ordinal: int | None = Field(None, description="The event's ordinal: 3 for 'the third round'.")
    names: dict[str, str] = Field(default_factory=dict, description="Names concept → canonical name in the value's clause.")
    scale: Literal["few", "many"] | None = Field(
        None, description="For counts: under 20 (individuals) or more; the two never meet.")
    label: str = Field(description="The subject in words.")


class Discovered(_Model):
    """One value with its subject: what a file contributes (and what the cache stores)."""

    subject: SubjectInfo
    claim: Claim


class Candidate(_Model):
    """A candidate subject: its values across articles, compared as an audit compares them."""

    id: str = Field(description="The subject's id; `checker discover PATH --draft DIR --candidate ID` drafts a rule for it.")
    rank: int = Field(description="1 for the surest grouping among the candidates of its status.")
    status: Literal["conflict", "agree"]
    subject: SubjectInfo
    score: float = Field(description="How sure the grouping is: articles, both languages, how specific the subject.")
    articles: int = Field(description="Distinct articles with a value on this subject.")
    languages: list[str]
    values: list[str] = Field(description="The distinct values, in words.")
    finding: Finding | None = Field(None, description="For a conflict: the audit's finding, cross-article pairs only.")
    claims: list[Claim] = Field(default_factory=list, description="For an agreement: its claims.")


class DiscoverReport(_Model):
    """Everything ``checker discover`` found; byte-identical JSON for the same inputs."""

    checker_version: str
    articles: list[ArticleInfo]
    mentions: int = Field(description="Values with a subject, over all articles.")
    subjects: int = Field(description="Distinct subjects (groups), including those met in one article only.")
    conflicts: list[Candidate]
    agreements: list[Candidate]
    problems: list[Problem] = Field(default_factory=list)
