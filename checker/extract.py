"""Rules × article → claims: what each article says, with the words that say it.

Work is organised per sentence, not per rule: a sentence is normalised and
its values found once, then every rule for its language looks at it. A claim
keeps the whole sentence as its quote, because a reader judging a conflict
needs the context, and the exact spans, because a highlight must land on the
article's own characters.
"""

from __future__ import annotations

import re

from collections.abc import Callable, Sequence

from checker.claimtext import as_of_value, label as _label, ordinal_words, unresolved as _unresolved, unusable as _unusable, unusable_message
from checker.models import Article, AsOfSource, Claim, Evidence, Mention, Problem, value_mod
from checker.values.year import stated_years

Finder = Callable[..., list[Mention]]


def _key_text(binding) -> tuple[str, str]:
    """A key value as compared (normalised) and as shown to people."""
    if binding.name is not None:
        return binding.name.value, binding.name.value
    v = binding.mention.value
    plain = str(v.plain())
    if v.kind == "ordinal":
        return plain, ordinal_words(v.value)
    return plain, binding.mention.text


# A date says when a claim holds only if it belongs to the same clause as the value:
# close by, with no relative clause or list break between them (the comma of "2,000" is none). "2,500 troops ... the
# coalition, which was formed in 2014" does not make 2014 the time of the count.
_AS_OF_MAX_WORDS = 8
_CLAUSE_BREAK = re.compile(r"[،;؛:()\[\]]|(?<!\d),|,(?!\d)|(?<!\w)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي|which|who|whom|whose)(?!\w)", re.I)


