"""Value semantics of the comparison stage: when two claims can both be true."""

from __future__ import annotations

import pytest

from checker.compare import CompareSettings, explain_conflict
from checker.models import Claim, DateValue, Evidence, NameValue, Ordinal, Quantity


def claim(detail, article="a.txt", start=0, as_of=None, key=None, rule="r") -> Claim:
    return Claim(
        rule=rule, key=key or {}, key_label="thing", type=detail.kind, value=detail.plain(),
        mod=getattr(detail, "mod", None), detail=detail, article=article, language="en", as_of=as_of,
        evidence=Evidence(start=start, end=start + 1, quote="q", quote_start=start,
                          value_start=start, value_end=start + 1),
    )


def D(value, mod=None):
    return DateValue(value=value, mod=mod)


def Q(value, mod=None, unit=None):
    return Quantity(value=value, mod=mod, unit=unit)


def why(a, b, **settings):
    return explain_conflict(claim(a), claim(b), CompareSettings(**settings))


# ------------------------------------------------------------------- dates


@pytest.mark.parametrize("a, b", [
    ("2021-04", "2021-04-07"),          # month contains the day
    ("2021", "2021-04-07"),
    ("2021-Q2", "2021-04-07"),
    ("2021-SP", "2021-04"),
    ("2021-W14", "2021-04-07"),          # ISO week 14 of 2021 is 5-11 April
    ("202", "2021-04-07"),              # the 2020s
    ("20", "2021"),                      # the 2000s
    ("XXXX-04-07", "2021-04-07"),        # unknown year: month and day agree
    ("XXXX-04-07", "2021-04"),
    ("XXXX-04-07", "2021"),              # nothing shared to disagree on
    ("XXXX-04", "XXXX-04-30"),
    ("XXXX-XX-07", "2021-06-07"),        # only the day is known
    ("XXXX-WI", "2021-01-15"),           # winter of some year contains mid-January
    ("XXXX-02-29", "2020-02"),           # 2020 is a leap year
    ("2020-WI", "2021-02-10"),           # winter 2020 runs into 2021
    ("2021-XX", "2021-06-05"),           # month unknown: any day of 2021
    ("2021-W10-4", "2021-03-11"),        # ISO weekday form: Thursday of week 10
    ("2021-WXX-4", "2021-03-11"),        # some Thursday of 2021
    ("XXXX-W14", "2021-04-07"),          # week 14 of any year falls around early April
])
def test_dates_that_can_denote_the_same_day_agree(a, b):
    assert why(D(a), D(b)) is None
    assert why(D(b), D(a)) is None


@pytest.mark.parametrize("a, b, reason", [
    ("XXXX-04-07", "2021-06-05", "7 April, year not stated vs 5 June 2021: different day and month"),
    ("2021-04-07", "2021-04-08", "7 April 2021 vs 8 April 2021: different day"),
    ("2021-04-07", "2020-04-07", "7 April 2021 vs 7 April 2020: different year"),
    ("2021-04", "2021-05-01", "April 2021 vs 1 May 2021: different month"),
    ("XXXX-04-07", "2021-06", "7 April, year not stated vs June 2021: different month"),
])
def test_dates_with_different_known_fields_conflict(a, b, reason):
    assert why(D(a), D(b)) == reason
    assert why(D(b), D(a)) is not None


@pytest.mark.parametrize("a, b", [
    ("2021-XX", "2020-06-05"),
    ("2021-W10-4", "2021-03-12"),
    ("2021-WXX-4", "2021-03-12"),        # a Friday
    ("XXXX-W14", "2021-06-05"),
])
def test_partly_unknown_dates_still_conflict_on_what_they_know(a, b):
    assert why(D(a), D(b)) is not None
    assert why(D(b), D(a)) is not None


def test_unknown_year_compares_month_and_day_only():
    assert why(D("XXXX-04-07"), D("1999-04-07")) is None
    assert why(D("XXXX-04-07"), D("XXXX-04-08")) is not None
    assert why(D("XXXX-XX-07"), D("2021-06-08")) is not None
    assert why(D("2021-XX-07"), D("2020-06-07")) is not None  # year known on both sides


def test_feb_29_of_unknown_year_cannot_fall_in_a_common_year():
    assert why(D("XXXX-02-29"), D("2021-02")) is not None
    assert why(D("XXXX-02-29"), D("2020")) is None


