"""Structured data (schema.org JSON-LD) for the pages that describe an actor, an article or quotes."""
from __future__ import annotations

from typing import Callable

from generator.model import Actor, Quote, Site, Source

PERSON_TYPES = {"person"}
ORG_TYPES = {"party": "PoliticalParty", "government": "GovernmentOrganization", "court": "GovernmentOrganization",
             "ngo": "NGO", "country": "Country", "international": "Organization"}


def _clean(data: dict) -> dict:
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def actor_ref(actor: Actor, absolute: Callable[[str], str]) -> dict:
    kind = "Person" if actor.type in PERSON_TYPES else ORG_TYPES.get(actor.type, "Organization")
    return _clean({"@type": kind, "@id": absolute(f"actors/{actor.id}/") + "#actor", "name": actor.name,
                   "alternateName": [a for a in actor.aliases if a != actor.name],
                   "url": absolute(f"actors/{actor.id}/")})


def article(source: Source, absolute: Callable[[str], str]) -> dict:
    return _clean({"@type": "NewsArticle", "@id": absolute(f"sources/{source.id}/") + "#article",
                   "headline": source.title, "datePublished": source.published,
                   "publisher": {"@type": "Organization", "name": source.publisher} if source.publisher else None,
                   "url": source.url, "mainEntityOfPage": absolute(f"sources/{source.id}/")})


def quotation(site: Site, q: Quote, absolute: Callable[[str], str]) -> dict:
    source = site.sources[q.source]
    return _clean({"@type": "Quotation", "text": q.text,
                   "creator": actor_ref(site.actors[q.speaker], absolute) if q.speaker in site.actors else None,
                   "isBasedOn": {"@id": absolute(f"sources/{source.id}/") + "#article",
                                 "@type": "NewsArticle", "headline": source.title},
                   "url": absolute(f"sources/{source.id}/") + f"#p{q.paragraph}"})


def graph(*items: dict) -> dict:
    return {"@context": "https://schema.org", "@graph": list(items)}
