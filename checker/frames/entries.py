"""A timeline's entry dates its event: "**Saturday, May 6**" and then "The first round of talks
opens in Jeddah". A mixin of ``FrameReader``.

Timelines and live blogs set the day in a heading of its own and tell what happened in the
entry under it, in the present or the past, with no date in the sentence. A date rule's event
named as what the entry's first sentence is about (in its main clause, not after a preposition:
"suspends its participation in the talks" is no opening of talks) took place on the heading's
day. Only the entry's first sentence is read so: later ones tell what followed, and may be
days apart ("It takes effect on Monday, May 22" dates itself). The claim's evidence quotes the
heading with the sentence, and its context names the heading.
"""

from __future__ import annotations

from checker.frames.candidate import Candidate, constraint_broken
from checker.frames.clauses import Sentence
from checker.frames.lookup import find_words
from checker.frames.link import Reject, Span
from checker.frames.locate import words_into_clause
from checker.frames.refer import event_words
from checker.frames.sections import MARKUP
from checker.frames.segment import time_only
from checker.frames.value import ordinals_of
from checker.frames.words import spec_matches
from checker.claimtext import unresolved
from checker.models import ContextLink, DateValue


class DatedEntries:
    _heading: tuple[int, int, int, int, DateValue] | None = None  # sentence start, end; date start, end; value

    def _open_heading(self, sent, start: int, day: str | None) -> None:
        """Keep where a day heading stands and its date, for the entry's first sentence."""
        self._heading = None
        for m in sent.mentions if day else ():
            if m.value.kind == "date" and m.value.precision == "day" and "X" not in m.value.value:
                self._heading = (start, start + len(sent.text), start + m.start, start + m.end, m.value)
                return

    def _first_of_entry(self, start: int) -> bool:
        h = self._heading
        return h is not None and h[1] <= start and not self.article.text[h[1]:start].strip(MARKUP + "\r\n")

    def _carried_date(self, s: Sentence, sentence, lang: str) -> tuple | None:
        """The day a sentence with no date of its own tells of: its entry's heading, when it opens the
        entry, or the one day the sentence before names, when it opens on a few moments after it
        ("Minutes later, a huge explosion ...", «وبعد دقائق دوى انفجار»). (sentence start, end;
        date start, end; value; where from)."""
        if self._first_of_entry(sentence.start):
            return (*self._heading, "heading")
        if not moments_after(s) or s.date_starts or not 0 < self._now < len(self.article.sentences):
            return None
        # the last dated sentence of the paragraph, a few back at most ("on August 5, a fire broke out
        # ... Firefighters were sent to put it out. Minutes later ..."): it must name one day
        after = sentence.start
        for k in range(self._now - 1, max(-1, self._now - 4), -1):
            before = self.article.sentences[k]
            if "\n\n" in self.article.text[before.end:after]:
                return None
            dates = [m for m in self._prepared_sentence(before, lang).prepared.mentions if m.value.kind == "date"]
            if dates:
                days = {m.value.value: m for m in dates if m.value.precision == "day" and not unresolved(m) and "X" not in m.value.value}
                if len(days) != 1:
                    return None
                m = next(iter(days.values()))
                return before.start, before.end, before.start + m.start, before.start + m.end, m.value, "sentence"
            after = before.start
        return None

    def _entry_claims(self, rule, s: Sentence, sentence, lang: str, carried: tuple) -> list:
        """The claims of a date rule whose event a sentence with no date tells, dated by the day it
        carries (``_carried_date``): its entry's heading, or the sentence just before it."""
        start, end, ds, de, value, source = carried
        broken = constraint_broken(rule.frame, value, None)
        if broken is not None:  # "**Aug. 31, 2010**" over a combat mission a rule dates 2019–2024
            self._say(rule, f"the carried date «{self.article.text[ds:de]}» not taken: {broken}")
            return []
        lf = self.compiled[rule.id].by_lang[lang]
        found = find_words(s, lf)
        ordinals = ordinals_of(s, s.prepared, found, rule)
        info = event_words(s, rule.frame, self.memory[rule.id], found, ordinals, lf.trigger_specs, False)
        # (a heading is weak: the series must stand with the event; after "Minutes later" the memory may give it)
        told = [v for v in info.values() if self._told(s, v[0]) and (
            not rule.frame.of or source != "heading" or _said_with(s, v[0], found.of))]
        if not told or any(s.forms[i] in s.lang.plan or s.forms[i] in s.lang.projection
                           for i in range(len(s)) if s.segment_of[i] == s.segment_of[told[0][0].start]):
            return []  # ("The second round is expected to open ...": not yet)
        tinfo = min(told, key=lambda v: v[0].start)
        t = tinfo[0]
        c = Candidate(Span(t.start, t.end), self.article.text[ds:de], value, trigger=t)
        whose = "the entry's heading" if source == "heading" else "the paragraph's last date"
        self._say(rule, f"{whose} «{c.text}» dates «{' '.join(s.words[t.start:t.end])}»")
        try:
            made = self._claim(rule, s, found, c, tinfo, [], sentence, lang)
        except Reject as why:
            self._say(rule, f"{whose} «{c.text}» not taken: {why}")
            return []
        said = ContextLink(what="date", value=c.text, source="sentence", quote=self.article.text[start:end].strip(MARKUP),
                           start=start, end=end)
        out = []
        for claim in made:
            if not hasattr(claim, "evidence"):
                continue
            ev = claim.evidence.model_copy(update={
                "quote": self.article.text[start:sentence.end], "quote_start": start,
                "start": min(ds, claim.evidence.start), "value_start": ds, "value_end": de})
            out.append((claim.model_copy(update={"evidence": ev, "as_of": value.value, "as_of_source": source,
                                                 "context": [*claim.context, said]}), 0, (t.start, t.end)))
        return out

    @staticmethod
    def _told(s: Sentence, t) -> bool:
        """Whether an event word is what the sentence tells: in its main clause, not after a
        preposition (past determiners and ordinals: "in the talks", not "The first round")."""
        # ("At 04:17 local time, a quake ...", "Minutes later, a huge explosion ...")
        main = 1 if len(s.segments) > 1 and (time_only(s, s.segments[0]) or s.segments[0].end <= moments_after(s)) else 0
        if s.segment_of[t.start] != main:
            return False
        if any(s.forms[i] in s.lang.asked for i in range(s.segments[main].start, t.start)):
            return False  # "announces an inquiry into why the dams failed": asked about, not told
        i = t.start - 1
        while i >= 0 and (s.forms[i] in s.lang.determiners or i in s.value_starts) and not s.broken(i + 1):
            i -= 1
        return not (i >= 0 and not s.broken(i + 1) and s.forms[i] in s.lang.prepositions)


