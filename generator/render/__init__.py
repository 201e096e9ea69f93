"""render: the Site → every file of output/, in memory, as {relative path: bytes}."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from jinja2 import Environment

from generator.config import Settings
from generator.model import Site
from generator.render.data import open_data
from generator.render.pages import TYPE_NAMES, Page, pages
from generator.render.search import search_index
from generator.render.svg import network_svg, timeline_svg
from generator.render.templates import environment, read_accuracy, render_page, static_files
from generator.render.views import Index

DEFAULT_THEME = Path(__file__).resolve().parent.parent.parent / "templates"


def render_site(site: Site, settings: Settings, templates: Path | None = None,
                render_pages: Callable[[Environment, list[Page]], dict[str, bytes]] | None = None,
                search: Callable[[dict[str, bytes], str], dict[str, bytes]] = search_index,
                ) -> dict[str, bytes]:
    """`render_pages(env, pages)` may stand in for rendering each page in turn, and `search` for
    `search_index`: the incremental build (generator/build.py) reuses unchanged pages and an
    unchanged search index, and spreads the rest over processes."""
    theme = templates or DEFAULT_THEME
    ix = Index.build(site)
    all_pages = pages(site, settings, ix)
    env = environment(theme, settings, site, {
        "network_svg": network_svg, "timeline_svg": timeline_svg,
        "accuracy": read_accuracy(), "all_pages": all_pages, "type_names": TYPE_NAMES,
    }, ix.refs)
    if render_pages is not None:
        files = render_pages(env, all_pages)
    else:
        files = {page.path: render_page(env, page) for page in all_pages}
    files.update(static_files(theme))
    files.update(open_data(site))
    files[".nojekyll"] = b""
    if settings.domain:
        files["CNAME"] = (settings.domain.strip() + "\n").encode()
    # The search index reads the finished pages, so it comes last.
    files.update(search(searched(all_pages, files), settings.language))
    return files


def searched(pages: Iterable[Page], files: dict[str, bytes]) -> dict[str, bytes]:
    """{path: HTML} of the pages the search index holds."""
    return {p.path: files[p.path] for p in pages if p.indexed and p.searched and p.path.endswith(".html")}
