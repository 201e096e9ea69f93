"""Round 25 on invented articles: actor shapes blind25 and blind26's first run needed. Every
outlet, person and body here is made up, and no sentence echoes a gold article; each test shows
one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors

HEAD = "Valley Courier\nNews\n\nWater rationing extended\n\nBy Pia Lorend\n3 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_spanish_surname_with_de_la_stays_one_persons_name():
    # "de la", "de los": a surname's particle and article sit inside the name
    e = ex("The trial of the two farmers opened on Monday.\n\n"
           "Her nephew, Ernesto Vidal de la Fuente, 27, was detained in March. "
           "\"We are still waiting,\" said his lawyer, Tomás de los Reyes Ortega.")
    found = actors(e)
    assert found.get("Ernesto Vidal de la Fuente") == "person"
    assert found.get("Tomás de los Reyes Ortega") == "person"
    assert "Reyes Ortega" not in found


def test_a_given_name_alone_whose_paragraph_quotes_she_says_makes_the_full_name_a_person():
    # a feature names her once in full, then calls her by her given name before "she says"
    e = ex("Each Friday, Rosalba de la Vega takes two buses to the jail.\n\n"
           "Rosalba keeps a diary on the shelf. \u201cI note every visit,\u201d she says.")
    found = actors(e)
    assert found.get("Rosalba de la Vega") == "person"
    assert e.quotes[0].speaker == "Rosalba de la Vega"


def test_a_groups_name_ending_in_a_date_code_is_whole():
    # "Memoria 9M": digits and a letter naming a date close the group's name; no lone letter
    e = ex("Dozens of protesters are still held.\n\n"
           "According to Memoria 9M, a volunteer group that tracks arrests, 200 people remain in prison.")
    found = actors(e)
    assert found.get("Memoria 9M") == "ngo"
    assert "M" not in found


def test_a_district_criminal_court_and_a_city_khokimiyat_are_bodies():
    # a court's kind between its level and "court"; a Central Asian city's administration
    e = ex("The Mirobod district criminal court fined the reporter on Tuesday.\n\n"
           "The Samarkand city hokimiyat's press office said every family had been rehoused.")
    found = actors(e)
    assert found.get("Mirobod district criminal court") == "court"
    assert found.get("Samarkand city hokimiyat") == "government"


def test_a_name_set_off_after_a_role_over_a_district_is_a_persons():
    # "the deputy khokim of <Place> district, <Name>,": the name in commas is the office holder's
    e = ex("The blogger posted three videos about the demolitions.\n\n"
           "In them she mocked the deputy khokim of Chilanzar district, Rustam Ergashevich Tolipov, "
           "as a man who sold the street. Tolipov later filed a complaint.")
    found = actors(e)
    assert found.get("Rustam Ergashevich Tolipov") == "person"
    # "Akim" is also a Ghanaian place word: no title before a constituency's compass point
    e = ex("Voting was halted at the Bono Akim East by-election on Tuesday, the Volta Ledger reported.")
    assert "East" not in actors(e)


def test_a_surname_opening_with_a_capitalised_particle_is_the_full_names_person():
    # a sentence's capital on "dos" does not make a second person of the surname
    e = ex("\"Nobody on this road is safe,\" said Lucas dos Santos Prieto, head of the drivers' union.\n\n"
           "Dos Santos Prieto said the union would stop work on Friday.")
    found = actors(e)
    assert found.get("Lucas dos Santos Prieto") == "person"
    assert "Dos Santos Prieto" not in found
