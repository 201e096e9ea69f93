"""Saves that change what one sheet shows and nothing else: the commonest saves while an editor writes.

An entry's Markdown body (an actor's summary, a topic's description, a source's editor notes) is
shown on that entry's own sheet and nowhere else: no other page, list, feed, open-data file or
structured data reads it, and ingest does not read it either. An actor's `reviewed` flag is shown on
its sheet and in the actors index only. So when a save changed these and nothing else, the site keeps
its shape; each edited entry's object is replaced, and only the pages showing it are rendered again.
tests/test_incremental.py checks the result against clean builds.
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


# Front-matter keys whose change shows on the entry's sheet and on these pages alone:
# kind → {key: (the object's field, its value from the key's, the other pages showing it)}
LOCAL_KEYS = {
    "actors": {"reviewed": ("reviewed", bool, ("actors/index.html",))},
}


def _rest(entry: Entry, kind: str) -> dict:
    local = LOCAL_KEYS.get(kind, {})
    return {k: v for k, v in entry.meta.items() if k not in local}


def body_only(old: Entry | None, new: Entry | None) -> bool:
    """Both versions exist, and their front matter is the same but for keys only a few pages show."""
    if old is None or new is None:
        return False
    kind = new.path.split("/")[1]
    return old.meta == new.meta or _rest(old, kind) == _rest(new, kind)


def sheet_path(kind: str, entity_id: str) -> str:
    return f"{kind}/{entity_id}/index.html"


def with_bodies(site: Site, pages: dict[str, Page], edited: dict[str, Entry]
                ) -> tuple[Site, dict[str, Page], dict[str, object]]:
    """(the site with the new bodies and flags, the pages to render again, the new objects by path).

    An entry the site does not show (hidden, or merged into another actor by same_as) has no
    sheet, so its body is not shown anywhere and nothing is rendered for it.
    """
    by_path = {obj.path: (kind, key, obj)
               for kind in BODY_FIELDS for key, obj in getattr(site, BODY_FIELDS[kind][0]).items()}
    tables = {kind: dict(getattr(site, attr)) for kind, (attr, _, _) in BODY_FIELDS.items()}
    sheets: dict[str, Page] = {}
    objects: dict[str, object] = {}
    others: set[str] = set()
    for rel, entry in sorted(edited.items()):
        found = by_path.get(rel)
        if found is None:
            continue
        kind, key, obj = found
        _, body_field, context_key = BODY_FIELDS[kind]
        fields = {body_field: entry.body.strip()}
        for meta_key, (field_name, value, shown_on) in LOCAL_KEYS.get(kind, {}).items():
            fields[field_name] = value(entry.meta.get(meta_key))
            if fields[field_name] != getattr(obj, field_name):
                others.update(p for p in shown_on if p in pages)
        new = replace(obj, **fields)
        tables[kind][key] = new
        objects[rel] = new
        path = sheet_path(kind, key)
        page = pages.get(path)
        if page is not None:
            sheets[path] = replace(page, context={**page.context, context_key: new})
    site = replace(site, **{BODY_FIELDS[kind][0]: table for kind, table in tables.items()})
    for path in others - set(sheets):
        sheets[path] = pages[path]        # these read the site itself, which the caller swaps in
    return site, sheets, objects
