"""Round 36 on invented articles: quotation finding and attribution. Every outlet, person and
event here is made up; each test shows one general behaviour, and a wrong speaker is never
traded for an attribution.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as who

HEAD = "Lakeside Courier\nNews\n\nA fisherman's hearing\n\nBy Orla Quennell\n14 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_run_of_quoted_paragraphs_belongs_to_the_person_credited_after_it():
    e = ex("Ferris Odane, a boat mechanic, gave evidence first. \"The engine was cut before the lights "
           "went out,\" Odane said.\n\n"
           "\"My brother never went out after dark. He was afraid of the reef.\n\n"
           "\"When they brought the boat back, the net was still folded.\"\n\n"
           "Those were the words of Brisa Caldwell, the drowned man's sister, who spoke for an hour.")
    assert who(e, "The engine was cut") == "Ferris Odane"
    # never the mechanic, whose quotation closed before: the sister, or nobody
    assert who(e, "My brother never went out") in (None, "Brisa Caldwell")
    assert who(e, "When they brought the boat") in (None, "Brisa Caldwell")


def test_words_credited_in_the_sentence_after_them_are_that_persons():
    e = ex("The harbour board met on Monday to hear the complaint.\n\n"
           "\"Nobody warned us about the storm.\" The words were spoken quietly by Tamsin Roer, "
           "a net-maker, who has fished the bay for thirty years.\n\n"
           "Roer said the board had not replied.")
    assert who(e, "Nobody warned us") == "Tamsin Roer"


def test_a_surname_used_before_a_namesake_is_named_in_full_is_left_open():
    # the skipper is never named in full; the only full name is his aunt's, given later
    e = ex("A ferry skipper was freed on Friday after two nights in a cell.\n\n"
           "‘I will keep the crossing open,’ Varro said on Saturday.\n\n"
           "The ferry company's manager, Greta Varro, who is also the skipper's aunt, said the company "
           "would pay his fine.")
    assert who(e, "I will keep the crossing open") is None


def test_she_after_an_unnamed_ordinal_witness_is_not_the_judge():
    e = ex("Magistrate Corwin Ablett heard the case on Friday, calling the attack \"a disgrace\".\n\n"
           "Both nurses testified in the morning. The second nurse told the court she had been locked in a "
           "store room. \"I could hear them breaking the windows,\" she said.")
    assert who(e, "I could hear them") is None


def test_she_after_a_woman_named_with_a_clause_of_her_own_is_not_an_earlier_man():
    e = ex("Oskar Pell, a cartoonist, was held overnight on Monday.\n\n"
           "Pell drew the mayor as a pickpocket.\n\n"
           "Pell's lawyer, Nadia Stroud, said he refused to sign a pledge.\n\n"
           "\"The order came from a judge,\" said councillor Ivo Brandt (Civic League).\n\n"
           "Brandt, whose Civic League faction backs the mayor, said he had not seen the drawing.\n\n"
           "Pell's sister-in-law, Mara Pell, who runs the studio that prints his drawings, said the family "
           "had been told nothing. She told us the officers had \"no business\" keeping him overnight.")
    assert who(e, "no business") in (None, "Mara Pell")


def test_said_after_an_honourable_title_with_a_full_stop_names_the_member():
    e = ex("The island council met on Tuesday to debate the fishing quota.\n\n"
           "‘The quota will empty our villages,’ said Hon. Teuila Marango, a member for the north coast.")
    assert who(e, "The quota will empty") == "Teuila Marango"


def test_a_member_named_in_the_cue_beside_their_party_speaks_not_the_party():
    e = ex("Lawmakers disagreed over the ferry ban.\n\n"
           "\"The harbour master followed the law,\" said MP Ilario Bettany (Coastal Alliance), "
           "while MP Wenna Trask (Lake Greens) countered: \"It is a punishment for poor people.\"")
    assert who(e, "The harbour master followed") == "Ilario Bettany"
