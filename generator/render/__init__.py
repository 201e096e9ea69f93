"""render: the Site → every file of output/, in memory, as {relative path: bytes}."""
from __future__ import annotations

from pathlib import Path

from generator.config import Settings
from generator.model import Site
from generator.render.data import open_data
from generator.render.pages import pages
from generator.render.templates import environment, render_page, static_files

DEFAULT_THEME = Path(__file__).resolve().parent.parent.parent / "templates"


def render_site(site: Site, settings: Settings, templates: Path | None = None) -> dict[str, bytes]:
    theme = templates or DEFAULT_THEME
    env = environment(theme, settings, site)
    files: dict[str, bytes] = {}
    for page in pages(site, settings):
        files[page.path] = render_page(env, page)
    files.update(static_files(theme))
    files.update(open_data(site))
    files[".nojekyll"] = b""
    if settings.domain:
        files["CNAME"] = (settings.domain.strip() + "\n").encode()
    return files
