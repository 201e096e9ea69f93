"""Round 9 on invented articles: whom a short name refers to when two people share it, and the
actor shapes a first run on new articles missed or invented. Every outlet, person and body here
is made up, and no sentence echoes a gold article; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors, speaker_of as speaker

HEAD = "Valley Ledger\nNews\n\nWells run dry in San Roque\n\nBy Irene Vall\n6 June 2025\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_sisters_sharing_both_family_names_the_short_form_keeps_naming_the_first():
    e = ex("Teresa Beatriz Ruiz Pardo has run the well committee for ten years.\n\n"
           "Ruiz Pardo, 50, founded the committee with six neighbours. Her elder sister, Eva Ruiz "
           "Pardo, keeps its accounts.\n\n"
           "Last month the pump broke again.\n\n"
           "\"We carried water in buckets for a week,\" says Ruiz Pardo. \"The council sent a letter.\"")
    assert speaker(e, "We carried water") == "Teresa Beatriz Ruiz Pardo"


def test_a_brother_set_off_after_his_name_does_not_take_the_shared_surname():
    e = ex("Sipho Dube, 41, a union organiser, was beaten outside his house on Friday.\n\n"
           "\"I saw their faces,\" Dube told the Ledger.\n\n"
           "Sipho Dube has filed a complaint with the police.\n\n"
           "The council's new chairman, Bongani Dube - the injured man's elder brother - won the "
           "seat last year.\n\n"
           "Dube said he would go back to work on Monday. \"I am not hiding,\" he said.")
    assert speaker(e, "I am not hiding") == "Sipho Dube"


def test_an_honorific_surname_goes_to_the_name_it_ends_not_one_it_opens():
    e = ex("Samina Tariq Qureshi, a reporter, said border officials held her passport for a day.\n\n"
           "Ms Qureshi had been invited to a press freedom forum in Oslo.\n\n"
           "The office of Interior Minister Qureshi Akbar Lodhi said the names on the list were "
           "checked by the ministry.\n\n"
           "Ms Qureshi said she would still travel. \"My ticket is booked,\" she said.")
    assert speaker(e, "My ticket is booked") == "Samina Tariq Qureshi"


def test_a_role_apposition_may_hold_a_bodys_short_name_in_parentheses():
    e = ex("Carmen Elena Soto Ruelas, a lawyer with the Fray Tomás Legal Aid Center (Centro Fray), "
           "which advises the families, says the state has failed them.")
    assert actors(e).get("Carmen Elena Soto Ruelas") == "person"


def test_an_age_at_the_time_or_friends_name_for_him_cue_a_person():
    e = ex("Her son, Mateo Lozano Ibarra, known to his friends as \"El Flaco,\" vanished in 2022.\n\n"
           "Andrés Villa Cota was 19 when he left for work and never came home.")
    found = actors(e)
    assert found.get("Mateo Lozano Ibarra") == "person"
    assert found.get("Andrés Villa Cota") == "person"


def test_who_opening_a_question_is_no_world_health_body_but_capitals_are():
    e = ex("The officer asked him, 'Who pays for your travel?' His lawyer said nobody did.\n\n"
           "The WHO said the clinic in the valley had closed.")
    found = actors(e)
    assert "Who" not in found
    assert found.get("WHO") == "international"


def test_a_list_or_register_spelled_out_before_its_initials_is_no_actor():
    e = ex("Her name was put on the Travel Watch Register (TWR) a week before the forum. The "
           "Valley Press Club (VPC) said the register was secret.")
    found = actors(e)
    assert "Travel Watch Register" not in found
    assert found.get("Valley Press Club") == "ngo"


def test_a_rank_word_opening_a_laws_name_makes_no_person():
    e = ex("The state must search for the missing under the 2019 General Law on Water Rights, "
           "said Irene Vall, a lawyer.")
    found = actors(e)
    assert "Law" not in found
    assert found.get("Irene Vall") == "person"


def test_a_places_department_named_in_lower_case_is_a_government_body():
    e = ex("In a written reply, the head of the Ostrava regional department of prisons stated that "
           "the inmate had 'received every care'.")
    assert actors(e).get("Ostrava regional department of prisons") == "government"


def test_a_ministry_asked_for_a_reply_is_a_party_even_in_lower_case():
    e = ex("The High Court on Tuesday sought a reply from the interior ministry on a petition filed "
           "by reporter Samina Tariq Qureshi.")
    assert actors(e).get("interior ministry") == "government"


def test_a_prosecution_is_a_government_body():
    e = ex("The Higher State Prosecution on Sunday renewed the detention of the translator Omar Fathy.")
    assert actors(e).get("Higher State Prosecution") == "government"


def test_one_word_whose_syllables_give_the_initials_before_them_is_a_body():
    e = ex("Tanakorn (TKN) legislator Malee Srisai said the vote was rigged. Members of the "
           "Valley Fishers Union (VFU) agreed.")
    found = actors(e)
    assert found.get("Tanakorn") == "party"
    assert found.get("Valley Fishers Union") == "ngo"


def test_initials_with_a_candidate_or_lawmakers_after_them_are_a_party():
    e = ex("The KDU's council candidate, Lerato Sithole, won the ward with 58% of the vote.")
    assert actors(e).get("KDU") == "party"


def test_initials_then_a_country_name_a_national_chapter():
    e = ex("In a joint letter, the Valley Press Club, PEN Moldova and two unions asked for a hearing.")
    assert actors(e).get("PEN Moldova") == "ngo"


def test_a_country_mandate_of_the_un_is_one_international_actor():
    e = ex("The UN Special Rapporteur on the situation of human rights in Ruritania has raised the "
           "case with the authorities.")
    found = actors(e)
    assert found.get("UN Special Rapporteur on the situation of human rights in Ruritania") == "international"
    assert "United Nations" not in found


def test_a_kunya_one_is_known_by_names_a_person():
    e = ex("Police came at dawn, according to a baker on the corner who is known in the street as "
           "Abu Karam.")
    assert actors(e).get("Abu Karam") == "person"


def test_a_name_in_its_own_script_leaves_the_age_after_it_a_cue():
    e = ex("Mei Jun-hao (梅俊豪), 52, who runs a small Tainan bookshop, has not been heard from "
           "since March.")
    assert actors(e).get("Mei Jun-hao") == "person"


def test_the_bare_shared_name_is_not_given_to_the_relative_the_writer_names_in_full():
    e = ex("Mei Jun-hao (梅俊豪), 52, who runs a small Tainan bookshop, vanished in March, according "
           "to his sister, Mei Ling-yu (梅玲玉).\n\n"
           "Officials said Mei was under investigation.\n\n"
           "Mei Ling-yu told the Ledger the family had hired a lawyer.\n\n"
           "Mei Ling-yu said their father had not been told.\n\n"
           "Mei's bookshop has been closed since April.")
    sheets = {m.key: m.forms for m in e.mentions}
    assert "Mei" not in sheets.get("Mei Ling-yu", ())


def test_a_banners_words_are_no_body():
    e = ex("Residents stayed away under the slogan \"No Water, No House, No Vote\", painted across "
           "the gate.")
    assert "No House" not in actors(e)


def test_a_movement_named_with_a_prefixed_word_and_its_short_name_speak_as_one():
    e = ex("Thulani Dube, 38, chairperson of the Inhlangano yeBantu branch in the settlement, was "
           "shot on Monday.\n\n"
           "Inhlangano said in a statement that the state \"has never cared for our dead\".")
    assert actors(e).get("Inhlangano yeBantu") == "ngo"
    assert speaker(e, "has never cared") == "Inhlangano yeBantu"


def test_one_word_heading_a_list_of_bodies_that_act_together_is_a_body():
    e = ex("In a joint letter on Monday, Zorka, the Valley Association of Journalists, PEN Moldova "
           "and the Fishers Union demanded an inquiry.")
    found = actors(e)
    assert found.get("Zorka") == "ngo"
    assert found.get("Valley Association of Journalists") == "ngo"


def test_a_person_in_a_list_keeps_the_list_from_making_bodies_of_its_words():
    e = ex("On Monday, Zorka, Irina Vass and the Fishers Union demanded an inquiry.")
    assert "Zorka" not in actors(e)
