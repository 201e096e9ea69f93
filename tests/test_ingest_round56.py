"""Round 56 on invented pages: quotations the gold gives a speaker that the extractor left
without one, across blind60 to blind81, read for the general shape behind each. Every outlet,
person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, on_page, page, published, speaker_of as who

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


# From the first run on blind82 and blind83: every wrong speaker it gave


def test_a_dead_namesake_does_not_speak_by_phone():
    e = on_page(HEAD, "The court held the state responsible for the 2019 killing of Tomas Lindo, a fisherman.\n\n"
                      "Lindo, 46, was shot dead on the coast road. He had reported six threats.\n\n"
                      "Rosa Lindo, the victim's sister, told the Courier the family had waited.\n\n"
                      "\"Seven years we waited to hear that my brother was right,\" Lindo said by phone.")
    assert who(e, "Seven years we waited") == "Rosa Lindo"


def test_a_live_page_entry_opens_with_its_time():
    e = on_page(HEAD, "5.30pm: Government spokesperson Nadia Kerr said the government \"respects the court\".\n\n"
                      "4.50pm: Rights Watch's senior researcher, Elaine Voss, said the ruling was \"a long line of "
                      "knockouts\".\n\n"
                      "\"Voters keep choosing, and the courts keep un-choosing,\" she said in a statement.")
    assert who(e, "a long line of knockouts") == "Elaine Voss"
    assert who(e, "Voters keep choosing") == "Elaine Voss"


def test_the_one_asked_whether_answers():
    e = on_page(HEAD, "The director of the sending unit, Mele Havili, appeared by video link.\n\n"
                      "Senator Priya Desai asked Ms Havili whether the unit would stop sending workers. She said that "
                      "option was \"on the table\".")
    assert who(e, "on the table") == "Mele Havili"


def test_a_name_in_dashes_opens_the_sentence_and_he_speaks_next():
    e = on_page(HEAD, "Suha Karimi, a member of the committee, told a talk show the law \"protects protest\".\n\n"
                      "Another member of the committee, Ali Karimi - no relation, as both point out - has refused to "
                      "sign. \"A right that needs a permit is not a right,\" he told me by phone.\n\n"
                      "Ms. Karimi told the same show that the committee remained \"open to amendments.\"")
    assert who(e, "A right that needs a permit") == "Ali Karimi"
    assert who(e, "open to amendments") == "Suha Karimi"


def test_a_bare_name_long_used_for_one_is_not_a_new_namesake_s():
    e = on_page(HEAD, "The court was hearing a petition filed by Ravi Patil, a union secretary.\n\n"
                      "The order had directed Patil to leave the district. Patil had led a strike.\n\n"
                      "A lawyer appearing for Patil said the case was weak.\n\n"
                      "The judges also criticised police inspector Sunil Patil, who prepared the proposal.\n\n"
                      "Speaking after the verdict, Patil said the months away had been \"the hardest of my life\".")
    assert who(e, "the hardest of my life") != "Sunil Patil"


# The page's own name and date (blind82, blind83)

BODY = ("MUMBAI: The high court on Wednesday set aside an order externing a union leader, holding that "
        "organising workers is no crime.\n\n"
        "The bench said the police had relied on statements nobody could test.\n\n")


def test_a_masthead_named_of_a_place_and_a_by_line_parted_by_slashes():
    e = page("The Herald of Deccan\n\nSign In\n\nNews / City News / Pune News / Court quashes externment of union "
             "leader\n\nCourt quashes externment of union leader\n\nAsha Rane / HNS / Mar 5, 2026, 04:12 IST\n\n"
             + BODY + "Copyright © 2026 Rane, Coleman & Co. Ltd. All rights reserved.\n")
    assert e.publisher == "The Herald of Deccan"
    assert e.title == "Court quashes externment of union leader"
    assert published(e) == "2026-03-05"


def test_the_header_s_buttons_are_no_masthead():
    e = page("NWX\n\nWorld | Asia | Business | Sport\n\nSearch  Menu\n\nAsia\n\nCourt dissolves opposition party\n\n"
             + BODY + "Copyright© Lumen Media 2026. All rights reserved.\n")
    assert e.publisher != "Search Menu"


def test_a_german_page_s_dotted_date_credit_and_captioned_words():
    e = page("DER ABEND\n\nMenu   Search   Subscribe\n\nInternational\n\nMedia Under Pressure\n\n"
             "“They Want Us to Feel Like Foreign Agents”\n\n"
             "Interview Conducted by Katrin Voss in Budapest\n12.02.2026, 17.03 Uhr\n\n"
             "Editor Dora Kiss in the newsroom in Budapest: “Every one of us now has a file.”\n"
             "Foto: Bence Toth / DER ABEND\n\n"
             "DER ABEND: Ms. Kiss, what does the report say about you?\n\n"
             "Kiss: It says we are “an instrument of foreign interference.” That is a direct quote from it.\n")
    assert published(e) == "2026-02-12"
    assert e.captions and e.captions[0].credit == "Bence Toth / DER ABEND"
    assert e.paragraphs[0].text.startswith("DER ABEND: Ms. Kiss")


def test_an_editor_s_newsletter_pick_and_a_photographer_s_slash_credit_are_no_paragraphs():
    e = page("The Lakeside Star\n\nSign In   Subscribe\n\nHome | City | Politics\n\n"
             "Judge throws out charge against photojournalist\n\n"
             "Unlock the Editor’s Digest for free\n"
             "Ana Roe, Editor of the Star, selects her favourite stories in this weekly newsletter.\n\n"
             "Photojournalist Kofi Mensah outside the court on Thursday. “I was standing where the public "
             "stands,” he said.\nLance Miller/The Lakeside Star\n\n"
             "A judge has thrown out an obstruction charge against a photojournalist arrested while "
             "documenting the clearing of an encampment, finding the police had no grounds.\n\n"
             "Mensah, 31, was held for almost five hours on July 17, 2025.\n")
    assert e.paragraphs[0].text.startswith("A judge has thrown out")
    assert "Ana Roe" not in actor_types(e)


def test_a_speech_verb_in_the_progressive():
    e = on_page(HEAD, "The Legal Rights Project (LRP) has filed a lawsuit against the police.\n\n"
                      "In the suit, LRP is asking the court to “declare that the arrest is unlawful.”\n\n"
                      "LRP is also calling on the police to “release all journalists.”")
    assert who(e, "declare that the arrest is unlawful") == "Legal Rights Project"
    assert who(e, "release all journalists") == "Legal Rights Project"
