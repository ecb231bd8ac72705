"""The report stage: one renderer per format over a finished ``Report``.

``write_reports`` is what ``checker audit`` calls. Each file is replaced
atomically, so an audit killed half-way leaves the previous report whole.
Jinja2 is only imported when HTML is actually written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from checker.models import Report
from checker.report._atomic import write_bytes, write_text
from checker.report.terminal import render_terminal

FORMATS = ("html", "json", "csv")
DEFAULT_FORMATS = ("html", "json")

__all__ = [
    "DEFAULT_FORMATS", "FORMATS", "parse_formats", "render_terminal",
    "write_csv", "write_html", "write_json", "write_reports",
]


def parse_formats(spec: str | Iterable[str]) -> list[str]:
    """``"html,json"`` or ``["csv"]`` → checked list; unknown names are an error, not ignored."""
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    out: list[str] = []
    for item in items:
        name = item.strip().lower()
        if not name:
            continue
        if name not in FORMATS:
            raise ValueError(f"unknown report format {item.strip()!r}; choose from {', '.join(FORMATS)}")
        if name not in out:
            out.append(name)
    return out


def write_json(report: Report, path: Path) -> Path:
    """The public contract; byte-identical for the same report.

    Serialised straight to bytes and written as such: for a large archive the
    JSON runs to tens of megabytes, and a decoded copy plus a concatenated one
    would triple the audit's peak memory.
    """
    return write_bytes(Path(path), report.__pydantic_serializer__.to_json(report, indent=2), b"\n")


def write_html(report: Report, path: Path,
               article_text: Callable[[str], str | None] | None = None) -> Path:
    from checker.report.html import write_html as _write_html

    return _write_html(report, Path(path), article_text)


def write_csv(report: Report, out_dir: Path) -> list[Path]:
    from checker.report.csv_out import write_csv as _write_csv

    return _write_csv(report, Path(out_dir))


def write_reports(report: Report, out_dir: Path, formats: Iterable[str] = DEFAULT_FORMATS,
                  article_text: Callable[[str], str | None] | None = None) -> list[Path]:
    """Write the chosen formats into ``out_dir``: findings.json, report.html, claims.csv + findings.csv.

    All are written into a temporary folder first and swapped in together:
    a failure half-way (a full disk) leaves the previous set whole.
    """
    from checker.report._atomic import staged_folder

    out_dir = Path(out_dir)
    chosen = parse_formats(formats)
    written: list[Path] = []
    with staged_folder(out_dir) as stage:
        if "json" in chosen:
            written.append(write_json(report, stage / "findings.json"))
        if "csv" in chosen:
            written.extend(write_csv(report, stage))
        if "html" in chosen:
            written.append(write_html(report, stage / "report.html", article_text))
    return [out_dir / p.name for p in written]
