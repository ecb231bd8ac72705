"""Events named as landmarks of another time, whose dates are not theirs.

"on August 6, two days after the explosion": a length of time counted off the event; "the first
election since the defeat of ISIS ... is held on Saturday": the event a since-phrase names; "out of
respect for the victims of the port explosion": the event as what befell people. A date of another
clause is then of what came then, or of the other act; the event's own clause ("the explosion,
which tore through the port on August 4") still dates it.
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.head import participle_form
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


def since_apart(s: Sentence, v: Span, t: Hit, covered: frozenset[int] = frozenset()) -> bool:
    """"The first election since the defeat of ISIS ... is being held on Saturday": an event named
    as the time since which something holds is not what the sentence's own verb dates; and «أول
    لقاء بينهما منذ تولي الكاظمي منصبه في أيار»: a date inside a since-phrase about another act
    is that act's."""
    lang = s.lang
    j = t.start - 1
    while j >= 0 and s.forms[j] in lang.determiners:
        j -= 1
    def content(i: int) -> bool:
        return not (s.forms[i] in lang.function or s.forms[i] in lang.determiners or i in covered
                    or i in s.value_starts or i in s.inside_values)

    if j >= 0 and s.forms[j] in lang.since and v.start >= t.end:
        # the phrase runs on through the event's own words and closes after its own date
        # ("since the defeat of ISIS in late 2017 | takes place on Saturday")
        if any(s.forms[i] in lang.auxiliary for i in range(t.end, v.start)):
            return True
        # "the first convoy since the quake crossed the border on Thursday": after "the first ... since"
        # the event is a landmark inside a noun phrase, and the verb after it is the phrase's head's
        # (not "aid has poured in since the quake struck on Monday")
        if (any(s.forms[i] in lang.first_since and not any(s.broken(k) for k in range(i + 1, j + 1))
                for i in range(max(0, j - 5), j))
                and any(i not in covered and participle_form(s, i) for i in range(t.end, v.start))):
            return True
        own = [p for p in s.date_starts if t.end <= p < v.start]  # (a count between is no date of its own: «اجتياح داعش ثلث ... في حزيران»)
        return bool(own) and any(content(i) for i in range(max(own) + 1, v.start))
    def phrase(a: int, b: int) -> bool:  # one unbroken stretch: the since-phrase holds b
        return all(not s.broken(i) for i in range(a + 1, b + 1))

    for k in range(t.end, v.start):
        if s.forms[k] in lang.since and phrase(k, v.start):
            return any(content(i) for i in range(k + 1, v.start))
    # «منذ توليه منصبه في أيار، وذلك غداة اختتام الجولة الثانية»: the date inside a since-phrase, the event after it
    # (not "since the April 7 session", the event inside the phrase; nor "since late 2017, when Baghdad declared")
    if (t.start >= v.end and not phrase(v.start, t.start) and s.segments[s.segment_of[t.start]].kind != "relative"
            and any(s.forms[k] in lang.since and phrase(k, v.start) and any(content(i) for i in range(k + 1, v.start))
                    for k in range(max(0, v.start - 8), v.start))):
        return True  # (the phrase names an act of its own: "since June, the group has seized" keeps June)
    # "Friday marks a year since Trump received Kadhimi": the event inside the phrase, the date outside
    return any(s.forms[k] in lang.since and phrase(k, t.start) for k in range(v.end, t.start))


def agent_of_reduced(s: Sentence, v: Span, t: Hit) -> int | None:
    """"declared a state of emergency in the provinces hit by the quake on Tuesday": the event as the
    agent of a participle describing a noun, in a clause whose own verb came before, leaves the date
    at the end to that verb (the declaring), not to the event. "The provinces were hit by the quake
    on Monday" (a passive verb) and "The provinces hit by the quake on Monday are dark" (no verb
    before) keep it. The participle's index, or None."""
    if s.lang.code != "en" or v.start < t.end:
        return None
    j = t.start - 1
    while j >= 0 and s.forms[j] in s.lang.determiners:
        j -= 1
    p = j - 1
    if not (p > 0 and s.forms[j] in s.lang.agent and participle_form(s, p) and s.forms[p - 1] not in s.lang.auxiliary):
        return None
    seg = s.segment_of[p]
    before = [i for i in range(s.segments[seg].start, p - 1) if participle_form(s, i) and s.forms[i - 1] not in s.lang.determiners]
    return p if before and not any(s.broken(i) for i in range(p, v.start)) else None


def compared_earlier(s: Sentence, v: Span) -> int | None:
    """"the deadliest floods since 2010, when about 1,985 people died", «الأسوأ منذ عام 2010 حين قتلت
    السيول ...»: a "when" clause on a since-phrase that a superlative opens tells of the earlier event
    the superlative compares with, and a value in it is that event's ("since Wednesday, when the
    ministry counted 135 dead" tells of this one). The superlative's index, or None."""
    lang, seg = s.lang, s.segment_of[v.start]
    own = s.segments[seg]
    if own.kind != "relative" or own.attach is None or s.forms[own.start] not in lang.time_relative:
        return None
    unbroken = lambda a, b: not any(s.broken(i) for i in range(a + 1, b + 1))  # noqa: E731
    k = next((k for k in range(own.start - 1, max(-1, own.start - 5), -1)
              if s.forms[k] in lang.since and s.segment_of[k] == own.attach and unbroken(k, own.start - 1)), None)
    if k is None:
        return None
    return next((i for i in range(k - 1, max(-1, k - 5), -1) if s.forms[i] in lang.first_since and unbroken(i, k)), None)
