"""Which event a word that refers back stands for: "the session", «الجولة», «جولتها», "it".

An event noun without its own ordinal points back when it is determined ("the
session", «الجلسة») and not marked as another ("the next round"); in the same
sentence it may stand for a round named beside it, as that round's apposition
("the talks, the first round of the dialogue, ...") or the head of its phrase
("the fourth round of strategic dialogue talks"). What it points back to
across sentences is the article's memory (``checker.frames.discourse``).
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.link import Found
from checker.frames.ordinal import ordinal_of
from checker.frames.words import spec_matches
from checker.text.morphology import arabic_stems, has_article


def determined(s: Sentence, t: Hit, source_specs) -> bool:
    """Whether an event noun points back ("the session", «الجولة», «جولتها», "Wednesday's session")."""
    if t.source == "pronoun":
        return True
    prev = s.forms[t.start - 1] if t.start else frozenset()
    if prev in s.lang.determiners:
        return True
    word = s.words[t.start]
    if s.lang.code == "ar":
        return has_article(word) or not any(spec_matches(sp, arabic_stems(word)) for sp in source_specs)
    return False


def of_near(h: Hit, found: Found) -> bool:
    """"The second session of the strategic dialogue", "the dialogue's fourth session": a word that
    refers back is a named event when the rule's series is named beside it."""
    return any(abs(o.start - h.end) <= 3 or abs(h.start - o.end) <= 3 for o in found.of)


def another(s: Sentence, t: Hit) -> bool:
    """"The next round", «الجولة المقبلة»: a determined event noun that is not the one before."""
    near = [i for i in (t.start - 1, t.end) if 0 <= i < len(s)]
    return any(s.forms[i] in s.lang.not_anaphoric for i in near)


def same_event(s: Sentence, h: Hit, named: list[tuple[Hit, int]], found: Found) -> int | None:
    """The ordinal of a named event that a word referring back stands for in the same sentence:
    its apposition ("the talks, the first round of the dialogue, ..."; "Wednesday's session, the
    third round ...") or the head of its own phrase ("the fourth round of strategic dialogue talks")."""
    seg = s.segment_of[h.start]
    of = {i for o in found.of for i in range(o.start, o.end)}
    for t, n in named:
        k = s.segment_of[t.start]
        if k != seg and s.segments[k].kind == "apposition" and s.segments[k].attach == seg:
            return n
        if k == seg and t.end <= h.start and h.start - t.end <= 6 and all(not s.broken(i) for i in range(t.end + 1, h.start + 1)) and (
                all(i in of or s.forms[i] in s.lang.function or i in s.ordinal_starts or i in s.inside_values
                    for i in range(t.end, h.start)) or s.forms[t.end] in s.lang.function):
            # "the third round of the US-Iraq strategic talks", «الجولة الأولى من المفاوضات» (an Arabic
            # ordinal stands after its noun): the talks the round is of
            return n
    return None


def event_words(s: Sentence, spec, mem, found: Found, ordinals, specs,
                after_named: bool = False) -> dict[tuple[int, int], tuple[Hit, int | None, bool]]:
    """A rule's event or counted-noun words in a sentence, each with the ordinal that names it
    and whether it points back. ``mem`` is the rule's memory, ``specs`` its trigger terms;
    ``after_named``: the sentence just before named one of the rule's events with its ordinal."""
    out = {}
    named = {(h.start, h.end) for h in found.triggers}
    found.refer = [h for h in found.refer if (h.start, h.end) not in named]
    hits = list(found.triggers) + list(found.refer)
    if spec.ordinal and spec.ordinal in mem.keys and len(segs := s.segments) > 1 and (
            segs[0].kind == "participial" and s.forms[segs[1].start] in s.lang.pronouns):
        hits.append(Hit("pronoun", segs[1].start, segs[1].start + 1))  # "Held on April 7, 2021, it ..."
    if spec.ordinal and spec.ordinal in mem.keys and _subjectless(s):
        hits.append(Hit("pronoun", 0, 1))  # «عقدت في واشنطن يوم الجمعة»: "it was held", the verb carrying "it"
    for h in hits:
        # A word that refers back takes the round from before, even beside an ordinal:
        # «الجلسة الأولى لهذه اللجنة» is the committee's first session, not round one.
        n = ordinal_of(s, h, ordinals) if h.source != "pronoun" and (h not in found.refer or of_near(h, found)) else None
        back = n is None and (h in found.refer or determined(s, h, specs)) and not another(s, h)
        out[(h.start, h.end)] = (h, n, back)
    named = [(h, n) for h, n, _ in out.values() if n is not None]
    if spec.ordinal and (named or after_named):  # "Its first round took place in June. The second was held ..."
        for h, n in elliptical(s, named, ordinals):
            out[(h.start, h.end)] = (h, n, False)
    for k, (h, n, back) in list(out.items()):
        if named and n is None and h in found.refer:
            n = same_event(s, h, named, found)
            out[k] = (h, n, back and n is None)
        if n is None and spec.ordinal and _previous(s, h):
            before = [m for t, m in named if t.end <= h.start]
            base = before[-1] if before else _remembered(mem, spec.ordinal)
            if base is not None and base > 1:
                out[k] = (h, base - 1, False)  # "the third round ...; the previous session took place in August"
    return out


def _subjectless(s: Sentence) -> bool:
    """A sentence opening on a verb of taking place whose subject is in the verb, a preposition or a
    date right after it («عقدت في واشنطن», «وجرت يوم الجمعة»)."""
    return len(s) > 1 and s.forms[0] in s.lang.subjectless and (
        s.forms[1] in s.lang.function or 1 in s.value_starts)


_OPENING = 2  # words before an ordinal that opens a sentence ("And the second ...", «وعقدت الثانية»)


def elliptical(s: Sentence, named: list[tuple[Hit, int]], ordinals) -> list[tuple[Hit, int]]:
    """«عقدت الأولى افتراضيا، فيما عقدت الثانية في واشنطن», "the first was virtual, the second in
    Washington": after an event named with its ordinal (in the sentence, or the one before when
    ``named`` is empty), another definite ordinal standing alone names another event of the same kind."""
    out = []
    first = min(h.start for h, _ in named) if named else -1
    taken = {i for h, _ in named for i in range(h.start - 1, h.end + 2)}
    for span, n in ordinals:
        if not named and span.start > _OPENING:
            continue  # after the sentence before, only an ordinal opening the sentence stands for its event
        if span.start <= first or span.start in taken or any(n == m for _, m in named) or not (
                span.end - span.start == 1 and s.words[span.start].isalpha() and n <= 10):
            continue  # an ordinal word ("the second", «الثانية»), not the day of a date
        nxt = span.end
        alone = nxt >= len(s) or s.broken(nxt) or s.forms[nxt] in s.lang.function or nxt in s.value_starts
        # («والرابعة في واشنطن»: the coordinator glued before the article)
        definite = s.words[span.start].lstrip("وف").startswith("ال") if s.lang.code == "ar" else (
            span.start > 0 and s.forms[span.start - 1] in s.lang.determiners)
        if alone and definite:
            out.append((Hit("ellipsis", span.start, span.end), n))
    return out


def _previous(s: Sentence, h: Hit) -> bool:
    """"The previous session", «الجولة السابقة»."""
    return (h.start > 0 and s.forms[h.start - 1] in s.lang.previous) or (h.end < len(s) and s.forms[h.end] in s.lang.previous)


def _remembered(mem, slot: str) -> int | None:
    said = mem.keys.get(slot)
    return int(said.plain) if said is not None and said.plain.isdigit() else None
