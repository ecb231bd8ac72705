"""The claim made of a value once it is linked: its as-of date and its evidence.

Kept apart from ``checker.frames.value`` (which values a frame may claim at
all): what is recorded about a claim, and where its as-of date came from,
is asked only of values that have been linked.
"""

from __future__ import annotations

from checker.claimtext import as_of_value, label, unresolved
from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.head import possessor
from checker.frames.locate import time_landmark
from checker.frames.segment import time_only
from checker.frames.value import Candidate, mention_spans
from checker.models import Claim, Evidence, value_mod


def as_of(s: Sentence, c: Candidate, published, section: str | None = None) -> tuple[str | None, str]:
    """The time a claim speaks of: a dated word in the value's own clause (not one after "since"), or in a time phrase that
    opens the sentence and sets the time of that clause ("As of July 2021, roughly 2,500 troops were
    based in Iraq", "In 2007, ..."), else the day heading its section of a timeline (``sections``),
    else publication."""
    seg = s.segment_of[c.span.start]
    opening = _opening_time(s, seg)
    # "the quake that struck Izmit on Aug. 17, 1999, which killed about 17,000": a count said in a
    # relative clause set off by a comma holds when the clause it describes is dated, if its own
    # clause has no date (not «... التي كانت تقدر بنحو ثلث»: a relative run on, which may say another time)
    own = s.segments[seg]
    described = own.attach if (own.kind == "relative" and own.attach is not None and own.attach < seg
                               and not {",", "،"}.isdisjoint(s.gap(own.start))) else None
    # "- The Izmit quake (17 August 1999): more than 17,000 dead": a figure set off after a date
    # that stands alone in its phrase is of that date
    if described is None and own.kind == "adjunct" and own.attach is not None and own.attach < seg \
            and time_only(s, s.segments[own.attach]):
        described = own.attach
    when = _when_clause_date(s, seg)
    if when is not None:  # "since Wednesday, when the ministry counted 135 dead": that Wednesday
        return as_of_value(when), "sentence"
    best, segs = None, s.segments
    counted = c.mention is not None and c.mention.value.kind == "quantity"
    for m, span in zip(s.prepared.mentions, mention_spans(s.prepared)):
        if span is None or m is c.mention or m.value.kind != "date" or unresolved(m) or "X" in m.value.value:
            continue
        if c.span.start <= span.start < c.span.end:
            continue  # one end of the value's own range
        if _event_possessive(s, span):
            continue  # "158 people have been killed by Tuesday's explosion": the day is the explosion's
        if time_landmark(s, span):
            continue  # "400,000 have crossed since April 15", "since the rains began on June 14": when the
            # state began, not when the count held
        k = s.segment_of[span.start]
        hung = k != seg and _time_of(s, k, seg)
        # "the more than 17,000 people killed when a quake struck near Izmit in August 1999": a
        # "when" clause on the value's clause says when the count held
        when_clause = segs[k].kind == "relative" and segs[k].attach == seg and s.forms[segs[k].start] in s.lang.time_relative
        # "the roughly 170,000 American troops who had been stationed in Iraq at the height of the 2007
        # surge": a clause defining the people counted, right after them, with no comma, says when
        defining = (counted and segs[k].kind == "relative" and segs[k].attach == seg and not s.broken(segs[k].start)
                    and 0 <= segs[k].start - c.span.end <= 3)
        # "announced on Tuesday that the death toll had reached 5,300": a count reported in a clause
        # hanging on a verb of saying holds on the day it was reported
        said_in = segs[seg].attach if counted and segs[seg].kind == "complement" else None
        if counted and segs[seg].kind == "resumed" and segs[seg].attach is not None and segs[segs[seg].attach].kind == "complement":
            said_in = segs[segs[seg].attach].attach  # (resumed past a relative clause on the said clause's subject)
        # (also when the date opens the clause of saying: "By 13 September the Red Crescent was saying that ...")
        # («وفي اليوم التالي، 12 أيلول، أعلنت الوزارة أن ...»: any of the phrases of time opening the sentence)
        reported = said_in is not None and (said_in == k or k == 0 and segs[0].kind == "adjunct" and segs[0].attach == said_in
                                            or k < said_in and all(segs[j].kind == "adjunct" for j in range(said_in))) \
            and any(s.forms[i] in s.lang.reporting for i in range(segs[said_in].start, segs[said_in].end))
        # "the IFRC's estimate of about 10,000 missing, given on 12 September, ...": a participle of giving
        # out a figure, set off right after the count, says the day it was given
        # («، الصادر يوم الاثنين،»: the Arabic participle with its article opens what reads as a clause)
        given = (counted and k == seg + 1 and segs[k].attach in (seg, None) and segs[k].kind in ("participial", "clause")
                 and s.forms[segs[k].start] in s.lang.figure_given and 0 <= segs[k].start - c.span.end <= 6)
        if k != seg and k != opening and k != described and not hung and not when_clause and not defining and not reported \
                and not given:
            continue
        d = abs(span.start - c.span.start) + (0 if k == seg else len(s) if k == opening or hung or reported or given else 2 * len(s))  # the own clause's date first
        if best is None or d < best[0]:
            best = (d, m)
    if best is not None:
        return as_of_value(best[1]), "sentence"
    if section is not None:
        return section, "heading"
    if published is not None:
        return published.isoformat(), "published"
    return None, "unknown"


