"""Round 20 on invented articles: actor shapes a first run on new articles missed or invented.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors, speaker_of as speaker

HEAD = "Harbour Courier\nNews\n\nCourt frees warehouse organiser\n\nBy Lena Ostrova\n4 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_members_group_named_with_for_a_is_one_body():
    e = ex("A district court on Monday freed Park Min-ho, a warehouse organiser held for a week.\n\n"
           "His lawyer, Lee Ha-na of the group Doctors for a Just Peninsula, said the ruling was fair.")
    found = actors(e)
    assert found.get("Doctors for a Just Peninsula") == "ngo"
    assert "Doctors" not in found and "Just Peninsula" not in found


def test_a_father_named_with_two_of_his_daughters_names_is_a_person_of_his_own():
    e = ex("Port officials on Tuesday freed reporter Leila Idris Karam after six days in custody.\n\n"
           "Karam, 28, covers the fishing villages along the coast.\n\n"
           "Her father, Idris Karam, a retired ferry captain, said nobody would tell the family "
           "where she was. \"We asked at every gate,\" he said.\n\n"
           "Karam said she would go back to work next month.")
    found = {m.key: m for m in e.mentions}
    assert "Idris Karam" in found and "Leila Idris Karam" in found
    assert "Idris Karam" not in found["Leila Idris Karam"].forms
    assert speaker(e, "We asked at every gate") == "Idris Karam"


def test_a_role_with_what_befell_its_bearer_then_the_name_set_off_is_a_person():
    e = ex("Police fired on a crowd of dock workers on Friday.\n\n"
           "The driver who was killed, Md. Sajid Karim, had come to the port from the hills a year "
           "ago.\n\nThe man who lost an eye, Tarek Nuruzzaman, is still in hospital.")
    found = actors(e)
    assert found.get("Md. Sajid Karim") == "person"
    assert found.get("Tarek Nuruzzaman") == "person"


def test_a_state_bodys_desk_after_its_plural_possessive_is_that_body_speaking():
    e = ex("Spokesman Oren Vasko, of the Council of Elders’ Information and Rapid Reply Unit, said "
           "the ruling was lawful.")
    found = {m.key: m for m in e.mentions}
    assert "Rapid Reply Unit" not in found
    assert "Information and Rapid Reply Unit" in found["Council of Elders"].forms
    assert found["Council of Elders"].type == "government"


def test_a_place_in_capitals_in_a_dateline_is_no_national_chapter():
    e = ex("March 2, 2026 (LAKE CHAD) – Fishermen on the lake's western shore said on Monday that "
           "patrol boats had seized their nets.\n\n"
           "PEN Chad said the seizures were unlawful.")
    found = actors(e)
    assert "LAKE CHAD" not in found
    assert found.get("PEN Chad") == "ngo"


def test_a_slashed_outlets_language_service_is_one_name_and_no_state_body():
    e = ex("\"He only filmed the queue,\" Marat Sultanov told SRN/RB's Tajik Service, known "
           "locally as Sado, on Monday.\n\n"
           "Another reader wrote to NWB/RL's Pamiri Service about the same queue, and a third to "
           "KVR's Yaghnobi Service.")
    found = actors(e)
    assert found.get("SRN/RB's Tajik Service") == "ngo"
    assert found.get("NWB/RL's Pamiri Service") == "ngo"
    assert found.get("KVR's Yaghnobi Service") == "ngo"
    assert not {"RB's Tajik Service", "Pamiri Service", "Yaghnobi Service"} & set(found)


def test_an_indian_movement_named_with_a_hindi_head_is_a_group():
    e = ex("The Koraput Dongria Yuva Sangathan, which runs night schools in the hills, said the "
           "arrests were meant to frighten the villages.\n\n"
           "Members of the Niyam Kisan Manch joined the sit-in on Monday.")
    found = actors(e)
    assert found.get("Koraput Dongria Yuva Sangathan") == "ngo"
    assert found.get("Niyam Kisan Manch") == "ngo"


def test_an_activist_whose_apposition_runs_into_a_quoted_nickname_is_a_person():
    e = ex("Farmers still pick wheat by hand in the north.\n\n"
           "Dovletgeldi Nurberdiyev, a Turkmen union organiser known to his neighbours as “Dovlet,” "
           "left the country in 2020.\n\n"
           "Nurberdiyev now lives abroad.")
    assert actors(e).get("Dovletgeldi Nurberdiyev") == "person"


def test_a_one_word_group_named_by_its_apposition_with_a_possessive_is_a_group():
    e = ex("Sovest, the region’s oldest human rights group, was shut by a court in 2023.")
    assert actors(e).get("Sovest") == "ngo"


def test_a_campaign_described_as_a_coalition_of_groups_is_a_group():
    e = ex("The Silk Fair Trade Drive, a coalition of rights groups, unions and buyers, says the "
           "quota system never ended.")
    assert actors(e).get("Silk Fair Trade Drive") == "ngo"


def test_a_mother_identified_only_by_a_french_spelled_kunya_is_a_person():
    e = ex("Speaking outside the court, a woman who asked to be identified only as Oum Karim (Karim's "
           "mother) said the family had waited since June for a hearing.")
    assert actors(e).get("Oum Karim") == "person"


def test_a_channel_named_for_its_country_is_no_country():
    e = ex("His lawyer, Ana Brel, told ESTONIA 24 that the hearing lasted an hour.")
    found = actors(e)
    assert "Estonia" not in found and "ESTONIA" not in found


def test_a_real_name_given_after_a_stage_name_is_the_same_person():
    e = ex("A court on Monday jailed the drill artist Kestrel for a year over a song.\n\n"
           "Kestrel, whose real name is Yannick Obame Ndong, had been held in Libreville since May.")
    found = {m.key: m for m in e.mentions}
    assert "Yannick Obame Ndong" not in found
    assert "Yannick Obame Ndong" in found["Kestrel"].forms


def test_a_thematic_un_mandate_is_one_international_actor_not_the_un():
    e = ex("The UN Special Rapporteur on the independence of judges and lawyers has written to the "
           "government about the case.")
    found = actors(e)
    assert found.get("UN Special Rapporteur on the independence of judges and lawyers") == "international"
    assert "United Nations" not in found


def test_the_mandate_named_before_its_holder_is_that_person():
    e = ex("The UN Special Rapporteur on torture wrote to the government in May. Ilse Marwick, who "
           "has held the mandate since 2024, said on Friday that no reply had come.")
    found = {m.key: m for m in e.mentions}
    assert found["Ilse Marwick"].type == "person"
    assert "UN Special Rapporteur on torture" in found["Ilse Marwick"].forms
    assert "UN Special Rapporteur on torture" not in found


def test_a_kunya_is_a_parent_of_that_gender_and_its_childs_name_is_not_hers():
    from generator.ingest.actors import build
    idx = build(("Speaking outside the court, a woman who asked to be identified only as Oum Karim (Karim's "
                 "mother) said the family had waited since June for a hearing.",))
    assert idx.genders.get("Oum Karim") == "f"
    assert all(o.key != "Oum Karim" for o in idx.occurrences[0] if o.form == "Karim")
