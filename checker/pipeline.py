"""Per-file work of an audit: load, extract claims, keep only what the report needs.

A file's result depends on nothing but its bytes and the rules, which is what
makes the work safe to spread over processes and to cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker.models import ArticleInfo, Claim, Problem


@dataclass
class FileResult:
    articles: list[ArticleInfo] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class RunResult(FileResult):
    cache_hits: int = 0


def process_file(path: Path, rules: Sequence, max_bytes: int) -> FileResult:
    """Everything one file contributes; bad input becomes problems, never an exception."""
    from checker.corpus import load_file
    from checker.extract import extract_claims

    loaded = load_file(path, max_bytes=max_bytes)
    result = FileResult(problems=list(loaded.problems))
    for article in loaded.articles:
        result.articles.append(article.info)
        try:
            claims, problems = extract_claims(article, rules)
        except Exception as exc:  # a bug in one rule or article must not sink the audit
            result.problems.append(
                Problem(kind="file", path=article.info.id, message=f"extraction failed: {type(exc).__name__}: {exc}")
            )
            continue
        result.claims.extend(claims)
        result.problems.extend(problems)
    return result


def run_files(files: Sequence[Path], rules: Sequence, options) -> RunResult:
    total = RunResult()
    for done, path in enumerate(files, 1):
        part = process_file(path, rules, options.max_bytes)
        total.articles.extend(part.articles)
        total.claims.extend(part.claims)
        total.problems.extend(part.problems)
        if options.progress:
            options.progress(done, len(files))
    return total
