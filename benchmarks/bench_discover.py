"""Benchmark ``checker discover`` beside a cold ``checker audit`` on the same archive.

Usage (from the project root, in the venv):

    python benchmarks/bench_discover.py                  # 10,000 articles, jobs 2
    python benchmarks/bench_discover.py -n 2000
    python benchmarks/bench_discover.py --no-audit       # discover alone (the audit's figures are long to get)
    python benchmarks/bench_discover.py --html           # and both warm, writing the CLI's default html,json

Issue 12 asks discover to finish within twice the cold audit's time and
memory. Both run cold (a fresh cache file each, so both pay for writing it),
as child processes measured from outside exactly as ``bench_audit.py`` does:
wall time, CPU time (user + system of the command and its workers), the
largest single process (``ru_maxrss``) and the whole process tree (parent
plus workers, sampled from /proc). The machine may be shared: wall time is
noisy there, CPU time much less so.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import bench_audit as ba


def discover_cmd(corpus: Path, out: Path, jobs: int, cache: Path | None, fmt: str = "json") -> list[str]:
    checker = [sys.executable, "-m", "checker"] if ba.SNAPSHOT else [str(Path(sys.executable).with_name("checker"))]
    cmd = [*checker, "discover", str(corpus), "--out", str(out), "--format", fmt, "--jobs", str(jobs), "--quiet"]
    return cmd + (["--cache", str(cache)] if cache else ["--no-cache"])


def _fresh(cache: Path) -> Path:
    for stale in (cache, cache.with_name(cache.name + "-wal"), cache.with_name(cache.name + "-shm")):
        stale.unlink(missing_ok=True)
    return cache


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--_child":
        ba._child(sys.argv[3:])
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--articles", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workdir", type=Path, default=ba.HERE / "out")
    ap.add_argument("--audit", action=argparse.BooleanOptionalAction, default=True, help="also run the cold audit")
    ap.add_argument("--warm", action=argparse.BooleanOptionalAction, default=True,
                    help="also run discover warm (same cache, unchanged corpus)")
    ap.add_argument("--html", action=argparse.BooleanOptionalAction, default=False,
                    help="also run both warm writing the CLI's default html,json")
    ap.add_argument("--snapshot", action=argparse.BooleanOptionalAction, default=True,
                    help="run a copy of checker/ taken at the start")
    args = ap.parse_args()
    args.workdir = args.workdir.resolve()
    args.workdir.mkdir(parents=True, exist_ok=True)
    ba.SNAPSHOT = ba.take_snapshot(args.workdir) if args.snapshot else None

    n = args.articles
    corpus = args.workdir / f"corpus-{n}"
    ba.build_corpus(corpus, n, args.seed)
    runs = []
    if args.audit:
        out = args.workdir / f"report-{n}"
        runs.append(("checker audit (cold)", ba.measure(ba.audit_cmd(corpus, out, args.jobs, _fresh(args.workdir / f"cache-{n}.sqlite")))))
    out, cache = args.workdir / f"discover-{n}", _fresh(args.workdir / f"discover-cache-{n}.sqlite")
    runs.append(("checker discover (cold)", ba.measure(discover_cmd(corpus, out, args.jobs, cache))))
    if args.warm:
        runs.append(("checker discover (warm)", ba.measure(discover_cmd(corpus, out, args.jobs, cache))))
    if args.html and args.warm:
        runs.append(("checker discover (warm, html+json)", ba.measure(discover_cmd(corpus, out, args.jobs, cache, "html,json"))))
        if args.audit:
            audit_out, audit_cache = args.workdir / f"report-{n}", args.workdir / f"cache-{n}.sqlite"
            runs.append(("checker audit (warm, html+json)",
                         ba.measure(ba.audit_cmd(corpus, audit_out, args.jobs, audit_cache, "html,json"))))
    report = json.loads((out / "discover.json").read_text(encoding="utf-8"))

    from tabulate import tabulate

    rows = [[label, n, f"{m['wall']:.1f}", f"{m['cpu']:.1f}", f"{m['max_rss_mb']:.0f}", f"{m['tree_mb']:.0f}",
             f"{m['worker_mb']:.0f}"] for label, m in runs]
    print(tabulate(rows, headers=["run", "articles", "wall s", "CPU s", "max proc RSS MB", "tree RSS MB",
                                  "largest worker MB"]))
    print(f"discover: {len(report['articles'])} articles, {report['mentions']} values with a subject in "
          f"{report['subjects']} subjects, {len(report['conflicts'])} conflicts, {len(report['agreements'])} agreements")
    if args.audit:
        audit, disc = runs[0][1], runs[1][1]
        print(f"\ndiscover / cold audit (issue 12: within 2x):")
        for name, key in (("wall time", "wall"), ("CPU time", "cpu"), ("tree RSS", "tree_mb"), ("largest process", "max_rss_mb")):
            ratio = disc[key] / audit[key]
            print(f"  {name:16s} {ratio:5.2f}x  {'ok' if ratio <= 2 else 'MISSED'}")


if __name__ == "__main__":
    main()
