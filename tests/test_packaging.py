"""A non-editable install (the README's first command) must carry every module and data file."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _config():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_subpackage_is_listed_for_installation():
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "checker").rglob("__init__.py")
    }
    listed = set(_config()["packages"])
    assert on_disk <= listed, f"add to pyproject.toml [tool.setuptools] packages: {sorted(on_disk - listed)}"


def test_default_rules_and_language_data_are_package_data():
    config = _config()
    assert config["package-dir"]["checker.default_rules"] == "rules"
    assert list((ROOT / "rules").glob("*.yaml")), "the default rule pack is empty"
    data = config["package-data"]
    for folder, patterns in (("checker.values", "lexicon/*.yaml"), ("checker.report", "templates/*")):
        package_dir = ROOT.joinpath(*folder.split("."))
        assert patterns in data[folder]
        assert list(package_dir.glob(patterns)), f"{folder}: nothing matches {patterns}"
