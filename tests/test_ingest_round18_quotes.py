"""Round 18 on invented articles: quotations and speakers a first run on new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker, quote_texts as quotes

HEAD = "Tollmere Courier\nCourts\n\nBaker jailed over pamphlets\n\nBy Rhoswen Garby\n9 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_document_quoted_inside_a_prosecutors_argument_is_not_the_prosecutors():
    # the pamphlets' words are their author's; the prosecutor only cites them, and the name
    # opening the next sentence reports the next quotation, not this one
    e = ex("Crown Advocate Idris Pellow had argued that the pamphlets, printed in April, called the "
           "mayor \u201ca thief in a chain\u201d and urged readers to \u201cshut the bakeries on Monday.\u201d "
           "Pellow told the court that such words \u201cwere meant to be obeyed.\u201d")
    assert speaker(e, "shut the bakeries on Monday.") is None
    assert speaker(e, "a thief in a chain") is None
    assert speaker(e, "were meant to be obeyed.") == "Idris Pellow"


def test_an_interview_whose_questions_carry_the_outlets_name_gives_the_answers_to_the_interviewee():
    e = ex("Tomos Garby, a baker, was jailed on Monday. His lawyer, Nerys Calloway, says the case is thin. "
           "We spoke to her on Tuesday evening.\n\n"
           "Courier: What did the prosecution show?\n\n"
           "Nerys Calloway: Two pamphlets and a photograph of an oven. Nothing else.\n\n"
           "Courier: Will you appeal?\n\n"
           "Calloway: We will appeal next week. The pamphlets were about bread prices.")
    assert speaker(e, "Two pamphlets and a photograph of an oven. Nothing else.") == "Nerys Calloway"
    assert speaker(e, "We will appeal next week. The pamphlets were about bread prices.") == "Nerys Calloway"
    # the outlet's questions are no one's quotations
    assert not [q for q in quotes(e) if "appeal?" in q or "prosecution show" in q]


def test_the_agency_is_the_state_body_the_paragraph_named_whatever_its_name():
    e = ex("The Bureau of Internal Order did not answer the Courier's questions. In a post on its channel, "
           "the agency said that \u201cno baker is above the law.\u201d")
    assert speaker(e, "no baker is above the law.") == "Bureau of Internal Order"


def test_a_message_a_body_sent_is_the_bodys_words_when_it_read_them_out():
    e = ex("The Tollmere District Council ordered the stalls shut last week.\n\n"
           "The walkout followed a text message which the council sent to stallholders on Sunday. It read: "
           "\u201cAll stalls on the quay close at noon. Collect your permits at Pier Hall.\u201d")
    assert speaker(e, "All stalls on the quay close at noon. Collect your permits at Pier Hall.") \
        == "Tollmere District Council"


def test_a_message_whose_sender_is_no_body_stays_open():
    e = ex("The walkout followed a text message which someone sent to stallholders on Sunday. It read: "
           "\u201cAll stalls on the quay close at noon.\u201d")
    assert speaker(e, "All stalls on the quay close at noon.") is None


def test_a_credit_line_with_a_courtesy_title_after_a_dash_names_the_speaker():
    e = ex("Garby was jailed on Monday.\n\n"
           "\u201cA baker who writes about bread prices is no danger to anyone.\u201d \u2014 Dr. Ffion Athey, "
           "member of the Courier's advisory panel")
    assert speaker(e, "A baker who writes about bread prices is no danger to anyone.") == "Ffion Athey"


def test_a_body_that_welcomed_a_ruling_as_words_in_quotation_marks_said_them():
    e = ex("The Bakers' Federation of Tollmere welcomed the ruling as \u201ca crumb of justice,\u201d noting "
           "that four bakers were still in custody.")
    assert speaker(e, "a crumb of justice,") == "Bakers' Federation of Tollmere"


def test_someone_hailed_as_words_in_quotation_marks_did_not_say_them():
    e = ex("Tomos Garby was hailed by neighbours as \u201cthe conscience of the high street\u201d after his release.")
    assert speaker(e, "the conscience of the high street") is None


def test_a_one_word_scare_quote_in_the_writers_own_clause_is_no_quotation():
    e = ex("A baker has been jailed after a judge found that his pamphlets were meant to stir up "
           "\u201ccontempt\u201d against the harbour board.\n\n"
           "\u201cI wrote about bread,\u201d said Tomos Garby.")
    assert [q for q in quotes(e) if "contempt" in q] == []
    assert speaker(e, "I wrote about bread,") == "Tomos Garby"


def test_one_word_a_speaker_uses_mid_clause_stays_a_quotation():
    e = ex("Tomos Garby said the ruling was \u201cabsurd\u201d for a man who bakes bread.")
    assert speaker(e, "absurd") == "Tomos Garby"


def test_a_cause_of_death_quoted_from_a_certificate_is_no_quotation():
    e = ex("The certificate the family received gave the cause of death as \u201ccardiac arrest.\u201d "
           "It bore no doctor's signature.")
    assert quotes(e) == []


def test_a_reports_short_title_with_a_subtitle_is_no_quotation():
    e = ex("The case fits a pattern the Tollmere Bakers' Guild set out in its report \u201cTollmere: Quiet Bakers\u201d, "
           "published in 2024.")
    assert quotes(e) == []


def test_a_complainant_named_after_his_place_and_title_is_the_he_who_speaks_next():
    e = ex("Rhian Voss, a baker, was cleared on Thursday.\n\n"
           "The complainant, Lakeshire County Councillor Edwin \"Eddie\" Marrow Jr., had accused her of "
           "calling him a fraud on her stall's noticeboard. In his complaint, he said the notice had "
           "\u201cruined a name built over forty years.\u201d")
    assert speaker(e, "ruined a name built over forty years.") in {"Edwin Marrow Jr", "Edwin Marrow Jr."}


def test_a_second_offence_after_and_of_in_a_long_verdict_sentence_is_no_quotation():
    e = ex("On 3 March 2026, the Tollmere Crown Court convicted the baker Tomos Garby of \u201cinsulting the "
           "dignity of the harbour\u201d under Section 14 of the Public Order Act and of \u201cspreading through "
           "printed matter what would disturb the calm of the quay\u201d under the Printing Law.\n\n"
           "\u201cI only wrote about the price of flour,\u201d Garby said.")
    assert [q for q in quotes(e) if "printed matter" in q] == []
    assert speaker(e, "I only wrote about the price of flour,") == "Tomos Garby"
