"""Write a file so that readers see the old version or the new one, never half.

An audit killed mid-write (Ctrl-C, out of memory, a full disk) must leave the
previous report openable: the journalist may be reading it. So every output
goes to a temporary file in the same directory (same filesystem, so the
rename is atomic), is flushed to disk, and only then replaces the old file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_open(
    path: Path, *, encoding: str = "utf-8", newline: str | None = None, binary: bool = False
) -> Iterator[IO]:
    """Yield a file (text, or bytes with ``binary``) that becomes ``path`` only if the block completes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        opened = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with opened as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def write_text(path: Path, text: str, *, encoding: str = "utf-8") -> Path:
    with atomic_open(path, encoding=encoding, newline="") as fh:
        fh.write(text)
    return Path(path)


def write_bytes(path: Path, *chunks: bytes) -> Path:
    with atomic_open(path, binary=True) as fh:
        for chunk in chunks:
            fh.write(chunk)
    return Path(path)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable; not every platform can open a directory."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
