"""Edits of an entry's Markdown body alone: the commonest save while an editor writes.

An entry's body (an actor's summary, a topic's description, a source's editor notes) is shown on
that entry's own sheet and nowhere else: no other page, no list, feed, open-data file or
structured data reads it, and ingest does not read it either. So when a save changed bodies and
nothing else, the site keeps its shape; each edited entry's object is replaced, and only its sheet
is rendered again. tests/test_incremental.py checks the result against clean builds.
"""
from __future__ import annotations

from dataclasses import replace

from generator.content.entries import Entry
from generator.model import Site
from generator.render.pages import Page

# entry kind → (the Site's dict of that kind, the field holding the body, the sheet's context key)
BODY_FIELDS = {
    "actors": ("actors", "summary", "actor"),
    "topics": ("topics", "description", "topic"),
    "sources": ("sources", "body", "source"),
}


def body_only(old: Entry | None, new: Entry | None) -> bool:
    """Both versions exist, their front matter is the same, and their bodies differ or not."""
    return old is not None and new is not None and old.meta == new.meta


def sheet_path(kind: str, entity_id: str) -> str:
    return f"{kind}/{entity_id}/index.html"


def with_bodies(site: Site, pages: dict[str, Page], edited: dict[str, Entry]
                ) -> tuple[Site, dict[str, Page], dict[str, object]]:
    """(the site with the new bodies, the sheets to render again, the new objects by entry path).

    An entry the site does not show (hidden, or merged into another actor by same_as) has no
    sheet, so its body is not shown anywhere and nothing is rendered for it.
    """
    by_path = {obj.path: (kind, key, obj)
               for kind in BODY_FIELDS for key, obj in getattr(site, BODY_FIELDS[kind][0]).items()}
    tables = {kind: dict(getattr(site, attr)) for kind, (attr, _, _) in BODY_FIELDS.items()}
    sheets: dict[str, Page] = {}
    objects: dict[str, object] = {}
    for rel, entry in sorted(edited.items()):
        found = by_path.get(rel)
        if found is None:
            continue
        kind, key, obj = found
        _, body_field, context_key = BODY_FIELDS[kind]
        new = replace(obj, **{body_field: entry.body.strip()})
        tables[kind][key] = new
        objects[rel] = new
        path = sheet_path(kind, key)
        page = pages.get(path)
        if page is not None:
            sheets[path] = replace(page, context={**page.context, context_key: new})
    site = replace(site, **{BODY_FIELDS[kind][0]: table for kind, table in tables.items()})
    return site, sheets, objects
