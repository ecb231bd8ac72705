"""The normaliser and its offset map: what makes quotes and highlights exact."""

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.text.normalize import norm, normalize

# Text drawn from the characters news actually mixes: Arabic letters and marks,
# digits in three scripts, Latin, punctuation, invisible controls, ligatures.
ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة")
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640", "\u200f", "\u200e", "\u200b", "\u202b", "\ufeff", "\u06d6", "\u0610"]
    + list("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789٫٬٪")
    + list("abcXYZ ,.;:!?-\n\t\u00a0\u2013")
    + ["\ufefb", "\ufe8d", "\uff21", "İ", "ß"]
)
TEXT = st.text(ALPHABET, max_size=80)


def test_strips_diacritics_tatweel_and_invisible_marks():
    assert norm("حٓزيران") == "حزيران"
    assert norm("تمّٓ") == "تم"
    assert norm("عـــام") == "عام"
    assert norm("\u200fالجولة\u200e") == "الجوله"


def test_unifies_letter_forms_and_digits():
    assert norm("أإآٱ") == "اااا"
    assert norm("الأولى") == "الاولي"
    assert norm("الثالثة") == "الثالثه"
    assert norm("٢٠٢١") == "2021"
    assert norm("۲۵۰۰") == "2500"
    assert norm("١٢٫٥") == "12.5"
    assert norm("٣٬٥٠٠") == "3,500"


def test_latin_is_lowercased_and_spaces_unified():
    assert norm("The U.S.\u00a0Army") == "the u.s. army"


def test_span_maps_back_to_exact_original_characters():
    source = "في الخامس من حٓزيران يونيو 2021"
    n = normalize(source)
    start = n.text.index("حزيران")
    s, e = n.to_source(start, start + len("حزيران"))
    assert source[s:e] == "حٓزيران"


def test_trailing_marks_stay_with_their_word():
    source = "ما تمّٓ مناقشته"
    n = normalize(source)
    s, e = n.to_source(3, 5)
    assert source[s:e] == "تمّٓ"


@settings(max_examples=300)
@given(TEXT, st.data())
def test_every_span_maps_back_inside_and_normalises_to_itself(text, data):
    n = normalize(text)
    assert len(n.offsets) == len(n.text) + 1
    assert list(n.offsets) == sorted(n.offsets)
    bounds = [i for i in range(len(n.text) + 1) if n.is_boundary(i)]
    a = data.draw(st.sampled_from(bounds))
    b = data.draw(st.sampled_from([x for x in bounds if x >= a]))
    s, e = n.to_source(a, b)
    assert 0 <= s <= e <= len(text)
    assert norm(text[s:e]) == n.text[a:b]


@given(TEXT)
def test_normalising_twice_changes_nothing(text):
    once = norm(text)
    assert norm(once) == once


_MIXED = st.text(st.sampled_from(list("abcABC 12.\nاأإآةىيوبتحٌَُِّـ٣۴ﻻﷲﬁ\u200f\u00ad\u0301é")), max_size=40)


@settings(max_examples=300)
@given(_MIXED)
def test_fast_path_gives_the_char_by_char_result(text):
    """The translate-table path must equal mapping each character with its offsets."""
    from checker.text.normalize import _map_char

    out, offsets = [], []
    for i, ch in enumerate(text):
        mapped = _map_char(ch)
        out.append(mapped)
        offsets.extend([i] * len(mapped))
    nt = normalize(text)
    assert (nt.text, nt.offsets) == ("".join(out), tuple(offsets) + (len(text),))
