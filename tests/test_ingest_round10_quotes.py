"""Round 10 on invented articles: quote shapes and speakers a first run on new articles missed
or got wrong. Every outlet, person and body here is made up, and no sentence echoes a gold
article; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker, quote_texts as texts

HEAD = "Lowland Courier\nNews\n\nTribunal keeps printers in custody\n\nBy Mara Holt\n3 March 2025\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_span_of_time_quoted_in_a_lawyers_report_of_a_courts_act_is_the_lawyers():
    e = ex("The Northgate Regional Tribunal ordered the two printers held for a month.\n\n"
           "Their lawyer, Petra Lindqvist, told the Courier she would appeal.\n\n"
           "Lindqvist said the tribunal dismissed her motion after 'barely five minutes' of "
           "debate.")
    assert speaker(e, "barely five minutes") == "Petra Lindqvist"


def test_the_network_is_the_network_the_paragraph_named():
    e = ex("The Coastal Fishers Network said in a statement that twelve boats had been seized. "
           "\"The harbour is closed to us now,\" the network said.")
    assert speaker(e, "The harbour is closed") == "Coastal Fishers Network"


def test_a_spokesperson_for_a_bodys_diplomatic_service_speaks_for_the_body():
    e = ex("The trial drew criticism abroad. A spokesperson for the Nordic Council's diplomatic "
           "service said the council was 'gravely troubled' by the sentences.")
    assert speaker(e, "gravely troubled") == "Nordic Council"


def test_a_second_that_clause_is_reported_by_the_verb_of_the_first():
    e = ex("Ines Varga, a former colleague of the printers, wrote on Telegram that Holm had "
           "called her at dawn and that the press was 'the last one in the city still running'.")
    assert speaker(e, "the last one in the city") == "Ines Varga"


def test_a_plural_noun_before_a_modal_is_no_reporting_verb():
    e = ex("The Interior Ministry dismissed the appeal, saying in a statement that the case was "
           "'a matter for the courts' and that neighbouring states should 'mind their own affairs'.")
    assert speaker(e, "mind their own affairs") == "Interior Ministry"


def test_a_name_with_a_lowercase_patronymic_after_a_quote_speaks_in_the_present_tense():
    e = ex("Ulvi Tahir oglu, a printer, was arrested in May. His sister, Leyla Tahir qizi, visits "
           "him every week.\n\n"
           "'He told me to keep the shop open,' Leyla Tahir qizi recalls.")
    assert speaker(e, "He told me to keep") == "Leyla Tahir qizi"


def test_she_is_the_one_woman_her_own_sentence_names_when_no_recent_subject_fits():
    e = ex("Mrs Agnes Wekesa's grandson, Tom Ouma, drove a taxi. Men in a grey car took him from "
           "a petrol station. When I visited Mrs Wekesa, she told me:\n\n"
           "\u201cNobody came to explain anything. I asked at every post they named.\n\n"
           "\u201cAt the last one a guard told me to stop asking. I have not stopped.\u201d")
    assert speaker(e, "Nobody came to explain") == "Agnes Wekesa"
    assert speaker(e, "At the last one") == "Agnes Wekesa"


def test_a_body_that_has_itself_reported_that_speaks_its_quoted_words():
    e = ex("The Lakeland Ombudsman Office, an independent body, has itself reported that its staff "
           "were \u201crefused entry\u201d at four police posts.")
    assert speaker(e, "refused entry") == "Lakeland Ombudsman Office"


def test_an_exchange_written_as_name_labelled_turns_gives_each_turn_to_its_speaker():
    e = ex("Kwame Mensah, a bus driver charged over a strike, said he was innocent as his trial "
           "went on at the Tema High Court on Monday. Prosecutor Ama Okafor questioned him for an hour. Our reporter "
           "noted the exchange:\n\n"
           "Okafor: Were you at the depot when the buses stopped?\n\n"
           "Mensah: I was at home. I told the drivers to park, not to fight.\n\n"
           "Okafor: Then why did the depot close for three days?\n\n"
           "Mensah: Because nobody had been paid since March.")
    assert speaker(e, "Were you at the depot") == "Ama Okafor"
    assert speaker(e, "I was at home") == "Kwame Mensah"
    assert speaker(e, "Because nobody had been paid") == "Kwame Mensah"


def test_a_note_and_a_heading_with_colons_are_no_exchange():
    e = ex("Kwame Mensah, a bus driver, was charged on Monday.\n\n"
           "Mensah: the driver who stopped a city\n\n"
           "Note: names of witnesses are withheld.\n\n"
           "Read more: strikes across the region")
    assert e.quotes == ()


def test_words_once_told_to_the_speaker_inside_her_quote_are_their_own_quote():
    e = ex("Rosa Ilunga, the widow of the murdered forest ranger, spoke at the wake.\n\n"
           "\u201cHe told me in March, \u2018If the trucks come back, call the bishop.\u2019 "
           "I called nobody,\u201d Ilunga said.")
    texts = [q.text for q in e.quotes]
    assert "If the trucks come back, call the bishop." in texts
    assert speaker(e, "He told me in March") == "Rosa Ilunga"
    assert speaker(e, "If the trucks come back") is None     # "he" inside her account: not settled


def test_a_word_set_in_quotes_inside_a_question_stays_part_of_it():
    e = ex("Defence lawyer Tomas Berg questioned the witness for an hour. \u201cYou called the "
           "drivers \u2018bandits\u2019 on the radio. Why?\u201d Berg asked.")
    assert [q.text for q in e.quotes if "bandits" in q.text] == \
        ["You called the drivers \u2018bandits\u2019 on the radio. Why?"]


def test_a_lede_description_is_the_person_the_text_later_names_with_the_same_words():
    e = ex("A court on Monday jailed three dock workers for a year, in a ruling their lawyer "
           "called \u201ca warning to every union in the port.\u201d\n\n"
           "The three were arrested in May after a strike at the container terminal.\n\n"
           "Their lawyer, Odile Mbeki, said she would appeal.")
    assert speaker(e, "a warning to every union") == "Odile Mbeki"


def test_the_minister_in_charge_of_a_remit_and_his_office_are_the_minister_named_later():
    e = ex("The minister in charge of transport said on the radio that the port would stay shut "
           "until \u201cevery crane is inspected\u201d.\n\n"
           "The minister, Henri Lavoie, a former naval officer, did not answer our questions. His "
           "office said in May that the closure was \u201cshort\u201d.")
    assert speaker(e, "every crane is inspected") == "Henri Lavoie"
    assert speaker(e, "short") == "Henri Lavoie"


def test_a_lede_description_stays_open_when_two_people_are_later_named_with_it():
    e = ex("Two reporters were fined on Monday, in a ruling their lawyer called \u201ca farce\u201d.\n\n"
           "Their lawyer, Odile Mbeki, defended the first. Their lawyer, Jonas Field, the second.")
    assert speaker(e, "a farce") is None


def test_an_indictment_signed_by_a_prosecutors_office_speaks_for_it():
    e = ex("Vera Osei, a bus driver, is charged over a voice message she sent in May.\n\n"
           "The indictment, signed by the Northgate Regional Prosecutor's Office, states that the "
           "message \u201cspread panic among passengers\u201d.")
    assert speaker(e, "spread panic") == "Northgate Regional Prosecutor's Office"


def test_an_unnamed_minister_of_a_portfolio_speaks_for_the_ministry_the_text_names():
    e = ex("The Ministry of Transport said in April that it would review the bus routes.\n\n"
           "Later, the Minister of Transport told parliament that drivers \u201cmust respect the "
           "law\u201d.")
    assert speaker(e, "must respect the law") == "Ministry of Transport"


def test_a_minister_of_a_portfolio_the_text_names_as_a_person_is_not_the_ministry():
    e = ex("Transport Minister Adele Brun visited the depot on Monday. The Ministry of Transport "
           "said in April that it would review the bus routes.\n\n"
           "Later, the Minister of Transport told parliament that drivers \u201cmust respect the "
           "law\u201d.")
    assert speaker(e, "must respect the law") != "Ministry of Transport"



def test_a_verdicts_offences_and_a_code_articles_heading_are_no_ones_words():
    e = ex("The Eastport tribunal found the two organisers guilty of \u201cobstructing public "
           "roads\u201d and \u201cdisturbing the peace\u201d, but acquitted them of a third charge, "
           "\u201cforming an armed band\u201d.\n\n"
           "A third man is charged under Article 88.2 of the Penal Code, 'theft of state property "
           "by an organised group', and a fourth under Article 41 of the Criminal Code "
           "(\u201cInsulting a public official, a judge or a soldier on duty\u201d).")
    assert texts(e) == []


def test_a_placards_words_and_their_translation_are_no_ones_words():
    e = ex("Supporters held placards reading \u201cLibertad para los presos\u201d "
           "(\u201cFreedom for the prisoners\u201d) outside the court. In the square, a banner "
           "that reads \u201cNuestra Tierra\u201d (Our Land) hangs from the church.")
    assert texts(e) == []


def test_a_term_for_a_thing_held_and_a_word_held_at_arms_length_are_no_ones_words():
    e = ex("The amended act lets soldiers arrest a civilian in possession of \u201cmilitary "
           "equipment\u201d, and three of the missing men were later \u201cdiscovered\u201d in an "
           "army camp.")
    assert texts(e) == []


def test_a_banners_words_with_no_translation_stay_a_quote():
    e = ex("Protesters carried a banner reading \u201cWe are all Amara\u201d through the market.")
    assert texts(e) == ["We are all Amara"]


def test_a_word_in_quotes_inside_a_labelled_turn_is_part_of_the_turn():
    e = ex("Kwame Mensah, a bus driver charged over a strike, said he was innocent as his trial "
           "went on at the Tema High Court on Monday. Prosecutor Ama Okafor questioned him.\n\n"
           "Okafor: You called the managers 'thieves' on the radio. Why?\n\n"
           "Mensah: Because nobody had been paid since March.\n\n"
           "Okafor: Nobody?\n\n"
           "Mensah: Nobody on my shift.")
    assert "thieves" not in texts(e)
    assert speaker(e, "You called the managers") == "Ama Okafor"
