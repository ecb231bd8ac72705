"""Article text, metadata and rule messages are untrusted: none of it may come alive in the report."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

from checker.models import ArticleInfo, Finding, Problem, Quantity, Report, RuleInfo
from checker.report import write_reports
from report_fixtures import make_claim

HOSTILE_TEXT = (
    'Breaking <script>window.pwned = 1; alert("x")</script> news.\n'
    'Officials said 40 <img src=x onerror="window.pwned=2"> people were hurt.\n'
    'See <a href="javascript:window.pwned=3">the statement</a> and '
    '<a href=" JaVaScRiPt:alert(1)">this</a>; another source says 45 people.\n'
    '"><svg onload=alert(1)> <iframe src="javascript:alert(1)"></iframe>\n'
)
EVIL = '<img src=x onerror="window.pwned=4">'


def hostile_report() -> tuple[Report, dict[str, str]]:
    aid = "evil"
    key = {"event": EVIL}
    kw = dict(rule="hurt", key=key, label=f"people hurt {EVIL}", language="en")
    c1 = make_claim(aid, HOSTILE_TEXT, match_from="Officials said", value_words="40",
                    detail=Quantity(value=40), **kw)
    c2 = make_claim(aid, HOSTILE_TEXT, match_from="another source", value_words="45",
                    detail=Quantity(value=45), **kw)
    info = ArticleInfo(id=aid, path=f"seeds/{aid}.txt", format="html", encoding="utf-8",
                       title=f"<script>window.pwned=5</script>{EVIL}", source=EVIL,
                       url="javascript:window.pwned=6", published=date(2024, 1, 2),
                       published_source="metadata", language="en", chars=len(HOSTILE_TEXT))
    finding = Finding(id="evil0001", rule="hurt", title=EVIL, key=key, key_label=kw["label"],
                      severity="error", claims=[c1, c2], conflicts=[(0, 1)],
                      reasons=[f"40 vs 45 {EVIL}"], message=f"<script>window.pwned=7</script>")
    report = Report(
        checker_version="0.1.0", articles=[info],
        rules=[RuleInfo(id="hurt", title=EVIL, file=f"rules/{EVIL}.yaml", severity="error",
                        value_type="quantity", languages=["en"])],
        claims=[c1, c2], findings=[finding],
        problems=[Problem(kind="file", path=f"x{EVIL}.html", message="<script>window.pwned=8</script>"),
                  Problem(kind="claim", path=info.path, message=EVIL, rule="hurt")],
    )
    return report, {aid: HOSTILE_TEXT}


class Live(HTMLParser):
    """Everything in a page that could run: script elements, handlers, script URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "svg", "img", "base", "form"):
            self.live.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.live.append(f"{tag}[{name}]")
            if name in ("href", "src", "action", "formaction", "xlink:href") and value:
                if "".join(value.split()).lower().startswith(("javascript:", "data:text/html", "vbscript:")):
                    self.live.append(f"{tag}[{name}={value}]")

    def handle_data(self, data):
        self.text.append(data)


def test_nothing_hostile_is_live(tmp_path):
    report, texts = hostile_report()
    write_reports(report, tmp_path, ["html"], texts.get)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    page = Live()
    page.feed(html)
    assert page.live == []
    shown = "".join(page.text)
    # ...and all of it is still shown to the reader, as text.
    assert '<script>window.pwned = 1; alert("x")</script>' in shown
    assert 'onerror="window.pwned=2"' in shown and 'href="javascript:window.pwned=3"' in shown
    assert "javascript:window.pwned=6" in shown  # the bad URL is printed, not linked


def test_hostile_values_still_highlighted(tmp_path):
    report, texts = hostile_report()
    write_reports(report, tmp_path, ["html"], texts.get)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '">40</mark>' in html and '">45</mark>' in html
