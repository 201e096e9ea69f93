"""Writing content/: machine-owned `extracted:` blocks are rewritten, nothing else is.

Editor-owned keys, the Markdown body and the layout of the editor's part of a file
are kept byte for byte: only the text of the `extracted:` block is replaced. When a
person edited that block by hand (its fingerprint no longer matches), the file is
kept as it is and the machine's version is put beside it, in .cache/proposed/.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from generator import __version__
from generator.content import yamlnodes
from generator.content.entries import DUMPER, Entry, dump, fingerprint, parse
from generator.errors import Problem
from generator.extraction import Extraction
from generator.ingest.link import LinkedSource, NewActor

BLOCK = re.compile(r"^extracted:.*\n(?:(?:[ \t#].*|)\n)*", re.M)


@dataclass(frozen=True)
class Sidecar:
    """seeds/<name>.yaml: facts the editor knows better than the text shows."""

    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    rights: str | None = None
    path: str = ""


@dataclass(frozen=True)
class Planned:
    path: str          # relative to the site root
    text: str          # what the file should hold


@lru_cache(maxsize=1 << 16)      # every seed's id is asked for on each ingest
def source_id(seed: str) -> str:
    from generator.slugs import slugify
    return slugify(Path(seed).stem)


# (seed, checksum, sidecar, actor ids, topics) → the block: a rebuild after one edit plans every
# source again, and making each block and its fingerprint was most of ingest's time. Everything the
# block is made of is in the key (the extraction is fixed by its seed's checksum); never mutated.
_sources: dict[tuple, dict] = {}


def source_extracted(linked: LinkedSource, sidecar: Sidecar | None) -> dict:
    ex = linked.extraction
    key = (ex.seed, ex.checksum, sidecar, tuple(linked.actor_ids.items()),
           tuple(linked.paragraph_topics.items()), tuple(linked.quote_topics.items()))
    got = _sources.get(key)
    if got is None:
        if len(_sources) > 100_000:
            _sources.clear()
        got = _sources[key] = _source_extracted(linked, sidecar)
    return got


def _source_extracted(linked: LinkedSource, sidecar: Sidecar | None) -> dict:
    ex: Extraction = linked.extraction
    ids = linked.actor_ids
    published = ex.published.value if ex.published else None
    precision = ex.published.precision if ex.published else None
    basis = ex.published_basis
    publisher, publisher_basis = ex.publisher, ex.publisher_basis
    url = rights = None
    if sidecar:
        if sidecar.published:
            published = sidecar.published
            precision = {4: "year", 7: "month"}.get(len(sidecar.published), "day")
            basis = f"given in {sidecar.path}"
        if sidecar.publisher:
            publisher, publisher_basis = sidecar.publisher, f"given in {sidecar.path}"
        url, rights = sidecar.url, sidecar.rights
    actors: dict[str, list[int]] = {}
    for m in ex.mentions:
        actors.setdefault(ids[m.key], [])
        actors[ids[m.key]] = sorted(set(actors[ids[m.key]]) | set(m.paragraphs))
    topics: dict[str, list[int]] = {}
    for n, tags in sorted(linked.paragraph_topics.items()):
        for t in tags:
            topics.setdefault(t, []).append(n)
    data = {
        "generator": __version__,
        "checksum": ex.checksum,
        "title": ex.title,
        "byline": ex.byline,
        "publisher": publisher,
        "publisher_basis": publisher_basis,
        "published": published,
        "published_precision": precision,
        "published_basis": basis,
        "url": url,
        "rights": rights,
        "notes": list(ex.notes),
        "paragraphs": [p.text for p in ex.paragraphs],
        "captions": [{"text": c.text, "credit": c.credit} for c in ex.captions],
        "actors": dict(sorted(actors.items())),
        "topics": dict(sorted(topics.items())),
        "quotes": [{
            "id": q.id, "paragraph": q.paragraph, "text": q.text,
            "speaker": ids.get(q.speaker) if q.speaker else None,
            "speaker_name": q.speaker,
            "cue": q.cue,
            "topics": list(linked.quote_topics.get(q.id, ())),
        } for q in ex.quotes],
        "roles": [{
            "actor": ids[m.key], "title": r.title,
            "organization": ids.get(r.organization) if r.organization else None,
            "paragraph": r.paragraph,
        } for m in ex.mentions for r in m.roles],
        "events": [{
            "date": e.date.value, "precision": e.date.precision, "text": e.text,
            "paragraph": e.paragraph, "actors": [ids[a] for a in e.actors if a in ids],
        } for e in ex.events],
    }
    data["fingerprint"] = fingerprint(data)
    return data


_actors: dict[tuple, dict] = {}   # (forms, sources) → the block, as _sources


def actor_extracted(forms: Iterable[str], sources: Iterable[str]) -> dict:
    key = (tuple(sorted(set(forms))), tuple(sorted(set(sources))))
    got = _actors.get(key)
    if got is None:
        if len(_actors) > 100_000:
            _actors.clear()
        got = {"forms": list(key[0]), "sources": list(key[1])}
        got["fingerprint"] = fingerprint(got)
        _actors[key] = got
    return got


# fingerprint → (block data, its YAML): a rebuild plans every source again, and dumping YAML
# was most of that; the data is compared whole before its text is reused.
_blocks: dict[str, tuple[dict, str]] = {}


def block_text(extracted: dict) -> str:
    key = str(extracted.get("fingerprint"))
    got = _blocks.get(key)
    if got is not None and got[0] == extracted:
        return got[1]
    text = yamlnodes.dump({"extracted": extracted}, DUMPER)
    if len(_blocks) > 100_000:
        _blocks.clear()
    _blocks[key] = (extracted, text)
    return text


_edited: dict[str, bool] = {}     # an entry's text → hand_edited: the same for the same text


def hand_edited(entry: Entry) -> bool:
    """True when the machine block no longer matches the fingerprint it was written with."""
    got = _edited.get(entry.text)
    if got is None:
        if len(_edited) > 100_000:
            _edited.clear()
        got = _edited[entry.text] = _hand_edited(entry)
    return got


def _hand_edited(entry: Entry) -> bool:
    block = entry.meta.get("extracted")
    if not isinstance(block, dict) or "fingerprint" not in block:
        return False
    rest = {k: v for k, v in block.items() if k != "fingerprint"}
    return fingerprint(rest) != block["fingerprint"]


def _same_block(entry: Entry, extracted: dict) -> bool:
    """True when the entry's machine block, untouched by hand, holds this data already: its
    fingerprint is the new one's and still matches its contents (a rebuild from cached ingest
    would otherwise dump every block's YAML again only to find the same text)."""
    block = entry.meta.get("extracted")
    return (isinstance(block, dict) and block.get("fingerprint") == extracted.get("fingerprint")
            and not hand_edited(entry))


