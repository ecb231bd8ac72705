"""A figure said of an earlier disaster the article compares with: "For comparison, the 2015
explosions at the Chinese port of Tianjin, which killed 173 people, involved about 800 tonnes",
"The 2001 disaster at the AZF plant in Toulouse involved some 300 tonnes", «فيضانات عام 2010 ...
وغمرت قرابة خمس البلاد».

News measures a disaster against others. The figure's clause then has for its subject a noun of
disaster dated to a year well before the article's own (language data ``disaster_nouns``): the
figure is that disaster's, whatever place the rule's ``context`` found in the article. A rule that
states the years it is about (``years``) decides by them instead.
"""

from __future__ import annotations

from checker.claimtext import unresolved
from checker.frames.clauses import Sentence
from checker.frames.found import Span
from checker.frames.value import mention_spans

_YEARS_BEFORE = 2  # a disaster of the year before may still be the article's own ("the 2020 floods" in January 2021)
_SUBJECT_WORDS = 8  # how far into its clause a subject may run
_UP_THE_CHAIN = ("resumed", "relative", "participial", "apposition", "adjunct")


def earlier_disaster(s: Sentence, v: Span, published) -> str | None:
    """The words naming the earlier disaster the figure at ``v`` is of, or None."""
    if published is None or not s.lang.disaster_nouns.exact:
        return None
    lo, hi = _subject(s, v)
    for m, span in zip(s.prepared.mentions, mention_spans(s.prepared)):
        if (span is None or not lo <= span.start < hi or m.value.kind != "date" or unresolved(m)
                or not m.value.value[:4].isdigit() or int(m.value.value[:4]) > published.year - _YEARS_BEFORE):
            continue
        noun = _disaster_beside(s, span, hi)
        if noun is not None:
            a, b = min(noun, span.start), max(noun + 1, span.end)
            return " ".join(s.words[a:b])
    return None


def _subject(s: Sentence, v: Span) -> tuple[int, int]:
    """The first words of the clause the figure's clause hangs on, up the chain of clauses set off
    inside it ("..., which killed 173 people, involved about 800 tonnes"), or of the sentence's first
    clause when the figure's clause is one of its conjuncts with no subject of its own («وغمرت ...»)."""
    segs = s.segments
    k = s.segment_of[v.start]
    while segs[k].kind in _UP_THE_CHAIN and segs[k].attach is not None and segs[k].attach < k:
        k = segs[k].attach
    if k > 0 and segs[k].kind == "clause" and _conjunct(s, segs[k].start):
        k = 0
    if segs[k].kind == "adjunct" and k + 1 < len(segs) and segs[k + 1].attach in (k, None) and segs[k + 1].start < v.start:
        k += 1  # ("For comparison, the 2015 explosions ...": past the phrase opening the sentence)
    return segs[k].start, min(segs[k].end, segs[k].start + _SUBJECT_WORDS)


def _conjunct(s: Sentence, i: int) -> bool:
    w = s.words[i]
    return s.forms[i] in s.lang.coordinators or (s.lang.code == "ar" and w.startswith("و") and len(w) > 3)


def _disaster_beside(s: Sentence, span: Span, hi: int) -> int | None:
    """A noun of disaster the year names: after it, past a name or two ("the 2015 Tianjin blasts"),
    or before it, past "of" or a word for year ("the floods of 2010", «فيضانات عام 2010»)."""
    nouns = s.lang.disaster_nouns
    j = span.end
    while j < min(hi, span.end + 3):
        if s.forms[j] in nouns:
            return j
        if not (s.lang.code == "en" and s.capitalised(j)):
            break
        j += 1
    for j in range(span.start - 1, max(-1, span.start - 3), -1):
        if s.forms[j] in nouns:
            return j
        if s.forms[j] not in s.lang.function and s.forms[j] not in s.lang.time_nouns:
            break
    return None
