"""Listings headed by year group the events of each year, whatever their dates look like."""
from __future__ import annotations

import random

from generator.model import Event
from generator.render.views import Index, by_year


def plain_by_year(events: list[Event]) -> list[tuple[str, list[Event]]]:
    groups: dict[str, list[Event]] = {}
    for e in events:
        groups.setdefault((e.date or "")[:4] or "undated", []).append(e)
    return list(groups.items())


def test_events_are_grouped_by_year_as_the_definition_says() -> None:
    rng = random.Random(3)
    dates = ["", "2019", "2019-07", "2019-07-01", "2020-02-29", "2021", "21", "None", "2021-12-31",
             "1999-01", "2019-07-01", "2022-01-01"]
    for n in range(200):
        events = [Event(rng.choice(dates), "day", f"text {i}", f"s{rng.randrange(5)}", rng.randrange(1, 9))
                  for i in range(rng.randrange(0, 40))]
        ordered = Index.events_by_date(None, events)
        assert by_year(ordered) == plain_by_year(ordered)
        assert by_year(events) == plain_by_year(events)            # not in date order
