"""What each page shows, computed from the Site once: plain data for the templates, and the
entries each page reads (its deps), gathered from the very data the page shows."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from generator.model import CAMPS, Actor, Event, Quote, Role, Site, Source

UNKNOWN_CAMP = "speaker not established"


def date_key(value: str | None) -> str:
    """Partial dates sort as text: '2019' < '2019-07' < '2019-07-01'; undated sorts first."""
    return value or ""


@dataclass
class Index:
    """Look-ups the Site does not hold, built once per render."""

    site: Site
    roles_by: dict[str, list[Role]] = field(default_factory=dict)
    events_by_actor: dict[str, list[Event]] = field(default_factory=dict)
    events_by_topic: dict[str, list[Event]] = field(default_factory=dict)
    events_by_source: dict[str, list[Event]] = field(default_factory=dict)
    quotes_by_source: dict[str, list[Quote]] = field(default_factory=dict)
    roles_by_source: dict[str, list[Role]] = field(default_factory=dict)
    positions: dict[str, list[Quote]] = field(default_factory=dict)      # topic -> quotes
    # topic -> actor -> mentions in paragraphs tagged with the topic, plus quotes on it
    topic_actors: dict[str, Counter] = field(default_factory=dict)
    actor_topics: dict[str, Counter] = field(default_factory=dict)       # the same, by actor
    cited: dict[str, set[int]] = field(default_factory=dict)             # source -> cited paragraphs
    refs: "ActorRefs | None" = None

    @classmethod
    def build(cls, site: Site) -> "Index":
        ix = cls(site)
        ix.refs = ActorRefs(site)
        for r in site.roles:
            ix.roles_by.setdefault(r.actor, []).append(r)
            ix.roles_by_source.setdefault(r.source, []).append(r)
        for q in site.quotes:
            ix.quotes_by_source.setdefault(q.source, []).append(q)
        tagged: dict[tuple[str, int], list[str]] = defaultdict(list)
        for sid, source in site.sources.items():
            for tid, paras in source.topics.items():
                for n in paras:
                    tagged[(sid, n)].append(tid)
        for e in site.events:
            ix.events_by_source.setdefault(e.source, []).append(e)
            for aid in e.actors:
                ix.events_by_actor.setdefault(aid, []).append(e)
            for tid in tagged.get((e.source, e.paragraph), ()):
                ix.events_by_topic.setdefault(tid, []).append(e)
        # A quote takes a position on a topic when it is tagged with it, or its paragraph is.
        for q in site.quotes:
            for tid in sorted(set(q.topics) | set(tagged.get((q.source, q.paragraph), ()))):
                ix.positions.setdefault(tid, []).append(q)
        for sid, source in site.sources.items():
            for aid, paras in source.actors.items():
                for n in paras:
                    for tid in tagged.get((sid, n), ()):
                        ix.topic_actors.setdefault(tid, Counter())[aid] += 1
                        ix.actor_topics.setdefault(aid, Counter())[tid] += 1
        for tid, quotes in ix.positions.items():
            for q in quotes:
                if q.speaker:
                    ix.topic_actors.setdefault(tid, Counter())[q.speaker] += 1
                    ix.actor_topics.setdefault(q.speaker, Counter())[tid] += 1
        for q in site.quotes:
            ix.cited.setdefault(q.source, set()).add(q.paragraph)
        for e in site.events:
            ix.cited.setdefault(e.source, set()).add(e.paragraph)
        for r in site.roles:
            ix.cited.setdefault(r.source, set()).add(r.paragraph)
        return ix

    # ordering -------------------------------------------------------------------------------

    def published(self, sid: str) -> str:
        return date_key(self.site.sources[sid].published)

    def newest_first(self, quotes: list[Quote]) -> list[Quote]:
        by_place = sorted(quotes, key=lambda q: (q.source, q.paragraph, q.id))
        return sorted(by_place, key=lambda q: self.published(q.source), reverse=True)

    def sources_newest_first(self, ids) -> list[Source]:
        by_id = sorted(set(ids))
        return [self.site.sources[s] for s in sorted(by_id, key=self.published, reverse=True)]

    def events_by_date(self, events: list[Event]) -> list[Event]:
        return sorted(events, key=lambda e: (date_key(e.date), e.source, e.paragraph, e.text))


class Links:
    """The actor, topic and source pages a page links to, gathered as the view is made."""

    def __init__(self, ix: Index) -> None:
        self.ix = ix
        self.actors: set[str] = set()
        self.topics: set[str] = set()
        self.sources: set[str] = set()

    def quote(self, q: Quote, show_speaker: bool = True, skip: str | None = None) -> None:
        if show_speaker and q.speaker:
            self.actors.add(q.speaker)
        self.words(q.text, q.source, q.paragraph, skip)
        self.topics.update(t for t in q.topics if t in self.ix.site.topics)
        self.sources.add(q.source)

    def words(self, text: str, source: str, paragraph: int, skip: str | None = None) -> None:
        self.actors.update(aid for *_, aid in self.ix.refs(text, source, paragraph, skip))

    def event(self, e: Event, skip: str | None = None) -> None:
        self.words(e.text, e.source, e.paragraph, skip)
        self.sources.add(e.source)

    def deps(self) -> set[str]:
        site = self.ix.site
        return ({site.actors[a].path for a in self.actors if a in site.actors}
                | {site.topics[t].path for t in self.topics if t in site.topics}
                | {site.sources[s].path for s in self.sources if s in site.sources})


@dataclass
class View:
    """A page's context, the entry paths it read, and the entity pages it links to."""

    context: dict
    deps: set[str]
    links: Links


