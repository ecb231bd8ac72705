"""Which key a linked value gets: the event's ordinal and the name of each key slot.

A value already linked to its event or counted noun (``checker.frames.link``,
``checker.frames.events``) still needs its key: the ordinal that names the event
("the third round"), else the one the article named before; and for each key
slot the nearest name (``checker.frames.owner.nearest_key``) in widening rings,
the value's clause, its clause group, the sentence, else the last one the
article named. A number said of two names joined by "and" is neither one's,
unless "each" makes it every one's.
"""

from __future__ import annotations

from checker.claimtext import ordinal_words
from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.link import Found, Reject, Span
from checker.frames.pairs import change_source, change_target, coordinated, shared_with
from checker.frames.owner import nearest_key
from checker.text.morphology import is_nisba


def each(s: Sentence, v: Span, h: Hit) -> bool:
    """"2,500 troops each in Afghanistan and Iraq", "cut troops in Iraq and Afghanistan to 2,500
    each": the number is said of every one of them."""
    lo, hi = (v.end, h.start) if v.end <= h.start else (h.end, v.start)
    after = range(v.end, min(v.end + 2, len(s)))  # "2,500 each", "2,500 troops each"
    return any(s.forms[i] in s.lang.each for i in range(lo, hi)) or any(
        s.forms[i] in s.lang.each and not s.broken(i) for i in after)


def joined_names(s: Sentence, h: Hit, hits: list[Hit]) -> list[Hit]:
    """The names joined to ``h`` by "and" or commas ("Iraq, Syria and Afghanistan"), in text
    order, one per name: what a number said of each of them is said of."""
    chain, grew = [h], True
    while grew:
        grew = False
        for o in hits:
            if all(o.canonical != c.canonical for c in chain) and any(joint(s, c, [o]) or _listed(s, c, o) for c in chain):
                chain.append(o)
                grew = True
    return sorted(chain, key=lambda x: x.start)


def _listed(s: Sentence, a: Hit, b: Hit) -> bool:
    """Two names of a list set off by a comma alone: "Iraq, Syria and Afghanistan"."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return lo.end == hi.start and s.gap(hi.start).strip() in (",", "،")


def joint(s: Sentence, h: Hit, hits: list[Hit]) -> str | None:
    """"2,000 U.S. troops in Iraq and Syria", «في العراق وسوريا»: a key joined to another of
    its slot by "and" names two places at once; the number is not either one's."""
    for o in hits:
        if o.canonical == h.canonical:
            continue
        lo, hi = (h, o) if h.start < o.start else (o, h)
        between = range(lo.end, hi.start)
        joined = (len(between) == 1 and s.forms[lo.end] in s.lang.range_joiners and s.words[lo.end] not in ("to", "الى")) or (
            not between and s.lang.code == "ar" and s.words[hi.start].startswith("و")) or _joined_regions(s, between)
        if joined:
            return " ".join(s.prepared.words[lo.start:hi.end])
    return None


def _joined_regions(s: Sentence, between: range) -> bool:
    """"southeastern Turkey and neighbouring Syria", «في تركيا وفي سوريا»: "and" (or «و» on a
    preposition) and words placing the second name within its country are still one joining."""
    if not between or len(between) > 3 or any(s.broken(i) for i in between):
        return False  # («في الكويت، وفي الأردن قرابة 400»: a comma lists the next place with its own number)
    first = between[0]
    w = s.words[first]
    if s.lang.code == "ar":
        return len(between) == 1 and w.startswith("و") and frozenset({w[1:]}) in s.lang.prepositions
    return w == "and" and all(s.forms[i] in s.lang.place_adjectives for i in between[1:])