def test_start_mid_end_narrow_the_period():
    assert why(D("2021-04", "START"), D("2021-04-05")) is None
    assert why(D("2021-04", "START"), D("2021-04-25")) is not None
    assert why(D("2021-04", "END"), D("2021-04-25")) is None
    assert why(D("2021-04", "MID"), D("2021-04-15")) is None
    assert why(D("2021-04", "MID"), D("2021-04-01")) is not None
    assert why(D("2021", "END"), D("2021-11")) is None
    assert why(D("2021", "END"), D("2021-03")) is not None
    # Adjacent thirds meet at their edge: writers do not agree where "mid" ends.
    assert why(D("2021-06", "MID"), D("2021-06", "END")) is None
    reason = why(D("2021-04", "START"), D("2021-04", "END"))
    assert reason == ("early April 2021 vs late April 2021: the days they can mean "
                      "(1–11 April 2021 and 20–30 April 2021) do not overlap")


def test_a_range_across_months_or_years_reads_as_one_unit_in_a_reason():
    reason = why(D("2020", "END"), D("2021", "START"))
    assert reason == ("late 2020 vs early 2021: the days they can mean "
                      "(31 August–31 December 2020 and 1 January–2 May 2021) do not overlap")


def test_start_end_apply_to_unknown_year_too():
    assert why(D("XXXX-04", "START"), D("2021-04-03")) is None
    assert why(D("XXXX-04", "START"), D("2021-04-28")) is not None


@pytest.mark.parametrize("blank", ["XXXX-XX", "XXXX", "XXXX-XX-XX", "XXXX-WXX"])
def test_a_date_with_nothing_known_conflicts_with_nothing(blank):
    for other in ("2021-06-05", "XXXX-04-07", "2021-W10-4", "1999"):
        assert why(D(blank), D(other)) is None
        assert why(D(other), D(blank)) is None


def test_an_unreadable_date_conflicts_with_nothing():
    junk = DateValue.model_construct(kind="date", value="sometime", precision="day", mod=None)
    assert why(junk, D("2021-06-05")) is None


# --------------------------------------------------------------- quantities


def test_exact_numbers_must_be_equal():
    assert why(Q(3000), Q(3000)) is None
    assert why(Q(2500), Q(3000)) == "2,500 vs 3,000: different numbers"


def test_approx_widens_by_the_tolerance():
    assert why(Q(3500, "APPROX"), Q(3000, "APPROX")) is None  # 3,150-3,850 meets 2,700-3,300
    assert why(Q(3700, "APPROX"), Q(3000, "APPROX")) == (
        "about 3,700 vs about 3,000: the ranges 3,330–4,070 and 2,700–3,300 do not overlap at ±10%")
    assert why(Q(3500, "APPROX"), Q(3000, "APPROX"), tolerance=0.05) == (
        "about 3,500 vs about 3,000: the ranges 3,325–3,675 and 2,850–3,150 do not overlap at ±5%")
    assert why(Q(2800), Q(3000, "APPROX")) is None
    assert why(Q(2500), Q(3000, "APPROX")) == "2,500 vs about 3,000: 2,500 is outside 2,700–3,300 at ±10%"
    assert why(Q(2500), Q(3000, "APPROX"), tolerance=0.2) is None


def test_zero_tolerance_makes_approx_exact():
    assert why(Q(3000, "APPROX"), Q(3001), tolerance=0) is not None
    assert why(Q(3000, "APPROX"), Q(3000), tolerance=0) is None


@pytest.mark.parametrize("mod, inside, outside", [
    ("MORE_THAN", 3001, 2999),
    ("AT_LEAST", 3001, 2999),
    ("LESS_THAN", 2999, 3001),
    ("AT_MOST", 2999, 3001),
])
def test_open_hedges(mod, inside, outside):
    assert why(Q(3000, mod), Q(inside)) is None
    # "more than 3,000" and "3,000": one count said rounded two ways, not a contradiction
    assert why(Q(3000, mod), Q(3000)) is None
    assert why(Q(3000), Q(3000, mod)) is None
    assert why(Q(3000, mod), Q(outside)) is not None


def test_more_than_a_share_agrees_with_the_share():
    assert why(Q(1 / 3, "MORE_THAN"), Q(1 / 3)) is None
    assert why(Q(1 / 3, "MORE_THAN"), Q(1 / 3, "LESS_THAN")) is not None


def test_open_hedges_against_each_other():
    assert why(Q(3000, "MORE_THAN"), Q(5000, "LESS_THAN")) is None
    assert why(Q(3000, "MORE_THAN"), Q(3000, "LESS_THAN")) is not None
    assert why(Q(3000, "AT_LEAST"), Q(3000, "AT_MOST")) is None
    assert why(Q(4000, "MORE_THAN"), Q(3000, "AT_MOST")) == (
        "more than 4,000 vs at most 3,000: no number is both more than 4,000 and at most 3,000")
    assert why(Q(2500), Q(3000, "MORE_THAN")) == "2,500 vs more than 3,000: 2,500 is not more than 3,000"


def test_percentages_read_as_percentages():
    assert why(Q(0.25, unit="percent"), Q(0.3, unit="percent")) == "25% vs 30%: different numbers"


