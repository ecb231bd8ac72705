"""Claims that could not be used, said in words and quoted in their sentence.

The extractor reports such a claim as "'الجمعة' at 139 cannot be placed in
time": an offset means nothing to a reader, and the word alone does not say
which sentence it stood in. Here the sentence is cut from the article's text
(read again, one article at a time) and the word marked in it, so every
problem can be checked against the article like any finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import Markup

from checker.models import Problem
from checker.report.highlight import Span, highlight_quote

_AT = re.compile(r"'(?P<words>[^'\n]{1,80})' at (?P<at>\d+)")
_ENDS = ".!?؟\n"
_MAX_QUOTE = 400


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: from the last full stop or line break before to the next after."""
    lo = max((text.rfind(ch, 0, start) for ch in _ENDS), default=-1) + 1
    his = [i for i in (text.find(ch, end) for ch in _ENDS) if i != -1]
    hi = min(his) + 1 if his else len(text)
    lo, hi = max(lo, start - _MAX_QUOTE // 2), min(hi, end + _MAX_QUOTE // 2)
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi


def _quote(text: str | None, words: str, at: int) -> Markup | None:
    if text is None or not (0 <= at and at + len(words) <= len(text)) or text[at:at + len(words)] != words:
        return None  # the text changed since, or the offset is not ours: show the words alone
    lo, hi = sentence_around(text, at, at + len(words))
    return highlight_quote(text[lo:hi].rstrip(), lo, [Span(at, at + len(words), "value", None, None)])


def claim_problem_rows(problems: list[Problem], article_text: Callable[[str], str | None] | None) -> list[dict]:
    """One row per unusable claim: the message without its offset, and the sentence it stood in."""
    texts: dict[str, str | None] = {}
    rows = []
    for p in problems:
        message = p.message
        if p.rule and message.startswith(p.rule + ": "):
            message = message[len(p.rule) + 2:]  # the rule has its own column
        quote = None
        if m := _AT.search(message):
            if article_text is not None and p.path not in texts:
                texts[p.path] = article_text(p.path)
            quote = _quote(texts.get(p.path), m.group("words"), int(m.group("at")))
            message = message[: m.start()] + f"'{m.group('words')}'" + message[m.end():]
        rows.append({"problem": p, "message": message, "quote": quote})
    return rows
