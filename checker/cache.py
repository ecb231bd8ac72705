"""Cached per-file, per-rule extraction results in an embedded SQLite file.

A re-audit of an archive mostly re-reads files that have not changed against
rules that have not changed, so the claims are kept between runs:

- a file's results are found by its path and the sha256 of its bytes (the
  path is part of the key because claims and article ids carry it);
- claims are stored per rule, under a digest of the parts of the rule that
  decide extraction, so editing one pattern rule re-runs that rule alone,
  editing one frame rule re-runs the frame rules (they read an article
  together), and changing a severity or message re-runs nothing;
- the whole cache belongs to one build of the checker (version plus a digest
  of every file of the package, code and language data alike): another
  build starts from an empty cache instead of trusting claims it did not
  make.

The cache is a convenience, never an authority. A file that is not SQLite,
or not this schema, is moved aside with a warning and rebuilt; a row that
does not parse is treated as a miss. Only the audit's parent process writes,
in one transaction per batch, so workers never contend for the lock. The
keys themselves (file, rule and build digests) are made in ``digests``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker.digests import code_digest

log = logging.getLogger("checker.cache")

SCHEMA = 1
_CACHE_SUFFIXES = {".sqlite", ".sqlite3", ".db"}

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS loads (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    sha TEXT NOT NULL,
    max_bytes INTEGER NOT NULL,
    articles TEXT NOT NULL,
    problems TEXT NOT NULL,
    UNIQUE (path, sha, max_bytes)
);
CREATE TABLE IF NOT EXISTS extracts (
    load_id INTEGER NOT NULL,
    rule TEXT NOT NULL,
    rule_sha TEXT NOT NULL,
    claims TEXT NOT NULL,
    problems TEXT NOT NULL,
    PRIMARY KEY (load_id, rule)
) WITHOUT ROWID;
"""
_COLUMNS = {
    "meta": ["key", "value"],
    "loads": ["id", "path", "sha", "max_bytes", "articles", "problems"],
    "extracts": ["load_id", "rule", "rule_sha", "claims", "problems"],
}


@dataclass
class Cached:
    """What the cache holds for one file: load results and the rules it has claims for."""

    load_id: int
    articles: str
    problems: str
    rules: dict[str, tuple[str, str]]  # rule id -> (claims json, problems json), current digests only