def actor_view(ix: Index, actor: Actor) -> View:
    site = ix.site
    aid = actor.id
    quotes = ix.newest_first(site.quotes_by.get(aid, []))
    about = ix.newest_first(site.quotes_about.get(aid, []))
    roles = sorted(ix.roles_by.get(aid, []),
                   key=lambda r: (date_key(r.date), r.source, r.paragraph, r.title))
    related = sorted(site.co_mentions.get(aid, {}).items(), key=lambda kv: (-kv[1], kv[0]))
    related = [(site.actors[b], n) for b, n in related if b in site.actors]
    topics = sorted(ix.actor_topics.get(aid, Counter()).items(), key=lambda kv: kv[0])
    topics = [(site.topics[t], n) for t, n in topics if t in site.topics]
    sources = ix.sources_newest_first(site.actor_sources.get(aid, []))
    events = ix.events_by_date(ix.events_by_actor.get(aid, []))
    links = Links(ix)
    for q in quotes:
        links.quote(q, show_speaker=False, skip=aid)
    for q in about:
        links.quote(q, skip=aid)
    for r in roles:
        links.sources.add(r.source)
        if r.organization:
            links.actors.add(r.organization)
    for e in events:
        links.event(e, skip=aid)
    links.actors.update(a.id for a, _ in related)
    links.topics.update(t.id for t, _ in topics)
    links.sources.update(s.id for s in sources)
    links.actors.discard(aid)
    context = {"actor": actor, "quotes": quotes, "about": about, "roles": role_groups(roles),
               "related": related, "topics": topics, "sources": sources, "events": events}
    return View(context, links.deps() | {actor.path}, links)


@dataclass(frozen=True)
class RoleGroup:
    """One title an actor is given (with its organization), however many paragraphs give it:
    cited where it is first and last stated, so a sheet stays one line per role."""

    title: str
    organization: str | None
    first: Role
    last: Role
    count: int                   # paragraphs that state it
    sources: int                 # articles that state it


def role_groups(roles: list[Role]) -> list[RoleGroup]:
    """Roles in date order (as actor_view sorts them) → one group per (title, organization),
    in the order of their first statement."""
    groups: dict[tuple[str, str | None], list[Role]] = {}
    for r in roles:
        groups.setdefault((r.title, r.organization), []).append(r)
    return [RoleGroup(title, org, rs[0], rs[-1], len(rs), len({r.source for r in rs}))
            for (title, org), rs in groups.items()]


