"""``checker audit``: the command a fact-checker runs on a folder of articles."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import typer

from checker.cli._app import app, echo, usage_error

# The option's default, spelled here so that ``checker --help`` needs no core
# import; tests/test_cli_audit.py holds it to ``checker.corpus.DEFAULT_MAX_BYTES``.
MAX_BYTES_DEFAULT = 20_000_000


def _formats(value: str) -> list[str]:
    from checker.report import FORMATS

    chosen = [f.strip().lower() for f in value.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise typer.BadParameter(f"choose from {', '.join(FORMATS)} (comma-separated), got {value!r}")
    return chosen


def _warn(problem) -> None:
    from checker.report.labels import is_metadata_problem

    label = "rule" if problem.kind == "rule" else "metadata" if is_metadata_problem(problem) else (
        "skipped" if problem.kind == "file" else "unresolved")
    rule = f"[{problem.rule}] " if problem.rule and f"[{problem.rule}]" not in problem.message else ""
    echo(f"warning ({label}): {problem.where}: {rule}{problem.message}", err=True)


@app.command()
def audit(
    paths: list[Path] = typer.Argument(
        ..., help="Article files or folders (searched recursively): .txt .md .html .json .jsonl.", show_default=False
    ),
    rules: list[Path] = typer.Option(
        [], "--rules", "-r", help="Extra rule file or folder; repeat for more. Added to the default pack in rules/."
    ),
    no_default_rules: bool = typer.Option(False, "--no-default-rules", help="Use only the rules given with --rules."),
    out: Path = typer.Option(Path("reports"), "--out", "-o", help="Folder the reports are written to."),
    fmt: str = typer.Option("html,json", "--format", "-f", help="Any of html, json, csv, comma-separated."),
    fail_on: str = typer.Option(
        "error", "--fail-on", help="Exit 1 when a finding is at least this severe: error, warning, info, or never."
    ),
    strict: bool = typer.Option(False, "--strict", help="Stop (exit 2) on a broken rule file instead of skipping it."),
    max_bytes: int = typer.Option(MAX_BYTES_DEFAULT, "--max-bytes", min=1, help="Skip, with a warning, files larger than this."),
    follow_links: bool = typer.Option(
        False, "--follow-links", help="Read symbolic links in the folders given that lead outside them (skipped by default)."
    ),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes; 0 means one per CPU core."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Re-extract every file instead of reusing cached claims."),
    cache: Path = typer.Option(Path(".checker-cache/claims.sqlite"), "--cache", help="Where cached claims are kept."),
    meta: Path = typer.Option(
        None, "--meta", help="CSV of article metadata: path, published, source, url, title (paths relative to the CSV). "
        "A file a.meta.yaml beside a.txt is read too.", show_default=False,
    ),
    date_order: str = typer.Option(
        None, "--date-order", help="DMY or MDY: how to read a metadata date like 4/5/2017 (else it is left unknown).",
        show_default=False,
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors; no progress bar."),
    timestamp: bool = typer.Option(
        False, "--timestamp", help="Record when the audit ran in the reports (then two runs no longer give identical bytes)."
    ),
) -> None:
    """Audit articles: find claims with the rules and report where sources disagree.

    Writes findings.json (the machine-readable report) and report.html (open it in a
    browser) into --out, and prints a summary.

    Examples:

      checker audit seeds/

      checker audit archive/ --rules my-rules/ --format html,json,csv --out out/

      checker audit a.html b.txt --fail-on warning   # exit 1 on any warning, for CI

      checker audit articles/ --meta articles.csv --date-order DMY

    Exit codes: 0 no finding at --fail-on or above; 1 such a finding; 2 usage or input error;
    70 internal error (a bug in checker: the run is broken, not the articles).
    """
    from checker.api import AuditOptions, UsageError
    from checker.api import audit as run_audit
    from checker.report import existing_outputs, remove_stale, render_terminal, write_reports
    from checker.report.terminal import exit_status

    from checker.models import DATE_ORDERS, SEVERITIES

    formats = _formats(fmt)
    if fail_on not in (*SEVERITIES, "never"):
        raise typer.BadParameter("choose error, warning, info or never", param_hint="--fail-on")
    if date_order is not None and date_order.upper() not in DATE_ORDERS:
        raise typer.BadParameter(f"choose {', '.join(DATE_ORDERS)}", param_hint="--date-order")
    progress = None
    if not quiet and sys.stderr.isatty():
        from checker.cli.progress import ProgressBar

        progress = ProgressBar()
    options = AuditOptions(
        rules=rules,
        default_rules=not no_default_rules,
        strict=strict,
        max_bytes=max_bytes,
        jobs=jobs or (os.cpu_count() or 1),
        cache_path=None if no_cache else cache,
        progress=progress,
        meta=meta,
        date_order=date_order.upper() if date_order else None,
        skip=[out, cache],
        follow_links=follow_links,
    )
    try:
        result = run_audit([str(p) for p in paths], options)
    except UsageError as exc:
        usage_error(str(exc))
    finally:
        if progress:
            progress.close()
    report = result.report
    if timestamp:
        from datetime import datetime, timezone

        stamp = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        report = report.model_copy(update={"generated_at": stamp})
    for problem in report.problems:
        if problem.kind != "claim":
            _warn(problem)
    try:
        before = set(existing_outputs(out))
        written = write_reports(report, out, formats, article_text=result.article_text)
        removed = remove_stale(out, formats)
    except OSError as exc:
        usage_error(f"cannot write reports to {out}: {exc}")
    if not quiet:
        # A pipe or a file has no width: wrap at a generous one rather than cut values at 80.
        echo(render_terminal(report, width=max(60, shutil.get_terminal_size((120, 24)).columns)))
        for path in written:
            echo(f"{'replaced' if path in before else 'wrote'} {path}")
        for path in removed:
            echo(f"removed {path}: left by an earlier run, in a format not written this time")
    code, why = exit_status(report, fail_on)
    if not quiet:
        echo(why)
    if code:
        raise typer.Exit(code)
