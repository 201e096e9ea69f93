"""Round 7 on invented articles: shapes of attribution that a first run on new articles got
wrong or missed. Every outlet, person and event here is made up; each test shows one general
behaviour, and a wrong speaker is never traded for an attribution.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as who

HEAD = "Steppe Wire\nNews\n\nThree reporters sentenced in Karavan\n\nBy Ilse Marrow\n9 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_pronoun_after_a_bare_surname_two_people_share_is_left_open():
    # (the reporter is named only as the owner of the films: no actor the extractor established)
    e = ex("KARAVAN (Steppe Wire) — A court on Monday jailed the editor Dana Morrow-Ketts for five "
           "years over the films of Sanjar Bekmuratov.\n\n"
           "Prosecutor Erlan Bekmuratov, who is not related to the defendant, had asked for "
           "seven years. He told the court the films were “a plan for disorder.”\n\n"
           "The court did not explain its ruling.\n\n"
           "Bekmuratov, the reporter, had spoken last. “I only filmed what I saw,” he said.")
    assert who(e, "a plan for") == "Erlan Bekmuratov"
    assert who(e, "I only filmed") is None


def test_a_long_quotation_runs_on_after_a_speaker_with_a_regional_job_title():
    e = ex("The Karavan City Court jailed the blogger Timur Esen on Monday for a post about bread prices, "
           "Civic Watch said today.\n\n"
           "“Timur Esen is in prison for a joke,” said Aliya Dorn, Civic Watch’s Deputy Regional "
           "Director for the South Caucasus and Central Asia.\n\n"
           "“The authorities say they welcome criticism. Yet every month another critic is jailed.\n\n"
           "“Parliament must repeal this law before it silences anyone else.”")
    assert who(e, "Timur Esen is") == "Aliya Dorn"
    assert who(e, "The authoriti") == "Aliya Dorn"
    assert who(e, "Parliament mu") == "Aliya Dorn"


def test_a_quotation_paragraph_after_a_speaker_beside_another_named_person_stays_open():
    e = ex("The Karavan City Court jailed the blogger Timur Esen on Monday.\n\n"
           "“Timur Esen is in prison for a joke,” said Aliya Dorn, as the judge Bolat Serik looked on.\n\n"
           "“The authorities say they welcome criticism. Yet every month another critic is jailed.\n\n"
           "“Parliament must repeal this law.”")
    assert who(e, "The authoriti") is None
    assert who(e, "Parliament mu") is None


def test_a_person_named_with_the_body_she_works_for_is_the_subject():
    e = ex("Three activists have been missing since June.\n\n"
           "The families’ lawyer, Dr Mira Solen of the Karavan Legal Aid Centre (KLAC), said the "
           "hearing was ‘the only door still open’.")
    assert who(e, "the only door") == "Mira Solen"


def test_a_colon_after_a_quotation_in_the_same_paragraph_introduces_the_next_one():
    e = ex("Three activists have been missing since June.\n\n"
           "The families’ lawyer, Dr Mira Solen, said the hearing was ‘the only door still open’. "
           "She told the Steppe Wire:\n\n"
           "‘We wrote to every ministry. Nobody answered.\n\n"
           "‘If nothing is hidden, telling a judge costs nothing.’")
    assert who(e, "We wrote to") == "Mira Solen"
    assert who(e, "If nothing is") == "Mira Solen"


def test_a_spokesperson_for_a_body_whose_name_has_initials_with_full_stops():
    e = ex("A court jailed three reporters on Monday.\n\n"
           "A spokesperson for the U.K. Embassy in Karavan said in an emailed statement that it was "
           "\"deeply troubled\" by the sentences.")
    assert who(e, "deeply troubl") == "U.K. Embassy"


def test_a_lawyer_named_with_her_own_title_after_the_client_and_role():
    e = ex("The singer Arvid was cleared on Monday. He thanked his fans.\n\n"
           "Arvid's counsel, advocate Rina Kessel, told this newspaper that the order should be read "
           "widely. “This case was never about public order,” she said.")
    assert who(e, "This case was") == "Rina Kessel"


def test_a_branch_of_a_body_speaks_for_the_body():
    e = ex("The singer Arvid was cleared on Monday.\n\n"
           "The Orsk unit of the Civic Liberties League (CLL) welcomed the ruling. In a statement, it said "
           "the order was “a warning to the police” and called for an inquiry.")
    assert who(e, "a warning to") == "Civic Liberties League"


def test_a_colon_hands_the_words_to_the_subject_without_a_reporting_verb():
    e = ex("The singer Arvid went on trial on Monday.\n\n"
           "Senior Public Prosecutor K. Omarov put the case bluntly: “The song was sung at the gate, "
           "to a crowd, on a feast day.”")
    assert who(e, "The song was") == "K. Omarov"


def test_a_colon_after_someone_else_s_letter_leaves_the_words_open():
    e = ex("The singer Arvid went on trial on Monday.\n\n"
           "Senior Public Prosecutor K. Omarov held up the singer's letter: “I will sing it again.”")
    assert who(e, "I will sing") is None


def test_a_video_posted_online_is_no_reporting_verb_and_the_colon_gives_the_subject():
    e = ex("The cartoonist Nurlan Abai was jailed on Tuesday.\n\n"
           "His aunt, Gulmira Abai, a schoolteacher in the town of Kemin, appealed for his release in a "
           "video posted on Facebook: “Our family has always served this country.”")
    assert who(e, "Our family") == "Gulmira Abai"


def test_who_after_a_name_and_its_apposition_is_that_person():
    e = ex("The singer Arvid was charged in May.\n\n"
           "The charge was based on a complaint by R. Temirov, an official of a local trade guild, who "
           "alleged that the song had “insulted the guild”.")
    assert who(e, "insulted the") == "R. Temirov"


def test_who_after_a_name_that_hangs_off_another_noun_stays_open():
    e = ex("The singer Arvid was charged in May.\n\n"
           "The charge was based on a complaint by the brother of Rustam Temirov, who "
           "alleged that the song had “insulted the guild”.")
    assert who(e, "insulted the") is None


def texts(e: Extraction) -> list[str]:
    return [q.text for q in e.quotes]


def test_offence_names_a_report_title_and_an_explained_word_are_no_quotes():
    e = ex("The Karavan Media Law, adopted in 2024, punishes offences such as spreading “false rumours” "
           "and “insulting officials” online. Civic Watch counted 30 cases in its report “‘Every Word "
           "Is Read’: Trials Under Karavan’s Media Law”, published in May.\n\n"
           "Such arrests are so common that the word ‘waliopotea’ – the vanished – is used for them.\n\n"
           "“We will appeal,” said Aliya Dorn, a lawyer.")
    assert texts(e) == ["We will appeal,"]
    assert who(e, "We will appeal") == "Aliya Dorn"
