"""The YAML shipped beside the code (concepts, clause-linking language data, value lexicons,
discover's roles) is read with loaders that keep the last of two equal keys; a key written
twice in one mapping would silently drop the first's words. Every such file must hold none."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.ruleset import yamlpos

ROOT = Path(__file__).resolve().parents[1] / "checker"
DATA = sorted(p for p in ROOT.rglob("*.yaml"))


def test_the_data_files_are_found():
    names = {p.relative_to(ROOT).as_posix() for p in DATA}
    assert {"frames/concepts/military.yaml", "frames/lang/en.yaml", "values/lexicon/ar.yaml"} <= names


@pytest.mark.parametrize("path", DATA, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_key_is_written_twice(path: Path):
    try:
        yamlpos.load(path.read_text(encoding="utf-8"))
    except yamlpos.DuplicateKey as exc:
        pytest.fail(f"{path.relative_to(ROOT)}: {exc}")


def test_a_key_written_twice_is_caught():
    with pytest.raises(yamlpos.DuplicateKey):
        yamlpos.load("names:\n  Obama: [obama]\n  Obama: [اوباما]\n")
