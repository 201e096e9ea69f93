"""Round 27 on invented pages: boxes and blocks set inside a story that are not its paragraphs.
Every person, place, outlet and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

HEAD = "Lakeshore Courier\n\nFerry operator fined over overcrowded crossing\n\nBy Odile Brannagh\n\nApril 9, 2027\n\n"
LEDE = ("A ferry operator on Lake Varn was fined on Tuesday after inspectors counted 212 passengers "
        "on a boat licensed for 150, the maritime board said.")
MIDDLE = ("The operator's manager, Casimir Oduya, said the count was taken during a festival rush. "
          "\"We turned nobody away because nobody else would carry them,\" he said.")
LAST = "The board said it would inspect the operator's other two boats this month."


def test_a_bracketed_labelled_photo_caption_is_a_caption_not_a_paragraph():
    cap = ("[Image caption: Passengers queue at the Varn pier, April 8, 2027. A sign reads \"Full boat, "
           "next one at noon.\" Photo: Lakeshore Courier]")
    e = page(f"{HEAD}{LEDE}\n\n{cap}\n\n{MIDDLE}\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]
    assert any("Varn pier" in c.text for c in e.captions)


def test_a_dated_timeline_box_inside_the_story_is_not_numbered():
    box = ("Key dates\nMarch 2 — Licence renewed\nApril 1 — Complaint filed by a passenger, No. 4 berth\n"
           "Apr. 8 — Festival crossing\n")
    e = page(f"{HEAD}{LEDE}\n\n{MIDDLE}\n\n{box}\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_timeline_of_clock_times_is_not_numbered():
    box = "TIMELINE\n07:30 – Boat leaves the pier\n07:55 – Engine stalls\n09:10 – Coastguard tows it in\n"
    e = page(f"{HEAD}{LEDE}\n\n{box}\n{MIDDLE}\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_sponsored_links_block_inside_the_story_is_not_numbered():
    block = "Sponsored\n\nThree habits that wreck your pension\n\nCheap flights to the islands this winter\n\nPromoted by partner\n"
    e = page(f"{HEAD}{LEDE}\n\n{MIDDLE}\n\n{block}\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_story_paragraph_opening_with_a_date_and_dash_stays():
    dated = "April 3 — the day the complaint reached the board — is when inspectors first boarded the boat."
    e = page(f"{HEAD}{LEDE}\n\n{dated}\n\n{MIDDLE}\n\n{LAST}\n")
    assert body(e) == [LEDE, dated, MIDDLE, LAST]


def test_a_regional_outlet_known_only_from_told_is_the_publisher():
    e = page("Skip to main content\nRegion  World  Sport\n\nPort workers strike over unpaid wages\n\n"
             "ADEN: Dockers at a southern port stopped work on Sunday over four months of unpaid wages.\n\n"
             "\"We load ships for free now,\" a crane driver, Faris Obeidan, told Arab News by phone.\n\n"
             "The port authority did not answer questions.\n")
    assert e.publisher == "Arab News"


def test_a_masthead_in_capitals_names_a_regional_outlet():
    e = page("GEORGIA TODAY\nPolitics  Business  Culture\n\nCouncil bans night markets in old town\n\n"
             "The city council voted on Tuesday to close the old town's night markets from next month.\n\n"
             "Traders said they had not been consulted. \"We heard it on the radio,\" said Irakli Dvalishvili, "
             "who sells honey.\n\nGEORGIA TODAY © All rights reserved\n")
    assert e.publisher == "Georgia Today"


def test_an_embedded_post_on_one_line_with_its_time_stamp_is_not_a_paragraph():
    post_a = "@VarnFerryWatch\n\"Boat 3 left the pier again with people standing on the ramp.\" 6:12 PM · Apr 7, 2027\n"
    post_b = "@LakeBoardNews: Inspectors will board every crossing this weekend. 8:40 AM · Apr 8, 2027\n"
    e = page(f"{HEAD}{LEDE}\n\n{post_a}\n{MIDDLE}\n\n{post_b}\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]
