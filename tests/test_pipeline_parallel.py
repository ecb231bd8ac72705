"""Parallel audits give exactly the sequential result, whatever the workers do."""

import json
import multiprocessing
import os
from pathlib import Path

import pytest

import checker.pipeline as pipeline
from checker.api import AuditOptions, audit, load_ruleset

from talks_rules import RULES

ROUNDS = ["first", "second", "third", "fourth"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("parallel")
    docs = root / "corpus"
    docs.mkdir()
    for i in range(14):
        text = (f"The {ROUNDS[i % 4]} round of talks was held on April {i % 9 + 1}, 2021. "
                f"Officials said there are about {1000 + 250 * (i % 5):,} US troops in Iraq.\n\n"
                f"Nothing else happened on day {i}.\n")
        (docs / f"a{i:02d}.txt").write_text(text, encoding="utf-8")
    lines = [json.dumps({"title": f"wire {i}", "published": "2021-05-0%d" % (i + 1),
                         "text": f"The third round of talks was held on May {i + 3}, 2021."}) for i in range(3)]
    lines.insert(1, '{"title": "no text here"}')
    (docs / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    rules = root / "rules"
    rules.mkdir()
    (rules / "t.yaml").write_text(RULES, encoding="utf-8")
    return root, docs, rules


def report_json(docs, rules, **kw) -> str:
    options = AuditOptions(rules=[rules], default_rules=False, **kw)
    return audit([str(docs)], options).report.model_dump_json(indent=2)


def test_jobs_1_and_jobs_2_give_the_same_bytes_with_and_without_cache(corpus):
    root, docs, rules = corpus
    sequential = report_json(docs, rules, jobs=1)
    assert json.loads(sequential)["claims"], "no claims: the comparison would prove nothing"
    assert json.loads(sequential)["problems"], "the bad files must show up"
    assert report_json(docs, rules, jobs=2) == sequential
    cache = root / "cache.sqlite"
    assert report_json(docs, rules, jobs=2, cache_path=cache) == sequential  # cold
    assert report_json(docs, rules, jobs=2, cache_path=cache) == sequential  # warm
    assert report_json(docs, rules, jobs=1, cache_path=cache) == sequential


def test_progress_counts_every_file_once_and_ends_at_the_total(corpus):
    root, docs, rules = corpus
    seen = []
    options = AuditOptions(rules=[rules], default_rules=False, jobs=2, progress=lambda d, t: seen.append((d, t)))
    result = audit([str(docs)], options)
    assert [d for d, _ in seen] == list(range(1, result.files + 1))
    assert {t for _, t in seen} == {result.files}


@pytest.fixture
def spawned_workers():
    """Workers that start empty and load the rules from their files (macOS's and Windows's way)."""
    was = multiprocessing.get_start_method()
    multiprocessing.set_start_method("spawn", force=True)
    yield
    multiprocessing.set_start_method(was, force=True)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this system")
def test_forked_workers_take_the_parent_s_rules_without_reading_the_files_again(corpus, monkeypatch, caplog):
    root, docs, rules = corpus
    parent_rules, _ = load_ruleset(AuditOptions(rules=[rules], default_rules=False))
    files = sorted(p for p in docs.iterdir())
    expected = pipeline.run_files(files, parent_rules, sources=[rules], max_bytes=1_000_000, jobs=1)
    was = multiprocessing.get_start_method()
    multiprocessing.set_start_method("fork", force=True)

    def refuse(*args, **kwargs):
        raise AssertionError("a forked worker loaded the rules again")

    monkeypatch.setattr("checker.ruleset.load_rules", refuse)  # the copy each worker starts as has it too
    try:
        got = pipeline.run_files(files, parent_rules, sources=[rules], max_bytes=1_000_000, jobs=2)
    finally:
        multiprocessing.set_start_method(was, force=True)
    assert got.claims == expected.claims and got.problems == expected.problems
    assert not any("worker process died" in r.getMessage() for r in caplog.records)


def test_workers_whose_rule_files_differ_from_the_parent_s_rules_are_not_used(corpus, tmp_path, spawned_workers):
    """A rule file edited mid-audit: workers would load the new text, the parent holds the old rules."""
    root, docs, rules = corpus
    parent_rules, _ = load_ruleset(AuditOptions(rules=[rules], default_rules=False))
    files = sorted(p for p in docs.iterdir())
    expected = pipeline.run_files(files, parent_rules, sources=[rules], max_bytes=1_000_000, jobs=1)

    edited = tmp_path / "edited"
    edited.mkdir()
    (edited / "t.yaml").write_text(RULES.replace("[US] troops in Iraq", "[US] troops in Syria"), encoding="utf-8")
    got = pipeline.run_files(files, parent_rules, sources=[edited], max_bytes=1_000_000, jobs=2)
    assert any(c.rule == "t-troops" for c in expected.claims)
    assert got.claims == expected.claims and got.problems == expected.problems


def _dies_on_a05(task: pipeline.Task):
    if task.path.endswith("a05.txt"):
        os._exit(3)  # a worker killed mid-audit (out of memory, a signal)
    return _real_work(task)


_real_work = pipeline._work


def test_a_dead_worker_costs_speed_not_results(corpus, monkeypatch, caplog):
    root, docs, rules = corpus
    expected = report_json(docs, rules, jobs=1)
    monkeypatch.setattr(pipeline, "_work", _dies_on_a05)
    assert report_json(docs, rules, jobs=2) == expected
    assert any("worker process died" in r.getMessage() for r in caplog.records)


def test_process_file_keeps_its_contract(corpus):
    root, docs, rules = corpus
    parent_rules, _ = load_ruleset(AuditOptions(rules=[rules], default_rules=False))
    part = pipeline.process_file(docs / "a02.txt", parent_rules, 1_000_000)
    assert [Path(a.path).name for a in part.articles] == ["a02.txt"]
    assert {c.rule for c in part.claims} == {"t-round-date", "t-troops"}
    bad = pipeline.process_file(docs / "binary.txt", parent_rules, 1_000_000)
    assert bad.articles == [] and bad.claims == [] and len(bad.problems) == 1
