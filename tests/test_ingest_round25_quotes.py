"""Round 25 on invented articles: wrong speakers a first run on new articles gave.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, quote_texts as quotes, speaker_of as speaker

HEAD = "Kestrel Valley Courier\nNews\n\nFamily waits for word of detained driver\n\nBy Maren Holt\n9 June 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_person_who_did_not_speak_is_not_the_she_of_the_next_quote():
    # two women named; the second, the text says, kept quiet: the "she said" is the first one's
    e = ex("Truck driver Aurel Monteanu has not been seen since his arrest at the depot last week.\n\n"
           "Liliana Petrova, his cousin and a nurse in Varnel, said the family had been turned away twice "
           "at the district office. His aunt, Vesna Koleva, stood next to her clutching a folder and did not "
           "speak. \u201cNobody there will even write his name down,\u201d she said.")
    assert speaker(e, "Nobody there will even write his name down,") != "Vesna Koleva"


def test_she_after_a_sentence_about_two_women_has_no_speaker():
    # "Aunt and niece ... “…,” she said": either woman could be "she"
    e = ex("Dorota Welk, the driver's aunt, said she had written to the prosecutor three times.\n\n"
           "Aunt and niece later spoke in turn to a small crowd outside the courthouse. "
           "\u201cWe are not asking for favours, only for a date in court,\u201d she said.")
    assert speaker(e, "We are not asking for favours, only for a date in court,") is None


def test_a_paragraph_opening_on_a_bare_name_stops_a_pronoun_reaching_back():
    # a short name the index cannot settle opens the paragraph: the "she says" after it is not
    # the earlier paragraph's speaker, whose gender the text never gave
    e = ex("Odalys Ferrer Quintana visits the prison every second Thursday with a bag of food.\n\n"
           "Pastor Renato Villamil, who counsels the families of detainees, says the visits wear them down. "
           "\u201cThe waiting is a second sentence,\u201d Villamil says.\n\n"
           "Odalys has already bought soap for the next visit. \u201cI will keep coming until they tire of "
           "me,\u201d she says.")
    assert speaker(e, "I will keep coming until they tire of me,") != "Renato Villamil"


def test_a_surname_opening_the_paragraph_stops_he_reaching_the_lawyer_before():
    e = ex("Her lawyer, Timur Bakievich Rasulov, told reporters: \u201cThe charge has no basis in law.\u201d\n\n"
           "Nazarov, whose complaint began the case, spent an hour in the witness box on Tuesday. "
           "\u201cI have served this town for ten years and my name is now mud,\u201d he said.")
    assert speaker(e, "I have served this town for ten years and my name is now mud,") != "Timur Bakievich Rasulov"


def test_a_draft_law_title_in_quotation_marks_is_no_quote():
    e = ex("Legislator Wen Shu-ting said parliament should pass the draft \u201cLaw on Protecting the Confidential "
           "Sources of Working Journalists and Editors,\u201d which has sat in committee for a year. \u201cReporters cannot work if every "
           "source fears a subpoena,\u201d Wen said.\n\n"
           "Others urged the new \u201cOpen Courts and Public Hearings in Criminal Cases Act\u201d instead.")
    assert not any("Protecting Sources" in q for q in quotes(e))
    assert not any("Open Courts" in q for q in quotes(e))
    assert speaker(e, "Reporters cannot work if every source fears a subpoena,") == "Wen Shu-ting"


def test_a_quotation_after_the_role_noun_and_its_stance_is_that_persons():
    # "The magistrate was unimpressed. “…”": no verb, but the sentence before names who speaks
    e = ex("Magistrate Helena Vasquez-Rudd heard the habeas petition on Thursday.\n\n"
           "State counsel Peter Ashgrove told the court that the coast guard had searched every harbour "
           "and found nothing.\n\n"
           "The magistrate was unimpressed. \u201cA search that finds nothing for a month is not a search. "
           "I want the logbooks here on Monday.\u201d")
    assert speaker(e, "A search that finds nothing for a month is not a search.") == "Helena Vasquez-Rudd"
