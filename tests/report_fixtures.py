"""A hand-built Report over the real seed texts, with true offsets.

The report stage is tested against the model alone, so it does not wait for
the pipeline. Claims are located by searching the seed text for the exact
words, so every offset is the one the extractor would produce; the English
article is a synthetic sample (labelled as such) so both scripts and a
time-varying key are exercised.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from checker.models import (
    ArticleInfo, Claim, DateValue, Evidence, Finding, Problem, Quantity, Report, RuleInfo,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

EN_ID = "en_wire_sample"
EN_TEXT = (
    "BAGHDAD (synthetic sample) - Iraq and the United States began talks on Monday on the future "
    "of the coalition.\n\n"
    "The third round of the strategic dialogue between Iraq and the United States, held on "
    "April 7, 2021, set the end of the combat mission. The fourth round, held in Washington in "
    "June 2021, confirmed it.\n\n"
    "As of 2023, about 2,500 US troops remain in Iraq.\n"
)

THIRD = {"dialogue": "Iraq–US strategic dialogue", "round": "3"}
FOURTH = {"dialogue": "Iraq–US strategic dialogue", "round": "4"}
TROOPS = {"force": "US troops in Iraq"}
THIRD_LABEL = "third round of the Iraq–US strategic dialogue — date"
FOURTH_LABEL = "fourth round of the Iraq–US strategic dialogue — date"
TROOPS_LABEL = "US troops in Iraq — number"
THIRD_QUOTE_000 = "السابع من نيسان ابريل الماضي"
THIRD_QUOTE_002 = "الخامس من حٓزيران يونيو 2021"

_END = re.compile(r"[.!?؟\n]")


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8-sig")


def _texts() -> dict[str, str]:
    texts = {seed_path(p).stem: seed_text(p) for p in ("000", "001", "002", "003", "004")}
    texts[EN_ID] = EN_TEXT
    return texts


def _sentence(text: str, lo: int, hi: int) -> tuple[int, int]:
    start = max((m.end() for m in _END.finditer(text, 0, lo)), default=0)
    while start < lo and text[start].isspace():
        start += 1
    m = _END.search(text, hi)
    return start, (m.end() if m and text[m.start()] != "\n" else (m.start() if m else len(text)))


def make_claim(article_id: str, text: str, *, rule: str, key: dict, label: str, match_from: str,
               value_words: str, detail, language: str = "ar", occurrence: int = 0,
               as_of: str | None = None, as_of_source: str = "unknown") -> Claim:
    """A claim whose spans are found in ``text``: ``match_from`` starts the match, which ends with the value."""
    vs = -1
    for _ in range(occurrence + 1):
        vs = text.index(value_words, vs + 1)
    ve = vs + len(value_words)
    ms = text.rindex(match_from, 0, ve)
    qs, qe = _sentence(text, ms, ve)
    return Claim(
        rule=rule, key=key, key_label=label, type=detail.kind, value=detail.plain(),
        mod=getattr(detail, "mod", None), detail=detail, article=f"seeds/{article_id}.txt"
        if article_id != EN_ID else f"fixtures/{EN_ID}.txt",
        language=language, as_of=as_of, as_of_source=as_of_source,
        evidence=Evidence(start=ms, end=ve, quote=text[qs:qe], quote_start=qs,
                          value_start=vs, value_end=ve),
    )


def _info(article_id: str, text: str, **kw) -> ArticleInfo:
    path = f"fixtures/{article_id}.txt" if article_id == EN_ID else f"seeds/{article_id}.txt"
    return ArticleInfo(id=article_id, path=path, format="txt", encoding="utf-8", chars=len(text),
                       sentences=len(_END.findall(text)), sha256=hashlib.sha256(text.encode()).hexdigest(),
                       **{"language": "ar", **kw})


def _finding(rule: str, key: dict, label: str, severity: str, claims: list[Claim],
             conflicts: list[tuple[int, int]], reasons: list[str], title: str) -> Finding:
    fid = hashlib.sha1(repr((rule, sorted(key.items()), [(c.article, c.evidence.value_start)
                                                          for c in claims])).encode()).hexdigest()[:10]
    return Finding(id=fid, rule=rule, title=title, key=key, key_label=label, severity=severity,
                   claims=claims, conflicts=conflicts, reasons=reasons,
                   message=f"{len({c.article for c in claims})} articles disagree on the {label}.")


def build_report() -> tuple[Report, dict[str, str]]:
    """The fixture report and its article texts (id → text)."""
    texts = _texts()
    ids = sorted(texts)
    a000, a001, a002, a003, a004 = ids[:5]
    rd, tr = "dialogue-round-date", "troop-count"
    c = {
        "third_000": make_claim(a000, texts[a000], rule=rd, key=THIRD, label=THIRD_LABEL,
                                match_from="الجولة الثالثة", value_words=THIRD_QUOTE_000,
                                detail=DateValue(value="XXXX-04-07")),
        "third_002": make_claim(a002, texts[a002], rule=rd, key=THIRD, label=THIRD_LABEL,
                                match_from="بمرحلتِه الثالثةِ", value_words=THIRD_QUOTE_002,
                                detail=DateValue(value="2021-06-05")),
        "third_en": make_claim(EN_ID, EN_TEXT, rule=rd, key=THIRD, label=THIRD_LABEL, language="en",
                               match_from="The third round", value_words="April 7, 2021",
                               detail=DateValue(value="2021-04-07")),
        "fourth_001": make_claim(a001, texts[a001], rule=rd, key=FOURTH, label=FOURTH_LABEL,
                                 match_from="الجولة الرابعة", value_words="يوليو/تموز الماضي",
                                 detail=DateValue(value="2021-07")),
        "fourth_en": make_claim(EN_ID, EN_TEXT, rule=rd, key=FOURTH, label=FOURTH_LABEL, language="en",
                                match_from="The fourth round", value_words="June 2021",
                                detail=DateValue(value="2021-06")),
    }
    troops = [
        make_claim(a000, texts[a000], rule=tr, key=TROOPS, label=TROOPS_LABEL, match_from="الجنود",
                   value_words="2500", detail=Quantity(value=2500), as_of="XXXX-01",
                   as_of_source="sentence"),
        make_claim(a002, texts[a002], rule=tr, key=TROOPS, label=TROOPS_LABEL, match_from="عدد أفرادها",
                   value_words="2500", detail=Quantity(value=2500)),
        make_claim(a002, texts[a002], rule=tr, key=TROOPS, label=TROOPS_LABEL, match_from="بينهم",
                   value_words="2500 أميركي", detail=Quantity(value=2500)),
        make_claim(a003, texts[a003], rule=tr, key=TROOPS, label=TROOPS_LABEL, match_from="بينهم",
                   value_words="2500", detail=Quantity(value=2500)),
        make_claim(a004, texts[a004], rule=tr, key=TROOPS, label=TROOPS_LABEL, match_from="ما يقرب من",
                   value_words="2500", detail=Quantity(value=2500, mod="APPROX")),
        make_claim(EN_ID, EN_TEXT, rule=tr, key=TROOPS, label=TROOPS_LABEL, language="en",
                   match_from="about 2,500", value_words="about 2,500",
                   detail=Quantity(value=2500, mod="APPROX"), as_of="2023", as_of_source="sentence"),
    ]
    third = [c["third_000"], c["third_002"], c["third_en"]]
    findings = [
        _finding(rd, THIRD, THIRD_LABEL, "error", third, [(0, 1), (2, 1)], [
            "7 April, year not stated vs 5 June 2021: different day and month.",
            "7 April 2021 vs 5 June 2021: different day and month.",
        ], "Date of a round of talks"),
        _finding(rd, FOURTH, FOURTH_LABEL, "warning", [c["fourth_001"], c["fourth_en"]], [(0, 1)], [
            "July 2021 vs June 2021: different month.",
        ], "Date of a round of talks"),
    ]
    articles = [
        _info(a000, texts[a000], title="الكاظمي ومكينزي يتفقان على آليات الانسحاب", source="إيلاف"),
        _info(a001, texts[a001], title="وفد عسكري أميركي برئاسة الجنرال ماكينزي في بغداد",
              published=date(2021, 9, 9), published_source="dateline"),
        _info(a002, texts[a002], source="إيلاف"),
        _info(a003, texts[a003], source="إيلاف"),
        _info(a004, texts[a004], source="Malay Mail"),
        _info(EN_ID, EN_TEXT, title="Iraq and US hold talks on the coalition (synthetic sample)",
              language="en", published=date(2023, 8, 8), published_source="metadata",
              url="https://example.org/news/iraq-us-talks"),
    ]
    rules = [
        RuleInfo(id=rd, title="Date of a round of talks", file="rules/dialogue.yaml", severity="error",
                 value_type="date", languages=["ar", "en"]),
        RuleInfo(id=tr, title="Number of troops deployed", file="rules/troops.yaml", severity="warning",
                 value_type="quantity", languages=["ar", "en"]),
    ]
    problems = [
        Problem(kind="claim", path=f"seeds/{a002}.txt", rule=rd,
                message="Weekday «الجمعة» for the fourth round, but the article has no publication "
                        "date to count from."),
        Problem(kind="file", path="seeds/scan.pdf", message="Unsupported format (.pdf); skipped."),
        Problem(kind="rule", path="rules/broken.yaml", line=12, col=5, rule="casualties",
                message="Unknown field 'valeu_type' (did you mean 'value_type'?)"),
    ]
    claims = [*third, c["fourth_001"], c["fourth_en"], *troops]
    report = Report(checker_version="0.1.0", articles=articles, rules=rules, claims=claims,
                    findings=findings, problems=problems)
    return report, texts
