"""Text, Markdown, JSON and JSONL readers: metadata, ids, and bad input costing only itself."""

import hashlib
import json
from datetime import date

from checker.corpus import load_article_text, load_file

BODY = "Iraq and the United States held talks on Thursday.\n\nAbout 2,500 troops remain in the country."


def _write(tmp_path, name, content, encoding="utf-8"):
    f = tmp_path / name
    f.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
    return f


def test_plain_text_article(tmp_path):
    f = _write(tmp_path, "a.txt", BODY)
    result = load_file(f)
    assert result.problems == []
    (a,) = result.articles
    info = a.info
    assert (info.id, info.path, info.format, info.encoding) == (str(f), str(f), "txt", "utf-8")
    assert info.sha256 == hashlib.sha256(f.read_bytes()).hexdigest()
    assert (info.language, info.chars, info.sentences) == ("en", len(BODY), 2)
    assert [BODY[s.start : s.end] for s in a.sentences] == BODY.split("\n\n")
    assert (info.published, info.published_source, info.title) == (None, "unknown", None)


def test_front_matter_fills_metadata_and_stays_out_of_text(tmp_path):
    f = _write(tmp_path, "a.md", (
        "---\ntitle: Talks in Baghdad\npublished: 2021-09-09\nsource: Example News\n"
        "url: https://example.org/a\nlanguage: EN\ntags: [iraq, us]\nauthor: {name: X}\n---\n" + BODY
    ))
    result = load_file(f)
    assert result.problems == []
    (a,) = result.articles
    assert a.text == BODY
    assert a.info.format == "md"
    assert (a.info.title, a.info.source, a.info.url) == ("Talks in Baghdad", "Example News", "https://example.org/a")
    assert (a.info.published, a.info.published_source, a.info.language) == (date(2021, 9, 9), "metadata", "en")


def test_front_matter_language_overrides_detection(tmp_path):
    f = _write(tmp_path, "a.txt", "---\nlanguage: ar\n---\n" + BODY)
    (a,) = load_file(f).articles
    assert a.info.language == "ar"
    assert {s.language for s in a.sentences} == {"en"}  # sentences keep their own script


def test_malformed_front_matter_names_the_line_and_text_still_loads(tmp_path):
    f = _write(tmp_path, "a.md", "---\ntitle: ok\npublished: [2021\n---\n" + BODY)
    result = load_file(f)
    (p,) = result.problems
    assert p.kind == "file" and p.path == str(f) and p.line in (3, 4) and "YAML" in p.message
    (a,) = result.articles
    assert a.text == BODY and a.info.title is None


def test_a_colon_in_a_front_matter_value_keeps_the_metadata_and_is_reported(tmp_path):
    f = _write(tmp_path, "a.md", "---\ntitle: Derna: a week of disaster\npublished: 2023-09-18\n---\n" + BODY)
    result = load_file(f)
    (p,) = result.problems
    assert p.kind == "file" and p.line == 2 and "plain 'key: value' lines" in p.message
    (a,) = result.articles
    assert a.info.title == "Derna: a week of disaster" and str(a.info.published) == "2023-09-18"


def test_bad_front_matter_field_is_dropped_alone(tmp_path):
    f = _write(tmp_path, "a.md", "---\ntitle: ok\npublished: someday soon\nlanguage: 42\n---\n" + BODY)
    result = load_file(f)
    assert sorted((p.line, p.message.split("'")[1]) for p in result.problems) == [(3, "published"), (4, "language")]
    (a,) = result.articles
    assert a.info.title == "ok" and a.info.published is None and a.info.language == "en"


def test_unclosed_front_matter_keeps_whole_text(tmp_path):
    text = "---\ntitle: x\n" + BODY
    result = load_file(_write(tmp_path, "a.md", text))
    assert "never closed" in result.problems[0].message
    assert result.articles[0].text == text


def test_json_article(tmp_path):
    obj = {"id": "ignored-for-single", "text": BODY, "title": "T", "published": "2021-09-09T08:00:00Z",
           "source": "S", "url": "https://example.org", "language": "en", "extra": 1}
    f = _write(tmp_path, "a.json", json.dumps(obj))
    result = load_file(f)
    assert result.problems == []
    (a,) = result.articles
    assert (a.info.id, a.info.format, a.text, a.info.title) == (str(f), "json", BODY, "T")
    assert (a.info.published, a.info.published_source) == (date(2021, 9, 9), "metadata")


