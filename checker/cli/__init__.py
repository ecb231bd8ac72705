"""The ``checker`` command line: a thin typer layer over ``checker.api``.

Each command group lives in its own module and registers itself on ``app``;
heavy imports (dateparser, trafilatura, Jinja2) happen inside the commands so
that ``checker --help`` and ``checker parse`` start fast.
"""

from __future__ import annotations

from checker.cli._app import INTERNAL_ERROR, app, echo  # noqa: F401

# Registration by import: each module adds its commands to ``app``.
from checker.cli import audit as _audit  # noqa: E402,F401
from checker.cli import parse as _parse  # noqa: E402,F401
from checker.cli import rules as _rules  # noqa: E402,F401
from checker.cli import discover as _discover  # noqa: E402,F401

__all__ = ["app", "main"]


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
