"""How news writes a number in digits: separators, Petra's decimal, parentheses.

Arabic outlets write one number several ways. Thousands are grouped by a
comma, by the Arabic comma (14،800) or, in the Gulf and Iraq, by a dot
(109.545.589). The decimal mark is a dot, a comma in the Maghreb (7,6%,
2,4 مليون), or, in the Jordanian agency's style, ر with the fraction written
first so that it reads right in a right-to-left line (8ر11 = 11.8). Iraqi
and Sudanese statements put the digits in parentheses ((9.3) ملايين).

The shape decides which mark is which. Several dot groups of three can only
be thousands. A comma before one or two digits is a decimal only where a
decimal is expected, before a percent, a scale word or a unit of measure
(«7,8 درجات»); before three digits
it groups thousands, as it always did. A single dot before three digits
stays a decimal (1.147 تريليون, 37.174 شرقا, 91.353 دولارا) unless the noun
after it is one that is only ever counted whole (821.792 حاجا, 464.728
برميل): nobody writes fractions of pilgrims. English keeps its one form.

A range joins two short numbers with a hyphen ("5-9%", "37-38 degrees",
"20-25 درجة"): both ends are numbers, and a percent after the end makes the
start a share too. Years (1975-1990), dates and codes (555-1234) have longer
parts and stay out.
"""

from __future__ import annotations

import re

# A comma after the last group is punctuation ("a city of 100,000, caused"), not a group.
EN_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?"


def number_re(lang: str, decimal_next: str) -> str:
    """The digits of one number; ``decimal_next`` is what a comma decimal must precede."""
    if lang != "ar":
        return EN_NUM
    # one alternation per shape, sharing the leading digits so that a plain
    # number is not scanned five times
    return (
        r"\d{1,2}ر\d+"  # Petra: 8ر11
        r"|\d{1,3}(?:(?:\.\d{3}){2,}(?![\d.])"  # 109.545.589
        r"|(?:[,،]\d{3})+(?:\.\d+)?(?!\d|[,،]\d))"  # 14،800, 1,500.5
        rf"|\d+(?:[,،]\d{{1,2}}(?=\s*(?:{decimal_next}))|(?:\.\d+)?)"  # 7,6%, 2,4 مليون; 12.5
    )


def value(num: str) -> float:
    """The number the digits of ``number_re`` say."""
    if num.isdigit():
        return float(num)
    if "ر" in num:
        frac, whole = num.split("ر")
        return float(f"{whole}.{frac}")
    if num.count(".") > 1:
        return float(num.replace(".", ""))
    sep = max(num.rfind(","), num.rfind("،"))
    if sep > 0 and len(num) - sep <= 3 and "." not in num:  # 7,6 or 2,45: a decimal comma
        return float(num[:sep] + "." + num[sep + 1:])
    return float(num.replace(",", "").replace("،", ""))


def groups_thousands(num: str, next_word: str, whole_nouns: frozenset[str]) -> bool:
    """Whether the one dot of "821.792 حاجا" groups thousands: a noun counted
    only in wholes follows (a scale or percent after it is read elsewhere)."""
    return bool(re.fullmatch(r"\d{1,3}\.\d{3}", num)) and next_word.rstrip(".,،؛:!؟?\"»)") in whole_nouns


_RANGE_START = re.compile(r"(?<![\d.,/:\-])(?<![A-Za-z])\d{1,3}(?:\.\d+)?-\Z")


def range_end(text: str, start: int, num: str) -> bool:
    """Whether digits at ``start``, right after a hyphen, end a range of short numbers."""
    return bool(_RANGE_START.search(text, max(0, start - 12), start)) and len(num.split(".")[0]) <= 3


def share_ranges(text: str, out: list) -> None:
    """"5-9%": a range whose end is a share makes its start one too (in place)."""
    if "-" not in text:
        return
    for i in range(len(out) - 1):
        s, e, v, mod, unit = out[i]
        if unit is None and out[i + 1][4] == "percent" and out[i + 1][0] == e + 1 and text[e:e + 1] == "-":
            out[i] = (s, e, v / 100, mod, "percent")


_JOINERS = {"en": ("and", "to", "-"), "ar": ("و", "الى", "الي", "حتى", "حتي", "-")}  # (normalised: ى may be written ي)
_COEFFICIENT = re.compile(r"(\d+(?:\.\d+)?)\s*[^\W\d_]")  # "3 million", "300 الف": digits, then a scale word
_BARE = re.compile(r"\d+(?:\.\d+)?\Z")


def share_scales(lang: str, text: str, out: list) -> None:
    """"between 2 and 3 million", «بين 250 و300 ألف»: a bare number joined as a range to one
    with a scale word takes that scale too (in place), when it is no larger than the digits the
    scale multiplies ("20 and 3 million" are no range)."""
    joiners = _JOINERS.get(lang, ())
    for i in range(len(out) - 1):
        s, e, v, mod, unit = out[i]
        bs, be, bv = out[i + 1][:3]
        if unit is not None or out[i + 1][4] is not None or not _BARE.search(text[s:e]):
            continue
        if text[e:bs].strip() not in joiners:
            continue
        m = _COEFFICIENT.match(text, bs)
        coefficient = float(m.group(1)) if m else 0.0
        if coefficient and bv / coefficient >= 1000 and 0 < v <= coefficient:
            out[i] = (s, e, v * (bv / coefficient), mod, unit)
