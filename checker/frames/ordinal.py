"""The ordinal that names an event: "the third round", «الجولة الثالثة», "round four".

Kept apart from ``checker.frames.link`` (which links values to what they are about): an
ordinal is not a value a rule claims but part of the event's name, its key.
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.link import Span


def ordinal_of(s: Sentence, t: Hit, ordinals: list[tuple[Span, int]]) -> int | None:
    """The ordinal naming an event: "the third round", "fourth and final round", «الجولة
    الثالثة», «جولتها الثالثة», "round three". An ordinal counted within a part of the series
    ("the first round under the Biden administration") is no ordinal of the series."""
    got = _ordinal(s, t, ordinals)
    if got is None:
        return None
    after = max(t.end, got[0].end)  # (an Arabic ordinal stands after its noun)
    return None if after < len(s) and s.forms[after] in s.lang.ordinal_restrictors and not s.broken(after) else got[1]


def _counts_time(s: Sentence, span: Span) -> bool:
    """"a second day of meetings", «اليوم الثاني من المحادثات»: the ordinal counts a unit of time
    beside it, not the event after it."""
    beside = span.end if s.lang.code != "ar" else span.start - 1
    return 0 <= beside < len(s) and s.forms[beside] in s.lang.durations and not s.broken(max(beside, span.start))


def day_of(s: Sentence, t: Hit) -> int | None:
    """"held a second day of meetings on Sunday", «اليوم الثاني من المحادثات»: where an ordinal
    counting days (or weeks...) of the event stands just before it; a date then is that day's, not
    the event's."""
    p = s.prepared
    for m, w in zip(getattr(p, "mentions", ()), getattr(p, "first_word", ())):
        if w < 0 or m.value.kind != "ordinal" or not t.start - 5 <= w < t.start:
            continue
        span = next((Span(a, b) for a, b in s.value_spans if a == w), Span(w, w + 1))
        if _counts_time(s, span) and not any(s.broken(i) for i in range(span.end, t.start + 1)):
            return w
    return None


def _ordinal(s: Sentence, t: Hit, ordinals: list[tuple[Span, int]]) -> tuple[Span, int] | None:
    for span, n in ordinals:
        if _counts_time(s, span):
            continue
        if t.start <= span.start and span.end <= t.end and t.source != "ellipsis":
            return span, n  # a table's cell under "Round" holding "Second" (``tables``)
        if t.end <= span.start <= t.end + 1 and not s.broken(span.start):
            return span, n
        # «جولة الحوار العراقي الاميركي الاستراتيجي الرابعة»: an Arabic ordinal agrees with its noun
        # across the noun's genitive phrase, so it may stand a few words after it.
        if s.lang.code == "ar" and t.end < span.start <= t.end + 5 and not any(
                s.broken(i) or s.forms[i] in s.lang.function for i in range(t.end, span.start + 1)):
            return span, n
        if span.end <= t.start and t.start - span.end <= 3 and not any(s.broken(i) for i in range(span.end, t.start + 1)):
            return span, n  # "the fourth and likely final round"
        if span.end < t.start <= span.end + 10 and s.forms[span.end] in s.lang.range_joiners and _aside_between(s, span.end + 1, t.start):
            return span, n  # "the fourth and, as it turned out, final round"
    return None


def _aside_between(s: Sentence, lo: int, hi: int) -> bool:
    """Words lo..hi-1 are a remark set off by two commas, then a word or two: ", as it turned out, final"."""
    breaks = [i for i in range(lo, hi + 1) if s.broken(i)]
    return len(breaks) == 2 and breaks[0] == lo and 0 < hi - breaks[1] <= 2


def partitive_ordinals(s: Sentence, triggers: list[Hit]) -> list[Hit]:
    """"The dialogue ran to four rounds, the third of them (by video, on April 8, 2021) ...",
    «عقد أربع جولات، عقدت الثالثة منها في 7 نيسان»: an ordinal with "of them" after an event noun
    named before it in the sentence names one of those events; its "of them" stands for the noun
    (a hit right after the ordinal, so ``ordinal_of`` reads the ordinal as its own)."""
    if not triggers:
        return []
    out, p = [], s.prepared
    for a, b in (t for m, t in zip(p.mentions, p.mention_tokens) if t and m.value.kind == "ordinal"):
        j = b + 1 if s.lang.code == "en" and b < len(s) and s.words[b] == "of" else b
        if j == b and s.lang.code == "en" or j >= len(s) or s.forms[j] not in s.lang.ordinal_partitive:
            continue
        before = [t for t in triggers if t.end <= a]
        if before:
            out.append(Hit(before[-1].source, b, j + 1, before[-1].canonical))
    return out
