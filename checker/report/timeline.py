"""A small inline SVG of a number that moves in time: each claim a mark at its as-of date.

Troop counts over the years, a death toll over days: a reader sees at a
glance which figures belong to which moment, where a table makes them read
every row. The picture is plain SVG markup (no script: the page's CSP allows
none), drawn with presentation attributes so it prints and scales to a
phone. Only claims placed on the calendar are drawn; the rest are listed
beside it, never silently left out. Coordinates are rounded so the same
report gives the same bytes.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from checker import humanize as hz
from checker import timex
from checker.models import Claim, Finding, Quantity

MIN_DATES = 3  # fewer as-of dates than this is a comparison, not a timeline
# A small canvas, so that its 12-unit text stays readable when a phone scales it to 320 px.
W, H = 420, 190
LEFT, RIGHT, TOP, BOTTOM = 48, 40, 14, 30
COLOURS = {"error": "#b42318", "warning": "#9a5b00", "info": "#1f5fa8"}
INK, MUTED, GRID = "#1d2125", "#5f6670", "#dedbd3"
HEDGE = 0.1  # the default compare tolerance: "about 3,000" is drawn over 2,700-3,300


@dataclass
class Chart:
    svg: Markup
    undated: list[Claim] = field(default_factory=list)
    label: str = ""


def _span(as_of: str | None) -> tuple[int, int] | None:
    if as_of is None:
        return None
    try:
        s = timex.interval(as_of)
    except ValueError:
        return None
    return None if s is None else (s[0].toordinal(), s[1].toordinal())


def _range(q: Quantity) -> tuple[float, float | None, float | None]:
    """The value and, for a hedged one, the low and high ends of its bar (None: open to the edge)."""
    v = q.value
    if q.high is not None:  # a range: its two ends
        return v, v, q.high
    if q.mod == "APPROX":
        return v, v - abs(v) * HEDGE, v + abs(v) * HEDGE
    if q.mod in ("MORE_THAN", "AT_LEAST"):
        return v, v, None
    if q.mod in ("LESS_THAN", "AT_MOST"):
        return v, None, v
    return v, v, v


def _year_ticks(lo: int, hi: int) -> list[tuple[int, str]]:
    from datetime import date

    first, last = date.fromordinal(lo).year, date.fromordinal(hi).year
    step = max(1, (last - first + 1) // 6)
    return [(date(y, 1, 1).toordinal(), str(y)) for y in range(first, last + 2, step)
            if lo <= date(y, 1, 1).toordinal() <= hi]


def _nice_top(v: float) -> float:
    """A round top for the value axis (6,000 rather than 5,720): the reader reads it as a scale."""
    if v <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(v))
    for k in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if k * step >= v:
            return k * step
    return 10 * step


def _scale(lo: float, hi: float, a: float, b: float):
    width = (hi - lo) or 1.0
    return lambda v: round(a + (v - lo) / width * (b - a), 1)


def _pairs(claims: list[Claim], findings: list[Finding]) -> Iterator[tuple[Claim, Claim, str]]:
    for f in findings:  # one at a time: a finding on an archive may list hundreds of thousands
        for i, j in f.conflicts:
            if i < len(f.claims) and j < len(f.claims):
                yield f.claims[i], f.claims[j], COLOURS.get(f.severity, INK)


def _frame(x_lo: int, x_hi: int, y_lo: float, y_hi: float, x, y) -> list[str]:
    from datetime import date

    parts = [f'<line x1="{LEFT}" y1="{H - BOTTOM}" x2="{W - RIGHT}" y2="{H - BOTTOM}" stroke="{MUTED}"/>']
    for v in (y_lo, y_hi):
        parts.append(f'<line x1="{LEFT}" y1="{y(v)}" x2="{W - RIGHT}" y2="{y(v)}" stroke="{GRID}"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y(v) + 4}" text-anchor="end" font-size="12" fill="{MUTED}">'
                     f"{escape(hz.format_number(v))}</text>")
    ticks = _year_ticks(x_lo, x_hi)
    if len(ticks) < 2:  # a span inside one year: name its ends by day
        ticks = [(d, f"{date.fromordinal(d).day} {hz.MONTHS[date.fromordinal(d).month - 1][:3]}") for d in (x_lo, x_hi)]
    for d, text in ticks:
        parts.append(f'<line x1="{x(d)}" y1="{H - BOTTOM}" x2="{x(d)}" y2="{H - BOTTOM + 4}" stroke="{MUTED}"/>')
        parts.append(f'<text x="{x(d)}" y="{H - BOTTOM + 18}" text-anchor="middle" font-size="12" fill="{MUTED}">'
                     f"{escape(text)}</text>")
    return parts


def _mark(c: Claim, cx: float, y, y_top: float, y_bottom: float, label: str) -> list[str]:
    v, lo, hi = _range(c.detail)
    title = f"<title>{escape(hz.human_value(c.detail))} · {escape(label)} · as of {escape(hz.human_date(c.as_of))}</title>"
    parts = []
    if (lo, hi) != (v, v):
        y1 = y_top if hi is None else y(hi)
        y2 = y_bottom if lo is None else y(lo)
        parts.append(f'<line x1="{cx}" y1="{y1}" x2="{cx}" y2="{y2}" stroke="{INK}" stroke-width="6" '
                     f'stroke-opacity="0.35" stroke-linecap="round">{title}</line>')
    parts.append(f'<circle cx="{cx}" cy="{y(v)}" r="4" fill="#fff" stroke="{INK}" stroke-width="2">{title}</circle>')
    parts.append(f'<text x="{round(cx + 7, 1)}" y="{round(y(v) + 4, 1)}" font-size="11" fill="{INK}">'
                 f"{escape(hz.human_value(c.detail).replace('about ', '~'))}</text>")
    return parts


def build_chart(claims: list[Claim], findings: list[Finding], label_of) -> Chart | None:
    """The SVG for one subject's claims, or None when it is not a number over three or more dates."""
    numbers = [c for c in claims if isinstance(c.detail, Quantity)]
    if len(numbers) != len(claims) or len({c.detail.unit for c in numbers}) != 1:
        return None
    dated = [(c, s) for c in numbers if (s := _span(c.as_of)) is not None]
    if len({s for _, s in dated}) < MIN_DATES:
        return None
    x_lo, x_hi = min(s[0] for _, s in dated), max(s[1] for _, s in dated)
    ends = [e for c, _ in dated for e in _range(c.detail) if e is not None]
    y_lo, y_hi = min(0.0, min(ends)), _nice_top(max(ends) * 1.05)
    x, y = _scale(x_lo, x_hi, LEFT + 8, W - RIGHT - 8), _scale(y_lo, y_hi, H - BOTTOM, TOP)
    where = {id(c): (x((s[0] + s[1]) / 2), y(c.detail.value)) for c, s in dated}
    parts = _frame(x_lo, x_hi, y_lo, y_hi, x, y)
    for a, b, colour in _pairs(claims, findings):
        if id(a) in where and id(b) in where:
            (x1, y1), (x2, y2) = where[id(a)], where[id(b)]
            parts.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" stroke-width="2" '
                         f'stroke-dasharray="5 3"/>')
    for c, _ in dated:
        parts += _mark(c, where[id(c)][0], y, TOP, H - BOTTOM, label_of(c))
    label = f"{len(dated)} claims placed in time, from {hz.human_day(_day(x_lo))} to {hz.human_day(_day(x_hi))}"
    head = (f'<svg class="chart" viewBox="0 0 {W} {H}" width="100%" role="img" aria-label="{escape(label)}" '
            f'xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif">')
    svg = "".join([head, *parts, "</svg>"])  # one copy of the text, not three: it may be tens of megabytes
    del parts
    return Chart(Markup(svg), [c for c in numbers if _span(c.as_of) is None], label)


def _day(ordinal: int):
    from datetime import date

    return date.fromordinal(ordinal)
