"""A frame rule drafted from a discovered candidate, with examples taken from its quotes.

The draft says what the candidate's subject says (its head as ``counts`` or
``event``, its ordinal as the key, its names as ``context``), suggests a
tolerance and window from the values, and takes its examples from the
quotes. Each example's expected claims are what the frame engine yields on
that sentence, kept only where that includes the quoted value, so the rule
passes ``checker rules test`` as written; a sentence from another subject on
which it yields nothing is its must-not-fire example. The file is checked
with the examples harness before it is left on disk.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import yaml

from checker.discover.models import Candidate, DiscoverReport, SubjectInfo


class DraftError(ValueError):
    pass


class _Dumper(yaml.SafeDumper):
    """Plain YAML for people: no anchors and aliases when two examples share a date."""

    def ignore_aliases(self, data) -> bool:
        return True


def _slug(info: SubjectInfo) -> str:
    parts = [info.head.lstrip("@"), *(str(info.ordinal) for _ in [0] if info.ordinal is not None), *info.names.values(), info.kind]
    text = "-".join(re.sub(r"[^a-z0-9]+", "-", p.lower()).strip("-") for p in parts)
    return re.sub(r"-+", "-", text).strip("-") or "subject"


def _spellings(concept: str, canonical: str) -> list[str]:
    from checker.frames.concepts import shared_concepts

    c = shared_concepts().get(concept)
    return [canonical.lower(), *(c.names.get(canonical, []) if c else [])]


def _tolerance(cand: Candidate) -> float:
    """0.1, or less where two disagreeing values are closer than that (so they still disagree)."""
    f = cand.finding
    gaps = [abs(f.claims[i].detail.value - f.claims[j].detail.value) / max(abs(f.claims[i].detail.value), abs(f.claims[j].detail.value))
            for i, j in f.conflicts if f.claims[i].type == "quantity" and f.claims[i].detail.value and f.claims[j].detail.value]
    tol = min([0.1, *(g / 2 for g in gaps if g > 0)])
    return max(0.01, math.floor(tol * 100) / 100)


def _window(cand: Candidate) -> int | None:
    """Counts reported on different days may both be right: compare reports of the same day."""
    dates = {c.as_of for c in cand.finding.claims}
    return 1 if cand.subject.kind == "count" and len(dates) > 1 else None


def _places_of(cand: Candidate) -> str:
    """The places concept (roles.yaml) whose canonical names the candidate's values are."""
    from checker.discover.subject import roles
    from checker.frames.concepts import shared_concepts

    values = {str(c.value) for c in cand.finding.claims}
    for concept in sorted(roles()["places"]):
        if values <= set(shared_concepts()[concept[1:]].names):
            return concept
    raise DraftError(f"{cand.id}: no places concept holds all of {', '.join(sorted(values))}")


def _owners(info: SubjectInfo) -> tuple[list[str], list[str]]:
    """The subject's owners as ``of`` and their rivals as ``not_of`` (roles.yaml)."""
    from checker.discover.subject import roles

    r = roles()
    mine = sorted(q for q in info.qualifiers if q in r["owners"] and q not in r["distinct"])
    return mine, sorted({x for q in mine for x in r["rivals"].get(q, ())} - set(mine))


