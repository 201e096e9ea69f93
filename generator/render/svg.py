"""Pictures drawn at build time as inline SVG: the actor network and the timeline.

Both are pure functions of the Site, deterministic to the byte (fixed start positions, fixed
iteration counts, rounded coordinates), styled by the theme's CSS so that dark mode and print
apply, and each carries a <title> and <desc> for readers who cannot see it; the pages that
show them also list the same facts as text.
"""
from __future__ import annotations

import functools
import math
import re

from markupsafe import Markup, escape

from generator.model import Event, Site


def _f(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


# The network ----------------------------------------------------------------------------------

def network_nodes(site: Site, center: str | None = None, limit: int = 18) -> list[str]:
    """The actors a network shows: the center and its strongest links, or the most connected."""
    if center is not None:
        related = sorted(site.co_mentions.get(center, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        return [center] + [a for a, _ in related if a in site.actors][:limit - 1]
    ranked = sorted((a for a in site.actors if site.co_mentions.get(a)),
                    key=lambda a: (-sum(site.co_mentions[a].values()), a))
    return ranked[:limit]


_layouts: dict[tuple, dict] = {}     # a rebuild draws again the networks it drew before


def _layout(nodes: list[str], edges: list[tuple[str, str, int]], center: str | None) -> dict:
    """An actor's own network is drawn around it (_radial); the site's, by Fruchterman–Reingold
    from a circle, a fixed number of steps: the same picture every build."""
    key = (tuple(nodes), tuple(edges), center)
    got = _layouts.get(key)
    if got is None:
        if len(_layouts) > 20_000:
            _layouts.clear()
        got = _layouts[key] = (_radial(nodes, edges, center) if center in nodes
                               else _fruchterman_reingold(nodes, edges, center))
    return {a: list(p) for a, p in got.items()}


def _radial(nodes: list[str], edges: list[tuple[str, str, int]], center: str) -> dict:
    """The center in the middle, the others evenly around it in the order given (strongest link
    first, from the top); a line's width tells how many paragraphs they share. A force layout of
    every actor's network was a fifth of the time spent rendering a large site."""
    others = [a for a in nodes if a != center]
    pos = {center: [0.0, 0.0]}
    for i, a in enumerate(others):
        angle = 2 * math.pi * i / len(others) - math.pi / 2
        pos[a] = [math.cos(angle), math.sin(angle)]
    return pos


def _fruchterman_reingold(nodes: list[str], edges: list[tuple[str, str, int]],
                          center: str | None) -> dict:
    """Written over plain lists and locals (the same arithmetic, in the same order, as the
    textbook form) since every actor page draws one."""
    n = len(nodes)
    xs, ys = [], []
    for i in range(n):
        angle = 2 * math.pi * i / max(n, 1)
        xs.append(math.cos(angle))
        ys.append(math.sin(angle))
    place = {a: i for i, a in enumerate(nodes)}
    fixed = place.get(center, -1) if center is not None else -1
    if fixed >= 0:
        xs[fixed] = ys[fixed] = 0.0
    links = [(place[a], place[b], 1 + math.log(w)) for a, b, w in edges]
    k = math.sqrt(4.0 / max(n, 1))
    kk = k * k
    hypot = math.hypot
    temp = 0.3
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    # 60 steps cooling to the temperature 120 steps at 0.97 reached: the same settled picture
    # at half the cost (every actor sheet draws one).
    for _ in range(60):
        dxs = [0.0] * n
        dys = [0.0] * n
        for i, j in pairs:
            dx, dy = xs[i] - xs[j], ys[i] - ys[j]
            d = hypot(dx, dy) or 1e-3
            f = kk / d
            fx, fy = dx / d * f, dy / d * f
            dxs[i] += fx
            dys[i] += fy
            dxs[j] -= fx
            dys[j] -= fy
        for i, j, grow in links:
            dx, dy = xs[i] - xs[j], ys[i] - ys[j]
            d = hypot(dx, dy) or 1e-3
            f = d * d / k * grow
            fx, fy = dx / d * f, dy / d * f
            dxs[i] -= fx
            dys[i] -= fy
            dxs[j] += fx
            dys[j] += fy
        for i in range(n):
            if i == fixed:
                continue
            dx, dy = dxs[i], dys[i]
            d = hypot(dx, dy) or 1e-3
            step = min(d, temp)
            xs[i] += dx / d * step
            ys[i] += dy / d * step
        temp *= 0.94
    return {a: [xs[i], ys[i]] for i, a in enumerate(nodes)}


# A page's record of the network picture it shows (Page.reads) covers this many actors: the most a
# theme draws (the nodes of a smaller picture are the first ones of a larger one).
NETWORK_READ_LIMIT = 24


def network_key(site: Site, center: str | None = None, limit: int = NETWORK_READ_LIMIT) -> tuple:
    """Everything a network picture of at most `limit` actors is drawn from: equal keys, equal pictures."""
    nodes = network_nodes(site, center, limit)
    edges = []
    for a in nodes:
        links = site.co_mentions.get(a, {})
        edges.extend((a, b, links[b]) for b in nodes if a < b and b in links)
    edges.sort()
    return (tuple(nodes), tuple(edges), tuple(len(site.actor_sources.get(a, [])) for a in nodes),
            tuple(site.actors[a].name for a in nodes))


def network_svg(site: Site, ident: str, center: str | None = None, limit: int = 18,
                width: int = 640, height: int = 420) -> Markup:
    """Who is mentioned with whom; an edge's weight is the number of paragraphs they share."""
    nodes = network_nodes(site, center, limit)
    if len(nodes) < 2:
        return Markup("")
    chosen = set(nodes)
    edges = sorted({(min(a, b), max(a, b), w) for a in nodes
                    for b, w in site.co_mentions.get(a, {}).items() if b in chosen and a != b})
    pos = _layout(nodes, edges, center)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad_x, pad_y = 105, 36          # room for a 26-character label either side
    span_x = (max(xs) - min(xs)) or 1
    span_y = (max(ys) - min(ys)) or 1

    def at(a: str) -> tuple[float, float]:
        x = pad_x + (pos[a][0] - min(xs)) / span_x * (width - 2 * pad_x)
        y = pad_y + (pos[a][1] - min(ys)) / span_y * (height - 2 * pad_y - 16)
        return x, y

    weight = max((w for *_, w in edges), default=1)
    mentions = {a: len(site.actor_sources.get(a, [])) for a in nodes}
    # A dot's area grows with its articles, up to a size that leaves room for a dozen beside it.
    most = max(mentions.values()) or 1
    names = {a: site.actors[a].name for a in nodes}
    title = (f"Actors mentioned with {names[center]}" if center else "Who is mentioned with whom")
    if center:
        parts = [f"{names[b]} in {w} paragraph{'s' if w != 1 else ''}"
                 for b, w in sorted(site.co_mentions.get(center, {}).items(), key=lambda kv: (-kv[1], kv[0]))
                 if b in chosen]
        desc = f"{names[center]} is mentioned in the same paragraph as " + "; ".join(parts) + "."
    else:
        strongest = sorted(edges, key=lambda e: (-e[2], e[0], e[1]))[:8]
        desc = (f"{len(nodes)} actors, linked when an article mentions them in the same paragraph. "
                "Strongest links: " + "; ".join(f"{names[a]} and {names[b]} ({w} paragraphs)"
                                                for a, b, w in strongest) + ".")
    out = [f'<svg class="network" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="{ident}-title {ident}-desc" xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{ident}-title">{escape(title)}</title>',
           f'<desc id="{ident}-desc">{escape(desc)}</desc>']
    for a, b, w in edges:
        (x1, y1), (x2, y2) = at(a), at(b)
        out.append(f'<line class="net-edge" x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" '
                   f'stroke-width="{_f(1 + 4 * w / weight)}"/>')
    for a in nodes:
        x, y = at(a)
        r = 5 + 14 * math.sqrt(mentions[a] / most)
        cls = "net-node net-center" if a == center else "net-node"
        label = names[a] if len(names[a]) <= 26 else names[a][:25] + "…"
        out.append(f'<circle class="{cls}" cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}"/>')
        # Around an actor, the upper half's names go above their dots, away from the lower half's.
        above = center is not None and a != center and y < at(center)[1] - 1
        out.append(f'<text class="net-label" x="{_f(x)}" y="{_f(y - r - 6 if above else y + r + 13)}" '
                   f'text-anchor="middle">{escape(label)}</text>')
    out.append("</svg>")
    return Markup("\n".join(out))


# The timeline ---------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _span(e: Event) -> tuple[float, float] | None:
    """An event's place in fractional years, as wide as its precision."""
    return _span_of(e.date, e.precision)


@functools.lru_cache(maxsize=65536)
def _span_of(date: str | None, precision: str | None) -> tuple[float, float] | None:
    # Remembered by date and precision: a timeline page of 100 events asked for each one's twice,
    # and an edit renders again the hundreds of pages it shifts (some 2 ms a page at 10,000 articles).
    m = _DATE.match(date or "")
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) and precision in ("day", "month") else None
    day = int(m.group(3)) if m.group(3) and precision == "day" else None
    if month is None:
        return year, year + 1
    start = year + (month - 1) / 12
    if day is None:
        return start, start + 1 / 12
    start += (day - 1) / 365
    return start, start


def timeline_svg(events: list[Event], ident: str, width: int = 640) -> Markup:
    placed = [(e, s) for e in events if (s := _span(e))]
    if not placed:
        return Markup("")
    first = math.floor(min(s[0] for _, s in placed))
    last = math.floor(max(s[1] for _, s in placed) - 1e-9) + 1
    years = max(last - first, 1)
    left, right = 12, 12
    scale = (width - left - right) / years

    def x(t: float) -> float:
        return left + (t - first) * scale

    rows: list[float] = []           # right end of the last mark in each row
    marks = []
    for e, (a, b) in sorted(placed, key=lambda p: (p[1][0], p[1][1], p[0].text)):
        x1, x2 = x(a), max(x(b), x(a) + 8)
        row = next((i for i, end in enumerate(rows) if end + 4 <= x1), None)
        if row is None:
            rows.append(x2)
            row = len(rows) - 1
        else:
            rows[row] = x2
        marks.append((e, x1, x2, row, a == b))
    row_h = 14
    top = 8
    axis = top + len(rows) * row_h + 6
    height = axis + 26
    step = max(1, math.ceil(years * 44 / (width - left - right)))
    when = f"{first}" if years == 1 else f"{first} to {last - 1}"
    out = [f'<svg class="timeline-chart" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="{ident}-title {ident}-desc" xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{ident}-title">Timeline</title>',
           f'<desc id="{ident}-desc">{len(marks)} dated event{"s" if len(marks) != 1 else ""} '
           f'from {when}; the list below gives each one with its date and source. Dots are '
           'days, short bars months, long bars whole years.</desc>',
           f'<line class="tl-axis" x1="{left}" y1="{axis}" x2="{width - right}" y2="{axis}"/>']
    for year in range(first, last + 1, step):
        tx = x(year)
        out.append(f'<line class="tl-tick" x1="{_f(tx)}" y1="{axis}" x2="{_f(tx)}" y2="{axis + 5}"/>')
        if year < last or years == 1:
            anchor = "start" if year == first else "middle"
            out.append(f'<text class="tl-label" x="{_f(tx)}" y="{axis + 18}" '
                       f'text-anchor="{anchor}">{year}</text>')
    for e, x1, x2, row, point in marks:
        y = top + row * row_h + row_h / 2
        if e.precision == "day" and point:
            out.append(f'<circle class="tl-day" cx="{_f(x1)}" cy="{_f(y)}" r="4"/>')
        else:
            cls = "tl-month" if e.precision == "month" else "tl-year"
            out.append(f'<rect class="{cls}" x="{_f(x1)}" y="{_f(y - 4)}" width="{_f(x2 - x1)}" '
                       f'height="8" rx="3"/>')
    out.append("</svg>")
    return Markup("\n".join(out))
