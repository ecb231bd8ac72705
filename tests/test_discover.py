"""`checker discover`: subjects from clauses, grouping by key, comparison as in audits, drafting a rule."""

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.discover.group import Settings, clusters
from checker.discover.models import SubjectInfo
from checker.discover.read import read_article
from checker.discover.run import Options, discover_report, read_files
from checker.models import Article, ArticleInfo
from checker.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
STORY = ROOT / "tests" / "data" / "discover"
runner = CliRunner()


def article(text: str, lang: str, published=date(2021, 4, 8)) -> Article:
    sents = [s.model_copy(update={"language": lang}) for s in split_sentences(text, lang)]
    info = ArticleInfo(id=f"x-{lang}", path="", format="txt", encoding="utf-8", published=published, language=lang)
    return Article(info=info, text=text, sentences=sents)


def subjects_of(text: str, lang: str):
    return [(d.subject.kind, d.subject.head, tuple(d.subject.qualifiers), d.subject.names, d.claim.value)
            for d in read_article(article(text, lang))]


def test_arabic_and_english_troops_meet_on_one_subject():
    ar = read_article(article("ويوجد 2500 جندي أميركي في العراق.", "ar"))
    en = read_article(article("There are 2,500 US troops in Iraq.", "en"))
    assert [d.subject.label for d in ar] == ["count of @troops (@us) — Iraq"]
    assert [d.subject.id for d in ar] == [d.subject.id for d in en]


def test_a_noun_in_no_concept_stays_as_its_stem_and_a_year_is_no_count():
    assert subjects_of("Rescuers have cleared 40 roads since Friday.", "en") == [("count", "road", (), {}, 40)]
    assert subjects_of("It was the 2003 invasion.", "en") == []


def test_a_date_takes_its_event_and_ordinal_and_a_report_date_is_not_the_event():
    got = subjects_of("The third round of the strategic dialogue was held on April 7, 2021.", "en")
    assert got == [("date", "@round", ("@strategic_dialogue",), {}, "2021-04-07")]
    assert subjects_of("Officials said on April 9, 2021 that talks would go on.", "en") == []


def test_a_share_of_a_country_is_a_share_of_its_territory():
    en = subjects_of("IS held about a third of Iraq in 2014.", "en")
    ar = subjects_of("اجتاح التنظيم حوالي ثلث العراق.", "ar")
    assert [x[:2] for x in en] == [("share", "@countries")] == [x[:2] for x in ar]


def info(i, quals=(), **names):
    return SubjectInfo(id=i, kind="count", head="@troops", qualifiers=list(quals), names=names, label=i)


def test_a_class_that_says_less_joins_the_one_richer_class_it_fits_and_stays_apart_when_ambiguous():
    us = info("us", ["@us"], countries="Iraq")
    foreign = info("foreign", ["@foreign"], countries="Iraq")
    syria = info("syria", countries="Syria")
    only_us = info("only-us", ["@us"])
    bare_iraq = info("bare-iraq", countries="Iraq")
    got = clusters([bare_iraq, only_us, syria, foreign, us])
    assert got["only-us"] == "us"  # fits US troops in Iraq only
    assert got["bare-iraq"] == "bare-iraq"  # US or foreign troops in Iraq: could be either
    assert got["syria"] == "syria" and got["foreign"] == "foreign"


@pytest.fixture(scope="module")
def story():
    return discover_report([STORY], Options(jobs=1))


def test_the_story_conflicts_are_ranked_and_agreements_listed(story):
    labels = [c.subject.label for c in story.conflicts]
    assert labels == ["date of #5 @round (@talks_reference) — Amman, Lebanon", "count of @dead — Lebanon"]
    first = story.conflicts[0]
    assert first.rank == 1 and first.languages == ["ar", "en"]
    assert sorted(str(c.value) for c in first.finding.claims) == ["2022-03-03", "2022-03-04"]
    assert first.finding.reasons == ["4 March 2022 vs 3 March 2022: different day"]
    # the fourth round's date is the same everywhere: an agreement, not a conflict
    assert any(c.subject.ordinal == 4 and c.values == ["1 February 2022"] for c in story.agreements)


