"""What a value in running text is about, read with the frame engine's own pieces.

``checker discover`` has no rules, so it cannot ask "is this the number of
troops?"; it asks instead "what does this number count, and what does this
date date?" and lets the answer decide which other values it meets. The
answer comes from the same places a frame rule's does: clauses
(``frames.clauses``), the counted noun of a number and the event of a date
(``frames.link``), the shared concepts (``frames.concepts``) and Arabic
morphology. Every term concept of ``concepts/*.yaml`` is a possible head, so
«جندي» and "troops" both become ``@troops``; a noun in no concept stays as its
normalised stem. Names concepts (countries, cities, ...) give canonical names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit, resolve, shared_concepts
from checker.frames.events import event_of
from checker.frames.link import Found, Reject, Span, counted_by
from checker.frames.ordinal import ordinal_of
from checker.frames.owner import nearest_key
from checker.frames.value import mention_spans
from checker.models import Mention
from checker.text.morphology import arabic_stems, is_arabic

HEAD_WINDOW = 5  # as frames.link: words after a number in which its counted noun may stand
_ROLES = Path(__file__).resolve().parent / "roles.yaml"


@lru_cache(maxsize=1)
def roles() -> dict:
    """Which concepts only qualify a head, which are ignored, which are never events (roles.yaml)."""
    raw = yaml.safe_load(_ROLES.read_text(encoding="utf-8")) or {}
    out = {k: frozenset(f"@{n}" for n in raw.get(k, ())) for k in ("owners", "ignore", "not_events", "name_like", "places")}
    out["refer"] = {f"@{k}": f"@{v}" for k, v in (raw.get("refer") or {}).items()}
    out["distinct"] = frozenset(f"@{n}" for n in raw.get("distinct", ()))
    out["rivals"] = {f"@{a}": frozenset(f"@{b}" for b in group if b != a)
                     for group in raw.get("rivals", ()) for a in group}
    return out


@dataclass(frozen=True)
class Subject:
    """What one value is about: its head (a concept or a stem), qualifiers, ordinal and names."""

    kind: str  # count | share | date | place
    head: str  # "@troops" or a normalised stem
    qualifiers: tuple[str, ...] = ()  # concepts beside the head: "@us" in "US troops"
    ordinal: int | None = None  # "the third round"
    names: tuple[tuple[str, str], ...] = ()  # (names concept, canonical name)
    at: tuple[int, int] = (0, 0)  # the head's tokens in its sentence (not part of the subject)


@dataclass(frozen=True)
class Lexicon:
    heads: object  # Vocabulary of every term concept
    names: tuple[tuple[str, object], ...]  # (concept, Vocabulary) for each names concept
    rank: dict  # concept -> specificity rank: fewer terms is more specific


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    """Shared concepts compiled once per language: terms as heads, names as keys."""
    concepts = shared_concepts()
    skip = roles()["ignore"]
    terms = sorted(n for n, c in concepts.items() if not c.names and (c.en or c.ar) and f"@{n}" not in skip)
    names = tuple((n, resolve([f"@{n}"], {}, lang)) for n in sorted(n for n, c in concepts.items() if c.names))
    rank = {f"@{n}": (len(concepts[n].en) + len(concepts[n].ar), n) for n in terms}
    return Lexicon(resolve([f"@{n}" for n in terms], {}, lang), names, rank)


def _best_hits(s: Sentence, lex: Lexicon) -> list[Hit]:
    """One concept per word: the longest hit, then the most specific concept; hits inside a
    longer one are dropped ("combat forces" is not also "forces")."""
    hits = sorted(lex.heads.find(s.forms), key=lambda h: (h.start, -(h.end - h.start), lex.rank.get(h.source)))
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def _modifiers(s: Sentence, hits: list[Hit], never: frozenset[str]) -> tuple[list[Hit], dict[int, list[Hit]]]:
    """Heads and the concept words that qualify them. Adjacent concept words are one phrase
    whose head is its first noun ("three dams burst", «جندي أميركي»; owners such as "US" are
    never heads, nor, for a date, things counted); an owner qualifies the head from before
    it in English ("US troops") and from after it in Arabic («جندي أميركي»)."""
    heads, mods = [], {}
    runs: list[list[Hit]] = []
    for h in hits:
        if runs and runs[-1][-1].end == h.start and not s.broken(h.start):
            runs[-1].append(h)
        else:
            runs.append([h])
    owners = roles()["owners"]
    for run in runs:
        nouns = [h for h in run if h.source not in never]
        if not nouns:
            mods[-1 - run[0].start] = run  # whose words with no noun: skipped between a number and its noun
            continue
        head = nouns[0]
        heads.append(head)
        mods[head.start] = [h for h in run if h is not head and (
            h.source not in owners or (h.start > head.start) == (s.lang.code == "ar"))]
    # "the fifth round of talks", «الجولة الخامسة من المحادثات»: a concept word in the head's
    # of-phrase depends on it (its qualifier, no longer a head); owners there too ("of the bilateral talks")
    kept: list[Hit] = []
    for head in heads:
        if kept and _of_phrase(s, kept[-1], head, heads, strict=True):
            mods[kept[-1].start] += [head, *mods.pop(head.start, [])]
            continue
        kept.append(head)
    for head in kept:
        mods[head.start] += [h for h in hits if h.source in owners and _of_phrase(s, head, h, kept)]
    return kept, mods


def _of_phrase(s: Sentence, head: Hit, h: Hit, heads: list[Hit], strict: bool = False) -> bool:
    """Words a few words after a head, in its clause, with no other head between; ``strict``:
    with nothing but function words and values (an ordinal) between ("round of the talks")."""
    if not head.end < h.start <= head.end + 3 or s.segment_of[h.start] != s.segment_of[head.start]:
        return False
    if strict and not all(s.forms[i] in s.lang.function or i in s.light or i in s.inside_values
                          or i in s.value_starts for i in range(head.end, h.start)):
        return False
    return not any(s.broken(i) for i in range(head.end, h.start + 1)) and not any(
        head.end <= o.start < h.start for o in heads)


def stem(word: str) -> str:
    """A noun in no concept, normalised: Arabic without clitics and article, English singular."""
    if is_arabic(word):
        return min(arabic_stems(word), key=lambda f: (len(f), f))
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _other_noun(s: Sentence, v: Span, covered: set[int]) -> int | None:
    """The word right after a number that is not a concept word: what it counts ("150 attacks")."""
    lang = s.lang
    for i in range(v.end, min(len(s), v.end + HEAD_WINDOW)):
        if s.broken(i) or i in s.value_starts:
            return None
        f = s.forms[i]
        if i in covered or f in lang.modifiers or f in lang.auxiliary:
            continue
        if f in lang.function or s.words[i].isdigit():
            return None
        return i
    return None


def _names(s: Sentence, v: Span, lex: Lexicon, others: list[Span], found_names) -> tuple[tuple[str, str], ...]:
    """The nearest canonical name of each names concept in the value's clause group."""
    group = s.group(s.segment_of[v.start])
    out = []
    for concept, hits in found_names:
        h = nearest_key(s, v, hits, others, group)
        if h is not None and h.canonical:
            out.append((concept, h.canonical))
    return tuple(out)


