"""Round 16 on invented articles: speakers and quotations a first run on new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker, quote_texts as quotes

HEAD = "Lowmarsh Ledger\nNews\n\nWeaver held over union leaflets\n\nBy Petra Ansley\n12 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_she_after_an_unnamed_woman_who_opens_the_paragraph_is_not_a_woman_named_before():
    e = ex("The prison service denied any mistreatment. Prison spokeswoman Edda Kolvane said the "
           "weaver was \"in good health\".\n\n"
           "Outside the gates, a woman who said she was the weaver's cousin, and who wore a red scarf, "
           "said the family had sold its van. \"We walk here now. Every visit takes a day,\" she said.")
    assert speaker(e, "in good health") == "Edda Kolvane"
    assert speaker(e, "We walk here now") is None


def test_what_a_teller_told_him_to_do_is_not_the_words_of_the_man_who_reports_it():
    e = ex("Bruno Talvik, the weaver's brother, writes to the court every month.\n\n"
           "Talvik says a court-appointed notary visited him once, in March, and told him to \"stay calm.\" "
           "Nobody has called since.")
    assert speaker(e, "stay calm") is None


def test_a_man_who_says_he_met_someone_and_told_them_something_still_speaks():
    # the reporting verb's own clause, with no other subject: the teller is the man himself
    e = ex("Bruno Talvik said he met the governor in March and told him to \"free my brother.\"")
    assert speaker(e, "free my brother") == "Bruno Talvik"


def test_the_offence_a_law_punishes_is_the_laws_wording_not_a_quotation():
    e = ex("The weaver was charged under Article 88 of the Penal Code, which punishes \"spreading hostility "
           "between trades,\" and faces four years.\n\n"
           "The code punishes the spreading of \"harmful rumours\" with a heavy fine.")
    assert "spreading hostility between trades," not in quotes(e)
    assert "harmful rumours" not in quotes(e)


def test_words_printed_on_a_shirt_are_no_quotation():
    e = ex("The 40 aprons found in the workshop bore the words \"Bread First, Palaces Later\" above a loom.")
    assert quotes(e) == []


def test_a_chant_glossed_by_the_writer_is_no_quotation():
    e = ex("Outside the hall, weavers chanted \"Fio a fio, nunca sozinhos\" (Thread by thread, never alone) "
           "and waved spools.\n\n"
           "At the gate, others sang \"Tecer e resistir\" — Weave and resist — until dusk.")
    assert quotes(e) == []


def test_a_word_held_at_arms_length_inside_the_writers_clause_is_no_quotation():
    e = ex("A driver described paying a new \"bridge toll\" at the river crossing.\n\n"
           "Counsel Ilario Benz said the only \"proof\" against his client was a leaflet. \"It is a leaflet. "
           "Nothing more,\" Benz said.")
    assert quotes(e) == ["It is a leaflet. Nothing more,"]


def test_an_unnamed_spokesperson_of_a_named_body_speaks_for_the_body():
    e = ex("Asked about the case at a weekly briefing, a Trade Ministry spokesperson said that the kingdom "
           "\"guarantees the freedom of every guild\".")
    assert speaker(e, "guarantees the freedom of every guild") == "Trade Ministry"


def test_a_judge_who_interrupts_to_ask_is_the_one_asking():
    e = ex("At one point the presiding judge, Justice Marit Oyelaran, interrupted to ask the prosecutor "
           "whether the leaflets had been checked for \"anything sharper than paper\", drawing laughter.")
    assert speaker(e, "anything sharper than paper") == "Marit Oyelaran"


def test_the_words_someone_was_convicted_for_saying_are_theirs():
    e = ex("Dalia Fenwright, 47, was convicted by the Lowmarsh District Court of \"insulting the guild "
           "council\" for saying on a local radio show in March that apprentices were \"working for bread "
           "alone\".")
    assert speaker(e, "working for bread alone") == "Dalia Fenwright"


def test_the_writers_question_about_a_word_is_no_quotation():
    e = ex("The code punishes the spreading of rumours. But what, exactly, is \"harmful\"? The text does not say.")
    assert quotes(e) == []


def test_a_placards_formula_is_no_quotation():
    e = ex("Outside the hall, weavers held placards reading \"Loom tax = hunger\" until dusk.")
    assert quotes(e) == []


def test_a_shared_surname_is_the_one_the_writer_never_names_in_full_again():
    e = ex("Teodor Vasquel, 38, a radio host, told listeners on Monday that he expected to be arrested. "
           "He was detained that night.\n\n"
           "Vasquel had called the harbour board corrupt on air.\n\n"
           "His sister, Maren Vasquel, said he had not been charged. \"Nobody tells us anything,\" Maren Vasquel said.\n\n"
           "Vasquel answered the board on air: \"If the harbour board takes bribes, then the board is a racket.\"\n\n"
           "Maren Vasquel said the family would keep waiting.")
    assert speaker(e, "If the harbour board takes bribes") == "Teodor Vasquel"
    assert speaker(e, "Nobody tells us anything") == "Maren Vasquel"



def test_a_verdicts_offence_after_a_longer_gap_and_a_law_on_a_term_are_no_quotations():
    e = ex("The Lowmarsh Magistrate's Court convicted Fenwright on Friday 8 May of \"insulting a guild "
           "officer\" and fined her.\n\n"
           "Since 2024 the council has adopted a law on \"guild agents\" and closed two presses.")
    assert quotes(e) == []


def test_an_unnamed_officer_whose_title_names_the_body_just_heard_from_speaks_for_it():
    e = ex("The head of the Independent Electoral Commission of Lowmarsh's district office said the count had "
           "gone ahead. \"We have seen the complaints, and we will answer each one,\" the district electoral "
           "officer told reporters.")
    assert speaker(e, "We have seen the complaints") == "Independent Electoral Commission of Lowmarsh"
