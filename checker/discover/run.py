"""``checker discover`` as a function: files → discovered values (pooled, cached) → candidates.

The per-file work (load, read every sentence) depends on the file's bytes
alone, so it runs in worker processes and its result is cached in the
audit's claim cache under a pseudo-rule ``@discover`` whose digest covers
this package's code and data (the cache already covers the checker build).
``checker.pipeline.run_files`` is built around rules and their claims, so it
is not used; its pattern is: results cross processes and the cache as JSON
and are parsed in file order, so one core or many give the same bytes.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import TypeAdapter

from checker import __version__
from checker.discover.group import Settings, candidates, pool
from checker.discover.models import Discovered, DiscoverReport
from checker.models import ArticleInfo, Problem

_FOUND = TypeAdapter(list[Discovered])
_INFOS = TypeAdapter(list[ArticleInfo])
_PROBLEMS = TypeAdapter(list[Problem])
RULE_ID = "@discover"


@dataclass
class Options:
    jobs: int = 1
    max_bytes: int = 20_000_000
    cache_path: Path | None = None
    settings: Settings = Settings()


class _Shared:
    """Hold each repeated part of a run's claims once, as the audit does: the run holds every
    claim until its report is written. A claim's parsed value (``detail``) is one of a few
    hundred, its as-of date one of a few thousand; both are frozen, so equal ones can be one
    object. (Subjects, a few dozen, are held once by ``group.pool``.)"""

    def __init__(self) -> None:
        self.details: dict[tuple, object] = {}
        self.no_key: dict[str, str] = {}

    def __call__(self, d: Discovered) -> Discovered:
        from checker.compact import compact_claim

        c = d.__dict__["claim"] = compact_claim(d.claim)
        detail = c.detail
        c.__dict__["detail"] = self.details.setdefault((type(detail), detail.model_dump_json()), detail)
        if c.as_of is not None:
            c.__dict__["as_of"] = sys.intern(c.as_of)
        if not c.key:
            c.__dict__["key"] = self.no_key  # never written to: claims are frozen and read only
        return d


@lru_cache(maxsize=1)
def digest() -> str:
    """This package's code and data: another version re-reads every file."""
    h = hashlib.sha256()
    for f in sorted(Path(__file__).resolve().parent.glob("*")):
        if f.suffix in (".py", ".yaml"):
            h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def read_file(path: str, max_bytes: int) -> tuple[str, str, str]:
    """(articles, problems, discovered) of one file, as JSON; bad input becomes problems."""
    from checker.corpus import load_file
    from checker.discover.read import read_article

    try:
        loaded = load_file(Path(path), max_bytes=max_bytes)
    except Exception as exc:  # the loader promises not to raise; if it does, one file pays
        bad = Problem(kind="file", path=path, message=f"could not be loaded ({type(exc).__name__}: {exc})")
        return "[]", _PROBLEMS.dump_json([bad]).decode(), "[]"
    found, problems = [], list(loaded.problems)
    for article in loaded.articles:
        try:
            found.extend(read_article(article))
        except Exception as exc:  # a bug on one article must not sink the run
            problems.append(Problem(kind="file", path=article.info.id, message=f"reading failed: {type(exc).__name__}: {exc}"))
    return (_INFOS.dump_json([a.info for a in loaded.articles]).decode(), _PROBLEMS.dump_json(problems).decode(),
            _FOUND.dump_json(found).decode())


def _read_task(task: tuple[str, int]) -> tuple[str, str, str]:
    return read_file(*task)


def read_files(files: Sequence[Path], options: Options, sink: Callable[[tuple[str, str, str]], None]) -> int:
    """Give every file's JSON result to ``sink`` in file order, from the cache or fresh, as
    they come (nothing but parsed values is kept); return the number of cache hits."""
    from checker.cache import open_cache
    from checker.digests import file_sha256

    cache = open_cache(options.cache_path)
    ready: dict[int, tuple[str, str, str]] = {}
    todo, hits, shas, nxt = [], 0, {}, 0

    def flush() -> None:
        nonlocal nxt
        while nxt in ready:
            sink(ready.pop(nxt))
            nxt += 1

    for i, path in enumerate(files):
        sha = shas[i] = file_sha256(Path(path)) if cache else None
        got = cache.get(str(path), sha, options.max_bytes, {RULE_ID: digest()}) if cache and sha else None
        if got is not None and RULE_ID in got.rules:
            ready[i], hits = (got.articles, got.problems, got.rules[RULE_ID][0]), hits + 1
            flush()  # a warm run holds no file's text longer than it takes to parse it
        else:
            todo.append(i)
    tasks = [(str(files[i]), options.max_bytes) for i in todo]
    workers = ProcessPoolExecutor(min(options.jobs, len(tasks))) if options.jobs > 1 and len(tasks) > 1 else None
    try:
        chunk = max(1, min(32, len(tasks) // (max(1, options.jobs) * 8)))
        for i, got in zip(todo, workers.map(_read_task, tasks, chunksize=chunk) if workers else map(_read_task, tasks)):
            if cache and shas[i]:
                cache.put(str(files[i]), shas[i], options.max_bytes, got[0], got[1], [(RULE_ID, digest(), got[2], "[]")])
            ready[i] = got
            flush()
        flush()
    finally:
        if workers is not None:
            workers.shutdown(wait=True, cancel_futures=True)
        if cache:
            cache.close()
    return hits


def discover_report(paths: Sequence[str | Path], options: Options | None = None) -> DiscoverReport:
    """Read every article under ``paths`` with no rules and propose candidate subjects."""
    from checker.api import UsageError
    from checker.corpus import discover
    from checker.compact import compact

    options = options or Options()
    found = discover(paths)
    if found.missing:
        raise UsageError(f"path not found: {', '.join(found.missing)}")
    if not found.files:
        raise UsageError(f"no articles found in {', '.join(str(p) for p in paths)} (.txt .md .html .json .jsonl)")
    infos, problems, pooled, shared = [], list(found.problems), {}, _Shared()

    def take(result: tuple[str, str, str]) -> None:
        arts, probs, disc = result
        for info in _INFOS.validate_json(arts):
            infos.append(compact(info))
        problems.extend(_PROBLEMS.validate_json(probs))
        if disc != "[]":
            pool(map(shared, _FOUND.validate_json(disc)), pooled)  # no Discovered kept, its claim and subject only

    read_files(found.files, options, take)
    mentions = sum(len(claims) for _, claims in pooled.values())
    conflicts, agreements, subjects = candidates(pooled, options.settings)
    return DiscoverReport(
        checker_version=__version__, articles=sorted(infos, key=lambda a: a.id), mentions=mentions,
        subjects=subjects, conflicts=conflicts, agreements=agreements,
        problems=sorted(problems, key=lambda p: (p.path, p.line or 0, p.message)),
    )
