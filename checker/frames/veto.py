"""Words that veto a value: "killed", «سحب», "additional" just around a number and its noun
make it a count of something else (casualties, a withdrawal, reinforcements), and a proportion's
subject makes a share another place's. Asked by the frame reader after the owner is settled
(``checker.frames.owner``); every veto is a word the rule lists in ``not``.
"""

from __future__ import annotations

from checker.frames.bounds import already_particle
from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.head import participle_form
from checker.frames.link import Span
from checker.frames.pairs import coordinated


def _definite(s: Sentence, v: Span) -> bool:
    """A number with "the", "all" or the Arabic article on it («الـ2500 جندي») names a whole group."""
    w = s.words[v.start]
    if s.lang.code == "ar" and w.startswith("ال") and w[2:3].isdigit():
        return True
    return v.start > 0 and s.forms[v.start - 1] in s.lang.wholes


def _proportion_subject(s: Sentence, v: Span) -> tuple[int, int] | None:
    """Where the subject of a word of proportion before the value stands ("Nineveh, which makes
    up 7 percent of Iraq", «وتشكل محافظة نينوى ... 7 في المئة»): the words just around it."""
    group = s.group(s.segment_of[v.start])
    for i in range(v.start - 1, max(-1, v.start - 14), -1):
        if s.segment_of[i] in group and s.forms[i] in s.lang.proportion:
            return max(0, i - 4), min(len(s), i + 4)
    return None


def _countries(s: Sentence) -> list[Hit]:
    from checker.frames.concepts import resolve

    return s.lookup(resolve(("@countries",), {}, s.lang.code))


def _a_country(s: Sentence, h: Hit) -> bool:
    return any(c.start == h.start for c in _countries(s))


def _with_another_country(s: Sentence, h: Hit, veto: list[Hit]) -> bool:
    """"Swathes of Iraq and Syria", «العراق وسوريا»: a country vetoed beside one that is not
    names both; the claim is still the other's."""
    countries = _countries(s)
    if not any(c.start == h.start for c in countries):
        return False
    vetoed_at = {i for o in veto for i in range(o.start, o.end)}
    joined_before = h.start >= 1 and (s.forms[h.start - 1] in s.lang.range_joiners or (
        s.lang.code == "ar" and s.words[h.start].startswith("و")))
    for c in countries:
        if c.start in vetoed_at or c.start == h.start:
            continue
        # «الحدود السورية العراقية», "the Syrian-Iraqi border": two countries side by side name both
        after = c.start == h.end + 1 and s.forms[h.end] in s.lang.range_joiners or c.start == h.end
        before = (joined_before and c.end == h.start - 1) or c.end == h.start
        if after or before:
            return True
    return False


def _listed_more(s: Sentence, v: Span, h: Hit, others: list[Span]) -> bool:
    """"900 troops in Syria, and 2,500 more in neighboring Iraq", "2,500 troops in Iraq, and an
    additional 900 in Syria": "more" right after a number (or "additional" right before one with
    no noun after it), a place next and another number before, lists one more place's count."""
    if not any(o.end <= v.start for o in others):
        return False
    if h.start == v.end and s.forms[h.start] in s.lang.listed_more:
        return _place_next(s, h.end)
    return h.end == v.start and s.forms[h.start] in s.lang.listed_more_before and v.end < len(s) and s.forms[v.end] in s.lang.venue


def _place_next(s: Sentence, i: int) -> bool:
    """A place named next: "in Syria", or past words saying where it lies ("across the border in
    Syria"): prepositions, determiners and the language's `border` nouns."""
    for j in range(i, min(len(s), i + 4)):
        if s.broken(j) and j > i:
            return False
        if s.forms[j] in s.lang.venue:
            return True
        if not (s.forms[j] in s.lang.prepositions or s.forms[j] in s.lang.determiners or s.forms[j] in s.lang.border):
            return False
    return False


