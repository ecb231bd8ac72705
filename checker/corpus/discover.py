"""Which files on the command line are articles.

A folder is walked recursively, but only files with an article extension are
taken from it: a corpus folder also holds notes, rule files and images, and a
reader should not be told that ``logo.png`` is "not text". A file named
explicitly is always taken, whatever its extension: the user asked for it, so
if it cannot be read they hear why (``load_file`` reads an unknown extension
as plain text and rejects binary content with a clear message).

Dot-folders (``.git``, ``.venv``), a ``reports`` folder met during a walk,
and the folders in ``skip`` (the audit's own ``--out`` and cache) are
skipped, so auditing a project root does not audit the audit. Symbolic links
are followed inside the folders given, but a folder is entered once per real
path, so a link loop ends instead of hanging, and one file reached twice is
loaded once. A link found in a walk that leads outside every folder given
(``leak.txt -> /etc/shadow``) is not read unless ``follow_outside`` says so:
the report would publish that file's text.

Only regular files are read: a FIFO or a device (``/dev/zero``) would block
or never end. A name that is not valid UTF-8 cannot become an article id in a
UTF-8 report, so such a file is skipped and named with its bytes escaped.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from checker.models import Problem
from checker.text.printable import printable_path

ARTICLE_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
SKIPPED_FOLDERS = frozenset({"reports", "__pycache__", "node_modules"})


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def _real(p: Path) -> tuple[str | None, str]:
    """The real path, or None and why not."""
    try:
        return os.path.realpath(p, strict=True), ""
    except OSError as exc:  # broken link, link loop, permission, name too long
        return None, exc.strerror or str(exc)
    except RuntimeError:
        return None, "symbolic link loop"


def _inside(real: str, roots: Sequence[str]) -> bool:
    return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _not_utf8(p: Path) -> bool:
    try:
        str(p).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


_OWN_MARKS = (b'<meta name="generator" content="checker ', b'{\n  "checker_version":')


def _own_output(real: str) -> bool:
    """True for findings.json and report.html files the checker wrote: re-read as
    articles, every audit would find its previous findings' quotes again."""
    if not real.lower().endswith((".json", ".html", ".htm")):
        return False
    try:
        with open(real, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        return False
    return head.startswith(_OWN_MARKS[1]) or _OWN_MARKS[0] in head


class _Walker:
    """The state of one discovery: files taken, folders entered, problems met."""

    def __init__(self, roots: list[str], skip: set[str], follow_outside: bool):
        self.out = Discovery()
        self.seen_files: dict[str, Path] = {}
        self.seen_dirs: set[str] = set()
        self.skip = skip
        self.roots = roots
        self.follow_outside = follow_outside

    def problem(self, p: Path, message: str) -> None:
        self.out.problems.append(Problem(kind="file", path=printable_path(p), message=message))

    def take(self, p: Path, explicit: bool) -> None:
        """Accept ``p`` if it is a readable regular file the audit may read."""
        if _not_utf8(p):
            self.problem(p, "file name is not valid UTF-8; skipped (rename the file to audit it)")
            return
        real, why = _real(p)
        if real is None:
            broken = os.path.islink(p) and not os.path.exists(p)
            self.problem(p, "broken symbolic link" if broken else f"unreadable path ({why}); skipped")
            return
        try:
            mode = os.stat(real).st_mode
        except OSError as exc:
            self.problem(p, f"unreadable path ({exc.strerror or exc})")
            return
        if not stat.S_ISREG(mode):
            self.problem(p, "not a regular file (a FIFO, socket or device); skipped")
            return
        if real in self.skip:
            return  # the audit's own cache or output: nothing to say
        if _own_output(real):
            self.problem(p, "a report written by checker; not read as an article")
            return
        if not explicit and not self.follow_outside and not _inside(real, self.roots):
            self.problem(p, f"symbolic link to {printable_path(real)}, outside the folders given; "
                            "skipped (--follow-links reads it)")
            return
        self.seen_files.setdefault(real, p)

    def walk(self, root: Path) -> None:
        """Depth-first walk with an explicit stack: deep trees cannot overflow recursion."""
        stack = [root]
        while stack:
            folder = stack.pop()
            real, why = _real(folder)
            if real is None:  # e.g. a path past the system's length limit
                self.problem(folder, f"cannot enter folder ({why}); its files are skipped")
                continue
            if real in self.seen_dirs or (folder != root and real in self.skip):
                continue  # a loop, a folder reached through another link, or one of ours
            self.seen_dirs.add(real)
            if folder != root and not self.follow_outside and not _inside(real, self.roots):
                self.problem(folder, f"symbolic link to the folder {printable_path(real)}, outside the folders "
                                     "given; skipped (--follow-links reads it)")
                continue
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                self.problem(folder, f"cannot list folder: {exc.strerror or exc}")
                continue
            for entry in entries:
                if not entry.name.startswith("."):
                    self._entry(folder, entry, stack)

    def _entry(self, folder: Path, entry: os.DirEntry, stack: list[Path]) -> None:
        child = folder / entry.name
        try:
            is_dir = entry.is_dir()  # follows links
            is_file = entry.is_file()
        except OSError as exc:
            self.problem(child, f"unreadable path ({exc.strerror or exc}); skipped")
            return
        if is_dir:
            if entry.name in SKIPPED_FOLDERS:
                return
            if _not_utf8(child):
                self.problem(child, "folder name is not valid UTF-8; skipped (rename it to audit its files)")
            else:
                stack.append(child)
        elif Path(entry.name).suffix.lower() in ARTICLE_EXTENSIONS:
            if is_file:
                self.take(child, explicit=False)
            elif entry.is_symlink():
                self.problem(child, "broken symbolic link")


def discover(paths: Sequence[str | Path], *, skip: Sequence[str | Path] = (), follow_outside: bool = False) -> Discovery:
    """Article files under ``paths``, sorted by path, each file once.

    Paths keep the form the user typed (relative stays relative), joined
    with the path inside a folder, because that string becomes the article
    id the report shows. Folders in ``skip`` are never entered.
    """
    roots = [r for r in (_real(Path(p))[0] for p in paths) if r is not None and os.path.isdir(r)]
    skipped = {r for r in (_real(Path(p))[0] for p in skip) if r is not None}
    walker = _Walker(roots, skipped, follow_outside)
    for given in paths:
        root = Path(given)
        if not os.path.lexists(root):
            walker.out.missing.append(printable_path(given))
        elif root.is_dir():
            walker.walk(root)
        elif root.exists() or root.is_symlink():
            walker.take(root, explicit=True)
        else:
            walker.problem(root, "broken symbolic link")
    walker.out.files = sorted(walker.seen_files.values(), key=str)
    return walker.out
