"""Issue 11, items 1, 2 and 9: what a user is told when nothing, or not everything, was compared."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()


def audit(tmp_path, files: dict[str, str], *extra: str):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["audit", str(corpus), "--out", str(out), "--no-cache", "-j", "1", *extra])
    return result, out


NEW_STORY = {
    "a.txt": "Flood in Derna\n\nThe dam at Derna collapsed on 10 September 2023, officials said.\n",
    "b.txt": "Derna\n\nThe Derna dam burst on 11 September 2023 after the storm.\n",
}


def test_a_story_no_rule_knows_is_not_an_all_clear(tmp_path):
    result, out = audit(tmp_path, NEW_STORY)
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "No claims found, so nothing was compared: this is not an all-clear." in text
    assert "us-troops-in-country" in text and "write a rule" in text and "--rules" in text
    assert "Exit status 0: no claims were found" in text
    assert "No conflicts" not in text
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "This is not an all-clear." in html and "Writing a rule" in html
    assert "every subject claimed by more than one article is told the same way" not in html


UNDATED_TROOPS = {
    "a.txt": "The Pentagon says there are about 2,500 US troops in Iraq.\n",
    "b.txt": "There are 3,000 US troops in Iraq, officials said.\n",
}


def test_an_undated_pair_is_listed_as_not_compared_with_its_reason(tmp_path):
    result, out = audit(tmp_path, UNDATED_TROOPS)
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "Found but not compared" in text
    assert "2 claims: about 2,500, 3,000" in text
    assert "no as-of date" in text and "within 180 days" in text
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert report["findings"] == []
    [gap] = report["not_compared"]
    assert gap["rule"] == "us-troops-in-country" and len(gap["claims"]) == 2
    assert "no as-of date" in gap["reason"]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert 'id="not-compared"' in html and "2 claims not compared: no as-of date" in html
    assert "That is not agreement." in html


def test_dated_pair_is_compared_and_not_listed_as_a_gap(tmp_path):
    files = {name: "---\npublished: 2021-09-09\n---\n" + text for name, text in UNDATED_TROOPS.items()}
    result, out = audit(tmp_path, files, "--fail-on", "never")
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert report["not_compared"] == [] and len(report["findings"]) == 1
    assert "Exit status 0: --fail-on never." in result.output


def test_exit_status_one_is_explained_on_screen(tmp_path):
    files = {name: "---\npublished: 2021-09-09\n---\n" + text for name, text in UNDATED_TROOPS.items()}
    result, _ = audit(tmp_path, files, "--fail-on", "warning")
    assert result.exit_code == 1
    assert "Exit status 1: 1 warning finding at or above --fail-on warning" in result.output


def test_values_and_names_are_never_cut_in_a_pipe(tmp_path):
    long_name = "an-article-with-a-rather-long-file-name-that-a-newsroom-export-gave-it.txt"
    files = {long_name: UNDATED_TROOPS["a.txt"], "b.txt": UNDATED_TROOPS["b.txt"]}
    result, _ = audit(tmp_path, files)
    table = result.output.split("\n\n")[1]  # the articles read, one row each
    assert "…" not in table, "a file name is wrapped, never cut"
    lines = table.splitlines()
    col = lines[0].index("lang")
    first_column = "".join(line[:col].strip() for line in lines[2:])
    assert long_name in first_column


def test_outputs_of_formats_not_written_are_removed_and_replacements_said(tmp_path):
    first, out = audit(tmp_path, UNDATED_TROOPS, "--format", "html,json,csv")
    assert (out / "claims.csv").is_file() and "wrote" in first.output
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    corpus = tmp_path / "corpus"
    second = runner.invoke(app, ["audit", str(corpus), "--out", str(out), "--no-cache", "-j", "1", "--format", "html"])
    assert not (out / "claims.csv").exists() and not (out / "findings.csv").exists()
    assert not (out / "findings.json").exists()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine", "only the checker's own files are removed"
    assert f"replaced {out / 'report.html'}" in second.output
    assert f"removed {out / 'claims.csv'}" in second.output and "format not written this time" in second.output


EXAMPLES = __import__("pathlib").Path(__file__).resolve().parents[1] / "examples"


def test_the_readme_tour_of_a_new_story(tmp_path):
    """The README's two-article audit: no rule knows it; with examples/new-story/dam-collapse.yaml the conflict shows."""
    out = tmp_path / "o"
    base = ["audit", str(EXAMPLES / "new-story"), "--out", str(out), "--no-cache", "-j", "1"]
    plain = runner.invoke(app, base)
    assert plain.exit_code == 0 and "this is not an all-clear" in plain.output
    dated = json.loads((out / "findings.json").read_text(encoding="utf-8"))["articles"]
    assert {a["published_from"] for a in dated} == {
        'the dateline "DERNA, Sept 11, 2023 (Reuters) -"', 'the dateline "درنة - 12 أيلول 2023"'}
    ruled = runner.invoke(app, [*base, "--rules", str(EXAMPLES / "new-story" / "dam-collapse.yaml")])
    assert ruled.exit_code == 1, ruled.output
    assert "date the Derna dam collapsed" in ruled.output and "why: different day" in ruled.output
    meta = runner.invoke(app, [*base, "--meta", str(EXAMPLES / "new-story" / "articles.csv"), "--date-order", "DMY"])
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert meta.exit_code == 0 and {a["source"] for a in report["articles"]} == {"Reuters", "Al-Wasat"}
    assert all(a["published_source"] == "sidecar" for a in report["articles"])


def test_the_spreadsheet_says_which_claims_were_not_compared(tmp_path):
    import csv

    _, out = audit(tmp_path, UNDATED_TROOPS, "--format", "csv")
    with open(out / "claims.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2 and all(r["not_compared"].startswith("no as-of date") for r in rows)
    assert list(rows[0])[:3] == ["rule", "key_label", "key"], "earlier columns keep their place"


def test_a_troop_count_over_the_years_gets_a_timeline_in_the_report(tmp_path):
    counts = {"a.txt": ("2019-03-01", "5,200"), "b.txt": ("2020-06-01", "3,000"),
              "c.txt": ("2021-07-01", "2,500"), "d.txt": ("2021-08-01", "3,500"), "e.txt": (None, "900")}
    files = {name: (f"---\npublished: {day}\n---\n" if day else "") + f"There are {n} US troops in Iraq, officials said.\n"
             for name, (day, n) in counts.items()}
    result, out = audit(tmp_path, files, "--fail-on", "never")
    html = (out / "report.html").read_text(encoding="utf-8")
    svg = html[html.index('<svg class="chart"'):html.index("</svg>")]
    assert svg.count("<circle") == 4 and "<script" not in html
    assert "Not drawn, having no as-of date on the calendar: <bdi>900</bdi>" in html
    assert 'stroke-dasharray="5 3"' in svg, "the 2,500 vs 3,500 conflict of summer 2021 is drawn"


def test_a_dated_claim_whose_only_partners_are_undated_is_listed_too(tmp_path):
    files = {"a.txt": "---\npublished: 2021-09-09\n---\n" + UNDATED_TROOPS["a.txt"], "b.txt": UNDATED_TROOPS["b.txt"]}
    _, out = audit(tmp_path, files)
    gaps = json.loads((out / "findings.json").read_text(encoding="utf-8"))["not_compared"]
    listed = sorted((g["claims"][0]["article"].rsplit("/", 1)[-1], g["reason"].split(":")[0]) for g in gaps)
    assert listed == [("a.txt", "the only claim on this subject with an as-of date"), ("b.txt", "no as-of date")]
