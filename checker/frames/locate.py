"""Places that say where another is ("west of Derna", "Derna, Libya", «مدينة درنة شرقي ليبيا»), or
whose the speaker is ("officials in eastern Libya said", "the government of eastern Libya"),
and events said only as possible.

A place named just after the owner, or after a direction word, locates something rather
than owning the value; "outside the city of Derna" says where the value is not. The owner
logic (``owner``) and the article's memory (``run``) ask these before counting a place as
whose a value is.
"""

from __future__ import annotations

from checker.frames.bounds import may_particle
from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.words import forms_of
from checker.frames.head import possessor
from checker.frames.link import Span, joined
from checker.frames.saying import in_speakers_phrase
from checker.text.morphology import has_article


def direction_of(s: Sentence, h: Hit) -> bool:
    """"In al-Bayda, west of Derna", «البيضاء غرب درنة»: a place after a direction locates another
    (in English a place is written with a capital: "dams upstream failed" names no place)."""
    if s.lang.code == "en" and not s.capitalised(h.start):
        return False
    i = _before_place(s, h)
    return i >= 0 and s.forms[i] in s.lang.directions


def placed_in(s: Sentence, v: Span, nouns: list[Hit], owners: list[Hit]) -> Hit | None:
    """"11,000 deaths in the city of Derna", «11 ألف وفاة في مدينة درنة»: the place said right after
    a count and its noun, by "in", is where the count is, whatever place the words before it name
    («ضحايا فيضانات ليبيا أكثر من 11 ألف وفاة في مدينة درنة»: Libya's floods, Derna's dead)."""
    i = v.end
    while i < len(s) and not s.broken(i):
        noun = next((t for t in nouns if t.start == i), None)
        if noun is None and s.forms[i] not in s.lang.persons and s.forms[i] not in s.lang.modifiers:
            break
        i = noun.end if noun is not None else i + 1  # "5,000 people", «5 آلاف شخص»
    if i >= len(s) or s.forms[i] not in s.lang.venue or s.broken(i):
        return None
    j, limit = i + 1, min(len(s), i + 8)
    while j < limit and not s.broken(j):
        if s.forms[j] in s.lang.determiners or s.forms[j] in s.lang.place_nouns or (j > i + 1 and s.words[j] == "of"):
            j += 1  # "in the city of", «في مدينة»
            continue
        # "in the Mediterranean coastal city of Derna", "in the Libyan city of Derna": words describing the
        # place noun after them
        noun = next((m for m in range(j + 1, min(limit, j + 3)) if s.forms[m] in s.lang.place_nouns), None)
        if noun is None or any(s.broken(m) for m in range(j + 1, noun + 1)):
            break
        j = noun
    return next((h for h in owners if h.start == j), None)


def in_own_phrase(s: Sentence, v: Span, t: Hit, owners: list[Hit]) -> Hit | None:
    """"8,000 British soldiers", «ثمانية آلاف جندي بريطاني»: a nationality between a number and its noun,
    or in Arabic the adjective right after the noun, says whose the count is before any word around it."""
    if t.start < v.end:
        return None
    for h in owners:
        if v.end <= h.start and h.end <= t.start and not any(s.broken(i) for i in range(v.end, h.end)):
            return h
        if s.lang.code == "ar" and h.start == t.end and not s.broken(h.start):
            return h
    return None


def outside_of(s: Sentence, h: Hit) -> bool:
    """"Died outside the city of Derna", «خارج درنة»: the place is where the value is not."""
    i = _before_place(s, h)
    return i >= 0 and s.forms[i] in s.lang.outside


def _before_place(s: Sentence, h: Hit) -> int:
    """The word before a place name, past its "the city of" («مدينة درنة»)."""
    i = h.start - 1
    if s.lang.code == "ar":
        if i >= 0 and s.forms[i] in s.lang.place_nouns and not has_article(s.words[i]):
            i -= 1  # «خارج مدينة درنة»
        return i
    if i >= 1 and s.forms[i] in s.lang.function and s.forms[i - 1] in s.lang.place_nouns:
        i -= 2  # "outside the city of Derna"
        while i >= 0 and s.forms[i] in s.lang.determiners:
            i -= 1
    elif i >= 0 and s.forms[i] in s.lang.function and s.forms[i] not in s.lang.directions:
        i -= 1  # "west of"
    return i


