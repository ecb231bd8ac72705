"""Per-file work of an audit: load, extract claims, keep only what the report needs.

A file's result depends on nothing but its bytes and the rules, which is what
makes the work safe to spread over processes and to cache. Every result,
fresh or cached, passes through the same JSON form (one piece per rule), so
an audit gives the same bytes whether it ran on one core, on many, or from
the cache. Article texts live only inside the worker that reads them; the
parent holds claims, which are small.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import TypeAdapter

from checker.cache import open_cache
from checker.compact import compact, compact_claim
from checker.digests import digests_of, file_key
from checker.models import ArticleInfo, Claim, Problem
from checker.ruleset import budget

log = logging.getLogger("checker.pipeline")

_INFOS = TypeAdapter(list[ArticleInfo])
_CLAIMS = TypeAdapter(list[Claim])
_PROBLEMS = TypeAdapter(list[Problem])


@dataclass
class FileResult:
    articles: list[ArticleInfo] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class RunResult(FileResult):
    cache_hits: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Done:
    """One file's result as JSON text: what crosses the process boundary and what the cache stores."""

    articles: str = "[]"
    problems: str = "[]"  # from loading
    by_rule: dict[str, tuple[str, str]] = field(default_factory=dict)  # rule id -> (claims, problems)
    extra: str = "[]"  # problems that belong to no rule (a crash); never cached
    cacheable: bool = False


def _dump(adapter: TypeAdapter, items: list) -> str:
    return adapter.dump_json(items).decode("utf-8") if items else "[]"


def _extract(path: Path, rules: Sequence, max_bytes: int, sha: str | None, sidecar=None) -> _Done:
    """Load one file and run ``rules`` on each of its articles; bad input becomes problems."""
    from checker.corpus import load_file
    from checker.extract import extract_claims

    # Read the digest again here: the result may only be filed under the
    # parent's digest if these are the bytes it hashed.
    cacheable = sha is not None and file_key(path, sidecar) == sha
    budget.start_file()
    try:
        loaded = load_file(path, max_bytes=max_bytes, sidecar=sidecar)
    except Exception as exc:  # the loader promises not to raise; if it does, one file pays
        problem = Problem(kind="file", path=str(path), message=f"could not be loaded ({type(exc).__name__}: {exc})")
        return _Done(extra=_dump(_PROBLEMS, [problem]))
    claims: dict[str, list[Claim]] = {rule.id: [] for rule in rules}
    problems: dict[str, list[Problem]] = {rule.id: [] for rule in rules}
    extra: list[Problem] = []
    for article in loaded.articles:
        try:
            found, met = extract_claims(article, rules)
        except Exception as exc:  # a bug in one rule or article must not sink the audit
            extra.append(
                Problem(kind="file", path=article.info.id, message=f"extraction failed: {type(exc).__name__}: {exc}")
            )
            continue
        for claim in found:
            claims.setdefault(claim.rule, []).append(claim)
        for problem in met:
            problems.get(problem.rule, extra).append(problem)
    known = {rule.id for rule in rules}
    if set(claims) - known:  # claims under an id we did not ask for cannot be filed
        cacheable = False
    return _Done(
        articles=_dump(_INFOS, [a.info for a in loaded.articles]),
        problems=_dump(_PROBLEMS, loaded.problems),
        by_rule={rid: (_dump(_CLAIMS, claims[rid]), _dump(_PROBLEMS, problems.get(rid, []))) for rid in claims},
        extra=_dump(_PROBLEMS, extra),
        cacheable=cacheable and not extra and not budget.cut_short(),
    )


def _parse(done: _Done, rule_order: Sequence[str]) -> FileResult:
    """Claims in rule order, then problems: the same order whatever produced the JSON."""
    out = FileResult(articles=[compact(a) for a in _INFOS.validate_json(done.articles)],
                     problems=_PROBLEMS.validate_json(done.problems))
    order = list(rule_order) + sorted(set(done.by_rule) - set(rule_order))
    for rid in order:
        if rid in done.by_rule:
            claims, problems = done.by_rule[rid]
            if claims != "[]":
                out.claims.extend(compact_claim(c) for c in _CLAIMS.validate_json(claims))
            if problems != "[]":
                out.problems.extend(_PROBLEMS.validate_json(problems))
    if done.extra != "[]":
        out.problems.extend(_PROBLEMS.validate_json(done.extra))
    return out


def process_file(path: Path, rules: Sequence, max_bytes: int) -> FileResult:
    """Everything one file contributes; bad input becomes problems, never an exception."""
    return _parse(_extract(Path(path), rules, max_bytes, None), [r.id for r in rules])


# ------------------------------------------------------------------ workers

_WORKER: dict = {}


def _init_worker(sources: list[str], digests: dict[str, str], parent: int | None = None) -> None:
    """Load the rules once per worker from their files, and check they are the parent's."""
    from checker.parent_watch import exit_with_parent
    from checker.ruleset import load_rules

    if parent is not None:
        exit_with_parent(parent)
    budget.start_audit()
    rules, _ = load_rules([Path(s) for s in sources], strict=False)
    by_id = {rule.id: rule for rule in rules}
    mine = digests_of(rules)
    _WORKER["rules"] = by_id
    _WORKER["stale"] = {rid for rid, d in digests.items() if mine.get(rid) != d}


