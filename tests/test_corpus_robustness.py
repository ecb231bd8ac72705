"""Bad files become problems the report shows; load_file never raises for input."""

import os
from pathlib import Path

import pytest

from checker.corpus import discover, load_file

GOOD = "Talks were held in Baghdad on Thursday.\n"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n", "\ufeff\n".encode("utf-8")])
def test_empty_file(tmp_path, content):
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    result = load_file(f)
    assert result.articles == []
    (p,) = result.problems
    assert p.kind == "file" and p.path == str(f) and ("empty" in p.message or "no text" in p.message)


def test_front_matter_only_is_no_text(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: x\n---\n\n", encoding="utf-8")
    result = load_file(f)
    assert result.articles == [] and result.problems[0].message == "file holds no text"


def test_file_over_max_bytes(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text(GOOD * 100, encoding="utf-8")
    result = load_file(f, max_bytes=1000)
    assert result.articles == []
    assert "over the 1,000-byte limit" in result.problems[0].message
    assert len(load_file(f, max_bytes=len(GOOD) * 100).articles) == 1


def test_file_vanishing_between_discovery_and_loading(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    (found,) = discover([tmp_path]).files
    f.unlink()
    result = load_file(found)
    assert result.articles == []
    assert result.problems[0].message == "file disappeared before it could be read"


def test_unreadable_file(tmp_path, monkeypatch):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    real_open = os.open  # the loader opens with os.open (non-blocking, then fstat)

    def deny(path, *args, **kwargs):
        if Path(path) == f:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("os.open", deny)
    result = load_file(f)
    assert result.articles == [] and result.problems[0].message == "cannot read file: Permission denied"


def test_folder_given_to_load_file(tmp_path):
    result = load_file(tmp_path)
    assert result.articles == [] and "folder" in result.problems[0].message


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "c.json").write_text("[1, 2", encoding="utf-8")
    (tmp_path / "d.md").write_text(GOOD, encoding="utf-8")
    loaded = [load_file(f) for f in discover([tmp_path]).files]
    assert [len(r.articles) for r in loaded] == [1, 0, 0, 1]
    assert [len(r.problems) for r in loaded] == [0, 1, 1, 0]


from hypothesis import HealthCheck, given, settings, strategies as st

_TEXTY = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"---\n", b"{", b'{"text": 5}', b"<html><p>", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(_TEXTY, max_size=3), ext=st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html", ""]))
def test_load_file_never_raises(tmp_path, parts, ext):
    f = tmp_path / f"fuzz{ext}"
    f.write_bytes(b"".join(parts))
    result = load_file(f)
    assert result.articles or result.problems
    for a in result.articles:
        assert a.text.strip() and a.info.chars == len(a.text)
        a.model_dump_json()
    for p in result.problems:
        assert p.kind == "file" and p.path.startswith(str(f)) and p.message
        assert "could not be" not in p.message, p.message  # the catch-all guard hides reader bugs
