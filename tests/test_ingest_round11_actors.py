"""Round 11 on invented articles: actor shapes a first run on new articles missed, doubled or
gave to the wrong person (a name the outlet gave a source, a kunya, an age or a quoted nickname
as the only cue, a feature's given names, two people sharing a given name, a wife called by
title and surname). Every outlet, person and body here is made up, and no sentence echoes a
gold article; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors, speaker_of as speaker

HEAD = "Valley Herald\nNews\n\nWater rationing reaches the hill towns\n\nBy Noor Sabbagh\n4 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_name_the_outlet_gave_a_source_is_that_persons_name():
    e = ex("Officers detained the engineer Fadi Nassar, 52, at a checkpoint on Sunday.\n\n"
           "A neighbour who filmed the arrest, identified by the Valley Herald only as Karim, not his real "
           "name, said he had been questioned for a day. \"They wanted my phone, not my story,\" he said.")
    assert actors(e).get("Karim") == "person"
    assert speaker(e, "They wanted my phone") != "Fadi Nassar"


def test_a_mother_identified_by_her_kunya_is_a_person():
    e = ex("The engineer Fadi Nassar, 52, was detained on Sunday.\n\n"
           "His mother, who asked to be identified as Umm Fadi, said the family had not slept. "
           "\"We are waiting by the door,\" she said.")
    assert actors(e).get("Umm Fadi") == "person"


def test_a_kunya_the_neighbourhood_knows_a_father_by_is_his_name_not_a_second_person():
    e = ex("His father, Samir Nassar, known in the market as Abu Fadi, waited outside. "
           "\"My son fixes pumps,\" Abu Fadi said.")
    found = actors(e)
    assert found.get("Samir Nassar") == "person"
    assert "Abu Fadi" not in found
    assert speaker(e, "My son fixes pumps") == "Samir Nassar"


def test_an_age_before_a_name_makes_it_a_persons():
    e = ex("Many pupils came to the hearing. \"He taught us to read maps,\" said one of them, "
           "15-year-old Orysia Melnyk.")
    assert actors(e).get("Orysia Melnyk") == "person"


def test_a_nickname_in_quotation_marks_after_a_name_makes_it_a_persons():
    e = ex("Rafael Ignacio Montilla, known to everyone on his street as \u201cEl Chato\u201d because he is "
           "tall, was released in May. He spent six months in the cells.")
    assert actors(e).get("Rafael Ignacio Montilla") == "person"
    assert "El Chato" not in actors(e)


def test_a_feature_calling_a_woman_by_her_given_name_as_she_speaks_makes_her_full_name_a_persons():
    e = ex("Every Sunday, Marisol Candelaria Ortiz wakes at four in the morning and takes two buses to "
           "the prison gate.\n\n"
           "\u201cNobody tells me anything,\u201d Marisol says, sitting on a crate outside the gate.")
    assert actors(e).get("Marisol Candelaria Ortiz") == "person"
    assert speaker(e, "Nobody tells me anything") == "Marisol Candelaria Ortiz"


def test_a_given_name_two_women_share_is_not_given_to_the_nearer_one():
    e = ex("Every Sunday, Marisol Candelaria Ortiz wakes at four in the morning and takes two buses to "
           "the prison gate.\n\n"
           "The group's coordinator, Marisol Peraza, keeps a list of the detained. \u201cWe have forty "
           "names now,\u201d Peraza says.\n\n"
           "At nine the gate opens. \u201cI am his mother,\u201d Marisol says. \u201cWhere else would I go?\u201d")
    assert actors(e).get("Marisol Peraza") == "person"
    peraza = next(m for m in e.mentions if m.key == "Marisol Peraza")
    assert 3 not in peraza.paragraphs       # the bare "Marisol" of the last paragraph stays open
    assert speaker(e, "I am his mother") != "Marisol Peraza"
    assert speaker(e, "Where else would I go") != "Marisol Peraza"


def test_a_wife_called_by_title_and_her_husbands_surname_is_a_person_of_her_own():
    e = ex("Radio host Mwila Tembo, 41, was arrested on Monday and charged with sedition.\n\n"
           "Mr Tembo's lawyer, Ms Chanda Mwale, described the charge as \"absurd\".\n\n"
           "Mr Tembo's wife, Mrs Tembo, said she had not been allowed to see him. \"They told me to go "
           "home,\" she said.")
    assert actors(e).get("Mrs Tembo") == "person"
    assert actors(e).get("Mwila Tembo") == "person"
    assert speaker(e, "They told me to go home") == "Mrs Tembo"


def test_an_acronym_kept_in_the_bodys_own_language_is_the_same_body_as_its_translated_name():
    e = ex("According to the charge sheet, drafted by the Main Directorate for Internal Order (BVTR), "
           "the broadcast \"spread panic\".\n\n"
           "The BVTR said in a statement that the reporters had been paid from abroad.")
    found = actors(e)
    assert found.get("Main Directorate for Internal Order") == "government"
    assert "BVTR" not in found
    directorate = next(m for m in e.mentions if m.key == "Main Directorate for Internal Order")
    assert directorate.paragraphs == (1, 2)


def test_the_subject_of_a_laws_title_in_quotation_marks_is_no_body():
    e = ex("The Law \"On Electronic Media\", passed in 2023, lets the regulator shut stations without a "
           "court order, the Valley Press Union said.")
    assert "Electronic Media" not in actors(e)
    assert actors(e).get("Valley Press Union") == "ngo"


def test_us_in_a_titles_capitals_is_no_country():
    e = ex("A report by the Coastal Rights Centre, \u201cNo Room for Us,\u201d found that the cells held "
           "four times their capacity. The US embassy did not comment.")
    assert "United States" not in {m.key for m in e.mentions if 1 in m.paragraphs and "Us" in m.forms}
    assert all("Us" not in m.forms for m in e.mentions)


def test_two_fields_joined_by_and_before_an_office_are_one_name():
    e = ex("\"The callers asked where the seed went, and the Disaster Preparedness and Relief Unit has still "
           "not answered them,\" the lawyer said.")
    assert actors(e).get("Disaster Preparedness and Relief Unit") == "government"
    assert "Relief Unit" not in actors(e)


def test_a_national_chapter_named_by_the_initials_of_a_body_spelled_out_earlier_is_that_body():
    e = ex("The Press Institute of East Africa (PIEA) Uganda chapter condemned the arrest. \"Arresting a "
           "host for what callers say silences a whole district,\" PIEA Uganda said in a statement.")
    found = actors(e)
    assert found.get("Press Institute of East Africa") == "ngo"
    assert "PIEA Uganda" not in found
    assert speaker(e, "Arresting a host") == "Press Institute of East Africa"


def test_a_ministry_named_in_lower_case_at_a_sentences_start_speaks_through_its_spokesperson():
    e = ex("The march reached the square at noon.\n\n"
           "Interior ministry spokesperson Rashed Karim told reporters the detentions were lawful.")
    assert actors(e).get("Interior ministry") == "government"
    assert actors(e).get("Rashed Karim") == "person"


def test_a_security_services_intelligence_or_branch_unit_is_a_government_body():
    e = ex("Hadi was arrested in May by Military Intelligence and held for a week at the Special Branch "
           "office on the ring road, his lawyer said.")
    found = actors(e)
    assert found.get("Military Intelligence") == "government"
    assert found.get("Special Branch") == "government"


def test_a_group_its_members_name_in_their_own_language_is_a_body():
    e = ex("Around eighty of them formed a group they call Hermanas del Puerto, and in May the group wrote "
           "to the ombudsman.")
    assert actors(e).get("Hermanas del Puerto") == "ngo"


def test_a_group_named_for_what_its_members_oppose_is_a_body():
    e = ex("The student collective that called the sit-in, Students Against Exam Leaks, has posted its "
           "demands online.")
    assert actors(e).get("Students Against Exam Leaks") == "ngo"


def test_a_bengali_name_joined_by_a_lower_case_o_before_its_initials_is_one_body():
    e = ex("The statement was issued by Odhikar o Nyay Kendra (ONK), one of the country's oldest legal aid "
           "groups, which called for the student's release.\n\nONK said it would go to court.")
    found = actors(e)
    assert found.get("Odhikar o Nyay Kendra") == "ngo"
    assert "ONK" not in found and "Nyay Kendra" not in found


def test_a_body_named_in_capitals_with_a_number_is_one_where_a_person_works():
    e = ex("\"Every closed newsroom makes the next arrest easier,\" said Dana Orlova, Europe lead at "
           "CHARTER 88.\n\n"
           "The code breaches Article 19 of the International Covenant on Civil and Political Rights.")
    found = actors(e)
    assert found.get("CHARTER 88") == "ngo"
    assert speaker(e, "Every closed newsroom") == "Dana Orlova"
    assert not any(k.lower().startswith("article") for k in found)


def test_a_state_bodys_unit_named_with_its_possessive_is_that_body():
    e = ex("In May, the National Coast Guard\u2019s Directorate of Operations said in a statement that it "
           "\u201crespects the right to fish\u201d but would not tolerate \u201cillegal crossings.\u201d")
    found = actors(e)
    assert found.get("National Coast Guard") == "government"
    assert "Directorate of Operations" not in found
    assert speaker(e, "respects the right to fish") == "National Coast Guard"


def test_a_pseudonym_in_brackets_is_the_persons_name_too():
    e = ex("One nurse, Leila (not her real name), said the ward had no oxygen for two days.")
    assert actors(e).get("Leila") == "person"
