"""Word lists as regular expressions: each list an alternation built as a trie.

Every pattern in ``checker.values`` is built from lexicon words through
``alt``: shared prefixes are matched once, which keeps alternations of
hundreds of words fast in Python's backtracking engine, and an Arabic entry
with the article also matches after a proclitic ل that elides its alef
(للعام), as ``spelt`` reads it back. ``word_start`` and ``END`` bound a word.
"""

from __future__ import annotations

import re

# A word starts after a non-word character, or after Arabic proclitics
# (و ف ب ل ك, or two of them) that start a word: "وحوالي", "بنهاية", "لعام".
AR_START = r"(?:(?<![^\W_])|(?<=(?<![^\W_])[وفبلك])|(?<=(?<![^\W_])[وف][بلك]))"
EN_START = r"(?<![^\W_])"
END = r"(?![^\W_])"


def word_start(lang: str) -> str:
    return AR_START if lang == "ar" else EN_START


_LL = "\x00"  # stands for the article's "ل" after a proclitic "ل" (للعام)


def spelt(lang: str, text: str, start: int, word: str) -> str:
    """The lexicon's spelling of ``word`` matched at ``start`` of ``text``: "لعام"
    right after a proclitic ل is "العام", the article's alef elided (``_LL``)."""
    if lang == "ar" and word[:1] == "ل" and start > 0 and text[start - 1] == "ل":
        return "ا" + word
    return word


def _tokens(w: str, lang: str) -> list[list[str]]:
    """The spellings of one entry as token lists; several for "ال" words in Arabic."""
    toks = [" " if c == " " else c for c in w]
    out = [toks]
    if lang == "ar" and w.startswith("ال") and len(w) > 3:
        out.append([_LL] + toks[2:])  # "للعام": ل + العام loses the article's alef
    return out


def _render(node: dict) -> str:
    """A trie as a regex: shared prefixes are matched once, which keeps
    alternations of hundreds of words fast in Python's backtracking engine."""
    end = node.get("", False)
    branches = []
    for tok in sorted(k for k in node if k != ""):
        atom = r"\s+" if tok == " " else r"(?<=ل)ل" if tok == _LL else re.escape(tok)
        branches.append(atom + _render(node[tok]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body


def alt(words, lang: str) -> str:
    """One non-capturing alternation of the words, built as a trie.

    Longer entries win over their prefixes ("الثاني عشر" over "الثاني")
    because every optional continuation is greedy.
    """
    trie: dict = {}
    for w in set(words):
        for toks in _tokens(w, lang):
            node = trie
            for t in toks:
                node = node.setdefault(t, {})
            node[""] = True
    return "(?:" + _render(trie) + ")"


def any_of(words) -> re.Pattern:
    """A pattern whose ``search`` tells whether any of the words occurs in a text, as
    ``any(w in text for w in words)`` would, in one pass: a cheap first look before
    a reader's own patterns."""
    words = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


def alt_or_never(words, lang: str) -> str:
    """``alt`` of the words, or a pattern that never matches when there are none
    (an empty alternation would match everywhere)."""
    return alt(words, lang) if words else "(?!)"
