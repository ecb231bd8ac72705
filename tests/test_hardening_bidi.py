"""Issue 10: a right-to-left override in an article cannot reverse a value in the HTML report."""

import re

from hardening_helpers import audit


def test_bidi_controls_are_neutralised_and_values_isolated(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    text = "There are about \u202e6,500\u202c US troops in Iraq, officials said.\n\u2067Iraq\u2069 \u202bhosts\u202a them.\n"
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    result, report = audit(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    (claim,) = report["claims"]
    assert claim["value"] == 6500
    ev = claim["evidence"]
    assert "\u202e" in ev["quote"] and text[ev["value_start"]:ev["value_end"]].strip("\u202e\u202c").endswith("6,500")
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", html)
    marks = re.findall(r"<bdi><mark[^>]*>([^<]*)</mark></bdi>", html)
    assert marks and all("6,500" in m for m in marks)
