"""What a number counts, read forward from it: the noun right after it ("2,500 troops"), past
the words that may stand between (modifiers, "Iraq's", a number-and-place pair sharing the verb,
an aside naming some of the people counted, a relative clause on them), or the people it counts
and what they are said to be later in the clause ("10,000 residents of Derna remain missing").
``checker.frames.link.counted_by`` asks this first and looks elsewhere when it finds nothing.
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.found import Found, Span
from checker.frames.pairs import coordinated
from checker.text.morphology import has_article, is_nisba

HEAD_WINDOW = 5  # words after a number in which its counted noun may stand


def trigger_at(triggers: list[Hit], i: int) -> Hit | None:
    for t in triggers:
        if t.start == i:
            return t
    return None


def possessor(s: Sentence, i: int) -> bool:
    """English "Iraq's territory": the word before 's is a possessor, not the head noun."""
    return s.lang.code == "en" and i + 1 < len(s) and s.words[i + 1] == "s" and any(q in s.gap(i + 1) for q in "'’")


def _next_pair(s: Sentence, i: int) -> int | None:
    """Past the next number-and-place pair joined by "and" («و» written on its number): where
    the words after it resume; None when no such pair starts at i."""
    start = i + 1 if s.forms[i] in s.lang.carry else i if (i in s.value_starts and s.words[i].startswith("و")) else None
    if start is None or start not in s.value_starts or s.broken(start):
        return None
    return next((b for a, b in s.value_spans if a == start), None)


def head_noun(s: Sentence, v: Span, found: Found, covered: set[int]) -> tuple[str, Hit | int | None]:
    """What the number at ``v`` counts: ("trigger", hit), ("none", None) or ("other", index of the noun)."""
    lang = s.lang
    inside = [t for t in found.triggers if v.start <= t.start < v.end]
    if inside:
        return "trigger", inside[-1]  # a count the noun carries itself: «السدان», «شخصين»
    if _glued_unit(s, v):
        return "other", v.end - 1  # "about 13km upstream": the number measures a distance
    i = v.end
    # «237 شخصا على الأقل»: a hedge after the noun takes the noun into the value's words
    person = next((k for k in range(v.start + 1, v.end) if s.forms[k] in lang.persons), None)
    if i + 1 < len(s) and s.forms[i] in lang.amount_of and _money(s, v) and not s.broken(i):
        i += 1  # "$30 billion in damage": a sum said "in" what it is
    own, resumed, skipped = s.segment_of[v.start], None, 0
    while i < min(len(s), v.end + HEAD_WINDOW + 8 * (person is not None) + skipped):
        if person is not None and (skip := _next_pair(s, i)) is not None:
            i = skip  # "29,600 people in Turkey and 3,400 in Syria have been killed": the pairs share the verb
            continue
        if person is not None and i != resumed and (past := _past_aside(s, i, own) or _who(s, i, own)) is not None:
            skipped, resumed, own, i = skipped + past - i, past, s.segment_of[past], past
        if (s.broken(i) and i != resumed) or s.segment_of[i] != own or (
                person is not None and coordinated(s, i, i) and s.forms[i] not in lang.source  # "people from Derna"
                and s.forms[i] not in lang.linking):  # ("ended up homeless")
            return ("person", person) if person is not None else ("none", None)
        if possessor(s, i):
            i += 2
            continue
        if _and_auxiliary(s, i):  # «تجاوز الـ2000 ولا زال هناك ...»: the next conjunct begins
            return ("person", person) if person is not None else ("none", None)
        t = trigger_at(found.triggers, i)
        if t is not None:
            return "trigger", t
        f = s.forms[i]
        # "10,000 residents of Derna remain missing", «ستة آلاف شخص في درنة في عداد المفقودين»:
        # after a noun of people, what they are may come later in the clause
        if person is None and f in lang.persons:
            person = i
        if i in covered or f in lang.modifiers or f in lang.auxiliary or f in lang.persons or (
                f in lang.determiners and s.forms[i - 1] in lang.partitive_open) or (  # "6,000 of its residents"
                person is not None and (
                f in lang.function or f in lang.place_nouns or f in lang.directions  # «شخص في مدينة درنة شرقي ليبيا ... المفقودين»
                or f in lang.linking  # "300,000 residents were left homeless", «شخص باتوا بلا مأوى»
                or s.words[i].endswith(lang.adverb_suffixes or ("\0",))  # "300,000 citizens have actually .."
                or (i == person + 1 and participle_form(s, i))  # "3,958 people identified as dead"
                or _describes_place(s, i, covered))):  # «شخص في مدينة درنة الليبية ... المفقودين»
            i += 1
            continue
        if person is None and (past := _past_describers(s, i, found)) is not None:
            if past < 0:
                return "none", None
            skipped, i = skipped + past - i, past
            continue
        j = i + 1
        while j < len(s) and s.gap(j) == "-":
            j += 1  # "two ill-maintained dams": a hyphened word is one word
        if (lang.code == "en" and person is None and j < len(s) and trigger_at(found.triggers, j) is not None
                and not s.broken(j) and i not in s.value_starts and f not in lang.function and f not in lang.reporting):
            i = j  # "two ageing dams", "2,500 additional troops": one word that describes the noun after it
            continue
        if _with_preposition(s, i):  # «بلغ عدد الوفيات 1452 بإقليم الحوز»: where, not what is counted
            return ("person", person) if person is not None else ("none", None)
        if f in lang.function or person is not None or f in lang.reporting or (
                f in lang.pronouns or (i in s.value_starts and not coordinated(s, i, i) and s.words[i][:1] != "و"
                                       and s.forms[i - 1] not in lang.range_joiners)  # "40 percent two years earlier", "the 40 percent it held"
                or i in s.value_starts and s.words[i][:1] == "و" and lang.code == "ar"):  # «إلى نحو 5300 وعشرة آلاف مفقود»: the next count
            return ("person", person) if person is not None else ("none", None)
        return "other", i
    return ("person", person) if person is not None else ("none", None)


