"""Which files on the command line are articles.

A folder is walked recursively, but only files with an article extension are
taken from it: a corpus folder also holds notes, rule files and images, and a
reader should not be told that ``logo.png`` is "not text". A file named
explicitly is always taken, whatever its extension: the user asked for it, so
if it cannot be read they hear why (``load_file`` reads an unknown extension
as plain text and rejects binary content with a clear message).

Dot-folders (``.git``, ``.venv``) and a ``reports`` folder met during a walk
(where ``checker audit`` writes its own HTML/JSON) are skipped, so auditing
a project root does not audit the audit. Symbolic links are followed, but a
folder is entered once per real path, so a link loop ends instead of hanging,
and one file reached twice is loaded once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from checker.models import Problem

ARTICLE_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
SKIPPED_FOLDERS = frozenset({"reports", "__pycache__", "node_modules"})


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def _real(p: Path) -> str | None:
    try:
        return os.path.realpath(p, strict=True)
    except (OSError, RuntimeError):  # broken link, link loop, permission
        return None


def discover(paths: Sequence[str | Path]) -> Discovery:
    """Article files under ``paths``, sorted by path, each file once.

    Paths keep the form the user typed (relative stays relative), joined
    with the path inside a folder, because that string becomes the article
    id the report shows.
    """
    out = Discovery()
    seen_files: dict[str, Path] = {}
    seen_dirs: set[str] = set()

    def take(p: Path) -> None:
        real = _real(p)
        if real is None:
            out.problems.append(Problem(kind="file", path=str(p), message="broken symbolic link or unreadable path"))
        elif real not in seen_files:
            seen_files[real] = p

    for given in paths:
        root = Path(given)
        if not os.path.lexists(root):
            out.missing.append(str(given))
            continue
        if root.is_dir():
            _walk(root, take, seen_dirs, out.problems)
        elif root.exists():
            take(root)
        else:
            out.problems.append(Problem(kind="file", path=str(root), message="broken symbolic link"))
    out.files = sorted(seen_files.values(), key=str)
    return out


def _walk(root: Path, take, seen_dirs: set[str], problems: list[Problem]) -> None:
    """Depth-first walk with an explicit stack: deep trees cannot overflow recursion."""
    stack = [root]
    while stack:
        folder = stack.pop()
        real = _real(folder)
        if real is None or real in seen_dirs:
            continue  # a loop, or a folder already reached through another link
        seen_dirs.add(real)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(kind="file", path=str(folder), message=f"cannot list folder: {exc.strerror or exc}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = folder / entry.name
            try:
                is_dir = entry.is_dir()  # follows links
                is_file = entry.is_file()
            except OSError:
                is_dir = is_file = False
            if is_dir:
                if entry.name not in SKIPPED_FOLDERS:
                    stack.append(child)
            elif Path(entry.name).suffix.lower() in ARTICLE_EXTENSIONS:
                if is_file:
                    take(child)
                elif entry.is_symlink():
                    problems.append(Problem(kind="file", path=str(child), message="broken symbolic link"))
