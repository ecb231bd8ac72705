"""The date patterns of one language, built from its lexicon.

Kept apart from ``dates`` (which reads what a match means) because the
patterns are long and change with the languages' spelling, while the
reading of fields changes with the calendar. Each rule comes with a cheap
anchor: a rule whose anchor is absent from a sentence is not tried.
"""

from __future__ import annotations

import re

from checker.values import numbers, ordinals
from checker.values.lexicon import END, alt, load, word_start


def _named(name: str, words, lang: str) -> str:
    return f"(?P<{name}>{alt(words, lang)})"


def patterns(lang: str) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(rule name, pattern) in order of trial, and each rule's anchor."""
    lex = load(lang)
    og = ordinals.grammar(lang)
    ng = numbers.grammar(lang)
    S = word_start(lang)
    rel_words = [w for ws in lex.relative.values() for w in ws]
    parts = [w for ws in lex.parts.values() for w in ws]
    seasons = [w for ws in lex.seasons.values() for w in ws]
    units = [w for ws in lex.units.values() for w in ws]
    of = alt(lex.of_words, lang)
    this = alt(lex.this_words, lang)
    # "الـ25 من كانون الأول": the article glued to the digits (tatweel already dropped)
    # (tried last: most words that start with the article are no day at all)
    art = rf"|{re.escape(lex.ordinals.article_digits)}\s?\d{{1,2}}(?!\d)" if lex.ordinals.article_digits else ""
    day = rf"(?P<day>\d{{1,2}}(?!\d)(?:st|nd|rd|th)?|{og.day_words}{art})"
    rel = _named("rel", rel_words, lang)
    yw = alt(lex.year_words, lang)
    q_ord = f"(?P<qn>{alt([w for w, n in og.definite.items() if n <= 4] + lex.last_words, lang)})"
    qh = f"(?P<qh>{alt(lex.quarter_words + lex.half_words, lang)})"
    wd = _named("wd", lex.weekdays, lang)
    mon1, mon2 = _named("m1", lex.months, lang), _named("m2", lex.months, lang)
    # "a dozen years ago": a dozen counts like a cardinal here
    cardinal = alt([w for w, x in ng.words.items() if x.kind in ("unit", "ten") or x.kind == "scale" and x.value < 100], lang)
    rules: list[tuple[str, str]] = []
    if lang == "ar":
        part = rf"(?:{_named('part', parts, lang)}\s+(?:{of}\s+)?)?"
        mw = rf"(?:(?P<mw>{alt(lex.month_word, lang)})\s+)?"
        # "آب من العام الماضي": the relative word moves the year, not the month
        rel_year = rf"\s+(?:{of}\s+)?{yw}\s+(?P<rel3>{alt(rel_words, lang)})"
        year_tail = rf"(?:\s*[،,]?\s*(?:(?:{of}\s+)?{yw}\s+)?(?P<year>\d{{4}})(?!\d)(?:\s*م(?![^\W_]))?|{rel_year}|\s+{rel})?"
        agree = rf"(?:{alt(lex.agree_words, lang)}\s+(?:ل\s*)?)?" if lex.agree_words else ""
        dayw = rf"(?:(?:(?P<yawm>{alt(lex.day_word + lex.today_word, lang)})\s+)?{wd}\s*[،,]?\s+{agree})?"
        # "يوم 7 سبتمبر": the day word belongs to the date
        day = rf"(?:{alt(lex.day_word, lang)}\s+)?{day}"
        rules += [
            ("month", rf"{S}{part}{dayw}(?:{day}\s+(?:{of}\s+)?)?{mw}{mon1}"
                      rf"(?:\s*[/\\\-(،,]?\s*{mon2}\s*\)?)?{year_tail}{END}"),
            ("hijri", rf"{S}(?:{day}\s+(?:{of}\s+)?)?(?P<mw>{alt(lex.month_word, lang)}\s+)?"
                      rf"{_named('hm', lex.hijri_months, lang)}(?:\s+(?P<hyear>1[34]\d\d)(?:\s*ه(?![^\W_]))?|\s+{rel})?{END}"),
            ("unit", rf"{S}{part}(?:(?P<day>\d{{1,2}})(?!\d)\s+(?:{of}\s+)?|(?P<dayw>{og.day_words})\s+{of}\s+)?"
                     rf"(?:(?P<dem>{this})\s+)?"
                     rf"{_named('unit', units, lang)}(?:\s+{rel})?{END}"),
            ("year", rf"{S}{part}(?:{_named('season', seasons, lang)}\s+(?:{of}\s+)?)?"
                     rf"(?:{qh}\s+{q_ord}\s+(?:{of}\s+)?)?(?:(?P<yw>{yw})\s+)?(?P<year>\d{{4}})(?!\d){END}"),
            ("period", rf"{S}{part}(?:{_named('season', seasons, lang)}|{qh}\s+{q_ord})"
                       rf"(?:\s+(?:{of}\s+)?(?:(?P<dem>{this})\s+|(?P<same>{alt(lex.same_year_words, lang) if lex.same_year_words else '(?!)'})\s+)?"
                       rf"(?P<unit>{yw}))?(?:\s+{rel})?{END}"),
            ("weekday", rf"{S}(?:(?P<yawm>{alt(lex.day_word + list(lex.deictic), lang)})\s+)?{wd}(?:\s+{rel})?{END}"),
            # "1 / 12 / 1445هـ": day, month and a Hijri year, marked هـ (tatweel dropped)
            ("hdmy", r"(?<![\d/.\-])(?P<nd>\d{1,2})\s*/\s*(?P<nm>\d{1,2})\s*/\s*(?P<hy>1[34]\d\d)\s*ه(?![^\W_])"),
        ]
    else:
        part = rf"(?:{_named('part', parts, lang)}(?:\s+|-\s*))?"
        rel2 = rf"(?P<ryear>{alt(rel_words, lang)})\s+year"
        # "Aug." keeps its dot, "May." does not; a lookbehind per length (fixed width)
        abbr = lex.abbreviated_months
        behind = "|".join(rf"(?<=\b{alt([w for w in abbr if len(w) == k], lang)})" for k in {len(w) for w in abbr})
        abbr_dot = rf"(?:(?:{behind})\.)?" if behind else ""
        rules += [
            ("month", rf"{S}{part}(?:{wd},?\s+)?(?:(?:the\s+)?{day}\s+(?:of\s+)?)?(?:{rel}\s+)?{mon1}{abbr_dot}"
                      rf"(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?"
                      rf"(?:,?\s+(?P<year>\d{{4}})(?!\d)|\s+{rel2})?{END}"),
            ("unit", rf"{S}{part}(?:{rel}\s+|(?P<the>the)\s+){_named('unit', units, lang)}{END}"),
            ("year", rf"{S}{part}(?:(?:the\s+)?{_named('season', seasons, lang)}\s+(?:of\s+)?)?"
                     rf"(?:(?:the\s+)?{q_ord}[\s\-]+{qh}\s+(?:of\s+)?)?(?:(?P<yw>{yw})\s+)?(?P<year>\d{{4}})(?!\d){END}"),
            # "second-quarter profit": the hyphen makes the quarter an adjective (dates.py)
            # "the July-September quarter": a quarter named by its first and last months
            ("period", rf"{S}{part}(?:{rel}\s+|the\s+)?(?:{_named('season', seasons, lang)}|{q_ord}(?P<hy>-)?\s*{qh}"
                       rf"|{_named('qm1', lex.months, lang)}-{_named('qm2', lex.months, lang)}\s+{alt(lex.quarter_words, lang)})"
                       rf"(?:\s+of\s+(?:(?P<dem>{this})\s+|(?:the\s+)?{rel2.replace('ryear', 'rel3')}|the\s+year))?{END}"),
            ("weekday", rf"{S}(?:{rel}\s+)?{wd}{END}"),
            # "on the 21st local time": a day of the month with no month, after "on";
            # "on the 21st floor" ranks a floor
            ("dom", r"(?<=\bon\s)the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)(?![^\W_])"
                    r"(?!\s+(?!(?:local|at|in|and|when|after|before|morning|afternoon|evening|night)\b)[a-z])"),
        ]
    unit_words = alt(lex.offset_units, lang)
    article = r"(?:an?\s+)?" if lang == "en" else ""
    count = rf"(?P<n>\d{{1,3}}|{article}{cardinal}(?:[\s\-]+(?:{re.escape(ng.joiner)}\s*)?{cardinal})*|an?)"
    if lang == "ar":
        rules.append(("offset", rf"{S}(?P<odir>{alt(lex.offset_before + lex.offset_after, lang)})\s+"
                                rf"(?:{count}\s+)?(?P<ou>{unit_words}){END}(?!\s+(?:من|علي)\s)"))
    else:
        rules.append(("offset", rf"{S}{count}\s+(?P<ou>{unit_words})\s+"
                                rf"(?P<odir>{alt(lex.offset_before + lex.offset_after, lang)}){END}"))
    rules += [
        ("deictic", rf"{S}{_named('deictic', lex.deictic, lang)}{END}"),
        ("iso", rf"(?<![\d/.\-])(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?![\d/\-]|\.\d)"),
        ("dmy", rf"(?<![\d/.\-])(?P<nd>\d{{1,2}})(?P<sep>[/.\-])(?P<nm>\d{{1,2}})(?P=sep)(?P<ny>\d{{4}}|\d{{2}})(?![\d/\-]|\.\d)"),
        ("ymd", rf"(?<![\d/.\-])(?P<iy>\d{{4}})/(?P<im>\d{{1,2}})/(?P<id>\d{{1,2}})(?![\d/\-]|\.\d)"),
    ]
    # A cheap test per rule (does the text hold a month name at all?) skips
    # most rules on most sentences; the full patterns are slow to try everywhere.
    anchors = {
        "month": alt(lex.months, lang), "hijri": alt(lex.hijri_months, lang) if lex.hijri_months else "(?!)",
        "unit": alt(units, lang), "year": r"\d{4}", "period": alt(seasons + lex.quarter_words + lex.half_words, lang),
        "weekday": alt(lex.weekdays, lang), "offset": alt(lex.offset_units, lang), "deictic": alt(lex.deictic, lang),
        "dom": r"\d(?:st|nd|rd|th)", "iso": r"\d-\d", "dmy": r"\d[/.\-]\d", "ymd": r"\d/\d", "hdmy": r"\d\s*/\s*\d",
    }
    return rules, anchors
