"""Planning content/ again after an edit, by difference: only the files an edit concerns.

`writer.plan` goes through every article and every actor: each source's block, and each actor's
forms and sources gathered from every article that names it. After an edit of a few articles or
entries the plan differs only for their files and for the actors whose forms or sources moved, so
the last plan is kept with what each article gave each actor (`PlanMemo`), and those are made
again alone. Anything else (a sidecar changed, articles added or removed, a new actor, many
edits) plans every file as before.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from generator.content.entries import Entry
from generator.content.writer import (Planned, Sidecar, actor_extracted, mentioned, new_source, placed, plan,
                                      source_extracted, source_id)
from generator.errors import Problem
from generator.ingest.link import LinkedSource


@dataclass
class PlanMemo:
    """The last plan's inputs, what each article gave, and each file's part of the plan."""

    linked: list[LinkedSource] | None = None
    sidecars: dict[str, Sidecar] | None = None
    existing: dict[str, Entry] | None = None
    gave: list[dict[str, set[str]]] = field(default_factory=list)   # per article: actor -> forms
    forms: dict[str, Counter] = field(default_factory=dict)          # actor -> form -> articles
    sources: dict[str, set[str]] = field(default_factory=dict)       # actor -> source ids
    parts: dict[str, tuple] = field(default_factory=dict)            # path -> (write, note, proposal)


def replan(linked: list[LinkedSource], sidecars: dict[str, Sidecar], existing: dict[str, Entry],
           memo: PlanMemo) -> tuple[list[Planned], list[Problem], list[Planned]]:
    """`writer.plan(linked, sidecars, existing)`, going only through what changed since `memo`'s."""
    old = memo.linked
    if (old is None or len(old) != len(linked) or memo.sidecars != sidecars
            or any(item.new_actors for item in linked)):
        return _afresh(linked, sidecars, existing, memo)
    edited = [n for n, (a, b) in enumerate(zip(old, linked)) if a is not b]
    if len(edited) > max(8, len(linked) // 50) or any(
            old[n].extraction.seed != linked[n].extraction.seed for n in edited):
        return _afresh(linked, sidecars, existing, memo)
    before = memo.existing
    paths = {p for p in existing.keys() | before.keys() if existing.get(p) is not before.get(p)}
    actors: set[str] = set()
    for n in edited:
        was, now = memo.gave[n], mentioned(linked[n])
        sid = source_id(linked[n].extraction.seed)
        for aid in was.keys() | now.keys():
            if was.get(aid) != now.get(aid):
                actors.add(aid)
                memo.forms.setdefault(aid, Counter()).subtract(was.get(aid, ()))
                memo.forms[aid].update(now.get(aid, ()))
                if aid in now:
                    memo.sources.setdefault(aid, set()).add(sid)
                elif aid in was:
                    memo.sources[aid].discard(sid)
        memo.gave[n] = now
        paths.add(f"content/sources/{sid}.md")
    at = {f"content/sources/{source_id(item.extraction.seed)}.md": n for n, item in enumerate(linked)}
    for path in paths:
        if path.startswith("content/actors/"):
            actors.add(path.removeprefix("content/actors/").removesuffix(".md"))
        elif path in at:
            item = linked[at[path]]
            data = source_extracted(item, sidecars.get(item.extraction.seed))
            sid = source_id(item.extraction.seed)
            _keep(memo, path, placed(path, data, lambda: new_source(sid, item.extraction.seed, data), existing))
    for aid in actors:
        path = f"content/actors/{aid}.md"
        if path not in existing:            # only a new actor's entry is created, and there is none
            memo.parts.pop(path, None)
            continue
        forms = {form for form, count in memo.forms.get(aid, {}).items() if count > 0}
        _keep(memo, path, placed(path, actor_extracted(forms, memo.sources.get(aid, ())), None, existing))
    memo.linked, memo.existing = list(linked), dict(existing)
    return _plan_of(memo, at)


def _keep(memo: PlanMemo, path: str, part: tuple) -> None:
    if part == (None, None, None):
        memo.parts.pop(path, None)
    else:
        memo.parts[path] = part


def _plan_of(memo: PlanMemo, at: dict[str, int]) -> tuple[list[Planned], list[Problem], list[Planned]]:
    """The parts in the order `plan` gives them: sources in the articles' order, then actors by id."""
    order = sorted(memo.parts, key=lambda p: (0, at[p], "") if p in at else (1, 0, p))
    parts = [memo.parts[p] for p in order]
    return ([w for w, _, _ in parts if w is not None], [n for _, n, _ in parts if n is not None],
            [x for _, _, x in parts if x is not None])


def _afresh(linked: list[LinkedSource], sidecars: dict[str, Sidecar], existing: dict[str, Entry],
            memo: PlanMemo) -> tuple[list[Planned], list[Problem], list[Planned]]:
    """The whole plan, and the memo made anew from it (none while a new actor is being created)."""
    writes, notes, proposals = plan(linked, sidecars, existing)
    if any(item.new_actors for item in linked):
        memo.linked = None
        return writes, notes, proposals
    memo.linked, memo.sidecars, memo.existing = list(linked), dict(sidecars), dict(existing)
    memo.gave = [mentioned(item) for item in linked]
    memo.forms, memo.sources = {}, {}
    for item, gave in zip(linked, memo.gave):
        sid = source_id(item.extraction.seed)
        for aid, forms in gave.items():
            memo.forms.setdefault(aid, Counter()).update(forms)
            memo.sources.setdefault(aid, set()).add(sid)
    memo.parts = {}
    for kind, items in (("write", writes), ("proposal", proposals)):
        for planned in items:
            part = memo.parts.get(planned.path, (None, None, None))
            memo.parts[planned.path] = (planned, *part[1:]) if kind == "write" else (part[0], part[1], planned)
    for note in notes:
        part = memo.parts.get(note.path, (None, None, None))
        memo.parts[note.path] = (part[0], note, part[2])
    return writes, notes, proposals
