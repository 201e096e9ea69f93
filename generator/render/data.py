"""Open data in output/data/: the site's facts as JSON, for others to build on."""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
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
_EVENT_ORDER = attrgetter("date", "source", "paragraph")


@dataclass
class DataMemo:
    """What the last `open_data` wrote, for a long-lived Builder: the actors' and sources' items by
    what they are made of (`_listing`); each source's quotes as one piece of quotes.json, by the
    identity of its list of quotes (the Index keeps it while the source is unchanged) and its seed;
    the events in the file's order with each one's text, taken out and put in by source."""

    site: Site | None = None
    pieces: dict = field(default_factory=dict)
    quotes: dict[str, tuple[list, str, bytes]] = field(default_factory=dict)
    # the events in the file's order, each one's bytes, and the events by source they were made from
    events: tuple[list, list[bytes], dict] | None = None


def _event(e) -> dict:
    return {"date": e.date, "text": e.text, "source": e.source, "paragraph": e.paragraph,
            "actors": list(e.actors)}


def _quotes_file(site: Site, by_source: dict[str, list], memo: DataMemo) -> bytes:
    """data/quotes.json: the site's quotes in its order, which is its sources' order, one piece
    per source."""
    before, now = memo.quotes, {}
    chunks = []
    for sid, source in site.sources.items():
        quotes = by_source.get(sid)
        if not quotes:
            continue
        got = before.get(sid)
        if got is None or got[0] is not quotes or got[1] != source.seed:
            got = (quotes, source.seed, ",\n".join([_item(
                {"id": q.id, "text": q.text, "speaker": q.speaker, "speaker_name": q.speaker_name,
                 "source": q.source, "seed": source.seed, "paragraph": q.paragraph}) for q in quotes]).encode("utf-8"))
        now[sid] = got
        chunks.append(got[2])
    memo.quotes = now
    return b"[\n" + b",\n".join(chunks) + b"\n]\n" if chunks else _json([])


def _events_file(site: Site, by_source: dict[str, list], memo: DataMemo) -> bytes:
    """data/events.json: every event by date, source and paragraph (in the site's order where
    those are equal). After an edit the edited sources' old events are found by bisection and
    taken out of the last order, and their new ones put in: events of one key come from one
    source, so each source's run goes in whole and the order is the stable sort's."""
    old = memo.site
    changed = None
    if old is not None and memo.events is not None:
        changed = {sid for sid in old.sources.keys() | site.sources.keys()
                   if old.sources.get(sid) is not site.sources.get(sid)}
        if len(changed) > max(8, len(site.sources) // 50):
            changed = None
    if changed is None:
        events = sorted(site.events, key=_EVENT_ORDER)
        texts = [_item(_event(e)).encode("utf-8") for e in events]
    else:
        events, texts, before = memo.events
        if changed:
            events, texts = list(events), list(texts)
            for e in (e for sid in changed for e in before.get(sid, ())):
                at = bisect.bisect_left(events, _EVENT_ORDER(e), key=_EVENT_ORDER)
                while at < len(events) and events[at] is not e and _EVENT_ORDER(events[at]) == _EVENT_ORDER(e):
                    at += 1
                if at == len(events) or events[at] is not e:
                    memo.events = None          # not where the last order had it: in full
                    return _events_file(site, by_source, memo)
                del events[at], texts[at]
            for e in sorted((e for sid in changed for e in by_source.get(sid, ())), key=_EVENT_ORDER):
                at = bisect.bisect_right(events, _EVENT_ORDER(e), key=_EVENT_ORDER)
                events.insert(at, e)
                texts.insert(at, _item(_event(e)).encode("utf-8"))
            if len(events) != len(site.events):     # an unchanged source's events changed: in full
                memo.events = None
                return _events_file(site, by_source, memo)
    memo.events = (events, texts, by_source)
    return b"[\n" + b",\n".join(texts) + b"\n]\n" if texts else _json([])


def open_data(site: Site, memo: DataMemo | None = None, quotes_by_source: dict[str, list] | None = None,
              events_by_source: dict[str, list] | None = None) -> dict[str, bytes]:
    """The four files. `memo`: what the last call wrote, updated by this one; the look-ups by
    source are the Index's (each source's quotes and events in the site's order)."""
    memo = memo if memo is not None else DataMemo()
    if quotes_by_source is None or events_by_source is None:
        quotes_by_source, events_by_source = {}, {}
        for q in site.quotes:
            quotes_by_source.setdefault(q.source, []).append(q)
        for e in site.events:
            events_by_source.setdefault(e.source, []).append(e)
    before, kept = memo.pieces, {}

    def actor(a) -> dict:
        return {"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
                "sources": site.actor_sources.get(a.id, [])}

    def source(s) -> dict:
        return {"id": s.id, "title": s.title, "publisher": s.publisher, "published": s.published,
                "seed": s.seed, "url": s.url}

    actors = sorted(site.actors.values(), key=attrgetter("id"))
    listed = sorted(site.sources.values(), key=attrgetter("id"))
    files = {
        "data/quotes.json": _quotes_file(site, quotes_by_source, memo),
        "data/actors.json": _listing(actors, [tuple(site.actor_sources.get(a.id, [])) for a in actors],
                                     actor, before, kept),
        "data/sources.json": _listing(listed, map(attrgetter("id", "title", "publisher", "published", "seed", "url"),
                                                  listed), source, before, kept),
        "data/events.json": _events_file(site, events_by_source, memo),
    }
    memo.pieces, memo.site = kept, site
    return files