def direction_led(s: Sentence, h: Hit) -> bool:
    """"Eastern Libya", «شرقي ليبيا», "east of Benghazi": a place said with its direction."""
    return s.forms[h.start] in s.lang.directions or direction_of(s, h)


def locator(s: Sentence, h: Hit, owners: list[Hit]) -> bool:
    """"Derna, Libya", "Derna in eastern Libya", «درنة في شرق ليبيا»: a place said right after the
    owner, set off by a comma or after "in" or a direction, says where the owner is."""
    for o in owners:
        if h.start > o.end < len(s) and s.broken(o.end):  # (a comma right after the owner: only then are clauses asked)
            seg = s.segments[s.segment_of[h.start]]
            if seg.start == o.end and (seg.kind == "apposition" and seg.attach == s.segment_of[o.start] or _noun_phrase(s, seg)
                                       or "(" in s.gap(o.end)):  # «درنة (الواقعة شمال شرقي ليبيا)»: a bracket on the name
                return True  # "Derna, a port of 100,000 people on Libya's north-eastern coast": the apposition places it
        gap = range(o.end, h.start)
        if not 0 <= len(gap) <= 3 or h.start < o.end:
            continue
        if not gap and s.broken(h.start):
            return True
        if gap and all(s.forms[i] in s.lang.directions or s.forms[i] in s.lang.place_nouns or s.forms[i] in s.lang.locating
                       for i in gap):
            return True
    return False


def _noun_phrase(s: Sentence, seg) -> bool:
    """", a port of 100,000 people on Libya's coast,": a phrase set off by a comma, opened by an article
    or the like, with no verb of being or saying in it, describes the words before it."""
    first = s.forms[seg.start]
    return (seg.kind == "clause" and (first in s.lang.indefinite or first in s.lang.determiners) and not any(
        s.forms[i] in s.lang.auxiliary or s.forms[i] in s.lang.reporting for i in range(seg.start, seg.end)))


def locates(s: Sentence, h: Hit, owners: list[Hit]) -> bool:
    """«مدينة درنة الساحلية شمال شرق ليبيا»: a name just after the owner, in its phrase, places it
    (not after a verb, "NATO has suspended its training mission", nor after a possessor)."""
    return any(0 <= h.start - o.end <= 4 and not joined(s, o, h) and s.segment_of[o.start] == s.segment_of[h.start]
               and not possessor(s, o.end - 1)  # "NATO's training mission": the mission is the head
               and not any(i in s.value_starts or s.forms[i] in s.lang.auxiliary for i in range(o.end, h.start))
               for o in owners)

def hypothetical(s: Sentence, h: Hit) -> bool:
    """"The two dams could fail", «قد ينهار السدان»: an event said only as possible has not happened;
    nor has one warned of ("a study warned of the collapse of two dams", «حذر باحث من انهيار سدين»)."""
    i = h.start - 1
    if i < 0:
        return False
    if s.forms[i] in s.lang.projection or may_particle(s, i):
        return True
    while i > 0 and s.forms[i] in s.lang.determiners:
        i -= 1
    if s.forms[i] not in s.lang.warned_of:
        return False
    seg = s.segment_of[i]
    return any(s.forms[j] in s.lang.warning for j in range(max(0, i - 6), i) if s.segment_of[j] == seg)

def affiliation(s: Sentence, h: Hit) -> bool:
    """"The health minister in the government of eastern Libya", «وزير الصحة في حكومة شرق ليبيا»: a
    place named as whose government or ministry someone serves is the speaker's, not the number's."""
    if any(s.forms[i] in s.lang.affiliations for i in range(max(0, h.start - 2), h.start)):
        return True
    # "the administration that governs eastern Libya": in a relative clause on such a noun (the words
    # are asked first: most sentences have no such clause, and need not be cut into clauses for it)
    j = next((j for j in range(h.start - 1, max(0, h.start - 8), -1)
              if s.forms[j] in s.lang.relative or s.forms[j] in s.lang.complement), None)  # (English "that")
    if j is None or s.forms[j - 1] not in s.lang.affiliations:
        return False
    seg = s.segments[s.segment_of[h.start]]
    return seg.kind == "relative" and seg.start == j

