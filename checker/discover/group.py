"""Group discovered values by subject, compare inside each group as an audit does, rank.

Grouping is by key, never by pairs of mentions: values first meet on their
core (kind, head, ordinal); inside a core, each distinct set of names and
qualifiers is a class, and a class that says less ("troops", no owner) joins
the one class that says more and agrees with it ("US troops in Iraq") when
there is exactly one; with two or more it stays apart, since it could be
either. The cost follows the number of distinct subjects, not of mentions.
Comparison is ``checker.compare.build_findings`` with one synthetic rule per
group, so dates by precision, hedged quantities and as-of windows behave
exactly as in an audit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checker.compare import CompareSettings, build_findings
from checker.discover.models import Candidate, Discovered, SubjectInfo
from checker.humanize import human_value
from checker.models import Claim


@dataclass(frozen=True)
class Settings:
    """How groups are compared: the compare block a drafted rule will start from."""

    tolerance: float = 0.05  # the default pack's choice for shares and tolls
    count_window_days: int | None = 1  # counts change (tolls rise daily): compare reports of the same days
    min_articles: int = 2


@dataclass
class _Rule:
    """What build_findings needs of a rule, for one group."""

    id: str
    title: str
    compare: CompareSettings
    severity: str = "warning"
    message: str = "Articles disagree on the {key_label}: {values}."


def _richness(info: SubjectInfo) -> tuple:
    return (-len(info.qualifiers), -len(info.names), info.id)  # owners are the strict part: they seed first


def _fits(info: SubjectInfo, quals: set[str], names: dict[str, str]) -> bool:
    """A class fits a cluster when none of its owners is a rival of the cluster's, it has the
    same change words (roles.yaml), and no other name for a names concept the cluster has:
    "troops" fits "US troops in Iraq"; "coalition troops" and "troops in Syria" do not."""
    from checker.discover.subject import roles

    r = roles()
    mine = set(info.qualifiers)
    if (mine & r["distinct"]) != (quals & r["distinct"]):
        return False
    if any(r["rivals"].get(q, frozenset()) & quals for q in mine):
        return False
    return all(names.get(c, n) == n for c, n in info.names.items())


def clusters(classes: list[SubjectInfo], articles: dict[str, set] | None = None) -> dict[str, str]:
    """Each class id → the id of the cluster it joins: richest classes first; a class joins the
    one cluster it fits, or, fitting several, the one with more than twice the articles of the
    others together (the story's main subject); otherwise it starts its own."""
    articles = articles or {}
    out: dict[str, str] = {}
    made: list[tuple[str, set[str], dict[str, str], set]] = []
    for info in sorted(classes, key=_richness):
        fit = [k for k, (cid, quals, names, _) in enumerate(made) if _fits(info, quals, names)]
        if len(fit) > 1:
            sizes = sorted(((len(made[k][3]), k) for k in fit), reverse=True)
            fit = [sizes[0][1]] if sizes[0][0] > 2 * sum(n for n, _ in sizes[1:]) else fit
        mine = set(articles.get(info.id, ()))
        if len(fit) == 1:
            cid, quals, names, arts = made[fit[0]]
            quals.update(info.qualifiers)
            arts.update(mine)
            for c, n in info.names.items():
                names.setdefault(c, n)
            out[info.id] = cid
        else:
            made.append((info.id, set(info.qualifiers), dict(info.names), mine))
            out[info.id] = info.id
    return out


Pooled = dict[str, tuple[SubjectInfo, list[Claim]]]


def pool(found: Iterable[Discovered], into: Pooled | None = None) -> Pooled:
    """Subject id → (subject, claims) in the order the values come: the subject held once,
    not once per value (a run holds every value until its report is written)."""
    into = {} if into is None else into
    for d in found:
        into.setdefault(d.subject.id, (d.subject, []))[1].append(d.claim)
    return into


def groups(found: Iterable[Discovered] | Pooled) -> dict[str, tuple[SubjectInfo, list]]:
    """Group id → (subject, claims), claims re-labelled with their group."""
    from checker.compact import compact

    cores: dict[tuple, Pooled] = {}
    for sid, (info, claims) in (found if isinstance(found, dict) else pool(found)).items():
        cores.setdefault((info.kind, info.head, info.ordinal, info.scale), {})[sid] = (info, claims)
    out: dict[str, tuple[SubjectInfo, list]] = {}
    for core in sorted(cores, key=repr):
        classes = cores[core]
        target = clusters([info for info, _ in classes.values()],
                          {k: {c.article for c in v} for k, (_, v) in classes.items()})
        for k in sorted(classes):
            info = classes[target[k]][0]
            _, claims = out.setdefault(info.id, (info, []))
            for c in classes[k][1]:
                if c.rule != info.id:  # relabel only a class that joined another
                    c = compact(c, rule=info.id, key_label=info.label)
                claims.append(c)
    return out


def settings_for(info: SubjectInfo, st: Settings) -> CompareSettings:
    window = st.count_window_days if info.kind == "count" else None
    return CompareSettings(tolerance=st.tolerance, window_days=window)


def score(info: SubjectInfo, articles: int, languages: int) -> float:
    """How sure the grouping is: more articles, both languages, a more specific subject."""
    specific = (1.0 if info.head.startswith("@") else 0.0) + (1.0 if info.ordinal is not None else 0.0)
    specific += 0.5 * min(len(info.names), 2) + 0.5 * min(len(info.qualifiers), 2)
    if info.head.startswith("@") and info.head[1:] in _names_concepts():
        specific -= 0.5  # "a third of Iraq": the name is the head, nothing else says what is counted
    return round(min(articles, 8) + 1.5 * (languages > 1) + specific, 3)


def _names_concepts() -> set[str]:
    from checker.frames.concepts import shared_concepts

    return {n for n, c in shared_concepts().items() if c.names}


def _cross_article(finding):
    """Only pairs from two articles: one article saying "rose from 2,000 to 5,000" is no dispute."""
    claims = finding.claims
    if all(claims[i].article != claims[j].article for i, j in finding.conflicts):
        return finding  # the usual case: no copy of a long list of pairs
    keep = [(p, r) for p, r in zip(finding.conflicts, finding.reasons) if claims[p[0]].article != claims[p[1]].article]
    if not keep:
        return None
    return finding.model_copy(update={"conflicts": [p for p, _ in keep], "reasons": [r for _, r in keep]})


def candidates(found: Iterable[Discovered] | Pooled, st: Settings | None = None) -> tuple[list[Candidate], list[Candidate], int]:
    """(conflicts, agreements, number of subjects), each list ranked surest first."""
    st = st or Settings()
    conflicts, agreements = [], []
    grouped = groups(found)
    for gid in sorted(grouped):
        info, claims = grouped[gid]
        arts = {c.article for c in claims}
        if len(arts) < st.min_articles:
            continue
        langs = sorted({c.language for c in claims})
        rule = _Rule(gid, info.label, settings_for(info, st))
        made = build_findings(claims, {gid: rule})
        finding = _cross_article(made[0]) if made else None
        values = []
        for c in sorted(claims, key=lambda c: (c.article, c.evidence.start)):
            words = human_value(c.detail)
            values += [] if words in values else [words]
        base = dict(id=gid, rank=0, subject=info, score=score(info, len(arts), len(langs)), articles=len(arts),
                    languages=langs, values=values)
        if finding is None and not _compared(claims, rule.compare):
            continue  # nothing met anything (no as-of date in a window): not an agreement either
        if finding is not None:
            conflicts.append(Candidate(status="conflict", finding=finding, **base))
        else:
            agreements.append(Candidate(status="agree", claims=sorted(claims, key=lambda c: (c.article, c.evidence.start)), **base))
    return _ranked(conflicts), _ranked(agreements), len(grouped)


def _compared(claims, settings: CompareSettings) -> bool:
    """Whether claims of two articles met at all: with a window, two as-of dates that close.
    A sweep over claims sorted by their first day, not all pairs."""
    if settings.window_days is None:
        return True
    from checker.compare import _as_of_days

    days = sorted((d, c.article) for c in claims if (d := _as_of_days(c.as_of)) is not None)
    for k, ((lo, hi), art) in enumerate(days):
        for (lo2, _), art2 in days[k + 1:]:
            if lo2 - hi > settings.window_days:
                break
            if art2 != art:
                return True
    return False


def _ranked(cands: list[Candidate]) -> list[Candidate]:
    cands.sort(key=lambda c: (-c.score, -c.articles, c.id))
    return [c.model_copy(update={"rank": i}) for i, c in enumerate(cands, 1)]
