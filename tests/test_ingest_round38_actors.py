"""Round 38 on invented articles: names that the actor finder cut or misread. Every outlet,
person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, on_page, paragraph_actor_types

HEAD = "Valley Courier\nNews\n\nCommission reports on detention\n\nBy Ana Reyes\n2 March 2026\n\n"


def test_a_french_particle_inside_a_name_keeps_the_name_whole():
    types = paragraph_actor_types("The commission's chairperson, Marie d'Aurel Kamanzi, told lawmakers "
                                  "that its monitors had visited 42 prisons.")
    assert types.get("Marie d'Aurel Kamanzi") == "person"
    assert "Aurel Kamanzi" not in types


def test_a_hyphenated_place_before_a_lower_case_high_court_names_the_court_whole():
    types = paragraph_actor_types("Residents won a reprieve after the Nordland-Vest high court interdicted "
                                  "the municipality from demolishing their homes.")
    assert types.get("Nordland-Vest High Court") == "court"
    assert "Vest High Court" not in types


def test_a_workers_congress_named_after_its_country_is_one_body():
    types = paragraph_actor_types("The Kenya Labour Congress also condemned the police action.")
    assert types.get("Kenya Labour Congress") == "ngo"
    assert "Labour Congress" not in types


def test_initials_whose_caucus_leader_speaks_are_a_party():
    types = paragraph_actor_types("The council is run by a coalition. The VFP’s caucus leader in the city "
                                  "council, Tomas Brandt, said the party would table a motion.")
    assert types.get("VFP") == "party"


def test_a_name_that_ends_like_a_body_but_has_an_age_is_a_person():
    types = paragraph_actor_types("Sok Navy, 54, wept as she spoke to reporters on the steps of the court.")
    assert types.get("Sok Navy") == "person"


def test_a_titled_name_of_a_body_without_a_bodys_shape_is_still_a_person():
    types = paragraph_actor_types("Counsel Mara Okoth of Haki Kwanza Uganda, who represented the students, "
                                  "said the charges were meant to punish them.")
    assert types.get("Mara Okoth") == "person"


def test_khmer_family_name_um_gives_no_gender():
    # "Um" opens many Khmer names; it is not the Arabic "Umm" (mother of), so "he" may be him.
    e = on_page(HEAD, "Party spokesperson Um Sothea said the verdict was part of a wider effort to weaken "
                      "the party.\n\n\"They are sending a message to all of our young members,\" he said.")
    assert actor_types(e).get("Um Sothea") == "person"
    assert e.quotes[0].speaker == "Um Sothea"
