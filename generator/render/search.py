"""The full-text search index: Pagefind over the rendered pages, in one run of its binary.

The pages are placed in a temporary folder, each cut to what the indexer reads (generator/render/
searchable.py: less for the indexer to read, the same index), and indexed by one `pagefind` process (the
binary of the pagefind_bin package, or PAGEFIND_BINARY_PATH), whose files are read back once
it has exited. The binary's command line is used rather than the Python API's service: the
service answers one message per tenth of a second, and the files it writes could be read
before it finished them; a finished process leaves finished files, which are checked all the
same (an empty or broken pagefind-entry.json would break search without a sound).
Result URLs are relative to the site root; the theme's search.js loads the bundle relative to
itself and sets Pagefind's baseUrl from where it was loaded, so search works under a subpath.
"""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from generator.errors import Problem, SiteError
from generator.render.searchable import searchable
from generator.sitefiles import SiteFiles

FOLDER = "pagefind"
ENTRY = f"{FOLDER}/pagefind-entry.json"
# Pagefind's own ready-made interfaces are not used: the theme has its own, framework-free.
UNUSED = ("pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui", "pagefind-highlight")


def _binary() -> Path:
    from pagefind.service import get_executable     # PAGEFIND_BINARY_PATH, pagefind_bin, PATH
    found = get_executable()
    if found is None:
        raise FileNotFoundError("no pagefind binary (pip install 'pagefind[bin]')")
    return found


def _problem(message: str) -> SiteError:
    return SiteError([Problem("pagefind", f"the search index could not be built: {message}")])


def search_index(pages: Mapping[str, bytes], language: str, niceness: int = 0) -> dict[str, bytes]:
    """{output path: HTML} of the pages to index → the files of output/pagefind/.
    `niceness` lowers the indexer's priority, so that it runs in the background of other work.
    A run that fails is run once more before the build stops: now and then Pagefind leaves an
    empty entry file, or finds no pages in a folder that holds them, and does right the next time."""
    try:
        return _index(pages, language, niceness)
    except SiteError:
        return _index(pages, language, niceness)


def _index(pages: Mapping[str, bytes], language: str, niceness: int) -> dict[str, bytes]:
    """One run of the binary."""
    # beside the pages: the same file system, and the same room for them
    near = pages.folder.parent if isinstance(pages, SiteFiles) and pages.folder is not None else None
    if near is not None and not os.access(near, os.W_OK):
        near = None
    try:
        with tempfile.TemporaryDirectory(prefix=".pagefind-", dir=near) as tmp:
            # absolute: the binary runs in the folder, and a site root given as a relative
            # path would otherwise be looked for inside it
            site, out = Path(tmp).resolve() / "site", Path(tmp).resolve() / FOLDER
            made: set[Path] = set()
            for rel in sorted(pages):
                file = site / rel
                if file.parent not in made:
                    file.parent.mkdir(parents=True, exist_ok=True)
                    made.add(file.parent)
                file.write_bytes(searchable(pages[rel]))
            run = subprocess.run([str(_binary()), "--site", str(site), "--output-path", str(out),
                                  "--force-language", language or "en", "--silent"],
                                 cwd=tmp, capture_output=True, text=True,
                                 preexec_fn=(lambda: os.nice(niceness)) if niceness else None)
            if run.returncode != 0:
                said = (run.stderr or run.stdout).strip().splitlines()
                raise _problem(said[-1] if said else f"pagefind exited with status {run.returncode}")
            files = {f"{FOLDER}/{f.relative_to(out).as_posix()}": f.read_bytes()
                     for f in sorted(out.rglob("*"))
                     if f.is_file() and not f.name.startswith(UNUSED)}
    except OSError as err:
        raise _problem(str(err)) from None
    try:
        json.loads(files.get(ENTRY, b""))
    except ValueError:
        raise _problem(f"{ENTRY} came out empty or incomplete") from None
    return files
