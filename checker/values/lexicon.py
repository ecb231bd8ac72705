"""Per-language word lists for the value finders, validated when loaded.

Linguists edit YAML, not Python: every month name, number word, hedge and
ordinal lives in ``lexicon/{lang}.yaml``. Entries are folded with the same
normaliser the text goes through, so ``أبريل``/``ابريل``/``إبريل`` or a word
typed with diacritics all land on one key; two spellings that fold together
but disagree on the value are an error in the file, caught at load time.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from checker.text.normalize import norm

Mod = Literal["APPROX", "MORE_THAN", "LESS_THAN", "AT_LEAST", "AT_MOST"]
Unit = Literal["day", "week", "month", "year"]
LANGS = ("ar", "en")


class LexiconError(ValueError):
    """A language file that does not validate; the message names the file."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class OffsetUnit(_Strict):
    unit: Unit
    count: int | None = None  # implied by a dual (يومين) or a bare singular (a month ago)


class Scale(_Strict):
    value: int
    dual: bool = False  # ألفان: two thousand unless a count precedes it
    plural: bool = False  # آلاف: needs a count before it
    or_single: bool = False  # ألفا: dual construct, or accusative singular before ونصف


class Numbers(_Strict):
    units: dict[str, int]
    teen_units: dict[str, int] = {}
    ten_words: list[str] = []
    tens: dict[str, int]
    hundreds: dict[str, int]
    scales: dict[str, Scale]
    half: list[str] = []
    not_alone: list[str] = []
    and_: str = Field(alias="and")


class Hedges(_Strict):
    before: dict[Mod, list[str]]
    after: dict[Mod, list[str]] = {}
    reached: list[str] = []  # لتصل إلى: a before-hedge with ل glued on, the value reached, exact (quantities.py)


class Ordinals(_Strict):
    units: dict[int, list[str]]
    compound_units: dict[int, list[str]] = {}
    teen_words: list[str] = []
    tens: dict[int, list[str]]
    article_digits: str = ""
    bare_blockers: list[str] = []
    day_only: dict[str, int] = {}  # الفاتح (من نوفمبر): a day of the month, never an ordinal alone
    # "a third of", "a third were": after these words "a third" is a share; before a
    # noun or adjective ("a third term", "a fifth straight meeting") it ranks
    fraction_followers: list[str] = []
    # the bare masculine + this ending stands alone as an ordinal: "حل رابعا", "أولا"
    adverbial_suffix: str = ""
    # "الدقيقة 56", "للمرة 19": a definite singular that ranks, before bare digits, makes
    # them an ordinal as "الدقيقة الـ56" would (the 56th minute), not a count
    rank_heads: list[str] = []


class Counting(_Strict):
    """What makes a number beside a noun a count of it (counting.py)."""

    nouns: list[str] = []  # الـ24 ساعة: after the number, what it counts
    endings: list[str] = []  # 187 نائبا: the accusative a counted noun takes, where shape is evidence
    adverbs: list[str] = []  # ...unless it is one of these (رقم 5 عالميا)
    heads: list[str] = []  # الدول الخمس, الساعات الـ24: before the number, a definite plural
    plural_endings: list[str] = []  # ...sound (ات, ين, ون)
    broken_plurals: list[str] = []  # ...or broken, of these shapes (أفعال: ف ع ل stand for the root)