def test_one_article_disagreeing_with_itself_is_no_candidate(tmp_path):
    (tmp_path / "a.txt").write_text("BEIRUT, March 6, 2022 (Wire) - The storm killed 120 people. Later the storm had killed 150 people.\n")
    (tmp_path / "b.txt").write_text("BEIRUT, March 9, 2022 (Wire) - The storm killed 120 people.\n")
    rep = discover_report([tmp_path], Options(jobs=1))
    assert rep.mentions == 3 and rep.subjects == 1  # one subject, read three times
    assert rep.conflicts == []  # 120 vs 150 only inside a.txt; b.txt is of another day (window)
    same_day = discover_report([tmp_path], Options(jobs=1, settings=Settings(count_window_days=None)))
    assert [c.values for c in same_day.conflicts] == [["120", "150"]]


def test_output_is_the_same_on_one_core_many_and_from_the_cache(tmp_path):
    cache = tmp_path / "c.sqlite"
    one = discover_report([STORY], Options(jobs=1)).model_dump_json()
    two = discover_report([STORY], Options(jobs=2, cache_path=cache)).model_dump_json()
    files = sorted(STORY.glob("*.txt"))
    got = []
    hits = read_files(files, Options(jobs=1, cache_path=cache), got.append)
    assert len(got) == len(files)
    assert one == two and hits == len(files)
    assert discover_report([STORY], Options(jobs=1, cache_path=cache)).model_dump_json() == one


def test_cli_writes_json_and_html_and_a_draft_that_passes_its_examples_and_finds_the_conflict(tmp_path, story):
    from checker.api import AuditOptions, audit
    from checker.ruleset import load_rules
    from checker.ruleset.examples import run_examples

    cand = story.conflicts[0].id
    res = runner.invoke(app, ["discover", str(STORY), "--out", str(tmp_path / "out"), "--no-cache", "--jobs", "1",
                              "--draft", str(tmp_path / "rules"), "--candidate", cand])
    assert res.exit_code == 0, res.output
    assert "1. " + cand in res.output and "why: 4 March 2022 vs 3 March 2022" in res.output
    data = json.loads((tmp_path / "out" / "discover.json").read_text(encoding="utf-8"))
    assert data["conflicts"][0]["id"] == cand
    assert "4 March 2022" in (tmp_path / "out" / "discover.html").read_text(encoding="utf-8")
    [path] = list((tmp_path / "rules").glob("*.yaml"))
    rules, problems = load_rules([path], strict=True)
    results = run_examples(rules)
    assert results and all(r.ok for r in results) and not problems
    assert any(not rules[0].examples[r.index].claims for r in results)  # a must-not-fire example
    test = runner.invoke(app, ["rules", "test", str(path)])
    assert test.exit_code == 0, test.output
    report = audit([STORY], AuditOptions(rules=[path], default_rules=False, jobs=1, cache_path=None)).report
    values = {str(c.value) for f in report.findings for i, j in f.conflicts for c in (f.claims[i], f.claims[j])}
    assert values == {"2022-03-03", "2022-03-04"}


def test_drafting_a_count_suggests_a_range_and_a_tolerance_that_keeps_the_conflict(tmp_path, story):
    from checker.discover.draft import draft
    import yaml

    cand = next(c for c in story.conflicts if c.subject.head == "@dead")
    rule = yaml.safe_load(draft(story, cand.id, tmp_path).read_text(encoding="utf-8"))
    assert rule["frame"]["counts"] == "@dead" and rule["frame"]["unit"] == "count"
    assert rule["frame"]["range"] == [9, 1200]
    assert rule["compare"]["tolerance"] <= 0.1  # 95 vs 120 still disagree


def test_the_readme_walkthrough_on_the_new_story_works_as_shown(tmp_path):
    story = ROOT / "examples" / "new-story"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    res = runner.invoke(app, ["discover", str(story), "--out", str(tmp_path / "out"), "--no-cache", "--jobs", "1",
                              "--draft", str(tmp_path / "my-rules"), "--candidate", "D-ca66306813"])
    assert res.exit_code == 0, res.output
    shown = readme.split("$ checker discover examples/new-story/\n", 1)[1].split("...\n", 1)[0]
    for line in shown.splitlines()[:7]:
        assert line in res.output
    assert (tmp_path / "my-rules" / "discovered-collapse-date.yaml").exists()
    assert runner.invoke(app, ["rules", "test", str(tmp_path / "my-rules")]).exit_code == 0
    audit = runner.invoke(app, ["audit", str(story), "--rules", str(tmp_path / "my-rules"), "--no-default-rules",
                                "--out", str(tmp_path / "a"), "--no-cache", "--jobs", "1", "--fail-on", "never"])
    assert "11 September 2023" in audit.output and "10 September 2023" in audit.output and "different day" in audit.output


