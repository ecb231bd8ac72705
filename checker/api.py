"""The audit as a function: paths and rules in, a ``Report`` out.

This is the only door the CLI uses into the core, and the one a notebook or
another program should use too. Files are processed one at a time (or by a
pool of workers) and only their claims are kept, so memory does not grow with
the size of the archive; texts are re-read when a report needs to show them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from checker import __version__
from checker.models import ArticleInfo, Claim, Mention, Problem, Report


class UsageError(Exception):
    """Bad invocation or input the audit cannot start from (exit code 2)."""


class RuleLoadError(UsageError):
    """A rule file is broken and ``strict`` was asked for."""


def _loader_limit() -> int:
    """The corpus loader's size limit, read when options are made, so that
    importing the api (``checker parse`` does) does not import the corpus."""
    from checker.corpus import DEFAULT_MAX_BYTES

    return DEFAULT_MAX_BYTES


@dataclass
class AuditOptions:
    rules: Sequence[str | Path] = ()
    default_rules: bool = True
    strict: bool = False
    max_bytes: int = field(default_factory=_loader_limit)
    jobs: int = 1
    cache_path: Path | None = None  # None: no cache
    skip: Sequence[str | Path] = ()  # the audit's own outputs: never read as articles
    follow_links: bool = False  # read links in a folder that lead outside the folders given
    progress: Callable[[int, int], None] | None = None  # (files done, files total)
    meta: str | Path | None = None  # a CSV of path, published, source, url, title
    date_order: str | None = None  # DMY, MDY or YMD for the sidecar's ambiguous numeric dates


@dataclass
class AuditResult:
    report: Report
    files: int = 0
    cache_hits: int = 0
    extra: dict = field(default_factory=dict)

    def article_text(self, article_id: str) -> str | None:
        """Re-read one article's text (for the HTML report) without holding them all."""
        from checker.corpus import load_article_text

        return load_article_text(article_id)


@dataclass
class ClaimsResult:
    """Every claim the rules find, for the rule writer: no comparison, nothing cached.

    ``problems`` keeps the order they were met in, file by file (loading,
    then extraction); ``traces`` holds, per article, the ``explain`` lines.
    """

    claims: list[Claim]
    rule_problems: list[Problem]
    problems: list[Problem]
    traces: list[tuple[ArticleInfo, list[str]]]


def rule_sources(options: AuditOptions, *, missing_ok: bool = False) -> list[Path]:
    """The default pack (unless turned off) and the rule paths given.

    A path that does not exist stops the command (``missing_ok``: passed on to the loader,
    which reports it as a rule problem): a mistyped path must not read as "no claims".
    """
    from checker.ruleset import DEFAULT_RULES_DIR

    sources = [Path(DEFAULT_RULES_DIR)] if options.default_rules else []
    for given in options.rules:
        path = Path(given)
        if not path.exists() and not missing_ok:
            raise UsageError(f"rule path not found: {given}")
        sources.append(path)
    return sources


def load_ruleset(options: AuditOptions, sources: Sequence[Path] | None = None):
    """Rules and the problems met loading them (from ``sources``, else ``rule_sources(options)``);
    fatal only under ``strict``."""
    from checker.ruleset import load_rules

    rules, problems = load_rules(rule_sources(options) if sources is None else list(sources), strict=False)
    _printable_rule_paths(rules, problems)
    if options.strict and problems:
        first = problems[0]
        raise RuleLoadError(f"{first.where}: {first.message} ({len(problems)} rule problem(s); --strict)")
    return rules, problems


def _printable_rule_paths(rules, problems) -> None:
    """A rule file whose name is not UTF-8 keeps its rules, named with the bytes escaped."""
    from checker.text.printable import printable_path

    for rule in rules:
        if getattr(rule, "_file", None) and printable_path(rule._file) != rule._file:
            rule._file = printable_path(rule._file)
    for i, problem in enumerate(problems):
        if problem.path and printable_path(problem.path) != problem.path:
            problems[i] = problem.model_copy(update={"path": printable_path(problem.path)})


