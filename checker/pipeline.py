"""Per-file work of an audit: load, extract claims, keep only what the report needs.

A file's result depends on nothing but its bytes and the rules, which is what
makes the work safe to spread over processes and to cache. Every result,
fresh or cached, passes through the same JSON form (one piece per rule), so
an audit gives the same bytes whether it ran on one core, on many, or from
the cache. Article texts live only inside the worker that reads them; the
parent holds claims, which are small.

The pipeline knows nothing of how an audit was asked for: ``run_files`` takes
the rules, the files their sources were read from (for the workers to load
them again) and plain parameters.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from pydantic import TypeAdapter

from checker.cache import Cached, ClaimCache, open_cache
from checker.compact import compact, compact_claim
from checker.corpus.records import Meta
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


class Task(NamedTuple):
    """One file to read and the rules to run on it: what a worker is given."""

    path: str
    sha: str | None  # the digest the parent files the result under; None: not to be cached
    rule_ids: tuple[str, ...]
    max_bytes: int
    sidecar: Meta | None  # metadata given beside the file


class _Pending(NamedTuple):
    """A file the cache could not answer for every rule."""

    index: int  # its place among the audit's files
    task: Task
    hit: Cached | None  # what the cache did hold: the rules not in ``task.rule_ids``


def _dump(adapter: TypeAdapter, items: list) -> str:
    return adapter.dump_json(items).decode("utf-8") if items else "[]"


def _extract(task: Task, rules: Sequence) -> _Done:
    """Load one file and run ``rules`` on each of its articles; bad input becomes problems."""
    from checker.corpus import load_file

    path = Path(task.path)
    # Read the digest again here: the result may only be filed under the
    # parent's digest if these are the bytes it hashed.
    cacheable = task.sha is not None and file_key(path, task.sidecar) == task.sha
    budget.start_file()
    try:
        loaded = load_file(path, max_bytes=task.max_bytes, sidecar=task.sidecar)
    except Exception as exc:  # the loader promises not to raise; if it does, one file pays
        problem = Problem(kind="file", path=str(path), message=f"could not be loaded ({type(exc).__name__}: {exc})")
        return _Done(extra=_dump(_PROBLEMS, [problem]))
    claims, problems, extra = _by_rule(loaded.articles, rules)
    if set(claims) - {rule.id for rule in rules}:  # claims under an id we did not ask for cannot be filed
        cacheable = False
    return _Done(
        articles=_dump(_INFOS, [a.info for a in loaded.articles]),
        problems=_dump(_PROBLEMS, loaded.problems),
        by_rule={rid: (_dump(_CLAIMS, claims[rid]), _dump(_PROBLEMS, problems.get(rid, []))) for rid in claims},
        extra=_dump(_PROBLEMS, extra),
        cacheable=cacheable and not extra and not budget.cut_short(),
    )


def _by_rule(articles: Sequence, rules: Sequence) -> tuple[dict[str, list[Claim]], dict[str, list[Problem]],
                                                            list[Problem]]:
    """Each article's claims and problems filed by rule id; problems that belong to no rule apart."""
    from checker.extract import extract_claims

    claims: dict[str, list[Claim]] = {rule.id: [] for rule in rules}
    problems: dict[str, list[Problem]] = {rule.id: [] for rule in rules}
    extra: list[Problem] = []
    for article in articles:
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
    return claims, problems, extra


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
    ids = tuple(r.id for r in rules)
    return _parse(_extract(Task(str(path), None, ids, max_bytes, None), rules), ids)


# ------------------------------------------------------------------ workers

_WORKER: dict = {}
# The parent's rules, for workers that start as a copy of it (the "fork" start method): they take
# these instead of parsing and compiling every rule file again. Under "spawn" or "forkserver" a
# worker starts empty and loads the rules from their files.
_INHERITED: dict = {}


def _init_worker(sources: list[str], digests: dict[str, str], parent: int | None = None) -> None:
    """Load the rules once per worker from their files, and check they are the parent's."""
    from checker.parent_watch import exit_with_parent
    from checker.ruleset import load_rules

    if parent is not None:
        exit_with_parent(parent)
    budget.start_audit()
    if _INHERITED.get("parent") == parent and parent is not None:
        rules = _INHERITED["rules"]
    else:
        rules, _ = load_rules([Path(s) for s in sources], strict=False)
    by_id = {rule.id: rule for rule in rules}
    mine = digests_of(rules)
    _WORKER["rules"] = by_id
    _WORKER["stale"] = {rid for rid, d in digests.items() if mine.get(rid) != d}


def _work(task: Task) -> _Done | None:
    """None when this worker's rules differ from the parent's (a file edited mid-audit)."""
    if _WORKER["stale"] & set(task.rule_ids):
        return None
    return _extract(task, [_WORKER["rules"][rid] for rid in task.rule_ids])


# --------------------------------------------------------------------- run

