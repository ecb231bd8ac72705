"""The audit as a function: paths and rules in, a ``Report`` out.

This is the only door the CLI uses into the core, and the one a notebook or
another program should use too. Files are processed one at a time (or by a
pool of workers) and only their claims are kept, so memory does not grow with
the size of the archive; texts are re-read when a report needs to show them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker import __version__
from checker.corpus import DEFAULT_MAX_BYTES
from checker.models import ArticleInfo, Claim, Problem, Report


class UsageError(Exception):
    """Bad invocation or input the audit cannot start from (exit code 2)."""


class RuleLoadError(UsageError):
    """A rule file is broken and ``strict`` was asked for."""


@dataclass
class AuditOptions:
    rules: Sequence[str | Path] = ()
    default_rules: bool = True
    strict: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 1
    cache_path: Path | None = None  # None: no cache
    progress: Callable[[int, int], None] | None = None  # (files done, files total)
    meta: str | Path | None = None  # a CSV of path, published, source, url, title
    date_order: str | None = None  # DMY, MDY or YMD for the sidecar's ambiguous numeric dates
    sidecars: dict = field(default_factory=dict)  # filled by audit(): metadata by file path


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


def rule_sources(options: AuditOptions) -> list[Path]:
    from checker.ruleset import DEFAULT_RULES_DIR

    sources = [Path(DEFAULT_RULES_DIR)] if options.default_rules else []
    for given in options.rules:
        path = Path(given)
        if not path.exists():
            raise UsageError(f"rule path not found: {given}")
        sources.append(path)
    return sources


def load_ruleset(options: AuditOptions):
    """Rules and the problems met loading them; fatal only under ``strict``."""
    from checker.ruleset import load_rules

    rules, problems = load_rules(rule_sources(options), strict=False)
    if options.strict and problems:
        first = problems[0]
        raise RuleLoadError(f"{first.where}: {first.message} ({len(problems)} rule problem(s); --strict)")
    return rules, problems


def audit(paths: Sequence[str | Path], options: AuditOptions | None = None) -> AuditResult:
    """Load every article under ``paths``, extract claims, compare them, and report."""
    from checker.compare import build_findings, not_compared
    from checker.corpus import discover
    from checker.pipeline import run_files

    options = options or AuditOptions()
    if not paths:
        raise UsageError("no paths given: name files or folders of articles, e.g. checker audit seeds/")
    found = discover(paths)
    if found.missing:
        raise UsageError(f"path not found: {', '.join(found.missing)}")
    if not found.files:
        raise UsageError(f"no articles found in {', '.join(str(p) for p in paths)} (.txt .md .html .json .jsonl)")

    from checker.corpus.sidecar import SidecarError, for_files

    try:
        options.sidecars, side_problems = for_files(found.files, options.meta, options.date_order)
    except SidecarError as exc:
        raise UsageError(str(exc)) from exc
    rules, rule_problems = load_ruleset(options)
    run = run_files(found.files, rules, options)

    articles: list[ArticleInfo] = sorted(run.articles, key=lambda a: a.id)
    claims: list[Claim] = sorted(
        run.claims, key=lambda c: (c.article, c.evidence.start, c.evidence.end, c.rule, sorted(c.key.items()))
    )
    problems: list[Problem] = list(found.problems) + side_problems + list(rule_problems) + sorted(
        run.problems, key=lambda p: (p.path, p.line or 0, p.message)
    )
    by_id = {rule.id: rule for rule in rules}
    findings = build_findings(claims, by_id)
    report = Report(
        checker_version=__version__,
        articles=articles,
        rules=sorted((rule.info() for rule in rules), key=lambda r: r.id),
        claims=claims,
        findings=findings,
        problems=problems,
        not_compared=not_compared(claims, by_id),
    )
    return AuditResult(report=report, files=len(found.files), cache_hits=run.cache_hits)