def by_year(events: list[Event]) -> list[tuple[str, list[Event]]]:
    """Events in date order → (year, its events) groups, for listings headed by year."""
    groups: dict[str, list[Event]] = {}
    for e in events:
        groups.setdefault((e.date or "")[:4] or "undated", []).append(e)
    return list(groups.items())


def by_publication_year(sources: list[Source]) -> list[tuple[str, list[Source]]]:
    """Sources → (year, its sources) groups, oldest first, undated first; ties by id."""
    groups: dict[str, list[Source]] = {}
    for s in sorted(sources, key=lambda s: (date_key(s.published), s.id)):
        groups.setdefault((s.published or "")[:4] or "undated", []).append(s)
    return list(groups.items())


def camp_of(site: Site, q: Quote) -> str:
    return site.actors[q.speaker].camp if q.speaker in site.actors else UNKNOWN_CAMP


def topic_view(ix: Index, topic_id: str) -> View:
    site = ix.site
    topic = site.topics[topic_id]
    positions = ix.newest_first(ix.positions.get(topic_id, []))
    camps = []
    for camp in (*CAMPS, UNKNOWN_CAMP):
        members = [q for q in positions if camp_of(site, q) == camp]
        if members:
            camps.append((camp, members))
    involved = sorted(ix.topic_actors.get(topic_id, Counter()).items(), key=lambda kv: (-kv[1], kv[0]))
    involved = [(site.actors[a], n) for a, n in involved if a in site.actors]
    events = ix.events_by_date(ix.events_by_topic.get(topic_id, []))
    source_ids = set(site.topic_sources.get(topic_id, [])) | {q.source for q in positions}
    sources = ix.sources_newest_first(source_ids)
    links = Links(ix)
    for q in positions:
        links.quote(q)
    for e in events:
        links.event(e)
    links.actors.update(a.id for a, _ in involved)
    links.sources.update(source_ids)
    links.topics.discard(topic_id)
    context = {"topic": topic, "camps": camps, "positions": positions, "involved": involved,
               "events": events, "sources": sources}
    return View(context, links.deps() | {topic.path}, links)


def source_view(ix: Index, source: Source) -> View:
    site = ix.site
    cited = ix.cited.get(source.id, set())
    shown = [(n, text) for n, text in enumerate(source.paragraphs, 1)
             if source.full_text or n in cited]
    quotes = sorted(ix.quotes_by_source.get(source.id, []), key=lambda q: (q.paragraph, q.id))
    roles = sorted(ix.roles_by_source.get(source.id, []), key=lambda r: (r.paragraph, r.actor, r.title))
    events = sorted(ix.events_by_source.get(source.id, []), key=lambda e: (e.paragraph, e.date))
    actors = sorted((site.actors[a] for a in source.actors if a in site.actors),
                    key=lambda a: a.name.lower())
    topics = sorted((site.topics[t] for t in source.topics if t in site.topics),
                    key=lambda t: t.name.lower())
    links = Links(ix)
    for n, text in shown:
        links.words(text, source.id, n)
    for q in quotes:
        links.quote(q)
    for r in roles:
        links.actors.add(r.actor)
        if r.organization:
            links.actors.add(r.organization)
    for e in events:
        links.event(e)
    links.actors.update(a.id for a in actors)
    links.topics.update(t.id for t in topics)
    links.sources.discard(source.id)
    context = {"source": source, "paragraphs": shown, "omitted": len(source.paragraphs) - len(shown),
               "quotes": quotes, "roles": roles, "events": events, "actors": actors, "topics": topics}
    return View(context, links.deps() | {source.path}, links)


