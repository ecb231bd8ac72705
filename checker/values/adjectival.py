"""Arabic cardinals after their noun: "المتهمين الخمسة", "الأيام الثلاثة الماضية", "الدول العشرين".

A cardinal that carries the article and follows a definite noun agrees
with it like an adjective and counts it. The units (الثلاثة .. العشرة) and
teens (الأحد عشر) have no ordinal look-alike, so a definite word before
them is enough: a singular head would take the ordinal form (الساعة
الثالثة). The tens are spelt like ordinals (العشرين: "القرن العشرين" is the
twentieth century), so there the head must also look plural: a listed
count head (الدول, الأيام), a sound plural (المتهمين, السنوات) or a broken
plural of the shapes أفعال (الأطراف) and فعلاء (الوزراء), as ``counting``
decides for every number beside a noun. The two (الاثنين
is Monday too) and one (الواحد) are left out. ``ordinals`` drops the tens
these spans cover; ``quantities`` reports them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.values import counting
from checker.values.lexicon import load
from checker.values.trie import END, alt

_PREV = re.compile(r"(?<![^\W_])([^\W\d_]+)\s+\Z")


@lru_cache(maxsize=None)
def _grammar() -> tuple[re.Pattern, dict[str, float]]:
    lex = load("ar")
    n = lex.numbers
    units = {w: v for w, v in n.units.items() if v >= 3}
    units.update({w: 10 for w in n.ten_words})
    teens = {**units, **{w: v for w, v in n.teen_units.items()}}
    tens = {w: v for w, v in n.tens.items() if v >= 20}
    art, joiner = lex.article, n.and_
    values: dict[str, float] = {}
    for w, v in units.items():
        values[art + w] = v
        for t, tv in tens.items():
            values[f"{art}{w} {joiner}{art}{t}"] = v + tv  # "الخمسة والعشرين"
    for w, v in teens.items():
        if v < 10:
            for t in n.ten_words:
                values[f"{art}{w} {t}"] = v + 10  # "الأحد عشر", "الخمسة عشر"
    for t, tv in tens.items():
        values[art + t] = tv
    pat = re.compile(rf"(?<=\s)(?P<n>{alt(values, 'ar')}){END}")
    return pat, values


def find(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every cardinal counting the definite noun before it."""
    pat, values = _grammar()
    out = []
    for m in pat.finditer(text):
        prev = _PREV.search(text, max(0, m.start() - 40), m.start())
        if prev is None or not counting.definite("ar", prev.group(1)):
            continue
        v = values[" ".join(m.group("n").split())]
        if (v >= 20 and v % 10 == 0) and not counting.plural_before("ar", prev.group(1)):
            continue  # "القرن العشرين": the twentieth
        out.append((m.start(), m.end(), float(v)))
    return out
