"""Round 5 on invented articles: in-body furniture that must not shift paragraph numbers,
honorifics that must match a person's gender, and quoted labels and slogans that are not
quotes. Every outlet, person and event here is made up; each test shows one general behaviour.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

HEAD = "Valley Courier\nNews\n\nDam inquiry opens in Orsk Vale\n\nBy Tomas Edling\n4 May 2025\n\n"


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "page.txt")


def body(e: Extraction) -> list[str]:
    return [p.text for p in e.paragraphs]


def test_a_read_colon_link_between_paragraphs_is_not_a_paragraph():
    e = ex(HEAD + "The inquiry into the Orsk Vale dam opened on Monday in the town hall.\n\n"
           "READ: Why the Orsk Vale dam was built twice\n\n"
           "“We want to know who signed the papers,” said Ilse Varga, a farmer.\n\n"
           "The hearings will continue until June.")
    assert not any(p.startswith("READ:") for p in body(e))
    q = [q for q in e.quotes if q.text.startswith("We want")]
    assert q and q[0].paragraph == 2


def test_a_caption_with_its_credit_on_the_next_line_is_not_the_first_paragraph():
    e = ex("Valley Courier\nNews\n\nDam inquiry opens in Orsk Vale\n\n2 hours ago\n\n"
           "Farmers outside the Orsk Vale town hall. May 3, 2025.\nPhoto: Ana Berg / Valley Courier\n\n"
           "The inquiry into the Orsk Vale dam opened on Monday in the town hall, with forty farmers "
           "in the public gallery.\n\nThe hearings will continue until June, the chairman said.")
    assert body(e)[0].startswith("The inquiry into")
    assert any(c.text.startswith("Farmers outside") for c in e.captions)
