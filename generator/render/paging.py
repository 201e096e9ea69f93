"""Bounded list pages: a long list of quotes split into numbered pages (list/, list/page/2/, …).

A list is a sequence of groups (a speaker's quotes, a camp's); a group that spans a page break
carries on under the same heading, marked as continued, on the next page.
"""
from __future__ import annotations

from dataclasses import dataclass

QUOTES_PER_PAGE = 100        # quotes/ and every other paginated quote listing
TOPIC_CAMP_QUOTES = 8        # newest quotes per camp shown on a topic sheet
ACTOR_ABOUT_QUOTES = 10      # newest "what others said" quotes on an actor sheet
ACTOR_OWN_QUOTES = 50        # an actor's own quotes shown on the sheet before it links on
SHEET_EVENTS = 20            # newest dated events on an actor or topic sheet before it links on
EVENTS_PER_PAGE = 100        # timeline/ and every other paginated event listing
EVENTS_BY_YEAR = 1000        # an event listing longer than this opens every year on a page of its own
SHEET_SOURCES = 20           # newest sources listed on an actor or topic sheet before it links on
SOURCES_PER_PAGE = 100       # a sheet's paginated list of sources
PAGER_ALL = 12               # a listing of at most this many pages links each of them from every page
PAGER_WINDOW = 3             # of a longer one: the first, the last, and this many either side of the page


@dataclass(frozen=True)
class Pager:
    """Where page `number` of `count` stands; `base` is the first page's URL path ("quotes/")."""

    base: str
    number: int
    count: int

    def url_of(self, n: int) -> str:
        return self.base if n == 1 else f"{self.base}page/{n}/"

    @property
    def prev(self) -> str | None:
        return self.url_of(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.url_of(self.number + 1) if self.number < self.count else None

    @property
    def numbers(self) -> list[int]:
        return list(range(1, self.count + 1))

    @property
    def shown(self) -> list[int | None]:
        """The page numbers the pager links, None where it leaves numbers out. Every page of a
        short listing; of a long one the first, the last and PAGER_WINDOW either side of this
        page: linking every page from every page made each page of quotes/ carry 1,148 links at
        10,000 articles (63 % of its bytes), and the pagers of all listings grew with the square
        of their length."""
        if self.count <= PAGER_ALL:
            return self.numbers
        near = range(max(1, self.number - PAGER_WINDOW), min(self.count, self.number + PAGER_WINDOW) + 1)
        out: list[int | None] = []
        last = 0
        for n in sorted({1, *near, self.count}):
            if n - last == 2:
                out.append(n - 1)            # a gap of one number: the number itself
            elif n - last > 2:
                out.append(None)
            out.append(n)
            last = n
        return out


@dataclass(frozen=True)
class Chunk:
    """One group's part on one page."""

    key: object
    items: tuple
    continued: bool      # the group began on an earlier page


def split(groups: list[tuple[object, list]], size: int = QUOTES_PER_PAGE, page_per_group: bool = False
          ) -> list[list[Chunk]]:
    """Groups → pages of at most `size` items each, in order; always at least one (empty) page.
    `page_per_group`: each group opens a page of its own, so that a list grown inside one group
    (an event dated in an earlier year) moves the items of that group's pages only."""
    out: list[list[Chunk]] = [[]]
    room = size
    for key, items in groups:
        if page_per_group and out[-1]:
            room = 0
        start = 0
        while start < len(items):
            if room == 0:
                out.append([])
                room = size
            part = items[start:start + room]
            out[-1].append(Chunk(key, tuple(part), start > 0))
            start += len(part)
            room -= len(part)
    return out


def first_page(pages: list[list[Chunk]]) -> dict:
    """Group key → the page number (1-based) where the group begins."""
    found: dict = {}
    for n, chunks in enumerate(pages, 1):
        for c in chunks:
            found.setdefault(c.key, n)
    return found


def page_path(base: str, n: int) -> str:
    """The output file of page n of the listing at URL path `base`."""
    return f"{base}index.html" if n == 1 else f"{base}page/{n}/index.html"
