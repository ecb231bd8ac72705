"""Files to ``Article`` objects, without ever stopping the audit.

An audit over a folder of scraped news meets empty files, binaries saved as
``.txt``, files deleted while it runs. Each becomes a ``Problem`` the report
shows, and the other files go on; ``load_file`` does not raise for input.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from checker.corpus.dateline import read_dateline
from checker.corpus.formats import format_of, read_records
from checker.corpus.records import Meta, Record, overlay
from checker.models import Article, ArticleInfo, Problem
from checker.text.sentences import split_article

DEFAULT_MAX_BYTES = 20_000_000


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _read_bytes(path: Path, max_bytes: int) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, read only if it is a regular file and at most ``max_bytes``.

    The file is opened without blocking and checked after opening, so a FIFO
    or a device swapped in after discovery cannot hang or flood the audit.
    """
    def fail(message: str) -> tuple[None, Problem]:
        return None, Problem(kind="file", path=str(path), message=message)

    try:
        if path.is_dir():
            return fail("is a folder, not a file")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                return fail("not a regular file (a FIFO, socket or device); skipped")
            if info.st_size > max_bytes:
                return fail(f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit; skipped")
            data = fh.read(max_bytes + 1)  # the file may have grown since stat
    except FileNotFoundError:
        return fail("file disappeared before it could be read")
    except OSError as exc:
        return fail(f"cannot read file: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return fail(f"file is over the {max_bytes:,}-byte limit; skipped")
    if not data.strip():
        return fail("empty file")
    return data, None


def _records(path: Path, max_bytes: int):
    data, problem = _read_bytes(path, max_bytes)
    if problem:
        yield problem
        return
    fmt = format_of(path.suffix)
    try:
        yield from read_records(fmt, str(path), data)
    except Exception as exc:  # a reader bug must cost one file, not the audit
        yield Problem(kind="file", path=str(path), message=f"could not be read ({type(exc).__name__}: {exc})")


def _article(path: Path, record: Record, sidecar: Meta | None = None) -> Article:
    text, meta = record.text, overlay(record.meta, sidecar)
    art_id = str(path) + (record.suffix or "")
    published, source = meta.published, ("sidecar" if sidecar and sidecar.published else "metadata")
    origin = meta.published_from
    if published is None:
        published, origin = read_dateline(text)
        source = "dateline" if published else "unknown"
    language, sentences = split_article(text, meta.language or None)
    info = ArticleInfo(
        id=art_id,
        path=art_id,
        format=format_of(path.suffix),
        encoding=record.encoding,
        title=meta.title,
        source=meta.source,
        url=meta.url,
        published=published,
        published_source=source,
        published_from=origin,
        language=language,
        chars=len(text),
        sentences=len(sentences),
        sha256=record.sha256,
    )
    return Article(info=info, text=text, sentences=sentences)


def load_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, sidecar: Meta | None = None) -> LoadResult:
    """Every article in ``path`` and every problem met reading it; ``sidecar`` is metadata given beside it."""
    path = Path(path)
    out = LoadResult()
    for item in _records(path, max_bytes):
        if isinstance(item, Problem):
            out.problems.append(item)
        else:
            try:
                out.articles.append(_article(path, item, sidecar if not item.suffix else None))
            except Exception as exc:
                where = str(path) + (item.suffix or "")
                out.problems.append(Problem(kind="file", path=where, message=f"could not be prepared ({type(exc).__name__}: {exc})"))
    return out


def load_article_text(article_id: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """The text of one article by its id, read again from disk.

    The report shows article texts one at a time; holding a whole corpus in
    memory for that is wasteful. ``None`` when the file or the record is gone.
    An id is ``<path>`` or ``<path>#<record>``; since paths and record ids
    may both contain ``#``, every split that names an existing file is tried.
    """
    candidates = [(article_id, None)]
    candidates += [(article_id[:i], article_id[i:]) for i, ch in enumerate(article_id) if ch == "#" and i]
    for file_part, suffix in candidates:
        path = Path(file_part)
        if not os.path.isfile(path):
            continue
        for item in _records(path, max_bytes):
            if isinstance(item, Record) and item.suffix == suffix:
                return item.text
    return None
