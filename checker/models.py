"""The typed model every pipeline stage speaks, and the JSON report's contract.

Stages hand each other these objects and nothing else, so a stage can be
tested, cached or replaced on its own. ``Report`` serialised with
``model_dump_json`` is the public output: keep field names stable and add,
rather than rename, when the model grows.
"""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache
from typing import Annotated, Literal, Union, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from checker import timex

DateMod = Literal["START", "MID", "END"]
QuantityMod = Literal["APPROX", "MORE_THAN", "LESS_THAN", "AT_LEAST", "AT_MOST"]
Precision = Literal["day", "week", "month", "season", "quarter", "half", "year", "decade", "century"]
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = get_args(Severity)  # most severe first: the order findings are listed in
# How an all-digit date ("03/04/2021") is read when its order cannot be told: the corpus
# reads by it, the CLI checks --date-order against it.
DATE_ORDERS: tuple[str, ...] = ("DMY", "MDY", "YMD")
ValueType = Literal["date", "quantity", "ordinal", "name"]
DateSource = Literal["metadata", "dateline", "sidecar", "unknown"]
AsOfSource = Literal["sentence", "heading", "published", "unknown"]  # heading: a timeline entry's day (frames.sections)


def severity_order(severity: str) -> int:
    """0 for the most severe: findings sort by it and --fail-on compares by it.

    An unknown severity ranks below every known one rather than failing a sort.
    """
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------- values


class DateValue(_Model):
    """A date as written: TIMEX3 value, precision, START/MID/END, and its days.

    ``earliest``/``latest`` are filled from the value; they are ``None`` when
    the year is unknown (``XXXX-04-07``): such a date is compared by its
    month and day alone, never by guessing a year.
    """

    kind: Literal["date"] = "date"
    value: str
    precision: Precision
    mod: DateMod | None = None
    earliest: date | None = None
    latest: date | None = None

    @model_validator(mode="before")
    @classmethod
    def _fill(cls, data):
        if isinstance(data, dict) and "value" in data:
            precision, span = _timex_fill(data["value"], data.get("mod"))
            data = dict(data)
            data.setdefault("precision", precision)
            if span is not None:
                data.setdefault("earliest", span[0])
                data.setdefault("latest", span[1])
        return data

    @property
    def fields(self) -> timex.Timex:
        return timex.parse_timex(self.value)

    def plain(self) -> str:
        return self.value


def _timex_fill(value, mod) -> tuple[str, tuple[date, date] | None]:
    """Precision and days of a value. An archive repeats a few values in thousands of
    claims (and every cached claim is validated again), so string forms are read once."""
    if isinstance(value, str) and (mod is None or isinstance(mod, str)):
        return _timex_fill_cached(value, mod)
    return timex.parse_timex(value).precision, timex.interval(value, mod)


@lru_cache(maxsize=8192)
def _timex_fill_cached(value: str, mod: str | None) -> tuple[str, tuple[date, date] | None]:
    return timex.parse_timex(value).precision, timex.interval(value, mod)


class Interval(_Model):
    """A range of numbers with open or closed ends; infinite ends are open."""

    lo: float
    hi: float
    lo_closed: bool = True
    hi_closed: bool = True

    def overlaps(self, other: "Interval") -> bool:
        """Whether some number lies in both. A figure said exactly is one of an open bound at the
        same figure: "more than a third" and "a third", "more than 3,000" and "3,000" are one count
        said rounded two ways, not a contradiction ("more than 3,000" and "fewer than 3,000" are)."""
        if self.hi < other.lo or other.hi < self.lo:
            return False
        point = self.lo == self.hi or other.lo == other.hi
        if self.hi == other.lo:
            return self.hi_closed and other.lo_closed or point
        if other.hi == self.lo:
            return other.hi_closed and self.lo_closed or point
        return True


class Quantity(_Model):
    """A number as hedged in the text: "about 3,000" is 3000 with APPROX."""

    kind: Literal["quantity"] = "quantity"
    value: float
    mod: QuantityMod | None = None
    unit: str | None = None  # "percent" for shares written as percentages
    high: float | None = None  # a range's upper end ("between 200,000 and 250,000"): ``value`` is its lower end

    def plain(self) -> float | int:
        return int(self.value) if float(self.value).is_integer() else self.value

    def interval(self, tolerance: float = 0.1) -> Interval:
        """Numbers the claim allows; ``tolerance`` widens APPROX both ways.

        An unhedged number is exact: a writer who says 2,500 and one who
        says 3,000 disagree, while "about 3,000" admits 2,700-3,300 at 10%.
        A range allows its two ends and all between ("between 200,000 and
        250,000" never contradicts 230,000, and contradicts 400,000).
        """
        v, t, inf = self.value, abs(tolerance), math.inf
        if self.high is not None:
            widen = t if self.mod == "APPROX" else 0.0
            return Interval(lo=v - abs(v) * widen, hi=self.high + abs(self.high) * widen)
        if self.mod is None:
            return Interval(lo=v, hi=v)
        if self.mod == "APPROX":
            return Interval(lo=v - abs(v) * t, hi=v + abs(v) * t)
        if self.mod == "MORE_THAN":
            return Interval(lo=v, hi=inf, lo_closed=False, hi_closed=False)
        if self.mod == "AT_LEAST":
            return Interval(lo=v, hi=inf, hi_closed=False)
        if self.mod == "LESS_THAN":
            return Interval(lo=-inf, hi=v, lo_closed=False, hi_closed=False)
        return Interval(lo=-inf, hi=v, lo_closed=False)  # AT_MOST


