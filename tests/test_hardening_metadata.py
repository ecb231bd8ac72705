"""Issue 10, front matter and dates: odd metadata is a named problem and the article stays."""

import time

import pytest

from hardening_helpers import ROUND, TROOPS, audit, run


def _md(tmp_path, front: str):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.md").write_text(f"---\n{front}\n---\n{TROOPS}\n{ROUND}\n", encoding="utf-8")
    return corpus


def test_an_escaped_surrogate_pair_in_front_matter_becomes_its_emoji(tmp_path):
    corpus = _md(tmp_path, 'title: "Breaking \\ud83d\\udea8 news \\ud800 end"')
    result, report = audit(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert report["articles"][0]["title"] == "Breaking \U0001F6A8 news \ufffd end"
    assert len(report["claims"]) == 2


@pytest.mark.parametrize("day", ["2021-02-30", "2021-13-01", "0000-01-01", "2021-00-10"])
def test_an_impossible_publication_day_is_named_and_the_article_kept(tmp_path, day):
    corpus = _md(tmp_path, f"published: {day}\ntitle: kept")
    result, report = audit(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert [a["title"] for a in report["articles"]] == ["kept"]
    assert report["articles"][0]["published"] is None
    assert len(report["claims"]) == 2
    assert any("published" in p["message"] and day in p["message"] and p["line"] == 2 for p in report["problems"])


def test_a_publication_date_at_the_calendar_edge_reads_nothing_past_it(tmp_path):
    corpus = _md(tmp_path, "published: 9999-12-31")
    (corpus / "b.txt").write_text("The talks will resume tomorrow, officials said.\n", encoding="utf-8")
    result, report = audit(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert len(report["articles"]) == 2


def test_parse_with_a_publication_date_at_the_calendar_edge_names_the_problem():
    result = run("parse", "The talks resume tomorrow.", "--published", "9999-12-31")
    assert result.exit_code == 0, result.output
    assert "outside the calendar" in result.output and "XXXX" in result.output
    result = run("parse", "The talks ended yesterday.", "--published", "0001-01-01")
    assert result.exit_code == 0 and "outside the calendar" in result.output


def test_yaml_aliases_in_front_matter_are_refused_quickly(tmp_path):
    bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        bomb.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    bomb.append("published: *i")
    corpus = _md(tmp_path, "\n".join(bomb))
    started = time.monotonic()
    result, report = audit(corpus, tmp_path / "out")
    assert time.monotonic() - started < 10
    assert result.exit_code == 0, result.output
    assert len(report["articles"]) == 1 and len(report["claims"]) == 2
    assert any("aliases" in p["message"] for p in report["problems"])


def test_deeply_nested_front_matter_is_a_named_problem(tmp_path):
    corpus = _md(tmp_path, "title: " + "[" * 5000)
    result, report = audit(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert len(report["articles"]) == 1 and any("front matter" in p["message"] for p in report["problems"])
