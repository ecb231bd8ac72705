"""A lone "one"/«واحد» is no count, unless a hedge stands before it.

"one farmer told reporters" names nobody's number, but "killed at least
one person" and «ما لا يقل عن واحد» state a count of one, bounded.
"""

from __future__ import annotations

import pytest

from checker.values import find_mentions


def _q(text: str, lang: str):
    return [(m.value.plain(), m.value.mod) for m in find_mentions(text, lang) if m.type == "quantity"]


@pytest.mark.parametrize("text, lang, expected", [
    ("The blast killed at least one person and wounded 27.", "en", [(1, "AT_LEAST"), (27, None)]),
    ("No more than one candidate may stand per district.", "en", [(1, "AT_MOST")]),
    ("وأسفر الانفجار عن مقتل ما لا يقل عن واحد وإصابة 12 آخرين.", "ar", [(1, "AT_LEAST"), (12, None)]),
])
def test_a_hedged_one_counts(text, lang, expected):
    assert _q(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("One farmer told reporters the harvest was lost.", "en"),
    ("ووقعت الانفجارات في وقت واحد.", "ar"),
])
def test_a_lone_one_counts_nothing(text, lang):
    assert _q(text, lang) == []
