"""Round 23 on invented articles: quote shapes a first run on new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, quote_texts as quotes, speaker_of as speaker

HEAD = "Dunmore Ledger\nNews\n\nMarket traders lose stalls to road widening\n\nBy Ilse Farrow\n3 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_she_after_her_neighbour_spoke_is_the_woman_not_the_neighbour():
    # "Her colleague, X, said ... “…,” said X." then "“…,” she added.": X's gender is never given;
    # the "her" is a woman quoted before, and the new "she" is her
    e = ex("The council cleared the east side of the market on Monday morning.\n\n"
           "Grace Okonjo, a fruit seller who has traded there since 2009, said her stall was taken without warning. "
           "\u201cThey gave us one day of notice,\u201d she said.\n\n"
           "Her colleague, Tendai Mabaso, said the traders had asked for a meeting in January. \u201cNo one "
           "came to it,\u201d said Mabaso, who sells shoes.\n\n"
           "\u201cNow I keep the crates in my kitchen,\u201d she added.")
    assert speaker(e, "They gave us one day of notice,") == "Grace Okonjo"
    assert speaker(e, "No one came to it,") == "Tendai Mabaso"
    assert speaker(e, "Now I keep the crates in my kitchen,") == "Grace Okonjo"


def test_one_scare_quoted_adjective_before_its_noun_is_no_quote_even_beside_speech():
    # "told a forum that the growth of “hostile” content ...": the word is held at arm's length
    # inside a phrase; the official's quotation after it is still his
    e = ex("Deputy Interior Minister Colonel Radek Vannerholm told a forum in the capital on Tuesday that "
           "the growth of \u201churtful\u201d content on video apps was a danger to public calm. "
           "\u201cEvery platform that sells here must answer to our courts,\u201d Vannerholm said.")
    assert "hurtful" not in quotes(e)
    assert speaker(e, "Every platform that sells here must answer to our courts,") == "Radek Vannerholm"


def test_a_bodys_quoted_list_of_demands_after_a_colon_is_the_bodys():
    # "the alliance set out three demands: “…”, “…” and “…”": every item is the body's wording,
    # also when the body is later called by the last word of its name ("the Forum")
    e = ex("The march was called by the Riverside Traders Alliance, a network of stallholder groups.\n\n"
           "At a press briefing on Monday, the alliance set out three demands: \u201can end to the clearances\u201d, "
           "\u201ca meeting with the mayor\u201d and \u201ccompensation for lost stock\u201d.\n\n"
           "The Kestrel Quay Hawkers Forum, which speaks for the night market, backed the march. In a letter, "
           "the Forum listed its own demands: \u201creturn the seized carts\u201d and \u201creopen the quay at dusk\u201d.")
    for item in ("an end to the clearances", "a meeting with the mayor", "compensation for lost stock"):
        assert speaker(e, item) == "Riverside Traders Alliance"
    for item in ("return the seized carts", "reopen the quay at dusk"):
        assert speaker(e, item) == "Kestrel Quay Hawkers Forum"


def test_a_named_spokesperson_for_the_ministry_in_a_city_is_the_he_that_follows():
    # "A spokesperson for the ministry in <city>, <NAME>, confirmed ... “…,” he told <outlet>":
    # the person named in commas is the sentence's subject, and the "he" after it
    e = ex("Inspectors closed a bakery that had been giving bread to displaced families.\n\n"
           "A spokesperson for the ministry in Eastvale, Qari Nematullah Barakzai, confirmed the closure. "
           "\u201cThe bakery had no licence for charity,\u201d he told the Ledger by phone. Asked whether it "
           "could reopen, he replied: \u201cThat is for the licensing office.\u201d")
    assert speaker(e, "The bakery had no licence for charity,") == "Qari Nematullah Barakzai"
    assert speaker(e, "That is for the licensing office.") == "Qari Nematullah Barakzai"


def test_she_was_quoted_by_an_agency_as_saying_after_the_quotation_is_hers():
    # "“…,” she was quoted by <agency> as saying.": her words, the agency only relays them
    e = ex("At the hearing, Marta Ilvesko, a seamstress, said she had only wanted her wages paid. "
           "\u201cI broke no law. I asked for my pay,\u201d she was quoted by the state news agency as saying.")
    assert speaker(e, "I broke no law. I asked for my pay,") == "Marta Ilvesko"


def test_a_pronoun_after_an_opening_phrase_without_a_comma_is_the_subject():
    # "In the same post he added: “…”": "the same post he" is no noun phrase; "he" speaks
    e = ex("Councillor Ruben Talbotts wrote on Facebook that the clearance was \u201ca gift to developers\u201d. "
           "In the same post he added: \u201cThe stalls will come back, one way or another.\u201d")
    assert speaker(e, "The stalls will come back, one way or another.") == "Ruben Talbotts"
