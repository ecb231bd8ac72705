"""The rule file schema: one pydantic model, strict, exported as JSON Schema.

A rule file is data a journalist writes, so every mistake must be caught at
load time and named precisely: ``extra="forbid"`` everywhere turns a typo
("patern:") into an error instead of a rule that silently never fires.
Cross-field checks (slots named in ``claim.key`` exist in every pattern,
name slots have a vocabulary) live in ``checker.ruleset.loader`` because they
need the compiled patterns.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Union

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationInfo, field_validator

from checker.frames.concepts import Concept
from checker.frames.schema import FrameSpec
from checker.models import RuleInfo, Severity, ValueType
from checker.text.template import template_problem
from checker.settings import CompareSettings

if TYPE_CHECKING:
    from checker.ruleset.engine import CompiledRule

LANG = r"^[a-z]{2,3}$"
ID = r"^[a-z0-9][a-z0-9_.-]*$"

PerLanguage = dict[str, list[str]]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ClaimSpec(_Strict):
    """What a claim is about (its key) and what it says (its value)."""

    key: list[str] = Field(
        default_factory=list,
        description="Slot names whose values identify the fact, e.g. [round]: the third round's date "
        "is compared only with other claims about the third round. Empty: one fact per rule.",
    )
    value: ValueType = Field(description="Type of the claimed value: date, quantity, ordinal or name.")
    slot: str | None = Field(
        None,
        description="Name of the slot holding the value. Default: the one slot that is not a key "
        "and not `as_of`.",
    )
    label: str | None = Field(
        None,
        description="Human words for the fact, with {slot} placeholders: "
        "'{round} round of the strategic dialogue — date'. Ordinals print as words (third). "
        "Placeholders name key slots only: no attributes, indexes or format specs.",
    )

    @field_validator("label")
    @classmethod
    def _plain_label(cls, v: str | None, info: ValidationInfo) -> str | None:
        """A label names key slots only: checked here so a typo fails at load, with its line."""
        why = template_problem(v, info.data.get("key", [])) if v is not None else None
        if why:
            raise ValueError(why)
        return v


class ExpectedClaim(_Strict):
    key: dict[str, str | int] = Field(default_factory=dict)
    value: str | int | float
    mod: str | None = None


class Example(_Strict):
    """A sentence and exactly the claims the rule must take from it ([] = none)."""

    text: str = Field(min_length=1)
    lang: str | None = Field(None, pattern=LANG, description="Language; detected from the text if omitted.")
    published: date | None = Field(None, description="Publication date the sentence is read against.")
    title: str | None = Field(None, description="A headline for the text: frames may take their subject from it.")
    claims: list[ExpectedClaim] = Field(description="Claims it must yield; [] means it must yield none.")
    known_miss: bool = Field(
        False, description="The rule does not get this example right yet: reported, not failed, and "
        "flagged when it starts to pass.")


class Rule(_Strict):
    """One kind of claim, how to find it in Arabic and English, and how to compare it."""

    id: str = Field(pattern=ID, description="Stable id, lower-case with dashes: 'us-troops-in-country'.")
    title: str = Field(min_length=1)
    description: str = ""
    severity: Severity = "warning"
    message: str = Field(
        "Articles disagree on the {key_label}: {values}.",
        description="Finding message; placeholders {key_label}, {values}, {title} and key slots, "
        "by name only (no attributes, indexes or format specs).",
    )
    claim: ClaimSpec
    names: dict[str, dict[str, list[str]]] = Field(
        default_factory=dict,
        description="Vocabulary for name slots: {slot: {Canonical Name: [spelling, ...]}}. "
        "Spellings in any language map to one canonical name, so Arabic and English claims compare.",
    )
    frame: FrameSpec | None = Field(
        None,
        description="What the claim is about: the counted thing or event, whose it is, its key and its value's "
        "unit. The engine finds every way a sentence says it; patterns are then optional.",
    )
    concepts: dict[str, Concept] = Field(
        default_factory=dict,
        description="Concepts of this rule's own, used as @name; they take precedence over the shared ones.",
    )
    patterns: PerLanguage = Field(
        default_factory=dict,
        description="Escape hatch beside a frame, or the whole rule without one. Per language, word patterns: words, {slot:type}, '...' (gap of up to 6 words), "
        "'...N', (a | b c) alternatives, [optional words], word* (prefix).",
    )
    regex: PerLanguage = Field(
        default_factory=dict,
        description="Escape hatch: per language, regular expressions over the normalised sentence; "
        "named groups (?P<slot>...) bind to values found inside them. Run with a time limit.",
    )
    require: Union[list[str], PerLanguage] = Field(
        default_factory=list,
        description="Phrases (pattern syntax, no slots) that must all occur in the sentence. "
        "A list applies to every language; a mapping gives one list per language.",
    )
    exclude: Union[list[str], PerLanguage] = Field(
        default_factory=list,
        description="Phrases that, if any occurs in the sentence, veto every match in it.",
    )
    compare: CompareSettings = Field(default_factory=CompareSettings)
    examples: list[Example] = Field(
        default_factory=list,
        description="Sentences with the claims they must yield; include some that must yield none.",
    )

    _file: str = PrivateAttr("")
    _compiled: CompiledRule | None = PrivateAttr(None)  # set by the loader

    @field_validator("message")
    @classmethod
    def _plain_message(cls, v: str) -> str:
        if why := template_problem(v):
            raise ValueError(why)
        return v

    @field_validator("patterns", "regex")
    @classmethod
    def _languages(cls, v: PerLanguage) -> PerLanguage:
        import re

        for lang in v:
            if not re.match(LANG, lang):
                raise ValueError(f"{lang!r} is not a language code (ar, en, ...)")
        return v

    # -- the interface the rest of the checker uses
    @property
    def file(self) -> str:
        return self._file

    @property
    def key(self) -> list[str]:
        return list(self.claim.key)

    @property
    def value_type(self) -> str:
        return self.claim.value

    @property
    def compiled(self) -> CompiledRule:
        """The executable form the loader made; a rule only validated, never loaded, has none."""
        if self._compiled is None:
            raise RuntimeError(f"rule {self.id!r} was not compiled: load it with checker.ruleset.load_rules")
        return self._compiled

    @property
    def languages(self) -> list[str]:
        frame = self._compiled.frame if self._compiled is not None else None
        framed = frame.languages if frame is not None else []
        return sorted(set(self.patterns) | set(self.regex) | set(framed))

    def info(self) -> RuleInfo:
        return RuleInfo(
            id=self.id, title=self.title, file=self.file, severity=self.severity,
            value_type=self.claim.value, languages=self.languages,
        )


class RuleFile(_Strict):
    """A file holding several rules; a file may instead hold one rule at its top level."""

    rules: list[Rule]


def json_schema() -> dict:
    """The schema editors use: a file is one rule, or ``rules:`` with a list of them."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(Union[Rule, RuleFile]).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "checker rule file"
    return schema

