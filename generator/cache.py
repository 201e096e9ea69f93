"""The ingest cache: each article's extraction, kept under the hash of its text and of the extractor.

The key covers the seed's name and bytes, the generator's version and the source files of
the extractor itself, so an edited extractor never serves results of its older self.
"""
from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
from functools import lru_cache
from pathlib import Path

from generator import __version__
from generator.extraction import Extraction

PACKAGE = Path(__file__).resolve().parent
# What an extraction depends on: the contract, and every file of the extractor but linking,
# which runs after the cache (it reads the editor's entries, not just the article).
EXTRACTOR = (PACKAGE / "extraction.py", PACKAGE / "ingest")
NOT_EXTRACTOR = {"link.py"}


@lru_cache(maxsize=1)
def extractor_hash() -> str:
    digest = hashlib.sha256(__version__.encode())
    for place in EXTRACTOR:
        files = sorted(place.rglob("*")) if place.is_dir() else [place]
        for f in files:
            if f.is_file() and f.name not in NOT_EXTRACTOR and "__pycache__" not in f.parts:
                digest.update(f.relative_to(PACKAGE).as_posix().encode() + b"\0")
                digest.update(f.read_bytes() + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def generator_hash() -> str:
    """Every source file of the generator: a saved build state is only trusted by the same code."""
    digest = hashlib.sha256(__version__.encode())
    for f in sorted(PACKAGE.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            digest.update(f.relative_to(PACKAGE).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()


class IngestCache:
    """`.cache/ingest/<key>.pickle`, one file per article: written whole or not at all."""

    def __init__(self, folder: Path):
        self.folder = folder / "ingest"

    def key(self, seed_name: str, checksum: str) -> str:
        return hashlib.sha256(f"{extractor_hash()}\0{seed_name}\0{checksum}".encode()).hexdigest()

    def get(self, seed_name: str, checksum: str) -> Extraction | None:
        try:
            with open(self.folder / f"{self.key(seed_name, checksum)}.pickle", "rb") as f:
                found = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None       # missing, damaged or from another version: extract again
        return found if isinstance(found, Extraction) else None

    def put(self, extraction: Extraction) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = self.key(extraction.seed, extraction.checksum)
        tmp = self.folder / f".{name}.{os.getpid()}.tmp"
        try:
            tmp.write_bytes(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(self.folder / f"{name}.pickle")
        except OSError:
            tmp.unlink(missing_ok=True)     # a cache that cannot be written only costs time

    def keep_only(self, keys: set[str]) -> None:
        """Forget extractions of articles that are gone or changed, so the cache does not grow forever."""
        if not self.folder.is_dir():
            return
        for entry in os.scandir(self.folder):
            if entry.name.endswith(".pickle") and entry.name[:-7] not in keys:
                try:
                    os.unlink(entry.path)
                except OSError:
                    pass


class Kept:
    """Results of a pure step, kept between runs in `.cache/<name>.pickle` by a hash of everything
    the step reads (the caller's key). The table is trusted only when written by the same generator
    (the hash of its whole source, `generator_hash`) and Python, under the same `context` (library
    versions: whatever the caller's keys leave out); a damaged or foreign file is ignored. Only
    what a run looked up or made is written back, so the table does not grow with old entries."""

    def __init__(self, name: str, context: tuple = ()):
        self.name = name
        self.context = context
        self.old: dict = {}
        self.now: dict = {}

    def load(self, folder: Path) -> "Kept":
        try:
            with open(folder / f"{self.name}.pickle", "rb") as f:
                stamp, table = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError,
                ValueError, IndexError, MemoryError):
            return self         # missing, damaged or another format: computed again
        if stamp == (generator_hash(), sys.version, self.context) and isinstance(table, dict):
            self.old = table
        return self

    def get(self, key, default=None):
        found = self.now.get(key)
        if found is None:
            found = self.old.get(key)
            if found is None:
                return default
            self.now[key] = found
        return found

    def put(self, key, value) -> None:
        if len(self.now) < 500_000:         # a long-lived process does not grow it forever
            self.now[key] = value

    def save(self, folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".{self.name}.pickle.{os.getpid()}"
            tmp.write_bytes(pickle.dumps(((generator_hash(), sys.version, self.context), self.now),
                                         protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(folder / f"{self.name}.pickle")
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            pass                # a cache that cannot be written only costs time
        self.old, self.now = self.now, {}


def data_key(*parts: object) -> bytes | None:
    """A hash of plain data (what pickle can write), the same for equal data in any process: written
    without pickle's memo, so shared and unshared objects read alike. None when the data cannot
    be written so (a cycle, an object pickle refuses): the caller then computes without keeping."""
    out = io.BytesIO()
    writer = pickle.Pickler(out, protocol=5)
    writer.fast = True
    try:
        writer.dump(parts)
    except (pickle.PicklingError, TypeError, ValueError, AttributeError, RecursionError):
        return None
    return hashlib.blake2b(out.getbuffer(), digest_size=20).digest()
