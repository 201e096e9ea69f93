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
import hashlib
import io
import pickle

from markupsafe import Markup

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


class Unknown(Exception):
    """A value of a kind `Fingerprints` does not know how to write down: the page is not kept."""


_FIELDS: dict[type, tuple[str, ...]] = {}
_NOT_PLAIN = {Markup, Source, Actor, Topic}


def _fields(kind: type) -> tuple[str, ...]:
    found = _FIELDS.get(kind)
    if found is None:
        found = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return found


class _NotPlain(Exception):
    pass


class _Plain(pickle.Pickler):
    """Writes down plain data (str, numbers, None, lists, tuples, dicts) as pickle does, without its
    memo, so that equal data gives equal bytes whatever objects it shares; anything else stops it."""

    def __init__(self, file) -> None:
        super().__init__(file, protocol=5)
        self.fast = True

    def reducer_override(self, obj):
        raise _NotPlain


class Fingerprints:
    """What a page's bytes are made of, as one digest another process can compare: the page's
    fields (template, title, reads, deps...), its template's hash, its context and what other pages
    show of each entry it depends on, written down with the same rules as `Comparer` (an entry shown
    on another entry's page without its `OWN_FIELDS`; the page's own entry and its `reads` whole).
    A page whose fingerprint is one an earlier build rendered has that build's bytes: the command
    line leaves it alone without the earlier build's pages in memory.

    Stricter than `Comparer` where the two differ (a dict's key order counts, and every field of a
    dataclass, compared or not), never looser. A value of a kind not known here (anything but plain
    data, dataclasses and Markup) leaves the page unkept: it renders every time."""

    def __init__(self, site: Site) -> None:
        self.entries = {x.path: x for table in (site.sources, site.actors, site.topics)
                        for x in table.values()}
        # what each container and dataclass was written down as, by identity: [shown, whole]
        self._memo: tuple[dict[int, bytes], dict[int, bytes]] = ({}, {})
        self._keep: list = []        # the objects written down stay alive, so their ids stay theirs
        self._everything: bytes | None = None
        self._out = io.BytesIO()
        self._plain_writer = _Plain(self._out)

    def _plain(self, x: object) -> bytes | None:
        """Plain data as pickle writes it, or None when `x` holds anything else."""
        out = self._out
        out.seek(0)
        out.truncate()
        try:
            self._plain_writer.dump(x)
        except Exception:             # not plain data (or a cycle, or what pickle refuses)
            self._plain_writer = _Plain(out)       # a fresh writer after one that stopped midway
            return None
        return out.getvalue()

    def page(self, page, template_hash: str) -> bytes | None:
        """The page's fingerprint, or None when its data holds a value of an unknown kind."""
        enc = self._enc
        try:
            parts = [enc((page.path, page.template, template_hash, page.title, page.description,
                          page.kind, page.indexed, page.searched), True),
                     enc(tuple(sorted(page.deps)), True), enc(page.reads, True)]
            for key, value in page.context.items():
                own = type(value) in OWN_KEYS and key == OWN_KEYS[type(value)]
                parts.append(enc(key, True) + enc(value, own))
            for dep in sorted(page.deps):
                if dep == "*":
                    parts.append(b"*" + self._all_entries())
                else:
                    entry = self.entries.get(dep)
                    parts.append(b"-" if entry is None else enc(entry, False))
        except (Unknown, RecursionError):
            return None
        return hashlib.blake2b(b"".join(parts), digest_size=16).digest()

    def _all_entries(self) -> bytes:
        if self._everything is None:
            self._everything = hashlib.blake2b(b"".join(
                self._enc(p, True) + self._enc(self.entries[p], False) for p in sorted(self.entries)),
                digest_size=16).digest()
        return self._everything

    def _enc(self, x: object, full: bool) -> bytes:
        """`x` written down: plain values as themselves, containers and dataclasses as a tag and the
        digest of their parts, kept by identity for the build. Every piece is self-delimiting (a
        length, a terminator or a digest of fixed size), so different data never writes the same.
        `full=False`: a source, actor or topic as other pages show it (`shown`, whose values are
        then written whole, as `Comparer` compares them)."""
        kind = type(x)
        if kind is str:
            data = x.encode("utf-8", "surrogatepass")
            return b"s%d:" % len(data) + data
        if kind is int:
            return b"i%d;" % x
        if x is None:
            return b"n"
        if kind is bool:
            return b"T" if x else b"F"
        if kind is float:
            return b"f" + repr(x).encode() + b";"
        memo = self._memo[full]
        found = memo.get(id(x))
        if found is not None:
            return found
        if kind is list or kind is tuple or kind is dict:
            tag = b"L" if kind is list else b"U" if kind is tuple else b"D"
            first = next(iter(x.values() if kind is dict else x), None)
            # plain data, in one go (a list of dataclasses is not tried)
            plain = None if first.__class__ in _NOT_PLAIN or hasattr(first, "__dataclass_fields__") \
                else self._plain(x)
            if plain is not None:
                body = b"p" + plain
            else:
                enc = self._enc
                if kind is dict:
                    body = b"".join([enc(k, full) + enc(v, full) for k, v in x.items()])
                else:
                    body = b"".join([memo.get(id(y)) or enc(y, full) for y in x])
        elif kind is set or kind is frozenset:
            tag = b"S"
            body = b"".join(sorted(self._enc(y, full) for y in x))
        elif dataclasses.is_dataclass(kind):
            shown_only = not full and kind in _SHOWN
            names = _SHOWN[kind] if shown_only else _fields(kind)
            values = [getattr(x, name) for name in names]
            plain = self._plain(values)         # fields of plain data, in one go
            if plain is not None:
                body = b"p" + plain
            else:
                enc = self._enc
                body = b"".join([enc(v, True if shown_only else full) for v in values])
            tag = (b"E" if shown_only else b"C") + f"{kind.__module__}.{kind.__qualname__}".encode() + b":"
        elif kind is Markup:                  # escaped text
            data = x.encode("utf-8", "surrogatepass")
            return b"m%d:" % len(data) + data
        else:
            raise Unknown(kind.__qualname__)
        found = memo[id(x)] = tag + hashlib.blake2b(body, digest_size=16).digest()
        self._keep.append(x)
        return found
