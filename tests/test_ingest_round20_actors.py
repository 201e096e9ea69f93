"""Round 20 on invented articles: actor shapes a first run on new articles missed or invented.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors

HEAD = "Harbour Courier\nNews\n\nCourt frees warehouse organiser\n\nBy Lena Ostrova\n4 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_members_group_named_with_for_a_is_one_body():
    e = ex("A district court on Monday freed Park Min-ho, a warehouse organiser held for a week.\n\n"
           "His lawyer, Lee Ha-na of the group Doctors for a Just Peninsula, said the ruling was fair.")
    found = actors(e)
    assert found.get("Doctors for a Just Peninsula") == "ngo"
    assert "Doctors" not in found and "Just Peninsula" not in found
