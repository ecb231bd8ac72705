"""Time budgets for rule regexes: per file and per audit.

Each regex already stops after ``REGEX_TIMEOUT`` on one sentence. A rule
whose regexes hit that limit on every sentence would still cost 0.05 s per
sentence per regex, minutes over a hundred small files. So each rule also
has a budget of regex time per file and per audit (per process: each
worker keeps its own); once spent, the rule's regexes stop running and one
warning says so. Its word patterns keep running: they have no such cost.

Results that a budget cut short depend on the machine's speed, so the
pipeline does not cache them (``cut_short``).
"""

from __future__ import annotations

PER_FILE = 1.0  # seconds of regex time per rule and file
PER_AUDIT = 5.0  # seconds of regex time per rule and audit, in one process

_file: dict[str, float] = {}
_audit: dict[str, float] = {}
_told: set[tuple[str, str]] = set()  # (rule, "file"|"audit") already warned
_cut = False


def start_audit() -> None:
    """Forget every rule's spending: a new audit starts."""
    global _cut
    _file.clear()
    _audit.clear()
    _told.clear()
    _cut = False


def start_file() -> None:
    """A new file: per-file spending and warnings start again."""
    global _cut
    _file.clear()
    for key in [k for k in _told if k[1] == "file"]:
        _told.discard(key)
    _cut = False


def charge(rule_id: str, seconds: float, timed_out: bool) -> None:
    global _cut
    _file[rule_id] = _file.get(rule_id, 0.0) + seconds
    _audit[rule_id] = _audit.get(rule_id, 0.0) + seconds
    _cut = _cut or timed_out


def spent(rule_id: str) -> tuple[bool, str | None]:
    """``(exhausted, warning)``: whether the rule's regexes must stop, and the one
    warning to give about it (None once it has been given)."""
    global _cut
    if _audit.get(rule_id, 0.0) >= PER_AUDIT:
        scope, limit = "audit", PER_AUDIT
    elif _file.get(rule_id, 0.0) >= PER_FILE:
        scope, limit = "file", PER_FILE
    else:
        return False, None
    _cut = True
    if (rule_id, scope) in _told:
        return True, None
    _told.add((rule_id, scope))
    return True, (f"regexes disabled for the rest of this {scope}: they used up its {limit:g} s "
                  "time budget (each one keeps hitting its time limit)")


def cut_short() -> bool:
    """True if a regex of this file timed out or was stopped by a budget."""
    return _cut
