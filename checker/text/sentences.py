"""Split article text into sentences, in Arabic and English.

A claim is looked for inside one sentence, so a split in the wrong place
loses a claim and a missing split glues two facts together. Arabic uses the
comma (،) inside sentences and ؟ to end them; English abbreviations
("U.S.", "Aug.") and decimals end nothing; a closing quote after a full stop
belongs to the sentence it closes; a blank line always ends one.

A run of text with no sentence end at all (a scraped page flattened to one
line, tens of thousands of words) is cut into pieces of at most
``MAX_SENTENCE`` characters at a space: rules match inside one sentence at a
cost that grows with the square of its length, and real sentences are far
shorter than the cap.
"""

from __future__ import annotations

import re

from checker.models import Sentence
from checker.text.language import language_of_counts as _language, script_counts

_TERMINAL = ".!?؟…"
_CLOSERS = "\"'”’»)]›"
_ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "adm",
    "sen", "rep", "gov", "pres", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "a.m", "p.m", "e.g", "i.e", "approx", "est",
}
# abbreviations always followed by a name, and the zones a clock time is given in
_TITLES = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "adm", "sen", "rep", "gov", "pres"}
_ZONES = {"eastern", "pacific", "central", "mountain", "gmt", "utc", "et", "est", "edt", "cst", "cdt", "pst", "pdt",
          "bst", "cet", "cest", "eet", "eest", "local"}
# "U.S. Troops", "U.N. Security Council": a country's initials before a capitalised word name what
# follows, unless that word is one a sentence opens with ("... in the U.S. The talks ...")
_INITIALS = {"u.s", "u.k", "u.n"}
_OPENERS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
            "his", "her", "its", "their", "our", "in", "on", "at", "for", "from", "but", "and", "or", "so", "yet",
            "as", "after", "before", "when", "while", "if", "since", "some", "many", "most", "all", "no", "one",
            "what", "who", "why", "how", "where", "meanwhile", "however", "still", "also", "then", "now", "later"}
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum accepts: \w is alnum or "_"
# A single newline continues the sentence only after a long line with no end mark:
# that is a hard-wrapped paragraph. Short lines are headings, captions, datelines.
_WRAP_MIN = 60
MAX_SENTENCE = 1500  # characters; the longest sentences of the seeds are under 700


def _abbreviation(text: str, dot: int) -> str | None:
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)  # a word, not the whole text before it
    if not m:
        return None
    word = m.group(1).lower().rstrip(".")
    return word if word in _ABBREVIATIONS or len(word) == 1 else None


def _ends_nothing(text: str, dot: int, word: str, start: int) -> bool:
    """An abbreviation before a capital that still ends no sentence: a title before a name ("Gen.
    McKenzie"), a clock time before its zone ("9 a.m. Eastern"), a country's initials before what
    they qualify ("2,000 U.S. Troops in Syria"), or one that would leave a sentence of a word or two
    ("U.S. President Joe Biden ...")."""
    if word in _TITLES:
        return True
    nxt = text[dot + 1 : dot + 12].split()
    if word in _INITIALS and nxt and re.sub(r"\W", "", nxt[0]).lower() not in _OPENERS:
        return True
    if word in ("a.m", "p.m") and nxt and nxt[0].rstrip(".,").lower() in _ZONES:
        return True
    return len(text[start:dot].split()) <= 2


_LIST_ITEM = re.compile(r"[-*•–]\s|\d{1,2}[.)]\s")  # a line opening a list's item starts one, however long the line before
_CANDIDATE = re.compile("[\n" + re.escape(_TERMINAL) + "]")


def _boundaries(text: str) -> list[int]:
    """Indexes at which a new sentence may start (exclusive ends of sentences)."""
    cuts: list[int] = []
    n = len(text)
    i = 0
    line_start = 0
    while i < n:
        m = _CANDIDATE.search(text, i)  # only newlines and end marks can end a sentence
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == "\n":
            j = i
            while j < n and text[j] in " \t\r\n":
                j += 1
            blank = text.count("\n", i, j) >= 2
            line = text[line_start:i].rstrip()
            ended = line.rstrip(_CLOSERS)[-1:] in _TERMINAL + ":" if line else True
            wraps = len(line) >= _WRAP_MIN and not ended and not _LIST_ITEM.match(text, j)
            if blank or not wraps:
                cuts.append(i)
            line_start = j
            i = j
            continue
        if ch in _TERMINAL:
            if ch == "." and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                i += 1
                continue  # a decimal point
            if ch == "." and text[line_start:i].isdigit() and i - line_start <= 2:
                i += 1
                continue  # "1. Roads reopened": a list item's number
            word = _abbreviation(text, i) if ch == "." else None
            if word == "no" and not text[i + 1 : i + 3].lstrip()[:1].isdigit():
                word = None  # "No. 10" is a number; "No. About 2,500 remain" answers a question
            if word is not None and not (i + 1 < n and text[i + 1] == "\n"):
                nxt = text[i + 1 : i + 3].lstrip()
                if not nxt or not nxt[:1].isupper() or _ends_nothing(text, i, word, max(cuts[-1] if cuts else 0, line_start)):
                    i += 1
                    continue
            j = i + 1
            while j < n and (text[j] in _TERMINAL or text[j] in _CLOSERS):
                j += 1
            if j < n and not text[j].isspace() and text[j] not in "\n":
                # "3.5", "www.site", or a mark glued to the next word: not an end
                if not (text[j - 1] in _CLOSERS or ch in "؟?!"):
                    i = j
                    continue
            cuts.append(j)
            i = j
            continue
        i += 1
    return cuts


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``[s, e)`` cut at spaces into pieces of at most ``MAX_SENTENCE`` characters."""
    out: list[tuple[int, int]] = []
    while e - s > MAX_SENTENCE:
        limit = s + MAX_SENTENCE
        cut = max(text.rfind(" ", s + MAX_SENTENCE // 2, limit), text.rfind("\n", s + MAX_SENTENCE // 2, limit))
        if cut <= s:
            cut = limit  # no space at all: cut inside the run
        out.append((s, cut))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    out.append((s, e))
    return out


def split_sentences(text: str, default_language: str = "und") -> list[Sentence]:
    """Sentences as spans of ``text``, trimmed of surrounding white space, in order."""
    return split_article(text, default_language)[1]


def split_article(text: str, default_language: str | None = None) -> tuple[str, list[Sentence]]:
    """The article's language and its sentences. Without ``default_language`` the language is
    read from the article's letters, which all stand in its sentences: each letter is counted
    once, for its sentence and the article together (an archive's text is read once)."""
    pieces: list[tuple[int, int, int, int]] = []
    start = 0
    for cut in _boundaries(text) + [len(text)]:
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        for ps, pe in _pieces(text, s, e) if e - s > MAX_SENTENCE else [(s, e)]:
            while pe > ps and text[pe - 1].isspace():
                pe -= 1
            if pe > ps and _ALNUM.search(text, ps, pe):
                pieces.append((ps, pe, *script_counts(text[ps:pe])))
        start = max(start, cut)
    if default_language is None:
        arabic, latin = sum(p[2] for p in pieces), sum(p[3] for p in pieces)
        default_language = "und" if arabic == latin == 0 else "ar" if arabic >= latin else "en"
    out = [Sentence.model_construct(start=ps, end=pe, language=_language(arabic, latin, default_language))
           for ps, pe, arabic, latin in pieces]
    return default_language, out
