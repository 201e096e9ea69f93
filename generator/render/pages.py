"""Which pages the site has, what each shows and which entries it depends on."""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.config import Settings
from generator.model import Site

ACTOR_GROUPS = (
    ("person", "People"),
    ("party", "Parties"),
    ("government", "Government bodies"),
    ("court", "Courts"),
    ("ngo", "NGOs and media"),
    ("country", "Countries and blocs"),
    ("international", "International bodies"),
)


@dataclass(frozen=True)
class Page:
    path: str                        # output file, relative: "actors/hun-sen/index.html"
    template: str
    title: str
    context: dict = field(default_factory=dict, hash=False, compare=False)
    deps: frozenset = frozenset()    # entry paths this page reads; "*" = every entry

    @property
    def url(self) -> str:
        return self.path.removesuffix("index.html")


def pages(site: Site, settings: Settings) -> list[Page]:
    result = [
        Page("index.html", "index.html", settings.title, deps=frozenset({"*"})),
        Page("actors/index.html", "actors.html", "Actors", {"groups": ACTOR_GROUPS},
             frozenset({"*"})),
        Page("topics/index.html", "topics.html", "Topics", deps=frozenset({"*"})),
        Page("sources/index.html", "sources.html", "Sources", deps=frozenset({"*"})),
        Page("quotes/index.html", "quotes.html", "Quotes", deps=frozenset({"*"})),
        Page("timeline/index.html", "timeline.html", "Timeline", deps=frozenset({"*"})),
        Page("about/index.html", "about.html", "About", deps=frozenset({"*"})),
        Page("404.html", "404.html", "Page not found"),
    ]
    for actor in site.actors.values():
        deps = {actor.path, *(site.sources[s].path for s in site.actor_sources.get(actor.id, []))}
        result.append(Page(f"actors/{actor.id}/index.html", "actor.html", actor.name,
                           {"actor": actor}, frozenset(deps)))
    for topic in site.topics.values():
        deps = {topic.path, *(site.sources[s].path for s in site.topic_sources.get(topic.id, []))}
        result.append(Page(f"topics/{topic.id}/index.html", "topic.html", topic.name,
                           {"topic": topic}, frozenset(deps)))
    for source in site.sources.values():
        deps = {source.path, *(site.actors[a].path for a in source.actors if a in site.actors)}
        result.append(Page(f"sources/{source.id}/index.html", "source.html", source.title,
                           {"source": source}, frozenset(deps)))
    return sorted(result, key=lambda p: p.path)
