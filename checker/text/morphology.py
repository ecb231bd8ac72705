"""Arabic word forms: one place that knows clitics, the article and pronoun suffixes.

Arabic glues to a noun what English writes as separate words: a conjunction
(و ف), a preposition (ب ل ك), the article (ال), and a possessive pronoun at the
end («جولتها» "its round", «عددها» "their number"). A vocabulary lists the
bare word once (``جوله``); every reader (the pattern matcher, the frame
engine, the concept vocabularies) asks this module for the forms a written
word may stand for, so they all agree on what «وبجولتها» contains.

Words are in the normalised spelling of ``checker.text.normalize`` (ة is ه,
alef forms are ا, ى is ي).
"""

from __future__ import annotations

from functools import lru_cache

PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
# Possessive and object pronouns, longest first so «ها» is tried before «ه».
PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي")
_MIN_STEM = 2


@lru_cache(maxsize=65536)
def arabic_stems(word: str) -> frozenset[str]:
    """A word and what it is after its proclitics and article: وبالعراق → بالعراق, العراق, عراق."""
    out = {word}
    for c in PROCLITICS:
        if word.startswith(c) and len(word) - len(c) >= _MIN_STEM:
            out.add(word[len(c):])
    for s in list(out):
        if s.startswith("لل") and len(s) > 3:  # ل + ال
            out.update(("ال" + s[2:], s[2:]))
        if s.startswith("ال") and len(s) > 3:
            out.add(s[2:])
    return frozenset(out)


@lru_cache(maxsize=65536)
def arabic_forms(word: str) -> frozenset[str]:
    """Every form ``arabic_stems`` gives, plus each without a pronoun suffix.

    A suffix turns a final ه (ة) into ت: «جولتها» is جوله + ها, «عددها» is
    عدد + ها. Both readings are kept («جولته» may also be a noun ending in ته);
    a vocabulary word matches if any form equals it.
    """
    out = set(arabic_stems(word))
    if any(s.startswith("ال") and len(s) > 3 for s in out):
        return frozenset(out)  # the article and a possessive never stand on one noun: «الحربي» is no «حرب» + ي
    for s in list(out):
        for suffix in PRONOUN_SUFFIXES:
            if s.endswith(suffix) and len(s) - len(suffix) >= _MIN_STEM + 1:
                bare = s[: -len(suffix)]
                out.add(bare)
                if bare.endswith("ت"):
                    out.add(bare[:-1] + "ه")
    return frozenset(out)


def is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def has_article(word: str) -> bool:
    """Whether the written word carries ال (after any proclitic): the noun is definite."""
    return any(s.startswith("ال") and len(s) > 3 for s in arabic_stems(word)) or word.startswith("لل")


_NISBA_ENDINGS = ("ي", "يه", "يين", "يون")  # normalised: ة is ه


def is_nisba(word: str) -> bool:
    """«عراقي», «الأميركيه», «عراقيين»: an adjective of origin (a nisba), by its ending."""
    return word.endswith(_NISBA_ENDINGS)


def has_pronoun_suffix(word: str) -> bool:
    return len(arabic_forms(word) - arabic_stems(word)) > 0


def arabic_dual_singulars(word: str) -> frozenset[str]:
    """The singular a dual noun stands for: «سدين» → سد, «إصابتين» → اصابه. Empty when the word is not dual-shaped.

    Only a reader that already failed to match the word itself should ask: «عسكريين» is a
    plural whose letters look dual.
    """
    out = set()
    stems = arabic_stems(word)
    definite = any(s.startswith("ال") and len(s) > 3 for s in stems)
    for s in stems:
        for suffix in ("ين", "ان", "ا", "ي"):  # «سدين», «السدان», and «سدا درنة», «سدي درنة» (construct)
            bare = s[: -len(suffix)]
            if suffix == "ي" and definite:
                continue  # a construct dual never has the article («الحربي» is an adjective)
            if s.endswith(suffix) and len(bare) >= _MIN_STEM and not (bare == "ال" or bare.endswith("ال")):
                bare = bare[2:] if bare.startswith("ال") and len(bare) > 3 else bare
                out.add(bare)
                if suffix in ("ين", "ان") and bare.endswith("ت"):  # a feminine's ة is ت before the ending: اصابتين → اصابه
                    out.add(bare[:-1] + "ه")
    return frozenset(out)
