"""Where a sentence's clauses begin and what each hangs on, from surface cues alone.

A segment starts after punctuation or at a word the language data marks as opening a clause:
a relative pronoun, a complementiser, a subordinator, a preposition or a participle after a
comma. Each segment then learns the segment it hangs on (``Segment.attach``), which is what the
frame engine's clause groups are made of (``checker.frames.clauses``).
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.frames.runon import relative_end
from checker.frames.words import acronym, spec_matches

ATTACHED = ("relative", "participial", "adjunct", "complement", "apposition", "attribution")


@dataclass
class Segment:
    start: int  # token indexes, end exclusive
    end: int
    kind: str  # main | clause | relative | participial | adjunct | complement | subordinate | resumed | apposition | attribution
    attach: int | None = None  # index of the segment it hangs on


# ``s`` below is a ``checker.frames.clauses.Sentence``; it is not imported, as that module uses this one.
_NONE: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())


def _subordinate_phrases(s: Sentence) -> tuple[frozenset[int], frozenset[int]]:
    """Where subordinators of several words («في حين») start in the sentence, and the words inside
    them after their first. Most sentences hold none of their last words, which one look at the
    text tells."""
    terms = s.lang.subordinate.terms
    text = s.prepared.nt.text
    if not terms or not any(specs[-1].word in text for specs in terms):
        return _NONE
    starts, inside = set(), set()
    for i in range(len(s)):
        for specs in terms:
            k = len(specs)
            if i + k <= len(s) and all(spec_matches(specs[j], s.forms[i + j]) for j in range(k)):
                starts.add(i)
                inside.update(range(i + 1, i + k))
                break
    return frozenset(starts), frozenset(inside)


def _opening_kind(s: Sentence, i: int, after_break: bool) -> str | None:
    lang, f = s.lang, s.forms[i]
    if f in lang.relative and not _acronym(s, i):
        return "relative"
    # «الآن» is "now" and «كان» "was", not «أن» with a prefix
    if f in lang.complement and not (lang.code == "ar" and (s.words[i].startswith("ال") or f in lang.auxiliary_past)):
        # English "that" after a noun is relative; after a verb of saying ("said on
        # Thursday that"), a complement.
        said = any(s.forms[j] in lang.reporting for j in range(max(0, i - 4), i))
        return "complement" if (said or lang.code != "en") else "relative"
    if f in lang.subordinate and i + 1 not in s.value_starts and i not in s.inside_values and not (
            i + 1 < len(s) and s.forms[i + 1] in lang.day_parts) and not _noun_phrase_after(s, i) and not _span_after(s, i):
        return "subordinate"  # but "after Dec. 31, 2021", "before dawn on Monday" are a preposition and its time
    if after_break and f in lang.members:
        return "apposition"  # ", including Mosul,", «، منهم 900 من القوات الأمريكية»: it names members of what precedes
    if after_break and f in lang.prepositions:
        return "adjunct"
    if after_break and (_participle(s, i) or _present_participle(s, i) or _adverb_then_participle(s, i)):
        return "participial"
    return "clause" if after_break else None


def _span_after(s: Sentence, i: int) -> bool:
    """«قبل حوالي أسبوع», "after days of rain": a subordinator before a span of time (a hedge may stand
    between) is a preposition of time, and opens no clause."""
    j = i + 1
    if j < len(s) and s.forms[j] in s.lang.function:
        j += 1
    return j < len(s) and s.forms[j] in s.lang.time_nouns


_PHRASE_WORDS = 3  # words a noun phrase may have after its determiner ("the city's old port")


def _noun_phrase_after(s: Sentence, i: int) -> bool:
    """"stood before the cameras and announced": a subordinator that is also a preposition, before a
    determiner and a few words that end at "and", a break or the sentence's end, governs that noun
    phrase and opens no clause ("after the city fell" has its verb before any such end)."""
    if s.forms[i] not in s.lang.preposition_like or i + 1 >= len(s) or s.forms[i + 1] not in s.lang.determiners:
        return False
    for j in range(i + 2, min(len(s), i + 3 + _PHRASE_WORDS) + 1):
        if j == len(s) or s.broken(j) or s.forms[j] in s.lang.coordinators:
            return j > i + 2
    return False


def _acronym(s: Sentence, i: int) -> bool:
    """"(WHO)", "WHO said": a word in capitals is a name's initials, not the pronoun it spells."""
    p = s.prepared
    a, b = p.nt.to_source(*p.spans[i])
    return acronym(p.text[a:b]) is not None


