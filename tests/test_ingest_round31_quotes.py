"""Round 31 on invented articles: a titled woman who shares a man's surname, a wife named by her
husband's full name, a party member's words, words read aloud by someone who did not write them.
Every outlet, person and event here is made up; each test shows one general behaviour, and a wrong
speaker is never traded for an attribution.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as who

HEAD = "Harbour Ledger\nNews\n\nA district counts its losses\n\nBy Wren Tallis\n9 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_spanish_titled_woman_is_not_the_man_who_shares_her_surname():
    e = ex("Mateo Llanos Ticona was wounded in the leg on Friday near the bus terminal of Azángaro. "
           "He was taken to a clinic in Puno.\n\n"
           "His aunt, Señora Flora Ticona Vargas, waited by the clinic doors all night.\n\n"
           "“Nobody from the prefecture has called us, not once,” Señora Ticona said, holding a bag of fruit.")
    assert who(e, "Nobody from the prefecture") != "Mateo Llanos Ticona"


def test_mrs_and_a_husbands_full_name_is_his_wife_never_him():
    e = ex("Sibusiso Nkosi, 47, a bus driver, and two colleagues face charges of obstruction after "
           "the depot strike in June.\n\n"
           "Mrs Sibusiso Nkosi, the driver’s wife, stood at the back of the courtroom with their daughter. "
           "‘We only want the wages they promised,’ she said during the recess.")
    assert who(e, "We only want the wages") != "Sibusiso Nkosi"


def test_a_member_named_before_his_party_speaks_not_the_party():
    e = ex("The vote divided the chamber.\n\n"
           "\"We will study the report first,\" said Tomas Rimkus of the governing Harbour Union Party (HUP), "
           "leaving the hall.")
    assert who(e, "We will study the report") != "Harbour Union Party"


def test_words_read_aloud_are_never_the_readers():
    e = ex("Kosal Vann, a teacher held since August, wrote to his family from prison last month.\n\n"
           "At the rally, his sister, Mey Sophal, held the page up for the crowd. She paused twice.\n\n"
           "\"Tell the pupils to keep their notebooks,\" she read, as people clapped.")
    assert who(e, "Tell the pupils") != "Mey Sophal"


def test_a_described_neighbour_who_speaks_takes_the_pronoun_from_the_named_one():
    e = ex("Jasur Karimov, a singer, returned to his flat in Termez in October.\n\n"
           "Her neighbour, a baker whom the children on the street call Uncle Rustam, says the patrols stopped "
           "in winter. \"Now they only send a boy on a bicycle,\" he says.")
    assert who(e, "Now they only send a boy") is None


def test_an_interviewers_question_after_a_colon_is_the_interviewers():
    e = ex("The debate on the press bill was broadcast on Tuesday by the station Radio Vltava Nord.\n\n"
           "The host, Petra Novotná, questioned the deputy minister, Karel Dvořák, about the bill.\n\n"
           "Novotná interrupted him: “Which newspaper has ever asked you for money?” Dvořák said he would "
           "answer in writing.")
    assert who(e, "Which newspaper has ever asked") != "Karel Dvořák"


def test_a_pronoun_is_not_the_person_someone_else_spoke_about():
    e = ex("Radio Sadaa, which ran farming programmes in Taloqan, was closed on Tuesday, according to "
           "Parwana Sediqi, who founded it in 2015.\n\n"
           "Sediqi said the station's editor, Mariam Noori, and a sound engineer, Gulalai, had been summoned to "
           "the governor's office. \"They read us a decree and then they locked the studio,\" she told reporters "
           "by phone.")
    assert who(e, "They read us a decree") != "Mariam Noori"


def test_a_vague_charge_in_scare_quotes_is_nobodys_words():
    e = ex("The Press Freedom Desk said it had counted nine arrests of reporters since June, several of them "
           "for unspecified \"offences\". The ministry did not reply.")
    assert "offences" not in [q.text for q in e.quotes]


def test_the_wife_named_by_her_husbands_full_name_is_given_her_own_words():
    e = ex("Vusi Mahlangu, 52, a clerk, is charged with public violence after the march in May.\n\n"
           "Mrs Vusi Mahlangu, the clerk’s wife, sat behind the dock with her sister. "
           "‘He carried a flag, not a stone,’ she said as the court rose.")
    assert who(e, "He carried a flag") == "Mrs Vusi Mahlangu"
