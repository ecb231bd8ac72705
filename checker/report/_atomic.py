"""Write a file so that readers see the old version or the new one, never half.

An audit killed mid-write (Ctrl-C, out of memory, a full disk) must leave the
previous report openable: the journalist may be reading it. So every output
goes to a temporary file in the same directory (same filesystem, so the
rename is atomic), is flushed to disk, and only then replaces the old file.
A set of outputs (``staged_folder``) is written whole into a temporary folder
first and then renamed into place together, so a disk that fills between two
files leaves the old set, not a mix of new and old.

A new file gets the mode the user's umask allows (``0666 & ~umask``, as any
program writing a file would); a file replaced keeps its mode, so a report
made private with ``chmod 600`` stays private.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
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
        os.chmod(tmp, target_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _umask() -> int:
    """The process umask; reading it means setting it, so it is put straight back."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def target_mode(path: Path) -> int:
    """The mode ``path`` should have: its own if it exists, else what the umask allows."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


_STAGE = ".checker-new-"
_STALE_S = 3600  # a staging folder this old was left by an audit that was killed


def _remove_stale_stages(out_dir: Path) -> None:
    """Clear staging folders of audits killed mid-write; a recent one may be another audit's."""
    import time

    for old in out_dir.glob(_STAGE + "*"):
        try:
            if old.is_dir() and time.time() - old.stat().st_mtime > _STALE_S:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass


@contextlib.contextmanager
def staged_folder(out_dir: Path) -> Iterator[Path]:
    """A temporary folder inside ``out_dir`` whose files replace ``out_dir``'s together.

    If the block fails, the temporary folder is removed and ``out_dir`` is as it was.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_stages(out_dir)
    stage = Path(tempfile.mkdtemp(dir=out_dir, prefix=_STAGE))
    try:
        yield stage
        names = sorted(p.name for p in stage.iterdir())
        for name in names:
            os.chmod(stage / name, target_mode(out_dir / name))
        for name in names:
            os.replace(stage / name, out_dir / name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    _fsync_dir(out_dir)


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