def sayer(s: Sentence, h: Hit, v: Span, mine: list[Hit]) -> bool:
    """"Officials in eastern Libya said more than 5,300 people had been killed in Derna": a place
    before the verb of saying is the speaker's when what is said names the rule's own place; so is
    one said after the value, in the clause of saying, just before its verb."""
    if h.end > v.start:
        # "the toll exceeded 5,300, a spokesperson for the administration that controls the east of
        # Libya told ...": after the value, in another clause, a place just before a verb of saying
        seg = s.segment_of[h.start]
        return seg != s.segment_of[v.start] and (any(
            s.forms[i] in s.lang.reporting and s.segment_of[i] == seg for i in range(h.end, min(len(s), h.end + 3)))
            # "some 10,000 are missing, Tamer Ramadan, head of the IFRC delegation in Libya, told reporters":
            # a place ending a phrase set off to describe the speaker, right before the verb of saying
            or h.end < len(s) and s.broken(h.end) and s.forms[h.end] in s.lang.reporting
            and s.segments[seg].kind in ("apposition", "resumed", "adjunct")
            # "(10,000, according to the Red Cross mission in Libya)": the source's own place
            or any(s.forms[i] in s.lang.reporting for i in range(s.segments[seg].start, h.start))
            # "3,845 have died, said Mohamed Eljarh, spokesman for the committee set up in eastern Libya":
            # a phrase set off right after the clause of saying, past the value, describes the speaker
            or seg > 0 and s.segments[seg - 1].start >= v.end and any(
                s.forms[i] in s.lang.reporting for i in range(s.segments[seg - 1].start, s.segments[seg - 1].end)))
    said = [i for i in range(h.end, v.start) if s.forms[i] in s.lang.reporting]
    seg = s.segment_of[h.start]
    if _describes_source(s, seg, v) or in_speakers_phrase(s, h, v) and not any(
            definite_settlement(s, i) for i in range(h.end, len(s))):  # ("... in Benghazi: 25 missing in the city")
        return True
    if not said and s.segment_of[v.start] != seg:  # «وقالت وزارة الداخلية في بنغازي إن ...»: the verb before its subject
        said = [i for i in range(s.segments[seg].start, h.start) if s.forms[i] in s.lang.reporting]
    # "The UN's office in Libya said 11,300 people had been killed in the city": what is said names the
    # story's own place as "the city", «المدينة», in the value's clause
    if not said:
        return False
    own = s.segment_of[v.start]
    return any(o.start > said[0] and o.start > h.end for o in mine) or any(
        definite_settlement(s, i) and s.segment_of[i] == own for i in range(max(said[0], h.end), len(s)))


def _describes_source(s: Sentence, seg: int, v: Span) -> bool:
    """"According to Othman Abduljalil, the health minister for the government of eastern Libya, at least
    2,000 people have perished in Derna": a phrase set off right after the one naming the source, before
    the value's clause, describes the source; a place in it is the source's."""
    if seg == 0 or s.segment_of[v.start] == seg:
        return False
    before, here = s.segments[seg - 1], s.segments[seg]
    return here.end <= v.start and before.start == 0 and s.forms[before.start] in s.lang.reporting and (
        s.forms[here.start] in s.lang.determiners or s.forms[here.start] in s.lang.titles)