def subjects(s: Sentence) -> list[tuple[object, Span, Subject]]:
    """(mention, its tokens, its subject) for every value with one, Arabic duals included."""
    from checker.claimtext import unusable
    from checker.discover.duals import implied

    sent = s.prepared
    lex = lexicon(s.lang.code)
    hits = _best_hits(s, lex)
    heads, mods = _modifiers(s, hits, roles()["owners"])
    found_names = [(c, voc.find(s.forms)) for c, voc in lex.names]
    covered = {i for hs in mods.values() for h in hs for i in range(h.start, h.end)}
    covered |= {i for _, hs in found_names for h in hs for i in range(h.start, h.end)}
    spans = mention_spans(sent)
    ordinals = [(sp, m.value.value) for m, sp in zip(sent.mentions, spans) if sp and m.value.kind == "ordinal"]
    values = [(sp, m.value.kind) for m, sp in zip(sent.mentions, spans) if sp and m.value.kind in ("quantity", "date")]
    ctx = _Context(s, heads, mods, covered, ordinals, found_names, _modifiers(s, hits, roles()["owners"] | roles()["not_events"]))
    out = []
    for m, sp in zip(sent.mentions, spans):
        if sp is None or m.value.kind not in ("quantity", "date") or unusable(m):
            continue
        others = [o for o, kind in values if o is not sp and kind == m.value.kind]  # as a frame: values of its kind
        got = _event(ctx, sp) if m.value.kind == "date" else _quantity(ctx, m.value, sp, others)
        if got is not None:
            kind, head, quals, ordinal, at = got if len(got) == 5 else (*got, (0, 0))
            quals = tuple(q for q in quals if q != head)
            out.append((m, sp, Subject(kind, head, quals, ordinal, _names(s, sp, lex, others, found_names), at)))
    out += _places(ctx, lex)
    numbers = [o for o, kind in values if kind == "quantity"]
    nouns = [h for h in hits if h.source not in roles()["owners"]]  # «انهيار سدين»: the dual may follow its verb
    for m, sp, t in implied(s, nouns, lex.heads, numbers):
        beside = {h.source for h in nouns if h.end == t.start or h.start == t.end}
        quals = tuple(sorted((set(_quals(s, mods, heads, t)) | beside) - {t.source}))
        out.append((m, sp, Subject("count", t.source, quals, None, _names(s, sp, lex, numbers, found_names), (t.start, t.end))))
    return out


