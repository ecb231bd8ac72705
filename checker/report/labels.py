"""How files, rules and articles are named to a reader.

A report is shared: it must not print the local folders of whoever ran the
audit (an absolute rules path names a home directory and means nothing to
the next reader), and an article is better known by its outlet and title
than by a hashed file name, which still comes second so it can be found.
"""

from __future__ import annotations

import os
import re
from pathlib import PurePath

from markupsafe import Markup, escape

from checker.models import ArticleInfo


def rule_file_label(path: str) -> str:
    """``default rules/x.yaml`` for the built-in pack, a relative path for the user's, else the name."""
    from checker.paths import default_rules_dir

    p = PurePath(path)
    if not p.is_absolute():
        return path
    try:
        return "default rules/" + p.relative_to(default_rules_dir()).as_posix()
    except ValueError:
        pass
    try:
        return p.relative_to(os.getcwd()).as_posix()
    except ValueError:
        return p.name


def display_path(path: str) -> str:
    """A path as given on the command line, or the name alone when it was given absolute."""
    p = PurePath(path)
    if not p.is_absolute():
        return path
    try:
        return p.relative_to(os.getcwd()).as_posix()
    except ValueError:
        return p.name


def article_label(a: ArticleInfo | None, fallback: str) -> str:
    """The title when known, else the outlet, else the file name."""
    if a is None:
        return PurePath(fallback).name or fallback
    return a.title or a.source or PurePath(a.path).name


def article_byline(a: ArticleInfo | None) -> str | None:
    """What goes after the label: the outlet (when the title is the label), then the file name."""
    if a is None:
        return None
    name = PurePath(a.path).name
    parts = [a.source] if a.title and a.source else []
    if a.title or a.source:
        parts.append(name)
    return " · ".join(parts) or None


def is_metadata_problem(problem) -> bool:
    """A sidecar row or ``.meta.yaml`` that could not be used: the article itself was still read."""
    return problem.kind == "file" and str(problem.path).endswith((".csv", ".meta.yaml", ".meta.yml"))


_QUOTED = re.compile(r'"([^"]*)"')


def origin_markup(words: str | None) -> Markup | None:
    """Where a date came from, with each quoted part (a dateline, a CSV value) isolated.

    'the dateline "درنة - 12 أيلول 2023"' would otherwise be reordered by the
    surrounding English into "2023 - 12 أيلول - درنة".
    """
    if not words:
        return None
    out, last = [], 0
    for m in _QUOTED.finditer(words):
        out.append(escape(words[last:m.start()]))
        out.append(Markup('"<bdi>') + escape(m.group(1)) + Markup('</bdi>"'))
        last = m.end()
    out.append(escape(words[last:]))
    return Markup("").join(out)
