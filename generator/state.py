"""The last build's record (`.cache/build-state.pickle`) and the look at the files that tells
whether anything changed since. A build with nothing to do is answered from here before the rest
of the generator is imported: the extractor's hundreds of patterns and Jinja took about a second
to load, longer than the look itself at 10,000 articles."""
from __future__ import annotations

import hashlib
import os
import pickle
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cache import generator_hash
from generator.config import Paths, Settings
from generator.content import KINDS
from generator.errors import Problem
from generator.sitefiles import SiteFiles

if TYPE_CHECKING:
    from generator.model import Site

STATE_FILE = "build-state.pickle"
RACY_NS = 100_000_000        # a file changed this recently may change again within the same tick
COARSE_RACY_NS = 2_000_000_000   # on file systems that keep whole seconds only

Sig = tuple[int, int, int]   # size, modification time (ns), inode


@dataclass
class BuildResult:
    pages_written: int = 0
    pages_unchanged: int = 0
    entries_written: int = 0
    seconds: float = 0.0
    warnings: list[Problem] = field(default_factory=list)
    site: Site | None = None
    files: SiteFiles = field(default_factory=lambda: SiteFiles({}))   # the site as built
    pages_rendered: int = 0                                  # pages whose template ran this time
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    def summary(self) -> str:
        return (f"Built {self.pages_written + self.pages_unchanged} files "
                f"({self.pages_written} written, {self.pages_unchanged} unchanged), "
                f"{self.entries_written} entries updated, {len(self.warnings)} warnings "
                f"in {self.seconds:.2f} s")


def signature(st: os.stat_result) -> Sig:
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def scan(folder: Path, suffixes: tuple[str, ...], recursive: bool = False,
         hidden: bool = False, follow: bool = True) -> dict[str, Sig]:
    """{file name (or path below folder): signature} of the visible files with these suffixes;
    `follow=False` takes a symlink as itself (listed, with its own signature), not as its target."""
    found: dict[str, Sig] = {}
    if not folder.is_dir():
        return found
    stack = [(str(folder), "")]          # plain strings: a Path per folder cost more than its stat
    while stack:
        place, prefix = stack.pop()
        with os.scandir(place) as it:
            for e in it:
                name = e.name
                if name[0] == "." and not hidden:
                    continue
                if e.is_dir(follow_symlinks=follow):
                    if recursive:
                        stack.append((e.path, f"{prefix}{name}/"))
                elif (e.is_file() or not follow) and (not suffixes or name.endswith(suffixes)):
                    st = e.stat(follow_symlinks=follow)
                    found[prefix + name] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return found


def trusted(old: Sig | None, new: Sig, scanned_ns: int) -> bool:
    """Same size, time and inode as when last looked at (at `scanned_ns`), and already old
    then, so that no rewrite within the same clock tick can hide behind the same signature."""
    return old == new and not racy(new, scanned_ns)


def racy(sig: Sig, scanned_ns: int) -> bool:
    window = RACY_NS if sig[1] % 1_000_000_000 else COARSE_RACY_NS
    return scanned_ns - sig[1] <= window


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def state_key(paths: Paths, settings: Settings, do_ingest: bool) -> tuple:
    return (generator_hash(), repr(settings), do_ingest, str(paths.root), str(paths.theme))


def inputs(paths: Paths) -> dict[str, Sig]:
    found = {f"seeds/{n}": s for n, s in scan(paths.seeds, ()).items()}
    for kind in KINDS:
        found.update({f"content/{kind}/{n}": s for n, s in scan(paths.content / kind, (".md",)).items()})
    found.update({f"theme/{n}": s for n, s in scan(paths.theme, (), recursive=True).items()})
    return found


def last_state(paths: Paths) -> dict | None:
    try:
        with open(paths.cache / STATE_FILE, "rb") as f:
            state = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    return state if isinstance(state, dict) else None


def _racy_text(paths: Paths, rel: str) -> str | None:
    """A file's text as a build reads it (only for files saved too recently to trust their time)."""
    if rel.startswith("seeds/"):
        from generator.seeds import Seed, read_seed
        seed = read_seed(paths.seeds / rel[6:])
        return seed.text if isinstance(seed, Seed) else None
    from generator.content.entries import Entry, read
    got = read(paths.root / rel, paths.root)
    return got.text if isinstance(got, Entry) else None


def unchanged_since_last(paths: Paths, key: tuple, state: dict | None) -> BuildResult | None:
    """The last build's result when no input and no output file changed since it: nothing to do."""
    if state is None or state.get("key") != key:
        return None
    if inputs(paths) != state["inputs"]:
        return None
    for rel, digest in state["racy"].items():      # too recent to trust: compare the text
        text = _racy_text(paths, rel)
        if text is None or text_digest(text) != digest:
            return None
    # one pass over output/: the same files, none changed (a symlink is never one of ours)
    if scan(paths.output, (), recursive=True, hidden=True, follow=False) != state["output"]:
        return None
    return BuildResult(pages_unchanged=len(state["output"]), warnings=state["warnings"])


def nothing_to_do(paths: Paths, settings: Settings, do_ingest: bool = True) -> BuildResult | None:
    """The last build's result, when nothing changed since it (see `generator.build.build`)."""
    started = time.perf_counter()
    result = unchanged_since_last(paths, state_key(paths, settings, do_ingest), last_state(paths))
    if result is not None:
        result.seconds = time.perf_counter() - started
    return result
