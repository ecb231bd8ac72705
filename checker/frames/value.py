"""The values a frame may claim in a sentence, and the claim made of one once it is linked.

Constraints a rule states about its value (a count, not a percentage; a
plausible range; a date at least as precise as a month) are applied here,
before linking, so a year ("the 2018 election") or a share can never be
taken for a number of troops however close it stands to the word "troops".
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.bounds import bounded, changed_from, partitive
from checker.frames.candidate import Candidate, constraint_broken
from checker.frames.implied import duals, pairs
from checker.frames.head import possessor
from checker.frames.link import Found, Span
from checker.frames.ratio_part import ratio_part
from checker.frames.words import forms_of
from checker.models import NameValue, Quantity
from checker.values.ordinals import grammar as ordinal_grammar, ordinal_value


def ordinals_of(s: Sentence, sent, found: Found, rule) -> list[tuple[Span, int]]:
    """Ordinals that may name an event: the values layer's, plus "a fourth round" (read as the
    fraction a quarter when alone) and "the opening round" («الجولة الافتتاحية»): the first."""
    out = [(c.span, c.mention.value.value) for c in candidates(s, sent, found, "ordinal", rule)]
    starts = {t.start for t in found.triggers}
    ends = {t.end for t in found.triggers} if rule.frame.ordinal else set()
    for m, span in zip(sent.mentions, mention_spans(sent)):
        v = m.value
        if (span is not None and v.kind == "quantity" and 0 < v.value < 0.5 and m.text.lower().startswith(("a ", "an "))
                and any(0 <= t - span.end <= 3 for t in starts)):
            out.append((span, round(1 / v.value)))
        # "round four", "Round 3": a small whole number right after the event noun names it
        if (span is not None and v.kind == "quantity" and not v.mod and float(v.value).is_integer() and 1 <= v.value <= 30
                and span.start in ends and not s.broken(span.start)):
            out.append((span, int(v.value)))
    # «في جولة ثانية»: an ordinal with no article right after the event's noun, which the values
    # layer reads only before a noun («ثالث أكبر»), is the event's
    taken = {sp.start for sp, _ in out}
    for i in ends if s.lang.code == "ar" else ():
        if i < len(s) and i not in taken and not s.broken(i):
            n = ordinal_value(ordinal_grammar("ar"), s.words[i])
            if n is not None:
                out.append((Span(i, i + 1), n))
    out += [(Span(i, i + 1), 1) for i in s.openings]
    return out


def mention_spans(sent) -> list[Span | None]:
    got = getattr(sent, "_frame_spans", None)
    if got is None:
        got = sent._frame_spans = [Span(*t) if t else None for t in getattr(sent, "mention_tokens", ())]
    return got


def _named_by(s: Sentence, span) -> bool:
    """«يعرف باسم "البرج 22"», 'known as "Tower 22"': a number closing a short quoted stretch that
    opens on a word is part of a name, not a count."""
    quoted = s.quoted
    if span.start not in quoted or span.start == 0 or span.start - 1 not in quoted:
        return False
    start = span.start
    while start - 1 in quoted and span.start - start < 3:
        start -= 1
    closes = span.end >= len(s) or span.end not in quoted
    return closes and (start == 0 or start - 1 not in quoted) and start not in s.value_starts


def candidates(s: Sentence, sent, found: Found, kind: str, rule, say=None) -> list[Candidate]:
    """The values of ``kind`` in a sentence that fit the rule's frame, as candidates for linking."""
    if kind == "name":
        return _names(s, sent, found, rule, say)
    out = []
    for m, span in zip(sent.mentions, mention_spans(sent)):
        if m.value.kind != kind or span is None:
            continue
        why = constraint_broken(rule.frame, m.value, say) if kind != "ordinal" else None
        if kind == "quantity" and why is None and _a_year(s, span, m.text):
            why = "a year, said after a word of time (the year 2021)"
        if kind == "quantity" and why is None and _named_by(s, span):
            why = "part of a name in quotation marks («\"البرج 22\"», \"Tower 22\")"
        if kind == "quantity" and why is None and _clock(s, span):
            why = "a time of day (3 am, «الساعة الثالثة»)"
        if kind == "quantity" and why is None and span.end < len(s) and s.forms[span.end] in s.lang.durations:
            why = f"a length of time («{s.words[span.end]}»)"
        if kind == "quantity" and why is None and span.end < len(s) and s.forms[span.end] in s.lang.distances and not any(
                t.start == span.end for t in found.triggers):
            why = f"a distance («{s.words[span.end]}»)"  # "struck 7 kilometres below the surface"
        if why == "not a count" and (part := ratio_part(s, sent, m, span, found)) is not None:
            out.append(part)  # "73 out of 329 seats": the part counts the seats
            continue
        if why:
            if say:
                say(rule, f"«{m.text}» not taken: {why}")
            continue
        out.append(Candidate(span, m.text, bounded(s, span, m.value) if kind == "quantity" else m.value, mention=m))
    if kind in ("date", "quantity"):
        out = _ranges(s, sent, out, say, rule)
    if kind == "quantity":
        for a, b in zip(out, out[1:]):
            b.whole = a.span if partitive(s, a.span, b.span) else None
    if kind == "quantity" and rule.frame.unit in ("count", "any"):
        implied = duals(s, sent, found, out) if s.lang.code == "ar" else []
        implied += [c for c in pairs(s, found) if not any(o.span.end == c.span.start for o in out)]
        out.extend(c for c in implied if constraint_broken(rule.frame, c.detail, say) is None)  # "two soldiers" is no troop level
    return out


