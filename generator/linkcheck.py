"""Every internal link and #anchor of a built site must lead somewhere."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.errors import Problem


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif name in ("href", "src") and tag != "base":
                self.links.append((value, self.getpos()[0]))


def target_file(output: Path, path: str) -> Path | None:
    """The file a URL path is served from: 'a/' → a/index.html."""
    candidate = output / path.lstrip("/")
    if path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def check_links(output: Path, base_path: str = "/") -> list[Problem]:
    pages: dict[Path, _Page] = {}
    for file in sorted(output.rglob("*.html")):
        parser = _Page()
        parser.feed(file.read_text(encoding="utf-8"))
        pages[file] = parser
    problems = []
    for file, page in pages.items():
        rel = file.relative_to(output).as_posix()
        page_url = base_path + rel.removesuffix("index.html")
        for link, line in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:")):
                continue
            path = unquote(parts.path)
            if not path:
                target = file
            else:
                if not path.startswith("/"):
                    path = urlsplit(page_url).path.rsplit("/", 1)[0] + "/" + path
                if not path.startswith(base_path):
                    problems.append(Problem(f"output/{rel}", f"link {link} leaves the site's base path {base_path}", line))
                    continue
                target = target_file(output, path[len(base_path):])
                if target is None:
                    problems.append(Problem(f"output/{rel}", f"broken link {link}", line))
                    continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else set()
                if unquote(parts.fragment) not in ids:
                    problems.append(Problem(f"output/{rel}", f"link {link}: no #{parts.fragment} on that page", line))
    return problems
