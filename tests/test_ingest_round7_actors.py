"""Round 7 on invented articles: actor shapes a first run on a new article missed or invented.
Every outlet, person and body here is made up; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors, speaker_of as speaker

HEAD = "Lantern Weekly\nNews\n\nPoet charged in Korvath\n\nBy Ila Morvane\n6 June 2025\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_given_name_written_as_an_initial_stays_part_of_the_name():
    e = ex("Justice R. Velmurugan Nathan dismissed the case on Friday.\n\n"
           "Senior advocate K. Ponnaiyan said the order was \u201ca lesson for every station house\u201d.")
    found = actors(e)
    assert found.get("R. Velmurugan Nathan") == "person"
    assert found.get("K. Ponnaiyan") == "person"
    assert "R" not in found and "K" not in found
    assert speaker(e, "a lesson for every") == "K. Ponnaiyan"


def test_a_law_named_in_its_own_language_is_no_actor():
    e = ex("He was charged under Section 12 of the Rashtriya Suraksha Sanhita (RSS) and the "
           "Lok Prakashan Adhiniyam (LPA), his lawyer Meera Kunjan said.")
    found = actors(e)
    assert "Rashtriya Suraksha Sanhita" not in found
    assert "Lok Prakashan Adhiniyam" not in found
    assert found.get("Meera Kunjan") == "person"


def test_a_one_name_singer_or_a_functionary_in_apposition_is_a_person():
    e = ex("The case against Vairavan, a folk singer from Tirukovil who performs under one name, was dropped.\n\n"
           "The complaint came from D. Sundaresan, a functionary of a local traders' body, who said "
           "the song was \u201can insult to the town\u201d.")
    found = actors(e)
    assert found.get("Vairavan") == "person"
    assert found.get("D. Sundaresan") == "person"


def test_a_town_police_force_that_acted_is_an_actor():
    e = ex("The charge sheet filed by the Kollam police, which runs to forty pages, names three people.")
    assert actors(e).get("Kollam Police") == "government"


def test_a_turkic_patronymic_closes_the_name_and_keeps_the_next_name_its_own():
    e = ex("The court jailed editors Aisulu Temir kyzy and Daniyar Omurzakov on Monday.\n\n"
           "Temir kyzy\u2019s brother travelled from Talas for the verdict.")
    found = actors(e)
    assert found.get("Aisulu Temir kyzy") == "person"
    assert found.get("Daniyar Omurzakov") == "person"
    assert "Aisulu Temir" not in found


def test_a_titled_person_of_a_named_court_is_a_person_and_the_court_a_court():
    e = ex("Judge Kubat Alymbekov of the Sverdlovsky District Court read the verdict.")
    found = actors(e)
    assert found.get("Kubat Alymbekov") == "person"
    assert found.get("Sverdlovsky District Court") == "court"


def test_a_surname_two_people_share_goes_by_the_role_the_writer_gives_it():
    e = ex("The court jailed reporters Oskon Abdrakhmanov and Ruslan Tashiev on Monday.\n\n"
           "Prosecutor Marat Tashiev, who is not related to the defendant, had asked for eight years.\n\n"
           "Tashiev, the reporter, told the court he had no regrets.\n\n"
           "Tashiev, the lawyer, was not in court.")
    paras = {m.key: m.paragraphs for m in e.mentions}
    # (body paragraphs 1..4: the reporter's own paragraph is 3; the lawyer in 4 fits neither)
    assert 3 in paras["Ruslan Tashiev"] and 4 not in paras["Ruslan Tashiev"]
    assert not {3, 4} & set(paras["Marat Tashiev"])


def test_a_sentence_opening_al_surname_is_the_full_name_not_a_new_person():
    e = ex("The court jailed the poet Samir al-Haddadi on Tuesday.\n\n"
           "Al-Haddadi, 41, was taken to prison the same afternoon.")
    found = actors(e)
    assert found.get("Samir al-Haddadi") == "person"
    assert "Al-Haddadi" not in found
    assert 2 in {m.key: m.paragraphs for m in e.mentions}["Samir al-Haddadi"]


def test_a_reverend_is_a_person_and_the_style_no_part_of_the_name():
    e = ex("The Rev. Tomas Olivar Reyes is one of the people at the vigil outside the cathedral.")
    assert actors(e).get("Tomas Olivar Reyes") == "person"


def test_a_portfolio_after_a_title_is_no_person_and_a_police_rank_no_part_of_a_name():
    e = ex("The petition names the Director of Criminal Investigations and the Commissioner of "
           "Immigration as respondents.\n\n"
           "Police spokesperson SACP Daudi Mwakyusa said the force was \u201cnot holding anyone\u201d.")
    found = actors(e)
    assert "Investigations" not in found and "Criminal Investigations" not in found
    assert "Immigration" not in found
    assert found.get("Daudi Mwakyusa") == "person"
    assert speaker(e, "not holding anyone") == "Daudi Mwakyusa"


def test_a_one_word_party_a_spokesperson_speaks_for_is_a_party():
    e = ex("Mr Juma, a Kivuli branch secretary, has not been seen since March.\n\n"
           "A spokesman for Kivuli said the party would raise the case with diplomats.")
    found = actors(e)
    assert found.get("Kivuli") == "party"
    assert 1 in {m.key: m.paragraphs for m in e.mentions}["Kivuli"]


def test_a_person_a_spokesperson_speaks_for_is_not_made_a_party():
    e = ex("A spokesman for Odinga said the talks had stalled.")
    assert "Odinga" not in {k for k, t in actors(e).items() if t == "party"}


def test_a_full_name_whose_surname_later_opens_a_sentence_saying_something_is_a_person():
    e = ex("A regional panel reported on the detentions. Lucia Mora-Aguilar is one of its members.\n\n"
           "A register counts 40 missing people. Mora-Aguilar says the real number is higher.")
    found = actors(e)
    assert found.get("Lucia Mora-Aguilar") == "person"
    assert 2 in {m.key: m.paragraphs for m in e.mentions}["Lucia Mora-Aguilar"]


def test_a_bare_high_court_after_one_named_high_court_is_that_court():
    e = ex("The Vellore Bench of the Kestrel High Court on Monday quashed the case.\n\n"
           "\u201cNow the High Court has heard us,\u201d the singer said.")
    courts = {k for k, t in actors(e).items() if t == "court"}
    assert courts == {"Kestrel High Court"}
    assert {m.key: m.paragraphs for m in e.mentions}["Kestrel High Court"] == (1, 2)


def test_a_bare_high_court_with_two_named_high_courts_is_left_alone():
    e = ex("The Kestrel High Court and the Dunmore High Court both heard appeals.\n\n"
           "The High Court registry was closed on Friday.")
    pars = {m.key: m.paragraphs for m in e.mentions}
    assert pars["Kestrel High Court"] == (1,) and pars["Dunmore High Court"] == (1,)


def test_initials_with_a_party_post_after_them_and_the_party_named_are_a_party():
    e = ex("The commission says the KDU has 41% of the vote.\n\n"
           "KDU campaign chief Vesna Orlić declared victory at the party's rally in Varna Nova.")
    found = actors(e)
    assert found.get("KDU") == "party"
    assert {m.key: m.paragraphs for m in e.mentions}["KDU"] == (1, 2)
    assert found.get("Vesna Orlić") == "person"


def test_an_office_written_with_capitals_is_not_a_person():
    e = ex("When a Senior Prosecutor asked for more time, the judge refused.\n\n"
           "The hearing was adjourned to June.")
    assert "Senior Prosecutor" not in actors(e)