def _names(s: Sentence, sent, found: Found, rule, say=None) -> list[Candidate]:
    """Places said as the event's venue: not a possessor, a place travelled to or from, a party."""
    out = []
    for h in _one_per_name(s, found.values):
        if possessor(s, h.end - 1):
            if say:
                say(rule, f"«{' '.join(s.words[h.start:h.end])}» not taken: a possessor («Washington's commitments»)")
            continue
        # "heads to Washington to take part in the round": where someone went, not where the event
        # is said to be held (blind sets 2, 5 and 6 label it so)
        if h.start and s.forms[h.start - 1] in s.lang.away:
            if say:
                say(rule, f"«{' '.join(s.words[h.start:h.end])}» not taken: a place travelled to or from")
            continue
        if h.start in s.party_tokens:
            if say:
                say(rule, f"«{' '.join(s.words[h.start:h.end])}» not taken: a party to the talks, not their place")
            continue
        seg = s.segments[s.segment_of[h.start]]  # "held virtually, with officials in Baghdad": the adjunct's clause too
        own = {s.segment_of[h.start]} | ({seg.attach} if seg.kind == "adjunct" else set())
        if any(s.forms[i] in s.lang.virtual for i in range(len(s)) if s.segment_of[i] in own):
            if say:
                say(rule, f"«{' '.join(s.words[h.start:h.end])}» not taken: the event was held remotely")
            continue
        if h.start not in found.venue_cells and not _venue(s, h, found.value_vocab):
            if say:
                say(rule, f"«{' '.join(s.words[h.start:h.end])}» not taken: nothing says the event was there")
            continue
        ns, ne = sent.spans[h.start][0], sent.spans[h.end - 1][1]
        ss, se = sent.nt.to_source(ns, ne)
        out.append(Candidate(Span(h.start, h.end), sent.text[ss:se], NameValue(value=h.canonical, text=sent.text[ss:se])))
    return out


def _a_year(s: Sentence, v: Span, text: str) -> bool:
    """«بنهاية العام الجاري 2021», "in the year 2014": four digits just after a noun of time are a year."""
    if not (text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100):
        return False
    return any(0 <= i and not s.broken(i + 1) and s.forms[i] in s.lang.time_nouns for i in (v.start - 1, v.start - 2))


def _clock(s: Sentence, v: Span) -> bool:
    """"Around 3 am", «الساعة 2:30 صباحا»: an hour of the clock counts nothing."""
    glued = v.end + 1 < len(s) and not s.broken(v.end + 1) and frozenset({s.words[v.end] + s.words[v.end + 1]}) in s.lang.clock_after
    return (v.end < len(s) and s.forms[v.end] in s.lang.clock_after) or glued or (  # "3 a.m.": two tokens
        v.start > 0 and s.forms[v.start - 1] in s.lang.clock_before)


def _one_per_name(s: Sentence, hits: list[Hit]) -> list[Hit]:
    """«العاصمة العراقية بغداد», "the U.S. capital, Washington": one place said twice is one value
    (but not across a preposition: «بين بغداد وواشنطن في العاصمة الأميركية» names the venue anew)."""
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: h.start):
        gap = h.start - out[-1].end if out else -1
        if out and out[-1].canonical == h.canonical and (gap == 0 or (gap == 1 and s.forms[h.start - 1] not in s.lang.function)):
            continue
        out.append(h)
    return out


def _joined(s: Sentence, a: Candidate, b: Candidate) -> bool:
    """Two values of one range: "Thursday and Friday", "3,500 to 4,000", "3,500-3,600",
    «يومي الاثنين والثلاثاء» (the و is written on the second value)."""
    gap = range(a.span.end, b.span.start)
    if len(gap) > 1 or (gap and s.forms[gap[0]] not in s.lang.range_joiners):
        return False
    if changed_from(s, a.span):
        return False  # "will drop from about 5,200 to 3,000": a level and a change, not a range
    if isinstance(a.detail, Quantity) and isinstance(b.detail, Quantity) and a.detail.value > b.detail.value:
        return False  # "shrunk from 7,500 to 3,500": a range runs upward; downward, a change
    if isinstance(a.detail, Quantity) and _and_joined(s, gap, b) and not any(
            s.forms[i] in s.lang.parties for i in range(max(0, a.span.start - 3), a.span.start)):
        return False  # «نحو 5300 وعشرة آلاف مفقود»: two counts; "and" makes a range only after "between"
    if not gap:
        text = s.gap(b.span.start)
        joined_ar = s.lang.code == "ar" and s.words[b.span.start].startswith("و")
        return joined_ar or text.strip() in ("-", "/")
    return not s.broken(b.span.start) and not s.broken(gap[0])


