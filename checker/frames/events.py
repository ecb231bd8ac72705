"""Linking in one sentence: which event a date or a place belongs to.

A date or place belongs to the nearest event in its clause, or in the clause
its clause hangs on, unless something makes it another act's: a verb of
saying or travel just before it (the report's or journey's date), another
event's noun between (an agreement, a trial, an anniversary), or nothing of
an event at all (a date that recurs "every year"). Every refusal is a
``Reject`` with a reason, for ``--explain``. Numbers and what they count are
``checker.frames.link``'s.
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.saying import during_event, reported, said_before, says_between
from checker.frames.displaced import announced_before, announced_next, announced_that, before_clause, cleft, fronted, of_series, subject_next
from checker.frames.landmarks import agent_of_reduced, befallen, offset_from, since_apart
from checker.frames.ordinal import day_of
from checker.frames.head import participle_form, possessor
from checker.frames.link import MAX_DATE_DISTANCE, MAX_INNER_DISTANCE, Reject, Span, word_distance
from checker.frames.reach import clause_of, reachable, relation

def other_event_between(s: Sentence, v: Span, t: Hit, own_clause: bool = False) -> int | None:
    """A noun of another event between a date and the event ("agreed on the 10th on a plan
    to withdraw combat forces"): the date is the plan's, not the withdrawal's. With the event in
    another clause, only such a word in the date's own clause counts ("ahead of the December 31
    deadline agreed in July")."""
    lo, hi = (v.end, t.start) if v.end <= t.start else (t.end, v.start)
    own = s.segments[s.segment_of[v.start]]
    if (own_clause and own.kind == "relative" and own.start and s.forms[own.start - 1] in s.lang.other_events
            and not t.start <= own.start - 1 < t.end):  # (the antecedent may be the rule's own event: "the elections which")
        return own.start - 1  # "..., and a ceasefire that began on May 22": the clause dates its antecedent
    if v.end < t.start and v.end < len(s) and s.forms[v.end] in s.lang.deadlines:
        return None  # "the December 31 deadline agreed between Baghdad and Washington for the withdrawal": the deadline's date
    for i in range(lo, hi):
        if s.lang.code == "ar" and i + 1 == t.start and s.forms[i] in s.lang.achieving:
            continue  # «أعلن تحقيق النصر»: achieving the event is the event itself
        if s.forms[i] in s.lang.other_events and (not own_clause or s.segment_of[i] == s.segment_of[v.start]):
            return i
    if v.end < t.start and not own_clause:  # (not "the July 23 session": the date is the noun's own)
        # "sealed an agreement on Monday formally ending the combat mission", «اتفقا ... في 26 تموز على
        # إنهاء الدور القتالي»: the other event said just before the date, the event after it
        for i in range(v.start - 1, max(-1, v.start - 9), -1):
            if s.segment_of[i] != s.segment_of[v.start]:
                break
            if s.forms[i] in s.lang.other_events:
                return i
    return None


def governed(s: Sentence, t: Hit) -> int | None:
    """«حملة استعادة الأراضي», "the campaign to retake": another act's noun governing the event
    noun makes the event its aim; a date said of the phrase is that act's (but «تحقيق النصر»,
    achieving the victory, is the victory)."""
    lang = s.lang
    i = t.start - 1
    if i >= 0 and lang.code == "ar" and s.forms[i] in lang.other_events and s.forms[i] not in lang.achieving:
        return i
    if i >= 1 and lang.code == "en" and s.words[i] in ("to", "of") and s.forms[i - 1] in lang.other_events:
        return i - 1
    return None


def remembered(s: Sentence, v: Span, t: Hit) -> bool:
    """"marked the first anniversary of its victory on Monday", «ويستذكر العراقيون اليوم إعلان النصر»:
    an event remembered is years old; a date that does not name its year dates the remembering, and
    so does one said before the word of remembering ("gathered on December 10, 2017, to celebrate the
    end of the war"), year or not."""
    words = [i for i in range(max(0, t.start - 6), t.start)
             if s.forms[i] in s.lang.remembered and s.segment_of[i] == s.segment_of[t.start]]
    if any(len(w) == 4 and w.isdigit() for w in s.words[v.start:v.end]):
        # "On the second anniversary of the victory, in December 2019": a date set off after the
        # remembered event, in a phrase of its own, dates the remembering, year or not (but "its
        # victory, declared on Dec. 9, 2017": a clause describing the event dates it)
        seg = s.segments[s.segment_of[v.start]]
        set_off = seg.kind == "adjunct" and seg.attach == s.segment_of[t.start] and ")" not in s.gap(seg.start)
        return any(v.end <= i for i in words) or bool(words) and v.start >= t.end and set_off
    return bool(words)


def _participle_of_noun(s: Sentence, v: Span) -> int | None:
    """"the deal reached in July", "the accord signed on Monday": a noun of another event, a participle
    right after it, and only small words up to the date (a place named between may be an event's
    own: "the agreement sealed at the White House on Monday"). Gives the noun's index."""
    seg = s.segment_of[v.start]
    if v.end < len(s) and not s.broken(v.end) and s.forms[v.end] not in s.lang.function:
        return None  # "an agreement reached at the July 23 session": the date is the session's
    for i in range(v.start - 2, max(-1, v.start - 9), -1):
        if s.segment_of[i] != seg or s.broken(i + 1):
            return None
        named = s.forms[i] in s.lang.other_events or s.forms[i] in s.lang.deadlines  # "the deadline set in July"
        if named and i + 1 < v.start and participle_form(s, i + 1):
            between = range(i + 2, v.start)
            return i if all(s.forms[k] in s.lang.function or s.forms[k] in s.lang.prepositions for k in between) else None
    return None


def own_noun(s: Sentence, v: Span, events: frozenset[int] = frozenset()) -> str | None:
    """Why a date belongs to no event at all: it qualifies another event's noun ("the July
    agreement", «اتفاق تموز») or recurs ("on December 10 every year", «من كل عام»). The rule's
    own event words (``events``, token indexes) are no other event: "the October 10 election"
    dates an election rule's election, "the August 20 visit" a visit rule's visit."""
    lang = s.lang
    beside = v.end if lang.code == "en" else v.start - 1
    if (0 <= beside < len(s) and s.forms[beside] in lang.other_events and beside not in events
            and not s.broken(max(beside, v.start))):
        return f"it qualifies «{s.words[beside]}»"
    if (v.end - v.start == 1 and v.start and s.forms[v.start] in lang.figurative_days and not s.broken(v.start)
            and s.forms[v.start - 1] not in lang.day_heads and v.start - 1 not in events):
        return f"«{s.words[v.start - 1]} {s.words[v.start]}» says former, not a day"  # «حليفي الأمس»
    if lang.code == "en":  # "the 2008 Strategic Framework Agreement": the head after a name's words
        for i in range(v.end + 1, min(len(s), v.end + 4)):
            if s.broken(i) or s.forms[i - 1] in lang.function or not s.capitalised(i - 1):
                break
            if s.forms[i] in lang.other_events and i not in events:
                return f"it qualifies «{' '.join(s.words[v.end:i + 1])}»"
    if lang.code == "en" and (noun := _participle_of_noun(s, v)) is not None:
        return f"it dates «{' '.join(s.words[noun:noun + 2])}»"  # "under the deal reached in July"
    for i in range(v.end, min(len(s), v.end + 3)):
        if s.broken(i) or s.segment_of[i] != s.segment_of[v.start]:
            break
        if s.forms[i] in lang.recurring:
            return f"it recurs («{s.words[i]}»)"
    if v.start and s.forms[v.start - 1] in lang.recurring and not s.broken(v.start):
        return f"it recurs («{s.words[v.start - 1]}»)"  # "every December 10"
    for i in range(max(0, v.start - 4), v.start - 1):  # "every year on December 10", «كل عام في العاشر من كانون الأول»
        if s.forms[i] in lang.recurring and s.forms[i + 1] in lang.time_nouns and not any(s.broken(j) for j in range(i + 1, v.start + 1)):
            return f"it recurs («{s.words[i]} {s.words[i + 1]}»)"
    # "2016 will be the year of final victory", «إن عام 2016 سيكون عام الانتصار»: a time said to
    # be, in the future, the time of the event is a forecast, not a date the event had
    if v.end < len(s) and s.forms[v.end] in lang.will_be and not s.broken(v.end):
        if lang.code == "ar" or (v.end + 1 < len(s) and s.words[v.end + 1] == "be"):
            return f"a forecast («{s.words[v.end]}»)"
    return None


def _possessed(s: Sentence, v: Span, triggers: list[Hit]) -> Hit | None:
    """"yesterday's spectacular blast", "Monday's 7.8-magnitude earthquake": a date with a possessive
    's before the event noun (an adjective or two, or a value, between) names the event's day,
    whatever verb of saying stands before it."""
    if not possessor(s, v.end - 1):
        return None
    return next((t for t in triggers if v.end < t.start <= v.end + 3 + _value_words(s, v.end + 1, v.end + 6) and t.source != "pronoun"
                 and s.segment_of[t.start] == s.segment_of[v.start]
                 and not any(s.broken(i) for i in range(v.end + 1, t.start + 1))), None)


def _value_words(s: Sentence, lo: int, hi: int) -> int:
    """How many words of a value ("Monday's 7.8-magnitude earthquake") stand in lo..hi-1."""
    return sum(1 for i in range(lo, min(hi, len(s))) if i in s.value_starts or i in s.inside_values)


def event_of(s: Sentence, v: Span, triggers: list[Hit], preferred: set, announced: bool = False,
             covered: frozenset[int] = frozenset(), place: list[Hit] | None = None,
             series: list[Hit] = ()) -> tuple[Hit, int]:
    """The event a date or place belongs to: in its clause group; a named event ("the third
    round") before one referred to ("the talks"), then the same segment, then the nearest."""
    owned = _possessed(s, v, triggers) if not announced else None
    if owned is not None:  # "yesterday's blast", "Tuesday's explosion": the day is the event's own
        return owned, 0
    if not announced and possessor(s, v.end - 1) and v.end + 1 < len(s):
        # "paved the way for Monday's announcement": the day is what it possesses, another event's
        raise Reject(f"«{s.words[v.end - 1]}'s {s.words[v.end + 1]}»: the day is of what it possesses")
    if not announced and (reported(s, v, triggers, place) or (
            s.segments[s.segment_of[v.start]].kind == "attribution" and not during_event(s, v, triggers))):
        raise Reject("the date of a report or a journey (a verb of saying or travel just before it)")
    why = own_noun(s, v, frozenset(i for t in triggers if t.source != "pronoun" for i in range(t.start, t.end)))
    if why:
        raise Reject(f"a date of no event: {why}")
    sv = s.segment_of[v.start]
    own = s.segments[sv]
    # "the US capital, where the prime minister will join next week": a clause about a place keeps its dates
    group = {sv} if own.kind == "relative" and s.forms[own.start] in s.lang.place_relative else s.group(sv)
    cands = [t for t in triggers if s.segment_of[t.start] in group and reachable(s, v, t)]
    if own.kind == "relative" and any(t.end == own.start for t in cands):
        # "the earthquake that struck ... on February 5 was followed by a second quake": a relative
        # clause says when its antecedent happened; an event named after the date is another's
        cands = [t for t in cands if not (s.segment_of[t.start] == sv and t.start >= v.end)]
    if not cands and announced:
        cands = announced_next(s, v, triggers) or announced_that(s, v, triggers) or announced_before(s, v, triggers)
    if not cands:
        cands = (subject_next(s, v, triggers) or fronted(s, v, triggers, announced) or cleft(s, v, triggers)
                 or before_clause(s, v, triggers))
    if not cands:
        raise Reject("no event word in the value's clause")
    dist = {id(t): word_distance(s, v, t, covered) for t in cands}
    best = min(cands, key=lambda t: (relation(s, s.segment_of[v.start], s.segment_of[t.start]), sum(dist[id(t)]),
                                     (t.start, t.end) not in preferred, t.start))
    words = " ".join(s.words[best.start:best.end])
    outer, inner = dist[id(best)]
    if outer > MAX_DATE_DISTANCE or inner > MAX_INNER_DISTANCE:
        raise Reject(f"too far from «{words}»")
    j = best.start - 1
    while j > 0 and s.forms[j] in s.lang.determiners:
        j -= 1  # "over the collapse"
    announcing = announced and (j > 0 and (s.forms[j - 1] in s.lang.saying_nouns or s.forms[j - 1] in s.lang.reporting)
                                or best in announced_next(s, v, [best]))
    if v.end <= best.start and j >= 0 and s.forms[j] in s.lang.topic and not announcing:  # («الإعلان عن تحرير»: the event announced)
        raise Reject(f"«{words}» is the topic of another act («{s.words[j]} {words}»)")
    day = day_of(s, best)
    if day is not None:
        raise Reject(f"«{s.words[day]}» counts a day of «{words}»: the date is that day's")
    span = offset_from(s, v, best)
    if span is not None:
        raise Reject(f"«{s.words[span]}» counted off «{words}»: the date is of what came then")
    reduced = agent_of_reduced(s, v, best)
    if reduced is not None:
        raise Reject(f"«{words}» is the agent of «{s.words[reduced]}»: the date is the clause's verb's")
    victims = befallen(s, v, best)
    if victims is not None:
        raise Reject(f"«{words}» is what befell the «{s.words[victims]}»: the date is another clause's")
    head = governed(s, best)
    if head is not None and not (announced and s.forms[head] in s.lang.saying_nouns):  # a victory's announcement dates it
        raise Reject(f"«{s.words[head]}» governs «{words}»: the date is its")
    if of_series(s, v, best, series):
        raise Reject(f"a clause about the series, not «{words}» (\"a dialogue that began last June\")")
    if since_apart(s, v, best, covered):
        raise Reject(f"«{words}» and the date stand on either side of a «since» phrase")
    if remembered(s, v, best):
        raise Reject(f"«{words}» is remembered: the date is the remembrance's")
    if not announced and (said_before(s, v, best) or says_between(s, v, best)):
        raise Reject(f"the date or place of a report whose content is «{words}»")
    same = clause_of(s, s.segment_of[best.start]) == clause_of(s, s.segment_of[v.start])
    if (v.end <= best.start and best.start and s.forms[best.start - 1] in s.lang.infinitive
            and s.segments[s.segment_of[best.start]].attach == s.segment_of[v.start]):
        # "wrapped up their talks this week, clearing the way for Biden to receive Kadhimi": a clause hanging
        # on the date's says, with an infinitive, what is still to come ("On Monday, rain caused two dams
        # to burst": the date's clause hangs on the event's, and dates it)
        raise Reject(f"«{s.words[best.start - 1]} {words}» is still to come after the clause the date is in")
    other = other_event_between(s, v, best, own_clause=not same)
    if other is not None:
        raise Reject(f"«{s.words[other]}» stands between it and «{words}»: it dates that")
    rose = _count_verb_between(s, v, best)
    if rose is not None:  # "the toll from the earthquake climbed above 15,000 on Wednesday"
        raise Reject(f"«{s.words[rose]}» stands between it and «{words}»: the date is the count's")
    # between rules, an event in the value's clause or one it hangs on beats one in a clause hanging on it
    later = relation(s, s.segment_of[v.start], s.segment_of[best.start]) == 2
    return best, 100 * later + outer + inner






def _same_day(a, b) -> bool:
    va, vb = getattr(a, "value", ""), getattr(b, "value", "")
    return getattr(a, "precision", None) == getattr(b, "precision", None) == "day" and va[4:] == vb[4:]


def _within(a, b) -> bool:
    """Whether date ``a`` falls inside the coarser date ``b`` (9 December 2017 inside 2017)."""
    lo, hi = getattr(a, "earliest", None), getattr(a, "latest", None)
    blo, bhi = getattr(b, "earliest", None), getattr(b, "latest", None)
    return None not in (lo, hi, blo, bhi) and blo <= lo and hi <= bhi and (blo, bhi) != (lo, hi)


def restated(s: Sentence, cands: list, say=None, rule=None) -> list:
    """"Ten years ago today, on June 10, 2014, ...", «قبل عشر سنوات، وتحديدا في صيف 2014»: a full date
    (a year and a part of it) set off by commas right after other dates restates them; the sentence
    gives one date, the full one. A coarser date set off after a full one ("on 9 December 2017,
    four years ago last week") says it again, less precisely."""
    drop: dict[int, str] = {}
    for k, b in enumerate(cands):
        seg = s.segments[s.segment_of[b.span.start]]
        full = getattr(b.detail, "precision", None) in ("day", "month", "season", "quarter", "half") and any(
            len(w) == 4 and w.isdigit() for w in s.words[b.span.start:b.span.end])
        set_off = seg.kind == "adjunct" and seg.attach is not None and s.only_values(seg)
        if set_off and not full and k and s.segment_of[cands[k - 1].span.start] == seg.attach \
                and _same_day(cands[k - 1].detail, b.detail):
            drop[k] = "the day before it said again"  # "three years ago today, on December 9", «الاثنين (20 شباط)»
            continue
        if set_off and k and s.segment_of[cands[k - 1].span.start] == seg.attach and _within(cands[k - 1].detail, b.detail):
            drop[k] = "the date before it said again, less precisely"
            continue
        if not (full and set_off):
            continue
        end = seg.start
        for j in range(k - 1, -1, -1):  # the dates that end the clause just before, back to back
            a = cands[j]
            between = range(a.span.end, end)  # values a rule's constraints left out may stand between
            if any(i not in s.value_starts and i not in s.inside_values for i in between) or s.segment_of[a.span.start] != seg.attach:
                break
            drop[j] = "restated by the full date after it"
            end = a.span.start
    for j in sorted(drop):
        if say:
            say(rule, f"«{cands[j].text}» not taken: {drop[j]}")
    return [c for j, c in enumerate(cands) if j not in drop]


def _count_verb_between(s: Sentence, v, best) -> int | None:
    """A verb of a count's rising or standing ("climbed", "rose", "stood") between an event noun and a
    date after it: the date tells when the count moved, not when the event happened (English: an
    Arabic verb comes before its subject and its date alike)."""
    if s.lang.code != "en" or v.start < best.end:
        return None
    # (not one of a relative clause the date is not in: "the two dams that stood above the city, on 11 September")
    own = s.segment_of[v.start]
    return next((i for i in range(best.end, v.start) if s.forms[i] in s.lang.reaching and i not in s.inside_values
                 and not (s.segment_of[i] != own and s.segments[s.segment_of[i]].kind == "relative")), None)