@dataclass
class _Context:
    s: Sentence
    heads: list[Hit]
    mods: dict
    covered: set[int]
    ordinals: list
    names: list
    events: tuple  # (heads, mods) when things counted are not heads: for dates


def _event(ctx: _Context, sp: Span, kind: str = "date"):
    """The event a date (or a place) belongs to, as frames.link.event_of finds it among every
    event concept."""
    events, mods = ctx.events
    named = [h for h in events if ordinal_of(ctx.s, h, ctx.ordinals) is not None]
    # a named event ("the third round ..., held on 7 April and including the withdrawal") first
    for pool in ([named, events] if named else [events]):
        try:
            t, _ = event_of(ctx.s, sp, pool, set(), False, frozenset(ctx.covered))
        except Reject:
            continue
        return kind, t.source, _quals(ctx.s, mods, events, t), ordinal_of(ctx.s, t, ctx.ordinals), (t.start, t.end)
    return None


def _places(ctx: _Context, lex: Lexicon) -> list[tuple[Mention, Span, Subject]]:
    """Where an event took place: a name of a places concept (roles.yaml) that a preposition of
    place or a verb of hosting makes a venue, not a party to the talks or a place travelled to
    (the frame engine's test for a rule's ``values``), given to its event as a date is. Its
    names are the clause's others: the place itself is the value. ``read`` keeps it only for
    an event named by its ordinal, there or before (talks and visits happen in many places)."""
    from checker.frames.value import candidates as values_of

    s, sent, out = ctx.s, ctx.s.prepared, []
    vocabularies = dict(lex.names)
    for concept, hits in ctx.names:
        if f"@{concept}" not in roles()["places"] or not hits:
            continue
        for c in values_of(s, sent, Found(values=hits, value_vocab=vocabularies[concept]), "name", None):
            got = _event(ctx, c.span, "place")
            if got is None:
                continue
            start, end = sent.nt.to_source(sent.spans[c.span.start][0], sent.spans[c.span.end - 1][1])
            names = tuple(n for n in _names(s, c.span, lex, [], ctx.names) if n[0] != concept)
            out.append((Mention(start=start, end=end, text=c.text, value=c.detail), c.span,
                        Subject("place", got[1], tuple(q for q in got[2] if q != got[1]), got[3], names, got[4])))
    return out