class Ordinal(_Model):
    kind: Literal["ordinal"] = "ordinal"
    value: int = Field(ge=0)

    def plain(self) -> int:
        return self.value


class NameValue(_Model):
    """A name (a city, a person); ``value`` is its normalised form."""

    kind: Literal["name"] = "name"
    value: str
    text: str = ""

    def plain(self) -> str:
        return self.value


TypedValue = Annotated[Union[DateValue, Quantity, Ordinal, NameValue], Field(discriminator="kind")]


def value_mod(v: DateValue | Quantity | Ordinal | NameValue) -> str | None:
    return getattr(v, "mod", None)


class Mention(_Model):
    """A typed value found in running text, with its span in that text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: TypedValue
    note: str | None = None  # e.g. a paired month name that disagrees

    @property
    def type(self) -> str:
        return self.value.kind

    def plain(self) -> dict:
        """The flat form ``checker parse --jsonl`` prints (the scorer's contract)."""
        out = {
            "type": self.value.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value.plain(),
            "mod": value_mod(self.value),
        }
        if self.note:
            out["note"] = self.note
        return out


# ------------------------------------------------------------------- articles


class Sentence(_Model):
    start: int
    end: int
    language: str


class ArticleInfo(_Model):
    """What the report says about an article; the text itself stays out of JSON."""

    id: str
    path: str
    format: str
    encoding: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_source: DateSource = "unknown"
    # Where the date was read, in words a reader can check: the dateline as written,
    # or the sidecar's file, row and the value as given; or why none could be used.
    published_from: str | None = None
    language: str = "und"
    chars: int = 0
    sentences: int = 0
    sha256: str = ""


class Article(_Model):
    info: ArticleInfo
    text: str
    sentences: list[Sentence] = Field(default_factory=list)

    @property
    def id(self) -> str:
        return self.info.id


# --------------------------------------------------------- claims and findings


class Evidence(_Model):
    """Where a claim stands: the sentence quoted, and the spans inside the article."""

    start: int  # span of the matched words, article offsets
    end: int
    quote: str  # the whole sentence, as written
    quote_start: int  # article offset of the quote's first character
    value_start: int  # the value's own words, article offsets
    value_end: int


class ContextLink(_Model):
    """A part of a claim its own sentence does not say, and the words that said it.

    "The session, conducted by video link on Wednesday" is the third round only
    because the headline said so; a reader checking the claim needs that headline.
    """

    what: str  # the key slot ("round", "country") or "of" for whose/which
    value: str  # what it gave, as shown ("third", "Iraq", "strategic dialogue")
    source: Literal["headline", "sentence"]
    quote: str  # the headline or the sentence, as written
    start: int | None = None  # article offsets of the sentence; None for the headline
    end: int | None = None


class Claim(_Model):
    rule: str
    key: dict[str, str]
    key_label: str
    type: ValueType
    value: str | float | int  # plain value, as `checker parse` prints it
    mod: str | None = None
    detail: TypedValue
    article: str  # article path, as given on the command line
    language: str
    as_of: str | None = None  # TIMEX3 value
    as_of_source: AsOfSource = "unknown"
    evidence: Evidence
    context: list[ContextLink] = Field(default_factory=list)  # what came from outside the sentence


class Finding(_Model):
    id: str  # stable fingerprint of rule, key and conflicting claims
    rule: str
    title: str
    key: dict[str, str]
    key_label: str
    severity: Severity
    claims: list[Claim]
    conflicts: list[tuple[int, int]]
    reasons: list[str]  # one per conflict: why the two values cannot both be true
    message: str


class NotCompared(_Model):
    """Claims on a subject that were found but compared with nothing, and why.

    Listed so that a silent gap (an undated troop count under a rule with a
    time window) is never read as agreement.
    """

    rule: str
    key: dict[str, str]
    key_label: str
    reason: str
    claims: list[Claim]


class Problem(_Model):
    """Something that could not be used, shown to the reader instead of dropped."""

    kind: Literal["file", "rule", "claim"]
    path: str
    message: str
    line: int | None = None
    col: int | None = None
    rule: str | None = None

    @property
    def where(self) -> str:
        """``path:line:col`` as editors and compilers print a place, unknown parts left out."""
        return ":".join(str(x) for x in (self.path, self.line, self.col) if x is not None)


class RuleInfo(_Model):
    id: str
    title: str
    file: str
    severity: Severity
    value_type: ValueType
    languages: list[str]


class Report(_Model):
    checker_version: str
    articles: list[ArticleInfo]
    rules: list[RuleInfo]
    claims: list[Claim]
    findings: list[Finding]
    problems: list[Problem] = Field(default_factory=list)
    not_compared: list[NotCompared] = Field(default_factory=list)
    generated_at: str | None = None  # only when asked for: output stays byte-identical
