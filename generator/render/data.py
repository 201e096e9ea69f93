"""Open data in output/data/: the site's facts as JSON, for others to build on."""
from __future__ import annotations

import json

from generator.model import Site


def _json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def open_data(site: Site) -> dict[str, bytes]:
    quotes = [{
        "id": q.id, "text": q.text, "speaker": q.speaker, "speaker_name": q.speaker_name,
        "source": q.source, "seed": site.sources[q.source].seed, "paragraph": q.paragraph,
    } for q in site.quotes]
    actors = [{
        "id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
        "sources": site.actor_sources.get(a.id, []),
    } for a in sorted(site.actors.values(), key=lambda a: a.id)]
    sources = [{
        "id": s.id, "title": s.title, "publisher": s.publisher, "published": s.published,
        "seed": s.seed, "url": s.url,
    } for s in sorted(site.sources.values(), key=lambda s: s.id)]
    events = [{
        "date": e.date, "text": e.text, "source": e.source, "paragraph": e.paragraph,
        "actors": list(e.actors),
    } for e in sorted(site.events, key=lambda e: (e.date, e.source, e.paragraph))]
    return {
        "data/quotes.json": _json(quotes),
        "data/actors.json": _json(actors),
        "data/sources.json": _json(sources),
        "data/events.json": _json(events),
    }