def may_hold_place(sent, lang: str, events) -> bool:
    """Whether a sentence with no number, date or ordinal may still hold a place as a value:
    a name of a places concept, and a word for one of ``events`` (those the article named
    with their ordinal before) or a word that refers back to one. Worth reading, then."""
    from checker.frames.lookup import holds, sentence_forms

    if not events:
        return False
    forms = sentence_forms(sent)
    if not any(holds(forms, *vocabulary.first_words()) for concept, vocabulary in lexicon(lang).names
               if f"@{concept}" in roles()["places"]):
        return False
    words = sorted({*events, *(w for w, target in roles()["refer"].items() if target in events)})
    return holds(forms, *resolve(words, {}, lang).first_words())


def _quantity(ctx: _Context, value, sp: Span, others: list[Span]):
    """What a number counts, as frames.link.counted_by finds it; else the noun after it."""
    s = ctx.s
    kind = "share" if value.unit == "percent" or 0 < value.value < 1 else "count"
    try:
        t, _ = counted_by(s, sp, Found(triggers=ctx.heads), others, ctx.covered)
    except Reject:
        t = None
    if kind == "share" and (t is None or t.source in roles()["name_like"] or t.start < sp.start):
        # "a third of Iraq": the name right after the share, before any noun said earlier
        name = _name_after(ctx, t.end if t is not None and t.start >= sp.end else sp.end)
        if name is not None:
            return kind, name, (), None
    if t is not None:
        return kind, t.source, _quals(s, ctx.mods, ctx.heads, t), None
    i = _other_noun(s, sp, ctx.covered)
    if i is None or (value.mod is None and float(value.value).is_integer() and 1800 <= value.value <= 2100):
        return None  # "the 2003 invasion": a year before a noun, not a count of it
    return kind, stem(s.words[i]), (), None


def _name_after(ctx: _Context, i: int) -> str | None:
    """The names concept of a name within a few words after ``i``, past "of" and the like:
    a share "of Iraq" is a share of the country."""
    for concept, hits in ctx.names:
        for h in hits:
            if i <= h.start <= i + 2 and not any(ctx.s.broken(j) for j in range(i + 1, h.start + 1)):
                return f"@{concept}"
    return None


def _quals(s: Sentence, mods: dict, heads: list[Hit], t: Hit) -> tuple[str, ...]:
    """What qualifies the head, and the same concept said again in its clause group: «القوات
    الأميركية التي يبلغ عددها 3500 جندي» counts the American forces."""
    group = s.group(s.segment_of[t.start])
    same = [h for h in heads if h.source == t.source and s.segment_of[h.start] in group] or [t]
    owners = roles()["owners"]
    # and the owner said in the head's own clause: "The United States has about 2,500 troops"
    said = {m.source for ms in mods.values() for m in ms
            if m.source in owners and s.segment_of[m.start] == s.segment_of[t.start]}
    return tuple(sorted({m.source for h in same for m in mods.get(h.start, ())} | said))


def named_events(s: Sentence) -> list[tuple[str, int]]:
    """(concept, ordinal) of every event named with its ordinal in the sentence, in order:
    what a later "the talks" or «الجلسة» may refer back to."""
    sent = s.prepared
    spans = mention_spans(sent)
    ordinals = [(sp, m.value.value) for m, sp in zip(sent.mentions, spans) if sp and m.value.kind == "ordinal"]
    if not ordinals:
        return []
    lex = lexicon(s.lang.code)
    heads, _ = _modifiers(s, _best_hits(s, lex), roles()["owners"] | roles()["not_events"])
    return [(h.source, n) for h in heads if (n := ordinal_of(s, h, ordinals)) is not None]


def refers_back(s: Sentence, sub: Subject) -> bool:
    """Whether an event without its ordinal may take the one named before ("the talks"), not
    "the next round" («الجولة المقبلة»)."""
    if sub.kind not in ("date", "place") or sub.ordinal is not None:
        return False
    near = [i for i in (sub.at[0] - 1, sub.at[1]) if 0 <= i < len(s)]
    return not any(s.forms[i] in s.lang.not_anaphoric for i in near)
