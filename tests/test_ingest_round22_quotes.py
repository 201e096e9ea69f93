"""Round 22 on invented articles: shapes a first run on new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, quote_texts as quotes, speaker_of as speaker

HEAD = "Harrowgate Courier\nNews\n\nTenants march on city hall over rent rules\n\nBy Odile Varga\n9 June 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_an_epithet_others_used_about_the_speaker_is_no_quote_of_his():
    # "said he had been called a '…' for years": other people's word for him, then his own quote
    e = ex("The tenants' union met on Sunday to plan the march.\n\n"
           "The union's organiser, Bertil Amsel-Rook, said he had been called a \u2018rent-dodger\u2019 by "
           "landlords since the spring. \u2018Now the council wants to write it into the rules,\u2019 he said.")
    assert "rent-dodger" not in quotes(e)
    assert speaker(e, "Now the council wants to write it into the rules,") == "Bertil Amsel-Rook"


def test_the_offence_a_sentence_was_for_is_no_quote():
    # "had been sentenced to two years for “…”": the charge's name, nobody's words
    e = ex("A court in the capital on Monday freed the blogger Lionel Sabbagh, who had been sentenced to two "
           "years in prison for \u201cinciting public unrest\u201d over a post about bread prices.\n\n"
           "\u201cI never asked anyone to do anything,\u201d Sabbagh told the Courier after his release.")
    assert "inciting public unrest" not in quotes(e)
    assert speaker(e, "I never asked anyone to do anything,") == "Lionel Sabbagh"


def test_a_law_that_criminalises_acts_deemed_to_do_something_is_the_laws_wording():
    # "which criminalises acts deemed to “…” the count": the law's word, nobody's quote
    e = ex("The reporter Hanne Oskarsen was convicted under the Public Order and Ballot Integrity Statute, "
           "which criminalises acts deemed to \u201cobstruct\u201d the count.\n\n"
           "\u201cShe filmed a queue,\u201d said Per Oskarsen, her brother.")
    assert "obstruct" not in quotes(e)
    assert speaker(e, "She filmed a queue,") == "Per Oskarsen"


def test_a_question_the_writer_makes_the_subject_of_a_sentence_is_no_quote():
    # "“…?” remains the question at the heart of the case": the writer's own question, nobody's words
    e = ex("The inquiry closed the file on Friday without naming an officer.\n\n"
           "\u201cWho gave the order?\u201d remains the question at the heart of the case for the tenants' "
           "families.\n\n"
           "\u201cWe will appeal,\u201d said Ramona Tello, a lawyer for the families.")
    assert "Who gave the order?" not in quotes(e)
    assert speaker(e, "We will appeal,") == "Ramona Tello"


def test_a_nickname_after_known_to_supporters_as_is_no_quote_even_before_said():
    # "X, known to his followers as “…”, said …": a second name; the quotation after it is his
    e = ex("The movement's founder, Mr Ezio Pantaleone, known to his followers as \u201cNonno Ezio\u201d, said the "
           "march would go ahead. \u201cWe have walked in worse weather than this,\u201d he said.")
    assert "Nonno Ezio" not in quotes(e)
    assert speaker(e, "We have walked in worse weather than this,") == "Ezio Pantaleone"


def test_a_numbered_bills_title_is_no_quote():
    # "draft law No. 4417, ‘On …’": the bill's title, nobody's words
    e = ex("The chamber rose without voting on draft law No. 4417, \u2018On Disclosure of Overseas Grants to Tenant Associations\u2019, "
           "and sent it back to committee.\n\n"
           "\u201cThey will try again in the autumn,\u201d said Greta Nyqvist, who chairs the tenants' union.")
    assert "On Disclosure of Overseas Grants to Tenant Associations" not in quotes(e)
    assert speaker(e, "They will try again in the autumn,") == "Greta Nyqvist"
