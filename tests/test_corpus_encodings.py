"""Encodings are detected from the bytes, and non-text is refused with a reason."""

import pytest

from checker.corpus import load_file
from checker.corpus.encodings import DecodeError, decode

ARABIC = "اتفقت الحكومة العراقية والجانب الأميركي على عقد اجتماع مشترك في بغداد.\nقال الكاظمي إن الانسحاب سيتم بنهاية العام."
ENGLISH = "Iraq and the United States held a first round of talks on Thursday.\nAbout 2,500 troops remain."


@pytest.mark.parametrize(
    "text, data, encoding",
    [
        (ARABIC, ARABIC.encode("utf-8"), "utf-8"),
        (ARABIC, ARABIC.encode("utf-8-sig"), "utf-8-sig"),
        (ARABIC, ARABIC.encode("utf-16"), "utf-16"),
        (ENGLISH, ENGLISH.encode("utf-16"), "utf-16"),
        (ARABIC, ARABIC.encode("utf-16-le"), "utf-16-le"),
        (ENGLISH, ENGLISH.encode("utf-16-be"), "utf-16-be"),
        ("الكاظمي", "الكاظمي".encode("utf-16-le"), "utf-16-le"),  # no NUL bytes at all
        (ARABIC, ARABIC.encode("cp1256"), "cp1256"),
        ("Café in Baghdad: naïve, résumé.", "Café in Baghdad: naïve, résumé.".encode("cp1252"), "cp1252"),
    ],
)
def test_decode_detects_encoding(text, data, encoding):
    assert decode(data) == (text, encoding)


def test_short_cp1256_arabic_is_not_mistaken_for_another_code_page():
    # charset-normalizer alone reads short Windows-1256 Arabic as Cyrillic or Greek.
    for s in ["09 سبتمبر 2021", "الكاظمي", "قتل 25 شخصا في بغداد"]:
        assert decode(s.encode("cp1256")) == (s, "cp1256")


def test_line_ends_are_unified_and_bom_removed():
    assert decode("a\r\nb\rc".encode("utf-8")) == ("a\nb\nc", "utf-8")
    assert decode("a\r\nb".encode("utf-8-sig")) == ("a\nb", "utf-8-sig")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)), "NUL"),
        (bytes(range(1, 32)) * 4, "control characters"),
        (b"\x00\x01\x02\xff" * 50, "NUL"),  # "decodes" as UTF-16 to Latin letters and full-width marks
        (bytes(range(0x80, 0x100)) * 3, "no other text encoding fits"),
    ],
)
def test_non_text_is_refused_with_a_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(data)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_load_file_records_encoding(tmp_path, encoding):
    f = tmp_path / "a.txt"
    f.write_bytes(ARABIC.encode(encoding))
    result = load_file(f)
    assert result.problems == []
    (article,) = result.articles
    assert article.text == ARABIC
    assert article.info.encoding == encoding
    assert article.info.language == "ar"


def test_binary_with_text_extension_is_a_problem(tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    result = load_file(f)
    assert result.articles == []
    (p,) = result.problems
    assert p.kind == "file" and p.path == str(f) and "binary" in p.message


def test_invalid_utf8_that_is_not_cp1256_is_a_problem(tmp_path):
    f = tmp_path / "garbled.txt"
    f.write_bytes(b"\xc3\x28" + bytes(range(0x80, 0x100)) * 2)
    result = load_file(f)
    assert result.articles == []
    assert "not valid UTF-8" in result.problems[0].message
