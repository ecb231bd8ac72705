"""Mark claims inside untrusted text without ever trusting the text.

The text is cut at span boundaries and every piece is escaped on its own;
markup is only ever added between escaped pieces. Replacing substrings in
raw text and escaping afterwards (or the other way round) is how injection
and double-escaping bugs happen, so neither is done here.

Bidi controls in the text (U+202E, right-to-left override, and the other
embeddings, overrides and isolates) are left out of what is displayed, and
every highlighted value sits in its own ``<bdi>`` isolate: otherwise an
override pasted before "6,500" shows it as "005,6", and a reader would quote
a number the article never gave. Offsets still count those characters: the
text is cut first and cleaned piece by piece.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup
from markupsafe import escape as _escape

_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def escape(text: str) -> Markup:
    """HTML-escaped ``text`` without bidi embeddings, overrides or isolates."""
    return _escape(text.translate(_BIDI_CONTROLS))


@dataclass(frozen=True)
class Span:
    """A stretch to mark: ``kind`` is ``value`` (the value's own words) or ``match``."""

    start: int
    end: int
    kind: str
    anchor: str | None = None  # id placed on the first piece of the span
    title: str | None = None


def clean_spans(spans: list[Span], length: int) -> list[Span]:
    """Drop spans that do not fit the text: bad offsets must not break the page."""
    return [s for s in spans if 0 <= s.start < s.end <= length]


def highlight(text: str, spans: list[Span]) -> Markup:
    """Escaped ``text`` with ``<mark>`` on value spans and ``<span>`` on matches.

    Overlapping spans are fine: the text is cut at every boundary and each
    piece gets the classes of all spans covering it, so the output is flat
    and always well nested.
    """
    spans = clean_spans(spans, len(text))
    if not spans:
        return escape(text)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    anchors_left = {s.anchor: s for s in spans if s.anchor}
    out: list[str] = []
    for lo, hi in zip(cuts, cuts[1:]):
        piece = escape(text[lo:hi])
        covering = [s for s in spans if s.start <= lo and hi <= s.end]
        if not covering:
            out.append(piece)
            continue
        kinds = sorted({s.kind for s in covering})
        ids = [s.anchor for s in covering if s.anchor in anchors_left and s.start == lo]
        titles = [s.title for s in covering if s.title]
        attrs = Markup(' class="{}"').format(" ".join(f"hl-{k}" for k in kinds))
        for extra in ids[1:]:  # two claims on the same words: each keeps a link target
            out.append(Markup('<span id="{}"></span>').format(extra))
        if ids:
            attrs += Markup(' id="{}"').format(ids[0])
            for i in ids:
                anchors_left.pop(i, None)
        if titles:
            attrs += Markup(' title="{}"').format(titles[0])
        tag = "mark" if "value" in kinds else "span"
        marked = Markup("<{0}{1}>{2}</{0}>").format(Markup(tag), attrs, piece)
        out.append(Markup("<bdi>{}</bdi>").format(marked) if tag == "mark" else marked)
    return Markup("").join(out)


def highlight_quote(quote: str, quote_start: int, spans: list[Span]) -> Markup:
    """Highlight a quote using article offsets, shifted into the quote."""
    shifted = [
        Span(s.start - quote_start, s.end - quote_start, s.kind, None, s.title) for s in spans
    ]
    return highlight(quote, shifted)
