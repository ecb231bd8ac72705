"""Metadata given beside the articles: a newsroom's CSV export, or ``NAME.meta.yaml``.

Plain text files carry no outlet, title, link or date, and newsrooms already
keep those in the CSV their CMS exports. ``checker audit --meta articles.csv``
reads one (columns ``path, published, source, url, title``, optionally
``language`` and ``date_order``); ``a.meta.yaml`` beside ``a.txt`` does the
same for one file. Paths in a CSV are relative to the CSV's folder. Every
date keeps the words it was read from ("articles.csv row 3, published
"Wed 05 Apr 2017""), a row that cannot be used is a problem in the report,
and nothing is guessed: an ambiguous "4/5/2017" needs its order stated.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

from checker.corpus.dates import read_date_field
from checker.corpus.metadata import TEXT_FIELDS, key_line_finder, read_fields
from checker.corpus.records import Meta, overlay
from checker.models import Problem

COLUMNS = ("path", "published", "source", "url", "title", "language", "date_order")


class SidecarError(ValueError):
    """A sidecar that cannot be read at all (missing, not CSV, no path column): a usage error."""


def _key(path: str | Path) -> str:
    return str(Path(path).resolve())


def _row_meta(row: dict, where: str, order: str | None, problems: list[Problem], csv_path: str, line: int) -> Meta:
    meta = Meta()
    for name in TEXT_FIELDS:
        if (row.get(name) or "").strip():
            setattr(meta, name, row[name].strip())
    if (row.get("language") or "").strip():
        meta.language = row["language"].strip().lower().split("-")[0]
    raw = (row.get("published") or "").strip()
    if raw:
        row_order = (row.get("date_order") or "").strip().upper() or order
        day, said = read_date_field(raw, row_order, f"{where}, published")
        if day is None:
            problems.append(Problem(kind="file", path=csv_path, line=line, message=f"published {said}; date left unknown"))
        meta.published, meta.published_from = day, said if day else None
    return meta


def read_csv(csv_path: str | Path, order: str | None = None) -> tuple[dict[str, Meta], list[Problem]]:
    """Metadata by resolved article path, and the problems of rows that could not be used."""
    csv_path = Path(csv_path)
    try:
        text = csv_path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SidecarError(f"cannot read metadata sidecar {csv_path}: {exc}") from exc
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    fields = {(f or "").strip().lower(): f for f in reader.fieldnames or []}
    if "path" not in fields:
        raise SidecarError(f"metadata sidecar {csv_path} has no 'path' column (columns: {', '.join(COLUMNS)})")
    out: dict[str, Meta] = {}
    problems: list[Problem] = []
    for n, raw_row in enumerate(reader, start=2):
        row = {k: (raw_row.get(orig) or "") for k, orig in fields.items()}
        name = row["path"].strip()
        if not name:
            problems.append(Problem(kind="file", path=str(csv_path), line=n, message="row has no path; ignored"))
            continue
        where = f"{csv_path.name} row {n}"
        target = Path(name) if Path(name).is_absolute() else csv_path.parent / name
        out[_key(target)] = _row_meta(row, where, order, problems, str(csv_path), n)
    return out, problems


def beside(path: str | Path) -> tuple[Meta | None, list[Problem]]:
    """``a.meta.yaml`` next to ``a.txt``, read like front matter; None when there is none."""
    path = Path(path)
    side = path.with_name(path.stem + ".meta.yaml")
    if not side.is_file():
        return None, []
    import yaml

    try:
        text = side.read_text(encoding="utf-8-sig")
        raw = yaml.safe_load(text) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return None, [Problem(kind="file", path=str(side), message=f"metadata file cannot be read ({exc}); ignored")]
    if not isinstance(raw, dict):
        return None, [Problem(kind="file", path=str(side), message="metadata file must be 'key: value' lines; ignored")]
    meta, problems = read_fields(raw, str(side), key_line_finder(text))
    if meta.published is not None:
        meta.published_from = f"{side.name}: {meta.published_from}"
    return meta, problems


def for_files(files, csv_path: str | Path | None = None, order: str | None = None) -> tuple[dict[str, Meta], list[Problem]]:
    """Each audited file's sidecar metadata (the CSV's row over its ``.meta.yaml``), and problems."""
    given, problems = read_csv(csv_path, order) if csv_path else ({}, [])
    out: dict[str, Meta] = {}
    used = set()
    for f in files:
        key = _key(f) if given else None  # resolving a path costs system calls: only when a CSV may name it
        own, met = beside(f)
        problems += met
        row = given.get(key) if key else None
        used.add(key) if row else None
        if own and row:
            own = overlay(own, row)
        if own or row:
            out[str(f)] = own or row
    for key in sorted(set(given) - used):
        problems.append(Problem(kind="file", path=str(csv_path),
                                message=f"a row names {key}, which is not among the files audited; ignored"))
    return out, problems


def fingerprint(meta: Meta | None) -> str:
    """What the cache must know of a file's sidecar: its claims depend on the publication date."""
    if meta is None:
        return ""
    blob = json.dumps({k: str(v) for k, v in sorted(vars(meta).items()) if v is not None}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]
