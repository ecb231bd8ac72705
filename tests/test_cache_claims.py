"""The claim cache: what re-runs after a change, and what happens when the cache is bad.

Extraction is observed by wrapping ``checker.extract.extract_claims``: a
test counts which (article, rules) pairs were really extracted, so "served
from the cache" is checked directly rather than guessed from timings.
"""

import logging
import sqlite3
from pathlib import Path

import pytest

import checker.cache
import checker.digests
import checker.extract
from checker.api import AuditOptions, audit

from talks_rules import talks_rules

RULES = talks_rules(severity="warning")

ARTICLES = {
    "a.txt": "The third round of talks was held on April 7, 2021. There are 2,500 US troops in Iraq.\n",
    "b.txt": "The third round of talks was held on April 9, 2021. There are 3,000 US troops in Iraq.\n",
    "c.txt": "The second round of talks was held on March 1, 2021. Weather was fine.\n",
}


@pytest.fixture
def setup(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "t.yaml").write_text(RULES, encoding="utf-8")
    calls: list[tuple[str, tuple[str, ...]]] = []
    real = checker.extract.extract_claims

    def counting(article, rules, **kw):
        calls.append((Path(article.info.id).name, tuple(sorted(r.id for r in rules))))
        return real(article, rules, **kw)

    monkeypatch.setattr(checker.extract, "extract_claims", counting)

    def run(cache=True, jobs=1):
        calls.clear()
        opts = AuditOptions(rules=[rules], default_rules=False, jobs=jobs,
                            cache_path=tmp_path / "cache" / "claims.sqlite" if cache else None)
        return audit([str(corpus)], opts)

    return corpus, rules, run, calls


def dump(result) -> str:
    return result.report.model_dump_json(indent=2)


def test_second_audit_is_served_from_the_cache_with_the_same_report(setup):
    corpus, rules, run, calls = setup
    cold = run()
    assert cold.report.claims, "the fixture must yield claims, or the cache test proves nothing"
    assert cold.cache_hits == 0 and len(calls) == 3
    warm = run()
    assert warm.cache_hits == 3
    assert calls == []
    assert dump(warm) == dump(cold) == dump(run(cache=False))


def test_a_changed_file_is_re_extracted_alone(setup):
    corpus, rules, run, calls = setup
    run()
    (corpus / "b.txt").write_text("The third round of talks was held on April 7, 2021.\n", encoding="utf-8")
    warm = run()
    assert [name for name, _ in calls] == ["b.txt"]
    assert warm.cache_hits == 2
    assert dump(warm) == dump(run(cache=False))


def test_a_changed_rule_re_extracts_only_that_rule(setup):
    corpus, rules, run, calls = setup
    run()
    text = (rules / "t.yaml").read_text(encoding="utf-8")
    (rules / "t.yaml").write_text(text.replace("[US] troops in Iraq", "[US] troops in [the] Iraq"), encoding="utf-8")
    warm = run()
    # Every file is re-read, but only the edited rule runs on it.
    assert sorted(calls) == [("a.txt", ("t-troops",)), ("b.txt", ("t-troops",)), ("c.txt", ("t-troops",))]
    assert dump(warm) == dump(run(cache=False))
    run()
    assert calls == []  # and the new rule's claims are cached in turn


def test_a_severity_change_re_extracts_nothing_but_reaches_the_report(setup):
    corpus, rules, run, calls = setup
    cold = run()
    text = (rules / "t.yaml").read_text(encoding="utf-8")
    (rules / "t.yaml").write_text(text.replace("severity: warning", "severity: error", 1), encoding="utf-8")
    warm = run()
    assert calls == []
    assert {r.id: r.severity for r in warm.report.rules}["t-round-date"] == "error"
    assert dump(warm) != dump(cold)
    assert dump(warm) == dump(run(cache=False))


def test_another_checker_build_does_not_trust_the_cache(setup, monkeypatch):
    corpus, rules, run, calls = setup
    run()
    monkeypatch.setattr(checker.cache, "code_digest", lambda: "9.9.9+other")
    again = run()
    assert again.cache_hits == 0 and len(calls) == 3
    run()
    assert calls == []


