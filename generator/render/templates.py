"""The Jinja2 environment of a theme: autoescaped, with the site's URL, citation and text helpers."""
from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from pathlib import Path

import jinja2
import markdown as md
import yaml
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.tables import TableExtension
from markupsafe import Markup, escape

from generator.config import Settings
from generator.model import Site
from generator.render.pages import Page
from generator.render.fragments import Fragments
from generator.render.views import ActorRefs

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ACCURACY_FILE = Path(__file__).parent / "accuracy.yaml"
ACCURACY_KEYS = ("quote_recall", "speaker_precision", "attribution_rate", "actor_recall",
                 "actor_precision", "articles")


def show_date(value: str | None, precision: str | None = None) -> str:
    """A partial date in words, never more precise than it is: '1 July 2019', 'July 2019', '2019'."""
    if not value:
        return "date not established"
    parts = str(value).split("-")
    try:
        if len(parts) == 3 and precision in (None, "day"):
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) >= 2 and precision in (None, "day", "month"):
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return str(value)
    return parts[0]


def markdown_safe(text: str) -> Markup:
    """An editor's Markdown, with raw HTML escaped and only http(s)/mailto/relative links kept."""
    html = md.markdown(text.replace("<", "&lt;").replace(">", "&gt;"),
                       # "extra" without attr_list, which would let `{: onclick=... }` add attributes;
                       # given as objects, not names, which Markdown would look up among every
                       # installed package's entry points (importlib.metadata: some 20 ms a start)
                       extensions=[AbbrExtension(), DefListExtension(), FencedCodeExtension(),
                                   FootnoteExtension(), TableExtension()],
                       output_format="html")
    html = re.sub(r'href="\s*(?!https?:|mailto:|/|#|\.)[^"]*"', 'href="#"', html, flags=re.I)
    html = re.sub(r'src="\s*(?!https?:|/|\.)[^"]*"', 'src=""', html, flags=re.I)
    return Markup(html)


def json_ld(data: object) -> Markup:
    """Structured data in a <script> data block; '<' escaped so no text can close the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')


def atom_date(value: str | None) -> str:
    """A partial date as the RFC 3339 timestamp Atom needs: its first instant."""
    parts = str(value or "").split("-")
    if not parts[0].isdigit():
        parts = ["1970"]
    year, month, day = (parts + ["01", "01"])[:3]
    return f"{year}-{month:0>2}-{day:0>2}T00:00:00Z"


def urn(name: str) -> str:
    """A stable identifier for a feed or entry, the same in every build."""
    return uuid.uuid5(uuid.NAMESPACE_URL, name).urn


def read_accuracy(path: Path = ACCURACY_FILE) -> dict:
    """The measured extraction accuracy; a missing or empty figure reads as not yet measured."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data = data if isinstance(data, dict) else {}
    figures = {key: data.get(key) for key in ACCURACY_KEYS}
    held = data.get("held_out") if isinstance(data.get("held_out"), dict) else {}
    figures["held_out"] = {key: held.get(key) for key in (*ACCURACY_KEYS, "date", "note")}
    return figures


class Notes:
    """The numbered citations of one page: a source paragraph keeps its number wherever it is cited."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, int], int] = {}
        self._uses = 0

    def number(self, source: str, paragraph: int) -> int:
        return self._numbers.setdefault((source, paragraph), len(self._numbers) + 1)

    def use_id(self) -> str:
        """A fresh id for one citation mark's tooltip."""
        self._uses += 1
        return f"cite-{self._uses}"

    def items(self) -> list[tuple[int, str, int]]:
        return [(k, s, n) for (s, n), k in self._numbers.items()]


