"""Linking: the names an article uses become actor ids of the site, paragraphs get topics.

Pure functions over extractions and the editor's entries. Matching is by full name,
acronym and editor alias only (short forms like "Sokha" were resolved inside the
article already); near-identical names are proposed to the editor, never merged.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from generator.cache import Kept, data_key
from generator.extraction import Extraction, Mention
from generator.model import TYPE_CAMPS
from generator.slugs import slugify



# Letters with no accent to strip, which ASCII folding would drop: their plain Latin letter.
_PLAIN = str.maketrans({"ə": "e", "Ə": "E", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o",
                        "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ð": "d", "Ð": "D",
                        "þ": "th", "Þ": "TH", "ħ": "h", "Ħ": "H"})


# Linking looks up every mention of every article on each ingest: the same few thousand names.
@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The matching form of a name: case, dots, accents, a leading 'the' ignored."""
    text = unicodedata.normalize("NFKD", name.translate(_PLAIN)).encode("ascii", "ignore").decode()
    text = text.lower().replace(".", "").replace("’", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    text = re.sub(r"^the ", "", " ".join(text.split()))
    return text


@dataclass(frozen=True)
class KnownActor:
    id: str
    name: str
    type: str
    names: tuple[str, ...]          # name, aliases, forms seen before
    same_as: str | None = None      # editor: this actor is the same as another
    distinct_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnownTopic:
    id: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class NewActor:
    id: str
    name: str
    type: str
    camp: str


@dataclass
class ActorIndex:
    """Name → actor id, grown as sources are linked in seed order."""

    by_name: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    redirect: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, actors: list[KnownActor]) -> "ActorIndex":
        index = cls()
        for actor in sorted(actors, key=lambda a: a.id):
            index.types[actor.id] = actor.type
            if actor.same_as:
                index.redirect[actor.id] = actor.same_as
        for actor in sorted(actors, key=lambda a: a.id):
            for name in actor.names:
                index.by_name.setdefault(normalize(name), index.resolve(actor.id))
        return index

    def resolve(self, actor_id: str) -> str:
        seen = set()
        while actor_id in self.redirect and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.redirect[actor_id]
        return actor_id

    def find(self, mention: Mention) -> str | None:
        for name in (mention.key, mention.acronym):
            if name and normalize(name) in self.by_name:
                return self.resolve(self.by_name[normalize(name)])
        return None

    def add(self, mention: Mention, extraction: Extraction | None = None) -> NewActor:
        base = slugify(mention.key.replace(".", ""))   # "U.S. Embassy" → us-embassy
        actor_id, n = base, 2
        while actor_id in self.types:
            actor_id, n = f"{base}-{n}", n + 1
        self.types[actor_id] = mention.type
        for name in (mention.key, mention.acronym):
            if name:
                self.by_name.setdefault(normalize(name), actor_id)
        return NewActor(actor_id, mention.key, mention.type, default_camp(mention, extraction))


GOVERNMENT_TITLES = re.compile(r"\b(prime minister|premier|president|minister|secretary of state|governor|"
                               r"government spokesman|government spokeswoman|official)\b", re.I)
ANALYST_TITLES = re.compile(r"\b(analyst|researcher|professor|scholar|academic)\b", re.I)
FOREIGN_MARKERS = re.compile(r"\b(U\.?S\.?|American|European|E\.?U\.?|British|French|Japanese|"
                             r"Chinese|Australian|German|senator|ambassador)\b")


ORG_CAMPS = {"ngo": "civil society", "government": "government", "court": "government",
             "international": "international bodies"}


