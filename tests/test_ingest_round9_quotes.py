"""Round 9 on invented articles: people who share a name, and words that are not the
speaker's own. Every outlet, person and event here is made up; each test shows one general
behaviour, and a wrong speaker is never traded for an attribution.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as who

HEAD = "Valley Courier\nNews\n\nFamilies search the hills\n\nBy Inés Robledo Paz\n2 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_family_name_two_sisters_share_is_not_the_one_called_by_her_given_name():
    # The younger sister is "Lucía" once introduced; the shared family names go on meaning the
    # woman the story is about, never the sister.
    e = ex("Carmen Ibáñez Rojo has been looking for her husband for two years.\n\n"
           "Ibáñez Rojo, 47, leads a volunteer group. Her cousin, Lucía Ibáñez Rojo, keeps the records.\n\n"
           "\"We dig every Sunday,\" says Ibáñez Rojo. \"Nobody else will.\"\n\n"
           "Lucía laughs at the idea. \"They never come,\" she says.\n\n"
           "Ibáñez Rojo gave a blood sample in May. \"I want an answer,\" she says.")
    assert who(e, "They never come") == "Lucía Ibáñez Rojo"
    for words in ("We dig every Sunday", "Nobody else will", "I want an answer"):
        assert who(e, words) in (None, "Carmen Ibáñez Rojo"), words


def test_brothers_a_bare_family_name_is_not_the_one_called_by_his_first_name():
    e = ex("Bongani Dlamini, 41, a tenants' leader, was shot outside his home on Monday.\n\n"
           "\"They were waiting for me,\" Dlamini told the Harbour Herald from his hospital bed.\n\n"
           "His younger brother, Sipho Dlamini, won the council seat the next day. Sipho said he had "
           "not spoken to him. \"Family is family,\" he said.\n\n"
           "Dlamini said he would go back to the settlement. \"I am not afraid of them,\" he said.")
    assert who(e, "They were waiting") == "Bongani Dlamini"
    assert who(e, "Family is family") == "Sipho Dlamini"
    assert who(e, "I am not afraid") in (None, "Bongani Dlamini")


def test_an_honorific_makes_a_shared_name_a_family_name_not_a_mans_first_name():
    # "Ms Malik" is the reporter whose name ends in Malik, not the minister whose name opens with it.
    e = ex("The High Court on Monday heard a petition filed by journalist Samina Akhtar Malik, who was "
           "stopped at the airport on Friday.\n\n"
           "Interior Minister Malik Tariq Jaffar said in a statement that the list was \"a tool of the "
           "state\".\n\n"
           "Ms Malik said she would appeal. \"I will keep writing,\" she said.")
    assert who(e, "I will keep writing") in (None, "Samina Akhtar Malik")


def test_a_letter_read_aloud_is_not_the_readers_words():
    # The reader introduces the letter with a colon; the quotation that follows is its writer's.
    e = ex("Former teacher Ilse Varga, 71, died in prison in January, her family said.\n\n"
           "At the funeral her son, Tomas Varga, read aloud from the last letter he had received from "
           "his mother:\n\n"
           "\"Do not worry about me. I have a window and my books.\"\n\n"
           "\"She kept every promise,\" Tomas said afterwards.")
    assert who(e, "Do not worry about me") is None
    assert who(e, "She kept every promise") == "Tomas Varga"


def test_a_statement_of_several_named_groups_is_not_the_last_ones_alone():
    e = ex("In a joint statement on Friday, Open Hills, the Guild of Reporters, Press Watch Andes and the "
           "Valley Rights Forum said that \"no search should depend on the mothers\". The Valley Rights "
           "Forum also said it would file a complaint.\n\n"
           "\"We will go to court,\" the Valley Rights Forum said in a second statement.")
    assert who(e, "no search should depend") is None
    assert who(e, "We will go to court") == "Valley Rights Forum"


def test_she_says_after_a_paragraph_opening_on_a_new_name_is_not_the_last_woman_quoted():
    # The paragraph opens on a woman introduced by name and role (here inside a centre named
    # after a man, which hides her from the actors step); "she says" is hers, never that of
    # the woman quoted two paragraphs before.
    e = ex("Marta Quiroga Lenz, 50, leads the search group.\n\n"
           "Marta laughs at the delay. \"Nothing ever changes?\" she says.\n\n"
           "An official at the morgue, who asked not to be named, says the cold room is full. \"We are a "
           "warehouse,\" she says.\n\n"
           "The country's register lists 90,000 people as missing.\n\n"
           "Eva Lucía Bernal Ocaña, a lawyer with the Tomás Ruiz Peña Human Rights Center (Centro Ruiz), "
           "which advises the group, says the women do work the state must do. \"The law is clear,\" she says.")
    assert who(e, "Nothing ever changes") == "Marta Quiroga Lenz"
    assert who(e, "The law is clear") in (None, "Eva Lucía Bernal Ocaña")


def test_a_bodys_other_name_in_brackets_is_nobody_named_in_between():
    e = ex("Families in the valley have searched the hills for years.\n\n"
           "The families’ lawyer, Rosario Vidal Nuñez, who works for the Northern Rights Centre (Centro Norte), "
           "says the state must search. \"The law is clear,\" she says.")
    assert who(e, "The law is clear") == "Rosario Vidal Nuñez"


def texts(e: Extraction) -> list[str]:
    return [q.text.strip(" ,.") for q in e.quotes]


def test_names_of_charges_legal_regimes_code_articles_slogans_and_scare_words_are_not_quotes():
    e = ex("The editor Omar Selim faces charges of \"funding an illegal group\" and \"publishing false "
           "statements,\" according to his lawyer. He was convicted under Article 211 of the Penal Code "
           "(\"Defaming the State Council\") in 2022.\n\n"
           "Suspects can be held under \"supervised residence at an approved place\" for months. Many "
           "detainees keep being \"rotated\" into new cases once the limit nears. The families marched "
           "under the slogan "
           "\"Bread, Roofs, Ballots\".\n\n"
           "\"They want us silent,\" Selim's wife, Hoda Selim, said. The minister said the editor had been "
           "\"misled\" by foreign donors.")
    assert texts(e) == ["They want us silent", "misled"]


def test_a_bodys_own_branch_speaks_for_the_body():
    e = ex("The Renewal Party won the by-election in Ward 7 on Tuesday.\n\n"
           "In a statement, the Renewal Party's Lakeside region said it \"rejects every act of "
           "violence\" and asked the police to act.")
    assert who(e, "rejects every act") == "Renewal Party"


def test_a_resident_who_gave_only_a_first_name_speaks_under_that_name():
    e = ex("Turnout in Ward 7 was the lowest in a decade.\n\n"
           "A trader who gave his name only as Tumelo, 61, said many people had stayed home. \"Nobody "
           "wanted to be seen at the school,\" he said.")
    assert who(e, "Nobody wanted to be seen") == "Tumelo"


def test_a_quote_someone_was_quoted_as_saying_by_an_outlet_is_theirs():
    e = ex("Prosecutor Irene Salas Mota was quoted as saying by the Coastal Herald that her office "
           "\"has never ignored a family\" and that escorts had been short.")
    assert who(e, "has never ignored") == "Irene Salas Mota"


def test_a_body_and_two_words_of_role_before_a_name_leave_the_name_the_subject():
    e = ex("The Harbour Rights Union published the names of 30 sick prisoners on Monday.\n\n"
           "Harbour Rights Union human rights defender Lena Moroz said the list was incomplete. "
           "\"We publish their names because silence kills,\" she said.")
    assert who(e, "We publish their names") == "Lena Moroz"


def test_the_unnamed_head_of_a_body_speaks_for_the_body():
    e = ex("Petr Lisau, 58, died in custody in January, his family said.\n\n"
           "In a written reply to the family, the head of the Lakeside regional department of corrections "
           "stated that Lisau \"received all the care he needed\".")
    assert who(e, "received all the care") == "Lakeside regional department of corrections"


def test_a_feminine_family_name_stays_the_womans_beside_her_fathers():
    # "Sarokina" is the daughter's form of the family name, never her father Pavel Sarokin's.
    e = ex("Political prisoner Pavel Sarokin, 61, died in a penal colony in March, his family said. "
           "Sarokin had been ill for months.\n\n"
           "His daughter, Alena Sarokina, said the colony had ignored his letters. \"They knew he was sick,\" "
           "Sarokina told the Minsk Monitor.")
    assert who(e, "They knew he was sick") == "Alena Sarokina"


def test_a_banners_foreign_slogan_glossed_by_the_text_is_not_a_quote_but_a_plain_banner_is():
    e = ex("About 50 relatives stood outside the prosecutor's office. A banner across the gate read "
           "\"¡Ni una más!\" — not one more. Others carried placards that read \"Where are our sons?\"")
    assert texts(e) == ["Where are our sons?"]


def test_he_said_right_after_a_sentence_citing_a_person_as_its_source_is_that_person():
    e = ex("The court in Tanta renewed the detention of the poet Samir Haddad, 40, on Sunday, his lawyer "
           "Mona Fathy said.\n\n"
           "Police came to the family's flat at dawn on Friday, according to a baker who works downstairs "
           "and is known in the street as Abu Salem. \"Six men, no uniforms. They took his books,\" he said.")
    assert who(e, "Six men, no uniforms") == "Abu Salem"


def test_he_said_after_a_source_whose_owner_is_named_too_stays_open():
    # "according to Y's lawyer, Z": two people in the source, the pronoun is not settled by it.
    e = ex("The court in Tanta renewed the detention of the poet Samir Haddad on Sunday.\n\n"
           "Police came at dawn, according to Haddad's neighbour, Abu Salem. \"Six men came,\" he said.")
    assert who(e, "Six men came") in (None, "Abu Salem")
