"""Article metadata from YAML front matter and JSON fields, and the dates in it.

Metadata is typed by hand: authors write ``published: 9/9/21`` or
``title: 2021`` and a schema error would lose the whole article for one
field. A field that cannot be read is reported and dropped; the article
keeps its text and its other fields. Unknown keys are ignored, since corpora
carry their own bookkeeping (``tags``, ``author``).

Dates come in every format a CMS ever exported ("Wed 05 Apr 2017",
"4/5/2017", "2021-07-23T16:42:09+0000", «الخميس 8 نيسان 2021»). ISO forms are
read directly; others by ``dateparser``, then by our own Arabic date reader for
the month names it lacks. A numeric date whose day and month could be swapped
is read only when the day/month order is stated (``date_order: DMY``); a
value without a year, or a relative one ("yesterday"), is never a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable

from checker.models import Problem

_ISO = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])")
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\s*$")
_HAS_YEAR = re.compile(r"\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}\b")
DATE_ORDERS = ("DMY", "MDY", "YMD")
_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
TEXT_FIELDS = ("title", "source", "url")


@dataclass
class Meta:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    published_from: str | None = None  # where the date was read, in words


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
    from checker.corpus.dateline import whole_date

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



def read_fields(raw: dict, path: str, line_of: Callable[[str], int | None]) -> tuple[Meta, list[Problem]]:
    """Typed metadata from a mapping; ``line_of(key)`` says where a bad key sits."""
    meta, problems = Meta(), []

    def bad(key: str, why: str) -> None:
        problems.append(Problem(kind="file", path=path, line=line_of(key), message=f"field '{key}' {why}; ignored"))

    for key in TEXT_FIELDS:
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            bad(key, f"should be text, not {type(value).__name__}")
        elif str(value).strip():
            setattr(meta, key, str(value).strip())
    if raw.get("published") is not None:
        order = raw.get("date_order")
        day, said = read_date_field(raw["published"], str(order).upper() if order else None, "the field published:")
        if day is None:
            bad("published", said)
        meta.published, meta.published_from = day, said if day else None
    lang = raw.get("language")
    if lang is not None:
        m = _LANG.match(lang.strip().lower()) if isinstance(lang, str) else None
        if m:
            meta.language = m.group(1)
        else:
            bad("language", f"is not a language code like 'ar' or 'en' ({str(lang)[:20]!r})")
    return meta, problems


def overlay(own: Meta, given: Meta | None) -> Meta:
    """The file's own metadata with each field the sidecar states put over it.

    The sidecar is what the user named on the command line (or placed beside
    the file), so where it states a field it wins; where it is silent the
    file's own front matter or JSON fields still count.
    """
    if given is None:
        return own
    out = Meta(**vars(own))
    for name, value in vars(given).items():
        if value is not None and name != "published_from":
            setattr(out, name, value)
    if given.published is not None:
        out.published_from = given.published_from
    return out


def key_line_finder(text: str, first_line: int = 1) -> Callable[[str], int | None]:
    """Line numbers of top-level keys, found textually: good enough to point a reader."""

    def line_of(key: str) -> int | None:
        pat = re.compile(r'^\s*["\']?' + re.escape(key) + r'["\']?\s*:', re.M)
        m = pat.search(text)
        return first_line + text.count("\n", 0, m.start()) if m else None

    return line_of


def split_front_matter(text: str, path: str) -> tuple[Meta, str, list[Problem]]:
    """``(meta, body, problems)``: a leading ``---`` block read with ``yaml.safe_load``.

    The body starts right after the closing fence, so article offsets count
    from there. A malformed block is reported with its file line and left out
    of the text; an unclosed one is reported and the whole text kept, since
    nothing says where metadata would end.
    """
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return Meta(), text, []
    end = next((i for i in range(1, len(lines)) if _CLOSE.match(lines[i])), None)
    if end is None:
        return Meta(), text, [Problem(kind="file", path=path, line=1, message="front matter opened with '---' is never closed; read as text without metadata")]
    block = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1 :])
    import yaml

    from checker.corpus.yamlsafe import load_front_matter

    try:
        raw = load_front_matter(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        why = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return Meta(), body, [Problem(kind="file", path=path, line=line, message=f"front matter is not valid YAML ({why}); text loaded without metadata")]
    if not isinstance(raw, dict):
        return Meta(), body, [Problem(kind="file", path=path, line=2, message="front matter must be 'key: value' lines; text loaded without metadata")]
    meta, problems = read_fields(raw, path, key_line_finder(block, first_line=2))
    return meta, body, problems
