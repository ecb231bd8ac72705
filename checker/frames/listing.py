"""Lists of names, each with its number: "Labour won 54 seats, Reform 21 and the Greens 4",
«الكتلة الصدرية 73 مقعدا، تقدم 37، دولة القانون 33». A number said right after a key's name,
with no noun of its own, counts what the list's number before it counts.
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
