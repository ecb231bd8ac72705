"""Rule labels and finding messages: templates that may name fields and nothing else.

Labels and messages are written by rule authors and filled with words from
untrusted articles. ``str.format`` would let a template reach into objects
(``{country.__class__.__mro__}``), index them, or ask for a hundred-million
character pad (``{country:>100000000}``), and a typo raising mid-extraction
would cost every claim of the article. So a template is checked at rule load
(``template_problem``) and filled here by plain substitution, which can
neither raise nor grow the text beyond its fields.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping

_FORMATTER = string.Formatter()


def _pieces(template: str):
    """``(literal, field name or None, conversion, spec)`` pieces; ValueError for broken braces."""
    return list(_FORMATTER.parse(template))


def template_problem(template: str, allowed: Iterable[str] | None = None) -> str | None:
    """Why ``template`` is not a plain ``{name}`` template, or None when it is."""
    try:
        pieces = _pieces(template)
    except ValueError as exc:
        return f"{exc} (write {{{{ and }}}} for literal braces)"
    names = set(allowed) if allowed is not None else None
    for _, name, conversion, spec in pieces:
        if name is None:
            continue
        shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if not name.isidentifier():
            return f"placeholder {shown} may only name a field, like {{country}}: no attributes, indexes or positions"
        if conversion or spec:
            return f"placeholder {shown} may only name a field: no !conversion and no :format spec"
        if names is not None and name not in names:
            return f"placeholder {shown} names no field; available: {', '.join(sorted(names)) or 'none'}"
    return None


def safe_format(template: str, fields: Mapping[str, object]) -> str:
    """``template`` with each ``{name}`` replaced by ``str(fields[name])``.

    A template that is not plain, or a name without a field, is left as written:
    a mistake shows in the report instead of stopping the audit.
    """
    if template_problem(template) is not None:
        return template
    out: list[str] = []
    for literal, name, _, _ in _pieces(template):
        out.append(literal)
        if name is not None:
            out.append(str(fields[name]) if name in fields else "{" + name + "}")
    return "".join(out)
