"""Frame rules over one article: sentence by sentence, with a memory of what came before.

``FrameReader`` is made once per article. The headline is read first, for
memory only (its words are not in the article text, so it cannot be quoted
as a claim). Each sentence then gives claims for the rules whose words it
holds, and updates the memory of every rule whose key names or series it
mentions. With ``explain`` (a list), every decision is written there.
"""

from __future__ import annotations

from dataclasses import replace

from checker.claimtext import unusable, unusable_message
from checker.frames.bounds import alternative, negated, planned, projected, recent_window
from checker.frames.clauses import Sentence
from checker.frames.attributive import date_of_noun, describes_next
from checker.frames.saying import retraction
from checker.frames.concepts import Hit, intransitive
from checker.frames.countback import count_back
from checker.frames.entries import DatedEntries
from checker.frames.explaining import Explaining
from checker.frames.lookup import combined_index, frame_setup, find_words, remembered_words, sentence_for
from checker.frames.discourse import Memory, Where, one_event_per_value, said_once
from checker.frames.language import language
from checker.frames.events import event_of, restated
from checker.frames.gating import Gating
from checker.frames.remembering import Remembering
from checker.frames.saying import claimed_quote, denied, fact_check
from checker.frames.link import Found, Reject, Span, counted_by
from checker.frames.ordinal import partitive_ordinals
from checker.frames.tables import column_hits, venue_cells
from checker.frames.saying import asks_for
from checker.frames.keys import choose_keys
from checker.frames.listing import is_whole_after_part, same_as_whole
from checker.frames.landmarks import compared_earlier
from checker.frames.locate import settlement_back
from checker.frames.owner import owner_level
from checker.frames.veto import clause_veto, vetoed
from checker.frames.refer import event_words
from checker.frames.claim import as_of, claim_of, other_time
from checker.frames.earlier import earlier_disaster
from checker.frames.implied import may_claim, two_unwritten
from checker.frames.candidate import fitting
from checker.frames.value import Candidate, candidates, ordinals_of
from checker.models import Article, Problem


