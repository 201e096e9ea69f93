"""What ingest reads out of one raw article: plain frozen data, no I/O.

`generator.ingest.extract(text, seed_name)` returns an `Extraction`; it depends on
the article text alone, so it can be cached by the seed's hash and run in parallel.
Names inside an extraction are the article's own (``Mention.key``); linking them to
actor ids in ``content/actors`` happens afterwards, in ``generator.ingest.link``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of actor, in the order the site lists them.
ACTOR_TYPES = (
    "person",
    "party",
    "government",      # ministries, embassies, governments, state bodies
    "court",
    "ngo",             # NGOs, rights groups, think tanks, media outlets
    "country",         # countries and blocs (EU, ASEAN as a bloc)
    "international",   # intergovernmental bodies (UN, its rapporteurs' offices)
)

PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class PartialDate:
    """A date no more precise than the text allows: "2019-07-01", "2019-07" or "2019"."""

    value: str
    precision: str  # one of PRECISIONS


@dataclass(frozen=True)
class Paragraph:
    n: int          # 1-based body paragraph number; citations point here
    text: str


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str | None = None
    date: PartialDate | None = None


@dataclass(frozen=True)
class Role:
    title: str                 # as the article states it: "monitoring supervisor"
    organization: str | None   # mention key of the organisation, when named
    paragraph: int


@dataclass(frozen=True)
class Mention:
    """One actor as this article names it."""

    key: str                       # the fullest name the article gives: "Chea Daravy"
    type: str                      # one of ACTOR_TYPES
    forms: tuple[str, ...]         # every surface form seen: ("Chea Daravy", "Daravy")
    paragraphs: tuple[int, ...]    # body paragraphs that mention the actor
    roles: tuple[Role, ...] = ()
    acronym: str | None = None     # "CNRP" for "Cambodia National Rescue Party"


@dataclass(frozen=True)
class Quote:
    id: str                 # stable within the source: "p7-1a2b3c"
    paragraph: int
    text: str               # exact substring of the paragraph, without the quotation marks
    speaker: str | None     # Mention.key, or None when the text does not establish it
    cue: str = ""           # the words that settle the speaker: 'he said', 'according to X'


@dataclass(frozen=True)
class Event:
    date: PartialDate
    text: str               # the sentence that states it
    paragraph: int
    actors: tuple[str, ...] = ()   # Mention keys


@dataclass(frozen=True)
class Extraction:
    seed: str                       # seed file name
    checksum: str                   # sha256 of the seed bytes
    title: str
    paragraphs: tuple[Paragraph, ...]
    captions: tuple[Caption, ...] = ()
    pull_quotes: tuple[str, ...] = ()
    byline: str | None = None
    publisher: str | None = None
    publisher_basis: str = ""
    published: PartialDate | None = None
    published_basis: str = ""       # one line in words: why this date, or why none
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    notes: tuple[str, ...] = field(default=())   # anything the editor should know
