"""`checker audit` as a user meets it: exit codes, messages, files written."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def seeds_audit(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = run("audit", SEEDS, "--out", out, "--no-cache", "--jobs", "1", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    return out, result


def test_seeds_audit_lists_every_article_with_its_date_source(seeds_audit):
    out, result = seeds_audit
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    infos = {Path(a["path"]).name: a for a in report["articles"]}
    assert len(infos) == 5
    assert all(a["language"] == "ar" for a in infos.values())
    dated = {name: (a["published"], a["published_source"]) for name, a in infos.items() if a["published"]}
    assert dated == {"001_d40ab5949a8a4725.txt": ("2021-09-09", "dateline")}
    row = next(line for line in result.output.splitlines() if "001_d40ab5949a8a4725" in line and "9 September 2021" in line)
    assert "dateline" in row and " ar " in row


def test_seeds_audit_reports_the_third_round_date_conflict_with_both_quotes(seeds_audit):
    out, _ = seeds_audit
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    pairs = []
    for finding in report["findings"]:
        for i, j in finding["conflicts"]:
            a, b = finding["claims"][i], finding["claims"][j]
            pairs.append({(Path(a["article"]).name, str(a["value"])), (Path(b["article"]).name, str(b["value"]))})
    assert {("000_30f084d84164c53a.txt", "XXXX-04-07"), ("002_a1fd4a0336cd2e0a.txt", "2021-06-05")} in pairs
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "نيسان ابريل الماضي" in html and "حٓزيران يونيو 2021" in html


def test_missing_path_is_a_one_line_usage_error(tmp_path):
    result = run("audit", tmp_path / "nope", "--out", tmp_path / "o")
    assert result.exit_code == 2
    assert "not found" in result.output and "nope" in result.output


def test_folder_without_articles_is_a_usage_error(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG")
    result = run("audit", tmp_path / "empty", "--out", tmp_path / "o")
    assert result.exit_code == 2
    assert "no articles" in result.output


def test_unknown_format_is_refused(tmp_path):
    result = run("audit", SEEDS, "--format", "pdf", "--out", tmp_path)
    assert result.exit_code == 2


_TOLL_RULE = """\
id: quake-toll
title: Quake death toll
severity: {severity}
claim: {{value: quantity, slot: n}}
patterns:
  en: ["quake killed {{n:quantity}} people"]
"""


def _conflict(tmp_path: Path, severity: str) -> tuple[Path, Path]:
    """Two articles that disagree on one figure, under a rule of the given severity."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("The quake killed 120 people on Monday.\n", encoding="utf-8")
    (docs / "b.txt").write_text("The quake killed 450 people on Monday.\n", encoding="utf-8")
    rule = tmp_path / "toll.yaml"
    rule.write_text(_TOLL_RULE.format(severity=severity), encoding="utf-8")
    return docs, rule


@pytest.mark.parametrize("severity, fail_on, code", [
    ("error", None, 1),  # the default --fail-on is error
    ("warning", None, 0),
    ("warning", "warning", 1),
    ("info", "warning", 0),
    ("info", "info", 1),
    ("error", "never", 0),
])
def test_fail_on_exits_one_only_for_a_finding_at_least_that_severe(tmp_path, severity, fail_on, code):
    docs, rule = _conflict(tmp_path, severity)
    args = ["audit", docs, "--rules", rule, "--no-default-rules", "--out", tmp_path / "o", "--no-cache", "-j", "1", "-q"]
    result = run(*args, *(["--fail-on", fail_on] if fail_on else []))
    assert result.exit_code == code, result.output
    findings = json.loads((tmp_path / "o" / "findings.json").read_text(encoding="utf-8"))["findings"]
    assert [f["severity"] for f in findings] == [severity]  # the conflict was found either way


def test_max_bytes_default_is_the_corpus_loaders():
    """The CLI spells its default so --help stays fast; it must be the loader's limit."""
    from checker.api import AuditOptions
    from checker.cli.audit import MAX_BYTES_DEFAULT
    from checker.corpus import DEFAULT_MAX_BYTES

    assert MAX_BYTES_DEFAULT == DEFAULT_MAX_BYTES == AuditOptions().max_bytes


def test_unreadable_file_is_a_warning_and_the_rest_loads(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    result = run("audit", corpus, "--out", tmp_path / "o", "--no-cache", "--jobs", "1", "--fail-on", "never")
    assert result.exit_code == 0
    assert "broken.txt" in result.output
    report = json.loads((tmp_path / "o" / "findings.json").read_text(encoding="utf-8"))
    assert len(report["articles"]) == 5


def test_reports_carry_a_time_only_when_asked(tmp_path):
    common = ("--no-cache", "-j", "1", "-q", "--fail-on", "never")
    run("audit", SEEDS, "--out", tmp_path / "plain", *common)
    run("audit", SEEDS, "--out", tmp_path / "stamped", *common, "--timestamp")
    plain = json.loads((tmp_path / "plain" / "findings.json").read_text(encoding="utf-8"))
    stamped = json.loads((tmp_path / "stamped" / "findings.json").read_text(encoding="utf-8"))
    assert plain["generated_at"] is None
    assert stamped["generated_at"].endswith("+00:00")


def test_claims_with_a_mistyped_rule_path_stops_and_names_it(tmp_path):
    """A rule writer's typo must not read as "0 claims"."""
    result = run("claims", "seeds", "--no-default-rules", "--rules", tmp_path / "electon.yaml")
    assert result.exit_code == 2
    assert "rule path not found" in result.output and "electon.yaml" in result.output


def test_rules_test_explains_passing_examples_too_with_verbose():
    """A must-not-fire example may pass for a weak reason: -v --explain shows how each was read."""
    result = run("rules", "test", "examples/election", "--rule", "election-date", "-v", "--explain")
    assert result.exit_code == 0
    assert "ok   election-date[0]" in result.output
    assert "«Sunday» → election day" in result.output
    quiet = run("rules", "test", "examples/election", "--rule", "election-date", "--explain")
    assert "«Sunday» →" not in quiet.output  # without -v only failures are explained
