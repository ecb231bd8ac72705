"""Finding date expressions: a handful of patterns built from the lexicon.

Each pattern is anchored on one thing a date hangs from (a month name, a
calendar unit with a relative word, a year, a weekday, a deictic word, an
offset, a numeric date) and takes the optional parts around it (a day, a
part of the period, a paired month name, a year, a relative word). Patterns
run over normalised text; the longest match wins where they overlap. What a
match means is decided in ``resolve``, against the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.values import bare_period, bare_year, cues, date_patterns, numbers, ordinals
from checker.values.lexicon import load
from checker.values.resolve import Fields


@dataclass(frozen=True)
class DateGrammar:
    lang: str
    rules: tuple[tuple[str, re.Pattern, re.Pattern], ...]
    maps: dict


@lru_cache(maxsize=None)
def grammar(lang: str) -> DateGrammar:
    lex = load(lang)
    rules, anchors = date_patterns.patterns(lang)
    compiled = tuple((name, re.compile(p), re.compile(anchors[name])) for name, p in rules)
    maps = {
        "months": lex.months, "hijri": lex.hijri_months, "weekdays": lex.weekdays,
        "rel": {w: d for k, d in (("past", -1), ("current", 0), ("future", 1)) for w in lex.relative[k]},
        "parts": {w: m for m, ws in lex.parts.items() for w in ws},
        "seasons": {w: s for s, ws in lex.seasons.items() for w in ws},
        "units": {w: u for u, ws in lex.units.items() for w in ws},
        "offset_units": lex.offset_units, "deictic": lex.deictic,
        "ambiguous": frozenset(lex.ambiguous_months), "half_words": frozenset(lex.half_words),
        "blockers": frozenset(lex.today_blockers),
        "before": frozenset(lex.offset_before), "last": frozenset(lex.last_words),
        "strict_q": frozenset(lex.strict_quarter_words), "qualifiers": frozenset(lex.year_qualifiers),
        "teens": frozenset(lex.numbers.ten_words),
    }
    return DateGrammar(lang, compiled, maps)


def _key(s: str | None) -> str | None:
    return " ".join(s.split()) if s else s


def _strip_article(word: str, table: dict) -> str:
    """"لعام" after "ل" is "العام"; lookups use the lexicon's spelling."""
    if word in table:
        return word
    return "ال" + word[1:] if word.startswith("ل") and "ال" + word[1:] in table else word


def _period_part(g: DateGrammar, m: re.Match, text: str, get, f: Fields) -> bool:
    """The season, quarter or half of a "year" or "period" match, set on ``f``;
    False when the words name none ("الفصل الأول" of a book, "the May-July quarter")."""
    mp = g.maps
    if get("qm1"):
        first, last = mp["months"][get("qm1")], mp["months"][get("qm2")]
        if first % 3 != 1 or last != first + 2:
            return False  # "the May-July quarter" is no calendar quarter
        f.quarter = (first + 2) // 3
    if get("season"):
        f.season = mp["seasons"][_strip_article(get("season"), mp["seasons"])]
    if not get("qh"):
        return True
    if get("qh") in mp["strict_q"] and not (
        (get("yw") or get("unit") or get("year")) and text[m.end("qn"):m.end()].split()[:1] == ["من"]
    ):
        return False  # "الفصل الأول" of a book; a quarter is "الفصل الأول من السنة/من 2022"
    n = ordinals.ordinal_value(ordinals.grammar(g.lang), get("qn"))
    if get("qn") in mp["last"]:
        n = 2 if get("qh") in mp["half_words"] else 4
    if get("qh") in mp["half_words"]:
        if n not in (1, 2):
            return False
        f.half = n
    else:
        f.quarter = n
    return True


