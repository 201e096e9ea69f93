"""Round 27 on invented articles: wrong speakers a first run on new articles gave.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, quote_texts as quotes, speaker_of as speaker

HEAD = "Marrow Creek Ledger\nNews\n\nVillage council faces questions over notices\n\nBy Irena Solvik\n4 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_someone_reading_from_an_unsigned_leaflet_does_not_speak_its_words():
    # a flyer read aloud speaks for whoever wrote it; nobody is named as its author
    e = ex("Threatening flyers have appeared on doors across the valley since March.\n\n"
           "Farmer Odile Brannock, a member of the water board, keeps one of the flyers in her kitchen drawer. "
           "She read from it to visitors on Sunday: \u201cEveryone who blocks the new road will answer for it.\u201d")
    assert "Everyone who blocks the new road will answer for it." in quotes(e)
    assert speaker(e, "Everyone who blocks the new road will answer for it.") is None


def test_a_lawyer_reading_a_clients_letter_is_not_its_author():
    # the letter is the jailed client's; the lawyer only reads it out
    e = ex("Teacher Halvard Mennet has been held since January on a charge of spreading false news.\n\n"
           "His lawyer, Ysolde Parrin, read from the letter at the opening of Tuesday's hearing: "
           "\u201cI wrote what my pupils' parents told me, nothing more.\u201d")
    assert speaker(e, "I wrote what my pupils' parents told me, nothing more.") != "Ysolde Parrin"


def test_a_second_speaker_introduced_after_while_is_not_the_first():
    # "“A,” X answered, while Y pressed him: “B”": B is Y's, not X's
    e = ex("Councillor Teodor Vasquel questioned the records clerk, Amin Durrell, about the missing notices.\n\n"
           "\u201cThe notices were posted on the board in April,\u201d Durrell answered, while Vasquel pressed him: "
           "\u201cPosted on a board that nobody in the lower village ever walks past.\u201d")
    assert speaker(e, "The notices were posted on the board in April,") != "Teodor Vasquel"
    assert speaker(e, "Posted on a board that nobody in the lower village ever walks past.") == "Teodor Vasquel"


def test_the_she_of_an_answer_is_not_the_interviewer_who_asked_about_her():
    # "X asked whether she ...": that "she" answers; X only asked
    e = ex("Mirela Dontcheva has run the night shelter in Varnel for eleven years. "
           "The Ledger's Ilsa Ferrant spoke to her at the shelter.\n\n"
           "Ferrant asked whether she would keep the shelter open through the winter. "
           "\u201cFor as long as the roof holds,\u201d she says.")
    assert speaker(e, "For as long as the roof holds,") != "Ilsa Ferrant"


def test_a_question_after_the_interviewers_next_question_is_the_interviewers():
    # "X's next question was ... “…?” she asked": the question is X's, not the interviewee's
    e = ex("Mirela Dontcheva has run the night shelter in Varnel for eleven years. "
           "The Ledger's Ilsa Ferrant spoke to her at the shelter.\n\n"
           "Dontcheva says the winter was the hardest she remembers. \u201cWe turned people away,\u201d she says.\n\n"
           "Ferrant\u2019s next question was about the donors. \u201cWho pays for the heating now?\u201d she asked. "
           "Dontcheva says the parish does.")
    assert speaker(e, "Who pays for the heating now?") == "Ilsa Ferrant"


def test_the_writers_colleague_opening_a_sentence_is_its_subject():
    # "my colleague X, who covers ..., put the account to ...": X asks the question that follows
    e = ex("Activist Lenka Marovic says her brother was taken from his flat in March. "
           "\u201cThey took his phone too,\u201d she said.\n\n"
           "In a brief call, my colleague Dunja Petrak, who covers the region for this paper, put the account "
           "to a ministry official. \u201cIs anyone looking for him?\u201d she asked. "
           "The official said he could not comment.")
    assert speaker(e, "Is anyone looking for him?") == "Dunja Petrak"


def test_counsel_for_a_body_with_of_in_its_name_names_the_subject_in_commas():
    # "Counsel for the Town of X, Advocate Y, argued ... “…,” he said": Y is the sentence's subject
    e = ex("Tenant leader Marek Olsson said the evictions were unlawful.\n\n"
           "Counsel for the Town of Brakeley, Advocate Rolf Dekker, argued that the huts stood on land set aside "
           "for a clinic. \u201cNone of these huts was here in spring,\u201d he said.")
    assert speaker(e, "None of these huts was here in spring,") == "Rolf Dekker"


def test_the_colonel_later_is_the_one_person_named_under_that_rank_earlier():
    # "Lt. Col. X" in one paragraph, "the colonel said" in a later one, no other colonel between
    e = ex("Families of three missing miners have petitioned a tribunal in Davao against Army Lt. Col. "
           "Ramil Dagohoy over the route his convoy took that night.\n\n"
           "The tribunal heard four witnesses on Thursday. The colonel said in written answers that the convoy "
           "had followed orders and that \u201cthe route was chosen by headquarters.\u201d")
    assert speaker(e, "the route was chosen by headquarters.") == "Ramil Dagohoy"


def test_according_to_a_named_source_who_said_gives_the_quote_to_that_source():
    # "..., according to X, who said the chief had “…”": X speaks
    e = ex("Her lawyer, Benito Salcedo, said the complaint named two officers. "
           "\u201cWe have the dates and the plates,\u201d Salcedo said.\n\n"
           "The recording was first kept by the village chief, according to Salcedo, who said the chief had "
           "\u201conly released it once reporters began asking\u201d about the night.")
    assert speaker(e, "only released it once reporters began asking") == "Benito Salcedo"
