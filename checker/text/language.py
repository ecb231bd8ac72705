"""Which language a stretch of text is in: Arabic, English (Latin script), or unknown.

Rules are written per language, so each sentence needs one. News in this
field mixes scripts (an Arabic article quoting "Malay Mail"), so the decision
is made by counting letters of each script, not by the first word.
"""

from __future__ import annotations

import unicodedata


def script_counts(text: str) -> tuple[int, int]:
    """Arabic-script and Latin-script letters in ``text``."""
    arabic = latin = 0
    for ch in text:
        if not ch.isalpha():
            continue
        cp = ord(ch)
        if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFEFC:
            arabic += 1
        elif cp < 0x0250 or unicodedata.name(ch, "").startswith("LATIN"):
            latin += 1
    return arabic, latin


def detect_language(text: str, default: str = "und") -> str:
    """``ar`` when Arabic letters dominate, ``en`` for Latin script, else ``default``."""
    arabic, latin = script_counts(text)
    if arabic == latin == 0:
        return default
    return "ar" if arabic >= latin else "en"
