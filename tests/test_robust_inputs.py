"""Bad input, end to end through ``checker audit``: named in a warning, the rest goes on.

Every corpus here holds two good articles that disagree on the date of the
third round of talks (a warning-level finding), plus one bad input. Each
test checks three things a newsroom relies on: the message names the bad
file (and line), the good articles still yield their finding, and the exit
code follows the findings (1 at ``--fail-on warning``), not the bad file.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker.corpus
from checker.cli import app

from talks_rules import RULES
GOOD = {
    "a.txt": "The third round of talks was held on April 7, 2021.\n",
    "b.txt": "The third round of talks was held on April 9, 2021.\n",
}
ARABIC = "عقدت الجولة الثالثة من المحادثات في السابع من نيسان 2021.\n"


@pytest.fixture
def corpus(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in GOOD.items():
        (docs / name).write_text(text, encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "t.yaml").write_text(RULES, encoding="utf-8")
    return tmp_path, docs, rules


def audit(tmp_path, docs, rules, *extra, jobs=1):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [
        "audit", str(docs), "--no-default-rules", "--rules", str(rules), "--out", str(out),
        "--format", "json", "--fail-on", "warning", "--jobs", str(jobs), "--cache", str(tmp_path / "c.sqlite"),
        *map(str, extra),
    ])
    report = json.loads((out / "findings.json").read_text(encoding="utf-8")) if (out / "findings.json").exists() else None
    return result, report


def warnings_about(result, name: str) -> list[str]:
    return [line for line in result.stderr.splitlines() if "warning" in line and name in line]


def assert_good_articles_still_conflict(result, report):
    code = getattr(result, "exit_code", getattr(result, "returncode", None))
    assert code == 1, result.stderr
    values = sorted(str(c["value"]) for f in report["findings"] for c in f["claims"] if Path(c["article"]).name in GOOD)
    assert values == ["2021-04-07", "2021-04-09"]


BAD_FILES = {
    "empty": ("empty.txt", b"", "empty"),
    "binary": ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4, "binary"),
    "invalid-utf8": ("garbled.txt", b"\xc3\x28" + bytes(range(0x80, 0x100)) * 2, "UTF-8"),
    "json-wrong-type": ("wire.json", b'{"title": "t", "text": 5}', "'text' should be a string"),
    "json-missing": ("wire.json", b'{"title": "no body"}', "no 'text' field"),
    "json-not-object": ("wire.json", b'["just", "a", "list"]', "wire.json"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_a_bad_file_is_named_and_the_audit_goes_on(corpus, kind):
    tmp_path, docs, rules = corpus
    name, data, words = BAD_FILES[kind]
    (docs / name).write_bytes(data)
    result, report = audit(tmp_path, docs, rules)
    assert_good_articles_still_conflict(result, report)
    said = warnings_about(result, name)
    assert said and words in said[0], result.stderr
    assert any(Path(p["path"]).name == name for p in report["problems"])


def test_a_file_over_max_bytes_is_skipped_with_its_size(corpus):
    tmp_path, docs, rules = corpus
    (docs / "huge.txt").write_text("The third round of talks was held on May 1, 2021. " * 100, encoding="utf-8")
    result, report = audit(tmp_path, docs, rules, "--max-bytes", 2000)
    assert_good_articles_still_conflict(result, report)
    (said,) = warnings_about(result, "huge.txt")
    assert "limit" in said
    assert all(Path(a["path"]).name != "huge.txt" for a in report["articles"])


def test_windows_1256_arabic_is_read_not_skipped(corpus):
    tmp_path, docs, rules = corpus
    (docs / "legacy.txt").write_bytes(ARABIC.encode("cp1256"))
    result, report = audit(tmp_path, docs, rules)
    assert_good_articles_still_conflict(result, report)
    assert not warnings_about(result, "legacy.txt")
    (info,) = [a for a in report["articles"] if a["path"].endswith("legacy.txt")]
    assert info["encoding"] == "cp1256" and info["language"] == "ar"
    (claim,) = [c for c in report["claims"] if c["article"].endswith("legacy.txt")]
    assert claim["value"] == "2021-04-07" and claim["key"] == {"round": "3"}


def test_jsonl_with_one_bad_line_among_good_ones(corpus):
    tmp_path, docs, rules = corpus
    lines = [
        json.dumps({"title": "one", "text": "The third round of talks was held on April 9, 2021."}),
        json.dumps({"title": "two", "text": ["not", "text"]}),
        "{not json",
        json.dumps({"title": "four", "published": "someday", "text": "The third round of talks was held on April 7, 2021."}),
    ]
    (docs / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, report = audit(tmp_path, docs, rules)
    assert_good_articles_still_conflict(result, report)
    said = warnings_about(result, "wire.jsonl")
    lines_named = sorted(int(s.split("wire.jsonl:")[1].split(":")[0]) for s in said)
    assert lines_named == [2, 3, 4]
    from_wire = sorted(str(c["value"]) for c in report["claims"] if "wire.jsonl" in c["article"])
    assert from_wire == ["2021-04-07", "2021-04-09"]


def test_a_symlink_loop_ends_and_each_article_counts_once(corpus):
    tmp_path, docs, rules = corpus
    os.symlink(docs, docs / "loop")
    os.symlink("self.txt", docs / "self.txt")
    result, report = audit(tmp_path, docs, rules, jobs=2)
    assert_good_articles_still_conflict(result, report)
    assert sorted(Path(a["path"]).name for a in report["articles"]) == ["a.txt", "b.txt"]
    assert warnings_about(result, "self.txt")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_that_disappears_during_the_audit(corpus, monkeypatch, jobs):
    tmp_path, docs, rules = corpus
    (docs / "gone.txt").write_text("The third round of talks was held on June 1, 2021.\n", encoding="utf-8")
    real = checker.corpus.discover

    def discover_then_delete(paths, **options):
        found = real(paths, **options)
        (docs / "gone.txt").unlink()
        return found

    monkeypatch.setattr(checker.corpus, "discover", discover_then_delete)
    result, report = audit(tmp_path, docs, rules, jobs=jobs)
    assert_good_articles_still_conflict(result, report)
    (said,) = warnings_about(result, "gone.txt")
    assert "disappeared" in said


# ------------------------------------------------------------- rule files

BAD_RULES = {
    # file name, text, line the message must name, words it must contain
    "syntax": ("syntax.yaml", "id: t-y\ntitle: [unclosed\nclaim: {value: date}\n", None, "YAML"),
    "unknown-key": ("typo.yaml", "id: t-x\ntitle: X\nclaim: {value: date}\npatern:\n  en: ['on {d:date}']\n", 4, "patern"),
    "wrong-type": ("type.yaml", "id: t-z\ntitle: Z\nseverity: 5\nclaim: {value: date}\npatterns:\n  en: ['on {d:date}']\n",
                   3, "severity"),
    "duplicate-id": ("zdup.yaml", "id: t-round-date\ntitle: Again\nclaim: {value: date}\npatterns:\n  en: ['on {d:date}']\n",
                     1, "duplicate"),
}


@pytest.mark.parametrize("kind", sorted(BAD_RULES))
def test_a_broken_rule_file_is_named_with_its_line_and_the_other_rules_run(corpus, kind):
    tmp_path, docs, rules = corpus
    name, text, line, words = BAD_RULES[kind]
    (rules / name).write_text(text, encoding="utf-8")
    result, report = audit(tmp_path, docs, rules)
    assert_good_articles_still_conflict(result, report)
    (said,) = warnings_about(result, name)
    assert words in said
    where = said.split(name + ":")[1].split(":")[0]
    assert where.isdigit() and (line is None or int(where) == line), said
    strict, _ = audit(tmp_path, docs, rules, "--strict")
    assert strict.exit_code == 2 and name in strict.stderr


def test_a_catastrophic_regex_on_a_long_line_ends_with_a_warning(corpus):
    """``(a+)+$`` backtracks exponentially; the audit must still finish and say which rule gave up.

    Run as a child process with a generous timeout, so a regression fails
    this test instead of hanging the suite.
    """
    tmp_path, docs, rules = corpus
    (rules / "slow.yaml").write_text(
        "id: t-slow\ntitle: Slow\nclaim: {value: quantity}\nregex:\n  en: ['(?P<n>[0-9]+) (a|aa)+$']\n",
        encoding="utf-8",
    )
    (docs / "long.txt").write_text("There were 3000 " + "a" * 1200 + "!\n", encoding="utf-8")  # under the sentence cap
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(Path(sys.executable).with_name("checker")), "audit", str(docs), "--no-default-rules", "--rules",
         str(rules), "--out", str(out), "--format", "json", "--fail-on", "warning", "--no-cache", "--jobs", "1"],
        capture_output=True, text=True, timeout=120,
    )
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert_good_articles_still_conflict(proc, report)
    assert any(p["rule"] == "t-slow" for p in report["problems"]), report["problems"]
    assert any("slow.yaml" in line and "long.txt" in line and "t-slow" in line
               for line in proc.stderr.splitlines()), proc.stderr
