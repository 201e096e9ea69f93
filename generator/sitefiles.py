"""The files of a built site: every file's digest in memory, most files' bytes on disk.

A site of 10,000 articles is over two gigabytes of HTML; holding it in memory was most of a build's
peak. Pages are written where they will be published as soon as they render (the staging copy of
output/, see generator/build.py) and a build keeps only their digests: enough to tell what changed,
to reuse what did not, and to check a file read back. Small files (static assets, open data, the
search index) and pages not yet written to disk stay in memory as bytes.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Callable, Iterator

Digest = bytes


def digest(data: bytes) -> Digest:
    return hashlib.sha256(data).digest()[:16]


class SiteFiles(Mapping):
    """{relative path: bytes}, read on demand. `held` are files whose bytes are in memory; every other
    file is read from `folder` and checked against its digest. `again(path)` gives a file's bytes
    when the folder no longer holds them (a page changed in output/ by hand): its page renders again.
    Immutable: a new build or a new search index makes a new SiteFiles."""

    def __init__(self, digests: dict[str, Digest], held: Mapping[str, bytes] | None = None,
                 folder: Path | None = None, again: Callable[[str], bytes] | None = None):
        self.digests = digests
        self.held = dict(held or {})
        self.folder = folder
        self.again = again

    @classmethod
    def in_memory(cls, files: Mapping[str, bytes]) -> SiteFiles:
        return cls({rel: digest(data) for rel, data in files.items()}, files)

    def __getitem__(self, rel: str) -> bytes:
        data = self.held.get(rel)
        if data is not None:
            return data
        expected = self.digests[rel]
        data = self._read(rel)
        if data is not None and digest(data) == expected:
            return data
        if self.again is not None:
            return self.again(rel)
        raise KeyError(rel)

    def _read(self, rel: str) -> bytes | None:
        if self.folder is None:
            return None
        # output/ is swapped for its new copy by two renames: a read between them finds nothing
        for _ in range(50):
            try:
                return (self.folder / rel).read_bytes()
            except FileNotFoundError:
                if self.folder.exists():
                    return None
                time.sleep(0.002)
            except OSError:
                return None
        return None

    def on_disk(self, rel: str) -> Path | None:
        """The file that holds these bytes (to link rather than copy), when they are not in memory."""
        if rel in self.held or self.folder is None:
            return None
        return self.folder / rel

    def __iter__(self) -> Iterator[str]:
        return iter(self.digests)

    def __len__(self) -> int:
        return len(self.digests)

    def __contains__(self, rel: object) -> bool:
        return rel in self.digests

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SiteFiles):
            return self.digests == other.digests
        return Mapping.__eq__(self, other)

    __hash__ = None

    def only(self, paths: list[str]) -> SiteFiles:
        """These files alone (as the search index reads them)."""
        return SiteFiles({p: self.digests[p] for p in paths},
                         {p: self.held[p] for p in paths if p in self.held}, self.folder, self.again)

    def updated(self, held: Mapping[str, bytes], drop_prefix: str | None = None) -> SiteFiles:
        """These files with `held` added or replaced; files under `drop_prefix` left out first."""
        digests = {p: d for p, d in self.digests.items()
                   if drop_prefix is None or not p.startswith(drop_prefix)}
        kept = {p: b for p, b in self.held.items() if p in digests}
        for rel, data in held.items():
            digests[rel] = digest(data)
            kept[rel] = data
        return SiteFiles(digests, kept, self.folder, self.again)

    def moved(self, folder: Path) -> SiteFiles:
        return SiteFiles(self.digests, self.held, folder, self.again)

