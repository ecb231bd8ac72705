"""Values in words: the forms a reader sees beside every normalised value."""

from __future__ import annotations

import pytest

from checker.models import DateValue, NameValue, Ordinal, Quantity
from checker import humanize as hz


@pytest.mark.parametrize("value, mod, words", [
    ("2021-04-07", None, "7 April 2021"),
    ("XXXX-04-07", None, "7 April, year not stated"),
    ("XXXX-XX-07", None, "the 7th, month and year not stated"),
    ("2021-01", "MID", "mid-January 2021"),
    ("2021-01", "START", "early January 2021"),
    ("2021-06", "END", "late June 2021"),
    ("XXXX-01", "MID", "mid-January, year not stated"),
    ("2014-SU", None, "summer 2014"),
    ("2014-WI", None, "winter 2014"),
    ("2021-Q1", None, "the first quarter of 2021"),
    ("2021-H2", None, "the second half of 2021"),
    ("XXXX-H2", None, "the second half, year not stated"),
    ("2021", None, "2021"),
    ("2021", "MID", "mid-2021"),
    ("2021", "END", "late 2021"),
    ("201", None, "the 2010s"),
    ("20", None, "the 21st century"),
    ("2021-W23", None, "week 23 of 2021"),
])
def test_dates_in_words(value, mod, words):
    assert hz.human_date(value, mod) == words
    assert hz.human_value(DateValue(value=value, mod=mod)) == words


@pytest.mark.parametrize("value, words", [
    ("XXXX-XX-XX", "an unknown day"),
    ("XXXX-XX", "an unknown month"),
    ("XXXX", "an unknown year"),
    ("XXXX-W10", "week 10, year not stated"),
])
def test_unknown_parts_are_said_not_guessed(value, words):
    try:
        DateValue(value=value)
    except ValueError:
        pytest.skip(f"timex does not accept {value} yet")
    assert hz.human_date(value) == words


def test_unreadable_date_is_shown_as_written():
    assert hz.human_date("around Eid") == "around Eid"


@pytest.mark.parametrize("q, words", [
    (Quantity(value=2500, mod="APPROX"), "about 2,500"),
    (Quantity(value=2500), "2,500"),
    (Quantity(value=0.25, unit="percent"), "25%"),
    (Quantity(value=0.125, unit="percent", mod="MORE_THAN"), "more than 12.5%"),
    (Quantity(value=3000, mod="AT_LEAST"), "at least 3,000"),
    (Quantity(value=1234567.5), "1,234,567.5"),
    (Quantity(value=14, unit="rockets"), "14 rockets"),
    (Quantity(value=0.3333333333, mod="APPROX"), "about a third"),
    (Quantity(value=0.5), "half"),
    (Quantity(value=0.37), "0.37"),
])
def test_quantities_in_words(q, words):
    assert hz.human_quantity(q) == words


def test_ordinals_and_names():
    assert hz.human_value(Ordinal(value=3)) == "third"
    assert hz.human_value(Ordinal(value=21)) == "21st"
    assert hz.ordinal_suffix(12) == "12th" and hz.ordinal_suffix(22) == "22nd"
    written = NameValue(value="Baghdad", text="العاصمة العراقية بغداد")
    assert hz.human_value(written) == "Baghdad"  # the canonical name, whatever the spelling
    assert hz.normalised(written) == "العاصمة العراقية بغداد"  # beside it, the words as written
    assert hz.normalised(NameValue(value="Baghdad", text="Baghdad")) == ""


@pytest.mark.parametrize("n, words", [(12, "twelfth"), (13, "thirteenth"), (20, "twentieth"), (21, "21st")])
def test_an_ordinal_reads_the_same_in_a_label_and_in_the_report(n, words):
    """A claim labelled "the thirteenth round" must not be reported as the "13th"."""
    from checker import claimtext
    from checker.compare.values import value_conflict

    assert hz.human_value(Ordinal(value=n)) == words
    assert claimtext.ordinal_words(n) == words
    reason = value_conflict(Ordinal(value=n), Ordinal(value=n + 1), 0.1)
    assert words in reason


def test_normalised_form_keeps_modifier():
    assert hz.normalised(Quantity(value=2500, mod="APPROX")) == "2500 APPROX"
    assert hz.normalised(DateValue(value="2021-01", mod="MID")) == "2021-01 MID"
    assert hz.normalised(DateValue(value="XXXX-04-07")) == "XXXX-04-07"


def test_missing_parts_and_differences():
    assert hz.missing_parts(DateValue(value="XXXX-04-07")) == ["year"]
    assert hz.missing_parts(DateValue(value="2021-04-07")) == []
    # Only fields both dates state are compared: the unknown year is not a difference.
    assert hz.date_differences(DateValue(value="XXXX-04-07"), DateValue(value="2021-06-05")) == ["day", "month"]
    assert hz.date_differences(DateValue(value="2021-07"), DateValue(value="2021-06")) == ["month"]


def test_module_stays_pure():
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(hz))
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not any(m.startswith(("jinja2", "markupsafe")) for m in imported)
