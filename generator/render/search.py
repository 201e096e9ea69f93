"""The full-text search index: Pagefind, through its Python API, over the rendered pages.

The pages are handed over as one folder (one request: the service answers one message per
tenth of a second, so a request per page would cost minutes on a large site). Result URLs are
relative to the site root; the theme's search.js loads the bundle relative to itself and sets
Pagefind's baseUrl from where it was loaded, so search works when the site lives under a subpath.
"""
from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from generator.errors import Problem, SiteError

FOLDER = "pagefind"
# Pagefind's own ready-made interfaces are not used: the theme has its own, framework-free.
UNUSED = ("pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui", "pagefind-highlight")


async def _index(site: Path, language: str, out: Path) -> None:
    from pagefind.index import IndexConfig
    from pagefind.service import PagefindService

    service = await PagefindService().launch()
    try:
        index = await service.create_index(IndexConfig(force_language=language))
        await index.add_directory(str(site))
        await index.write_files(output_path=str(out))
    finally:
        await service.close()


def search_index(pages: dict[str, bytes], language: str) -> dict[str, bytes]:
    """{output path: HTML} of the pages to index → the files of output/pagefind/."""
    try:
        with tempfile.TemporaryDirectory(prefix="pagefind-") as tmp:
            site, out = Path(tmp) / "site", Path(tmp) / FOLDER
            for rel, html in sorted(pages.items()):
                (site / rel).parent.mkdir(parents=True, exist_ok=True)
                (site / rel).write_bytes(html)
            asyncio.run(_index(site, language or "en", out))
            return {f"{FOLDER}/{f.relative_to(out).as_posix()}": f.read_bytes()
                    for f in sorted(out.rglob("*"))
                    if f.is_file() and not f.name.startswith(UNUSED)}
    except (OSError, FileNotFoundError) as err:
        raise SiteError([Problem("pagefind", f"the search index could not be built: {err}")]) from None
