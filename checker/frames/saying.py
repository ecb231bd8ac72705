"""Dates of saying and travel: "said on Monday", «أعلن البيت الأبيض، يوم الاثنين», "left Baghdad on
Monday for the round". Such a date belongs to the report or the journey, not to the event the
sentence is about, unless the saying happened at the event ("announced 26 July 2021 during a
White House meeting").
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.language import language
from checker.frames.concepts import Hit
from checker.frames.link import Span

def said_before(s: Sentence, v: Span, t: Hit) -> bool:
    """"Biden told Kadhimi on Monday that the US would end its combat mission": the date is in
    the clause that says, the event in the clause said; the date is the saying's."""
    sv, st = s.segment_of[v.start], s.segment_of[t.start]
    for k in [st, *s.ancestors(st)]:
        if k == sv:
            return False
        seg = s.segments[k]
        if seg.kind == "complement" and seg.attach is not None and k > sv:
            return True
    return False


def says_between(s: Sentence, v: Span, t: Hit) -> bool:
    """"Officials in Baghdad said the fourth round ...": a verb of saying between a value and the
    event after it makes the value the report's, with or without "that"."""
    return v.end <= t.start and any(s.forms[i] in s.lang.reporting and s.segment_of[i] == s.segment_of[v.start]
                                    for i in range(v.end, t.start))


def destination(s: Sentence, v: Span, triggers: list[Hit], places: list[Hit] = ()) -> bool:
    """A place travelled to for the event: "arrived in Washington to attend the fourth round",
    «وصل إلى واشنطن ... لعقد الجولة الرابعة». The place is the event's; a date there stays the
    journey's (the event may be the next day)."""
    if v.start and s.forms[v.start - 1] in s.lang.origin:
        return False  # "left Baghdad for Washington to attend ...": where the journey began
    for i in range(v.end, min(len(s), v.end + 10)):
        if s.forms[i] in s.lang.purpose:
            named = {o.canonical for o in places if o.start == v.start}  # "the US capital, Washington" is one place
            return any(0 < t.start - i <= 4 for t in triggers) and not any(
                v.end <= o.start < i and o.canonical not in named for o in places)
    return False


def _names_the_event(s: Sentence, v: Span, triggers: list[Hit]) -> bool:
    """A date said as part of the event's name: "the October 10 election" (a determiner before
    it, the event noun right after). (Not in Arabic: «وقال البيت الأبيض يوم الاثنين» is the
    sayer before the saying's date.)"""
    return (s.lang.code == "en" and v.start > 0 and s.forms[v.start - 1] in s.lang.determiners
            and any(t.start == v.end for t in triggers))


def reported(s: Sentence, v: Span, triggers: list[Hit], place: list[Hit] | None = None) -> bool:
    """A date right after a verb of saying dates the report ("said on Monday"); a frame whose
    event is an announcement (``announcement: true``) does not ask."""
    own = s.segments[s.segment_of[v.start]]
    if _names_the_event(s, v, triggers):
        return False  # "said the October 10 election ...": the event's own date
    if during_event(s, v, triggers) or any(s.forms[k] in s.lang.during and any(k < t.start < v.start for t in triggers)
                                            for k in range(own.start, v.start)):
        return False  # "announced 26 July 2021 during a White House meeting", «أعلن خلال استقباله ... أمس»: said at the event
    # «وأعلن البيت الأبيض، يوم الاثنين»: a date set off by commas still follows its verb; one
    # after "that"/«إن» is inside what was said, and is the event's
    near = {s.segment_of[v.start]} | ({own.attach} if own.kind == "adjunct" and own.attach is not None else set())
    if own.kind == "adjunct" and s.only_values(own) and own.attach is not None and own.attach < s.segment_of[v.start]:
        opener = s.segments[own.attach]  # «وأعلن مستشار الأمن القومي قاسم الأعرجي، يوم الخميس، انتهاء ...»
        said = [i for i in range(opener.start, min(opener.end, opener.start + 2)) if s.forms[i] in s.lang.reporting]
        if said and not any(said[0] < t.start < v.start for t in triggers):  # (not "say the dam failed, around 3 am")
            return True
    if _before_that(s, v) and any(s.forms[i] in s.lang.reporting for i in range(own.start, v.start)):
        return True  # «وأعلنت المتحدثة باسم البيت الأبيض جين ساكي يوم الجمعة أن ...»: the saying's date, however long its subject
    event_words = {k for t in triggers for k in range(t.start, t.end)}
    for i in range(max(0, v.start - 12), v.start):
        if s.segment_of[i] not in near or i in event_words:
            continue  # (a verb of deciding that is the rule's own event, "signed on May 11", dates it)
        if (s.forms[i] in s.lang.reporting or s.forms[i] in s.lang.deciding) and v.start - i <= 5:
            return True  # even with the event's words between: «أعلن البيت الأبيض، يوم الاثنين»; "agreed, on July 26, on"
        # (a traveller's name may stand between: «ووصل وفد برئاسة وزير الخارجية فؤاد حسين إلى واشنطن اليوم»)
        if s.forms[i] in s.lang.travel and v.start - i <= 12 and not (place and destination(s, v, triggers, place)):
            # "left Baghdad on Monday for the second round": the journey's date, when the event follows
            return not any(i < t.start < v.start for t in triggers) and any(t.start >= v.end for t in triggers)
    return False


def during_event(s: Sentence, v: Span, triggers: list[Hit]) -> bool:
    """"said on Thursday during an Oval Office meeting": the saying happened at the event, on its day."""
    i = v.end
    return i < len(s) and s.forms[i] in s.lang.during and any(i < t.start <= i + 4 for t in triggers)


