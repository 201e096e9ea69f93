"""Round 54 on invented pages: what the first run on blind76 and blind77 showed (scored first, then
fixed). Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, on_page, speaker_of as who

HEAD = "Harbour Sun\nNews | Labour\n\nWorkers wait for pay\n\nBy Rosa Teul\nThursday, February 12th, 2026\n\n"


def test_an_occupation_before_a_name_is_no_part_of_it():
    e = on_page(HEAD, "Housekeeper Daisy Nunez has worked at the resort for eleven years. \"Since October, nothing,\" "
                      "she told the Sun.")
    assert actor_types(e).get("Daisy Nunez") == "person"
    assert who(e, "Since October, nothing") == "Daisy Nunez"


def test_an_abbreviated_rank_before_a_surname():
    e = on_page(HEAD, "Police national spokesperson Assistant Commissioner Fortune Dube said more arrests were "
                      "expected.\n\n"
                      "Asst Comm Dube urged vendors to \"use the proper channels\".")
    assert who(e, "use the proper channels") == "Fortune Dube"


def test_a_style_before_a_family_name_that_opens_the_name():
    e = on_page(HEAD, "The company's director, Mr Tan Boon Huat, did not reply.\n\n"
                      "\"When payments get stuck, workers suffer,\" said Ms Tan Li Ying of the Migrant Workers' Centre.\n\n"
                      "\"Employers must pay on time,\" said Ms Tan.")
    assert who(e, "Employers must pay on time") == "Tan Li Ying"


def test_a_name_marked_as_changed_is_a_person():
    e = on_page(HEAD, "For seven months, Rahim* has woken up in the same room and found nothing.\n\n"
                      "\"We are waiting for a company that no longer exists,\" Rahim told the Sun by phone.\n\n"
                      "*Names have been changed.")
    assert actor_types(e).get("Rahim") == "person"
    assert who(e, "We are waiting for a company") == "Rahim"


def test_a_name_in_commas_before_said_colon_introduces_the_paragraphs_after():
    e = on_page(HEAD, "The alliance condemned the killings.\n\n"
                      "Thandi Mokoena, Alliance Africa Advocacy and Campaigns Lead, said:\n\n"
                      "\"The response of the authorities has been brutal.\"")
    assert who(e, "The response of the authorities") == "Thandi Mokoena"


def test_a_portfolio_or_a_list_in_commas_before_said_makes_no_person():
    e = on_page(HEAD, "The Minister of State for Higher Education, Ruth Amongi, said fees would stay. Rahman, who "
                      "represented Sohel Mia, Jahid Alam and Billal Hossain, said the confession was \"extracted under "
                      "torture\".")
    types = actor_types(e)
    assert "Higher Education" not in types
    assert who(e, "extracted under torture") != "Sohel Mia"


def test_a_caption_above_the_story_with_its_credit_on_the_line_below():
    e = on_page("Lakeland Herald\nHome / india\n\nDelivery workers protest after rider's death\n\nSahana Rao\n"
                "Last Updated : 04 April 2026, 00:15 IST\n\n"
                "Delivery workers at the protest at Freedom Park on Friday.\nCredit: LH Photo/Ranjith Kumar\n\n",
                "Hundreds of delivery workers gathered at Freedom Park on Friday to protest the death of a rider.")
    assert e.paragraphs[0].text.startswith("Hundreds of delivery workers")
    assert [c.text for c in e.captions] == ["Delivery workers at the protest at Freedom Park on Friday."]
