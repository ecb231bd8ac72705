"""Linking in one sentence: which value is attached to which event or counted noun.

Each function answers one question a reader asks of a value: what does this
number count (``counted_by``), which event is this date or place of
(``checker.frames.events.event_of``), which ordinal names the event
(``ordinal_of``), which key name is the value's (``nearest_key``), and whose
is it (``owner_level``).
They look only at the sentence's clauses and the words found in it, so the
same answers serve every rule; the sentence's hits for one rule come in a
``Found``. Every refusal is a ``Reject`` with a reason, for ``--explain``.
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.found import Found, Reject, Span
from checker.frames.head import head_noun
from checker.text.morphology import has_article
from checker.frames.pairs import change_amount, change_source, change_target, coordinated, shared_with

MAX_DATE_DISTANCE = 8  # content words between a date and its event, or between a clause and its antecedent
MAX_INNER_DISTANCE = 12  # content words from a relative or participial clause's start to its date
MAX_BACK_DISTANCE = 12  # words between a counted noun and a number written after it


def _noun_of(s: Sentence, v: Span, found: Found) -> Hit | None:
    """"a death toll of 5,300", "the earlier figure of 11,300": the rule's noun right before "of" and
    the number gives the number's measure, whatever follows it (English)."""
    i = v.start - 1
    if s.lang.code != "en" or i < 1 or s.words[i] != "of" or s.broken(i) or s.broken(v.start):
        return None
    return next((t for t in [*found.triggers, *found.refer] if t.end == i), None)


def _next_conjunct(s: Sentence, i: int) -> bool:
    """«ارتفع عدد القتلى إلى 1541 والجرحى إلى 9733»: an Arabic word after the number with و and
    the article written on it opens the next conjunct; the number's noun is then the one before
    it; so does a verb of reaching or passing with و. (A و with no article after it may be the noun's
    own letter: «عشر ولايات», ten provinces.)"""
    if s.lang.code != "ar" or i in s.value_starts or not s.words[i].startswith("و") or len(s.words[i]) <= 3:
        return False
    if s.words[i].startswith("وال"):
        return True
    # «ارتفع إلى 190 وتجاوز الجرحى 6500»: a verb of reaching or passing with و opens the next clause
    verb = frozenset({s.words[i][1:]})
    return verb in s.lang.reaching or verb in s.lang.more_than or verb in s.lang.changed


def _vetoed_conjunct(s: Sentence, i: int, found: Found) -> bool:
    """«قتل ما لا يقل عن 1620 وأصيب نحو 3500»: one of the rule's veto words with «و» on it, right after
    the number, opens the next conjunct; the number's noun is the one before it."""
    return s.lang.code == "ar" and s.words[i].startswith("و") and any(h.start == i for h in found.veto)


def _named_just_before(s: Sentence, v: Span, found: Found) -> Hit | None:
    """The rule's noun written right before the number, nothing between ("magnitude 7.8",
    "turnout 41%"): for a measure (a rule whose unit is no count) it names what the number
    measures, whatever noun or verb follows. (A count's noun comes after it: "bases hosting
    US troops at least a dozen times" counts times.)"""
    return next((t for t in found.triggers if t.end == v.start and not s.broken(v.start)), None)


def _corrected(s: Sentence, v: Span, found: Found, others: list[Span], covered: set[int]) -> Hit | None:
    """"Three dams burst, though engineers said only two had failed": a bare number after "only", in a
    clause a contrastive word opens, corrects the number before that clause and counts what it counts."""
    if v.start == 0 or s.forms[v.start - 1] not in s.lang.correcting:
        return None
    seg = s.segments[s.segment_of[v.start]]
    if s.forms[seg.start] not in s.lang.contrastive:
        return None
    before = [o for o in others if o.end <= seg.start]
    if not before:
        return None
    kind, hit = head_noun(s, before[-1], found, covered)
    return hit if kind == "trigger" else None