class _Run:
    """One audit's files: what the cache answers, what is left to extract, results in file order."""

    def __init__(self, rules: Sequence, files: Sequence[Path], max_bytes: int, cache: ClaimCache | None,
                 sidecars: Mapping[str, Meta], progress: Callable[[int, int], None] | None) -> None:
        self.rules = list(rules)
        self.by_id = {rule.id: rule for rule in self.rules}
        self.order = tuple(rule.id for rule in self.rules)
        self.digests = digests_of(self.rules)
        self.files, self.max_bytes, self.cache = files, max_bytes, cache
        self.sidecars, self.progress = sidecars, progress
        self.results: list[FileResult | None] = [None] * len(files)
        self.done = 0
        self.result = RunResult()

    def finish(self, i: int, part: FileResult) -> None:
        self.results[i] = part
        self.done += 1
        if self.progress:
            self.progress(self.done, len(self.files))

    def pending(self) -> list[_Pending]:
        """Take what the cache holds; the rest is work, each file with the rules still to run."""
        todo = []
        for i, path in enumerate(self.files):
            key, sidecar = str(path), self.sidecars.get(str(path))
            sha = file_key(path, sidecar, self.max_bytes) if self.cache else None
            hit = self.cache.get(key, sha, self.max_bytes, self.digests) if self.cache and sha else None
            missing = tuple(rid for rid in self.order if hit is None or rid not in hit.rules)
            if hit is not None and not missing:
                try:
                    part = _parse(_Done(hit.articles, hit.problems, hit.rules), self.order)
                except ValueError:  # a row that does not parse is not trusted
                    hit, missing = None, self.order
                else:
                    self.result.cache_hits += 1
                    self.finish(i, part)
                    continue
            todo.append(_Pending(i, Task(key, sha, missing, self.max_bytes, sidecar), hit))
        return todo

    def local(self, item: _Pending) -> _Done:
        return _extract(item.task, [self.by_id[rid] for rid in item.task.rule_ids])

    def store(self, item: _Pending, fresh: _Done) -> None:
        done = fresh
        if item.hit is not None:  # only some rules were re-run: the rest come from the cache
            done = _Done(fresh.articles, fresh.problems, {**item.hit.rules, **fresh.by_rule}, fresh.extra,
                         fresh.cacheable)
        try:
            part = _parse(done, self.order)
        except ValueError:  # a cached row that does not parse: redo the whole file
            fresh = _extract(item.task._replace(rule_ids=self.order), self.rules)
            part = _parse(fresh, self.order)
        sha = item.task.sha
        if self.cache and fresh.cacheable and sha:
            rows = [(rid, self.digests[rid], *fresh.by_rule[rid]) for rid in fresh.by_rule if rid in self.digests]
            self.cache.put(item.task.path, sha, self.max_bytes, fresh.articles, fresh.problems, rows)
        self.finish(item.index, part)

    def collect(self) -> RunResult:
        for part in self.results:
            if part is not None:
                self.result.articles.extend(part.articles)
                self.result.claims.extend(part.claims)
                self.result.problems.extend(part.problems)
        return self.result


def run_files(files: Sequence[Path], rules: Sequence, *, max_bytes: int, sources: Sequence[str | Path] | None = None,
              jobs: int = 1, cache_path: Path | None = None, sidecars: Mapping[str, Meta] | None = None,
              progress: Callable[[int, int], None] | None = None) -> RunResult:
    """Every file's result, in the order of ``files``, from the cache or from fresh work.

    ``sources`` are the rule files and folders ``rules`` were loaded from:
    with them, ``jobs`` > 1 spreads the work over processes that load the
    rules themselves; without them the work stays in this process.
    ``sidecars`` is metadata given beside the files, by path; ``progress``
    is called with (files done, files total).
    """
    budget.start_audit()
    cache = open_cache(cache_path)
    run = _Run(rules, files, max_bytes, cache, sidecars or {}, progress)
    try:
        todo = run.pending()
        jobs = max(1, int(jobs or 1))
        if sources is not None and jobs > 1 and len(todo) > 1:
            _run_pool(run, todo, jobs, [str(s) for s in sources])
        else:
            for item in todo:
                run.store(item, run.local(item))
    finally:
        if cache:
            cache.close()
            run.result.warnings.extend(cache.warnings)
    return run.collect()


# Read once by the parent before it starts its workers, when they start as copies of it: what the
# first articles build (the extraction modules, the values grammars, the rules' word indexes) is
# then built once, not once in every worker. One paragraph per language of the language data.
_WARM_UP = {
    "en": "The third round of talks was held in Baghdad on Monday, 5 March 2021. About 2,500 US troops "
          "remain, nearly 40 percent fewer, and the second of the two meetings is scheduled for next week.",
    "ar": "عقدت الجولة الثالثة من الحوار في بغداد يوم الاثنين 5 آذار 2021. ويبقى نحو 2500 جندي أمريكي، "
          "أي أقل بنسبة 40 في المئة، ومن المقرر عقد الاجتماع الثاني الأسبوع المقبل.",
}


def _warm_up(rules: Sequence) -> None:
    from checker.extract import extract_claims
    from checker.models import Article
    from checker.text.sentences import split_article

    for lang, text in _WARM_UP.items():
        _, sentences = split_article(text, lang)
        info = ArticleInfo(id=f"warm-up-{lang}", path="", format="txt", encoding="utf-8", language=lang,
                           title=text.split(".")[0])
        extract_claims(Article(info=info, text=text, sentences=sentences), rules)


def _run_pool(run: _Run, todo: list[_Pending], jobs: int, sources: list[str]) -> None:
    """Spread the files over ``jobs`` processes; results are taken in file order."""
    workers = min(jobs, len(todo))
    chunk = max(1, min(32, len(todo) // (workers * 8)))
    taken = 0
    if multiprocessing.get_start_method() == "fork":
        _warm_up(run.rules)
    _INHERITED.update(parent=os.getpid(), rules=run.rules)
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(sources, run.digests, os.getpid()))
    try:
        for item, fresh in zip(todo, pool.map(_work, [item.task for item in todo], chunksize=chunk)):
            run.store(item, fresh if fresh is not None else run.local(item))
            taken += 1
    except BrokenProcessPool as exc:  # a worker died (killed, out of memory): finish here
        log.warning("checker: warning: a worker process died (%s); finishing in this process", exc)
        for item in todo[taken:]:
            run.store(item, run.local(item))
    finally:  # on Ctrl-C, do not wait for the files still queued
        pool.shutdown(wait=True, cancel_futures=True)
        _INHERITED.clear()
