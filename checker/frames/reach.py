"""Which clause a date reaches: its own, the one it hangs on, or one hanging on it that says
what happened then ("in 2014, when IS swept" but not "on Thursday launched an appeal for
Libya, where three dams burst"). Clauses come from ``checker.frames.segment``; the event
reader (``checker.frames.events``) asks these before linking a date to an event word.
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.link import Span, light_word


def clause_of(s: Sentence, k: int) -> int:
    """The clause a segment belongs to: a clause resumed after an interruption, or a date set off
    by commas («واختتمت في واشنطن، أمس الأربعاء، أعمال الجولة الثانية»), is the clause it hangs on."""
    seg = s.segments[k]
    if seg.attach is None:
        return k
    if seg.kind == "adjunct" and s.only_values(seg):
        return seg.attach
    if seg.kind == "resumed" and s.segments[k - 1].kind == "adjunct" and s.segments[k - 1].attach == seg.attach:
        return seg.attach  # not after a relative clause: "the round, which ... last August, today's talks"
    before = s.segments[k - 1]
    if seg.kind == "resumed" and before.kind == "attribution" and before.attach == seg.attach:
        return seg.attach  # "hosting the fourth and, according to the minister, final round": who says it is set aside
    aside = before if before.kind == "apposition" else s.segments[before.attach] if before.attach is not None else None
    if seg.kind == "resumed" and aside is not None and aside.kind == "apposition" and aside.attach == seg.attach:
        # "2,750 tonnes, the port's whole stock, went up", "two dams on the Wadi Derna, the valley that
        # runs to the sea, burst": the clause resumes past the apposition (and its own relative clause)
        return seg.attach
    return k


def relation(s: Sentence, sv: int, st: int) -> int:
    """0: the event is in the value's clause; 1: in a clause the value's clause hangs on ("the
    talks, chaired ... on Thursday"); 2: in a clause hanging on the value's ("in 2014, when IS
    swept ...")."""
    sv, st = clause_of(s, sv), clause_of(s, st)
    if sv == st:
        return 0
    return 1 if st in s.ancestors(sv) else 2


def _fronted(s: Sentence, seg) -> bool:
    """A phrase set before its clause's verb («وتحت ضغط الأمطار، انهار السد», "Amid the rain, ..."),
    not a clause of its own («تعرضت ليبيا للعاصفة ...، وأدت إلى انهيار سدين»)."""
    return s.forms[seg.start] in s.lang.fronted


def reachable(s: Sentence, v: Span, t: Hit) -> bool:
    """A date reaches an event in a clause hanging on its own only when that clause says what
    happened then: "in 2014, when IS swept" but not "on Thursday launched an appeal for
    Libya, where three dams burst"."""
    sv, st = s.segment_of[v.start], s.segment_of[t.start]
    if relation(s, sv, st) < 2:
        return True
    if sv == 0 and s.segments[0].kind == "adjunct" and s.forms[0] in s.lang.time_relative:
        return True  # "As the storm pounded the coast on Sunday night, residents heard ... when the dams burst"
    sv = clause_of(s, sv)
    chain = [st, *s.ancestors(st)]
    k = next((c for c in chain if s.segments[c].attach == sv), chain[-1])
    seg = s.segments[k]
    if seg.attach != sv:
        return False
    if seg.kind == "adjunct" and k == 0 and s.forms[0] in s.lang.time_relative:
        return False  # "When Biden welcomed Kadhimi in July, he announced ... by the end of the year": its own time
    if seg.kind == "adjunct":
        return True  # «وفي 20/8/2020 جلس ... في واشنطن، في الجولة الثانية»: the same clause, continued
    if seg.kind == "resumed" and s.segment_of[v.start] == 0 and s.segments[0].kind == "adjunct" and s.only_values(s.segments[0]) \
            and _fronted(s, s.segments[seg.attach]):
        # «فجر الاثنين 11 سبتمبر، وتحت ضغط الأمطار التي حملتها العاصفة، انهار السد»: a date opening the
        # sentence dates the clause that resumes after the phrase fronted before it
        return True
    if seg.kind == "participial" and t.start == seg.start and s.words[seg.start].endswith(s.lang.present_participle_suffixes or ("\0",)):
        return True  # "launched an offensive in 2014, seizing a third of the country": the event that went with it
    if s.forms[seg.start] in s.lang.time_relative:
        # the time named must be what the clause hangs on: "in 2014, when" but not
        # "the Dec. 31 deadline set when ..."
        return sum(1 for i in range(v.end, seg.start) if not light_word(s, i, frozenset())) == 0
    return seg.start > 0 and s.forms[seg.start - 1] in s.lang.time_nouns