def test_json_without_text_or_with_wrong_types(tmp_path):
    f = _write(tmp_path, "a.json", '{\n  "title": "T",\n  "body": "x"\n}')
    result = load_file(f)
    assert result.articles == [] and "no 'text' field" in result.problems[0].message
    f = _write(tmp_path, "b.json", json.dumps({"text": BODY, "title": ["x"], "published": 12}, indent=1))
    result = load_file(f)
    assert len(result.articles) == 1 and result.articles[0].info.title is None
    assert sorted((p.line, p.message.split("'")[1]) for p in result.problems) == [(3, "title"), (6, "published")]


def test_invalid_json_names_line_and_column(tmp_path):
    result = load_file(_write(tmp_path, "a.json", '{\n "text": "x",\n}'))
    (p,) = result.problems
    assert result.articles == [] and p.line == 3 and "not valid JSON" in p.message


def test_jsonl_bad_line_among_good_ones(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "First article text.", "published": "2021-09-09"}),
        "{not json",
        json.dumps({"text": "Third line article, no id."}),
        json.dumps({"id": "a4", "title": "no text"}),
        json.dumps({"id": "a1", "text": "Duplicate id."}),
        "",
        json.dumps({"id": 7, "text": "Numeric id.", "title": 3.5}),
        json.dumps(["not", "an", "object"]),
    ]
    f = _write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    result = load_file(f)
    ids = [a.info.id for a in result.articles]
    assert ids == [f"{f}#a1", f"{f}#3", f"{f}#5", f"{f}#7"]
    assert sorted(p.line for p in result.problems) == [2, 4, 5, 8]
    assert all(p.path == str(f) for p in result.problems)
    first = result.articles[0]
    assert first.info.sha256 == hashlib.sha256(lines[0].encode()).hexdigest()
    assert (first.info.format, first.info.published_source) == ("jsonl", "metadata")
    assert result.articles[3].info.title == "3.5"


def test_jsonl_with_no_usable_line(tmp_path):
    result = load_file(_write(tmp_path, "feed.jsonl", "{bad\n"))
    assert result.articles == []
    assert [p.line for p in result.problems] == [1, None]


def test_load_article_text_finds_each_article_again(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d#1").mkdir()
    _write(tmp_path, "d#1/a.md", "---\ntitle: x\n---\n" + BODY)
    _write(tmp_path, "d#1/f.jsonl", "\n".join(json.dumps({"id": i, "text": f"text {i}"}) for i in ("x", "y")))
    from pathlib import Path

    for name in ("d#1/a.md", "d#1/f.jsonl"):
        for a in load_file(Path(name)).articles:
            assert load_article_text(a.info.id) == a.text
    assert load_article_text("d#1/f.jsonl#y") == "text y"
    _write(tmp_path, "g.jsonl", json.dumps({"id": "a#b", "text": "hash in id"}))
    assert load_article_text("g.jsonl#a#b") == "hash in id"
    assert load_article_text("d#1/f.jsonl#zzz") is None
    assert load_article_text("nowhere.txt") is None


def test_lone_surrogates_from_json_escapes_are_replaced(tmp_path):
    f = _write(tmp_path, "a.jsonl", '{"text": "abc \\ud800 def", "title": "x\\udc00"}')
    (a,) = load_file(f).articles
    assert (a.text, a.info.title) == ("abc \ufffd def", "x\ufffd")
    a.model_dump_json()  # a report can be written


def test_json_array_reads_like_jsonl(tmp_path):
    f = _write(tmp_path, "a.json", json.dumps([{"id": "x", "text": "One."}, {"text": "Two."}, {"title": "none"}, {"id": "x", "text": "\ud800"}]))
    result = load_file(f)
    assert [a.info.id for a in result.articles] == [f"{f}#x", f"{f}#2", f"{f}#4"]
    assert len(result.problems) == 2 and "'#4'" in result.problems[1].message
