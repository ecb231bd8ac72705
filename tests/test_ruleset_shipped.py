"""Every shipped rule loads, carries both kinds of example in each of its languages, and passes them."""

from __future__ import annotations

import pytest

from checker.ruleset import DEFAULT_RULES_DIR, load_rules
from checker.ruleset.examples import missing_kinds, run_example
from checker.text.language import detect_language

RULES, PROBLEMS = load_rules([DEFAULT_RULES_DIR])


def test_default_pack_loads_cleanly():
    assert PROBLEMS == []
    assert len(RULES) >= 8


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_must_fire_and_must_not_fire_examples_in_each_language(rule):
    assert missing_kinds(rule) == []
    for lang in rule.languages:
        exs = [e for e in rule.examples if (e.lang or detect_language(e.text)) == lang]
        assert any(e.claims for e in exs), f"{rule.id}: no must-fire example in {lang}"
        assert any(not e.claims for e in exs), f"{rule.id}: no must-not-fire example in {lang}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_examples_pass(rule):
    failures = [r.diff() for r in (run_example(rule, i, explain=True) for i in range(len(rule.examples))) if not r.ok]
    assert not failures, "\n".join(failures)


def test_a_rule_without_examples_fails_the_check():
    bare = RULES[0].model_copy(update={"examples": []})
    assert len(missing_kinds(bare)) == 2


def test_the_worked_example_in_docs_passes(tmp_path):
    """docs/RULES.md teaches with a rule for a story the pack knows nothing about; it must work."""
    import re
    from pathlib import Path

    doc = (Path(__file__).parents[1] / "docs" / "RULES.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(.*?)```", doc, re.S).group(1)
    (tmp_path / "toll.yaml").write_text(block, encoding="utf-8")
    rules, problems = load_rules([tmp_path])
    assert problems == [] and [r.id for r in rules] == ["derna-death-toll"]
    results = [run_example(rules[0], i) for i in range(len(rules[0].examples))]
    assert all(r.ok for r in results), "\n".join(r.diff() for r in results)