def test_an_arabic_dual_counts_two_and_a_listed_plural_does_not():
    assert subjects_of("قبل أن يؤدي انهيار سدّين يقعان جنوب المدينة.", "ar") == [("count", "@dams", ("@collapse",), {}, 2)]
    assert subjects_of("Two dams collapsed above the city.", "en")[0][:2] == ("count", "@dams")
    assert subjects_of("ويوجد عسكريين أميركيين في العراق.", "ar") == []  # عسكريين is listed: a plural
    assert subjects_of("اجتاح التنظيم مناطق واسعة.", "ar") == []  # اجتاح* is a verb, not a dual


def test_two_soldiers_hurt_are_no_troop_level():
    few = read_article(article("Two US soldiers in Iraq were hurt.", "en"))
    many = read_article(article("There are 2,500 US troops in Iraq.", "en"))
    assert few[0].subject.scale == "few" and many[0].subject.scale == "many"
    assert few[0].subject.id != many[0].subject.id


def test_values_are_pooled_by_subject_with_their_repeated_parts_shared(tmp_path):
    from checker.discover.group import groups, pool

    (tmp_path / "a.txt").write_text("BEIRUT, March 6, 2022 (Wire) - The storm killed 120 people. It killed 120 people.\n")
    (tmp_path / "b.txt").write_text("BEIRUT, March 6, 2022 (Wire) - The storm killed 150 people.\n")
    rep = discover_report([tmp_path], Options(jobs=1))
    claims = rep.conflicts[0].finding.claims
    assert [str(c.value) for c in claims] == ["120", "120", "150"]
    assert claims[0].detail is claims[1].detail and claims[0].as_of is claims[1].as_of  # one object each
    found = [d for f in sorted(tmp_path.glob("*.txt"))
             for d in read_article(article(f.read_text().split(" - ", 1)[1], "en"))]
    pooled = pool(found)
    assert [len(v) for _, v in pooled.values()] == [3] and groups(pooled) == groups(found)

def test_json_written_in_pieces_is_the_report_json_byte_for_byte(story, monkeypatch):
    import checker.report.json_stream as js
    from checker.api import AuditOptions, audit

    whole = story.__pydantic_serializer__.to_json(story, indent=2)
    monkeypatch.setattr(js, "BATCH", 2)  # batches end inside every list
    for long in (0, 1, 3, 256):  # 0: every non-empty list in pieces
        assert b"".join(js.json_chunks(story, indent=2, long=long)) == whole
    assert b"".join(js.json_chunks(story, indent=4, long=0)) == story.__pydantic_serializer__.to_json(story, indent=4)
    report = audit([STORY], AuditOptions(jobs=1, cache_path=None)).report  # another model: findings, claims
    assert b"".join(js.json_chunks(report, long=0)) == report.__pydantic_serializer__.to_json(report, indent=2)

def test_a_partly_cached_run_gives_what_a_cold_one_gives(tmp_path):
    cache = tmp_path / "c.sqlite"
    files = sorted(STORY.glob("*.txt"))
    read_files(files[::2], Options(jobs=1, cache_path=cache), lambda r: None)  # every other file cached
    got = []
    hits = read_files(files, Options(jobs=2, cache_path=cache), got.append)
    cold = []
    read_files(files, Options(jobs=1), cold.append)
    assert hits == len(files[::2]) and got == cold


