"""Events named as landmarks of another time, whose dates are not theirs.

"on August 6, two days after the explosion": a length of time counted off the event; "out of
respect for the victims of the port explosion": the event as what befell people. A date of another
clause is then of what came then, or of the other act; the event's own clause ("the explosion,
which tore through the port on August 4") still dates it.
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.link import Span


def offset_from(s: Sentence, v: Span, t: Hit) -> int | None:
    """"visited Beirut on August 6, two days after the explosion", «بعد يومين من الانفجار»: a length of
    time counted off the event makes it a landmark; the date is what came then. The length of time,
    or None."""
    lang = s.lang
    own, seg = s.segment_of[v.start], s.segment_of[t.start]
    if v.start >= t.end and (own == seg or s.segments[own].attach == seg):
        return None  # "three days after the fourth round wrapped up in Washington", "..., held on June 11": its own clause
    for k in range(t.start - 1, max(-1, t.start - 6), -1):
        if s.broken(k + 1) or v.start <= k < v.end:
            return None
        if s.forms[k] in lang.durations and any(s.forms[j] in lang.offset_preps for j in range(max(0, k - 1), t.start)):
            return k
        if not (s.forms[k] in lang.function or s.forms[k] in lang.determiners or s.forms[k] in lang.offset_preps
                or k in s.value_starts or k in s.inside_values):
            return None
    return None


def befallen(s: Sentence, v: Span, t: Hit) -> int | None:
    """"out of respect for the victims of the port explosion", «احتراما لضحايا انفجار المرفأ»: an event
    named as what befell people, by a noun of them just before it, is no event of a date in another
    clause ("the verdict ..., postponed until August 18, out of respect for the victims of the
    explosion"); its own date stays its ("the victims of the August 4 explosion")."""
    seg, own = s.segment_of[t.start], s.segments[s.segment_of[v.start]]
    if s.segment_of[v.start] == seg or own.attach == seg and own.kind in ("relative", "participial"):
        return None  # («ضحايا الانفجار الذي هز المرفأ مساء أمس»: the event's own relative clause dates it)
    for k in range(max(0, t.start - 5), t.start):  # ("the victims of the port explosion": a few words back)
        if s.forms[k] in s.lang.affected and not any(s.broken(j) for j in range(k + 1, t.start + 1)):
            return k
    return None
