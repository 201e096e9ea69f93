"""Round 25 on invented pages: page cleaning and paragraph numbering. Every person, place,
outlet and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

HEAD = "Tidewater Herald\n\nDock workers walk out at Morrow Quay\n\nBy Ilse Varga\n\nMarch 4, 2026\n\n"
LEDE = ("Dock workers at Morrow Quay walked off the job on Monday after the port authority cut the "
        "night-shift allowance, the union said.")
MIDDLE = ("The union's steward, Petra Oyelaran, said the cut broke last year's agreement. \"We signed "
          "in good faith,\" she told reporters at the gate.")
LAST = "The authority's board meets on Friday to review the allowance."


def test_reader_comments_under_a_top_comments_heading_are_not_paragraphs():
    e = page(f"{HEAD}{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\nTop Comments\nDisclaimer & comment rules\n\n"
             "Comment 1 by Gullwing (#)\nMar 4th, 2026 - 09:12 am\nThey always say \"good faith\". Nothing changes.\n\n"
             "Comment 2 by Harbourman (#)\nMar 4th, 2026 - 10:40 am\nThe port is run by the shipping lines.\n\n"
             "Commenting for this story is now closed.\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_comment_prompt_and_its_moderation_note_close_the_story():
    e = page(f"{HEAD}{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\nStart the conversation\nAuthors, please log in »\n"
             "Guidelines\nAll comments are reviewed by a moderator. Please be patient before posting again.\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_series_label_above_the_story_is_not_its_first_paragraph():
    e = page(f"{HEAD}This post is part of our special coverage Harbours in Trouble.\n\n"
             f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_print_edition_credit_and_a_social_promotion_close_the_story():
    e = page(f"{HEAD}{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\nPublished in The Tidewater Herald, March 4th, 2026.\n\n"
             "Like Tidewater Business on Facebook, follow @TidewaterBiz on Twitter for all our daily updates.\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_facebook_post_with_a_weekday_age_set_into_the_story_is_not_numbered():
    e = page(f"{HEAD}{LEDE}\n\n{MIDDLE}\n\nPetra Oyelaran\nMonday at 06:40\n"
             "No allowance, no night shift. See you at the gate at seven. #FairShift\n"
             "2.3K likes · 310 shares\n\n"
             f"{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_post_with_a_follow_button_and_an_aged_counter_line_is_not_numbered():
    e = page(f"{HEAD}{LEDE}\n\n{MIDDLE}\n\nQuay Workers Union @quayworkers · Follow\n"
             "The night shift keeps this port alive. Pay it fairly. #MorrowQuay\n"
             "Tuesday · 1.4K Reposts · 3.9K Likes\n\n"
             f"{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]



def test_a_print_edition_date_line_with_its_page_number_dates_the_page():
    e = page("Tidewater Herald\n\nDock workers walk out at Morrow Quay\n\nBy Ilse Varga  /  Staff reporter\n\n"
             f"Tue, Mar 3, 2026 page5\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-03-03", "day")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_paper_people_spoke_to_names_the_publisher_of_a_page_without_masthead():
    e = page("Dock workers walk out at Morrow Quay\n\nBy Ilse Varga\n\nMarch 4, 2026\n\n"
             f"{LEDE}\n\n\"Nobody asked us,\" one loader told Tidewater Times by phone.\n\n{LAST}\n")
    assert e.publisher == "Tidewater Times"


def test_a_wire_agency_or_a_ministry_people_spoke_to_names_no_publisher():
    e = page("Dock workers walk out at Morrow Quay\n\nBy Ilse Varga\n\nMarch 4, 2026\n\n"
             f"{LEDE}\n\n\"Nobody asked us,\" one loader told Harbour Press Agency by phone.\n\n"
             f"The steward told Labour Ministry officials the strike would go on.\n\n{LAST}\n")
    assert e.publisher is None
