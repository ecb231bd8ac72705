"""Values in words a reader can check against the quote: "7 April, year not stated".

The normalised form (``XXXX-04-07``) is what the machine compares; a
journalist needs the words. Both the report and the compare stage's reason
sentences speak through this module, so a value reads the same everywhere.
It is pure (no Jinja, no I/O) and never guesses: an unknown year is said to
be unknown, not filled in.
"""

from __future__ import annotations

from functools import lru_cache

from datetime import date

from checker import timex
from checker.models import DateValue, NameValue, Ordinal, Quantity

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
# Spelled out to twentieth, as claim labels always were ("the thirteenth round");
# past that the compact form ("21st") reads better than "twenty-first".
_ORDINAL_WORDS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_DATE_MOD_PREFIX = {"START": "early ", "MID": "mid-", "END": "late "}
_QUANTITY_MOD_PREFIX = {
    "APPROX": "about ",
    "MORE_THAN": "more than ",
    "LESS_THAN": "less than ",
    "AT_LEAST": "at least ",
    "AT_MOST": "at most ",
}
_DATE_SOURCE = {
    "metadata": "from the file's metadata",
    "dateline": "from the dateline in the text",
    "sidecar": "from the metadata sidecar",
    "unknown": "not known",
}


def ordinal_suffix(n: int) -> str:
    """``21`` → ``21st``: the compact form used for days and centuries."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def ordinal_words(n: int) -> str:
    """``3`` → ``third``: rounds of talks read better spelled out.

    The one spelling of an ordinal everywhere: claim labels, the report, and
    the compare stage's reasons, so "the 13th round" in a label never meets
    "thirteenth" in the finding beside it.
    """
    return _ORDINAL_WORDS[n] if 0 <= n < len(_ORDINAL_WORDS) else ordinal_suffix(n)


def _year_part(year: int | None) -> str:
    return f" {year}" if year is not None else ", year not stated"


@lru_cache(maxsize=4096)  # an archive repeats a few values across thousands of claims
def human_date(value: str, mod: str | None = None) -> str:
    """A TIMEX3 value and modifier in words; an unreadable value is returned as is."""
    try:
        t = timex.parse_timex(value)
    except ValueError:
        return value
    prefix = _DATE_MOD_PREFIX.get(mod or "", "")
    p = t.precision
    if p == "day" and getattr(t, "weekday", None) is not None:
        name = WEEKDAYS[t.weekday - 1]
        if t.week is None or t.year is None:
            return f"a {name}, date not stated"
        d = date.fromisocalendar(t.year, t.week, t.weekday)
        return f"{name} {d.day} {MONTHS[d.month - 1]} {d.year}"
    if p == "day":
        if t.day is None:
            return "an unknown day"
        if t.month is None:
            return f"the {ordinal_suffix(t.day)}, month and year not stated"
        return f"{t.day} {MONTHS[t.month - 1]}{_year_part(t.year)}"
    if p == "month":
        if t.month is None:
            return "an unknown month" + (f" of {t.year}" if t.year is not None else "")
        return f"{prefix}{MONTHS[t.month - 1]}{_year_part(t.year)}"
    if p == "season":
        return f"{prefix}{_SEASONS[t.season]}{_year_part(t.year)}"
    if p in ("quarter", "half"):
        n = t.quarter if p == "quarter" else t.half
        when = f" of {t.year}" if t.year is not None else ", year not stated"
        return f"{prefix}the {ordinal_words(n)} {p}{when}"
    if p == "week":
        week = f"week {t.week}" if t.week is not None else "an unknown week"
        return f"{week} of {t.year}" if t.year is not None else f"{week}, year not stated"
    if p == "year":
        return f"{prefix}{t.year}" if t.year is not None else "an unknown year"
    if p == "decade":
        return f"{prefix}the {t.year}s"
    return f"{prefix}the {ordinal_suffix(t.year // 100 + 1)} century"


def format_number(x: float) -> str:
    """Thousands separators, no trailing ``.0``, at most two decimals."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


_FRACTIONS = {
    1 / 2: "half", 1 / 3: "a third", 2 / 3: "two thirds", 1 / 4: "a quarter",
    3 / 4: "three quarters", 1 / 5: "a fifth", 1 / 10: "a tenth",
}


