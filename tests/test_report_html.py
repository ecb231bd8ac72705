"""What a reader finds on the page, checked in the parsed HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from checker.models import Report
from checker.report.highlight import Span, highlight
from checker.report.html import render_html
from checker.report.view import ReportView
from report_fixtures import THIRD_LABEL, THIRD_QUOTE_000, THIRD_QUOTE_002, build_report


class Page(HTMLParser):
    """Ids, links, tags and the text inside each <mark>, from a finished page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.ids, self.hrefs, self.tags, self.marks, self.attrs = set(), [], [], [], []
        self._mark_depth, self._mark_text = 0, []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        self.tags.append(tag)
        self.attrs.append((tag, attrs))
        if "id" in d:
            assert d["id"] not in self.ids, f"duplicate id {d['id']}"
            self.ids.add(d["id"])
        if "href" in d:
            self.hrefs.append(d["href"])
        if tag == "mark":
            self._mark_depth += 1
            self._mark_text = []

    def handle_endtag(self, tag):
        if tag == "mark":
            self._mark_depth -= 1
            self.marks.append("".join(self._mark_text))

    def handle_data(self, data):
        if self._mark_depth:
            self._mark_text.append(data)


@pytest.fixture(scope="module")
def fixture():
    return build_report()


@pytest.fixture(scope="module")
def html(fixture):
    report, texts = fixture
    return render_html(report, texts.get)


def test_self_contained(html):
    page = Page(html)
    assert "link" not in page.tags and "script" not in page.tags and "iframe" not in page.tags
    assert not re.search(r"@import|url\(|@font-face", html), "CSS must not fetch anything"
    assert not any(src for tag, attrs in page.attrs for k, src in attrs if k == "src")
    external = [h for h in page.hrefs if not h.startswith("#")]
    assert set(external) == {"https://example.org/news/iraq-us-talks"}, "only the article's own link leaves the page"
    assert 'http-equiv="Content-Security-Policy"' in html and "default-src 'none'" in html
    assert "@media print" in html


def test_every_internal_link_has_a_target(fixture):
    report, texts = fixture
    for text_of in (texts.get, None, lambda _id: None):
        page = Page(render_html(report, text_of))
        missing = [h for h in page.hrefs if h.startswith("#") and h[1:] not in page.ids]
        assert missing == []


def test_summary_at_the_top(html):
    top = html[html.index('id="summary"'):html.index('id="findings"')]
    assert "Arabic 5" in top and "English 1" in top
    assert "9 September 2021" in top and "8 August 2023" in top and "4 of 6 without a publication date" in top
    assert "rules/</code> <code class=\"nobreak\">dialogue.yaml" in top and "troops.yaml" in top
    assert ">11<" in top  # claims
    assert "1 error" in top and "1 warning" in top and "0 info" in top


def test_third_round_conflict_card(fixture, html):
    report, _ = fixture
    f = next(x for x in report.findings if x.key_label == THIRD_LABEL)
    card = html[html.index(f'id="f-{f.id}"'):]
    card = card[:card.index("</article>")]
    page = Page(card)
    assert THIRD_QUOTE_000 in page.marks and THIRD_QUOTE_002 in page.marks
    assert "7 April, year not stated" in card and "XXXX-04-07" in card
    assert "5 June 2021" in card and "2021-06-05" in card
    assert "7 April, year not stated vs 5 June 2021: different day and month." in card
    assert card.count('dir="rtl" lang="ar"') == 2 and 'dir="ltr" lang="en"' in card
    assert "publication date unknown" in card
    assert "published 8 August 2023 (from the file&#39;s metadata)" in card
    assert card.index("7 April, year not stated") < card.index("5 June 2021")  # side by side, in claim order


def test_missing_reason_gets_a_plain_fallback(fixture):
    report, _ = fixture
    f = report.findings[0].model_copy(update={"reasons": []})
    views = ReportView(report.model_copy(update={"findings": [f]})).findings()
    assert views[0].reasons[0] == ("7 April, year not stated vs 5 June 2021", 1)


def test_repeated_reason_is_said_once(fixture):
    report, _ = fixture
    f = report.findings[0]
    same = f.model_copy(update={"reasons": [f.reasons[0], f.reasons[0]]})
    views = ReportView(report.model_copy(update={"findings": [same]})).findings()
    assert views[0].reasons == [(f.reasons[0], 2)]


def test_keys_grouped_by_agreeing_value_and_laid_out_in_time(fixture):
    report, _ = fixture
    keys = {k.label: k for k in ReportView(report).keys()}
    troops = keys["US troops in Iraq — number"]
    assert troops.summary == "3 sources say 2,500 · 2 sources say about 2,500"
    assert [when for when, _ in troops.timeline][:2] == ["2023", "January, year not stated"]
    assert troops.findings == []
    undated = troops.timeline[2][1]
    assert [(cv.article.id[:3], len(anchors)) for cv, anchors in undated.by_article] == [("002", 2), ("003", 1)]
    third = keys[THIRD_LABEL]
    assert third.timeline == [] and third.findings == [report.findings[0].id]
    assert list(keys)[0] == THIRD_LABEL, "subjects with the most serious conflicts come first"


def test_articles_show_text_with_claims_highlighted(fixture, html):
    report, _ = fixture
    arts = html[html.index('id="articles"'):html.index('id="unused"')]
    marks = Page(arts).marks
    assert marks.count("2500") == 4 and "2500 أميركي" in marks
    assert THIRD_QUOTE_000 in marks and "about 2,500" in marks
    assert 'dir="rtl" lang="ar"' in arts


def test_metadata_only_without_texts(fixture):
    report, _ = fixture
    html = render_html(report, None)
    assert html.count("The article text is not included in this report.") == len(report.articles)


def test_unusable_things_are_shown(html):
    unused = html[html.index('id="unused"'):]
    assert "الجمعة" in unused and "no publication date" in unused
    assert "seeds/scan.pdf" in unused and "Unsupported format" in unused
    assert "rules/broken.yaml:12:5" in unused and "valeu_type" in unused
    assert "year unknown" in unused and THIRD_QUOTE_000 in unused


def test_bad_offsets_do_not_break_the_page(fixture):
    report, texts = fixture
    c = report.claims[0]
    broken = c.model_copy(update={"evidence": c.evidence.model_copy(
        update={"value_start": 10**6, "value_end": 10**6 + 4, "start": -1})})
    html = render_html(report.model_copy(update={"claims": [broken, *report.claims[1:]]}), texts.get)
    page = Page(html)
    assert [h for h in page.hrefs if h.startswith("#") and h[1:] not in page.ids] == []


def test_highlight_escapes_each_piece():
    text = "a<b>&c d"
    out = str(highlight(text, [Span(1, 6, "value", "c-1"), Span(0, 8, "match"), Span(5, 99, "value")]))
    assert out == ('<span class="hl-match">a</span><bdi><mark class="hl-match hl-value" id="c-1">'
                   "&lt;b&gt;&amp;c</mark></bdi><span class=\"hl-match\"> d</span>")


def test_highlight_keeps_every_anchor_on_shared_words():
    out = str(highlight("x 2500 y", [Span(2, 6, "value", "c-a"), Span(2, 6, "value", "c-b")]))
    assert 'id="c-a"' in out and 'id="c-b"' in out


def test_empty_report_renders():
    empty = Report(checker_version="0.1.0", articles=[], rules=[], claims=[], findings=[])
    html = render_html(empty)
    assert "0 findings in 0 articles" in html and "No claims found, so nothing was compared" in html
    assert "No conflicts" not in html, "an audit that found nothing to compare is no all-clear"
