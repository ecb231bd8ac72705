"""extract_claims: spans, keys, labels, as-of, unresolved dates, determinism (with a stub value finder)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from checker.extract import extract_claims, ordinal_words
from checker.models import Article, ArticleInfo, DateValue, Mention, Ordinal, Quantity
from checker.ruleset import load_rules
from checker.text.sentences import split_sentences

GOOD = Path(__file__).parent / "rules_fixtures" / "good"
_MONTHS = {"april": 4, "june": 6}


def stub_finder(text: str, lang=None, published=None) -> list[Mention]:
    """Just enough of the value finder: ordinal words, 'Month D[, YYYY]', bare numbers."""
    out = []
    for m in re.finditer(r"\b(third|fourth)\b", text):
        out.append(Mention(start=m.start(), end=m.end(), text=m.group(), value=Ordinal(value=3 if m.group() == "third" else 4)))
    for m in re.finditer(r"\b(April|June) (\d+)(?:, (\d{4}))?", text):
        year = m.group(3) or (str(published.year) if published else None)
        value = f"{year or 'XXXX'}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
        note = None if m.group(3) else ("unresolved: no year" if published is None else None)
        out.append(Mention(start=m.start(), end=m.end(), text=m.group(), value=DateValue(value=value), note=note))
    for m in re.finditer(r"\bon Friday\b", text):
        out.append(Mention(start=m.start() + 3, end=m.end(), text="Friday", value=DateValue(value="XXXX-WXX-5"),
                           note="unresolved: no publication date"))
    for m in re.finditer(r"(?<![\w,])(\d[\d,]*\d|\d)(?![\w,])", text):
        if not any(o.start <= m.start() < o.end for o in out):
            out.append(Mention(start=m.start(), end=m.end(), text=m.group(), value=Quantity(value=float(m.group().replace(",", "")))))
    return sorted(out, key=lambda x: x.start)


def article(text: str, published: date | None = None) -> Article:
    sentences = split_sentences(text, "en")
    info = ArticleInfo(id="a.txt", path="a.txt", format="txt", encoding="utf-8", published=published, language="en")
    return Article(info=info, text=text, sentences=sentences)


def rules():
    loaded, problems = load_rules([GOOD])
    assert not problems
    return loaded


TEXT = "Talks resumed.  The third round of talks was held on April 7, 2021 in Baghdad."


def test_claim_fields_and_spans():
    claims, problems = extract_claims(article(TEXT), rules(), finder=stub_finder)
    assert problems == []
    (c,) = claims
    assert (c.rule, c.key, c.type, c.value, c.mod) == ("fixture-round-date", {"round": "3"}, "date", "2021-04-07", None)
    assert c.key_label == "third round of the talks — date"
    ev = c.evidence
    assert TEXT[ev.value_start : ev.value_end] == "April 7, 2021"
    assert TEXT[ev.start : ev.end] == "third round of talks was held on April 7, 2021"
    assert ev.quote == TEXT[ev.quote_start :] and ev.quote.startswith("The third")
    assert c.article == "a.txt" and c.language == "en"


def test_as_of_falls_back_to_publication_date():
    claims, _ = extract_claims(article(TEXT, date(2021, 5, 1)), rules(), finder=stub_finder)
    assert (claims[0].as_of, claims[0].as_of_source) == ("2021-05-01", "published")
    claims, _ = extract_claims(article(TEXT), rules(), finder=stub_finder)
    assert (claims[0].as_of, claims[0].as_of_source) == (None, "unknown")


def test_date_with_no_month_becomes_a_problem_not_a_claim():
    claims, problems = extract_claims(article("The fourth round of talks was held on Friday."), rules(), finder=stub_finder)
    assert claims == []
    (p,) = problems
    assert p.kind == "claim" and p.path == "a.txt" and "Friday" in p.message and p.rule == "fixture-round-date"


def test_date_of_unknown_year_is_still_a_claim():
    # "June 5" of an unknown year still contradicts "April 7, 2021": keep it.
    claims, problems = extract_claims(article("The fourth round of talks was held on June 5."), rules(), finder=stub_finder)
    assert problems == []
    assert [(c.key, c.value) for c in claims] == [({"round": "4"}, "XXXX-06-05")]


def test_finder_called_once_per_sentence_and_output_is_deterministic():
    calls = []

    def counting(text, lang=None, published=None):
        calls.append(text)
        return stub_finder(text, lang, published)

    doubled = rules() + rules()
    doubled[1] = doubled[1].model_copy(update={"id": "fixture-copy"})
    doubled[1]._compiled, doubled[1]._file = doubled[0]._compiled, doubled[0].file
    first, _ = extract_claims(article(TEXT), doubled, finder=counting)
    # Two rules, still one call per sentence; "Talks resumed." has none of the
    # rules' words, so no rule can match it and its values are not looked for.
    assert calls == ["The third round of talks was held on April 7, 2021 in Baghdad."]
    second, _ = extract_claims(article(TEXT), list(reversed(doubled)), finder=stub_finder)
    assert [c.model_dump() for c in first] == [c.model_dump() for c in second]
    assert [c.rule for c in first] == ["fixture-copy", "fixture-round-date"]


def test_ordinal_words():
    assert [ordinal_words(n) for n in (1, 3, 12, 21, 22, 23, 111)] == ["first", "third", "twelfth", "21st", "22nd", "23rd", "111th"]


def _as_of_for(text: str, published=date(2021, 7, 23)):
    from checker.ruleset import DEFAULT_RULES_DIR

    loaded, _ = load_rules([DEFAULT_RULES_DIR])
    claims, _ = extract_claims(article(text, published), [r for r in loaded if r.id == "us-troops-in-country"])
    assert claims, f"no troop claim in {text!r}"
    return claims[0].as_of, claims[0].as_of_source


def test_as_of_is_a_date_in_the_values_clause():
    assert _as_of_for("In mid-January 2021 the US had 2,500 troops in Iraq.") == ("2021-01", "sentence")


def test_a_date_across_a_relative_clause_is_not_the_as_of():
    text = "The US has about 2,500 troops in Iraq as part of the coalition which was formed in 2014."
    assert _as_of_for(text) == ("2021-07-23", "published")