def _participle(s: Sentence, i: int) -> bool:
    w = s.words[i]
    if s.forms[i] in s.lang.participles:
        return True
    if s.lang.participle_prefixes and w.startswith(s.lang.participle_prefixes) and len(w) > 5:
        return True
    j = i + 2 if i + 2 < len(s) and s.words[i + 1].endswith(s.lang.adverb_suffixes or ("\0",)) else i + 1  # "conducted virtually on"
    return any(w.endswith(x) and len(w) > len(x) + 2 for x in s.lang.participle_suffixes) and (
        j < len(s) and (s.forms[j] in s.lang.prepositions or s.forms[j] in s.lang.subordinate)
    )


def _adverb_then_participle(s: Sentence, i: int) -> bool:
    """", again conducted by video link, ...": an adverb, then the participle."""
    adverb = s.forms[i] in s.lang.pre_participle_adverbs
    return adverb and i + 1 < len(s) and not s.broken(i + 1) and _participle(s, i + 1)


def _present_participle(s: Sentence, i: int) -> bool:
    """", killing at least 20 people", ", submerging much of the city": a clause of what followed."""
    w = s.words[i]
    return any(w.endswith(x) and len(w) > len(x) + 3 for x in s.lang.present_participle_suffixes) and not s.capitalised(i)


def _attribution(s: Sentence, i: int) -> bool:
    """'"... the end of the war," Abadi told a conference on Saturday': after a closing quote, the
    words that say who said it hang on the quote."""
    gap = s.gap(i)
    return any(q in gap for q in ('"', "\u201d", "\u00bb")) and any(
        s.forms[j] in s.lang.reporting for j in range(i, min(len(s), i + 4)))


def _apposition(s: Sentence, seg: Segment) -> bool:
    """", the third round of the dialogue,": a noun phrase set off by commas that names by its
    ordinal what the words before it name ("The talks, the first round of ..., will be held")."""
    i = seg.start
    if i < seg.end and s.forms[i] in s.lang.determiners:
        i += 1
    return i in s.ordinal_starts


def _measure(s: Sentence, seg: Segment) -> bool:
    """", 13 km upstream,": a number and a word or two set off by commas measure what the words
    before them name; the clause they interrupt resumes after them."""
    first_word = next((i for i in range(seg.start + 1, seg.end) if i not in s.inside_values), seg.end)
    return (seg.start in s.value_starts and seg.end - seg.start <= 6
            and (first_word == seg.end or s.forms[first_word] not in s.lang.function)  # not "2,500 of them"
            and not any(s.forms[i] in s.lang.auxiliary or s.forms[i] in s.lang.reporting for i in range(seg.start, seg.end)))


def _opens_after_adjunct(segs: list[Segment], k: int) -> bool:
    """"In the early hours of Sunday, 10 September, two dams on the Wadi Derna burst": after an
    opening phrase of time or place there is no noun yet for a number to measure; it opens the clause."""
    return k == 1 and segs[0].kind == "adjunct"


def _past_apposition(segs: list[Segment], k: int) -> int:
    """"two dams on the Wadi Derna, the valley that runs down to the sea, burst": a relative clause
    on an apposition ends both; the clause they broke resumes, not the apposition."""
    while segs[k].kind == "apposition" and segs[k].attach is not None and segs[k].attach < k:
        k = segs[k].attach
    return k


def _time_after_complementiser(s: Sentence, segs: list[Segment]) -> list[Segment]:
    """«إنه اعتبارا من 9 ديسمبر، لم تعد هناك قوات», "said that, from Monday, no troops ...": a
    complementiser followed only by a time phrase and a comma; the time phrase is an adjunct of the
    clause after the comma, which is what was said."""
    out: list[Segment] = []
    for k, seg in enumerate(segs):
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        if (seg.kind == "complement" and seg.end - seg.start >= 3 and nxt is not None and nxt.kind == "clause"
                and s.forms[seg.start] in s.lang.complement and time_only(s, Segment(seg.start + 1, seg.end, "adjunct"))
                and any(i in s.value_starts for i in range(seg.start + 1, seg.end))):
            out += [Segment(seg.start, seg.start + 1, "complement"), Segment(seg.start + 1, seg.end, "adjunct")]
        else:
            out.append(seg)
    return out


