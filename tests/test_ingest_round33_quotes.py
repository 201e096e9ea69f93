"""Round 33 on invented articles: a bare family name two relatives share, a party member named
before his party's short form, an interviewer's question answered under a pronoun. Every outlet,
person and event here is made up; each test shows one general behaviour, and a wrong speaker is
never traded for an attribution.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as who

HEAD = "Valley Courier\nNews\n\nA mill closes its gates\n\nBy Oren Maddox\n14 April 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_bare_family_name_two_relatives_share_is_neither_one():
    e = ex("A court in Ranya on Monday fined four nurses who had stopped work over unpaid wages in March.\n\n"
           "\"We asked for the wages of the summer and nothing more.\"\n\n"
           "That was how Dunya Rasul Ahmadi, one of the four, a midwife from Koya, put it when she spoke to "
           "the Courier after the hearing. She spent five days in a cell in March.\n\n"
           "Her brother, Bakhtiar Rasul Ahmadi, who also works in Koya but did not join the strike, said the "
           "family had sold a car to pay the bail. \"She has worked nights for nine years and we sold the car "
           "to free her,\" Ahmadi said.\n\n"
           "Dunya Rasul Ahmadi said she would go back to the ward on Tuesday. \"My patients did not choose "
           "this,\" she said.")
    assert who(e, "She has worked nights") != "Dunya Rasul Ahmadi"


def test_a_member_named_before_his_partys_short_form_speaks_not_the_party():
    e = ex("The ruling drew answers from across the chamber.\n\n"
           "Hemin Tahir Zebari of the Green Valley Alliance (GVA) answered from the back benches: "
           "\"Fines on the poor are the real crime.\"")
    assert who(e, "Fines on the poor") != "Green Valley Alliance"


def test_an_answer_after_the_interviewers_question_is_not_the_interviewers():
    e = ex("The courier's reporter, Selin Ozdemir, met the miner's mother, Aysel Korkmaz, at her door.\n\n"
           "\"What did your son say when they came for him?\" Ozdemir asked.\n\n"
           "\"He told me to lock the door and to keep the lamp on,\" Korkmaz replied.\n\n"
           "\"Will you go to the hearing?\" the reporter asked.\n\n"
           "\"I will go if my legs carry me. Nobody else will,\" she says.")
    assert who(e, "I will go if my legs") != "Selin Ozdemir"


def test_an_interviewee_who_replies_in_the_present_tense_is_the_speaker():
    e = ex("Talia Brennecke, a dock foreman at the northern quay, says the night shifts were cut in March.\n\n"
           "\"How many of your crew lost their shifts?\" the Courier asked.\n\n"
           "\"Eleven of nineteen,\" Brennecke replies. \"Most have children at the quay school.\"")
    assert who(e, "Eleven of nineteen") == "Talia Brennecke"


def test_ms_and_a_surname_three_siblings_share_is_the_one_sister_just_quoted():
    e = ex("Yusuf Omar Dirie, 27, a driver, and Khalid Omar Dirie, 31, a baker, were detained at a "
           "checkpoint in Galkayo on May 2. Both men deny any wrongdoing.\n\n"
           "\"They were taken without a word of explanation,\" said Amina Omar Dirie, their sister, who "
           "waited outside the station.\n\n"
           "Ms Dirie has gone back to the station every day. \"Nobody there will even give us their "
           "names,\" she said.")
    assert who(e, "Nobody there will even") == "Amina Omar Dirie"


def test_a_quotation_over_two_paragraphs_is_the_one_named_in_the_paragraph_after():
    e = ex("Four porters at the grain depot were fined on Friday for a sit-down strike in June.\n\n"
           "\"Nobody here wanted a fight with the depot. We wanted the wages owed since spring.\n\n"
           "\"When the guards arrived they took our badges and then they took us.\"\n\n"
           "Those were the words of Nilufar Qadiri, one of the four, a tally clerk from Termez, who "
           "spoke to the Courier after the ruling.\n\n"
           "Nilufar Qadiri said she would be back at the depot gate on Monday.")
    assert who(e, "Nobody here wanted a fight") == "Nilufar Qadiri"
    assert who(e, "When the guards arrived") == "Nilufar Qadiri"


def test_the_words_are_those_of_names_the_speaker_of_the_quotation_before():
    e = ex("The market hall stayed shut on Saturday.\n\n"
           "\"I have sold onions here for thirty years and never paid a bribe.\"\n\n"
           "The words are those of Rustam Valiev, a stallholder, who has kept the same pitch since 1994.\n\n"
           "Rustam Valiev said he would open again on Monday.")
    assert who(e, "I have sold onions here") == "Rustam Valiev"


def test_a_pronoun_in_someone_elses_who_clause_does_not_give_the_object_a_gender():
    e = ex("Arif Zulkarnain, a second-year law student, was charged on Monday over a post about the floods.\n\n"
           "According to Cikgu Rosnah Idris, who coaches Arif Zulkarnain and took leave on her rest day, "
           "classmates \"filled the gallery\" by noon.\n\n"
           "Arif Zulkarnain says he does not know which words broke the law. \"I named nobody. I only "
           "showed the empty shelf,\" he says.")
    assert who(e, "I named nobody") == "Arif Zulkarnain"
