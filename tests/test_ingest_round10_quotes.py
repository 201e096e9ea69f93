"""Round 10 on invented articles: quote shapes and speakers a first run on new articles missed
or got wrong. Every outlet, person and body here is made up, and no sentence echoes a gold
article; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker

HEAD = "Lowland Courier\nNews\n\nTribunal keeps printers in custody\n\nBy Mara Holt\n3 March 2025\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_span_of_time_quoted_in_a_lawyers_report_of_a_courts_act_is_the_lawyers():
    e = ex("The Northgate Regional Tribunal ordered the two printers held for a month.\n\n"
           "Their lawyer, Petra Lindqvist, told the Courier she would appeal.\n\n"
           "Lindqvist said the tribunal dismissed her motion after 'barely five minutes' of "
           "debate.")
    assert speaker(e, "barely five minutes") == "Petra Lindqvist"