class Lexicon(_Strict):
    lang: Literal["ar", "en"]
    article: str = ""  # written on the word it makes definite: الدول (English writes "the" apart)
    months: dict[str, int]
    ambiguous_months: list[str] = []
    abbreviated_months: list[str] = []  # "Aug." keeps its dot; "May." ends a sentence
    vague_before: list[str] = []  # "several hundred", "a few thousand": number words of no stated size
    hijri_months: dict[str, int] = {}
    weekdays: dict[str, int]
    relative: dict[Literal["past", "current", "future"], list[str]]
    units: dict[Literal["week", "month", "year"], list[str]]
    offset_units: dict[str, OffsetUnit]
    offset_before: list[str]
    offset_after: list[str]
    # "a year ago today": the offset keeps today's day (or this month's month) as its precision
    offset_anchors: dict[str, Literal["day", "month"]] = {}
    offset_blockers_after: list[str] = []  # "قبل يومين من الانتخابات": before another day, not publication
    offset_unit_followers: list[str] = []  # «بعد يوم واحد من»: a word that may stand between the unit and the blocker
    deictic: dict[str, int]
    # "اليوم" is "today" and "the day": the reading of "the day" after today_blockers or an
    # ordinal ("اليوم التالي", "اليوم الأول"); before a weekday, today ("اليوم الخميس")
    today_word: list[str] = []
    today_blockers: list[str] = []
    this_words: list[str] = []  # "هذا العام", "this year": the current one
    # "on this day in 2014", «في مثل هذا اليوم من عام 2014»: the publication's day and month, in that year
    this_day: list[str] = []
    parts: dict[Literal["START", "MID", "END"], list[str]]
    # "year's end", "year-end": a part said after its unit (English)
    parts_after: dict[Literal["START", "MID", "END"], list[str]] = {}
    seasons: dict[Literal["SP", "SU", "FA", "WI"], list[str]]
    quarter_words: list[str]
    # الفصل (Morocco): a quarter only before "من السنة/العام"; else a chapter or a season
    strict_quarter_words: list[str] = []
    # "السنة المالية", "العام الدراسي": another kind of year; the calendar's is not meant
    year_qualifiers: list[str] = []
    # "الخميس الموافق 2 مارس": the weekday and the date it falls on, one date
    agree_words: list[str] = []
    # "يوم الأحد الذي يليه": the weekday after the day just named (apposition.py)
    following_day: list[str] = []
    weekday_joiner: str = ""  # "يومي الإثنين والثلاثاء المقبل": the conjunction glued to a second weekday
    # "10 and 11 September", "from 10 to 12 September": words joining two days of one month (day_ranges.py)
    day_range_joiners: list[str] = []
    day_range_followers: list[str] = []  # ("September 10 to 11 and the negligence": a word no count's noun is)
    half_words: list[str]
    # "the same period of 2024", "الفصل السابق": a period named through another in the
    # sentence (anaphora.py); previous_period is keyed Q (quarter), H (half), M (month)
    same_period: list[str] = []
    previous_period: dict[Literal["Q", "H", "M"], list[str]] = {}
    same_year_words: list[str] = []  # "الربع الأول من نفس العام": the year of the sentence's date
    year_earlier: list[str] = []  # "a year earlier" after a quarter: that quarter a year before
    year_words: list[str]
    # "2021م", "1445هـ": the era written after a year, AD or AH (the tatweel is dropped)
    era_marks: dict[Literal["AD", "AH"], list[str]] = {}
    last_words: list[str] = []
    month_word: list[str]
    day_word: list[str]
    year_preps: list[str]
    of_words: list[str]
    # "رؤية 2030": a noun in construct names a year, unless it is one of these
    year_construct_blockers: list[str] = []
    # ...and the word after the number is not an indefinite (counted) noun; these may follow
    year_construct_next: list[str] = []
    # Words a few words before a date that set its direction (cues.py).
    tense_cues: dict[Literal["past", "future", "past_adjacent", "future_adjacent", "between", "range_closers", "perfect",
                             "origin"], list[str]] = {}
    # "On Sunday, temperatures are forecast to": a date opening the sentence, alone or after
    # these, may take its direction from the clause after it (cues.after)
    date_openers: list[str] = []
    # ", when" right after a weekday: the clause it opens is about that day, and its tense is the day's (cues.after)
    time_relatives: list[str] = []
    future_prefixes: list[str] = []  # Arabic س + imperfect: سيكفي, ستنطلق
    future_prefix_exceptions: list[str] = []  # nouns spelt the same way: سياسة
    # A word so ending looks like a past verb (تأخرت, delayed): a lone "until" may then
    # close a span already over (cues.py); not_endings and exceptions are nouns (الانتخابات)
    # openers start the date's own clause: "قالت إن المعرض يستمر حتى" reports, it does not end
    past_verb: dict[Literal["endings", "not_endings", "exceptions", "openers", "irregular", "infinitive", "determiners"], list[str]] = {}
    # "في الخريف", "in the second quarter": a season or quarter with no year is a date
    # only after one of these (bare_period.py)
    period_preps: list[str] = []
    period_blockers_after: list[str] = []  # ...and not before these (the fall in prices)
    id_words: list[str] = []
    # "القانون 187 نائبا": a counted noun after the number makes it a count, except after these
    strict_id_words: list[str] = []
    counting: Counting = Counting()
    # "821.792 حاجا": nouns counted only in wholes, so one dot before three digits
    # groups thousands rather than marking a decimal (digits.py)
    whole_nouns: list[str] = []
    # "وفاة شخصين": singulars whose dual is a count of two (duals.py)
    dual_nouns: list[str] = []
    # "في وقت واحد", "بصوت واحد": after these (idioms, particles) واحد counts nothing (noun_counts.py)
    one_not_after: list[str] = []
    numbers: Numbers
    fractions: dict[str, float]
    ambiguous_fractions: list[str] = []
    # "an estimated quarter", "a full third": an article and one of these make the word a fraction
    fraction_adjectives: list[str] = []
    fraction_plurals: dict[str, int] = {}
    fraction_context: dict[Literal["prefixes", "suffixes"], list[str]] = {}
    percent: list[str]
    decimal_units: list[str] = []  # "7,8 درجات": units a Maghreb decimal comma may stand before, as before a percent
    decimal_points: list[str] = []  # "7 point 8", «7 فاصل 8»: a decimal mark said in words
    ratio_words: list[str] = []  # three "out of" ten
    loose_ratio_words: list[str] = []  # one "in" five, but five "in" ten days
    pace_units: list[str] = []  # "five in ten minutes": with offset_units, not a share
    currency_signs: list[str] = []  # "$3 billion": part of the amount's span
    currency_scales: dict[str, int] = {}  # "£400m", "$5k": scales only after a sign
    glued_units: list[str] = []  # "400mm": a unit glued to the digits leaves them a count
    hedges: Hedges
    ordinals: Ordinals

    @model_validator(mode="after")
    def _consistent(self) -> "Lexicon":
        for name, n in {**self.months, **self.hijri_months}.items():
            if not 1 <= n <= 12:
                raise ValueError(f"month {name!r} has number {n}, not 1-12")
        for name, n in self.weekdays.items():
            if not 1 <= n <= 7:
                raise ValueError(f"weekday {name!r} has number {n}, not 1 (Monday) - 7")
        if stray := set(self.ambiguous_months) - set(self.months):
            raise ValueError(f"ambiguous_months not in months: {sorted(stray)}")
        if stray := set(self.abbreviated_months) - set(self.months):
            raise ValueError(f"abbreviated_months not in months: {sorted(stray)}")
        if stray := set(self.ambiguous_fractions) - set(self.fractions):
            raise ValueError(f"ambiguous_fractions not in fractions: {sorted(stray)}")
        for name, v in self.fractions.items():
            if not 0 < v <= 1:
                raise ValueError(f"fraction {name!r} = {v} is not in (0, 1]")
        for n in self.ordinals.units:
            if not 1 <= n <= 19:
                raise ValueError(f"ordinal unit {n} outside 1-19")
        for name, n in self.ordinals.day_only.items():
            if not 1 <= n <= 31:
                raise ValueError(f"day word {name!r} = {n} is not a day of the month")
        return self