class FrameReader(Gating, Remembering, DatedEntries, Explaining):
    def __init__(self, article: Article, rules, finder, explain: list[str] | None = None) -> None:
        self.article = article
        self.rules, self.compiled, self.plans, self._guarded = frame_setup(rules)
        self.memory = {r.id: Memory() for r in self.rules}
        self.explain = explain
        self._finder = finder
        self._context: dict[tuple[str, str], bool] = {}
        self._indexes: dict[str, object] = {}
        self._by_lang: dict[str, list] = {}
        self._order = {x.start: i for i, x in enumerate(article.sentences)}  # the headline is -1
        self._now = -1
        self._counted: dict[str, tuple[int, int]] = {}  # rule -> (sentence, token end) of its last counted noun
        self._asked: dict[str, int] = {}  # date or name rule -> the last question naming its event ("When did ...?")
        self._ordinal_end: int | None = None  # where the last sentence an ordinal was remembered from ends
        self._section: str | None = None  # the day a timeline's or live blog's entry heading names (``sections``)
        self.section_year: int | None = None  # the year a chronology's heading states: its entries' months are of it
        self.withdrawing = False  # whether the sentence last gated holds a word of withdrawing a figure (``wants``)
        self._fact_check = fact_check(article)  # its quoted values are the claim it examines, not its own
        title = article.info.title
        if title and self.rules:
            self._read_title(title, finder)

    # -- reading
    def _read_title(self, title: str, finder) -> None:
        from checker.ruleset.match import Prepared
        from checker.text.language import detect_language

        lang = detect_language(title, self.article.info.language)
        if language(lang) is None:
            return
        sent = Prepared(title)
        claim, remember = self.wants(sent, lang)
        if claim or remember:
            sent.attach(finder(title, lang, self.article.info.published))
            s = Sentence(sent, language(lang))
            for r in claim + remember:
                self._remember(r, s, find_words(s, self.compiled[r.id].by_lang[lang]), Where(title))

    def _index(self, lang: str):
        """One lookup structure for every vocabulary of every frame rule in ``lang``."""
        got = self._indexes.get(lang)
        if got is None:
            vocs = []
            for r in self.rules:
                lf = self.compiled[r.id].by_lang.get(lang)
                if lf is not None:
                    vocs += [lf.triggers, lf.refer, lf.of, lf.not_of, lf.veto, lf.veto_clause, *lf.keys.values()]
                    vocs += [lf.values] if lf.values else []
            got = self._indexes[lang] = combined_index(tuple(vocs))
        return got

    def read(self, sentence, sent, lang: str, claim_rules, remember_rules) -> list:
        s = sentence_for(sent, language(lang), self._index(lang))
        where = Where(self.article.text[sentence.start : sentence.end], sentence.start, sentence.end)
        if self.explain is not None:
            self.explain.append(f"sentence @{sentence.start}: " + " | ".join(
                f"{seg.kind}{'→' + str(seg.attach) if seg.attach is not None else ''}: {' '.join(s.words[seg.start:seg.end])}"
                for seg in s.segments))
        links: list = []
        header = self._table_header(sentence.start, lang) if claim_rules and "|" in s.prepared.text else None
        if claim_rules and (cue := retraction(s)) is not None:
            # "Correction: An earlier version of this article misstated the date as July 23": what it
            # gives is what the article takes back; the sentence is still remembered
            for r in claim_rules:
                self._say(r, f"no claim: a correction says the article took back these values («{cue}»)")
            claim_rules, remember_rules = [], [*claim_rules, *remember_rules]
        if claim_rules and self._guarded and any(r.id in self._guarded for r in claim_rules):
            claim_rules, remember_rules = self._kept_out(claim_rules, remember_rules, sent, lang)
        self._now = self._order.get(sentence.start, self._now + 1)
        latest = max(self._counted.values(), default=None)  # the article's last counted noun before this sentence
        question = bool(claim_rules) and s.prepared.text.rstrip(" *\"'\u201d»").endswith(("?", "؟"))
        for r, claims in [(r, True) for r in claim_rules] + [(r, False) for r in remember_rules]:
            lf = self.compiled[r.id].by_lang[lang]
            if claims and self.explain is not None and not may_claim(r, sent):
                self._say_unfit(r, sent)
            if claims and question and s.hits(lf.triggers) and asks_for(s, r.value_type):
                self._asked[r.id] = self._now  # "When did the dams break?", «متى أعلن العراق النصر؟»
            if not claims or not may_claim(r, sent) or r.value_type == "name" and not s.hits(lf.values):
                # (it still remembers what the sentence names; a venue rule with no place named has no value)
                if claims and r.value_type == "date" and (carried := self._carried_date(s, sentence, lang)) is not None:
                    links.extend(self._entry_claims(r, s, sentence, lang, carried))  # "**Saturday, May 6** The first round opens"
                found = remembered_words(s, lf, triggers=claims and bool(r.frame.ordinal or r.frame.counts))
                if found is not None:
                    self._remember(r, s, found, where)
                continue
            found = find_words(s, lf)
            if r.value_type != "quantity" and not found.triggers and self._asked.get(r.id) == self._now - 1 \
                    and self._asked_before(s):  # "When did the dams break? Shortly after 2:30 a.m. on Monday."
                at = next((a for a in sorted(s.date_starts)), 0)  # (in the clause of its first date: "Shortly after ... on Monday")
                found.refer.append(Hit("answer", at, at))
                self._say(r, "the answer to the question before, which names the event")
            if header is not None:  # "| Second | 19 August 2020 | Washington |" under "| Round | Date | Place |"
                found.triggers += column_hits(s, header, lf.triggers, bool(r.frame.counts))
                found.venue_cells = venue_cells(s, header)
            if r.frame.ordinal:  # "four rounds, the third of them ..."
                found.triggers += partitive_ordinals(s, found.triggers)
            if claims and r.frame.counts and r.frame.unit != "share":
                found.refer += self._count_back(r, s, found, latest)
            if claims:
                made = self._claims(r, s, found, sentence, lang)
                if not made and r.value_type == "date" and (carried := self._carried_date(s, sentence, lang)) is not None:
                    made = self._entry_claims(r, s, sentence, lang, carried)  # (its only dates are clock times)
                links.extend(made)
            self._remember(r, s, found, where)
        return said_once(self._one_event_per_value(links))

    def _count_back(self, rule, s: Sentence, found: Found, latest) -> list[Hit]:
        mine = self._counted.get(rule.id)
        carried = mine is not None and mine == latest and mine[0] >= self._now - 1
        hits = count_back(s, found, carried)
        first = min(s.value_starts, default=None)  # "How many US troops are in Iraq? About 2,500.", "A: About 2,500."
        if carried and first is not None and (first == 0 or first <= 2 and ":" in s.gap(first)) and self._asked_before(s):
            hits.append(Hit("answer", first, first))
        for h in hits:
            what = "the answer to the question before" if h.source == "answer" else f"«{s.words[h.start]}»"
            self._say(rule, f"{what} stands for the {'/'.join(rule.frame.counts)} named before")
        return hits

    def _one_event_per_value(self, links: list) -> list:
        kept, dropped = one_event_per_value(links)
        for made, _ in dropped:
            ev = getattr(made, "evidence", None)
            what = self.article.text[ev.value_start:ev.value_end] if ev is not None else "the value"
            self._say_rule(made, f"«{what}» given to a nearer event by another rule")
        return kept

    def _not_describing(self, rule, s: Sentence, triggers: list) -> list:
        out = []
        for h in triggers:
            if intransitive(h.source, rule.concepts) and describes_next(s, h):
                self._say(rule, f"«{s.words[h.start]}» describes «{s.words[h.end]}»: no event")
            else:
                out.append(h)
        return out

    # -- one rule in one sentence
    def _claims(self, rule, s: Sentence, found: Found, sentence, lang: str) -> list:
        sent = s.prepared
        kind = rule.value_type
        if kind != "name" and not fitting(rule.frame, kind, sent.mentions) and not (
                kind == "quantity" and found.triggers and two_unwritten(s, found, rule.frame)):
            return []  # no value the rule may claim (a dual or "both" may still count two)
        if kind != "quantity":  # "collapsed apartment blocks on Tuesday": a participle describing a noun is no event
            found.triggers = self._not_describing(rule, s, found.triggers)
        ordinals = ordinals_of(s, sent, found, rule)
        info = event_words(s, rule.frame, self.memory[rule.id], found, ordinals,
                           self.compiled[rule.id].by_lang[s.lang.code].trigger_specs, self._named_just_before(rule, sentence.start))
        found.triggers = [h for h, _, _ in info.values()]  # what the memory keeps of the sentence
        if not found.triggers or kind == "name" and not found.values:
            return []  # no event, or no place a venue rule could take
        preferred = {k for k, (h, n, _) in info.items() if n is not None or h not in found.refer}
        cands = candidates(s, sent, found, rule.value_type, rule, self._say)
        if rule.value_type == "date":
            cands = restated(s, cands, self._say, rule)
        for c in cands:
            if c.trigger is not None:
                info.setdefault((c.trigger.start, c.trigger.end), (c.trigger, None, False))
        others = [c.span for c in cands]
        covered = found.covered()
        own_date = {(t.start, t.end): c for c in cands for t in found.triggers
                    if kind == "date" and date_of_noun(s, c.span, t)} if kind == "date" else {}
        out = []
        for c in cands:
            try:
                if c.trigger is not None:
                    t, dist = c.trigger, 0
                elif rule.frame.counts:
                    t, dist = counted_by(s, c.span, found, [o for o in others if o is not c.span], covered, c.whole,
                                         measure=rule.frame.unit != "count")
                else:
                    t, dist = event_of(s, c.span, found.triggers, preferred, rule.frame.announcement, frozenset(covered),
                                       place=found.values if rule.value_type == "name" else None, series=found.of)
                dated = own_date.get((t.start, t.end))
                if dated is not None and dated is not c:
                    raise Reject(f"«{s.words[t.start]}» is dated by its own «{dated.text}»")
                if rule.frame.ordinal and c.span.start and s.forms[c.span.start - 1] in s.lang.since:
                    raise Reject("a date a series has run «since», not one round's")  # "the third round ... since last June"
                parts = {id(o.span) for o in cands if o.whole is c.span}
                for made in self._claim(rule, s, found, c, info[(t.start, t.end)], others, sentence, lang, parts):
                    if c.whole is not None and same_as_whole(made, c.whole, out) and not any(
                            c.span.end <= h.start <= c.span.end + 3 for h in found.of):  # ("900 of them American": its own owner)
                        raise Reject("a part of the number before it, with the same key («including ...»)")
                    out.append((made, dist, (c.span.start, c.span.end)))
            except Reject as why:
                self._say(rule, f"«{c.text}» not taken: {why}")
        return out

    def _claim(self, rule, s, found, c: Candidate, tinfo, others, sentence, lang, parts=frozenset()):
        t, n, back = tinfo
        spec, mem = rule.frame, self.memory[rule.id]
        # a part and its whole share their key: "7,500 troops, about 5,000 of them Americans, are in Iraq"
        rest = [o for o in others if o is not c.span and o is not c.whole and id(o) not in parts]
        # a part takes its whole's key unless its own clause names one ("4,000 in Iraq, 2,500 of
        # them Americans, and 900 in Syria": the 2,500 are in Iraq)
        seg = s.segment_of[c.span.start]
        own_key = any(s.segment_of[h.start] == seg for hits in found.keys.values() for h in hits)
        keyed_by = c.whole if c.whole is not None and not own_key else c.span
        key, shown, context, also = choose_keys(s, spec, mem, keyed_by, t, n, back, found, rest)
        if context and spec.key and is_whole_after_part(s, c.span):
            raise Reject("the whole a part is taken from: its key was said of the part («73 of the 329 seats»)")
        # a part's owner is said beside it: "5,000 of them Americans", «من بينهم 2500 من القوات الأميركية»
        self._owner(rule, s, c, t if c.whole is None else Hit("part", c.span.start, c.span.end), found, mem, context, rest)
        if c.span.start in s.quoted and (self._fact_check or claimed_quote(s, c.span)):
            raise Reject("quoted from a claim the article examines, not stated by it")
        if (neg := negated(s, c.span)) is not None or (neg := denied(s, c.span)) is not None:
            raise Reject(f"negated («{s.words[neg]}»): the value is denied, not stated")
        if (p := compared_earlier(s, c.span)) is not None:
            raise Reject(f"said of the earlier event «{s.words[p]} … since» compares with")
        if (alt := alternative(s, c.span if c.whole is None else c.whole)) is not None:
            raise Reject(f"one of alternatives («{s.words[alt]}» … or …), none of them stated")
        if spec.counts and spec.unit != "share" and (p := recent_window(s, c.span)) is not None:
            raise Reject(f"a count over the last «{s.words[p]}», an addition, not a total")
        if spec.counts and (p := projected(s, c.span)) is not None:
            raise Reject(f"a projection («{s.words[p]}»), not a count said to stand")
        if spec.counts and (p := planned(s, c.span)) is not None:
            raise Reject(f"a planned level («{s.words[p]}» … to it), not a count said to stand")
        # a number after the value counts here, one no rule takes too: "killed 1,719 people and affected 33 million"
        numbers = [o for o in others if o is not c.span] + ([
            Span(a, b) for a, b in s.count_spans if a >= c.span.end and not any(o.start <= a < o.end for o in others)]
            if spec.counts else [])
        veto = vetoed(s, c.span, t, found.veto, bool(spec.counts), numbers, found.of)
        if veto is not None:
            raise Reject(f"vetoed by «{' '.join(s.words[veto.start:veto.end])}» ({veto.source})")
        if spec.not_ and (back := self._excluded_before(rule, s, c.span, lang)) is not None:
            raise Reject(f"refers back to what the sentence before names, which the rule excludes («{back}»)")
        if spec.not_in_clause:  # "a new quake of magnitude 6.4 ...", «هزة ارتدادية بقوة 5.1»: the clause is another's
            h = clause_veto(s, c.span, s.hits(self.compiled[rule.id].by_lang[lang].veto_clause), others)
            if h is not None:
                raise Reject(f"vetoed by «{' '.join(s.words[h.start:h.end])}» in its clause ({h.source})")
        if c.mention is not None and unusable(c.mention):
            base = sentence.start
            return [Problem(kind="claim", path=self.article.info.id, rule=rule.id,
                            message=unusable_message(rule.id, c.mention, base + c.mention.start))]
        when = as_of(s, c, self.article.info.published, self._section)
        if (late := other_time(s, c, when, spec, self.article.info.published)) is not None:
            raise Reject(late)
        if spec.counts and not spec.years and (then := earlier_disaster(s, c.span, self.article.info.published)):
            raise Reject(f"said of an earlier disaster («{then}») the article compares with")
        made = []
        for slot, name in [(None, None), *also]:  # "2,500 each in Iraq and Afghanistan": one claim per name
            k, sh = (key, shown) if slot is None else ({**key, slot: name}, {**shown, slot: name})
            claim = claim_of(rule, s, c, t, k, sh, context, sentence, self.article, lang, when)
            self._say(rule, f"«{c.text}» → {claim.key_label}: {claim.value}" + (
                f" (from context: {', '.join(x.what for x in context)})" if context else ""))
            made.append(claim)
        return made

    def _owner(self, rule, s, c, t, found, mem, context, rest) -> None:
        spec = rule.frame
        if not (spec.of or spec.not_of):
            return
        if t.source == "answer":  # the question said whose; a name in another clause of the answer is another's
            own = s.segment_of[c.span.start]
            found = replace(found, of=[h for h in found.of if s.segment_of[h.start] == own],
                            not_of=[h for h in found.not_of if s.segment_of[h.start] == own])
        level = owner_level(s, c.span, t, found, rest, spec.whole)
        if level == "not":
            who = "/".join(sorted({h.source for h in found.not_of})) or "outside its place, or only as possible"
            raise Reject(f"said of something else ({who})")
        if level is None and spec.of:
            if mem.owner is not None and not mem.owner[0] and mem.own is not None and settlement_back(
                    s, mem.owner[1].shown, self._long_ago(mem.owner[1].where)):
                context.append(mem.own.link)  # "the city's toll", after a region was named: the story's city
                return
            if mem.owner is None or not mem.owner[0]:
                said = "is said only in another clause of the sentence" if found.of else "is not said in the sentence"
                before = "and the last one named before is another's" if mem.owner is not None else "nor before it"
                raise Reject(f"{'/'.join(spec.of)} {said}, {before}")
            context.append(mem.owner[1].link)
