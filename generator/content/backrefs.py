"""The Site's back-references (which sources name an actor or topic, who said what, who is quoted
about whom, who is mentioned with whom), made once per load so that templates only look them up.

After an edit of a few articles a long-lived Builder makes them from the last site's by difference
(`link_back_by_difference`): the edited sources' old facts taken out, their new ones put in at their
place in the site's order, so every list is what `link_back` makes of the whole site.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from itertools import combinations

from generator.model import Quote, Site, Source

# id(source) → (the Source, paragraph → actors it names, co-mentioned pairs → times, each actor's
# co-mentions in the order link_back meets them): load hands back the same Source while its entry
# is unchanged, so a rebuild goes over the edited ones only.
_pairs: dict[int, tuple] = {}


def _paragraph_pairs(source: Source) -> tuple[dict[int, tuple[str, ...]], dict[tuple[str, str], int],
                                              list[tuple[str, dict[str, int]]]]:
    got = _pairs.get(id(source))
    if got is not None and got[0] is source:
        return got[1], got[2], got[3]
    sets: dict[int, set[str]] = defaultdict(set)
    for aid, paras in source.actors.items():
        for n in paras:
            sets[n].add(aid)
    by_para = {n: tuple(sorted(present)) for n, present in sets.items()}
    pairs: dict[tuple[str, str], int] = {}
    for present in by_para.values():
        for pair in combinations(present, 2):
            pairs[pair] = pairs.get(pair, 0) + 1
    # The same pairs as each actor's counts, in the order taking the pairs one by one would add
    # them to the site's table (a before b, a's entry for b before b's for a).
    per: dict[str, dict[str, int]] = {}
    for (a, b), count in pairs.items():
        per.setdefault(a, {})[b] = count
        per.setdefault(b, {})[a] = count
    if len(_pairs) > 200_000:
        _pairs.clear()
    _pairs[id(source)] = (source, by_para, pairs, list(per.items()))   # the Source kept alive
    return by_para, pairs, list(per.items())


def link_back(site: Site) -> None:
    """Back-references, computed once so that templates only look things up."""
    present_in: dict[str, dict[int, tuple[str, ...]]] = {}   # source -> paragraph -> actors it names
    actor_sources, topic_sources, co = site.actor_sources, site.topic_sources, site.co_mentions
    for sid, source in sorted(site.sources.items()):
        for aid in source.actors:
            got = actor_sources.get(aid)
            if got is None:
                actor_sources[aid] = [sid]
            else:
                got.append(sid)
        for tid in source.topics:
            topic_sources.setdefault(tid, []).append(sid)
        by_para, _, per = _paragraph_pairs(source)
        present_in[sid] = by_para
        for a, counts in per:                   # first seen first, as pair by pair would
            mine = co.get(a)
            if mine is None:
                co[a] = dict(counts)
            else:
                get = mine.get
                for b, n in counts.items():
                    mine[b] = get(b, 0) + n
    quotes_by, topic_quotes, quotes_about = site.quotes_by, site.topic_quotes, site.quotes_about
    for quote in site.quotes:
        speaker = quote.speaker
        if speaker:
            got = quotes_by.get(speaker)
            if got is None:
                quotes_by[speaker] = [quote]
            else:
                got.append(quote)
        for tid in quote.topics:
            topic_quotes.setdefault(tid, []).append(quote)
        for aid in present_in[quote.source].get(quote.paragraph, ()):
            if aid == speaker:
                continue
            got = quotes_about.get(aid)
            if got is None:
                quotes_about[aid] = [quote]
            else:
                got.append(quote)


def _about(quote: Quote, by_para: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    """The actors a quote is about: those its paragraph names, but its speaker (as link_back)."""
    return tuple(a for a in by_para.get(quote.paragraph, ()) if a != quote.speaker)


def link_back_by_difference(site: Site, old: Site) -> bool:
    """`link_back(site)`, made from `old`'s tables when the two sites hold the same sources in the
    same order and only a few of them are new objects (load hands back the same Source, with the
    same facts, for an unchanged entry). False, with nothing done, when that does not hold or an
    actor, topic or speaker enters or leaves a table (which would change the order of its keys;
    the order within each co-mention count is not kept, and everything that reads them sorts).
    An empty site's tables are as link_back leaves them."""
    if len(site.sources) != len(old.sources) or list(site.sources) != list(old.sources):
        return False
    changed = {sid for sid, s in site.sources.items() if old.sources[sid] is not s}
    if len(changed) > max(8, len(site.sources) // 50):
        return False
    if not changed:
        before = (old.quotes, old.events, old.roles)
        if any(len(a) != len(b) for a, b in zip((site.quotes, site.events, site.roles), before)):
            return False
        _copy_tables(site, old)
        return True
    known = old.facts_of(changed), site.facts_of(changed)
    was = known[0][0] if known[0] is not None else [q for q in old.quotes if q.source in changed]
    now = known[1][0] if known[1] is not None else [q for q in site.quotes if q.source in changed]
    if len(site.quotes) - len(now) != len(old.quotes) - len(was):
        return False                    # an unchanged source's facts changed: go through them all
    order = {sid: n for n, sid in enumerate(site.sources)}
    place = order.__getitem__
    tables = _copy_tables(site, old)

    def replace_in(table: dict[str, list], key: str, sid: str, items: list, by_place: bool) -> bool:
        """table[key] without sid's old items, with `items` (sid's new ones) in sid's place;
        False when the key would appear or disappear."""
        got = table.get(key)
        if got is None:
            return False
        # sid's run found by bisection (a popular actor's quotes about it run to thousands)
        if by_place:                    # quotes, grouped by source in the site's order
            lo = bisect.bisect_left(got, place(sid), key=lambda q: place(q.source))
            hi = bisect.bisect_right(got, place(sid), lo, key=lambda q: place(q.source))
        else:                           # source ids, sorted
            lo = bisect.bisect_left(got, sid)
            hi = bisect.bisect_right(got, sid, lo)
        rest = [*got[:lo], *items, *got[hi:]]
        if not rest:
            return False
        table[key] = rest
        return True

    for sid in sorted(changed, key=place):
        a, b = old.sources[sid], site.sources[sid]
        for table, keys_a, keys_b in ((tables["actor_sources"], a.actors, b.actors),
                                      (tables["topic_sources"], a.topics, b.topics)):
            for key in keys_a.keys() | keys_b.keys():
                if not replace_in(table, key, sid, [sid] if key in keys_b else [], False):
                    return _undo(site)
        old_pairs, new_pairs = _paragraph_pairs(a)[2], _paragraph_pairs(b)[2]
        co = tables["co_mentions"]
        for sign, per in ((-1, old_pairs), (1, new_pairs)):
            for actor, counts in per:
                mine = co.get(actor)
                if mine is None:
                    return _undo(site)
                if not isinstance(mine, _Copied):
                    mine = co[actor] = _Copied(mine)
                for other, n in counts.items():
                    mine[other] = mine.get(other, 0) + sign * n
        by_speaker: dict[str, list] = {}
        by_topic: dict[str, list] = {}
        about: dict[str, list] = {}
        keys = ({q.speaker for q in was if q.source == sid and q.speaker},
                {t for q in was if q.source == sid for t in q.topics},
                {x for q in was if q.source == sid for x in _about(q, _paragraph_pairs(a)[0])})
        by_para = _paragraph_pairs(b)[0]
        for q in now:
            if q.source != sid:
                continue
            if q.speaker:
                by_speaker.setdefault(q.speaker, []).append(q)
            for t in q.topics:
                by_topic.setdefault(t, []).append(q)
            for x in _about(q, by_para):
                about.setdefault(x, []).append(q)
        for table, new, old_keys in ((tables["quotes_by"], by_speaker, keys[0]),
                                     (tables["topic_quotes"], by_topic, keys[1]),
                                     (tables["quotes_about"], about, keys[2])):
            for key in old_keys | new.keys():
                if not replace_in(table, key, sid, new.get(key, []), True):
                    return _undo(site)
    for actor, mine in tables["co_mentions"].items():
        if isinstance(mine, _Copied):
            kept = {other: n for other, n in mine.items() if n}
            if not kept or any(n < 0 for n in kept.values()):
                return _undo(site)
            tables["co_mentions"][actor] = kept
    return True


class _Copied(dict):
    """A co-mention count copied from the old site's before it was changed."""


def _copy_tables(site: Site, old: Site) -> dict:
    """The old site's tables, one level copied, put on the new site (their lists are never
    changed in place: a changed one is replaced)."""
    tables = {}
    for name in ("actor_sources", "topic_sources", "quotes_by", "quotes_about", "topic_quotes", "co_mentions"):
        tables[name] = dict(getattr(old, name))
        setattr(site, name, tables[name])
    return tables


def _undo(site: Site) -> bool:
    for name in ("actor_sources", "topic_sources", "quotes_by", "quotes_about", "topic_quotes", "co_mentions"):
        setattr(site, name, {})
    return False
