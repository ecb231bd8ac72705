"""One reader per file format, each turning bytes into article records.

A record (``records.Record``) is text plus metadata, not yet an
``Article``. Readers report bad input as ``Problem`` and never raise, so one
bad line in a JSONL file costs that line only.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Iterator

from checker.corpus.encodings import DecodeError, clean, decode, replaced_note
from checker.corpus.html import read_html
from checker.corpus.metadata import key_line_finder, read_fields, split_front_matter
from checker.corpus.records import Record
from checker.models import Problem

FORMATS = {
    ".txt": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
}


def format_of(suffix: str) -> str:
    """Unknown extensions (only reachable by naming a file) are read as plain text."""
    return FORMATS.get(suffix.lower(), "txt")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _no_text(path: str, line: int | None = None, what: str = "file holds no text") -> Problem:
    return Problem(kind="file", path=path, line=line, message=what)


def read_records(fmt: str, path: str, data: bytes) -> Iterator[Record | Problem]:
    """Records and problems of one file, in file order."""
    if fmt == "html":
        yield from read_html(path, data)
        return
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        yield Problem(kind="file", path=path, message=str(exc))
        return
    if note := replaced_note(encoding):
        yield Problem(kind="file", path=path, message=note)
    if fmt == "json":
        yield from _read_json(path, text, data, encoding)
    elif fmt == "jsonl":
        yield from _read_jsonl(path, text, encoding)
    else:
        meta, body, problems = split_front_matter(text, path)
        yield from problems
        if body.strip():
            yield Record(body, meta, _sha(data), encoding)
        else:
            yield _no_text(path)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value):
    """JSON may escape lone surrogates (``"\\ud800"``); no UTF-8 report could hold them."""
    return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def _from_object(obj, path: str, line: int | None, line_of) -> tuple[Record | None, str | None, list[Problem]]:
    """``(record, id, problems)`` for one JSON article object; no record if it has no text."""
    if not isinstance(obj, dict):
        return None, None, [Problem(kind="file", path=path, line=line, message=f"expected an article object with a 'text' field, got {type(obj).__name__}")]
    obj = {key: _scrub(value) for key, value in obj.items()}
    text = obj.get("text")
    if not isinstance(text, str):
        why = "has no 'text' field" if text is None else f"'text' should be a string, not {type(text).__name__}"
        return None, None, [Problem(kind="file", path=path, line=line if line else line_of("text"), message=f"article {why}")]
    if not text.strip():
        return None, None, [_no_text(path, line, "article 'text' is empty")]
    meta, problems = read_fields(obj, path, (lambda _k: line) if line else line_of)
    art_id = obj.get("id")
    if art_id is not None and (isinstance(art_id, bool) or not isinstance(art_id, (str, int))):
        problems.append(Problem(kind="file", path=path, line=line or line_of("id"), message="field 'id' should be text or a number; ignored"))
        art_id = None
    art_id = str(art_id).strip() if art_id is not None and str(art_id).strip() else None
    return Record(clean(text), meta, "", ""), art_id, problems


def _read_json(path: str, text: str, data: bytes, encoding: str) -> Iterator[Record | Problem]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(kind="file", path=path, line=exc.lineno, col=exc.colno, message=f"not valid JSON: {exc.msg}")
        return
    if isinstance(obj, list):
        # An array of articles is read like JSONL, numbered from 1.
        yield from _records_with_ids(path, ((None, i, o, json.dumps(o, sort_keys=True)) for i, o in enumerate(obj, 1)), encoding)
        return
    record, _, problems = _from_object(obj, path, None, key_line_finder(text))
    yield from problems
    if record:
        record.sha256, record.encoding = _sha(data), encoding
        yield record


def _read_jsonl(path: str, text: str, encoding: str) -> Iterator[Record | Problem]:
    def objects():
        for n, raw in enumerate(text.split("\n"), 1):
            if not raw.strip():
                continue
            try:
                yield n, n, json.loads(raw), raw
            except json.JSONDecodeError as exc:
                yield n, n, Problem(kind="file", path=path, line=n, col=exc.colno, message=f"line is not valid JSON: {exc.msg}"), raw

    yield from _records_with_ids(path, objects(), encoding)


def _unclaimed(path: str, suffix: str, number: int, used: set[str]) -> tuple[str, str | None]:
    """``suffix``, or another if ``path#suffix`` is the name of a file on disk.

    Article ids must be unique by construction: a file named ``a.jsonl#1.txt``
    has that id, so record ``1.txt`` of ``a.jsonl`` may not take it too.
    """
    import os

    if not os.path.lexists(f"{path}#{suffix}"):
        return suffix, None
    clash, n = suffix, 0
    while True:
        suffix = f"line{number}" + (f"-{n}" if n else "")
        if suffix not in used and not os.path.lexists(f"{path}#{suffix}"):
            return suffix, clash
        n += 1


def _records_with_ids(path: str, items, encoding: str) -> Iterator[Record | Problem]:
    """Give each record ``#<id>`` or ``#<number>``; a repeated id falls back to the number."""
    used: set[str] = set()
    any_record = False
    for line, number, obj, raw in items:
        if isinstance(obj, Problem):
            yield obj
            continue
        record, art_id, problems = _from_object(obj, path, line, lambda _k: line)
        yield from problems
        if record is None:
            continue
        twice = art_id is not None and art_id in used
        suffix = art_id if art_id is not None and not twice else str(number)
        if suffix in used:  # a numbered line clashing with an earlier explicit id
            suffix = f"line{number}"
        suffix, clash = _unclaimed(path, suffix, number, used)
        if twice or clash:
            why = f"id '{art_id}' is used twice" if twice else f"a file named '{path}#{clash}' exists"
            yield Problem(kind="file", path=path, line=line, message=f"{why}; this article is '#{suffix}'")
        used.add(suffix)
        record.suffix, record.encoding = f"#{suffix}", encoding
        record.sha256 = _sha(raw.encode("utf-8", "surrogatepass"))
        any_record = True
        yield record
    if not any_record:
        yield _no_text(path, None, "no article could be read from this file")