def _with_preposition(s: Sentence, i: int) -> bool:
    """An Arabic word written with a preposition on it («بإقليم», «بالمدينة», «لمدينة»): a counted noun
    follows its number bare, so such a word says where or to what, never what the number counts.
    Only a place noun or a word with the article after the preposition is taken as one («بلدة» is a noun)."""
    w = s.words[i]
    if s.lang.code != "ar" or len(w) < 4 or w[0] not in "بلك":
        return False
    bare = frozenset({w[1:]})
    return w[1:3] == "ال" and len(w) > 4 or bare in s.lang.place_nouns or bare in s.lang.regions


def _and_auxiliary(s: Sentence, i: int) -> bool:
    """«ولا», «وما», «وقد»: «و» written on an auxiliary or a negation opens a clause of its own."""
    w = s.words[i]
    return s.lang.code == "ar" and len(w) > 1 and w[0] == "و" and w[1:] in s.lang.auxiliary.exact


def _past_aside(s: Sentence, i: int, own: int) -> int | None:
    """"1,391 people, including 576 children, had been killed": where the clause of the people
    counted resumes after an aside naming some of them; None when no such aside opens at i."""
    k = s.segment_of[i]
    segs = s.segments
    if segs[k].start != i or segs[k].kind != "apposition" or segs[k].attach != own or k + 1 >= len(segs):
        return None
    after = segs[k + 1]
    return after.start if after.kind == "resumed" and after.attach == own else None


def _who(s: Sentence, i: int, own: int) -> int | None:
    """"Of the 1,136 people who died", «1000 شخص الذين لقوا حتفهم»: a relative clause on the people
    counted says what they are; where its words start, past the pronoun."""
    k = s.segment_of[i]
    seg = s.segments[k]
    if seg.start != i or seg.kind != "relative" or seg.attach != own or i + 1 >= seg.end:
        return None
    return i + 1


def _money(s: Sentence, v: Span) -> bool:
    """Whether the number is a sum of money written with its sign ("$30 billion", "US$ 40 million"):
    the signs are the values layer's (``currency_signs``)."""
    from checker.values.lexicon import load

    p = s.prepared
    signs = tuple(load(s.lang.code).currency_signs)
    for i in range(v.start, v.end):  # (the sign may follow the hedge opening the value: "about $10 billion")
        a, _ = p.nt.to_source(*p.spans[i])
        if p.text[max(0, a - 4):a].rstrip().lower().endswith(signs):
            return True
    return False


def _glued_unit(s: Sentence, v: Span) -> bool:
    """"13km", "400mm": letters written on the number, outside the value read, are its unit."""
    p = s.prepared
    last = p.spans[v.end - 1]
    return s.words[v.end - 1][-1:].isalpha() and any(
        t is not None and t[1] == v.end and ne < last[1] for t, (_, ne) in zip(p.mention_tokens, p.mention_norm))


_NAME_WORDS = 5  # the longest name read before a noun ("Army and Air Force")


def _past_describers(s: Sentence, i: int, found: Found) -> int | None:
    """Where the search for a number's noun goes on past words at i that only describe it: "two badly
    maintained dams" (an adverb before a participle), "350 US Army and Air Force personnel" (a name's
    words). -1 when the word at i stands for a place named before ("5,200 there"): no noun follows."""
    if s.forms[i] in s.lang.place_pro:
        return -1
    named = _name_before_noun(s, i, found)
    if named is not None:
        return named
    if s.lang.code == "en" and i + 1 < len(s) and not s.broken(i + 1) and _adverb(s, i) and participle_form(s, i + 1):
        return i + 1
    return None


def _name_before_noun(s: Sentence, i: int, found: Found) -> int | None:
    """English: where the rule's noun stands after a run of capitalised words (and the "and" joining
    them) that starts at i; None when there is no such run, or no noun right after it."""
    if s.lang.code != "en" or not s.capitalised(i) or i in s.value_starts:
        return None
    j = i
    while j < min(len(s), i + _NAME_WORDS) and not s.broken(j) and (s.capitalised(j) or s.forms[j] in s.lang.coordinators) \
            and j not in s.value_starts:
        j += 1
    return j if j > i + 1 and j < len(s) and not s.broken(j) and trigger_at(found.triggers, j) is not None else None


def _describes_place(s: Sentence, i: int, covered: set[int]) -> bool:
    """«درنة الليبية»: an Arabic adjective of origin right after a name describes the name."""
    return s.lang.code == "ar" and i - 1 in covered and has_article(s.words[i]) and is_nisba(s.words[i])


def _adverb(s: Sentence, i: int) -> bool:
    return s.words[i].endswith(s.lang.adverb_suffixes or ("\0",)) and len(s.words[i]) > 4


def participle_form(s: Sentence, i: int) -> bool:
    """A past participle: listed ("held", "struck"), or with its ending ("identified", "postponed")."""
    w = s.words[i]
    return s.forms[i] in s.lang.participles or any(w.endswith(x) and len(w) > len(x) + 2 for x in s.lang.participle_suffixes)
