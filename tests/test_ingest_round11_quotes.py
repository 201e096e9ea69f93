"""Round 11 on invented articles: quote shapes and speakers a first run on new articles missed
or got wrong. Every outlet, person and body here is made up, and no sentence echoes a gold
article; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker

HEAD = "Harbour Ledger\nNews\n\nFamilies wait outside the river prison\n\nBy Tomas Elgar\n4 May 2025\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_given_name_two_people_carry_names_neither():
    e = ex("Each Friday, Rosalba Inés Quintero rides two buses to the prison gate at Valdemar.\n\n"
           "The families' group is led by Rosalba Ferreyra, whose son was held in May. "
           "“We have forty files and no replies,” Ferreyra says.\n\n"
           "“They said a week, then a month,” Rosalba says, waiting by the wall.")
    assert speaker(e, "They said a week") is None
    assert speaker(e, "We have forty files") == "Rosalba Ferreyra"


def test_a_given_name_before_anyone_else_carries_it_is_the_one_named_so_far():
    e = ex("Each Friday, Rosalba Inés Quintero rides two buses to the prison gate at Valdemar.\n\n"
           "“They said a week, then a month,” Rosalba says, waiting by the wall.\n\n"
           "The families' group is led by Rosalba Ferreyra, whose son was held in May. "
           "“We have forty files and no replies,” Ferreyra says.")
    assert speaker(e, "They said a week") == "Rosalba Inés Quintero"


def test_she_after_a_given_name_two_people_carry_names_neither():
    e = ex("Rosalba Inés Quintero rides two buses to the prison gate at Valdemar.\n\n"
           "The families' group is led by Rosalba Ferreyra. “We have forty files and no replies,” "
           "Ferreyra says.\n\n"
           "At noon, Rosalba stands and straightens her coat. “I will come back,” she says.")
    assert speaker(e, "I will come back") is None


def test_a_man_quoted_under_a_name_the_outlet_gave_him_is_not_the_man_before():
    e = ex("Outside the court, the defendant's uncle, Farid Haddad, told reporters the case was "
           "absurd. “He repairs radios,” Haddad said.\n\n"
           "Lawyers say such trials are common.\n\n"
           "A third man filmed at the same protest, identified by this newspaper only as Karim, "
           "not his real name, said he had been held overnight. “They asked me for names all night,” "
           "he said.")
    assert speaker(e, "They asked me for names") != "Farid Haddad"


def test_a_quote_split_by_she_continues_is_hers_on_both_sides():
    e = ex("Marta Olendo, a nurse from Valdemar, spent a year in the river prison.\n\n"
           "“Nobody came for the sick,” she says.\n\n"
           "“But the cold was harder,” she continues. “In winter we slept in our coats.”")
    assert speaker(e, "But the cold") == "Marta Olendo"
    assert speaker(e, "In winter") == "Marta Olendo"


def test_the_name_the_outlet_gave_a_man_is_the_speaker_of_his_words():
    e = ex("Outside the court, the defendant's uncle, Farid Haddad, said the case was absurd.\n\n"
           "A third man filmed at the same protest, identified by this newspaper only as Karim, "
           "not his real name, said he had been held overnight. “They asked me for names all night,” "
           "he said.")
    assert speaker(e, "They asked me for names") == "Karim"


def test_the_name_a_woman_asked_to_be_known_by_is_the_speaker_of_her_words():
    e = ex("The defendant, Sami Khoury, 31, was released on bail in May.\n\n"
           "Khoury's aunt, who asked to be identified as Umm Rami, said the family had borrowed "
           "the money. “We will pay it back stone by stone,” she said.")
    assert speaker(e, "We will pay it back") == "Umm Rami"


def test_one_of_several_named_in_commas_is_the_speaker():
    e = ex("Students blocked the bridge for a second night.\n\n"
           "One of the march's organisers, Lina Qadri, told the Ledger: “We stay until the dean "
           "comes out.”")
    assert speaker(e, "We stay until") == "Lina Qadri"


def quoted(e: Extraction) -> list[str]:
    return [q.text.rstrip(" ,.") for q in e.quotes]


def test_a_programme_or_a_laws_name_in_quotes_is_no_quotation():
    e = ex("The station manager, Pita Loma, said the evening programme, “Sauti ya Mji” (The Town's "
           "Voice), had been pulled. “We will fight this,” Loma said.\n\n"
           "The groups asked parliament to repeal the Law “On Countering Unreliable (Distorted) Reports”.")
    assert quoted(e) == ["We will fight this"]


def test_the_wording_of_offences_is_no_quotation():
    e = ex("Critics say the act's provisions on “spreading alarm” and “disrespect to officials” are "
           "vague.\n\n"
           "Prosecutors charged him with “sabotage” and “inciting disorder,” the charges most of "
           "the detainees face.\n\n"
           "Teodor Lasko, 44, was accused under Article 207-2 of the Criminal Code of “assisting the "
           "occupying administration in its schools.”\n\n"
           "“None of it is true,” Lasko said.")
    assert quoted(e) == ["None of it is true"]


def test_a_banner_and_a_wall_with_their_translation_are_no_quotation():
    e = ex("Students carried a banner reading “Dov'è mio fratello?” – “Where is my brother?” – "
           "through the square.\n\n"
           "Across the road, someone has painted in white letters: “Liberdade para os presos.” "
           "“We paint it again every week,” said Ana Quintela, a student.")
    assert quoted(e) == ["We paint it again every week"]


def test_said_one_of_them_then_an_aged_name_in_commas_is_that_person():
    e = ex("About thirty parents came to the hearing, among them several of the teacher's former "
           "pupils. “He stayed when everyone left,” said one of them, 17-year-old Oksana Brill.")
    assert speaker(e, "He stayed when") == "Oksana Brill"


def test_a_quotation_credited_after_a_dash_is_the_named_persons():
    e = ex("Police fired rubber bullets near the campus gate.\n\n"
           "“They aimed at our legs and then at our faces.” – Rumana Akter, a first-year "
           "medical student")
    assert speaker(e, "They aimed at") == "Rumana Akter"


def test_according_to_a_document_prepared_by_a_body_the_words_are_the_bodys():
    e = ex("The reporters were detained in March.\n\n"
           "According to the indictment, drawn up by the Interior Security Directorate (ISD), the "
           "broadcast “sowed distrust of the authorities” among listeners.")
    assert speaker(e, "sowed distrust") == "Interior Security Directorate"


def test_a_name_then_a_title_listing_its_portfolios_is_the_subject():
    e = ex("Talgat Omurov, Deputy Minister of Energy, Transport and Digital Development, told "
           "deputies in May that the ministry “will not bargain with saboteurs”.")
    assert speaker(e, "will not bargain") == "Talgat Omurov"


def test_he_after_a_man_acting_in_a_clause_of_a_sentence_about_something_else_is_that_man():
    e = ex("The ruling comes a week after Petro Havryliuk, deputy head of the Sumy regional "
           "administration, urged residents to return. In a radio address on Friday, he said: "
           "“Nobody who stayed home will be punished for it.”")
    assert speaker(e, "Nobody who stayed") == "Petro Havryliuk"


def test_he_after_a_clause_naming_a_man_when_another_man_is_the_subject_is_not_the_clauses_man():
    e = ex("Judge Anton Merz adjourned the case after Petro Havryliuk, a witness, failed to appear. "
           "“We will not wait forever,” he said.")
    assert speaker(e, "We will not wait") in {None, "Anton Merz"}


def test_a_statement_whose_issuer_the_next_sentence_names_is_the_issuers():
    e = ex("“Holding a reporter for a post and hiding where she is held is a disgrace,” read a "
           "statement released on Sunday. The statement was issued by the Delta Press Freedom "
           "League (DPFL), which called for her release.")
    assert speaker(e, "Holding a reporter") == "Delta Press Freedom League"


def test_a_strangers_words_quoted_inside_a_quotation_are_a_quotation_of_their_own():
    e = ex("Mr Tembo Lungu, who hosts the phone-in, said: \"One caller said, 'The clinic "
           "has had no drugs since June.' Now they say I lied.\"")
    assert speaker(e, "One caller said") == "Tembo Lungu"
    assert speaker(e, "The clinic has had") is None
