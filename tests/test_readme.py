"""The README teaches a rule for a new story; it must work exactly as shown."""

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from checker.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def _rule_block() -> str:
    return re.search(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.S).group(1)


def test_readme_rule_passes_its_own_examples(tmp_path):
    (tmp_path / "turnout.yaml").write_text(_rule_block(), encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", "test", str(tmp_path / "turnout.yaml")])
    assert result.exit_code == 0, result.output
    assert "4 passed, 0 failed, 1 rules" in result.output


def test_readme_rule_finds_the_turnout_conflict_across_languages(tmp_path):
    (tmp_path / "turnout.yaml").write_text(_rule_block(), encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Turnout in Iraq's parliamentary elections was 41 percent, the electoral commission said.\n", encoding="utf-8"
    )
    (articles / "b.txt").write_text("بلغت نسبة المشاركة في الانتخابات العراقية 43 في المئة بحسب المفوضية.\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["audit", str(articles), "--rules", str(tmp_path / "turnout.yaml"), "--no-default-rules",
            "--out", str(out), "--no-cache", "--jobs", "1", "--fail-on", "never"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    (finding,) = json.loads((out / "findings.json").read_text(encoding="utf-8"))["findings"]
    assert finding["key_label"] == "voter turnout in the Iraq election"
    assert sorted(c["value"] for c in finding["claims"]) == [0.41, 0.43]
    assert finding["conflicts"] == [[0, 1]]
