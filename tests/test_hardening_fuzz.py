"""Issue 10: 2,000 generated hostile articles, and a Hypothesis property over names, front matter and text.

The property: whatever the file names (any bytes), front matter (any YAML
scalars, aliases) and text (any code points: emoji, bidi controls, combining
marks), the audit does not raise, its reports can be written, every file
gives an article or a problem that names it, and every claim's spans lie
inside its article. ``benchmarks/fuzz_audit.py`` runs the generator on
10,000 articles.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.api import AuditOptions, UsageError, audit
from checker.corpus import load_article_text
from checker.report import write_reports
from checker.text.printable import printable_path
from hardening_helpers import ROUND, TROOPS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import fuzz_audit  # noqa: E402


def test_two_thousand_generated_articles_crash_nothing(tmp_path):
    names = fuzz_audit.generate(tmp_path, 2000, seed=10)
    crashes, notes = fuzz_audit.run(tmp_path, names, batch=1000)
    assert crashes == 0, notes[:5]


def _check(root: Path, written: list[bytes], out: Path) -> None:
    try:
        result = audit([str(root)], AuditOptions(jobs=1, cache_path=None))
    except UsageError as exc:  # nothing readable at all: the message must say why, file by file
        for name in written:
            assert printable_path(os.fsencode(root) + b"/" + name) in str(exc)
        return
    report = result.report
    write_reports(report, out, ["json", "html"], result.article_text)
    json.loads((out / "findings.json").read_text(encoding="utf-8"))
    ids = [a.id for a in report.articles]
    problem_paths = [p.path for p in report.problems]
    for name in written:
        path = os.fsdecode(os.fsencode(root) + b"/" + name)
        shown = printable_path(path)
        assert any(i == path or i.startswith(path + "#") for i in ids) or any(
            p in (path, shown) or p.startswith(shown + "#") for p in problem_paths
        ), (shown, problem_paths)
    chars = {a.id: a.chars for a in report.articles}
    for claim in report.claims:
        ev = claim.evidence
        text = load_article_text(claim.article)
        assert text is not None and len(text) == chars[claim.article]
        assert 0 <= ev.quote_start <= ev.start <= ev.end <= ev.quote_start + len(ev.quote) <= len(text)
        assert ev.start <= ev.value_start <= ev.value_end <= ev.end
        assert text[ev.quote_start : ev.quote_start + len(ev.quote)] == ev.quote


name_bytes = st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_"))
scalar = st.one_of(
    st.text(max_size=30).map(json.dumps), st.integers().map(str), st.floats().map(repr), st.booleans().map(str),
    st.dates().map(str), st.sampled_from(["2021-02-30", "9999-12-31", "&a x", "*a", "[*a, *a]", "~", "!!timestamp 2021-13-01",
                                          '"\\ud83d\\udea8"', '"\\udfff"', "{", "'", "0000-00-00"]),
)
front = st.lists(st.tuples(st.sampled_from(["published", "title", "source", "url", "language", "x"]), scalar), max_size=4).map(
    lambda kv: "---\n" + "".join(f"{k}: {v}\n" for k, v in kv) + "---\n"
)
odd = st.sampled_from(["❤️", "\u202e", "\u2067", "\u0301", "\u0651", "﴾", "﷽", "\ufe0f", "\x1b[2J", "\U0001F6A8", "ﬁ"])
text = st.lists(st.one_of(st.sampled_from([TROOPS, ROUND, "ولا يزال هناك حوالي 3 الاف عسكري أميركي في العراق."]),
                          st.text(st.characters(blacklist_categories=("Cs",)), max_size=40), odd), min_size=1, max_size=6).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(name_bytes, st.sampled_from([".txt", ".md"]), st.one_of(st.just(""), front), text),
                      min_size=1, max_size=3))
def test_any_names_front_matter_and_text_never_raise_or_vanish(files):
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as out:
        root = Path(tmp)
        written = []
        for i, (name, ext, head, body) in enumerate(files):
            full = f"f{i}".encode() + name + ext.encode()
            with open(os.fsencode(root) + b"/" + full, "wb") as fh:
                fh.write((head + body).encode("utf-8"))
            written.append(full)
        _check(root, written, Path(out))
