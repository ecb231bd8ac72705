"""What an audit leaves on disk: the same bytes every time, and never half a report."""

import contextlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker.report._atomic as atomic
from checker.cli import app

from talks_rules import RULES


@pytest.fixture
def corpus(tmp_path):
    docs = tmp_path / "docs"
    (docs / "ar").mkdir(parents=True)
    for i in range(6):
        (docs / f"en{i}.txt").write_text(
            f"WASHINGTON, 2021-05-0{i + 1} - The third round of talks was held on April {7 + i % 2}, 2021. "
            f"There are about {2500 + 500 * (i % 3):,} US troops in Iraq.\n", encoding="utf-8")
    for i in range(3):
        (docs / "ar" / f"ar{i}.md").write_text(
            f"---\ntitle: خبر {i}\npublished: 2021-06-0{i + 1}\n---\n"
            f"عقدت الجولة الثالثة من المحادثات في {'السابع' if i else 'الخامس'} من نيسان ابريل الماضي.\n",
            encoding="utf-8")
    (docs / "wire.jsonl").write_text(
        '{"text": "The second round of talks was held on March 2, 2021."}\n{"text": 3}\n', encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "t.yaml").write_text(RULES, encoding="utf-8")
    return tmp_path, docs, rules


def audit(tmp_path, docs, rules, out, *extra):
    return CliRunner().invoke(app, [
        "audit", str(docs), "--no-default-rules", "--rules", str(rules), "--out", str(out), "--format", "json,csv",
        "--fail-on", "never", "--quiet", *map(str, extra),
    ])


def test_findings_json_is_byte_identical_across_jobs_and_cache(corpus):
    tmp_path, docs, rules = corpus
    cache = tmp_path / "c.sqlite"
    variants = [
        ("--no-cache", "--jobs", 1), ("--no-cache", "--jobs", 1), ("--no-cache", "--jobs", 2),
        ("--cache", cache, "--jobs", 2), ("--cache", cache, "--jobs", 2), ("--cache", cache, "--jobs", 1),
    ]
    outputs = []
    for n, extra in enumerate(variants):
        out = tmp_path / f"out{n}"
        result = audit(tmp_path, docs, rules, out, *extra)
        assert result.exit_code == 0, result.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    first = outputs[0]
    report = json.loads(first["findings.json"])
    assert report["findings"] and report["problems"] and len(report["articles"]) == 10
    assert report.get("generated_at") is None  # no clock in the output unless asked for
    for other in outputs[1:]:
        assert other == first


def test_a_writer_failing_half_way_leaves_the_previous_report(corpus, monkeypatch):
    tmp_path, docs, rules = corpus
    out = tmp_path / "out"
    assert audit(tmp_path, docs, rules, out, "--no-cache").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (docs / "en0.txt").write_text("The third round of talks was held on May 30, 2021.\n", encoding="utf-8")
    real = atomic.atomic_open

    @contextlib.contextmanager
    def failing(path, **kw):
        with real(path, **kw) as fh:
            class HalfThenFull:
                def write(self, s):
                    fh.write(s[: len(s) // 2])
                    raise OSError(28, "No space left on device")
            yield HalfThenFull()

    monkeypatch.setattr(atomic, "atomic_open", failing)
    result = audit(tmp_path, docs, rules, out, "--no-cache")
    assert result.exit_code == 2 and "cannot write reports" in result.stderr
    # Every report is the previous one, and no temporary file is left behind.
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


KILLER = textwrap.dedent("""
    import contextlib, os, signal, sys
    import checker.report._atomic as atomic
    real = atomic.atomic_open

    @contextlib.contextmanager
    def dying(path, **kw):
        with real(path, **kw) as fh:
            class Half:
                def write(self, s):
                    fh.write(s[: len(s) // 2])
                    fh.flush()
                    os.kill(os.getpid(), signal.SIGKILL)
            yield Half()

    atomic.atomic_open = dying
    from checker.cli import app
    app(sys.argv[1:])
""")


def test_an_audit_killed_while_writing_leaves_the_previous_report(corpus):
    tmp_path, docs, rules = corpus
    out = tmp_path / "out"
    assert audit(tmp_path, docs, rules, out, "--no-cache").exit_code == 0
    before = (out / "findings.json").read_bytes()
    (docs / "en1.txt").write_text("The third round of talks was held on May 31, 2021.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, "audit", str(docs), "--no-default-rules", "--rules", str(rules),
         "--out", str(out), "--format", "json", "--no-cache", "--jobs", "2", "--quiet"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == -9, proc.stderr
    assert (out / "findings.json").read_bytes() == before
    json.loads(before)