def rule_dict(cand: Candidate, tight: bool = True, places: bool = True, refer: bool = False) -> dict:
    from checker.discover.subject import roles

    info = cand.subject
    if info.head.startswith("@") and info.kind != "date" and info.head[1:] in ("countries", "cities"):
        raise DraftError(f"{cand.id}: the value counts nothing but a name ({info.label}); write this rule by hand")
    head = info.head if info.head.startswith("@") else [info.head]
    event = info.kind in ("date", "place")
    frame: dict = {("event" if event else "counts"): head}
    claim: dict = {"value": {"date": "date", "place": "name"}.get(info.kind, "quantity"), "label": info.label.replace("@", "")}
    if info.kind == "place":
        frame["values"] = _places_of(cand)
    if info.ordinal is not None:
        frame["ordinal"], claim["key"] = "round", ["round"]
        claim["label"] = claim["label"].replace(f"#{info.ordinal} ", "the {round} ")
        words = sorted(w for w, target in roles()["refer"].items() if target == info.head)
        if words and refer:  # "the talks ... on Thursday": the round named before, as discover read it
            frame["refer"] = words
    of, not_of = _owners(info) if tight else ([], [])
    if of:
        frame["of"] = of
    if not_of:
        frame["not_of"] = not_of
    context = list(dict.fromkeys(s for c, n in sorted(info.names.items()) for s in _spellings(c, n)))
    if context and places:
        frame["context"] = context
    values = [c.detail.value for c in cand.finding.claims if c.type == "quantity"]
    if not event:
        frame["unit"] = info.kind
        if info.kind == "count" and values:
            frame["range"] = [max(1, math.floor(min(values) / 10)), math.ceil(max(values) * 10)]
    compare = {"tolerance": _tolerance(cand)} if not event else {}
    if _window(cand) is not None:
        compare["window_days"] = _window(cand)
    rule = {"id": f"discovered-{_slug(info)}", "title": info.label.replace("@", ""), "severity": "warning", "claim": claim, "frame": frame}
    if compare:
        rule["compare"] = compare
    return rule


def _example(claim, published, text: str | None = None, title: str | None = None) -> dict:
    ex = {"text": claim.evidence.quote if text is None else text, "lang": claim.language}
    if published is not None:
        ex["published"] = published
    if title:
        ex["title"] = title
    return {**ex, "claims": []}


