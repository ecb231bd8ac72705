"""The report in a real browser: loads cleanly, shows the conflict, runs nothing hostile.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``:
NUL-terminated JSON on fds 3 and 4), which needs no extra Python package and
no network port. Outside CI a missing Chromium skips these tests with the
reason; with ``CI`` set it fails them, so CI cannot silently lose the check.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from checker.report import write_reports
from report_fixtures import SEEDS, THIRD_QUOTE_000, THIRD_QUOTE_002, build_report

ARTIFACTS = Path(__file__).parent / "_artifacts"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")

def _chromium() -> str:
    for name in CHROMIUM_NAMES:
        if path := shutil.which(name):
            return path
    if os.environ.get("CI"):
        pytest.fail("CI is set but Chromium is not installed (apt-get install chromium)")
    pytest.skip("Chromium not installed (apt-get install chromium); browser check skipped outside CI")


class Browser:
    """Just enough DevTools protocol: one page, events collected, calls answered."""

    def __init__(self, exe: str, profile: str):
        r_cmd, w_cmd = os.pipe()  # we write commands; Chromium reads fd 3
        r_evt, w_evt = os.pipe()  # Chromium writes fd 4; we read
        args = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"]

        def fds():  # in the child: move our pipe ends to 3 and 4 without clobbering either
            hi_cmd, hi_evt = fcntl.fcntl(r_cmd, fcntl.F_DUPFD, 10), fcntl.fcntl(w_evt, fcntl.F_DUPFD, 10)
            os.dup2(hi_cmd, 3)
            os.dup2(hi_evt, 4)

        self.proc = subprocess.Popen(args, preexec_fn=fds, pass_fds=(3, 4),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(r_cmd)
        os.close(w_evt)
        self.out, self.inp = os.fdopen(w_cmd, "wb", buffering=0), os.fdopen(r_evt, "rb", buffering=0)
        self.buf, self.events, self.next_id, self.session = b"", [], 0, None

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self.buf:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = self.inp.read(65536)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method: str, timeout: float = 30, **params) -> dict:
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            msg["sessionId"] = self.session
        self.out.write(json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            m = self._read(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_for(self, event: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        for m in self.events:
            if m.get("method") == event:
                return m
        while True:
            m = self._read(deadline)
            self.events.append(m)
            if m.get("method") == event:
                return m

    def open(self, url: str, width: int = 1280, height: int = 900, mobile: bool = False) -> None:
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=mobile)
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def eval(self, expression: str):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in r:
            raise RuntimeError(r["exceptionDetails"])
        return r["result"].get("value")

    def screenshot(self, path: Path, full_page: bool = False) -> None:
        params = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            w, h = self.eval("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params["clip"] = {"x": 0, "y": 0, "width": w, "height": min(h, 16000), "scale": 1}
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", **params)["data"]))

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and browser log errors seen so far."""
        out = []
        for m in self.events:
            p, meth = m.get("params", {}), m.get("method")
            if meth == "Runtime.exceptionThrown":
                out.append(json.dumps(p.get("exceptionDetails", {}))[:300])
            elif meth == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(json.dumps(p.get("args", []))[:300])
            elif meth == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append(p["entry"].get("text", "")[:300])
        return out

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.out.close()
        self.inp.close()


@contextlib.contextmanager
def chromium_page():
    """A fresh headless Chromium with its own throwaway profile, closed afterwards.

    Called inside the test body (not a fixture) so a missing Chromium under CI
    is reported as a failed test rather than a setup error.
    """
    exe = _chromium()
    with tempfile.TemporaryDirectory(prefix="checker-chromium-") as profile:
        b = Browser(exe, profile)
        try:
            yield b
        finally:
            b.close()


VISIBLE_JS = """
(() => {
  const want = %s;
  const card = document.querySelector('.finding');
  if (!card) return {found: false};
  card.scrollIntoView();
  const seen = want.map(w => {
    const marks = [...card.querySelectorAll('blockquote mark')].filter(m => m.textContent === w);
    return marks.some(m => { const r = m.getBoundingClientRect(), s = getComputedStyle(m);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; });
  });
  return {found: true, seen, title: card.querySelector('h3').textContent};
})()
"""


@pytest.mark.browser
def test_fixture_report_renders_in_chromium(tmp_path):
    """The hand-built report (both scripts, a key that moves in time) renders cleanly."""
    report, texts = build_report()
    write_reports(report, tmp_path, ["html"], texts.get)
    with chromium_page() as browser:
        browser.open((tmp_path / "report.html").as_uri())
        ARTIFACTS.mkdir(exist_ok=True)
        browser.screenshot(ARTIFACTS / "fixture-top.png")
        got = browser.eval(VISIBLE_JS % json.dumps([THIRD_QUOTE_000, THIRD_QUOTE_002]))
        browser.screenshot(ARTIFACTS / "fixture-finding.png")
        browser.screenshot(ARTIFACTS / "fixture-full.png", full_page=True)
        errors = browser.errors()
    assert got["found"], "no finding card on the page"
    assert "third round" in got["title"]
    assert got["seen"] == [True, True], f"third-round quotes not both visible: {got}"
    assert errors == []


LIVE_JS = """
(() => ({
  pwned: typeof window.pwned,
  live: document.querySelectorAll('script, iframe, img, svg, [onerror], [onload], a[href^="javascript"]').length,
  shown: document.body.innerText.includes('<script>window.pwned = 1;'),
}))()
"""


