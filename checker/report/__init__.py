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
# The files each format writes: a CSV left from an earlier run beside a newer HTML
# would be read as this audit's, so outputs of formats not written are removed.
OUTPUTS = {"json": ("findings.json",), "csv": ("claims.csv", "findings.csv"), "html": ("report.html",)}

__all__ = [
    "DEFAULT_FORMATS", "FORMATS", "OUTPUTS", "existing_outputs", "parse_formats", "remove_stale", "render_terminal",
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


def existing_outputs(out_dir: Path) -> list[Path]:
    """Report files an earlier run left in ``out_dir``, in a fixed order."""
    return [Path(out_dir) / name for names in OUTPUTS.values() for name in names if (Path(out_dir) / name).is_file()]


def remove_stale(out_dir: Path, formats: Iterable[str]) -> list[Path]:
    """Remove this checker's outputs of the formats not written now; the paths removed.

    Only our own file names are touched, never anything else in the folder.
    """
    chosen = parse_formats(formats)
    removed = []
    for fmt, names in OUTPUTS.items():
        if fmt in chosen:
            continue
        for name in names:
            path = Path(out_dir) / name
            if path.is_file():
                path.unlink()
                removed.append(path)
    return removed


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
