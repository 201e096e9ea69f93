"""What each page shows, computed from the Site once: plain data for the templates, and the
entries each page reads (its deps), gathered from the very data the page shows."""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain, groupby
from operator import attrgetter, is_, itemgetter

from generator.model import CAMPS, Actor, Event, Quote, Role, Site, Source

UNKNOWN_CAMP = "speaker not established"


def date_key(value: str | None) -> str:
    """Partial dates sort as text: '2019' < '2019-07' < '2019-07-01'; undated sorts first."""
    return value or ""


_SOURCE, _SPEAKER, _TOPICS, _DATE = (attrgetter("source"), attrgetter("speaker"), attrgetter("topics"),
                                      attrgetter("date"))
_PARAGRAPH_ID = attrgetter("paragraph", "id")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_ID = attrgetter("id")
_EVENT_ORDER = attrgetter("date", "source", "paragraph", "text")


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
    # source id -> (its Source, its quotes, events and roles, its share of the look-ups above)
    shares: dict[str, tuple] = field(default_factory=dict)
    # (source id, topic id) -> (the source's share, its TopicPart), kept over the same actors and topics
    parts: dict[tuple[str, str], tuple] = field(default_factory=dict)
    by_topic: dict[str, list[str]] | None = None                         # topic -> sources with a part
    # id(list) -> (the list, its length, the ranks it was sorted by, newest_first of it), kept
    # from build to build: most of the site's lists of quotes are the same objects after an edit
    ordered: dict[int, tuple] = field(default_factory=dict)
    # (show speakers?, ids of one source's run of quotes) -> (the run, sorted, the actors and topics
    # its quotes link to), kept over the same actors and topics (`quotes_by_runs`)
    runs: dict[tuple, tuple] = field(default_factory=dict)
    # (what the caller calls the list, show speakers?) -> the last `quotes_by_runs` of it (`_RunList`),
    # kept over the same actors and topics, for the next one by difference
    run_lists: dict[tuple, "_RunList"] = field(default_factory=dict)
    changed: set[str] | None = None          # the sources whose shares `_by_difference` replaced
    dates: dict[str, str] | None = None                                  # source id -> date_key
    timeline: list[Event] | None = None                                  # every event by date
    ranks: dict[str, int] | None = None                                  # source id -> newest-first place
    oldest: tuple | None = None                      # (the ranks it follows, source id -> oldest-first place)
    # id(list of events) -> (the list, `events_by_date` of it), kept from build to build as `ordered`
    by_date: dict[int, tuple] = field(default_factory=dict)
    # id(list of events) -> (the list, an earlier build's list it was spliced from, the source whose
    # run was replaced, its new run): what `_by_difference` made, for `events_by_date` by difference
    spliced: dict[int, tuple] = field(default_factory=dict)

    @classmethod
    def build(cls, site: Site, before: "Index | None" = None) -> "Index":
        """The look-ups, merged in the site's order from each source's share. With the last
        build's index, an unchanged source's share (and its names found in quoted words) is
        taken from there: only edited sources are gone through again."""
        ix = cls(site)
        same_actors = before is not None and before.site.actors == site.actors
        ix.refs = ActorRefs(site, before.refs if same_actors and before.refs is not None else None)
        if same_actors and before.site.topics == site.topics:
            ix.parts, ix.runs, ix.run_lists = before.parts, before.runs, before.run_lists
            # Edits leave the old runs behind (about 20 an edit at 1,000 articles, of some 27,000
            # parts and runs): start afresh once they are far more than the site's facts.
            if len(ix.parts) + len(ix.runs) > 4 * (len(site.quotes) + len(site.events)) + 1000:
                ix.parts, ix.runs = {}, {}
        if before is not None:
            ix.oldest = before.oldest       # stands while the ranks are the very same dict
        if before is not None and len(before.by_date) < 4 * (len(site.actors) + len(site.topics)) + 1000:
            ix.by_date = before.by_date
            # kept too: a sheet whose facts are the same keeps its view while its list of events is
            # spliced build after build (new objects for the edited source's events); when its view
            # is next made, the list is sorted from the last sorted one, step by step
            if len(before.spliced) < 2 * (len(site.actors) + len(site.topics)) + 100:
                ix.spliced = before.spliced
        if before is not None and len(before.ordered) < 4 * len(site.actors) + 1000:
            ix.ordered = before.ordered
        if before is not None and ix._by_difference(before):
            return ix
        quotes: dict[str, list[Quote]] = {}
        events: dict[str, list[Event]] = {}
        roles: dict[str, list[Role]] = {}
        for q in site.quotes:
            quotes.setdefault(q.source, []).append(q)
        for e in site.events:
            events.setdefault(e.source, []).append(e)
        for r in site.roles:
            roles.setdefault(r.source, []).append(r)
        old = before.shares if before is not None else {}
        for sid, source in site.sources.items():
            qs, es, rs = quotes.get(sid, []), events.get(sid, []), roles.get(sid, [])
            share = old.get(sid)
            if share is None or share[0] is not source or share[1] != (qs, es, rs):
                share = (source, (qs, es, rs), _share(source, qs, es, rs))
            ix.shares[sid] = share
            ix._merge(sid, qs, es, rs, share[2])
        return ix

    def _by_difference(self, before: "Index") -> bool:
        """The look-ups made from the last build's by taking the edited sources' old shares out and
        putting their new ones in, when the site holds the same sources in the same order and only
        a few of them are new objects (an edit): each list stays grouped by source in the site's
        order, as merging every share gives it. False, and nothing done, otherwise."""
        site, old = self.site, before.shares
        if len(site.sources) != len(old) or list(site.sources) != list(before.site.sources):
            return False
        changed = {sid for sid, source in site.sources.items() if old[sid][0] is not source}
        if len(changed) > max(8, len(site.sources) // 50):
            return False
        order = {sid: n for n, sid in enumerate(site.sources)}
        new: dict[str, tuple] = {}
        if changed:
            known = site.facts_of(changed)
            if known is not None:
                quotes, events, roles = known
            else:
                quotes = [q for q in site.quotes if q.source in changed]
                events = [e for e in site.events if e.source in changed]
                roles = [r for r in site.roles if r.source in changed]
            for sid in sorted(changed, key=order.__getitem__):
                qs = [q for q in quotes if q.source == sid]
                es = [e for e in events if e.source == sid]
                rs = [r for r in roles if r.source == sid]
                new[sid] = (site.sources[sid], (qs, es, rs), _share(site.sources[sid], qs, es, rs))
        # An unchanged Source comes with its facts unchanged (load makes them together); the
        # totals are checked all the same, as merging would have gone through every fact.
        for n, (items, before_items) in enumerate(((site.quotes, before.site.quotes), (site.events, before.site.events),
                                                   (site.roles, before.site.roles))):
            if len(items) != len(before_items) + sum(len(new[sid][1][n]) - len(old[sid][1][n]) for sid in new):
                return False
        self.shares = {**old, **new}
        self.changed = changed
        if before.dates is not None and all(date_key(old[sid][0].published) == date_key(site.sources[sid].published)
                                            for sid in changed):
            # the same dates: the same order newest first, the very dicts (lists sorted by them are kept)
            self.dates, self.ranks = before.dates, before.ranks
        if before.timeline is not None:
            self.timeline = _timeline_by_difference(before.timeline, changed,
                                                    [e for sid in new for e in new[sid][1][1]])
        for name in ("roles_by", "events_by_actor", "events_by_topic", "positions", "topic_actors",
                     "actor_topics", "quotes_by_source", "roles_by_source", "events_by_source", "cited"):
            setattr(self, name, dict(getattr(before, name)))
        if before.by_topic is not None:
            self.by_topic = _topic_sources_by_difference(before.by_topic, old, new, order)
        for sid, (source, (qs, es, rs), now) in new.items():
            was = old[sid][2]
            for table, items in ((self.quotes_by_source, qs), (self.events_by_source, es),
                                 (self.roles_by_source, rs), (self.cited, now["cited"])):
                if items:
                    table[sid] = set(items) if table is self.cited else items
                else:
                    table.pop(sid, None)
            place = order[sid]
            for name in ("roles_by", "events_by_actor", "events_by_topic", "positions"):
                table = getattr(self, name)
                for key in was[name].keys() | now[name].keys():
                    run = now[name].get(key, ())
                    got = _spliced(table.get(key, []), place, run, order)
                    if got and key in table and name in ("events_by_actor", "events_by_topic"):
                        self.spliced[id(got)] = (got, table[key], sid, run)
                    if got:
                        table[key] = got
                    else:
                        table.pop(key, None)
            for name in ("topic_actors", "actor_topics"):
                table = getattr(self, name)
                for key in was[name].keys() | now[name].keys():
                    counts = Counter(table.get(key, ()))
                    for item, n in was[name].get(key, {}).items():
                        counts[item] -= n
                    for item, n in now[name].get(key, {}).items():
                        counts[item] += n
                    counts = Counter({item: n for item, n in counts.items() if n > 0})
                    if counts:
                        table[key] = counts
                    else:
                        table.pop(key, None)
        return True

    def _merge(self, sid: str, qs: list[Quote], es: list[Event], rs: list[Role], share: dict) -> None:
        if rs:
            self.roles_by_source[sid] = rs
        if qs:
            self.quotes_by_source[sid] = qs
        if es:
            self.events_by_source[sid] = es
        for name in ("roles_by", "events_by_actor", "events_by_topic", "positions"):
            table = getattr(self, name)
            for key, items in share[name].items():
                got = table.get(key)
                if got is None:
                    table[key] = list(items)
                else:
                    got.extend(items)
        for name in ("topic_actors", "actor_topics"):
            table = getattr(self, name)
            for key, counts in share[name].items():
                got = table.get(key)
                if got is None:
                    table[key] = Counter(counts)
                else:                   # Counter.update's own loop, without its checks per call
                    get = got.get
                    for item, n in counts.items():
                        got[item] = n + get(item, 0)
        if share["cited"]:
            self.cited[sid] = set(share["cited"])

    def topic_sources(self, topic_id: str) -> list[str]:
        """The sources with quotes or events on the topic, in the site's order."""
        if self.by_topic is None:
            self.by_topic = {}
            for sid, share in self.shares.items():
                for tid in _topics_of(share):
                    self.by_topic.setdefault(tid, []).append(sid)
        return self.by_topic.get(topic_id, [])

    def topic_part(self, sid: str, topic_id: str) -> "TopicPart":
        share = self.shares[sid]
        got = self.parts.get((sid, topic_id))
        if got is None or got[0] is not share:
            got = self.parts[(sid, topic_id)] = (share, _topic_part(self, share, topic_id))
        return got[1]

    # ordering -------------------------------------------------------------------------------

    def published(self, sid: str) -> str:
        return self._dates()[sid]

    def _dates(self) -> dict[str, str]:
        # Each source's sort key, made once per Index: sorting a topic's quotes asked for it
        # tens of thousands of times.
        if self.dates is None:
            self.dates = {sid: date_key(s.published) for sid, s in self.site.sources.items()}
        return self.dates

    def _ranks(self) -> dict[str, int]:
        # Each source's place in the newest-first order (date descending, then id), made once per
        # Index: one sort of each list by (rank, paragraph, id) instead of two.
        if self.ranks is None:
            dates = self._dates()
            by_id = sorted(self.site.sources)
            self.ranks = {sid: n for n, sid in enumerate(sorted(by_id, key=dates.__getitem__, reverse=True))}
        return self.ranks

    def oldest_first(self) -> dict[str, int]:
        """Each source's place oldest first (date, then id: `by_publication_year`'s order), made
        once while the sources' dates are the same (the ranks, the same dict, say so)."""
        ranks = self._ranks()
        if self.oldest is None or self.oldest[0] is not ranks:
            dates = self._dates()
            self.oldest = (ranks, {sid: n for n, sid in enumerate(sorted(self.site.sources,
                                                                            key=lambda s: (dates[s], s)))})
        return self.oldest[1]

    def newest_first(self, quotes: list[Quote]) -> list[Quote]:
        """Newest source first; within one date by source id, then paragraph and quote id."""
        ranks = self._ranks()
        return sorted(quotes, key=lambda q: (ranks[q.source], q.paragraph, q.id))

    def _run(self, run: tuple, show_speaker: bool) -> tuple:
        """One source's run of quotes: (it, sorted by paragraph and id, the actors and topics its
        quotes link to), kept by the quotes' identities (`runs`)."""
        key = (show_speaker, tuple(map(id, run)))
        got = self.runs.get(key)
        if got is None:
            links = Links(self)
            links.quotes(list(run), show_speaker)
            got = self.runs[key] = (run, tuple(sorted(run, key=_PARAGRAPH_ID)),
                                    frozenset(links.actors), frozenset(links.topics))
        return got

    def quotes_by_runs(self, quotes: list[Quote], show_speaker: bool, name: tuple | None = None
                       ) -> tuple[list[Quote], tuple]:
        """`newest_first(quotes)` and what `Links.quotes(quotes, show_speaker)` gathers (actors,
        topics, sources), for a list grouped by source (as the site's lists of an actor's quotes
        are): each source's run is sorted and gone through once and kept (`runs`), so an edit
        goes through the edited sources' runs only. `name`: what the caller calls the list (an
        actor's quotes, say); the last build's result for it is then kept, and the next made
        from it by difference when only edited sources' runs differ (`_RunList`)."""
        ranks = self._ranks()
        kept = self.run_lists.get((name, show_speaker)) if name is not None else None
        if kept is not None and self.changed is not None:
            made = kept.following(self, quotes, show_speaker, ranks)
            if made is not None:
                self.run_lists[(name, show_speaker)] = made
                return made.result, (set(made.actors), set(made.topics), set(made.by_source))
        runs: list[tuple[int, str, tuple]] = []
        seen: set[str] = set()
        for sid, run in groupby(quotes, _SOURCE):
            if sid in seen:                 # not grouped by source: sorted as a whole
                links = Links(self)
                links.quotes(quotes, show_speaker)
                return self.newest_first(quotes), (links.actors, links.topics, links.sources)
            seen.add(sid)
            runs.append((ranks[sid], sid, self._run(tuple(run), show_speaker)))
        runs.sort(key=_FIRST)
        actors: set[str] = set()
        topics: set[str] = set()
        actors.update(*(got[2] for *_, got in runs))
        topics.update(*(got[3] for *_, got in runs))
        result = list(chain.from_iterable(got[1] for *_, got in runs))
        if name is not None:
            self.run_lists[(name, show_speaker)] = _RunList(
                quotes, ranks, result, {sid: got for _, sid, got in runs},
                Counter(chain.from_iterable(got[2] for *_, got in runs)),
                Counter(chain.from_iterable(got[3] for *_, got in runs)))
        return result, (actors, topics, seen)

    def newest_first_kept(self, quotes: list[Quote]) -> list[Quote]:
        """`newest_first` of a list the site holds (never changed in place: a changed list is a
        new one), kept by the list's identity while the sources keep their order."""
        ranks = self._ranks()
        got = self.ordered.get(id(quotes))
        if got is not None and got[0] is quotes and got[1] == len(quotes) and (got[2] is ranks or got[2] == ranks):
            return got[3]
        result = self.newest_first(quotes)
        self.ordered[id(quotes)] = (quotes, len(quotes), ranks, result)
        return result

    def sources_newest_first(self, ids) -> list[Source]:
        ranks = self._ranks()
        return [self.site.sources[s] for s in sorted(set(ids), key=ranks.__getitem__)]

    def site_events_by_date(self) -> list[Event]:
        """`events_by_date` of every event of the site (the timeline, the home page's latest),
        made once per Index, or from the last one's by difference (`_by_difference`)."""
        if self.timeline is None:
            self.timeline = self.events_by_date(self.site.events)
        return self.timeline

    def events_by_date_kept(self, events: list[Event]) -> list[Event]:
        """`events_by_date` of a list the Index holds (an actor's or topic's events: never changed
        in place), kept by the list's identity; a list `_by_difference` spliced from a kept one is
        sorted by difference (the source's old events out, its new ones in), not over thousands."""
        if not events:
            return []
        got = self.by_date.get(id(events))
        if got is not None and got[0] is events:
            return got[1]
        # back through the splices since, to a list sorted before (a few at most)
        result, steps, at = None, [], events
        while result is None and len(steps) < 8:
            step = self.spliced.get(id(at))
            if step is None or step[0] is not at:
                break
            steps.append(step)
            at = step[1]
            got = self.by_date.get(id(at))
            if got is not None and got[0] is at:
                result = got[1]
                for *_, sid, run in reversed(steps):
                    result = _timeline_by_difference(result, {sid}, list(run))
        if result is None:
            result = self.events_by_date(events)
        self.by_date[id(events)] = (events, result)
        return result

    def events_by_date(self, events: list[Event]) -> list[Event]:
        if None in map(_DATE, events):
            return sorted(events, key=lambda e: (date_key(e.date), e.source, e.paragraph, e.text))
        return sorted(events, key=_EVENT_ORDER)       # the same key while every date is text


@dataclass
class _RunList:
    """What `Index.quotes_by_runs` made of one list: the list, the ranks it was sorted by, the
    result, each source's run and how many runs link to each actor and topic (so that an edited
    source's run can be taken out of the unions)."""

    quotes: list
    ranks: dict
    result: list
    by_source: dict[str, tuple]
    actors: Counter
    topics: Counter

    def following(self, ix: "Index", quotes: list, show_speaker: bool, ranks: dict) -> "_RunList | None":
        """The same for `quotes`, when it holds the very quotes this list held but for the
        sources `ix` replaced (checked item by item, by identity) and the order newest first is
        the same: their old runs out, their new ones in at their places. None otherwise."""
        changed = ix.changed
        if ranks is not self.ranks or changed is None or len(changed) > 8:
            return None
        now, then, made = _cut(quotes, changed), _cut(self.quotes, changed), _cut(self.result, changed)
        if now is None or then is None or made is None:
            return None
        (rest, runs), before = now, then[0]
        if len(rest) != len(before) or not all(map(is_, rest, before)):
            return None
        by_source = dict(self.by_source)
        actors, topics = Counter(self.actors), Counter(self.topics)
        for sid in changed:
            got = by_source.pop(sid, None)
            if got is not None:
                actors.subtract(got[2])
                topics.subtract(got[3])
        result = made[0]
        at = ranks.__getitem__
        for sid in sorted(runs, key=at):
            got = by_source[sid] = ix._run(tuple(runs[sid]), show_speaker)
            actors.update(got[2])
            topics.update(got[3])
            place = bisect.bisect_left(result, at(sid), key=lambda q: at(q.source))
            result[place:place] = got[1]
        return _RunList(quotes, ranks, result, by_source, +actors, +topics)


def _cut(items: list, sids: set[str]) -> tuple[list, dict[str, list]] | None:
    """`items` without the quotes of these sources, and each source's quotes (those it has);
    None when one source's are not one run. Found by scans in C of the items' sources (a list
    without a speaker holds tens of thousands of quotes at 10,000 articles), not item by item."""
    sources = list(map(_SOURCE, items))
    spans = []
    for sid in sids:
        n = sources.count(sid)
        if n:
            lo = sources.index(sid)
            if sources[lo:lo + n].count(sid) != n:
                return None
            spans.append((lo, lo + n, sid))
    spans.sort()
    rest: list = []
    runs: dict[str, list] = {}
    at = 0
    for lo, hi, sid in spans:
        rest += items[at:lo]
        runs[sid] = items[lo:hi]
        at = hi
    rest += items[at:]
    return rest, runs


def _spliced(items: list, place: int, run, order: dict[str, int]) -> list:
    """A list grouped by source in the site's order (`order`: source id -> place), with the run
    of the source at `place` replaced by `run`: found by bisection, not by going through the list."""
    at = order.__getitem__
    lo = bisect.bisect_left(items, place, key=lambda x: at(x.source))
    hi = bisect.bisect_right(items, place, lo, key=lambda x: at(x.source))
    return [*items[:lo], *run, *items[hi:]]


def _topics_of(share: tuple) -> set[str]:
    """The topics one source has a part in (`Index.topic_sources`)."""
    return share[2]["positions"].keys() | share[2]["events_by_topic"].keys()


def _topic_sources_by_difference(before: dict[str, list[str]], old: dict[str, tuple], new: dict[str, tuple],
                                 order: dict[str, int]) -> dict[str, list[str]]:
    """`Index.topic_sources`' table from the last one's: each edited source taken out of the
    topics it had a part in and put in, at its place in the site's order, where it has one now
    (the table was made over every source's share on each edit)."""
    out = dict(before)
    at = order.__getitem__
    for sid, share in new.items():
        now = _topics_of(share)
        for tid in _topics_of(old[sid]) | now:
            got = [s for s in out.get(tid, ()) if s != sid]
            if tid in now:
                got.insert(bisect.bisect_left(got, order[sid], key=at), sid)
            if got:
                out[tid] = got
            else:
                out.pop(tid, None)
    return out


def _event_key(e: Event) -> tuple:
    return (date_key(e.date), e.source, e.paragraph, e.text)


def _timeline_by_difference(before: list[Event], changed: set[str], new: list[Event]) -> list[Event]:
    """`events_by_date` of the site's events, from the last one's: the changed sources' old events
    taken out, their new ones put in at their places. Events of one key come from one source (the
    key holds it), so each source's run is placed whole and the stable sort's order is kept."""
    out = [e for e in before if e.source not in changed] if changed else list(before)
    for e in sorted(new, key=_event_key):
        at = bisect.bisect_right(out, _event_key(e), key=_event_key)
        out.insert(at, e)
    return out


def _share(source: Source, quotes: list[Quote], events: list[Event], roles: list[Role]) -> dict:
    """One source's part of every look-up of the Index (each list in the site's order)."""
    sid = source.id
    tagged: dict[int, list[str]] = defaultdict(list)
    for tid, paras in source.topics.items():
        for n in paras:
            tagged[n].append(tid)
    roles_by: dict[str, list[Role]] = {}
    for r in roles:
        roles_by.setdefault(r.actor, []).append(r)
    by_actor: dict[str, list[Event]] = {}
    by_topic: dict[str, list[Event]] = {}
    for e in events:
        for aid in e.actors:
            by_actor.setdefault(aid, []).append(e)
        for tid in tagged.get(e.paragraph, ()):
            by_topic.setdefault(tid, []).append(e)
    # A quote takes a position on a topic when it is tagged with it, or its paragraph is.
    positions: dict[str, list[Quote]] = {}
    for q in quotes:
        for tid in sorted(set(q.topics) | set(tagged.get(q.paragraph, ()))):
            positions.setdefault(tid, []).append(q)
    topic_actors: dict[str, Counter] = {}
    actor_topics: dict[str, Counter] = {}

    def count(table: dict[str, Counter], key: str, item: str) -> None:
        # not `table.setdefault(key, Counter())`, which makes a Counter on every call (300,000
        # at 1,000 articles) to throw nearly all of them away
        got = table.get(key)
        if got is None:
            got = table[key] = Counter()
        got[item] += 1

    for aid, paras in source.actors.items():
        for n in paras:
            for tid in tagged.get(n, ()):
                count(topic_actors, tid, aid)
                count(actor_topics, aid, tid)
    for tid, qs in positions.items():
        for q in qs:
            if q.speaker:
                count(topic_actors, tid, q.speaker)
                count(actor_topics, q.speaker, tid)
    cited = {q.paragraph for q in quotes} | {e.paragraph for e in events} | {r.paragraph for r in roles}
    return {"roles_by": roles_by, "events_by_actor": by_actor, "events_by_topic": by_topic,
            "positions": positions, "topic_actors": topic_actors, "actor_topics": actor_topics,
            "cited": cited}




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
        found = self.ix.refs.ids(text, source, paragraph)
        if skip is not None and skip in found:
            self.actors.update(aid for aid in found if aid != skip)
        else:
            self.actors |= found

    def event(self, e: Event, skip: str | None = None) -> None:
        self.words(e.text, e.source, e.paragraph, skip)
        self.sources.add(e.source)

    def quotes(self, quotes: list[Quote], show_speaker: bool = True, skip: str | None = None) -> None:
        """`quote` for each of them (a sheet links thousands: gone through by `map`, not item by
        item in Python, which had taken most of a topic's view)."""
        found = self.ix.refs.ids_in(quotes)
        found.discard(skip)
        self.actors |= found
        if show_speaker:
            self.actors.update(filter(None, map(_SPEAKER, quotes)))
        known = self.ix.site.topics
        self.topics.update(t for t in set(chain.from_iterable(map(_TOPICS, quotes))) if t in known)
        self.sources.update(map(_SOURCE, quotes))

    def events(self, events: list[Event], skip: str | None = None) -> None:
        """`event` for each of them."""
        found = self.ix.refs.ids_in(events)
        found.discard(skip)
        self.actors |= found
        self.sources.update(map(_SOURCE, events))

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
    quotes, said = ix.quotes_by_runs(site.quotes_by.get(aid, []), False, ("said", aid))
    about, said_about = ix.quotes_by_runs(site.quotes_about.get(aid, []), True, ("about", aid))
    roles = sorted(ix.roles_by.get(aid, []),
                   key=lambda r: (date_key(r.date), r.source, r.paragraph, r.title))
    related = sorted(site.co_mentions.get(aid, {}).items(), key=lambda kv: (-kv[1], kv[0]))
    related = [(site.actors[b], n) for b, n in related if b in site.actors]
    topics = sorted(ix.actor_topics.get(aid, Counter()).items(), key=lambda kv: kv[0])
    topics = [(site.topics[t], n) for t, n in topics if t in site.topics]
    sources = ix.sources_newest_first(site.actor_sources.get(aid, []))
    events = ix.events_by_date_kept(ix.events_by_actor.get(aid, []))
    links = Links(ix)
    for found in (said, said_about):     # as Links.quotes (the actor itself is left out below)
        links.actors |= found[0]
        links.topics |= found[1]
        links.sources |= found[2]
    for r in roles:
        links.sources.add(r.source)
        if r.organization:
            links.actors.add(r.organization)
    links.events(events, skip=aid)
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
    dates = list(map(_DATE, events))
    if None in dates or dates != sorted(dates):
        groups: dict[str, list[Event]] = {}
        for e in events:
            groups.setdefault((e.date or "")[:4] or "undated", []).append(e)
        return list(groups.items())
    # Sorted dates: a year's are one run, found by bisection rather than event by event (the
    # timeline's thousands on every edit). A date of fewer than four characters is its own year.
    out = []
    start = 0
    while start < len(dates):
        year = dates[start][:4]
        end = bisect.bisect_right(dates, year if len(year) < 4 else year + "\U0010ffff", start)
        out.append((year or "undated", events[start:end]))
        start = end
    return out


def by_publication_year(sources: list[Source], oldest: dict[str, int] | None = None
                        ) -> list[tuple[str, list[Source]]]:
    """Sources → (year, its sources) groups, oldest first, undated first; ties by id. `oldest`:
    each of the site's sources' place in that order (`Index.oldest_first`), which sorts a large
    sheet's thousands of sources by a look-up rather than a key made for each."""
    if oldest is None:
        ordered = sorted(sources, key=lambda s: (date_key(s.published), s.id))
    else:
        ordered = list(map(_SECOND, sorted(zip(map(oldest.__getitem__, map(_ID, sources)), sources), key=_FIRST)))
    groups: dict[str, list[Source]] = {}
    for s in ordered:
        groups.setdefault((s.published or "")[:4] or "undated", []).append(s)
    return list(groups.items())


def camp_of(site: Site, q: Quote) -> str:
    return site.actors[q.speaker].camp if q.speaker in site.actors else UNKNOWN_CAMP


@dataclass(frozen=True)
class TopicPart:
    """One source's part of a topic's sheet: its quotes on the topic in the sheet's order (by
    paragraph and id: the sheet puts sources newest first), the same by the speaker's camp, and
    the actors and topics its quotes and events on the topic link to."""

    positions: tuple[Quote, ...]
    camps: dict[str, tuple[Quote, ...]]
    actors: frozenset[str]
    topics: frozenset[str]


def _topic_part(ix: Index, share: tuple, topic_id: str) -> TopicPart:
    site = ix.site
    positions = tuple(sorted(share[2]["positions"].get(topic_id, ()), key=_PARAGRAPH_ID))
    events = share[2]["events_by_topic"].get(topic_id, ())
    camps: dict[str, list[Quote]] = {}
    for q in positions:
        camps.setdefault(camp_of(site, q), []).append(q)
    links = Links(ix)
    links.quotes(list(positions))
    links.events(list(events))
    return TopicPart(positions, {camp: tuple(qs) for camp, qs in camps.items()},
                     frozenset(links.actors), frozenset(links.topics))




def topic_view(ix: Index, topic_id: str) -> View:
    """A topic's sheet, put together from its sources' parts (`TopicPart`, kept by the Index
    while a source's share is the same): an edit makes again the parts of the edited sources
    only, not a sort and a pass over the topic's thousands of quotes."""
    site = ix.site
    topic = site.topics[topic_id]
    order = sorted(ix.topic_sources(topic_id), key=ix._ranks().__getitem__)      # newest first
    parts = [ix.topic_part(sid, topic_id) for sid in order]
    positions = list(chain.from_iterable(p.positions for p in parts))
    by_camp: dict[str, list[Quote]] = {}
    for p in parts:
        for camp, quotes in p.camps.items():
            got = by_camp.get(camp)
            if got is None:
                by_camp[camp] = list(quotes)
            else:
                got.extend(quotes)
    camps = [(camp, by_camp[camp]) for camp in (*CAMPS, UNKNOWN_CAMP) if camp in by_camp]
    involved = sorted(ix.topic_actors.get(topic_id, Counter()).items(), key=lambda kv: (-kv[1], kv[0]))
    involved = [(site.actors[a], n) for a, n in involved if a in site.actors]
    events = ix.events_by_date_kept(ix.events_by_topic.get(topic_id, []))
    source_ids = set(site.topic_sources.get(topic_id, [])) | {sid for sid, p in zip(order, parts) if p.positions}
    sources = ix.sources_newest_first(source_ids)
    links = Links(ix)
    links.actors.update(*(p.actors for p in parts))
    links.topics.update(*(p.topics for p in parts))
    links.sources.update(map(_SOURCE, events))
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
    groups = [(site.actors[a], ix.newest_first_kept(qs)) for a, qs in site.quotes_by.items()
              if a in site.actors]
    groups.sort(key=lambda g: g[0].name.lower())
    unknown = [q for q in site.quotes if not q.speaker]
    if unknown:
        # grouped by source as the site's quotes are: sorted run by run, each run kept (quotes_by_runs)
        groups.append((None, ix.quotes_by_runs(unknown, True, ("unknown",))[0]))
    return groups


def home_view(ix: Index, latest: int = 6, top: int = 8) -> dict:
    site = ix.site
    sources = ix.sources_newest_first(site.sources)[:latest]
    actors = sorted(site.actors.values(),
                    key=lambda a: (-len(site.actor_sources.get(a.id, [])),
                                   -len(site.quotes_by.get(a.id, [])), a.name.lower()))[:top]
    topics = sorted(site.topics.values(),
                    key=lambda t: (-len(site.topic_sources.get(t.id, [])), t.name.lower()))[:top]
    events = ix.site_events_by_date()[-latest:][::-1]
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

    def __init__(self, site: Site, before: "ActorRefs | None" = None) -> None:
        """`before`: the last render's, over the same actors; what it found in an unchanged
        source's words is found again here without searching."""
        self.site = site
        # source id -> {paragraph: (name -> actor id, names longest first)}, {(paragraph, text): found}
        self._names: dict[str, dict[int, tuple[dict[str, str], list[str]]]] = {}
        self._found: dict[str, dict[tuple[int, str], list[tuple[int, int, str]]]] = {}
        self._ids: dict[str, dict[tuple[int, str], frozenset[str]]] = {}
        # What `ids` found in a quote's or event's words, by the item's identity; the item is kept
        # alive beside it, so its id is not reused. An item's words and source do not change, so
        # the tables go on from render to render over the same actors (they start afresh once
        # edits have left far more old items in them than the site holds).
        self._items: dict[int, frozenset[str]] = {}
        self._alive: dict[int, object] = {}
        if before is not None and len(before._items) <= 2 * (len(site.quotes) + len(site.events)) + 1000:
            self._items, self._alive = before._items, before._alive
        if before is not None:
            for sid, source in site.sources.items():
                if before.site.sources.get(sid) is source:
                    for mine, theirs in ((self._names, before._names), (self._found, before._found),
                                         (self._ids, before._ids)):
                        if sid in theirs:
                            mine[sid] = theirs[sid]

    def matches(self, text: str, source: str, paragraph: int) -> list[tuple[int, int, str]]:
        """Every name the paragraph's actors go by, where it stands in text: (start, end, actor)."""
        found = self._found.get(source)
        if found is None:
            found = self._found[source] = {}
            self._names.setdefault(source, {})
        key = (paragraph, text)
        got = found.get(key)
        if got is None:
            places = self._names[source]
            if paragraph not in places:
                names = _mentions_in(self.site, source, paragraph)
                places[paragraph] = (names, _ordered(names))
            names, ordered = places[paragraph]
            got = [(s, e, names[n]) for s, e, n in find_names(text, ordered)] if ordered else []
            found[key] = got
        return got

    def ids(self, text: str, source: str, paragraph: int) -> frozenset[str]:
        """The actors whose names stand in text (as `matches` finds them)."""
        found = self._ids.get(source)
        if found is None:
            found = self._ids[source] = {}
        key = (paragraph, text)
        got = found.get(key)
        if got is None:
            got = found[key] = frozenset(aid for *_, aid in self.matches(text, source, paragraph))
        return got

    def ids_in(self, items) -> set[str]:
        """The actors named in the words of these quotes or events (`ids` of each, together),
        looked up by each item's identity (`_items`) in one pass of `map`."""
        items = items if isinstance(items, (list, tuple)) else list(items)
        known = self._items
        got = list(map(known.get, map(id, items)))
        if None in got:
            for n, x in enumerate(items):
                if got[n] is None:
                    got[n] = known[id(x)] = self.ids(x.text, x.source, x.paragraph)
                    self._alive[id(x)] = x
        return set().union(*got)

    def __call__(self, text: str, source: str, paragraph: int,
                 skip: str | None = None) -> list[tuple[int, int, str]]:
        found, linked = [], set()
        for start, end, aid in self.matches(text, source, paragraph):
            if aid != skip and aid not in linked:
                linked.add(aid)
                found.append((start, end, aid))
        return found
