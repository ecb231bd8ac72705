"""Shared helpers for the issue-10 hardening tests: run the CLI, read its JSON."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from checker.cli import app

TROOPS = "There are about 2,500 US troops in Iraq, officials said."
ROUND = "The third round of the strategic dialogue between Iraq and the US was held on April 7, 2021."
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def audit(paths, out: Path, *extra):
    """``checker audit`` with no cache and one job; returns (result, findings.json or None)."""
    if not isinstance(paths, (list, tuple)):
        paths = [paths]
    result = run("audit", *paths, "--out", out, "--no-cache", "--jobs", "1", "--fail-on", "never", *extra)
    report = out / "findings.json"
    return result, (json.loads(report.read_text(encoding="utf-8")) if report.exists() else None)

ROOT_RULES = Path(__file__).resolve().parents[1] / "rules"
