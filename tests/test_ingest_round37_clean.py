"""Round 37 on invented pages: a site's name in capitals over its menu, and publication dates
the pages print in other shapes. Every person, place, outlet and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

LEDE = ("Fishers in Port Amaru blocked the harbour road on Tuesday after the port board raised "
        "mooring fees, the fishers' cooperative said.")
MIDDLE = ("\"We cannot pay twice for the same water,\" said Tavita Oremu, who chairs the cooperative.")
LAST = "The board said it would meet the cooperative next month."


def test_a_name_in_capitals_over_the_menu_is_the_site_when_its_notice_or_disclaimer_names_it():
    for head, foot, name in (
            ("TALAVERO", "© Talavero Publishing House Ltd.", "talavero"),
            ("HARBOUR BEACON", "Views expressed by readers below are their own and not of the Harbour Beacon.",
             "harbour beacon"),
            ("WEEKLY ORMANDA", "© Ormanda Printing Group. All rights reserved.", "weekly ormanda")):
        e = page(f"{head}\nHome > Coast\n\nFishers block harbour road over mooring fees\n\n"
                 f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n{foot}\n")
        assert e.publisher and e.publisher.lower() == name, (head, e.publisher_basis)
        assert body(e)[:3] == [LEDE, MIDDLE, LAST]


def test_a_section_label_in_capitals_over_the_menu_is_no_publisher():
    e = page(f"COAST\nHome > Coast\n\nFishers block harbour road over mooring fees\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.publisher is None
    # a country's name in capitals, the story about it: no site's notice names it
    e = page(f"AMARU\nHome > Coast\n\nFishers block harbour road over mooring fees\n\n{LEDE}\n\n{MIDDLE}\n\n"
             f"Amaru's fishers have protested before.\n\n{LAST}\n")
    assert e.publisher is None


WIRE_HEAD = "PORT AMARU GAZETTE\nHome > Coast\n\nFishers block harbour road over mooring fees\n\nSOLVIK/09.10.27/NPA\n\n"


def test_a_wire_dateline_on_its_own_line_dates_the_page_day_first():
    lede = LEDE.replace("on Tuesday", "on Thursday")
    e = page(WIRE_HEAD + f"{lede}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.published is not None and (e.published.value, e.published.precision) == ("2027-10-09", "day")
    assert "read day first" in e.published_basis, "the basis says the order was assumed"
    assert body(e) == [lede, MIDDLE, LAST]


def test_a_wire_dateline_whose_day_first_reading_the_weekdays_contradict_is_not_read():
    # 9 October 2027 is a Saturday: a Sunday the story tells of lies six days back, so the
    # numbers' order is not settled
    lede = LEDE.replace("on Tuesday", "on Sunday")
    e = page(WIRE_HEAD + f"{lede}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.published is None or e.published.value != "2027-10-09", e.published_basis


def test_a_photo_by_the_photographer_the_byline_credits_dates_a_page_with_no_date_line():
    lede = "Fishers in Port Amaru blocked the harbour road today after the port board raised mooring fees."
    cap = "Fishers tie their boats across the slipway at Port Amaru, 3 March 2027. Photo: Losa Venning."
    e = page("PORT AMARU GAZETTE\nHome > Coast\n\nFishers block harbour road over mooring fees\n\n"
             f"Words: Mere Talatu. Photos: Losa Venning.\n\n{lede}\n\n{cap}\n\n{MIDDLE}\n\n{LAST}\n")
    assert body(e) == [lede, MIDDLE, LAST]
    assert e.published is not None and (e.published.value, e.published.precision) == ("2027-03-03", "day"), \
        e.published_basis
    # a photo by someone else (an agency's, which may be reused later) settles nothing
    other = cap.replace("Photo: Losa Venning", "Photo: Tane Ruaki")
    e = page("PORT AMARU GAZETTE\nHome > Coast\n\nFishers block harbour road over mooring fees\n\n"
             f"Words: Mere Talatu. Photos: Losa Venning.\n\n{lede}\n\n{other}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.published is None or e.published.precision != "day", e.published_basis


def test_a_name_over_a_tagline_calling_it_a_weekly_or_a_news_network_is_the_site():
    for name, tagline in (("Tidewater", "THE COAST'S INDEPENDENT WEEKLY"), ("KORAlink", "A Pacific News Network")):
        e = page(f"{name}\n{tagline}\n\nHome   Coast   Islands   Opinion   About\n\n"
                 f"Fishers block harbour road over mooring fees\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
        assert e.publisher == name, e.publisher_basis
        assert body(e) == [LEDE, MIDDLE, LAST]
    # a tagline of no outlet's kind names no site
    e = page("Tidewater\nThe coast's stories, every day\n\nHome   Coast   Islands   Opinion   About\n\n"
             f"Fishers block harbour road over mooring fees\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.publisher is None, e.publisher_basis


def test_a_name_over_the_menu_that_the_pages_disclaimer_speaks_as_is_the_site():
    head = "Lagoon Forum\nVoices from the coast\n\nHome   Coast   Islands   Opinion   About\n\n" \
           "Fishers block harbour road over mooring fees\n\n"
    for foot, name in (("Lagoon Forum carries essays by readers along the coast. The views expressed are the "
                        "writers' own.", "Lagoon Forum"),
                       ("The views expressed are the writers' own.", None)):
        e = page(head + f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n{foot}\n")
        assert e.publisher == name, e.publisher_basis
        assert body(e)[:3] == [LEDE, MIDDLE, LAST]


def test_a_brand_spelled_lower_then_upper_over_the_menu_and_named_again_is_the_site():
    head = "coastWire\nStories from the water's edge\n\nHome | Coast | Islands | Opinion | About\n\n" \
           "Fishers block harbour road over mooring fees\n\n"
    e = page(head + f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\nSign up for the coastWire letter.\n")
    assert e.publisher == "coastWire", e.publisher_basis
    assert body(e)[:3] == [LEDE, MIDDLE, LAST]
    # the page never names it again: no evidence beyond a line's spelling
    e = page(head + f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.publisher is None, e.publisher_basis
