"""Round 38 on invented pages: page furniture and dates. Every outlet, person and event here is
made up; each test shows one general behaviour.
"""
from __future__ import annotations

from helpers import page


def test_a_caption_closed_by_photo_from_a_social_page_is_no_paragraph():
    # The credit has no full stop after it; the caption must not shift the paragraph numbers.
    e = page("NORTHWIRE\n\nPolitics\n\nCourt upholds sentence for river blogger\n\n"
             "KALVAR, March 4, 2026, Northwire -- The Supreme Court upheld the sentence of blogger "
             "Emil Varro, his lawyer told Northwire.\n\n"
             "Varro, 31, ran a channel about unpaid wages in the river towns.\n\n"
             "Emil Varro. Photo from his Facebook page\n\n"
             "\"I only asked why the teachers were not paid,\" Varro wrote in a letter.\n")
    texts = [p.text for p in e.paragraphs]
    assert not any("Photo from" in t for t in texts)
    assert any(c.text.startswith("Emil Varro") for c in e.captions)
    assert e.quotes[0].paragraph == 3


def test_a_two_line_logo_names_the_outlet_not_what_kind_of_house_it_is():
    e = page("NORTHWIRE\nMedia Group\n\nNews | World | Economy | Sport\n\nPolitics\n\n"
             "Court upholds sentence for river blogger\n\n"
             "KALVAR, March 4, 2026, Northwire -- The Supreme Court upheld the sentence of blogger "
             "Emil Varro, his lawyer told Northwire.\n\n"
             "Varro, 31, ran a channel about unpaid wages in the river towns.\n")
    assert e.publisher == "Northwire"


def test_an_ordinal_day_before_the_month_dates_the_page():
    e = page("THE HARBOUR CALL\n\nMetro\n\nPolice disperse fuel price protest\n\nBy  Tunde Okafor\n"
             "20th November 2026\n\nPolice on Thursday fired tear gas at protesters outside the "
             "assembly, witnesses said.\n\nAt least nine people were arrested.\n")
    assert (e.published.value, e.published.precision) == ("2026-11-20", "day")


def test_a_web_address_dated_before_the_storys_number_dates_the_page():
    e = page("https://www.harbourcall.example/nation/2026/10/07/2481139/court-grants-protection-order\n\n"
             "The Harbour Call\n\nNation\n\nCourt grants protection order to union organizer\n\n"
             "Lea Marsh - The Harbour Call\n\nThe appeals court on Monday granted a protection order "
             "to a union organizer, her lawyer said.\n\nThe order was served on Tuesday.\n")
    assert (e.published.value, e.published.precision) == ("2026-10-07", "day")
