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