def test_the_build_digest_reads_every_file_of_the_package(tmp_path):
    """Not a list of the parts thought to decide claims: claim labels name ordinals through
    ``humanize.py``, which such a list had left out."""
    package = Path(checker.digests.__file__).resolve().parent
    read = {f.relative_to(package).as_posix() for f in checker.digests.code_files(package)}
    every = {f.relative_to(package).as_posix() for f in package.rglob("*.py") if "__pycache__" not in f.parts}
    assert every <= read and "humanize.py" in read and "values/lexicon/ar.yaml" in read
    assert not any("__pycache__" in name for name in read)

    copy = tmp_path / "checker"
    (copy / "lexicon").mkdir(parents=True)
    (copy / "a.py").write_text("x = 1\n", encoding="utf-8")
    (copy / "lexicon" / "words.yaml").write_text("a: b\n", encoding="utf-8")
    first = checker.digests.build_digest(copy)
    (copy / "lexicon" / "words.yaml").write_text("a: c\n", encoding="utf-8")
    second = checker.digests.build_digest(copy)
    (copy / "new.py").write_text("", encoding="utf-8")
    third = checker.digests.build_digest(copy)
    (copy / "__pycache__").mkdir()
    (copy / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    assert len({first, second, third}) == 3 and checker.digests.build_digest(copy) == third


@pytest.mark.parametrize("garbage", [b"this is not a database\n" * 50, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_corrupt_cache_file_is_moved_aside_with_a_warning_and_rebuilt(setup, tmp_path, caplog, garbage):
    corpus, rules, run, calls = setup
    cache = tmp_path / "cache" / "claims.sqlite"
    cache.parent.mkdir()
    cache.write_bytes(garbage)
    with caplog.at_level(logging.WARNING, logger="checker.cache"):
        first = run()
    assert any(str(cache) in r.getMessage() and "moved" in r.getMessage() for r in caplog.records)
    assert (tmp_path / "cache" / "claims.sqlite.corrupt").read_bytes() == garbage
    assert first.cache_hits == 0 and first.report.claims
    assert dump(first) == dump(run(cache=False))
    assert run().cache_hits == 3  # the rebuilt cache works


def test_a_sqlite_file_with_another_schema_is_not_trusted(setup, tmp_path, caplog):
    corpus, rules, run, calls = setup
    cache = tmp_path / "cache" / "claims.sqlite"
    cache.parent.mkdir()
    db = sqlite3.connect(cache)
    db.execute("CREATE TABLE loads (x TEXT)")
    db.commit()
    db.close()
    with caplog.at_level(logging.WARNING, logger="checker.cache"):
        result = run()
    assert any("not a checker cache" in r.getMessage() for r in caplog.records)
    assert result.report.claims and len(calls) == 3


def test_a_tampered_row_is_a_miss_not_a_claim(setup, tmp_path):
    corpus, rules, run, calls = setup
    cold = run()
    db = sqlite3.connect(tmp_path / "cache" / "claims.sqlite")
    db.execute("UPDATE extracts SET claims = '[{\"rule\": \"forged\"}]'")
    db.commit()
    db.close()
    warm = run()
    assert warm.cache_hits == 0 and len(calls) == 3
    assert dump(warm) == dump(cold)


def test_a_bad_file_is_still_reported_when_served_from_the_cache(setup):
    corpus, rules, run, calls = setup
    (corpus / "empty.txt").write_bytes(b"")
    first = run()
    assert any(Path(p.path).name == "empty.txt" for p in first.report.problems)
    second = run()
    assert second.cache_hits == 4
    assert dump(first) == dump(second)


def test_a_cache_locked_by_another_audit_is_left_alone(setup, tmp_path, monkeypatch, caplog):
    corpus, rules, run, calls = setup
    run()
    (corpus / "b.txt").write_text("The third round of talks was held on April 7, 2021.\n", encoding="utf-8")
    monkeypatch.setattr(checker.cache.ClaimCache, "busy_timeout", 0.1)
    cache = tmp_path / "cache" / "claims.sqlite"
    other = sqlite3.connect(cache, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another audit in the middle of writing
    try:
        with caplog.at_level(logging.WARNING):
            locked = run()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [name for name, _ in calls] == ["b.txt"]
    assert dump(locked) == dump(run(cache=False))
    assert any(str(cache) in r.getMessage() and "locked" in r.getMessage() for r in caplog.records)
    assert not (tmp_path / "cache" / "claims.sqlite.corrupt").exists()
    assert run().cache_hits == 2  # the cache survived; b.txt is stored now
    assert run().cache_hits == 3


def test_a_cache_path_that_is_a_folder_is_not_moved_or_used(setup, tmp_path, caplog):
    corpus, rules, run, calls = setup
    folder = tmp_path / "cache" / "claims.sqlite"
    folder.mkdir(parents=True)
    (folder / "keep.txt").write_text("the user's own file")
    with caplog.at_level(logging.WARNING):
        result = run()
    assert dump(result) == dump(run(cache=False))
    assert (folder / "keep.txt").read_text() == "the user's own file"
    assert any(str(folder) in r.getMessage() for r in caplog.records)


def test_editing_one_frame_rule_re_runs_the_frame_rules_together(tmp_path, monkeypatch):
    """Frame rules arbitrate between them (a date goes to the nearer event of any rule): one of
    them re-run alone would keep a value the others take, so the cache re-runs them all."""
    shipped = Path(__file__).resolve().parents[1] / "rules"
    rules = tmp_path / "rules"
    rules.mkdir()
    for name in ("white-house-visit-date.yaml", "us-combat-mission-end.yaml"):
        (rules / name).write_text((shipped / name).read_text(encoding="utf-8"), encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "WASHINGTON, July 27, 2021 — President Joe Biden told Prime Minister Mustafa al-Kadhimi in the Oval Office "
        "on Monday that the United States would end its combat mission in Iraq by the end of 2021.\n", encoding="utf-8")
    calls: list[tuple[str, ...]] = []
    real = checker.extract.extract_claims
    monkeypatch.setattr(checker.extract, "extract_claims",
                        lambda article, rs, **kw: calls.append(tuple(sorted(r.id for r in rs))) or real(article, rs, **kw))

    def run(cache=True):
        calls.clear()
        opts = AuditOptions(rules=[rules], default_rules=False, jobs=1,
                            cache_path=tmp_path / "cache.sqlite" if cache else None)
        return audit([str(corpus)], opts)

    run()
    visit = rules / "white-house-visit-date.yaml"
    visit.write_text(visit.read_text(encoding="utf-8").replace('"receive*",', '"receive*", welcomed,'), encoding="utf-8")
    warm = run()
    assert calls == [("us-combat-mission-end", "white-house-visit-date")]
    assert dump(warm) == dump(run(cache=False))
    assert not any(c.rule == "white-house-visit-date" and c.value == "2021" for c in warm.report.claims)
