"""Round 23 on invented pages: page cleaning, paragraph numbering, the page's date and
publisher. Every person, place, outlet and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

LEDE = ("Fishing crews in Port Velan stayed ashore on Monday after the harbour board doubled the "
        "mooring fee, the third rise in two years.")
MIDDLE = ("The board's chair, Odile Varenne, said the money would repair the breakwater. \"The wall "
          "will not mend itself,\" she said at a meeting with skippers.")
LAST = "The board meets again on Thursday to hear the crews' objections."


def test_a_copyright_years_after_the_name_stay_out_of_the_publisher():
    # "© Harbour Ledger 2026": the year dates the notice; the outlet is "Harbour Ledger"
    e = page("Port Velan crews strike over mooring fees\n\nBy Ines Castell\n\n"
             f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n© Harbour Ledger 2026\n")
    assert e.publisher == "Harbour Ledger"
    assert body(e)[-1] == LAST


def test_a_month_and_year_under_the_byline_dates_the_page_to_the_month():
    e = page("Port Velan crews strike over mooring fees\n\n"
             "Skippers say the rise will put small boats out of business.\n\n"
             f"By Ines Castell\nOctober 2026\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-10", "month")
    assert body(e)[0] == LEDE and len(body(e)) == 3


def test_a_place_and_month_dateline_line_gives_the_month_only():
    e = page("WORLD | CITIES | CULTURE\n\nCOAST\n\nPort Velan crews strike over mooring fees\n\n"
             f"PORT VELAN, October 2026\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-10", "month")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_picture_sites_embedded_post_is_no_paragraph():
    post = ("Singer Lio Marsh shared a picture of the empty quay. \"No boats, no bread,\" he wrote "
            "on Instagram.")
    e = page("Port Velan crews strike over mooring fees\n\nBy Ines Castell\n\n"
             f"{LEDE}\n\n{post}\n\nlio.marsh_music • Follow\nNo boats, no bread. ⚓ #PortVelan\n"
             f"3,210 likes\nView all 415 comments\n\n{MIDDLE}\n\n{LAST}\n")
    assert body(e) == [LEDE, post, MIDDLE, LAST]


def test_an_embedded_post_closed_by_its_translate_button_is_no_paragraph():
    e = page("Port Velan crews strike over mooring fees\n\nBy Ines Castell\n\n"
             f"{LEDE}\n\n{MIDDLE}\n\nHarbour Board Velan @VelanHarbour\n"
             "The fee pays for the breakwater. Safety comes first.\nTranslate post\n\n"
             f"{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_standfirst_over_a_bare_author_name_is_not_the_first_paragraph():
    stand = "Skippers say the rise will put small boats out of business within a year."
    e = page("Coastal Wire\nNews | Politics | Culture\n\nPort Velan crews strike over mooring fees\n\n"
             f"{stand}\n\nInes Castell\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n"
             "We welcome your comments at desk@coastalwire.example.\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_caption_dated_and_credited_in_brackets_without_a_full_stop_is_a_caption():
    cap = ("Skippers tie up their boats at the Port Velan quay on Monday, 9 November 2026 "
           "(Coastal Wire/Ines Castell)")
    e = page("Port Velan crews strike over mooring fees\n\nInes Castell\nPort Velan\n\n"
             f"{LEDE}\n\n{cap}\n\n{MIDDLE}\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]
    assert [(c.credit, c.date.value if c.date else None) for c in e.captions] == \
        [("Coastal Wire/Ines Castell", "2026-11-09")]


def test_author_notes_based_in_a_city_and_the_outlets_blurb_close_the_page():
    e = page("Coastal Wire\nNews | Opinion | Video\n\nPort Velan crews strike over mooring fees\n\n"
             "By Ines Castell and Tomas Reyl\n\n"
             f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n"
             "Ines Castell and Tomas Reyl are journalists based in Sarnow.\n\n"
             "This article is available in Spanish on Coastal Wire Español.\n\n"
             "Coastal Wire delivers independent reporting on the ports and islands of the north.\n"
             "© Coastal Wire 2026 | Privacy | Terms\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_newsletter_box_and_a_quoted_subheading_are_not_paragraphs():
    e = page("Port Velan crews strike over mooring fees\n\nBy Ines Castell\n\n"
             f"{LEDE}\n\n“An empty quay”\n\nNewsletter\n« Coastal Wire Daily »\n"
             f"Every morning, the news from the coast. Sign up\n\n{MIDDLE}\n\n{LAST}\n\n"
             "Translation of an original article published in Spanish on coastalwire.example.\n\n"
             "Related stories\nA lighthouse keeper's last winter\nThe island school that closed its doors.\n\n"
             "© 2026 Coastal Wire. All rights reserved.\n")
    assert body(e) == [LEDE, MIDDLE, LAST]
