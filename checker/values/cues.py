"""The tense of a date, read from the few words in front of it.

A month or weekday named without a year ("May 28", "الخميس") needs a
direction before it can be given a year or a week. Only the words right
before the date are asked: a future verb at the other end of the sentence
("raised rates at its Sept. 21 meeting and is expected to ...") says
nothing about this date, while "adjourned until Jan. 17" or "اعتبارا من
نوفمبر" do. The cue nearest the date wins, and the window stops at a clause
boundary (a comma, a full stop) so a neighbouring clause cannot lend its
tense. Arabic marks the future on the verb itself (س + imperfect:
"سيكفي", "ستنطلق"); that prefix is read generally, with the nouns that
happen to start the same way ("سياسة", "سنوات") listed as exceptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.values.lexicon import load
from checker.values.trie import END, alt, word_start

WINDOW_WORDS = 8
_WORD = re.compile(r"\S+")
_BOUNDARY = re.compile(r"[.!?;:،؛,\n\"«»()]")


@dataclass(frozen=True)
class CueGrammar:
    cue: re.Pattern  # past or future words, in named groups
    prefix: re.Pattern | None  # Arabic س + imperfect verb
    exceptions: frozenset[str]
    range_after: re.Pattern  # "from May to July": the date opens a range
    past_verb: tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]  # endings, not endings, exceptions
    openers: frozenset[str]  # "إن", "that": the date's clause starts after them
    openers_before: frozenset[str]  # "", "on", "يوم": all a sentence may hold before a date that opens it
    article: str  # a word that carries it is a noun, not a past verb (الانتخابات)
    origin: re.Pattern  # "from" right before a date said in the possessive: no start ("from Sunday's election")
    time_clause: re.Pattern | None = None  # ", when" right after a date: a clause about that time follows
    irregular_past: frozenset[str] = frozenset()  # "began", "fled": past forms no ending marks
    infinitive: frozenset[str] = frozenset()  # "to": a past verb before it schedules what follows
    determiners: frozenset[str] = frozenset()  # "a revised appeal": after these an -ed word is no verb


@lru_cache(maxsize=None)
def grammar(lang: str) -> CueGrammar:
    lex = load(lang)
    S = word_start(lang)
    tc = lex.tense_cues

    def words(key: str) -> str:
        return alt(tc[key], lang) if tc.get(key) else "(?!)"

    # "until", "by", "حتى" speak of the date only when they stand right before it
    near = rf"(?=\s+(?:{words('between')}\s+)?\Z)"
    cue = re.compile(
        rf"{S}(?:(?P<perfect>{words('perfect')})|(?P<past>{words('past')})|(?P<future>{words('future')})"
        rf"|(?P<past2>{words('past_adjacent')}){near}|(?P<future2>{words('future_adjacent')}){near}){END}"
    )
    prefix = None
    if lex.future_prefixes:
        prefix = re.compile(rf"(?<![^\W_])[وف]?(?P<w>(?:{alt(lex.future_prefixes, lang)})[^\W\d_]{{2,}})")
    # ...closed by another month or a number ("to all imports" closes nothing)
    # ...with a part of the month before it too ("from mid-June to late August", «حتى أواخر آب»)
    parts = alt([w.rstrip("-") for ws in lex.parts.values() for w in ws], lang)
    closers = rf"\s*(?:[\-–]|\s{words('range_closers')}\s)\s*(?:{parts}[\s\-]+)?(?:\d|{alt(lex.months, lang)}{END})"
    pv = lex.past_verb
    past_verb = (tuple(pv.get("endings", [])), tuple(pv.get("not_endings", [])), frozenset(pv.get("exceptions", [])))
    origin = re.compile(rf"{S}{words('origin')}\s+(?:{words('between')}\s+)?\Z")
    when = re.compile(rf"\s*,?\s*{alt(lex.time_relatives, lang)}{END}") if lex.time_relatives else None
    return CueGrammar(cue, prefix, frozenset(lex.future_prefix_exceptions), re.compile(closers), past_verb,
                      frozenset(pv.get("openers", [])), frozenset([""] + lex.date_openers), lex.article, origin, when,
                      frozenset(pv.get("irregular", [])), frozenset(pv.get("infinitive", [])),
                      frozenset(pv.get("determiners", [])))


def _participle_next(g: CueGrammar, text: str, at: int) -> bool:
    """Whether the word after ``at`` is a past participle ("would have been", "would have ended"),
    which makes "would have" past."""
    m = re.match(r"\s+([^\W\d_]+)", text[at:at + 40])
    w = m.group(1).lower() if m else ""
    return w in g.irregular_past or w in ("been", "had") or _past_verb(g, w)


def _past_verb(g: CueGrammar, word: str) -> bool:
    ends, not_ends, exceptions = g.past_verb
    bare = word[1:] if word[:1] in "وف" and word[1:] not in exceptions else word
    return (len(bare) >= 3 and bare.endswith(ends) and not bare.endswith(not_ends)
            and not (g.article and bare.startswith(g.article)) and word not in exceptions and bare not in exceptions)


def after(lang: str, text: str, start: int, end: int) -> int | None:
    """+1 when the date opens the sentence as the subject or fronted adverb of a
    future clause: "Wednesday will bring more heat", "On Sunday, temperatures
    are forecast to ...", or is followed by a clause about that time whose verb
    is future ("on Monday, when the leaders are expected to ..."). Only strong
    future words count, within the clause
    (the comma after the fronted date does not end it). Elsewhere the words
    after a date belong to another clause ("said on Monday that supplies will")."""
    g = grammar(lang)
    when = g.time_clause.match(text, end) if g.time_clause is not None else None
    if when is not None:  # "on Monday, when the two leaders are expected to ...": the clause is that day's
        end = when.end()
    elif start > 12 or re.sub(r"[\W_]+", " ", text[:start]).strip().lower() not in g.openers_before:
        return None  # (a date that opens the sentence starts within its first few characters)
    rest = re.sub(r"^\s*,", " ", text[end:end + 90])
    cut = _BOUNDARY.search(rest)
    words = list(re.finditer(r"\S+", rest[:cut.start()] if cut else rest))[:WINDOW_WORDS]
    if not words:
        return None
    stop = end + words[-1].end()
    return 1 if any(m.group("future") for m in g.cue.finditer(text, end, stop)) else None


CLAUSE_WORDS = 14


def clause_future(lang: str, text: str, start: int) -> int | None:
    """+1 when a strong future word opens the clause of a weekday named alone, further back than
    ``reading`` looks: "He will be received by President Biden at the White House on Monday",
    "is scheduled to meet President Trump at the White House on Thursday". A past word between
    ("will say that he met him on Monday") leaves the weekday to its default."""
    g = grammar(lang)
    lo = _window(text, start, CLAUSE_WORDS, 160)
    future = None
    for m in g.cue.finditer(text, lo, start):
        if m.group("past"):
            future = None
        elif m.group("future"):
            future = m.end()
    if future is None and g.prefix is not None:
        future = next((m.end() for m in g.prefix.finditer(text, lo, start) if m.group("w") not in g.exceptions), None)
    if future is None:
        return None
    between = re.findall(r"[^\W\d_]+", text[future:start])
    return None if any(w in g.openers for w in between) else 1


def tense(lang: str, text: str, start: int, end: int | None = None) -> int | None:
    """-1 (past), +1 (future) or None from the words just before ``start``."""
    return reading(lang, text, start, end)[0]


def reading(lang: str, text: str, start: int, end: int | None = None) -> tuple[int | None, bool]:
    """(direction, weak): the direction of ``tense`` and whether only "until" gave it (``read``)."""
    return read(lang, text, start, end)[:2]


def read(lang: str, text: str, start: int, end: int | None = None) -> tuple[int | None, bool, bool]:
    """(direction, weak, alone): ``reading``, and whether a lone "until"/«حتى» decided it with no
    strong future word, past verb or not ("بلغ عدد اللاجئين 250 ألفا حتى 18 يوليو": the coming
    date, unless the last one is a few days back at most, ``year``).

    A date that opens a range ("from May to July", "حتى") takes no direction
    from the word that opens it: "from" then marks a start, not the future.
    "until", "حتى" alone are weak: "تأخرت حتى منتصف نوفمبر" ends a delay in
    the past as readily as "يستمر حتى نوفمبر" one to come. The tense of the
    verb would decide, and a past Arabic verb has no mark to read; so a weak
    future yields to a recent past occurrence (``year``) unless a strong
    future word (سوف, س + verb, المقرر, will) stands in the same window, and
    only when a past word or a verb shaped like a past one (``past_verb``:
    تأخرت, تأخروا, delayed) precedes it: "يستمر المعرض حتى 5 يونيو" and "the
    plan runs until December" keep the coming date.
    """
    g = grammar(lang)
    lo = _window(text, start)
    ranged = end is not None and g.range_after.match(text, end) is not None
    # "from Sunday's election": the word before governs the noun the date qualifies, not the date
    origin = end is not None and _POSSESSIVE.match(text, end) is not None and g.origin.search(text, lo, start) is not None
    best, strong, past = _cues(g, text, lo, start, ranged or origin)
    if best is None:
        return None, False, False
    alone = best[2] and not strong
    if alone and not past:
        past = _past_before(g, text, lo, best[0])
    return best[1], alone and past, alone


def past_after(lang: str, text: str, start: int, end: int) -> bool:
    """"By Friday the toll had reached 1,391": a lone "by"/"until" opening the sentence, and a past
    tense in the clause after the date. The day is the one just gone, not the coming one."""
    g = grammar(lang)
    if start > 12:
        return False
    rest = re.sub(r"^\s*,", " ", text[end:end + 90])
    cut = _BOUNDARY.search(rest)
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", rest[:cut.start()] if cut else rest)][:WINDOW_WORDS]
    return any(g.cue.fullmatch(w) and g.cue.fullmatch(w).group("past") or w in g.irregular_past or _past_verb(g, w)
               for w in words)


_POSSESSIVE = re.compile(r"['’]s(?![^\W_])")


def _window(text: str, start: int, most: int = WINDOW_WORDS, chars: int = 90) -> int:
    """Where the words that may set a date's direction begin: at most ``most`` words
    (within ``chars`` characters) before it, and not across a clause boundary."""
    lo = max(0, start - chars)
    window = text[lo:start]
    cut = None
    for cut in _BOUNDARY.finditer(window):
        pass
    if cut is not None:
        lo, window = lo + cut.end(), window[cut.end():]
    words = list(_WORD.finditer(window))
    if len(words) > most:
        lo += words[-most].start()
    return lo


def _cues(g: CueGrammar, text: str, lo: int, start: int, ranged: bool):
    """(end of the deciding cue, direction, weak) or None; whether a strong future
    word stands in the window; whether a past word precedes the deciding cue."""
    best: tuple[int, int, bool] | None = None
    strong = past = False
    for m in g.cue.finditer(text, lo, start):
        if ranged and (m.group("past2") or m.group("future2")):
            continue  # "from May to July": the word opens a range
        if m.group("future2") and _noun_use(g, text, m.start()):
            continue  # "the war's start on April 15": a noun, not a verb that schedules
        was = bool(m.group("past")) or bool(m.group("perfect")) and _participle_next(g, text, m.end())
        strong = strong or bool(m.group("future")) or bool(m.group("perfect")) and not was
        past = past or was
        best = (m.end(), -1 if was or m.group("past2") else 1, bool(m.group("future2")))
    for m in g.prefix.finditer(text, lo, start) if g.prefix is not None else ():
        if m.group("w") not in g.exceptions:  # "سيكفي": a future verb
            strong = True
            if best is None or m.end() > best[0]:
                best = (m.end(), 1, False)
    return best, strong, past


def verb_past(lang: str, text: str, start: int) -> int | None:
    """-1 when a verb shaped like a past one governs a month named without a year and no tense word
    does: "the war began on April 15", «الحرب التي اندلعت في 15 نيسان». Read only where ``reading``
    finds no cue. Not across "that" or «أن» (the verb reports the clause after it), not before
    "to" ("agreed to meet in March" schedules the meeting), and not a word in -ed after "a" or
    "the" ("a revised appeal in mid-January" describes the appeal)."""
    g = grammar(lang)
    lo = _window(text, start)
    words = re.findall(r"[^\W\d_]+", text[lo:start])
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower()
        if w in g.openers or w in g.infinitive:
            return None
        if w in g.irregular_past or _past_verb(g, w) and not (i and words[i - 1].lower() in g.determiners):
            return -1
    return None


_POSSESSED = re.compile(r"(?:['’]s|(?<![^\W_])(?P<w>[^\W\d_]+))\s*\Z")


def _noun_use(g: CueGrammar, text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a possessive or a determiner ("the war's start", "the
    start"): a noun, where "talks start on Thursday" is a verb."""
    m = _POSSESSED.search(text, max(0, at - 40), at)
    return m is not None and (m.group("w") is None or m.group("w").lower() in g.determiners)


def _past_before(g: CueGrammar, text: str, lo: int, cue_end: int) -> bool:
    """Whether a verb shaped like a past one stands before a weak "until", in the
    date's own clause (after the last opener: "قالت إن المعرض يستمر حتى")."""
    words = re.findall(r"[^\W\d_]+", text[lo:cue_end])
    opened = [i for i, w in enumerate(words) if w in g.openers]
    return any(_past_verb(g, w) for w in words[opened[-1] + 1 if opened else 0:])