def _of_another_value(s: Sentence, h: Hit, others: list[Span]) -> bool:
    """"A third of Syria and 40 percent of Iraq": a name that another number is of vetoes only that
    one; so does a noun said before its own number («إلى 1541 والجرحى إلى 9733»: the injured's)."""
    return any((o.end <= h.start and h.start - o.end <= 2 and all(
        s.forms[i] in s.lang.function for i in range(o.end, h.start))) or (
        h.end <= o.start and o.start - h.end <= 2 and all(s.forms[i] in s.lang.function for i in range(h.end, o.start))
        and not any(s.broken(i) for i in range(h.end, o.start + 1))) for o in others)


def _previous_conjunct(s: Sentence, v: Span, t: Hit, h: Hit, others: list[Span]) -> bool:
    """"1,305 people had died and 1,832 were injured": a veto word before "and" and the value, after
    another number of its own conjunct, is that number's, when the value's own noun or verb stands
    after the veto word (a number that takes the noun of the one before shares its words too)."""
    if h.end > v.start or t.start < h.end or not coordinated(s, h.end, v.start - 1):
        return False
    seg = s.segment_of[h.start]
    return any(o.end <= h.start and s.segment_of[o.start] == seg and not coordinated(s, o.end, h.start - 1)
               for o in others)


def _next_subject(s: Sentence, v: Span, h: Hit) -> bool:
    """A veto word after the value that opens the next conjunct's noun phrase: "and" and articles
    only between ("7.7 and a second one"), or Arabic «و» and the article on it right after («والثاني»)."""
    if s.lang.code == "ar":
        return h.start == v.end and s.words[h.start].startswith("وال") and h.start not in s.value_starts
    i = v.end + (v.end + 1 < h.start and s.words[v.end + 1] == "and")  # (past the value's own noun: "7.8 earthquake and its aftershocks")
    if i >= h.start or s.words[i] != "and":
        return False
    return all(s.forms[j] in s.lang.indefinite or s.forms[j] in s.lang.determiners for j in range(i + 1, h.start))


def _left_at(s: Sentence, h: Hit, t: Hit, v: Span) -> bool:
    """"leaving US troop levels at 2,500", "keeping the force at 3,000": the noun left at a level."""
    return (h.end <= t.start <= h.end + 3 and t.end < v.start and s.forms[v.start - 1] in s.lang.level_preps
            and all(s.forms[i] in s.lang.function or s.forms[i] in s.lang.level_nouns for i in range(t.end, v.start - 1)))


_WHICH_WORDS = 6  # words of a clause saying which one ("that followed it hours later") a veto word may stand in


def _agent(s: Sentence, i: int) -> bool:
    """"caused by 2,750 tonnes", "triggered by": "by" after a participle that is no change brings in
    the agent; after a change ("cut by 500", "rose by") or a noun ("the force by 500") it is one."""
    k = i - 1
    if k < 0 or s.broken(i):
        return False
    f = s.forms[k]
    return participle_form(s, k) and f not in s.lang.change and f not in s.lang.changed


def _came_from(s: Sentence, i: int) -> bool:
    """Whether word i says where from: "from", or "of" after "out"."""
    return i >= 0 and (s.forms[i] in s.lang.source or i > 0 and s.forms[i] in s.lang.prepositions
                       and s.forms[i - 1] in s.lang.source_before)


