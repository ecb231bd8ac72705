"""A participle that describes a noun, not an event: "collapsed apartment blocks", "burst pipes".

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
    f = s.forms[j]
    return not (f in lang.function or f in lang.prepositions or f in lang.auxiliary or f in lang.determiners
                or f in lang.day_parts or f in lang.after_verb or f in lang.pre_participle_adverbs
                or f in lang.subordinate or f in lang.relative or f in lang.complement
                or (lang.adverb_suffixes and nxt.endswith(lang.adverb_suffixes))
                or any(nxt.endswith(x) for x in lang.present_participle_suffixes))  # "collapsed causing floods"
