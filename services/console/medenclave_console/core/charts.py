"""Line charts as inline SVG, drawn on the server (no script; the CSP allows no inline style,
so colours are SVG presentation attributes). Every text is escaped here; the caller passes
the translated series names and the functions that localise numbers and times."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

__all__ = ["COLOURS", "Series", "line_chart"]

#: colour-blind safe (Okabe–Ito), one per series in order; a threshold line is drawn dashed
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
_PAD_L, _PAD_R, _PAD_T, _PAD_B = 64, 12, 12, 40


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]


def _ticks(top: float, count: int = 4) -> list[float]:
    """Round steps from 0 to at least ``top``."""
    if top <= 0 or not math.isfinite(top):
        return [0.0, 1.0]
    raw = top / count
    step = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * step:
            step *= m
            break
    return [i * step for i in range(count + 2) if i == 0 or (i - 1) * step < top]


def line_chart(*, title: str, times: Sequence[float], series: Sequence[Series],
               number: Callable[[float], str], clock: Callable[[float], str],
               threshold: tuple[str, float] | None = None, width: int = 640,
               height: int = 200) -> str:
    """An SVG line chart of ``series`` over ``times`` (epoch seconds, oldest first).

    ``number`` formats a y value, ``clock`` a time (both localised by the caller);
    ``threshold`` is a named horizontal line (e.g. the drift threshold).
    """
    values = [v for s in series for v in s.values if math.isfinite(v)]
    top = max([*values, threshold[1] if threshold else 0.0, 0.0])
    ticks = _ticks(top)
    y_max = ticks[-1] or 1.0
    inner_w, inner_h = width - _PAD_L - _PAD_R, height - _PAD_T - _PAD_B
    t0, t1 = (times[0], times[-1]) if times else (0.0, 1.0)
    span = (t1 - t0) or 1.0

    def x(t: float) -> float:
        return _PAD_L + (t - t0) / span * inner_w if len(times) > 1 else _PAD_L + inner_w / 2

    def y(v: float) -> float:
        return _PAD_T + inner_h - max(0.0, min(v, y_max)) / y_max * inner_h

    out = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for tick in ticks:
        out.append(f'<line x1="{_PAD_L}" x2="{width - _PAD_R}" y1="{y(tick):.1f}" '
                   f'y2="{y(tick):.1f}" stroke="#ddd"/><text x="{_PAD_L - 6}" '
                   f'y="{y(tick) + 4:.1f}" text-anchor="end" font-size="11">'
                   f'{escape(number(tick))}</text>')
    for t in ({t0, t1} if times else set()):
        anchor = "start" if t == t0 and len(times) > 1 else "end" if len(times) > 1 else "middle"
        out.append(f'<text x="{x(t):.1f}" y="{height - _PAD_B + 16}" text-anchor="{anchor}" '
                   f'font-size="11">{escape(clock(t))}</text>')
    if threshold is not None:
        out.append(f'<line x1="{_PAD_L}" x2="{width - _PAD_R}" y1="{y(threshold[1]):.1f}" '
                   f'y2="{y(threshold[1]):.1f}" stroke="#000" stroke-dasharray="6 4"/>')
    for i, s in enumerate(series):
        colour = COLOURS[i % len(COLOURS)]
        points = " ".join(f"{x(t):.1f},{y(v):.1f}" for t, v in zip(times, s.values, strict=False)
                          if math.isfinite(v))
        if points:
            out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
                       f'points="{points}"/>')
    legend = [(s.name, COLOURS[i % len(COLOURS)], "") for i, s in enumerate(series)]
    if threshold is not None:
        legend.append((threshold[0], "#000", ' stroke-dasharray="6 4"'))
    lx = _PAD_L
    for name, colour, dash in legend:
        out.append(f'<line x1="{lx}" x2="{lx + 18}" y1="{height - 8}" y2="{height - 8}" '
                   f'stroke="{colour}" stroke-width="2"{dash}/><text x="{lx + 22}" '
                   f'y="{height - 4}" font-size="11">{escape(name)}</text>')
        lx += 30 + sum(12 if ord(ch) > 0x2E7F else 7 for ch in name)
    out.append("</svg>")
    return "".join(out)
