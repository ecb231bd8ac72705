"""Where the default rule pack lives, installed or in a source checkout.

``pip install .`` copies ``rules/`` into the package as
``checker/default_rules``; an editable install or a plain checkout reads the
top-level ``rules/`` folder, so a rule edited there takes effect at once.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def default_rules_dir() -> Path:
    checkout = _PACKAGE.parent / "rules"
    if checkout.is_dir() and (_PACKAGE.parent / "pyproject.toml").is_file():
        return checkout
    return _PACKAGE / "default_rules"