def test_a_place_is_the_value_of_an_event_named_by_its_ordinal():
    got = subjects_of("The fourth round of the strategic dialogue was held in Washington on July 23, 2021.", "en")
    assert [(x[0], x[1], x[4]) for x in got] == [("date", "@round", "2021-07-23"), ("place", "@round", "Washington")]
    assert got[1][3] == {}  # the place is the value, not one of its names
    ar = read_article(article("انعقدت الجولة الثالثة من الحوار الاستراتيجي في بغداد.", "ar"))
    assert [(d.subject.kind, d.subject.ordinal, d.claim.value, d.claim.type) for d in ar] == [("place", 3, "Baghdad", "name")]
    assert ar[0].subject.label == "place of #3 @round (@strategic_dialogue)"  # the place is the value, not a name of it
    assert subjects_of("The talks in Erbil covered training and logistics.", "en") == []  # no ordinal: talks are held anywhere
    assert subjects_of("The fourth round of the strategic dialogue between Baghdad and Washington ended.", "en") == []  # parties
    flew = subjects_of("The fourth round was held on July 23, 2021, after the delegation flew to Baghdad.", "en")
    assert [x[0] for x in flew] == ["date"]  # a place travelled to is no venue


PLACES = {
    "a.txt": "WASHINGTON, July 27, 2021 (Wire) - The fourth and final round took place in Washington on July 23, 2021.\n",
    "b.txt": ("BAGHDAD, December 10, 2021 (Wire) - The handover was agreed during the fourth round of the strategic "
              "dialogue in July. That session, held in Baghdad, committed the two governments to training.\n"),
    "c.txt": "بغداد - 27 تموز 2021\n\nوجاء البيان تتويجا للجولة الرابعة من الحوار الاستراتيجي التي استضافتها واشنطن.\n",
}


def test_where_a_round_was_held_is_a_candidate_and_its_draft_carries_the_sentence_that_named_the_round(tmp_path):
    import yaml

    from checker.api import AuditOptions, audit
    from checker.discover.draft import draft
    from checker.ruleset import load_rules
    from checker.ruleset.examples import run_examples

    for name, text in PLACES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    rep = discover_report([tmp_path], Options(jobs=1))
    [cand] = [c for c in rep.conflicts if c.subject.kind == "place"]
    assert cand.subject.ordinal == 4 and cand.values == ["Washington", "Baghdad"] and cand.articles == 3
    # "That session" is the fourth round only because the sentence before said so
    path = draft(rep, cand.id, tmp_path / "rules")
    rule = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert rule["claim"]["value"] == "name" and rule["frame"]["values"] == "@cities"
    assert "@talks_reference" in rule["frame"]["refer"]
    session = next(e for e in rule["examples"] if "Baghdad" in e["text"] and e["claims"])
    assert "The handover was agreed during the fourth round" in session["text"]
    assert session["text"].endswith("That session, held in Baghdad, committed the two governments to training.")
    rules, problems = load_rules([path], strict=True)
    assert not problems and all(r.ok for r in run_examples(rules))
    report = audit([tmp_path], AuditOptions(rules=[path], default_rules=False, jobs=1, cache_path=None)).report
    assert {str(c.value) for f in report.findings for i, j in f.conflicts for c in (f.claims[i], f.claims[j])} == {
        "Washington", "Baghdad"}


def test_a_draft_takes_the_headline_when_the_round_is_named_only_there(tmp_path):
    import yaml

    from checker.discover.draft import draft
    from checker.ruleset import load_rules
    from checker.ruleset.examples import run_examples

    (tmp_path / "a.md").write_text("---\ntitle: Iraq and US hold third round of strategic dialogue\npublished: 2021-04-07\n---\n"
                                   "The session, conducted by video link on Wednesday, ended with a statement. "
                                   "About 40 officials took part.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BAGHDAD, July 21, 2021 (Wire) - The third round of the strategic dialogue "
                                    "was held on May 7, 2021.\n", encoding="utf-8")
    rep = discover_report([tmp_path], Options(jobs=1))
    [cand] = [c for c in rep.conflicts if c.subject.ordinal == 3]
    rule = yaml.safe_load(draft(rep, cand.id, tmp_path / "rules").read_text(encoding="utf-8"))
    session = next(e for e in rule["examples"] if e["text"].startswith("The session"))
    assert session["title"] == "Iraq and US hold third round of strategic dialogue"
    assert session["claims"] == [{"key": {"round": "3"}, "value": "2021-04-07"}]
    rules, _ = load_rules([tmp_path / "rules"], strict=True)
    assert all(r.ok for r in run_examples(rules))
