"""Issue 11 in the HTML: names, sources, paths, quotes for problems, bidi, the SVG timeline."""

from __future__ import annotations

import re
from datetime import date

from checker.api import audit
from checker.models import (
    ArticleInfo, Claim, Evidence, Finding, NameValue, Problem, Quantity, Report, RuleInfo,
)
from checker.report.html import render_html
from checker.report.problems import claim_problem_rows
from checker.report.view import ReportView
from report_fixtures import SEEDS


def _claim(article: str, detail, as_of: str | None, quote: str = "x", language: str = "en") -> Claim:
    return Claim(rule="troops", key={"force": "US"}, key_label="US troops in Iraq", type=detail.kind,
                 value=detail.plain(), mod=getattr(detail, "mod", None), detail=detail, article=article,
                 language=language, as_of=as_of, as_of_source="sentence" if as_of else "unknown",
                 evidence=Evidence(start=0, end=len(quote), quote=quote, quote_start=0, value_start=0,
                                   value_end=len(quote)))


def _report(claims: list[Claim], findings: list[Finding] = (), **extra) -> Report:
    arts = sorted({c.article for c in claims})
    return Report(checker_version="0", claims=claims, findings=list(findings),
                  articles=[ArticleInfo(id=a, path=a, format="txt", encoding="utf-8") for a in arts],
                  rules=[RuleInfo(id="troops", title="Troops", file="/home/someone/rules/troops.yaml",
                                  severity="warning", value_type="quantity", languages=["en"])], **extra)


def test_a_place_spelled_two_ways_is_one_value():
    claims = [_claim("a.txt", NameValue(value="Washington", text="واشنطن"), None, language="ar"),
              _claim("b.txt", NameValue(value="Washington", text="Washington"), None)]
    [key] = ReportView(_report(claims)).keys()
    assert key.summary == "2 sources say Washington"
    assert [g.spellings for g in key.groups] == ["واشنطن"]


def test_no_absolute_local_path_is_printed():
    claims = [_claim("a.txt", Quantity(value=2500), None), _claim("b.txt", Quantity(value=3000), None)]
    report = _report(claims, problems=[Problem(kind="rule", path="/home/someone/rules/broken.yaml", message="bad")])
    html = render_html(report)
    assert "/home/someone" not in html
    assert "troops.yaml" in html and "broken.yaml" in html
    seeds_html = render_html(audit([SEEDS]).report)
    assert str(SEEDS.parent) not in seeds_html, "the rules folder of whoever ran the audit is not the reader's"
    assert "default rules/" in seeds_html


def test_an_article_is_named_by_title_and_outlet_before_its_file():
    claims = [_claim("feed/0a9f3c.txt", Quantity(value=2500), "2021-01-01")]
    report = _report(claims)
    info = report.articles[0].model_copy(update={"title": "Troops stay", "source": "Reuters"})
    view = ReportView(report.model_copy(update={"articles": [info]}))
    cv = view.claim_view(claims[0])
    assert (cv.article_label, cv.byline) == ("Troops stay", "Reuters · 0a9f3c.txt")


def test_values_and_labels_are_isolated_for_mixed_direction():
    claims = [_claim("002_x.txt", NameValue(value="Washington", text="واشنطن"), None, language="ar"),
              _claim("003_y.txt", NameValue(value="Baghdad", text="بغداد"), None, language="ar")]
    f = Finding(id="F-1", rule="troops", title="t", key={"force": "US"}, key_label="US troops in Iraq",
                severity="warning", claims=claims, conflicts=[(0, 1)], reasons=["x"], message="m")
    html = render_html(_report(claims, [f]))
    assert "<bdi>Washington</bdi>" in html and "<bdi>واشنطن</bdi>" in html
    assert 'dir="auto">002_x.txt</a>' in html


def test_a_problem_is_quoted_in_its_sentence_without_its_offset():
    text = "First sentence. The talks open in Washington on Friday, officials said. Last one."
    at = text.index("Friday")
    p = Problem(kind="claim", path="a.txt", rule="talks",
                message=f"talks: 'Friday' at {at} cannot be placed in time (no publication date)")
    [row] = claim_problem_rows([p], {"a.txt": text}.get)
    assert row["message"] == "'Friday' cannot be placed in time (no publication date)"
    assert str(row["quote"]).startswith("The talks open in Washington on <bdi><mark")  # each value isolated (issue 10)
    assert "Last one" not in str(row["quote"])
    [gone] = claim_problem_rows([p], None)
    assert gone["quote"] is None and " at " not in gone["message"]


TIMES = [("a.txt", 5200, None, "2014"), ("b.txt", 3000, "APPROX", "2019-06"),
         ("c.txt", 2500, None, "2021-03-01"), ("d.txt", 3500, None, "2021-02-20"), ("e.txt", 900, None, None)]


def _timeline_report():
    claims = [_claim(a, Quantity(value=v, mod=m), t) for a, v, m, t in TIMES]
    f = Finding(id="F-2", rule="troops", title="t", key={"force": "US"}, key_label="US troops in Iraq",
                severity="error", claims=[claims[2], claims[3]], conflicts=[(0, 1)], reasons=["r"], message="m")
    return _report(claims, [f])


def test_a_number_claimed_at_three_dates_gets_an_inline_svg_timeline():
    html = render_html(_timeline_report())
    svg = re.search(r"<svg class=\"chart\".*?</svg>", html, re.S).group(0)
    assert svg.count("<circle") == 4, "one mark per dated claim; the undated one is listed, not drawn"
    assert 'stroke="#b42318"' in svg, "the conflicting pair is drawn in the finding's colour"
    assert 'stroke-opacity="0.35"' in svg, "the hedged 'about 3,000' is a bar over its range"
    assert "<script" not in svg and re.findall(r"\son\w+=", svg) == []
    caption = html[html.index('class="chart-box"'):]
    caption = caption[:caption.index("</figure>")]
    assert "Not drawn" in caption and "900" in caption and "e.txt" in caption
    assert render_html(_timeline_report()) == html, "byte-identical for the same report"


def test_two_dates_are_no_timeline():
    claims = [_claim(a, Quantity(value=v, mod=m), t) for a, v, m, t in TIMES[:2]]
    assert "<svg" not in render_html(_report(claims))


def test_sidecar_and_dateline_origins_show_on_the_article_card():
    claims = [_claim("a.txt", Quantity(value=2500), "2021-09-09")]
    report = _report(claims)
    info = report.articles[0].model_copy(update={
        "published": date(2021, 9, 9), "published_source": "dateline",
        "published_from": 'the dateline "BAGHDAD, Sept 9, 2021 (Reuters) -"'})
    html = render_html(report.model_copy(update={"articles": [info]}))
    assert "from the dateline in the text" in html
    assert 'the dateline "<bdi>BAGHDAD, Sept 9, 2021 (Reuters) -</bdi>"' in html, "the quoted dateline is isolated"


def test_an_arabic_dateline_quoted_in_english_is_isolated_and_escaped():
    from checker.report.labels import origin_markup

    got = str(origin_markup('the dateline "درنة - 12 أيلول 2023" and "<b>"'))
    assert got == 'the dateline "<bdi>درنة - 12 أيلول 2023</bdi>" and "<bdi>&lt;b&gt;</bdi>"'

