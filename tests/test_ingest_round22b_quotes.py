"""Round 22b on invented articles: quote shapes a second look at new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker

HEAD = "Valmora Ledger\nNews\n\nDockworkers strike over night shifts\n\nBy Ines Kovalde\n3 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_person_the_outlet_spoke_to_is_whom_a_later_she_means():
    # "The Ledger spoke to X, a crane operator ... “…,” she said": the one spoken to is the
    # speaker, not a man quoted paragraphs before
    e = ex("Port director Anselm Brucknell-Hay said the strike was illegal. \u201cThe contracts are clear,\u201d he said.\n\n"
           "At the gates, the Ledger spoke to Liudmyla, a crane operator in her thirties. "
           "She has worked nights at the port for six years. \u201cWe only want to see our children awake,\u201d she said.")
    assert speaker(e, "We only want to see our children awake,") == "Liudmyla"
    assert speaker(e, "The contracts are clear,") == "Anselm Brucknell-Hay"


def test_the_original_wording_in_brackets_then_a_comma_keeps_the_attribution():
    # "“…” (the words in the speaker's language), she says": the comma after the brackets
    e = ex("Mrs. Oyuna Baatarsaikhan has queued at the depot every morning since the strike began. "
           "\u201cMy husband is inside and nobody tells me anything\u201d (\u041d\u04e9\u0445\u04e9\u0440 \u043c\u0438\u043d\u044c "
           "\u0434\u043e\u0442\u043e\u0440 \u0431\u0430\u0439\u043d\u0430), she says.")
    assert speaker(e, "My husband is inside and nobody tells me anything") == "Oyuna Baatarsaikhan"


def test_a_person_fronted_as_the_topic_of_a_sentence_is_whom_she_means():
    # "For X, the ruling means ... “…,” she said": the fronted person, though last named
    # paragraphs ago, not the man quoted just before
    e = ex("Greta Blom, 67, has fished from the harbour since she was a girl. \u201cThe sea is all we know,\u201d she said.\n\n"
           "The council voted in May to close the slipway. Fishing families were given three months to move their boats.\n\n"
           "Appeals were lodged by eleven families. All were dismissed in October.\n\n"
           "The harbour authority's lawyer, Tobias Rennemark, defended the ruling. \u201cThe court applied the law,\u201d he said.\n\n"
           "For Greta Blom, the ruling means the end of her family's boat. "
           "\u201cThree generations fished from it, and now it will rot on the slipway,\u201d she said.")
    assert speaker(e, "Three generations fished from it, and now it will rot on the slipway,") == "Greta Blom"
    assert speaker(e, "The court applied the law,") == "Tobias Rennemark"


def test_a_named_person_of_a_body_is_who_says_a_few_words_quoted_in_his_sentence():
    # "X of the Y Institute said the plan copied “…” ...": X speaks, the body is X's affiliation
    e = ex("Dockworkers walked out at midnight.\n\n"
           "Bohdan Savchuk-Meleshko of the Harbour Labour Institute said the new rota copied \u2018line by line\u2019 "
           "a scheme that failed in two other ports.")
    assert speaker(e, "line by line") == "Bohdan Savchuk-Meleshko"


def test_the_delegation_is_the_delegation_the_text_has_just_named():
    # a body named "... Delegation to X", then "the delegation said ... “…”": that body speaks
    e = ex("Parliament debated the port labour bill on Friday.\n\n"
           "Diplomats from the EU Delegation to Moldova met union leaders on Thursday. Speaking to reporters "
           "afterwards, the delegation said the bill \u201cwould weaken the voice of workers at a critical moment\u201d.")
    assert speaker(e, "would weaken the voice of workers at a critical moment") == "EU Delegation to Moldova"


def test_a_text_message_is_its_senders_when_the_next_sentence_names_the_sender():
    # "The message read: “…” The sender, ... X, ...": X's words, not the recipient's; a
    # quotation opening the next paragraph is not the sender's going on
    e = ex("Arvid Lindqvist says his sister's dismissal came to her phone at night. "
           "The message read: \u201cDo not come in tomorrow. Your pass has been cancelled.\u201d "
           "The sender, a shift supervisor named Hedda Rasmussen, has not explained it.\n\n"
           "\u201cShe gave that office eleven years.\n\n"
           "\u201cAnd they let her go by text,\u201d Arvid Lindqvist said.")
    assert speaker(e, "Do not come in tomorrow. Your pass has been cancelled.") == "Hedda Rasmussen"
    assert speaker(e, "She gave that office eleven years.") == "Arvid Lindqvist"


def test_a_few_words_in_what_she_asked_for_are_hers_not_the_relatives_who_reports_it():
    # "Fellow photographers said X was preparing ... Her brother said she had asked him to ... “…”":
    # the one who asked is X, whom the paragraph is about; the brother only reports it
    e = ex("The photographer Ilse Varga-Haas, 29, was detained at the port on Friday. She had filmed the strike for a week.\n\n"
           "The port authority has banned cameras from the quays since the strike began.\n\n"
           "Two other photographers were questioned and released on Saturday.\n\n"
           "Her lawyer, Gustav Brenner, said the charge was absurd. \u201cThere is no case,\u201d he said.\n\n"
           "Fellow photographers said Ilse Varga-Haas was preparing an exhibition of the pictures. Her brother said "
           "she had asked him to store her negatives somewhere \u201ccool and dark\u201d.")
    assert speaker(e, "cool and dark") == "Ilse Varga-Haas"
    assert speaker(e, "There is no case,") == "Gustav Brenner"