def _and_joined(s: Sentence, gap: range, b: Candidate) -> bool:
    """Whether "and" («و», written on the second number) joins two numbers, not "to" or "or"."""
    if gap:
        return s.forms[gap[0]] in s.lang.coordinators and s.forms[gap[0]] not in s.lang.or_words
    return s.lang.code == "ar" and s.words[b.span.start].startswith("و")


def _covering(a, b):
    """The narrowest date that holds both ends of a range: the same week, month, year or decade."""
    from checker.models import DateValue

    if a.earliest is None or b.earliest is None:
        return None
    lo, hi = min(a.earliest, b.earliest), max(a.latest, b.latest)
    (ly, lw, _), (hy, hw, _) = lo.isocalendar(), hi.isocalendar()
    for same, value in (((ly, lw) == (hy, hw), f"{ly}-W{lw:02d}"), ((lo.year, lo.month) == (hi.year, hi.month), f"{lo.year}-{lo.month:02d}"),
                        (lo.year == hi.year, str(lo.year)), (lo.year // 10 == hi.year // 10, str(lo.year // 10))):
        if same:
            return DateValue(value=value)
    return None


def _night_into(s: Sentence, a: Candidate, b: Candidate) -> bool:
    """"the night of Friday to Saturday", «ليلة الجمعة إلى السبت», «ليل الأحد الاثنين»: a night named by
    the day it begins on and the day after it (joined, or side by side) is that first day's night, not
    a range of two days."""
    gap = range(a.span.end, b.span.start)
    if len(gap) > 1 or gap and (s.forms[gap[0]] not in s.lang.night_joiners or s.broken(gap[0])) or s.broken(b.span.start):
        return False
    i = a.span.start - 1
    if i > 0 and s.forms[i] in s.lang.night_of:
        i -= 1  # "the night of Friday"
    if i < 0 or s.forms[i] not in s.lang.nights:
        return False
    first, second = a.detail, b.detail
    return (first.earliest is not None and first.earliest == first.latest and second.earliest is not None
            and (second.earliest - first.latest).days == 1 and second.earliest == second.latest)


def _ranges(s: Sentence, sent, cands: list[Candidate], say, rule) -> list[Candidate]:
    """A range is one value, never two claims of which one is taken: a date range becomes the
    narrowest date holding both ends (so "Thursday and Friday" never contradicts "23 July"), a
    number range both its ends (so "3,500 to 4,000" never contradicts 3,800, and contradicts 5,000)."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and not isinstance(a.detail, Quantity) and _night_into(s, a, b):
            out.append(a)  # «ليلة الجمعة إلى السبت», "overnight Friday into Saturday": the night of the first day
            i += 2
            continue
        if b is None or not _joined(s, a, b):
            out.append(a)
            i += 1
            continue
        if not isinstance(a.detail, Quantity) and a.detail.value == b.detail.value:
            out.append(a)  # «أمس /الاثنين/»: one day said twice, not a range
            i += 2
            continue
        if isinstance(a.detail, Quantity):
            lo, hi = sorted((a.detail.value, b.detail.value))
            hedge = "APPROX" if "APPROX" in (a.detail.mod, b.detail.mod) else None  # "about 3,500 to 4,000"
            value = Quantity(value=lo, high=hi, mod=hedge, unit=a.detail.unit) if lo != hi else a.detail
        else:
            value = _covering(a.detail, b.detail)
        text = sent.text[a.mention.start:b.mention.end] if a.mention and b.mention else f"{a.text} … {b.text}"
        if value is None:
            if say:
                say(rule, f"«{text}» not taken: a range with no single date holding both ends")
        else:
            joined = Candidate(Span(a.span.start, b.span.end), text, value, mention=None)
            joined.source_span = (a.mention.start, b.mention.end) if a.mention and b.mention else None
            out.append(joined)
        i += 2
    return out


def _venue(s: Sentence, h: Hit, vocabulary=None) -> bool:
    """A place is the venue when a preposition of place stands before it ("in Washington",
    «في واشنطن», «بواشنطن») or a verb of hosting beside it ("Washington hosted", «استضافتها واشنطن»)."""
    i = h.start - 1
    while i >= 0 and s.forms[i] in s.lang.determiners:
        i -= 1
    if i >= 0 and s.forms[i] in s.lang.venue and not s.broken(i + 1):
        return True
    if h.start > 0 and "(" in s.gap(h.start):
        return True  # «الجولة الرابعة (واشنطن، 23 تموز 2021)»: place and date said in brackets
    word = s.words[h.start]
    if s.lang.code == "ar" and vocabulary is not None:
        bare = word[2:] if word.startswith(("وب", "فب")) else word[1:] if word.startswith("ب") else ""
        if bare and vocabulary.find([forms_of(bare)]):
            return True  # «بواشنطن»: ب is a clitic; in «بغداد» it is the name's own letter
    seg = s.segment_of[h.start]
    near = range(max(0, h.start - 3), min(len(s), h.end + 3))
    return any(s.forms[j] in s.lang.host and s.segment_of[j] == seg for j in near)





