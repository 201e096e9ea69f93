"""Front matter already parsed, kept under a hash of its YAML text.

Building the data of a YAML block in Python costs more than reading the file, extracting nothing
and rendering its page together: a cold build parses every entry it has just written, and every
later build parses every entry again. The data of a block is a function of its text alone, so it
is kept here as a pickle (a fresh copy on every use, which no caller can alter for another) and
`.cache/front-matter.pickle` keeps it between runs. Entries that fail to parse are never kept:
their problems are found again each time.
"""
from __future__ import annotations

import hashlib
import math
import os
import pickle
from pathlib import Path
from typing import Iterable

import yaml

FILE = "front-matter.pickle"
# The parser's version is part of the file's identity: another PyYAML may read a text otherwise.
VERSION = f"1 {yaml.__version__} {getattr(yaml, '__with_libyaml__', False)}"

_known: dict[bytes, bytes] = {}      # hash of the block's text -> its data, pickled


def key(head: str) -> bytes:
    return hashlib.blake2b(head.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def lookup(head: str) -> dict | None:
    blob = _known.get(key(head))
    return pickle.loads(blob) if blob is not None else None


def known(head: str) -> bool:
    """Whether this block's data is kept (parsing it then costs no YAML)."""
    return key(head) in _known


def remember(head: str, meta: dict) -> None:
    """`meta` is what parsing `head` gives (or would give: see `plain`)."""
    try:
        _known[key(head)] = pickle.dumps(meta, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        pass


def plain(data: object) -> bool:
    """Data that the safe YAML dumper writes and the loader reads back as equal, in the same key
    order: strings, whole and finite numbers, booleans, None, lists, and mappings with string
    keys. Only such data, freshly dumped, may stand for the parse of the text it became."""
    kind = type(data)
    if kind is str or kind is bool or kind is int or data is None:
        return True
    if kind is float:
        return math.isfinite(data)
    if kind is list:
        return all(plain(x) for x in data)
    if kind is dict:
        return all(type(k) is str and plain(v) for k, v in data.items())
    return False


def load(folder: Path) -> None:
    """What the last run kept, when it was kept by this parser."""
    try:
        with open(folder / FILE, "rb") as f:
            version, known = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError,
            ValueError):
        return                  # missing, damaged or another format: parse again
    if version == VERSION and isinstance(known, dict):
        for k, v in known.items():
            _known.setdefault(k, v)


def save(folder: Path, heads: Iterable[str]) -> None:
    """Keep the data of these blocks (the entries content/ holds now) for the next run."""
    keep = {}
    for head in heads:
        k = key(head)
        if k in _known:
            keep[k] = _known[k]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{FILE}.{os.getpid()}"
        tmp.write_bytes(pickle.dumps((VERSION, keep), protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(folder / FILE)
    except OSError:
        pass                    # a cache that cannot be written only costs time
