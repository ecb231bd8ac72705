"""The files an audit leaves behind: which ones, their bytes, and that a crash spares the old ones."""

from __future__ import annotations

import csv
import io
import json

import pytest

from checker.models import Report
from checker.report import parse_formats, write_reports
from report_fixtures import THIRD_QUOTE_000, THIRD_QUOTE_002, build_report


@pytest.fixture
def fixture():
    return build_report()


def test_default_formats_are_html_and_json(tmp_path, fixture):
    report, texts = fixture
    written = write_reports(report, tmp_path, ("html", "json"), texts.get)
    assert sorted(p.name for p in written) == ["findings.json", "report.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.json", "report.html"]


def test_csv_writes_claims_and_findings(tmp_path, fixture):
    report, _ = fixture
    written = write_reports(report, tmp_path, ["csv"])
    assert sorted(p.name for p in written) == ["claims.csv", "findings.csv"]


def test_formats_are_checked():
    assert parse_formats("html, JSON,html") == ["html", "json"]
    with pytest.raises(ValueError, match="pdf"):
        parse_formats("html,pdf")


def test_json_is_the_model_and_byte_identical(tmp_path, fixture):
    report, texts = fixture
    a, b = tmp_path / "a", tmp_path / "b"
    write_reports(report, a, ["json"])
    write_reports(build_report()[0], b, ["json"])
    data = (a / "findings.json").read_bytes()
    assert data == (b / "findings.json").read_bytes()
    assert data.decode("utf-8") == report.model_dump_json(indent=2) + "\n"
    back = Report.model_validate_json(data)
    assert back == report
    parsed = json.loads(data)
    first = parsed["findings"][0]
    assert first["conflicts"] == [[0, 1], [2, 1]]
    assert {c["value"] for c in first["claims"]} == {"XXXX-04-07", "2021-06-05", "2021-04-07"}


def test_html_is_deterministic(tmp_path, fixture):
    report, texts = fixture
    write_reports(report, tmp_path / "a", ["html"], texts.get)
    write_reports(report, tmp_path / "b", ["html"], texts.get)
    assert (tmp_path / "a/report.html").read_bytes() == (tmp_path / "b/report.html").read_bytes()


def test_killed_write_keeps_previous_report(tmp_path, fixture):
    report, texts = fixture
    write_reports(report, tmp_path, ["html", "json"], texts.get)
    before = (tmp_path / "report.html").read_bytes()

    def dies(article_id):
        raise KeyboardInterrupt  # as if the audit were stopped half-way through the page

    with pytest.raises(KeyboardInterrupt):
        write_reports(report, tmp_path, ["html"], dies)
    assert (tmp_path / "report.html").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.json", "report.html"], "temp file left"


def test_article_texts_are_fetched_one_at_a_time(tmp_path, fixture):
    """The page is streamed: each text is asked for once, in article order, while writing."""
    report, texts = fixture
    calls = []

    def text(article_id):
        calls.append(article_id)
        return texts.get(article_id)

    write_reports(report, tmp_path, ["html"], text)
    assert calls == [a.id for a in report.articles]


def test_an_archive_report_shows_the_articles_its_findings_cite(tmp_path, fixture):
    """Past FULL_TEXT_MAX_ARTICLES the page carries the cited articles, not ten thousand texts."""
    from test_report_html import Page

    from checker.report.view import FULL_TEXT_MAX_ARTICLES

    report, texts = fixture
    template = report.articles[0]
    quiet = [template.model_copy(update={"id": f"archive/{i:05d}.txt", "path": f"archive/{i:05d}.txt"})
             for i in range(FULL_TEXT_MAX_ARTICLES)]
    uncited_claim = report.claims[0].model_copy(update={"article": "archive/00003.txt"})
    big = report.model_copy(update={"articles": [*report.articles, *quiet],
                                    "claims": [*report.claims, uncited_claim]})
    calls = []

    def text(article_id):
        calls.append(article_id)
        return texts.get(article_id)

    write_reports(big, tmp_path, ["html"], text)
    cited = {c.article for f in report.findings for c in f.claims}
    expected = {a.id for a in report.articles if a.id in cited or a.path in cited}
    assert expected and set(calls) == expected
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "archive/00007.txt" not in html and "shown here are the ones the findings cite" in html
    page = Page(html)
    assert [h for h in page.hrefs if h.startswith("#") and h[1:] not in page.ids] == []


def _csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "spreadsheets need the BOM to read Arabic as UTF-8"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_claims_csv_has_every_claim_with_its_words(tmp_path, fixture):
    report, _ = fixture
    write_reports(report, tmp_path, ["csv"])
    rows = _csv(tmp_path / "claims.csv")
    assert len(rows) == len(report.claims)
    by_value = {r["value_text"]: r for r in rows}
    assert by_value[THIRD_QUOTE_000]["value"] == "XXXX-04-07"
    assert by_value[THIRD_QUOTE_000]["value_in_words"] == "7 April, year not stated"
    assert by_value[THIRD_QUOTE_002]["findings"] == report.findings[0].id
    assert by_value["April 7, 2021"]["published"] == "2023-08-08"


def test_findings_csv(tmp_path, fixture):
    report, _ = fixture
    write_reports(report, tmp_path, ["csv"])
    rows = _csv(tmp_path / "findings.csv")
    assert [r["id"] for r in rows] == [f.id for f in report.findings]
    assert rows[0]["values"] == "7 April, year not stated | 5 June 2021 | 7 April 2021"
    assert "different day and month" in rows[0]["reasons"]


def test_csv_defuses_formulas_from_article_text(tmp_path, fixture):
    report, _ = fixture
    c = report.claims[0]
    evil = c.model_copy(update={"evidence": c.evidence.model_copy(update={"quote": '=HYPERLINK("http://x","y")'})})
    write_reports(report.model_copy(update={"claims": [evil]}), tmp_path, ["csv"])
    row = _csv(tmp_path / "claims.csv")[0]
    assert row["quote"].startswith("'=")
