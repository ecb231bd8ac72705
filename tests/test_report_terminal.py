"""The terminal summary: short, fits the width, names the findings and what was dropped."""

from __future__ import annotations

import pytest

from checker.models import Report
from checker.report import render_terminal
from report_fixtures import THIRD_LABEL, build_report


@pytest.fixture(scope="module")
def report():
    return build_report()[0]


def test_summary_names_findings_with_short_quotes(report):
    out = render_terminal(report)
    first = report.findings[0]
    assert f"ERROR {first.id}" in out and THIRD_LABEL in out
    assert "7 April, year not stated" in out and "5 June 2021" in out
    assert "السابع من نيسان ابريل الماضي" in out and "…" in out
    assert "different day and month" in out
    assert "2 findings (1 error, 1 warning, 0 info)" in out.replace("\n", " ")
    assert "files skipped" in out and "rule problems (failed to load, or while reading)" in out
    assert "why: different day and month" in out and "7 April, year not stated vs 5 June 2021" not in out, \
        "the pair is printed once, in its rows"


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_fits_the_width(report, width):
    lines = render_terminal(report, width=width).splitlines()
    assert max(len(line) for line in lines) <= width


def test_errors_come_before_warnings(report):
    out = render_terminal(report)
    assert out.index("ERROR ") < out.index("WARNING ")


def test_short_quote_stays_short(report):
    from checker.report.terminal import short_quote

    for c in report.claims:
        q = short_quote(c, 30)
        assert len(q) <= 32 and "\n" not in q
        ev = c.evidence
        assert ev.quote[ev.value_start - ev.quote_start:ev.value_end - ev.quote_start] in q


def test_empty_report():
    out = render_terminal(Report(checker_version="0", articles=[], rules=[], claims=[], findings=[]))
    assert "0 articles" in out and "0 findings" in out and "ERROR" not in out
    assert "this is not an all-clear" in out and "No conflicts" not in out


def test_no_findings_is_said(report):
    out = render_terminal(report.model_copy(update={"findings": []}))
    assert "No conflicts found among the claims that could be compared." in out


@pytest.mark.parametrize("width", [60, 80, 120])
def test_no_column_is_squeezed_away_and_no_name_is_cut(report, width):
    out = render_terminal(report, width=width)
    for a in report.articles:
        assert a.path in out, f"{a.path} cut or folded at width {width}"
    assert "sentences" in out and "…" not in out.split("\n\n")[1], "the articles table is whole"


def test_a_finding_with_many_claims_shows_each_value_once_with_its_counts(report):
    """An archive's finding holds hundreds of claims: the summary shows each value once, with
    how many claims and articles said it and one example, not a screen of repeated rows."""
    from checker.report.terminal import FINDING_ROWS_MAX

    f = report.findings[0]
    many = [c.model_copy(update={"article": f"{c.article}-{i}"}) for i in range(20) for c in f.claims]
    big = report.model_copy(update={"findings": [f.model_copy(update={"claims": many})], "claims": report.claims + many})
    block = render_terminal(big, width=120).split(f"ERROR {f.id}")[1].split("\n\n")[0]
    rows = [line for line in block.splitlines()[1:] if not line.lstrip().startswith("why:")]
    values = {c.detail.model_dump_json() for c in f.claims}
    assert len(rows) == min(len(values), FINDING_ROWS_MAX)
    assert "20 claims, 20 articles" in block and "e.g. " in block
    assert "7 April, year not stated" in block and "5 June 2021" in block
