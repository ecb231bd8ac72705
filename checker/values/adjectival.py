"""Arabic cardinals after their noun: "المتهمين الخمسة", "الأيام الثلاثة الماضية", "الدول العشرين".

A cardinal that carries the article and follows a definite noun agrees
with it like an adjective and counts it. The units (الثلاثة .. العشرة) and
teens (الأحد عشر) have no ordinal look-alike, so a definite word before
them is enough: a singular head would take the ordinal form (الساعة
الثالثة). The tens are spelt like ordinals (العشرين: "القرن العشرين" is the
twentieth century), so there the head must also look plural: a listed
count head (الدول, الأيام), a sound plural (المتهمين, السنوات) or a broken
plural of the shapes أفعال (الأطراف) and فعلاء (الوزراء). The two (الاثنين
is Monday too) and one (الواحد) are left out. ``ordinals`` drops the tens
these spans cover; ``quantities`` reports them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.values import ordinals
from checker.values.lexicon import END, alt, load

_PREV = re.compile(r"(?<![^\W_])([^\W\d_]+)\s+\Z")
# أفعال (الاطراف, the alef folded) and فعلاء (الوزراء): broken plurals
_BROKEN = re.compile(r"ال(?:ا[^\W\d_]{2}ا[^\W\d_]|[^\W\d_]{3}اء)")
_SOUND = ("ات", "ين", "ون")


@lru_cache(maxsize=None)
def _grammar() -> tuple[re.Pattern, dict[str, float]]:
    lex = load("ar")
    n = lex.numbers
    units = {w: v for w, v in n.units.items() if v >= 3}
    units.update({w: 10 for w in n.ten_words})
    teens = {**units, **{w: v for w, v in n.teen_units.items()}}
    tens = {w: v for w, v in n.tens.items() if v >= 20}
    values: dict[str, float] = {}
    for w, v in units.items():
        values["ال" + w] = v
        for t, tv in tens.items():
            values[f"ال{w} وال{t}"] = v + tv  # "الخمسة والعشرين"
    for w, v in teens.items():
        if v < 10:
            for t in n.ten_words:
                values[f"ال{w} {t}"] = v + 10  # "الأحد عشر", "الخمسة عشر"
    for t, tv in tens.items():
        values["ال" + t] = tv
    pat = re.compile(rf"(?<=\s)(?P<n>{alt(values, 'ar')}){END}")
    return pat, values


def _definite(word: str) -> str | None:
    """The word without its proclitic, if it carries the article: والمتهمين, للدول."""
    for pre in ("", "و", "ف", "ب", "وب", "فب"):
        if word.startswith(pre + "ال") and len(word) > len(pre) + 3:
            return word[len(pre):]
    if word.startswith(("لل", "ولل", "فلل")):
        return "ال" + word[word.index("لل") + 2:]
    return None


def _plural(word: str) -> bool:
    g = ordinals.grammar("ar")
    return word in g.count_heads or word.endswith(_SOUND) or _BROKEN.fullmatch(word) is not None


def find(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every cardinal counting the definite noun before it."""
    pat, values = _grammar()
    out = []
    for m in pat.finditer(text):
        prev = _PREV.search(text, max(0, m.start() - 40), m.start())
        head = _definite(prev.group(1)) if prev else None
        if head is None:
            continue
        key = " ".join(m.group("n").split())
        v = values[key]
        if (v >= 20 and v % 10 == 0) and not _plural(head):
            continue  # "القرن العشرين": the twentieth
        out.append((m.start(), m.end(), float(v)))
    return out
