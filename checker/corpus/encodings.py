"""Bytes to text: the encoding is detected, never assumed.

Arabic news files arrive as UTF-8, as UTF-8 with a BOM (Notepad), as UTF-16
(Word's "Unicode text"), and as Windows-1256 from older Arabic desktops.
Strict UTF-8 comes first because it almost never decodes anything else by
accident. Statistical detection (charset-normalizer) comes last: on short
Arabic texts it confuses Windows-1256 with Cyrillic and Greek code pages, so
Windows-1256 is tried before it whenever the result reads as Arabic words.
A wrong guess is worse than a refusal: it turns every claim into noise.
"""

from __future__ import annotations

import codecs
import re

from checker.text.language import script_counts

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = {"ascii", "iso8859-1", "iso8859-15", "cp1252"}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can stand behind."""


# Unicode's control characters (category Cc) are exactly U+0000-U+001F and U+007F-U+009F;
# tab, newlines, form feed and vertical tab are what prose may hold.
_BAD_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _controls(text: str) -> int:
    return len(_BAD_CONTROL.findall(text))


def _looks_like_text(text: str) -> bool:
    """No NULs and few control characters: what every real article satisfies."""
    return "\x00" not in text and _controls(text) <= max(2, len(text) // 100)


def _wordy(text: str) -> bool:
    """Short texts aside, prose has spaces; random high bytes have none."""
    return len(text) < 20 or sum(ch.isspace() for ch in text) >= len(text) * 0.05


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _common(cp: int) -> bool:
    """Latin, Arabic and general punctuation: what a news text is written in.
    The wrong byte order lands in CJK, dingbats and full-width forms instead."""
    return 0x20 <= cp < 0x250 or 0x600 <= cp < 0x780 or 0x8A0 <= cp < 0x900 or 0x2000 <= cp < 0x2070 or 0xFB50 <= cp < 0xFF00


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM shows as NULs in every other byte for Latin text and
    0x06 high bytes for Arabic; the right byte order reads as letters and spaces."""
    if len(data) < 4 or len(data) % 2:
        return None
    best = None
    for enc in ("utf-16-le", "utf-16-be"):
        text = _strict(data, enc)
        if text is None or not _looks_like_text(text) or not _wordy(text):
            continue
        useful = sum(ch.isspace() or _common(ord(ch)) for ch in text)
        if useful >= len(text) * 0.9 and (best is None or useful > best[0]):
            best = (useful, text, enc)
    return (best[1], best[2]) if best else None


_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.S | re.I)


def _prose(text: str, markup: bool) -> str:
    """The words of a page, so tag and attribute names do not count as Latin text."""
    return _TAGS.sub(" ", text) if markup else text


def _cp1256(data: bytes, markup: bool = False) -> str | None:
    text = _strict(data, "cp1256")
    if text is None or not _looks_like_text(text) or not _wordy(text):
        return None
    arabic, latin = script_counts(_prose(text, markup))
    return text if arabic >= 0.6 * (arabic + latin) and arabic > 0 else None


def _cp1252(data: bytes, markup: bool = False) -> str | None:
    """Legacy English files: mostly ASCII letters with a few accented ones.
    (Windows-1256 Arabic decoded this way is all accented letters, so it fails.)"""
    text = _strict(data, "cp1252")
    if text is None or not _looks_like_text(text) or not _wordy(text):
        return None
    words = _prose(text, markup)
    ascii_letters = sum(ch.isascii() and ch.isalpha() for ch in words)
    other = sum(not ch.isascii() for ch in words)
    return text if ascii_letters and other <= 0.3 * ascii_letters else None


def _detected(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        return None
    try:
        name = codecs.lookup(match.encoding).name
    except LookupError:
        return None
    text = _strict(data, name)
    return (text, name) if text is not None and _looks_like_text(text) and _wordy(text) else None


REPLACED = " invalid bytes replaced)"


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bad bytes (a truncated download, one corrupt sector) decoded
    with U+FFFD in their place. Read as Windows-1256 instead, every Arabic letter of
    the file would turn into mojibake. Legacy code pages almost never form valid
    multi-byte UTF-8 sequences, so twenty good ones per bad byte is a safe margin."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if bad <= 0 or good < 20 * bad or not _looks_like_text(text):
        return None
    return text, f"utf-8 ({bad}{REPLACED}"


def replaced_note(encoding: str) -> str | None:
    """The warning for a text decoded with replacement characters, if it was."""
    if not encoding.endswith(REPLACED):
        return None
    count = encoding.split("(", 1)[1].split(" ", 1)[0]
    return f"{count} byte(s) are not valid UTF-8 and were replaced with \ufffd; the rest of the file is UTF-8"


def clean(text: str) -> str:
    """Line ends unified and a stray BOM dropped, so offsets do not depend on the OS."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, declared: str | None = None, markup: bool = False) -> tuple[str, str]:
    """``(text, encoding)`` for ``data``, or ``DecodeError`` with the reason.

    ``declared`` is a charset the file names itself (an HTML ``<meta
    charset>``); it is trusted after a BOM and strict UTF-8, and only if it
    decodes cleanly. A declared Western code page is the classic mistake of
    Arabic sites, so there Windows-1256 is checked first. ``markup`` makes
    the script statistics skip tags.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data, enc)
            if text is None:
                raise DecodeError(f"starts with a {enc.upper()} byte order mark but is not valid {enc.upper()}")
            if not _looks_like_text(text):
                raise DecodeError("binary content, not text (mostly control characters)")
            return clean(text), enc
    if b"\x00" in data:
        found = _utf16_without_bom(data)
        if found:
            return clean(found[0]), found[1]
        raise DecodeError("binary content, not text (contains NUL bytes)")
    text = _strict(data, "utf-8")
    if text is not None:
        if _looks_like_text(text):
            return clean(text), "utf-8"
        found = _utf16_without_bom(data)  # Arabic-only UTF-16 has no NULs
        if found:
            return clean(found[0]), found[1]
        raise DecodeError("binary content, not text (mostly control characters)")
    found = _mostly_utf8(data)
    if found:
        return clean(found[0]), found[1]
    name = None
    if declared:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            name = None
    if name and name not in _WESTERN:
        text = _strict(data, name)
        if text is not None and _looks_like_text(text):
            return clean(text), name
    if (text := _cp1256(data, markup)) is not None:
        return clean(text), "cp1256"
    if name:
        text = _strict(data, name)
        if text is not None and _looks_like_text(text):
            return clean(text), name
    if (text := _cp1252(data, markup)) is not None:
        return clean(text), "cp1252"
    found = _detected(data)
    if found:
        return clean(found[0]), found[1]
    raise DecodeError("not valid UTF-8, UTF-16 or Windows-1256, and no other text encoding fits")
