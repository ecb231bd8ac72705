"""Publication dates: metadata first, then a dateline at the top, else unknown."""

from datetime import date
from pathlib import Path

import pytest

from checker.corpus import load_file
from checker.corpus.dateline import find_dateline
from checker.corpus.html import strip_promos

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "Iraq and the United States agreed on Thursday to hold a first round of talks in Baghdad."


def test_seed_001_dateline_and_other_seeds_unknown():
    seen = {}
    for f in sorted(SEEDS.glob("*.txt")):
        (a,) = load_file(f).articles
        seen[f.name[:3]] = (a.info.published, a.info.published_source)
    assert seen == {
        "000": (None, "unknown"),
        "001": (date(2021, 9, 9), "dateline"),
        "002": (None, "unknown"),
        "003": (None, "unknown"),
        "004": (None, "unknown"),
    }


@pytest.mark.parametrize(
    "top, expected",
    [
        ("Published: 2021-09-09", date(2021, 9, 9)),
        ("Updated on 2021/9/9 10:30", date(2021, 9, 9)),
        ("2021-09-09", date(2021, 9, 9)),
        ("تاريخ النشر: 2021-09-09", date(2021, 9, 9)),
        ("Published: 2021-02-30", None),  # no such day
        ("Published: 2021-09", None),  # a month is not a publication day
    ],
)
def test_iso_datelines(top, expected):
    assert find_dateline(f"Headline here\n\n{top}\n\n{BODY}") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("عنوان الخبر\n\n09 سبتمبر 2021\n" + BODY, date(2021, 9, 9)),
        ("Thursday, September 9, 2021\n\n" + BODY, date(2021, 9, 9)),
        ("BAGHDAD, Sept. 9, 2021 — " + BODY, date(2021, 9, 9)),
        ("TRIPOLI, Libya, Sept. 14, 2023 (Reuters) - " + BODY, date(2023, 9, 14)),  # the place's country between
        ("Talks held on September 9, 2021 in Baghdad.\n" + BODY, None),  # a date inside a sentence
        ("سبتمبر 2021\n" + BODY, None),  # month precision
        ("09 سبتمبر\n" + BODY, None),  # no year
        ("\n".join(["line"] * 9) + "\n09 سبتمبر 2021\n" + BODY, None),  # too far down
    ],
)
def test_written_datelines(text, expected):
    assert find_dateline(text) == expected


def test_metadata_wins_over_dateline(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\npublished: 2021-09-10\n---\nPublished: 2021-09-09\n\n" + BODY, encoding="utf-8")
    (a,) = load_file(f).articles
    assert (a.info.published, a.info.published_source) == (date(2021, 9, 10), "metadata")


def test_dateline_in_json_text(tmp_path):
    f = tmp_path / "a.json"
    f.write_text('{"text": "Published: 2021-09-09\\n\\n' + BODY + '"}', encoding="utf-8")
    (a,) = load_file(f).articles
    assert (a.info.published, a.info.published_source) == (date(2021, 9, 9), "dateline")


def test_promo_lines_go_but_prose_mentioning_telegram_stays():
    text = "قراؤنا من مستخدمي تلغرام\nحظرت السلطات تطبيق تلغرام في البلاد.\nFollow us on Telegram\nTelegram said it removed 3,000 channels.\n+ الخط -"
    assert strip_promos(text) == "حظرت السلطات تطبيق تلغرام في البلاد.\n\nTelegram said it removed 3,000 channels."
