"""What a sentence leaves in the article's memory, per rule, and the sections a timeline's day
headings open: a mixin of ``FrameReader``.

The memory keeps, per rule, the last key names, the last ordinal and whose the last series named
was (``checker.frames.discourse``); later sentences inherit them. What is kept is filtered here:
a name in brackets is an aside, a speaker's place or a place that only locates another is no
owner, and a nationality describing a person ("the Iranian general") names whose the person is.
"""

from __future__ import annotations

from checker.claimtext import ordinal_words
from checker.frames.clauses import Sentence
from checker.frames.discourse import Where
from checker.frames.found import Found
from checker.frames.language import language
from checker.frames.locate import direction_led, locator, of_person, speaker_place, time_landmark, topic_name
from checker.frames.ordinal import ordinal_of
from checker.frames.sections import clock_entry, heading, marked_heading
from checker.frames.value import ordinals_of


class Remembering:
    def section(self, sent, lang: str, start: int) -> None:
        """A line of its own: a day opens a dated section, words close it, a clock time keeps it."""
        data = language(lang)
        if data is None:
            return
        kind, day, year = heading(Sentence(sent, data), marked_heading(self.article.text, start))
        if kind != "time":
            self._section, self.section_year = day, year
            self._open_heading(sent, start, day)
            if self.explain is not None:
                self.explain.append(f"section: {day}" if day else "section: closed by a heading of words")

    def entry(self, start: int) -> None:
        """A live blog's entry ("**17:30 GMT** — ...") tells of the page's story: another's name the
        entry before named last is not whose the new entry's figures are; the rule's own series is."""
        if not clock_entry(self.article.text, start):
            return
        for mem in self.memory.values():
            if mem.owner is not None and not mem.owner[0] and mem.own is not None:
                mem.owner = (True, mem.own)

    def _excluded_before(self, rule, s: Sentence, v, lang: str) -> str | None:
        """"A reader asks how this compares with 2010. Those floods killed nearly 2,000": a clause of
        the value's that opens on a distal demonstrative and its noun, right after a sentence naming a
        year the rule excludes, tells of that year. The excluded words, or None."""
        if not any(s.segments[k].start + 1 < len(s) and s.forms[s.segments[k].start] in s.lang.distal
                   and s.segments[k].start + 1 not in s.value_starts and s.forms[s.segments[k].start + 1] not in s.lang.function
                   for k in s.group(s.segment_of[v.start])):
            return None
        sentences = self.article.sentences
        if not 0 < self._now < len(sentences):
            return None
        before = self._prepared_sentence(sentences[self._now - 1], lang)
        p = before.prepared
        dated = {k for m, span in zip(p.mentions, p.mention_tokens) if span and m.value.kind == "date" for k in range(*span)}
        return next((" ".join(before.words[h.start:h.end]) for h in before.hits(self.compiled[rule.id].by_lang[lang].veto)
                     if any(h.start <= i < h.end for i in dated)), None)

    def _prepared_sentence(self, sentence, lang: str) -> Sentence:
        """An earlier sentence read again, with its values: once per sentence, however many rules
        or claims look back at it (only the last few are kept)."""
        from checker.ruleset.match import Prepared

        kept = self.__dict__.setdefault("_looked_back", {})
        got = kept.get((sentence.start, lang))
        if got is None:
            text = self.article.text[sentence.start:sentence.end]
            sent = Prepared(text)
            sent.attach(self._finder(text, lang, self.article.info.published))
            if len(kept) >= 4:
                kept.clear()
            got = kept[(sentence.start, lang)] = Sentence(sent, language(lang))
        return got

    def _long_ago(self, where: Where) -> bool:
        """Whether ``where`` is a sentence before the one just before the sentence being read."""
        said = self._order.get(where.start) if where.start is not None else None
        return said is not None and said < self._now - 1

    def _remember(self, rule, s: Sentence, found: Found, where: Where) -> None:
        spec, mem = rule.frame, self.memory[rule.id]
        sent = s.prepared
        nouns = [h.end for h in found.triggers if h.source != "count_back"]
        if spec.counts and spec.unit != "share" and nouns:  # "their number" counts people or things, not land
            self._counted[rule.id] = (self._now, max(nouns))
        if spec.ordinal and found.triggers:
            ordinals = ordinals_of(s, sent, found, rule)
            for h in found.triggers:
                n = ordinal_of(s, h, ordinals)
                if n is not None:
                    mem.remember_key(spec.ordinal, str(n), ordinal_words(n), where)
                    self._ordinal_end = where.end if where.end is not None else self._ordinal_end
        aside = s.bracketed  # a name said in brackets is an aside, not what the article goes on about
        for slot, hits in found.keys.items():
            hits = [h for h in hits if h.start not in aside and not _neighbour(s, h, hits)]
            if hits:
                last = max(hits, key=lambda h: h.start)
                mem.remember_key(slot, last.canonical, last.canonical, where)
        # The last series named wins; of two ending together ("bilateral dialogue" and
        # "dialogue"), the longer is what was said.
        # «مدينة درنة بشرق ليبيا», "Derna, Libya": a place that locates the owner is no series of its own
        # ("outside Derna" still names the place the article is about)
        # (the last one named that owns is kept: the tests of another's name are asked from the last back)
        # "Heavy rain fell on Sindh and Balochistan. The NDMA toll reaches 1,136": another's place named
        # in passing, where nothing is counted, is where things happened, not whose the next count is;
        # named as what the sentence is about ("NATO announced ...", "In Syria, ...") it is
        passing = spec.counts and not nouns  # (where the rule's counted noun stands, the name may own it)
        owners = [((h.end, h.end - h.start), True, h) for h in found.of if h.start not in aside] + [
            ((h.end, h.end - h.start), False, h) for h in found.not_of if h.start not in aside]
        for _, mine, h in sorted(owners, key=lambda x: x[0], reverse=True):
            if mine or not (passing and not _topic(s, h)) and self._owns(s, h, found.of):
                mem.remember_owner(mine, " ".join(s.words[h.start:h.end]), where)
                break

    @staticmethod
    def _owns(s: Sentence, h, of: list) -> bool:
        """Whether another's name is an owner the next sentence may go on about. Rules that share a
        vocabulary ask it of the same name: answered once per sentence."""
        memo = s.__dict__.setdefault("_owns", {})
        key = (h.start, h.end, *((x.start, x.end) for x in of))
        got = memo.get(key)
        if got is None:
            got = memo[key] = not (direction_led(s, h) or locator(s, h, of) or speaker_place(s, h) or of_person(s, h)
                                   or time_landmark(s, h))
        return got


_NEIGHBOUR_GAP = 2  # words between a word of borders and the names it lists ("borders meet", "border with")


def _neighbour(s: Sentence, h, keys: list) -> bool:
    """"at the point where the country's borders meet Syria and Iraq", «على الحدود مع سوريا والعراق»: a
    key named as a neighbour, what a border touches, is a landmark; the next sentence's figures are
    not of it."""
    taken = {i for k in keys for i in range(k.start, k.end)}
    i, gap = h.start - 1, 0
    while i >= 0 and gap <= _NEIGHBOUR_GAP:
        if s.forms[i] in s.lang.neighbour_cues:
            return True
        if i not in taken and s.forms[i] not in s.lang.coordinators:
            gap += 1
        i -= 1
    return False


def _topic(s: Sentence, h) -> bool:
    """``topic_name``, once per name of a sentence."""
    memo = s.__dict__.setdefault("_topic", {})
    got = memo.get((h.start, h.end))
    if got is None:
        got = memo[(h.start, h.end)] = topic_name(s, h)
    return got
