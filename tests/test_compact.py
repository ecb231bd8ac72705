"""Parsed claims share one set of field names per class and their repeated texts, and stay the same claims."""

from pydantic import TypeAdapter

from checker.api import AuditOptions, load_ruleset
from checker.compact import compact, compact_claim
from checker.models import ArticleInfo, Claim
from checker.pipeline import process_file

from talks_rules import RULES

TEXT = ("The third round of talks was held on April 7, 2021. There are about 2,500 US troops in Iraq.\n\n"
        "The second round of talks was held on March 1, 2021.\n")


def _claims(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    rules, _ = load_ruleset(AuditOptions(rules=[tmp_path / "rules"], default_rules=False))
    return process_file(tmp_path / "a.txt", rules, 1_000_000)


def test_parsed_claims_share_their_field_sets_and_texts(tmp_path):
    part = _claims(tmp_path)
    claims = part.claims
    assert len(claims) >= 3
    assert len({id(c.model_fields_set) for c in claims}) == 1
    assert len({id(c.evidence.model_fields_set) for c in claims}) == 1
    assert claims[0].model_fields_set == set(Claim.model_fields)
    assert len({id(c.article) for c in claims}) == 1  # one copy of each repeated text
    quote = claims[0].evidence.quote
    assert compact_claim(claims[0].model_copy(update={"evidence": claims[0].evidence.model_copy(
        update={"quote": "".join(quote)})})).evidence.quote is claims[0].evidence.quote
    assert len({id(a.model_fields_set) for a in part.articles + [compact(a) for a in part.articles]}) == 1


def test_a_compacted_claim_is_the_same_claim(tmp_path):
    claims = _claims(tmp_path).claims
    fresh = TypeAdapter(list[Claim]).validate_json(TypeAdapter(list[Claim]).dump_json(claims))
    assert [compact_claim(c) for c in fresh] == fresh == claims
    assert [c.model_dump_json() for c in map(compact_claim, fresh)] == [c.model_dump_json() for c in fresh]
    copied = claims[0].model_copy(update={"language": "ar"})  # a copy's set is its own, not the shared one
    assert copied.model_fields_set is not claims[0].model_fields_set
    assert claims[1].model_fields_set == set(Claim.model_fields)


def test_a_model_with_fields_left_unset_keeps_its_own_set():
    info = ArticleInfo(id="a", path="a", format="txt", encoding="utf-8")
    assert compact(info).model_fields_set == {"id", "path", "format", "encoding"}
    assert compact(info) == info
