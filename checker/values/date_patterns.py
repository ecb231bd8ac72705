"""The date patterns of one language, built from its lexicon.

Kept apart from ``dates`` (which reads what a match means) because the
patterns are long and change with the languages' spelling, while the
reading of fields changes with the calendar. Each rule comes with a cheap
anchor: a rule whose anchor is absent from a sentence is not tried.
"""

from __future__ import annotations

import re

from checker.values import numbers, ordinals
from checker.values.lexicon import load
from checker.values.trie import END, alt, alt_or_never, word_start


def _named(name: str, words, lang: str) -> str:
    return f"(?P<{name}>{alt(words, lang)})"


def _cardinal(lang: str) -> str:
    """The number words an offset may count with ("a dozen years ago": a dozen counts here)."""
    words = numbers.grammar(lang).words
    return alt([w for w, x in words.items() if x.kind in ("unit", "ten") or x.kind == "scale" and x.value < 100], lang)


def _flat(groups: dict) -> list[str]:
    return [w for ws in groups.values() for w in ws]


def _shared(lex, lang: str) -> dict[str, str]:
    """The pieces of pattern both languages build their rules from."""
    og = ordinals.grammar(lang)
    # "الـ25 من كانون الأول": the article glued to the digits (tatweel already dropped)
    # (tried last: most words that start with the article are no day at all)
    art = rf"|{re.escape(lex.ordinals.article_digits)}\s?\d{{1,2}}(?!\d)" if lex.ordinals.article_digits else ""
    small = [w for w, n in og.definite.items() if n <= 4]
    return {
        "S": word_start(lang), "of": alt(lex.of_words, lang), "this": alt(lex.this_words, lang),
        "rel_words": alt(_flat(lex.relative), lang), "rel": _named("rel", _flat(lex.relative), lang),
        "day": rf"(?P<day>\d{{1,2}}(?!\d)(?:st|nd|rd|th)?|{og.day_words}{art})",
        "yw": alt(lex.year_words, lang),
        "q_ord": f"(?P<qn>{alt(small + lex.last_words, lang)})",
        "qh": f"(?P<qh>{alt(lex.quarter_words + lex.half_words, lang)})",
        "wd": _named("wd", lex.weekdays, lang), "m1": _named("m1", lex.months, lang), "m2": _named("m2", lex.months, lang),
        "part_words": _flat(lex.parts), "season": _named("season", _flat(lex.seasons), lang),
        "unit": _named("unit", _flat(lex.units), lang),
        "cardinal": _cardinal(lang), "og_day_words": og.day_words, "joiner": re.escape(numbers.grammar(lang).joiner),
        "year_in_words": numbers.grammar(lang).phrase.pattern,  # «عام ألفين وسبعة عشر»: read in ``dates``
        "era_ad": alt_or_never(lex.era_marks.get("AD"), lang), "era_ah": alt_or_never(lex.era_marks.get("AH"), lang),
    }


