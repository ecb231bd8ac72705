"""A digit fraction before "of"/«من» is a share: "At least 1/4 of those who died".

Read only before "of" or «من»: "1/4" alone may be a day and month.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


@pytest.mark.parametrize("text, lang, expected", [
    ("At least 1/4 of those who died were children.", "en", [(0.25, "AT_LEAST")]),
    ("Nearly 2/3 of the budget goes to salaries.", "en", [(0.6667, "APPROX")]),
    ("ويعيش 1/3 من السكان تحت خط الفقر.", "ar", [(0.3333, None)]),
])
def test_slash_fraction_before_of(text, lang, expected):
    got = [(m.value.plain(), m.value.mod) for m in find_mentions(text, lang) if m.type == "quantity"]
    assert [mod for _, mod in got] == [mod for _, mod in expected]
    assert [v for v, _ in got] == pytest.approx([v for v, _ in expected], rel=1e-3)


def test_a_slash_alone_is_no_share():
    assert [m for m in find_mentions("The vote is set for 1/4 next year.", "en") if m.type == "quantity"
            and m.value.plain() < 1] == []
