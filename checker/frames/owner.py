"""Whose a value is, and which key names it: the owner and key questions of linking.

A value linked to its noun or event (``checker.frames.link``) still has to be
the rule's: said of the rule's owner or series rather than a competing one
(``owner_level``), not beside a word that makes it something else
(``vetoed``), and keyed by the name nearest it that no other value stands
before (``nearest_key``). Each answer looks outward in widening rings: the
noun phrase, the clause group, the sentence; what the sentence leaves open,
the article's memory (``checker.frames.discourse``) answers.
"""

from __future__ import annotations

import dataclasses

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.head import possessor
from checker.frames.link import Found, Span, joined
from checker.frames.pairs import coordinated
from checker.text.morphology import is_nisba
from checker.frames.locate import definite_settlement, participant, affiliation, direction_led, direction_of, hypothetical, locates, locator, in_own_phrase, outside_of, placed_in, sayer


def nearest_key(s: Sentence, v: Span, hits: list[Hit], others: list[Span], scope: set[int] | None) -> Hit | None:
    """The key name nearest the value, never one with another value between them, and one
    after the value before one before it ("2,500 in Iraq and about 900 in Syria")."""
    best, best_rank = None, None
    for h in hits:
        seg = s.segment_of[h.start]
        if scope is not None and seg not in scope:
            continue
        if scope is None and h.start > 0 and s.forms[h.start - 1] in s.lang.away:
            continue  # in another clause, "a hub for the evacuation from Afghanistan" is not where the value is
        if seg != s.segment_of[v.start] and s.segments[seg].kind == "subordinate" and any(
                s.segment_of[o.start] == seg for o in others):
            continue  # «..., في حين ارتفعت الحصيلة في سوريا إلى 1250», "while ...": the name is that clause's number's
        lo, hi = (v.end, h.start) if h.start >= v.end else (h.end, v.start)
        if any(lo <= o.start and o.end <= hi and not s.aside(o.start, v.start, h.start) for o in others):
            continue
        if h.start >= v.end and coordinated(s, v.end, h.start) and any(o.start >= h.end for o in others):
            continue  # "with Trump in August 2020 and with Biden in July 2021": Biden is the next value's
            # (the Arabic و is written on the name: «على 31 مقعدا والاتحاد الوطني على 17»)
        rank = (h.start < v.start, max(hi - lo, 0))
        if best_rank is None or rank < best_rank:
            best, best_rank = h, rank
    return best


def noun_phrase(s: Sentence, a: Span, b: Span) -> range:
    """The words around a value and its noun: up to two each side, not past a break or a function word."""
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    for _ in range(2):
        if lo > 0 and not s.broken(lo) and s.forms[lo - 1] not in s.lang.function:
            lo -= 1
    for _ in range(2):
        if hi < len(s) and not s.broken(hi) and s.forms[hi] not in s.lang.function:
            hi += 1
    return range(lo, hi)


def _qualified(s: Sentence, h: Hit, not_of: list[Hit]) -> bool:
    """Whose words that another owner qualifies: "the strategic dialogue between Egypt and the
    United States", "the US-China strategic dialogue", "non-U.S. coalition troops"."""
    i = h.start - 1
    while i > 0 and h.start - i < 3 and (s.forms[i] in s.lang.function or s.forms[i] in s.lang.determiners):
        i -= 1  # "separate from the strategic dialogue"
    if i >= 0 and (s.forms[h.start - 1] in s.lang.negation or s.forms[i] in s.lang.unlike):
        return True
    if (h.start and s.forms[h.start - 1] in s.lang.rest) or (h.end < len(s) and s.forms[h.end] in s.lang.rest):
        return True  # "1,000 other coalition soldiers", «قوات التحالف الأخرى»: the rest, not the whole
    if h.start and s.forms[h.start - 1] in s.lang.possessive and any(o.end <= h.start for o in not_of):
        return True  # "Egypt and the United States held the first round of their strategic dialogue"
    return any(o.start == h.end or o.end == h.start or (o.start in s.party_tokens and 0 <= o.start - h.end <= 6)
               or (o.start == h.end + 1 and s.forms[h.end] in s.lang.partner_preps)  # "its strategic dialogue with Qatar"
               or (o.start == h.end + 1 and s.lang.code == "ar" and not s.broken(h.end) and not s.broken(o.start)
                   and all(_nisba(s.words[i]) for i in (h.end, o.start)))  # «الحوار الاستراتيجي الأميركي المصري»
               for o in not_of)




def _with_the_rest(s: Sentence, v: Span, found: Found, values: list[Span]) -> bool:
    """One owner joined with "other" of the rule's own ("American and other coalition forces"),
    both before the value and no other value between: together they are the whole."""
    for a in found.not_of:
        for b in found.of:
            if a.end <= b.start and b.end <= v.start and joined(s, a, b) and b.start and s.forms[b.start - 1] in s.lang.rest \
                    and not any(a.start <= o.start < v.start for o in values):
                return True
    return False