def _apposed(s: Sentence, v: Span, found: Found, covered: set[int]) -> Hit | None:
    """"Derna's toll, officially 5,500 by Wednesday evening, is expected to rise", «حصيلة القتلى في درنة،
    رسميا 4000 ...»: a number opening a phrase set off right after a tally's noun (past its owner's
    name, and a word of stance or time before the number) is what the tally stands at."""
    k = s.segment_of[v.start]
    seg = s.segments[k]
    if k == 0 or not s.broken(seg.start) or v.start - seg.start > 1 or any(
            s.forms[i] not in s.lang.apposed_stance and s.forms[i] not in s.lang.present for i in range(seg.start, v.start)):
        return None
    for t in sorted(found.triggers, key=lambda t: -t.end):
        if t.end > seg.start or s.segment_of[t.start] != k - 1:
            continue
        if any(i not in covered and s.forms[i] not in s.lang.function for i in range(t.end, seg.start)):
            return None
        return t if any(s.forms[i] in s.lang.tallies for i in range(max(0, t.start - 1), t.end)) else None
    return None


def counted_by(s: Sentence, v: Span, found: Found, others: list[Span], covered: set[int],
               whole: Span | None = None, measure: bool = False) -> tuple[Hit, int]:
    """The counted noun of a number: after it ("2,500 troops"), or before it when the number
    has no noun of its own ("troop levels stand at about 2,500", «عدد المفقودين بلغ عشرة آلاف»);
    a part counts what its whole counts ("7,500 troops, about 5,000 of them Americans")."""
    kind, hit = head_noun(s, v, found, covered)
    if kind == "trigger":
        return hit, 0
    of = _noun_of(s, v, found)
    if of is not None:  # "the earlier figure of 11,300 had come from ...": the noun the number is the figure of
        return of, 0
    after_noun = _after_noun(s, v, found, covered)
    if after_noun is not None:
        return after_noun, 0
    named = _named_just_before(s, v, found) if measure else None
    if named is not None:  # "a magnitude 7.8 earthquake", "magnitude 7.7 hit at 4:17": the measure said first
        return named, 0
    if whole is not None and kind != "other":  # "including 576 children": a part with a noun of its own counts that
        kind_w, hit_w = head_noun(s, whole, found, covered)
        if kind_w == "trigger":
            return hit_w, 1
        # "Coalition forces number around 7,500, about 5,200 of them American": a part said with its owner
        if kind_w != "other" and any(v.end <= h.start <= v.end + 3 for h in (*found.of, *found.not_of)):
            try:
                return counted_by(s, whole, found, [o for o in others if o is not whole], covered)[0], 2
            except Reject:
                pass
    if kind == "other" and not _next_conjunct(s, hit) and not _vetoed_conjunct(s, hit, found):
        raise Reject(f"counts «{s.words[hit]}», not {found_name(found)}")
    # people counted in a clause of their own ("the city, which had about 90,000 residents") are
    # what that clause says, not what the clause it hangs on counts
    # (English only: an Arabic relative clause runs on unmarked into the main verb, «التي ضربت درنة بلغ ...»)
    own = kind == "person" and s.lang.code == "en"
    group = {s.segment_of[v.start]} if own else s.group(s.segment_of[v.start])
    before = [t for t in found.triggers if t.end <= v.start and s.segment_of[t.start] in group
              and v.start - t.end <= MAX_BACK_DISTANCE
              and not any(t.end <= o.start and o.end <= v.start and not change_amount(s, o) for o in others)
              # "2,000 troops in Iraq and 900 in Syria" share the noun; "2,000 troops and 900 civilians" do not
              and (not _counts_another(s, t, others) or kind != "person" and coordinated(s, t.end, v.start))]
    if before:
        best = max(before, key=lambda t: t.end)
        return best, sum(word_distance(s, v, best, frozenset(covered))) + 1
    apposed = _apposed(s, v, found, covered) if kind != "person" else None
    if apposed is not None:
        return apposed, 1
    carried = (_carried(s, v, found) or _said_earlier(s, v, found)) if kind != "person" else None
    if carried is not None:
        return carried, 2
    risen = _risen(s, v, found, others)
    if risen is not None:
        return risen, 3
    if kind == "person":  # "and 900 civilians": a number with people of its own shares no other number's noun
        raise Reject(f"counts «{s.words[hit]}», not {found_name(found)}")
    partner = _partner_noun(s, v, found, others, covered) or _corrected(s, v, found, others, covered)
    if partner is not None:
        return partner, 2
    from checker.frames.listing import list_partner, whole_after

    # "Labour won 54 seats, Reform 21": what the list's number before counts;
    # "nine of the 329 seats": what the whole it is a part of counts
    item = list_partner(s, v, found, others) or whole_after(s, v, others)
    if item is not None:
        return counted_by(s, item, found, [o for o in others if o is not item and o is not v], covered)[0], 2
    raise Reject("no counted noun attached to the number")


