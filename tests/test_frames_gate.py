"""The frame gates may only spare work: a sentence they keep from a rule holds nothing the
rule would claim there or remember from it.

Articles are written from the default pack's own vocabularies (event and counted nouns,
words that refer back, series and key names, vetoes), with values, fillers, pronouns and
Arabic clitics, then read twice: through the gates and with every rule reading every
sentence. The claims must be the same.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker.extract import extract_claims
from checker.frames.run import FrameReader
from checker.models import Article, ArticleInfo
from checker.ruleset import DEFAULT_RULES_DIR, load_rules
from checker.text.sentences import split_sentences
from checker.values import find_mentions

RULES, _ = load_rules([DEFAULT_RULES_DIR])


def _terms(voc, lang: str) -> list[str]:
    """A vocabulary's terms written out, a starred word given an ending."""
    end = "s" if lang == "en" else "ات"
    out = [" ".join(sp.word + (end if sp.star else "") for sp in t.specs) for ts in voc.by_word.values() for t in ts]
    return sorted(set(out + [t.specs[0].word + ("ing" if lang == "en" else "ه") for t in voc.by_prefix]))


def _pools(lang: str) -> list[dict[str, list[str]]]:
    """Per rule: its words by role and values of its type."""
    out = []
    for r in RULES:
        lf = r.compiled.frame.by_lang.get(lang) if r.compiled.frame else None
        if lf is None:
            continue
        roles = {"trigger": _terms(lf.triggers, lang), "refer": _terms(lf.refer, lang), "of": _terms(lf.of, lang),
                 "other": _terms(lf.not_of, lang) + _terms(lf.veto, lang),
                 "key": [w for v in lf.keys.values() for w in _terms(v, lang)],
                 "value": VALUES[lang][r.value_type]}
        out.append({k: v for k, v in roles.items() if v})
    return out


VALUES = {"en": {"quantity": ["2,500", "about 900", "40 percent", "a third of"], "date": ["7 April 2021", "on Wednesday", "in July"],
                 "name": ["in Washington", "in Baghdad"]},
          "ar": {"quantity": ["2500", "نحو 900", "40 بالمئة", "ثلث"], "date": ["7 نيسان 2021", "يوم الأربعاء", "في تموز"],
                 "name": ["في واشنطن", "في بغداد"]}}
ORDINALS = {"en": ["third", "the fourth", "first"], "ar": ["الثالثة", "الرابعة", "الأولى"]}
FILLER = {"en": ["the", "it", "said", "held", "on", "in", "of", "and", "which", "was", ",", "this", "that"],
          "ar": ["في", "من", "التي", "عقدت", "وقال", "إن", "هذه", "و", "،", "وهي", "على"]}
CLITICS = ["", "", "", "و", "ال", "وال", "بال", "لل"]
POOLS = {"en": _pools("en"), "ar": _pools("ar")}


@st.composite
def articles(draw):
    """One to four sentences, each written around one rule's words: its event or counted noun
    (or a word referring back), maybe an ordinal, its series, a key, a value, fillers; then
    shuffled a little, so that near misses are tried as well as claims."""
    lang = draw(st.sampled_from(["en", "ar"]))

    def pick(xs):
        return draw(st.sampled_from(xs))

    def sentence():
        pool = pick(POOLS[lang])
        parts = []
        for role in ("trigger", "refer", "of", "key", "value", "other"):
            if role in pool and draw(st.integers(0, 3)) > (2 if role == "other" else 0):
                w = pick(pool[role])
                parts.append((pick(CLITICS) + w) if lang == "ar" and role != "value" else w)
                if role == "trigger" and draw(st.booleans()):
                    parts.insert(len(parts) - (lang == "en"), pick(ORDINALS[lang]))
        for _ in range(draw(st.integers(0, 4))):
            parts.insert(draw(st.integers(0, len(parts))), pick(FILLER[lang]))
        if draw(st.booleans()) and len(parts) > 1:  # a near miss: two parts swapped
            i, j = draw(st.integers(0, len(parts) - 1)), draw(st.integers(0, len(parts) - 1))
            parts[i], parts[j] = parts[j], parts[i]
        return " ".join(parts) + "."

    title = sentence() if draw(st.booleans()) else None
    return lang, title, " ".join(sentence() for _ in range(draw(st.integers(1, 4))))


def _claims(lang: str, title: str | None, text: str, gated: bool) -> list[tuple]:
    info = ArticleInfo(id="a", path="a", format="txt", encoding="utf-8", title=title, published=date(2021, 4, 9),
                       published_source="metadata", language=lang)
    art = Article(info=info, text=text, sentences=split_sentences(text, lang))
    before = FrameReader.gated
    FrameReader.gated = gated
    try:
        claims, _ = extract_claims(art, RULES)
    finally:
        FrameReader.gated = before
    return sorted((c.rule, tuple(sorted(c.key.items())), str(c.value), c.evidence.value_start) for c in claims)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
@example(("en", None, "IS. area 40 percent."))  # "IS" in capitals, the group: the gates read it as written
def test_gates_never_keep_a_claim_from_a_rule(drawn):
    lang, title, text = drawn
    assert _claims(lang, title, text, True) == _claims(lang, title, text, False), (title, text)


