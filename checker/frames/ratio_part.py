"""A share said as a part and its whole before a counted noun: "winning 73 out of 329 seats"."""

from __future__ import annotations

from checker.frames.candidate import Candidate
from checker.frames.clauses import Sentence
from checker.frames.link import Span
from checker.models import Quantity


def ratio_part(s: Sentence, sent, m, span, found) -> object | None:
    """"Winning 73 out of 329 seats": the values layer reads a share (73/329); before the noun a
    count rule counts, the part is that count (a candidate linked to the noun right after)."""
    from checker.values import find_mentions

    noun = next((t for t in found.triggers if t.start == span.end), None)
    k = next((i for i in range(span.start + 1, span.end) if s.forms[i] in s.lang.part_of_whole), None)
    if noun is None or k is None:
        return None
    a, b = sent.nt.to_source(sent.spans[span.start][0], sent.spans[k - 1][1])
    part = [x for x in find_mentions(sent.text[a:b], s.lang.code) if x.value.kind == "quantity"]
    if len(part) != 1 or part[0].text != sent.text[a:b] or not float(part[0].value.value).is_integer():
        return None
    return Candidate(Span(span.start, k), sent.text[a:b], Quantity(value=part[0].value.value, mod=m.value.mod), trigger=noun)
