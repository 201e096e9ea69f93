"""Round 56 on invented pages: quotations the gold gives a speaker that the extractor left
without one, across blind60 to blind81, read for the general shape behind each. Every outlet,
person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, on_page, speaker_of as who

HEAD = "Coastal Courier\nNews | Courts\n\nGuards convicted over beating at reception centre\n\nBy Lena Moss\nTuesday, March 3, 2026\n\n"


def test_a_family_name_with_its_arabic_article_is_a_person_named_alone():
    e = on_page(HEAD, "Two guards were convicted over the beating of Samir al-Khatib, then 19, in a container.\n\n"
                      "Al-Khatib, who now lives in Larnaca, said he was relieved. \"I only wanted to be believed,\" he said.\n\n"
                      "\"Today the court listened,\" al-Khatib said.")
    assert actor_types(e).get("Samir al-Khatib") == "person"
    assert who(e, "I only wanted to be believed") == "Samir al-Khatib"
    assert who(e, "Today the court listened") == "Samir al-Khatib"


def test_a_possessive_makes_a_plural_verb_form_a_noun():
    e = on_page(HEAD, "The Finance Ministry said in a statement that the union's demands were \"out of touch with the "
                      "budget\" and that it had made \"a fair offer\".\n\n"
                      "The Interior Ministry said the workers' claims were \"unfounded\".")
    assert who(e, "out of touch with the budget") == "Finance Ministry"
    assert who(e, "a fair offer") == "Finance Ministry"
    assert who(e, "unfounded") == "Interior Ministry"


def test_a_name_the_lexicon_lacks_then_its_kind_in_lower_case():
    e = on_page(HEAD, "The Kovalon labor federation said it \"stands fully behind\" the guards' victims.\n\n"
                      "The Kenyan teachers union said it was \"shocked\".")
    types = actor_types(e)
    assert "Kovalon" in types and "Kenyan" not in types
    assert who(e, "stands fully behind") == "Kovalon"
    assert who(e, "shocked") is None


def test_an_office_with_its_initials_is_no_body_and_its_holder_speaks():
    e = on_page(HEAD, "Teacher Paul Ndam was arrested on Monday.\n\n"
                      "On 7 September, the Senior Divisional Officer (SDO) for Mezam, Mr. Ebenezer Tabi, told "
                      "journalists that the teacher was being questioned \"within the framework of an inquiry\".")
    types = actor_types(e)
    assert "Senior Divisional Officer" not in types
    assert who(e, "within the framework of an inquiry") == "Ebenezer Tabi"


def test_a_second_aside_on_where_between_a_name_and_its_verbs():
    e = on_page(HEAD, "The reporter, Ms Efua Boakye, tried to interview the Municipal Chief Executive (MCE), "
                      "Mr Kojo Boakye, about the traders.\n\n"
                      "Mr Boakye, the MCE, in a post on his Facebook page on Tuesday, condemned the attack and said "
                      "the men \"are not my staff\".")
    assert who(e, "are not my staff") == "Kojo Boakye"


def test_a_spokesperson_for_a_named_body_after_the_quotation():
    e = on_page(HEAD, "Workers lodged claims with the Ministry of Labour Relations (MLR) in January.\n\n"
                      "\"Employers must pay on time,\" a spokesman for the Ministry of Labour Relations said.\n\n"
                      "\"We take a serious view of this,\" an MLR spokeswoman told reporters.\n\n"
                      "\"The case is open,\" a lawyer for the Ministry of Labour Relations said.")
    assert who(e, "Employers must pay on time") == "Ministry of Labour Relations"
    assert who(e, "We take a serious view of this") == "Ministry of Labour Relations"
    assert who(e, "The case is open") is None
