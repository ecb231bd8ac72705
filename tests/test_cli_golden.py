"""`checker claims` and `checker parse` print exactly what they printed before they went through the api.

The expected bytes were recorded from the commands as they were when each
built its own pipeline; any change to what a rule writer sees is a change to
these files, made on purpose and reviewed, never a side effect.
Regenerate with ``CHECKER_GOLDEN=write pytest tests/test_cli_golden.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "data" / "cli"

CASES = {
    "claims-table": ["claims", "seeds", "tests/data/cli/broken.json"],
    "claims-json": ["claims", "seeds", "--json"],
    "claims-explain": ["claims", "seeds/000_30f084d84164c53a.txt", "--rule", "strategic-dialogue-round-date", "--explain"],
    "claims-only-given-rules": ["claims", "seeds", "--no-default-rules", "--rules", "rules/us-troops-in-country.yaml"],
    "claims-missing": ["claims", "seeds/nope.txt"],
    "parse-table": ["parse", "في السابع من نيسان ابريل الماضي، قتل حوالي 3 آلاف", "--published", "2021-05-20"],
    "parse-json": ["parse", "About 2,500 U.S. troops remain, more than 150 attacks since late 2017.", "--json"],
    "parse-none": ["parse", "nothing to read here", "--lang", "en"],
    "parse-jsonl": ["parse", "--jsonl", "tests/data/cli/sentences.jsonl"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_is_byte_identical(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, CASES[name])
    got = f"exit {result.exit_code}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
    path = GOLDEN / f"{name}.out"
    if os.environ.get("CHECKER_GOLDEN") == "write":
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")
