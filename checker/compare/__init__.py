"""Compare claims that share a key and report the pairs that cannot both be true.

Claims are grouped by (rule, key) and, inside a group, into classes of equal
value (and equal as-of date when a time window applies). Only classes are
compared, so the cost follows the number of distinct values on a key, not the
number of claims: ten thousand articles repeating three figures cost three
comparisons. Listed pairs are capped per pair of values so a large archive
still yields a readable report.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Protocol

from checker import timex
from checker.compare.unplaced import not_compared
from checker.compare.values import canonical, value_conflict
from checker.compare.window import WindowIndex
from checker.humanize import human_value
from checker.models import Claim, Finding, severity_order
from checker.settings import CompareSettings

DEFAULT_MESSAGE = "Articles disagree on the {key_label}: {values}."


class RuleLike(Protocol):
    """What ``build_findings`` needs of a rule.

    ``message`` placeholders: ``{key_label}``, ``{values}`` (the disagreeing
    values in words), ``{count}`` (claims on the key), ``{articles}``
    (distinct articles), ``{conflicts}`` (conflicting pairs), ``{rule}``,
    ``{title}``, and the key's own slots (``{round}``). A template with any
    other placeholder is used as written rather than failing the audit.
    """

    id: str
    title: str
    severity: str
    message: str
    compare: CompareSettings


@lru_cache(maxsize=4096)
def _as_of_span(value: str | None):
    if value is None:
        return None
    try:
        return timex.interval(value)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _as_of_days(value: str | None) -> tuple[int, int] | None:
    span = _as_of_span(value)
    return None if span is None else (span[0].toordinal(), span[1].toordinal())


@lru_cache(maxsize=4096)
def _window_days(value: str | None, window: int) -> tuple[int, int] | None:
    """The days an as-of date stands for under a window: a span longer than twice the window
    stands for its middle, give or take the window. "Killed more than 1,700 in 2022" is the
    toll at no day a two-day window can place, so it meets no figure of 30 August; under a
    window of half a year, "in 2020" still meets "March 2021"."""
    days = _as_of_days(value)
    if days is None or days[1] - days[0] <= 2 * window:
        return days
    mid = (days[0] + days[1]) // 2
    return mid - window, mid + window


def _in_window(a: str | None, b: str | None, settings: CompareSettings) -> bool:
    if settings.window_days is None:
        return True
    sa, sb = _window_days(a, settings.window_days), _window_days(b, settings.window_days)
    if sa is None or sb is None:
        return False
    return max(sb[0] - sa[1], sa[0] - sb[1], 0) <= settings.window_days


def explain_conflict(a: Claim, b: Claim, settings: CompareSettings | None = None) -> str | None:
    """Why two claims cannot both be true, in one sentence; ``None`` when they can
    (or when the time window says they are not about the same moment)."""
    settings = settings or CompareSettings()
    if not _in_window(a.as_of, b.as_of, settings):
        return None
    return value_conflict(a.detail, b.detail, settings.tolerance, settings.agree_within)


def _claim_order(c: Claim):
    e = c.evidence
    return (c.article, e.start, e.end, e.value_start, str(c.value), c.mod or "", c.as_of or "")


def _sample_pairs(xs: list[int], ys: list[int], cap: int) -> list[tuple[int, int]]:
    """Up to ``cap`` pairs from xs × ys, diagonal first so every claim shows up
    in some listed pair before any claim shows up twice."""
    out: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for k in range(min(cap, max(len(xs), len(ys)))):
        pair = (xs[k % len(xs)], ys[k % len(ys)])
        seen.add(pair)
        out.append(pair)
    for x in xs:
        if len(out) >= cap:
            break
        for y in ys:
            if len(out) >= cap:
                break
            if (x, y) not in seen:
                out.append((x, y))
    return out


def _fill(template: str, fields: dict[str, object]) -> str:
    """Rule authors write these templates: a typo should show in the report, not stop the audit.
    Only bare known names are filled (``safe_format``), so ``{x.__class__}`` cannot reach into
    objects and ``{values:>100000000}`` cannot pad."""
    from checker.text.template import safe_format, template_problem

    if template_problem(template, fields) is not None:
        return template
    return safe_format(template, fields)


def _fingerprint(rule: str, key: dict[str, str], claims: Iterable[Claim]) -> str:
    tuples = sorted({json.dumps([c.article, c.value, c.mod]) for c in claims})
    blob = json.dumps([rule, sorted(key.items()), tuples], ensure_ascii=False)
    return "F-" + hashlib.sha256(blob.encode()).hexdigest()[:10]


Pairs = dict[tuple[int, int], str]


def _conflicts(members: list[Claim], settings: CompareSettings) -> tuple[Pairs, int, set[int]]:
    """Listed pairs with their reasons, the number of conflicting pairs, and the
    claims in any conflict; values are compared once per pair of distinct values,
    then as-of dates decide which of their claims meet."""
    windowed = settings.window_days is not None
    by_value: dict[tuple, dict[str | None, list[int]]] = {}
    for i, c in enumerate(members):
        by_value.setdefault(canonical(c.detail), {}).setdefault(c.as_of if windowed else None, []).append(i)
    first_of = {v: next(iter(groups.values()))[0] for v, groups in by_value.items()}
    verdicts: dict[tuple, str | None] = {}

    def reason(va: tuple, vb: tuple) -> str | None:
        if (va, vb) not in verdicts:
            a, b = members[first_of[va]].detail, members[first_of[vb]].detail
            verdicts[(va, vb)] = value_conflict(a, b, settings.tolerance, settings.agree_within)
        return verdicts[(va, vb)]

    pairs: dict[tuple[int, int], str] = {}
    total = 0
    in_conflict: set[int] = set()
    values = list(by_value)
    indexes: dict[tuple, WindowIndex] = {}
    for x, va in enumerate(values):
        for vb in values[x + 1:]:
            if reason(va, vb) is None:
                continue
            room = settings.max_pairs

            def listed(xs: list[int], ys: list[int]) -> None:
                nonlocal room
                sample = _sample_pairs(xs, ys, room) if room else []
                room -= len(sample)
                for i, j in sample:
                    pairs[(min(i, j), max(i, j))] = reason(va, vb) if i < j else reason(vb, va)

            if not windowed:  # one class per value: every pair of classes meets
                for xs in by_value[va].values():
                    for ys in by_value[vb].values():
                        total += len(xs) * len(ys)
                        in_conflict.update(xs, ys)
                        listed(xs, ys)
                continue
            if vb not in indexes:
                indexes[vb] = WindowIndex(by_value[vb], lambda v: _window_days(v, settings.window_days), settings.window_days)
            index = indexes[vb]
            runs = [0] * (len(index.starts) + 1)  # +1 where a run of met classes opens, -1 where it closes
            stray: set[int] = set()
            for asa, xs in by_value[va].items():
                days = _window_days(asa, settings.window_days)
                if days is None:
                    continue
                lo, hi, extra = index.partners(days)
                met = index.size(lo, hi, extra)
                if not met:
                    continue
                total += len(xs) * met
                in_conflict.update(xs)
                runs[lo] += 1
                runs[hi] -= 1
                stray.update(extra)
                if room:  # list pairs in the order the classes were first seen, as a plain loop would
                    for k in sorted([*range(lo, hi), *extra], key=index.pos.__getitem__):
                        if not room:
                            break
                        listed(xs, index.members[k])
            depth = 0
            for k, members_k in enumerate(index.members):
                depth += runs[k]
                if depth or k in stray:
                    in_conflict.update(members_k)
    return pairs, total, in_conflict


def _finding(rule_id: str, members: list[Claim], rule: RuleLike | None) -> Finding | None:
    settings = getattr(rule, "compare", None) or CompareSettings()
    members.sort(key=_claim_order)
    pairs, total, in_conflict = _conflicts(members, settings)
    if not pairs:
        return None
    ordered = sorted(pairs)
    seen: set[tuple] = set()
    values: list[str] = []  # the disagreeing values in words, in claim order
    for i in sorted(in_conflict):
        value = canonical(members[i].detail)
        if value not in seen:
            seen.add(value)
            words = human_value(members[i].detail)
            values += [] if words in values else [words]
    first = members[0]
    fields: dict[str, object] = {**first.key}
    fields.update(
        key_label=first.key_label, values=" vs ".join(values), count=len(members),
        articles=len({c.article for c in members}), conflicts=total, rule=rule_id,
        title=getattr(rule, "title", rule_id),
    )
    message = _fill(getattr(rule, "message", None) or DEFAULT_MESSAGE, fields)
    if len(ordered) < total:
        message += f" (showing {len(ordered)} of {total} conflicting pairs)"
    return Finding(
        id=_fingerprint(rule_id, first.key, (members[i] for i in in_conflict)),
        rule=rule_id,
        title=getattr(rule, "title", rule_id),
        key=first.key,
        key_label=first.key_label,
        severity=getattr(rule, "severity", "warning"),
        claims=members,
        conflicts=ordered,
        reasons=[pairs[p] for p in ordered],
        message=message,
    )


def build_findings(claims: Iterable[Claim], rules: Mapping[str, RuleLike]) -> list[Finding]:
    """One finding per (rule, key) on which at least two claims cannot both be true.

    A claim whose rule is not in ``rules`` is still compared, with default
    settings and severity "warning", so a rule-loading slip cannot hide a
    contradiction.
    """
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        groups.setdefault((c.rule, tuple(sorted(c.key.items()))), []).append(c)
    findings = []
    for (rule_id, _), members in groups.items():
        finding = _finding(rule_id, members, rules.get(rule_id))
        if finding is not None:
            findings.append(finding)
    findings.sort(key=lambda f: (severity_order(f.severity), f.rule, sorted(f.key.items())))
    return findings


__all__ = ["CompareSettings", "RuleLike", "build_findings", "explain_conflict", "not_compared"]
