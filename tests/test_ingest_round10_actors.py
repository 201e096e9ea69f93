"""Round 10 on invented articles: actor shapes a first run on new articles missed or mistyped
(names with letters beyond Latin-1, single and multi-part Indonesian names, bodies named in
lower case, a body named twice in two languages). Every outlet, person and body here is made
up, and no sentence echoes a gold article; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors, speaker_of as speaker

HEAD = "Harbour Courier\nNews\n\nFerry fares double overnight\n\nBy Mira Tallon\n3 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_name_with_a_schwa_is_read_whole_not_cut_at_that_letter():
    e = ex("Two reporters of the independent online outlet Bizim Gələcək were detained on Tuesday, "
           "their editor said.")
    assert actors(e).get("Bizim Gələcək") == "ngo"
    assert not any(k.startswith("Bizim G") and k != "Bizim Gələcək" for k in actors(e))
