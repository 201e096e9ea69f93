"""Round 12 on invented articles: quote shapes and speakers a first run on new articles missed
or got wrong. Every outlet, person and body here is made up, and no sentence echoes a gold
article; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker

HEAD = "Valley Courier\nNews\n\nCourt frees a young cameraman held without charge\n\nBy Nadia Orvel\n12 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_he_after_an_unnamed_relative_is_not_the_person_named_before():
    e = ex("Deputy Solicitor General Varun Teodor Kessel, who argued for the state, told the bench that "
           "the cameraman was “a danger to order”.\n\n"
           "The prisoner's uncle, a retired baker, said he had written to the jail nine times. "
           "“Nine letters, no answer,” he said.")
    assert speaker(e, "a danger to order") == "Varun Teodor Kessel"
    assert speaker(e, "Nine letters, no answer") != "Varun Teodor Kessel"
