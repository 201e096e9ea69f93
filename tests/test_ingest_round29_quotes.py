"""Round 29 on invented articles: words read aloud from a document, a wife named only by her
married surname, an unnamed source, a law's title, the reporter's own question. Every outlet,
person and event here is made up; each test shows one general behaviour, and a wrong speaker is
never traded for an attribution.
"""
from __future__ import annotations

from dataclasses import replace

from generator.extraction import Extraction, Quote
from generator.ingest.guard import _wife_of_namesake

from helpers import on_page, quote_texts as texts, speaker_of as who

HEAD = "Lakeside Tribune\nNews\n\nA town waits for answers\n\nBy Corin Ashdale\n4 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_letter_read_aloud_is_its_named_writers_never_the_readers():
    e = ex("Residents of Marrow Creek met on Sunday after the closure of the clinic.\n\n"
           "At the meeting, councillor Tobias Renfield read from a letter that the Provincial Ombudsman "
           "Office had sent to the health board in March: \"The board has failed to consult a single "
           "resident before closing a service that twelve villages depend on.\"")
    assert who(e, "The board has failed") == "Provincial Ombudsman Office"


def test_a_letter_read_aloud_after_an_abbreviated_title_is_not_the_readers():
    e = ex("Nurse Hilda Rask has not seen her brother since June.\n\n"
           "Village head Osric Pelham spoke from the steps of the hall. He read from the note Mrs. Rask had "
           "left at the station: \"Tell me only where he is, and I will go home.\"")
    assert who(e, "Tell me only where he is") != "Osric Pelham"


def test_mrs_and_a_surname_is_not_the_man_of_that_name():
    # The guard on its own: the index may take "Mrs Asante" for the one Asante it knows, a man.
    paragraphs = ("The editor Kwabena Asante was released on Tuesday. Asante said he had been beaten.",
                  "Asante's wife said the family heard nothing. \"Nobody answered the telephone,\" said Mrs Asante.")
    q = Quote(id="p2-test", paragraph=2, text="Nobody answered the telephone,", speaker="Kwabena Asante", cue="said Mrs Asante")
    assert _wife_of_namesake(paragraphs, q, q.cue, {"Kwabena Asante": {"m"}})
    assert not _wife_of_namesake(paragraphs, replace(q, speaker="Ama Asante"), q.cue, {"Ama Asante": {"f"}})
    assert not _wife_of_namesake(("Mrs Ama Asante runs a shop.",) + paragraphs[1:], replace(q, speaker="Ama Asante"),
                                 q.cue, {})


def test_an_unnamed_source_between_a_named_woman_and_she_said_is_not_the_named_woman():
    e = ex("\"He taught our children for twenty years,\" says his sister, Marisol Tejeda Ruiz, who now cooks "
           "for the barracks guards.\n\n"
           "By the gate I also found a neighbour of the family, who asked that her name not be used. "
           "\"They shout at us when we bring bread,\" she said.")
    assert who(e, "He taught our children") == "Marisol Tejeda Ruiz"
    assert who(e, "They shout at us") is None


def test_a_law_title_after_the_word_law_is_not_a_quote():
    e = ex("A spokesman for the prison service said the inmate got 'all the care he needed' under the law "
           "\"On Custody of Suspects and Accused Persons in Remand\" and that surgery would follow "
           "'once the judge agrees'.")
    assert "all the care he needed" in texts(e)
    assert not any("Custody of Suspects" in t for t in texts(e))


def test_the_reporters_question_is_answered_by_the_one_person_asked():
    e = ex("The regional commissioner, Alhaji Sekou Bangura, has said the arrests were lawful.\n\n"
           "When I went to the police post on Monday, I was not allowed in. I asked the commander of the "
           "post, Chief Superintendent Lamin Sesay, whether the men would be charged. \"The papers are in "
           "the capital and we wait for the capital,\" he told me.")
    assert who(e, "The papers are in the capital") == "Lamin Sesay"


def test_an_unnamed_relative_who_speaks_is_not_the_man_named_before():
    e = ex("Captain Ruben Soler, the officer in charge, refused to comment on the case.\n\n"
           "At the gate stood the detainee's sister, who had travelled from the coast, holding a bag of "
           "clothes. \"They would not even take the clothes from me,\" she said.")
    assert who(e, "They would not even take") != "Ruben Soler"


def test_told_an_outlet_by_phone_then_a_quotation_running_over_paragraphs_is_the_tellers():
    e = ex("The tribunal jailed two bloggers on Monday, according to their lawyer, Idris Kamal al-Hadi.\n\n"
           "Al-Hadi told the Gulf Ledger by phone that he had met his clients only once. \"They brought the "
           "men in chains and read the charge in two minutes.\n\n"
           "\"Nobody asked the defence a single question.\"")
    assert who(e, "They brought the men in chains") == "Idris Kamal al-Hadi"
    assert who(e, "Nobody asked the defence") == "Idris Kamal al-Hadi"
