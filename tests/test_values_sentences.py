"""Labelled sentences written for this project (tests/data/values/sentences.tsv).

Each row is one mention that must be found with the right value and mod;
the families (Arabic/English dates, quantities, ordinals) are spread across
the file. The table has the dev set's columns so the mentions scorer can
read it too.
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pytest

from checker.values import find_mentions

TABLE = Path(__file__).parent / "data" / "values" / "sentences.tsv"


def _rows():
    with TABLE.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def test_table_is_big_and_covers_every_family():
    assert len(ROWS) >= 150
    kinds = {(r["type"], r["lang"]) for r in ROWS}
    assert kinds == {(t, l) for t in ("date", "quantity", "ordinal") for l in ("ar", "en")}


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_labelled_mention(row):
    dct = None if row["dct"] == "-" else datetime.date.fromisoformat(row["dct"])
    sentence = row["sentence"]
    start = sentence.index(row["expression"])
    end = start + len(row["expression"])
    found = [m for m in find_mentions(sentence, row["lang"], dct) if m.type == row["type"]]
    hits = [m for m in found if m.start < end and start < m.end]
    assert hits, f"nothing found for {row['expression']!r}; got {[m.text for m in found]}"
    m = hits[0]
    assert (m.value.mod if hasattr(m.value, "mod") else None) == (row["mod"] or None)
    if row["type"] == "date":
        assert m.value.value == row["value"]
    else:
        assert m.value.plain() == pytest.approx(float(row["value"]), rel=1e-3)
