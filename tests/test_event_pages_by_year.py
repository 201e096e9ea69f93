"""A long event listing opens every year on a page of its own, so that an event dated in an
earlier year moves only the rest of that year's pages: every other page keeps its items (and is
kept between builds), where a listing cut every hundred events would shift every page after it."""
from __future__ import annotations

from generator.model import Event
from generator.render.pages import event_pages
from generator.render.paging import EVENTS_BY_YEAR, EVENTS_PER_PAGE, split


def _events(per_year: dict[int, int], extra: tuple[str, ...] = ()) -> list[Event]:
    out = [Event(f"{y}-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}", "day", f"event {y} {i}", f"s{y}-{i}", 1)
           for y, k in per_year.items() for i in range(k)]
    out += [Event(d, "day", f"added {d}", f"added-{d}", 1) for d in extra]
    return sorted(out, key=lambda e: (e.date, e.source))


def _items(pages) -> list[tuple[str, ...]]:
    return [tuple(e.source for e in p.context["items"]) for p in pages]


def test_every_year_of_a_long_listing_opens_a_page_and_no_page_spans_two_years():
    events = _events({2019: 250, 2020: 430, 2021: 180, 2022: 305})
    assert len(events) > EVENTS_BY_YEAR
    pages = event_pages("timeline/", events, "Timeline", "Every dated event.", frozenset(), {})
    years = [{e.date[:4] for e in p.context["items"]} for p in pages]
    assert all(len(y) == 1 for y in years)
    assert [sorted(y)[0] for y in years] == ["2019"] * 3 + ["2020"] * 5 + ["2021"] * 2 + ["2022"] * 4
    assert all(len(items) <= EVENTS_PER_PAGE for items in _items(pages))
    # every event is listed once, in order
    assert [s for items in _items(pages) for s in items] == [e.source for e in events]


def test_an_event_added_in_an_earlier_year_moves_that_year_s_pages_only():
    before = event_pages("timeline/", _events({2019: 250, 2020: 430, 2021: 180, 2022: 305}),
                         "Timeline", "Every dated event.", frozenset(), {})
    after = event_pages("timeline/", _events({2019: 250, 2020: 430, 2021: 180, 2022: 305}, ("2020-03-05",)),
                        "Timeline", "Every dated event.", frozenset(), {})
    changed = [n for n, (a, b) in enumerate(zip(_items(before), _items(after)), 1) if a != b]
    assert changed and all(4 <= n <= 8 for n in changed)       # 2020 is pages 4 to 8
    assert len(before) == len(after)


def test_a_short_listing_is_cut_every_hundred_events_as_before():
    events = _events({2019: 120, 2020: 90})
    pages = event_pages("timeline/", events, "Timeline", "Every dated event.", frozenset(), {})
    assert [len(items) for items in _items(pages)] == [100, 100, 10]
    assert split([("a", [1, 2]), ("b", [3])], 100) == split([("a", [1, 2]), ("b", [3])], 100, False)
