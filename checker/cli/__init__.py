"""The ``checker`` command line: a thin typer layer over ``checker.api``.

Each command group lives in its own module and registers itself on ``app``;
heavy imports (dateparser, trafilatura, Jinja2) happen inside the commands so
that ``checker --help`` and ``checker parse`` start fast.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="checker",
    help=(
        "Find where news articles about one story disagree: on a date, a count, a share, "
        "a round of talks.\n\n"
        "Start with:  checker audit seeds/   then open reports/report.html."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# Registration by import: each module adds its commands to ``app``.
from checker.cli import audit as _audit  # noqa: E402,F401
from checker.cli import parse as _parse  # noqa: E402,F401
from checker.cli import rules as _rules  # noqa: E402,F401
from checker.cli import discover as _discover  # noqa: E402,F401


def main() -> None:
    app()
