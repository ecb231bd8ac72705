"""Which week a weekday falls in, from the verb of its clause.

"had cast ballots by Monday", "bodies were buried by Thursday": a lone
"by" after a past verb closes a span already over, so the weekday is the
last one. "Wednesday will bring more heat", "On Sunday, temperatures are
forecast to ...": a weekday that is the subject or fronted adverb of a
future clause is the coming one. A past clause after it changes nothing.
"""

from __future__ import annotations

import datetime

import pytest

from checker.values import find_mentions

PUBLISHED = datetime.date(2025, 8, 12)  # a Tuesday


def _weekday(text: str) -> str:
    return [m.value.value for m in find_mentions(text, "en", PUBLISHED) if m.type == "date"][0]


@pytest.mark.parametrize("text, value", [
    ("More than 60 million voters had cast early ballots by Sunday, officials said.", "2025-08-10"),
    ("Over 2,000 bodies were recovered by Saturday morning, the ministry said.", "2025-08-09"),
    ("Thursday will bring some relief as temperatures edge down.", "2025-08-14"),
    ("On Friday, temperatures are forecast to reach 44 degrees in the Jordan Valley.", "2025-08-15"),
    ("On Friday, the minister said the talks had failed.", "2025-08-08"),
    ("The delegations will meet again by Friday, officials said.", "2025-08-15"),
])
def test_weekday_direction(text, value):
    assert _weekday(text) == value
