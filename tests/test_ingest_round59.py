"""Round 59 on invented pages: general shapes behind speakers left empty across the gold sets
(a speaker who "went on", a court's panel, names inside the speaker's own apposition, a
numbered appeals circuit). Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, on_page, speaker_of as who

HEAD = "Harbour Ledger\nNews | Courts\n\nTeacher jailed over letter\n\nBy Tom Reyes\nTuesday, March 3, 2026\n\n"


def test_a_speaker_who_went_on_says_both_halves():
    e = on_page(HEAD, "Pavel Orlov, the teacher's husband, spoke to reporters outside the court.\n\n"
                      "\"We will appeal, naturally,\" he went on. \"But we know how appeals end here.\"")
    assert who(e, "We will appeal, naturally") == "Pavel Orlov"
    assert who(e, "But we know how appeals end here") == "Pavel Orlov"


def test_going_on_trial_is_no_verb_of_speech():
    e = on_page(HEAD, "Pavel Orlov went on trial on Monday. \"This is a sad day,\" a neighbour told reporters.")
    assert who(e, "This is a sad day") is None


def test_the_panel_is_the_court_whose_panel_the_text_described():
    e = on_page(HEAD, "The Harbour Labour Court on Tuesday ordered the union to end the strike.\n\n"
                      "In its decision, a panel headed by Judge Miriam Adler ordered the union to restore services.\n\n"
                      "\"The right to strike is a basic right,\" the panel wrote. \"But it is not a right to leave a "
                      "child in danger.\"")
    assert who(e, "The right to strike is a basic right") == "Harbour Labour Court"
    assert who(e, "But it is not a right to leave") == "Harbour Labour Court"


def test_a_panel_the_text_never_tied_to_judges_is_not_a_court():
    e = on_page(HEAD, "The Harbour Labour Court on Tuesday ordered the union to end the strike.\n\n"
                      "A panel of economists hired by the union disagreed. \"The ruling ignores the wage data,\" "
                      "the panel wrote.")
    assert who(e, "The ruling ignores the wage data") != "Harbour Labour Court"


def test_a_body_named_inside_the_speakers_own_apposition_takes_no_pronoun():
    e = on_page(HEAD, "A spokesperson for the mining firm said the smelter had \"all the permits\".\n\n"
                      "Dewi Lestari, a lecturer who supervises Kampus Kita, said the students would keep publishing. "
                      "\"We will print the next edition on time,\" she said.")
    assert who(e, "We will print the next edition on time") == "Dewi Lestari"


def test_an_appeals_circuit_cited_between_the_judge_and_her_words_is_nobody_speaking():
    e = on_page(HEAD, "In its motion, the city argued that the arrests were \"objectively reasonable\".\n\n"
                      "Judge Marian Holt disagreed. Citing the Seventh Circuit's 2012 decision, she wrote that the "
                      "right to record police had been \"clearly established for over a decade\".")
    assert who(e, "clearly established for over a decade") == "Marian Holt"


def test_a_span_of_time_before_the_speakers_apposition_opens_the_sentence():
    e = on_page(HEAD, "Two months later, the town's mayor, Ferenc Vass, has said that he will \"respect the judgment "
                      "but not apologise for it\".\n\n"
                      "Three days after the raid, the union's leader, Ana Vell, said the union would \"fight on\".")
    assert who(e, "respect the judgment but not apologise") == "Ferenc Vass"
    assert who(e, "fight on") == "Ana Vell"


def test_a_pronoun_after_a_name_with_someone_named_before_it_in_the_sentence_gives_no_gender():
    e = on_page(HEAD, "Police detained Rosa Ibarra Soto, the 67-year-old mother of exiled reporter Mateo Ibarra "
                      "Soto, at her home last Tuesday.\n\n"
                      "Speaking from Madrid, Mateo Ibarra Soto says he cannot find out where she is held. \"I have "
                      "called every police station,\" he says.")
    assert who(e, "I have called every police station") == "Mateo Ibarra Soto"


def test_a_two_word_rank_without_full_stops_is_no_part_of_the_name():
    e = on_page(HEAD, "The Government Commissioner, Lt Col Marc Obi (no relation to the defence counsel), opposed "
                      "bail, saying the journalist was \"a danger\".\n\n"
                      "Lt Col Obi told the court the caller was \"still at large\".")
    assert "Col Obi" not in actor_types(e)
    assert who(e, "still at large") == "Marc Obi"


def test_a_legislators_seat_names_nobody_and_an_honorific_does_not_end_the_sentence():
    e = on_page(HEAD, "The Member for Bel Ombre, Hon. Dominique Barbe, said the bill would make protest "
                      "\"practically impossible\".\n\n"
                      "The Leader of Government Business, Hon. Ivan Rassel, said the bill was \"fair\".\n\n"
                      "The Member for Anse Aux Pins accused the minister of building \"a police state\".")
    types = actor_types(e)
    assert not {"Ombre", "Bel Ombre", "Business", "Aux Pins", "Anse Aux Pins"} & set(types)
    assert who(e, "practically impossible") == "Dominique Barbe"
    assert who(e, "fair") == "Ivan Rassel"
    assert who(e, "a police state") is None
