""""What links here": for each sheet, the sheets whose views link to it, in the order of the views.

Made from every view's links (some 47,000 at 1,000 articles). After an edit a long-lived Builder
keeps nearly every view (render/pages.py, PagesMemo), so the last table is kept and only the
links of the views made again are taken out and put back in, each at its view's place.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

Key = tuple[str, str]               # ("actors" | "topics" | "sources", id)


@dataclass
class Inbound:
    """The table for one set of views: `origins[key]`, the sheets linking to `key` in the views'
    order (a list is replaced, never changed in place, so an unchanged one is the same object);
    `targets[key]`, (the view, the sheets its view links to)."""

    order: list[Key] = field(default_factory=list)
    views: dict[Key, object] = field(default_factory=dict)
    targets: dict[Key, tuple] = field(default_factory=dict)
    origins: dict[Key, list[Key]] = field(default_factory=dict)


def _targets(view) -> list[Key]:
    return ([("actors", t) for t in sorted(view.links.actors)]
            + [("topics", t) for t in sorted(view.links.topics)])


def inbound(views: dict[Key, object], before: Inbound | None = None) -> Inbound:
    """The table for these views; from `before` by difference when it was made for the same
    sheets in the same order and only a few views are new objects."""
    order = list(views)
    if before is not None and before.order == order:
        changed = [key for key in order if views[key] is not before.views[key]]
        if len(changed) <= max(50, len(order) // 20):
            return _by_difference(views, order, changed, before)
    table = Inbound(order, dict(views))
    origins = table.origins
    for origin, view in views.items():
        got = before.targets.get(origin) if before is not None else None
        if got is None or got[0] is not view:
            got = (view, _targets(view))
        table.targets[origin] = got
        for target in got[1]:
            found = origins.get(target)
            if found is None:
                origins[target] = [origin]
            else:
                found.append(origin)
    return table


def _by_difference(views: dict[Key, object], order: list[Key], changed: list[Key], before: Inbound) -> Inbound:
    table = Inbound(order, dict(views), dict(before.targets), dict(before.origins))
    if not changed:
        return table
    rank = {key: n for n, key in enumerate(order)}
    place = rank.__getitem__
    for origin in changed:
        view = views[origin]
        was = set(table.targets[origin][1])
        now = _targets(view)
        table.targets[origin] = (view, now)
        for target in was.difference(now):
            rest = [o for o in table.origins[target] if o != origin]
            if rest:
                table.origins[target] = rest
            else:
                del table.origins[target]
        for target in set(now).difference(was):
            got = list(table.origins.get(target, ()))
            got.insert(bisect.bisect_left(got, rank[origin], key=place), origin)
            table.origins[target] = got
    return table
