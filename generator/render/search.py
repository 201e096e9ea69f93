"""The full-text search index: Pagefind over the rendered pages, in one run of its binary.

The pages are placed in a folder, each cut to what the indexer reads (generator/render/
searchable.py: less for the indexer to read, the same index), and indexed by one `pagefind` process (the
binary of the pagefind_bin package, or PAGEFIND_BINARY_PATH), whose files are read back once
it has exited. A build keeps that folder in the site's cache (`.cache/search/`) and writes again only
the pages that changed: creating and removing files costs 1-2 ms each on a virtual disk, more than
cutting the page, so a build of the five seeds spent a third of a second there and one at 1,000
articles seconds. The binary's command line is used rather than the Python API's service: the
service answers one message per tenth of a second, and the files it writes could be read
before it finished them; a finished process leaves finished files, which are checked all the
same (an empty or broken pagefind-entry.json would break search without a sound).
Result URLs are relative to the site root; the theme's search.js loads the bundle relative to
itself and sets Pagefind's baseUrl from where it was loaded, so search works under a subpath.
"""
from __future__ import annotations

import importlib.util
import json
import os
import pickle
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from generator.errors import Problem, SiteError
from generator.render import searchable as searchable_module
from generator.render.searchable import searchable
from generator.sitefiles import SiteFiles, digest

try:
    import fcntl
except ImportError:                     # no file locks here: every run uses a folder of its own
    fcntl = None

FOLDER = "pagefind"
ENTRY = f"{FOLDER}/pagefind-entry.json"
# Pagefind's own ready-made interfaces are not used: the theme has its own, framework-free.
UNUSED = ("pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui", "pagefind-highlight")


def _binary() -> Path:
    """The indexer's binary, looked for where pagefind's own Python package looks (its variable
    PAGEFIND_BINARY_PATH, the extended and plain binary packages, PATH), without importing that
    package's service, which imports asyncio and ssl (some 70 ms of every build)."""
    named = os.environ.get("PAGEFIND_BINARY_PATH")
    if named:
        return Path(named)
    for package in ("pagefind_bin_extended", "pagefind_bin"):
        spec = importlib.util.find_spec(package)     # found, not imported (it imports platform)
        if spec is not None and spec.origin is not None:
            for name in ("pagefind_extended", "pagefind", "pagefind_extended.exe", "pagefind.exe"):
                if (Path(spec.origin).parent / name).is_file():
                    return Path(spec.origin).parent / name
    found = shutil.which("pagefind_extended") or shutil.which("pagefind")
    if found is None:
        raise FileNotFoundError("no pagefind binary (pip install 'pagefind[bin]')")
    return Path(found)


def _problem(message: str) -> SiteError:
    return SiteError([Problem("pagefind", f"the search index could not be built: {message}")])


def search_index(pages: Mapping[str, bytes], language: str, niceness: int = 0,
                 keep: Path | None = None, into: Path | None = None) -> dict[str, bytes]:
    """{output path: HTML} of the pages to index → the files of output/pagefind/.
    `niceness` lowers the indexer's priority, so that it runs in the background of other work.
    `keep`: a folder where the cut pages stay for the next run (the site's cache).
    `into`: where the index's files are to end up (the staging copy of output/pagefind/): the
    indexer writes them there, and they are read back, not copied.
    A run that fails is run once more before the build stops: now and then Pagefind leaves an
    empty entry file, or finds no pages in a folder that holds them, and does right the next time."""
    try:
        return _index(pages, language, niceness, keep, into)
    except SiteError:
        return _index(pages, language, niceness, keep, into)


def _index(pages: Mapping[str, bytes], language: str, niceness: int, keep: Path | None,
           into: Path | None) -> dict[str, bytes]:
    """One run of the binary."""
    with _pages_folder(pages, keep) as (site, work):
        scratch = None
        try:
            if into is not None:
                shutil.rmtree(into, ignore_errors=True)         # a failed run's files
                target = into.resolve()
            else:
                scratch = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=work)).resolve()
                target = scratch / FOLDER
            run = subprocess.run([str(_binary()), "--site", str(site), "--output-path", str(target),
                                  "--force-language", language or "en", "--silent"],
                                 cwd=work, capture_output=True, text=True,
                                 preexec_fn=(lambda: os.nice(niceness)) if niceness else None)
            if run.returncode != 0:
                said = (run.stderr or run.stdout).strip().splitlines()
                raise _problem(said[-1] if said else f"pagefind exited with status {run.returncode}")
            files = {}
            for f in sorted(target.rglob("*")):
                if not f.is_file():
                    continue
                if f.name.startswith(UNUSED):
                    if into is not None:
                        f.unlink()
                    continue
                files[f"{FOLDER}/{f.relative_to(target).as_posix()}"] = f.read_bytes()
        except OSError as err:
            raise _problem(str(err)) from None
        finally:
            if scratch is not None:
                _remove_meanwhile(scratch)
    try:
        json.loads(files.get(ENTRY, b""))
    except ValueError:
        raise _problem(f"{ENTRY} came out empty or incomplete") from None
    return files


