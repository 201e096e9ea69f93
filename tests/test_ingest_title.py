"""The headline, not the outlet's tagline: a short line at the top of a page with the site's menu
right under it is the site's own slogan, whatever the outlet."""
from __future__ import annotations

from generator.ingest import extract

PAGE = """HARBOUR
The valley's trusted voice since 1962

Home  News  Regions  Politics  Sport  Opinion  ePaper
Subscribe   Log in

News / Courts

Tribunal halts eviction of 300 families from the river settlement

By TOMAS ERIKSEN
Wednesday, March 4, 2026

The Lower Valley land tribunal on Tuesday halted the eviction of some 300 families from the river settlement, pending a full hearing next month.

"The families have lived here for forty years and were never consulted," said Irena Valdt, a lawyer for the residents.

The provincial housing office said it would respect the order.
"""


def test_a_tagline_above_the_menu_is_not_the_title() -> None:
    ex = extract(PAGE, "harbour_eviction.txt")
    assert ex.title == "Tribunal halts eviction of 300 families from the river settlement"
    assert ex.paragraphs[0].text.startswith("The Lower Valley land tribunal")
    assert not any("trusted voice" in p.text for p in ex.paragraphs)


def test_a_headline_right_above_its_text_stays_the_title() -> None:
    page = ("Ministry opens inquiry into prison deaths\n\n"
            "The justice ministry on Monday opened an inquiry into three deaths at the central prison.\n\n"
            "\"We will publish what we find,\" the minister, Oskar Lind, said.\n")
    ex = extract(page, "inquiry.txt")
    assert ex.title == "Ministry opens inquiry into prison deaths"
