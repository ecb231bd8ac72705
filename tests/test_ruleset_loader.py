"""Broken rule files are reported at file:line:col with the rule id and field, and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.ruleset import RuleFileError, format_problem, json_schema, load_rules

FIXTURES = Path(__file__).parent / "rules_fixtures"
GOOD = FIXTURES / "good"
BROKEN = FIXTURES / "broken"

# file -> (line, col, rule id, words the message must contain)
EXPECTED = {
    "syntax.yaml": (3, 6, None, ["YAML syntax error"]),
    "unknown_key.yaml": (6, 1, "broken-unknown-key", ["patern", "unknown key"]),
    "wrong_type.yaml": (3, 11, "broken-wrong-type", ["severity", "'error'"]),
    "duplicate_id.yaml": (2, 5, "fixture-round-date", ["id", "duplicate rule id", "good/round.yaml"]),
    "unknown_slot.yaml": (6, 16, "broken-unknown-slot", ["patterns.en.0", "unknown slot type 'when'"]),
    "bad_regex.yaml": (5, 32, "broken-bad-regex", ["regex.en.0", "does not compile"]),
    "duplicate_key.yaml": (6, 1, None, ["duplicate key 'patterns'", "first at line 4"]),
    "missing_key_slot.yaml": (7, 7, "broken-missing-key-slot", ["patterns.en.1", "{round:...}"]),
    "name_without_vocabulary.yaml": (5, 17, "broken-name-vocabulary", ["names", "place"]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda n: n.removesuffix(".yaml"))
def test_broken_file_is_reported_where_it_breaks(name):
    rules, problems = load_rules([GOOD, BROKEN / name])
    assert [r.id for r in rules] == ["fixture-round-date"], "the good file still loads"
    assert len(problems) == 1, [format_problem(p) for p in problems]
    p = problems[0]
    line, col, rule, words = EXPECTED[name]
    assert p.kind == "rule"
    assert p.path.endswith(name)
    assert (p.line, p.col, p.rule) == (line, col, rule), format_problem(p)
    for w in words:
        assert w in p.message or w in format_problem(p), format_problem(p)


def test_every_broken_fixture_has_an_expectation():
    assert sorted(f.name for f in BROKEN.glob("*.yaml")) == sorted(EXPECTED)


def test_strict_makes_a_broken_file_fatal():
    with pytest.raises(RuleFileError) as err:
        load_rules([GOOD, BROKEN / "unknown_key.yaml"], strict=True)
    assert "unknown_key.yaml:6:1" in str(err.value)


def test_missing_path_is_a_problem():
    rules, problems = load_rules([FIXTURES / "nope"])
    assert rules == [] and problems[0].message == "rule path not found"


def test_folder_loads_sorted_and_rule_exposes_interface():
    rules, problems = load_rules([GOOD])
    assert problems == []
    (rule,) = rules
    assert rule.file.endswith("round.yaml")
    assert (rule.key, rule.value_type, rule.severity) == (["round"], "date", "warning")
    info = rule.info()
    assert info.languages == ["en"] and info.value_type == "date"
    assert rule.compare.tolerance == 0.1


def test_schema_is_json_and_forbids_unknown_keys():
    schema = json.loads(json.dumps(json_schema()))
    rule = schema["$defs"]["Rule"]
    assert rule["additionalProperties"] is False
    assert {"id", "title", "claim", "patterns", "regex", "require", "exclude", "examples"} <= set(rule["properties"])
