"""Benchmark ``checker audit`` on a synthetic archive, and dateparser as the baseline.

Usage (from the project root, in the venv):

    python benchmarks/bench_audit.py                 # 10,000 articles, plus a 2,000 run for memory scaling
    python benchmarks/bench_audit.py -n 2000 --scale 0 --jobs 2

The corpus is generated (deterministically, from ``--seed``) into
``benchmarks/out/corpus-N`` and reused while it exists. Each audit runs as a
child process, so its peak memory is measured from outside: the largest
single process (``ru_maxrss``) and the whole tree (parent plus workers,
sampled from /proc every 20 ms). Figures, not assertions: the targets are
printed beside them.

The audits import a snapshot of ``checker/`` copied at the start
(``--no-snapshot``: the installed ``checker`` command), so editing the
checkout while the benchmark runs changes nothing. The cold and warm
audits write ``findings.json`` only, so they time the audit itself; one
more warm audit writes the CLI's default ``html,json`` to show what the
HTML report adds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATOR = 2  # bump when the templates change, so cached corpora are rebuilt
TARGETS = {"cold_s": 30.0, "warm_s": 5.0, "rss_mb": 500.0}

# ------------------------------------------------------------------ corpus

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
AR_MONTHS = ["كانون الثاني يناير", "شباط فبراير", "آذار مارس", "نيسان ابريل", "أيار مايو", "حزيران يونيو",
             "تموز يوليو", "آب أغسطس", "أيلول سبتمبر", "تشرين الأول أكتوبر", "تشرين الثاني نوفمبر",
             "كانون الأول ديسمبر"]
EN_ORD = ["first", "second", "third", "fourth", "fifth"]
AR_ORD = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة"]
AR_DAY = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
EN_HEDGE = ["", "", "about ", "nearly ", "more than ", "around "]
AR_HEDGE = ["", "", "حوالي ", "نحو ", "أكثر من ", "قرابة "]
CITIES_EN = ["Baghdad", "Washington", "Erbil", "Basra", "Mosul", "Doha", "Amman"]
CITIES_AR = ["بغداد", "واشنطن", "أربيل", "البصرة", "الموصل", "الدوحة", "عمان"]

EN_CLAIMS = [  # shaped after the default rule pack (rules/*.yaml), so claims/s measures real matching
    "The {ord} round of the strategic dialogue between Iraq and the United States was held on {rdate}.",
    "Baghdad and Washington held the {ord} round of their strategic dialogue in {city} on {rdate}.",
    "There are {hedge}{n:,} US troops in Iraq, a spokesman said on {date}.",
    "The United States has {hedge}{n:,} troops in Iraq and about 900 in Syria.",
    "At its height the group seized {pct} percent of Iraq's territory, the militants' own maps showed.",
    "Iraq declared victory over the Islamic State group in Baghdad on {vdate}.",
    "Officials agreed to end the US combat mission in Iraq by {edate}.",
]
AR_CLAIMS = [
    "وجرت الجولة {ord} من الحوار الاستراتيجي بين العراق والولايات المتحدة في {rdate}.",
    "وتم بحث مخرجات الحوار الاستراتيجي العراقي الأميركي بمرحلته {ord} والذي عقد في بغداد في {rdate}.",
    "ويوجد {hedge}{n} جندي أمريكي في العراق بحسب بيان صدر في {date}.",
    "وأدى ذلك الى تقلص عديد الجنود الاميركيين في العراق إلى {n} في منتصف {month} {year}.",
    "وكان تنظيم داعش قد سيطر على {pct} بالمئة من مساحة العراق.",
    "واتفق الجانبان على انسحاب القوات القتالية الأميركية من العراق بحلول {edate}.",
]
EN_FILLER = [
    "The talks in {city} covered training, logistics and the sharing of intelligence.",
    "Officials from both sides described the meeting as constructive and said more talks would follow.",
    "Analysts in {city} said the statement left several questions open, including the timetable.",
    "The prime minister met the commander of US Central Command, according to his office.",
    "Rocket attacks on bases hosting foreign troops have continued in recent weeks.",
    "The ministry said {n2} people attended the conference, which lasted {d2} days.",
    "Local media reported that a delegation of {d2} members travelled to {city} on Tuesday.",
    "The agreement does not change the mission of advisers already in the country.",
]
AR_FILLER = [
    "وتناولت المباحثات في {city} مجالات التدريب والدعم اللوجستي وتبادل المعلومات.",
    "ووصف مسؤولون من الجانبين اللقاء بأنه بناء وقالوا إن محادثات أخرى ستعقد قريبا.",
    "وقال محللون في {city} إن البيان ترك أسئلة عديدة من دون إجابة بينها الجدول الزمني.",
    "والتقى رئيس الوزراء قائد القيادة المركزية الأميركية بحسب بيان لمكتبه الإعلامي.",
    "وتتعرض القواعد التي تستضيف قوات أجنبية لهجمات صاروخية بشكل شبه يومي.",
    "وأفادت وسائل إعلام محلية بأن وفدا من {d2} أعضاء توجه إلى {city} يوم الثلاثاء.",
    "ولا يغير الاتفاق مهمة المستشارين الموجودين في البلاد.",
]


# Each fact has a true value and a few wrong ones, as in a real archive: the
# numbers of distinct values per key stay small, so the findings are readable
# and compare's cost follows the archive, not the random generator.
ROUND_DATES = [[(2020, 6, 11), (2020, 6, 12)], [(2020, 8, 19)], [(2021, 4, 7), (2021, 6, 5)],
               [(2021, 7, 23), (2021, 7, 26)], [(2021, 10, 1)]]
VICTORY = [(2017, 12, 9), (2017, 12, 10)]
COMBAT_END = [(2021, 12, 31), (2021, 7, 31)]


def _pick(r: random.Random, pool: list):
    return pool[0] if len(pool) == 1 or r.random() < 0.75 else r.choice(pool[1:])


def _en_date(r: random.Random, ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    month = EN_MONTHS[m - 1]
    return r.choice([f"{d} {month} {y}", f"{month} {d}, {y}", f"{month} {d}, {y}"])


def _ar_date(r: random.Random, ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    forms = [f"{d} {AR_MONTHS[m - 1]} {y}"]
    if d <= 10:
        forms.append(f"{AR_DAY[d - 1]} من {AR_MONTHS[m - 1]} {y}")
    return r.choice(forms)


def _fill(r: random.Random, template: str, arabic: bool, year: int) -> str:
    m, k = r.randrange(12), r.randrange(len(ROUND_DATES))
    date = _ar_date if arabic else _en_date
    said = (year, r.randint(1, 12), r.randint(1, 28))
    return template.format(
        ord=(AR_ORD if arabic else EN_ORD)[k], rdate=date(r, _pick(r, ROUND_DATES[k])),
        vdate=date(r, _pick(r, VICTORY)), edate=date(r, _pick(r, COMBAT_END)), date=date(r, said),
        city=r.choice(CITIES_AR if arabic else CITIES_EN),
        hedge=r.choice(AR_HEDGE if arabic else EN_HEDGE),
        n=_pick(r, [2500, 3000, 2000]), pct=_pick(r, [40, 33, 30]),
        month=(AR_MONTHS if arabic else EN_MONTHS)[m], year=year,
        n2=r.randint(20, 900), d2=r.randint(2, 12),
    )


def make_article(i: int, seed: int, size: int = 5000) -> tuple[str, str]:
    """(file name, content) of one synthetic article, about ``size`` bytes."""
    r = random.Random(seed * 1_000_003 + i)
    arabic = r.random() < 0.6
    year = r.choice([2020, 2021, 2022])
    published = f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    claims, filler = (AR_CLAIMS, AR_FILLER) if arabic else (EN_CLAIMS, EN_FILLER)
    paras, n_bytes = [], 0
    while n_bytes < size:
        sentences = [_fill(r, r.choice(filler), arabic, year) for _ in range(r.randint(2, 4))]
        if r.random() < 0.35:
            sentences.insert(r.randrange(len(sentences) + 1), _fill(r, r.choice(claims), arabic, year))
        para = " ".join(sentences)
        paras.append(para)
        n_bytes += len(para.encode("utf-8")) + 2
    body = "\n\n".join(paras) + "\n"
    kind = r.random()
    if kind < 0.2:  # markdown with front matter
        title = "Talks" if not arabic else "الحوار الاستراتيجي"
        head = f"---\ntitle: {title} {i}\npublished: {published}\nsource: Wire {i % 17}\n---\n"
        return f"{i:06d}.md", head + body
    if kind < 0.3:  # a JSON article object
        doc = {"title": f"Article {i}", "published": published, "source": f"Wire {i % 17}", "text": body}
        return f"{i:06d}.json", json.dumps(doc, ensure_ascii=False)
    dateline = (f"بغداد - {published}\n\n" if arabic else f"BAGHDAD, {published} -\n\n") if kind < 0.8 else ""
    return f"{i:06d}.txt", dateline + body


def build_corpus(folder: Path, n: int, seed: int) -> int:
    """Write ``n`` articles in folders of 1,000 (reused when already built); returns bytes."""
    marker, stamp = folder / ".built", f"{n} {seed} v{GENERATOR}"
    if marker.exists() and marker.read_text() == stamp:
        return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and f.name != ".built")
    shutil.rmtree(folder, ignore_errors=True)
    total = 0
    for i in range(n):
        name, content = make_article(i, seed)
        sub = folder / f"batch{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8")
        (sub / name).write_bytes(data)
        total += len(data)
    marker.write_text(stamp)
    return total


# ------------------------------------------------------------- measuring


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """RSS of ``root`` and all its descendants, and of the largest worker (Linux /proc).

    The tree is wrapper -> checker -> workers: processes two levels down are
    the audit's workers, whose memory must not depend on the archive's size.
    """
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * page_kb
    total, worker, stack = 0, 0, [(root, 0)]
    while stack:
        pid, depth = stack.pop()
        total += rss.get(pid, 0)
        if depth >= 2:
            worker = max(worker, rss.get(pid, 0))
        stack.extend((child, depth + 1) for child in children.get(pid, []))
    return total, worker


def measure(cmd: list[str]) -> dict:
    """Run ``cmd`` through a fresh interpreter so ru_maxrss belongs to this run alone."""
    wrapper = [sys.executable, __file__, "--_child", "--", *cmd]
    started = time.perf_counter()
    env = dict(os.environ, PYTHONPATH=str(SNAPSHOT)) if SNAPSHOT else None
    proc = subprocess.Popen(wrapper, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=SNAPSHOT)
    peak_tree = peak_worker = 0
    while proc.poll() is None:
        tree, worker = _tree_rss_kb(proc.pid)
        peak_tree, peak_worker = max(peak_tree, tree), max(peak_worker, worker)
        time.sleep(0.02)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"audit failed ({proc.returncode}): {' '.join(cmd)}\n{err[-3000:]}")
    child = json.loads(out.strip().splitlines()[-1])
    return {"wall": wall, "inner": child["wall"], "cpu": child.get("cpu", float("nan")),
            "max_rss_mb": child["maxrss_kb"] / 1024, "tree_mb": peak_tree / 1024, "worker_mb": peak_worker / 1024,
            "stderr": err}


def _child(cmd: list[str]) -> None:
    started = time.perf_counter()
    rc = subprocess.run(cmd, stdout=subprocess.DEVNULL).returncode
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # user + system time of the command and every process it waited for (its workers too)
    print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss, "rc": rc}))
    sys.exit(rc)


SNAPSHOT: Path | None = None  # a copy of checker/ the audits import, when taken


def take_snapshot(workdir: Path) -> Path:
    """Copy ``checker/`` (and the default rules) so every audit of a run uses the same code.

    The cache is keyed by the checker's code; on a checkout being edited, a
    warm audit would otherwise find itself cold. PYTHONPATH puts the copy
    ahead of the editable install, and the audits run inside the snapshot
    folder: ``python -m`` and ``-c`` put the working directory first on
    sys.path, so started from the project root they imported the checkout.
    """
    import checker

    source = Path(checker.__file__).resolve().parent
    from checker.ruleset import DEFAULT_RULES_DIR

    snap = workdir / "snapshot"
    shutil.rmtree(snap, ignore_errors=True)
    shutil.copytree(source, snap / "checker", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(snap / "checker" / "default_rules", ignore_errors=True)
    shutil.copytree(DEFAULT_RULES_DIR, snap / "checker" / "default_rules")
    return snap


def audit_cmd(corpus: Path, out: Path, jobs: int, cache: Path | None, fmt: str = "json") -> list[str]:
    checker = [sys.executable, "-m", "checker"] if SNAPSHOT else [str(Path(sys.executable).with_name("checker"))]
    cmd = [*checker, "audit", str(corpus), "--out", str(out), "--format", fmt, "--jobs", str(jobs),
           "--fail-on", "never", "--quiet"]
    return cmd + (["--cache", str(cache)] if cache else ["--no-cache"])


def dateparser_reference(corpus: Path, sample: int) -> dict:
    """search_dates over a sample of the corpus, the script a user would otherwise write."""
    from dateparser.search import search_dates

    files = sorted(f for f in corpus.rglob("*") if f.is_file() and f.name != ".built")
    step = max(1, len(files) // sample)
    chosen = files[::step][:sample]
    texts = [f.read_text(encoding="utf-8") for f in chosen]
    search_dates("warm up on 7 April 2021", languages=["en", "ar"])
    started = time.perf_counter()
    found = sum(len(search_dates(t, languages=["ar", "en"]) or []) for t in texts)
    wall = time.perf_counter() - started
    return {"articles": len(texts), "bytes": sum(len(t.encode()) for t in texts), "wall": wall, "dates": found}


def run_scale(n: int, args) -> dict:
    corpus = args.workdir / f"corpus-{n}"
    started = time.perf_counter()
    size = build_corpus(corpus, n, args.seed)
    gen = time.perf_counter() - started
    out, cache = args.workdir / f"report-{n}", args.workdir / f"cache-{n}.sqlite"
    for stale in (cache, cache.with_name(cache.name + "-wal"), cache.with_name(cache.name + "-shm")):
        stale.unlink(missing_ok=True)
    cold = measure(audit_cmd(corpus, out, args.jobs, cache))
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    warm = measure(audit_cmd(corpus, out, args.jobs, cache)) if not args.no_warm else None
    html = measure(audit_cmd(corpus, out, args.jobs, cache, "html,json")) if args.html and not args.no_warm else None
    return {"n": n, "bytes": size, "gen": gen, "cold": cold, "warm": warm, "html": html,
            "articles": len(report["articles"]),
            "claims": len(report["claims"]), "findings": len(report["findings"]), "problems": len(report["problems"])}


def _code_digest() -> str:
    """The key the claim cache is bound to; it changes when checker's code does."""
    env = dict(os.environ, PYTHONPATH=str(SNAPSHOT)) if SNAPSHOT else None
    out = subprocess.run([sys.executable, "-c", "from checker.cache import code_digest; print(code_digest())"],
                         capture_output=True, text=True, env=env, cwd=SNAPSHOT)
    return out.stdout.strip()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--_child":
        _child(sys.argv[3:])
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--articles", type=int, default=10_000)
    ap.add_argument("--scale", type=int, default=2_000, help="also run this N to show memory vs N (0: skip)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sample", type=int, default=200, help="articles given to dateparser (extrapolated)")
    ap.add_argument("--workdir", type=Path, default=HERE / "out")
    ap.add_argument("--no-warm", action="store_true")
    ap.add_argument("--snapshot", action=argparse.BooleanOptionalAction, default=True,
                    help="audit with a copy of checker/ taken at the start (stable code for the warm runs)")
    ap.add_argument("--html", action=argparse.BooleanOptionalAction, default=True,
                    help="also time a warm audit writing the HTML report (the CLI default formats)")
    args = ap.parse_args()
    args.workdir = args.workdir.resolve()  # the audits run in the snapshot folder
    args.workdir.mkdir(parents=True, exist_ok=True)
    global SNAPSHOT
    SNAPSHOT = take_snapshot(args.workdir) if args.snapshot else None
    from tabulate import tabulate

    code_before = _code_digest()
    runs = [run_scale(n, args) for n in sorted({args.articles, args.scale} - {0})]
    code_after = _code_digest()
    ref = dateparser_reference(args.workdir / f"corpus-{args.articles}", args.sample) if args.sample else None
    rows = []
    for r in runs:
        mb = r["bytes"] / 1e6
        for label, m in (("cold", r["cold"]), ("warm", r["warm"]), ("warm, html+json", r["html"])):
            if m is None:
                continue
            rows.append([f"checker audit --jobs {args.jobs} ({label})", r["n"], f"{mb:.1f}", f"{m['wall']:.2f}",
                         f"{m['cpu']:.1f}", f"{r['articles'] / m['wall']:,.0f}", f"{mb / m['wall']:.2f}", f"{r['claims'] / m['wall']:,.0f}",
                         f"{m['max_rss_mb']:.0f}", f"{m['tree_mb']:.0f}"])
    if ref:
        per = ref["wall"] / ref["articles"]
        big = runs[-1]
        rows.append([f"dateparser.search_dates (sample {ref['articles']}, extrapolated)", big["n"],
                     f"{big['bytes'] / 1e6:.1f}", f"{per * big['n']:.1f}", "-", f"{1 / per:,.0f}",
                     f"{ref['bytes'] / 1e6 / ref['wall']:.2f}", "-", "-", "-"])
    print(tabulate(rows, headers=["run", "articles", "MB", "wall s", "CPU s", "articles/s", "MB/s", "claims/s",
                                  "max proc RSS MB", "tree RSS MB"]))
    for r in runs:
        print(f"N={r['n']}: {r['articles']} articles, {r['claims']} claims, {r['findings']} findings, "
              f"{r['problems']} problems; corpus generated in {r['gen']:.1f}s")
    if code_before != code_after:
        print("\nnote: checker/ changed while the benchmark ran, so some 'warm' audits ran cold")
    big = runs[-1]
    verdict = [
        ("cold audit", big["cold"]["wall"], TARGETS["cold_s"], "s"),
        ("warm audit", big["warm"]["wall"] if big["warm"] else float("nan"), TARGETS["warm_s"], "s"),
        ("peak RSS, one process", max(r["cold"]["max_rss_mb"] for r in runs), TARGETS["rss_mb"], "MB"),
        ("peak RSS, process tree", max(r["cold"]["tree_mb"] for r in runs), TARGETS["rss_mb"], "MB"),
    ]
    print(f"\ntargets at N={big['n']}, 2 cores:")
    for name, got, target, unit in verdict:
        print(f"  {name:24s} {got:8.2f} {unit}  (target <= {target:g} {unit}) {'ok' if got <= target else 'MISSED'}")
    if len(runs) > 1:
        small = runs[0]
        for r in (small, big):
            c = r["cold"]
            print(f"  memory at N={r['n']:>6}: largest process {c['max_rss_mb']:.0f} MB, tree {c['tree_mb']:.0f} MB,"
                  f" largest worker {c['worker_mb']:.0f} MB, {r['claims']} claims held")


if __name__ == "__main__":
    main()
