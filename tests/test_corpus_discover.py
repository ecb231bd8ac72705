"""Discovery: which paths become article files, in what order, and what is skipped."""

import os
from pathlib import Path

import pytest

from checker.corpus import discover


def _touch(p: Path, text: str = "x") -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_folder_walk_is_recursive_sorted_and_filtered(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ["c/b.txt", "a.md", "c/a.html", "x.markdown", "d.json", "e.jsonl", "f.htm", "notes.yaml", "img.png", "c/z.PDF"]:
        _touch(tmp_path / "corpus" / name)
    found = discover(["corpus"])
    assert [str(p) for p in found.files] == [
        "corpus/a.md", "corpus/c/a.html", "corpus/c/b.txt", "corpus/d.json",
        "corpus/e.jsonl", "corpus/f.htm", "corpus/x.markdown",
    ]
    assert found.problems == [] and found.missing == []


def test_paths_keep_the_form_the_user_gave(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _touch(tmp_path / "seeds" / "000_x.txt")
    assert [str(p) for p in discover(["seeds/"]).files] == ["seeds/000_x.txt"]
    assert [str(p) for p in discover(["./seeds"]).files] == ["seeds/000_x.txt"]  # Path drops "./"
    assert discover([tmp_path / "seeds"]).files == [tmp_path / "seeds" / "000_x.txt"]


def test_dot_folders_reports_and_hidden_files_are_skipped(tmp_path):
    _touch(tmp_path / "a.txt")
    _touch(tmp_path / ".git" / "b.txt")
    _touch(tmp_path / ".venv" / "lib" / "c.md")
    _touch(tmp_path / "reports" / "report.html")
    _touch(tmp_path / "sub" / ".hidden.txt")
    assert discover([tmp_path]).files == [tmp_path / "a.txt"]


def test_explicit_file_is_taken_whatever_its_extension(tmp_path):
    f = _touch(tmp_path / "article")
    g = _touch(tmp_path / "scan.pdf")
    assert discover([f, g]).files == [f, g]


def test_missing_paths_are_listed_not_raised(tmp_path):
    _touch(tmp_path / "a.txt")
    found = discover([tmp_path / "a.txt", tmp_path / "nope", "also/missing.txt"])
    assert found.files == [tmp_path / "a.txt"]
    assert found.missing == [str(tmp_path / "nope"), "also/missing.txt"]


def test_same_file_twice_is_loaded_once(tmp_path):
    f = _touch(tmp_path / "d" / "a.txt")
    os.symlink(tmp_path / "d", tmp_path / "alias")
    found = discover([tmp_path / "d", f, tmp_path / "alias"])
    assert found.files == [f]


def test_symlink_loop_ends(tmp_path):
    _touch(tmp_path / "d" / "a.txt")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")  # d/loop -> d
    os.symlink(tmp_path / "d" / "self.txt", tmp_path / "d" / "self.txt")  # a link to itself
    found = discover([tmp_path / "d"])
    assert found.files == [tmp_path / "d" / "a.txt"]
    assert [p.path for p in found.problems] == [str(tmp_path / "d" / "self.txt")]


def test_broken_link_given_explicitly_is_a_problem_not_missing(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    found = discover([tmp_path / "link.txt"])
    assert found.files == [] and found.missing == []
    assert "broken symbolic link" in found.problems[0].message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unlistable_folder_is_a_problem(tmp_path):
    locked = tmp_path / "locked"
    _touch(locked / "a.txt")
    locked.chmod(0)
    try:
        found = discover([tmp_path])
    finally:
        locked.chmod(0o755)
    assert found.files == [] and "cannot list folder" in found.problems[0].message