class ClaimCache:
    """The open cache file; use as a context manager so pending rows are committed."""

    busy_timeout = 10.0  # seconds to wait for another audit's write to finish

    def __init__(self, path: Path, code: str | None = None, batch: int = 500) -> None:
        self.path = Path(path)
        self.code = code or code_digest()
        self.batch = batch
        self.pending = 0
        self.warnings: list[str] = []
        self.db = self._open()

    # -- opening, and what happens when the file is not what we wrote
    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            if not self._damaged(exc):  # locked, read-only, a folder: not ours to replace
                raise
            aside = self._move_aside()
            self._warn(f"cache {self.path} is unreadable ({exc}); moved it to {aside} and started a new one")
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if tables and not {"meta", "loads", "extracts"} <= tables:
                raise sqlite3.DatabaseError("not a checker cache (unexpected tables)")
            db.executescript(_DDL)
            for table, wanted in _COLUMNS.items():
                have = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
                if have != wanted:
                    raise sqlite3.DatabaseError(f"not a checker cache (table {table} has columns {have})")
            meta = dict(db.execute("SELECT key, value FROM meta"))
            if meta.get("schema", str(SCHEMA)) != str(SCHEMA):
                raise sqlite3.DatabaseError(f"cache schema {meta.get('schema')}, expected {SCHEMA}")
            if meta.get("code") != self.code:
                # Another build made these claims: drop them rather than mix builds.
                db.execute("BEGIN")
                db.execute("DELETE FROM extracts")
                db.execute("DELETE FROM loads")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?), ('code', ?)", (str(SCHEMA), self.code))
                db.execute("COMMIT")
        except BaseException:
            db.close()
            raise
        return db

    def _move_aside(self) -> Path:
        n = 0
        while (aside := self.path.with_name(f"{self.path.name}.corrupt{'-' + str(n) if n else ''}")).exists():
            n += 1
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.unlink()
        os.replace(self.path, aside)
        return aside

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        log.warning("checker: warning: %s", message)

    def _damaged(self, exc: sqlite3.DatabaseError) -> bool:
        """Only a regular file whose content is wrong is moved aside; lock, permission
        and I/O errors (``OperationalError``) say nothing about the content. A file
        that is neither SQLite nor named like a cache is the user's (``--cache
        notes.txt`` by mistake): it is left alone and the audit runs without a cache."""
        return not isinstance(exc, sqlite3.OperationalError) and self.path.is_file() and self._ours()

    def _ours(self) -> bool:
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(16)
        except OSError:
            return False
        return head in (b"", b"SQLite format 3\x00") or self.path.suffix.lower() in _CACHE_SUFFIXES

    def _failed(self, exc: sqlite3.DatabaseError) -> None:
        """A cache that breaks mid-audit is dropped for the rest of the run (and rebuilt if damaged)."""
        damaged = self._damaged(exc)
        how = "it will be rebuilt" if damaged else "it is left as it is"
        self._warn(f"cache {self.path} failed ({exc}); continuing without it, {how}")
        try:
            self.db.close()
            if damaged:
                self._move_aside()
        except (OSError, sqlite3.Error):
            pass
        self.db = None

    # -- reading and writing
    def get(self, path: str, sha: str, max_bytes: int, digests: dict[str, str]) -> Cached | None:
        if self.db is None:
            return None
        try:
            row = self.db.execute(
                "SELECT id, articles, problems FROM loads WHERE path=? AND sha=? AND max_bytes=?", (path, sha, max_bytes)
            ).fetchone()
            if row is None:
                return None
            rules = {
                rule: (claims, problems)
                for rule, rule_sha, claims, problems in self.db.execute(
                    "SELECT rule, rule_sha, claims, problems FROM extracts WHERE load_id=?", (row[0],)
                )
                if digests.get(rule) == rule_sha
            }
        except sqlite3.DatabaseError as exc:
            self._failed(exc)
            return None
        return Cached(row[0], row[1], row[2], rules)

    def put(
        self, path: str, sha: str, max_bytes: int, articles: str, problems: str,
        by_rule: Iterable[tuple[str, str, str, str]],
    ) -> None:
        """Store one file's load result and its (rule, digest, claims, problems) rows."""
        if self.db is None:
            return
        try:
            if self.pending == 0:
                self.db.execute("BEGIN")
            self.db.execute("DELETE FROM extracts WHERE load_id IN (SELECT id FROM loads WHERE path=? AND sha<>?)",
                            (path, sha))
            self.db.execute("DELETE FROM loads WHERE path=? AND sha<>?", (path, sha))
            self.db.execute(
                "INSERT INTO loads (path, sha, max_bytes, articles, problems) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (path, sha, max_bytes) DO UPDATE SET articles=excluded.articles, problems=excluded.problems",
                (path, sha, max_bytes, articles, problems),
            )
            (load_id,) = self.db.execute(
                "SELECT id FROM loads WHERE path=? AND sha=? AND max_bytes=?", (path, sha, max_bytes)
            ).fetchone()
            self.db.executemany(
                "INSERT OR REPLACE INTO extracts VALUES (?, ?, ?, ?, ?)",
                [(load_id, rule, rule_sha, claims, probs) for rule, rule_sha, claims, probs in by_rule],
            )
            self.pending += 1
            if self.pending >= self.batch:
                self.commit()
        except sqlite3.DatabaseError as exc:
            self._failed(exc)

    def commit(self) -> None:
        if self.db is not None and self.pending:
            try:
                self.db.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                self._failed(exc)
        self.pending = 0

    def close(self) -> None:
        self.commit()
        if self.db is not None:
            self.db.close()
            self.db = None

    def __enter__(self) -> "ClaimCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_cache(path: Path | None) -> ClaimCache | None:
    """The cache at ``path``, or None (no path, or it cannot be opened: that costs speed, not the audit)."""
    if path is None:
        return None
    try:
        return ClaimCache(Path(path))
    except Exception as exc:
        log.warning("checker: warning: cannot use cache %s (%s); continuing without it", path, exc)
        return None

