"""Rows of a table: what a cell is, its column's header says.

A chronology or a tally is often set as a table ("| Round | Date | Place |", then "| Second |
19 August 2020 | Washington |"; an HTML table reaches us the same way, as Markdown). A row names
no event and no counted thing: its header does. So a header cell holding a rule's event or
counted noun lends it to the cells of its column: the ordinal cell under "Round" names the event
("Second": the second round), the number under "Deaths" is one the noun carries, as in «شخصين».
"""

from __future__ import annotations

import re

from checker.frames.concepts import Hit

_SEPARATOR = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*")
_CELLS_MIN = 2


def is_row(line: str) -> bool:
    """A line of a pipe table: at least two cells, not the line of dashes under the header (without
    a leading bar, three: one bar in a line of prose makes no table)."""
    line = line.strip()
    if not line or _SEPARATOR.fullmatch(line):
        return False
    return len(line.strip("|").split("|")) >= _CELLS_MIN and (line.startswith("|") or line.count("|") >= _CELLS_MIN)


def header_of(text: str, start: int) -> tuple[int, int] | None:
    """The (start, end) of the header row of the table whose data row holds offset ``start``, or None
    when that line is no table row or is the header itself."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    b = len(text) if b < 0 else b
    if not is_row(text[a:b]):
        return None
    header = None
    while a > 0:
        prev_end = a - 1
        while prev_end > 0 and text[prev_end - 1] in "\r\n \t":  # (a blank line between rows: HTML tables read so)
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end]
        if _SEPARATOR.fullmatch(line.strip() or "x"):
            a = prev_start
            continue
        if not is_row(line):
            break
        header, a = (prev_start, prev_end), prev_start
    return header


def cell_of_tokens(prepared) -> list[int]:
    """For each word of a prepared row, the index of its cell."""
    bars = [m.start() for m in re.finditer(r"\|", prepared.nt.text)]
    lead = 1 if prepared.nt.text.lstrip().startswith("|") else 0
    return [sum(1 for p in bars if p < a) - lead for a, _ in prepared.spans]


def column_hits(row, header, vocabulary, counted: bool) -> list[Hit]:
    """Hits lent by header cells holding the vocabulary's words: right after the last word of each
    cell of such a column (``counted``: only where that word is a number's, the count's noun)."""
    header_cells = cell_of_tokens(header.prepared)
    columns = {header_cells[h.start]: h for h in header.hits(vocabulary) if h.start < len(header_cells)}
    if not columns:
        return []
    row_cells = cell_of_tokens(row.prepared)
    out = []
    for col, h in sorted(columns.items()):
        words = [i for i, c in enumerate(row_cells) if c == col]
        if not words or (counted and words[-1] not in row.inside_values and words[-1] not in row.value_starts):
            continue
        # the cell stands for the noun: its number is one the noun carries («شخصين»), its ordinal names it
        out.append(Hit(h.source, words[-1] if counted else words[0], words[-1] + 1, h.canonical))
    return out


def venue_cells(row, header) -> frozenset[int]:
    """The row's words in columns whose header says where ("| Place |", «| المكان |»)."""
    header_cells = cell_of_tokens(header.prepared)
    columns = {c for i, c in enumerate(header_cells) if header.forms[i] in header.lang.place_headers}
    return frozenset(i for i, c in enumerate(cell_of_tokens(row.prepared)) if c in columns)
