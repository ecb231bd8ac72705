"""YAML with positions: every mapping and list remembers where its items were written.

Rule authors fix what we point at, so an error must say ``file:line:col``
of the offending value, not "somewhere in this file". PyYAML's SafeLoader
knows each node's mark while constructing; we keep those marks beside the
plain dicts and lists, then walk a pydantic error location through them.
PyYAML also silently keeps the last of two equal keys; a rule with two
``patterns:`` would lose one, so duplicates are errors here.
"""

from __future__ import annotations

from typing import Any

import yaml

Pos = tuple[int, int]  # 1-based line and column


class PosDict(dict):
    """A dict with ``pos[key]`` (where the value starts) and ``key_pos[key]``."""

    pos: dict
    key_pos: dict
    start: Pos


class PosList(list):
    pos: list
    quoted: list  # True where the item was a quoted scalar
    start: Pos


class DuplicateKey(yaml.MarkedYAMLError):
    pass


def _mark(node: yaml.Node) -> Pos:
    return node.start_mark.line + 1, node.start_mark.column + 1


class PosLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml parses, when installed
    """SafeLoader that records positions and refuses duplicate keys."""

    def construct_mapping(self, node, deep=False):  # noqa: D102 - PyYAML hook
        if not isinstance(node, yaml.MappingNode):
            return super().construct_mapping(node, deep)
        self.flatten_mapping(node)
        out = PosDict()
        out.pos, out.key_pos, out.start = {}, {}, _mark(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark, "found an unhashable key", key_node.start_mark
                ) from None
            if key in out:
                raise DuplicateKey(
                    None, None, f"duplicate key {key!r} (first at line {out.key_pos[key][0]})", key_node.start_mark
                )
            out[key] = self.construct_object(value_node, deep=True)
            out.pos[key] = _mark(value_node)
            out.key_pos[key] = _mark(key_node)
        return out

    def construct_sequence(self, node, deep=False):  # noqa: D102 - PyYAML hook
        out = PosList(self.construct_object(child, deep=True) for child in node.value)
        out.pos = [_mark(child) for child in node.value]
        out.quoted = [getattr(child, "style", None) in ("'", '"') for child in node.value]
        out.start = _mark(node)
        return out


PosLoader.add_constructor("tag:yaml.org,2002:map", PosLoader.construct_mapping)
PosLoader.add_constructor("tag:yaml.org,2002:seq", PosLoader.construct_sequence)
# Rule files hold text, not timestamps: keep "2021-06-05" a string so pydantic
# decides (a date for `published`, a TIMEX string for a claim value).
PosLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str) -> Any:
    """Parse one YAML document; raises ``yaml.YAMLError`` with a mark on bad input."""
    return yaml.load(text, Loader=PosLoader)  # noqa: S506 - SafeLoader subclass


def locate(data: Any, loc: tuple, at_key: bool = False) -> Pos | None:
    """The position of the deepest item of ``loc`` that exists in ``data``.

    For an unknown key we point at the key itself (that is what to delete);
    for a bad value, at the value.
    """
    found: Pos | None = getattr(data, "start", None)
    node = data
    for i, part in enumerate(loc):
        if isinstance(node, PosDict) and part in node:
            last = i == len(loc) - 1
            found = node.key_pos[part] if last and at_key else node.pos[part]
            node = node[part]
        elif isinstance(node, PosList) and isinstance(part, int) and 0 <= part < len(node):
            found = node.pos[part]
            node = node[part]
        else:
            continue  # pydantic inserts union/tag names into loc; skip them
    return found


def error_mark(exc: yaml.YAMLError) -> Pos | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None:
        return None
    return mark.line + 1, mark.column + 1
