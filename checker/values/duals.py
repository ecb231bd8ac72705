"""Arabic dual nouns count two with no number written: «وفاة شخصين», «بينهم طفلان».

Arabic has a dual: «شخصين» is "two people", «إصابتين» "two cases",
«ساعتين» "two hours". News reports a count of two this way far more often
than with «اثنين», so a dual of a counted noun is a quantity of 2. Only the
nouns the lexicon lists (``dual_nouns``, singulars) are read: the dual ending
is also the ending of masculine plurals («مواطنين» is citizens, not two
citizens), so listed nouns are those whose plural is broken (أشخاص, أطفال)
or feminine (إصابات). The word's forms come from the one Arabic morphology
module. Dates own their words, so «قبل يومين» stays a date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.text.morphology import arabic_dual_singulars
from checker.values.lexicon import load

_DUAL_SHAPED = re.compile(r"(?<![^\W_])[^\W\d_]{3,}(?:ين|ان)(?![^\W_])")


@lru_cache(maxsize=None)
def _nouns() -> frozenset[str]:
    return frozenset(load("ar").dual_nouns)


def find(text: str) -> list[tuple[int, int, float]]:
    """(start, end, 2.0) for each dual of a listed noun; the span leaves out a proclitic."""
    nouns = _nouns()
    out = []
    for m in _DUAL_SHAPED.finditer(text):
        word = m.group()
        for single in arabic_dual_singulars(word) & nouns:
            written = len(single) + 2  # ة is written ت before the ending: اصابتين, one letter all the same
            start = m.end() - written
            if start - 2 >= m.start() and text.startswith("ال", start - 2):
                start -= 2  # «الطفلين»: the article is the noun's; a proclitic before it is not
            out.append((start, m.end(), 2.0))
            break
    return out