def human_quantity(q: Quantity) -> str:
    """``2500 APPROX`` → ``about 2,500``; a share stored as 0.25 reads ``25%``.

    A bare fraction ("نحو ثلث", about a third) is said as the fraction,
    since 0.3333333333 is not how anyone wrote it; the report shows the
    decimal beside it, small, as the normalised value.
    """
    prefix = _QUANTITY_MOD_PREFIX.get(q.mod or "", "")
    if q.high is not None:  # "between 200,000 and 250,000"
        lo, hi = (human_quantity(Quantity(value=x, unit=q.unit)) for x in (q.value, q.high))
        return f"{prefix}{lo} to {hi}"
    if q.unit == "percent":
        return f"{prefix}{format_number(round(q.value * 100, 6))}%"
    if q.unit is None and 0 < q.value < 1:
        for frac, words in _FRACTIONS.items():
            if abs(q.value - frac) < 1e-6:
                return f"{prefix}{words}"
    unit = f" {q.unit}" if q.unit else ""
    return f"{prefix}{format_number(q.value)}{unit}"


def human_value(v: DateValue | Quantity | Ordinal | NameValue) -> str:
    """Any typed value in words."""
    if isinstance(v, DateValue):
        return human_date(v.value, v.mod)
    if isinstance(v, Quantity):
        return human_quantity(v)
    if isinstance(v, Ordinal):
        return ordinal_words(v.value)
    return v.value  # the canonical name, the same whichever spelling an article used


def normalised(v: DateValue | Quantity | Ordinal | NameValue) -> str:
    """The machine form shown beside the words, modifier included.

    A name's machine form is its canonical name, already shown as its words;
    beside it goes the spelling the article used.
    """
    if isinstance(v, NameValue):
        return v.text if v.text and v.text != v.value else ""
    plain = v.plain()
    mod = getattr(v, "mod", None)
    text = f"{plain:.4f}".rstrip("0") if isinstance(plain, float) else str(plain)  # 0.3333, not ten digits
    if isinstance(v, Quantity) and v.high is not None:
        text += f"–{int(v.high) if float(v.high).is_integer() else v.high}"
    if isinstance(v, Quantity) and v.unit:
        text += f" {v.unit}"
    return f"{text} {mod}" if mod else text


def human_day(d: date | None) -> str:
    """A calendar date in words: ``9 September 2021``."""
    if d is None:
        return "unknown"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def day_range(a: date, b: date, dash: str = " – ") -> str:
    """``11–12 September 2023``: a range says its shared month and year once.

    ``dash`` joins ends that carry a month; a reason sentence, which names two
    ranges in a row, uses a closed one ("5 April–7 June 2021") so each range
    reads as one unit.
    """
    if a == b:
        return human_day(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {MONTHS[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {MONTHS[a.month - 1]}{dash}{human_day(b)}"
    return f"{human_day(a)}{dash}{human_day(b)}"


def date_source(source: str) -> str:
    """Where a publication date came from, said plainly."""
    return _DATE_SOURCE.get(source, source)


def missing_parts(v: DateValue) -> list[str]:
    """Calendar fields a date leaves unknown (``XXXX-04-07`` → ``["year"]``)."""
    try:
        t = v.fields
    except ValueError:
        return ["value"]
    weekday = getattr(t, "weekday", None)
    out = []
    if t.precision == "day" and weekday is None and t.day is None:
        out.append("day")
    if t.precision in ("day", "month") and weekday is None and t.month is None:
        out.append("month")
    if (t.precision == "week" or weekday is not None) and t.week is None:
        out.append("week")
    if t.year is None and t.precision not in ("decade", "century"):
        out.append("year")
    return out


def date_differences(a: DateValue, b: DateValue) -> list[str]:
    """Fields stated by both dates that disagree, largest last: ``["day", "month"]``.

    Only fields both values state are compared, so "7 April, year not stated"
    and "5 June 2021" differ in day and month, not in year.
    """
    try:
        fa, fb = a.fields, b.fields
    except ValueError:
        return []
    out = []
    for name in ("day", "week", "month", "season", "quarter", "half", "year"):
        x, y = getattr(fa, name), getattr(fb, name)
        if x is not None and y is not None and x != y:
            out.append(name)
    return out
