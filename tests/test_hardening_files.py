"""Issue 10, files: odd names, FIFOs, devices, links, own outputs, long paths, a wrong --cache."""

import json
import os
import subprocess
import sys

import pytest

from hardening_helpers import ROUND, TROOPS, audit, run

PY = [sys.executable, "-m", "checker"]


def _corpus(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"{TROOPS}\n", encoding="utf-8")
    (corpus / "b.txt").write_text(f"{ROUND}\n", encoding="utf-8")
    return corpus


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_name_that_is_not_utf8_is_skipped_by_name_and_the_rest_audited(tmp_path, jobs):
    corpus = _corpus(tmp_path)
    with open(os.fsencode(corpus) + b"/bad\xff.txt", "wb") as fh:
        fh.write(TROOPS.encode())
    os.symlink(os.fsencode(corpus) + b"/bad\xff.txt", os.fsencode(corpus) + b"/link\xfe.txt")
    os.symlink(os.fsencode(corpus) + b"/bad\xff.txt", corpus / "ok-link.txt")
    rules = tmp_path / "rules"
    rules.mkdir()
    with open(os.fsencode(rules) + b"/r\xff.yaml", "wb") as fh:
        fh.write(b"id: [broken\n")
    out = tmp_path / "out"
    result = run("audit", corpus, "--out", out, "--cache", tmp_path / "c.sqlite", "--jobs", jobs,
                 "--fail-on", "never", "--rules", rules)
    assert result.exit_code == 0, result.output
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    ids = sorted(a["id"].rsplit("/", 1)[1] for a in report["articles"])
    assert ids == ["a.txt", "b.txt", "ok-link.txt"]
    skipped = " ".join(p["path"] + " " + p["message"] for p in report["problems"])
    assert "bad\\xff.txt" in skipped and "link\\xfe.txt" in skipped and "r\\xff.yaml" in skipped
    again = run("audit", corpus, "--out", out, "--cache", tmp_path / "c.sqlite", "--jobs", jobs,
                "--fail-on", "never", "--rules", rules)
    assert again.exit_code == 0 and json.loads((out / "findings.json").read_text(encoding="utf-8")) == report


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "/dev/urandom"])
def test_a_fifo_or_device_named_on_the_command_line_is_skipped_not_read(tmp_path, kind):
    corpus = _corpus(tmp_path)
    if kind == "fifo":
        target = tmp_path / "pipe.txt"
        os.mkfifo(target)
    else:
        target = kind
    proc = subprocess.run([*PY, "audit", str(corpus), str(target), "--out", str(tmp_path / "out"), "--fail-on", "never",
                           "--cache", str(tmp_path / "c.sqlite")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "not a regular file" in proc.stderr and str(target) in proc.stderr
    report = json.loads((tmp_path / "out" / "findings.json").read_text(encoding="utf-8"))
    assert len(report["articles"]) == 2


def test_out_inside_the_corpus_is_never_read_back(tmp_path):
    corpus = _corpus(tmp_path)
    first, report1 = audit(corpus, corpus / "out")
    second, report2 = audit(corpus, corpus / "out")
    assert first.exit_code == second.exit_code == 0
    assert report1 == report2 and len(report2["articles"]) == 2
    third, report3 = audit(corpus, corpus)  # reports written into the corpus folder itself
    fourth, report4 = audit(corpus, corpus)
    assert len(report4["articles"]) == 2 and report4["claims"] == report3["claims"]
    assert any("report written by checker" in p["message"] for p in report4["problems"])


def test_a_symlink_leaving_the_folders_given_is_not_followed_unless_asked(tmp_path):
    corpus = _corpus(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN There are about 9,000 US troops in Iraq.\n", encoding="utf-8")
    os.symlink(secret, corpus / "leak.txt")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.txt").write_text("SECRET-TOKEN\n", encoding="utf-8")
    os.symlink(outside, corpus / "dir-link")
    result, report = audit(corpus, tmp_path / "out")
    assert result.exit_code == 0
    assert len(report["articles"]) == 2
    assert "SECRET-TOKEN" not in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "leak.txt" in result.output and "outside the folders given" in result.output
    assert "dir-link" in result.output
    result, report = audit(corpus, tmp_path / "out2", "--follow-links")
    assert len(report["articles"]) == 4


def test_a_path_past_the_length_limit_is_named(tmp_path):
    corpus = _corpus(tmp_path)
    fd = os.open(corpus, os.O_RDONLY)
    for i in range(18):
        name = f"d{i:02d}" + "x" * 240
        os.mkdir(name, dir_fd=fd)
        nfd = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nfd
    f = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd)
    os.write(f, TROOPS.encode())
    os.close(f)
    os.close(fd)
    result, report = audit(corpus, tmp_path / "out")
    assert result.exit_code == 0
    assert any("too long" in p["message"] for p in report["problems"]), report["problems"]


def test_cache_pointed_at_a_users_file_leaves_it_alone(tmp_path):
    corpus = _corpus(tmp_path)
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n" * 100, encoding="utf-8")
    result = run("audit", corpus, "--out", tmp_path / "out", "--cache", notes, "--fail-on", "never")
    assert result.exit_code == 0, result.output
    assert notes.read_text(encoding="utf-8") == "my notes\n" * 100
    assert not list(tmp_path.glob("notes.txt.*"))


@pytest.mark.parametrize("value", ["-1", "0"])
def test_a_max_bytes_below_one_is_a_usage_error(tmp_path, value):
    corpus = _corpus(tmp_path)
    result = run("audit", corpus, "--out", tmp_path / "out", "--max-bytes", value)
    assert result.exit_code == 2 and "max-bytes" in result.output
