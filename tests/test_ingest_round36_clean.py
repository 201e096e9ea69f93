"""Round 36 on invented pages: page furniture that was counted as body (a pull quote whose
credit line opens with a title's abbreviation or runs long, ...) and publication dates and
publishers the pages print in other shapes. Every person, place, outlet and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

LEDE = ("Market traders in Velinor blocked the ring road on Thursday after the town council doubled "
        "their stall fees, the traders' union said.")
MIDDLE = ("\"We will stand here until the council sits down with us,\" said Hon. Dara Mbeki-Lund, "
          "the area's councillor. \"Nobody asked the traders.\"")
LAST = "The council said it would publish its budget figures next week."
HEAD = "The Velinor Ledger\n\nNews   Markets   Opinion\n\nTraders block ring road over stall fees\n\nBy Osei Brandt\n\n"


def test_a_pull_quote_credited_to_a_titled_name_or_at_length_is_no_paragraph():
    for credit in ("— Hon. Dara Mbeki-Lund, Velinor councillor",
                   "— Dara Mbeki-Lund, in a letter to her fellow stallholders"):
        e = page(HEAD + f"{LEDE}\n\n{MIDDLE}\n\n"
                 f"\"We will stand here until the council sits down with us.\"\n{credit}\n\n{LAST}\n")
        assert body(e) == [LEDE, MIDDLE, LAST], credit


def test_a_timeline_box_of_dash_items_dated_by_words_of_time_is_no_paragraph():
    box = ("Timeline:\n- Last month: Council votes to double stall fees\n- Last week: Union writes to the mayor\n"
           "- Thursday: Traders block the ring road\n- Next month: Budget hearing")
    e = page(HEAD + f"{LEDE}\n\n{MIDDLE}\n\n{box}\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_dash_list_of_demands_in_the_story_stays_in_the_body():
    demands = "The union listed its demands:\n- Fees: back to last year's level\n- Stalls: no relocation"
    e = page(HEAD + f"{LEDE}\n\n{MIDDLE}\n\n{demands}\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, *demands.split("\n"), LAST]


def test_an_embedded_post_closed_by_its_age_and_reposts_is_no_paragraph():
    post = ("@VelinorTraders\nThe council doubled our fees without a single hearing. We are on the ring road "
            "until it listens. #VelinorMarket\n3h · 2.7K reposts")
    e = page(HEAD + f"{LEDE}\n\n{MIDDLE}\n\n{post}\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_support_plea_over_the_headline_and_the_outlets_staff_note_below_the_story_are_no_paragraphs():
    e = page("https://www.velinorledger.example/2027/03/14/traders-block-ring-road\n\n"
             "The Velinor Ledger\nFree Voices From the Valley\n"
             "News | Markets | Opinion | Podcasts\nSupport The Velinor Ledger!\n\n"
             "Traders Block Ring Road Over Doubled Stall Fees\n\n"
             "The councillor followed the blockade from her car. The union wrote to the mayor.\n\n"
             "By The Velinor Ledger\n\n"
             f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n"
             "Read the Velinor Ledger in Danish | Follow our channel\n\n"
             "The Velinor Ledger's team of journalists has covered the valley since 1994. Last year the "
             "regional governor called the paper a \"hostile\" outlet.\n\n"
             "Support The Velinor Ledger! | Give today\n\n© 2027 The Velinor Ledger\n")
    assert e.title == "Traders Block Ring Road Over Doubled Stall Fees"
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_one_line_ad_labelled_sponsored_between_paragraphs_is_no_paragraph():
    e = page(HEAD + f"{LEDE}\n\n{MIDDLE}\n\nSponsored: Lakeside flats in Velinor from 90,000 — book a viewing\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_caption_closed_by_a_pic_credit_is_no_paragraph():
    cap = "Stallholders listen to the union's chair at the old market on 12 March 2027. PIC: OSEI BRANDT"
    e = page(HEAD + f"{LEDE}\n\n{MIDDLE}\n\n{cap}\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_sections_more_news_list_and_a_comments_disclaimer_close_the_page():
    e = page(HEAD + f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n"
             "More Valley news\nFerry fares rise for the winter timetable\nSchool roof repaired after storm\n\n"
             "Comments (2)\n\nThe views expressed by readers in the comments do not "
             "reflect the views of the publisher.\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def _dated(stamp: str, caption: str = ""):
    return page("News | Markets | Opinion\n\nTraders block ring road over stall fees\n\n"
                f"Text: Osei Brandt. Photos: Lena Moor.\n{stamp}\n\n{LEDE}\n\n{MIDDLE}\n\n"
                + (f"{caption}\n\n" if caption else "") + f"{LAST}\n")


def test_a_publish_and_update_stamp_on_one_line_dates_the_page_by_its_publish_date():
    e = _dated("Publish : 14 Mar 2027, 08:10 AM  Update : 15 Mar 2027, 10:02 AM")
    assert (e.published.value, e.published.precision) == ("2027-03-14", "day")


def test_a_yearless_updated_stamp_takes_its_year_from_a_photo_of_the_day_before():
    cap = "Stallholders gather at the old market in Velinor on 13 March 2027. PIC: LENA MOOR"
    e = _dated("Updated: 14 March", cap)
    assert (e.published.value, e.published.precision) == ("2027-03-14", "day")
    # the basis quotes the stamp as printed and says where its year came from
    assert "“Updated: 14 March”" in e.published_basis and "2027" not in e.published_basis
    assert "year from the page's dated photos" in e.published_basis


def test_a_yearless_stamp_without_a_dated_photo_gives_no_day():
    e = _dated("Updated: 14 March")
    assert e.published is None or e.published.precision != "day"


def test_a_page_without_masthead_is_published_by_the_paper_its_people_were_speaking_to():
    e = page("News | Markets | Opinion\n\nTraders block ring road over stall fees\n\nBy OSEI BRANDT in Velinor\n\n"
             f"{LEDE}\n\n\"We are not leaving,\" said one stallholder, speaking to the Ridge-Dispatch outside "
             f"the town hall.\n\n{LAST}\n")
    assert e.publisher == "Ridge-Dispatch"
