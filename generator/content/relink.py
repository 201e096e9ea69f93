"""Linking again after an edit, by difference: only the edited articles are linked.

`ingest.link.link` goes through every article in seed order, because an article may be the first
to use a name, which then becomes a new actor that later articles link to. Once every name the
articles use belongs to a known actor (as after any ingest: each new actor gets its entry), no
article adds to the index, so each article's linking depends on that article and the known
actors and topics alone. Then an article whose extraction is the same object as last time keeps
its `LinkedSource`, and an edited one is linked alone, as long as all of its names are known too;
anything else links every article again.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.extraction import Extraction
from generator.ingest.link import (ActorIndex, KnownActor, KnownTopic, LinkedSource, link, link_one,
                                   topic_matchers, topics_key)


@dataclass
class LinkMemo:
    """The last linking, while it made no new actor: its inputs and each article's result."""

    actors: list[KnownActor] | None = None
    topics: list[KnownTopic] | None = None
    index: ActorIndex | None = None
    matchers: list | None = None
    topics_key: tuple = ()
    linked: dict[str, LinkedSource] = field(default_factory=dict)      # by seed name


def relink(extractions: list[Extraction], actors: list[KnownActor], topics: list[KnownTopic],
           memo: LinkMemo) -> list[LinkedSource]:
    """`link(extractions, actors, topics)`, the same objects for articles linked as before."""
    if memo.index is not None and memo.actors == actors and memo.topics == topics:
        index, out = memo.index, []
        for extraction in sorted(extractions, key=lambda e: e.seed):
            got = memo.linked.get(extraction.seed)
            if got is None or got.extraction is not extraction:
                if any(index.find(m) is None for m in extraction.mentions):
                    break               # a new actor: it could change how later articles link
                got = link_one(extraction, index, memo.matchers, memo.topics_key)
            out.append(got)
        else:
            memo.linked = {item.extraction.seed: item for item in out}
            return out
    linked = link(extractions, actors, topics)
    if any(item.new_actors for item in linked):
        memo.index = None               # the index grew while linking: nothing is kept
        memo.linked = {}
        return linked
    memo.actors, memo.topics = actors, topics
    memo.index = ActorIndex.of(actors)
    memo.matchers = topic_matchers(topics)
    memo.topics_key = topics_key(topics)
    memo.linked = {item.extraction.seed: item for item in linked}
    return linked
