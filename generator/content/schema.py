"""What each kind of entry may hold: the keys, their types and allowed values, down to the
items of the machine's lists, so that the loader only ever meets data of the expected shape."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.content.entries import Entry
from generator.errors import Problem
from generator.extraction import ACTOR_TYPES, PRECISIONS
from generator.model import CAMPS
from generator.slugs import is_safe_id

STR, BOOL, LIST, DICT, INT, DATE = str, bool, list, dict, int, dt.date
OPT = type(None)
PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
WEB_URL = re.compile(r"https?://[^\s/]+\S*", re.I)


@dataclass(frozen=True)
class Key:
    types: tuple
    required: bool = False
    choices: tuple = ()
    id: bool = False           # must be a safe id (one path segment)
    each: Key | dict | None = None   # a list's items, or a mapping's values: a Key, or the keys of a mapping
    ids: bool = False          # a mapping whose keys are safe ids
    date: bool = False         # YYYY, YYYY-MM or YYYY-MM-DD
    url: bool = False          # an http(s) address: never javascript:, data:, a file path
    file: bool = False         # a plain file name, no folder


ID_LIST = Key((LIST, OPT), each=Key((STR,), id=True))
PARAGRAPHS = Key((LIST, OPT), each=Key((INT,)))
CORRECTION = {"speaker": Key((STR, OPT), id=True), "hidden": Key((BOOL, OPT))}

SOURCE = {
    "id": Key((STR,), required=True, id=True),
    "seed": Key((STR,), required=True, file=True),
    "title": Key((STR, OPT)),
    "publisher": Key((STR, OPT)),
    "published": Key((STR, INT, DATE, OPT), date=True),
    "url": Key((STR, OPT), url=True),
    "rights": Key((STR, OPT), choices=("excerpts", "full", None)),
    "reviewed": Key((BOOL,)),
    "corrections": Key((DICT, OPT), each={
        "quotes": Key((DICT, OPT), ids=True, each=Key((DICT, OPT), each=CORRECTION)),
    }),
    "extracted": Key((DICT,), required=True),
}
ACTOR = {
    "id": Key((STR,), required=True, id=True),
    "name": Key((STR,), required=True),
    "type": Key((STR,), required=True, choices=ACTOR_TYPES),
    "camp": Key((STR, OPT), choices=CAMPS + (None,)),
    "aliases": Key((LIST, OPT), each=Key((STR,))),
    "same_as": Key((STR, OPT), id=True),
    "distinct_from": ID_LIST,
    "reviewed": Key((BOOL,)),
    "hidden": Key((BOOL,)),
    "extracted": Key((DICT, OPT), each={
        "forms": Key((LIST, OPT), each=Key((STR,))),
        "sources": ID_LIST,
    }),
}
TOPIC = {
    "id": Key((STR,), required=True, id=True),
    "name": Key((STR,), required=True),
    "keywords": Key((LIST, OPT), each=Key((STR,))),
}
EXTRACTED_SOURCE = {
    "title": Key((STR,), required=True),
    "paragraphs": Key((LIST,), required=True, each=Key((STR,))),
    "published": Key((STR, INT, DATE, OPT), date=True),
    "published_precision": Key((STR, OPT), choices=PRECISIONS + (None,)),
    "url": Key((STR, OPT), url=True),
    "rights": Key((STR, OPT), choices=("excerpts", "full", None)),
    "quotes": Key((LIST, OPT), each=Key((DICT,), each={
        "id": Key((STR,), required=True, id=True),
        "paragraph": Key((INT,), required=True),
        "text": Key((STR,), required=True),
        "speaker": Key((STR, OPT), id=True),
        "speaker_name": Key((STR, OPT)),
        "cue": Key((STR, OPT)),
        "topics": ID_LIST,
    })),
    "actors": Key((DICT, OPT), ids=True, each=PARAGRAPHS),
    "topics": Key((DICT, OPT), ids=True, each=PARAGRAPHS),
    "events": Key((LIST, OPT), each=Key((DICT,), each={
        "date": Key((STR, INT, DATE), required=True, date=True),
        "precision": Key((STR, OPT), choices=PRECISIONS + (None,)),
        "text": Key((STR,), required=True),
        "paragraph": Key((INT,), required=True),
        "actors": ID_LIST,
    })),
    "roles": Key((LIST, OPT), each=Key((DICT,), each={
        "actor": Key((STR,), required=True, id=True),
        "title": Key((STR,), required=True),
        "organization": Key((STR, OPT), id=True),
        "paragraph": Key((INT,), required=True),
    })),
    "captions": Key((LIST, OPT), each=Key((DICT,), each={
        "text": Key((STR,), required=True),
        "credit": Key((STR, OPT)),
    })),
}

TYPE_NAMES = {str: "text", bool: "true or false", list: "a list", dict: "a mapping",
              int: "a number", dt.date: "a date", type(None): "empty"}
ID_RULE = "lowercase letters, digits and hyphens (no '/', '..' or absolute path)"


def _is(value: object, types: tuple) -> bool:
    if isinstance(value, bool):
        return bool in types
    if isinstance(value, dt.datetime):      # YAML reads '2019-07-01 10:00' as a datetime
        return False
    return isinstance(value, types)


def value_problems(name: str, value: object, key: Key) -> list[str]:
    """What is wrong with one value, as messages naming where it sits ('extracted.quotes[2].id')."""
    if not _is(value, key.types):
        wanted = " or ".join(TYPE_NAMES[t] for t in key.types if t is not OPT)
        return [f"'{name}' must be {wanted}"]
    if value is None:
        return []
    if key.choices and value not in key.choices:
        return [f"'{name}' must be one of {', '.join(str(c) for c in key.choices if c is not None)}"]
    if key.id and not is_safe_id(value):
        return [f"'{name}' must be {ID_RULE}, not {str(value)[:60]!r}"]
    if key.date and not PARTIAL_DATE.fullmatch(str(value)):
        return [f"'{name}' must be a date YYYY, YYYY-MM or YYYY-MM-DD"]
    if key.url and not WEB_URL.fullmatch(value):
        return [f"'{name}' must be a web address starting with https:// or http://"]
    if key.file and (not value or "/" in value or "\\" in value or value.startswith(".")):
        return [f"'{name}' must be a file name in seeds/, without a folder"]
    problems = []
    if isinstance(value, dict):
        if key.ids:
            problems += [f"'{name}' key {str(k)[:60]!r} must be {ID_RULE}"
                         for k in value if not is_safe_id(k)]
        if isinstance(key.each, dict):
            problems += mapping_problems(name + ".", value, key.each)
        elif isinstance(key.each, Key):
            for k, v in value.items():
                problems += value_problems(f"{name}.{k}", v, key.each)
    elif isinstance(value, list) and key.each is not None:
        for i, item in enumerate(value):
            problems += value_problems(f"{name}[{i + 1}]", item,
                                       key.each if isinstance(key.each, Key) else Key((DICT,), each=key.each))
    return problems


def mapping_problems(prefix: str, meta: dict, schema: dict[str, Key]) -> list[str]:
    problems = []
    for name, key in schema.items():
        value = meta.get(name)
        if name not in meta or (value is None and key.required):
            if key.required:
                problems.append(f"missing required key '{prefix}{name}'")
            continue
        problems += value_problems(prefix + name, value, key)
    return problems


def check(entry: Entry, schema: dict[str, Key], where: str = "") -> list[Problem]:
    """Problems with one mapping of an entry; `where` ('extracted.') names a nested mapping."""
    meta = entry.meta if not where else entry.meta.get(where.rstrip("."), {})
    problems = []
    for message in mapping_problems(where, meta, schema):
        top = message.split("'")[1].split(".")[0].split("[")[0]
        problems.append(Problem(entry.path, message, entry.line_of(top)))
    if not where:
        for name in meta:
            if name not in schema:
                problems.append(Problem(entry.path, f"unknown key '{name}' (known: {', '.join(schema)})",
                                        entry.line_of(str(name)), warning=True))
    return problems
