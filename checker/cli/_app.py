"""The typer application every command module registers on.

Kept apart from ``checker.cli`` so that a command module imports the app, and
the package imports the command modules, without either importing the other.
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
