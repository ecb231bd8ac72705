"""Sentence splitting: a claim is looked for inside one sentence."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.text.language import detect_language
from checker.text.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def texts(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_english_abbreviations_and_decimals_do_not_end_sentences():
    text = "The U.S. has about 2,500 troops. Talks began on Aug. 19, 2020 in Baghdad. Shares rose 3.5 percent."
    assert texts(text) == [
        "The U.S. has about 2,500 troops.",
        "Talks began on Aug. 19, 2020 in Baghdad.",
        "Shares rose 3.5 percent.",
    ]


def test_an_abbreviation_before_a_capital_ends_a_sentence_only_where_one_can_end():
    text = ("U.S. President Joe Biden met Kadhimi. Talks opened at 9 a.m. Eastern time on June 11. "
            "Gen. McKenzie spoke. The troops flew home to the U.S. The Pentagon said so. It was 5 p.m. The talks ended.")
    assert texts(text) == [
        "U.S. President Joe Biden met Kadhimi.",  # a sentence of one word is none
        "Talks opened at 9 a.m. Eastern time on June 11.",  # a clock time and its zone
        "Gen. McKenzie spoke.",  # a title before a name
        "The troops flew home to the U.S.", "The Pentagon said so.",
        "It was 5 p.m.", "The talks ended.",
    ]


def test_country_initials_qualify_the_capitalised_word_after_them():
    text = ("The Pentagon said about 2,000 U.S. Troops are in Syria. A briefing by the U.S. Central Command followed. "
            "Kadhimi flew back from the U.S. The talks resume in June.")
    assert texts(text) == [
        "The Pentagon said about 2,000 U.S. Troops are in Syria.",  # headline capitals mid-sentence
        "A briefing by the U.S. Central Command followed.",
        "Kadhimi flew back from the U.S.", "The talks resume in June.",  # a word a sentence opens with
    ]


def test_arabic_comma_continues_question_mark_ends():
    text = "قال الوزير، في بيان، إن الجولة انتهت. هل تعقد جولة أخرى؟ لم يحدد موعد"
    assert texts(text) == ["قال الوزير، في بيان، إن الجولة انتهت.", "هل تعقد جولة أخرى؟", "لم يحدد موعد"]


def test_closing_quote_belongs_to_its_sentence():
    text = 'وقال "هذه المعركة لم تنته بعد." ثم غادر.'
    assert texts(text) == ['وقال "هذه المعركة لم تنته بعد."', "ثم غادر."]


def test_blank_line_and_short_heading_lines_are_boundaries():
    text = "تعاون أمني\nوقبيل الاجتماع قال المتحدث إن الاجتماع سيتناول الشق التقني\n\nفقرة جديدة"
    assert texts(text)[0] == "تعاون أمني"
    assert texts(text)[-1] == "فقرة جديدة"


def test_hard_wrapped_long_line_continues_the_sentence():
    seed = (SEEDS / "002_a1fd4a0336cd2e0a.txt").read_text(encoding="utf-8")
    joined = [t for t in texts(seed) if "البنتاغون)" in t and "اجتماعها الثاني" in t]
    assert joined, "a line wrapped mid-sentence must not split the sentence"


def test_each_list_item_is_a_sentence_however_long_the_line_before():
    text = ("KEY FIGURES\n- About 12,000 people were moved to shelters across the eastern districts, officials said\n"
            "- 640 homes destroyed in the old town\n1. Roads reopened on Friday\n2) Power restored in two districts")
    assert texts(text) == ["KEY FIGURES", "- About 12,000 people were moved to shelters across the eastern districts, officials said",
                           "- 640 homes destroyed in the old town", "1. Roads reopened on Friday", "2) Power restored in two districts"]


def test_sentence_language_follows_its_script():
    text = "المصدر: وكالة الأنباء. The talks resumed on Monday."
    langs = [s.language for s in split_sentences(text)]
    assert langs == ["ar", "en"]
    assert detect_language("") == "und"


@given(st.text(max_size=200))
def test_sentences_are_ordered_trimmed_spans_inside_the_text(text):
    previous_end = 0
    for s in split_sentences(text):
        assert previous_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        previous_end = s.end


@settings(max_examples=300)
@given(st.text(st.sampled_from(list("abcÉéßİ ١2_.؟،اأبةـًّ\u200f") + ["\u0750", "\u08a0", "\ufb50", "\u0400", "\u1e00",
                                                                  "\u00bd", "\u00b2", "\u4e00", "\U0001d400"]),
               max_size=30))
def test_script_counts_and_sentence_filter_agree_with_per_character_tests(text):
    """The translate table and the regex give what a loop over characters would."""
    import unicodedata

    from checker.text.language import script_counts
    from checker.text.sentences import _ALNUM

    arabic = latin = 0
    for ch in text:
        cp = ord(ch)
        if not ch.isalpha():
            continue
        if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFEFC:
            arabic += 1
        elif cp < 0x0250 or unicodedata.name(ch, "").startswith("LATIN"):
            latin += 1
    assert script_counts(text) == (arabic, latin)
    assert bool(_ALNUM.search(text)) == any(c.isalnum() for c in text)


def test_no_is_an_abbreviation_only_before_a_number():
    text = "Are the troops going home? No. About 2,500 remain. He lives at No. 10 Downing Street."
    assert texts(text) == ["Are the troops going home?", "No.", "About 2,500 remain.",
                           "He lives at No. 10 Downing Street."]
