"""Untrusted names and text made safe to print and to store as UTF-8.

File names are bytes on Linux: Python hands a name that is not UTF-8 over
with surrogate escapes (``bad\\udcff.txt``), which no UTF-8 JSON, SQLite row
or terminal accepts. And a name or a JSONL id may hold terminal control
sequences (``\\x1b]0;title\\x07``, ``\\x1b[2J``) that a terminal would run.
Both are shown here as visible escapes instead.
"""

from __future__ import annotations

import os
import re

# C0 controls but tab and newline, DEL, C1 controls: what a terminal interprets.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable_path(path) -> str:
    """``path`` as text that is valid UTF-8: undecodable bytes become ``\\xff``."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        return text.decode("utf-8", "backslashreplace")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = os.fsencode(text)  # the bytes the name really has
        except UnicodeEncodeError:  # a surrogate that did not come from a file name
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    return text


def escape_controls(text: str) -> str:
    """Control characters (not tab or newline) as visible ``\\x1b`` escapes; surrogates too."""
    text = _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text
