"""Round 31 on invented articles: actor shapes blind31 and blind32's first run needed. Every
outlet, person and body here is made up, and no sentence echoes a gold article; each test shows
one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors

HEAD = "Hillside Ledger\nNews\n\nCampus case heard\n\nBy Orin Talbay\n9 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_state_legislator_title_before_a_name_names_a_person_not_the_party():
    # "MLA" (India), "MPA"/"MNA" (Pakistan): a legislator's title like "MP"
    e = ex("The verdict split the assembly. \u201cThe students were right to ask,\u201d said "
           "Lotus Front (LF) MLA Revati Sundaram, while the ruling party stayed silent.")
    found = actors(e)
    assert found.get("Revati Sundaram") == "person"
    assert e.quotes[0].speaker == "Revati Sundaram"


def test_a_surname_given_an_age_apposition_makes_the_full_name_a_person():
    e = ex("The first thing Marta Kowalska does when we meet is lock the door.\n\n"
           "Kowalska, a 44-year-old painter, spent a year in a remand prison. \u201cI paint at night "
           "now,\u201d she says.")
    found = actors(e)
    assert found.get("Marta Kowalska") == "person"
    assert e.quotes[0].speaker == "Marta Kowalska"


def test_the_two_forms_of_one_family_name_are_a_woman_and_a_man():
    # "-ova"/"-ov", "-skaya"/"-ski": a "he" in a paragraph naming her is not hers
    e = ex("Irina Ostrova, a poet, was freed in May. Her brother, Pavel Ostrov, a driver, is still held.\n\n"
           "At the ministry, Captain Timur Bekov, the press officer, met me in his office. "
           "\u201cAll was lawful,\u201d the captain said.\n\n"
           "I asked him whether Ostrova was still watched. \u201cWe do not watch poets,\u201d he said. "
           "\u201cWe have enough work.\u201d")
    found = actors(e)
    assert found.get("Irina Ostrova") == "person" and found.get("Pavel Ostrov") == "person"
    assert [q.speaker for q in e.quotes] == ["Timur Bekov", "Timur Bekov", "Timur Bekov"]


def test_mrs_before_a_husbands_full_name_with_a_wife_apposition_is_a_woman_of_her_own():
    e = ex("Tomas Ventura, 51, a driver, was charged with unlawful assembly.\n\n"
           "\u201cHe did nothing,\u201d said Joao Pires, a lawyer.\n\n"
           "Mrs Tomas Ventura, the driver\u2019s wife, waited outside. \u201cHe is no criminal,\u201d she said.")
    found = actors(e)
    assert found.get("Tomas Ventura") == "person"
    assert found.get("Mrs Tomas Ventura") == "person"
    assert e.quotes[-1].speaker == "Mrs Tomas Ventura"


def test_a_bare_family_name_goes_to_her_whose_first_family_name_it_is():
    # Andean names: given name, father's then mother's family name; the first is the one used alone
    e = ex("Nilo Ccama Apaza, 17, was shot in the square on Monday.\n\n"
           "His mother, Señora Delfina Apaza Turpo, spoke outside the morgue.\n\n"
           "\u201cHe wanted to be a teacher,\u201d Señora Apaza said.")
    pars = {m.key: m.paragraphs for m in e.mentions}
    assert pars.get("Delfina Apaza Turpo") == (2, 3)
    assert pars.get("Nilo Ccama Apaza") == (1,)
    assert e.quotes[0].speaker != "Nilo Ccama Apaza"


def test_a_given_name_with_an_honorific_after_it_is_a_person():
    # Uzbek "aka"/"opa", Turkish "Bey"/"Hanım" follow the given name
    e = ex("The baker across the road, whom the children call Rustam aka, recalled the night of the "
           "arrests. \u201cThree vans came and nobody slept,\u201d he recalled.\n\n"
           "Upstairs lives Gulnora opa, who kept the keys. The landlord, Selim Bey, said nothing.")
    found = actors(e)
    assert found.get("Rustam aka") == "person"
    assert found.get("Selim Bey") == "person"
    assert "Rustam" not in found
    assert e.quotes[0].speaker == "Rustam aka"
