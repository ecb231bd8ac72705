"""Where a date's event stands outside the date's clause, and where a clause's date is not its event's.

The clause linker (``events.event_of``) looks for a date's event in the date's own clause
group. News also writes the event elsewhere: as the object of a verb of announcing set off by
a comma («أعلن في 10 كانون الأول 2017، الانتصار»), after an Arabic verb and its date
(«انطلقت أمس (الأربعاء) الجولة الثالثة»), after a time set before the first clause ("Come
Friday, December 31, the combat role ends"), in a cleft ("It was on December 9 that ...").
And a clause that hangs on the series without a comma dates the series ("a dialogue that
began last June"). Each function answers one of these.
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.link import Span
from checker.frames.pairs import coordinated


def announced_next(s: Sentence, v: Span, triggers: list[Hit]) -> list[Hit]:
    """«أعلن في العاشر من كانون الأول 2017، الانتصار على داعش», "announced on Saturday, victory over
    ...": the date of a verb of announcing, set off by a comma before its object, dates the
    event the object names (for rules whose event is announced)."""
    sv = s.segment_of[v.start]
    own = s.segments[sv]
    if sv + 1 >= len(s.segments) or not any(s.forms[i] in s.lang.reporting for i in range(own.start, v.start)):
        return []
    if any(i not in s.value_starts and i not in s.inside_values for i in range(v.end, own.end)):
        return []  # the date must close its clause: the comma after it sets the object off
    start = s.segments[sv + 1].start
    if s.forms[start] in s.lang.topic:
        start += 1  # «أعلن في ... 2017، عن تحرير»: announced about the event
    return [t for t in triggers if t.start == start]


def subject_next(s: Sentence, v: Span, triggers: list[Hit]) -> list[Hit]:
    """«انطلقت اليوم (الأربعاء) الجولة الثالثة»: an Arabic verb, its date, then (past a date set
    off in brackets) its subject, the event; the date is the event's."""
    sv = s.segment_of[v.start]
    own, segs = s.segments[sv], s.segments
    if s.lang.code != "ar" or v.start != own.start + 1 or s.forms[own.start] in s.lang.reporting:
        return []
    if any(i not in s.value_starts and i not in s.inside_values for i in range(v.end, own.end)):
        return []
    k = sv + 1
    while k < len(segs) and s.only_values(segs[k]):
        k += 1
    return [t for t in triggers if k < len(segs) and t.start == segs[k].start]


def fronted(s: Sentence, v: Span, triggers: list[Hit], announced: bool = False) -> list[Hit]:
    """"Come Friday, December 31, the US combat role in Iraq formally ends", «ومع انتهاء اليوم الجمعة،
    ينتهي ...»: a time set before the sentence's first clause is that clause's."""
    sv = s.segment_of[v.start]
    own = s.segments[sv]
    if sv + 1 >= len(s.segments):
        return []
    # the time and everything before it ("Shortly after 2:30 a.m. on Sept. 11, 2023,"): no clause of its own
    if any(i not in s.value_starts and i not in s.inside_values and s.forms[i] not in s.lang.time_intro
           and not s.words[i].isdigit() for i in range(0, own.end)):
        return []
    nxt = s.segments[sv + 1]
    got = [t for t in triggers if nxt.start <= t.start < nxt.end]
    if not got and announced and any(s.forms[i] in s.lang.reporting for i in range(nxt.start, nxt.end)):
        # "On Dec. 9, 2017, Baghdad announced that Iraq had been fully liberated": what was announced
        said = [k for k, seg in enumerate(s.segments) if seg.attach == sv + 1 and seg.kind == "complement"]
        got = [t for t in triggers if said and s.segments[said[0]].start <= t.start < s.segments[said[0]].end]
    return got


def cleft(s: Sentence, v: Span, triggers: list[Hit]) -> list[Hit]:
    """"It was on December 9, 2017, that Baghdad proclaimed the Islamic State defeated": the time a
    cleft sentence singles out is the time of the clause after "that"."""
    sv = s.segment_of[v.start]
    own = s.segments[sv]
    if own.end - own.start < 3 or s.forms[own.start] not in s.lang.cleft or s.forms[own.start + 1] not in s.lang.auxiliary:
        return []
    nxt = [k for k, seg in enumerate(s.segments) if seg.attach == sv and seg.kind in ("relative", "complement")]
    return [t for t in triggers if nxt and s.segments[nxt[0]].start <= t.start < s.segments[nxt[0]].end]