def quotes_by_speaker(ix: Index) -> list[tuple[Actor | None, list[Quote]]]:
    site = ix.site
    groups = [(site.actors[a], ix.newest_first(qs)) for a, qs in site.quotes_by.items()
              if a in site.actors]
    groups.sort(key=lambda g: g[0].name.lower())
    unknown = [q for q in site.quotes if not q.speaker]
    if unknown:
        groups.append((None, ix.newest_first(unknown)))
    return groups


def home_view(ix: Index, latest: int = 6, top: int = 8) -> dict:
    site = ix.site
    sources = ix.sources_newest_first(site.sources)[:latest]
    actors = sorted(site.actors.values(),
                    key=lambda a: (-len(site.actor_sources.get(a.id, [])),
                                   -len(site.quotes_by.get(a.id, [])), a.name.lower()))[:top]
    topics = sorted(site.topics.values(),
                    key=lambda t: (-len(site.topic_sources.get(t.id, [])), t.name.lower()))[:top]
    events = ix.events_by_date(site.events)[-latest:][::-1]
    return {"latest": sources, "top_actors": actors, "top_topics": topics, "recent_events": events}


# Actor names inside quoted and excerpted text -------------------------------------------------

def name_pattern(names: list[str]) -> re.Pattern | None:
    """The rule `find_names` follows, as one regular expression (longest name first)."""
    names = _ordered(names)
    if not names:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _ordered(names) -> list[str]:
    return sorted({n for n in names if n and len(n) > 1}, key=lambda n: (-len(n), n))


def _word(c: str) -> bool:
    """What a regular expression's \\w matches."""
    return c.isalnum() or c == "_"


def find_names(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Where `name_pattern(names)` matches in text, left to right, without compiling it: a
    name stands alone between non-word characters; at one place the longest name wins, and
    the search goes on after it. (A pattern per paragraph cost a compile per paragraph.)"""
    found = []
    for rank, name in enumerate(names):
        size, start = len(name), text.find(name)
        while start != -1:
            end = start + size
            if (start == 0 or not _word(text[start - 1])) and (end == len(text) or not _word(text[end])):
                found.append((start, rank, end, name))
            start = text.find(name, start + 1)
    found.sort()
    out, pos = [], 0
    for start, _, end, name in found:
        if start >= pos:
            out.append((start, end, name))
            pos = end
    return out


def _mentions_in(site: Site, source_id: str, paragraph: int) -> dict[str, str]:
    """Name or alias → actor id, for the actors the source mentions in this paragraph."""
    source = site.sources[source_id]
    found: dict[str, str] = {}
    for aid, paras in sorted(source.actors.items()):
        actor = site.actors.get(aid)
        if actor is None or paragraph not in paras:
            continue
        for name in (actor.name, *actor.aliases):
            found.setdefault(name, aid)
    return found


class ActorRefs:
    """Where actor names stand in quoted or excerpted words: one rule for the templates that link
    them and for the views that must know which pages a page links to. One instance serves a
    whole render, so each text is searched once (before the render forks, in the views)."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self._names: dict[tuple[str, int], tuple[dict[str, str], list[str]]] = {}
        self._found: dict[tuple[str, int, str], list[tuple[int, int, str]]] = {}

    def matches(self, text: str, source: str, paragraph: int) -> list[tuple[int, int, str]]:
        """Every name the paragraph's actors go by, where it stands in text: (start, end, actor)."""
        key = (source, paragraph, text)
        got = self._found.get(key)
        if got is None:
            place = (source, paragraph)
            if place not in self._names:
                names = _mentions_in(self.site, source, paragraph)
                self._names[place] = (names, _ordered(names))
            names, ordered = self._names[place]
            got = [(s, e, names[n]) for s, e, n in find_names(text, ordered)] if ordered else []
            self._found[key] = got
        return got

    def __call__(self, text: str, source: str, paragraph: int,
                 skip: str | None = None) -> list[tuple[int, int, str]]:
        found, linked = [], set()
        for start, end, aid in self.matches(text, source, paragraph):
            if aid != skip and aid not in linked:
                linked.add(aid)
                found.append((start, end, aid))
        return found
