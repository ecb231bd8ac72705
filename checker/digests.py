"""What a cached result is filed under: digests of a file's bytes, of a rule, of the checker's build.

- a file by the sha256 of its bytes and the metadata given beside it (a FIFO,
  an unreadable file or one over the size limit has none, and is never
  cached);
- a rule by the parts of it that decide extraction, so editing one rule
  re-runs that rule alone, and changing its severity or message re-runs
  nothing;
- the build by its version and every file of the package.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from checker import __version__

# Parts of a rule that only matter after extraction (findings, docs, tests):
# editing them must not throw away the claims the rule already found.
_NOT_EXTRACTION = {"description", "severity", "message", "compare", "examples"}
_NOT_CODE = {"__pycache__"}  # folders of the package that are not part of a build


def file_sha256(path: Path) -> str | None:
    """Digest of the bytes on disk; None when the file cannot be read (it is reported later)."""
    h = hashlib.sha256()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return None  # a FIFO or a device never ends: not cacheable, and load_file says why
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def file_key(path: Path, sidecar=None, max_bytes: int | None = None) -> str | None:
    """A file's key: its bytes and its sidecar metadata (a new date changes its claims).

    None for a file not worth caching: unreadable, or larger than ``max_bytes`` when given.
    """
    from checker.corpus.sidecar import fingerprint

    try:
        if max_bytes is not None and Path(path).stat().st_size > max_bytes:
            return None
    except OSError:
        return None
    sha = file_sha256(Path(path))
    extra = fingerprint(sidecar)
    return sha if sha is None or not extra else f"{sha}+{extra}"


def rule_digest(rule) -> str:
    """Digest of what decides a rule's claims (patterns, slots, names, labels)."""
    if hasattr(rule, "model_dump_json"):
        text = rule.model_dump_json(exclude=_NOT_EXTRACTION & set(type(rule).model_fields))
    else:  # a hand-made rule object: its repr is the best description we have
        text = repr(rule)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def code_files(root: Path) -> list[Path]:
    """Every file of the package, in a fixed order: what a build of the checker is.

    All of them, not a list of the parts thought to decide claims: a module
    left off such a list (``humanize.py`` names the ordinals in claim labels)
    would let the cache serve claims an edit has changed. Editing the report
    or the CLI costs one cold audit, never a wrong one.
    """
    return sorted(
        f for f in root.rglob("*")
        if f.is_file() and f.suffix not in (".pyc", ".pyo") and not _NOT_CODE & set(f.relative_to(root).parts)
    )


def build_digest(root: Path) -> str:
    """Version plus a digest of every file under ``root``, by name and content."""
    h = hashlib.sha256(__version__.encode())
    for f in code_files(root):
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return f"{__version__}+{h.hexdigest()[:16]}"


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The build of the checker that made a cached claim."""
    return build_digest(Path(__file__).resolve().parent)


def digests_of(rules: Sequence) -> dict[str, str]:
    """Each rule's digest, by rule id.

    Frame rules read an article together: a value one of them links to a nearer event is
    dropped by the others, and "their number" counts the last counted noun of any. So a frame
    rule's claims depend on every frame rule run beside it, and its digest covers them all:
    editing one frame rule re-runs the frame rules of each file, never one alone.
    """
    own = {rule.id: rule_digest(rule) for rule in rules}
    framed = sorted(rule.id for rule in rules if getattr(rule, "frame", None) is not None)
    if not framed:
        return own
    together = hashlib.sha256("\0".join(f"{r}={own[r]}" for r in framed).encode()).hexdigest()[:32]
    for r in framed:
        own[r] = hashlib.sha256(f"{own[r]}+{together}".encode()).hexdigest()[:32]
    return own