def _before_that(s: Sentence, v: Span) -> bool:
    """The date ends its clause, and a clause of what was said ("that", «أن») opens right after it."""
    if v.end >= len(s) or s.segment_of[v.end] == s.segment_of[v.start]:
        return False
    nxt = s.segments[s.segment_of[v.end]]
    return nxt.kind == "complement" and nxt.start == v.end


def retraction(s: Sentence) -> str | None:
    """The words by which a sentence takes back what the article said before ("An earlier version
    of this article misstated ...", "Correction:", «ورد خطأ في نسخة سابقة»), or None."""
    lang = s.lang
    if not (lang.retraction.exact or lang.retraction.prefixes or lang.retraction_nouns.exact or lang.retraction_nouns.prefixes):
        return None  # a language with no such words listed (Arabic, for now)
    words = s.prepared.word_set
    if lang.code != "ar" and lang.retraction.exact.isdisjoint(words) and not lang.retraction.prefixes and (
            lang.retraction_nouns.exact.isdisjoint(words) and not lang.retraction_nouns.prefixes):
        return None  # (outside Arabic a word's forms are the word: none of the cues is there)
    for i in range(len(s)):
        if s.forms[i] in lang.retraction:
            return s.words[i]
        if i and s.forms[i] in lang.retraction_nouns and s.forms[i - 1] in lang.retraction_before:
            return f"{s.words[i - 1]} {s.words[i]}"  # "an earlier version"
    return None


def claimed_quote(s: Sentence, v) -> bool:
    """"A post shared widely claimed that "more than 10,000 American soldiers" were staying on",
    «وزعمت منشورات أن "..."»: a figure quoted after a word that reports a claim as only claimed
    (``claimed``) is the claim, which the article goes on to examine, not its own statement."""
    return any(s.forms[i] in s.lang.claimed for i in range(v.start) if i not in s.quoted)


def fact_check(article) -> bool:
    """Whether an article is a fact check ("Fact check: No, 5,200 US troops are not staying",
    "VERDICT: False"): its headline or its opening names the genre. Values it quotes are the claim
    it examines, not what it states (``FrameReader._claim``)."""
    head = ((article.info.title or "") + "\n" + article.text[:_OPENING]).lower()
    return any(cue in head for code in ("en", "ar") if (data := language(code)) is not None for cue in data.fact_check_cues)


_OPENING = 400  # characters of the text read for the genre, after the headline


def asks_for(s: Sentence, kind: str) -> bool:
    """Whether a question asks for a value of this kind: "when" a date, "where" a place (a count's
    question is known by its counted noun, ``Gating._answers``)."""
    words = s.lang.when_questions if kind == "date" else s.lang.where_questions if kind == "name" else None
    return words is not None and any(f in words for f in s.forms)



_SUBJECT_WORDS = 8  # the longest stretch of a speaker's phrase read as one ("the International Organization for Migration mission in")


def in_speakers_phrase(s: Sentence, h: Hit, v: Span) -> bool:
    """"The IFRC in Libya said 10,000 are missing", "Tamer Ramadan, head of the IFRC in Libya, said",
    «أعلن وزير الصحة في إدارة شرق ليبيا أن حصيلة الوفيات بلغت 3252»: a place said "in" after a noun
    of the phrase naming who says the value places the speaker, not what is counted; whose the count
    is, the sentence then does not say. A place that is the speaker ("Libya says", «وقالت ليبيا إن»),
    opens its phrase ("Libya's health ministry said") or describes it ("Moroccan authorities") still
    speaks for itself."""
    lang = s.lang
    at = next((i for i in range(h.start - 1, max(-1, h.start - 4), -1) if s.forms[i] in lang.venue), None)
    if at is None or at == 0 or s.forms[at - 1] in lang.function or s.forms[at - 1] in lang.reporting:
        return False  # ("In Libya, officials said": a place of the whole clause)
    if lang.code == "ar":  # the verb first: «أعلن وزير الصحة في ... أن»
        verb = next((i for i in range(at - 1, max(-1, at - _SUBJECT_WORDS), -1) if s.forms[i] in lang.reporting), None)
        if verb is not None:
            return v.start > h.end and not any(
                s.broken(i) or i in s.value_starts or s.forms[i] in lang.complement for i in range(verb + 1, h.end))
        # or after its subject, as in English: «وكان الصليب الأحمر في ليبيا، أشارا إلى وجود ...»
    verb = next((i for i in range(h.end, min(len(s), h.end + _SUBJECT_WORDS)) if s.forms[i] in lang.reporting), None)
    if verb is None or verb >= v.start or any(i in s.value_starts for i in range(at, verb)):
        return False
    # one stretch from the speaker's noun to the verb; or the phrase describing the speaker, set off
    # right before the verb that opens the next clause
    k = s.segment_of[verb]
    return not any(s.broken(i) for i in range(at, verb + 1)) or (
        k == s.segment_of[h.start] + 1 and s.segments[k].start == verb)


_DENIAL_REACH = 25  # words from a verb of denial to a value in what it denies


def denied(s: Sentence, v: Span) -> int | None:
    """"The Red Crescent denied that the toll had reached 11,300", «نفى الهلال الأحمر أن تكون الحصيلة قد
    بلغت 11300»: a value in what a verb of denial says is not so is not stated. Where the verb stands."""
    for i in range(v.start - 1, max(-1, v.start - _DENIAL_REACH), -1):
        if s.forms[i] in s.lang.denial:
            between = range(i + 1, v.start)
            said = any(s.forms[j] in s.lang.complement for j in between)
            return i if said and not any(j in s.value_starts for j in between) else None
    return None
