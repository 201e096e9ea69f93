"""The timeline picture remembers each event's span by its date and precision (render/svg.py,
`_span_of`): what it remembers must be what working the span out again gives."""
from __future__ import annotations

import random

from generator.model import Event
from generator.render.svg import _span, _span_of, timeline_svg


def test_remembered_spans_are_the_spans_worked_out_again() -> None:
    rng = random.Random(7)
    events = []
    for n in range(2000):
        year = rng.choice([2015, 2019, 2021])
        date = rng.choice([None, "", "bad", f"{year}", f"{year}-{rng.randint(1, 12):02d}",
                           f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
        events.append(Event(date, rng.choice(["day", "month", "year", None]), f"t{n % 5}", "s", n % 9, ()))
    for _ in range(2):                          # the second time, from what was remembered
        for e in events:
            assert _span(e) == _span_of.__wrapped__(e.date, e.precision), e
    assert _span_of.cache_info().hits
    pictures = [timeline_svg(events[n:n + 100], "tl") for n in range(0, 2000, 100)]
    _span_of.cache_clear()
    assert pictures == [timeline_svg(events[n:n + 100], "tl") for n in range(0, 2000, 100)]
