"""The HTML report: one self-contained page, streamed to disk.

Jinja2 is imported here, not at package import, so the CLI starts fast.
The page is written with ``Template.generate`` while article texts are
fetched one at a time, so a large corpus never sits in memory as a whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checker.models import Report
from checker.report._atomic import atomic_open
from checker.report.problems import claim_problem_rows
from checker.report.view import (
    FULL_TEXT_MAX_ARTICLES,
    QUOTES_PER_VALUE,
    ROWS_PER_TABLE,
    SOURCES_PER_VALUE,
    ReportView,
)

TEMPLATES = Path(__file__).parent / "templates"


def _environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template here is HTML; article text is untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _context(report: Report, article_text: Callable[[str], str | None] | None) -> dict:
    view = ReportView(report, article_text)
    return {
        "report": report,
        "s": view.summary(),
        "findings": view.findings(),
        "keys": view.keys(),
        "articles": view.articles(),  # a generator: texts are read while rendering
        "partial": view.partial_claims(),
        "not_compared": view.not_compared(),
        "not_compared_count": sum(len(n.claims) for n in report.not_compared),
        "problem_path": view.problem_path,
        "claim_view": view.claim_view,
        "claim_problems": claim_problem_rows(view.problems("claim"), article_text),
        "problems": view.problems,
        "rule_titles": view.rule_titles,
        "article_href": view.article_href,
        "full_text_max": FULL_TEXT_MAX_ARTICLES,
        "quotes_max": QUOTES_PER_VALUE,
        "sources_max": SOURCES_PER_VALUE,
        "rows_max": ROWS_PER_TABLE,
    }


def render_html(report: Report, article_text: Callable[[str], str | None] | None = None) -> str:
    """The page as a string; for tests and small reports."""
    return "".join(_environment().get_template("report.html.j2").generate(**_context(report, article_text)))


def write_html(report: Report, path: Path,
               article_text: Callable[[str], str | None] | None = None) -> Path:
    """Stream the page into ``path`` atomically."""
    template = _environment().get_template("report.html.j2")
    with atomic_open(Path(path), newline="") as fh:
        for chunk in template.generate(**_context(report, article_text)):
            fh.write(chunk)
    return Path(path)
