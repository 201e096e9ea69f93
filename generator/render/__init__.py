"""render: the Site → every file of output/, as a SiteFiles ({relative path: bytes}, read on demand)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from jinja2 import Environment

from generator.config import DEFAULT_THEME, Settings
from generator.model import Site
from generator.render.data import open_data
from generator.render.pages import TYPE_NAMES, Page, PagesMemo, pages
from generator.render.search import search_index
from generator.render.svg import network_svg, timeline_svg
from generator.render.templates import environment, read_accuracy, render_page, static_files
from generator.render.views import Index
from generator.sitefiles import SiteFiles



def render_site(site: Site, settings: Settings, templates: Path | None = None,
                render_pages: Callable[[Environment, list[Page]], SiteFiles] | None = None,
                search: Callable[[SiteFiles, str], dict[str, bytes]] = search_index,
                memo: PagesMemo | None = None) -> SiteFiles:
    """`render_pages(env, pages)` may stand in for rendering each page in turn, and `search` for
    `search_index`: the incremental build (generator/build.py) reuses unchanged pages and an
    unchanged search index, spreads the rest over processes and writes pages to disk as they render;
    `memo` keeps what the last render made of each sheet (see pages.PagesMemo)."""
    theme = templates or DEFAULT_THEME
    ix = Index.build(site, memo.ix if memo is not None else None)
    all_pages = pages(site, settings, ix, memo)
    kept = memo.fragments if memo is not None and memo.fragments[0] == settings else None
    env = environment(theme, settings, site, {
        "network_svg": network_svg, "timeline_svg": timeline_svg,
        "accuracy": read_accuracy(), "all_pages": all_pages, "type_names": TYPE_NAMES,
    }, ix.refs, kept[1] if kept is not None else None)
    if memo is not None:
        memo.fragments = (settings, env.fragments)
    if render_pages is not None:
        files = render_pages(env, all_pages)
    else:
        files = SiteFiles.in_memory({page.path: render_page(env, page) for page in all_pages})
    extra = {**static_files(theme), **open_data(site, memo.data if memo is not None else None,
                                                   ix.quotes_by_source, ix.events_by_source), ".nojekyll": b""}
    if settings.domain:
        extra["CNAME"] = (settings.domain.strip() + "\n").encode()
    files = files.updated(extra)
    # The search index reads the finished pages, so it comes last.
    return files.updated(search(searched(all_pages, files), settings.language))


def searched(pages: Iterable[Page], files: SiteFiles) -> SiteFiles:
    """The pages the search index holds."""
    return files.only([p.path for p in pages if p.indexed and p.searched and p.path.endswith(".html")])
