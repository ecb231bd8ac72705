"""The ``checker`` command line: a thin typer layer over ``checker.api``.

Each command group lives in its own module and registers itself on ``app``;
heavy imports (dateparser, trafilatura, Jinja2) happen inside the commands so
that ``checker --help`` and ``checker parse`` start fast.
"""

from __future__ import annotations

import typer

INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug in checker, never a finding (1) or bad input (2)


def echo(message: str = "", err: bool = False) -> None:
    """``typer.echo`` for text that may come from articles, file names or JSONL ids:
    control characters are shown as ``\\x1b`` escapes, so a name holding a
    title-setting or screen-clearing sequence cannot drive the terminal."""
    from checker.text.printable import escape_controls

    typer.echo(escape_controls(message), err=err)


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

# Registration by import: each module adds its commands to ``app``.
from checker.cli import audit as _audit  # noqa: E402,F401
from checker.cli import parse as _parse  # noqa: E402,F401
from checker.cli import rules as _rules  # noqa: E402,F401
from checker.cli import discover as _discover  # noqa: E402,F401


def main() -> None:
    """Run the command line; an unexpected exception exits with its own status.

    CI must tell a broken run from a contradiction found (1) and from bad
    usage or input (2): a crash prints its traceback and exits 70.
    """
    import sys
    import traceback

    try:
        app()
    except KeyboardInterrupt:
        echo("checker: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        echo("".join(traceback.format_exception(exc)), err=True)
        echo(f"checker: internal error ({type(exc).__name__}: {exc}); this is a bug in checker, "
             f"not a finding: exit status {INTERNAL_ERROR}", err=True)
        sys.exit(INTERNAL_ERROR)
