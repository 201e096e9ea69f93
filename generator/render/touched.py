"""Which actor and topic sheets an edited source's facts concern, judged by value.

A rebuild keeps a sheet's view while no source it draws on changed (render/pages.py, PagesMemo).
An edited article is a new `Source` with new quotes, events and roles, nearly all of them equal to
the old ones: a sentence added to one paragraph leaves the others' facts as they were. Counting
every actor and topic the article names as touched made again some 25 sheets' views and pages
for an edit that changed two or three; this tells the ones whose facts differ.

A sheet draws on a source through: the source as listed (its title, date, publisher: what pages
other than its own show, `reuse.shown`, less the mentions), the paragraphs naming each actor and
tagged with each topic (articles and co-mentions, quotes about an actor, counts by topic), and
the quotes, events and roles, each concerning its speaker, actors, organization and topics and
those its paragraph names or is tagged with.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields

from generator.model import Event, Quote, Role, Source
from generator.render.reuse import OWN_FIELDS

# What another entry's sheet shows of a source besides the facts (reuse.OWN_FIELDS are never shown
# there; the mentions are compared paragraph by paragraph below).
_LISTED = tuple(f.name for f in fields(Source) if f.name not in OWN_FIELDS[Source] | {"actors", "topics"})


@dataclass
class Touched:
    """The sheets one build's edits concern: `actors` and `topics` whose views are made again;
    `mentions`, the actors whose paragraphs or co-mentions changed (the network pictures' input)."""

    actors: set[str]
    topics: set[str]
    mentions: set[str]


def _by_paragraph(table: dict[str, tuple[int, ...]]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    for key, paras in table.items():
        for n in paras:
            out[n].add(key)
    return out


def _fact(item: object, names: dict[int, set[str]], tags: dict[int, set[str]],
          actors: set[str], topics: set[str]) -> None:
    """What one quote, event or role concerns, with its paragraph's names and tags."""
    if isinstance(item, Role):
        actors.add(item.actor)
        if item.organization:
            actors.add(item.organization)
        return
    n = item.paragraph
    actors.update(names.get(n, ()))
    topics.update(tags.get(n, ()))
    if isinstance(item, Quote):
        if item.speaker:
            actors.add(item.speaker)
        topics.update(item.topics)
    elif isinstance(item, Event):
        actors.update(item.actors)


def _whole(share: tuple | None, touched: Touched) -> None:
    """Every sheet one source's share concerns (an added or removed source, or one listed anew)."""
    if share is None:
        return
    source, facts, _ = share
    names, tags = _by_paragraph(source.actors), _by_paragraph(source.topics)
    touched.actors.update(source.actors)
    touched.topics.update(source.topics)
    for items in facts:
        for item in items:
            _fact(item, names, tags, touched.actors, touched.topics)


def _tail(old: list, new: list) -> tuple[list, list]:
    """Both lists from the first place they differ on: equal heads are the same facts in the
    same order, and whatever follows counts as changed (an inserted fact renumbers the rest)."""
    n = 0
    for n, (a, b) in enumerate(zip(old, new)):
        if a != b:
            break
    else:
        n = min(len(old), len(new))
    return old[n:], new[n:]


def relisted(before: tuple | None, after: tuple | None) -> bool:
    """Whether only what lists show of the source changed (an editor's title, a publisher): the
    same entry and date, the same names and tags in the same paragraphs, the same facts by value.
    A sheet that lists it then shows the same with the new `Source` in the old one's place, in
    the same order (lists of sources sort by date and id), so its view is kept with the new
    object swapped in (render/pages.py) rather than made again over all of its sources."""
    if before is None or after is None:
        return False
    old, new = before[0], after[0]
    return (old.id == new.id and old.path == new.path and old.published == new.published
            and old.actors == new.actors and old.topics == new.topics and before[1] == after[1]
            and any(getattr(old, f) != getattr(new, f) for f in _LISTED))


def listing(share: tuple, touched: Touched) -> None:
    """The actor and topic sheets that may list one source: every sheet its share concerns."""
    _whole(share, touched)


def touch(before: tuple | None, after: tuple | None, touched: Touched) -> None:
    """Add to `touched` what replacing one source's Index share `before` by `after` concerns
    (shares as `views.Index.shares` holds them: the Source, its quotes, events and roles)."""
    old_names = _by_paragraph(before[0].actors) if before is not None else {}
    new_names = _by_paragraph(after[0].actors) if after is not None else {}
    renamed = {n for n in old_names.keys() | new_names.keys() if old_names.get(n) != new_names.get(n)}
    # Co-mentions and articles per actor change only between the actors such a paragraph names.
    for n in renamed:
        touched.mentions.update(old_names.get(n, ()), new_names.get(n, ()))
    if before is None or after is None or before[0].path != after[0].path or any(
            getattr(before[0], f) != getattr(after[0], f) for f in _LISTED):
        _whole(before, touched)
        _whole(after, touched)
        return
    old, new = before[0], after[0]
    old_tags, new_tags = _by_paragraph(old.topics), _by_paragraph(new.topics)
    moved = renamed | {n for n in old_tags.keys() | new_tags.keys() if old_tags.get(n) != new_tags.get(n)}
    # A paragraph whose names or tags changed: every name and tag on it (a count by topic, a
    # co-mention, a quote about an actor, an article mentioning it) and every fact in it.
    for n in moved:
        touched.actors.update(old_names.get(n, ()), new_names.get(n, ()))
        touched.topics.update(old_tags.get(n, ()), new_tags.get(n, ()))
    for was, now in zip(before[1], after[1]):
        kept = len(was) - len(_tail(was, now)[0])
        for items, names, tags in ((was, old_names, old_tags), (now, new_names, new_tags)):
            for n, item in enumerate(items):
                if n >= kept or item.paragraph in moved:
                    _fact(item, names, tags, touched.actors, touched.topics)
