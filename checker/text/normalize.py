"""Normalise text for matching while remembering where every character came from.

Arabic news spells the same word many ways: with or without diacritics
(``حٓزيران``), with tatweel, with any of four alefs, with Arabic-Indic or
Persian digits, with invisible bidi and zero-width marks pasted from the web.
Patterns and lexicons are written once against the plain form; the offset
map turns every match back into the exact characters of the original, so
quotes and highlights show what the article really says.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters dropped outright: harakat and Quranic marks, tatweel, and the
# invisible controls (bidi embeddings/isolates, zero-width joiners, BOM).
_DROP_RANGES = (
    (0x0610, 0x061A),  # Quranic honorifics and small marks
    (0x064B, 0x065F),  # harakat, shadda, sukun, maddah/hamza above and below
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06DC),  # Quranic annotation signs
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x08D3, 0x08FF),  # extended Arabic marks
    (0x0640, 0x0640),  # tatweel
    (0x061C, 0x061C),  # Arabic letter mark
    (0x200B, 0x200F),  # zero-width space/non-joiner/joiner, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2064),  # word joiner and invisible operators
    (0x2066, 0x2069),  # bidi isolates
    (0xFEFF, 0xFEFF),  # BOM / zero-width no-break space
    (0x00AD, 0x00AD),  # soft hyphen
    (0xFE00, 0xFE0F),  # variation selectors: VS16 turns ❤ into the emoji ❤️
    (0xE0100, 0xE01EF),  # variation selectors supplement
)

_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "٫": ".",  # Arabic decimal separator
    "٬": ",",  # Arabic thousands separator
    "٪": "%",
    "‰": "‰",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
}
for _zero, _block in ((0x0660, "arabic-indic"), (0x06F0, "persian"), (0x07C0, "nko"), (0x0966, "devanagari")):
    for _i in range(10):
        _LETTERS[chr(_zero + _i)] = str(_i)


def _dropped(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _DROP_RANGES)


@lru_cache(maxsize=4096)
def _map_char(ch: str) -> str:
    """The normalised form of one character: "", one character, or (rarely) more."""
    cp = ord(ch)
    if _dropped(cp):
        return ""
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch.isspace():
        return "\n" if ch in "\n\u2028\u2029\r\x0b\x0c" else " "
    if 0xFB50 <= cp <= 0xFEFC or 0xFF01 <= cp <= 0xFF5E:
        # Presentation forms and full-width Latin: decompose, then normalise the parts.
        # Some (ornate parentheses U+FD3E, ligatures like U+FDFD) are their own NFKC
        # form: recursing on them never ends, so they are kept as they are.
        parts = unicodedata.normalize("NFKC", ch)
        if parts != ch:
            return "".join(_map_char(c) for c in parts)
    if unicodedata.category(ch) == "Mn" and 0x0300 <= cp <= 0x036F:
        return ""  # Latin combining accents are not part of the word
    low = ch.lower()
    return low if len(low) == 1 else ch


@dataclass(frozen=True)
class NormText:
    """A normalised text and, for each of its characters, the source index.

    ``offsets`` has one entry per normalised character plus a final entry
    equal to ``len(source)``; it never decreases.
    """

    source: str
    text: str
    offsets: tuple[int, ...]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to the source span whose normalisation it is.

        A span that cuts through an expanded character (a ligature that
        became two letters) widens to the whole source character. Marks
        dropped right after the span's last letter (its shadda, its tatweel)
        belong to it, so they are kept in the highlight.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            pos = self.offsets[start]
            return pos, pos
        src_start = self.offsets[start]
        src_end = self.offsets[end - 1] + 1
        limit = self.offsets[end] if end < len(self.text) else len(self.source)
        while src_end < limit and _map_char(self.source[src_end]) == "":
            src_end += 1
        return src_start, src_end

    def to_norm(self, src_pos: int) -> int:
        """The first normalised index whose source index is at or after ``src_pos``."""
        import bisect

        return bisect.bisect_left(self.offsets, src_pos, 0, len(self.text))

    def is_boundary(self, i: int) -> bool:
        """True where a normalised index starts a new source character."""
        return i in (0, len(self.text)) or self.offsets[i] != self.offsets[i - 1]


class _Table(dict):
    """``str.translate`` table filled on first sight of a character.

    Most text maps one character to one, so translating it in C and taking
    the identity offset map is exact; characters that drop or expand are
    remembered in ``_UNEVEN``, and text holding any of them takes the slow path.
    """

    def __missing__(self, cp: int) -> str:
        if len(self) > 50_000:  # every code point of some odd input: stay small
            self.clear()
        mapped = self[cp] = _map_char(chr(cp))
        if len(mapped) != 1:
            _UNEVEN.add(chr(cp))
        return mapped


_UNEVEN: set[str] = set()
_TABLE = _Table()


def normalize(source: str) -> NormText:
    text = source.translate(_TABLE)
    if len(text) == len(source) and _UNEVEN.isdisjoint(source):
        return NormText(source, text, tuple(range(len(source) + 1)))
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(source):
        mapped = _map_char(ch)
        if mapped:
            out.append(mapped)
            offsets.extend([i] * len(mapped))
    offsets.append(len(source))
    return NormText(source, "".join(out), tuple(offsets))


def norm(s: str) -> str:
    """Just the normalised string, without the offset map: for lexicon entries, rule patterns
    and whole documents read for their words. ``str.translate`` maps each character exactly as
    the slow path of ``normalize`` does."""
    return s.translate(_TABLE)
