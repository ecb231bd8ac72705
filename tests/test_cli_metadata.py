"""Issue 11, item 3: publication dates from wire datelines and from a metadata sidecar, each saying where it came from."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.corpus.dateline import read_dateline
from checker.corpus.dates import AmbiguousDate, parse_date

runner = CliRunner()
TROOPS = "The Pentagon says there are about 2,500 US troops in Iraq."


def audit(corpus, *extra):
    out = corpus.parent / "out"
    result = runner.invoke(app, ["audit", str(corpus), "--out", str(out), "--no-cache", "-j", "1", *extra])
    assert result.exit_code in (0, 1), result.output
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    return result, {a["path"].rsplit("/", 1)[-1]: a for a in report["articles"]}, out


def write(folder, files):
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_wire_datelines_in_english_and_arabic(tmp_path):
    corpus = write(tmp_path / "wire", {
        "reuters.txt": f"BAGHDAD, Sept 9, 2021 (Reuters) - {TROOPS}\n",
        "arabic.txt": "بغداد - 27 تموز 2021\nقال مسؤولون إن عدد الجنود الأميركيين في العراق 2500 جندي.\n",
        "kuna.txt": f"WASHINGTON, April 7 (KUNA) -- {TROOPS}\n",
        "prose.txt": f"In 2021, talks - the third round - ended. {TROOPS}\n",
    })
    result, arts, out = audit(corpus)
    assert (arts["reuters.txt"]["published"], arts["reuters.txt"]["published_source"]) == ("2021-09-09", "dateline")
    assert arts["reuters.txt"]["published_from"] == 'the dateline "BAGHDAD, Sept 9, 2021 (Reuters) -"'
    assert (arts["arabic.txt"]["published"], arts["arabic.txt"]["published_source"]) == ("2021-07-27", "dateline")
    assert "بغداد - 27 تموز 2021" in arts["arabic.txt"]["published_from"]
    assert arts["kuna.txt"]["published"] is None, "a dateline without a year gives no date"
    assert "names no year" in arts["kuna.txt"]["published_from"]
    assert arts["prose.txt"]["published"] is None and arts["prose.txt"]["published_from"] is None
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "names no year, so it gives no publication date" in html
    assert "BAGHDAD, Sept 9, 2021 (Reuters) -" in html


CSV = """path,published,source,url,title
a.txt,Wed 05 Apr 2017,Reuters,https://example.org/a,Pentagon on troops
b.txt,4/5/2017,الجزيرة,https://example.org/b,Troops in Iraq
c.txt,2021-07-23T16:42:09+0000,AP,,
d.txt,الخميس 8 نيسان 2021,KUNA,,
e.txt,yesterday,BBC,,
"""


@pytest.fixture
def sidecar_corpus(tmp_path):
    corpus = write(tmp_path / "c", {f"{n}.txt": TROOPS + "\n" for n in "abcde"})
    (corpus / "articles.csv").write_text(CSV, encoding="utf-8")
    return corpus


def test_sidecar_csv_with_mixed_date_formats_and_a_stated_order(sidecar_corpus):
    result, arts, out = audit(sidecar_corpus, "--meta", str(sidecar_corpus / "articles.csv"), "--date-order", "DMY")
    got = {n: (a["published"], a["published_source"]) for n, a in arts.items()}
    assert got == {
        "a.txt": ("2017-04-05", "sidecar"), "b.txt": ("2017-05-04", "sidecar"), "c.txt": ("2021-07-23", "sidecar"),
        "d.txt": ("2021-04-08", "sidecar"), "e.txt": (None, "unknown"),
    }
    assert arts["b.txt"]["published_from"] == 'articles.csv row 3, published "4/5/2017" read DMY'
    assert (arts["a.txt"]["source"], arts["a.txt"]["title"], arts["a.txt"]["url"]) == (
        "Reuters", "Pentagon on troops", "https://example.org/a")
    assert "'yesterday'" in result.output, "a relative date is refused, never resolved against today"
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Pentagon on troops" in html and "from the metadata sidecar" in html


def test_ambiguous_sidecar_date_without_an_order_is_left_unknown_and_said(sidecar_corpus):
    result, arts, _ = audit(sidecar_corpus, "--meta", str(sidecar_corpus / "articles.csv"))
    assert arts["b.txt"]["published"] is None
    assert "'4/5/2017' could be read day-first or month-first" in result.output
    assert arts["a.txt"]["published"] == "2017-04-05", "unambiguous dates need no order"


def test_month_first_order_reads_the_other_way(sidecar_corpus):
    _, arts, _ = audit(sidecar_corpus, "--meta", str(sidecar_corpus / "articles.csv"), "--date-order", "mdy")
    assert arts["b.txt"]["published"] == "2017-04-05"


def test_meta_yaml_beside_a_file_and_its_date_order(tmp_path):
    corpus = write(tmp_path / "y", {"a.txt": TROOPS + "\n"})
    (corpus / "a.meta.yaml").write_text("source: Reuters\npublished: 4/5/2017\ndate_order: MDY\n", encoding="utf-8")
    _, arts, _ = audit(corpus)
    assert (arts["a.txt"]["published"], arts["a.txt"]["source"]) == ("2017-04-05", "Reuters")
    assert arts["a.txt"]["published_from"].startswith("a.meta.yaml: the field published:")


def test_a_sidecar_without_a_path_column_is_a_usage_error(tmp_path):
    corpus = write(tmp_path / "z", {"a.txt": TROOPS + "\n"})
    (corpus / "m.csv").write_text("file,published\na.txt,2021-01-01\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(corpus), "--meta", str(corpus / "m.csv"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "no 'path' column" in result.output


def test_a_new_sidecar_date_is_not_served_from_the_cache(sidecar_corpus, tmp_path):
    cache = tmp_path / "cache.sqlite"
    args = ["audit", str(sidecar_corpus), "--out", str(tmp_path / "o"), "--cache", str(cache), "-j", "1",
            "--meta", str(sidecar_corpus / "articles.csv"), "--date-order"]
    runner.invoke(app, [*args, "DMY"])
    runner.invoke(app, [*args, "MDY"])
    report = json.loads((tmp_path / "o" / "findings.json").read_text(encoding="utf-8"))
    as_of = {c["article"].rsplit("/", 1)[-1]: c["as_of"] for c in report["claims"]}
    assert as_of["b.txt"] == "2017-04-05", "claims resolved against the old date would be stale"


@pytest.mark.parametrize("value, order, expected", [
    ("Wed 05 Apr 2017", None, date(2017, 4, 5)),
    ("2021-07-23T16:42:09+0000", None, date(2021, 7, 23)),
    ("الخميس 8 نيسان 2021", None, date(2021, 4, 8)),
    ("5/5/2017", None, date(2017, 5, 5)),
    ("4/5/2017", "DMY", date(2017, 5, 4)),
    ("4/5/2017", "MDY", date(2017, 4, 5)),
    ("April 2017", None, None),
    ("2 days ago", None, None),
])
def test_metadata_dates(value, order, expected):
    assert parse_date(value, order) == expected


def test_ambiguous_numeric_date_raises():
    with pytest.raises(AmbiguousDate):
        parse_date("4/5/2017")


def test_read_dateline_says_where_it_read_the_date():
    got = read_dateline("عنوان\n\n09 سبتمبر 2021\nنص")
    assert got == (date(2021, 9, 9), 'the dateline "09 سبتمبر 2021" (a line of its own)')