def _after_noun(s: Sentence, v: Span, found: Found, covered) -> Hit | None:
    """«سد واحد», «كيلومتر واحد»: a number word written after its noun counts that noun; the rule's
    (then returned) or another (then the number is not the rule's). So does a definite number word
    after a definite noun, whatever describes the noun after it («السدود الثلاثة المقامة على الوادي»)."""
    i = v.start - 1
    if v.end - v.start != 1 or i < 0 or s.broken(v.start):
        return None
    definite = s.lang.code == "ar" and has_article(s.words[v.start]) and has_article(s.words[i]) and not s.words[v.start][-1:].isdigit()
    if s.forms[v.start].isdisjoint(s.lang.after_noun_numbers.exact) and not definite:
        return None
    hit = next((t for t in found.triggers if t.end == v.start), None)
    if hit is not None:
        return hit
    if i not in covered and s.forms[i] not in s.lang.function:
        raise Reject(f"counts «{s.words[i]}», the noun it follows, not {found_name(found)}")
    return None


def _partner_noun(s: Sentence, v: Span, found: Found, others: list[Span], covered: set[int]) -> Hit | None:
    """The noun of the number ``v`` goes with, wherever that noun stands: the number a change that
    happened came from ("troop numbers fell from 7,500 to 3,500"), the one it goes to when said
    first ("down to 3,958 from 11,300"), the one it is joined or compared to ("stand at 2,500 in
    Iraq and about 900 in Syria", "more than twice the 900")."""
    o = change_source(s, v, others) or change_target(s, v, others) or shared_with(s, v, others)
    if o is None:
        return None
    try:
        return counted_by(s, o, found, [x for x in others if x is not o and x is not v], covered)[0]
    except Reject:
        return None


def _risen(s: Sentence, v: Span, found: Found, others: list[Span]) -> Hit | None:
    """"The death toll in the floods that hit Derna has risen to 11,300", «وارتفعت حصيلة ضحايا
    السيول التي اجتاحت درنة ... إلى 5300»: a number a verb of reaching arrives at ("risen to",
    "reached", «ارتفعت ... إلى», «بلغت») counts the frame's noun that is that verb's subject, however
    long the phrases between: before the verb, or in Arabic just after it."""
    i = v.start - 1
    at = i > 0 and s.forms[i] in s.lang.level_preps and s.forms[i - 1] in s.lang.reaching  # "the toll stood at 11,300"
    if i < 0 or not (s.forms[i] in s.lang.target or s.forms[i] in s.lang.reaching or at):
        return None
    # never past another value, but for one in a clause set in between ("Coalition forces, which
    # numbered about 7,500 in 2020, now stand at fewer than 3,500")
    lo = max((o.end for o in others if o.end <= v.start and not s.aside(o.start, v.start)), default=0)
    verbs = [k for k in range(i, lo - 1, -1) if s.forms[k] in s.lang.reaching and (k == i or s.forms[i] in s.lang.target or at)]
    if not verbs or (s.lang.code == "en" and i - verbs[0] > 3):
        return None
    k = verbs[0]
    after = [t for t in found.triggers if k < t.start <= k + 4 and t.end <= i] if s.lang.code == "ar" else []
    if s.lang.code == "ar" and not after and k + 1 < i and s.forms[k + 1] not in s.lang.function and k + 1 not in s.value_starts:
        return None  # «فيما بلغت حصيلة القتلى 2300»: the verb's own subject stands after it, and it is another count
    before = [t for t in found.triggers if lo <= t.start and t.end <= k]
    if after:
        return min(after, key=lambda t: t.start)
    return max(before, key=lambda t: t.end) if before else None


