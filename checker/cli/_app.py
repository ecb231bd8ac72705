"""The typer application every command module registers on, and the one way commands print.

Kept apart from ``checker.cli`` so that a command module imports the app, and
the package imports the command modules, without either importing the other.
"""

from __future__ import annotations

from typing import NoReturn

import typer

INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug in checker, never a finding (1) or bad input (2)


def echo(message: str = "", err: bool = False) -> None:
    """``typer.echo`` for text that may come from articles, file names or JSONL ids:
    control characters are shown as ``\\x1b`` escapes, so a name holding a
    title-setting or screen-clearing sequence cannot drive the terminal."""
    from checker.text.printable import escape_controls

    typer.echo(escape_controls(message), err=err)


def usage_error(message: str) -> NoReturn:
    """Say what is wrong with the input on stderr and stop with exit status 2."""
    echo(f"checker: {message}", err=True)
    raise typer.Exit(2)


app = typer.Typer(
    name="checker",
    help=(
        "Find where news articles about one story disagree: on a date, a count, a share, "
        "a round of talks.\n\n"
        "Start with:  checker audit seeds/   then open reports/report.html.\n\n"
        "Exit codes: 0 ok; 1 a finding at --fail-on; 2 usage or input error; 70 internal error (a bug)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