@pytest.mark.browser
def test_hostile_article_is_inert_in_chromium(tmp_path):
    from test_report_security import hostile_report

    report, texts = hostile_report()
    write_reports(report, tmp_path, ["html"], texts.get)
    with chromium_page() as browser:
        browser.open((tmp_path / "report.html").as_uri())
        got = browser.eval(LIVE_JS)
        dialogs = [m for m in browser.events if m.get("method") == "Page.javascriptDialogOpening"]
        errors = browser.errors()
    assert got == {"pwned": "undefined", "live": 0, "shown": True}
    assert dialogs == [] and errors == []


def test_missing_chromium_fails_under_ci_and_skips_elsewhere(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        _chromium()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        _chromium()


CARD_WITH_BOTH_JS = """
(() => {
  const want = %s;
  const card = [...document.querySelectorAll('.finding')].find(c =>
    want.every(w => [...c.querySelectorAll('blockquote mark')].some(m => m.textContent === w)));
  if (!card) return {found: false};
  card.scrollIntoView();
  const seen = want.map(w => [...card.querySelectorAll('blockquote mark')].filter(m => m.textContent === w)
    .some(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0; }));
  return {found: true, seen};
})()
"""


def _real_seed_report(tmp_path):
    from checker.api import audit

    result = audit([SEEDS])
    write_reports(result.report, tmp_path, ["html"], result.article_text)
    return result.report, tmp_path / "report.html"


@pytest.mark.browser
def test_real_seed_audit_loads_cleanly_in_chromium(tmp_path):
    """The report of the actual pipeline over seeds/: every article shown, no console errors."""
    report, page = _real_seed_report(tmp_path)
    with chromium_page() as browser:
        browser.open(page.as_uri())
        ARTIFACTS.mkdir(exist_ok=True)
        browser.screenshot(ARTIFACTS / "seeds-audit-top.png")
        shown = browser.eval("[...document.querySelectorAll('#articles .doc .text')].length")
        errors = browser.errors()
    assert errors == []
    assert len(report.articles) >= 4 and shown == len(report.articles), "article texts missing"


@pytest.mark.browser
def test_real_seed_audit_shows_third_round_conflict(tmp_path):
    """The issue's acceptance check: the real audit of seeds/, both third-round quotes on screen."""
    report, page = _real_seed_report(tmp_path)
    values = [{c.value for c in f.claims} for f in report.findings]
    assert any({"XXXX-04-07", "2021-06-05"} <= v for v in values), f"no third-round conflict in {values}"
    with chromium_page() as browser:
        browser.open(page.as_uri())
        got = browser.eval(CARD_WITH_BOTH_JS % json.dumps([THIRD_QUOTE_000, THIRD_QUOTE_002]))
        ARTIFACTS.mkdir(exist_ok=True)
        browser.screenshot(ARTIFACTS / "seeds-audit-finding.png")
        errors = browser.errors()
    assert got == {"found": True, "seen": [True, True]}
    assert errors == []


LAYOUT_JS = """
(() => {
  const doc = document.documentElement, h = window.innerHeight;
  const card = document.querySelector('.finding');
  const inFirstScreen = el => { const r = el.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= h; };
  const values = card ? [...card.querySelectorAll('.clash .value')] : [];
  const clipped = m => {  // hidden by a scroll box or a closed <details> around it
    if (m.closest('details:not([open])')) return false;
    const r = m.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0)) return true;
    for (let p = m.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowY !== 'visible' || s.overflowX !== 'visible') {
        const q = p.getBoundingClientRect();
        if (r.top < q.top || r.bottom > q.bottom + 1 || r.left < q.left - 1 || r.right > q.right + 1) return true;
      }
    }
    return false;
  };
  const marks = [...document.querySelectorAll('#articles mark.hl-value')];
  const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > doc.clientWidth + 1)
    .slice(0, 5).map(e => e.tagName + '.' + e.className);
  return {
    scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, wide,
    title: card ? inFirstScreen(card.querySelector('h3')) : false,
    values: values.map(inFirstScreen), nvalues: values.length,
    marks: marks.length, hidden: marks.filter(clipped).map(m => m.textContent),
  };
})()
"""


@pytest.mark.browser
@pytest.mark.parametrize("width, height, mobile", [(390, 844, True), (1280, 900, False)])
def test_seed_report_reads_on_a_phone_and_a_desktop(tmp_path, width, height, mobile):
    """Issue 11: no sideways scroll at 390 px, the first finding on the first screen, no hidden claim."""
    report, page = _real_seed_report(tmp_path)
    with chromium_page() as browser:
        browser.open(page.as_uri(), width=width, height=height, mobile=mobile)
        got = browser.eval(LAYOUT_JS)
        ARTIFACTS.mkdir(exist_ok=True)
        browser.screenshot(ARTIFACTS / f"seeds-{width}-top.png")
        browser.screenshot(ARTIFACTS / f"seeds-{width}-full.png", full_page=True)
        errors = browser.errors()
    assert got["scrollWidth"] <= width, f"page scrolls sideways: {got}"
    assert got["title"] and got["nvalues"] == 2 and all(got["values"]), f"first finding not on the first screen: {got}"
    assert got["marks"] == len(report.claims) and got["hidden"] == [], got  # each claim marked in its text
    assert errors == []
