"""Properties the value finders keep for any input, checked with Hypothesis.

Article text is untrusted and messy: the finders must never raise, must
return spans inside the text, and must read a value the same way whether it
is written plainly or with harakat, tatweel or Arabic-Indic/Persian digits.
"""

from __future__ import annotations

import datetime
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.values import find_mentions

PUBLISHED = datetime.date(2021, 7, 23)
BASES = [
    ("ar", "جرت الجولة في السابع من نيسان ابريل الماضي في بغداد"),
    ("ar", "ولا يزال هناك حوالي 3 الاف عسكري بينهم 2500 عسكري أميركي"),
    ("ar", "عقد الاجتماع في 5/6/2021 وحضره ثلاثمائة وخمسون مندوبا"),
    ("ar", "ارتفعت الهجمات بنسبة 25 في المئة منذ منتصف كانون الثاني يناير الماضي"),
    ("ar", "وهذه هي الجولة الحادية عشرة من المحادثات بعد ثلاث سنوات"),
    ("ar", "وسيطر التنظيم على ثلثي الأراضي في نهاية العام الجاري"),
    ("ar", "وصل ما لا يقل عن 20 قتيلا في 17 من الشهر الحالي"),
]
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
DIGITS = {"arabic": 0x0660, "persian": 0x06F0}

arabic_and_latin = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ ٠١٢٣٤٥٦٧٨٩0123456789/.-,%٪٫٬ـ\u064e\u0651")
        + list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        + ["\u200f", "\u202b", "\n", "\t", "\u0300"]
    ),
    max_size=120,
)


def _plain(mentions):
    return [(m.type, m.value.plain(), getattr(m.value, "mod", None)) for m in mentions]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=150), arabic_and_latin), lang=st.sampled_from([None, "ar", "en"]),
       published=st.one_of(st.none(), st.dates(min_value=datetime.date(1900, 1, 1))))
def test_never_raises_and_spans_stay_inside(text, lang, published):
    mentions = find_mentions(text, lang, published)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text


@settings(max_examples=150, deadline=None)
@given(base=st.sampled_from(BASES), seed=st.integers(0, 10**6),
       script=st.sampled_from(["ascii", "arabic", "persian"]))
def test_diacritics_tatweel_and_digit_scripts_do_not_change_values(base, seed, script):
    lang, plain = base
    rnd = random.Random(seed)
    out = []
    for ch in plain:
        if ch.isdigit() and script != "ascii":
            ch = chr(DIGITS[script] + int(ch))
        out.append(ch)
        if "\u0621" <= ch <= "\u064a":
            if rnd.random() < 0.3:
                out.append(rnd.choice(HARAKAT))
            if rnd.random() < 0.1 and ch not in "اأإآدذرزوؤةءى":
                out.append("\u0640")  # tatweel only inside a word's joining letters
    decorated = "".join(out)
    assert _plain(find_mentions(plain, lang, PUBLISHED))  # the base sentence has values to compare
    assert _plain(find_mentions(decorated, lang, PUBLISHED)) == _plain(find_mentions(plain, lang, PUBLISHED))