def _nisba(word: str) -> bool:
    """«الأميركي», «المصرية»: a definite adjective of origin, one of a chain after a noun."""
    return word.startswith("ال") and is_nisba(word)






def _antecedent(s: Sentence, h: Hit, v: Span) -> bool:
    """"led by the United States, which currently has 5,000 soldiers in Iraq": the value's relative
    clause opens right after the name; it tells of the name itself, the leader's own numbers."""
    seg = s.segments[s.segment_of[v.start]]
    return seg.kind == "relative" and seg.start == h.end


def _leads(s: Sentence, h: Hit) -> bool:
    """"the US-led coalition", "a coalition led by the United States", «التحالف الذي تقوده الولايات
    المتحدة»: a leader named beside its group is not whose the group's numbers are."""
    lang, before = s.lang, h.start - 1
    while before > 0 and s.forms[before] in lang.determiners:
        before -= 1
    if before >= 0 and s.forms[before] in lang.leader_before:
        return True  # «تقوده الولايات المتحدة», «بقيادة واشنطن»
    if before > 0 and s.forms[before] in lang.agent and s.forms[before - 1] in lang.leader_after:
        return True  # "led by the United States"
    after = h.end
    return (after < len(s) and s.forms[after] in lang.leader_after and not s.broken(after)  # "US-led"
            and not (after + 1 < len(s) and s.forms[after + 1] in lang.agent))  # not "the coalition led by"


def _member(s: Sentence, h: Hit, v: Span) -> bool:
    """"3,000 troops, including advisers from France", «بينهم مستشارون من فرنسا»: a name in the
    list of the number's members is one of them, not whose the number is."""
    if h.start > v.end and any(s.forms[i] in s.lang.members for i in range(v.end, h.start)):
        return True
    if h.end < v.start and h.end < len(s) and s.forms[h.end] in s.lang.members:
        return True  # "Coalition members, the United States among them, had 7,500 soldiers"
    seg = s.segments[s.segment_of[h.start]]
    if seg.kind == "apposition" and s.forms[seg.start] in s.lang.members and not seg.start <= v.start < seg.end:
        return True  # «، بما فيها القوات الأميركية،»: a list of members set off by commas
    # «القوات الأجنبية، بما فيها الأميركية، نحو 3500»: a member named before the number
    # (but «بينهم 2500 أمريكي» names the part's own owner: the number stands between)
    if h.end <= v.start and s.forms[s.segments[0].start] in s.lang.members and s.segment_of[h.start] < s.segment_of[v.start]:
        return True  # "Including trainers from Spain, Italy and Britain, coalition forces total about 3,500"
    if h.start >= 3 and s.forms[h.start - 3] in s.lang.part_quantifiers and all(
            s.forms[i] in s.lang.function for i in (h.start - 2, h.start - 1)):
        return True  # "about 3,000 of its personnel, most of them American": a part's owner, said without its number
    return any(s.forms[i] in s.lang.members and not i < v.start < h.start for i in range(max(0, h.start - 2), h.start))


def _within(s: Sentence, h: Hit, v: Span, owners: frozenset[int] = frozenset()) -> bool:
    """"900 troops in Syria as part of the coalition", «ضمن التحالف الدولي»: the group they serve in,
    said after them, is not whose they are (nor is each of its words: «الدولي» after «التحالف»)."""
    if v.start <= h.start < v.end or (h.start < v.start and s.segment_of[h.start] == s.segment_of[v.start]):
        return False  # "part of a coalition force of about 3,500": the group is the number's own noun
    i, seen = h.start - 1, 0
    while i >= 0 and seen < 3:
        if s.forms[i] in s.lang.part_of:
            return True
        if s.forms[i] not in s.lang.function and s.forms[i] not in s.lang.determiners and i not in owners:
            return False
        i, seen = i - 1, seen + 1
    return False




def _earlier_values(h: Hit, v: Span, earlier: list[Span]) -> bool:
    """"2,500 American troops and 1,000 coalition soldiers": an owner between another number and
    this one is that number's."""
    return h.end <= v.start and any(o.end <= h.start for o in earlier)