def _work(task: tuple) -> _Done | None:
    """None when this worker's rules differ from the parent's (a file edited mid-audit)."""
    path, sha, rule_ids, max_bytes, sidecar = task
    if _WORKER["stale"] & set(rule_ids):
        return None
    return _extract(Path(path), [_WORKER["rules"][rid] for rid in rule_ids], max_bytes, sha, sidecar)


def _sources(options) -> list[str] | None:
    from checker.api import rule_sources

    try:
        return [str(p) for p in rule_sources(options)]
    except Exception:  # options without rule paths: the work stays in this process
        return None


# --------------------------------------------------------------------- run

def run_files(files: Sequence[Path], rules: Sequence, options) -> RunResult:
    """Every file's result, in the order of ``files``, from the cache or from fresh work."""
    budget.start_audit()
    rules = list(rules)
    by_id = {rule.id: rule for rule in rules}
    order = [rule.id for rule in rules]
    digests = digests_of(rules)
    max_bytes = options.max_bytes
    progress = getattr(options, "progress", None)
    total, done_count = len(files), 0
    results: list[FileResult | None] = [None] * total
    run = RunResult()
    cache = open_cache(getattr(options, "cache_path", None))
    sidecars = getattr(options, "sidecars", None) or {}  # metadata given beside the files, by path

    def finish(i: int, part: FileResult) -> None:
        nonlocal done_count
        results[i] = part
        done_count += 1
        if progress:
            progress(done_count, total)

    todo: list[tuple[int, str, str | None, tuple[str, ...], object]] = []
    for i, path in enumerate(files):
        key = str(path)
        sha = file_key(path, sidecars.get(key), max_bytes) if cache else None
        hit = cache.get(key, sha, max_bytes, digests) if cache and sha else None
        missing = tuple(rid for rid in order if hit is None or rid not in hit.rules)
        if hit is not None and not missing:
            try:
                part = _parse(_Done(hit.articles, hit.problems, hit.rules), order)
            except ValueError:  # a row that does not parse is not trusted
                hit, missing = None, tuple(order)
            else:
                run.cache_hits += 1
                finish(i, part)
                continue
        todo.append((i, key, sha, missing, hit))

    def store(i: int, key: str, sha: str | None, hit, fresh: _Done) -> None:
        done = fresh
        if hit is not None:  # only some rules were re-run: the rest come from the cache
            done = _Done(fresh.articles, fresh.problems, {**hit.rules, **fresh.by_rule}, fresh.extra, fresh.cacheable)
        try:
            part = _parse(done, order)
        except ValueError:  # a cached row that does not parse: redo the whole file
            hit, fresh = None, _extract(Path(key), rules, max_bytes, sha, sidecars.get(key))
            part = _parse(fresh, order)
        if cache and fresh.cacheable and sha:
            rows = [(rid, digests[rid], *fresh.by_rule[rid]) for rid in fresh.by_rule if rid in digests]
            cache.put(key, sha, max_bytes, fresh.articles, fresh.problems, rows)
        finish(i, part)

    def local(item) -> _Done:
        i, key, sha, missing, hit = item
        return _extract(Path(key), [by_id[rid] for rid in missing], max_bytes, sha, sidecars.get(key))

    try:
        jobs = max(1, int(getattr(options, "jobs", 1) or 1))
        sources = _sources(options) if jobs > 1 and len(todo) > 1 else None
        if sources is None:
            for item in todo:
                store(item[0], item[1], item[2], item[4], local(item))
        else:
            _run_pool(todo, jobs, sources, digests, max_bytes, store, local, sidecars)
    finally:
        if cache:
            cache.close()
            run.warnings.extend(cache.warnings)

    for part in results:
        if part is not None:
            run.articles.extend(part.articles)
            run.claims.extend(part.claims)
            run.problems.extend(part.problems)
    return run


def _run_pool(todo, jobs, sources, digests, max_bytes, store, local, sidecars=None) -> None:
    """Spread the files over ``jobs`` processes; results are taken in file order."""
    workers = min(jobs, len(todo))
    chunk = max(1, min(32, len(todo) // (workers * 8)))
    tasks = [(key, sha, missing, max_bytes, (sidecars or {}).get(key)) for _, key, sha, missing, _ in todo]
    taken = 0
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(sources, digests, os.getpid()))
    try:
        for item, fresh in zip(todo, pool.map(_work, tasks, chunksize=chunk)):
            store(item[0], item[1], item[2], item[4], fresh if fresh is not None else local(item))
            taken += 1
    except BrokenProcessPool as exc:  # a worker died (killed, out of memory): finish here
        log.warning("checker: warning: a worker process died (%s); finishing in this process", exc)
        for item in todo[taken:]:
            store(item[0], item[1], item[2], item[4], local(item))
    finally:  # on Ctrl-C, do not wait for the files still queued
        pool.shutdown(wait=True, cancel_futures=True)