def speaker_place(s: Sentence, h: Hit) -> bool:
    """A place that only says who is speaking, whatever value the sentence holds: whose government
    someone serves (``affiliation``), named just before a verb of saying ("a spokesman for the
    administration that controls eastern Libya told reporters"), or where the speaking was done
    ("said at a news conference in Benghazi"). It is not what later sentences
    are about, so the memory does not keep it."""
    if affiliation(s, h):
        return True
    unbroken = lambda a, b: not any(s.broken(j) for j in range(a + 1, b + 1))  # noqa: E731 (one stretch, no comma)
    if any(s.forms[i] in s.lang.reporting and unbroken(h.end - 1, i) for i in range(h.end, min(len(s), h.end + 3))):
        return True
    # "its minister said at a news conference in Benghazi", "according to the Red Cross mission in Libya":
    # where the speaking was done, or the source's place
    if not (h.start > 0 and s.forms[h.start - 1] in s.lang.venue):
        return False
    return any((s.forms[i] in s.lang.reporting or s.forms[i] in s.lang.speech_events) and unbroken(i, h.start)
               for i in range(max(0, h.start - 6), h.start))


def settlement_back(s: Sentence, last: str, long_ago: bool = False) -> bool:
    """Whether "the city", «المدينة» in ``s`` stands for the story's own place: the place named last
    (``last``) is a region ("the east", «المنطقة الشرقية»), which no city or town is; or it was named
    before the sentence just before (``long_ago``): "the city" an article goes back to is the one it
    is about, not a city it named in passing two sentences ago ("soaking Benghazi, ...")."""
    lang = s.lang
    back = any(definite_settlement(s, i) for i in range(len(s)))
    return back and (long_ago or any(forms_of(w) in lang.directions or forms_of(w) in lang.regions for w in last.split()))


def definite_settlement(s: Sentence, i: int) -> bool:
    """"the city", «المدينة»: a settlement noun that refers back to one named before."""
    return s.forms[i] in s.lang.settlement_nouns and (i and s.forms[i - 1] in s.lang.determiners or has_article(s.words[i]))


def of_person(s: Sentence, h) -> bool:
    """"the Iranian general Qassem Soleimani", «الجنرال الإيراني»: a nationality that describes a
    person names whose the person is; it is no series or owner the article goes on about."""
    if s.lang.code == "ar":
        return h.start > 0 and s.forms[h.start - 1] in s.lang.person_titles
    return h.end < len(s) and s.forms[h.end] in s.lang.person_titles


def time_landmark(s: Sentence, h) -> bool:
    """"since the end of the civil war in 1990", «منذ انتهاء الحرب الأهلية»: a name said only to mark
    a time since which something holds is no series or owner the article goes on about."""
    return any(s.forms[i] in s.lang.since and not any(s.broken(j) for j in range(i + 1, h.start + 1))
               for i in range(max(0, h.start - 6), h.start))


_FINITE = ("main", "clause", "complement", "resumed", "subordinate")


def topic_name(s: Sentence, h: Hit) -> bool:
    """Whether a name stands where a sentence says what it is about: among the first words of its
    sentence or of a clause of its own ("NATO announced ...", "In Koshi, rescuers ...", "said that
    the alliance will ...", «وأعلن حلف الناتو ...»), not further on, where a place is where
    something happened ("rain pounded Koshi", "temperatures above 50C in parts of Sindh")."""
    k = s.segment_of[h.start]
    if k > 0 and s.segments[k].kind not in _FINITE:  # (a clause's subject: "announced that the alliance will ...")
        return False
    return words_into_clause(s, h.start) <= 2  # ("the US-led coalition", "the 30-member alliance")


def words_into_clause(s: Sentence, i: int) -> int:
    """How many words of its clause stand before token i, past the determiners and numbers that
    open it ("the first round": "round" is the clause's first word)."""
    j = s.segments[s.segment_of[i]].start
    while j < i and (s.forms[j] in s.lang.determiners or j in s.value_starts):
        j += 1
    return i - j


def participant(s: Sentence, h: Hit) -> bool:
    """"The second round opens, with the African Union and IGAD joining as facilitators", «وبمشاركة ممثل
    عن الاتحاد الأفريقي»: another's name in a phrase set off that says who took part is a participant
    in the event, not whose the event is."""
    k = s.segment_of[h.start]
    for _ in range(3):  # (a name in brackets inside such a phrase: «... للتنمية (إيغاد)»)
        seg = s.segments[k]
        if seg.kind != "adjunct":
            return False
        if any(s.forms[i] in s.lang.participation for i in range(seg.start, seg.end)):
            return True
        if seg.attach is None:
            return False
        k = seg.attach
    return False
