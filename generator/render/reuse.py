"""Whether a page rendered before can stand for its new version without rendering it again.

A page's bytes are a function of its template, the settings, its context and what its template
reads beyond the context: the `site` a few templates take whole (declared by the page as
`Page.reads`), and, through the citation and quote pieces (fragments.py), the title, publisher
and date of each cited source, the actors a cited paragraph mentions, and actor and topic names.
So a page is the same when its template and settings are, its context shows the same, its reads
are equal, and no source, actor or topic it depends on (`Page.deps`) changed in what other pages
show of it (`visible_changes`).

"Shows the same": a source listed on another page (an actor's sources, the feed, the sources
index) shows its title, publisher, dates and the like, never its paragraphs; an actor or topic
named elsewhere never shows its summary or description. So a context holding such an object is
compared without those (`OWN_FIELDS`), except on the entry's own sheet, which shows them all. An
edit to one article's text then renders its own page again and no other.
"""
from __future__ import annotations

import dataclasses

from generator.model import Actor, Site, Source, Topic

# What no page but an entry's own sheet shows of it (the rest is compared everywhere): an
# article's text, and the Markdown bodies (render/bodies.py). An actor's `reviewed` flag shows on
# the actors index too, which declares the actors it lists in full (Page.reads).
OWN_FIELDS = {Source: frozenset({"paragraphs", "checksum", "body"}),
              Actor: frozenset({"summary", "reviewed"}),
              Topic: frozenset({"description"})}
# The context key that holds the page's own entry, compared in full.
OWN_KEYS = {Source: "source", Actor: "actor", Topic: "topic"}
_SHOWN = {kind: tuple(f.name for f in dataclasses.fields(kind) if f.name not in own)
          for kind, own in OWN_FIELDS.items()}


def shown(entry: Source | Actor | Topic) -> tuple:
    """A source, actor or topic as pages other than its own sheet show it."""
    return tuple(getattr(entry, name) for name in _SHOWN[type(entry)])


def visible_changes(old: Site, new: Site) -> set[str]:
    """Entry paths of the sources, actors and topics added, removed, or changed in what pages
    other than their own show of them."""
    changed: set[str] = set()
    for sid in old.sources.keys() | new.sources.keys():
        a, b = old.sources.get(sid), new.sources.get(sid)
        if a is b:
            continue
        if a is None or b is None or a.path != b.path or shown(a) != shown(b):
            changed.update(x.path for x in (a, b) if x is not None)
    for table in ("actors", "topics"):
        before, after = getattr(old, table), getattr(new, table)
        for key in before.keys() | after.keys():
            a, b = before.get(key), after.get(key)
            if a is not b and (a is None or b is None or a.path != b.path or shown(a) != shown(b)):
                changed.update(x.path for x in (a, b) if x is not None)
    return changed


class Comparer:
    """Compares the contexts of one build's pages with the last build's. Large lists are often
    shared by many pages (every page of a listing holds the whole list): a pair of them is
    compared once."""

    def __init__(self) -> None:
        self._seen: dict[tuple[int, int], bool] = {}
        self._keep: list = []        # the compared objects stay alive, so their ids stay theirs

    def same_context(self, old: dict, new: dict) -> bool:
        if old.keys() != new.keys():
            return False
        for key, value in new.items():
            before = old[key]
            if type(value) in OWN_KEYS and key == OWN_KEYS[type(value)]:
                if before != value:      # the page's own entry: everything of it is shown
                    return False
            elif not self.same(before, value):
                return False
        return True

    def same(self, a: object, b: object) -> bool:
        if a is b:
            return True
        kind = type(a)
        if kind is not type(b):
            return False
        if kind in _SHOWN:
            return shown(a) == shown(b)
        if kind in (list, tuple):
            if len(a) != len(b):
                return False
            if len(a) > 16:
                key = (id(a), id(b))
                got = self._seen.get(key)
                if got is None:
                    got = self._seen[key] = self._items(a, b)
                    self._keep.append((a, b))
                return got
            return self._items(a, b)
        if kind is dict:
            return a.keys() == b.keys() and all(self.same(a[k], b[k]) for k in a)
        if dataclasses.is_dataclass(kind) and not isinstance(a, type):
            if a == b:
                return True
            return all(self.same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(kind))
        return a == b

    def _items(self, a, b) -> bool:
        try:
            if a == b:
                return True
        except Exception:            # an element that cannot be compared: go item by item
            pass
        return all(self.same(x, y) for x, y in zip(a, b))
