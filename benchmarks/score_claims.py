#!/usr/bin/env python3
"""Score claim extraction on a labelled set of sentences (benchmarks/claims-blind.yaml).

Usage (from the project root, with the checker installed):
    python benchmarks/score_claims.py benchmarks/claims-blind.yaml [--rules rules examples/derna] [--show]

Each item is a sentence (``text``) with an optional headline (``title``),
sentences before it (``context``: a list, or one text), a publication date and language, and the
claims it must yield (``claims``: rule, key, value, mod; [] for none). The
item is audited as one article (headline, context, then the sentence); only
claims whose value stands in ``text`` are scored. A claim matches when rule,
key and value agree (numbers within 0.1%, dates as TIMEX strings) and, where
the label gives one, the mod; a range claim matches its lower end "at least"
and its upper end "at most".

Prints claim recall and precision overall, per language and per rule.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

from checker.extract import extract_claims
from checker.models import Article, ArticleInfo
from checker.ruleset import load_rules
from checker.text.language import detect_language
from checker.text.sentences import split_sentences


def _article(item: dict) -> tuple[Article, int]:
    context = item.get("context") or []
    context = context if isinstance(context, str) else " ".join(context)  # a list of sentences, or one text
    text = (context + " " if context else "") + item["text"]
    start = len(text) - len(item["text"])
    lang = item.get("lang") or detect_language(item["text"])
    published = item.get("published")
    if isinstance(published, str):
        published = date.fromisoformat(published)
    info = ArticleInfo(id=item["id"], path=item["id"], format="txt", encoding="utf-8", title=item.get("title"),
                       published=published, published_source="metadata" if published else "unknown", language=lang)
    sentences = [s.model_copy(update={"language": lang}) for s in split_sentences(text, lang)]
    return Article(info=info, text=text, sentences=sentences), start


def _same_value(gold, got) -> bool:
    if isinstance(gold, (int, float)) and not isinstance(gold, bool):
        try:
            return abs(float(got) - gold) <= 1e-3 * max(1.0, abs(gold))
        except (TypeError, ValueError):
            return False
    return str(gold) == str(got)


def _matches(gold: dict, claim) -> bool:
    key = {k: str(v) for k, v in (gold.get("key") or {}).items()}
    return (gold["rule"] == claim.rule and key == claim.key and _same_value(gold["value"], claim.value)
            and (not gold.get("mod") or gold["mod"] == claim.mod))


def _views(claim) -> list:
    """What a claim may be scored as: itself, or for a range ("between 200,000 and 250,000") its two
    ends, as labels give them: the lower "at least", the upper "at most"."""
    high = getattr(claim.detail, "high", None)
    if high is None:
        return [claim]
    low = claim.model_copy(update={"mod": "AT_LEAST"})
    return [low, claim.model_copy(update={"value": int(high) if float(high).is_integer() else high, "mod": "AT_MOST"})]


def score(items: list[dict], rules, show: bool = False) -> dict:
    tally: Counter = Counter()
    for item in items:
        article, start = _article(item)
        claims, _ = extract_claims(article, rules)
        got = [c for c in claims if c.evidence.value_start >= start]
        gold = list(item.get("claims") or [])
        views = [(i, v) for i, c in enumerate(got) for v in _views(c)]
        used: set[int] = set()  # claims one of whose views a label took (a range's other end is no extra)
        for g in gold:
            hit = next(((i, v) for i, v in views if _matches(g, v)), None)
            for scope in ("all", item.get("lang", "?"), g["rule"]):
                tally[(scope, "gold")] += 1
                tally[(scope, "tp")] += hit is not None
            if hit is not None:
                views.remove(hit)
                used.add(hit[0])
            elif show:
                print(f"MISS {item['id']} {g['rule']} {g.get('key') or {}} {g['value']} {g.get('mod') or ''}: {item['text'][:110]}")
        left = [c for i, c in enumerate(got) if i not in used]
        for c in left:
            for scope in ("all", item.get("lang", "?"), c.rule):
                tally[(scope, "extra")] += 1
            if show:
                print(f"EXTRA {item['id']} {c.rule} {c.key} {c.value} {c.mod or ''}: {item['text'][:110]}")
    return tally


def _line(name: str, tally: Counter, scope: str) -> str:
    gold, tp, extra = tally[(scope, "gold")], tally[(scope, "tp")], tally[(scope, "extra")]
    recall = tp / gold if gold else float("nan")
    precision = tp / (tp + extra) if tp + extra else float("nan")
    return f"{name:34} gold {gold:4}  found {tp:4}  extra {extra:3}  recall {recall:.3f}  precision {precision:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("items", type=Path)
    ap.add_argument("--rules", nargs="+", default=None, help="rule files or folders (default: rules/ and examples/derna)")
    ap.add_argument("--show", action="store_true", help="print every miss and every extra claim")
    args = ap.parse_args(argv)
    root = Path(__file__).resolve().parent.parent
    rules, problems = load_rules(args.rules or [root / "rules", root / "examples" / "derna"])
    for p in problems:
        print(f"rule problem: {p.path}:{p.line}: {p.message}", file=sys.stderr)
    items = yaml.safe_load(args.items.read_text(encoding="utf-8"))
    tally = score(items, rules, args.show)
    print(_line(f"all ({len(items)} items)", tally, "all"))
    for lang in ("ar", "en"):
        print(_line(f"  {lang}", tally, lang))
    for rule in sorted({s for s, _ in tally} - {"all", "ar", "en", "?"}):
        print(_line(f"  {rule}", tally, rule))
    return 0


if __name__ == "__main__":
    sys.exit(main())