def test_the_generator_writes_articles_that_yield_claims():
    """Not a vacuous comparison: the articles drawn above do give claims, in both languages."""
    from hypothesis import find

    quick = settings(max_examples=300, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    for lang in ("en", "ar"):
        got = find(articles(), lambda d: d[0] == lang and bool(_claims(*d, True)), settings=quick)
        assert _claims(*got, True)


# A rule's ``context`` is looked for in the whole article by ``Vocabulary.occurs_in``, which
# stops at the first term; it must agree with reading every word (``Vocabulary.find``).
from checker.frames.concepts import Term, Vocabulary  # noqa: E402
from checker.frames.words import forms_of, parse_term  # noqa: E402

_CONTEXT_TERMS = ["derna", "درنه", "the eastern city", "war ... over", "withdr*", "the country of derna"]
_CONTEXT_WORDS = ["derna", "درنة", "ودرنة", "the", "eastern", "city", "war", "is", "over", "withdrawal", "country",
                  "of", "in", "libya", "and", "المدينة", "بدرنة"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CONTEXT_WORDS), max_size=14), st.lists(st.integers(0, 5), min_size=1, max_size=3))
def test_context_found_anywhere_in_an_article_as_reading_every_word_finds_it(words, picks):
    from checker.text.normalize import norm

    terms = [_CONTEXT_TERMS[p] for p in picks]
    voc = Vocabulary()
    for term in terms:
        voc.add(Term(parse_term(term), term))
    voc.freeze()
    words = [norm(w) for w in words]
    assert voc.occurs_in(words) == bool(voc.find([forms_of(w) for w in words]))


# Every rule's words are looked up in one pass (``Combined``); each vocabulary must get exactly
# the hits its own ``find`` gives, and none where it has none.
def _pack_vocabularies(lang: str) -> list:
    out = []
    for r in RULES:
        lf = r.compiled.frame.by_lang.get(lang) if r.compiled.frame else None
        if lf is not None:
            out += [lf.triggers, lf.refer, lf.of, lf.not_of, lf.veto, *lf.keys.values()] + ([lf.values] if lf.values else [])
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["en", "ar"]).flatmap(lambda lang: st.tuples(st.just(lang), st.lists(
    st.sampled_from([w for v in _pack_vocabularies(lang) for w in _terms(v, lang)] + FILLER[lang]), max_size=12))))
def test_one_pass_over_a_sentence_finds_each_vocabulary_its_own_hits(case):
    from checker.frames.concepts import Combined
    from checker.text.normalize import norm

    lang, terms = case
    vocabularies = _pack_vocabularies(lang)
    words = [w for t in terms for w in norm(t).split()]
    forms = [forms_of(w) for w in words]
    together = Combined(vocabularies).find(forms)
    for voc in vocabularies:
        assert together.get(id(voc), []) == voc.find(forms)


def test_a_term_is_gated_by_its_longest_word_not_by_a_word_every_sentence_holds():
    from checker.frames.concepts import resolve

    words, prefixes = resolve(["the Islamic State", "withdr*", "US troops", "war ... over"], {}, "en").gate_words()
    assert "the" not in words and "us" not in words
    assert {"islamic", "troops", "over"} <= words or {"islamic", "troops", "war"} <= words
    assert prefixes == ("withdr",)


def test_a_sentence_holding_only_a_terms_first_word_is_not_read():
    """"The" begins many of the pack's terms ("the United States"); a sentence with "the" and
    none of those terms' other words is read by no rule."""
    text = "The weather was mild and the markets were calm."
    info = ArticleInfo(id="a", path="a", format="txt", encoding="utf-8", published=date(2021, 7, 27),
                       published_source="metadata", language="en")
    article = Article(info=info, text=text, sentences=split_sentences(text, "en"))
    trace: list[str] = []
    extract_claims(article, RULES, explain=trace)
    assert not [line for line in trace if line.startswith("sentence @")]


def test_a_sentence_without_values_is_worked_out_once_and_reads_the_same_in_every_article():
    """Boilerplate and syndicated paragraphs recur across a pile: a sentence with no values is
    analysed once per process and shared, one with values is made anew (they may be read against
    each article's date), and sharing changes no claim, whichever rules read it first."""
    from checker.frames import lookup
    from checker.frames.language import language
    from checker.ruleset.match import Prepared

    data, index = language("en"), object()
    plain = "The strategic dialogue between Iraq and the United States went on behind closed doors."
    assert lookup.sentence_for(Prepared(plain), data, index) is lookup.sentence_for(Prepared(plain), data, index)
    assert lookup.sentence_for(Prepared(plain), data, object()) is not lookup.sentence_for(Prepared(plain), data, index)
    dated = Prepared("The round was held on April 7, 2021.")
    dated.attach(find_mentions(dated.text, "en", date(2021, 4, 9)))
    assert lookup.sentence_for(dated, data, index) is not lookup.sentence_for(dated, data, index)

    texts = [plain + " The fourth round was held on April 7, 2021, officials said.",
             "Delegations met again. " + plain + " That round, the third, opened on Wednesday."]
    some = [r for r in RULES if r.id == "strategic-dialogue-round-date"]

    def read(rules) -> list:
        return [_claims_of(t, rules) for t in texts]

    lookup._VALUELESS.clear()
    fresh = read(RULES)
    read(some)  # the shared sentences now hold another rule set's hits
    assert read(RULES) == fresh and any(fresh)
    lookup._VALUELESS.clear()
    assert read(some) == [[c for c in x if c[0] in {r.id for r in some}] for x in fresh]


def _claims_of(text: str, rules) -> list[tuple]:
    info = ArticleInfo(id="a", path="a", format="txt", encoding="utf-8", published=date(2021, 4, 9),
                       published_source="metadata", language="en")
    art = Article(info=info, text=text, sentences=split_sentences(text, "en"))
    claims, _ = extract_claims(art, rules)
    return sorted((c.rule, tuple(sorted(c.key.items())), str(c.value), c.evidence.value_start) for c in claims)
