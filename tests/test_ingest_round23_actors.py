"""Round 23 on invented articles: actor shapes blind23 and blind24's first run needed. Every
outlet, person and body here is made up, and no sentence echoes a gold article; each test shows
one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors

HEAD = "Hillside Gazette\nNews\n\nCouncil vote delayed again\n\nBy Ilse Marten\n9 June 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_burmese_name_that_repeats_a_style_word_keeps_both_words():
    # "Tun" is also a Malay style of address; said twice it is the opening of a Burmese name
    e = ex("Soldiers burned three houses in the village on Sunday.\n\n"
           "In a message to reporters, army spokesman Major General Tun Tun Myint wrote: "
           "\"Troops acted against armed terrorists in the area.\"")
    found = actors(e)
    assert found.get("Tun Tun Myint") == "person"
    assert "Tun Myint" not in found


def test_a_bodys_name_with_to_and_its_mission_verb_is_one_name():
    # "Council to Defend ...": the name goes on through "to"; its tail is no group of its own
    e = ex("A blogger was charged on Monday over a post about the dam.\n\n"
           "The Council to Defend Open Speech, a Georgian press freedom group, said the charge was "
           "the second this spring. It called the detention \"harsh and needless\".")
    found = actors(e)
    assert found.get("Council to Defend Open Speech") == "ngo"
    assert "Defend Open Speech" not in found


def test_a_committee_members_portfolio_before_the_name_is_no_part_of_it():
    # "Mayoral Committee Member for <portfolio> <Name>": the name starts after the portfolio
    e = ex("Families were moved out of the flats on Tuesday.\n\n"
           "In an emailed answer, Mayoral Committee Member for Urban Mobility Pieter Vosloo said the "
           "city would read the ruling first. \"We respect the court,\" Vosloo said.")
    found = actors(e)
    assert found.get("Pieter Vosloo") == "person"
    assert not any(k.endswith(" Pieter Vosloo") for k in found)


def test_a_rank_abbreviation_after_a_ministers_portfolio_is_no_person():
    # "Deputy Minister of <portfolio> Lt. Gen. <Name>": "Lt" is the rank, the name follows it
    e = ex("A land activist was jailed for five years on Friday.\n\n"
           "The delegation was led by Deputy Minister of Home Affairs Lt. Gen. Vo Quang Duc, "
           "who opened the forum.")
    found = actors(e)
    assert found.get("Vo Quang Duc") == "person"
    assert "Lt" not in found and "Gen" not in found


def test_the_ministry_of_a_named_minister_speaking_in_lower_case_is_an_actor():
    # the minister is named with the portfolio; later "the ministry said" is that ministry
    e = ex("Relatives of three detained fishermen asked for news of them on Sunday.\n\n"
           "Deputy Minister of Fisheries and Water Omar Haidari met the relatives in the capital.\n\n"
           "\"Their files are being examined,\" the ministry said in a statement afterwards.")
    assert actors(e).get("Ministry of Fisheries and Water") == "government"


def test_a_ministry_named_in_full_nearer_than_the_minister_keeps_the_lower_case_mention():
    e = ex("Deputy Minister of Health Ana Rubio visited the clinic.\n\n"
           "The Foreign Ministry was silent. The ministry said on Monday it would reply in writing.")
    assert "Ministry of Health" not in actors(e)


def test_the_french_style_for_a_lawyer_is_no_part_of_the_name():
    # "Me" (Maître) before a lawyer's name, then before the surname alone: one person
    e = ex("A rapper was held over a song on Friday.\n\n"
           "His lawyer, Me Kodjo Amenyo, said the charge was absurd. \"A song is not a riot,\" "
           "Me Amenyo said.")
    found = actors(e)
    assert found.get("Kodjo Amenyo") == "person"
    assert not any(k.startswith("Me ") for k in found)


def test_a_performers_stage_name_with_mc_is_a_person():
    e = ex("A teenager was shot near his school on Monday.\n\n"
           "The rapper MC Biló, who grew up two streets away, posted the boy's photograph. "
           "\"How many more?\" he wrote.")
    assert actors(e).get("MC Biló") == "person"


def test_a_name_known_to_everyone_by_a_pet_name_is_a_persons():
    e = ex("Joana Prates da Cunha, known to everyone on the hill as Joaninha, was hit by a stray "
           "bullet on Tuesday morning, according to her aunt.\n\n"
           "Residents blocked the road in protest.")
    assert actors(e).get("Joana Prates da Cunha") == "person"


def test_the_city_of_a_place_later_called_the_city_is_the_municipality():
    e = ex("Tenants of the Vuka hostel won an order on Friday that bars the City of Port Alfred from "
           "evicting anyone before the hearing.\n\n"
           "The City said it would read the order before deciding on an appeal.")
    assert actors(e).get("City of Port Alfred") == "government"


def test_a_city_of_a_place_only_as_a_location_is_no_actor():
    e = ex("Mira Kassel moved to the City of Port Alfred in 2010 and opened a bakery.\n\n"
           "The city is hot in summer, she said.")
    assert "City of Port Alfred" not in actors(e)


def test_the_democratic_republic_of_congo_is_no_plain_congo():
    # two countries: the Democratic Republic's full name never shortens to its neighbour's
    e = ex("A reporter who wrote about cobalt trucks crossing from the Democratic Republic of the "
           "Congo was charged on Monday.\n\n"
           "\"He only counted lorries,\" said his editor, Ines Kabura.")
    found = actors(e)
    assert found.get("Democratic Republic of Congo") == "country"
    assert "Congo" not in found