# -- the folder of cut pages the indexer reads

_CUT = digest(Path(searchable_module.__file__).read_bytes())   # a new cutter cuts every page again
_MANIFEST = "pages.pickle"


@contextmanager
def _pages_folder(pages: Mapping[str, bytes], keep: Path | None) -> Iterator[tuple[Path, Path]]:
    """(folder holding exactly these pages, cut; a folder for the run's own files), for the
    length of one run. In `keep` when it can be locked (a preview and a command-line build of one
    site may index at once), the pages unchanged since the last run left as they are; otherwise
    in a temporary folder beside the pages, removed afterwards."""
    if keep is not None and fcntl is not None and isinstance(pages, SiteFiles):
        try:
            keep.mkdir(parents=True, exist_ok=True)
            lock = open(keep / "lock", "ab")
        except OSError:
            lock = None
        if lock is not None:
            with lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                try:
                    yield _kept(keep, pages), keep
                    return
                finally:
                    fcntl.flock(lock, fcntl.LOCK_UN)
    # beside the pages: the same file system, and the same room for them
    near = pages.folder.parent if isinstance(pages, SiteFiles) and pages.folder is not None else None
    if near is not None and not os.access(near, os.W_OK):
        near = None
    try:
        tmp = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=near)).resolve()
    except OSError as err:
        raise _problem(str(err)) from None
    try:
        site = tmp / "site"
        for rel in sorted(pages):
            file = site / rel
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(searchable(pages[rel]))
        yield site, tmp
    except OSError as err:
        raise _problem(str(err)) from None
    finally:
        _remove_meanwhile(tmp)


def _kept(keep: Path, pages: SiteFiles) -> Path:
    """keep/site made to hold these pages, cut: a page whose digest (and the cutter) and file
    size are as the manifest says is not written again; any other file there is removed."""
    site = keep.resolve() / "site"
    manifest = keep / _MANIFEST
    try:
        known = pickle.loads(manifest.read_bytes())
        if not isinstance(known, dict) or known.get("cut") != _CUT:
            known = {}
    except (OSError, pickle.PickleError, EOFError, ValueError, TypeError, AttributeError):
        known = {}
    old: dict[str, tuple[bytes, int]] = known.get("pages", {}) if known else {}
    try:
        if not old and site.exists():           # pages nobody vouches for: none of them stays
            aside = keep / f".old-{os.getpid()}-{threading.get_ident()}"
            site.rename(aside)
            _remove_meanwhile(aside)
        manifest.unlink(missing_ok=True)        # until the folder is whole again, nothing is vouched for
        made: dict[str, tuple[bytes, int]] = {}
        for rel in sorted(pages):
            file = site / rel
            dg = pages.digests[rel]
            was = old.get(rel)
            if was is not None and was[0] == dg:
                try:
                    if file.stat().st_size == was[1]:
                        made[rel] = was
                        continue
                except OSError:
                    pass
            data = searchable(pages[rel])
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(data)
            made[rel] = (dg, len(data))
        for folder, _, names in os.walk(site):      # whatever else is there would be indexed too
            for name in names:
                file = Path(folder, name)
                if file.relative_to(site).as_posix() not in made:
                    file.unlink()
        manifest.write_bytes(pickle.dumps({"cut": _CUT, "pages": made}, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as err:
        raise _problem(str(err)) from None
    return site


def _remove_meanwhile(folder: Path) -> None:
    """Remove a folder of the indexer's in the background, while the build places its files
    (removing is as slow as creating); the interpreter waits for it at exit."""
    threading.Thread(target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True},
                     name="search-cleanup").start()
