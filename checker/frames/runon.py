"""Where a relative clause with no comma to end it ends, when the clause it broke goes on after it.

"The death toll from a quake that struck Turkey and Syria climbed above 15,000", «ارتفعت حصيلة
ضحايا السيول التي اجتاحت درنة يوم 10 سبتمبر إلى 11300»: read as one relative clause, the number
and its date would be the relative's; the main verb's own words say where it resumes. Asked by
``checker.frames.segment`` of each relative segment after the first; the segments are its.
"""

from __future__ import annotations


def relative_end(s, segs: list, k: int) -> int | None:
    """The token where relative segment ``k`` ends, or None where nothing says it ends early."""
    if s.lang.code == "en":
        return _english_end(s, segs, k)
    if s.lang.code == "ar":
        return _arabic_end(s, segs, k)
    return None


def _english_end(s, segs: list, k: int) -> int | None:
    """"... a quake that struck Turkey and Syria climbed above 15,000": a verb of a count's rising or
    standing after the relative's own verb; "The earthquake that struck Al Haouz on Friday night has
    killed 2,012": on a sentence's subject, a finite auxiliary after the relative's own verb."""
    seg = segs[k]
    cut = next((i for i in range(seg.start + 2, seg.end) if s.forms[i] in s.lang.reaching and not s.broken(i)
                and s.forms[i - 1] not in s.lang.determiners), None)
    if cut is None and k == 1 and _subject_only(s, segs[0]) and _verb_like(s, seg.start + 1):
        cut = next((i for i in range(seg.start + 2, seg.end) if s.forms[i] in s.lang.finite_auxiliaries
                    and not s.broken(i) and s.forms[i - 1] not in s.lang.coordinators), None)
    return cut


def _arabic_end(s, segs: list, k: int) -> int | None:
    """«ارتفعت حصيلة ضحايا السيول التي اجتاحت درنة ... إلى 11300»: a relative clause on the subject of a
    verb of reaching that stands before it runs on to the verb's target preposition and its number;
    «تجاوز عدد القتلى الذين تم توثيقهم 5923»: a verb of exceeding takes the number itself. Not where
    the relative has such a verb of its own (an Arabic relative runs on unmarked into the main verb
    as often as not, so only the main verb's own words end it)."""
    seg, main = segs[k], segs[k - 1]
    if main.kind not in ("main", "clause", "resumed"):
        return _arabic_verb_after(s, seg) if main.kind == "complement" else None
    verbs = [i for i in range(main.start, main.end) if s.forms[i] in s.lang.reaching or s.forms[i] in s.lang.more_than]
    if not verbs:
        return _arabic_verb_after(s, seg)
    exceeding = s.forms[verbs[-1]] in s.lang.more_than
    for i in range(seg.start + 1, seg.end - 1):
        if s.forms[i] in s.lang.reaching or s.forms[i] in s.lang.more_than:
            return None
        if not s.broken(i) and (s.forms[i] in s.lang.target and i + 1 in s.value_starts
                                or exceeding and i > seg.start + 1 and i in s.value_starts):
            return i
    return None


def _arabic_verb_after(s, seg) -> int | None:
    """«أن حصيلة ضحايا الانفجار الذي هزّ المرفأ مساء الثلاثاء ارتفعت إلى 135»: the subject first, then
    its verb of reaching after the relative's own verb, unjoined, with its number (or «إلى» and it)
    right after: the relative ends where that verb begins."""
    for i in range(seg.start + 2, seg.end - 1):
        if s.forms[i] not in s.lang.reaching or s.broken(i) or s.words[i][:1] in _JOINED:
            continue
        if i + 1 in s.value_starts or s.forms[i + 1] in s.lang.target and i + 2 in s.value_starts:
            return i
    return None


_JOINED = ("و", "ف")  # «وارتفعت»: a verb joined to the relative's own goes on with it


def _subject_only(s, seg) -> bool:
    """A sentence's opening noun phrase with no verb of its own ("The earthquake", "US troops in Iraq")."""
    return seg.kind == "main" and seg.start == 0 and seg.end - seg.start <= 6 and not any(
        s.forms[i] in s.lang.finite_auxiliaries or s.forms[i] in s.lang.reporting or _verb_like(s, i)
        for i in range(seg.start, seg.end))


def _verb_like(s, i: int) -> bool:
    """"that struck", "that were sent", "that killed": a verb's form (a finite auxiliary, a past participle)."""
    w = s.words[i] if i < len(s) else ""
    return bool(w) and (s.forms[i] in s.lang.finite_auxiliaries or s.forms[i] in s.lang.participles
                        or any(w.endswith(x) and len(w) > len(x) + 2 for x in s.lang.participle_suffixes))
