"""Round 33 on invented pages: a masthead with its web address run into it, an embedded post
stamped with a weekday and a clock. Every person, place, outlet and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

STORY = ("Dock porters in Velmora walked off the quays on Tuesday after two of their leaders were "
         "taken in for questioning, their association said.\n\n"
         "Oskar Brenne, who speaks for the porters, said the two had been held overnight. "
         "\"We want them home before the next ship docks,\" he said.\n\n"
         "The harbour authority did not answer calls on Wednesday.\n")


def test_a_masthead_with_its_web_address_run_in_names_the_outlet_alone():
    e = page("The Quayside Courier\nquaysidecourier.co.xy\n\nNews   Port   Sport   Opinion   Subscribe\n\nLocal\n\n"
             "Porters walk out over detained leaders\n\n" + STORY)
    assert e.publisher == "The Quayside Courier"


def test_an_address_that_spells_another_name_is_left_in_the_masthead():
    e = page("The Quayside Courier\nharbourwire.net\n\nNews   Port   Sport   Opinion   Subscribe\n\nLocal\n\n"
             "Porters walk out over detained leaders\n\n" + STORY)
    assert e.publisher != "The Quayside Courier"


def test_an_embedded_post_stamped_with_a_weekday_and_a_clock_is_no_paragraph():
    lede, middle, last = [p for p in STORY.split("\n\n") if p.strip()]
    post = ("Velmora Harbour Police\n"
            "Friday at 09:40\n"
            "Two persons have been invited for an interview in connection with Tuesday's stoppage. "
            "The public is asked to stay away from the quays.\n")
    e = page(f"The Quayside Courier\n\nPorters walk out over detained leaders\n\n{lede}\n\n{post}\n{middle}\n\n{last}")
    assert body(e) == [lede, middle, last.strip()]


def test_a_dated_caption_closed_by_photographer_and_the_pages_own_outlet_is_no_paragraph():
    lede, middle, last = [p.strip() for p in STORY.split("\n\n") if p.strip()]
    caption = "Porters waiting outside the harbour office, Velmora, on March 3, 2026. — PIET MARO/The Quayside Courier"
    e = page("The Quayside Courier\n\nNews   Port   Sport   Opinion   Subscribe\n\nLocal\n\n"
             f"Porters walk out over detained leaders\n\n{lede}\n\n{caption}\n\n{middle}\n\n{last}\n")
    assert body(e) == [lede, middle, last]


def test_a_sentence_of_the_story_ending_on_a_slashed_name_stays():
    lede, middle, last = [p.strip() for p in STORY.split("\n\n") if p.strip()]
    told = "The two leaders were taken to the port station on March 3, 2026. — ANNA VELD/Harbour Watch"
    e = page("The Quayside Courier\n\nNews   Port   Sport   Opinion   Subscribe\n\nLocal\n\n"
             f"Porters walk out over detained leaders\n\n{lede}\n\n{told}\n\n{middle}\n\n{last}\n")
    assert told in body(e)
