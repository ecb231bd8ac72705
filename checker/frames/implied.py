"""Counts said with no number written: an Arabic dual («انهيار سدين», two dams) and "both"
(«كلا السدين», "both of Derna's dams"). They count two, where two fits the rule ("two soldiers"
is no troop level).
"""

from __future__ import annotations


from checker.frames.clauses import Sentence
from checker.frames.head import possessor
from checker.frames.link import Found, Span
from checker.frames.candidate import Candidate, constraint_broken, fitting
from checker.frames.words import spec_matches
from checker.models import Quantity
from checker.text.morphology import arabic_forms, has_article

_TWO = Quantity(value=2)


def may_be_two(spec) -> bool:
    """Whether two, said by a dual or "both", could be the rule's count ("two soldiers" is no troop level).
    Asked of every sentence a count rule reads, so answered once per rule (the spec is kept with
    its answer, so its id is never another's)."""
    got = _TWO_FITS.get(id(spec))
    if got is None:
        got = _TWO_FITS[id(spec)] = (spec, spec.unit in ("count", "any") and constraint_broken(spec, _TWO, None) is None)
    return got[1]


_TWO_FITS: dict[int, tuple[object, bool]] = {}


def two_unwritten(s: Sentence, found: Found, spec) -> bool:
    """Whether a sentence may count two with no number written, by a dual or "both"
    (``_duals``, ``_pairs``). Asked before any linking where no written number fits a count
    rule: most sentences such a rule reads have neither, and need no linking at all."""
    if not may_be_two(spec):
        return False
    hits = found.triggers + found.refer
    covered = found.covered()
    if any(_pair_before(s, h, covered) is not None for h in hits):
        return True
    return s.lang.code == "ar" and any(h.end == h.start + 1 and _dual_form(s, h, found) for h in hits)


def _dual_form(s: Sentence, hit, found: Found) -> bool:
    """A one-word hit whose plain form is none of its terms: «سدين» from سد (see ``_duals``)."""
    plain = arabic_forms(s.words[hit.start])
    return not any(spec_matches(t.specs[0], plain) for t in found.trigger_terms if t.source == hit.source)


def _construct_dual(s: Sentence, hit, found: Found) -> bool:
    """A dual in ا is a construct one («سدا درنة», «سدا وادي درنة») only before the noun it is of;
    before a preposition, a light word or a number the ا is the accusative's («أضرارا بقيمة 30 مليار»)."""
    w = s.words[hit.start]
    if not w.endswith("ا") or w.endswith("ان"):
        return True
    nxt = hit.end
    if nxt >= len(s) or s.broken(nxt):
        return False
    return not (s.words[nxt].startswith(("ب", "ل", "ك")) and not has_article(s.words[nxt])
                or s.forms[nxt] in s.lang.function or nxt in s.value_starts)


def pairs(s: Sentence, found: Found) -> list[Candidate]:
    """"Both dams", «كلا السدين»: two, with no number written."""
    out = []
    covered = found.covered()
    for hit in found.triggers:
        i = _pair_before(s, hit, covered)
        if i is not None:
            out.append(Candidate(Span(i, i + 1), s.words[i], Quantity(value=2), trigger=hit))
    return out


def _pair_before(s: Sentence, hit, covered: set[int]) -> int | None:
    """The "both" before a counted noun: "both dams", "both of Derna's dams", «كلا السدين»."""
    i = hit.start - 1
    if (s.lang.code == "en" and i > 0 and s.forms[i] not in s.lang.function and s.forms[i] not in s.lang.pair
            and not s.broken(i + 1) and (s.forms[i - 1] in s.lang.function or s.forms[i - 1] in s.lang.pair)):
        i -= 1  # "a pair of ageing dams", "both ageing dams": one word that describes the noun
    while i > 0 and hit.start - i <= 4 and (i in covered or s.forms[i] in s.lang.function or s.forms[i] in s.lang.determiners
                                            or s.forms[i] in s.lang.modifiers or possessor(s, i)):
        i -= 1
    if i >= 0 and s.forms[i] in s.lang.pair and not any(s.broken(k) for k in range(i + 1, hit.start + 1)):
        return i
    return None


def duals(s: Sentence, sent, found: Found, numbers: list[Candidate]) -> list[Candidate]:
    """An Arabic dual counts two: «انهيار سدين» says two dams with no number written. A word
    counts as dual only when the vocabulary knows its singular and not the word itself:
    «عسكريين» is listed as a plural of عسكري, «سدين» is not listed."""
    # a number right beside the noun says the count itself, unless "and" opens it («سدان و4 جسور»)
    near = {i for c in numbers for i in range(c.span.start - (0 if s.words[c.span.start].startswith("و") else 1), c.span.end + 2)}
    out = []
    for hit in list(found.triggers):
        i = hit.start
        if hit.end != i + 1 or i in near:
            continue
        if not _dual_form(s, hit, found) or not _construct_dual(s, hit, found):
            continue
        ss, se = sent.nt.to_source(*sent.spans[i])
        out.append(Candidate(Span(i, i + 1), sent.text[ss:se], Quantity(value=2), trigger=hit))
    return out


def may_claim(rule, sent) -> bool:
    """Whether some value in the sentence could be the rule's: most sentences a rule's words let
    through hold none (a count beside a share rule) and need no linking. With no number written,
    a count rule may still count two by a dual or "both" (``two_unwritten``)."""
    kind = rule.value_type
    return kind == "name" or bool(sent.mentions) and fitting(rule.frame, kind, sent.mentions) or (
        kind == "quantity" and may_be_two(rule.frame))