def _arabic(lex, p: dict[str, str]) -> list[tuple[str, str]]:
    lang, S, of, rel, yw, this = "ar", p["S"], p["of"], p["rel"], p["yw"], p["this"]
    part = rf"(?:{_named('part', p['part_words'], lang)}\s+(?:{of}\s+)?)?"
    mw = rf"(?:(?P<mw>{alt(lex.month_word, lang)})\s+)?"
    # "آب من العام الماضي": the relative word moves the year, not the month
    rel_year = rf"\s+(?:{of}\s+)?{yw}\s+(?P<rel3>{p['rel_words']})"
    same_year = alt_or_never(lex.same_year_words, lang)  # «أواخر يوليو من ذلك العام»: the year of the date before
    year_tail = rf"(?:\s*[،,]?\s*(?:(?:{of}\s+)?{yw}\s+)?(?P<year>(?:1[89]|2[01])\d\d)(?!\d)(?:\s*{p['era_ad']}(?![^\W_]))?" \
        rf"|\s*[،,]?\s*(?:{of}\s+)?{yw}\s+(?P<wyear>{p['year_in_words']}){END}|{rel_year}|\s+(?:{of}\s+)?(?P<same>{same_year})\s+{yw}{END}|\s+{rel})?"
    agree = rf"(?:{alt(lex.agree_words, lang)}\s+(?:ل\s*)?)?" if lex.agree_words else ""
    dayw = rf"(?:(?:(?P<yawm>{alt(lex.day_word + lex.today_word, lang)})\s+)?{p['wd']}\s*[،,]?\s+{agree})?"
    # "يوم 7 سبتمبر": the day word belongs to the date
    day = rf"(?:{alt(lex.day_word, lang)}\s+)?{p['day']}"
    same = alt_or_never(lex.same_year_words, lang)
    art = rf"(?:{re.escape(lex.ordinals.article_digits)}\s?)?" if lex.ordinals.article_digits else ""
    return [
        ("month", rf"{S}{part}{dayw}(?:{day}\s+(?:{of}\s+)?)?{mw}{p['m1']}"
                  rf"(?:\s*[/\\\-(،,]?\s*{p['m2']}\s*\)?)?{year_tail}{END}"),
        ("hijri", rf"{S}(?:{day}\s+(?:{of}\s+)?)?(?P<mw>{alt(lex.month_word, lang)}\s+)?"
                  rf"{_named('hm', lex.hijri_months, lang)}(?:\s+(?P<hyear>1[34]\d\d)(?:\s*{p['era_ah']}(?![^\W_]))?"
                  rf"|\s+{rel})?{END}"),
        # «في الـ24 من الشهر الحالي»: the article glued to the day's digits
        ("unit", rf"{S}{part}(?:{art}(?P<day>\d{{1,2}})(?!\d)\s+(?:{of}\s+)?|(?P<dayw>{p['og_day_words']})\s+{of}\s+)?"
                 rf"(?:(?P<dem>{this})\s+)?{p['unit']}(?:\s+{rel})?{END}"),
        ("year", rf"{S}{part}(?:{p['season']}\s+(?:{of}\s+)?)?"
                 rf"(?:{p['qh']}\s+{p['q_ord']}\s+(?:{of}\s+)?)?(?:(?P<yw>{yw})\s+)?(?P<year>(?:1[89]|2[01])\d\d)(?!\d){END}"),
        # «نهاية العام الجاري 2021», «العام الماضي 2020»: a relative year the stated year restates
        ("unit_year", rf"{S}{part}(?P<yw>{yw})\s+{rel}\s*[،,]?\s*(?P<year>(?:1[89]|2[01])\d\d)(?!\d){END}"),
        ("period", rf"{S}{part}(?:{p['season']}|{p['qh']}\s+{p['q_ord']})"
                   rf"(?:\s+(?:{of}\s+)?(?:(?P<dem>{this})\s+|(?P<same>{same})\s+)?"
                   rf"(?P<unit>{yw}))?(?:\s+{rel})?{END}"),
        ("weekday", rf"{S}(?:(?P<yawm>{alt(lex.day_word + list(lex.deictic), lang)})\s+)?{p['wd']}(?:\s+{rel})?{END}"),
        # "1 / 12 / 1445هـ": day, month and a Hijri year, marked هـ (tatweel dropped)
        ("hdmy", rf"(?<![\d/.\-])(?P<nd>\d{{1,2}})\s*/\s*(?P<nm>\d{{1,2}})\s*/\s*(?P<hy>1[34]\d\d)\s*{p['era_ah']}(?![^\W_])"),
        ("offset", rf"{S}(?P<odir>{alt(lex.offset_before + lex.offset_after, lang)})\s+"
                   rf"(?:{_count(p, '')}\s+)?(?P<ou>{alt(lex.offset_units, lang)}){END}"
                   rf"(?!(?:\s+{alt_or_never(lex.offset_unit_followers, lang)})?\s+{alt_or_never(lex.offset_blockers_after, lang)}\s)"),
    ]