def _run_on_relatives(s: Sentence, segs: list[Segment]) -> list[Segment]:
    """A relative clause with no comma to end it, cut where the clause it broke goes on
    (``checker.frames.runon``): English resumes as a clause of its own, Arabic as the verb's clause."""
    out: list[Segment] = []
    for k, seg in enumerate(segs):
        end = relative_end(s, segs, k) if seg.kind == "relative" and k else None
        if end is None:
            out.append(seg)
        elif s.lang.code == "ar":  # (the verb's clause resumes: its own, not a phrase measuring the relative's words)
            out += [Segment(seg.start, end, "relative"), Segment(end, seg.end, "resumed", attach=len(out) - 1)]
        else:
            out += [Segment(seg.start, end, "relative"), Segment(end, seg.end, "clause")]
    return out


def _members_after(s: Sentence, seg: Segment) -> bool:
    """", the Americans included,": a short phrase set off by commas that ends with a word saying
    its names are members of what precedes ("included", "excepted") is an aside; the clause resumes after it."""
    return seg.end - seg.start <= 5 and s.forms[seg.end - 1] in s.lang.members_after


def _name_only(s: Sentence, seg: Segment) -> bool:
    """"in Washington, U.S., July 26, 2021": a name or two set off by commas places the words before
    them (English only, where a name's words are capitalised)."""
    return s.lang.code == "en" and seg.end - seg.start <= 3 and all(s.capitalised(i) for i in range(seg.start, seg.end))


def _described(s: Sentence, seg: Segment) -> bool:
    """"captured Mosul, Iraq's second-largest city, on June 10": a short noun phrase set off by
    commas describes the name before it (English: no verb-like word in it, a name or article first)."""
    if s.lang.code != "en" or seg.end - seg.start > 6 or not (s.capitalised(seg.start) or s.forms[seg.start] in s.lang.determiners
                                                             or s.forms[seg.start] in s.lang.indefinite):  # ", a warehouse that ...,"
        return False
    return not any(s.forms[i] in s.lang.auxiliary or s.forms[i] in s.lang.reporting or s.words[i].endswith("ed")
                   or (i in s.value_starts and i not in s.ordinal_starts) for i in range(seg.start, seg.end))


def _titled(s: Sentence, seg: Segment) -> bool:
    """«يستقبل بايدن، رئيس الوزراء العراقي ... في 26 يوليو»: a noun phrase opening with a person's title
    after a comma names or describes someone, or is the object of the clause the comma broke."""
    return s.forms[seg.start] in s.lang.titles and not any(
        s.forms[i] in s.lang.reporting or s.forms[i] in s.lang.auxiliary for i in range(seg.start, seg.end))


_SAID_WORDS = 4  # words of an aside saying who said it ("the ministry's spokesman said")


def _said_between(s: Sentence, seg: Segment) -> bool:
    """", officials said,", ", the ministry says,", ", according to Iraqi officials,": a short clause set
    off by commas that ends (or, "according to", begins) with a verb of saying tells who said the
    sentence it interrupts."""
    said = s.forms[seg.end - 1] in s.lang.reporting or (seg.kind == "participial" and s.forms[seg.start] in s.lang.reporting)
    # ", as it turned out,", ", as expected,": a short comment on the sentence, set off the same way
    said = said or (s.forms[seg.start] in s.lang.comment and seg.end - seg.start <= _SAID_WORDS)
    return (said and seg.end - seg.start <= _SAID_WORDS + 2 * (seg.kind == "participial") and s.broken(seg.end)
            and not any(i in s.value_starts for i in range(seg.start, seg.end)))


def time_only(s: Sentence, seg: Segment) -> bool:
    """"Sept. 11, 2023, around 2:30 a.m.: The dams fail", "11 September 2023, before dawn: ...": the
    hour or part of the day a timeline entry adds to its date, set off by commas."""
    lang = s.lang
    return all(i in s.value_starts or i in s.inside_values or s.words[i].isdigit() or s.forms[i] in lang.time_intro
               or s.forms[i] in lang.day_parts or s.forms[i] in lang.function
               or s.forms[i] in lang.durations and (i - 1 in s.value_starts or i - 1 in s.inside_values)  # "Twenty years on, ..."
               for i in range(seg.start, seg.end))


def _arrival(s: Sentence) -> bool:
    """«ومع حلول اليوم الجمعة، ...»: "with the coming of" a time opens a clause of time."""
    return any(s.forms[i] in s.lang.arrival for i in range(min(2, len(s)))) and (
        s.forms[0] in s.lang.arrival or s.forms[0] in s.lang.function)


