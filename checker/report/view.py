"""What the HTML report shows, worked out in plain Python before any template runs.

Templates stay dumb (loops and escaping) and every decision a reader relies
on, such as grouping, ordering, which claim links where and what counts as
unusable, lives here where it can be tested without parsing HTML.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from checker import humanize as hz
from checker.models import SEVERITIES, ArticleInfo, Claim, DateValue, Finding, Report, severity_order
from checker.report.cards import (  # noqa: F401  (re-exported: tests and templates name them here)
    LANGUAGES, ClaimView, FindingView, KeyView, ValueGroup, _by_folder, _digest, article_anchor, claim_anchor,
    claim_spans, group_key, language_name, published_line, safe_url, text_dir,
)
from checker.report.highlight import highlight
from checker.report.labels import article_byline, article_label, display_path, origin_markup, rule_file_label



# Up to this many articles, the report carries every article's full text.
FULL_TEXT_MAX_ARTICLES = 50
# A finding quotes at most this many claims for each value it lists; the rest are counted.
QUOTES_PER_VALUE = 5
# Under a subject, at most this many articles are named for each value; the rest are counted.
SOURCES_PER_VALUE = 25
# Tables of what could not be used list at most this many rows.
ROWS_PER_TABLE = 200


class ReportView:
    """The whole report, ready for the template; articles are produced lazily."""

    def __init__(self, report: Report, article_text: Callable[[str], str | None] | None = None):
        self.report = report
        self._article_text = article_text
        self._by_ref: dict[str, ArticleInfo] = {}
        for a in report.articles:
            self._by_ref.setdefault(a.path, a)
            self._by_ref.setdefault(a.id, a)
        self.rule_titles = {r.id: r.title for r in report.rules}
        self._anchors: dict[int, str] = {}  # id(claim) -> anchor; the report keeps every claim alive
        self._views: dict[int, ClaimView] = {}  # id(claim) -> its view: a claim shows in several sections
        # An archive's page shows cards only for the articles whose quotes its findings show.
        self.carded: set[str] | None = None
        if not self.shows_all_texts():
            quoted = self._quoted_in_findings()
            self.carded = {a.id for a in report.articles if a.id in quoted or a.path in quoted}

    # -- claims
    def article_of(self, c: Claim) -> ArticleInfo | None:
        return self._by_ref.get(c.article)

    def _quoted_in_findings(self) -> set[str]:
        """Articles of the claims a finding card quotes: the first few of each value."""
        quoted: set[str] = set()
        for f in self.report.findings:
            shown: dict[str, int] = {}
            for c in f.claims:
                value = hz.normalised(c.detail)
                if shown.get(value, 0) < QUOTES_PER_VALUE:
                    shown[value] = shown.get(value, 0) + 1
                    quoted.add(c.article)
        return quoted

    def has_card(self, a: ArticleInfo | None) -> bool:
        return self.carded is None or (a is not None and a.id in self.carded)

    def anchor(self, c: Claim) -> str:
        """claim_anchor, once per claim object: a claim appears in several sections."""
        found = self._anchors.get(id(c))
        if found is None:
            found = self._anchors[id(c)] = claim_anchor(c)
        return found

    def claim_view(self, c: Claim) -> ClaimView:
        """One view per claim, however many sections show it (a finding, its subject, the
        subject's timeline, its article): an archive's page holds every claim's view at once."""
        found = self._views.get(id(c))
        if found is None:
            article = self.article_of(c)
            found = self._views[id(c)] = ClaimView(
                linked=self.has_card(article),
                claim=c,
                anchor=self.anchor(c),
                article=article,
                value=hz.human_value(c.detail),
                normalised=hz.normalised(c.detail),
            )
        return found

    def group(self, claims: list[Claim]) -> list[ValueGroup]:
        """Claims that say the same thing, in order of first appearance."""
        groups: dict[str, ValueGroup] = {}
        for c in claims:
            cv = self.claim_view(c)
            g = groups.setdefault(group_key(c), ValueGroup(cv.value, cv.normalised))
            g.claims.append(cv)
        return list(groups.values())

    # -- top of the page
    def summary(self) -> dict:
        arts = self.report.articles
        dates = sorted(a.published for a in arts if a.published)
        sev = Counter(f.severity for f in self.report.findings)
        langs = Counter(a.language for a in arts)
        return {
            "articles": len(arts),
            "languages": [(language_name(k), n) for k, n in sorted(langs.items(), key=lambda x: -x[1])],
            "date_range": hz.day_range(dates[0], dates[-1]) if dates else None,
            "date_from": hz.human_day(dates[0]) if dates else None,
            "date_to": hz.human_day(dates[-1]) if dates else None,
            "undated": sum(1 for a in arts if not a.published),
            "rule_files": sorted({rule_file_label(r.file) for r in self.report.rules}),
            "rule_folders": _by_folder(rule_file_label(r.file) for r in self.report.rules),
            "rules": len(self.report.rules),
            "claims": len(self.report.claims),
            "findings": len(self.report.findings),
            "by_severity": [(s, sev.get(s, 0)) for s in SEVERITIES],
            "problems": len(self.report.problems),
        }

    # -- findings
    def _ordered_findings(self) -> list[Finding]:
        return sorted(self.report.findings, key=lambda f: (severity_order(f.severity), f.key_label, f.id))

    def findings(self) -> list[FindingView]:
        out = []
        for f in self._ordered_findings():
            reasons: dict[str, int] = {}  # several pairs often share one sentence: say it once
            for i, (a, b) in enumerate(f.conflicts):
                if i < len(f.reasons) and f.reasons[i]:
                    text = f.reasons[i]
                elif a < len(f.claims) and b < len(f.claims):
                    text = f"{hz.human_value(f.claims[a].detail)} vs {hz.human_value(f.claims[b].detail)}"
                else:
                    continue
                reasons[text] = reasons.get(text, 0) + 1
            out.append(FindingView(f, "f-" + f.id, self.group(list(f.claims)), list(reasons.items())))
        return out

    # -- keys
    def keys(self) -> list[KeyView]:
        by_key: dict[tuple, list[Claim]] = {}
        for c in self.report.claims:
            by_key.setdefault((c.rule, tuple(sorted(c.key.items()))), []).append(c)
        from checker.report.timeline import build_chart

        findings_by_key: dict[tuple, list[Finding]] = {}
        for f in self.report.findings:
            findings_by_key.setdefault((f.rule, tuple(sorted(f.key.items()))), []).append(f)
        out = []
        for k, claims in by_key.items():
            groups = sorted(self.group(claims), key=lambda g: -g.sources)
            as_ofs = {c.as_of for c in claims if c.as_of}
            timeline = []
            if len(as_ofs) > 1:
                def when(c: Claim) -> tuple:
                    d = DateValue(value=c.as_of) if c.as_of else None
                    return (d is None, str(d.earliest) if d and d.earliest else "~", c.as_of or "")
                buckets: dict[str | None, list[Claim]] = {}
                for c in sorted(claims, key=when):
                    buckets.setdefault(c.as_of, []).append(c)
                for as_of, cs in buckets.items():
                    label = hz.human_date(as_of) if as_of else "date not stated"
                    timeline.extend((label, g) for g in self.group(cs))
            found = findings_by_key.get(k, [])
            chart = build_chart(claims, found, lambda c: self.claim_view(c).article_label) if timeline else None
            out.append(KeyView(claims[0].key_label, k[0], "k-" + _digest(*k), groups,
                               timeline, [f.id for f in found], chart))
        rank = {f.id: i for i, f in enumerate(self._ordered_findings())}  # the order alone, not the cards again
        return sorted(out, key=lambda kv: (min((rank[f] for f in kv.findings), default=len(rank)), kv.label))

    def article_href(self, ref: str) -> str | None:
        """Link for a problem's path, when that path is an audited article with a card."""
        a = self._by_ref.get(ref)
        return "#" + article_anchor(a.id) if a and self.has_card(a) else None

    # -- what could not be used
    def problems(self, kind: str) -> list:
        return [p for p in self.report.problems if p.kind == kind]

    def problem_path(self, path: str, kind: str) -> str:
        """Rule problems name the rule file as the reader knows it, never a local absolute path."""
        return rule_file_label(path) if kind == "rule" else display_path(path)

    def not_compared(self) -> list[tuple[object, list[ValueGroup]]]:
        """Claims found on a subject but compared with nothing, grouped by value, with the reason."""
        return [(n, self.group(list(n.claims))) for n in self.report.not_compared]

    def partial_claims(self) -> list[tuple[ClaimView, str]]:
        """Dates with an unknown part: used, but only for the parts that are known."""
        out = []
        for c in self.report.claims:
            if isinstance(c.detail, DateValue) and "X" in c.detail.value:
                missing = hz.missing_parts(c.detail) or ["part of the date"]
                out.append((self.claim_view(c), " and ".join(missing) + " unknown"))
        return out

    # -- articles, one text in memory at a time
    def shows_all_texts(self) -> bool:
        """Small audits show every article's text; an archive shows the texts its findings cite.

        Ten thousand full texts make a page of a hundred megabytes that no browser
        opens gladly, and re-reading them all would make the report the slowest part
        of the audit; the other articles keep their metadata and their claims' quotes.
        """
        return len(self.report.articles) <= FULL_TEXT_MAX_ARTICLES

    def articles(self) -> Iterator[dict]:
        by_article: dict[str, list[Claim]] = {}
        seen: set[str] = set()
        # Findings' claims too, so every "in the article" link has a target even
        # if a stage ever puts a claim in a finding but not in ``claims``.
        for c in [*self.report.claims, *(c for f in self.report.findings for c in f.claims)]:
            if (anchor := self.anchor(c)) in seen:
                continue
            seen.add(anchor)
            a = self.article_of(c)
            by_article.setdefault(a.id if a else c.article, []).append(c)
        for a in self.report.articles:
            if not self.has_card(a):
                continue
            claims = by_article.get(a.id, [])
            text = self._article_text(a.id) if self._article_text else None
            body, placed = None, set()
            if text is not None:
                spans = [s for c in claims for s in claim_spans(c, self.anchor(c))]
                body = highlight(text, spans)
                placed = {s.anchor for s in spans if s.anchor and 0 <= s.start < s.end <= len(text)}
            yield {
                "info": a,
                "anchor": article_anchor(a.id),
                "label": article_label(a, a.path),
                "path": display_path(a.path),
                "byline": article_byline(a),
                "published_from": origin_markup(a.published_from),
                "published": hz.human_day(a.published) if a.published else "unknown",
                "published_source": hz.date_source(a.published_source) if a.published else None,
                "language": language_name(a.language),
                "dir": text_dir(a.language),
                "url": safe_url(a.url),
                "claims": [self.claim_view(c) for c in claims],
                "text": body,
                "in_text": placed,  # claims whose link target is their mark in the text
            }
