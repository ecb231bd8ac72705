"""Saved web pages: the article's own text and metadata, nothing else.

Menus, related-story lists and "follow us on Telegram" boxes repeat across
pages; left in, they would make every article of a site "agree" with itself
or produce claims nobody wrote. trafilatura finds the main text; a short
list of promo phrases then drops the one-line calls to action it sometimes
keeps. Only extracted text leaves this module, never markup, so a hostile
page's scripts, event handlers and ``javascript:`` links cannot reach the
report through article text. trafilatura is imported here, not at startup.
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterator

from checker.corpus.dates import iso_date
from checker.corpus.encodings import DecodeError, decode, replaced_note
from checker.corpus.records import Meta, Record
from checker.models import Problem

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_PROMO_MAX = 100  # a call to action is one short line; longer lines are prose
_PROMO = re.compile(
    r"\b(?:subscribe|newsletter|sign\s+up|follow\s+us|join\s+our|click\s+here|read\s+more|share\s+(?:this|on)|"
    r"(?:on|via|our)\s+(?:telegram|whatsapp)|all\s+rights\s+reserved|advertisement)\b"
    r"|قراؤنا|قرائنا|يمكنكم|تابعونا|قناتنا|اضغط\s+هنا|إضغط\s+هنا|للاشتراك|للإشتراك|اشترك\s+الآن|"
    r"اقرأ\s+(?:أيضا|أيضاً|ايضا|المزيد)|جميع\s+الحقوق\s+محفوظة|^\+\s*الخط\s*-$",
    re.I,
)
# Dates come only from the page's markup, never guessed from its text, and
# the upper bound is fixed so that results do not depend on today's date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2100-12-31"}


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def strip_promos(text: str) -> str:
    """Paragraphs one per block, with short promo lines removed."""
    keep = [ln.strip() for ln in text.split("\n") if ln.strip()]
    keep = [ln for ln in keep if not (len(ln) <= _PROMO_MAX and _PROMO.search(ln))]
    return "\n\n".join(keep)


def read_html(path: str, data: bytes) -> Iterator[Record | Problem]:
    """Yield one ``Record`` (or ``Problem``s) for an HTML page."""
    try:
        page, encoding = decode(data, declared=_declared_charset(data), markup=True)
    except DecodeError as exc:
        yield Problem(kind="file", path=path, message=str(exc))
        return
    if note := replaced_note(encoding):
        yield Problem(kind="file", path=path, message=note)
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_links=False,
            include_images=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as exc:  # a third-party parser on untrusted input: report, go on
        detail = " ".join(str(exc).split())[:200]
        yield Problem(kind="file", path=path, message=f"could not parse HTML ({type(exc).__name__}: {detail})")
        return
    text = strip_promos(getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        yield Problem(kind="file", path=path, message="no article text found in the HTML page")
        return

    def field(name: str) -> str | None:
        value = getattr(doc, name, None)
        return value.strip() if isinstance(value, str) and value.strip() else None

    date_text = field("date")
    meta = Meta(
        title=field("title"),
        source=field("sitename"),
        url=field("url"),
        published=iso_date(date_text) if date_text else None,
    )
    yield Record(text, meta, hashlib.sha256(data).hexdigest(), encoding)
