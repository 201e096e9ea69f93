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
