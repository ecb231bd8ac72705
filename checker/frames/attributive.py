"""Words that describe a noun: a participle that is no event ("collapsed apartment blocks"), and a
date that is an event noun's own ("Monday's earthquake").

A verb that takes no object (a concept marked ``intransitive``: collapse,
burst, give way) cannot have a noun after it as its object; in English, such a
participle right before a content word describes that word, as an adjective
does. "Rescue workers dug through collapsed apartment blocks on Tuesday" says
nothing of when anything collapsed, so an event rule does not date it.
Arabic puts the describing word after its noun, and is not read this way.
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit


def describes_next(s: Sentence, h: Hit) -> bool:
    """Whether a one-word English participle stands right before a content word it describes."""
    lang = s.lang
    j = h.end
    if lang.code != "en" or h.end != h.start + 1 or j >= len(s) or s.broken(j) or j in s.value_starts:
        return False
    word, nxt = s.words[h.start], s.words[j]
    participle = s.forms[h.start] in lang.participles or s.forms[h.start] in lang.irregular_participles or any(
        word.endswith(x) and len(word) > len(x) + 2 for x in lang.participle_suffixes)
    if not participle or not nxt.isalpha():
        return False
    if h.start > 0 and s.forms[h.start - 1] in lang.infinitive and not s.broken(h.start):
        return False  # "caused two dams to burst inland": after "to" it is the verb itself
    f = s.forms[j]
    return not (f in lang.function or f in lang.prepositions or f in lang.auxiliary or f in lang.determiners
                or f in lang.day_parts or f in lang.after_verb or f in lang.pre_participle_adverbs
                or f in lang.subordinate or f in lang.relative or f in lang.complement
                or (lang.adverb_suffixes and nxt.endswith(lang.adverb_suffixes))
                or any(nxt.endswith(x) for x in lang.present_participle_suffixes))  # "collapsed causing floods"


_POSSESSIVE_WORDS = 2  # content words between "Monday's" and its noun ("Monday's 7.8-magnitude earthquake")


def date_of_noun(s: Sentence, v, t: Hit) -> bool:
    """Whether date ``v`` is written as the event noun's own: "Monday's earthquake", "Monday's
    7.8-magnitude earthquake", "the February 6 quake". An event so dated takes no other date of its
    sentence ("killed by Monday's earthquake rose above 24,000 on Friday"). English only: in Arabic a
    date after a noun is as often the time of a verb before them."""
    if s.lang.code != "en" or s.forms[t.start] in s.lang.saying_nouns or s.forms[t.start] in s.lang.reporting:
        return False  # («أعلن البيت الأبيض الجمعة»: a noun, then the day of its verb; "Monday's announcement")
    if v.end == t.start:
        return not s.broken(t.start)
    if not (v.end < t.start <= v.end + 1 + _POSSESSIVE_WORDS + 2) or s.words[v.end] != "s":
        return False
    content = 0
    for i in range(v.end + 1, t.start):
        if s.broken(i) and i not in s.inside_values:
            return False
        if i in s.inside_values or i in s.value_starts or s.forms[i] in s.lang.modifiers:
            continue
        if (s.forms[i] in s.lang.function or s.forms[i] in s.lang.prepositions or s.forms[i] in s.lang.complement
                or s.forms[i] in s.lang.relative or s.forms[i] in s.lang.determiners):
            return False  # "Monday's announcement that combat forces ...": another noun is the possessed one
        content += 1  # ("Tuesday's enormous explosion", "7.8-magnitude": words describing the noun)
    return not s.broken(t.start) and content <= _POSSESSIVE_WORDS
