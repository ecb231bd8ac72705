"""Parsed models rebuilt to share what repeats: one set of field names per class, one copy of each text.

An audit holds every claim until the report is written. Pydantic gives each
parsed model its own set of the names of the fields that were set, which is
about half a claim's memory (some 2 of 4 KB). Models parsed from our own
full JSON all have every field set, so one set per class is exact: each is
rebuilt with ``model_construct(_fields_set=...)``, pydantic's documented way
to say which fields were set (the set given is used as it is). The models
are frozen, so nothing can change a shared set; ``model_copy`` copies it.

The texts many claims repeat (the sentence every claim of it quotes, a
headline, rule ids and article paths) are interned on the way, so each is
held once however many claims hold it.
"""

from __future__ import annotations

import sys
from typing import TypeVar

from pydantic import BaseModel

from checker.models import Claim

M = TypeVar("M", bound=BaseModel)

_FULL: dict[type, set[str]] = {}  # class -> the one set of all its field names


def compact(model: M, **changes) -> M:
    """``model`` with ``changes``, sharing its class's set of field names when every field was set."""
    cls = type(model)
    full = _FULL.get(cls)
    if full is None:
        full = _FULL[cls] = set(cls.model_fields)
    given = model.model_fields_set
    return cls.model_construct(full if given == full else given, **{**vars(model), **changes})


def compact_claim(claim: Claim) -> Claim:
    """A claim and its parts compacted, its repeated texts interned."""
    intern = sys.intern
    evidence = claim.evidence
    # Every claim of a sentence quotes it, and a claim whose round came from the
    # headline quotes that too: one copy of each text, however many claims hold it.
    return compact(
        claim,
        article=intern(claim.article),
        rule=intern(claim.rule),
        key_label=intern(claim.key_label),
        language=intern(claim.language),
        evidence=compact(evidence, quote=intern(evidence.quote)),
        detail=compact(claim.detail),
        context=[compact(link, quote=intern(link.quote), what=intern(link.what), value=intern(link.value))
                 for link in claim.context],
    )
