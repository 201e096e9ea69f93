"""The Jinja2 environment of a theme: autoescaped, with the site's URL and citation helpers."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2
import markdown as md
from markupsafe import Markup

from generator.config import Settings
from generator.model import Site
from generator.render.pages import Page

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def show_date(value: str | None, precision: str | None = None) -> str:
    """A partial date in words, never more precise than it is: '1 July 2019', 'July 2019', '2019'."""
    if not value:
        return "date not established"
    parts = value.split("-")
    if len(parts) == 3 and precision in (None, "day"):
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) >= 2 and precision in (None, "day", "month"):
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def markdown_safe(text: str) -> Markup:
    """An editor's Markdown, with raw HTML escaped and only http(s)/mailto/relative links kept."""
    html = md.markdown(text.replace("<", "&lt;").replace(">", "&gt;"),
                       extensions=["extra"], output_format="html")
    import re
    html = re.sub(r'href="\s*(?!https?:|mailto:|/|#|\.)[^"]*"', 'href="#"', html, flags=re.I)
    html = re.sub(r'src="\s*(?!https?:|/|\.)[^"]*"', 'src=""', html, flags=re.I)
    return Markup(html)


def environment(theme: Path, settings: Settings, site: Site) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(theme)),
        autoescape=True,
        extensions=["jinja2.ext.do"],
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    base = settings.base_path

    def url(path: str = "") -> str:
        return base + path.lstrip("/")

    env.globals.update(url=url, site=site, settings=settings)
    env.filters["date"] = show_date
    env.filters["markdown"] = markdown_safe
    return env


def render_page(env: jinja2.Environment, page: Page) -> bytes:
    template = env.get_template(page.template)
    return template.render(page=page, **page.context).encode("utf-8")


def static_files(theme: Path) -> dict[str, bytes]:
    folder = theme / "static"
    if not folder.is_dir():
        return {}
    inside = folder.resolve()
    # A symlink pointing out of the theme must not publish what it points at.
    return {f"static/{f.relative_to(folder).as_posix()}": f.read_bytes()
            for f in sorted(folder.rglob("*")) if f.is_file() and f.resolve().is_relative_to(inside)}
