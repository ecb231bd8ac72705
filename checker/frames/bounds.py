"""What is said around a number that changes what it claims: bounds, hedges, parts.

"Climbed past 4,000" is a lower bound, «يقل ... عن ألف» an upper one, «ثلث
الأراضي تقريبا» an approximation although the hedge follows the noun, and
"about 5,000 of them" a part of the number before it (counting what that
number counts and sharing its key). The words are the language data's
(``more_than``, ``less_than``, ``approx_after``, ``partitive``).
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.link import Span
from checker.frames.pairs import coordinated
from checker.models import Quantity


def bounded(s: Sentence, span: Span, v):
    """"Climbed past 4,000", «تجاوز عدد الضحايا 5300»: a verb of exceeding before an unhedged
    number makes it a lower bound; negated ("does not exceed", «لا يتجاوز») an upper one; «يقل
    عن» an upper bound; a hedge after the value and its noun («تقريبا») an approximation."""
    if not isinstance(v, Quantity) or v.mod is not None:
        return v
    seg = s.segment_of[span.start]
    clause, skipped = _verb_clause(s, seg, span)
    i, seen = span.start - 1, 0
    while i >= 0 and seen < 8:
        if s.segment_of[i] in skipped:
            i -= 1
            continue
        if s.segment_of[i] not in clause or s.forms[i] in s.lang.subordinate or s.forms[i] in s.lang.since:
            break  # ("a month has passed since two dams burst": what passed is not the number)
        more, less = s.forms[i] in s.lang.more_than, s.forms[i] in s.lang.less_than
        if more or less:
            negated = any(s.forms[j] in s.lang.negation for j in range(max(0, i - 2), i))
            mod = ("AT_MOST" if negated else "MORE_THAN") if more else ("AT_LEAST" if negated else "LESS_THAN")
            return v.model_copy(update={"mod": mod})
        i, seen = i - 1, seen + 1
    for i in range(span.end, min(len(s), span.end + 5)):
        if s.broken(i) or s.segment_of[i] != seg:
            break
        if s.forms[i] in s.lang.approx_after:  # «ثلث الأراضي العراقية تقريبا»
            return v.model_copy(update={"mod": "APPROX"})
    return v


def _verb_clause(s: Sentence, seg: int, span: Span) -> tuple[set[int], set[int]]:
    """The segments a verb before the number may stand in, and those to step over: «وتجاوز عدد القتلى،
    2800 قتيل» (a number opening a phrase set off after the verb's clause), «تجاوز عدد القتلى الذين تم
    توثيقهم 5923» (the verb's clause resumed past a relative clause on its subject)."""
    own = s.segments[seg]
    if own.kind not in ("resumed", "adjunct") or own.attach is None or own.attach >= seg or not all(
            s.forms[i] in s.lang.function for i in range(own.start, span.start)):
        return {seg}, set()
    if own.kind == "adjunct":
        return ({seg, own.attach}, set()) if own.attach == seg - 1 else ({seg}, set())
    return {seg, own.attach}, set(range(own.attach + 1, seg))


def partitive(s: Sentence, whole: Span, v: Span) -> bool:
    """Whether the number at ``v`` is a part of the one before: "about 5,000 of them", "of whom
    some 2,500", «من بينهم 2500», "Of the 3,500 coalition personnel ..., about 2,500 are American"."""
    near = [i for i in (v.end, v.end + 1, v.start - 1) if whole.end <= i < len(s)]
    if any(s.forms[i] in s.lang.partitive for i in near):
        return True
    seg = s.segment_of
    opens = any(s.forms[i] in s.lang.partitive_open for i in range(min(2, len(s))))
    return (seg[whole.start] == 0 and opens and seg[v.start] == 1
            and not any(i in s.value_starts for i in range(s.segments[1].start, v.start)))


def _qad(s: Sentence, i: int) -> bool:
    return s.lang.code == "ar" and s.words[i] in ("قد", "وقد") and i + 1 < len(s)


def may_particle(s: Sentence, i: int) -> bool:
    """Arabic «قد» before a present verb says "may" («قد يصل», «قد ينهار»); before a past one it
    says "already" («قد تقلص», ``already_particle``)."""
    return _qad(s, i) and s.words[i + 1][:1] in "يتن"


def already_particle(s: Sentence, i: int) -> bool:
    return _qad(s, i) and s.words[i + 1][:1] not in "يتن"


_ALTERNATIVE_BACK = 8  # words before the value a word of alternatives may stand


def alternative(s: Sentence, span: Span) -> int | None:
    """The word that sets the value out as one of alternatives, none of them stated: "whether the
    dead number 4,000 or 11,000", «سواء كان عدد الضحايا أربعة آلاف أو أحد عشر ألفا», «إن كان ... أو».
    It stands before the value in its clause, and "or" and another value follow the value."""
    k = span.end  # (a range read from "4,000 or 11,000" holds its "or")
    inside = any(s.forms[i] in s.lang.or_words for i in range(span.start, span.end))
    if not inside and not (k + 1 < len(s) and s.forms[k] in s.lang.or_words and k + 1 in s.value_starts):
        return None
    seg = s.segment_of[span.start]
    for i in range(span.start - 1, max(-1, span.start - _ALTERNATIVE_BACK - 1), -1):
        if s.segment_of[i] != seg:
            return None
        # «إن كان ... أو ...»: «إن» (normalised as «أن» is) before a past «كان» sets out the cases
        if s.forms[i] in s.lang.alternatives or (
                s.forms[i] in s.lang.complement and i + 1 < len(s) and s.forms[i + 1] in s.lang.auxiliary_past):
            return i
    return None


def projected(s: Sentence, span: Span) -> int | None:
    """The word that makes a number a projection, not a count said to stand: "the toll could
    reach 20,000", "expected to rise to 15,000", «قد يصل إلى 20 ألفا», «رجحت ارتفاع العدد إلى».
    Looked for before the number in its own clause; Arabic «قد» only before a present verb
    (before a past one it says "already")."""
    seg = s.segment_of[span.start]
    for i in range(span.start - 1, max(-1, span.start - 13), -1):
        if s.segment_of[i] != seg:
            here = s.segments[seg]
            # «توقع ... أن يصل العدد إلى»: the verb the complement hangs on projects it; «، والمفقودين إلى
            # نحو 100,000»: a clause joined by "and" shares the verb before it
            if not ((here.kind == "complement" and here.attach == s.segment_of[i]) or coordinated(s, here.start, here.start)):
                break
            seg = s.segment_of[i]
        if s.forms[i] in s.lang.projection and not _perfect(s, i + 1):
            return i  # "may have died" doubts what happened; it does not project ("could have up to 6,000 missing" does)
        if may_particle(s, i) and not any(
                s.forms[j] in s.lang.auxiliary_past for j in range(max(0, i - 8), i) if s.segment_of[j] == seg):
            return i  # (after «كان», «قد تقلص» is "had shrunk": a past perfect, no projection)
    return None


def _perfect(s: Sentence, i: int) -> bool:
    """"have" at i as an auxiliary ("may have died", "could have been"), not the verb of having."""
    from checker.frames.head import participle_form

    return i + 1 < len(s) and s.words[i] == "have" and participle_form(s, i + 1)


def planned(s: Sentence, span: Span) -> int | None:
    """The word of change that makes a number a planned level: "will cut its force to 3,000",
    "agreed to expand the mission to 4,000", «وسيتقلص العدد إلى 3 آلاف». The number follows a
    preposition of target, a word of change stands before it in its clause, and something in
    that clause says the change is to come. Done changes ("was cut to 2,500") stay counts."""
    seg, lang = s.segment_of[span.start], s.lang
    i = span.start - 1
    while i >= 0 and s.forms[i] in lang.function and s.forms[i] not in lang.target:
        i -= 1  # "to about 3,000", «إلى نحو 3 آلاف»
    if i >= 0 and s.segment_of[i] == seg and (
            s.forms[i] in lang.remaining or (i and s.forms[i - 1] in lang.remaining)):
        # "intends to keep about 2,000 troops", «تعتزم الإبقاء على نحو ألفي جندي»: a level to be kept
        if any(s.forms[j] in lang.plan and s.segment_of[j] == seg for j in range(max(0, i - 6), i)):
            return i
    if i < 0 or s.forms[i] not in lang.target or s.segment_of[i] != seg:
        return None
    change = planned_by = None
    for j in range(i - 1, max(-1, i - 14), -1):
        if s.segment_of[j] != seg:
            break
        if change is None and s.forms[j] in lang.change:
            change = j
            if s.forms[j] in lang.change_states:
                pass  # "numbers are down to 2,500": a state reached, whatever copula comes before
            elif j and s.forms[j - 1] in lang.under_way:
                planned_by = j - 1  # "is cutting its force to 3,500", "to be cut to 2,500": not there yet
            elif j > 1 and (s.forms[j - 1] in lang.target or s.forms[j - 1] in lang.function) and s.forms[j - 2] in lang.under_way:
                planned_by = j - 2  # "is to fall to 2,500", "in the process of reducing ... to": not there yet
        if s.forms[j] in lang.plan:
            planned_by = j
    return change if change is not None and planned_by is not None else None


def changed_from(s: Sentence, span: Span) -> bool:
    """"Will drop from about 5,200 to 3,000", «رفع عديد بعثته من 500 إلى 4 آلاف»: a number after a
    preposition of source, with a word of change before it in its clause, is the level before a
    change, not one end of a range."""
    seg, lang = s.segment_of[span.start], s.lang
    i = span.start - 1
    while i >= 0 and s.forms[i] in lang.function and s.forms[i] not in lang.source:
        i -= 1
    if i < 0 or s.forms[i] not in lang.source or s.segment_of[i] != seg:
        return False
    return any(s.forms[j] in lang.change for j in range(max(0, i - 14), i) if s.segment_of[j] == seg)


_RECENT_REACH = 3  # words between a short span ("hours") and its word of the recent past ("past", «الماضية»)


def recent_window(s: Sentence, span: Span) -> int | None:
    """A short span of the recent past in the value's clause ("over the past 24 hours", «خلال الـ24
    ساعة الماضية»): the number counts what the last hours added, not the total. Where it stands."""
    own = s.segment_of[span.start]  # its clause, or one hanging on it ("75 of whom died over the past day")
    for i, f in enumerate(s.forms):
        k = s.segment_of[i]
        if f not in s.lang.short_spans or (k != own and s.segments[k].attach != own) or span.start <= i < span.end:
            continue
        near = range(max(0, i - _RECENT_REACH), min(len(s), i + _RECENT_REACH + 1))
        if any(s.forms[j] in s.lang.recent and s.segment_of[j] == s.segment_of[i] for j in near if j != i):
            return i
    return None


def negated(s: Sentence, span: Span) -> int | None:
    """The word denying a value: "ends by December 31, 2021, not in 2023", "but it was not half",
    «وليس في عام 2023». A negation right before the value, or before one small word of place or time
    ("in", «في»), says the value is not so; "not until December 2017" says it is (``negation_gap``
    does not list "until")."""
    i = span.start - 1
    if i >= 0 and s.forms[i] in s.lang.negation_gap and not s.broken(i + 1):
        i -= 1
    if i >= 0 and s.forms[i] in s.lang.negation and not s.broken(i + 1):
        return i
    return None
