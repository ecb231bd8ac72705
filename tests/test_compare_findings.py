"""build_findings: grouping by key, classes of equal values, caps, messages, stable ids."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from checker.compare import CompareSettings, build_findings
from checker.models import Claim, DateValue, Evidence, Quantity


def claim(detail, article="a.txt", start=0, as_of=None, key=None, rule="r") -> Claim:
    return Claim(
        rule=rule, key=key if key is not None else {}, key_label="death toll", type=detail.kind,
        value=detail.plain(), mod=getattr(detail, "mod", None), detail=detail, article=article,
        language="en", as_of=as_of,
        evidence=Evidence(start=start, end=start + 1, quote="q", quote_start=start,
                          value_start=start, value_end=start + 1),
    )


@dataclass
class Rule:
    id: str = "r"
    title: str = "Death toll"
    severity: str = "error"
    message: str = "Sources disagree on the {key_label}: {values}"
    compare: CompareSettings = field(default_factory=CompareSettings)


def Q(value, mod=None):
    return Quantity(value=value, mod=mod)


def test_agreeing_claims_make_no_finding():
    claims = [claim(Q(3000, "APPROX"), "a.txt"), claim(Q(3100), "b.txt")]
    assert build_findings(claims, {"r": Rule()}) == []


def test_one_finding_per_key_with_all_its_claims_in_order():
    claims = [claim(Q(2500), "b.txt", 40), claim(Q(3000), "a.txt", 10), claim(Q(3000), "b.txt", 5)]
    [f] = build_findings(claims, {"r": Rule()})
    assert [(c.article, c.evidence.start) for c in f.claims] == [("a.txt", 10), ("b.txt", 5), ("b.txt", 40)]
    assert f.conflicts == [(0, 2), (1, 2)]
    assert f.reasons == ["3,000 vs 2,500: different numbers"] * 2
    assert f.message == "Sources disagree on the death toll: 3,000 vs 2,500"
    assert (f.rule, f.title, f.severity, f.key_label) == ("r", "Death toll", "error", "death toll")
    assert f.id.startswith("F-") and len(f.id) == 12


def test_claims_on_different_keys_never_conflict():
    claims = [
        claim(Q(3), "a.txt", key={"round": "1"}),
        claim(Q(5), "b.txt", key={"round": "2"}),
        claim(Q(7), "c.txt", key={"round": "1"}, rule="other"),
    ]
    assert build_findings(claims, {"r": Rule(), "other": Rule(id="other")}) == []
    claims.append(claim(Q(4), "d.txt", key={"round": "2"}))
    [f] = build_findings(claims, {"r": Rule(), "other": Rule(id="other")})
    assert f.key == {"round": "2"} and [c.article for c in f.claims] == ["b.txt", "d.txt"]


def test_key_order_does_not_split_a_group():
    a = claim(Q(3), "a.txt", key={"x": "1", "y": "2"})
    b = claim(Q(5), "b.txt", key={"y": "2", "x": "1"})
    assert len(build_findings([a, b], {"r": Rule()})) == 1


def test_findings_sorted_by_severity_rule_and_key():
    rules = {"b": Rule(id="b", severity="error"), "a": Rule(id="a", severity="warning"),
             "c": Rule(id="c", severity="info")}
    claims = []
    for rule in ("c", "a", "b"):
        for k in ("2", "1"):
            claims += [claim(Q(1), "x.txt", key={"k": k}, rule=rule), claim(Q(2), "y.txt", key={"k": k}, rule=rule)]
    order = [(f.rule, f.key["k"]) for f in build_findings(claims, rules)]
    assert order == [("b", "1"), ("b", "2"), ("a", "1"), ("a", "2"), ("c", "1"), ("c", "2")]


def test_unknown_rule_still_compared_with_defaults():
    [f] = build_findings([claim(Q(1), "a.txt", rule="gone"), claim(Q(2), "b.txt", rule="gone")], {})
    assert (f.rule, f.title, f.severity) == ("gone", "gone", "warning")


# ------------------------------------------------------------------ messages


def test_message_placeholders():
    rule = Rule(message="{rule}/{title}: {count} claims in {articles} articles, {conflicts} clash "
                        "on {key_label} in round {round}: {values}")
    claims = [claim(Q(1), "a.txt", key={"round": "3"}), claim(Q(1), "a.txt", 9, key={"round": "3"}),
              claim(Q(2), "b.txt", key={"round": "3"})]
    [f] = build_findings(claims, {"r": rule})
    assert f.message == "r/Death toll: 3 claims in 2 articles, 2 clash on death toll in round 3: 1 vs 2"


def test_unknown_or_broken_placeholders_fall_back_to_the_template():
    for template in ("Bad {nope} here", "Broken {key_label", "{key_label.__class__}", "{0}"):
        [f] = build_findings([claim(Q(1), "a.txt"), claim(Q(2), "b.txt")], {"r": Rule(message=template)})
        assert f.message == template


# ----------------------------------------------------------------- classes


def test_identical_values_form_one_class_and_pairs_are_capped():
    rule = Rule(compare=CompareSettings(max_pairs=5))
    claims = [claim(Q(100), f"a{i:02}.txt") for i in range(4)] + [claim(Q(200), f"b{i:02}.txt") for i in range(3)]
    [f] = build_findings(claims, {"r": rule})
    assert len(f.claims) == 7
    assert len(f.conflicts) == 5 == len(f.reasons)
    assert f.message.endswith("(showing 5 of 12 conflicting pairs)")
    # The first pairs listed touch every claim of both values before repeating any.
    listed = {i for pair in f.conflicts[:5] for i in pair}
    assert listed == set(range(7))
    assert all(i < j for i, j in f.conflicts) and f.conflicts == sorted(f.conflicts)


def test_uncapped_lists_every_pair_without_a_note():
    claims = [claim(Q(100), "a.txt"), claim(Q(100), "b.txt"), claim(Q(200), "c.txt")]
    [f] = build_findings(claims, {"r": Rule()})
    assert f.conflicts == [(0, 2), (1, 2)] and "showing" not in f.message


def test_cap_is_per_pair_of_values():
    rule = Rule(compare=CompareSettings(max_pairs=2))
    claims = [claim(Q(v), f"{v}-{i}.txt") for v in (1, 2, 3) for i in range(3)]
    [f] = build_findings(claims, {"r": rule})
    assert len(f.conflicts) == 6  # three pairs of values, two listed pairs each
    assert "showing 6 of 27" in f.message


def test_reason_reads_in_the_order_of_the_pair():
    claims = [claim(DateValue(value="2021-06-05"), "a.txt"), claim(DateValue(value="XXXX-04-07"), "b.txt"),
              claim(DateValue(value="2021-06-05"), "c.txt")]
    [f] = build_findings(claims, {"r": Rule()})
    assert f.conflicts == [(0, 1), (1, 2)]
    assert f.reasons == ["5 June 2021 vs 7 April, year not stated: different day and month",
                         "7 April, year not stated vs 5 June 2021: different day and month"]


def test_windowed_classes_split_by_as_of():
    rule = Rule(compare=CompareSettings(window_days=10))
    claims = [
        claim(Q(100), "a.txt", as_of="2020-06-01"),
        claim(Q(200), "b.txt", as_of="2021-06-01"),   # a year later: not comparable with a
        claim(Q(300), "c.txt", as_of="2021-06-05"),   # conflicts with b only
        claim(Q(999), "d.txt", as_of=None),           # listed, never compared
    ]
    [f] = build_findings(claims, {"r": rule})
    assert [c.article for c in f.claims] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert f.conflicts == [(1, 2)]


# ---------------------------------------------------------------- stable ids


def _conflicting_corpus():
    return [
        claim(Q(3000, "APPROX"), "a.txt", 10), claim(Q(2500), "b.txt", 3), claim(Q(3100), "c.txt", 7),
        claim(Q(2500), "d.txt", 1), claim(Q(5), "e.txt", key={"other": "key"}),
    ]


def test_fingerprint_ignores_claim_order():
    base = build_findings(_conflicting_corpus(), {"r": Rule()})
    for seed in range(5):
        shuffled = _conflicting_corpus()
        random.Random(seed).shuffle(shuffled)
        again = build_findings(shuffled, {"r": Rule()})
        assert [f.id for f in again] == [f.id for f in base]
        assert again == base


def test_fingerprint_ignores_unrelated_claims():
    [base] = build_findings(_conflicting_corpus(), {"r": Rule()})
    extra = _conflicting_corpus() + [
        claim(Q(7), "z.txt", key={"round": "9"}),                 # another key
        claim(Q(1), "z.txt", rule="unrelated"),                   # another rule
        claim(DateValue(value="XXXX-XX"), "y.txt"),                  # says nothing
    ]
    [again] = [f for f in build_findings(extra, {"r": Rule()}) if f.rule == "r" and f.key == {}]
    assert again.id == base.id
    assert len(again.claims) == len(base.claims) + 1


def test_fingerprint_changes_when_the_conflict_changes():
    [base] = build_findings(_conflicting_corpus(), {"r": Rule()})
    [other] = build_findings(_conflicting_corpus() + [claim(Q(9000), "f.txt")], {"r": Rule()})
    [renamed] = build_findings(_conflicting_corpus(), {"x": Rule(id="x")} | {"r": Rule(id="r")})
    assert other.id != base.id
    assert renamed.id == base.id  # title/message text do not enter the id


# --------------------------------------------------------------------- scale


def test_twenty_thousand_claims_on_one_key_stay_bounded():
    values = [Q(3000, "APPROX"), Q(3100), Q(5000), Q(5000, "MORE_THAN")]
    claims = [claim(values[i % 4], f"art{i:05}.txt", i) for i in range(20_000)]
    [f] = build_findings(claims, {"r": Rule()})
    assert len(f.claims) == 20_000
    # 3000~ and 3100 agree, and so do 5000 and >5000; >5000 vs 3000~/3100; 5000 vs 3000~/3100.
    assert len(f.conflicts) == 4 * CompareSettings().max_pairs
    assert "of 100000000 conflicting pairs" in f.message


def test_windowed_cap_is_per_pair_of_values_across_as_of_dates():
    rule = Rule(compare=CompareSettings(window_days=365, max_pairs=50))
    claims = [claim(Q(v), f"{v}-{d:02}.txt", as_of=f"2021-06-{d:02}") for v in (100, 200) for d in range(1, 21)]
    [f] = build_findings(claims, {"r": rule})
    assert len(f.conflicts) == 50
    assert "showing 50 of 400" in f.message


def test_many_as_of_dates_on_one_key_stay_bounded():
    rule = Rule(compare=CompareSettings(window_days=3))
    days = [f"2021-{m:02}-{d:02}" for m in range(1, 13) for d in range(1, 29)]  # 336 as-of dates
    claims = [claim(Q(100 * (1 + i % 3)), f"art{i:05}.txt", i, as_of=days[i % len(days)]) for i in range(6_000)]
    [f] = build_findings(claims, {"r": rule})
    assert len(f.claims) == 6_000
    assert len(f.conflicts) == 3 * rule.compare.max_pairs  # capped per pair of values
