"""The publication date written at the top of an article: its dateline.

Relative dates ("on Thursday", "اليوم") can only be placed if the article's
own date is known. When metadata does not carry it, pages copied as text
often still do, on a line of its own under the headline (``09 سبتمبر 2021``)
or opening the first paragraph as a wire dateline: a place, the date, the
agency (``BAGHDAD, Sept 9, 2021 (Reuters) -``, ``WASHINGTON, April 7 (KUNA)
--``, ``بغداد - 27 تموز 2021``). Only a line that is nothing but one whole
date, or a dateline's date part, to the day and with its year, counts: a
date inside a sentence is what the article talks about, not when it was
written, and a wire dateline without a year ("April 7") gives no date at
all, only a note saying so. Nothing is ever filled in from the file's mtime
or from today. Each date found carries the words it was read from, so the
report can say where every publication date came from.
"""

from __future__ import annotations

import re
from datetime import date

from checker.corpus.dates import SHORT, whole_date, yearless_day

_MAX_LINES = 8  # non-blank lines looked at from the top
# "BAGHDAD, Sept. 9, 2021 —" / "WASHINGTON (Reuters), 9 September 2021 -- " /
# "BAGHDAD, Sept 9, 2021 (Reuters) -" / "WASHINGTON, April 7 (KUNA) --" / "BENGHAZI, Libya, Sept 12, 2023 (Wire) -"
_AGENCY = r"(?:\s*\([^)]{1,30}\))?"
_COUNTRY = r"(?:,\s*[A-Z][a-z][A-Za-z.' ]{1,30}?)?"  # "BENGHAZI, Libya, Sept 12, 2023": the place's country
_PLACE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?)" + _AGENCY + _COUNTRY + r",\s*(?P<date>[^—–()]{4,40}?)" + _AGENCY
    + r"\s*(?:—|–|--|-|:)(?:\s|$)"
)
# "بغداد - 27 تموز 2021" / "بغداد 27 تموز 2021 (رويترز) -": a place of at most three words first
_AR_PLACE = re.compile(
    r"^(?P<place>[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){0,2})" + _AGENCY
    + r"\s*[-–—،,]?\s*(?P<date>[^-–—()]{4,40}?)" + _AGENCY + r"\s*(?:[-–—:]\s|[-–—:]?$)"
)


def _wire(line: str) -> tuple[date | None, str] | None:
    """A wire dateline's date and the words it stood in, or the note that it has no year."""
    m = _PLACE.match(line) or _AR_PLACE.match(line)
    if not m:
        return None
    words = line[: m.end()].strip()
    if d := whole_date(m.group("date")):
        return d, f'the dateline "{words}"'
    if yearless_day(m.group("date")):
        return None, f'the dateline "{words}" names no year, so it gives no publication date'
    return None


def read_dateline(text: str) -> tuple[date | None, str | None]:
    """The first dateline among the top lines of ``text`` and where it was read, in words.

    ``(None, note)`` when the only dateline found names no year: the note is
    shown so the reader knows why the date is unknown.
    """
    seen, note = 0, None
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > _MAX_LINES:
            break
        if len(line) <= SHORT and any(ch.isdigit() for ch in line):
            if d := whole_date(line):
                return d, f'the dateline "{line}" (a line of its own)'
        found = _wire(line) if any(ch.isdigit() for ch in line[:80]) else None
        if found and found[0]:
            return found
        note = note or (found[1] if found else None)
    return None, note


def find_dateline(text: str) -> date | None:
    """The first dateline among the top lines of ``text``, if any."""
    return read_dateline(text)[0]
