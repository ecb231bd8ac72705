"""Fuzzing the whole audit: mixed Arabic and English, dates, numbers, front matter, formats.

Whatever the articles hold, the audit must finish, and every claim must
point inside its own article: a span outside the text would put a highlight
on the wrong words, which is worse than no claim at all.
"""

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.api import AuditOptions, audit
from checker.corpus import load_article_text

from talks_rules import RULES

EN_MONTHS = ["January", "April", "June", "September", "December"]
AR_MONTHS = ["نيسان ابريل", "كانون الثاني يناير", "حزيران يونيو", "أيلول", "آذار"]

day = st.integers(0, 40)
year = st.sampled_from(["2019", "2021", "1999", "20211", ""])
number = st.one_of(st.integers(0, 10**7).map(str), st.integers(0, 10**6).map(lambda n: f"{n:,}"),
                   st.sampled_from(["٣٠٠٠", "2.5", "ثلاثة آلاف", "nine", "1e5", "-4"]))
hedge = st.sampled_from(["", "about ", "nearly ", "more than ", "حوالي ", "نحو ", "أكثر من "])
ordinal = st.sampled_from(["first", "third", "21st", "الثالثة", "الأولى", "الجولة", "round"])
en_date = st.builds(lambda d, m, y: f"{m} {d}, {y}", day, st.sampled_from(EN_MONTHS), year)
ar_date = st.builds(lambda d, m, y: f"{d} {m} {y} الماضي", day, st.sampled_from(AR_MONTHS), year)
noise = st.text(alphabet=st.sampled_from(list("abc xyz،.؟!\n\t 0123456789٠١٢ابتثجحخ\u064b\u0640\u200f\u202e«»\"'")),
                max_size=60)

sentence = st.one_of(
    st.builds(lambda o, d: f"The {o} round of talks was held on {d}.", ordinal, en_date),
    st.builds(lambda o, d: f"عقدت الجولة {o} من المحادثات في {d}.", ordinal, ar_date),
    st.builds(lambda h, n: f"There are {h}{n} US troops in Iraq.", hedge, number),
    st.builds(lambda h, n: f"ويوجد {h}{n} جندي اميركي في العراق.", hedge, number),
    noise,
)
body = st.lists(sentence, min_size=1, max_size=8).map(lambda xs: " ".join(xs))
front = st.one_of(
    st.just(""),
    st.builds(lambda p, t: f"---\npublished: {p}\ntitle: {t}\n---\n",
              st.sampled_from(["2021-05-20", "9/9/21", "nope", "[1, 2]", "2021-02-30"]), st.sampled_from(["خبر", "x: y", "'"])),
    st.just("---\nunterminated: [\n"),
)


@st.composite
def article_file(draw):
    fmt = draw(st.sampled_from(["txt", "md", "json", "jsonl"]))
    text = draw(body)
    if fmt == "json":
        return fmt, json.dumps({"text": text, "published": draw(st.sampled_from(["2021-05-20", 5, None]))},
                               ensure_ascii=draw(st.booleans())).encode("utf-8")
    if fmt == "jsonl":
        lines = [json.dumps({"text": t}) for t in draw(st.lists(body, min_size=1, max_size=3))]
        return fmt, ("\n".join(lines) + "\n").encode("utf-8")
    prefix = draw(front) if fmt == "md" else draw(st.sampled_from(["", "BAGHDAD, 2021-05-20 -\n\n", "\ufeff"]))
    return fmt, (prefix + text).encode(draw(st.sampled_from(["utf-8", "utf-8", "utf-16"])), errors="replace")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article_file(), min_size=1, max_size=3))
def test_audit_never_crashes_and_every_claim_lies_inside_its_article(files):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "rules.yaml").write_text(RULES, encoding="utf-8")
        for i, (fmt, data) in enumerate(files):
            (root / f"doc{i}.{fmt}").write_bytes(data)
        result = audit([str(root)], AuditOptions(rules=[root / "rules.yaml"], jobs=1))
        report = result.report
        chars = {a.id: a.chars for a in report.articles}
        for claim in report.claims:
            ev = claim.evidence
            assert claim.article in chars
            text = load_article_text(claim.article)
            assert text is not None and len(text) == chars[claim.article]
            assert 0 <= ev.quote_start <= ev.start <= ev.end <= ev.quote_start + len(ev.quote) <= len(text)
            assert ev.start <= ev.value_start <= ev.value_end <= ev.end
            assert text[ev.quote_start : ev.quote_start + len(ev.quote)] == ev.quote
