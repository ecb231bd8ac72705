"""What a format reader yields: an article's text and its metadata, not yet an ``Article``.

Building sentences and detecting language is the loader's job, and
``load_article_text`` can walk the records of a large JSONL file to find one
text without paying for the others. Every reader (``formats``, ``html``) and
the sidecar speak these types, so they live apart from all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from checker.models import Problem


@dataclass
class Meta:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    published_from: str | None = None  # where the date was read, in words


@dataclass
class Record:
    text: str
    meta: Meta
    sha256: str
    encoding: str
    suffix: str | None = None  # "#<id>" inside a multi-article file
    problems: list[Problem] = field(default_factory=list)


def overlay(own: Meta, given: Meta | None) -> Meta:
    """The file's own metadata with each field the sidecar states put over it.

    The sidecar is what the user named on the command line (or placed beside
    the file), so where it states a field it wins; where it is silent the
    file's own front matter or JSON fields still count.
    """
    if given is None:
        return own
    out = Meta(**vars(own))
    for name, value in vars(given).items():
        if value is not None and name != "published_from":
            setattr(out, name, value)
    if given.published is not None:
        out.published_from = given.published_from
    return out
