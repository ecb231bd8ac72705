"""Do the tests bind? Apply one small mutation at a time and see whether a test fails.

A suite that passes with ``_AS_OF_MAX_WORDS = 80`` does not hold the as-of
window; one that passes without «ك» among the Arabic proclitics does not
hold the clitic. Each mutation below changes one thing a user relies on (or,
where marked, one thing that should not matter), the tests that cover that
code run, the file is restored, and the mutation is reported killed (a test
failed) or survived. A survivor is either a missing test or, if the mutation
changes no behaviour, listed as equivalent with the reason.

    python tools/mutate.py                 # every mutation
    python tools/mutate.py --only as-of    # those whose id contains "as-of"
    python tools/mutate.py --list

The file is restored in a ``finally`` and checked byte for byte, so an
interrupted run leaves the tree as it found it. Run it on a clean checkout:
it refuses files with uncommitted changes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

EXTRACT_TESTS = ("tests/test_extract_claims.py", "tests/test_frames.py", "tests/test_ruleset_shipped.py",
                 "tests/test_cli_golden.py", "tests/test_as_of.py", "tests/test_extract_contract.py")
COMPARE_TESTS = ("tests/test_compare_values.py", "tests/test_compare_findings.py", "tests/test_compare_properties.py",
                 "tests/test_cli_gaps.py", "tests/test_report_humanize.py")
MORPHOLOGY_TESTS = ("tests/test_morphology_clitics.py", "tests/test_values_clitics.py", "tests/test_ruleset_patterns.py",
                    "tests/test_ruleset_shipped.py", "tests/test_frames.py")


@dataclass(frozen=True)
class Mutation:
    id: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]
    why: str  # what a user would lose
    equivalent: str = ""  # when the mutation should change nothing: the reason


E, C, M = "checker/extract.py", "checker/compare/__init__.py", "checker/text/morphology.py"
V, CT, FV, U = "checker/compare/values.py", "checker/claimtext.py", "checker/frames/value.py", "checker/compare/unplaced.py"

MUTATIONS = [
    # -- the three the issue names
    Mutation("as-of-window-80", E, "_AS_OF_MAX_WORDS = 8\n", "_AS_OF_MAX_WORDS = 80\n", EXTRACT_TESTS,
             "a date eight-plus words from the count, in another part of the sentence, becomes its as-of date"),
    Mutation("as-of-comma", E, r'_CLAUSE_BREAK = re.compile(r"[،,;', r'_CLAUSE_BREAK = re.compile(r"[،;', EXTRACT_TESTS,
             "a date after a comma ('2,500 troops, deployed in 2014') dates the count"),
    Mutation("proclitic-kaf", M, '"ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")', '"ب", "ل", "وب", "ول", "فب", "فل")',
             MORPHOLOGY_TESTS, "«كجزء», «وكما»: words with the prefix ك no longer match their stem"),
    # -- extract: the as-of clause
    Mutation("as-of-arabic-comma", E, r'_CLAUSE_BREAK = re.compile(r"[،,;', r'_CLAUSE_BREAK = re.compile(r"[,;', EXTRACT_TESTS,
             "the Arabic comma no longer ends the value's clause"),
    Mutation("as-of-which", E, "|which|who|whom|whose)", "|who|whom|whose)", EXTRACT_TESTS,
             "'..., which was formed in 2014' dates the count"),
    Mutation("as-of-allathi", E, r"(?:الذي|التي|الذين|", r"(?:الذين|", EXTRACT_TESTS,
             "«التي تأسست عام 2014» dates the count"),
    Mutation("as-of-window-edge", E, "len(between.split()) <= _AS_OF_MAX_WORDS", "len(between.split()) < _AS_OF_MAX_WORDS",
             EXTRACT_TESTS, "a date exactly eight words away no longer counts"),
    Mutation("as-of-unknown-year", E, '        and "X" not in m.value.value\n', "", EXTRACT_TESTS,
             "'7 April' of no known year becomes an as-of date that places nothing"),
    Mutation("as-of-unresolved", E, 'm is not value_mention and not _unresolved(m)', "m is not value_mention", EXTRACT_TESTS,
             "an unresolved 'last Friday' is taken as the as-of date"),
    Mutation("as-of-explicit-ignored", E, "if explicit is not None and explicit.mention is not None and not _unresolved(",
             "if False and explicit is not None and explicit.mention is not None and not _unresolved(", EXTRACT_TESTS,
             "a pattern's own {as_of:date} slot is ignored for the nearest date"),
    Mutation("as-of-farthest", E, "key=lambda m: (abs(m.start - anchor), m.start)", "key=lambda m: (-abs(m.start - anchor), m.start)",
             EXTRACT_TESTS, "the farthest date in the clause, not the nearest, dates the count"),
    Mutation("as-of-no-published", E, '        return published.isoformat(), "published"\n    return None, "unknown"\n\n\ndef extract',
             '        return None, "unknown"\n    return None, "unknown"\n\n\ndef extract', EXTRACT_TESTS,
             "a claim with no date in its sentence is no longer dated by publication"),
    # -- extract: claims
    Mutation("claim-wrong-type", E, "    if detail.kind != rule.value_type:\n        return None\n", "", EXTRACT_TESTS,
             "a date bound where the rule claims a quantity becomes a claim",
             equivalent="a defence in depth: slots bind only values of their own kind (ruleset/match.py) and the "
             "loader refuses a value slot whose type is not claim.value (ruleset/engine.py); "
             "tests/test_extract_contract.py holds the behaviour"),
    Mutation("claim-missing-key", E, "if value is None or any(k not in match.bindings for k in rule.key):",
             "if value is None:", EXTRACT_TESTS, "a match without its key slot yields a claim (then fails)"),
    Mutation("claim-duplicates", E, "        if ident not in seen:\n            seen.add(ident)\n            claims.append(made)",
             "        if True:\n            seen.add(ident)\n            claims.append(made)", EXTRACT_TESTS,
             "two patterns matching one value give two claims"),
    Mutation("claim-ordinal-key-words", E, "return plain, ordinal_words(v.value)", "return plain, plain", EXTRACT_TESTS,
             "labels say 'the 3 round' instead of 'the third round'"),
    Mutation("claim-evidence-start", E, "start=base + min(ms, vs), end=base + max(me, ve)", "start=base + ms, end=base + max(me, ve)",
             EXTRACT_TESTS, "a value before the pattern's words falls outside the highlighted evidence"),
    Mutation("claim-und-language", E, 'lang = sentence.language if sentence.language != "und" else article.info.language',
             "lang = sentence.language", EXTRACT_TESTS, "a sentence of undetermined language is read by no rule"),
    Mutation("claim-kind-shortcut", E, '            if rule.value_type != "name" and rule.value_type not in kinds:\n                continue',
             '            if False:\n                continue', EXTRACT_TESTS, "",
             equivalent="a shortcut: with no value of the claimed type no pattern slot can bind one, and "
             "_claim drops a match of the wrong kind, so only time is lost"),
    # -- claimtext and frames: as-of values
    Mutation("as-of-start-end-swapped", CT, 'f"{v.value}-Q1" if v.mod == "START" else f"{v.value}-Q4"',
             'f"{v.value}-Q4" if v.mod == "START" else f"{v.value}-Q1"', EXTRACT_TESTS,
             "'early 2020' is taken as the last quarter"),
    Mutation("as-of-year-mod-ignored", CT, 'v.mod in ("START", "END") and v.precision == "year"', 'False', EXTRACT_TESTS,
             "'late 2017' dates a count as all of 2017"),
    Mutation("unusable-by-year", CT, "return timex.parse_timex(m.value.value).month is None",
             "return timex.parse_timex(m.value.value).year is None", EXTRACT_TESTS,
             "'April 7' of an unknown year is dropped instead of compared"),
    Mutation("frame-as-of-other-clause", FV, "        if s.segment_of[span.start] != seg:\n            continue\n", "", EXTRACT_TESTS,
             "a frame claim takes a date from another clause of the sentence"),
    Mutation("frame-as-of-unknown-year", FV, ' or "X" in m.value.value:', ":", EXTRACT_TESTS,
             "a frame claim is dated '7 April' of no year"),
    Mutation("frame-as-of-unresolved", FV, ' or m.value.kind != "date" or unresolved(m) or ', ' or m.value.kind != "date" or ',
             EXTRACT_TESTS, "a frame claim is dated by a date its finder marked unresolved"),
    Mutation("frame-as-of-farthest", FV, "if best is None or d < best[0]:", "if best is None or d > best[0]:", EXTRACT_TESTS,
             "a frame claim takes the farthest date of its clause"),
    # -- compare
    Mutation("window-gap-abs", C, "gap = max((sb[0] - sa[1]).days, (sa[0] - sb[1]).days, 0)",
             "gap = (sb[0] - sa[1]).days", COMPARE_TESTS, "claims are compared across the window in one direction only"),
    Mutation("window-inclusive", C, "return gap <= settings.window_days", "return gap < settings.window_days", COMPARE_TESTS,
             "claims exactly window_days apart are no longer compared"),
    Mutation("window-unplaced-compared", C, "    if sa is None or sb is None:\n        return False\n",
             "    if sa is None or sb is None:\n        return True\n", COMPARE_TESTS,
             "a claim with no as-of date is compared under a window"),
    Mutation("severity-order", "checker/models.py", 'Severity = Literal["error", "warning", "info"]',
             'Severity = Literal["info", "warning", "error"]', COMPARE_TESTS + ("tests/test_cli_audit.py",),
             "findings list info first, and --fail-on warning no longer fails on an error"),
    Mutation("tolerance-ignored", V, "ia, ib = a.interval(tolerance), b.interval(tolerance)", "ia, ib = a.interval(0), b.interval(0)",
             COMPARE_TESTS, "'about 2,500' conflicts with 2,450"),
    Mutation("share-vs-count", V, 'if q.unit == "percent" or (q.unit is None and 0 < q.value < 1):', 'if q.unit == "percent":',
             COMPARE_TESTS, "'a third' and '40 percent' no longer compare"),
    Mutation("names-case", V, 'return " ".join(norm(v.value).split()).casefold()', 'return " ".join(norm(v.value).split())',
             COMPARE_TESTS, "norm() lowers case; without casefold 'Straße' and 'STRASSE' are two names"),
    Mutation("unplaced-lone", U, "if len(placed) == 1 and by_reason:", "if False:", COMPARE_TESTS,
             "the one dated claim among undated ones is not listed as compared with nothing"),
    Mutation("pairs-cap", C, "            if len(out) >= cap:\n                break\n            if (x, y)",
             "            if len(out) > cap:\n                break\n            if (x, y)",
             COMPARE_TESTS, "one pair more than max_pairs is listed"),
    Mutation("pairs-cap-outer", C, "    for x in xs:\n        if len(out) >= cap:", "    for x in xs:\n        if len(out) > cap:",
             COMPARE_TESTS, "", equivalent="the inner loop stops at the cap before the outer test is reached again"),
    # -- morphology
    Mutation("min-stem-3", M, "_MIN_STEM = 2\n", "_MIN_STEM = 3\n", MORPHOLOGY_TESTS,
             "a two-letter stem after a clitic («بها»?) is not recognised"),
    Mutation("lil-article", M, 'if s.startswith("لل") and len(s) > 3:', 'if False:', MORPHOLOGY_TESTS,
             "«للقوات» no longer matches «القوات»"),
]


def _clean(path: Path) -> bool:
    out = subprocess.run(["git", "status", "--porcelain", "--", str(path)], cwd=ROOT, capture_output=True, text=True)
    return out.returncode == 0 and not out.stdout.strip()


def _run_tests(tests: tuple[str, ...], timeout: int) -> tuple[bool, str]:
    """True when a test failed (the mutation is killed); the first failing test's id."""
    present = [t for t in tests if (ROOT / t).exists()]
    cmd = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "--no-header", "-o", "addopts=", *present]
    try:
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return True, "timeout"
    failed = next((line.split(" ", 1)[1].split(" - ")[0] for line in out.stdout.splitlines() if line.startswith("FAILED ")), "")
    return out.returncode != 0, failed or (f"exit {out.returncode}" if out.returncode else "")


