"""Open data in output/data/: the site's facts as JSON, for others to build on."""
from __future__ import annotations

import json
from json.encoder import encode_basestring

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


def _listing(keyed: list[tuple[object, object, object]], pieces: dict, kept: dict) -> bytes:
    """`_json` of a list of items, each written once and kept by what it is made from: the very
    object (compared by identity: hashing every field of every quote cost more than writing the
    few that changed) and a few plain values beside it. A rebuild writes only the items that
    changed."""
    if not keyed:
        return _json([])
    out = []
    for obj, extra, make in keyed:
        key = (id(obj), extra)
        got = pieces.get(key)
        if got is None or got[0] is not obj:
            got = (obj, _item(make()))      # the object is kept, so its id is not reused
        kept[key] = got
        out.append(got[1])
    return ("[\n" + ",\n".join(out) + "\n]\n").encode("utf-8")


def open_data(site: Site, pieces: dict | None = None) -> dict[str, bytes]:
    """The four files. `pieces`: the items written by the last call, by what they were made of;
    it is replaced by this call's."""
    before = dict(pieces or {})
    kept: dict = {}
    sources = site.sources
    quotes = [(q, sources[q.source].seed, lambda q=q: {
        "id": q.id, "text": q.text, "speaker": q.speaker, "speaker_name": q.speaker_name,
        "source": q.source, "seed": sources[q.source].seed, "paragraph": q.paragraph,
    }) for q in site.quotes]
    actors = [(a, tuple(site.actor_sources.get(a.id, [])), lambda a=a: {
        "id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
        "sources": site.actor_sources.get(a.id, []),
    }) for a in sorted(site.actors.values(), key=lambda a: a.id)]
    listed = [(s, (s.id, s.title, s.publisher, s.published, s.seed, s.url), lambda s=s: {
        "id": s.id, "title": s.title, "publisher": s.publisher, "published": s.published,
        "seed": s.seed, "url": s.url,
    }) for s in sorted(sources.values(), key=lambda s: s.id)]
    events = [(e, None, lambda e=e: {
        "date": e.date, "text": e.text, "source": e.source, "paragraph": e.paragraph,
        "actors": list(e.actors),
    }) for e in sorted(site.events, key=lambda e: (e.date, e.source, e.paragraph))]
    files = {
        "data/quotes.json": _listing(quotes, before, kept),
        "data/actors.json": _listing(actors, before, kept),
        "data/sources.json": _listing(listed, before, kept),
        "data/events.json": _listing(events, before, kept),
    }
    if pieces is not None:
        pieces.clear()
        pieces.update(kept)
    return files
