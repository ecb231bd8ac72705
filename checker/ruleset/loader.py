"""Load rule files: YAML with positions → pydantic → compiled patterns, or a Problem.

A broken file is reported (``file:line:col``, rule id, field) and skipped so
the other rules still run; ``strict`` turns the first problem into an
exception for CI. Rules are returned sorted by id so every run is the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml
from pydantic import ValidationError

from checker.models import Problem
from checker.ruleset import yamlpos
from checker.ruleset.engine import RuleError, compile_rule
from checker.ruleset.pack import concepts_for, is_pack_file, load_pack, pack_files
from checker.ruleset.schema import Rule, RuleFile

SUFFIXES = (".yaml", ".yml")


class RuleFileError(ValueError):
    """Raised under ``strict``; carries the problems found."""

    def __init__(self, problems: list[Problem]):
        first = problems[0]
        super().__init__(f"{format_problem(first)} ({len(problems)} rule problem(s))")
        self.problems = problems


def format_problem(p: Problem) -> str:
    rule = f" [{p.rule}]" if p.rule else ""
    return f"{p.where}:{rule} {p.message}"


def rule_files(paths: Sequence[str | Path]) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.suffix in SUFFIXES and f.is_file() and not is_pack_file(f)))
        elif p.is_file() and not is_pack_file(p):
            files.append(p)
        elif p.is_file():
            pass  # a concepts file named on its own is checked as a pack (load_rules), never as a rule
        else:
            problems.append(Problem(kind="rule", path=str(given), message="rule path not found"))
    return files, problems


def load_rules(paths: Sequence[str | Path], *, strict: bool = False) -> tuple[list[Rule], list[Problem]]:
    """Every valid rule under ``paths`` (files or folders of .yaml/.yml) and the problems met."""
    files, problems = rule_files(paths)
    packs: dict[Path, dict] = {}
    for given in paths:
        for f in pack_files(Path(given)):
            if f not in packs:
                packs[f], probs = load_pack(f)
                problems.extend(probs)
    rules: list[Rule] = []
    first_seen: dict[str, str] = {}
    for f in files:
        got, probs = load_file(f, concepts_for(f, packs) if packs else None)
        problems.extend(probs)
        for rule, pos in got:
            if rule.id in first_seen:
                problems.append(Problem(
                    kind="rule", path=str(f), line=pos[0], col=pos[1], rule=rule.id,
                    message=f"id: duplicate rule id {rule.id!r} (first defined in {first_seen[rule.id]}); skipped",
                ))
                continue
            first_seen[rule.id] = f"{f}:{pos[0]}"
            rules.append(rule)
    if strict and problems:
        raise RuleFileError(problems)
    return sorted(rules, key=lambda r: r.id), problems


def load_file(path: Path, pack: dict | None = None) -> tuple[list[tuple[Rule, tuple[int, int]]], list[Problem]]:
    """The rules of one file with their positions; problems for the ones that fail. ``pack``:
    the concepts its folder's ``concepts.yaml`` gives (``pack.py``)."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(kind="rule", path=name, message=f"cannot read: {exc}")]
    try:
        data = yamlpos.load(text)
    except yaml.YAMLError as exc:
        line, col = yamlpos.error_mark(exc) or (None, None)
        msg = getattr(exc, "problem", None) or str(exc)
        return [], [Problem(kind="rule", path=name, line=line, col=col, message=f"YAML syntax error: {msg}")]
    if data is None:
        return [], []
    if isinstance(data, dict) and "rules" in data:
        items = data["rules"]
        if not isinstance(items, list):
            line, col = data.pos["rules"]
            return [], [Problem(kind="rule", path=name, line=line, col=col, message="rules: must be a list of rules")]
        extra = [k for k in data if k != "rules"]
        if extra:
            line, col = data.key_pos[extra[0]]
            return [], [Problem(kind="rule", path=name, line=line, col=col,
                                message=f"{extra[0]}: unknown key beside 'rules' (a rule file is one rule or rules: [...])")]
        entries = [(item, data["rules"].pos[i]) for i, item in enumerate(items)]
    elif isinstance(data, dict):
        entries = [(data, data.start)]
    else:
        start = getattr(data, "start", (1, 1))
        return [], [Problem(kind="rule", path=name, line=start[0], col=start[1],
                            message="a rule file holds one rule (a mapping with id:, claim:, patterns:) or rules: [...]")]
    out: list[tuple[Rule, tuple[int, int]]] = []
    problems: list[Problem] = []
    for item, pos in entries:
        rule, probs = _one(item, pos, name, pack)
        problems.extend(probs)
        if rule is not None:
            out.append((rule, pos))
    return out, problems


def _one(item, pos, name: str, pack: dict | None = None) -> tuple[Rule | None, list[Problem]]:
    rid = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
    try:
        rule = Rule.model_validate(item)
    except ValidationError as exc:
        probs = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            at = yamlpos.locate(item, loc, at_key=err["type"] == "extra_forbidden") or pos
            field = ".".join(str(x) for x in loc) or "(rule)"
            msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            probs.append(Problem(kind="rule", path=name, line=at[0], col=at[1], rule=rid, message=f"{field}: {msg}"))
        return None, probs
    if pack:  # the pack's concepts, under the rule's own
        rule = rule.model_copy(update={"concepts": {**pack, **rule.concepts}})
    rule._file = name
    try:
        rule._compiled = compile_rule(rule)
    except RuleError as exc:
        at = yamlpos.locate(item, exc.where) or pos
        line, col = at
        if exc.col and len(exc.where) == 3:  # inside a pattern string: point at the character
            col += exc.col + _quote_offset(item, exc.where)
        field = ".".join(str(x) for x in exc.where)
        return None, [Problem(kind="rule", path=name, line=line, col=col, rule=rule.id, message=f"{field}: {exc}")]
    return rule, []


def _quote_offset(item, where: tuple) -> int:
    """1 when the pattern was written quoted, so the column lands on the character."""
    node = item
    for part in where[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return 0
    quoted = getattr(node, "quoted", None)
    return 1 if quoted and where[-1] < len(quoted) and quoted[where[-1]] else 0