def owner_level(s: Sentence, v: Span, t: Hit, found: Found, others: list[Span] = (), whole: bool = False) -> str | None:
    """'of' or 'not' when the sentence settles whose the value is (the nearer wins), else None.
    ``others`` are the sentence's other values the rule may claim."""
    found = _past_asides(s, v, found)
    near = noun_phrase(s, v, t)
    nouns = found.triggers
    group = s.group(s.segment_of[v.start]) | s.group(s.segment_of[t.start])
    earlier = [o for o in others if o.end <= v.start]
    levels = (
        lambda h: h.start in near and not _earlier_values(h, v, earlier),
        lambda h: s.segment_of[h.start] in group and not _earlier_values(h, v, earlier),
        lambda h: True,
    )
    owners = frozenset(i for h in (*found.of, *found.not_of) for i in range(h.start, h.end))
    found = Found(of=[h for h in found.of if not _inside(h, found.not_of)], not_of=found.not_of)  # «بعثة الناتو»: NATO's mission
    if any(_possesses(s, h, t) for h in found.not_of) and not any(_possesses(s, h, t) for h in found.of):
        return "not"
    found = Found(of=[h for h in found.of if not _within(s, h, v, owners)],
                  not_of=[h for h in found.not_of if not _within(s, h, v, owners)])
    outside = [h for h in found.of if outside_of(s, h) or hypothetical(s, h)]
    found.of = [h for h in found.of if not _member(s, h, v) and not direction_of(s, h) and h not in outside]
    # «مدينة درنة شرقي ليبيا»: a place after a direction word locates the owner, it does not qualify it
    qualifiers = [o for o in found.not_of if not direction_led(s, o) and not _member(s, o, v) and not locator(s, o, found.of)]
    if whole and _with_the_rest(s, v, found, list(others)):
        return "of"  # "American and other coalition personnel together numbered about 7,500": the whole
    qualified = [h for h in found.of if _qualified(s, h, qualifiers)]
    # "Libya's coastal city of Derna", «مدينة درنة شمال شرق ليبيا»: a place that locates the
    # owner (its possessor, or said just after it) does not own the value
    others = [h for h in found.not_of if not possessor(s, h.end - 1) and not locates(s, h, found.of)
              and not locator(s, h, found.of) and not _leads(s, h)
              and not _member(s, h, v) and not sayer(s, h, v, found.of) and not affiliation(s, h)
              and not participant(s, h)] + outside
    qualified += [h for h in found.of if _leads(s, h) and h not in qualified and not _antecedent(s, h, v)]
    mine_here = [h for h in found.of if h not in qualified]
    placed = in_own_phrase(s, v, t, mine_here + others) or placed_in(s, v, nouns, mine_here + others)
    if placed is not None:
        return "not" if placed in others else "of"
    for n, inside in enumerate(levels):
        mine = [h for h in found.of if inside(h) and h not in qualified]
        theirs = [h for h in others + qualified if inside(h)]
        if n == len(levels) - 1 and not mine and all(h.start > v.end for h in theirs) and any(
                definite_settlement(s, i) for i in range(len(s)) if s.segment_of[i] in group):
            # «10,100 لا يزالون في عداد المفقودين في المدينة المنكوبة»: the value's clause says whose, "the city"
            # the sentence has not named (a name before would be it: «وفي البيضاء ... 50 شخصا في المدينة»)
            return None
        if mine or theirs:
            # the nearer wins; at a tie the longer words ("bilateral dialogue" over "dialogue")
            rank = lambda h: (min(abs(h.start - v.start), abs(h.start - t.start)), h.start - h.end)  # noqa: E731
            if any(joined(s, a, b) for a in mine for b in theirs):
                # "Washington and its allies have 3,500 troops": theirs together, the whole's, not one owner's
                return "of" if whole else "not"
            if not theirs:
                return "of"
            if not mine:
                return "not"
            return "of" if min(map(rank, mine)) <= min(map(rank, theirs)) else "not"
    return None


_INTERRUPTING = ("apposition", "adjunct", "relative", "participial")


def _past_asides(s: Sentence, v: Span, found: Found) -> Found:
    """"The wider coalition — the Americans plus troops from Britain, Italy and other partners —
    numbers roughly 3,500": in a clause resumed after asides, the owner is the subject the asides
    describe; names inside them own nothing, when the subject names an owner itself."""
    k = s.segment_of[v.start]
    if s.segments[k].kind != "resumed":
        return found
    root = s.segments[k].attach
    while root is not None and s.segments[root].kind in _INTERRUPTING and s.segments[root].attach is not None \
            and s.segments[root].attach < root:
        root = s.segments[root].attach
    if root is None:
        return found
    aside = lambda h: root < s.segment_of[h.start] < k  # noqa: E731
    kept_of, kept_not = [h for h in found.of if not aside(h)], [h for h in found.not_of if not aside(h)]
    if not any(s.segment_of[h.start] == root for h in kept_of + kept_not):
        return found
    return dataclasses.replace(found, of=kept_of, not_of=kept_not)


def _possesses(s: Sentence, h: Hit, t: Hit) -> bool:
    """"Abadi's visit in March 2017", «زيارة العبادي في آذار 2017»: a name that possesses the event or
    counted noun itself says whose it is (one that possesses another noun may only locate the owner:
    "Libya's coastal city of Derna")."""
    if s.lang.code == "ar":
        return h.start == t.end and not s.broken(h.start)
    return t.start == h.end + 1 and possessor(s, h.end - 1)  # (the 's is a word of its own)


def _inside(h: Hit, others: list[Hit]) -> bool:
    return any(o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start for o in others)
