"""What each kind of entry may hold: the keys, their types and allowed values."""
from __future__ import annotations

from dataclasses import dataclass

from generator.content.entries import Entry
from generator.errors import Problem
from generator.extraction import ACTOR_TYPES, PRECISIONS
from generator.model import CAMPS
from generator.slugs import is_safe_id

STR, BOOL, LIST, DICT, INT = str, bool, list, dict, int
OPT = type(None)


@dataclass(frozen=True)
class Key:
    types: tuple
    required: bool = False
    choices: tuple = ()
    id: bool = False           # must be a safe id (one path segment)


SOURCE = {
    "id": Key((STR,), required=True, id=True),
    "seed": Key((STR,), required=True),
    "title": Key((STR, OPT)),
    "publisher": Key((STR, OPT)),
    "published": Key((STR, INT, OPT)),
    "url": Key((STR, OPT)),
    "rights": Key((STR, OPT), choices=("excerpts", "full", None)),
    "reviewed": Key((BOOL,)),
    "corrections": Key((DICT, OPT)),
    "extracted": Key((DICT,), required=True),
}
ACTOR = {
    "id": Key((STR,), required=True, id=True),
    "name": Key((STR,), required=True),
    "type": Key((STR,), required=True, choices=ACTOR_TYPES),
    "camp": Key((STR, OPT), choices=CAMPS + (None,)),
    "aliases": Key((LIST, OPT)),
    "same_as": Key((STR, OPT)),
    "distinct_from": Key((LIST, OPT)),
    "reviewed": Key((BOOL,)),
    "hidden": Key((BOOL,)),
    "extracted": Key((DICT, OPT)),
}
TOPIC = {
    "id": Key((STR,), required=True, id=True),
    "name": Key((STR,), required=True),
    "keywords": Key((LIST, OPT)),
}
EXTRACTED_SOURCE = {
    "title": Key((STR,), required=True),
    "paragraphs": Key((LIST,), required=True),
    "published_precision": Key((STR, OPT), choices=PRECISIONS + (None,)),
    "quotes": Key((LIST,)),
    "actors": Key((DICT,)),
    "topics": Key((DICT,)),
    "events": Key((LIST,)),
    "roles": Key((LIST,)),
    "captions": Key((LIST,)),
}

TYPE_NAMES = {str: "text", bool: "true or false", list: "a list", dict: "a mapping",
              int: "a number", type(None): "empty"}


def check(entry: Entry, schema: dict[str, Key], where: str = "") -> list[Problem]:
    """Problems with one mapping of an entry; `where` prefixes nested keys."""
    meta = entry.meta if not where else entry.meta.get(where.rstrip("."), {})
    problems = []
    line = entry.line_of(where.rstrip(".")) if where else None
    for name, key in schema.items():
        value = meta.get(name)
        at = line or entry.line_of(name) or 1
        if name not in meta or (value is None and key.required):
            if key.required:
                problems.append(Problem(entry.path, f"missing required key '{where}{name}'", at))
            continue
        if not isinstance(value, key.types) or (isinstance(value, bool) and bool not in key.types):
            wanted = " or ".join(TYPE_NAMES[t] for t in key.types if t is not OPT)
            problems.append(Problem(entry.path, f"'{where}{name}' must be {wanted}", at))
        elif key.choices and value not in key.choices:
            allowed = ", ".join(str(c) for c in key.choices if c is not None)
            problems.append(Problem(entry.path, f"'{where}{name}' must be one of {allowed}", at))
        elif key.id and not is_safe_id(value):
            problems.append(Problem(entry.path, f"'{where}{name}' must be lowercase letters, digits "
                                    "and hyphens (no '/', '..' or absolute path)", at))
    if not where:
        for name in meta:
            if name not in schema:
                problems.append(Problem(entry.path, f"unknown key '{name}' (known: {', '.join(schema)})",
                                        entry.line_of(str(name)), warning=True))
    return problems
