"""Run the examples every rule carries, and say readably where they differ.

Examples are the rule's specification: sentences that must yield exactly
the listed claims, and sentences that must yield none. They run through the
same extraction as an audit (sentence split, value finder, patterns), so a
passing example means the rule works on real text, not on a mock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from checker.models import Article, ArticleInfo, Claim
from checker.text.language import detect_language
from checker.text.sentences import split_sentences


@dataclass
class ExampleResult:
    rule: str
    file: str
    index: int  # -1 for a rule-level problem (missing examples)
    text: str
    expected: list[str] = field(default_factory=list)
    got: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)
    ok: bool = True
    known_miss: bool = False  # the example is marked as one the rule does not get right yet
    right: bool = True  # whether the claims matched, known miss or not

    @property
    def name(self) -> str:
        return f"{self.rule}[{self.index}]" if self.index >= 0 else self.rule

    def diff(self) -> str:
        """What a failing example expected and what it got, one claim a line."""
        if self.ok and not self.known_miss:
            return ""
        lines = [f"FAIL {self.name}  ({self.file})"]
        if self.index >= 0:
            lines.append(f"  text: {self.text}")
        missing = [e for e in self.expected if e not in self.got]
        extra = [g for g in self.got if g not in self.expected]
        lines += [f"  - expected, not found: {e}" for e in missing]
        lines += [f"  + found, not expected: {g}" for g in extra]
        lines += [f"  ! {p}" for p in self.problems]
        lines += [f"  ? {x}" for x in self.explain]
        return "\n".join(lines)


def _same(expected: list[str], got: list[str]) -> bool:
    """Equal claim lists, numbers within 0.1% (an example says 0.3333 for a third)."""
    if len(expected) != len(got):
        return False
    left = list(got)
    for e in expected:
        hit = next((g for g in left if _close(e, g)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    (ka, va, ma), (kb, vb, mb) = _split(a), _split(b)
    try:
        x, y = float(va), float(vb)
    except ValueError:
        return False
    return ka == kb and ma == mb and abs(x - y) <= 1e-3 * max(1.0, abs(x))


def _split(line: str) -> tuple[str, str, str]:
    key, _, rest = line.partition("} ")
    value, _, mod = rest.partition(" (")
    return key, value, mod


def _fmt(key: dict, value, mod) -> str:
    keys = ", ".join(f"{k}={v}" for k, v in sorted(key.items()))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{{{keys}}} {value}" + (f" ({mod})" if mod else "")


def example_article(rule_id: str, index: int, ex) -> Article:
    lang = ex.lang or detect_language(ex.text, "und")
    sentences = [s.model_copy(update={"language": lang}) for s in split_sentences(ex.text, lang)]
    info = ArticleInfo(
        id=f"{rule_id}#example{index}", path="", format="example", encoding="utf-8",
        published=ex.published, published_source="metadata" if ex.published else "unknown",
        title=getattr(ex, "title", None),
        language=lang, chars=len(ex.text), sentences=len(sentences),
    )
    return Article(info=info, text=ex.text, sentences=sentences)


def missing_kinds(rule) -> list[str]:
    kinds = []
    if not any(ex.claims for ex in rule.examples):
        kinds.append("an example that must yield a claim")
    if not any(not ex.claims for ex in rule.examples):
        kinds.append("an example that must yield nothing (claims: [])")
    return kinds


def run_example(rule, index: int, *, explain: bool = False, finder=None, explain_all: bool = False) -> ExampleResult:
    """One example's result; with ``explain``, how a failing one was read (``explain_all``: a
    passing one too, so a must-not-fire example can be seen to pass for the right reason)."""
    from checker.extract import extract_claims

    ex = rule.examples[index]
    article = example_article(rule.id, index, ex)
    claims, problems = extract_claims(article, [rule], finder=finder)
    result = ExampleResult(rule.id, rule.file, index, ex.text)
    with_mod = any(e.mod for e in ex.claims)  # hedges are checked only where the example states them
    result.expected = sorted(_fmt({k: str(v) for k, v in e.key.items()}, e.value, e.mod) for e in ex.claims)
    result.got = sorted(_fmt(c.key, c.value, c.mod if with_mod else None) for c in claims)
    result.problems = [p.message for p in problems]
    result.right = _same(result.expected, result.got)
    result.known_miss = ex.known_miss
    result.ok = result.right or ex.known_miss
    if explain and (explain_all or not result.right):
        result.explain = explain_text(rule, ex.text, article, finder)
    return result


def explain_text(rule, text: str, article: Article | None = None, finder=None) -> list[str]:
    """For each sentence: the values found, and how far each pattern got."""
    from checker.ruleset.engine import find
    from checker.ruleset.match import Prepared

    if finder is None:
        from checker.values import find_mentions as finder
    article = article or example_article(rule.id, 0, type("E", (), {"text": text, "lang": None, "published": None})())
    out: list[str] = []
    for s in article.sentences:
        sub = article.text[s.start : s.end]
        mentions = finder(sub, s.language, article.info.published)
        sent = Prepared(sub, mentions)
        vals = ", ".join(f"{m.value.kind}:{m.text!r}={m.value.plain()}" + (f" [{m.note}]" if m.note else "")
                         for m in mentions) or "none"
        out.append(f"sentence ({s.language}) values: {vals}")
        out.append("words: " + " ".join(sent.words))
        if rule.compiled.patterns.get(s.language) or rule.compiled.regexes.get(s.language):
            lines: list[str] = []
            find(rule, sent, s.language, explain=lines)
            out.extend(lines or ["a pattern matched (the claim was dropped later: see problems)"])
    if getattr(rule, "frame", None) is not None:
        from checker.extract import extract_claims

        trace: list[str] = []
        extract_claims(article, [rule], finder=finder, explain=trace)
        out.append("frame:")
        out.extend(trace or ["  no sentence holds the frame's event or counted words"])
    return out


def run_examples(rules: Sequence, *, explain: bool = False, finder=None, explain_all: bool = False) -> list[ExampleResult]:
    """Every example of every rule, plus a failure for a rule lacking either kind."""
    results: list[ExampleResult] = []
    for rule in sorted(rules, key=lambda r: r.id):
        for need in missing_kinds(rule):
            results.append(ExampleResult(rule.id, rule.file, -1, "", problems=[f"the rule needs {need}"], ok=False))
        for i in range(len(rule.examples)):
            results.append(run_example(rule, i, explain=explain, finder=finder, explain_all=explain_all))
    return results


def claim_line(c: Claim) -> str:
    return _fmt(c.key, c.value, c.mod)
