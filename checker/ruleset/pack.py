"""Concepts a pack of rules shares: ``concepts.yaml`` in a rule folder.

A story's rules name the same things (the parties of an election, the towns of
a flood), and a rule's own ``concepts:`` would repeat them in every file. A
``concepts.yaml`` beside the rules holds them once, in the shape a rule's
``concepts:`` has; every rule in that folder and below may use them as
``@name``. A rule's own concepts come first, then the nearest folder's, then
the shared ones. The file is checked like a rule file: errors at
``file:line:col``, and a broken file costs only its own concepts.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from checker.frames.concepts import Concept
from checker.models import Problem
from checker.ruleset import yamlpos

PACK_FILES = ("concepts.yaml", "concepts.yml")


def is_pack_file(path: Path) -> bool:
    return path.name in PACK_FILES


def load_pack(path: Path) -> tuple[dict[str, Concept], list[Problem]]:
    """The concepts of one ``concepts.yaml``, and what is wrong with it."""
    name = str(path)
    try:
        data = yamlpos.load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [Problem(kind="rule", path=name, message=f"cannot read: {exc}")]
    except yaml.YAMLError as exc:
        line, col = yamlpos.error_mark(exc) or (None, None)
        return {}, [Problem(kind="rule", path=name, line=line, col=col,
                            message=f"YAML syntax error: {getattr(exc, 'problem', None) or exc}")]
    if data is None:
        return {}, []
    if not isinstance(data, dict) or set(data) != {"concepts"} or not isinstance(data["concepts"], dict):
        line, col = getattr(data, "start", (1, 1))
        return {}, [Problem(kind="rule", path=name, line=line, col=col,
                            message="a concepts file holds one key, concepts: {name: {en: [...], ar: [...], names: {...}}}")]
    out: dict[str, Concept] = {}
    problems: list[Problem] = []
    concepts = data["concepts"]
    for key, body in concepts.items():
        try:
            out[str(key)] = Concept.model_validate(body)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ("concepts", key, *err["loc"])
                line, col = yamlpos.locate(data, loc, at_key=err["type"] == "extra_forbidden") or concepts.pos[key]
                msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
                where = ".".join(str(x) for x in loc)
                problems.append(Problem(kind="rule", path=name, line=line, col=col, message=f"{where}: {msg}"))
    return out, problems


def pack_files(given: Path) -> list[Path]:
    """The concepts files that may serve rules found under ``given`` (a folder, or one rule file:
    then its folder's)."""
    if given.is_dir():
        return sorted(f for f in given.rglob("*") if is_pack_file(f) and f.is_file())
    return [f for f in (given.parent / n for n in PACK_FILES) if f.is_file()]


def concepts_for(rule_file: Path, packs: dict[Path, dict[str, Concept]]) -> dict[str, Concept]:
    """The pack concepts a rule file sees: its folder's and its parents', the nearest first."""
    out: dict[str, Concept] = {}
    for folder in reversed([rule_file.parent, *rule_file.parent.parents]):
        for n in PACK_FILES:
            out.update(packs.get(folder / n, {}))
    return out