def _carried(s: Sentence, v: Span, found: Found) -> Hit | None:
    """A number after a comma and a coordinator takes the noun of the clause before:
    «قرابة ألفين وخمسمئة جندي في العراق، ونحو تسعمئة في سوريا», "about 2,500, down from 5,200"."""
    k = s.segment_of[v.start]
    seg = s.segments[k]
    listed = seg.start in s.value_starts  # "3,000 troops in Jordan, 2,500 in Iraq and 900 in Syria"
    if k == 0 or not (listed or coordinated(s, seg.start, seg.start)) or v.start - seg.start > 6:
        return None
    for j in range(k - 1, max(-1, k - 4), -1):  # back through the list's items: «..., ونحو 2500 في العراق، و900 في سوريا»
        prev = [t for t in found.triggers if s.segment_of[t.start] == j]
        if prev:
            return max(prev, key=lambda t: t.end)
        before = s.segments[j]
        if not (before.start in s.value_starts or coordinated(s, before.start, before.start)):
            return None
    return None


def _said_earlier(s: Sentence, v: Span, found: Found) -> Hit | None:
    """"The UN cut the toll to 3,958, after it had announced more than 11,000", «خفضت الأمم المتحدة
    حصيلة الضحايا إلى 3958، بعدما كانت قد أعلنت أكثر من 11 ألفا»: a bare number that a verb of
    saying gives, ending a subordinate clause, is the same tally said at another time."""
    k = s.segment_of[v.start]
    seg = s.segments[k]
    if k == 0 or seg.kind != "subordinate" or any(s.forms[i] not in s.lang.function for i in range(v.end, seg.end)):
        return None
    if not any(s.forms[i] in s.lang.reporting for i in range(max(seg.start, v.start - 3), v.start)):
        return None
    prev = [t for t in found.triggers if t.end <= seg.start]
    return max(prev, key=lambda t: t.end) if prev else None


def _counts_another(s: Sentence, t: Hit, others: list[Span]) -> bool:
    """A noun just after another number is that number's, unless "and" starts a new phrase with it
    («مقتل 4 آلاف شخص في درنة وفقدان نحو 9 آلاف», "killed 820 people and injured 672")."""
    return any(o.end <= t.start and t.start - o.end <= 3 and not (o.end < t.start and coordinated(s, o.end, t.start))
               and s.segment_of[o.start] == s.segment_of[t.start]  # «إلى 11300، فيما بلغ عدد المفقودين»: a new clause
               for o in others)


def found_name(found: Found) -> str:
    return "/".join(sorted({t.source for t in found.triggers})) or "the counted noun"


def word_distance(s: Sentence, v: Span, t: Hit, covered: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Content words (outer, inner) between a value and an event. In one clause, all of them are
    outer. Across clauses, inner are those from the value to its own clause's edge and outer
    those from that edge to the event: a relative pronoun stands for the noun just before it,
    and a participial clause ("chaired by ... on Thursday") may run long before its date.
    Function words, values and the rule's own names ("of the US-Iraq strategic dialogue")
    do not count: they describe the event, they are not another one."""
    sv, st = s.segment_of[v.start], s.segment_of[t.start]
    seg = s.segments[sv]
    if sv == st:
        outer, inner = ((v.end, t.start) if v.end <= t.start else (t.end, v.start)), (0, 0)
    elif st < sv:
        outer, inner = (t.end, seg.start), (seg.start, v.start)
    else:
        outer, inner = (seg.end, t.start), (v.end, seg.end)
    count = lambda lo, hi: sum(1 for i in range(lo, hi) if not light_word(s, i, covered))  # noqa: E731
    return count(*outer), count(*inner)


def light_word(s: Sentence, i: int, covered) -> bool:
    f = s.forms[i]
    return (i in covered or i in s.light or f in s.lang.function or f in s.lang.auxiliary
            or f in s.lang.relative or f in s.lang.complement or f in s.lang.modifiers or f in s.lang.parties)


def joined(s: Sentence, a: Hit, b: Hit) -> bool:
    """Two owners joined by "and" ("Washington and its allies", «القوات الأمريكية وقوات التحالف»)."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    gap = hi.start - lo.end
    if gap < 0 or gap > 2:
        return False
    first = lo.end if gap else hi.start
    return (gap and s.forms[first] in s.lang.range_joiners and s.words[first] not in ("to", "الى")) or (
        s.lang.code == "ar" and s.words[first].startswith("و") and len(s.words[first]) > 2)
