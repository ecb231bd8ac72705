"""Issue 10: label and message templates may name fields, nothing else."""

import pytest

from checker.text.template import safe_format, template_problem
from hardening_helpers import ROOT_RULES, ROUND, TROOPS, audit


def _custom_rule(tmp_path, label=None, message=None):
    text = (ROOT_RULES / "us-troops-in-country.yaml").read_text(encoding="utf-8")
    text = text.replace("id: us-troops-in-country", "id: my-troops", 1)
    if label is not None:
        text = text.replace('label: "number of US troops in {country}"', f"label: {label!r}", 1)
    if message is not None:
        text = text.replace('message: "Articles disagree on the {key_label}: {values}."', f"message: {message!r}", 1)
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


@pytest.mark.parametrize("label", ["{country.name}", "{country.__doc__}", "{country.__class__.__mro__}",
                                   "{country[0]}", "{country:>100000000}", "{country!r}", "{0}", "{nation}", "{country"])
def test_a_bad_label_is_named_at_load_and_the_other_rules_keep_their_claims(tmp_path, label):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"{TROOPS}\n{ROUND}\n", encoding="utf-8")
    rule, text = _custom_rule(tmp_path, label=label)
    result, report = audit(corpus, tmp_path / "out", "--rules", rule)
    assert result.exit_code == 0, result.output
    line = 1 + text[: text.index("label:")].count("\n")
    assert f"mine.yaml:{line}" in result.output and "label" in result.output
    assert {c["rule"] for c in report["claims"]} == {"strategic-dialogue-round-date", "us-troops-in-country"}
    assert len(report["findings"]) == 0
    blob = (tmp_path / "out" / "findings.json").read_text(encoding="utf-8")
    assert "__mro__" not in blob.replace(label, "") and "<class" not in blob
    assert (tmp_path / "out" / "report.html").stat().st_size < 2_000_000


def test_a_bad_message_is_named_at_load(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"{TROOPS}\n", encoding="utf-8")
    rule, _ = _custom_rule(tmp_path, message="{values:>100000000}")
    result, report = audit(corpus, tmp_path / "out", "--rules", rule)
    assert "mine.yaml" in result.output and "message" in result.output
    assert "my-troops" not in {r["id"] for r in report["rules"]}


def test_safe_format_never_evaluates_and_never_pads():
    fields = {"country": "Iraq"}
    assert safe_format("{country} troops", fields) == "Iraq troops"
    for bad in ("{country.__doc__}", "{country:>100000000}", "{country[0]}", "{country!r}"):
        assert safe_format(bad, fields) == bad
        assert template_problem(bad) is not None
    assert safe_format("{missing} in {country}", fields) == "{missing} in Iraq"
    assert template_problem("{missing}", fields) is not None
