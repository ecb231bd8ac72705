"""Issue 10, outputs: modes follow the umask and the old file, and a report set is swapped in whole."""

import os
import stat

import pytest

import checker.report as report_mod
from hardening_helpers import ROUND, TROOPS, audit, run


def _corpus(tmp_path, text=TROOPS):
    corpus = tmp_path / "in"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text(text + "\n", encoding="utf-8")
    return corpus


def _modes(out):
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir() if not p.name.startswith(".")}


@pytest.fixture
def umask():
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


def test_reports_respect_the_umask_and_keep_an_existing_mode(tmp_path, umask):
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    umask(0o077)
    result, _ = audit(corpus, out, "--format", "html,json,csv")
    assert result.exit_code == 0, result.output
    assert set(_modes(out).values()) == {0o600}
    umask(0o022)
    (out / "report.html").chmod(0o640)
    result, _ = audit(corpus, out, "--format", "html,json,csv")
    modes = _modes(out)
    assert modes["report.html"] == 0o640 and modes["findings.json"] == 0o600
    other = tmp_path / "out2"
    audit(corpus, other)
    assert set(_modes(other).values()) == {0o644}


def test_a_disk_full_between_files_leaves_the_old_set_untouched(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    result, _ = audit(corpus, out, "--format", "html,json,csv")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (corpus / "a.txt").write_text(ROUND + "\n", encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_mod, "write_html", full)
    result = run("audit", corpus, "--out", out, "--no-cache", "--format", "json,csv,html", "--fail-on", "never")
    assert result.exit_code == 2 and "No space left" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_staging_folder_left_by_a_killed_audit_is_cleared_later(tmp_path):
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    stale = out / ".checker-new-old"
    stale.mkdir(parents=True)
    (stale / "findings.json").write_text("{}", encoding="utf-8")
    os.utime(stale, (1, 1))
    fresh = out / ".checker-new-busy"
    fresh.mkdir()
    result, _ = audit(corpus, out)
    assert result.exit_code == 0
    assert not stale.exists() and fresh.exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".checker-new-") and p != fresh]
