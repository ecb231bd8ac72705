"""``checker discover`` output: the terminal list, discover.json, and discover.html.

The HTML page is the audit's own report template over a ``Report`` whose
findings are the conflicting candidates (ranked, surest first) and whose
claims include the agreeing ones, so quotes, highlights, articles and the
"claims grouped by value" section look exactly as in an audit.
"""

from __future__ import annotations

from pathlib import Path

from checker.discover.models import Candidate, DiscoverReport
from checker.models import Report, RuleInfo
from checker.report.terminal import short_quote


def _langs(report: DiscoverReport) -> str:
    by: dict[str, int] = {}
    for a in report.articles:
        by[a.language] = by.get(a.language, 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(by.items()))


def _name(article: str) -> str:
    return Path(article).stem


def _conflict_lines(c: Candidate, quotes: int = 4) -> list[str]:
    f = c.finding
    head = (f"{c.rank:>2}. {c.id}  {c.subject.label}  (score {c.score:g}; {c.articles} articles; "
            f"{', '.join(c.languages)})")
    lines = [head]
    shown: list[int] = []
    for i, j in f.conflicts:
        for k in (i, j):
            if k not in shown and len(shown) < quotes:
                shown.append(k)
    for k in shown:
        cl = f.claims[k]
        lines.append(f"      {str(cl.value):<14} {_name(cl.article):<10} {short_quote(cl, 44)}")
    lines.append(f"      why: {f.reasons[0]}" + (f" (+{len(f.conflicts) - 1} more pairs)" if len(f.conflicts) > 1 else ""))
    return lines


def render_terminal(report: DiscoverReport, top: int = 15) -> str:
    """The ranked conflicts with quotes side by side, then the agreements in one line each."""
    out = [
        f"{len(report.articles)} articles ({_langs(report)}); {report.mentions} values with a subject in "
        f"{report.subjects} subjects; {len(report.conflicts)} conflicting candidates, "
        f"{len(report.agreements)} agreeing",
        "",
    ]
    if report.conflicts:
        out.append(f"Candidate conflicts (top {min(top, len(report.conflicts))}, surest grouping first):")
        for c in report.conflicts[:top]:
            out += _conflict_lines(c)
    else:
        out.append("No candidate conflicts: no two articles gave disagreeing values on one subject.")
    if report.agreements:
        out += ["", f"Agreeing (top {min(top, len(report.agreements))}):"]
        for c in report.agreements[:top]:
            out.append(f"{c.rank:>2}. {c.id}  {c.subject.label}: {' / '.join(c.values[:4])}  ({c.articles} articles)")
    out += ["", "Draft a rule for a candidate: checker discover PATH --draft DIR --candidate D-…"]
    return "\n".join(out)


_VALUE_TYPES = {"date": "date", "place": "name", "count": "quantity", "share": "quantity"}


def as_report(report: DiscoverReport) -> Report:
    """The candidates as an audit report, for the audit's HTML template."""
    rules, findings, claims = [], [], []
    for c in report.conflicts:
        title = f"#{c.rank} {c.subject.label} (score {c.score:g})"
        findings.append(c.finding.model_copy(update={"title": title}))
        claims += c.finding.claims
        rules.append(RuleInfo(id=c.id, title=title, file="(discovered)", severity="warning",
                              value_type=_VALUE_TYPES[c.subject.kind], languages=c.languages))
    for c in report.agreements:
        claims += c.claims
        rules.append(RuleInfo(id=c.id, title=f"{c.subject.label} (agreeing)", file="(discovered)", severity="info",
                              value_type=_VALUE_TYPES[c.subject.kind], languages=c.languages))
    claims.sort(key=lambda c: (c.article, c.evidence.start, c.rule))
    return Report(checker_version=report.checker_version, articles=report.articles, rules=rules, claims=claims,
                  findings=findings, problems=report.problems)


def write_outputs(report: DiscoverReport, out: Path, formats: list[str]) -> list[Path]:
    from checker.report import write_html
    from checker.report._atomic import atomic_open
    from checker.report.json_stream import json_chunks

    out.mkdir(parents=True, exist_ok=True)
    written = []
    if "json" in formats:
        path = out / "discover.json"
        with atomic_open(path, binary=True) as fh:  # in pieces: the text of a large archive is never held whole
            for chunk in json_chunks(report, indent=2):
                fh.write(chunk)
            fh.write(b"\n")
        written.append(path)
    if "html" in formats:
        from checker.corpus import load_article_text

        written.append(write_html(as_report(report), out / "discover.html", load_article_text))
    return written
