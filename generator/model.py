"""The validated site in memory: what `load` builds from content/ and `render` reads."""
from __future__ import annotations

from dataclasses import dataclass, field

# The camp an actor speaks for, on topic pages; editor-owned, defaulted from the type.
CAMPS = (
    "government",
    "ruling party",
    "opposition",
    "civil society",
    "foreign governments",
    "international bodies",
    "analysts",
    "other",
)

# The camp an actor of each type most often speaks for; people and parties need an editor.
TYPE_CAMPS = {
    "government": "government",
    "court": "government",
    "ngo": "civil society",
    "country": "foreign governments",
    "international": "international bodies",
}


def default_camp(type_: str) -> str:
    """An actor's camp until an editor sets one."""
    return TYPE_CAMPS.get(type_, "other")


@dataclass(frozen=True)
class Citation:
    source: str        # source id
    paragraph: int


@dataclass(frozen=True)
class Quote:
    id: str            # "<source id>/<quote id>", unique in the site
    source: str
    paragraph: int
    text: str
    speaker: str | None          # actor id; None when the text does not establish it
    speaker_name: str | None     # the name the article uses for the speaker
    cue: str = ""
    topics: tuple[str, ...] = ()
    corrected: bool = False      # an editor set or changed the speaker

    @property
    def citation(self) -> Citation:
        return Citation(self.source, self.paragraph)


@dataclass(frozen=True)
class Role:
    actor: str
    title: str
    organization: str | None     # actor id
    source: str
    paragraph: int
    date: str | None             # the source's publication date, "YYYY[-MM[-DD]]"


@dataclass(frozen=True)
class Event:
    date: str
    precision: str
    text: str
    source: str
    paragraph: int
    actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(frozen=True)
class Source:
    id: str
    path: str                    # entry file, relative to the site root
    seed: str
    checksum: str
    title: str
    publisher: str | None
    publisher_basis: str
    published: str | None        # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    published_precision: str | None
    published_basis: str
    url: str | None
    full_text: bool
    paragraphs: tuple[str, ...]
    captions: tuple[Caption, ...]
    byline: str | None
    actors: dict[str, tuple[int, ...]]      # actor id -> paragraphs mentioning it
    topics: dict[str, tuple[int, ...]]      # topic id -> paragraphs tagged with it
    stale: bool = False                     # the seed changed since these facts were read
    body: str = ""                          # editor's notes (Markdown)


@dataclass(frozen=True)
class Actor:
    id: str
    path: str
    name: str
    type: str
    camp: str
    aliases: tuple[str, ...]
    summary: str                 # editor's Markdown body
    reviewed: bool


@dataclass(frozen=True)
class Topic:
    id: str
    path: str
    name: str
    description: str
    keywords: tuple[str, ...]


@dataclass
class Site:
    """Entries plus back-references, computed once by the loader."""

    sources: dict[str, Source]
    actors: dict[str, Actor]
    topics: dict[str, Topic]
    quotes: list[Quote]
    events: list[Event]
    roles: list[Role]
    # back-references
    actor_sources: dict[str, list[str]] = field(default_factory=dict)
    topic_sources: dict[str, list[str]] = field(default_factory=dict)
    quotes_by: dict[str, list[Quote]] = field(default_factory=dict)
    quotes_about: dict[str, list[Quote]] = field(default_factory=dict)
    topic_quotes: dict[str, list[Quote]] = field(default_factory=dict)
    co_mentions: dict[str, dict[str, int]] = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    # source id -> (its quotes, events, roles), the lists load made and joined into the three above
    # in the sources' order: an edit's steps by difference find the edited sources' facts here
    # rather than going through the site's 200,000 at 10,000 articles. Empty: not known.
    facts: dict[str, tuple[list, list, list]] = field(default_factory=dict, repr=False, compare=False)

    def facts_of(self, sids: set[str]) -> tuple[list, list, list] | None:
        """The quotes, events and roles of these sources, each in the site's order (as filtering
        the site's lists gives them); None when `facts` does not hold every one of them."""
        if not sids <= self.facts.keys():
            return None
        mine = [self.facts[sid] for sid in self.sources if sid in sids]
        return tuple([x for f in mine for x in f[n]] for n in range(3))
