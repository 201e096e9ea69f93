"""Open data in output/data/: the site's facts as JSON, for others to build on."""
from __future__ import annotations

import json
from json.encoder import encode_basestring
from operator import attrgetter, itemgetter

from generator.model import Site


def _json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def _item(value: object) -> str:
    """One element of a top-level list, as `_json` of the whole list writes it (one level in)."""
    return " " + indented(value, " ")


def indented(value: object, indent: str = "") -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1)` with every line after the first `indent`
    further in, written here for the plain data of the open data: json writes indented text in
    Python, one call per value, which was most of the open data's time (21,494 items at 1,000
    articles). Anything but strings, whole numbers, booleans, None, lists and str-keyed dicts is
    left to json itself."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        if not value:
            return "{}"
        if all(type(k) is str for k in value):
            inner = indent + " "
            return ("{\n" + ",\n".join([f"{inner}{encode_basestring(k)}: {indented(v, inner)}"
                                        for k, v in value.items()]) + "\n" + indent + "}")
    elif kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = indent + " "
        return "[\n" + ",\n".join([inner + indented(v, inner) for v in value]) + "\n" + indent + "]"
    elif value is None:
        return "null"
    elif value is True:
        return "true"
    elif value is False:
        return "false"
    elif kind is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False).replace("\n", "\n" + indent)


def _listing(objs: list, extras: list, make, pieces: dict, kept: dict) -> bytes:
    """`_json` of a list of items, each written once and kept by what it is made from: the very
    object (compared by identity: hashing every field of every quote cost more than writing the
    few that changed) and a few plain values beside it (`extras`, one per object); `make(obj)`
    gives an item's data. A rebuild writes only the items that changed, and looks the others up
    with `map`, not one by one (21,000 items at 1,000 articles)."""
    if not objs:
        return _json([])
    keys = list(zip(map(id, objs), extras))
    # `pieces` holds each object it names alive, so an id found there is still that object's.
    got = list(map(pieces.get, keys))
    if None in got:
        for n, obj in enumerate(objs):
            if got[n] is None:
                got[n] = (obj, _item(make(obj)))
    kept.update(zip(keys, got))
    return ("[\n" + ",\n".join(map(_TEXT, got)) + "\n]\n").encode("utf-8")


_TEXT = itemgetter(1)
_SOURCE = attrgetter("source")


def open_data(site: Site, pieces: dict | None = None) -> dict[str, bytes]:
    """The four files. `pieces`: the items written by the last call, by what they were made of;
    it is replaced by this call's."""
    before = pieces if pieces is not None else {}
    kept: dict = {}
    sources = site.sources
    seeds = {sid: s.seed for sid, s in sources.items()}

    def quote(q) -> dict:
        return {"id": q.id, "text": q.text, "speaker": q.speaker, "speaker_name": q.speaker_name,
                "source": q.source, "seed": seeds[q.source], "paragraph": q.paragraph}

    def actor(a) -> dict:
        return {"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
                "sources": site.actor_sources.get(a.id, [])}

    def source(s) -> dict:
        return {"id": s.id, "title": s.title, "publisher": s.publisher, "published": s.published,
                "seed": s.seed, "url": s.url}

    def event(e) -> dict:
        return {"date": e.date, "text": e.text, "source": e.source, "paragraph": e.paragraph,
                "actors": list(e.actors)}

    actors = sorted(site.actors.values(), key=attrgetter("id"))
    listed = sorted(sources.values(), key=attrgetter("id"))
    events = sorted(site.events, key=attrgetter("date", "source", "paragraph"))
    files = {
        "data/quotes.json": _listing(site.quotes, map(seeds.__getitem__, map(_SOURCE, site.quotes)),
                                     quote, before, kept),
        "data/actors.json": _listing(actors, [tuple(site.actor_sources.get(a.id, [])) for a in actors],
                                     actor, before, kept),
        "data/sources.json": _listing(listed, map(attrgetter("id", "title", "publisher", "published", "seed", "url"),
                                                  listed), source, before, kept),
        "data/events.json": _listing(events, [None] * len(events), event, before, kept),
    }
    if pieces is not None:
        pieces.clear()
        pieces.update(kept)
    return files