def moments_after(s: Sentence) -> int:
    """How many words of the sentence's opening say it comes a few moments after the one before
    ("Minutes later", "Shortly afterwards", «وبعد دقائق»); 0 when it opens otherwise."""
    phrases = s.lang.moments_after
    if not len(s) or not (s.forms[0] in phrases or any(sp[0].word in s.forms[0] for sp in phrases.terms)):
        return 0
    if s.forms[0] in phrases:
        return 1
    return max((len(sp) for sp in phrases.terms
                if len(sp) <= len(s) and all(spec_matches(x, s.forms[k]) for k, x in enumerate(sp))), default=0)


def _said_with(s: Sentence, t, of: list) -> bool:
    """Whether the event word, or the rule's series or subject with it, is what the sentence is
    about: the event word opens it ("The first round ... opens in Jeddah", «انطلقت الجولة»), or the
    series stands before it in the main clause ("Fighting erupts", "The two dams ... burst") or just
    after it, with no preposition between but "of" ("sign the Jeddah Declaration"). Not "Guterres
    arrives in Islamabad for a visit to the flood zones": that is his arrival."""
    if words_into_clause(s, t.start) == 0:
        return True
    for h in of:
        if s.segment_of[h.start] == s.segment_of[t.start] and h.end <= t.start:
            return True
        between = range(t.end, h.start)
        if 0 <= len(between) <= 4 and not any(
                s.broken(i + 1) or s.forms[i] in s.lang.prepositions and s.forms[i] not in s.lang.part_of_whole
                for i in between):
            return True
    return False