def default_camp(mention: Mention, extraction: Extraction | None) -> str:
    """A first guess at the camp an actor speaks for, from its type, roles and the words
    around its name; the editor owns the field and corrects it."""
    if mention.type != "person":
        if mention.type == "party" and extraction is not None:
            forms = "|".join(re.escape(f) for f in (*mention.forms, mention.acronym or mention.key))
            ruling = re.compile(rf"\bruling (?:party )?(?:the )?(?:{forms})\b")
            if any(ruling.search(p.text) for p in extraction.paragraphs):
                return "ruling party"
            return "opposition" if any(re.search(rf"\bopposition (?:{forms})\b", p.text)
                                       for p in extraction.paragraphs) else "other"
        return TYPE_CAMPS.get(mention.type, "other")
    by_name = {}
    for m in extraction.mentions if extraction else ():
        by_name.update({name: m for name in (m.key, m.acronym) if name})
    # The organisation a role belongs to says more than the title's words ("a CNRP official"):
    # a party's member stands where the party stands.
    for role in mention.roles:
        org = by_name.get(role.organization or "") or next(
            (by_name[w.strip(",.")] for w in role.title.split()
             if w.strip(",.") in by_name and by_name[w.strip(",.")].type == "party"), None)
        if org is not None and org.type == "party":
            return default_camp(org, extraction)
        if org is not None and org.type in ORG_CAMPS:
            return ORG_CAMPS[org.type]
    for role in mention.roles:
        if ANALYST_TITLES.search(role.title):
            return "analysts"
        if GOVERNMENT_TITLES.search(role.title):
            return "foreign governments" if FOREIGN_MARKERS.search(role.title) else "government"
    return "other"


@dataclass(frozen=True)
class LinkedSource:
    extraction: Extraction
    actor_ids: dict[str, str]                  # mention key -> actor id
    paragraph_topics: dict[int, tuple[str, ...]]
    quote_topics: dict[str, tuple[str, ...]]   # quote id -> topic ids
    new_actors: tuple[NewActor, ...]


_ASCII_WORDS = re.compile(r"[a-z0-9_]+")


def topic_matchers(topics: list[KnownTopic]) -> list[tuple[str, re.Pattern, tuple | None]]:
    """Per topic: its pattern, and when all its keywords are ASCII, each one lowercased with the
    words it is made of, so that an ASCII text can be matched without running the pattern."""
    matchers = []
    for topic in sorted(topics, key=lambda t: t.id):
        keys = [k.strip() for k in topic.keywords if k and k.strip()]
        if keys:
            pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b", re.I)
            plain = None
            if all(k.isascii() for k in keys):
                lowered = [(k.lower(), _ASCII_WORDS.findall(k.lower())) for k in keys]
                # one word of each keyword, the longest: a text holding none of them is passed over
                heads = frozenset(max(ws, key=len) for _, ws in lowered if ws)
                plain = (tuple((k, tuple(ws)) for k, ws in lowered),
                         heads if all(ws for _, ws in lowered) else None)
            matchers.append((topic.id, pattern, plain))
    return matchers


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# Under re.IGNORECASE these letters also match ASCII ones (İ ı ſ K): a text holding one of them
# is matched by the pattern itself.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _word_char(c: str) -> bool:
    """What a pattern's `\\w` matches (letters and digits of any script, and `_`)."""
    return c in _ASCII_WORD or (c > "\x7f" and c.isalnum())


def _edge(text: str, at: int) -> bool:
    """Whether a word boundary (a pattern's `\\b`) lies at this position of the text."""
    before = at > 0 and _word_char(text[at - 1])
    after = at < len(text) and _word_char(text[at])
    return before != after


def _holds(text: str, lowered: str, keyword: str) -> bool:
    """Whether the ASCII keyword stands as whole words in the text, case aside: the answer the
    topic's pattern gives, found by plain searches of the text's lowercase."""
    at = lowered.find(keyword)
    while at != -1:
        if _edge(text, at) and _edge(text, at + len(keyword)):
            return True
        at = lowered.find(keyword, at + 1)
    return False


