"""A key taken from context that the article itself contradicts is compared with nothing.

"This week's session" inherits the round named last. When that is a background
round the same article dates explicitly ("The second round was hosted in
Washington last August"), the link is wrong, not the article: the audit must
not turn it into a conflict with other articles, and must still list it.
"""

from __future__ import annotations

from pathlib import Path

from checker.api import AuditOptions, audit
from checker.compare.selfcheck import taken_back

ARTICLES = {
    # published on a Thursday: "This week's session" is read as the week of 2021-04-05
    "x.txt": "---\npublished: 2021-04-08\n---\n"
             "The third round of the Iraq-US strategic dialogue ended on Wednesday with a joint statement. "
             "The second round was hosted in Washington last August. "
             "This week's session was the first under President Joe Biden.\n",
    "y.txt": "---\npublished: 2020-08-21\n---\n"
             "The second round of the Iraq-US strategic dialogue was held in Washington on August 19, 2020.\n",
}


def _audit(tmp_path: Path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return audit([tmp_path], AuditOptions(cache_path=None, jobs=1)).report


def _round(report, n: str):
    return [c for c in report.claims if c.rule == "strategic-dialogue-round-date" and c.key.get("round") == n]


def test_an_inherited_round_the_article_contradicts_meets_no_other_claim(tmp_path):
    report = _audit(tmp_path)
    second = _round(report, "2")
    inherited = [c for c in second if any(link.what == "round" for link in c.context)]
    assert inherited, [(c.value, c.context) for c in second]  # the link is made, and kept in the claims
    assert not [f for f in report.findings if f.rule == "strategic-dialogue-round-date" and f.key == {"round": "2"}]
    listed = [n for n in report.not_compared if n.rule == "strategic-dialogue-round-date" and n.key == {"round": "2"}]
    assert listed and "the same article says" in listed[0].reason
    assert {c.value for c in listed[0].claims} == {c.value for c in inherited}


def test_claims_whose_keys_their_sentences_say_are_all_compared(tmp_path):
    report = _audit(tmp_path)
    explicit = [c for c in report.claims if not any(link.what in c.key for link in c.context)]
    kept, _ = taken_back(explicit, {})
    assert kept == explicit


def _claim(value: str, context: list, start: int):
    from checker.models import Claim, ContextLink, DateValue, Evidence

    detail = DateValue(value=value)
    return Claim(rule="collapse-date", key={}, key_label="date the dams collapsed", type="date", value=detail.plain(),
                 mod=None, detail=detail, article="a.txt", language="en", as_of="2023-09-12", as_of_source="published",
                 evidence=Evidence(start=start, end=start + 5, quote="q", quote_start=start, value_start=start,
                                   value_end=start + 5),
                 context=[ContextLink(what=w, value="dams", source="headline", quote="Dams burst") for w in context])


def test_a_subject_taken_from_context_gives_way_to_one_said_in_the_sentence():
    explicit, inherited = _claim("2023-09-11", [], 10), _claim("2023-09-12", ["of"], 50)
    kept, listed = taken_back([explicit, inherited], {})
    assert kept == [explicit]
    assert listed[0].claims == [inherited] and "subject" in listed[0].reason


def test_claims_that_took_as_much_from_context_are_both_compared():
    a, b = _claim("2023-09-11", ["of"], 10), _claim("2023-09-12", ["of"], 50)
    assert taken_back([a, b], {}) == ([a, b], [])


WITHDRAWN = {
    # a timeline gives a toll as reported, and says two entries later that it was withdrawn
    "t.md": "---\npublished: 2023-09-18\n---\n"
            "**Saturday, Sept. 16**\nA UN report puts the death toll in Derna at 11,300.\n\n"
            "**Sunday, Sept. 17**\nThe Red Crescent says it never gave that number, and the 11,300 figure is withdrawn. "
            "Health officials say 3,958 people have died in Derna.\n",
    "u.md": "---\npublished: 2023-09-17\n---\nThe death toll in Derna stands at 4,000, officials said on Sunday.\n",
}


def test_a_figure_the_article_later_says_was_withdrawn_is_listed_and_compared_with_nothing(tmp_path):
    for name, text in WITHDRAWN.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    derna = Path(__file__).resolve().parents[1] / "examples" / "derna"
    report = audit([tmp_path], AuditOptions(cache_path=None, jobs=1, rules=[derna], default_rules=False)).report
    toll = [c for c in report.claims if c.rule == "derna-death-toll" and c.value == 11300]
    assert toll and toll[0].context[-1].what == "withdrawn" and "11,300 figure is withdrawn" in toll[0].context[-1].quote
    listed = [n for n in report.not_compared if n.rule == "derna-death-toll"]
    assert listed and "withdrawn" in listed[0].reason and [c.value for c in listed[0].claims] == [11300]
    for f in report.findings:  # the figure the article withdrew contradicts nothing
        assert 11300 not in {c.value for c in f.claims}


def _toll(value: float, as_of: str, source: str, context: list, start: int):
    from checker.models import Claim, ContextLink, Evidence, Quantity

    detail = Quantity(value=value)
    return Claim(rule="toll", key={}, key_label="death toll", type="quantity", value=detail.plain(), mod=None,
                 detail=detail, article="live.md", language="en", as_of=as_of, as_of_source=source,
                 evidence=Evidence(start=start, end=start + 5, quote="q", quote_start=start, value_start=start,
                                   value_end=start + 5),
                 context=[ContextLink(what=w, value="quake", source="headline", quote="Quake") for w in context])


def test_a_timeline_toll_that_rose_from_one_day_entry_to_the_next_is_no_link_gone_wrong():
    """"**Wednesday, 8 February** ... rose to 1,962" and "**Thursday, 9 February** ... the quake's toll
    reached 3,377": a day apart, inside a one-day window, but each dated by its own entry. The
    story moved on; the first, whose subject came from the headline, is still compared."""
    from checker.settings import CompareSettings

    class Rule:
        compare = CompareSettings(tolerance=0.05, window_days=1)

    earlier, later = _toll(1962, "2023-02-08", "heading", ["of"], 10), _toll(3377, "2023-02-09", "heading", [], 90)
    assert taken_back([earlier, later], {"toll": Rule()}) == ([earlier, later], [])
    # the same day, or dated by publication only: the article does take the inherited link back
    same_day = _toll(3377, "2023-02-08", "heading", [], 90)
    assert taken_back([earlier, same_day], {"toll": Rule()})[0] == [same_day]
    published = _toll(1962, "2023-02-08", "published", ["of"], 10), _toll(3377, "2023-02-09", "sentence", [], 90)
    assert taken_back(list(published), {"toll": Rule()})[0] == [published[1]]