def _ordinal(s: Sentence, spec, mem, t: Hit, n, back: bool, key: dict, shown: dict, context: list) -> None:
    """The event's ordinal: its own, else (for words that refer back) the last one named."""
    if n is not None:
        key[spec.ordinal], shown[spec.ordinal] = str(n), ordinal_words(n)
    elif back and spec.ordinal in mem.keys:
        said = mem.keys[spec.ordinal]
        key[spec.ordinal], shown[spec.ordinal] = said.plain, said.shown
        context.append(said.link)
    else:
        raise Reject(f"«{' '.join(s.words[t.start:t.end])}» has no ordinal and none came before")


def key_name(s: Sentence, v: Span, hits: list[Hit], rest: list[Span]) -> Hit | None:
    """The name of one key slot in the sentence: in the value's clause, its group, the sentence."""
    hits = [h for h in hits if not _interrupting(s, h, v, hits) and not _measured_from(s, h)]
    for scope in ({s.segment_of[v.start]}, s.group(s.segment_of[v.start]), None):
        h = nearest_key(s, v, hits, rest, scope)
        if h is not None:
            return h
    # «حوالي 2500 جندي أمريكي و1000 جندي من قوات التحالف في العراق»: values joined by
    # "and" share the place named after the last of them
    h = nearest_key(s, v, hits, [o for o in rest if not coordinated(s, v.end, o.start)], {s.segment_of[v.start]})
    if h is None and (o := change_source(s, v, rest) or change_target(s, v, rest) or _compared_to(s, v, rest)) is not None:
        # "in Iraq from 7,500 to 3,500", "in Iraq is to fall to 2,500 from about 3,000": the pair shares its place
        h = nearest_key(s, v, hits, [x for x in rest if x is not o], {s.segment_of[v.start]})
    return h


def _interrupting(s: Sentence, h: Hit, v: Span, hits: list[Hit]) -> bool:
    """«يستضيف الأردن، الذي يشترك حدودا مع العراق وسوريا، حوالي 3000 جندي», "Jordan, which borders Iraq
    and Syria, hosts 3,000": a name in a relative clause set off after a key it describes, before the
    value's clause, describes that key; it is not the value's key ("In January 2020, when Iraq's
    parliament voted ..., the US had 5,200 troops in the country": with no key before it, it may be)."""
    k, own = s.segment_of[h.start], s.segment_of[v.start]
    seg, mine = s.segments[k], s.segments[own]
    if not (k < own and seg.kind in ("relative", "participial") and seg.attach is not None and seg.attach != own):
        return False
    if not (mine.kind in ("resumed", "adjunct") and mine.attach in (seg.attach, k) and own == k + 1):
        return False
    host = s.segments[seg.attach]
    return any(host.start <= o.start < host.end for o in hits)


def _measured_from(s: Sentence, h: Hit) -> bool:
    """"60 km from the border with Iraq", «على بعد 60 كم من الحدود مع العراق»: a place a distance is
    measured from is no key."""
    lo = max(0, h.start - 6)
    src = next((i for i in range(h.start - 1, lo - 1, -1) if s.forms[i] in s.lang.source), None)
    return src is not None and src > 0 and s.forms[src - 1] in s.lang.distance_units and not any(
        s.broken(i) for i in range(src, h.start + 1))


def _nationality(s: Sentence, v: Span, t: Hit, hits: list[Hit]) -> str | None:
    """"250,000 Iraqi security personnel", «240 ألف عنصر من القوات الأمنية العراقية»: a country's
    adjective in the number's own noun phrase says whose nationals they are, not where others' are
    (English writes it before the noun, Arabic after; a preposition other than «من» ends the phrase:
    «على الأراضي العراقية» says where they are, and a word of saying: «بحسب وزارة الصحة السورية» says
    who counted them)."""
    if s.lang.code == "ar" and t.start >= v.end:
        for i in range(t.end, min(len(s), t.end + 4)):
            if s.broken(i) or (s.forms[i] in s.lang.prepositions and s.forms[i] not in s.lang.source) or i in s.value_starts \
                    or s.forms[i] in s.lang.reporting:
                return None
            h = next((h for h in hits if h.start == i), None)
            if h is not None:
                return s.words[i] if is_nisba(s.words[i]) else None  # «عراقي», not «العراق»
        return None
    if s.lang.code != "en" or not v.end <= t.start <= v.end + 3 or any(
            s.forms[i] in s.lang.function or s.broken(i) for i in range(v.end, t.start)):
        return None  # only in the number's own noun phrase
    return next((" ".join(s.words[h.start:h.end]) for h in hits if v.end <= h.start and h.end <= t.start), None)


