"""Round 17 on invented articles: quotations and speakers a first run on new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker, quote_texts as quotes

HEAD = "Harrowgate Tribune\nNews\n\nNet-maker held over harbour protest\n\nBy Orla Quenby\n14 June 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_court_cases_title_in_quotation_marks_is_no_quotation():
    e = ex("The regional court ruled in 2019, in the case \"Fenwick Fishers' Guild and its Members v. "
           "Marland,\" that the quay belonged to the guild.\n\n"
           "\"We will go back to court,\" said Tamsin Orrell, the guild's secretary.")
    assert [q for q in quotes(e) if "Marland" in q] == []
    assert speaker(e, "We will go back to court,") == "Tamsin Orrell"


def test_a_statutes_wording_after_what_it_punishes_is_no_quotation():
    e = ex("He is accused under Section 41 of the Harbour Code, which punishes acts deemed to provoke "
           "\"disorder and resentment among the seafaring public,\" over a speech in May.\n\n"
           "\"I spoke about nets, not about disorder,\" said Emlyn Vosper, the net-maker.")
    assert [q for q in quotes(e) if "seafaring" in q] == []
    assert speaker(e, "I spoke about nets, not about disorder,") == "Emlyn Vosper"


def test_an_events_title_after_forum_on_is_no_quotation():
    e = ex("Police charged the net-maker over a harbour seminar on \"Tides, Nets and the Future of Quenby Bay,\" "
           "his lawyer said.")
    assert quotes(e) == []


def test_a_legal_term_set_against_its_definition_is_no_quotation():
    e = ex("The prosecution failed to link his leaflets to any \"hostile act\" as defined in the statute.")
    assert quotes(e) == []


def test_the_writers_question_about_a_word_without_commas_is_no_quotation():
    e = ex("If mending nets is not sabotage, what exactly was the \"plot\"? The harbour board has not said.")
    assert quotes(e) == []


def test_a_placards_question_is_no_quotation():
    e = ex("A dozen fishermen lined the harbour wall with placards that asked \"Where is Emlyn?\"")
    assert quotes(e) == []


def test_a_refrain_sung_in_another_language_and_glossed_is_no_quotation():
    e = ex("Hundreds gathered on the quay, where they sang the refrain \"Ni ngoja, ni ngoja\" (We are waiting) "
           "until midnight.")
    assert quotes(e) == []


def test_words_in_another_language_glossed_inside_a_quotation_are_part_of_it():
    e = ex("One of the dockers, who asked not to be named, said a man in a cap stopped them. \"He told us, "
           "'Bado kidogo, rudini nyumbani' (Not yet, go back home), and then he left,\" the docker said.")
    assert [q for q in quotes(e) if q.startswith("Bado kidogo")] == []
    assert any(q.startswith("He told us,") for q in quotes(e))


def test_he_in_a_transcript_turn_is_never_the_turns_own_speaker():
    e = ex("MARA VELLO: Welcome to the show. I'm Mara Vello. My guest today is Nadia Falconer, a lawyer who "
           "lives in Quenby. Her father, Imam Selim Falconer, is a cleric who was jailed in 2020. Nadia, thank "
           "you for being here.\n\n"
           "NADIA FALCONER: Thank you for having me. My father never ran for anything. He mended "
           "boats. Once he said, \"A loaf shared is a kingdom.\" That is in his file.\n\n"
           "MARA: And your mother?\n\n"
           "NADIA: She waits. That is all she does.")
    assert speaker(e, "A loaf shared is a kingdom.") == "Selim Falconer"


def test_a_first_name_given_after_who_gave_only_her_first_name_is_the_speaker():
    e = ex("\"My nephew sleeps on the quay now. I mended nets for 40 years,\" said a retired nurse who "
           "gave only her first name, Branka.")
    assert speaker(e, "My nephew sleeps on the quay now. I mended nets for 40 years,") == "Branka"


def test_a_bodys_spokesperson_with_an_aside_before_the_verb_speaks_for_the_body():
    e = ex("The Northern Fisheries Commission has fined the harbour twice.\n\n"
           "A Northern Fisheries Commission spokesperson, asked about the arrests at a briefing on Monday, "
           "said the Commission was \"watching the quay closely\" and expected calm.")
    assert speaker(e, "watching the quay closely") == "Northern Fisheries Commission"


def test_a_quote_after_says_x_a_lawyer_who_represents_y_is_still_xs():
    e = ex("\"I only mend nets,\" Emlyn Vosper, 34, told the court in May.\n\n"
           "\"The harbour code is being used as a net,\" says Gwen Tallis, a lawyer who represents Vosper. "
           "\"Every fisherman who speaks up is caught in it.\n\n"
           "\"That is the point.\"")
    assert speaker(e, "Every fisherman who speaks up is caught in it.") == "Gwen Tallis"
    assert speaker(e, "That is the point.") == "Gwen Tallis"


def test_a_judges_words_before_observed_are_the_judges():
    e = ex("Justice Corin Maddox granted bail on Friday.\n\n"
           "\"Owning a fishing net is not an offence known to law,\" Justice Maddox observed.")
    assert speaker(e, "Owning a fishing net is not an offence known to law,") == "Corin Maddox"


def test_a_possessive_name_between_two_partials_of_one_speaker_does_not_stop_the_second():
    e = ex("Emlyn Vosper, 34, has been held since May.\n\n"
           "Prosecutor Hal Brennock opposed bail, telling the court the nets had been cut \"with intent to "
           "harm\" and that Vosper's boat carried \"tools of sabotage\".")
    assert speaker(e, "tools of sabotage") == "Hal Brennock"


def test_a_speaker_whose_who_clause_holds_its_own_commas_still_speaks():
    e = ex("Imam Harun Belcott, who teaches at a madrasa, or religious school, in Quenby and spoke at the same "
           "rally, said guards had twice \"invited me for tea,\" a local phrase for questioning.")
    assert speaker(e, "invited me for tea,") == "Harun Belcott"


def test_a_song_in_another_language_glossed_between_commas_is_no_quotation():
    e = ex("When I was small, the whole quay was singing \"Tuko pamoja bandari\", we stand together, harbour, "
           "and my father sang loudest.")
    assert quotes(e) == []


def test_an_english_chant_followed_by_a_comma_stays_a_quotation():
    e = ex("Outside the court, the fishermen were chanting \"free our nets\", while police watched.")
    assert quotes(e) == ["free our nets"]
