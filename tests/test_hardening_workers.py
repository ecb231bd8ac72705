"""Issue 10: pool workers end when the audit that started them is killed."""

import os
import signal
import subprocess
import sys
import time

import pytest

from hardening_helpers import ROUND, TROOPS


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc to find the workers")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_exit_when_the_audit_is_killed(tmp_path, sig):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(400):
        (corpus / f"d{i:03d}.txt").write_text(f"{TROOPS}\n{ROUND}\n" * 20, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "checker", "audit", str(corpus), "--jobs", "2", "--no-cache",
                             "--out", str(tmp_path / "out"), "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
            workers = _children(proc.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the audit never started its workers"
        time.sleep(0.5)
        os.kill(proc.pid, sig)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        left = [w for w in workers if _alive(w)]
        assert not left, f"workers still running after the audit died: {left}"
    finally:
        for w in _children(proc.pid) | {w for w in workers if _alive(w)} | {proc.pid}:
            try:
                os.kill(w, signal.SIGKILL)
            except OSError:
                pass
