"""One article → its discovered claims: every dated or counted value whose subject is known.

A discovered claim is an ordinary ``Claim`` whose "rule" is the id of its
subject signature, so grouping and comparison are the audit's own
(``checker.compare.build_findings``) and every report piece that shows a
claim shows this one.
"""

from __future__ import annotations

import hashlib
import json

from checker.discover.models import Discovered, SubjectInfo
from dataclasses import replace

from checker.discover.duals import may_hold_dual
from checker.discover.subject import Subject, lexicon, may_hold_place, named_events, refers_back, roles, subjects
from checker.frames.clauses import Sentence
from checker.frames.language import language
from checker.frames.claim import as_of
from checker.frames.value import Candidate
from checker.models import Article, Claim, Evidence, value_mod

KINDS = ("quantity", "date")
MEMORY_KINDS = ("quantity", "date", "ordinal")


FEW = 20  # fewer than this are individuals ("two soldiers were hurt"), not a level or a toll


def signature(sub: Subject, value=None) -> SubjectInfo:
    """The grouping key: value kind, head, qualifiers, ordinal and names, and an id made of them.
    A count under 20 is another subject than a larger one: "two soldiers" is no troop level."""
    names = {c: n for c, n in sub.names}
    scale = None if sub.kind != "count" or value is None else ("few" if value.value < FEW else "many")
    blob = json.dumps([sub.kind, sub.head, list(sub.qualifiers), sub.ordinal, sorted(names.items())]
                      + ([scale] if scale == "few" else []), ensure_ascii=False)
    return SubjectInfo(
        id="D-" + hashlib.sha256(blob.encode()).hexdigest()[:10], kind=sub.kind, head=sub.head,
        qualifiers=list(sub.qualifiers), ordinal=sub.ordinal, names=names, scale=scale,
        label=describe(sub).replace("count of", "count (under 20) of", 1) if scale == "few" else describe(sub),
    )


def describe(sub: Subject) -> str:
    """In words, for the report: "date of the 3rd @round — Iraq", "count of @troops (@us) — Iraq"."""
    head = sub.head + (f" ({', '.join(sub.qualifiers)})" if sub.qualifiers else "")
    if sub.ordinal is not None:
        head = f"#{sub.ordinal} {head}"
    where = ", ".join(n for _, n in sub.names)
    return f"{sub.kind} of {head}" + (f" — {where}" if where else "")


def _recall(s: Sentence, sub: Subject, memory: dict[str, int]) -> Subject:
    """An event said without its ordinal takes the one the article named last ("the fourth
    round ... The talks, chaired ... on Thursday"), as a frame rule's ``refer`` does."""
    if not refers_back(s, sub):
        return sub
    target = roles()["refer"].get(sub.head, sub.head)
    if target not in memory:
        return sub
    quals = tuple(sorted({*sub.qualifiers, sub.head} - {target}))
    return replace(sub, head=target, ordinal=memory[target], qualifiers=quals)


def _prepare(text: str, lang: str, published, finder, events=()):
    """The sentence read for its values, or None when it holds none a subject can take:
    no number, date or ordinal, no Arabic dual, and no place of an event named before."""
    from checker.ruleset.match import Prepared

    sent = Prepared(text)
    mentions = finder(text, lang, published, norm=sent.nt)
    if not any(m.value.kind in MEMORY_KINDS for m in mentions):
        if (lang != "ar" or not may_hold_dual(sent.word_set, lexicon(lang).heads)) and not may_hold_place(sent, lang, events):
            return None, mentions
    sent.attach(mentions)
    return Sentence(sent, language(lang)), mentions


def read_article(article: Article, finder=None) -> list[Discovered]:
    """Every value of the article with a subject, in text order; the headline and earlier
    sentences are remembered for the events they name with an ordinal."""
    if finder is None:
        from checker.values import find_mentions as finder
    published = article.info.published
    memory: dict[str, int] = {}
    title = article.info.title
    if title and language(article.info.language) is not None:
        s, _ = _prepare(title, article.info.language, published, finder)
        memory.update(named_events(s) if s is not None else [])
    out: list[Discovered] = []
    for sentence in article.sentences:
        lang = sentence.language if sentence.language != "und" else article.info.language
        if language(lang) is None:
            continue
        text = article.text[sentence.start:sentence.end]
        s, _ = _prepare(text, lang, published, finder, memory.keys())
        if s is None:
            continue
        for m, span, sub in subjects(s):
            sub = _recall(s, sub, memory)
            if sub.kind == "place" and sub.ordinal is None:
                continue  # "talks in Baghdad": unnamed talks are held in many places
            info = signature(sub, m.value)
            when = as_of(s, Candidate(span, m.text, m.value, mention=m), published)
            out.append(Discovered(subject=info, claim=_claim(info, m, when, article, sentence, text, lang)))
        memory.update(named_events(s))
    return out


def _claim(info: SubjectInfo, m, when, article: Article, sentence, text: str, lang: str) -> Claim:
    base = sentence.start
    return Claim(
        rule=info.id, key={}, key_label=info.label, type=m.value.kind, value=m.value.plain(),
        mod=value_mod(m.value), detail=m.value, article=article.info.id, language=lang,
        as_of=when[0], as_of_source=when[1],
        evidence=Evidence(start=base + m.start, end=base + m.end, quote=text, quote_start=base,
                          value_start=base + m.start, value_end=base + m.end),
    )
