"""Every Arabic lexicon word after the proclitic ل (which swallows the article's alef).

"لليوم السادس", "للعام الماضي", "للشهر الجاري": the matcher accepts these forms,
so every lookup behind it must too. Random text rarely produces them, hence a
systematic sweep over the language data rather than a fuzzer.
"""

from datetime import date

import pytest

from checker.values import find_mentions
from checker.values.lexicon import load


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            yield from _strings(v)


ARTICLE_WORDS = sorted({w for w in _strings(load("ar").model_dump()) if w.startswith("ال") and len(w) > 3})


def test_the_lexicon_has_article_words_to_sweep():
    assert len(ARTICLE_WORDS) > 50


@pytest.mark.parametrize("published", [None, date(2021, 7, 23)], ids=["undated", "dated"])
def test_lam_clitic_forms_never_break_the_parser(published):
    for word in ARTICLE_WORDS:
        clitic = "لل" + word[2:]
        for sentence in (f"وتواصل الأمر {clitic} على التوالي.", f"{clitic} الماضي", f"في 7 {clitic} 2021"):
            for m in find_mentions(sentence, "ar", published):
                assert 0 <= m.start < m.end <= len(sentence)


def test_lam_clitic_on_today_is_not_a_date_before_an_ordinal():
    found = find_mentions("وتواصل الاحتجاجات لليوم السادس على التوالي.", "ar", date(2021, 7, 23))
    assert [(m.type, m.value.plain()) for m in found] == [("ordinal", 6)]
