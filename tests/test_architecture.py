"""Import contracts: docs/ARCHITECTURE.md's picture of the stages, held true.

Each module of ``checker`` sits in a layer; a module may import its own layer
and the layers below, never one above. Imports are read from the source with
``ast``, including those inside functions: a lazy import hides a dependency
from the interpreter, not from the design. The few imports allowed to point
upward are listed below with the reason, and each must still exist, so the
list cannot outlive the code it excuses.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "checker"

# Lowest first. The first prefix that matches a module names its layer.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("models", ("checker.models", "checker.timex", "checker.humanize", "checker.settings", "checker.paths",
                "checker.compact", "checker.lazy")),
    ("text", ("checker.text",)),
    ("values", ("checker.values",)),
    ("corpus", ("checker.corpus",)),
    # Rules and frames compile into each other (a rule holds its frame; a frame
    # matches with the rule's patterns) and both name claims the same way.
    ("rules", ("checker.ruleset", "checker.frames", "checker.claimtext")),
    ("extract", ("checker.extract",)),
    ("compare", ("checker.compare",)),
    ("report", ("checker.report",)),
    ("pipeline", ("checker.pipeline", "checker.cache", "checker.digests", "checker.parent_watch")),
    ("api", ("checker.api",)),
    ("discover", ("checker.discover",)),
    ("cli", ("checker.cli", "checker.__main__")),
]
# Modules that live in a package but stand higher than it, and why.
PLACED: dict[str, str] = {
    # The examples harness runs a rule's sentences through the extractor: it
    # is the tool behind `checker rules test`, not part of loading rules.
    "checker.ruleset.examples": "extract",
}
# The package root holds only __version__; everything may read it.
ANYWHERE = {"checker"}

# (importer, imported): upward imports allowed for now, with the reason.
EXCEPTIONS: dict[tuple[str, str], str] = {}
# Cycles among modules (lazy imports included) allowed for now; none may be added.
KNOWN_CYCLES: dict[frozenset[str], str] = {
}


def _name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in sorted(PKG.rglob("*.py"))}


def _targets(module: str, path: Path, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The checker modules an import statement loads: ``from checker import timex`` is checker.timex."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    if node.level:
        parts = package.split(".")
        base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
    else:
        base = node.module or ""
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.update(t for t in _targets(module, path, node) if t.split(".")[0] == "checker")
        graph[module] = found - {module}
    return graph


GRAPH = _graph()
ORDER = [name for name, _ in LAYERS]


def layer(module: str) -> str:
    if module in ANYWHERE:
        return ORDER[0]
    if module in PLACED:
        return PLACED[module]
    for name, prefixes in LAYERS:
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return name
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")


def _upward() -> set[tuple[str, str]]:
    return {
        (a, b) for a, targets in GRAPH.items() for b in targets
        if b not in ANYWHERE and ORDER.index(layer(b)) > ORDER.index(layer(a))
    }


def test_every_module_has_a_layer():
    for module in MODULES:
        layer(module)


def test_no_module_imports_from_a_higher_stage():
    wrong = sorted(_upward() - set(EXCEPTIONS))
    assert not wrong, "imports from a higher stage:\n" + "\n".join(
        f"  {a} ({layer(a)}) imports {b} ({layer(b)})" for a, b in wrong)


def test_every_exception_is_still_needed():
    stale = set(EXCEPTIONS) - _upward()
    assert not stale, f"no longer imported, remove from EXCEPTIONS: {sorted(stale)}"


def test_the_core_never_imports_the_cli():
    offenders = sorted(a for a, targets in GRAPH.items() if layer(a) != "cli"
                       for b in targets if b == "checker.cli" or b.startswith("checker.cli."))
    assert not offenders


def test_the_cli_reaches_the_core_only_through_its_doors():
    """Audits, claims and parsing go through ``checker.api``; the CLI may also
    render (report), read the model's vocabularies, and use the rule-writing
    tools (``checker rules``) that exist only for it."""
    doors = ("checker.api", "checker.report", "checker.models", "checker.ruleset", "checker.frames.concepts",
             "checker.discover", "checker.text.printable")
    stray = sorted((a, b) for a, targets in GRAPH.items() if layer(a) == "cli" for b in targets
                   if not b.startswith("checker.cli") and not any(b == d or b.startswith(d + ".") for d in doors))
    assert not stray, stray


def _cycles() -> list[frozenset[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[frozenset[str]] = []
    for start in GRAPH:
        if start in index:
            continue
        work = [(start, iter(sorted(GRAPH[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            v, children = work[-1]
            for w in children:
                if w not in GRAPH:
                    continue
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(GRAPH[w]))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    group = set()
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        group.add(w)
                        if w == v:
                            break
                    if len(group) > 1:
                        out.append(frozenset(group))
    return out


def test_no_new_import_cycles():
    found = set(_cycles())
    assert found <= set(KNOWN_CYCLES), f"new import cycles: {[sorted(c) for c in found - set(KNOWN_CYCLES)]}"
    assert set(KNOWN_CYCLES) <= found, f"cycles gone, remove them: {[sorted(c) for c in set(KNOWN_CYCLES) - found]}"


@pytest.mark.parametrize("source, target, upward", [
    ("checker.compare.values", "checker.report.view", True),
    ("checker.ruleset.schema", "checker.compare", True),
    ("checker.report.view", "checker.compare", False),
    ("checker.values.dates", "checker.text.normalize", False),
])
def test_the_contract_sees_an_upward_import(source, target, upward):
    """The checker itself: an import that points up the stack is caught."""
    assert (ORDER.index(layer(target)) > ORDER.index(layer(source))) is upward


def test_imports_inside_functions_are_read():
    """``api.audit`` imports the pipeline inside the function, to start fast; it still counts."""
    assert "checker.pipeline" in GRAPH["checker.api"]
    assert "checker.humanize" in GRAPH["checker.report.view"]  # `from checker import humanize`


def test_the_documented_table_names_every_layer():
    """ARCHITECTURE.md lists the layers in this order; reordering one means updating both."""
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    said = next(line for line in doc.split("## Import layers", 1)[1].splitlines() if " < " in line)
    assert [w.strip("` ") for w in said.split("<")] == ORDER
