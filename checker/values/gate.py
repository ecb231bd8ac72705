"""Whether a sentence may hold a value at all, from its words alone.

Most sentences of an article hold no date, count or ordinal, and every grammar
of the values layer would scan each of them in vain. Every grammar is built
from the lexicon, so a value always has a digit or some lexicon word in it: a
sentence with neither is passed over. The test is conservative on purpose: an
English word opens the gate when it begins with an anchor ("thirties", "Mays"),
an Arabic one when it holds an anchor anywhere (clitics before it, suffixes and
dual endings after it: «وبالثلاثاء», «سدين»), and of a multi-word entry ("the
day before yesterday") its longest word stands for it, since a match holds all
its words. Words are judged once each, however often they recur.

The guarantee, that the gate never hides a value, is tested against every text
the project holds (``tests/test_values_gate.py``); ``GATED`` off reads every
sentence, for that test.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel

from checker.values.lexicon import load

GATED = True

# Lexicon fields that never make a value on their own: they are read only beside a
# number, a month or another anchor ("about", "in", «من», "resolution No.", a verb
# ending). Everything else in the lexicon is an anchor.
_CONTEXT_FIELDS = frozenset({
    "lang", "article", "year_preps", "of_words", "day_word", "date_openers", "period_preps",
    "period_blockers_after", "offset_blockers_after", "offset_unit_followers", "year_construct_next",
    "year_construct_blockers", "today_blockers", "id_words", "strict_id_words", "hedges",
    "fraction_adjectives", "fraction_context", "tense_cues", "past_verb", "future_prefixes",
    "future_prefix_exceptions", "one_not_after", "loose_ratio_words", "currency_signs", "glued_units",
    "currency_scales", "agree_words", "weekday_joiner", "year_qualifiers", "same_year_words",
    "counting", "whole_nouns", "abbreviated_months", "ambiguous_months", "ambiguous_fractions",
    "era_marks", "and_", "not_alone", "adverbial_suffix", "article_digits", "bare_blockers",
    "fraction_followers", "rank_heads", "ratio_words", "day_range_joiners", "day_range_followers",
    # a relative word, an offset's "before" or a part of a period is read only with its
    # unit, weekday, month or year, which are anchors themselves ("last year", «قبل عامين»)
    "relative", "this_words", "vague_before", "offset_before", "offset_after", "parts", "parts_after", "last_words",
})
_WORD = re.compile(r"[^\W_]+")  # as a prepared sentence has its words (``ruleset.match``)
_MIN_STEM = 4  # shorter anchors must be the whole word, less an ending in Arabic
_MEMO_LIMIT = 200_000
_ENDINGS = frozenset({"ا", "ه", "ي", "ين", "ان", "ات", "ون", "يه"})  # accusative, ة, nisba; dual, plural


def _strings(obj) -> list[str]:
    """The words of one lexicon entry: a list's items, a dict's word keys (``months``:
    word -> number) or its lists of words (``parts``: START -> words), a nested table's
    fields; never a code, a number or a setting."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, BaseModel):
        return [s for name in type(obj).model_fields if name not in _CONTEXT_FIELDS
                for s in _strings(getattr(obj, name))]
    if isinstance(obj, dict):
        return [s for k, v in obj.items()
                for s in (_strings(v) if isinstance(v, (list, tuple)) else [k] if isinstance(k, str) else [])]
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [s for x in obj for s in _strings(x)]
    return []


class _Anchors:
    def __init__(self, lang: str) -> None:
        words: set[str] = set()
        stems: set[str] = set()  # single words, which may be inflected
        for entry in _strings(load(lang)):
            parts = _WORD.findall(entry.lower())
            if parts:
                words.add(max(parts, key=len))
                if len(parts) == 1:
                    stems.add(parts[0])
        self.arabic = lang == "ar"
        self.exact = frozenset(words)
        self.stems = tuple(sorted(w for w in stems if len(w) >= _MIN_STEM))
        self.memo: dict[str, bool] = {}

    def word(self, w: str) -> bool:
        got = self.memo.get(w)
        if got is None:
            got = self._judge(w)
            if len(self.memo) < _MEMO_LIMIT:
                self.memo[w] = got
        return got

    def _judge(self, w: str) -> bool:
        if any(ch.isdigit() for ch in w) or w in self.exact:
            return True
        if not self.arabic:
            return w.startswith(self.stems)  # "hundreds", "Mays"
        from checker.text.morphology import arabic_forms

        # clitics off (arabic_forms), then an ending: a dual or plural (ين ان ات ون), the
        # accusative ا, ة; or a longer anchor with any ending («صاروخيه»)
        return any(f in self.exact or f.startswith(self.stems) or (f[-1:] in _ENDINGS and f[:-1] in self.exact)
                   or (f[-2:] in _ENDINGS and f[:-2] in self.exact) for f in arabic_forms(w))


@lru_cache(maxsize=None)
def _anchors(lang: str) -> _Anchors:
    return _Anchors(lang)


def may_hold_value(lang: str, text: str, words: frozenset[str] | None = None) -> bool:
    """False only when normalised ``text`` has no digit and no lexicon word of ``lang``;
    ``words`` are its words when the caller has them already."""
    if not GATED:
        return True
    judge = _anchors(lang).word
    return any(judge(w) for w in (words if words is not None else set(_WORD.findall(text.lower()))))
