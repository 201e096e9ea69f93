"""Every internal link and #anchor of a built site must lead somewhere.

Works on the site as files in memory ({relative path: bytes}, as rendered) or as a
folder on disk, so that `check` and `build --strict` can look before anything is written.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.errors import Problem

ABSOLUTE_URL = re.compile(rb"https?://[^\s<>\"']+")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name in ("href", "src") and tag != "base":
                self.links.append((value, self.getpos()[0]))


def read_folder(output: Path) -> dict[str, bytes]:
    return {f.relative_to(output).as_posix(): f.read_bytes()
            for f in sorted(output.rglob("*")) if f.is_file()}


def target_of(files: Mapping[str, bytes], path: str) -> str | None:
    """The file a site-relative URL path is served from: 'a/' → a/index.html."""
    path = path.lstrip("/")
    if path in files:
        return path
    index = (path.rstrip("/") + "/index.html").lstrip("/")
    return index if index in files else None


def check_links(site: Path | Mapping[str, bytes], base_path: str = "/",
                origin: str = "") -> list[Problem]:
    """Problems with links inside the site; `origin` ("https://host") marks absolute links as ours."""
    files = read_folder(site) if isinstance(site, Path) else site
    pages: dict[str, _Page] = {}
    for rel in sorted(files):
        if rel.endswith(".html"):
            parser = _Page()
            parser.feed(files[rel].decode("utf-8", errors="replace"))
            pages[rel] = parser
    problems: list[Problem] = []

    def follow(rel: str, link: str, line: int | None, page_dir: str) -> None:
        parts = urlsplit(link)
        if origin and f"{parts.scheme}://{parts.netloc}" == origin:
            parts = urlsplit(parts.path + (f"#{parts.fragment}" if parts.fragment else ""))
        elif parts.scheme or parts.netloc:
            return
        path = unquote(parts.path)
        if not path:
            target = rel
        else:
            if not path.startswith("/"):
                path = page_dir + path
            if not path.startswith(base_path):
                problems.append(Problem(f"output/{rel}", f"link {link} leaves the site's base path "
                                        f"{base_path}", line))
                return
            target = target_of(files, path[len(base_path):])
            if target is None:
                problems.append(Problem(f"output/{rel}", f"broken link {link}", line))
                return
        if parts.fragment and target in pages and unquote(parts.fragment) not in pages[target].ids:
            problems.append(Problem(f"output/{rel}", f"link {link}: no #{parts.fragment} on that page",
                                    line))

    for rel, page in pages.items():
        page_dir = base_path + rel.rsplit("/", 1)[0] + "/" if "/" in rel else base_path
        for link, line in page.links:
            scheme = urlsplit(link.strip()).scheme.lower()
            if scheme in ("javascript", "vbscript"):
                problems.append(Problem(f"output/{rel}", f"link runs a script: {link[:60]}", line))
                continue
            if scheme in ("mailto", "data", "tel"):
                continue
            follow(rel, link, line, page_dir)
    if origin:
        # feeds and the sitemap name pages by absolute URL
        for rel in sorted(files):
            if rel.endswith(".xml"):
                data = files[rel]
                for match in ABSOLUTE_URL.finditer(data):
                    line = data.count(b"\n", 0, match.start()) + 1
                    follow(rel, match.group().decode("utf-8", errors="replace"), line, base_path)
    return problems
