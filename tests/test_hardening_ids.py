"""Issue 10: unique article ids, and UTF-8 with one bad byte read as UTF-8."""

import json

from checker.corpus import load_article_text
from hardening_helpers import ROUND, TROOPS, audit

ARABIC = "ولا يزال هناك حوالي 2500 عسكري أميركي في العراق بحسب مسؤولين. " * 3


def test_a_file_named_like_a_record_does_not_share_its_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "in"
    corpus.mkdir()
    lines = [json.dumps({"id": "1.txt", "text": TROOPS}), json.dumps({"text": ROUND})]
    (corpus / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (corpus / "a.jsonl#1.txt").write_text("Nothing here but a file.\n", encoding="utf-8")
    (corpus / "a.jsonl#2").write_text("Another file.\n", encoding="utf-8")
    result, report = audit(["in", "in/a.jsonl#2"], tmp_path / "out")  # no article extension: named
    assert result.exit_code == 0, result.output
    ids = [a["id"] for a in report["articles"]]
    assert len(ids) == len(set(ids)) == 4
    assert "in/a.jsonl#1.txt" in ids and "in/a.jsonl#2" in ids
    texts = {i: load_article_text(i) for i in ids}
    assert texts["in/a.jsonl#1.txt"] == "Nothing here but a file.\n"
    assert sorted(t.strip() for t in texts.values()) == sorted(["Nothing here but a file.", "Another file.", TROOPS, ROUND])
    claims = {c["article"]: c["rule"] for c in report["claims"]}
    assert texts[next(a for a, r in claims.items() if r == "us-troops-in-country")] == TROOPS
    assert any("exists" in p["message"] for p in report["problems"])


def test_one_bad_byte_in_utf8_arabic_is_replaced_and_named_not_mojibake(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    data = ARABIC.encode("utf-8")
    cut = data.index(" ".encode(), 40)
    (corpus / "a.txt").write_bytes(data[:cut] + b"\xff" + data[cut:])
    result, report = audit(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    (info,) = report["articles"]
    assert info["encoding"].startswith("utf-8") and info["language"] == "ar"
    assert any("not valid UTF-8" in p["message"] and p["path"].endswith("a.txt") for p in report["problems"])
    assert any(c["rule"] == "us-troops-in-country" for c in report["claims"])
