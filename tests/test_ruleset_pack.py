"""A pack's own concepts (``concepts.yaml`` beside its rules) serve every rule of the pack."""

from __future__ import annotations

from pathlib import Path

from checker.digests import digests_of
from checker.ruleset import load_rules
from checker.ruleset.examples import run_example

CONCEPTS = """\
concepts:
  parties:
    names:
      Labour: [labour, العمال]
      Reform: [reform, الإصلاح]
  seats:
    en: [seats, seat]
    ar: [مقعد, مقاعد]
"""

RULE = """\
id: seats-won
title: Seats a party won
claim: {key: [party], value: quantity, label: "seats won by {party}"}
frame:
  counts: "@seats"
  key: {party: "@parties"}
  unit: count
examples:
  - text: "Labour won 54 seats, while Reform came second with 21."
    claims: [{key: {party: Labour}, value: 54}, {key: {party: Reform}, value: 21}]
  - text: "وحصل العمال على 54 مقعدا."
    claims: [{key: {party: Labour}, value: 54}]
  - text: "Labour won 54 percent of the vote."
    claims: []
"""


def _pack(root: Path, concepts: str = CONCEPTS, rule: str = RULE) -> Path:
    (root / "story").mkdir(parents=True, exist_ok=True)
    (root / "story" / "concepts.yaml").write_text(concepts, encoding="utf-8")
    (root / "story" / "seats.yaml").write_text(rule, encoding="utf-8")
    return root / "story"


def _passes(rule) -> bool:
    return all(run_example(rule, i).ok for i in range(len(rule.examples)))


def test_rules_of_a_folder_use_its_concepts(tmp_path):
    rules, problems = load_rules([_pack(tmp_path)])
    assert problems == [] and [r.id for r in rules] == ["seats-won"]
    assert _passes(rules[0])


def test_a_rule_file_given_alone_sees_its_folders_concepts(tmp_path):
    rules, problems = load_rules([_pack(tmp_path) / "seats.yaml"])
    assert problems == [] and _passes(rules[0])


def test_a_rules_own_concept_comes_before_the_packs(tmp_path):
    own = RULE.replace("frame:", "concepts:\n  parties:\n    names:\n      Labour: [labour, العمال]\nframe:")
    rules, _ = load_rules([_pack(tmp_path, rule=own)])
    assert list(rules[0].concepts["parties"].names) == ["Labour"]
    assert sorted(rules[0].concepts) == ["parties", "seats"]


def test_a_broken_concepts_file_is_named_at_its_line_and_costs_only_its_concepts(tmp_path):
    broken = CONCEPTS.replace("    en: [seats, seat]", "    en: [seats, seat]\n    fr: [sièges]")
    rules, problems = load_rules([_pack(tmp_path, concepts=broken)])
    where = [(Path(p.path).name, p.line, p.message) for p in problems]
    assert ("concepts.yaml", 8, "concepts.seats.fr: unknown key") in where
    assert rules == [] and any("unknown concept '@seats'" in p.message for p in problems)


def test_a_packs_concepts_serve_only_its_own_rules(tmp_path):
    _pack(tmp_path)
    (tmp_path / "elsewhere.yaml").write_text(RULE.replace("seats-won", "elsewhere"), encoding="utf-8")
    rules, problems = load_rules([tmp_path])
    assert [r.id for r in rules] == ["seats-won"]
    assert any(Path(p.path).name == "elsewhere.yaml" and "'@seats'" in p.message for p in problems)


def test_editing_the_packs_concepts_changes_the_rules_cache_key(tmp_path):
    before = digests_of(load_rules([_pack(tmp_path)])[0])
    after = digests_of(load_rules([_pack(tmp_path, concepts=CONCEPTS.replace("seat]", "seat, mandates]"))])[0])
    assert before["seats-won"] != after["seats-won"]


def test_a_concepts_file_named_alone_is_checked_as_concepts_not_as_a_rule(tmp_path):
    folder = _pack(tmp_path)
    rules, problems = load_rules([folder / "concepts.yaml"])
    assert rules == [] and problems == []
    (folder / "concepts.yaml").write_text(CONCEPTS + "    zz: 3\n", encoding="utf-8")
    _, problems = load_rules([folder / "concepts.yaml"])
    assert [p.message for p in problems] == ["concepts.seats.zz: unknown key"]
