"""A value that may be a rule's claim, and the rule's constraints on values (unit, range, date
precision, years): shared by the readers of written values (``value``) and of counts with
no number written (``implied``)."""

from __future__ import annotations

from dataclasses import dataclass

from checker.frames.concepts import Hit
from checker.frames.link import Span
from checker.models import Mention, Quantity

_PRECISION = ["day", "week", "month", "season", "quarter", "half", "year", "decade", "century"]


@dataclass
class Candidate:
    span: Span  # token indexes
    text: str
    detail: object  # the typed value
    mention: Mention | None = None
    trigger: Hit | None = None  # already known: a dual noun counts itself
    source_span: tuple[int, int] | None = None  # sentence offsets, for a range of two values
    whole: Span | None = None  # the number this one is a part of ("5,000 of them")


def constraint_broken(spec, v, say) -> str | None:
    """Why a value breaks the rule's constraints, or None."""
    if isinstance(v, Quantity):
        if spec.unit == "count" and (v.unit == "percent" or v.value < 1 or not float(v.value).is_integer()):
            return "not a count"
        if spec.unit == "share" and not (v.unit == "percent" or 0 < v.value < 1):
            return "not a share"
        if spec.range and not spec.range[0] <= v.value <= spec.range[1]:
            return f"outside {spec.range[0]:g}–{spec.range[1]:g}"
    elif getattr(v, "kind", None) == "date":
        if spec.precision and _PRECISION.index(v.precision) > _PRECISION.index(spec.precision):
            return f"a date by {v.precision}, coarser than {spec.precision}"
        year = v.value[:4]
        if spec.years and year.isdigit() and not spec.years[0] <= int(year) <= spec.years[1]:
            return f"a date in {year}, outside {spec.years[0]}–{spec.years[1]}"
        first, last = spec.dates or (None, None)
        if first is not None and v.earliest is not None and (v.latest < first or v.earliest > last):
            return f"a date outside {first.isoformat()}–{last.isoformat()}"
    return None


def fitting(spec, kind: str, mentions) -> bool:
    """Whether any value of ``kind`` fits the rule's constraints: most sentences a rule's words
    let through hold none (a count beside a share rule), and they need no linking at all."""
    return any(m.value.kind == kind and (constraint_broken(spec, m.value, None) is None or _part_of(spec, m.value))
               for m in mentions)


def _part_of(spec, v) -> bool:
    """A share may hold a count's part ("73 out of 329 seats", ``ratio_part``)."""
    return spec.unit in ("count", "any") and isinstance(v, Quantity) and v.unit is None and 0 < v.value < 1