def other_time(s: Sentence, c: Candidate, when: tuple[str | None, str], spec, published) -> str | None:
    """Why a figure speaks of another time than the rule's ``years``, or None: a date of its clause
    ("By the end of 2016 the group held less than 10 percent") or a word of the present ("IS now
    holds") under a rule whose figure is of 2014. A figure the sentence does not date is kept: its
    publication date says when it was written, not when the figure held."""
    if not spec.years or c.mention is None or c.mention.value.kind != "quantity":
        return None
    value, source = when
    if source == "sentence" and value and value[:4].isdigit() and _own_date(s, c, value):
        year, said = int(value[:4]), f"a figure of {value[:4]}"
    elif source == "published" and published is not None and (now := next((
            i for i in range(*_bounds(s, c)) if s.forms[i] in s.lang.present), None)) is not None:
        year, said = published.year, f"a figure of the time of writing («{s.words[now]}», {published.year})"
    else:
        return None
    lo, hi = spec.years
    return None if lo <= year <= hi else f"{said}, outside {lo}–{hi}"


def _own_date(s: Sentence, c: Candidate, value: str) -> bool:
    """Whether the as-of date stands in the figure's own clause or a time phrase opening the sentence
    on it: a date of the clause a relative one hangs on («يستذكر العراقيون اليوم سقوط الموصل ...، الذي
    بسط سيطرته لاحقا على 40 بالمئة») dates the remembering, not the figure."""
    seg, segs = s.segment_of[c.span.start], s.segments
    for m, span in zip(s.prepared.mentions, mention_spans(s.prepared)):
        if span is None or m.value.kind != "date" or as_of_value(m) != value:
            continue
        k = s.segment_of[span.start]
        if k == seg or k == 0 and segs[0].kind == "adjunct" and segs[0].attach == seg:
            return True
    return False


def _bounds(s: Sentence, c: Candidate) -> tuple[int, int]:
    seg = s.segments[s.segment_of[c.span.start]]
    return seg.start, seg.end


def _when_clause_date(s: Sentence, seg: int):
    """The date a "when" clause holding the value hangs on, said just before it ("since Wednesday,
    when the ministry counted 135 dead", «يوم الأربعاء، حين أحصت الوزارة 135 قتيلا»)."""
    own = s.segments[seg]
    if own.kind != "relative" or own.attach is None or s.forms[own.start] not in s.lang.time_relative:
        return None
    for m, span in zip(s.prepared.mentions, mention_spans(s.prepared)):
        if (span is not None and m.value.kind == "date" and span.end == own.start and not unresolved(m)
                and "X" not in m.value.value and s.segment_of[span.start] == own.attach):
            return m
    return None


def _event_possessive(s: Sentence, span) -> bool:
    """"Tuesday's explosion": a day in the possessive names what happened then, unless what it
    possesses is the tally itself ("Tuesday's toll", "Monday's figure")."""
    e = span.end
    if e + 1 >= len(s) or not possessor(s, e - 1):
        return False
    return not any(s.forms[i] in s.lang.tallies for i in range(e + 1, min(len(s), e + 4)))


def _time_of(s: Sentence, k: int, seg: int) -> bool:
    """"the figure of about 2,000 given by the prime minister, Osama Hamad, on Monday": a time phrase
    set off by commas after the value's clause (past a name set off beside it) is that clause's time."""
    segs = s.segments
    if segs[k].kind != "adjunct" or not time_only(s, segs[k]) or any(  # (not "down from 5,200 at the start of 2020")
            span is not None and s.segment_of[span.start] == k and m.value.kind != "date"
            for m, span in zip(s.prepared.mentions, mention_spans(s.prepared))):
        return False
    for _ in range(3):
        k = segs[k].attach
        if k is None:
            return False
        if k == seg:
            return True
        if segs[k].kind != "apposition":
            return False
    return False


def _opening_time(s: Sentence, seg: int) -> int | None:
    """The segment of a time phrase opening the sentence and hanging on clause ``seg`` (not one of
    "since": that says when a state began, not when the count was said to hold)."""
    first = s.segments[0]
    if seg == 0 or first.kind != "adjunct" or first.attach != seg or s.forms[first.start] in s.lang.since:
        return None
    return 0


def claim_of(rule, s: Sentence, c: Candidate, t: Hit, key, shown, context, sentence, article, lang, when) -> Claim:
    sent, base = s.prepared, sentence.start
    if c.mention is not None:
        vs, ve = c.mention.start, c.mention.end
    elif getattr(c, "source_span", None):
        vs, ve = c.source_span
    else:
        vs, ve = sent.nt.to_source(sent.spans[c.span.start][0], sent.spans[c.span.end - 1][1])
    # (a hit with no words of its own, an answer's: the value is all the evidence)
    ts, te = sent.nt.to_source(sent.spans[t.start][0], sent.spans[t.end - 1][1]) if t.end > t.start else (vs, ve)
    detail = c.detail
    return Claim(
        rule=rule.id, key=key, key_label=label(rule, shown), type=rule.value_type,
        value=detail.plain(), mod=value_mod(detail), detail=detail,
        article=article.info.id, language=lang, as_of=when[0], as_of_source=when[1],
        evidence=Evidence(
            start=base + min(vs, ts), end=base + max(ve, te),
            quote=article.text[sentence.start : sentence.end], quote_start=base,
            value_start=base + vs, value_end=base + ve,
        ),
        context=context,
    )
