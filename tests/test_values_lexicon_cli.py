"""The language files validate and fail loudly; ``checker parse`` keeps its contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.values.lexicon import LexiconError, load, parse_lexicon

LEXICON_DIR = Path(__file__).parents[1] / "checker" / "values" / "lexicon"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_shipped_lexicons_load_and_are_folded(lang):
    lex = load(lang)
    assert lex.lang == lang
    if lang == "ar":
        assert lex.months["ابريل"] == 4 and "إبريل" not in lex.months  # folded with the text's normaliser
        assert lex.hedges.before["APPROX"][0] == "حوالي"


def _edit(lang: str, old: str, new: str) -> str:
    text = (LEXICON_DIR / f"{lang}.yaml").read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    "old,new,message",
    [
        ("  يناير: 1\n", "  يناير: 13\n", "not 1-12"),
        ("  أبريل: 4\n", "  أبريل: 5\n", "already given"),  # ابريل folds onto أبريل with another value
        ("ambiguous_months: [", "ambiguous_months: [سبتمبرز, ", "not in months"),
        ("  الخميس: 4\n", "  الخميس: 8\n", "weekday"),
        ("    APPROX: [حوالي", "    ROUGHLY: [حوالي", "before"),
        ("lang: ar", "lang: ar\nextra_field: 1", "extra"),
    ],
)
def test_bad_lexicon_is_rejected_with_a_reason(old, new, message):
    with pytest.raises(LexiconError, match=message):
        parse_lexicon(_edit("ar", old, new), "ar.yaml")


def test_invalid_yaml_names_the_file():
    with pytest.raises(LexiconError, match="broken.yaml"):
        parse_lexicon("months: [", "broken.yaml")


runner = CliRunner()


def test_parse_json_and_table():
    res = runner.invoke(app, ["parse", "في 17 من الشهر الحالي قتل حوالي 3 آلاف", "--published", "2021-08-31", "--json"])
    assert res.exit_code == 0, res.output
    got = json.loads(res.output)
    assert [(m["type"], m["value"], m["mod"]) for m in got] == [("date", "2021-08-17", None), ("quantity", 3000, "APPROX")]
    table = runner.invoke(app, ["parse", "The third round ended on April 7, 2021.", "--lang", "en"])
    assert table.exit_code == 0 and "2021-04-07" in table.output and "ordinal" in table.output


def test_parse_rejects_bad_published_date():
    res = runner.invoke(app, ["parse", "اليوم", "--published", "yesterday"])
    assert res.exit_code != 0


def test_jsonl_contract_and_bad_lines(tmp_path):
    f = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "وصل الوفد أمس", "lang": "ar", "published": "2021-03-15"},
        "not json",
        {"id": "b", "text": "About 1.5 million people", "lang": "en", "published": None},
        {"id": "c", "text": 5},
    ]
    f.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                 encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "checker", "parse", "--jsonl", str(f)], capture_output=True,
                         text=True, encoding="utf-8")
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert out[0]["mentions"][0] == {"type": "date", "start": 10, "end": 13, "text": "أمس", "value": "2021-03-14",
                                    "mod": None}
    assert out[1]["mentions"][0]["value"] == 1500000 and out[1]["mentions"][0]["mod"] == "APPROX"
    assert ":2:" in res.stderr and ":4:" in res.stderr


def test_unresolved_relative_dates_say_so():
    from checker.values import find_mentions

    (m,) = find_mentions("عقد الاجتماع الشهر الماضي", "ar", None)
    assert m.value.value == "XXXX-XX" and m.note.startswith("unresolved:")
    (w,) = find_mentions("The panel met on Tuesday.", "en", None)
    assert w.value.value == "XXXX-WXX-2" and w.note.startswith("unresolved:")


def test_paired_month_names_that_disagree_are_reported_not_guessed():
    from checker.values import find_mentions

    (m,) = find_mentions("صدر التقرير في العاشر من شباط مارس 2021", "ar", None)
    assert m.value.value == "2021-XX-10"
    assert "disagree" in m.note
