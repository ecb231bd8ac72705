"""Language data for clause linking, loaded from ``lang/{code}.yaml`` and validated at start.

Each list is a vocabulary of one grammatical job (relative pronouns,
reporting verbs, words that cannot be a counted noun ...). They live in YAML
beside the code, as the values lexicon does, so a linguist can extend them
without reading Python, and a malformed file fails loudly with its name.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from checker.frames.words import WordSet

# BaseLoader (every scalar a string), libyaml's when installed: language data and concepts are
# parsed by every audit process at start, and the pure-Python parser took half a second of it
WORDS_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)

_DIR = Path(__file__).resolve().parent / "lang"


class LanguageData(BaseModel):
    model_config = ConfigDict(extra="forbid")

    breaks: str
    relative: list[str]
    complement: list[str]
    subordinate: list[str]
    prepositions: list[str]
    participles: list[str]
    participle_suffixes: list[str]
    present_participle_suffixes: list[str] = []
    participle_prefixes: list[str]
    reporting: list[str]
    determiners: list[str]
    pronouns: list[str]
    function: list[str]
    modifiers: list[str]
    carry: list[str]
    away: list[str]
    auxiliary: list[str]
    other_events: list[str]
    parties: list[str]
    not_anaphoric: list[str]
    topic: list[str]
    time_relative: list[str]
    time_nouns: list[str]
    pair: list[str]
    range_joiners: list[str]
    opening: list[str]
    negation: list[str]
    more_than: list[str]
    change_preps: list[str]
    added_between: list[str] = []
    added_right_before: list[str] = []
    travel: list[str]
    host: list[str]
    venue: list[str]
    partitive: list[str] = []
    partitive_open: list[str] = []
    recurring: list[str] = []
    unlike: list[str] = []
    persons: list[str] = []
    vague_counts: list[str] = []
    comparing: list[str] = []
    alternatives: list[str] = []
    or_words: list[str] = []
    recent: list[str] = []
    distances: list[str] = []
    place_adjectives: list[str] = []
    short_spans: list[str] = []
    purpose: list[str] = []
    origin: list[str] = []
    wholes: list[str] = []
    each: list[str] = []
    projection: list[str] = []
    will_be: list[str] = []
    less_than: list[str] = []
    approx_after: list[str] = []
    place_relative: list[str] = []
    remembered: list[str] = []
    leader_after: list[str] = []
    leader_before: list[str] = []
    agent: list[str] = []
    proportion: list[str] = []
    members: list[str] = []
    part_of_whole: list[str] = []  # "9 of the 329 seats": the part counts what the whole counts (``listing``)
    part_of: list[str] = []
    rest: list[str] = []
    both_parties: list[str] = []
    virtual: list[str] = []
    change: list[str] = []
    plan: list[str] = []
    progressive: list[str] = []  # "being reduced": a change under way (``link.change_source``)
    target: list[str] = []
    source: list[str] = []
    source_before: list[str] = []
    place_headers: list[str] = []
    when_questions: list[str] = []
    apposed_stance: list[str] = []
    disaster_nouns: list[str] = []
    where_questions: list[str] = []
    achieving: list[str] = []
    saying_nouns: list[str] = []
    partner_preps: list[str] = []
    durations: list[str] = []
    auxiliary_past: list[str] = []
    particles: list[str] = []
    directions: list[str] = []
    since: list[str] = []
    arrival: list[str] = []
    clock_after: list[str] = []
    remaining: list[str] = []
    remnant_of: list[str] = []
    held_verbs: list[str] = []
    subjectless: list[str] = []
    affected: list[str] = []
    linking: list[str] = []
    offset_preps: list[str] = []
    amount_of: list[str] = []
    infinitive: list[str] = []
    after_noun_numbers: list[str] = []
    irregular_participles: list[str] = []
    after_verb: list[str] = []
    retraction: list[str] = []
    speech_events: list[str] = []
    indefinite: list[str] = []
    settlement_nouns: list[str] = []
    regions: list[str] = []
    retraction_nouns: list[str] = []
    retraction_before: list[str] = []
    pre_participle_adverbs: list[str] = []
    preposition_like: list[str] = []
    claimed: list[str] = []  # "a post claimed that "10,000 soldiers" ...": a quote after these is the claim examined
    asked: list[str] = []  # "an inquiry into why the dams failed", «في كيف»: an event set in a question is asked about
    moments_after: list[str] = []  # "Minutes later, ...", «وبعد دقائق»: what a sentence so opened tells happened the same day
    distal: list[str] = []  # "those floods", «تلك الفيضانات»: a noun pointing back past the story, to what came before
    first_since: list[str] = []  # "the first convoy since the quake": a since-phrase inside a noun phrase
    tallies: list[str] = []  # "Tuesday's toll": a possessive day that is the count's own as-of
    participation: list[str] = []  # "with the AU joining", «بمشاركة»: a phrase naming who took part
    figurative_days: list[str] = []  # «حليفي الأمس»: a day after a noun that is no time word says "former"
    day_heads: list[str] = []  # «صباح الأمس», «منذ الأمس»: the words after which such a day is a date
    coordinators: list[str] = []
    listed_more: list[str] = []
    listed_more_before: list[str] = []
    correcting: list[str] = []  # "though engineers said only two had failed": a bare number after one corrects the one before
    contrastive: list[str] = []  # (the words that open the correcting clause)
    border: list[str] = []  # "900 more across the border in Syria": nouns of where another place begins
    clock_before: list[str] = []
    count_back: list[str] = []
    count_back_before: list[str] = []
    count_back_the: list[str] = []
    count_back_nouns: list[str] = []
    count_back_adjectives: list[str] = []
    count_back_verbs: list[str] = []  # "by January only 2,500 remained": a bare number before one counts the noun named before
    reaching: list[str] = []
    distance_units: list[str] = []  # "60 km from the border with Iraq": the place a distance is measured from
    warning: list[str] = []  # "warned of the collapse of two dams": what is warned of has not happened
    warned_of: list[str] = []  # the preposition that takes what is warned of ("of", «من»)
    finite_auxiliaries: list[str] = []  # "... that struck on Friday has killed 2,012": the main clause's verb
    outside: list[str] = []
    deciding: list[str] = []
    possessive: list[str] = []
    restrictive: list[str] = []
    changed: list[str] = []
    previous: list[str] = []
    time_intro: list[str] = []
    locating: list[str] = []
    under_way: list[str] = []
    change_states: list[str] = []  # "are down to 2,500": a change word saying a state reached
    place_pro: list[str] = []  # "5,200 there": a word for a place named before
    neighbour_cues: list[str] = []  # "the borders meet Syria and Iraq": a place named as a neighbour
    denial: list[str] = []  # "denied that the toll had reached 11,300": what follows is said not to be so
    cleft: list[str] = []
    during: list[str] = []
    day_parts: list[str] = []
    adverb_suffixes: list[str] = []
    deadlines: list[str] = []
    again: list[str] = []
    level_preps: list[str] = []
    level_nouns: list[str] = []
    part_quantifiers: list[str] = []
    compared: list[str] = []
    affiliations: list[str] = []
    place_nouns: list[str] = []
    titles: list[str] = []
    person_titles: list[str] = []
    ordinal_restrictors: list[str] = []
    withdrawn: list[str] = []
    ordinal_partitive: list[str] = []
    fronted: list[str] = []
    negation_gap: list[str] = []
    fact_check_cues: list[str] = []
    members_after: list[str] = []
    nights: list[str] = []  # "the night of Friday to Saturday", «ليلة الجمعة إلى السبت»: the first day's night
    night_of: list[str] = []  # ("the night of Friday")
    night_joiners: list[str] = []  # ("Friday into Saturday")
    waw_radical: list[str] = []  # «وفاة», «وزارة»: words whose first «و» is their own letter, not «and» written on them
    figure_given: list[str] = []  # "an estimate of 10,000, given on 12 September": a participle of giving out a figure
    comment: list[str] = []  # ", as it turned out,": a word opening a short comment set off inside a sentence
    present: list[str] = []  # "IS now holds less than 10 percent": a figure said of the time of writing


class Language:
    """The compiled word sets of one language."""

    def __init__(self, code: str, data: LanguageData) -> None:
        self.code = code
        self.breaks = frozenset(data.breaks)
        arabic = code == "ar"
        affixes = ("participle_suffixes", "participle_prefixes", "adverb_suffixes", "present_participle_suffixes",
                   "fact_check_cues")  # (strings as written, not word sets)
        for field in LanguageData.model_fields:
            if field not in affixes and field != "breaks":
                setattr(self, field, WordSet(getattr(data, field), arabic))
        self.participle_suffixes = tuple(data.participle_suffixes)
        self.present_participle_suffixes = tuple(data.present_participle_suffixes)
        self.participle_prefixes = tuple(data.participle_prefixes)
        self.adverb_suffixes = tuple(data.adverb_suffixes)
        self.fact_check_cues = tuple(data.fact_check_cues)
        # a word that may open a clause with no punctuation before it: most words are none, which one
        # look tells (``checker.frames.segment``)
        self.clause_openers = WordSet([*data.relative, *data.complement, *data.subordinate], arabic)


class LanguageDataError(ValueError):
    pass


@lru_cache(maxsize=None)
def language(code: str) -> Language | None:
    """The clause data for ``code``, or None when the checker has none for that language."""
    path = _DIR / f"{code}.yaml"
    if not path.is_file():
        return None
    try:
        # BaseLoader: every word stays a string ("no", "on" are words here, not booleans).
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=WORDS_LOADER)  # noqa: S506 - no objects
        return Language(code, LanguageData.model_validate(raw))
    except (yaml.YAMLError, ValidationError) as exc:
        raise LanguageDataError(f"{path}: {exc}") from None


def languages() -> list[str]:
    return sorted(p.stem for p in _DIR.glob("*.yaml"))
