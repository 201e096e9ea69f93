"""Round 35 on invented pages: page furniture that was counted as body (a magazine's labelled
credit line, a long ad headline in a sponsored block, an embedded post closed by its buttons, a
guest post's disclaimer) and publication dates the pages print in other shapes. Every person,
place, outlet and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

LEDE = ("Ferry crews in Ostrava Bay stayed in port on Monday after the harbour master suspended "
        "three of their captains, the crews' guild said.")
MIDDLE = ("\"We sail when our captains sail,\" said Ilse Varnhagen, who chairs the guild. "
          "\"Nobody has told us what they did wrong.\"")
LAST = "The harbour office said it would explain its decision at a hearing next month."
STORY = f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n"


def test_a_labelled_text_and_photos_credit_line_is_no_paragraph_and_the_standfirst_above_it_neither():
    e = page("HARBOUR QUARTERLY\nMagazine   Issues   About\n\n"
             "The Captains Who Stayed Ashore\n"
             "In Ostrava Bay, three suspended captains wait for a hearing. Their crews wait with them.\n\n"
             "Words: Tomas Heller   Photos: Anka Drobny\n\n" + STORY)
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_long_ad_headline_between_the_sponsored_label_and_its_credit_is_no_paragraph():
    e = page("The Bay Ledger\n\nNews   Port   Opinion\n\nFerry crews stay in port\n\nBy ROSA VELT\n\n"
             f"{LEDE}\n\n{MIDDLE}\n\n"
             "SPONSORED CONTENT\n"
             "Buy a seaside cottage in Ostrava for a small deposit and low monthly payments\n"
             "Three habits that keep your knees young\n"
             "Sponsored by Adweave\n\n"
             f"{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_line_of_ordinary_words_between_two_paragraphs_is_still_a_paragraph():
    short = "Buy a seaside cottage in Ostrava for a small deposit and low monthly payments"
    e = page("The Bay Ledger\n\nNews   Port   Opinion\n\nFerry crews stay in port\n\nBy ROSA VELT\n\n"
             f"{LEDE}\n\n{MIDDLE}\n\n{short}\n\n{LAST}\n")
    assert short in body(e)


def test_an_embedded_post_closed_by_its_reply_and_like_buttons_is_no_paragraph():
    post = ("Ostrava Port Authority – Harbour Office @ostrava_port\n"
            "The suspensions follow a safety review. Crews have been informed of their rights.\n"
            "Reply  Repost  Like\n")
    e = page("The Bay Ledger\n\nNews   Port   Opinion\n\nFerry crews stay in port\n\nBy ROSA VELT\n\n"
             f"{LEDE}\n\n{MIDDLE}\n\n{post}\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_guest_posts_disclaimer_closing_the_page_is_no_paragraph():
    e = page("Bay Voices\nOpinion from the coast\n\nHome   Opinion   About\n\nFerry crews stay in port\n\n"
             "Guest post by Rosa Velt\n\n" + STORY +
             "\nBay Voices welcomes contributions from readers along the coast. The views expressed are "
             "the author’s own.\n\nTags: Ferries, Labour\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def _dated(head: str, first: str = LEDE, foot: str = ""):
    return page("The Bay Ledger\n\nNews   Port   Opinion\n\nFerry crews stay in port\n\n" + head
                + f"{first}\n\n{MIDDLE}\n\n{LAST}\n\n" + foot)


def test_a_numeric_date_with_dashes_under_the_byline_dates_the_page_when_the_day_is_above_twelve():
    e = _dated("By Rosa Velt\n14-03-2027 09:12\n\n")
    assert (e.published.value, e.published.precision) == ("2027-03-14", "day")


def test_a_numeric_date_with_dashes_that_reads_both_ways_gives_no_day():
    e = _dated("By Rosa Velt\n05-06-2027 09:12\n\n")
    assert e.published is None or e.published.precision != "day"


def test_a_first_published_footer_with_its_weekday_dates_the_page():
    e = _dated("UPDATED 2 hours ago\n\nBy Bay Ledger Staff\n\n",
               foot="RELATED\nPorters strike for a second week\n\nTAGS: Ferries, Labour\n\n"
                    "First published: Sunday, 14 March 2027 - 10:05 CET\n\n© 2027 The Bay Ledger.\n")
    assert (e.published.value, e.published.precision) == ("2027-03-14", "day")


def test_a_wire_dateline_of_place_numeric_date_and_agency_dates_the_page():
    e = _dated("", first="Ostrava/14.03.27/Nordwire: " + LEDE)
    assert (e.published.value, e.published.precision) == ("2027-03-14", "day")


def test_a_wire_dateline_whose_numbers_read_both_ways_gives_no_day():
    e = _dated("", first="Ostrava/05.06.27/Nordwire: " + LEDE)
    assert e.published is None or e.published.precision != "day"


def test_an_updated_stamp_is_the_pages_day_when_the_story_shows_only_an_older_post():
    post = ("Ostrava Harbour Office @ostrava_port\n"
            "Three captains are suspended pending a safety review.\n"
            "6:10 PM · Mar 13, 2027\n")
    e = page("The Bay Ledger\n\nNews   Port   Opinion\n\nFerry crews stay in port\n\nBy Rosa Velt\n"
             "Updated: 14 Mar 2027 - 11:20\n\n" + f"{LEDE}\n\n{post}\n{MIDDLE}\n\n{LAST}\n")
    assert (e.published.value, e.published.precision) == ("2027-03-14", "day")


def _captioned(credit: str, story: str):
    caption = f"Ilse Varnhagen on the quay at Ostrava, on Thursday, March 18, 2027. {credit}"
    return page("The Bay Ledger\n\nNews   Port   Opinion\n\nFerry crews stay in port\n\nRosa Velt/Staff Reporter\n\n"
                f"{story}\n\n{caption}\n\n{MIDDLE}\n\n{LAST}\n")


DAY_BY_DAY = ("The captains were suspended on Monday. The guild met on Tuesday and voted on Wednesday to "
              "keep the ferries in port, and when I went to the quay on Thursday the boats were still tied up.")


def test_an_own_staff_photographers_dated_photo_dates_a_story_told_day_by_day_up_to_it():
    e = _captioned("Tomas Heller/Photographer", DAY_BY_DAY)
    assert (e.published.value, e.published.precision) == ("2027-03-18", "day")


def test_an_agency_photo_of_that_day_leaves_the_day_open():
    e = _captioned("Tomas Heller/Nordwire", DAY_BY_DAY)
    assert e.published is None or e.published.precision != "day"


def test_a_weekday_more_than_three_days_before_the_photo_leaves_the_day_open():
    e = _captioned("Tomas Heller/Photographer", DAY_BY_DAY.replace("on Monday", "on Saturday"))
    assert e.published is None or e.published.precision != "day"