def compiled_templates() -> jinja2.BytecodeCache | None:
    """Where compiled templates are kept between runs, per user, as Python keeps .pyc files:
    compiling the theme is a tenth of a small site's build. An entry is used only for the same
    template text (Jinja checks it), and the folder is named after this module's text and
    Jinja's version, which decide what the compiled code is. None when it cannot be written."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    key = hashlib.sha256(Path(__file__).read_bytes() + jinja2.__version__.encode()).hexdigest()[:16]
    folder = Path(home) / "factsheet-generator" / f"templates-{key}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder)) if os.access(folder, os.W_OK) else None


def environment(theme: Path, settings: Settings, site: Site, extra: dict | None = None,
                refs: ActorRefs | None = None, before: Fragments | None = None) -> jinja2.Environment:
    """The theme's templates with the site's helpers. `before`: the last render's pieces, made
    with the same settings (render/fragments.py); the environment's own are `env.fragments`."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(theme)),
        autoescape=True,
        extensions=["jinja2.ext.do"],
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=compiled_templates(),
    )
    base = settings.base_path

    def url(path: str = "") -> str:
        """Every internal link goes through here, so the site works under any base path."""
        return base + path.lstrip("/")

    def absolute(path: str = "") -> str:
        return settings.absolute_base + url(path)

    refs = refs or ActorRefs(site)
    parts = env.fragments = Fragments(site, url, refs, show_date, before)

    def linkify(text: str, source: str, paragraph: int, skip: str | None = None) -> Markup:
        """Quoted or excerpted words, with the names of actors the paragraph mentions linked."""
        return Markup(parts.linkify(text, source, paragraph, skip))

    # The pieces every sheet repeats (render/fragments.py); `notes` is the page's own.
    @jinja2.pass_context
    def cite(context, source_id: str, n: int) -> Markup:
        return Markup(parts.cite(context["notes"], source_id, n))

    @jinja2.pass_context
    def quote(context, q, show_speaker: bool = True, skip: str | None = None,
              topic: str | None = None) -> Markup:
        return Markup(parts.quote(context["notes"], q, show_speaker, skip, topic))

    @jinja2.pass_context
    def event_item(context, e, skip: str | None = None) -> Markup:
        return Markup(parts.event_item(context["notes"], e, skip))

    # Whole lists in one call: a call from a template costs more than the quote's own HTML.
    @jinja2.pass_context
    def quotes(context, qs, show_speaker: bool = True, skip: str | None = None,
               topic: str | None = None) -> Markup:
        notes = context["notes"]
        return Markup("\n".join([parts.quote(notes, q, show_speaker, skip, topic) for q in qs]))

    @jinja2.pass_context
    def events(context, es, skip: str | None = None) -> Markup:
        notes = context["notes"]
        return Markup("\n".join([parts.event_item(notes, e, skip) for e in es]))

    env.globals.update(
        fact_cite=cite, fact_quote=quote, fact_event=event_item, fact_quotes=quotes, fact_events=events,
        fact_source=lambda s: Markup(parts.source_item(s)),
        fact_actor_link=lambda aid: Markup(parts.actor_link(aid)),
        fact_chips=lambda topic_ids, skip=None: Markup(parts.chips(topic_ids, skip)),
        fact_notes=lambda cited: Markup(parts.notes(cited)))
    env.globals.update(url=url, absolute=absolute, site=site, settings=settings, **(extra or {}))
    env.filters["date"] = show_date
    env.filters["markdown"] = markdown_safe
    env.filters["jsonld"] = json_ld
    env.filters["atom_date"] = atom_date
    env.filters["urn"] = urn
    env.globals["linkify"] = linkify
    return env


def render_page(env: jinja2.Environment, page: Page) -> bytes:
    template = env.get_template(page.template)
    return template.render(page=page, notes=Notes(), **page.context).encode("utf-8")


def static_files(theme: Path) -> dict[str, bytes]:
    folder = theme / "static"
    if not folder.is_dir():
        return {}
    inside = folder.resolve()
    # A symlink pointing out of the theme must not publish what it points at.
    return {f"static/{f.relative_to(folder).as_posix()}": f.read_bytes()
            for f in sorted(folder.rglob("*")) if f.is_file() and f.resolve().is_relative_to(inside)}
