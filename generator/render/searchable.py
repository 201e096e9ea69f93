"""What of a page the search indexer needs to read: the page cut down to the element marked
`data-pagefind-body`, without the parts inside it marked `data-pagefind-ignore`.

Pagefind reads every byte of every page it is given, and most of a sheet's bytes are the site's
header, the lists that repeat other pages (marked to be ignored) and the sources cited. Giving it
the cut pages (40 % of the bytes at 1,000 articles) takes about a third off its CPU time and gives
the same index, byte for byte (tests/test_search_index.py).
A page is cut only where nothing cut can change the index: a part that holds another Pagefind
attribute, a heading or image Pagefind could take as the result's title or picture, or markup this
cutter does not follow (comments, scripts, a tag that never closes) leaves the page whole.
"""
from __future__ import annotations

import re

_BODY = b"data-pagefind-body"
_IGNORE = b"data-pagefind-ignore"
_ANY = b"data-pagefind-"
_NAME = re.compile(rb"<([a-zA-Z][a-zA-Z0-9-]*)")
# what a cut part may not hold; "<h1" and "<img" are what Pagefind takes as a result's title and picture
_KEEP = re.compile(rb"<(?:h1|img|!--|script|style|template)", re.I)
_VOID = {b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
         b"source", b"track", b"wbr"}
_TAGS: dict[bytes, re.Pattern[bytes]] = {}


def _element(html: bytes, at: int, start: int = 0) -> tuple[int, int] | None:
    """(start, end) of the element whose start tag holds position `at`, found by counting the
    start and end tags of its name; None when that count does not come out."""
    begin = html.rfind(b"<", start, at)
    name = _NAME.match(html, begin) if begin >= 0 else None
    if name is None or b">" in html[begin:at] or name.group(1).lower() in _VOID:
        return None
    tag = name.group(1).lower()
    pattern = _TAGS.get(tag)
    if pattern is None:
        pattern = _TAGS[tag] = re.compile(rb"<(/?)" + re.escape(tag) + rb"(?=[\s>/])", re.I)
    depth = 0
    for found in pattern.finditer(html, begin):
        depth += -1 if found.group(1) else 1
        if depth == 0:
            close = html.find(b">", found.end())
            return (begin, close + 1) if close >= 0 else None
    return None


def _clean(part: bytes, marks: int = 0) -> bool:
    """Nothing in `part` can change the index: no Pagefind attribute beyond the `marks` it is
    known to hold, and nothing of `_KEEP`."""
    return part.count(_ANY) == marks and _KEEP.search(part) is None


def searchable(html: bytes) -> bytes:
    """The page as the indexer needs it (see the module's comment); the page itself when it
    cannot be cut safely."""
    at = html.find(_BODY)
    if at < 0 or html.find(_BODY, at + 1) >= 0:
        return html
    body_open = html.find(b"<body")
    body_close = html.rfind(b"</body>")
    main = _element(html, at, max(body_open, 0))
    if body_open < 0 or body_close < 0 or main is None or not body_open < main[0] <= main[1] <= body_close:
        return html
    head_end = html.find(b">", body_open) + 1
    if not (_clean(html[head_end:main[0]]) and _clean(html[main[1]:body_close])):
        return html
    inner, kept, done = html[main[0]:main[1]], [], 0
    while (at := inner.find(_IGNORE, done)) >= 0:
        part = _element(inner, at, done)
        if part is None or part[0] < done or not _clean(inner[part[0]:part[1]], 1):
            return html
        kept.append(inner[done:part[0]])
        done = part[1]
    kept.append(inner[done:])
    return b"".join((html[:head_end], b"\n", *kept, b"\n", html[body_close:]))
