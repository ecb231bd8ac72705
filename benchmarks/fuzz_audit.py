"""Fuzz the whole audit with generated hostile articles, and count the crashes.

Usage (from the project root, in the venv):

    python benchmarks/fuzz_audit.py                  # 10,000 articles, seed 0
    python benchmarks/fuzz_audit.py -n 2000 --seed 7

Articles mix Arabic and English claim sentences with what breaks readers:
random code points (emoji with VS16, bidi overrides, combining marks,
presentation forms, controls), lone and paired surrogate escapes, YAML front
matter with impossible dates, aliases and odd scalars, JSON and JSONL with
odd ids, HTML, legacy encodings with stray bytes, and file names holding
bytes that are not UTF-8, control characters and ``#``. They are written
into one folder and audited in batches through ``checker.api.audit``, and
each batch's reports are written (JSON and HTML) too.

A crash is an article that made the audit raise (found by re-auditing a
failing batch file by file) or that cost an internal error reported as a
problem (``could not be loaded``, ``extraction failed``, ...). The script
prints that count; the test suite runs the same generator on 2,000 articles
(``tests/test_hardening_fuzz.py``) and requires 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

EN = [
    "There are about {n} US troops in Iraq, officials said.",
    "The {o} round of the strategic dialogue between Iraq and the US was held on {m} {d}, {y}.",
    "Talks resume tomorrow in Baghdad.",
    "ISIS seized a third of Iraq's territory in {y}.",
]
AR = [
    "ولا يزال هناك حوالي {n} عسكري أميركي في العراق.",
    "عقدت الجولة {ao} من الحوار الاستراتيجي في السابع من نيسان ابريل {y}.",
    "وسيطر التنظيم على ثلثي الأراضي في نهاية العام الماضي.",
]
ODD = ["❤️", "\u202e", "\u202b", "\u2067", "\u2069", "\u0301", "\u0651", "﴾", "﴿", "﷽", "ﷺ", "ﬁ", "\ufe0f", "\u200d",
       "\x1b[2J", "\x1b]0;t\x07", "\x00", "\x7f", "\x85", "\u2028", "\ufeff", "\U0001F6A8", "\U000E0100", "٣٠٠٠", "½"]
FRONT = ["2021-02-30", "2021-13-01", "9999-12-31", "0001-01-01", "0000-00-00", "~", "[1, 2]", "{a: b}", "&x 2021-05-20",
         "*x", '"Breaking \\ud83d\\udea8"', '"\\ud800"', "!!timestamp 2021-13-01", "!!binary AAAA", "9/9/21", "yes",
         "1e400", "-.inf", ".nan", "'", "2021-05-20T25:00:00", "[" * 200]
NAME_BYTES = [b"\xff", b"\xfe\xfd", b"#1", b"#", b"\x1b[1m", b"\x07", b" ", b"%", b"\xd8", b"\xc3\xa9", b"\n", b"-"]
EXTS = [".txt", ".md", ".json", ".jsonl", ".html", ".htm"]
INTERNAL = ("could not be loaded (", "extraction failed:", "could not be prepared (", "could not be read (")


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return "".join(chr(rng.choice([rng.randint(0x20, 0x2FF), rng.randint(0x600, 0x6FF), rng.randint(0xFB50, 0xFEFF),
                                       rng.randint(0x1F300, 0x1FAFF), rng.randint(0x2000, 0x206F), rng.randint(0, 0x10FFFF)]))
                       for _ in range(rng.randint(1, 80)))
    template = rng.choice(EN + AR)
    text = template.format(n=rng.choice(["2,500", "3000", "٢٥٠٠", "about 1e5", "-4", "9" * 30]),
                           o=rng.choice(["third", "21st", "first"]), ao=rng.choice(["الثالثة", "الأولى"]),
                           m=rng.choice(["April", "June", "Febuary"]), d=rng.randint(0, 40),
                           y=rng.choice(["2021", "1999", "20211", "0", "9999"]))
    for _ in range(rng.randint(0, 3)):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(ODD) + text[at:]
    return text.replace("\ud800", "")


def _text(rng: random.Random) -> str:
    joiner = rng.choice([" ", "\n", "\n\n", "، ", ""])
    return joiner.join(_sentence(rng) for _ in range(rng.randint(1, 8)))


def _front(rng: random.Random) -> str:
    keys = ["published", "title", "source", "url", "language", "tags"]
    lines = [f"{rng.choice(keys)}: {rng.choice(FRONT + [json.dumps(_sentence(rng))])}" for _ in range(rng.randint(1, 5))]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _encode(rng: random.Random, text: str) -> bytes:
    enc = rng.choice(["utf-8"] * 6 + ["utf-16", "cp1256", "utf-8-sig"])
    data = text.encode(enc, errors="replace") if enc != "utf-8" else text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.1:
        at = rng.randint(0, len(data))
        data = data[:at] + bytes([rng.randint(0x80, 0xFF)]) + data[at:]
    return data


def article(rng: random.Random, i: int) -> tuple[bytes, bytes]:
    """``(file name, bytes)`` of article ``i``."""
    ext = rng.choice(EXTS)
    name = f"a{i:05d}".encode() + b"".join(rng.choice(NAME_BYTES) for _ in range(rng.randint(0, 2)) if rng.random() < 0.3)
    text = _text(rng)
    if ext in (".txt", ".md"):
        body = (_front(rng) if ext == ".md" or rng.random() < 0.2 else "") + text
        return name + ext.encode(), _encode(rng, body)
    if ext == ".json":
        obj = {"text": text, "published": rng.choice(FRONT + ["2021-05-20", None]), "title": _sentence(rng)}
        data = json.dumps(obj, ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.2:
            data = data.replace("\\ud83d", "\\ud800")
        return name + b".json", data.encode("utf-8", "surrogatepass")
    if ext == ".jsonl":
        rows = [json.dumps({"id": rng.choice([None, "1", "x\x1b[2J", 5, "#1", "a/b"]), "text": _text(rng)})
                for _ in range(rng.randint(1, 4))]
        return name + b".jsonl", "\n".join(rows).encode("utf-8", "surrogatepass")
    html = f"<html><head><title>{_sentence(rng)}</title></head><body><article><p>{text}</p></article></body></html>"
    return name + ext.encode(), _encode(rng, html)


def generate(root: Path, n: int, seed: int = 0) -> list[bytes]:
    """Write ``n`` articles into ``root``; the written file names, as bytes."""
    rng = random.Random(seed)
    names = []
    base = os.fsencode(root)
    for i in range(n):
        name, data = article(rng, i)
        name = name.replace(b"/", b"_").replace(b"\0", b"_")
        with open(base + b"/" + name, "wb") as fh:
            fh.write(data)
        names.append(name)
    return names


def _audit_crashes(paths: list[str], out: Path) -> tuple[int, list[str]]:
    """(articles the audit lost to internal errors, their descriptions), raising if the audit does."""
    from checker.api import AuditOptions, audit
    from checker.report import write_reports

    result = audit(paths, AuditOptions(jobs=1, cache_path=None))
    write_reports(result.report, out, ["json", "html"], result.article_text)
    bad = [f"{p.path}: {p.message}" for p in result.report.problems if p.message.startswith(INTERNAL) or
           any(tag in p.message for tag in INTERNAL)]
    return len(bad), bad


def run(root: Path, names: list[bytes], batch: int = 500) -> tuple[int, list[str]]:
    """Audit ``names`` in batches; a batch that raises is re-audited file by file."""
    crashes, notes = 0, []
    paths = [os.fsdecode(os.fsencode(root) + b"/" + n) for n in names]
    with tempfile.TemporaryDirectory() as out:
        for start in range(0, len(paths), batch):
            part = paths[start : start + batch]
            try:
                count, why = _audit_crashes(part, Path(out))
            except Exception:  # noqa: BLE001 - the thing being counted
                count, why = 0, []
                for path in part:
                    try:
                        c, w = _audit_crashes([path], Path(out))
                    except Exception as exc:  # noqa: BLE001
                        c, w = 1, [f"{os.fsencode(path)!r}: audit raised {type(exc).__name__}: {exc}"]
                    except SystemExit:
                        c, w = 0, []
                    count, why = count + c, why + w
            except SystemExit:
                count, why = 0, []
            crashes += count
            notes += why
    return crashes, notes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="articles to generate (default 10,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch", type=int, default=500, help="articles per audit")
    args = parser.parse_args()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    root = Path(tempfile.mkdtemp(prefix="checker-fuzz-"))
    try:
        started = time.monotonic()
        names = generate(root, args.n, args.seed)
        crashes, notes = run(root, names, args.batch)
        elapsed = time.monotonic() - started
    finally:
        shutil.rmtree(root, ignore_errors=True)
    for note in notes[:20]:
        print("crash:", note.encode("unicode_escape").decode("ascii")[:300])
    print(f"{args.n} articles (seed {args.seed}), {elapsed:.0f} s: {crashes} crashes")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