def tag(text: str, matchers) -> tuple[str, ...]:
    # A topic's ASCII keywords are looked for in the text's lowercase, which lines up with the
    # text letter for letter unless it holds one of the few letters case-blind matching folds to
    # ASCII (then the pattern runs). A keyword standing as whole words in a text has each of its
    # words among the text's words, so most topics are passed over by one set test.
    lowered = text.lower()
    fast = len(lowered) == len(text) and (text.isascii() or not _FOLDS_TO_ASCII.search(text))
    words = set(_ASCII_WORDS.findall(lowered)) if fast else set()
    found = []
    for topic_id, pattern, plain in matchers:
        if fast and plain is not None:
            keywords, heads = plain
            if heads is not None and words.isdisjoint(heads):
                continue
            if any(all(w in words for w in parts) and _holds(text, lowered, k) for k, parts in keywords):
                found.append(topic_id)
        elif pattern.search(text):
            found.append(topic_id)
    return tuple(found)


def link(extractions: list[Extraction], actors: list[KnownActor],
         topics: list[KnownTopic]) -> list[LinkedSource]:
    """Link every extraction, in seed order so that new ids come out the same every time."""
    index = ActorIndex.of(actors)
    matchers, key = topic_matchers(topics), topics_key(topics)
    return [link_one(extraction, index, matchers, key)
            for extraction in sorted(extractions, key=lambda e: e.seed)]


def topics_key(topics: list[KnownTopic]) -> tuple:
    """What an article's topics depend on besides its text (the key of its kept tags)."""
    return tuple(sorted((t.id, tuple(t.keywords)) for t in topics))


def link_one(extraction: Extraction, index: ActorIndex, matchers, topics_key: tuple) -> LinkedSource:
    """One article linked against the index as the articles before it left it (a name it is the
    first to use becomes a new actor, added to the index)."""
    ids, new = {}, []
    for mention in extraction.mentions:
        found = index.find(mention)
        if found is None:
            actor = index.add(mention, extraction)
            new.append(actor)
            found = actor.id
        ids[mention.key] = found
    para_topics, quote_topics = _topics_of(extraction, matchers, topics_key)
    return LinkedSource(extraction, ids, para_topics, quote_topics, tuple(new))


# (seed, its checksum, the topics' keywords) → the article's topics: a rebuild after one edit links
# every article again, and tagging was most of that. An extraction is fixed by its seed's text.
_tagged: dict[tuple, tuple[tuple[dict, dict], bytes | None]] = {}


# The same between runs (`.cache/topic-tags.pickle`, loaded and saved by the build), under a hash
# of the same key and of the topics' order: the extraction is fixed by its seed's name and bytes
# for the same generator.
KEPT = Kept("topic-tags")


def _topics_of(extraction: Extraction, matchers, topics_key: tuple) -> tuple[dict, dict]:
    key = (extraction.seed, extraction.checksum, topics_key)
    found = _tagged.get(key)
    if found is not None:
        got, kept_key = found
    else:
        kept_key = data_key(*key, tuple(m[0] for m in matchers))    # and the order tags come in
        got = KEPT.get(kept_key) if kept_key is not None else None
        if not (isinstance(got, tuple) and len(got) == 2 and all(isinstance(x, dict) for x in got)):
            para_topics = {p.n: tag(p.text, matchers) for p in extraction.paragraphs}
            quote_topics = {q.id: tag(q.text, matchers) or para_topics.get(q.paragraph, ())
                            for q in extraction.quotes}
            got = ({n: t for n, t in para_topics.items() if t}, quote_topics)
        if len(_tagged) > 100_000:
            _tagged.clear()
        _tagged[key] = (got, kept_key)
    if kept_key is not None:
        KEPT.put(kept_key, got)         # what this run used is what it keeps
    return got


# The pairs for the same actors, between runs (`.cache/actor-pairs.pickle`): finding them took a
# quarter of a second at 1,000 articles on every build that ran ingest.
PAIRS = Kept("actor-pairs")


