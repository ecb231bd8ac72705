"""The pieces of the page: a claim, a value and who says it, a finding, a subject.

Plain data with the few properties a template reads; ``ReportView`` in
``view.py`` builds them. Kept apart so that each module stays readable.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property

from markupsafe import Markup

from checker import humanize as hz
from checker.models import ArticleInfo, Claim, Finding, NameValue
from checker.report.highlight import Span, highlight_quote
from checker.report.labels import article_byline, article_label

LANGUAGES = {"ar": "Arabic", "en": "English", "und": "undetermined"}


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def claim_anchor(c: Claim) -> str:
    """A stable id for a claim: same claim, same link, run after run."""
    key = json.dumps(c.key, sort_keys=True, ensure_ascii=False)
    return "c-" + _digest(c.article, c.rule, key, c.evidence.value_start, c.evidence.value_end)


def article_anchor(article_id: str) -> str:
    return "a-" + _digest(article_id)


def text_dir(language: str | None) -> str:
    lang = (language or "").split("-")[0]
    return {"ar": "rtl", "en": "ltr"}.get(lang, "auto")


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def claim_spans(c: Claim, anchor: str | None = None) -> list[Span]:
    """The matched words and, inside them, the value's own words."""
    ev = c.evidence
    label = f"{c.key_label}: {hz.human_value(c.detail)}"
    return [
        Span(ev.start, ev.end, "match", None, label),
        Span(ev.value_start, ev.value_end, "value", anchor, label),
    ]


def published_line(a: ArticleInfo | None) -> str:
    if a is None or a.published is None:
        return "publication date unknown"
    return f"published {hz.human_day(a.published)} ({hz.date_source(a.published_source)})"


def _by_folder(labels) -> list[tuple[str, list[str]]]:
    """Rule files said folder by folder: "default rules/: a.yaml · b.yaml", not the folder on every name."""
    folders: dict[str, list[str]] = {}
    for label in sorted(set(labels)):
        folder, _, name = label.rpartition("/")
        folders.setdefault(folder + "/" if folder else "", []).append(name)
    return list(folders.items())


def group_key(c: Claim) -> str:
    """What makes two claims one value on the page: a place spelled two ways is one place."""
    if isinstance(c.detail, NameValue):
        return "name:" + " ".join(c.detail.value.split()).casefold()
    return hz.normalised(c.detail)


def safe_url(url: str | None) -> str | None:
    """Only web links become links: article metadata is as untrusted as its text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


@dataclass
class ClaimView:
    claim: Claim
    anchor: str
    article: ArticleInfo | None
    value: str
    normalised: str
    linked: bool = True  # False when its article has no card on the page (an archive's uncited article)

    @cached_property
    def quote(self) -> Markup:
        """Highlighted only when a page shows it: an archive has far more claims than quotes shown."""
        ev = self.claim.evidence
        return highlight_quote(ev.quote, ev.quote_start, claim_spans(self.claim))

    @property
    def context(self) -> list[dict]:
        """What the claim took from outside its sentence (the round from the headline, the
        country from an earlier sentence), with the words that said it, so a reader can check."""
        grouped: dict[tuple, list[str]] = {}
        for link in self.claim.context:
            what = "series" if link.what == "of" else link.what
            later = link.what == "withdrawn"  # a later sentence says the figure was withdrawn
            place = "later" if later else "heading" if link.what == "date" else "earlier"  # (a timeline's day heading)
            grouped.setdefault((link.source, link.quote, place), []).append(f"{what}: {link.value}")
        out = []
        for (source, quote, place), said in grouped.items():
            where = "the headline" if source == "headline" else {
                "later": "a later sentence", "heading": "the entry's heading", "earlier": "an earlier sentence"}[place]
            quote = quote if len(quote) <= 240 else quote[:237] + "…"
            out.append({"said": "; ".join(said), "where": where, "quote": quote})
        return out

    @property
    def article_label(self) -> str:
        return article_label(self.article, self.claim.article)

    @property
    def url(self) -> str | None:
        """The article's own web address, when its metadata gives one."""
        return safe_url(self.article.url) if self.article else None

    @property
    def byline(self) -> str | None:
        """The outlet and file name when the label is the title: a hashed file name alone says nothing."""
        return article_byline(self.article)

    @property
    def article_href(self) -> str:
        return "#" + article_anchor(self.article.id if self.article else self.claim.article)

    @property
    def published(self) -> str:
        """E.g. "published 9 September 2021 (from the dateline in the text)", or that it is unknown."""
        return published_line(self.article)

    @property
    def as_of(self) -> str | None:
        return hz.human_date(self.claim.as_of) if self.claim.as_of else None

    @property
    def dir(self) -> str:
        return text_dir(self.claim.language)


@dataclass
class ValueGroup:
    value: str
    normalised: str
    claims: list[ClaimView] = field(default_factory=list)

    @property
    def sources(self) -> int:
        return len({c.claim.article for c in self.claims})

    @property
    def spellings(self) -> str:
        """For a name: every spelling the articles used, beside the one canonical value."""
        if not self.claims or not isinstance(self.claims[0].claim.detail, NameValue):
            return self.normalised
        seen = dict.fromkeys(c.claim.detail.text for c in self.claims if c.claim.detail.text)
        return " · ".join(t for t in seen if t != self.value)

    @property
    def by_article(self) -> list[tuple[ClaimView, list[str]]]:
        """One entry per article, with a link to each of its mentions: "002.txt 1 2"."""
        seen: dict[str, tuple[ClaimView, list[str]]] = {}
        for c in self.claims:
            seen.setdefault(c.claim.article, (c, []))[1].append(c.anchor)
        return list(seen.values())


@dataclass
class FindingView:
    finding: Finding
    anchor: str
    groups: list[ValueGroup]
    reasons: list[tuple[str, int]]  # sentence, how many conflicting pairs it explains

    @property
    def why(self) -> list[tuple[str, int]]:
        """The reasons, without the "A vs B: " the values line above them already shows.

        Only for two values: with three, the pair a reason speaks of is part of what it says.
        """
        if len(self.groups) != 2:
            return self.reasons
        values = {g.value for g in self.groups}
        out: dict[str, int] = {}
        for text, n in self.reasons:
            head, sep, tail = text.partition(": ")
            short = tail if sep and set(head.split(" vs ")) == values else text
            out[short] = out.get(short, 0) + n
        return list(out.items())


@dataclass
class KeyView:
    label: str
    rule: str
    anchor: str
    groups: list[ValueGroup]
    timeline: list[tuple[str, ValueGroup]]  # (as-of in words, claims) when the key moves in time
    findings: list[str]
    chart: object = None  # a timeline.Chart when the key is a number claimed at three or more dates

    @property
    def summary(self) -> str:
        parts = []
        for g in self.groups:
            n = g.sources
            parts.append(f"{n} source{'s' if n != 1 else ''} say{'s' if n == 1 else ''} {g.value}")
        return " · ".join(parts)


