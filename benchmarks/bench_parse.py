"""How fast ``find_mentions`` reads sentences, and how fast ``checker parse`` starts.

The audit calls the value finders on every sentence of every article, so
their cost per sentence decides how long a 10,000-article run takes. This
script times a mixed Arabic/English workload after a warm-up (grammars are
compiled once, on first use) and the cold start of the command.

    python benchmarks/bench_parse.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import datetime
import subprocess
import sys
import time
from pathlib import Path

SENTENCES = [
    ("ar", "جرت الجولة الثالثة من الحوار الاستراتيجي في السابع من نيسان ابريل الماضي في بغداد."),
    ("ar", "ولا يزال هناك حوالي 3 الاف عسكري بينهم 2500 عسكري أميركي في قواعد متفرقة."),
    ("ar", "وكان العراق قد اعلن رسميا في كانون الاول ديسمبر عام 2017 هزيمة التنظيم بعد معارك استمرت ثلاث سنوات."),
    ("ar", "ومن المقرر أن يلتقي الوفدان الاثنين المقبل لبحث الانسحاب قبل نهاية العام الجاري."),
    ("ar", "وقال مسؤول في وزارة الخارجية إن المحادثات كانت بناءة وإن الطرفين اتفقا على مواصلة العمل."),
    ("ar", "وارتفعت الهجمات بنسبة 25 في المئة خلال الأشهر الستة الأولى وسقط ما لا يقل عن عشرين قتيلا."),
    ("en", "The third round of the strategic dialogue was held on April 7, 2021 in Washington."),
    ("en", "There are about 2,500 U.S. troops in Iraq and nearly 900 in Syria, officials said on Thursday."),
    ("en", "Attacks have risen by 25 percent since mid-October last year, according to the coalition."),
    ("en", "The spokesman declined to comment on the talks, saying the delegations would meet again."),
]


def throughput(seconds: float) -> tuple[float, int]:
    from checker.values import find_mentions

    published = datetime.date(2021, 7, 23)
    for lang, text in SENTENCES:  # warm-up: compile grammars, load lexicons
        find_mentions(text, lang, published)
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for lang, text in SENTENCES:
            find_mentions(text, lang, published)
        n += len(SENTENCES)
    return n / (time.perf_counter() - start), n


def startup() -> float:
    exe = Path(sys.executable).with_name("checker")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "checker"]
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(cmd + ["parse", "في السابع من نيسان 2021 قتل 14 شخصا", "--json"], check=True, capture_output=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=3.0, help="how long to time the workload")
    args = ap.parse_args()
    rate, n = throughput(args.seconds)
    print(f"find_mentions: {rate:,.0f} sentences/s on one core ({n:,} sentences, mixed ar/en)")
    print(f"checker parse start-up (best of 3, one sentence): {startup():.3f} s")


if __name__ == "__main__":
    main()