def test_different_units_are_not_compared():
    assert why(Q(25, unit="percent"), Q(30)) is None


# ------------------------------------------------------------ ordinals, names


def test_ordinals_compare_by_equality():
    assert why(Ordinal(value=3), Ordinal(value=3)) is None
    assert why(Ordinal(value=5), Ordinal(value=3)) == "a fifth vs a third"
    assert why(Ordinal(value=8), Ordinal(value=1)) == "an eighth vs a first"
    assert why(Ordinal(value=18), Ordinal(value=11)) == "an eighteenth vs an eleventh"
    assert why(Ordinal(value=81), Ordinal(value=111)) == "an 81st vs a 111th"  # past twentieth, figures


def test_names_compare_after_normalisation():
    assert why(NameValue(value="Aleppo  City"), NameValue(value="aleppo city")) is None
    assert why(NameValue(value="حلب"), NameValue(value="حَلَب")) is None  # harakat dropped
    assert why(NameValue(value="إدلب"), NameValue(value="ادلب")) is None  # alef forms
    assert why(NameValue(value="Kurfürstenstraße"), NameValue(value="KURFÜRSTENSTRASSE")) is None  # full case folding
    # the reason names the canonical place, whichever spelling the article used
    assert why(NameValue(value="Aleppo", text="حلب"), NameValue(value="Homs")) == (
        "“Aleppo” vs “Homs”: different names")


def test_values_of_different_kinds_never_conflict():
    assert why(Ordinal(value=3), Q(3)) is None
    assert why(D("2021"), Q(2021)) is None


# ------------------------------------------------------------------ windows


def as_of_claims(a, b, va=Q(100), vb=Q(200)):
    return claim(va, as_of=a), claim(vb, as_of=b)


@pytest.mark.parametrize("a, b, window, compared", [
    ("2021-06-01", "2021-06-01", 0, True),
    ("2021-06", "2021-06-20", 30, True),          # overlapping as-of periods are 0 days apart
    ("2021-06", "2021-06-20", 0, False),          # a month stands for its middle under a window shorter than it
    ("2022", "2022-08-30", 2, False),             # "killed 1,700 in 2022" is no toll of 30 August, day by day
    ("2022", "2022-07-01", 2, True),              # ... though its middle is
    ("2020", "2021-03-15", 180, True),            # a window of half a year still reaches from a year
    ("2021-06-01", "2021-06-02", 0, False),
    ("2021-06-01", "2021-06-08", 7, True),
    ("2021-06-01", "2021-06-09", 7, False),
    ("2021-06", "2021-07-05", 5, False),          # June stands for mid-June under a five-day window
    ("2021-06", "2021-07-05", 15, True),          # measured from the end of June when the window is half a month
    ("2020-06", "2021-07", 30, False),
    ("2020-06", "2021-07", None, True),           # no window: time does not matter
    (None, "2021-06-01", 30, False),              # unknown as-of: not compared
    ("XXXX-06-01", "2021-06-01", 30, False),      # no year: cannot place it in time
    ("garbage", "2021-06-01", 30, False),
    (None, None, None, True),
])
def test_as_of_window(a, b, window, compared):
    ca, cb = as_of_claims(a, b)
    settings = CompareSettings(window_days=window)
    assert (explain_conflict(ca, cb, settings) is not None) is compared
    assert (explain_conflict(cb, ca, settings) is not None) is compared


def test_settings_document_the_unknown_as_of_choice():
    doc = CompareSettings.model_json_schema()["properties"]["window_days"]["description"]
    assert "unknown" in doc and "compared with nothing" in doc


def test_a_percentage_and_a_fraction_are_both_shares_and_compare():
    from checker.compare.values import value_conflict
    from checker.models import Quantity

    third = Quantity(value=1 / 3, mod="APPROX")
    forty = Quantity(value=0.4, mod="APPROX", unit="percent")
    assert value_conflict(third, forty, 0.05) is not None
    assert value_conflict(third, Quantity(value=0.34, unit="percent"), 0.05) is None
    assert value_conflict(Quantity(value=2500), forty, 0.05) is None  # a count is not a share


def test_agree_within_lets_close_numbers_stand_together_hedged_or_not():
    # a toll of 135, then 137: exact numbers disagree by default...
    assert why(Q(135), Q(137)) is not None
    # ...and agree when the rule says figures that close agree
    assert why(Q(135), Q(137), agree_within=0.05) is None
    assert why(Q(135, "APPROX"), Q(141), agree_within=0.05) is None
    assert why(Q(135), Q(150), agree_within=0.05) is not None
    # a bound still bounds: "more than 200" and 190 do not meet
    assert why(Q(200, "MORE_THAN"), Q(190), agree_within=0.01) is not None
