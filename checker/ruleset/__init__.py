"""Rules: the YAML schema, loading with file:line:col errors, patterns, examples.

A rule is data (``rules/*.yaml``); this package turns it into something that
runs, and tells the author precisely what is wrong when it cannot.
"""

from __future__ import annotations

from pathlib import Path

from checker.ruleset.loader import RuleFileError, format_problem, load_rules
from checker.ruleset.schema import Rule, RuleFile, json_schema


def _default_rules_dir() -> Path:
    try:
        from checker.paths import default_rules_dir

        return default_rules_dir()
    except ImportError:  # pragma: no cover - older layout
        here = Path(__file__).resolve()
        checkout = here.parents[2] / "rules"
        return checkout if checkout.is_dir() else here.parents[1] / "default_rules"


DEFAULT_RULES_DIR = _default_rules_dir()

__all__ = ["DEFAULT_RULES_DIR", "Rule", "RuleFile", "RuleFileError", "format_problem", "json_schema", "load_rules"]