def vetoed(s: Sentence, v: Span, t: Hit, veto: list[Hit], counts: bool = False, others: list[Span] = (),
           owners: list[Hit] = ()) -> Hit | None:
    """A veto word just around the value and its noun ("killed", «سحب», "additional"), or a
    preposition of change right before the number ("cut by 500 troops"). The owner's words after
    an event do not count ("the defeat of the Islamic State group in Syria")."""
    if counts and v.start > 0 and s.forms[v.start - 1] in s.lang.change_preps and not _agent(s, v.start - 1):
        return Hit(s.words[v.start - 1], v.start - 1, v.start)
    if counts and v.end < t.start <= v.end + 3:  # "1,500 new troops": an addition
        for i in range(v.end, t.start):
            if s.forms[i] in s.lang.added_between or (i == t.start - 1 and s.forms[i] in s.lang.added_right_before):
                return Hit(s.words[i], i, i + 1)
    lo, hi = min(v.start, t.start) - 4, max(v.end, t.end) + (3 if counts else 5)
    for o in sorted(owners, key=lambda o: o.start) if not counts else ():
        if max(v.end, t.end) <= o.start < hi:
            hi += o.end - o.start
    segs = {s.segment_of[v.start], s.segment_of[t.start]}
    end = max(v.end, t.end)
    k = next((k for k in range(s.segment_of[t.start] + 1, len(s.segments)) if 0 <= s.segments[k].start - end <= 2), None)
    which = None  # "the 7.5-magnitude tremor that followed it hours later": the clause that says which one
    if k is not None and s.segments[k].kind == "relative" and s.forms[s.segments[k].start] in s.lang.restrictive:
        which = k
    # what the counted people went through, said after them in their own clause: "110 service
    # members were later diagnosed with brain injuries"
    said = counts and t.start >= v.end and t.end < len(s) and s.forms[t.end] in s.lang.auxiliary
    whole = counts and _definite(s, v)
    said_of = _proportion_subject(s, v) if counts else None
    shared = _shared_subject(s, t)
    for h in veto:
        if s.forms[h.start] in s.lang.remaining and (h.end == v.start or h.start == t.end or _left_at(s, h, t, v)):
            continue  # "a drawdown that left 2,500 troops in Iraq", "2,500 soldiers left in Iraq": what stays
        if s.forms[h.start] in s.lang.remaining and h.end < len(s) and s.forms[h.end] in s.lang.remnant_of:
            continue  # "fighting what is left of ISIS": a remnant, not troops leaving
        if _listed_more(s, v, h, others) or _of_another_value(s, h, others) or _previous_conjunct(s, v, t, h, others):
            continue
        if h.end == h.start + 1 and already_particle(s, h.start):
            continue  # «قد بلغت 4544»: «قد» before a past verb says "already", no "may" a rule vetoes
        if h.start >= v.end and _next_subject(s, v, h):
            continue  # "measured 7.7 and a second one ...", «7.7 درجات والثاني 7.6»: the next conjunct's subject
        if h.start >= v.end and h.end < len(s) and s.forms[h.end] in s.lang.vague_counts:
            continue  # "killed 200 and injured thousands", «مقتل 200 شخص وإصابة الآلاف»: the veto word's own count
        if h.end <= v.start and h.end < len(s) and s.forms[h.end] in s.lang.comparing:
            continue  # "far more than the earlier figure of 900": a comparison with it, no addition
        if h.end <= v.start and s.forms[h.start] in s.lang.change and any(
                s.forms[i] in s.lang.reaching for i in range(h.end, v.start)):
            continue  # "has been cut by half and now stands at about 2,500": the level the change left
        if s.lang.code == "en" and _came_from(s, h.start - 1) and _a_country(s, h):
            continue  # "rolled across the border from Syria", "swept out of Syria": where they came from, not where it happened
        if any(s.forms[i] in s.lang.members for i in range(max(0, h.start - 3), h.start)):
            continue  # "swept big cities, among them Mosul and Tikrit": a member of a list, not what the value is of
        if said_of is not None and said_of[0] <= h.start < said_of[1]:
            return h  # "Anbar province, which makes up a third of the country": the share is the province's
        if whole and h.end <= v.start:
            continue  # "withdrawing the 5,200 U.S. troops": the number names all there are, a level
        inside_value = v.start <= h.start < v.end
        beyond = any(min(v.start, h.start) < o.start < max(v.end, h.start) for o in others) or any(
            s.forms[i] in s.lang.vague_counts for i in range(min(v.end, h.end), max(v.start, h.start)))  # "7700 قتيل و8000 مفقود", "and thousands still missing"
        near = lo <= h.start < hi or (said and hi <= h.start < hi + 4 and s.segment_of[h.start] == s.segment_of[t.start])
        if which is not None and s.segment_of[h.start] == which and h.start - s.segments[which].start <= _WHICH_WORDS:
            return h
        opening = s.segments[s.segment_of[h.start]]
        if (opening.kind == "adjunct" and s.segment_of[h.start] == 0 and opening.attach in segs
                and (not counts or s.forms[0] in s.lang.venue)):
            return h  # "In Syria, the group at one point held about a third of the country": the opening sets the scene
        if near and s.segment_of[h.start] in segs and not inside_value and not beyond and not _with_another_country(s, h, veto):
            return h
        if shared is not None and shared[0] <= h.start < shared[1]:
            return h  # "The floods of 2010 began in late July, killed 1,985 people": the subject they share
        if h.end <= v.start and (_in_antecedent(s, v, h) and not (beyond and counts and t.start >= v.end)
                                 or _listed_adjective(s, v, h)):
            # "The second large quake that struck the region ..., measured at 7.5"; "a second, 7.5 tremor"
            # (but «عدد ضحايا الزلزال الذي ... إلى 632 قتيلا و329 مصابا»: a number past another, with its own noun after it)
            return h
        if not counts and _qualifies_owner(s, h, owners, segs) and not _with_another_country(s, h, veto):
            return h  # "its Syrian caliphate would not be declared defeated until March 2019": another's event
    return None