def merge(existing: Entry, extracted: dict) -> str:
    """The existing file with only its `extracted:` block replaced."""
    new_block = block_text(extracted)
    end = existing.text.find("\n---", 3)
    head, tail = existing.text[:end + 1], existing.text[end + 1:]
    if BLOCK.search(head):
        head = BLOCK.sub(lambda _: new_block, head, count=1)
    else:
        head = head + new_block
    return head + tail


def new_source(sid: str, seed: str, extracted: dict) -> str:
    meta = {"id": sid, "seed": seed, "reviewed": False, "corrections": {"quotes": {}},
            "extracted": extracted}
    return dump(meta)


def new_actor(actor: NewActor, extracted: dict) -> str:
    meta = {"id": actor.id, "name": actor.name, "type": actor.type, "camp": actor.camp,
            "aliases": [], "same_as": None, "reviewed": False, "extracted": extracted}
    return dump(meta)


def placed(path: str, extracted: dict, create, existing: dict[str, Entry]
           ) -> tuple[Planned | None, Problem | None, Planned | None]:
    """What planning one file gives: (the write, a note for the editor, a kept-back proposal)."""
    entry = existing.get(path)
    if entry is None:
        return Planned(path, create()), None, None
    if _same_block(entry, extracted):
        return None, None, None         # the file already holds this very block: nothing to dump
    if hand_edited(entry):
        text = merge(entry, extracted)
        if text == entry.text:
            return None, None, None
        return (None, Problem(path, "the extracted: block was edited by hand, so it was kept; "
                              f"the machine's version is in .cache/proposed/{path} "
                              "(put lasting fixes under corrections: or in the editor's keys)",
                              entry.line_of("extracted"), warning=True), Planned(path, text))
    return Planned(path, merge(entry, extracted)), None, None


def mentioned(item: LinkedSource) -> dict[str, set[str]]:
    """The actors one article names, each with the forms it goes by there (its block's `forms`)."""
    forms: dict[str, set[str]] = {}
    ids = item.actor_ids
    for m in item.extraction.mentions:
        aid = ids[m.key]
        mine = forms.get(aid)
        if mine is None:
            mine = forms[aid] = set()
        if m.key:
            mine.add(m.key)
        if m.acronym:
            mine.add(m.acronym)
    return forms


def plan(linked: list[LinkedSource], sidecars: dict[str, Sidecar],
         existing: dict[str, Entry]) -> tuple[list[Planned], list[Problem], list[Planned]]:
    """What content/ should hold: (files to write, notes for the editor, kept-back proposals).

    `existing` maps a relative path to the entry now on disk.
    """
    writes, notes, proposals = [], [], []

    def put(path: str, extracted: dict, create) -> None:
        write, note, proposal = placed(path, extracted, create, existing)
        if write is not None:
            writes.append(write)
        if note is not None:
            notes.append(note)
        if proposal is not None:
            proposals.append(proposal)

    # each actor's forms and sources, as sets: its block holds them sorted, once each
    forms: dict[str, set[str]] = {}
    sources: dict[str, set[str]] = {}
    created: dict[str, NewActor] = {}
    for item in linked:
        sid = source_id(item.extraction.seed)
        data = source_extracted(item, sidecars.get(item.extraction.seed))
        put(f"content/sources/{sid}.md", data,
            lambda sid=sid, item=item, data=data: new_source(sid, item.extraction.seed, data))
        for aid, names in mentioned(item).items():
            mine = forms.get(aid)
            if mine is None:
                forms[aid], sources[aid] = set(names), {sid}
            else:
                mine |= names
                sources[aid].add(sid)
        for actor in item.new_actors:
            created.setdefault(actor.id, actor)
    for path in sorted(existing):
        aid = path.removeprefix("content/actors/").removesuffix(".md")
        if path.startswith("content/actors/") and aid not in forms:
            forms[aid], sources[aid] = set(), set()   # no longer mentioned: keep the entry, clear its facts
    for aid in sorted(forms):
        path = f"content/actors/{aid}.md"
        data = actor_extracted(forms[aid], sources[aid])
        if path in existing or aid in created:
            put(path, data, lambda aid=aid, data=data: new_actor(created[aid], data))
    return writes, notes, proposals
