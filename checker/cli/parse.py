"""``checker parse``: show the dates, counts and ordinals the checker reads in a text.

For people it prints a table; ``--json`` and ``--jsonl`` are for programs
(the mentions scorer reads ``--jsonl``). A bad line in a JSONL file is named
on stderr and skipped, so one broken record does not hide the rest.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import typer

from checker.cli._app import app, echo

_EPILOG = (
    "Examples:\n\n"
    "  checker parse 'في السابع من نيسان ابريل الماضي' --published 2021-05-20\n\n"
    "  checker parse 'About 2,500 U.S. troops remain, more than 150 attacks' --json\n\n"
    "  checker parse --jsonl sentences.jsonl   (lines: {\"id\", \"text\", \"lang\", \"published\"})"
)


def _date(value: str | None, what: str) -> datetime.date | None:
    if value in (None, "", "-"):
        return None
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{what} must be a date like 2021-05-20, got {value!r}") from None


def _run_jsonl(path: Path) -> int:
    from checker.api import read_values

    bad = 0
    stream = sys.stdin if str(path) == "-" else path.open(encoding="utf-8-sig")
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    raise ValueError('expected an object with a "text" string')
                lang = obj.get("lang") or None
                if lang not in (None, "ar", "en"):
                    raise ValueError(f'"lang" must be ar or en, got {lang!r}')
                published = _date(obj.get("published"), '"published"')
                mentions = read_values(obj["text"], lang, published)
            except ValueError as e:  # json.JSONDecodeError is a ValueError
                echo(f"{path}:{n}: skipped: {e}", err=True)
                bad += 1
                continue
            out = {"id": obj.get("id", n), "mentions": [m.plain() for m in mentions]}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return bad


@app.command(epilog=_EPILOG)
def parse(
    text: str = typer.Argument(None, help="The sentence or passage to read, in Arabic or English.", show_default=False),
    published: str = typer.Option(
        None, "--published", "-p", metavar="DATE",
        help="Publication date (2021-05-20) that relative words resolve against: "
        "'الشهر الماضي', 'next Monday'. Without it, unknown fields stay X (XXXX-04-07).",
    ),
    lang: str = typer.Option(None, "--lang", "-l", help="ar or en; detected from the script when left out."),
    as_json: bool = typer.Option(False, "--json", help="Print the mentions as one JSON array instead of a table."),
    jsonl: Path = typer.Option(
        None, "--jsonl", metavar="FILE",
        help='Read lines {"id", "text", "lang", "published"} from FILE ("-" for stdin) '
        'and print one line {"id", "mentions": [...]} each.',
    ),
) -> None:
    """Show the dates, quantities and ordinals found in TEXT, with their values.

    Dates come out as TIMEX3 values (2021-04-07, 2021-07, 2017 with END for
    "late 2017", 2014-SU, 2021-W10), quantities as numbers with their hedge
    (APPROX for "حوالي 3 آلاف", MORE_THAN for "more than 150"; 25% is 0.25),
    ordinals as integers ("الجولة الحادية عشرة" is 11).
    """
    if jsonl is not None:
        raise typer.Exit(1 if _run_jsonl(jsonl) else 0)
    if text is None:
        raise typer.BadParameter("give a TEXT to read, or --jsonl FILE", param_hint="TEXT")
    if lang not in (None, "ar", "en"):
        raise typer.BadParameter("choose ar or en", param_hint="--lang")
    try:
        day = _date(published, "--published")
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--published") from None
    from checker.api import read_values

    mentions = read_values(text, lang, day)
    if as_json:
        echo(json.dumps([m.plain() for m in mentions], ensure_ascii=False, indent=2))
        return
    if not mentions:
        echo("no dates, quantities or ordinals found")
        return
    from tabulate import tabulate

    rows = [
        (m.start, m.end, m.type, m.text, m.value.plain(), getattr(m.value, "mod", None) or "", m.note or "")
        for m in mentions
    ]
    echo(tabulate(rows, headers=["start", "end", "type", "text", "value", "mod", "note"]))
