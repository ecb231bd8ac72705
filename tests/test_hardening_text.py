"""Issue 10, text cases: odd code points must not cost an article its claims."""

import pytest

from hardening_helpers import ROUND, TROOPS, audit


@pytest.mark.parametrize("odd", ["❤️", "﴾see﴿", "﷽", "\ufe00", "ﬁ"], ids=["vs16", "ornate", "bismillah", "vs1", "fi"])
def test_an_emoji_ornate_parenthesis_or_ligature_keeps_every_claim(tmp_path, odd):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"{odd} {TROOPS}\n{ROUND[:-1]} {odd}.\n", encoding="utf-8")
    result, report = audit(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert sorted(c["rule"] for c in report["claims"]) == ["strategic-dialogue-round-date", "us-troops-in-country"]
    assert not [p for p in report["problems"] if "failed" in p["message"]]