def _in_antecedent(s: Sentence, v: Span, h: Hit) -> bool:
    """Whether a veto word stands in the noun phrase a clause describing the value hangs on: "The second
    large quake that struck the region hours after the first, measured at 7.5 by the USGS, ...": the
    phrase's last words before the relative or participial clause that begins the chain: four in
    English, where the adjectives precede the noun; two in Arabic («الزلزال الثاني الذي»), where they
    follow it and a word further back is another phrase's («على الحدود السورية واسترجاع كامل أراضيه التي»)."""
    reach = 2 if s.lang.code == "ar" else 4
    k = s.segment_of[v.start]
    for _ in range(3):
        seg = s.segments[k]
        if seg.kind not in ("relative", "participial") or seg.attach is None or seg.attach >= k:
            return False
        head = s.segments[seg.attach]
        if s.segment_of[h.start] == seg.attach and max(head.start, seg.start - reach) <= h.start < seg.start:
            return True
        if not (seg.kind == "participial" and head.kind == "relative"):
            return False  # (a participle after a relative clause describes the relative's head too)
        k = seg.attach
    return False


def _listed_adjective(s: Sentence, v: Span, h: Hit) -> bool:
    """"a second, magnitude 7.5 tremor": a veto word after an article, set off by a comma from the
    rest of its noun phrase, which opens the value's clause."""
    return (h.end == s.segments[s.segment_of[v.start]].start and h.start > 0
            and (s.forms[h.start - 1] in s.lang.indefinite or s.forms[h.start - 1] in s.lang.determiners))


def _shared_subject(s: Sentence, t: Hit) -> tuple[int, int] | None:
    """The opening words of the sentence, when the event's clause opens with the event word itself
    and so has no subject of its own: "The floods of 2010 began in late July, killed 1,985 people",
    «فيضانات عام 2010 بدأت أواخر يوليو، وقتلت نحو 1985 شخصا»."""
    k = s.segment_of[t.start]
    if k == 0 or s.segments[k].start != t.start or s.segments[k].kind != "clause" or s.segments[0].kind != "main":
        return None
    return s.segments[0].start, min(s.segments[0].end, s.segments[0].start + 4)


def _qualifies_owner(s: Sentence, h: Hit, owners: list[Hit], segs: set[int]) -> bool:
    """A veto word right beside an owner's word in the value's or the event's clause ("its Syrian
    caliphate", «خلافته السورية»): the owner named is the vetoed one's part, and the event is its."""
    return any(s.segment_of[o.start] in segs and (o.start == h.end or o.end == h.start) for o in owners)


def clause_veto(s: Sentence, v: Span, hits: list[Hit], others: list[Span]) -> Hit | None:
    """A ``not_in_clause`` word in the value's clause group ("a new quake of magnitude 6.4"), unless it
    stands in another clause of the group with a number of its own: "5,674 people injured, of whom
    1,404 are in a critical condition" says the condition of the 1,404, not of all 5,674."""
    own = s.segment_of[v.start]
    group = s.group(own)
    for h in hits:
        k = s.segment_of[h.start]
        if k in group and (k == own or not any(s.segment_of[o.start] == k for o in others)):
            return h
    return None