def run(mutation: Mutation, timeout: int) -> tuple[str, str]:
    path = ROOT / mutation.path
    original = path.read_bytes()
    text = original.decode("utf-8")
    if text.count(mutation.old) != 1:
        return "not applied", f"the text to mutate occurs {text.count(mutation.old)} times"
    try:
        path.write_text(text.replace(mutation.old, mutation.new), encoding="utf-8")
        killed, by = _run_tests(mutation.tests, timeout)
    finally:
        path.write_bytes(original)
    assert path.read_bytes() == original, f"{path} was not restored"
    return ("killed" if killed else "survived"), by


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="run the mutations whose id contains this")
    ap.add_argument("--list", action="store_true", help="list the mutations and exit")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per test run")
    args = ap.parse_args(argv)
    chosen = [m for m in MUTATIONS if not args.only or args.only in m.id]
    if args.list:
        for m in chosen:
            print(f"{m.id:28} {m.path}: {m.why or m.equivalent}")
        return 0
    dirty = sorted({m.path for m in chosen if not _clean(ROOT / m.path)})
    if dirty:
        print(f"uncommitted changes in {', '.join(dirty)}: commit or stash them first", file=sys.stderr)
        return 2
    # A test that already fails would "kill" every mutation it covers: check the ground first.
    for tests in dict.fromkeys(m.tests for m in chosen):
        failed, by = _run_tests(tests, args.timeout)
        if failed:
            print(f"the tests fail without any mutation ({by}): fix them first", file=sys.stderr)
            return 2
    tally: dict[str, int] = {}
    unexpected = 0
    print(f"| mutation | file | result | by / note |\n|---|---|---|---|")
    for m in chosen:
        t0 = time.monotonic()
        result, by = run(m, args.timeout)
        tally[result] = tally.get(result, 0) + 1
        note = by if result == "killed" else (f"equivalent: {m.equivalent}" if m.equivalent else f"NOT HELD: {m.why}")
        unexpected += result == "not applied" or (result == "survived" and not m.equivalent)
        print(f"| {m.id} | {m.path} | {result} ({time.monotonic() - t0:.0f}s) | {note} |", flush=True)
    print("\n" + ", ".join(f"{n} {k}" for k, n in sorted(tally.items())))
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
