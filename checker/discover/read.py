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
from checker.discover.subject import Subject, subjects
from checker.frames.clauses import Sentence
from checker.frames.language import language
from checker.frames.value import Candidate, as_of, mention_spans
from checker.models import Article, Claim, Evidence, value_mod

KINDS = ("quantity", "date")


def signature(sub: Subject) -> SubjectInfo:
    """The grouping key: value kind, head, qualifiers, ordinal and names, and an id made of them."""
    names = {c: n for c, n in sub.names}
    blob = json.dumps([sub.kind, sub.head, list(sub.qualifiers), sub.ordinal, sorted(names.items())], ensure_ascii=False)
    return SubjectInfo(
        id="D-" + hashlib.sha256(blob.encode()).hexdigest()[:10], kind=sub.kind, head=sub.head,
        qualifiers=list(sub.qualifiers), ordinal=sub.ordinal, names=names, label=describe(sub),
    )


def describe(sub: Subject) -> str:
    """In words, for the report: "date of the 3rd @round — Iraq", "count of @troops (@us) — Iraq"."""
    head = sub.head + (f" ({', '.join(sub.qualifiers)})" if sub.qualifiers else "")
    if sub.ordinal is not None:
        head = f"#{sub.ordinal} {head}"
    where = ", ".join(n for _, n in sub.names)
    return f"{sub.kind} of {head}" + (f" — {where}" if where else "")


def read_article(article: Article, finder=None) -> list[Discovered]:
    """Every value of the article with a subject, in text order."""
    from checker.ruleset.match import Prepared

    if finder is None:
        from checker.values import find_mentions as finder
    published = article.info.published
    out: list[Discovered] = []
    for sentence in article.sentences:
        lang = sentence.language if sentence.language != "und" else article.info.language
        data = language(lang)
        if data is None:
            continue
        text = article.text[sentence.start:sentence.end]
        sent = Prepared(text)
        mentions = finder(text, lang, published, norm=sent.nt)
        if not any(m.value.kind in KINDS for m in mentions):
            continue
        sent.attach(mentions)
        s = Sentence(sent, data)
        spans = mention_spans(sent)
        for k, sub in subjects(s):
            m = mentions[k]
            info = signature(sub)
            when = as_of(s, Candidate(spans[k], m.text, m.value, mention=m), published)
            claim = Claim(
                rule=info.id, key={}, key_label=info.label, type=m.value.kind, value=m.value.plain(),
                mod=value_mod(m.value), detail=m.value, article=article.info.id, language=lang,
                as_of=when[0], as_of_source=when[1],
                evidence=Evidence(start=sentence.start + m.start, end=sentence.start + m.end, quote=text,
                                  quote_start=sentence.start, value_start=sentence.start + m.start,
                                  value_end=sentence.start + m.end),
            )
            out.append(Discovered(subject=info, claim=claim))
    return out
