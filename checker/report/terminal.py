"""The few lines ``checker audit`` prints: enough to know whether to open the report."""

from __future__ import annotations

import textwrap
from collections import Counter
from pathlib import PurePath

from tabulate import tabulate

from checker.models import Claim, Report
from checker.report import humanize as hz
from checker.report.view import SEVERITIES, ReportView


def short_quote(c: Claim, room: int = 36) -> str:
    """The value's words with a little context each side, on one line."""
    ev, q = c.evidence, c.evidence.quote
    vs = min(len(q), max(0, ev.value_start - ev.quote_start))
    ve = min(len(q), max(vs, ev.value_end - ev.quote_start))
    pad = max(0, (room - (ve - vs)) // 2)
    lo, hi = max(0, vs - pad), min(len(q), ve + pad)
    snippet, left, right = " ".join(q[lo:hi].split()), lo > 0, hi < len(q)
    if len(snippet) > room:  # the value's own words are longer than the room
        snippet, right = snippet[: max(1, room - 1)], True
    return ("…" if left else "") + snippet + ("…" if right else "")


def _headline(report: Report) -> str:
    s = ReportView(report).summary()
    sev = ", ".join(f"{n} {k}{'s' if n != 1 and k != 'info' else ''}" for k, n in s["by_severity"])
    langs = ", ".join(f"{name} {n}" for name, n in s["languages"])
    dated = f"published {s['date_from']} – {s['date_to']}" if s["date_from"] else "no publication dates"
    return (
        f"{s['articles']} article{'s' if s['articles'] != 1 else ''} ({langs}); {dated}; "
        f"{s['rules']} rules; {s['claims']} claims; "
        f"{s['findings']} finding{'s' if s['findings'] != 1 else ''} ({sev})"
    )


def _cut(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: max(1, n - 1)] + "…"


# Up to this many articles the summary lists each one: a small audit should show
# at a glance which files were read and which of them carry a publication date.
ARTICLE_TABLE_MAX = 25


def _articles_table(report: Report, width: int) -> list[str]:
    if not report.articles or len(report.articles) > ARTICLE_TABLE_MAX:
        return []
    name_w = max(16, width - 50)
    rows = [
        [a.path if len(a.path) <= name_w else "…" + a.path[-(name_w - 1):], a.language, a.published.isoformat() if a.published else "unknown",
         a.published_source if a.published else "", a.sentences]
        for a in report.articles
    ]
    table = tabulate(rows, headers=["file", "lang", "published", "from", "sentences"],
                     tablefmt="simple", disable_numparse=True)
    return ["", *table.splitlines()]


def render_terminal(report: Report, *, width: int = 100) -> str:
    """Counts and the articles read, then each finding over its values and short quotes."""
    lines = textwrap.wrap(_headline(report), width) or [""]
    lines += _articles_table(report, width)
    order = {s: i for i, s in enumerate(SEVERITIES)}
    view = ReportView(report)
    says_w, art_w = min(24, max(12, width // 4)), min(22, max(10, width // 5))
    quote_w = max(12, width - says_w - art_w - 6)  # 2 indent + 2 gaps of 2
    for f in sorted(report.findings, key=lambda f: (order.get(f.severity, 9), f.key_label, f.id)):
        lines += ["", _cut(f"{f.severity.upper()} {f.id}  {f.key_label}", width)]
        rows = []
        for c in f.claims:
            a = view.article_of(c)
            name = PurePath(a.path).stem if a else PurePath(c.article).stem
            rows.append([_cut(hz.human_value(c.detail), says_w), _cut(name, art_w),
                         short_quote(c, quote_w - 2)])
        table = tabulate(rows, tablefmt="plain", disable_numparse=True)
        lines += ["  " + line for line in table.splitlines()]
        lines += ["  " + _cut(r, width - 2) for r in dict.fromkeys(f.reasons)]  # one line per distinct reason
    if not report.findings:
        lines += ["", "No conflicts found." if report.claims else "No claims found: nothing to compare."]
    kinds = Counter(p.kind for p in report.problems)
    partial = sum(1 for c in report.claims if c.type == "date" and "X" in str(c.value))
    if kinds or partial:
        lines.append("")
        lines.append(tabulate(
            [["claims unresolved", kinds.get("claim", 0)], ["dates used in part", partial],
             ["files skipped", kinds.get("file", 0)], ["rules failed to load", kinds.get("rule", 0)]],
            headers=["could not be used", ""], tablefmt="simple",
        ))
    if report.findings:
        lines += ["", *textwrap.wrap("Open the HTML report for the full quotes and the articles in context.", width)]
    return "\n".join(lines) + "\n"
