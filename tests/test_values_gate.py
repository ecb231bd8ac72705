"""The values gate may only spare work: a sentence it passes over holds no value the
grammars would find. Every sentence the project holds (seeds, the held-out value sets, the
claims sets, the test data, and the shared dev set where it is present), every lexicon
entry in carrier sentences with Arabic clitics and endings, and generated sentences are read
with the gate and without it; the mentions must be the same.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import checker.values.gate as gate
from checker.corpus import load_file
from checker.ruleset.match import Prepared
from checker.text.normalize import norm
from checker.values import find_mentions
from checker.values.lexicon import load

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "eval" / "mentions-dev.tsv"


def _read_both(text: str, lang: str, published=None, prepared: bool = False) -> tuple[list, list]:
    """With the gate (given the words as the audit gives them, with ``prepared``) and without."""
    gate.GATED = True
    try:
        if prepared:
            sent = Prepared(text)
            gated = find_mentions(text, lang, published, norm=sent.nt, words=sent.word_set)
        else:
            gated = find_mentions(text, lang, published)
        gate.GATED = False
        every = find_mentions(text, lang, published)
    finally:
        gate.GATED = True
    return gated, every


def _project_sentences() -> list[tuple[str, str, object]]:
    out = []
    for tsv in [*sorted((ROOT / "benchmarks").glob("heldout*-mentions.tsv")), ROOT / "tests/data/values/sentences.tsv", SHARED_DEV]:
        if tsv.exists():
            with tsv.open(encoding="utf-8") as f:
                out += [(row["sentence"], row.get("lang") or "en", None) for row in csv.DictReader(f, delimiter="\t")]
    for path in sorted((ROOT / "benchmarks").glob("claims-blind*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            for text in [item["text"], *item.get("context", [])]:
                out.append((text, item.get("lang", "en"), item.get("published")))
    for path in sorted((ROOT / "seeds").iterdir()):
        for article in load_file(path).articles:
            out += [(article.text[s.start:s.end], s.language if s.language != "und" else article.info.language,
                     article.info.published) for s in article.sentences]
    return out


SENTENCES = _project_sentences()


def test_the_project_holds_enough_text_to_test_the_gate():
    assert len(SENTENCES) > 5000
    assert sum(1 for t, lang, _ in SENTENCES if lang == "ar") > 1000


def test_the_gate_never_hides_a_value_in_the_projects_sentences():
    hidden = []
    for text, lang, published in SENTENCES:
        gated, every = _read_both(text, lang if lang in ("ar", "en") else "en", published, prepared=True)
        if gated != every:
            hidden.append((text, [m.text for m in every]))
    assert not hidden, hidden[:5]


def test_the_gate_passes_over_sentences_without_values():
    """It must spare work too: these hold words near the lexicon's (central, Baghdad, «وتناولت»)."""
    for text, lang in [("The talks at Central Command covered the sharing of intelligence.", "en"),
                       ("وتناولت المباحثات في بغداد مجالات التدريب وتبادل المعلومات.", "ar")]:
        assert not gate.may_hold_value(lang, norm(text))


def _entries(obj) -> list[str]:
    """Every string the lexicon holds, its context words included."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, BaseModel):
        return [s for name in type(obj).model_fields for s in _entries(getattr(obj, name))]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in (*_entries(k), *_entries(v))]
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [s for x in obj for s in _entries(x)]
    return []


CARRIERS = {
    "en": ["It happened {e}.", "The {e} of the talks.", "{e} people were there.", "They met {e} in Baghdad.",
           "about {e} troops", "the {e} round"],
    "ar": ["وقال {e} إن", "وقعت {e}", "حضر {e} شخصا", "في {e} الماضي", "الجولة {e} من الحوار", "و{e}", "ب{e}", "ل{e}",
           "وال{e}", "بال{e}", "{e}ين", "{e}ا", "{e}ان", "{e}ها"],
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_gate_never_hides_a_lexicon_entry(lang):
    hidden = []
    for entry in sorted(set(_entries(load(lang)))):
        for carrier in CARRIERS[lang]:
            text = carrier.format(e=entry)
            gated, every = _read_both(text, lang)
            if gated != every:
                hidden.append(text)
    assert not hidden, hidden[:10]


_WORDS = {lang: sorted(set(_entries(load(lang)))) for lang in ("en", "ar")}
_PLAIN = {"en": ["the", "troops", "in", "Iraq", "said", "on", "round", "of", "-", ",", "and", "percent", "US"],
          "ar": ["في", "من", "جندي", "العراق", "الجولة", "و", "،", "بالمئة", "قوات", "عقدت"]}


@st.composite
def _sentences(draw):
    lang = draw(st.sampled_from(["en", "ar"]))
    pool = st.one_of(st.sampled_from(_WORDS[lang]), st.sampled_from(_PLAIN[lang]),
                     st.integers(0, 3000).map(str), st.sampled_from(["و", "ب", "ال", "ل", ""]).flatmap(
                         lambda c: st.sampled_from(_WORDS[lang]).map(lambda w: c + w)))
    return lang, " ".join(draw(st.lists(pool, min_size=1, max_size=9)))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_sentences())
def test_the_gate_never_hides_a_value_in_generated_sentences(case):
    lang, text = case
    gated, every = _read_both(text, lang)
    assert gated == every