def _same_clause(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    between = text[lo:hi] if lo < hi else ""
    return len(between.split()) <= _AS_OF_MAX_WORDS and not _CLAUSE_BREAK.search(between)


def _as_of(binds, value_mention, mentions: list[Mention], published, text: str = "") -> tuple[str | None, AsOfSource]:
    """The time a claim speaks of: a stated as-of date, a date in the value's clause, or publication."""
    explicit = binds.get("as_of")
    if explicit is not None and explicit.mention is not None and not _unresolved(explicit.mention):
        return explicit.mention.value.value, "sentence"
    span = (value_mention.start, value_mention.end) if value_mention is not None else None
    others = [
        m for m in mentions
        if m.value.kind == "date" and m is not value_mention and not _unresolved(m)
        and "X" not in m.value.value
        and (span is None or _same_clause(text, span, (m.start, m.end)))
    ]
    if others:
        anchor = span[0] if span else 0
        nearest = min(others, key=lambda m: (abs(m.start - anchor), m.start))
        return as_of_value(nearest), "sentence"
    if published is not None:
        return published.isoformat(), "published"
    return None, "unknown"


def extract_claims(
    article: Article, rules: Sequence, *, finder: Finder | None = None, explain: list[str] | None = None
) -> tuple[list[Claim], list[Problem]]:
    """Every claim the rules find in ``article``, in text order, and what could not be used.

    Pattern rules look at one sentence at a time; frame rules also carry what
    the headline and earlier sentences established (``checker.frames``).
    """
    from checker.frames.run import FrameReader
    from checker.frames.sections import own_line
    from checker.frames.withdrawn import take_back, withdrawn_figures
    from checker.ruleset.engine import find, gate, passes
    from checker.ruleset.match import Prepared

    shared = finder is None  # our own finder takes the sentence's NormText
    if finder is None:
        from checker.values import find_mentions as finder
    published = article.info.published
    claims: list[Claim] = []
    problems: list[Problem] = []
    seen: set[tuple] = set()
    withdrawals: list[tuple[int, int, str, list[float]]] = []  # sentences saying figures were withdrawn
    ordered = sorted(rules, key=lambda r: r.id)
    plans: dict[str, list] = {}  # language -> [(rule, gate)] of pattern rules
    frames = FrameReader(article, ordered, finder, explain)

    read_before: dict[int, list] = {}  # a sentence's values, by its start, for the sentence after it

    def values_of(text: str, sent, lang: str, k: int) -> list:
        if not shared:
            return finder(text, lang, published)
        # under a chronology's year heading ("## 2020"), a month named without a year is of that year;
        # in running text, of the year the sentence before gave that month
        got = read_before[article.sentences[k].start] = finder(text, lang, published, norm=sent.nt, words=sent.word_set,
                                                   year=frames.section_year, earlier_years=lambda: _years_before(k))
        return got

    def _years_before(k: int) -> dict:
        if k == 0:
            return {}
        before = article.sentences[k - 1]
        if "\n\n" in article.text[before.end:article.sentences[k].start]:
            return {}  # (another paragraph)
        got = read_before.get(before.start)
        if got is None:
            was = before.language if before.language != "und" else article.info.language
            got = read_before[before.start] = finder(article.text[before.start:before.end], was, published)
        return stated_years(got)

    def keep(rule_id: str, made) -> None:
        if isinstance(made, Problem):
            if (rule_id, made.message) not in seen:
                seen.add((rule_id, made.message))
                problems.append(made)
            return
        ident = (rule_id, tuple(sorted(made.key.items())), made.evidence.value_start, made.evidence.value_end)
        if ident not in seen:
            seen.add(ident)
            claims.append(made)

    for k, sentence in enumerate(article.sentences):
        lang = sentence.language if sentence.language != "und" else article.info.language
        if lang not in plans:
            plans[lang] = [(r, gate(r, lang)) for r in ordered if r.compiled.patterns.get(lang) or r.compiled.regexes.get(lang)]
        text = article.text[sentence.start : sentence.end]
        sent = Prepared(text)
        # Values are looked for only where some rule has the words to match:
        # claims and problems both come from matches, so the others yield nothing.
        active = [r for r, g in plans[lang] if passes(g, sent)]
        mentions = None
        if frames.rules and own_line(article.text, sentence.start, sentence.end):  # a timeline's "**Tuesday, Sept. 12**"
            mentions = values_of(text, sent, lang, k)
            sent.attach(mentions)
            frames.section(sent, lang, sentence.start)
        if frames.rules:
            frames.entry(sentence.start)  # a live blog's "**17:30 GMT** — ..."
        framed, remember = frames.wants(sent, lang, sentence.start) if frames.rules else ([], [])
        if frames.rules and frames.withdrawing:  # "... and the 11,300 figure is withdrawn"
            if mentions is None:
                mentions = values_of(text, sent, lang, k)
                sent.attach(mentions)
            withdrawals.append((sentence.start, sentence.end, text, withdrawn_figures(sent)))
        if not active and not framed and not remember:
            continue
        if not active and not framed:  # the sentence only changes what frames remember: no values needed
            frames.read(sentence, sent, lang, [], remember)
            continue
        if mentions is None:
            mentions = values_of(text, sent, lang, k)
            sent.attach(mentions)
        kinds = {m.value.kind for m in mentions}
        for rule in active:
            if rule.value_type != "name" and rule.value_type not in kinds:
                continue  # no value of the claimed type: nothing to find
            matches, timeouts = find(rule, sent, lang)
            for msg in timeouts:
                problems.append(Problem(kind="rule", path=rule.file or article.info.id, rule=rule.id,
                                        message=f"{article.info.id} @{sentence.start}: {msg}"))
            for match in sorted(matches, key=lambda m: (m.start, m.end)):
                made = _claim(rule, match, sent, sentence, article, mentions, published, lang)
                if made is not None:
                    keep(rule.id, made)
        for made in frames.read(sentence, sent, lang, framed, remember):
            keep(made.rule, made)
    return take_back(claims, withdrawals), problems


def _claim(rule, match, sent, sentence, article, mentions, published, lang):
    c = rule.compiled
    value = match.bindings.get(c.value_slot)
    if value is None or any(k not in match.bindings for k in rule.key):
        return None
    base = sentence.start
    if value.name is not None:
        detail, mention = value.name, None
        vs, ve = sent.source_span(value.start, value.end)
    else:
        mention = value.mention
        detail = mention.value
        vs, ve = mention.start, mention.end
    if _unusable(mention):
        return Problem(
            kind="claim", path=article.info.id, rule=rule.id,
            message=unusable_message(rule.id, mention, base + vs),
        )
    if detail.kind != rule.value_type:
        return None
    key, shown = {}, {}
    for name in rule.key:
        key[name], shown[name] = _key_text(match.bindings[name])
    ms, me = sent.source_span(match.start, match.end)
    as_of, source = _as_of(match.bindings, mention, mentions, published, sent.text)
    return Claim(
        rule=rule.id, key=key, key_label=_label(rule, shown), type=rule.value_type,
        value=detail.plain(), mod=value_mod(detail), detail=detail,
        article=article.info.id, language=lang, as_of=as_of, as_of_source=source,
        evidence=Evidence(
            start=base + min(ms, vs), end=base + max(me, ve),
            quote=article.text[sentence.start : sentence.end], quote_start=base,
            value_start=base + vs, value_end=base + ve,
        ),
    )
