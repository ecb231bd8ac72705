"""Properties every comparison must keep, whatever the values."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.compare import CompareSettings, explain_conflict
from checker.models import Claim, DateValue, Evidence, NameValue, Ordinal, Quantity


def claim(detail, as_of=None) -> Claim:
    return Claim(
        rule="r", key={}, key_label="thing", type=detail.kind, value=detail.plain(),
        mod=getattr(detail, "mod", None), detail=detail, article="a.txt", language="en", as_of=as_of,
        evidence=Evidence(start=0, end=1, quote="q", quote_start=0, value_start=0, value_end=1),
    )


years = st.one_of(st.integers(1990, 2030).map(str), st.just("XXXX"))
months = st.integers(1, 12).map(lambda m: f"{m:02}")


@st.composite
def timex_values(draw) -> str:
    y, m = draw(years), draw(months)
    form = draw(st.sampled_from(["day", "month", "year", "season", "quarter", "half", "week", "weekday",
                                 "decade", "day-no-month", "blank"]))
    if form == "day":
        last = calendar.monthrange(2000 if y == "XXXX" else int(y), int(m))[1]
        return f"{y}-{m}-{draw(st.integers(1, last)):02}"
    if form == "day-no-month":
        return f"{y}-XX-{draw(st.integers(1, 28)):02}"
    if form == "month":
        return f"{y}-{m}"
    if form == "year":
        return y
    if form == "season":
        return f"{y}-{draw(st.sampled_from(['SP', 'SU', 'FA', 'WI']))}"
    if form == "quarter":
        return f"{y}-Q{draw(st.integers(1, 4))}"
    if form == "half":
        return f"{y}-H{draw(st.integers(1, 2))}"
    if form == "week":
        return f"{y}-W{draw(st.integers(1, 52)):02}"
    if form == "weekday":
        return f"{y}-W{draw(st.integers(1, 52)):02}-{draw(st.integers(1, 7))}"
    if form == "decade":
        return str(draw(st.integers(195, 203)))
    return draw(st.sampled_from(["XXXX-XX", "XXXX-XX-XX", "XXXX"]))


dates = st.builds(DateValue, value=timex_values(), mod=st.sampled_from([None, "START", "MID", "END"]))
numbers = st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False)
quantities = st.builds(
    Quantity, value=numbers,
    mod=st.sampled_from([None, "APPROX", "MORE_THAN", "LESS_THAN", "AT_LEAST", "AT_MOST"]),
)
ordinals = st.builds(Ordinal, value=st.integers(0, 30))
names = st.builds(NameValue, value=st.sampled_from(["Aleppo", "aleppo ", "ALEPPO", "Homs", "حلب", "حَلَب", "إدلب"]))
values = st.one_of(dates, quantities, ordinals, names)
tolerances = st.floats(0, 1)
as_ofs = st.one_of(st.none(), timex_values())
compare_settings = st.builds(CompareSettings, tolerance=tolerances,
                             window_days=st.one_of(st.none(), st.integers(0, 400)))


@settings(max_examples=300)
@given(values, values, compare_settings, as_ofs, as_ofs)
def test_agreement_is_symmetric(a, b, cfg, as_a, as_b):
    ab = explain_conflict(claim(a, as_a), claim(b, as_b), cfg)
    ba = explain_conflict(claim(b, as_b), claim(a, as_a), cfg)
    assert (ab is None) == (ba is None)


@settings(max_examples=300)
@given(values, compare_settings, timex_values())
def test_a_value_agrees_with_itself(a, cfg, as_of):
    assert explain_conflict(claim(a, as_of), claim(a, as_of), cfg) is None


@given(st.dates(date(1900, 1, 1), date(2100, 12, 31)), st.booleans())
def test_a_day_agrees_with_its_own_month_and_year(d, unknown_year):
    y = "XXXX" if unknown_year else f"{d.year:04}"
    day = claim(DateValue(value=f"{y}-{d.month:02}-{d.day:02}"))
    for wider in (f"{d.year:04}-{d.month:02}", f"{d.year:04}", f"XXXX-{d.month:02}", str(d.year // 10)):
        assert explain_conflict(day, claim(DateValue(value=wider))) is None


close_quantities = st.builds(  # near one another, so tolerance decides
    Quantity, value=st.integers(80, 120).map(float),
    mod=st.sampled_from([None, "APPROX", "MORE_THAN", "LESS_THAN", "AT_LEAST", "AT_MOST"]),
)


@settings(max_examples=300)
@given(st.one_of(quantities, close_quantities), close_quantities, tolerances, tolerances)
def test_widening_tolerance_never_creates_a_conflict(a, b, t1, t2):
    narrow, wide = sorted((t1, t2))
    if explain_conflict(claim(a), claim(b), CompareSettings(tolerance=narrow)) is None:
        assert explain_conflict(claim(a), claim(b), CompareSettings(tolerance=wide)) is None


@given(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_two_different_known_days_always_conflict(d1, d2):
    a, b = claim(DateValue(value=d1.isoformat())), claim(DateValue(value=d2.isoformat()))
    assert (explain_conflict(a, b) is None) == (d1 == d2)


def _conflicts_by_every_pair(members, settings):
    """The plain loop over every pair of as-of classes that ``_conflicts`` must agree with."""
    from checker.compare import _in_window, _sample_pairs
    from checker.compare.values import canonical, value_conflict

    windowed = settings.window_days is not None
    by_value: dict = {}
    for i, c in enumerate(members):
        by_value.setdefault(canonical(c.detail), {}).setdefault(c.as_of if windowed else None, []).append(i)
    first = {v: next(iter(g.values()))[0] for v, g in by_value.items()}
    pairs, total, in_conflict, values = {}, 0, set(), list(by_value)
    for x, va in enumerate(values):
        for vb in values[x + 1:]:
            if value_conflict(members[first[va]].detail, members[first[vb]].detail, settings.tolerance) is None:
                continue
            room = settings.max_pairs
            for asa, xs in by_value[va].items():
                for asb, ys in by_value[vb].items():
                    if not _in_window(asa, asb, settings):
                        continue
                    total += len(xs) * len(ys)
                    in_conflict.update(xs, ys)
                    sample = _sample_pairs(xs, ys, room) if room else []
                    room -= len(sample)
                    for i, j in sample:
                        pairs[(min(i, j), max(i, j))] = (va, vb) if i < j else (vb, va)
    return pairs, total, in_conflict


# Days close together and small windows, so spans often sit exactly on a window's edge.
near_days = st.integers(0, 90).map(lambda k: date.fromordinal(date(2021, 5, 1).toordinal() + k).isoformat())
few_as_ofs = st.one_of(st.none(), near_days, st.sampled_from(
    ["2021", "2021-06", "2021-05", "2021-07", "2020-12-31", "2021-Q3", "2021-SU", "XXXX-06-05", "2021-W23",
     "2019", "2021-H2"]), timex_values())


@settings(max_examples=500)
@given(st.lists(st.tuples(st.sampled_from([100, 200, 300]), few_as_ofs), max_size=40),
       st.one_of(st.none(), st.integers(0, 40), st.integers(0, 400)), st.integers(1, 6))
def test_window_index_lists_what_every_pair_would(items, window, cap):
    from checker.compare import _conflicts
    from checker.compare.values import canonical

    members = [claim(Quantity(value=v), as_of) for v, as_of in items]
    settings = CompareSettings(window_days=window, max_pairs=cap)
    pairs, total, in_conflict = _conflicts(members, settings)
    ref_pairs, ref_total, ref_in = _conflicts_by_every_pair(members, settings)
    assert (total, in_conflict) == (ref_total, ref_in)
    assert sorted(pairs) == sorted(ref_pairs)
    for (i, j), (va, vb) in ref_pairs.items():  # each reason names the pair's values in index order
        assert pairs[(i, j)] == explain_conflict(members[i], members[j], CompareSettings(max_pairs=cap))
        assert (canonical(members[i].detail), canonical(members[j].detail)) == (va, vb)


def test_window_edges_are_inclusive():
    """A span that starts before the window and ends on its first day is in it; so is one starting on its last."""
    from checker.compare import _conflicts

    for a, b, window in (("2021-05", "2021-06-20", 20), ("2021-06-20", "2021-05", 20), ("2021-05-01", "2021-05-03", 2),
                         ("2021-05-03", "2021-05-01", 2), ("2021-05-01", "2021-05-01", 0)):
        members = [claim(Quantity(value=100), a), claim(Quantity(value=200), b)]
        assert _conflicts(members, CompareSettings(window_days=window))[1] == 1, (a, b, window)
        assert _conflicts(members, CompareSettings(window_days=window - 1))[1] == 0 if window else True
