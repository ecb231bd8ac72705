"""How a claim is named and when its value is too vague to use: shared by patterns and frames."""

from __future__ import annotations

from checker import timex
from checker.humanize import ordinal_words
from checker.models import Mention

__all__ = ["as_of_value", "label", "ordinal_words", "unresolved", "unusable", "unusable_message"]


def label(rule, shown: dict[str, str]) -> str:
    template = rule.claim.label
    if not template:
        return rule.title + (" — " + ", ".join(shown.values()) if shown else "")
    from checker.text.template import safe_format

    return safe_format(template, shown)


def unresolved(m: Mention | None) -> bool:
    return bool(m and m.note and m.note.startswith("unresolved"))


def unusable(m: Mention | None) -> bool:
    """An unresolved date that says too little to compare: no month (a weekday, "the 7th
    of last month", "this year" with no publication date). "April 7" of an unknown year
    still contradicts "June 5, 2021", so it stays a claim."""
    if not unresolved(m) or m.value.kind != "date":
        return unresolved(m)
    try:
        return timex.parse_timex(m.value.value).month is None
    except ValueError:
        return True


def unusable_message(rule_id: str, m: Mention, at: int) -> str:
    return f"{rule_id}: {m.text!r} at {at} cannot be placed in time ({m.note}); the claim is left out"


def as_of_value(m: Mention) -> str:
    """A date as a claim's as-of time, as a TIMEX3 value: "the start of 2020" is 2020-Q1 and
    "late 2017" 2017-Q4, so a count said of early 2020 is not compared with one of April 2021
    as if both were of "2020"."""
    v = m.value
    if v.kind == "date" and v.mod in ("START", "END") and v.precision == "year":
        return f"{v.value}-Q1" if v.mod == "START" else f"{v.value}-Q4"
    return v.value
