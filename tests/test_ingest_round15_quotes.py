"""Round 15 on invented articles: speakers and quotations a first run on new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker, quote_texts as quotes

HEAD = "Northgate Courier\nNews\n\nHarbour clerk jailed over ferry posts\n\nBy Ilse Marwood\n9 June 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_it_after_a_sentence_about_another_body_does_not_reach_back_to_an_older_one():
    # "It" follows a sentence whose subject is another body (here one the text does not name):
    # never the body named two paragraphs back.
    e = ex("The Harbour Prisons Directorate said in a reply that the clerk was \"receiving care\".\n\n"
           "His sister travelled to the prison twice this spring and was turned away both times.\n\n"
           "A volunteer project that follows such cases lists 212 people held over posts. It calls the law \"a muzzle for the whole coast\".")
    assert speaker(e, "receiving care") == "Harbour Prisons Directorate"
    assert speaker(e, "a muzzle for the whole coast") != "Harbour Prisons Directorate"


def test_it_right_after_the_body_that_is_the_subject_is_that_body():
    e = ex("The Harbour Prisons Directorate rejected the complaint on Monday. It called the claims "
           "\"entirely without foundation\".")
    assert speaker(e, "entirely without foundation") == "Harbour Prisons Directorate"


def test_adding_after_a_report_of_someone_elses_words_is_the_reporters():
    e = ex("Her lawyer, Tomas Vreeland, spoke to reporters after the closed hearing. Vreeland said the "
           "prosecutor had asked for more time because the clerk \"might flee\", adding: \"She has "
           "lived in the same flat for twenty years. Where would she go?\"")
    assert speaker(e, "She has lived in the same flat") == "Tomas Vreeland"
    assert speaker(e, "might flee") != "Tomas Vreeland"


def test_a_body_speaking_in_a_statement_signed_by_its_officer_is_the_speaker():
    e = ex("The Northgate Port Authority (NPA), in a statement signed by its Registrar, Mr Oskar Bellamy, "
           "said the authority \"regrets the delay\" and would reopen the quay on Monday.")
    assert speaker(e, "regrets the delay") == "Northgate Port Authority"


def test_a_speaker_who_goes_by_one_name_after_a_role_is_that_name():
    e = ex("The fishers' cooperative Mar Aberto says the quay has flooded four times this year. "
           "\"We lose our nets every time the tide comes over,\" says the cooperative's treasurer, "
           "who goes only by Tainha.")
    assert speaker(e, "We lose our nets") == "Tainha"


def test_a_voice_message_is_its_senders_words_whoever_plays_it():
    e = ex("Joaquim Pereira Lobo, 19, was among the four crew missing on Tuesday.\n\n"
           "Hours before the ferry sank, Lobo sent a voice message to his "
           "family's group chat, which his cousin played for reporters: \"The pumps have stopped, "
           "tell mother not to wait up.\"")
    assert speaker(e, "The pumps have stopped") == "Joaquim Pereira Lobo"


def test_a_body_reporting_a_finding_in_quotation_marks_is_its_speaker():
    e = ex("The Valdorian Red Crescent Society reported \"no access at all\" to the camps in the north.")
    assert speaker(e, "no access at all") == "Valdorian Red Crescent Society"


def test_the_country_at_the_end_of_a_longer_subject_is_not_the_speaker():
    # "the Mission for the Philippines said": the country is the object of "for"; the subject, a
    # name the index did not take, is left open rather than given to the country.
    e = ex("In March, the Independent Coastal Inquiry Mission for the Philippines said the arrests "
           "showed \"a pattern of unlawful detention of aid workers\".")
    assert speaker(e, "a pattern of unlawful detention") != "Philippines"


def test_a_crowds_demand_for_justice_is_a_slogan_in_any_language():
    e = ex("About 300 dockers marched to the harbour office on Monday. Some chanted \"Justicia para Teodoro\" "
           "as police closed the gate.\n\n"
           "\"We only want the truth about the crane,\" said Marisol Quintero Vela, a docker's widow.")
    assert not any("Justicia para Teodoro" in t for t in quotes(e))
    assert speaker(e, "We only want the truth") == "Marisol Quintero Vela"


def test_a_chant_the_text_glosses_as_a_nickname_is_a_name():
    e = ex("Supporters of the dockers' union chanted \"Mzee Kifaru!\" – the nickname of their branch "
           "secretary, Omari Juma Kitwana, who was arrested on Friday.")
    assert not any("Mzee Kifaru" in t for t in quotes(e))


def test_a_law_quoted_as_its_own_wording_is_not_a_quotation():
    e = ex("A court in Eastport jailed the clerk for four years for publishing \"knowingly untrue "
           "statements\" about the navy, the wording of Article 88.2 of the Penal Code.")
    assert not any("knowingly untrue statements" in t for t in quotes(e))


def test_two_offences_named_one_after_the_other_then_offences_that_are_not_quotations():
    e = ex("The clerks are being held under Articles 12 and 14 of the Security Act, on ‘sabotaging "
           "the harbour economy’ and ‘aiding a hostile power’, offences that carry life imprisonment.")
    assert not any("sabotaging the harbour economy" in t for t in quotes(e))
    assert not any("aiding a hostile power" in t for t in quotes(e))


def test_the_nickname_of_a_law_in_quotation_marks_is_not_a_quotation():
    e = ex("The Coastal Press Union says 40 reporters have been charged since 2024. It calls the "
           "\"rumours\" law \"a muzzle for the whole coast\".")
    assert "rumours" not in quotes(e)
    assert "a muzzle for the whole coast" in quotes(e)


def test_his_mother_is_the_woman_whose_son_the_text_named_him():
    e = ex("Sofia Marenko, 61, keeps her son's letters in a shoebox under the bed.\n\n"
           "Her son, Pavel Marenko, a 29-year-old ferry mechanic, has been in prison since March.\n\n"
           "The trial lasted two days. Judge Irena Volkova refused every motion of the defence.\n\n"
           "Pavel is now held in a colony near the coast. His mother visits once a month.\n\n"
           "\"He looks older every time. He asks about the ferry first,\" she says.")
    assert speaker(e, "He looks older every time") == "Sofia Marenko"


def test_she_after_an_unnamed_relative_as_subject_is_nobody_named_before():
    e = ex("Pavel Marenko, a 29-year-old ferry mechanic, has been in prison since March.\n\n"
           "Judge Irena Volkova refused every motion of the defence.\n\n"
           "Pavel is now held in a colony near the coast. His sister visits once a month.\n\n"
           "\"He looks older every time,\" she says.")
    # (nor the brother: the sister is nobody the text has named)
    assert speaker(e, "He looks older every time") is None


def test_a_pronoun_of_the_other_gender_passes_over_an_unnamed_relative():
    e = ex("Marta Ilves, 44, walked me to the harbour wall on my last evening.\n\n"
           "Her father built the first lighthouse here in the 1960s, she said, and it still stands.\n\n"
           "\"We will not let them tear it down,\" she said.")
    assert speaker(e, "We will not let them tear it down") == "Marta Ilves"


def test_one_word_kept_out_of_somewhere_is_held_at_arms_length():
    e = ex("Teachers at the harbour school say they have been told to keep \"religion\" out of the "
           "geography syllabus. \"We teach maps, not sermons,\" said Edvard Lindqvist, who teaches there.")
    assert "religion" not in quotes(e)
    assert speaker(e, "We teach maps, not sermons") == "Edvard Lindqvist"
