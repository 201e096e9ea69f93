"""The pages of a paginated listing kept from build to build (render/pages.py, `listing_pages`).

An edit makes every whole-site listing again (the quotes page's 1,147 pages at 10,000 articles, the
timeline's) and the listings of the sheets it touches; most of their pages hold the very same
items as last time. A page past the first is made of its items and where the list breaks around
them, its place and the listing's count, and the listing's fixed parts (title, lede, template, the
extra context but the whole list's groups, which the first page alone shows): with all of these
the same, the page is the same, and the kept `Page` is handed back, the same object, so the
render compares nothing. The items are told by identity; the kept page holds them alive, so an id
in a key is still its object's. The first page shows the whole list's groups and is always made.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ListedPages:
    """Listing pages by path, each with what it was made of (`key`); kept while the actors and
    topics are the same (with `ItemDeps`, whose deps the pages carry)."""

    pages: dict[str, tuple[tuple, object]] = field(default_factory=dict)
    made: int = 0                # listing pages asked for by this build
    most: int = 0                # the most any build asked for (a first build: every listing's)

    @staticmethod
    def key(template: str, title: str, lede: str, count: int, extra: dict, deps: object, part: list) -> tuple:
        """What a listing page past the first is made of."""
        fixed = tuple((k, extra[k]) for k in sorted(extra) if k != "groups")
        # A group's key is a year or camp (its text: a year is cut from a date afresh each build) or
        # the actor whose quotes it holds (the object)
        return (template, title, lede, count, fixed, deps,
                tuple((c.key if c.key is None or type(c.key) is str else id(c.key), c.continued,
                       tuple(map(id, c.items))) for c in part))

    def get(self, path: str, key: tuple) -> object | None:
        self.made += 1
        got = self.pages.get(path)
        return got[1] if got is not None and got[0] == key else None

    def put(self, path: str, key: tuple, page: object) -> None:
        self.pages[path] = (key, page)

    def following(self) -> "ListedPages":
        """What the next build starts from: the same pages (a sheet kept for a few builds and then
        made again finds its listing's here; an edit asks for few of them), afresh once they are
        far more than the most a build asked for."""
        most = max(self.most, self.made)
        if len(self.pages) > 2 * most + 1000:
            return ListedPages(most=most)
        return ListedPages(self.pages, most=most)
