"""Which pages the site has, what each shows and which entries it depends on.

A page's bytes follow from its template, its `context`, its `reads` (what the template takes
from the whole site besides) and, through the citation and quote pieces, the title, date and
mentions of the sources it cites and the names of the actors and topics it shows: `deps` lists
those entries (content/...; "*" for any entry), gathered from the data each page shows (see
views.py, ItemDeps). A rebuild renders a page again only when one of these changed
(render/reuse.py).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from operator import attrgetter

from generator.config import Settings
from generator.model import Event, Quote, Site, Source
from generator.render import jsonld
from generator.render.data import DataMemo
from generator.render.inbound import Inbound, inbound
from generator.render.listed import ListedPages
from generator.render.paging import (ACTOR_ABOUT_QUOTES, ACTOR_OWN_QUOTES, EVENTS_BY_YEAR, EVENTS_PER_PAGE, QUOTES_PER_PAGE,
                                     SHEET_EVENTS, SHEET_SOURCES, SOURCES_PER_PAGE, TOPIC_CAMP_QUOTES, Pager,
                                     first_page, page_path, split)
from generator.render.svg import network_key
from generator.render.touched import Touched, listing, relisted, touch
from generator.render.views import (Index, View, actor_view, by_publication_year, by_year, home_view,
                                    quotes_by_speaker, source_view, topic_view)

ACTOR_GROUPS = (
    ("person", "People"),
    ("party", "Parties"),
    ("government", "Government bodies"),
    ("court", "Courts"),
    ("ngo", "NGOs and media"),
    ("country", "Countries and blocs"),
    ("international", "International bodies"),
)
TYPE_NAMES = {"person": "person", "party": "political party", "government": "government body",
              "court": "court", "ngo": "NGO or media outlet", "country": "country or bloc",
              "international": "international body"}
ALL = frozenset({"*"})


@dataclass(frozen=True)
class Page:
    path: str                        # output file, relative: "actors/hun-sen/index.html"
    template: str
    title: str
    context: dict = field(default_factory=dict, hash=False, compare=False)
    deps: frozenset = frozenset()    # entry paths this page reads; "*" = every entry
    description: str = ""            # one line for search engines and link previews
    kind: str = "website"            # OpenGraph type
    indexed: bool = True             # listed in the sitemap and the search index
    searched: bool = True            # in the search index (listings repeat what sheets and sources hold)
    # What the template reads of the whole `site` beyond its context (a count, the network picture),
    # as plain data: a page whose context and reads are as before renders as before (render/reuse.py).
    # None: the template reads nothing of the site but through its context.
    reads: tuple | None = field(default=None, hash=False)

    @property
    def url(self) -> str:
        return self.path.removesuffix("index.html")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def pages(site: Site, settings: Settings, ix: Index | None = None,
          memo: "PagesMemo | None" = None) -> list[Page]:
    ix = ix or Index.build(site)

    def absolute(path: str = "") -> str:
        return settings.absolute_base + settings.base_path + path.lstrip("/")

    website = {"@type": "WebSite", "name": settings.title, "url": absolute(),
               "description": settings.description}
    same_world = (memo is not None and memo.site is not None and memo.site.actors == site.actors
                  and memo.site.topics == site.topics)
    deps_of = ItemDeps(site, ix, memo.item_deps if same_world else None)
    home = home_view(ix)
    counts = (len(site.sources), len(site.actors), len(site.topics), len(site.quotes), len(site.events))
    result = [
        Page("index.html", "index.html", settings.title,
             {**home, "jsonld": jsonld.graph(website)},
             deps_of([*home["recent_events"], *home["latest"]]) | {x.path for x in (*home["top_actors"], *home["top_topics"])},
             settings.description,
             reads=(counts, network_key(site),
                    tuple((a.id, len(site.actor_sources.get(a.id, [])), len(site.quotes_by.get(a.id, [])))
                          for a in home["top_actors"]),
                    tuple((t.id, len(site.topic_sources.get(t.id, []))) for t in home["top_topics"]))),
        Page("actors/index.html", "actors.html", "Actors",
             {"groups": ACTOR_GROUPS, "type_names": TYPE_NAMES}, frozenset(a.path for a in site.actors.values()),
             f"The {_plural(len(site.actors), 'person and institution')} these fact sheets follow, by kind.",
             reads=tuple((a, len(site.quotes_by.get(a.id, [])), len(site.actor_sources.get(a.id, [])))
                         for a in site.actors.values())),
        Page("topics/index.html", "topics.html", "Topics", {}, frozenset(t.path for t in site.topics.values()),
             "The topics these fact sheets follow.",
             reads=tuple((t, len(site.topic_sources.get(t.id, []))) for t in site.topics.values())),
        Page("sources/index.html", "sources.html", "Sources",
             {"sources": ix.sources_newest_first(site.sources)}, frozenset(s.path for s in site.sources.values()),
             "The news articles every fact on this site is taken from."),
        Page("about/index.html", "about.html", "About", {}, frozenset(),
             "What this site is, how its entries are made, how accurate they are, and how to send a correction."),
        Page("search/index.html", "search.html", "Search", {}, frozenset(),
             "Search every fact sheet.", indexed=False),
        Page("404.html", "404.html", "Page not found", {}, frozenset(), indexed=False),
        Page("feed.xml", "feed.xml", settings.title,
             {"sources": ix.sources_newest_first(site.sources),
              "updated": max((s.published for s in site.sources.values() if s.published), default=None)},
             frozenset(), indexed=False),
        Page("robots.txt", "robots.txt", "robots.txt", {}, frozenset(), indexed=False),
    ]
    result += quote_pages(ix, deps_of)
    result += event_pages("timeline/", ix.site_events_by_date(), "Timeline",
                          "Events the sources date, oldest first. A date is never shown more precisely than "
                          "its source gives it: a month or a year alone is marked as such.",
                          deps_of, {"back": None, "back_name": None, "skip": None, "picture": True})
    result += entity_pages(site, settings, ix, absolute, deps_of, memo)
    if memo is not None:
        memo.item_deps = deps_of.cache
    # Sorted once, by a key read in C (36,000 pages at 10,000 articles), the sitemap put in its place.
    result.sort(key=_PATH)
    sitemap = Page("sitemap.xml", "sitemap.xml", "Sitemap", {}, frozenset(), indexed=False,
                   reads=tuple(p.url for p in result if p.indexed))
    result.insert(bisect.bisect_right(result, sitemap.path, key=_PATH), sitemap)
    return result


class PagesMemo:
    """What `pages` made last time, for a long-lived Builder: each sheet's view and pages. A sheet
    none of whose facts changed (its actor, topic or source, and the sources that mention it, as
    the changed sources' old and new facts tell) keeps its view; when what links to it is also
    the same, it keeps its pages, the very objects, so comparing them costs next to nothing."""

    def __init__(self) -> None:
        self.site: Site | None = None
        self.settings: Settings | None = None
        self.ix: Index | None = None
        self.views: dict[tuple[str, str], View] = {}
        self.pages: dict[tuple[str, str], list[Page]] = {}
        self.inbound: Inbound | None = None   # "What links here" (render/inbound.py)
        self.data = DataMemo()               # what the open data last wrote (render/data.py)
        self.item_deps: tuple | None = None  # ItemDeps' cache
        self.fragments: tuple = (None, None)  # (settings, the last render's pieces: render/fragments.py)

    def replaced(self, site: Site, paths: set[str]) -> None:
        """The site now holds new objects for these entries, differing only in what their own
        sheets show (render/bodies.py): their views are made again, the others kept."""
        if self.site is None:
            return
        for key in [k for k in self.views if getattr(site, k[0]).get(k[1]) is None
                    or getattr(site, k[0])[k[1]].path in paths]:
            self.views.pop(key, None)
            self.pages.pop(key, None)
        self.site = site
        if self.ix is not None:
            self.ix.site, self.ix.dates, self.ix.ranks = site, None, None


@dataclass
class Unchanged:
    """What the memo holds of the sheets as they are now: `same`, the sheets whose views it holds
    (None: none); `swapped`, those whose views stand once the sources in `swap` (by id) are put
    in, only what lists show of them having changed (touched.relisted);
    `concerned`, the actors the changed sources mention differently than before (of which the
    site's counts of articles and paragraphs shared, and so the network pictures, are made)."""

    same: set | None = None
    swapped: set = field(default_factory=set)
    swap: dict = field(default_factory=dict)
    concerned: set = field(default_factory=set)


def _unchanged(site: Site, settings: Settings, ix: Index, memo: PagesMemo | None) -> Unchanged:
    old = memo.site if memo is not None else None
    if (old is None or memo.ix is None or memo.settings != settings
            or old.actors != site.actors or old.topics != site.topics):
        return Unchanged()
    touched = Touched(set(), set(), set())
    relist = Touched(set(), set(), set())
    swap: dict[str, Source] = {}
    sources: set[str] = set()
    before = memo.ix.shares
    for sid in before.keys() | ix.shares.keys():
        was, now = before.get(sid), ix.shares.get(sid)
        if was is not now:
            sources.add(sid)
            if relisted(was, now):
                swap[sid] = now[0]
                listing(was, relist)
            else:
                touch(was, now, touched)
    dirty = ({("actors", a) for a in touched.actors} | {("topics", t) for t in touched.topics}
             | {("sources", s) for s in sources})
    swapped = ({("actors", a) for a in relist.actors} | {("topics", t) for t in relist.topics}) - dirty
    same = set(memo.views) - dirty
    return Unchanged(same - swapped, swapped & same, swap, touched.mentions)


def _swapped(view: View, swap: dict[str, Source]) -> View:
    """A kept view with the sources in `swap` replaced by their new objects (the lists of sources
    are the only part of an actor's or topic's view that holds them). Found by id, not by the
    object: a view kept over an earlier edit of the source holds the object from before it."""
    context = dict(view.context)
    for key, value in context.items():
        if isinstance(value, list) and value and type(value[0]) is Source:
            ids = list(map(_ID, value))
            if not swap.keys().isdisjoint(ids):
                context[key] = [swap.get(i, x) for i, x in zip(ids, value)]
    return View(context, view.deps, view.links)


def entity_pages(site: Site, settings: Settings, ix: Index, absolute, deps_of: ItemDeps,
                 memo: PagesMemo | None = None) -> list[Page]:
    """Every actor's, topic's and source's pages."""
    kept = _unchanged(site, settings, ix, memo)
    same, concerned, swapped = kept.same, kept.concerned, kept.swapped
    views: dict[tuple[str, str], View] = {}
    for a, actor in site.actors.items():
        key = ("actors", a)
        views[key] = (memo.views[key] if same is not None and key in same
                      else _swapped(memo.views[key], kept.swap) if key in swapped else actor_view(ix, actor))
    for t in site.topics:
        key = ("topics", t)
        views[key] = (memo.views[key] if same is not None and key in same
                      else _swapped(memo.views[key], kept.swap) if key in swapped else topic_view(ix, t))
    for sid, source in site.sources.items():
        key = ("sources", sid)
        views[key] = memo.views[key] if same is not None and key in same else source_view(ix, source)
    # "What links here", from the links each sheet holds; its names are read, so they are deps.
    before = memo.inbound if memo is not None else None
    table = inbound(views, before)
    result: list[Page] = []
    made: dict[tuple[str, str], list[Page]] = {}
    for key, view in views.items():
        origins = table.origins.get(key, ())
        if (same is not None and key in same and key in memo.pages and before is not None
                and (origins is before.origins.get(key, ()) or list(origins) == before.origins.get(key, []))):
            pages_of = memo.pages[key]
            if key[0] == "actors":
                # Its network picture shows the actors around it: their counts and links change
                # with the sources that mention them.
                reads = pages_of[-1].reads
                if reads is None or not concerned.isdisjoint(reads[0]):
                    reads = network_key(site, key[1])
                    if pages_of[-1].reads != reads:
                        pages_of = [*pages_of[:-1], replace(pages_of[-1], reads=reads)]
            made[key] = pages_of
            result += pages_of
            continue
        context, deps = _linked_from(site, ix, key[0], view, origins)
        kind, ident = key
        if kind == "actors":
            pages_of = actor_pages(site, site.actors[ident], context, deps, absolute, deps_of, ix.oldest_first())
        elif kind == "topics":
            pages_of = topic_pages(site.topics[ident], context, deps, deps_of, ix.oldest_first())
        else:
            pages_of = source_page(site.sources[ident], context, deps, absolute)
        made[key] = pages_of
        result += pages_of
    if memo is not None:
        memo.site, memo.settings, memo.ix = site, settings, ix
        memo.views, memo.pages, memo.inbound = views, made, table
    return result


_ID, _PATH = attrgetter("id"), attrgetter("path")


def _linked_from(site: Site, ix: Index, kind: str, view: View, origins) -> tuple[dict, frozenset]:
    """A sheet's context with "What links here" (the sheets whose views link to it), and its deps
    with those sheets' entries, whose names it shows. Gone through once, by kind: a large actor's
    sheet is linked from thousands of source pages."""
    by_kind: dict[str, list[str]] = {"actors": [], "topics": [], "sources": []}
    for k, i in origins:
        by_kind[k].append(i)
    # A sheet's own Sources section already lists most source pages that link to it.
    own = set(map(_ID, view.context.get("sources", ()))) if kind != "sources" else set()
    linking = set(by_kind["sources"])
    actors = list(map(site.actors.__getitem__, by_kind["actors"]))
    topics = list(map(site.topics.__getitem__, by_kind["topics"]))
    context = {**view.context, "linked_from": {
        "sources": ix.sources_newest_first(linking - own),
        "sources_listed": len(linking & own),
        "actors": sorted(actors, key=lambda a: a.name.lower()),
        "topics": sorted(topics, key=lambda t: t.name.lower()),
    }}
    deps = frozenset(view.deps.union(map(_PATH, actors), map(_PATH, topics),
                                     map(_PATH, map(site.sources.__getitem__, by_kind["sources"]))))
    return context, deps


def actor_pages(site: Site, actor, context: dict, deps: frozenset, absolute, deps_of: ItemDeps,
                oldest: dict[str, int] | None = None) -> list[Page]:
    """An actor's sheet and its listings (quotes, quotes about, events, sources)."""
    result: list[Page] = []
    deps_of = deps_of.plus(actor.path)
    q = len(context["quotes"])
    desc = (f"{actor.name}, {TYPE_NAMES.get(actor.type, actor.type)}: "
            f"{_plural(q, 'quote')} and mentions in {_plural(len(context['sources']), 'article')}, "
            "each cited to its paragraph.")
    base = f"actors/{actor.id}/"
    shown = {}
    for key, bound, title, lede, speaker in (
            ("quotes", ACTOR_OWN_QUOTES, f"What {actor.name} said",
             f"Every quote the sources attribute to {actor.name}, newest first.", False),
            ("about", ACTOR_ABOUT_QUOTES, f"What others said about {actor.name}",
             f"Quotes from paragraphs that mention {actor.name}, newest first.", True)):
        items = context[key]
        more = None
        if len(items) > bound:
            listing = listing_pages(
                f"{base}{'quotes' if key == 'quotes' else 'about'}/", [(None, items)], title, lede,
                deps_of, {"back": base, "back_name": actor.name, "show_speaker": speaker,
                       "skip": actor.id, "topic": None, "headings": {}})
            result += listing
            more = listing[0].url
        shown[key] = (items[:bound], more)
    events, events_more = context["events"], None
    if len(events) > SHEET_EVENTS:
        listing = event_pages(f"{base}events/", events, f"Dated events involving {actor.name}",
                              f"Every dated event the sources tie to {actor.name}, oldest first.", deps_of,
                              {"back": base, "back_name": actor.name, "skip": actor.id, "picture": False})
        result += listing
        events_more = listing[0].url
    sources_more = source_pages(f"{base}sources/", context["sources"],
                                f"Sources that mention {actor.name}", deps_of, base, actor.name, result, oldest)
    ld = jsonld.graph(jsonld.actor_ref(actor, absolute),
                      *(jsonld.quotation(site, x, absolute) for x in shown["quotes"][0]))
    result.append(Page(f"{base}index.html", "actor.html", actor.name,
                       {**context, "jsonld": ld, "said_shown": shown["quotes"][0],
                        "said_more": shown["quotes"][1], "about_shown": shown["about"][0],
                        "about_more": shown["about"][1], "events_shown": events[-SHEET_EVENTS:],
                        "events_more": events_more, "sources_shown": context["sources"][:SHEET_SOURCES],
                        "sources_more": sources_more}, deps, desc, "profile",
                       reads=network_key(site, actor.id)))
    return result


def topic_pages(topic, context: dict, deps: frozenset, deps_of: ItemDeps,
                oldest: dict[str, int] | None = None) -> list[Page]:
    """A topic's sheet and its listings (positions, events, sources)."""
    result: list[Page] = []
    deps_of = deps_of.plus(topic.path)
    desc = (f"{topic.name}: {_plural(len(context['positions']), 'position')} by camp, "
            f"from {_plural(len(context['sources']), 'article')}, each cited to its paragraph.")
    camps = context["camps"]
    more: dict[str, str] = {}
    if any(len(quotes) > TOPIC_CAMP_QUOTES for _, quotes in camps):
        base = f"topics/{topic.id}/quotes/"
        headings = {camp: (f"camp-{n}", camp.capitalize()) for n, (camp, _) in enumerate(camps, 1)}
        listing = listing_pages(
            base, camps, f"Positions on {topic.name}",
            f"Every quote that takes a position on {topic.name}, by the speaker's camp, newest first.",
            deps_of, {"back": f"topics/{topic.id}/", "back_name": topic.name, "show_speaker": True,
                   "skip": None, "topic": topic.id, "headings": headings})
        result += listing
        starts = first_page_of(listing)
        more = {camp: Pager(base, starts[camp], len(listing)).url_of(starts[camp]) + "#" + headings[camp][0]
                for camp, _ in camps}
    shown = [(camp, quotes[:TOPIC_CAMP_QUOTES], len(quotes), more.get(camp) if len(quotes) > TOPIC_CAMP_QUOTES else None)
             for camp, quotes in camps]
    events, events_more = context["events"], None
    if len(events) > SHEET_EVENTS:
        listing = event_pages(f"topics/{topic.id}/events/", events, f"Dated events on {topic.name}",
                              f"Every dated event in a paragraph on {topic.name}, oldest first.", deps_of,
                              {"back": f"topics/{topic.id}/", "back_name": topic.name, "skip": None,
                               "picture": False})
        result += listing
        events_more = listing[0].url
    sources_more = source_pages(f"topics/{topic.id}/sources/", context["sources"],
                                f"Sources on {topic.name}", deps_of, f"topics/{topic.id}/", topic.name, result,
                                oldest)
    result.append(Page(f"topics/{topic.id}/index.html", "topic.html", topic.name,
                       {**context, "camps": shown, "events_shown": events[-SHEET_EVENTS:],
                        "events_more": events_more, "sources_shown": context["sources"][:SHEET_SOURCES],
                        "sources_more": sources_more}, deps, desc))
    return result


def source_page(source, context: dict, deps: frozenset, absolute) -> list[Page]:
    """An article's page."""
    result: list[Page] = []
    desc = (f"{source.title} ({source.publisher or 'publisher not established'}): "
            "the cited paragraphs and the facts taken from them.")
    ld = jsonld.graph(jsonld.article(source, absolute))
    result.append(Page(f"sources/{source.id}/index.html", "source.html", source.title,
                       {**context, "jsonld": ld, "sources_cited": False}, deps, desc,
                       "article"))
    return result


def listing_pages(base: str, groups: list, title: str, lede: str, deps: "frozenset | ItemDeps",
                  extra: dict, template: str = "quote_list.html", size: int = QUOTES_PER_PAGE,
                  page_per_group: bool = False) -> list[Page]:
    """A list of groups (of quotes, events, sources) split into pages of at most `size` items, at
    base, base/page/2/, …. None is searched: each repeats what source pages and sheets hold.
    `deps`: the entries every page reads, or an ItemDeps that tells them from each page's items
    (a page's context holds its own items and where the list breaks; the first page's, the groups
    and where each starts, for its table of contents)."""
    chunks = split(groups, size, page_per_group)
    starts = first_page(chunks)
    listed = deps.listed if isinstance(deps, (ItemDeps, _Plus)) else None
    out = []
    for n, part in enumerate(chunks, 1):
        path = page_path(base, n)
        if listed is not None and n > 1:
            key = ListedPages.key(template, title, lede, len(chunks), extra,
                                  deps.extra if isinstance(deps, _Plus) else None, part)
            kept = listed.get(path, key)
            if kept is not None:
                out.append(kept)
                continue
        pager = Pager(base, n, len(chunks))
        name = title if n == 1 else f"{title}, page {n} of {len(chunks)}"
        items = [x for c in part for x in c.items]
        context = {**extra, "heading": title, "lede": lede, "chunks": part, "pager": pager,
                   "sources_cited": False, "starts": starts, "items": items}
        if n > 1:
            # The whole list's groups and where each starts make the first page's table of
            # contents; left off the other pages, a change far away on the list leaves them be.
            del context["starts"]
            context.pop("groups", None)
        out.append(Page(path, template, name, context,
                        deps(items) if callable(deps) else deps,
                        lede if len(chunks) == 1 else f"{lede} Page {n} of {len(chunks)}.",
                        searched=False))
        if listed is not None and n > 1:
            listed.put(path, key, out[-1])
    return out


class ItemDeps:
    """The entries a list of quotes, events or sources reads beyond the items themselves, through
    the pieces that show them (render/fragments.py): a cited source's title and date, the actors
    a cited paragraph names, a speaker's name, a topic's name. Kept between builds while the actors
    and topics stay the same (`cache`), per item and per list of items, keyed by identity (each kept
    alive with what was found, so no other object takes its id); an edited source's items are new
    objects."""

    def __init__(self, site: Site, ix: Index, cache: tuple | None = None) -> None:
        self.site = site
        self.ix = ix
        items, lists, self.most, listed = cache if cache is not None else ({}, {}, 0, ListedPages())
        self.listed = listed.following()           # the listing pages made of these deps (listed.py)
        # Items are kept from build to build (each edit leaves its source's old ones behind, so the
        # table starts afresh once it holds far more than the site). Lists too: a sheet kept for a
        # few builds and then made again finds its pages' lists here; the table starts afresh
        # once it holds far more lists than a whole build looks up (`most`).
        if len(items) > 2 * (len(site.quotes) + len(site.events) + len(site.sources)) + 1000:
            items = {}
        if len(lists) > 2 * self.most + 1000:
            lists = {}
        self.items: dict[int, tuple[object, frozenset]] = items
        self.lists: dict[tuple, tuple[tuple, frozenset]] = lists
        self.now: dict[tuple, tuple[tuple, frozenset]] = {}

    @property
    def cache(self) -> tuple[dict, dict, int]:
        """What the next build's ItemDeps starts from."""
        return self.items, self.lists, max(self.most, len(self.now)), self.listed

    def __call__(self, items, extra: frozenset = frozenset()) -> frozenset:
        """The entries these items read, with `extra`."""
        # A listing's page holds mostly the same items as last time: its whole list is looked up
        # first, by its items' identities (so an unchanged page's deps are the same object).
        kept = tuple(items)
        key = (extra, tuple(map(id, kept)))
        got = self.lists.get(key)
        if got is not None:
            self.now[key] = got
            return got[1]
        known = self.items
        out: set[str] = set(extra)
        for x in kept:
            got = known.get(id(x))
            out |= got[1] if got is not None and got[0] is x else self.item(x)
        found = frozenset(out)
        self.now[key] = self.lists[key] = (kept, found)
        return found

    def plus(self, *paths: str) -> "_Plus":
        """The same for a listing that also names these entries (the sheet it belongs to)."""
        return _Plus(self, frozenset(paths))

    def item(self, x: object) -> frozenset:
        key = id(x)
        got = self.items.get(key)
        if got is not None and got[0] is x:
            return got[1]
        site, refs = self.site, self.ix.refs
        if isinstance(x, Quote):
            found = {site.sources[x.source].path}
            names = set(refs.ids(x.text, x.source, x.paragraph))
            if x.speaker:
                names.add(x.speaker)
            found.update(site.actors[a].path for a in names if a in site.actors)
            found.update(site.topics[t].path for t in x.topics if t in site.topics)
        elif isinstance(x, Event):
            found = {site.sources[x.source].path}
            found.update(site.actors[a].path for a in refs.ids(x.text, x.source, x.paragraph)
                         if a in site.actors)
        elif isinstance(x, Source):
            found = {x.path}
        else:
            found = set(ALL)
        self.items[key] = (x, frozenset(found))
        return self.items[key][1]


@dataclass(frozen=True)
class _Plus:
    """`ItemDeps.plus`: the entries a list's items read, with `extra`."""

    of: ItemDeps
    extra: frozenset

    @property
    def listed(self) -> ListedPages:
        return self.of.listed

    def __call__(self, items) -> frozenset:
        return self.of(items, self.extra)


def first_page_of(listing: list[Page]) -> dict:
    return listing[0].context["starts"]


def quote_pages(ix: Index, deps_of: ItemDeps) -> list[Page]:
    """quotes/: every quote by speaker, a bounded number per page; the first page indexes the speakers."""
    groups = quotes_by_speaker(ix)
    return listing_pages("quotes/", groups, "Quotes",
                         "Every quote, by speaker, with the article and paragraph it comes from.",
                         deps_of, {"groups": groups}, "quotes.html")


def source_pages(base: str, sources: list, title: str, deps: "frozenset | ItemDeps", back: str, back_name: str,
                 result: list[Page], oldest: dict[str, int] | None = None) -> str | None:
    """A sheet's sources past the newest SHEET_SOURCES, listed whole at base by year of
    publication, oldest first (a new article, mostly the newest, changes the last page);
    the pages are added to result. → the listing's URL, or None when the sheet shows them all."""
    if len(sources) <= SHEET_SOURCES:
        return None
    groups = by_publication_year(sources, oldest)
    listing = listing_pages(base, groups, title,
                            "Every article, by the year it was published, oldest first; each leads to its cited paragraphs.",
                            deps, {"back": back, "back_name": back_name, "groups": groups}, "source_list.html",
                            SOURCES_PER_PAGE)
    result += listing
    return listing[0].url


def event_pages(base: str, events: list, title: str, lede: str, deps: "frozenset | ItemDeps", extra: dict
                ) -> list[Page]:
    """Dated events in date order, headed by year, a bounded number per page. Oldest first, so
    the events of a new article, mostly the newest, change the last page and leave the others."""
    groups = by_year(events)
    # (a long listing opens each year on a page of its own: an event added in an earlier year then
    # moves the rest of that year's pages, not every page after it to the end of the list)
    return listing_pages(base, groups, title, lede, deps, {**extra, "groups": groups}, "timeline.html",
                         EVENTS_PER_PAGE, len(events) > EVENTS_BY_YEAR)
