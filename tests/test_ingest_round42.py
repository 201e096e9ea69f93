"""Round 42 on invented pages: families in the news (a mother known by her son's name, a source
whose brother shares his surname, a family name written with its lower-case Arabic article), the
page's own outlet as the one spoken to, and an unnamed office holder as a pronoun's referent.
Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, on_page, speaker_of as who

HEAD = "Valley Courier\nNews | Politics | Society\n\nFamilies demand answers over grave\n\nBy Ana Reyes\n7 October 2025\n\n"


def test_a_mother_known_by_her_sons_name_is_one_person_and_the_she_who_speaks():
    e = on_page(HEAD, "Relatives gathered at the field on Monday. Among them was Maryam Hosseini, 61, known in "
                      "her village as Umm Karim, whose eldest son Karim was arrested at the checkpoint in 2013.\n\n"
                      "“I have been looking for him for twelve years,” she told reporters.\n\n"
                      "The governor did not comment.")
    people = {k for k, t in actor_types(e).items() if t == "person"}
    assert "Umm Karim" not in people and "Maryam Hosseini" in people
    assert who(e, "I have been looking") == "Maryam Hosseini"


def test_a_bare_family_name_goes_to_the_source_not_the_brother_he_speaks_of():
    e = on_page(HEAD, "Hassan Noori, whose brother Ali Noori disappeared in 2014 after a patrol stopped him, said "
                      "the families had given blood samples in the summer.\n\n"
                      "“We gave our samples in July and nobody called,” Noori said.")
    assert who(e, "We gave our samples") == "Hassan Noori"


def test_a_family_name_with_its_lower_case_article_names_the_person():
    e = on_page(HEAD, "Samir Abdul Karim al-Haddad, a lawyer who documents disappearances, told the Courier the "
                      "grave pointed to the security services.\n\n"
                      "“The evidence belongs to the families and to the courts,” al-Haddad said.")
    assert who(e, "The evidence belongs") == "Samir Abdul Karim al-Haddad"


def test_the_pages_own_outlet_spoken_to_is_no_person_and_the_quotation_runs_on():
    e = on_page("Harbour Herald\nNews | Society\n\nFamilies wait\n\n7 October 2025\n\n",
                "Among the relatives was Leila Mansour, 58, a teacher.\n\n"
                "“I have been looking for my son for ten years,” she told Harbour Herald.\n\n"
                "“Give us the test. That is all we ask.”\n\n"
                "The ministry did not respond.")
    assert actor_types(e).get("Harbour Herald") != "person"
    assert who(e, "Give us the test") == "Leila Mansour"


def test_a_quotation_runs_on_after_a_known_outlet_spoken_to():
    e = on_page(HEAD, "Leila Mansour, 58, a teacher, waited at the gate.\n\n"
                      "“I have been looking for my son for ten years,” she told Radio Free Asia.\n\n"
                      "“Give us the test. That is all we ask.”")
    assert who(e, "Give us the test") == "Leila Mansour"


def test_an_unnamed_head_of_a_body_is_the_he_not_the_lawyer_named_before():
    e = on_page(HEAD, "Samir Haddad, a lawyer who documents disappearances, said the grave was near a checkpoint.\n\n"
                      "“The evidence belongs to the families,” Haddad said.\n\n"
                      "He added that many of the men had been arrested in 2018.\n\n"
                      "The Syrian Network for Human Rights estimates that 170,000 people remain missing.\n\n"
                      "The National Commission for Missing Persons was set up by decree in May 2025 with a mandate "
                      "to search for the missing and support their families. Its head has said that the commission "
                      "is working to build a DNA database, a process he described as “long and complicated.”")
    assert who(e, "long and complicated") in (None, "National Commission for Missing Persons")


def test_an_ngo_whose_release_the_page_is_still_acts_in_it():
    e = on_page("Harbour Rights Network\nNews | Reports\n\nJournalist jailed\n\n7 October 2025\n\n",
                "The Harbour Rights Network said on Monday that the sentence must be overturned.\n\n"
                "“This is a sentence against journalism,” the Harbour Rights Network said in a statement.")
    assert actor_types(e).get("Harbour Rights Network") == "ngo"
    assert who(e, "This is a sentence") == "Harbour Rights Network"