def _fold(obj, where: str = ""):
    """Normalise every word (keys too), keeping upper-case tags like APPROX as they are."""
    if isinstance(obj, str):
        return obj if obj.isupper() and obj.isascii() else " ".join(norm(obj).split())
    if isinstance(obj, list):
        return [_fold(x, where) for x in obj]
    if isinstance(obj, dict):
        out: dict = {}
        for k, v in obj.items():
            key = _fold(k, where) if isinstance(k, str) else k
            val = _fold(v, f"{where}.{k}")
            if key in out and out[key] != val:
                raise LexiconError(f"{where}: {k!r} folds to {key!r}, already given as {out[key]!r}")
            out[key] = val
        return out
    return obj


# libyaml's loader when PyYAML has it: the same data, read about eight times faster
# (the lexicons are read on the first sentence of every run)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_lexicon(text: str, source: str = "<string>") -> Lexicon:
    """Validate one language file; errors name the file and the field."""
    try:
        raw = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as e:
        raise LexiconError(f"{source}: not valid YAML: {e}") from e
    if not isinstance(raw, dict):
        raise LexiconError(f"{source}: expected a mapping at the top level")
    try:
        return Lexicon.model_validate(_fold(raw))
    except ValidationError as e:
        raise LexiconError(f"{source}: {e}") from e
    except LexiconError as e:
        raise LexiconError(f"{source}: {e}") from e


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    if lang not in LANGS:
        raise LexiconError(f"no lexicon for language {lang!r}; have {', '.join(LANGS)}")
    ref = resources.files("checker.values") / "lexicon" / f"{lang}.yaml"
    return parse_lexicon(ref.read_text(encoding="utf-8"), f"lexicon/{lang}.yaml")
