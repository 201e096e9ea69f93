"""Round 35 on invented articles: quotation finding and attribution. Every outlet, person and
event here is made up; each test shows one general behaviour, and a wrong speaker is never
traded for an attribution.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as who

HEAD = "Harbour Ledger\nNews\n\nA ferryman's case\n\nBy Ilse Varga\n9 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_document_read_aloud_speaks_for_the_writer_named_the_sentence_before():
    e = ex("A court in Korvel on Thursday jailed Jonas Pell, 41, a reporter, for five years.\n\n"
           "Pell penned the note on prison paper the night before. His sister, Agnes Moravec, read from "
           "it outside the hall: \"I carried passengers, never contraband. Ask any of them.\"\n\n"
           "Moravec kept reading while the guards waved the crowd back: \"Tell my mother I am eating.\"")
    assert who(e, "I carried passengers") == "Jonas Pell"
    assert who(e, "Tell my mother") == "Jonas Pell"


def test_a_letter_written_by_someone_and_read_on_by_another_stays_the_writers():
    e = ex("Two hundred people stood outside the ministry in Velm on Sunday.\n\n"
           "The loudest voice there was a page, not a person. It was a letter written by Mirela Oprand, "
           "whose husband has been held since 2019. Her nephew, Dan Oprand, read it to the crowd. He read "
           "from the letter: \"I still buy his tobacco every week.\"\n\n"
           "\"Give him a lawyer, or give him back,\" the letter continued.")
    assert who(e, "I still buy his tobacco") == "Mirela Oprand"
    assert who(e, "Give him a lawyer") == "Mirela Oprand"


def test_words_read_from_a_document_with_no_writer_named_stay_open():
    e = ex("Relatives gathered at the court gate in Velm.\n\n"
           "A cousin, Pavel Ruzek, read from the leaflet: \"No more silence.\"")
    assert who(e, "No more silence") is None


def test_the_reporter_asks_someones_relative_and_the_relative_answers():
    e = ex("Officers shot Kemar Duffus, 22, a welder, on a lane in Old Harbour on Friday.\n\n"
           "Kemar Duffus had no record, his family says. At the yard on Sunday I asked Kemar's "
           "grandfather, Ezra Whyte, what the officers had told him. \"They told us nothing at all,\" he told me.")
    assert who(e, "They told us nothing") == "Ezra Whyte"


def test_a_role_with_a_partys_initials_in_commas_after_the_name_is_the_later_description():
    e = ex("Water was cut off in Eastbank for a week.\n\n"
           "Rosa Ilunga, a Civic Renewal Party (CRP) councillor on the Eastbank district board, said tempers "
           "had been rising since Monday.\n\n"
           "\"The pipes were mended in the rich wards first,\" the CRP councillor said.")
    assert who(e, "The pipes were mended") == "Rosa Ilunga"


def test_a_member_named_before_the_body_she_belongs_to_speaks_for_herself():
    e = ex("The dock strike entered its second week.\n\n"
           "\"The port is open and the ships are moving,\" said Piet Aldana, a harbour board member, while "
           "Lena Marsh of the Harbour Workers Front (HWF) replied: \"Nothing moves without the crane crews.\"")
    assert who(e, "Nothing moves without") == "Lena Marsh"


def test_the_rank_a_name_opens_with_is_the_later_description():
    e = ex("Police cleared the market square in Tarvo before dawn.\n\n"
           "Speaking at the barracks, Major Ruben Alcazar, the squad's commander, told local radio that "
           "nobody had been hurt. The major said: \"We followed the warrant to the letter.\"")
    # (the rank may stay in the name the text gives him)
    assert (who(e, "We followed the warrant") or "").endswith("Ruben Alcazar")


def quoted(e: Extraction) -> list[str]:
    return [q.text for q in e.quotes]


def test_signs_in_capitals_words_in_marker_and_glossed_board_words_are_no_quotations():
    e = ex("Miners' families gathered at the pit gate in Harlen on Saturday.\n\n"
           "A cardboard sign taped to the fence read 'GIVE US OUR WAGES, WE ARE HUNGRY'. Some had written on "
           "their helmets in red marker: \"Miners Are Not Slaves\".\n\n"
           "Above the canteen door hangs a board with the words \"Lavorare non è reato\" — working is not a "
           "crime.\n\n"
           "\"We want the back pay and nothing else,\" said Oksana Brill, a shift leader.")
    assert quoted(e) == ["We want the back pay and nothing else,"]
    assert who(e, "We want the back pay") == "Oksana Brill"


def test_a_pronoun_answer_in_an_exchange_of_questions_is_the_answerers_again():
    e = ex("A court in Harlen on Monday jailed the union organiser Piet Marsh for two years.\n\n"
           "The Ledger's reporter Dana Welch met his sister, Ilka Marsh, at the court steps.\n\n"
           "\"What did he say to you before they led him away?\" Welch asked.\n\n"
           "\"He said to water his tomatoes,\" Ilka Marsh replied.\n\n"
           "\"Will the family keep up the campaign?\" the reporter asked.\n\n"
           "\"Campaign is too big a word. We will keep the tomatoes alive,\" she says.")
    assert who(e, "Campaign is too big a word") == "Ilka Marsh"
    assert who(e, "Will the family keep up") == "Dana Welch"


def test_that_was_how_someone_summed_it_up_in_the_same_paragraph_names_the_speaker():
    e = ex("A student in Tarvo was charged on Monday over a video about flood relief.\n\n"
           "\"They arrest the camera and never the thief.\" This is how Civic Watch researcher Marta Lindqvist "
           "summed up the charge when reporters reached her by phone.")
    assert who(e, "They arrest the camera") == "Marta Lindqvist"
