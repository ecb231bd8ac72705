"""Words that stand for a counted noun named before: "their number", "they number", «عددهم»,
"the figure", "the real number", «العدد الفعلي».

"American soldiers stay on in Kuwait. Their number is about 13,000": the number counts the
soldiers, in Kuwait. Such a word stands for a count rule's noun when that noun came earlier in
the sentence, or was the article's last counted noun in the sentence before (the reader keeps
that memory and says whether it holds: ``carried``).
"""

from __future__ import annotations

from checker.frames.clauses import Sentence
from checker.frames.concepts import Hit
from checker.frames.link import Found


def count_back(s: Sentence, found: Found, carried: bool) -> list[Hit]:
    """The words in ``s`` that stand for the rule's counted noun named before."""
    lang = s.lang
    back, before = lang.count_back, lang.count_back_before
    need_before = bool(before.exact or before.prefixes)
    out = []
    for i, forms in enumerate(s.forms):
        the = i and forms in lang.count_back_the and (
            s.forms[i - 1] in lang.determiners or _determined_value_before(s, i))  # "the figure", "the 2,500 figure"
        described = forms in lang.count_back_nouns and _beside(s, i, lang.count_back_adjectives)
        the = the or described or (forms in lang.count_back_the and _figure_of(s, i))
        if the and _own_noun(s, i + (described and lang.code == "ar")):  # («العدد الفعلي للقوات»: past its adjective)
            continue  # "the number of troops": it names its own noun
        if the or (forms in back and (not need_before or (i and s.forms[i - 1] in before))) or _stays(s, i):
            if carried or any(t.end <= i for t in found.triggers):
                out.append(Hit("count_back", i, i + 1))
    return out


def _determined_value_before(s: Sentence, i: int) -> bool:
    """"The 2,500 figure", "that 11,300 total": a number between a determiner and the noun."""
    return any(b == i and a > 0 and s.forms[a - 1] in s.lang.determiners and not s.broken(i) for a, b in s.value_spans)


def _stays(s: Sentence, i: int) -> bool:
    """"Only 2,500 remained", "2,500 remain, most of them ...", "2,500 stay in Iraq": a verb of staying
    right after a bare number, ending its clause or followed by a place or a time, has the number
    for its subject (not "300 remain missing": what they remain is what is counted)."""
    if s.forms[i] not in s.lang.count_back_verbs or not any(b == i for _, b in s.value_spans):
        return False
    j = i + 1
    return j >= len(s) or s.broken(j) or s.forms[j] in s.lang.prepositions or j in s.value_starts


def _own_noun(s: Sentence, i: int) -> bool:
    """"The number of troops", «عدد القوات»: a noun after "of" (not a value: "the figure of 2,500")."""
    j = i + 1
    if s.lang.code == "en":
        if j >= len(s) or s.words[j] != "of":
            return False
        j += 1
    return j < len(s) and j not in s.value_starts and not s.broken(j)


def _beside(s: Sentence, i: int, words) -> bool:
    """"The real number", «العدد الفعلي»: an adjective of the noun, before it in English, after it in Arabic."""
    j = i + 1 if s.lang.code == "ar" else i - 1
    return 0 <= j < len(s) and s.forms[j] in words


def _figure_of(s: Sentence, i: int) -> bool:
    """"the earlier figure of 900", "its previously published number of 900": the noun gives a
    number of its own after "of", and a determiner a few words before it (its adjectives between)
    makes it one already spoken of."""
    if s.lang.code != "en" or i + 2 not in s.value_starts or s.words[i + 1] != "of":
        return False
    for j in range(i - 1, max(-1, i - 4), -1):
        if s.broken(j + 1) or j in s.value_starts:
            return False
        if s.forms[j] in s.lang.determiners or s.forms[j] in s.lang.indefinite:  # "to reach a total of 20"
            return True
    return False
