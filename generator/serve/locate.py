"""URL path → file of the built site, by the rules GitHub Pages follows for a project site.

Pure: it looks names up in the site's {path: bytes} and never touches the disk, so `../`, encoded
traversal and symlinks cannot reach anything outside the built site.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping
from urllib.parse import quote, unquote, urlsplit

NOT_FOUND_PAGE = "404.html"


@dataclass(frozen=True)
class Found:
    path: str                    # key in the site's files


@dataclass(frozen=True)
class Redirect:
    location: str                # "/repo/actors/x/" for "/repo/actors/x"


@dataclass(frozen=True)
class Missing:
    tried: tuple[str, ...]       # files that would have answered, so a page can reload when one appears
    outside: bool = False        # not under the base path at all


def normalise_base_path(value: str) -> str:
    """'/repo/', 'repo', '/repo' → '/repo/'; '' or '/' → '/'. Raises ValueError on an unusable path."""
    parts = [p for p in value.split("/") if p]
    if any(p in (".", "..") or any(c in p for c in "\\?#%\0") for p in parts):
        raise ValueError(f"--base-path {value!r}: use plain folder names, as in /repo/")
    return "/" + "/".join(parts) + "/" if parts else "/"


def locate(files: Mapping[str, bytes], base_path: str, target: str) -> Found | Redirect | Missing:
    """What a GET of `target` (a request target, still percent-encoded) answers."""
    raw = urlsplit(target).path or "/"
    try:
        path = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        return Missing(())
    if "\0" in path or "\\" in path:
        return Missing(())
    if base_path != "/" and path == base_path.rstrip("/"):
        return Redirect(base_path)
    if not path.startswith(base_path):
        return Missing((), outside=True)
    rest = path[len(base_path):]
    segments = rest.split("/")
    # Empty segments are allowed only as the final "folder/" slash.
    if any(s in (".", "..") for s in segments) or "" in segments[:-1]:
        return Missing(())
    if rest == "" or rest.endswith("/"):
        index = rest + "index.html"
        return Found(index) if index in files else Missing((index,))
    if rest in files:
        return Found(rest)
    if rest + "/index.html" in files:
        return Redirect(quote(base_path + rest + "/"))
    if rest + ".html" in files:
        return Found(rest + ".html")
    return Missing((rest, rest + "/index.html", rest + ".html"))
