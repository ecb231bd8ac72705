"""The progress bar: on a terminal it reports files done; piped or --quiet, it stays silent."""

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

CHECKER = str(Path(sys.executable).with_name("checker"))
RULE = """\
id: t-round-date
title: Date of a round of talks
claim: {key: [round], value: date}
patterns:
  en: ["{round:ordinal} round of [the] talks ... (on|in) {date:date}"]
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("progress")
    (root / "docs").mkdir()
    for i in range(5):
        (root / "docs" / f"a{i}.txt").write_text(f"The third round of talks was held on April {i + 1}, 2021.\n")
    (root / "rule.yaml").write_text(RULE)
    return root


def run_with_stderr_on_a_terminal(root: Path, *extra: str) -> tuple[int, str]:
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            [CHECKER, "audit", str(root / "docs"), "--no-default-rules", "--rules", str(root / "rule.yaml"),
             "--out", str(root / "out"), "--format", "json", "--no-cache", "--fail-on", "never", *extra],
            stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        code = proc.wait(timeout=120)
    finally:
        os.close(master)
    # The bar is coloured on a terminal: read its words without the escape codes.
    return code, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8", "replace"))


def test_a_terminal_sees_the_bar_reach_every_file(corpus):
    code, err = run_with_stderr_on_a_terminal(corpus)
    assert code == 0
    assert "5/5 files" in err


def test_quiet_turns_the_bar_off(corpus):
    code, err = run_with_stderr_on_a_terminal(corpus, "--quiet")
    assert code == 0
    assert "files" not in err


def test_no_bar_when_stderr_is_not_a_terminal(corpus):
    proc = subprocess.run(
        [CHECKER, "audit", str(corpus / "docs"), "--no-default-rules", "--rules", str(corpus / "rule.yaml"),
         "--out", str(corpus / "out"), "--format", "json", "--no-cache", "--fail-on", "never"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0
    assert "/5 files" not in proc.stderr and "\r" not in proc.stderr