def _run(rule: dict, examples: list[dict], where: Path):
    """Load the rule with these examples and what the engine yields on each."""
    from checker.ruleset import load_rules
    from checker.ruleset.examples import example_article
    from checker.extract import extract_claims

    where.write_text(yaml.dump({**rule, "examples": examples}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    rules, problems = load_rules([where], strict=False)
    if not rules:
        raise DraftError("; ".join(p.message for p in problems) or "the drafted rule did not load")
    r = rules[0]
    return [extract_claims(example_article(r.id, i, ex), [r])[0] for i, ex in enumerate(r.examples)]


def _expected(claims) -> list[dict]:
    return [{**({"key": dict(c.key)} if c.key else {}), "value": c.value} for c in claims]


def draft(report: DiscoverReport, cand_id: str, out_dir: Path) -> Path:
    """Write the rule for candidate ``cand_id`` into ``out_dir``; return its path."""
    cand = next((c for c in report.conflicts + report.agreements if c.id == cand_id), None)
    if cand is None or cand.finding is None:
        raise DraftError(f"{cand_id}: no conflicting candidate with this id (see `checker discover` for the list)")
    out_dir.mkdir(parents=True, exist_ok=True)
    published = {a.id: a.published for a in report.articles}
    f = cand.finding
    quoted = [f.claims[k] for pair in f.conflicts for k in pair]
    seen, fire = set(), []
    for c in quoted:
        if (c.article, c.evidence.quote_start) not in seen:
            seen.add((c.article, c.evidence.quote_start))
            fire.append(c)
    # with the subject's owners as `of` (and their rivals as `not_of`) first, else without,
    # and the subject's places as `context`, dropping what the quotes alone cannot satisfy
    # and, failing those, with the words that refer back to the event ("the session") as `refer`
    variants = []
    for refer in (False, True):
        for tight, places in ((True, True), (True, False), (False, True), (False, False)):
            rule = rule_dict(cand, tight, places, refer)
            if rule not in variants:
                variants.append(rule)
    for k, rule in enumerate(variants):
        path = out_dir / f"{rule['id']}.yaml"
        try:
            return _write(report, cand, rule, fire, path, published)
        except DraftError:
            path.unlink(missing_ok=True)  # never leave a draft that does not pass behind
            if k == len(variants) - 1:
                raise
        except Exception:
            path.unlink(missing_ok=True)
            raise
    raise AssertionError("unreachable")


def _variants(claim, published, title) -> list[tuple[dict, int]]:
    """The quote as an example, then with what may have given it its subject: the headline,
    then one to three sentences before it, each alone and with the headline; each variant
    with the offset of the quote in its text."""
    quote, start = claim.evidence.quote, claim.evidence.quote_start
    leads = [""]
    text = _article_text(claim.article)
    if text and text[start:start + len(quote)] == quote:
        from checker.text.sentences import split_sentences

        before = [s.start for s in split_sentences(text[:start], claim.language) if text[s.start:s.end].strip()]
        leads += [text[i:start] for i in before[::-1][:3]]
    return [(_example(claim, published, lead + quote, headline), len(lead))
            for lead in leads for headline in ([None, title] if title else [None])]


def _article_text(article: str) -> str | None:
    from checker.corpus import load_article_text

    return load_article_text(article)


def _firing(rule, claim, published, title, path) -> dict | None:
    """The first variant of the quote on which the rule takes the quoted value from the quote
    itself, with every claim it yields there as expected; None if none does."""
    variants = _variants(claim, published, title)
    for (ex, offset), got in zip(variants, _run(rule, [ex for ex, _ in variants], path)):
        if any(str(x.value) == str(claim.value) and x.evidence.value_start >= offset for x in got):
            return {**ex, "claims": _expected(got)}  # claims last
    return None


def _write(report, cand, rule, fire, path, published) -> Path:
    titles = {a.id: a.title for a in report.articles}
    examples = [ex for c in fire if (ex := _firing(rule, c, published.get(c.article), titles.get(c.article), path))]
    if len({str(e["claims"][0]["value"]) for e in examples}) < 2:
        raise DraftError(f"{cand.id}: the drafted frame does not find both sides of the conflict in their quotes")
    examples.append(_must_not_fire(report, cand, rule, path, published))
    _run(rule, examples, path)
    return _verify(path)


def _must_not_fire(report, cand, rule, path, published) -> dict:
    """A quote of another subject on which the rule yields nothing: what it must not take."""
    others = [c for o in report.conflicts + report.agreements if o.id != cand.id
              for c in (o.finding.claims if o.finding else o.claims)]
    mine = {(c.article, c.evidence.quote_start) for c in cand.finding.claims}
    tried = set()
    for c in others:
        if (c.article, c.evidence.quote_start) in mine or c.evidence.quote in tried:
            continue
        tried.add(c.evidence.quote)
        ex = _example(c, published.get(c.article))
        if not _run(rule, [ex], path)[0]:
            return {**ex, "claims": []}
    for ex in _other_sentences(cand, mine, published):
        if ex["text"] not in tried and not _run(rule, [ex], path)[0]:
            return ex
    raise DraftError(f"{cand.id}: no sentence of another subject to serve as a must-not-fire example")


def _other_sentences(cand, mine, published):
    """Sentences of the candidate's own articles with a digit in them, other than its quotes."""
    from checker.corpus import load_article_text
    from checker.text.sentences import split_sentences

    for art in sorted({c.article for c in cand.finding.claims}):
        text = load_article_text(art) or ""
        lang = next(c.language for c in cand.finding.claims if c.article == art)
        for sent in split_sentences(text, lang):
            piece = text[sent.start:sent.end].strip()
            if (art, sent.start) not in mine and any(ch.isdigit() for ch in piece) and len(piece) > 10:
                yield {"text": piece, "lang": lang, **({"published": published[art]} if published.get(art) else {}),
                       "claims": []}


def _verify(path: Path) -> Path:
    from checker.ruleset import load_rules
    from checker.ruleset.examples import run_examples

    rules, _ = load_rules([path], strict=True)
    bad = [r for r in run_examples(rules) if not r.ok]
    if bad:
        raise DraftError(f"{path}: the draft fails its own examples: {bad[0].name()}")
    return path
