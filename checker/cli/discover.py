"""``checker discover``: candidate contradictions on a story no rule knows yet, and a rule drafted from one."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from checker.cli._app import app, echo, usage_error

FORMATS = ("html", "json")


@app.command()
def discover(
    paths: list[Path] = typer.Argument(..., help="Article files or folders, as for audit.", show_default=False),
    out: Path = typer.Option(Path("reports"), "--out", "-o", help="Folder for discover.json and discover.html."),
    fmt: str = typer.Option("html,json", "--format", "-f", help="Any of html, json, comma-separated."),
    top: int = typer.Option(15, "--top", help="How many candidates of each kind to print."),
    tolerance: float = typer.Option(0.05, "--tolerance", help="Slack around a hedged number ('about'): 0.05 is ±5%."),
    window_days: int = typer.Option(
        1, "--window-days", help="Counts are compared only when their as-of dates are this close (-1: always)."),
    draft: Path = typer.Option(None, "--draft", help="Write a frame rule for --candidate into this folder.",
                               show_default=False),
    candidate: str = typer.Option(None, "--candidate", help="The candidate id (D-…) to draft; default: the first.",
                                  show_default=False),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes; 0 means one per CPU core."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Re-read every file instead of reusing cached results."),
    cache: Path = typer.Option(Path(".checker-cache/claims.sqlite"), "--cache", help="Where cached results are kept."),
    max_bytes: int = typer.Option(20_000_000, "--max-bytes", help="Skip, with a warning, files larger than this."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Find candidate contradictions with no rules: values grouped by what they count or date.

    Every number and date is given a subject from its clause (the noun it counts, the event
    and its ordinal, the countries and cities beside it, through the shared concepts and
    Arabic morphology), values are grouped by subject, and each group is compared as an
    audit would. Conflicts are ranked by how sure the grouping is.

    Examples:

      checker discover articles/

      checker discover articles/ --draft my-rules/ --candidate D-1e08bb2213

    then: checker rules test my-rules/ and checker audit articles/ --rules my-rules/
    """
    from checker.api import UsageError
    from checker.discover.draft import DraftError
    from checker.discover.draft import draft as draft_rule
    from checker.discover.group import Settings
    from checker.discover.render import render_terminal, write_outputs
    from checker.discover.run import Options, discover_report

    formats = [f.strip().lower() for f in fmt.split(",") if f.strip()]
    if not formats or any(f not in FORMATS for f in formats):
        raise typer.BadParameter(f"choose from {', '.join(FORMATS)} (comma-separated), got {fmt!r}")
    settings = Settings(tolerance=tolerance, count_window_days=None if window_days < 0 else window_days)
    options = Options(jobs=jobs or (os.cpu_count() or 1), max_bytes=max_bytes,
                      cache_path=None if no_cache else cache, settings=settings)
    try:
        report = discover_report([str(p) for p in paths], options)
    except UsageError as exc:
        usage_error(str(exc))
    try:
        written = write_outputs(report, out, formats)
    except OSError as exc:
        usage_error(f"cannot write to {out}: {exc}")
    if not quiet:
        echo(render_terminal(report, top))
        for path in written:
            echo(f"wrote {path}")
    if draft is not None:
        chosen = candidate or (report.conflicts[0].id if report.conflicts else None)
        if chosen is None:
            usage_error("no conflicting candidate to draft a rule for")
        try:
            path = draft_rule(report, chosen, draft)
        except DraftError as exc:
            usage_error(str(exc))
        echo(f"drafted {path}: test it with `checker rules test {path}`, "
                   f"then `checker audit {' '.join(map(str, paths))} --rules {path}`")