def segment(s: Sentence) -> list[Segment]:
    segs: list[Segment] = []
    phrases = _subordinate_phrases(s)
    openers = s.lang.clause_openers
    start, kind = 0, "main"
    for i in range(len(s)):
        if i == 0:
            kind = _opening_kind(s, 0, True)
            # "As the storm pounded the coast on Sunday night, two dams collapsed": an opening
            # clause of time dates the clause after it, as an opening adjunct does
            kind = "adjunct" if s.forms[0] in s.lang.time_relative or _arrival(s) else kind
            kind = kind if kind in ("participial", "adjunct") else "main"
            continue
        # «في حين قتل 53 آخرون في تركيا»: "whereas", not "in" and "when"
        if i in phrases[0]:
            opened = "subordinate"
        elif i in phrases[1]:
            opened = None
        else:
            after_break = s.broken(i)
            opened = _opening_kind(s, i, after_break) if after_break or s.forms[i] in openers else None
        if opened is None:
            continue
        if opened == "clause" and "(" in s.gap(i):
            opened = "adjunct"  # «الجولة الرابعة (واشنطن، 23 تموز 2021)»: a parenthesis qualifies the words before it
        elif opened == "clause" and _attribution(s, i):
            opened = "attribution"
        segs.append(Segment(start, i, kind))
        start, kind = i, opened
    segs.append(Segment(start, len(s), kind))
    segs = _run_on_relatives(s, _time_after_complementiser(s, segs))
    for k, seg in enumerate(segs):
        if seg.kind in ("clause", "participial") and 0 < k < len(segs) - 1 and _said_between(s, seg):
            seg.kind, seg.attach = "attribution", k - 1  # "The toll, officials said, is now 5,300": who said it,
            nxt = segs[k + 1]  # and the clause it broke goes on after it
            if nxt.kind in ("clause", "adjunct"):
                nxt.kind, nxt.attach = "resumed" if nxt.kind == "clause" else "adjunct", k - 1
            continue
        if seg.kind == "clause" and k > 0 and (_apposition(s, seg) or (k + 1 < len(segs) and (_described(s, seg) or _members_after(s, seg)))) and not (
                k == 1 and s.only_values(segs[0])):
            seg.kind = "apposition"  # (but "Aug. 19, 2020: The second round convenes ..." is a timeline's clause)
        if seg.kind == "clause" and k > 0 and (s.only_values(seg) or _measure(s, seg) and not _opens_after_adjunct(segs, k)
                                                   or _name_only(s, seg) or time_only(s, seg) or _titled(s, seg)):
            seg.kind = "adjunct"  # «انتهت رسميا، أمس الخميس، المهام القتالية»: a date set off by commas; the clause goes on
        if seg.kind in ATTACHED and k > 0:
            seg.attach = k - 1
        elif seg.kind == "clause" and k > 1 and s.gap(seg.start).strip() == ")" and segs[k - 1].kind == "adjunct" \
                and "(" in s.gap(segs[k - 1].start):
            # «انطلقت الخميس الماضي (26 أكتوبر) الجولة الثانية»: with no comma after the bracket, the
            # clause it broke goes on
            seg.kind, seg.attach = "resumed", segs[k - 1].attach
        elif seg.kind == "clause" and k > 1 and ")" not in s.gap(seg.start):  # not after a closing bracket
            # "The first round, conducted by video link (because of ...), took place on June 11":
            # the clause the interruption broke off resumes, and hangs on what it hung on.
            j = k - 1
            while j > 0 and segs[j].kind == "subordinate":
                j -= 1
            if segs[j].kind in ("participial", "relative", "adjunct", "apposition") and segs[j].attach is not None and j < k:
                seg.kind, seg.attach = "resumed", (_past_apposition(segs, segs[j].attach) if segs[j].kind == "relative"
                                                   else segs[j].attach)
        elif k == 0 and len(segs) > 1 and segs[1].kind not in ATTACHED and (
                seg.kind in ("participial", "adjunct") or s.only_values(seg)
                or time_only(s, seg) and any(i in s.value_starts for i in range(seg.start, seg.end))):  # "Earlier today, ..." 
            seg.kind = "adjunct" if seg.kind == "main" else seg.kind  # "June 11, 2020: Baghdad and Washington hold ..."
            # "Held on April 7, 2021, it produced ...", "In December 2017, Baghdad declared ..."; past more
            # values set off ("Sept. 11, 2023, about 3 a.m.: The dam gives way") to the clause they open
            seg.attach = next((j for j in range(1, len(segs)) if not (s.only_values(segs[j]) or time_only(s, segs[j]))), 1)
    for k, seg in enumerate(segs):
        if seg.attach is not None and segs[seg.attach].attach == k:
            seg.attach = None  # two clauses never hang on each other
    return segs