def _fields(g: DateGrammar, name: str, m: re.Match, text: str, source: str, offset_of) -> Fields | None:
    d = m.groupdict()
    mp = g.maps
    f = Fields(kind=name)

    # Each group's words, spaces folded, read once: a match is asked for its groups
    # a dozen times. "لليوم" is ل + اليوم with the article's alef elided: it is
    # looked up as "اليوم".
    values: dict[str, str] = {}
    for k, raw in d.items():
        if raw is not None:
            v = _key(raw)
            if v and g.lang == "ar" and v.startswith("ل") and m.start(k) > 0 and text[m.start(k) - 1] == "ل":
                v = "ا" + v
            values[k] = v
    get = values.get

    if get("part"):
        f.part = mp["parts"].get(get("part"))
    if get("rel") is not None:
        f.rel = mp["rel"].get(_strip_article(get("rel"), mp["rel"]))
    for k in ("ryear", "rel3"):
        if get(k):
            f.rel_year = mp["rel"].get(get(k))
    if get("dem") or (d.get("unit") and name == "period" and get("rel") is None and f.rel_year is None):
        f.rel_year = 0 if name == "period" else None
        if name != "period":
            f.rel = 0
    if get("day") or get("day2") or get("dayw"):
        raw = get("day") or get("day2") or get("dayw")
        digits = re.search(r"\d+", raw)  # "الـ25": the article before the digits
        f.day = int(digits.group()) if digits else ordinals.day_value(ordinals.grammar(g.lang), raw)
        # "يوم الجمعة الأول من شهر كانون الأول": a weekday, a small ordinal word, "من", a month
        f.nth = bool(get("wd") and not digits and f.day and f.day <= 5 and d.get("m1") and d.get("day")
                     and set(text[m.end("day"):m.start("m1")].split()) & set(load(g.lang).of_words))
    if get("wd"):
        f.weekday = mp["weekdays"][get("wd")]
        f.today = get("yawm") == "اليوم"
        if get("yawm") in mp["deictic"] and get("yawm") != "اليوم":
            f.deictic = mp["deictic"][get("yawm")]  # "أمس الأربعاء": the day is yesterday
    if name in ("month", "hijri"):
        if get("m1"):
            f.month = mp["months"][get("m1")]
            if get("m2"):
                other = mp["months"][get("m2")]
                if other != f.month:
                    f.note = f"month names disagree: {get('m1')} = {f.month}, {get('m2')} = {other}"
                    f.month_unknown = True
            supported = get("m2") or f.day or get("year") or get("rel") or get("ryear") or "شهر" in m.group() \
                or get("part")
            if g.lang == "en":
                # "may"/"march" are words too: a month is capitalised, and "May" opening a
                # sentence needs a day or a year beside it.
                s = offset_of(m.start("m1"))
                if not source[s:s + 1].isupper():
                    return None
                if get("m1") in mp["ambiguous"] and not supported and not text[: m.start()].strip(" \"'"):
                    return None
            elif get("m1") in mp["ambiguous"] and not supported:
                return None
        else:
            f.hijri_month = mp["hijri"][get("hm")]
            if not (f.day or get("hyear") or get("rel") or get("mw")):
                return None
            f.hijri_year = int(get("hyear")) if get("hyear") else None
            f.tense = cues.tense(g.lang, text, m.start(), m.end())
    if get("year"):
        f.year = int(get("year"))
    if name == "unit":
        f.unit = mp["units"][_strip_article(get("unit"), mp["units"])]
        if f.rel is None and f.part is None and not get("dem"):
            return None
        if f.rel is None:
            f.rel = 0
        if f.day and f.unit != "month":
            return None
    if name in ("unit", "period") and d.get("unit") and m.end("unit") == m.end():
        after = re.match(r"\s+([^\W\d_]+)", text[m.end():m.end() + 30])
        if after and after.group(1) in mp["qualifiers"]:
            return None  # "نهاية العام الدراسي": a school year, not the calendar's
    if name in ("year", "period") and not _period_part(g, m, text, get, f):
        return None
    if name == "year" and not (f.part or f.season or f.quarter or f.half or get("yw")):
        if not bare_year.is_year(g.lang, text, m.start(), m.end(), f.year):
            return None
    if name == "period":
        # "الصيف الماضي" is the last summer; "صيف العام الماضي", "the first quarter of last
        # year" move the year.
        if f.rel is not None and f.rel_year is None and (d.get("unit") or not f.season):
            f.rel_year, f.rel = f.rel, None
        if f.rel_year is None and f.rel is None and not (d.get("unit") or "the year" in m.group()):
            if not d.get("hy") and not bare_period.is_period(g.lang, text, m.start(), m.end(), get("season"), bool(f.half)):
                if get("season"):
                    return None
                f.borrow = "sibling"  # "than the first half": kept only beside a half of stated year
            f.tense, f.weak = cues.reading(g.lang, text, m.start(), m.end())  # year by tense (year.py)
        elif f.rel_year is None and f.rel is None:
            f.rel_year = 0
        if get("same"):
            f.borrow = "same"
    if name in ("weekday", "month"):
        nxt = text[m.end():m.end() + 12].split()[:1]
        if d.get("wd") and m.end("wd") == m.end() and nxt and nxt[0] in mp["teens"]:
            return None  # "اللاعبون الأحد عشر": eleven players, not Sunday
        if g.lang == "en" and d.get("wd"):
            s = offset_of(m.start("wd"))
            if not source[s:s + 1].isupper():
                return None
        f.tense, f.weak = cues.reading(g.lang, text, m.start(), m.end())
        if f.tense is None and d.get("wd") and not f.day:
            f.tense = cues.after(g.lang, text, m.start(), m.end())  # "Wednesday will bring"
        if f.tense is None and d.get("wd") and not f.day:
            f.tense = cues.clause_future(g.lang, text, m.start())  # "will be received ... on Monday"
    if name == "deictic":
        f.deictic = mp["deictic"][get("deictic")]
        after = text[m.end():].split(maxsplit=1)
        if get("deictic") == "اليوم" and after and (
            after[0] in mp["blockers"] or ordinals.ordinal_value(ordinals.grammar(g.lang), after[0])
        ):
            return None
    if name == "offset":
        f.offset_unit = mp["offset_units"][get("ou")].unit
        n = get("n")
        if n is None or n in ("a", "an"):
            n_val = mp["offset_units"][get("ou")].count
        elif n.isdigit():
            n_val = int(n)
        else:
            ng = numbers.grammar(g.lang)
            words = [w for w, _, _ in numbers.split_words(ng, n)]
            n_val, used = numbers.evaluate(ng, words)
            if used != len(words) or (n_val is None and words == ["one"]):
                n_val = 1 if words == ["one"] else None
        if not n_val or n_val != int(n_val):
            return None
        f.offset = int(n_val) * (-1 if get("odir") in mp["before"] else 1)
    return _numeric(name, d, f)


