"""Which language a stretch of text is in: Arabic, English (Latin script), or unknown.

Rules are written per language, so each sentence needs one. News in this
field mixes scripts (an Arabic article quoting "Malay Mail"), so the decision
is made by counting letters of each script, not by the first word.
"""

from __future__ import annotations

import unicodedata


def _script(ch: str) -> str:
    """"a" for an Arabic-script letter, "l" for a Latin one, "" for anything else."""
    if not ch.isalpha():
        return ""
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFEFC:
        return "a"
    if cp < 0x0250 or unicodedata.name(ch, "").startswith("LATIN"):
        return "l"
    return ""


class _Scripts(dict):
    """``str.translate`` table to "a"/"l"/"": every sentence of an archive is
    counted, so the per-character test runs once per character seen, then in C."""

    def __missing__(self, cp: int) -> str:
        if len(self) > 50_000:  # stay small on text that uses every code point
            self.clear()
        got = self[cp] = _script(chr(cp))
        return got


_SCRIPTS = _Scripts()


def script_counts(text: str) -> tuple[int, int]:
    """Arabic-script and Latin-script letters in ``text``."""
    marks = text.translate(_SCRIPTS)
    arabic = marks.count("a")
    return arabic, len(marks) - arabic


def detect_language(text: str, default: str = "und") -> str:
    """``ar`` when Arabic letters dominate, ``en`` for Latin script, else ``default``."""
    return language_of_counts(*script_counts(text), default)


def language_of_counts(arabic: int, latin: int, default: str = "und") -> str:
    if arabic == latin == 0:
        return default
    return "ar" if arabic >= latin else "en"
