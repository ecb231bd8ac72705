"""Claims and findings as CSV, for the journalist who lives in a spreadsheet.

Written with a BOM so spreadsheet programs read Arabic as UTF-8, and with
text cells that start like a formula defused: a quote from an article must
never run as a formula when the sheet is opened.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from checker import humanize as hz
from checker.models import Claim, Report
from checker.report._atomic import atomic_open
from checker.report.view import ReportView

CLAIM_COLUMNS = [
    "rule", "key_label", "key", "type", "value", "mod", "value_in_words", "article", "article_title",
    "published", "published_source", "language", "as_of", "as_of_source", "value_text", "quote",
    "start", "end", "value_start", "value_end", "findings",
    # added later, at the end so that sheets built on the columns above keep working:
    "article_source", "published_from", "not_compared",
]
FINDING_COLUMNS = [
    "id", "severity", "rule", "title", "key_label", "key", "claims", "values", "articles",
    "reasons", "message",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(v: object) -> object:
    """Numbers stay numbers; text that a spreadsheet would evaluate gets a leading quote."""
    if v is None:
        return ""
    if isinstance(v, str) and v.startswith(_FORMULA_START):
        return "'" + v
    return v


def _claim_key(c: Claim) -> tuple:
    return (c.article, c.rule, json.dumps(c.key, sort_keys=True), c.evidence.value_start, c.evidence.value_end)


def claim_rows(report: Report) -> list[dict]:
    view = ReportView(report)
    in_findings: dict[tuple, list[str]] = {}
    for f in report.findings:
        for c in f.claims:
            in_findings.setdefault(_claim_key(c), []).append(f.id)
    gaps = {_claim_key(c): n.reason for n in report.not_compared for c in n.claims}
    rows = []
    for c in report.claims:
        a = view.article_of(c)
        ev = c.evidence
        vs, ve = ev.value_start - ev.quote_start, ev.value_end - ev.quote_start
        rows.append({
            "rule": c.rule, "key_label": c.key_label,
            "key": json.dumps(c.key, sort_keys=True, ensure_ascii=False),
            "type": c.type, "value": c.value, "mod": c.mod, "value_in_words": hz.human_value(c.detail),
            "article": c.article, "article_title": a.title if a else None,
            "published": a.published.isoformat() if a and a.published else None,
            "published_source": a.published_source if a else "unknown",
            "language": c.language, "as_of": c.as_of, "as_of_source": c.as_of_source,
            "value_text": ev.quote[vs:ve] if 0 <= vs < ve <= len(ev.quote) else None,
            "quote": ev.quote, "start": ev.start, "end": ev.end,
            "value_start": ev.value_start, "value_end": ev.value_end,
            "findings": " ".join(in_findings.get(_claim_key(c), [])),
            "article_source": a.source if a else None, "published_from": a.published_from if a else None,
            "not_compared": gaps.get(_claim_key(c)),  # why no comparison reached this claim, if none did
        })
    return rows


def finding_rows(report: Report) -> list[dict]:
    rows = []
    for f in report.findings:
        values = dict.fromkeys(hz.human_value(c.detail) for c in f.claims)
        rows.append({
            "id": f.id, "severity": f.severity, "rule": f.rule, "title": f.title,
            "key_label": f.key_label, "key": json.dumps(f.key, sort_keys=True, ensure_ascii=False),
            "claims": len(f.claims), "values": " | ".join(values),
            "articles": " | ".join(dict.fromkeys(c.article for c in f.claims)),
            "reasons": " | ".join(f.reasons), "message": f.message,
        })
    return rows


def _write(path: Path, columns: list[str], rows: list[dict]) -> Path:
    with atomic_open(path, encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns, lineterminator="\r\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: cell(r.get(k)) for k in columns})
    return path


def write_csv(report: Report, out_dir: Path) -> list[Path]:
    """``claims.csv`` and ``findings.csv`` in ``out_dir``."""
    out_dir = Path(out_dir)
    return [
        _write(out_dir / "claims.csv", CLAIM_COLUMNS, claim_rows(report)),
        _write(out_dir / "findings.csv", FINDING_COLUMNS, finding_rows(report)),
    ]