def _numeric(name: str, d: dict, f: Fields) -> Fields | None:
    """The fields of the dates written in digits alone (2021-04-07, 7/4/2021,
    1 / 12 / 1445هـ) and of "on the 21st"; kept out of ``_fields``, which reads words."""
    if name in ("iso", "ymd"):
        f.year, f.month, f.day = int(d["iy"]), int(d["im"]), int(d["id"])
    elif name == "dom":
        f.unit, f.rel = "month", 0  # the day of the month under way: unknown when undated
    elif name == "hdmy":
        f.day, f.hijri_month, f.hijri_year = int(d["nd"]), int(d["nm"]), int(d["hy"])
        if not (1 <= f.hijri_month <= 12 and 1 <= f.day <= 30):
            return None
    elif name == "dmy":
        y = int(d["ny"])
        f.year = y if y >= 100 else 2000 + y if y < 50 else 1900 + y
        f.day, f.month = int(d["nd"]), int(d["nm"])
        if f.month > 12 and f.day <= 12:
            f.day, f.month = f.month, f.day
    return f


def find(lang: str, text: str, source: str, offset_of) -> list[tuple[int, int, Fields]]:
    """Non-overlapping date matches in normalised ``text``, longest first.

    A match is read (``_fields``, which may still reject it) only when no
    longer match already kept overlaps it: the choice is the same as reading
    every match first, and the year inside "April 7, 2021" is not read twice.
    """
    g = grammar(lang)
    found = []
    for name, pat, anchor in g.rules:
        if anchor.search(text) is None:
            continue
        for m in pat.finditer(text):
            found.append((m.start(), m.end(), name, m))
    found.sort(key=lambda t: (t[0] - t[1], t[0]))
    taken: list[tuple[int, int, Fields]] = []
    for s, e, name, m in found:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            f = _fields(g, name, m, text, source, offset_of)
            if f is not None:
                taken.append((s, e, f))
    taken.sort(key=lambda t: t[0])
    return taken