def _compared_to(s: Sentence, v: Span, rest: list[Span]) -> Span | None:
    """"2,000 troops in Syria, more than twice the 900 it had said": compared, the two share a place
    (joined by "and", each may have its own: "2,500 in Iraq and 900 in Syria")."""
    o = shared_with(s, v, rest)
    return o if o is not None and not coordinated(s, o.end, v.start) else None


def _fronted_key(s: Sentence, hits: list[Hit]) -> Hit | None:
    """«في العراق، ... يتواجد 4647 عسكري ... وهناك أكثر من 5000», "In Iraq, ...": a key set before the
    sentence's first clause, alone in its segment, holds for the whole sentence."""
    first = s.segments[0]
    if len(s.segments) < 2:
        return None
    inside = [h for h in hits if first.start <= h.start and h.end <= first.end]
    rest = [i for i in range(first.start, first.end) if not any(h.start <= i < h.end for h in inside)]
    return inside[0] if len(inside) == 1 and all(s.forms[i] in s.lang.function for i in rest) else None


def choose_keys(s: Sentence, spec, mem, v: Span, t: Hit, n, back: bool, found: Found,
                rest: list[Span]) -> tuple[dict, dict, list, list]:
    """(key, shown, context, also) of a value: ``rest`` are the other values a key name may not lie
    past; ``also`` are the keys a number said of "each" of several names holds for besides."""
    key, shown, context, also = {}, {}, [], []
    if spec.ordinal:
        _ordinal(s, spec, mem, t, n, back, key, shown, context)
    for slot in spec.key:
        hits = found.keys.get(slot, [])
        if spec.counts and spec.of and (who := _nationality(s, v, t, hits)) is not None:
            raise Reject(f"counts «{who}» people, not {'/'.join(spec.of)}")
        h = key_name(s, v, hits, rest)
        both = joint(s, h, hits) if h is not None else None
        if both and each(s, v, h):
            also += [(slot, o.canonical) for o in joined_names(s, h, hits) if o.canonical != h.canonical]
        elif both:
            raise Reject(f"one number for two {slot} values at once («{both}»)")
        if h is None:
            h = _fronted_key(s, hits)
        if h is None and t.end <= v.start and t.source != "count_back":
            # «وكان عدد قوات التحالف في العراق يتجاوز 7 آلاف ... قبل أن يتقلص إلى 3500»: the place said
            # with the counted noun the number was linked to, past the other number
            own = [o for o in rest if o.end != t.start]  # (the noun's own number, "7 آلاف عسكري", is no barrier)
            h = nearest_key(s, Span(t.start, t.end), hits, own, {s.segment_of[t.start]})
        if h is None and t.source == "count_back":
            # «إن عدد جنوده في العراق 2500، ... أن العدد الفعلي يتجاوز 4 آلاف»: "the real number" is the
            # number of what was named before, where it was named
            ref = [r for r in found.triggers if r.source != "count_back" and r.end <= t.start]
            if ref:
                h = nearest_key(s, Span(ref[-1].start, ref[-1].end), hits, [], {s.segment_of[ref[-1].start]})
        if h is not None:
            key[slot] = shown[slot] = h.canonical
        elif slot in mem.keys and spec.key_from == "sentence":
            raise Reject(f"no {slot} named in the sentence (key_from: sentence)")
        elif slot in mem.keys:
            said = mem.keys[slot]
            key[slot], shown[slot] = said.plain, said.shown
            context.append(said.link)
        else:
            raise Reject(f"no {slot} named in the sentence or before it")
    return key, shown, context, also
