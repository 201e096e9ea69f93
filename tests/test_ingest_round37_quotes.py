"""Round 37 on invented articles: quotation finding and attribution. Every outlet, person and
event here is made up; each test shows one general behaviour, and a wrong speaker is never
traded for an attribution.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as who

HEAD = "Highland Ledger\nNews\n\nA councillor barred from the ballot\n\nBy Ivo Marchetti\n3 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_bare_question_after_an_answer_is_the_interviewers_turn_again():
    e = ex("The district board struck Pema Lhundrup off the list of candidates last month.\n\n"
           "Our reporter Yeshi Choden met Pema Lhundrup at his farm on Tuesday.\n\n"
           "\"Were you surprised by the board's decision?\" Yeshi Choden asked.\n\n"
           "\"Not really. They had made up their minds long before,\" Pema Lhundrup replied.\n\n"
           "\"Will you stand again next year?\"\n\n"
           "\"That depends on my family. We will talk first,\" he says.")
    assert who(e, "Were you surprised") == "Yeshi Choden"
    assert who(e, "Not really") == "Pema Lhundrup"
    # the one who just answered does not ask the next question
    assert who(e, "Will you stand again") == "Yeshi Choden"


def test_a_bare_question_after_a_reply_with_no_asker_named_has_no_speaker():
    e = ex("The district board struck Pema Lhundrup off the list of candidates last month.\n\n"
           "\"They had made up their minds long before,\" Pema Lhundrup replied when asked about it.\n\n"
           "\"Will you stand again next year?\"\n\n"
           "Pema Lhundrup said he would talk to his family first.")
    assert who(e, "Will you stand again") is None


def test_the_person_a_sentence_cites_with_according_to_is_the_she_who_speaks_next():
    e = ex("A magistrate in Ilorin refused bail to a radio presenter on Tuesday.\n\n"
           "The state police spokesman, Inspector Tunde Akanbi, told reporters that the arrest was lawful.\n\n"
           "According to Hajiya Maryam Olowu, who cared for the presenter after his mother died, the family "
           "had not seen him for a week. \"Speaking on air is not a crime,\" she said outside the court. "
           "\"Let them show us what he did wrong.\"")
    assert who(e, "Speaking on air") == "Hajiya Maryam Olowu"
    assert who(e, "Let them show us") == "Hajiya Maryam Olowu"


def test_a_name_with_its_body_beside_it_after_the_quote_speaks():
    e = ex("The Highland Farmers' Party said the rule was unfair.\n\n"
           "A member of the Green Valley Alliance (GVA), Tenzin Norbu, said the board had acted too fast. "
           "\"A form filed one day late should not end a career,\" Tenzin Norbu of the GVA said.")
    assert who(e, "A form filed one day late") == "Tenzin Norbu"


def test_a_while_clause_naming_its_speaker_in_apposition_before_a_colon():
    e = ex("The appeals court freed the harbour master on Friday.\n\n"
           "A lawyer for the harbour master, Greta Lindqvist, said the ruling was final. \"There is nothing "
           "left to argue,\" said Lindqvist, while a lawyer for the port authority, Mats Oberg, replied: "
           "\"Freedom on bail is not innocence.\"")
    assert who(e, "There is nothing left") == "Greta Lindqvist"
    assert who(e, "Freedom on bail") == "Mats Oberg"


def test_the_spokesperson_after_a_bodys_unnamed_spokesperson_speaks_for_that_body():
    e = ex("The Mountain Workers Party (MWP) has no seat on the board.\n\n"
           "Board members sit without party labels, but an MWP spokesperson said it would take the matter to parliament. "
           "The spokesperson said the rule left teachers \"in the dark\" about when they could stand.")
    assert who(e, "in the dark") == "Mountain Workers Party"