def list_claims(paths: Sequence[str | Path], options: AuditOptions | None = None, *,
                rule: str | None = None, explain: bool = False) -> ClaimsResult:
    """Each article's claims, one file at a time, with ``explain`` traces when asked.

    The rule writer's view of what ``audit`` compares: the same rules, the
    same loader and its ``max_bytes`` limit, the same extraction.
    """
    from checker.corpus import discover, load_file
    from checker.extract import extract_claims
    from checker.ruleset import load_rules

    options = options or AuditOptions()
    rules, rule_problems = load_rules(rule_sources(options))  # a mistyped path stops here, as for audit
    if rule:
        rules = [r for r in rules if r.id == rule]
    found = discover([str(p) for p in paths])
    if found.missing:
        raise UsageError(f"path not found: {', '.join(map(str, found.missing))}")
    result = ClaimsResult(claims=[], rule_problems=rule_problems, problems=[], traces=[])
    for f in found.files:
        loaded = load_file(f, max_bytes=options.max_bytes)
        result.problems.extend(loaded.problems)
        for article in loaded.articles:
            trace: list[str] | None = [] if explain else None
            got, met = extract_claims(article, rules, explain=trace)
            result.claims.extend(got)
            if trace:
                result.traces.append((article.info, trace))
            result.problems.extend(met)
    result.claims.sort(key=lambda c: (c.rule, sorted(c.key.items()), c.article, c.evidence.start))
    return result


def read_values(text: str, lang: str | None = None, published: date | None = None) -> list[Mention]:
    """The dates, quantities and ordinals in ``text``, as ``checker parse`` shows them."""
    from checker.values import find_mentions

    return find_mentions(text, lang, published)


def audit(paths: Sequence[str | Path], options: AuditOptions | None = None) -> AuditResult:
    """Load every article under ``paths``, extract claims, compare them, and report."""
    from checker.compare import build_findings, not_compared
    from checker.compare.selfcheck import taken_back
    from checker.corpus import discover
    from checker.pipeline import run_files

    from checker.text.printable import printable_path

    options = options or AuditOptions()
    if not paths:
        raise UsageError("no paths given: name files or folders of articles, e.g. checker audit seeds/")
    if options.max_bytes < 1:
        raise UsageError(f"max_bytes must be a positive number of bytes, not {options.max_bytes}")
    found = discover(paths, skip=options.skip, follow_outside=options.follow_links)
    if found.missing:
        raise UsageError(f"path not found: {', '.join(found.missing)}")
    if not found.files:
        listed = ", ".join(printable_path(p) for p in paths)
        why = "; ".join(f"{p.path}: {p.message}" for p in found.problems[:3])
        raise UsageError(f"no articles found in {listed} (.txt .md .html .json .jsonl)" + (f" ({why})" if why else ""))

    from checker.corpus.sidecar import SidecarError, for_files

    try:
        sidecars, side_problems = for_files(found.files, options.meta, options.date_order)
    except SidecarError as exc:
        raise UsageError(str(exc)) from exc
    sources = rule_sources(options)
    rules, rule_problems = load_ruleset(options, sources)
    run = run_files(found.files, rules, sources=sources, max_bytes=options.max_bytes, jobs=options.jobs,
                    cache_path=options.cache_path, sidecars=sidecars, progress=options.progress)

    articles: list[ArticleInfo] = sorted(run.articles, key=lambda a: a.id)
    claims: list[Claim] = sorted(
        run.claims, key=lambda c: (c.article, c.evidence.start, c.evidence.end, c.rule, sorted(c.key.items()))
    )
    problems: list[Problem] = list(found.problems) + side_problems + list(rule_problems) + sorted(
        run.problems, key=lambda p: (p.path, p.line or 0, p.message)
    )
    by_id = {rule.id: rule for rule in rules}
    compared, taken = taken_back(claims, by_id)  # a key inherited from context that its own article contradicts
    findings = build_findings(compared, by_id)
    unmet = sorted(not_compared(compared, by_id) + taken, key=lambda n: (n.rule, sorted(n.key.items()), n.reason))
    report = Report(
        checker_version=__version__,
        articles=articles,
        rules=sorted((rule.info() for rule in rules), key=lambda r: r.id),
        claims=claims,
        findings=findings,
        problems=problems,
        not_compared=unmet,
    )
    return AuditResult(report=report, files=len(found.files), cache_hits=run.cache_hits)
