"""Which frame rules read a sentence: a rule's words, its context in the article, and the memory.

A mixin of ``FrameReader``: every test here only spares work (a sentence no rule
can claim in, or whose memory it cannot change, is not read), so with ``gated``
off every rule reads every sentence and must give the same claims
(tests/test_frames.py).
"""

from __future__ import annotations

from checker.frames.language import language
from checker.frames.lookup import gates_for
from checker.frames.sections import MARKUP
from checker.frames.tables import header_of
from checker.frames.clauses import Sentence


_QUESTION_MARKS = ("?", "؟")


class Gating:
    def _context_ok(self, rule, lang: str) -> bool:
        """A rule's ``context`` terms must stand somewhere in the article, headline included, in
        any language the rule reads."""
        key = (rule.id, lang)
        if key not in self._context:
            # in any of the rule's languages: an English headline names Iraq for an Arabic text too
            ok = not rule.frame.context or any(self._occurs(lf.context) for lf in self.compiled[rule.id].by_lang.values())
            self._context[key] = ok
            if not ok and not any(k[0] == rule.id for k in self._context if k != key):
                self._say(rule, f"not read: the article never names its context ({', '.join(rule.frame.context)})")
        return self._context[key]

    # The gates only spare work: with ``gated`` off every rule reads every sentence, which
    # must give the same claims (tests/test_frames.py).
    gated = True

    def wants(self, sent, lang: str, start: int | None = None) -> tuple[list, list]:
        """Rules that may claim in the sentence (at article offset ``start``), and rules whose memory
        it may change."""
        plans = self._plans(lang)
        self.withdrawing = False
        if not plans:
            return [], []
        gates = plans[0][2]
        mask = gates.of_sentence(sent)
        header = self._table_header(start, lang) if start is not None and "|" in sent.text else None
        if header is not None:  # a table's row: what its cells are, the header says (``tables``)
            mask |= gates.of_sentence(header.prepared)
        self.withdrawing = bool(mask & gates.withdrawn_bit)  # a word of withdrawing a figure (``checker.frames.withdrawn``)
        if not self.gated:
            return [r for r, _, _ in plans if self._context_ok(r, lang)], []
        # "Its first round took place in June. The second was held in August": a sentence right after
        # one that named a rule's event by its ordinal may name the next by its ordinal alone
        e = self._ordinal_end  # (the end of the last sentence any rule remembered an ordinal from)
        after = {r.id for r, _, _ in plans if r.frame.ordinal and self._named_just_before(r, start)} if (
            e is not None and start is not None and e <= start and not self.article.text[e:start].strip()) else ()
        answers = self._answers(start, plans)
        if answers:
            after = {*after, *answers}
        if not mask and not after:
            return [], []
        pronoun = bool(mask & gates.pronoun_bit)
        claim, remember = [], []
        for i, (r, lf, _) in enumerate(plans):
            bits = mask >> (3 * i) & 7  # GATE, REFER, MEMORY (``Gates``)
            if not bits and not pronoun and r.id not in after:
                continue
            gate, memory = bits & 1, bits & 4
            refer = not gate and (bits & 2 and self._may_refer(r, memory) or pronoun and self._pronoun_may_refer(r))
            if gate or refer or r.id in after:
                if self._context_ok(r, lang):
                    claim.append(r)
            elif memory:
                remember.append(r)
        return claim, remember

    def _kept_out(self, claim_rules, remember_rules, sent, lang: str):
        """A rule's ``require`` and ``exclude`` keep the sentence's values out; it still remembers."""
        from checker.ruleset.engine import kept_out

        kept, out = [], []
        for r in claim_rules:
            why = kept_out(r, sent, lang)
            if why is None:
                kept.append(r)
            else:
                out.append(r)
                self._say(r, f"no claim: {why}")
        return kept, [*out, *remember_rules]

    def _plans(self, lang: str) -> list:
        """The rules that read ``lang``, each with its compiled frame, and their shared gates."""
        got = self._by_lang.get(lang)
        if got is None:
            pairs = [(r, by_lang[lang]) for r, by_lang in self.plans if lang in by_lang]
            data = language(lang)
            gates = gates_for(tuple(lf for _, lf in pairs), frozenset(data.pronouns.exact | data.subjectless.exact) if data else frozenset(),
                              frozenset(data.withdrawn.exact) if data else frozenset())
            got = self._by_lang[lang] = [(r, lf, gates) for r, lf in pairs]
        return got

    def _may_refer(self, rule, memory_words: bool) -> bool:
        """"The session", «الجلسة»: worth reading once the article has named an event's ordinal,
        or with the rule's series named beside it ("the second session of the strategic dialogue")."""
        spec = rule.frame
        return not spec.ordinal or spec.ordinal in self.memory[rule.id].keys or memory_words

    def _pronoun_may_refer(self, rule) -> bool:
        """"Held on April 7, 2021, it ...": a pronoun can stand for the event only once the
        article has named one with its ordinal."""
        spec = rule.frame
        return bool(spec.event and spec.ordinal and spec.ordinal in self.memory[rule.id].keys)

    def _occurs(self, vocabulary) -> bool:
        """Whether a vocabulary stands in the article: asked once per article for a vocabulary
        many rules share (the story's place, say)."""
        found = self.__dict__.setdefault("_occurring", {})
        got = found.get(id(vocabulary))
        if got is None:
            got = found[id(vocabulary)] = vocabulary.occurs_in(self._document_words())
        return got

    def _document_words(self) -> list[str]:
        """The whole article's words (headline first), read once for every rule's ``context``."""
        if not hasattr(self, "_doc_words"):
            from checker.ruleset.match import words_of

            self._doc_words = words_of(self._document_text())
        return self._doc_words

    def _document_text(self) -> str:
        return (self.article.info.title or "") + "\n" + self.article.text

    def _answers(self, start: int | None, plans) -> set[str]:
        """"How many US troops are in Iraq? About 2,500.", "When did the dams break? Shortly after 2:30
        a.m. on Monday": the rules whose counted noun or event the question just before names; the
        answer may give their value with no word of its own."""
        if start is None or not (self._counted or self._asked) or not self._after_question(start):
            return set()
        now = self._order.get(start)
        return {r.id for r, _, _ in plans if now is not None and (
            self._counted.get(r.id, (None,))[0] == now - 1 or self._asked.get(r.id) == now - 1)}

    def _after_question(self, start: int) -> bool:
        """Whether the sentence before the one at ``start`` is a question."""
        return self.article.text[max(0, start - 8):start].rstrip(MARKUP + "\r\n").endswith(_QUESTION_MARKS)  # ("**Q?**")

    def _named_just_before(self, rule, start: int) -> bool:
        """Whether the sentence right before the one at ``start`` named one of the rule's events with its ordinal."""
        said = self.memory[rule.id].keys.get(rule.frame.ordinal) if rule.frame.ordinal else None
        end = said.where.end if said is not None else None
        return end is not None and end <= start and not self.article.text[end:start].strip()

    def _asked_before(self, s) -> bool:
        """Whether the sentence before this one was a question (the answer's number counts its noun)."""
        sentences = self.article.sentences
        return 0 < self._now < len(sentences) and self._after_question(sentences[self._now].start)

    def _table_header(self, start: int, lang: str):
        """The header row of the table whose row starts at ``start``, read once per table."""
        span = header_of(self.article.text, start)
        if span is None or language(lang) is None:
            return None
        kept = self.__dict__.setdefault("_headers", {})
        got = kept.get((span, lang))
        if got is None:
            from checker.ruleset.match import Prepared

            got = kept[(span, lang)] = Sentence(Prepared(self.article.text[span[0]:span[1]]), language(lang))
            got.index = self._index(lang)
        return got
