"""TIMEX3 values: the fields they state and the days they can denote."""

from datetime import date

import pytest

from checker.models import DateValue, Quantity
from checker.timex import interval, parse_timex


@pytest.mark.parametrize(
    "value, precision, span",
    [
        ("2021-04-07", "day", (date(2021, 4, 7), date(2021, 4, 7))),
        ("2021-07", "month", (date(2021, 7, 1), date(2021, 7, 31))),
        ("2017", "year", (date(2017, 1, 1), date(2017, 12, 31))),
        ("2014-SU", "season", (date(2014, 6, 1), date(2014, 8, 31))),
        ("2020-WI", "season", (date(2020, 12, 1), date(2021, 2, 28))),
        ("2021-Q1", "quarter", (date(2021, 1, 1), date(2021, 3, 31))),
        ("2021-W10", "week", (date(2021, 3, 8), date(2021, 3, 14))),
        ("XXXX-04-07", "day", None),
    ],
)
def test_precision_and_days(value, precision, span):
    assert parse_timex(value).precision == precision
    assert interval(value) == span


def test_modifiers_narrow_a_period_to_its_part():
    lo, hi = interval("2017", "END")
    assert lo.month >= 8 and hi == date(2017, 12, 31)
    lo, hi = interval("2021-01", "MID")
    assert date(2021, 1, 9) <= lo <= date(2021, 1, 11) and date(2021, 1, 20) <= hi <= date(2021, 1, 23)
    assert interval("2022", "START")[0] == date(2022, 1, 1)


@pytest.mark.parametrize("bad", ["2021-13", "2021-02-30", "April", "21-04-07", "2021-W60"])
def test_invalid_values_are_refused(bad):
    with pytest.raises(ValueError):
        parse_timex(bad)


def test_date_value_fills_precision_and_interval():
    v = DateValue(value="2021-04", mod=None)
    assert v.precision == "month" and v.earliest == date(2021, 4, 1) and v.latest == date(2021, 4, 30)
    unknown_year = DateValue(value="XXXX-04-07")
    assert unknown_year.earliest is None and unknown_year.fields.month == 4


def test_quantity_intervals_follow_hedges():
    assert Quantity(value=3000, mod="APPROX").interval(0.1).lo == pytest.approx(2700)
    about_3500, about_3000 = Quantity(value=3500, mod="APPROX"), Quantity(value=3000, mod="APPROX")
    assert about_3500.interval(0.1).overlaps(about_3000.interval(0.1))  # 3150-3850 meets 2700-3300
    assert not about_3500.interval(0.05).overlaps(about_3000.interval(0.05))
    assert Quantity(value=150, mod="MORE_THAN").interval().overlaps(Quantity(value=200).interval())
    # the very figure a bound names agrees with it ("more than 150" and "150": one count rounded two ways) ...
    assert Quantity(value=150, mod="MORE_THAN").interval().overlaps(Quantity(value=150).interval())
    # ... but two open bounds at one figure do not meet
    assert not Quantity(value=150, mod="MORE_THAN").interval().overlaps(Quantity(value=150, mod="LESS_THAN").interval())
    assert Quantity(value=20, mod="AT_LEAST").interval().overlaps(Quantity(value=20).interval())
    assert Quantity(value=2500.0).plain() == 2500 and isinstance(Quantity(value=2500.0).plain(), int)
