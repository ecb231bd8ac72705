"""Periods named by another period in the same sentence: "the same period of 2024".

Results and statistics compare a period with its counterpart: "net profit
for the first half ... from 211.2 billion in the same period of 2024",
«خلال الفصل الثالث من 2022 ... خلال نفس الفترة من سنة 2021», or with the
one before: «خلال الفصل السابق», "over the previous month". Read alone,
"2024" is a year and "the previous month" the month before publication; the
sentence says it is the first half of 2024, the quarter before the third.
"up from 0.7% a year earlier" after "the July-September quarter" is that
quarter a year before, not the year before publication. «الربع الأول من نفس
العام» takes the year of the date before it; a year-less half or quarter
("higher than the first half"), which alone may be a match's, is a date
only beside one of the same kind with a stated year, and takes that year.

The anchor is the nearest date before it in the sentence that names a
quarter, a half or a month. "The same period" takes the anchor's kind with
its own year (a relative year, «السنة الماضية», counts from the anchor's
year when the publication date is unknown); "the previous quarter/month"
is the anchor's predecessor. Without such an anchor nothing changes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.values.lexicon import load
from checker.values.trie import alt, any_of, spelt, word_start

_PERIOD = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<k>Q|H)?(?P<n>\d{1,2})\Z")
_SIZE = {"Q": 4, "H": 2, "": 12}
_DAY = re.compile(r"(?:\d{4}|XXXX)-(?P<md>\d\d-\d\d)\Z")


@lru_cache(maxsize=None)
def _grammar(lang: str) -> tuple[tuple[re.Pattern, re.Pattern], tuple[re.Pattern, re.Pattern],
                                 dict[str, str], re.Pattern]:
    lex = load(lang)
    S = word_start(lang)
    links = alt(lex.of_words + (["in"] if lang == "en" else []), lang)
    same = re.compile(rf"{S}{alt(lex.same_period, lang)}\s+(?:{links}\s+)?\Z")
    # words every phrase of its kind holds, to skip most sentences before any regex
    same_hints = any_of(w for p in lex.same_period for w in p.split()[-1:])
    kinds = {w: ("" if k == "M" else k) for k, ws in lex.previous_period.items() for w in ws}
    previous = re.compile(rf"{S}(?P<w>{alt(kinds, lang)})(?![^\W_])")
    # the phrases without an article a proclitic may elide ("للربع الماضي"), to skip most sentences
    article = lex.article
    hints = any_of(w[len(article):] if article and w.startswith(article) else w for w in kinds)
    earlier = re.compile(rf"{alt(lex.year_earlier, lang)}\Z") if lex.year_earlier else re.compile("(?!)")
    return (same, same_hints), (previous, hints), kinds, earlier


def _anchor(dated: list, before: int) -> tuple[str, str, int] | None:
    """(year, kind, number) of the nearest quarter, half or month ending before ``before``."""
    for s, e, _f, value, *_ in reversed(dated):
        m = _PERIOD.match(value) if e <= before else None
        if m and (m.group("k") or len(m.group("n")) == 2):
            return m.group("y"), m.group("k") or "", int(m.group("n"))
    return None


def _code(year: str, kind: str, n: int) -> str:
    return f"{year}-{kind}{n}" if kind else f"{year}-{n:02d}"


def _same(text: str, dated: list, same_and_hints: tuple[re.Pattern, re.Pattern]) -> None:
    same, hints = same_and_hints
    if not hints.search(text):
        return
    for item in dated:
        s, e, f, value = item[:4]
        phrase = same.search(text, max(0, s - 40), s)
        anchor = _anchor(dated, s) if phrase else None
        if anchor is None or not re.fullmatch(r"\d{4}|XXXX", value):
            continue
        year = value
        if value == "XXXX" and anchor[0] != "XXXX" and f.unit == "year" and f.rel is not None:
            year = str(int(anchor[0]) + f.rel)  # «الفترة نفسها من السنة الماضية»: the year before the anchor's
        item[0], item[3], item[5] = phrase.start(), _code(year, anchor[1], anchor[2]), None


def _same_year(item: list, own: re.Match | None, dated: list) -> None:
    """«الربع الأول من نفس العام», "Dec. 31 of that year": the year of the last date before it."""
    years = [re.match(r"\d{4}|XXXX", p[3]) for p in dated if p[1] <= item[0]]
    years = [y.group() for y in years if y]
    day = _DAY.match(item[3])
    if day:  # (read with the publication's year, which "that year" is not)
        item[3], item[5] = (f"{years[-1]}-{day.group('md')}", None) if years else (
            f"XXXX-{day.group('md')}", "unresolved: the year of a date said before")
        return
    if years and own:
        item[3], item[5] = _code(years[-1], own.group("k") or "", int(own.group("n"))), None
    elif own:  # "late July of that year" with no year before it in the sentence: never guessed
        item[3], item[5] = _code("XXXX", own.group("k") or "", int(own.group("n"))), "unresolved: the year of a date said before"


def _sibling_year(item: list, own: re.Match | None, dated: list) -> bool:
    """"higher than the first half": the year of a half (or quarter) of stated year
    beside it; False when there is none."""
    kin = [_PERIOD.match(p[3]) for p in dated if p is not item]
    kin = [k for k in kin if k and own and k.group("k") == own.group("k") and k.group("y") != "XXXX"]
    if kin:
        item[3], item[5] = _code(kin[0].group("y"), own.group("k"), int(own.group("n"))), None
    return bool(kin)


def _borrowed(dated: list) -> None:
    for item in list(dated):
        f = item[2]
        if f is None or f.borrow is None:
            continue
        own = _PERIOD.match(item[3])
        if f.borrow == "same":
            _same_year(item, own, dated)
        elif not _sibling_year(item, own, dated):
            dated.remove(item)  # "scored in the second half": no period of stated year beside it


def _year_earlier(text: str, dated: list, earlier: re.Pattern) -> None:
    """"a year earlier" after a quarter, half or month: that period, a year before."""
    for item in dated:
        s, e = item[:2]
        anchor = _anchor(dated, s) if earlier.match(" ".join(text[s:e].split())) else None
        if anchor and anchor[0] != "XXXX":
            item[3], item[5] = _code(str(int(anchor[0]) - 1), anchor[1], anchor[2]), None


def _previous(lang: str, text: str, dated: list, previous: tuple[re.Pattern, re.Pattern],
              kinds: dict[str, str]) -> None:
    pattern, hints = previous
    if not hints.search(text):
        return
    for m in pattern.finditer(text):
        anchor = _anchor(dated, m.start())
        w = " ".join(m.group("w").split())
        kind = kinds.get(spelt(lang, text, m.start("w"), w))  # "للربع الماضي": ل + الربع
        if anchor is None or kind != anchor[1]:
            continue
        year, _k, n = anchor
        if n == 1:
            year, n = (str(int(year) - 1) if year != "XXXX" else year), _SIZE[kind]
        else:
            n -= 1
        dated[:] = [item for item in dated if not (item[0] < m.end() and m.start() < item[1])]
        dated.append([m.start(), m.end(), None, _code(year, kind, n), None, None])
        dated.sort(key=lambda item: item[0])


def settle(lang: str, text: str, dated: list) -> None:
    """Rewrite, in place, the dates of ``dated`` ([start, end, fields, value, mod,
    note], in text order) that name a period through another in the sentence."""
    if not dated:
        return
    if any(item[2] is not None and item[2].borrow for item in dated):
        _borrowed(dated)
    if not any(_PERIOD.match(item[3]) for item in dated) or not load(lang).same_period:
        return  # the rest needs a quarter, half or month in the sentence to lean on
    same, previous, kinds, earlier = _grammar(lang)
    _same(text, dated, same)
    _year_earlier(text, dated, earlier)
    _previous(lang, text, dated, previous, kinds)