def _english(lex, p: dict[str, str]) -> list[tuple[str, str]]:
    lang, S, rel, yw, this, day = "en", p["S"], p["rel"], p["yw"], p["this"], p["day"]
    part = rf"(?:{_named('part', p['part_words'], lang)}(?:\s+|-\s*))?"
    rel2 = rf"(?P<ryear>{p['rel_words']})\s+year"
    # "Aug." keeps its dot, "May." does not; a lookbehind per length (fixed width)
    abbr = lex.abbreviated_months
    behind = "|".join(rf"(?<=\b{alt([w for w in abbr if len(w) == k], lang)})" for k in {len(w) for w in abbr})
    abbr_dot = rf"(?:(?:{behind})\.)?" if behind else ""
    count = _count(p, r"(?:an?\s+)?")
    not_after_rel = "".join(rf"(?<!\b{w}\s)" for w in sorted({w for ws in lex.relative.values() for w in ws}))
    return [
        ("month", rf"{S}{part}(?:{p['wd']},?\s+)?(?:(?:the\s+)?{day}\s+(?:of\s+)?)?(?:{rel}\s+)?{p['m1']}{abbr_dot}"
                  rf"(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?"
                  rf"(?:,?\s+(?P<year>(?:1[89]|2[01])\d\d)(?!\d)|\s+{rel2}"
                  rf"|\s+(?:of\s+)?(?P<same>{alt_or_never(lex.same_year_words, lang)})\s+year)?{END}"),
        ("unit", rf"{S}{part}(?:{rel}\s+|(?P<the>the)\s+){p['unit']}{END}"),
        # "by year's end", "the year-end deadline": the part after its unit, this one's
        # ("last year's end" is another year's: not read rather than misread)
        ("unit_after", rf"{S}{not_after_rel}(?:(?P<the>the)\s+)?{p['unit']}(?:'s\s+|\s*-\s*|\s+)"
                       rf"{_named('part', _flat(lex.parts_after), lang)}{END}"),
        ("year", rf"{S}{part}(?:(?:the\s+)?{p['season']}\s+(?:of\s+)?)?"
                 rf"(?:(?:the\s+)?{p['q_ord']}[\s\-]+{p['qh']}\s+(?:of\s+)?)?(?:(?P<yw>{yw})\s+)?(?P<year>(?:1[89]|2[01])\d\d)(?!\d){END}"),
        # "second-quarter profit": the hyphen makes the quarter an adjective (period_readers.py)
        # "the July-September quarter": a quarter named by its first and last months
        ("period", rf"{S}{part}(?:{rel}\s+|the\s+)?(?:{p['season']}|{p['q_ord']}(?P<hy>-)?\s*{p['qh']}"
                   rf"|{_named('qm1', lex.months, lang)}-{_named('qm2', lex.months, lang)}\s+{alt(lex.quarter_words, lang)})"
                   rf"(?:\s+of\s+(?:(?P<dem>{this})\s+|(?:the\s+)?{rel2.replace('ryear', 'rel3')}|the\s+year))?{END}"),
        ("weekday", rf"{S}(?:{rel}\s+)?{p['wd']}{END}"),
        # "on the 21st local time": a day of the month with no month, after "on";
        # "on the 21st floor" ranks a floor
        ("dom", r"(?<=\bon\s)the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)(?![^\W_])"
                r"(?!\s+(?!(?:local|at|in|and|when|after|before|morning|afternoon|evening|night)\b)[a-z])"),
        # "a year ago today", "ten years ago this month": that day, or that month, so many years back
        ("offset", rf"{S}{count}\s+(?P<ou>{alt(lex.offset_units, lang)})\s+"
                   rf"(?P<odir>{alt(lex.offset_before + lex.offset_after, lang)})"
                   rf"(?:\s+(?P<anchor>{alt_or_never(list(lex.offset_anchors), lang)}))?{END}"),
    ]


