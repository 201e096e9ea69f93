"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

The extractor's rules are some 600 regular expressions. Compiling them is Python code (the
`re` module's parser and code generator) and took about 0.3 s at every start: a quarter of a
cold build of the five seeds, and of every command-line call that ingests. What the compiler
makes of a pattern is plain data (a list of integers and the group names), so it is kept in a
file beside the package's bytecode and handed straight to the matching engine on the next start.

The file is named after the source of the rules (a new one when a rule changes) and stamped with
the exact Python build and the engine's version; every pattern in it is keyed by its text and flags. Another Python, a damaged, missing or unwritable file, or a `re` without the
pieces used here all fall back to compiling as usual: the cache changes how long a start takes,
never what a pattern matches (tests/test_patterns.py compares every kept pattern with a fresh
`re.compile`).
"""
from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path

try:                                # CPython's engine and compiler (3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:                 # pragma: no cover - another Python: compile as usual
    _sre = None

_re_compile = re.compile
_HERE = Path(__file__).resolve().parent
_FOLDER = _HERE / "__pycache__"
_PREFIX = f"patterns.{sys.implementation.cache_tag}."
FILE: Path | None = None            # where the table is kept; by default named after the rules' source
_STAMP = (sys.version, getattr(_sre, "MAGIC", None), 1)
_LIMIT = 3000                       # entries; past it, only what this run used is kept

_table: dict | None = None          # (pattern, flags) -> compiler output, read from the file
_new: dict = {}                     # compiled in this run, not yet in FILE
_used: set = set()
_saving_at_exit = False


def _parts(pattern: str, flags: int) -> tuple:
    """What re's compiler hands the engine for pattern (as re._compiler.compile does)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # (the code holds named int constants; plain ints are what marshal can keep)
    return (int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, groupindex,
            tuple(indexgroup))


def _file() -> Path:
    """The table's file, named after the source of the rules that compile patterns: an edited
    rule makes a new file (and the old one is removed), so patterns of older rules never pile up."""
    global FILE
    if FILE is None:
        digest = hashlib.blake2b(digest_size=8)
        folder = _HERE / "ingest"           # (no glob: it compiles a pattern, which comes back here)
        for name in sorted(n for n in os.listdir(folder) if n.endswith(".py")):
            digest.update(name.encode() + b"\0" + (folder / name).read_bytes() + b"\0")
        FILE = _FOLDER / f"{_PREFIX}{digest.hexdigest()}.marshal"
    return FILE


def _read() -> dict:
    try:
        stamp, table = marshal.loads(_file().read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if stamp == _STAMP and isinstance(table, dict) else {}


def compile(pattern, flags=0) -> re.Pattern:
    """re.compile(pattern, flags), from the kept compiler output when there is one."""
    global _table, _saving_at_exit
    if isinstance(flags, re.RegexFlag):
        flags = flags.value
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return _re_compile(pattern, flags)
    key = (pattern, flags)
    if _table is None:
        _table = _read()
    parts = _table.get(key) or _new.get(key)
    if parts is None:
        try:
            parts = _parts(pattern, flags)
        except (AttributeError, TypeError):     # pragma: no cover - a re unlike CPython 3.11's
            return _re_compile(pattern, flags)
        if not _saving_at_exit:      # (patterns compiled on first use, after the imports)
            atexit.register(save)
            _saving_at_exit = True
        _new[key] = parts
    _used.add(key)
    try:
        return _sre.compile(pattern, *parts)
    except (TypeError, ValueError, RuntimeError):   # a stale or foreign entry: compile afresh
        _table.pop(key, None)
        _new.pop(key, None)
        return _re_compile(pattern, flags)


def save() -> None:
    """Write the table when this run compiled something new; quietly skip when it cannot."""
    global _table
    if not _new:
        return
    table = {**(_table or {}), **_new}
    if len(table) > _LIMIT:
        table = {k: v for k, v in table.items() if k in _used}
    path = _file()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        tmp.write_bytes(marshal.dumps((_STAMP, table)))
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return
    if path.parent == _FOLDER:              # the tables of older rules
        for name in os.listdir(_FOLDER):
            if name.startswith(_PREFIX) and name.endswith(".marshal") and name != path.name:
                with contextlib.suppress(OSError):
                    (_FOLDER / name).unlink()
    _table = table
    _new.clear()


@contextlib.contextmanager
def kept():
    """While importing modules that compile their patterns at import (`re.compile(...)` at
    module level), route re.compile through this cache; then write what was new."""
    re.compile = compile
    try:
        yield
    finally:
        re.compile = _re_compile
        save()
