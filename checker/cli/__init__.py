"""The ``checker`` command line: a thin typer layer over ``checker.api``.

Each command group lives in its own module and registers itself on ``app``;
heavy imports (dateparser, trafilatura, Jinja2) happen inside the commands so
that ``checker --help`` and ``checker parse`` start fast.
"""

from __future__ import annotations

from checker.cli._app import app

# Registration by import: each module adds its commands to ``app``.
from checker.cli import audit as _audit  # noqa: E402,F401
from checker.cli import parse as _parse  # noqa: E402,F401
from checker.cli import rules as _rules  # noqa: E402,F401

__all__ = ["app", "main"]


def main() -> None:
    app()
