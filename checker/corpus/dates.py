"""A publication date from the words that state it: a metadata value or a dateline's date.

Dates come in every format a CMS ever exported ("Wed 05 Apr 2017",
"4/5/2017", "2021-07-23T16:42:09+0000", «الخميس 8 نيسان 2021»). ISO forms are
read directly; others by ``dateparser``, then by the value finder for the
month names it lacks. Only a whole day with its year is a publication date:
a numeric date whose day and month could be swapped is read only when the
order is stated (``DMY``), and a value without a year, or a relative one
("yesterday"), is never a date. Both the metadata readers and the dateline
finder read dates here, so a date means the same wherever it was written.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from checker.models import DATE_ORDERS
from checker.text.language import detect_language

SHORT = 60  # a line or value longer than this is prose, not a date
_ISO = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\s*$")
_HAS_YEAR = re.compile(r"\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}\b")
_EDGE = " \t,.;:|-–—()[]«»\"'"
_LABEL = re.compile(
    r"^(?:published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated|date|"
    r"تاريخ\s+النشر|نشر\s+في|نُشر\s+في|نشر\s+بتاريخ|بتاريخ|آخر\s+تحديث|تاريخ\s+التحديث|التاريخ)\s*[:：]?\s*",
    re.I,
)
_WEEKDAY = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)\b\s*[,،]?\s*",
    re.I,
)
_TIME = re.compile(r"[\s,،\-–—|]*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|ص|م|gmt|utc|[+-]\d{2}:?\d{2})?\s*$", re.I)


class AmbiguousDate(ValueError):
    """A numeric date whose day and month could be either way round, with no order stated."""


def iso_date(s: str) -> date | None:
    """``2021-09-09``, ``2021/9/9`` or an ISO timestamp: the calendar day it names."""
    m = _ISO.match(s)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _trim(s: str) -> str:
    s = _TIME.sub("", s.strip())
    s = _LABEL.sub("", s.strip(_EDGE))
    s = _WEEKDAY.sub("", s.strip(_EDGE))
    return s.strip(_EDGE)


def _dates_in(s: str) -> list:
    from checker.values import find_mentions

    return [m for m in find_mentions(s, detect_language(s, "en"), None) if m.value.kind == "date"]


def whole_date(s: str) -> date | None:
    """The day ``s`` names if ``s`` is one full date and nothing else."""
    s = _trim(s)
    # A full date is a few words and carries a year; anything else is prose.
    if not s or len(s) > SHORT or len(s.split()) > 5 or not _HAS_YEAR.search(s):
        return None
    if re.fullmatch(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}", s):
        return iso_date(s)  # None for a day that does not exist
    dates = _dates_in(s)
    if len(dates) != 1:
        return None
    m = dates[0]
    if s[: m.start].strip(_EDGE) or s[m.end :].strip(_EDGE):
        return None
    value = m.value
    if value.precision != "day" or getattr(value, "mod", None) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.value):
        return None
    try:
        return date.fromisoformat(value.value)
    except ValueError:
        return None


def yearless_day(s: str) -> bool:
    """A day and month with no year ("April 7"): worth a note, never a date."""
    dates = _dates_in(_trim(s))
    return len(dates) == 1 and dates[0].value.value.startswith("XXXX-") and dates[0].value.precision == "day"


def _dateparser(value: str, order: str | None) -> date | None:
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_LOCALE_DATE_ORDER": False,
                "RETURN_AS_TIMEZONE_AWARE": False}
    if order:
        settings["DATE_ORDER"] = order
    try:
        found = dateparser.parse(value, languages=["en", "ar"], settings=settings)
    except Exception:  # a parser bug on odd input costs this one field
        return None
    return found.date() if found else None


def parse_date(value: Any, order: str | None = None) -> date | None:
    """A day from a metadata value; anything vaguer than a day is no publication date.

    ``order`` (DMY, MDY or YMD) settles "4/5/2017"; without it such a value
    raises ``AmbiguousDate`` so the caller can say which order to state.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _HAS_YEAR.search(value):
        return None  # no year, or relative ("yesterday"): nothing may be filled in from today
    if found := iso_date(value):
        return found
    if _ISO.match(value):
        return None  # year first, month second, and no such day: never read another way round
    m = _NUMERIC.match(value)
    if m and order is None and m.group(1) != m.group(2) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12:
        raise AmbiguousDate(value)
    return _dateparser(value.strip(), order) or whole_date(value)


def read_date_field(raw: Any, order: str | None, where: str) -> tuple[date | None, str]:
    """The day in a ``published`` value and the words saying where it came from, or why it was refused."""
    shown = str(raw).strip()[:40]
    if order is not None and order not in DATE_ORDERS:
        return None, f"has an unknown date_order {order!r} (use DMY, MDY or YMD)"
    try:
        day = parse_date(raw, order)
    except AmbiguousDate:
        return None, (f"{shown!r} could be read day-first or month-first; "
                      "state the order (date_order: DMY or MDY, or --date-order)")
    if day is None:
        return None, f"is not a calendar day with its year ({shown!r})"
    said = f" read {order}" if order and _NUMERIC.match(shown) else ""
    return day, f'{where} "{shown}"{said}'
