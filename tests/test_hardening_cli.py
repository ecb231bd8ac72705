"""Issue 10, the terminal and exit codes: nothing printed can drive a terminal; a crash has its own status."""

import json
import subprocess
import sys

from hardening_helpers import ROUND, TROOPS, audit, run

CRASH = (
    "import sys, checker.pipeline as p\n"
    "def boom(*a, **k):\n    raise RuntimeError('injected bug')\n"
    "p.run_files = boom\n"
    "from checker.cli import main\nsys.argv[0] = 'checker'\nmain()\n"
)


def test_an_internal_error_exits_70_not_1_or_2(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TROOPS + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", CRASH, "audit", str(corpus), "--out", str(tmp_path / "out"), "--no-cache"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 70, proc.stderr
    assert "internal error" in proc.stderr and "injected bug" in proc.stderr and "Traceback" in proc.stderr
    assert "70" in run("audit", "--help").output


def test_control_characters_in_names_and_ids_are_escaped_on_the_terminal(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    evil = "evil\x1b]0;pwned\x07\x1b[2J\x9b31m.txt"
    (corpus / evil).write_text("\x00\x00 not text", encoding="utf-8")
    (corpus / "t\x1b[1mx.txt").write_text(TROOPS + "\n", encoding="utf-8")
    lines = [json.dumps({"id": "id\x1b[2J\x1b]0;t\x07", "text": ROUND}), "{bad json \x1b[31m"]
    (corpus / "w.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, report = audit(corpus, tmp_path / "out", "--format", "json")
    assert result.exit_code == 0, result.output
    assert not any(ch in result.output for ch in "\x1b\x07\x9b\x00")
    assert "\\x1b]0;pwned\\x07" in result.output and "id\\x1b[2J" in result.output
    claims = run("claims", corpus)
    assert "\x1b" not in claims.output and "\\x1b" in claims.output


def test_printable_path_and_escape_controls_always_give_utf8():
    from checker.text.printable import escape_controls, printable_path

    assert printable_path("a\udcffb") == "a\\xffb" and printable_path(b"q\xff") == "q\\xff"
    assert printable_path("x\ud800") == "x\\ud800" and printable_path("ok/é.txt") == "ok/é.txt"
    assert escape_controls("a\x1b[2Jb\n\tc\x9b\x7f") == "a\\x1b[2Jb\n\tc\\x9b\\x7f"
    escape_controls("\ud800").encode("utf-8")