def probable_duplicates(actors: list[KnownActor]) -> list[tuple[str, str, float]]:
    """Pairs of same-type actors whose names are nearly the same, as `_probable_duplicates` finds
    them, kept by a hash of the actors."""
    key = data_key(tuple(actors))
    found = PAIRS.get(key) if key is not None else None
    if not (isinstance(found, list) and all(isinstance(x, tuple) and len(x) == 3 for x in found)):
        found = _probable_duplicates(actors)
    if key is not None:
        PAIRS.put(key, found)
    return list(found)


def _probable_duplicates(actors: list[KnownActor]) -> list[tuple[str, str, float]]:
    """Pairs of same-type actors whose names are nearly the same: for the editor to decide.

    Only pairs that can score are compared: names of the same type with as many words
    (`name_similarity`), or an acronym and a name with those initials (`acronym_of`); they
    are reported in the order a comparison of every pair would give."""
    live = sorted((a for a in actors if not a.same_as), key=lambda a: a.id)
    by_words: dict[tuple[str, int], list[int]] = {}
    by_letters: dict[tuple[str, str], list[int]] = {}
    by_initials: dict[tuple[str, str], list[int]] = {}
    for i, a in enumerate(live):
        words = len(normalize(a.name).split())
        if words:
            by_words.setdefault((a.type, words), []).append(i)
        letters = _acronym_letters(a.name)
        if letters:
            by_letters.setdefault((a.type, letters), []).append(i)
        initials = _initials(a.name)
        if initials:
            by_initials.setdefault((a.type, initials), []).append(i)
    candidates: set[tuple[int, int]] = set()
    for group in by_words.values():
        candidates.update((x, y) for n, x in enumerate(group) for y in group[n + 1:])
    for key, shorts in by_letters.items():
        for x in shorts:
            for y in by_initials.get(key, ()):
                if x != y:
                    candidates.add((min(x, y), max(x, y)))
    pairs = []
    for i, j in sorted(candidates):
        a, b = live[i], live[j]
        if b.id in a.distinct_from or a.id in b.distinct_from:
            continue
        score = max(name_similarity(a.name, b.name), acronym_of(a.name, b.name))
        if score >= 0.8:
            pairs.append((a.id, b.id, round(score, 2)))
    return pairs


@lru_cache(maxsize=None)
def _word_ratio(x: str, y: str) -> float:
    return difflib.SequenceMatcher(None, x, y).ratio()


@lru_cache(maxsize=None)
def _words(name: str) -> tuple[str, ...]:
    return tuple(normalize(name).split())


def name_similarity(a: str, b: str) -> float:
    """Similarity of two names, word by word, so 'Stephen Marlowe' ~ 'Steven Marlowe'."""
    wa, wb = _words(a), _words(b)
    if len(wa) != len(wb) or not wa:
        return 0.0
    scores = [_word_ratio(x, y) for x, y in zip(wa, wb)]
    if min(scores) < 0.6:
        return 0.0
    return sum(scores) / len(scores)


MINOR_WORDS = {"of", "for", "the", "and", "on", "in", "de"}


def _acronym_letters(name: str) -> str | None:
    """The letters of a name that may be an acronym ('C.P.P.' → 'CPP'), else None."""
    letters = name.replace(".", "")
    if letters.isupper() and 2 <= len(letters) <= 8 and " " not in letters:
        return letters
    return None


def _long_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in MINOR_WORDS]


def _initials(name: str) -> str | None:
    """The initials an acronym of this name would have, when it can have one."""
    heads = [w[0].upper() for w in _long_words(name)]
    if 2 <= len(heads) <= 8 and all(len(h) == 1 for h in heads):
        return "".join(heads)
    return None


def acronym_of(a: str, b: str) -> float:
    """1.0 when one name is the initials of the other: 'CPP' ~ "Cambodian People's Party"."""
    for short, long in ((a, b), (b, a)):
        letters = _acronym_letters(short)
        if letters:
            words = _long_words(long)
            if len(words) == len(letters) and all(w[0].upper() == c for w, c in zip(words, letters)):
                return 1.0
    return 0.0
