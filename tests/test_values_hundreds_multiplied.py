""""Twenty-five hundred troops", "fifteen hundred people": in English a number up to ninety-nine
before "hundred" multiplies it, as a unit does ("three hundred"); in Arabic a number before
«ومئة» is added to it («عشرين ومئة»: 120)."""

from __future__ import annotations

import pytest

from checker.values import find_mentions


@pytest.mark.parametrize("text, lang, value", [
    ("About twenty-five hundred US troops remain in Iraq.", "en", 2500),
    ("Some fifteen hundred people fled the city.", "en", 1500),
    ("Nineteen hundred homes were lost.", "en", 1900),
    ("Three hundred people were evacuated.", "en", 300),
    ("One hundred and twenty troops arrived.", "en", 120),
    ("Two thousand five hundred troops remain.", "en", 2500),
    ("وصل عشرين ومئة جندي إلى القاعدة.", "ar", 120),
    ("يبقى ألفين وخمسمئة جندي في العراق.", "ar", 2500),
])
def test_a_number_before_hundred(text, lang, value):
    got = [m.value.plain() for m in find_mentions(text, lang) if m.type == "quantity"]
    assert got == [value]