def _years_back(p: dict[str, str], lex, lang: str) -> str:
    """"Four years ago", «قبل أربع سنوات»: after "this day", so many years back (read by ``_offset``)."""
    units, back = alt(lex.offset_units, lang), alt(lex.offset_before + lex.offset_after, lang)
    if lang == "en":
        count = _count(p, r"(?:an?\s+)?")
        return rf"{count}\s+(?P<ou>{units})\s+(?P<odir>{back}){END}"
    return rf"(?P<odir>{back})\s+(?:{_count(p, '')}\s+)?(?P<ou>{units}){END}"


def _count(p: dict[str, str], article: str) -> str:
    """How many offset units: digits or number words ("three", "a dozen", "ثلاثة")."""
    card = p["cardinal"]
    return rf"(?P<n>\d{{1,3}}|{article}{card}(?:[\s\-]+(?:{p['joiner']}\s*)?{card})*|an?)"


_DIGITS = [
    ("iso", r"(?<![\d/.\-])(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d/\-]|\.\d)"),
    ("dmy", r"(?<![\d/.\-])(?P<nd>\d{1,2})(?P<sep>[/.\-])(?P<nm>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})(?![\d/\-]|\.\d)"),
    ("ymd", r"(?<![\d/.\-])(?P<iy>\d{4})/(?P<im>\d{1,2})/(?P<id>\d{1,2})(?![\d/\-]|\.\d)"),
]


def _anchors(lex, lang: str) -> dict[str, str]:
    """A cheap test per rule (does the text hold a month name at all?) skips
    most rules on most sentences; the full patterns are slow to try everywhere."""
    return {
        "month": alt(lex.months, lang), "hijri": alt_or_never(lex.hijri_months, lang),
        "unit": alt(_flat(lex.units), lang), "unit_after": alt(_flat(lex.units), lang), "year": r"\d{4}", "unit_year": r"\d{4}",
        "year_in_words": alt(lex.year_words, lang),
        "period": alt(_flat(lex.seasons) + lex.quarter_words + lex.half_words, lang),
        "weekday": alt(lex.weekdays, lang), "offset": alt(lex.offset_units, lang), "deictic": alt(lex.deictic, lang),
        "dom": r"\d(?:st|nd|rd|th)", "this_day": alt_or_never(lex.this_day, lang), "iso": r"\d-\d", "dmy": r"\d[/.\-]\d", "ymd": r"\d/\d", "hdmy": r"\d\s*/\s*\d",
    }


def patterns(lang: str) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(rule name, pattern) in order of trial, and each rule's anchor."""
    lex = load(lang)
    p = _shared(lex, lang)
    rules = (_arabic if lang == "ar" else _english)(lex, p)
    rules.append(("deictic", rf"{p['S']}{_named('deictic', lex.deictic, lang)}{END}"))
    # «في عام ألفين وأربعة عشر», "in the year two thousand fourteen": only after a word for year
    rules.append(("year_in_words", rf"{p['S']}(?P<yw>{p['yw']})\s+(?P<wyear>{p['year_in_words']}){END}"))
    if lex.this_day:  # before "this day" alone could be read
        rules.insert(0, ("this_day", rf"{p['S']}{alt(lex.this_day, lang)}\s+(?:(?:{p['of']}|in)\s+)?(?:(?:{p['yw']}\s+)?"
                                     rf"(?P<year>(?:1[89]|2[01])\d\d)(?!\d)|{p['yw']}\s+(?P<ryear>{p['rel_words']})(?![^\W_])"
                                     rf"|(?P<ryear2>{p['rel_words']})\s+{p['yw']}(?![^\W_])"
                                     # «في مثل هذا اليوم قبل أربع سنوات»: this day, so many years back
                                     rf"|{_years_back(p, lex, lang)})"))
    return rules + _DIGITS, _anchors(lex, lang)
