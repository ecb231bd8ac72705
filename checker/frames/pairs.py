"""Numbers that go together in a sentence: the two ends of a change ("fell from 7,500 to 3,500"),
and a number joined or compared to the one before it ("2,500 in Iraq and about 900 in Syria").
Such a pair counts one thing, so linking gives the second the first's noun and key."""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.found import Span


def coordinated(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a coordinator stands in tokens lo..hi ("2,500 troops in Iraq and about 900 in Syria"):
    only then does a number without a noun share the noun of the number before it."""
    for i in range(lo, hi + 1):
        if i >= len(s):
            break
        if s.forms[i] in s.lang.carry:
            return True
        w = s.words[i]
        if s.lang.code == "ar" and w.startswith("و") and (len(w) > 3 or frozenset({w[1:]}) in s.lang.prepositions) \
                and frozenset({w}) not in s.lang.waw_radical:
            return True  # «ونحو», and «وفي» (و + في) before the next place (not «وفاة»: its و is its own)
    return False


def change_source(s: Sentence, v: Span, others: list[Span]) -> Span | None:
    """The number a change to ``v`` comes from, when the change has happened ("shrank from 5,200
    troops to 2,500", «تقلص ... من نحو 7500 ... إلى قرابة 3500»): the pair counts one thing in one place."""
    i = v.start - 1
    if i < 0 or s.forms[i] not in s.lang.target:
        return None
    seg = s.segment_of[v.start]
    for o in sorted((o for o in others if o.end <= i and s.segment_of[o.start] == seg), key=lambda o: -o.start):
        j = o.start - 1
        while j >= 0 and s.forms[j] in s.lang.function and s.forms[j] not in s.lang.source:
            j -= 1
        if j < 0 or s.forms[j] not in s.lang.source:
            return None
        # only a change that has happened: "will cut from 5,200 to 3,000" plans its second number,
        # "were being reduced from 5,200 to 3,000" has not reached it
        done = [k for k in range(max(0, j - 10), j) if s.forms[k] in s.lang.changed and s.segment_of[k] == seg]
        return o if done and not _under_way(s, done[0]) else None
    return None


def _under_way(s: Sentence, k: int) -> bool:
    """A change word after a word of plan or of a change in progress ("will be reduced", "being
    reduced", «سيتم خفض»): not yet the level it names."""
    return any(s.forms[i] in s.lang.plan or s.forms[i] in s.lang.progressive for i in range(max(0, k - 3), k))


def change_amount(s: Sentence, v: Span) -> bool:
    """"surged by more than 3,000", «ارتفع بمقدار 300»: the size of a change, which counts no noun
    of its own, so a level said after it ("and is now at 12,391") still takes the subject's noun."""
    i = v.start - 1
    return i > 0 and s.forms[i] in s.lang.change_preps and (s.forms[i - 1] in s.lang.changed or s.forms[i - 1] in s.lang.change)


def change_target(s: Sentence, v: Span, others: list[Span]) -> Span | None:
    """The number a change goes to, said just before the one it starts from ("to 2,500 from 3,000")."""
    i = v.start - 1
    if i < 1 or s.forms[i] not in s.lang.source:
        return None
    return next((o for o in others if o.end == i and o.start > 0 and s.forms[o.start - 1] in s.lang.target), None)


def shared_with(s: Sentence, v: Span, others: list[Span]) -> Span | None:
    """The number before ``v`` that ``v`` is joined or compared to, a few words on: "and", "along
    with another", "more than twice the" (``_partner_noun``)."""
    seg = s.segment_of[v.start]
    near = (seg, seg - 1, s.segments[seg].attach)  # (or the clause an aside broke: "3,500, according to officials, down from 7,000")
    o = max((o for o in others if o.end <= v.start and s.segment_of[o.start] in near), key=lambda o: o.end, default=None)
    # the clause may start between them (", along with another 900"), past an aside saying who said it
    starts = {s.segments[seg].start} | {x.start for x in s.segments if x.kind == "attribution"}
    if o is None or v.start - o.end > 10 or any(s.broken(i) and i not in starts for i in range(o.end + 1, v.start + 1)):
        return None
    j = v.start - 1
    while j > o.end and s.forms[j] in s.lang.determiners:
        j -= 1  # "more than twice the 900"
    if not coordinated(s, max(o.end, v.start - 1), v.start) and not (j >= o.end and s.forms[j] in s.lang.compared):
        return None  # the coordinator right before the number (or written on it), or a word comparing it
    return o
