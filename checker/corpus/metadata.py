"""Article metadata from YAML front matter and JSON fields.

Metadata is typed by hand: authors write ``published: 9/9/21`` or
``title: 2021`` and a schema error would lose the whole article for one
field. A field that cannot be read is reported and dropped; the article
keeps its text and its other fields. Unknown keys are ignored, since corpora
carry their own bookkeeping (``tags``, ``author``). The ``published`` value
is read by ``dates``, as every publication date is.
"""

from __future__ import annotations

import re
from typing import Callable

from checker.corpus.dates import read_date_field
from checker.corpus.records import Meta
from checker.models import Problem

_LANG = re.compile(r"^([a-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
TEXT_FIELDS = ("title", "source", "url")


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
        plain = _plain_lines(block)
        if plain is None:
            return Meta(), body, [Problem(kind="file", path=path, line=line, message=f"front matter is not valid YAML ({why}); text loaded without metadata")]
        # "title: Derna: a week of disaster": a colon in a value is the commonest slip; each line is
        # still one key and its value, so the date and the rest are kept, and the slip is reported
        meta, problems = read_fields(plain, path, key_line_finder(block, first_line=2))
        return meta, body, [Problem(kind="file", path=path, line=line, message=(
            f"front matter is not valid YAML ({why}); read as plain 'key: value' lines (quote a value that holds ': ')")), *problems]
    if not isinstance(raw, dict):
        return Meta(), body, [Problem(kind="file", path=path, line=2, message="front matter must be 'key: value' lines; text loaded without metadata")]
    meta, problems = read_fields(raw, path, key_line_finder(block, first_line=2))
    return meta, body, problems


_PLAIN = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def _plain_lines(block: str) -> dict | None:
    """The block read as one ``key: value`` per line, each split at its first colon; None unless
    every line that is not blank or a comment reads so (nested YAML gives up)."""
    out: dict = {}
    for line in block.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _PLAIN.match(line)
        if m is None or m.group(1) in out or m.group(2)[:1] in ("[", "{", "|", ">", "&", "*", "!"):
            return None  # (YAML's own syntax, broken: not a plain line)
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        out[m.group(1)] = value
    return out or None
