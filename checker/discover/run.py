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
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import TypeAdapter

from checker import __version__
from checker.discover.group import Settings, candidates
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


def _compact(d: Discovered) -> Discovered:
    """Share field sets and repeated strings, as the audit does for its claims: the run holds them all."""
    from checker.compact import compact, compact_claim

    return compact(d, claim=compact_claim(d.claim), subject=compact(d.subject))


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


def _cached(files: Sequence[Path], max_bytes: int, cache) -> tuple[dict[int, tuple[str, str, str]], list[int],
                                                                   dict[int, str | None]]:
    """What the cache holds, by file index; the indexes still to read; each file's digest."""
    from checker.digests import file_sha256

    ready: dict[int, tuple[str, str, str]] = {}
    todo, shas = [], {}
    for i, path in enumerate(files):
        sha = shas[i] = file_sha256(Path(path)) if cache else None
        got = cache.get(str(path), sha, max_bytes, {RULE_ID: digest()}) if cache and sha else None
        if got is not None and RULE_ID in got.rules:
            ready[i] = (got.articles, got.problems, got.rules[RULE_ID][0])
        else:
            todo.append(i)
    return ready, todo, shas


def read_files(files: Sequence[Path], options: Options, sink: Callable[[tuple[str, str, str]], None]) -> int:
    """Give every file's JSON result to ``sink`` in file order, from the cache or fresh, as
    they come (nothing but parsed values is kept); return the number of cache hits."""
    from checker.cache import open_cache

    cache = open_cache(options.cache_path)
    ready, todo, shas = _cached(files, options.max_bytes, cache)
    hits, nxt = len(ready), 0

    def flush() -> None:
        nonlocal nxt
        while nxt in ready:
            sink(ready.pop(nxt))
            nxt += 1

    tasks = [(str(files[i]), options.max_bytes) for i in todo]
    pool = ProcessPoolExecutor(min(options.jobs, len(tasks))) if options.jobs > 1 and len(tasks) > 1 else None
    try:
        chunk = max(1, min(32, len(tasks) // (max(1, options.jobs) * 8)))
        for i, got in zip(todo, pool.map(_read_task, tasks, chunksize=chunk) if pool else map(_read_task, tasks)):
            if cache and shas[i]:
                cache.put(str(files[i]), shas[i], options.max_bytes, got[0], got[1], [(RULE_ID, digest(), got[2], "[]")])
            ready[i] = got
            flush()
        flush()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if cache:
            cache.close()
    return hits


def discover_report(paths: Sequence[str | Path], options: Options | None = None) -> DiscoverReport:
    """Read every article under ``paths`` with no rules and propose candidate subjects."""
    from checker.api import UsageError
    from checker.corpus import discover

    options = options or Options()
    found = discover(paths)
    if found.missing:
        raise UsageError(f"path not found: {', '.join(found.missing)}")
    if not found.files:
        raise UsageError(f"no articles found in {', '.join(str(p) for p in paths)} (.txt .md .html .json .jsonl)")
    infos, problems, values = [], list(found.problems), []

    def take(result: tuple[str, str, str]) -> None:
        arts, probs, disc = result
        infos.extend(_INFOS.validate_json(arts))
        problems.extend(_PROBLEMS.validate_json(probs))
        if disc != "[]":
            values.extend(_compact(d) for d in _FOUND.validate_json(disc))

    read_files(found.files, options, take)
    conflicts, agreements, subjects = candidates(values, options.settings)
    return DiscoverReport(
        checker_version=__version__, articles=sorted(infos, key=lambda a: a.id), mentions=len(values),
        subjects=subjects, conflicts=conflicts, agreements=agreements,
        problems=sorted(problems, key=lambda p: (p.path, p.line or 0, p.message)),
    )
