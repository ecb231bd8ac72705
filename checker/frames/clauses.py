"""A sentence as the frame engine sees it: words with their forms, and clauses.

Clauses are found (``checker.frames.segment``) from surface cues in the language data: punctuation,
relative pronouns, complementisers, subordinators, prepositions and
participles at the start of a segment. Each segment knows the segment it
hangs on (``attach``): a relative or participial clause hangs on the words
before it ("the third round, held on April 7"; «الجولة الثالثة التي عقدت في
...»), and an opening participial clause ("Held on April 7, 2021, it ...")
on the clause after it. A value and the thing it is about must share a
clause group (a segment with those it hangs on and those hanging on it);
that is what keeps "said on Monday" off a round and a country of one clause
off the number of another.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from checker.lazy import once

from checker.frames.language import Language
from checker.frames.segment import Segment, segment
from checker.frames.words import ACRONYMS, acronym, forms_of

_QUOTES = set("\"«»")
_OPEN_QUOTES = ('"', "«", "\u201c")
_NO_QUOTES = str.maketrans("", "", "\"«»")
_DASH = "\u2014"  # a language whose breaks list the dash breaks at a hyphen with spaces around it
_NO_HITS: list = []  # shared: ``Sentence.hits`` is read, never changed
_SCARE_QUOTE_WORDS = 4  # at most this many words between quote marks for a quoted term, not speech


@dataclass
class Sentence:
    """Tokens of one prepared sentence (``checker.ruleset.match.Prepared``) and their clauses."""

    prepared: object
    lang: Language
    forms: list[frozenset[str]] = field(init=False)

    def __post_init__(self) -> None:
        p = self.prepared
        self.forms = [forms_of(w) for w in p.words]
        # (each language's case is looked for only when the sentence holds such a word at all)
        if self.lang.code == "ar" and not self.lang.particles.exact.isdisjoint(p.word_set):
            # «فقد لقي 3922 شخصا حتفهم»: ف + قد before a verb, not «فقد» (lost) before a number
            for i, w in enumerate(p.words):
                if w in self.lang.particles.exact and i + 1 < len(self.forms) and i + 1 not in self.value_starts:
                    self.forms[i] = frozenset({w[1:]})
        if self.lang.code == "en" and not ACRONYMS.isdisjoint(p.word_set):  # "IS" in capitals is also the acronym
            for i, w in enumerate(p.words):
                if w in ACRONYMS:
                    a, b = p.nt.to_source(*p.spans[i])
                    form = acronym(p.text[a:b])
                    if form:
                        self.forms[i] = self.forms[i] | {form}

    @property
    def words(self) -> list[str]:
        return self.prepared.words

    def __len__(self) -> int:
        return len(self.forms)

    def lookup(self, vocabulary) -> list:
        """A vocabulary's hits in this sentence, found once however many rules share it: every
        vocabulary of the reader's index in one pass, others on first use. Hits are copied out."""
        return list(self.hits(vocabulary))

    def hits(self, vocabulary) -> list:
        """``lookup`` without the copy, for readers that change nothing."""
        hits = self.__dict__.get("_hits")
        index = getattr(self, "index", None)
        if hits is None:
            hits = self._hits = index.find(self.forms) if index is not None else {}
        got = hits.get(id(vocabulary))
        if got is None:
            if index is not None and id(vocabulary) in index.members:
                return _NO_HITS  # in the index, and none in this sentence
            got = hits[id(vocabulary)] = vocabulary.find(self.forms)
            self.__dict__.setdefault("_held", []).append(vocabulary)  # its id stays its own while cached
        return got

    def hit_ids(self):
        """The ids of the index's vocabularies with a hit in this sentence (a dict's keys), or
        None without an index: a quick "does it hold any of these" before looking each up."""
        index = getattr(self, "index", None)
        if index is None:
            return None
        hits = self.__dict__.get("_hits")
        if hits is None:
            hits = self._hits = index.find(self.forms)
        return hits.keys()

    def aside(self, i: int, *tokens: int) -> bool:
        """Whether token i stands in a relative or participial clause set in between, or in a list of
        members set off by commas, not in the clause of any of ``tokens`` ("Coalition forces, which
        numbered 7,500, now stand at 3,500"; "508,827 people, including 500,000 Sudanese, crossed into Egypt")."""
        seg = self.segment_of[i]
        here = self.segments[seg]
        members = here.kind == "apposition" and self.forms[here.start] in self.lang.members
        return (here.kind in ("relative", "participial") or members) and all(self.segment_of[t] != seg for t in tokens)

    def capitalised(self, i: int) -> bool:
        """Whether token i is written with a capital (in English, a name's word)."""
        p = self.prepared
        a, b = p.nt.to_source(*p.spans[i])
        return p.text[a:b][:1].isupper()

    def gap(self, i: int) -> str:
        """The normalised characters between token i-1 and token i."""
        spans = self.prepared.spans
        return self.prepared.nt.text[spans[i - 1][1] : spans[i][0]] if i > 0 else ""

    def broken(self, i: int) -> bool:
        """Whether punctuation separates token i from the one before ("2,500" is one number, not a break)."""
        if i <= 0:
            return False
        gap = self.gap(i)
        if gap == " ":
            return False  # (most gaps: one space)
        if len(gap) > 1 and gap.strip() == "-" and _DASH in self.lang.breaks and i not in self.inside_values:
            return True  # "the coalition — the Americans plus ... — numbers": a dash, spaced, as normalising writes it
        if not _QUOTES.isdisjoint(gap) and i in self.scare_quotes:
            gap = gap.translate(_NO_QUOTES)  # («العاصفة "دانيال"، انهار»: the comma after the quoted name still breaks)
        if self.lang.breaks.isdisjoint(gap) or i in self.inside_values:
            return False
        return not (len(gap) == 1 and self.words[i - 1][-1:].isdigit() and self.words[i][:1].isdigit())

    @once
    def scare_quotes(self) -> frozenset[int]:
        """Quote marks around a few words inside a clause (the first "strategic dialogue"
        meeting, «الحوار الاستراتيجي»): a name or a term quoted, not speech, so no clause break."""
        quoted = [i for i in range(1, len(self)) if (g := self.gap(i).strip()) and not _QUOTES.isdisjoint(g)
                  and set(g) <= _QUOTES | self.lang.breaks]
        out: set[int] = set()
        for a, b in zip(quoted[::2], quoted[1::2]):
            if b - a <= _SCARE_QUOTE_WORDS:
                out.update((a, b))
        return frozenset(out)

    @once
    def quoted(self) -> frozenset[int]:
        """Tokens inside quotation marks: words someone else wrote or said (a fact check's claim)."""
        text = self.prepared.nt.text
        if not any(q in text for q in _OPEN_QUOTES):
            return frozenset()
        out, inside = set(), False
        for i in range(len(self)):
            gap = self.gap(i) if i else text[: self.prepared.spans[0][0]] if self.prepared.spans else ""
            for ch in gap:
                if ch == '"':
                    inside = not inside
                elif ch in "«\u201c":
                    inside = True
                elif ch in "»\u201d":
                    inside = False
            if inside:
                out.add(i)
        return frozenset(out)

    @once
    def bracketed(self) -> frozenset[int]:
        """Tokens inside round brackets: an aside ("(its flags flew over Syria's Raqqa, too)")."""
        if "(" not in self.prepared.nt.text:
            return frozenset()
        out, depth = set(), 0
        for i in range(len(self)):
            gap = self.gap(i) if i else self.prepared.nt.text[: self.prepared.spans[0][0]] if self.prepared.spans else ""
            depth = max(0, depth + gap.count("(") - gap.count(")"))
            if depth:
                out.add(i)
        return frozenset(out)

    @once
    def value_spans(self) -> list[tuple[int, int]]:
        """Every value's words, (first token, end), whatever rule may claim it."""
        return [t for t in getattr(self.prepared, "mention_tokens", ()) if t]

    @once
    def count_spans(self) -> list[tuple[int, int]]:
        """The words of every number that is no date or ordinal, whatever rule may claim it."""
        p = self.prepared
        return [t for m, t in zip(getattr(p, "mentions", ()), getattr(p, "mention_tokens", ()))
                if t and m.value.kind == "quantity"]

    @once
    def openings(self) -> tuple[int, ...]:
        """Words that name a first event without an ordinal ("the opening round", «الافتتاحية»)."""
        return tuple(i for i, f in enumerate(self.forms) if f in self.lang.opening)

    @once
    def value_starts(self) -> frozenset[int]:
        return frozenset(w for w in getattr(self.prepared, "first_word", ()) if w >= 0)

    @once
    def date_starts(self) -> frozenset[int]:
        p = self.prepared
        return frozenset(w for w, m in zip(getattr(p, "first_word", ()), getattr(p, "mentions", ())) if w >= 0 and m.value.kind == "date")

    @once
    def light(self) -> frozenset[int]:
        """Tokens that describe rather than name another event: values, and the parties after
        "between" («بين العراق والولايات المتحدة»)."""
        return frozenset(k for a, b in self.value_spans for k in range(a, b)) | self.party_tokens

    @once
    def party_tokens(self) -> frozenset[int]:
        """The words after "between"/«بين» up to the next break: the parties, not a place."""
        out = set()
        for i, f in enumerate(self.forms):
            if f in self.lang.parties:
                j, joined = i + 1, False
                while j < len(self) and j < i + 7 and not self.broken(j) and self.segment_of[j] == self.segment_of[i]:
                    if joined and self.forms[j] in self.lang.venue:
                        break  # "between Iraq and America in Washington": the parties are named, the place follows
                    joined = joined or self.forms[j] in self.lang.range_joiners or self.forms[j] in self.lang.both_parties or (
                        self.lang.code == "ar" and self.words[j].startswith("و"))
                    out.add(j)
                    j += 1
        return frozenset(out)

    def only_values(self, seg: Segment) -> bool:
        """A segment of values and the light words around them: «صباح اليوم الخميس», ", on Monday,"."""
        return all(i in self.value_starts or i in self.inside_values or self.forms[i] in self.lang.function
                   for i in range(seg.start, seg.end)) and any(i in self.value_starts for i in range(seg.start, seg.end))

    @once
    def ordinal_starts(self) -> frozenset[int]:
        """Tokens where an ordinal begins ("the third round")."""
        p = self.prepared
        return frozenset(w for m, w in zip(getattr(p, "mentions", ()), getattr(p, "first_word", ()))
                         if w >= 0 and m.value.kind == "ordinal")

    @once
    def inside_values(self) -> frozenset[int]:
        """Tokens inside a value after its first ("April 7, 2021"): punctuation there is the value's own."""
        return frozenset(k for a, b in self.value_spans for k in range(a + 1, b))

    @once
    def segments(self) -> list[Segment]:
        return segment(self)

    @once
    def segment_of(self) -> list[int]:
        out = [0] * len(self)
        for k, s in enumerate(self.segments):
            for i in range(s.start, s.end):
                out[i] = k
        return out

    def ancestors(self, seg: int) -> list[int]:
        """The segments a segment hangs on, nearest first, each once (never a loop)."""
        out: list[int] = []
        k = self.segments[seg].attach
        while k is not None and k != seg and k not in out:
            out.append(k)
            k = self.segments[k].attach
        return out

    def group(self, seg: int) -> set[int]:
        """The clause group of a segment: itself, what it hangs on, and what hangs on it."""
        segs = self.segments
        # an apposition names what the words before it name; its own values stay in it
        out = {seg} if segs[seg].kind == "apposition" else {seg, *self.ancestors(seg)}
        changed = True
        while changed:
            changed = False
            for j, s in enumerate(segs):
                if j not in out and s.attach in out and s.kind in ("relative", "participial", "adjunct", "resumed"):
                    out.add(j)
                    changed = True
        return out

    def same_group(self, i: int, j: int) -> bool:
        return self.segment_of[j] in self.group(self.segment_of[i])
