"""Numbers that count what another number counts: items of a list of names ("Labour won 54
seats, Reform 21 and the Greens 4", «الكتلة الصدرية 73 مقعدا، تقدم 37»), and a part said
before its whole ("nine of the 329 seats", «73 من أصل 329 مقعدا»).
"""

from __future__ import annotations

from checker.frames.clauses import Sentence


def list_partner(s: Sentence, v, found, others: list) -> object | None:
    """The number of the list item before ``v``'s: ``v`` right after a key's name, the name right
    after a comma or "and", and before that the previous item's number (and maybe its noun).
    (Spans and ``Found`` as ``link.counted_by`` has them; that module asks this one.)"""
    name = next((h for hits in found.keys.values() for h in hits if h.end == v.start), None)
    if name is None:
        return None
    i = name.start
    while i > 0 and s.forms[i - 1] in s.lang.determiners and not s.broken(i):
        i -= 1  # "and the Greens 4"
    if s.lang.code == "ar" and s.words[i].startswith("و"):
        j = i - 1  # «ودولة القانون 33»: the "and" written on the name
    elif i > 0 and s.forms[i - 1] in s.lang.carry:
        j = i - 2  # "and Reform 21" (", and": the comma too)
    elif s.broken(i):
        j = i - 1  # ", Reform 21"
    else:
        return None
    if j < 0:
        return None
    nouns = {t.end - 1: t.start for t in found.triggers}  # the previous item ends on its noun, or on its number
    for o in others:
        if o.end <= v.start and (o.end == j + 1 or (j in nouns and o.end == nouns[j])):
            return o
    return None


def whole_after(s: Sentence, v, others: list) -> object | None:
    """The whole a number is a part of, said right after it: "nine of the 329 seats", "73 out of
    329 seats", «73 من أصل 329 مقعدا» (the part counts what the whole counts). The whole may be
    no value the rule could claim itself (329 seats, past a rule's range)."""
    lang = s.lang
    for a, b in s.value_spans:
        gap = range(v.end, a)
        if (0 < len(gap) <= 3 and any(s.forms[i] in lang.part_of_whole for i in gap)
                and all(s.forms[i] in lang.part_of_whole or s.forms[i] in lang.determiners for i in gap)
                and not any(s.broken(i) for i in range(v.end, a + 1))):
            return next((o for o in others if o.start == a), None) or type(v)(a, b)
    return None


def is_whole_after_part(s: Sentence, v) -> bool:
    """Whether the value at ``v`` is the whole a number before it is a part of ("nine of the 329
    seats"): the part is what its key's name was said of."""
    lang = s.lang
    for a, b in s.value_spans:
        gap = range(b, v.start)
        if (b <= v.start and 0 < len(gap) <= 3 and any(s.forms[i] in lang.part_of_whole for i in gap)
                and all(s.forms[i] in lang.part_of_whole or s.forms[i] in lang.determiners for i in gap)):
            return True
    return False


def same_as_whole(made, whole, out: list) -> bool:
    """"508,827 people, including 500,000 Sudanese, crossed into Egypt": a part the rule would give
    the whole's own key is a subset of the whole's count, never a rival figure for it."""
    key = getattr(made, "key", None)
    return key is not None and any(span == (whole.start, whole.end) and getattr(m, "key", None) == key for m, _, span in out)