def of_series(s: Sentence, v: Span, t: Hit, series: list[Hit]) -> bool:
    """"The third round of a strategic dialogue that began last June": a relative clause right after
    the series the event belongs to is about the series; its dates are not the event's."""
    own = s.segments[s.segment_of[v.start]]
    if own.kind != "relative" or s.forms[own.start] not in s.lang.restrictive or s.broken(own.start):
        return False  # ", which was held ...": set off, it is about the whole phrase, the event
    i = own.start + 1
    while i < own.end and s.forms[i] in s.lang.auxiliary:
        i += 1
    if i < own.end and s.forms[i] in s.lang.held_verbs:
        return False  # "a third round of strategic talks that were held on Wednesday": the round was
    return any(t.end <= h.start and h.end == own.start for h in series)


def before_clause(s: Sentence, v: Span, triggers: list[Hit]) -> list[Hit]:
    """The event of the clause before, for a date in a clause that only points back to it: the date
    of a deadline ("ended its combat mission, three weeks ahead of the December 31 deadline") and a
    clause repeating the event ("received by Trump in August 2020, and again by Biden in July 2021")."""
    sv = s.segment_of[v.start]
    if sv == 0 or any(s.segment_of[t.start] == sv for t in triggers):
        return []
    own = s.segments[sv]
    deadline = v.end < len(s) and s.forms[v.end] in s.lang.deadlines
    # ", and again by Biden": a coordinator, then "again" (not ", again in Washington," set off inside a list)
    again = coordinated(s, own.start, own.start) and own.start + 1 < own.end and s.forms[own.start + 1] in s.lang.again
    if not (deadline or again or _gapped(s, own)):
        return []
    prev = [t for t in triggers if s.segment_of[t.start] == sv - 1 or (t.end <= own.start and s.group(sv - 1) == s.group(s.segment_of[t.start]))]
    return prev[-1:]


def _gapped(s: Sentence, own) -> bool:
    """", and by Biden on July 26, 2021", «، وفي آب»: a coordinated phrase with no verb of its own
    (a coordinator, a preposition, then only names, values and small words) leaves out the verb of
    the clause before, and so repeats its event. A word that may be a verb or a noun ("and in August
    the fourth round opened") makes it a clause of its own."""
    lang, i = s.lang, own.start
    if lang.code == "ar":
        w = s.words[i]
        if not (w.startswith("و") and frozenset({w[1:]}) in lang.prepositions):
            return False  # («وفي»: the coordinator glued to the preposition)
    elif not (s.forms[i] in lang.coordinators and i + 1 < own.end and s.forms[i + 1] in lang.prepositions):
        return False
    return all(k in s.value_starts or k in s.inside_values or s.forms[k] in lang.prepositions or s.forms[k] in lang.function
               or s.forms[k] in lang.determiners or (lang.code == "en" and s.capitalised(k))
               for k in range(i + 1, own.end))


def announced_before(s: Sentence, v: Span, triggers: list[Hit]) -> list[Hit]:
    """"Iraq's war against the Islamic State is over, Abadi declared on Saturday": the date of the
    clause of announcing after a statement dates what the statement announces."""
    sv = s.segment_of[v.start]
    own = s.segments[sv]
    if sv == 0 or not any(s.forms[i] in s.lang.reporting for i in range(own.start, v.start)):
        return []
    return [t for t in triggers if s.segment_of[t.start] == sv - 1]


def announced_that(s: Sentence, v: Span, triggers: list[Hit]) -> list[Hit]:
    """"The military announced on Saturday that the country has been totally liberated": the date of
    a verb of announcing dates what it announced (for rules whose event is announced)."""
    # the date may stand in a phrase set off after the verb: «قال العبادي، خلال افتتاح مؤتمر، (السبت 9 كانون
    # الأول 2017) إن ...»: the verb's clause and the phrases hanging on it, up to the value's
    chain, k = [s.segment_of[v.start]], s.segment_of[v.start]
    while s.segments[k].kind == "adjunct" and s.segments[k].attach is not None and s.segments[k].attach < k:
        k = s.segments[k].attach
        chain.append(k)
    # the verb may come after the date: "on December 9, 2017 Abadi stood before the cameras and announced that ..."
    if not any(s.forms[i] in s.lang.reporting for i in range(s.segments[chain[-1]].start, s.segments[chain[-1]].end)):
        return []
    said = [k for k, seg in enumerate(s.segments) if seg.attach in chain and seg.kind in ("complement", "relative")]
    if not said:
        return []
    inside = range(s.segments[said[0]].start, s.segments[said[0]].end)
    # "announced on Saturday that Sunday is a holiday for the victory": what it announced has its own date
    return [t for t in triggers if t.start in inside and not any(i in s.date_starts for i in range(inside.start, t.start))]
