"""The few lines ``checker audit`` prints: enough to know whether to open the report.

Tables are laid out by ``rich`` at the width given (the terminal's, or a wide
default when the output is a file or a pipe). Cells wrap rather than being cut:
a value or a file name cut to "7 April (year unkno…" is worse than a long line.
The only text shortened on purpose is a quote's context around its value.
"""

from __future__ import annotations

import io
import textwrap
from collections import Counter
from pathlib import PurePath

from checker import humanize as hz
from checker.models import SEVERITIES, Claim, Finding, Report, severity_order
from checker.report.labels import is_metadata_problem, rule_file_label
from checker.report.view import ReportView



def short_quote(c: Claim, room: int = 36) -> str:
    """The value's words with a little context each side, on one line."""
    ev, q = c.evidence, c.evidence.quote
    vs = min(len(q), max(0, ev.value_start - ev.quote_start))
    ve = min(len(q), max(vs, ev.value_end - ev.quote_start))
    pad = max(0, (room - (ve - vs)) // 2)
    lo, hi = max(0, vs - pad), min(len(q), ve + pad)
    snippet, left, right = " ".join(q[lo:hi].split()), lo > 0, hi < len(q)
    if len(snippet) > room:  # the value's own words are longer than the room
        snippet, right = snippet[: max(1, room - 1)], True
    return ("…" if left else "") + snippet + ("…" if right else "")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _count(n: int, word: str) -> str:
    """A count as a reader scans it in a column: "1,176 claims"."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _dates_said(report: Report) -> str:
    """The publication range, with how many articles it covers: one dated article is not a range."""
    dates = sorted(a.published for a in report.articles if a.published)
    if not dates:
        return "no publication dates known"
    span = hz.day_range(dates[0], dates[-1])
    missing = len(report.articles) - len(dates)
    return f"published {span}" + (f" ({len(dates)} of {len(report.articles)} articles dated)" if missing else "")


def _headline(report: Report) -> str:
    s = ReportView(report).summary()
    sev = ", ".join(f"{n} {k}{'s' if n != 1 and k != 'info' else ''}" for k, n in s["by_severity"])
    langs = ", ".join(f"{name} {n}" for name, n in s["languages"])
    return (
        f"{_plural(s['articles'], 'article')} ({langs}); {_dates_said(report)}; "
        f"{s['rules']} rules; {s['claims']} claims; {_plural(s['findings'], 'finding')} ({sev})"
    )


def _console(width: int):
    from rich.console import Console

    return Console(file=io.StringIO(), width=width, color_system=None, markup=False, highlight=False,
                   emoji=False, force_terminal=False, legacy_windows=False)


def _table(headers: list[str] | None, rows: list[list[str]], indent: int = 0, keep: tuple[int, ...] = (),
           width: int = 100):
    """A plain table; the ``keep`` columns (file names, values) get their full width when it fits
    in half the line, so that prose columns wrap at spaces rather than a name breaking mid-word."""
    from rich import box
    from rich.padding import Padding
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD if headers else None, show_header=bool(headers), pad_edge=False,
                  show_edge=False, padding=(0, 2, 0, 0))
    for i, h in enumerate(headers or [""] * (len(rows[0]) if rows else 0)):
        longest = max((len(r[i]) for r in rows), default=0)
        short = longest <= 9  # codes and counts ("ar", "14") never shrink away
        whole = short or (i in keep and longest <= width // 2)
        table.add_column(h, overflow="fold", no_wrap=whole, min_width=max(len(h), longest) if whole else None)
    for row in rows:
        table.add_row(*row)
    return Padding(table, (0, 0, 0, indent)) if indent else table


def _print_rows(con, headers: list[str] | None, rows: list[list[str]], width: int, indent: int = 0,
                keep: tuple[int, ...] = ()) -> None:
    """A table when its columns fit the width; otherwise one block per row, so that no column
    is squeezed to nothing and no value or name is cut."""
    if not rows:
        return
    if _least_width(headers, rows, keep, width) <= width - indent:
        con.print(_table(headers, rows, indent, keep, width))
        return
    pad = " " * indent
    for row in rows:
        con.print(textwrap.fill(row[0], width, initial_indent=pad, subsequent_indent=pad + "  ", break_on_hyphens=False))
        for i, cell in enumerate(row[1:], start=1):
            if cell:
                label = f"{headers[i]}: " if headers else ""
                con.print(textwrap.fill(label + cell, width, initial_indent=pad + "  ", subsequent_indent=pad + "    "))


def _least_width(headers: list[str] | None, rows: list[list[str]], keep: tuple[int, ...], width: int) -> int:
    """The narrowest the table can be with every kept cell whole and every word on one line."""
    total = 0
    for i in range(len(rows[0])):
        head = len(headers[i]) if headers else 0
        cells = [r[i] for r in rows]
        longest = max(map(len, cells), default=0)
        word = max((len(w) for c in cells for w in c.split()), default=0)
        total += min(longest, width // 2) if i in keep else max(head, word if longest > 9 else longest)
    return total + 2 * (len(rows[0]) - 1)


def _articles_table(report: Report) -> list[list[str]]:
    return [
        [a.path, a.language, hz.human_day(a.published) if a.published else "unknown",
         hz.date_source(a.published_source) if a.published else (a.published_from or ""), str(a.sentences)]
        for a in report.articles
    ]


# Up to this many articles the summary lists each one: a small audit should show
# at a glance which files were read and which of them carry a publication date.
ARTICLE_TABLE_MAX = 25


def _why(f: Finding, reason: str) -> str:
    """A reason without the "A vs B: " its values already printed above it say."""
    head, sep, tail = reason.partition(": ")
    if sep and " vs " in head and all(part.strip() for part in head.split(" vs ")):
        return tail
    return reason


# A finding with more claims than this is shown one row per value it was given, with how
# many claims and articles said it and one example: an archive's finding may hold thousands
# of claims, and a screen of identical rows hides the disagreement it should show.
FINDING_ROWS_MAX = 12


def _finding_rows(view: ReportView, f: Finding, quote_w: int) -> list[list[str]]:
    def name(c: Claim) -> str:
        a = view.article_of(c)
        return PurePath(a.path).stem if a else PurePath(c.article).stem

    if len(f.claims) <= FINDING_ROWS_MAX:
        return [[hz.human_value(c.detail), name(c), short_quote(c, quote_w)] for c in f.claims]
    by_value: dict[str, list[Claim]] = {}
    for c in f.claims:
        by_value.setdefault(hz.human_value(c.detail), []).append(c)
    ranked = sorted(by_value.items(), key=lambda kv: -len(kv[1]))  # stable: first said first among equals
    rows = []
    for value, claims in ranked[:FINDING_ROWS_MAX]:
        articles = len({c.article for c in claims})
        said = f"{_count(len(claims), 'claim')}, {_count(articles, 'article')}" if len(claims) > 1 else name(claims[0])
        rows.append([value, said, (f"e.g. {name(claims[0])} " if len(claims) > 1 else "") + short_quote(claims[0], quote_w)])
    if len(ranked) > FINDING_ROWS_MAX:
        rest = ranked[FINDING_ROWS_MAX:]
        rows.append([_count(len(rest), "other value"), _count(sum(len(c) for _, c in rest), "claim"), "in the HTML report"])
    return rows


def _no_claims(report: Report) -> list[str]:
    """Say plainly that nothing was checked, which rules ran, and how to teach the checker a story."""
    ids = ", ".join(r.id for r in report.rules) or "none"
    return [
        "No claims found, so nothing was compared: this is not an all-clear.",
        f"The {_plural(len(report.rules), 'rule')} that ran ({ids}) found nothing here: "
        "none of them knows the story these articles tell.",
        "To check it, write a rule (README 'Writing a rule', docs/RULES.md) and pass it with --rules; "
        "`checker claims PATH --rules FILE` shows what a rule finds.",
    ]


def _not_compared(report: Report) -> list[list[str]]:
    rows = []
    for n in report.not_compared:
        values = Counter(hz.human_value(c.detail) for c in n.claims)
        said = ", ".join(f"{v} ({k})" if k > 1 else v for v, k in values.items())
        rows.append([n.key_label, f"{_plural(len(n.claims), 'claim')}: {said}", n.reason])
    return rows


def _unused(report: Report) -> list[list[str]]:
    kinds = Counter("metadata" if is_metadata_problem(p) else p.kind for p in report.problems)
    partial = sum(1 for c in report.claims if c.type == "date" and "X" in str(c.value))
    if not (kinds or partial):
        return []
    return [["claims whose value could not be placed", str(kinds.get("claim", 0))],
            ["dates with a part not stated (used for the parts stated)", str(partial)],
            ["files skipped", str(kinds.get("file", 0))], ["metadata values not used", str(kinds.get("metadata", 0))],
            ["rule problems (failed to load, or while reading)", str(kinds.get("rule", 0))]]


def render_terminal(report: Report, *, width: int = 100) -> str:
    """Counts and the articles read, then each finding over its values and short quotes."""
    con = _console(width)
    con.print(textwrap.fill(_headline(report), width))
    view = ReportView(report)
    if report.articles and len(report.articles) <= ARTICLE_TABLE_MAX:
        con.print()
        _print_rows(con, ["file", "lang", "published", "from", "sentences"], _articles_table(report), width,
                    keep=(0, 2))
    quote_w = max(24, min(60, width // 3))
    for f in sorted(report.findings, key=lambda f: (severity_order(f.severity), f.key_label, f.id)):
        con.print()
        con.print(f"{f.severity.upper()} {f.id}  {f.key_label}")
        _print_rows(con, None, _finding_rows(view, f, quote_w), width, indent=2, keep=(0, 1))
        for r in dict.fromkeys(_why(f, r) for r in f.reasons):  # one line per distinct reason
            con.print(textwrap.fill(r, width, initial_indent="  why: ", subsequent_indent="       "))
    if not report.findings:
        con.print()
        lines = ["No conflicts found among the claims that could be compared."] if report.claims else _no_claims(report)
        for line in lines:
            con.print(textwrap.fill(line, width, break_on_hyphens=False))
    if report.not_compared:
        con.print()
        con.print("Found but not compared (neither agreement nor conflict):")
        _print_rows(con, ["subject", "claims", "why not compared"], _not_compared(report), width, indent=2)
    if unused := _unused(report):
        con.print()
        _print_rows(con, ["could not be used", ""], unused, width)
    if report.findings:
        con.print()
        con.print(textwrap.fill("Open the HTML report for the full quotes and the articles in context.", width))
    return "\n".join(line.rstrip() for line in con.file.getvalue().splitlines()) + "\n"


def exit_status(report: Report, fail_on: str) -> tuple[int, str]:
    """The audit's exit status and the sentence that explains it on screen."""
    if fail_on == "never":
        return 0, "Exit status 0: --fail-on never."
    hits = [f for f in report.findings if severity_order(f.severity) <= severity_order(fail_on)]
    if hits:
        worst = Counter(f.severity for f in hits)
        said = ", ".join(_plural(worst[s], f"{s} finding") for s in SEVERITIES if worst.get(s))
        return 1, f"Exit status 1: {said} at or above --fail-on {fail_on} (--fail-on never keeps it 0)."
    if not report.claims:
        return 0, "Exit status 0: no claims were found, so there was nothing to disagree about."
    return 0, f"Exit status 0: no finding at or above --fail-on {fail_on}."


__all__ = ["exit_status", "render_terminal", "rule_file_label", "short_quote"]
