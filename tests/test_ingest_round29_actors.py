"""Round 29 on invented articles: actor shapes blind29 and blind30's first run needed. Every
outlet, person and body here is made up, and no sentence echoes a gold article; each test shows
one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors

HEAD = "Riverside Courier\nNews\n\nDepot inquiry opens\n\nBy Lenna Varro\n4 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_patronymic_particle_inside_a_name_keeps_it_whole():
    # Central Asian names: given name, "uulu"/"kyzy" (son/daughter of), then the father's name
    e = ex("The prisoner, Aibek uulu Temir, 34, a blogger from Talas, stopped eating last week. "
           "\u201cI will not eat until a doctor sees me,\u201d he said.")
    found = actors(e)
    assert found.get("Aibek uulu Temir") == "person"
    assert "Temir" not in found and "Aibek uulu" not in found
    assert e.quotes[0].speaker == "Aibek uulu Temir"


def test_a_patronymic_at_the_end_still_closes_the_name():
    e = ex("The blogger Nurbek Asan uulu, 41, was charged on Monday. \u201cI wrote the truth,\u201d he said.")
    assert actors(e).get("Nurbek Asan uulu") == "person"
    assert e.quotes[0].speaker == "Nurbek Asan uulu"


def test_mrs_and_the_surname_after_his_relative_is_named_is_a_woman_of_her_own():
    e = ex("Tunde Adeyemi, a reporter, was held for four days. \u201cThey took my phone,\u201d Adeyemi said.\n\n"
           "Adeyemi's mother waited outside each morning. \u201cNobody would speak to me,\u201d "
           "said Mrs Adeyemi, who runs a shop nearby.")
    found = actors(e)
    assert found.get("Tunde Adeyemi") == "person"
    assert found.get("Mrs Adeyemi") == "person"
    assert [q.speaker for q in e.quotes] == ["Tunde Adeyemi", "Mrs Adeyemi"]


def test_mrs_and_the_surname_of_the_woman_herself_stays_her():
    e = ex("Funmi Adeyemi, a trader, lost her stall in the fire.\n\n"
           "\u201cI have nothing left,\u201d said Mrs Adeyemi.")
    found = actors(e)
    assert "Mrs Adeyemi" not in found
    assert e.quotes[0].speaker == "Funmi Adeyemi"


def test_an_amharic_honorific_is_no_part_of_the_name():
    # "Ato" is the Amharic "Mr": it cues a man and stays out of his name
    e = ex("Police came for Ato Kebede Alemu, a 52-year-old surveyor, at dawn in March.")
    found = actors(e)
    assert found.get("Kebede Alemu") == "person"
    assert not any(k.startswith("Ato") for k in found)


def test_a_place_and_its_lower_case_unit_open_a_bodys_name():
    # "aimag", "district", "county": the unit before the office is part of its name
    e = ex("The Zavkhan aimag Police Department opened a case against two officials on Friday.\n\n"
           "In a second case, the Kelso district Police Department said the men were released.")
    found = actors(e)
    assert found.get("Zavkhan aimag Police Department") == "government"
    assert found.get("Kelso district Police Department") == "government"
    assert "Police Department" not in found


def test_an_acronym_after_an_office_of_is_the_body_not_part_of_the_holders_name():
    e = ex("The National Election Board (NEB) has received nine complaints about the vote, "
           "the board's secretary said on Friday.\n\n"
           "Secretary of the NEB Tamir Ganzorig told the briefing that the board had formed a working group. "
           "\"Every complaint will be answered within the legal deadline,\" Ganzorig said.")
    found = actors(e)
    assert found.get("Tamir Ganzorig") == "person"
    assert not any(k.startswith("NEB ") for k in found)
    assert e.quotes[0].speaker == "Tamir Ganzorig"


def test_a_compass_point_after_a_title_is_the_offices_region_not_a_person():
    e = ex("The Resident Minister East, Alhaji Sorie Bangura, has denied the claim.")
    found = actors(e)
    assert found.get("Sorie Bangura") == "person"
    assert "East" not in found


def test_a_local_village_leaders_title_is_no_part_of_the_name():
    # "Toshao" (an elected Amerindian village leader): a title, like "Mayor", before the name
    e = ex("Toshao Desmond Alleyne, the elected village leader, spoke first. "
           "\"We want the truth,\" Toshao Alleyne said.")
    found = actors(e)
    assert found.get("Desmond Alleyne") == "person"
    assert not any(k.startswith("Toshao") for k in found)
    assert e.quotes[0].speaker == "Desmond Alleyne"


def test_the_state_in_an_offices_name_is_no_person():
    e = ex("The Ombudsman of the Ruritanian Republic, Aida Temirova, visited the jail on Monday.")
    found = actors(e)
    assert found.get("Aida Temirova") == "person"
    assert "Republic" not in found


def test_a_numbered_police_unit_is_no_person():
    e = ex("The commander of Regional Division Four, Assistant Commissioner Ravi Persaud, "
           "said two officers were suspended.")
    found = actors(e)
    assert found.get("Ravi Persaud") == "person"
    assert "Regional Division Four" not in found


def test_a_newspapers_publisher_in_apposition_is_a_person():
    e = ex("Kofi Okoro, the paper's publisher, told a radio station that it would stand by its report. "
           "\"We will print it again,\" he said.")
    assert actors(e).get("Kofi Okoro") == "person"
    assert e.quotes[0].speaker == "Kofi Okoro"


def test_a_town_before_the_relative_who_tells_it_is_no_person():
    # "in X, his wife says": the wife tells the story; X is where it happened
    e = ex("He was reading at the table of his house in Debre Sina, his wife says. They took his phone.")
    assert "Debre Sina" not in actors(e)


def test_mrs_and_two_of_her_sons_names_is_his_mother_not_him():
    # a mother styled by her husband's names, which her son's full name also holds
    e = ex("Police arrested the youth leader Alimamy Kargbo Sesay on Friday. He denies the charge, "
           "his lawyer said.\n\n"
           "Sesay's mother brought bread to the station each morning. Mrs Kargbo Sesay, a seamstress, "
           "waited by the desk for an hour. \"They will not let me see him,\" she said.")
    found = actors(e)
    assert found.get("Alimamy Kargbo Sesay") == "person"
    assert found.get("Mrs Kargbo Sesay") == "person"
    assert e.quotes[0].speaker != "Alimamy Kargbo Sesay"
