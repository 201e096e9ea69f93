"""Round 12 on invented articles: quote shapes and speakers a first run on new articles missed
or got wrong. Every outlet, person and body here is made up, and no sentence echoes a gold
article; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker

HEAD = "Valley Courier\nNews\n\nCourt frees a young cameraman held without charge\n\nBy Nadia Orvel\n12 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_he_after_an_unnamed_relative_is_not_the_person_named_before():
    e = ex("Deputy Solicitor General Varun Teodor Kessel, who argued for the state, told the bench that "
           "the cameraman was “a danger to order”.\n\n"
           "The prisoner's uncle, a retired baker, said he had written to the jail nine times. "
           "“Nine letters, no answer,” he said.")
    assert speaker(e, "a danger to order") == "Varun Teodor Kessel"
    assert speaker(e, "Nine letters, no answer") != "Varun Teodor Kessel"


def test_a_transcript_turn_label_does_not_hide_the_sentence_subject():
    e = ex("[00:00] HOST (Lev Marrin): Good evening. The trial of a river blogger went on today.\n\n"
           "[00:40] REPORTER: The trial judge, Judge Oskar Vendahl, refused to hear the second witness, "
           "saying the testimony was “of no use to the court.”\n\n"
           "[01:05] REPORTER: The blogger's sister, Mirela Vondra, came from the delta by bus. "
           "She spoke to us through an interpreter. “He only filmed the dry canal,” she said.")
    assert speaker(e, "of no use to the court") == "Oskar Vendahl"
    assert speaker(e, "He only filmed the dry canal") == "Mirela Vondra"


def test_a_long_owner_before_a_role_in_commas_leaves_the_named_person_the_subject():
    e = ex("Grain Rights Monitor's East Delta researcher, Tilde Asmara, posted on Sunday that the ruling "
           "“changes nothing for the farmers.”")
    assert speaker(e, "changes nothing for the farmers") == "Tilde Asmara"


def test_an_opening_time_phrase_before_an_indefinite_role_in_commas():
    e = ex("The Water Ministry has not answered written questions. But on Monday, a deputy head of its "
           "press office, Ruta Kalvane, told the Courier by phone that “no canal has been closed.”")
    assert speaker(e, "no canal has been closed") == "Ruta Kalvane"


def test_a_dash_aside_giving_the_real_name_names_the_subject():
    # (the name is an actor from its first paragraph; the aside itself is what this test is about)
    e = ex("Edvin Salo, a blogger from Varnby, was fined last year for a post about the canal.\n\n"
           "Farmers' groups were angry. The delta activist Pavo Lindqvist posted a photograph of the dry canal. "
           "And the Riverside-based blogger known to his readers as “Heron” — his real name is Edvin Salo — "
           "wrote on Telegram: “They are judging the canal, not the man.”")
    assert speaker(e, "They are judging the canal") == "Edvin Salo"


def test_the_court_held_after_its_one_judge_is_named_is_the_judge():
    e = ex("The High Court of Varnby on Monday set aside the detention of a young cameraman.\n\n"
           "Justice Miren Oskarsdottir, hearing the petition filed by his mother, found that the order was "
           "careless. “The order copies another man's file, line by line,” the Court held.\n\n"
           "In its order, the Court noted that both cases had ended in bail. It held that old cases "
           "“cannot keep a man in jail today”.")
    assert speaker(e, "The order copies another man's file") == "Miren Oskarsdottir"
    assert speaker(e, "cannot keep a man in jail today") == "Miren Oskarsdottir"


def test_the_court_held_with_two_judges_named_stays_the_court():
    e = ex("The High Court of Varnby on Monday set aside the detention of a young cameraman.\n\n"
           "Justice Miren Oskarsdottir and Justice Tavi Lorens heard the petition together. "
           "“The order copies another man's file, line by line,” the Court held.")
    assert speaker(e, "The order copies another man's file") not in {"Miren Oskarsdottir", "Tavi Lorens"}


def test_a_courtesy_title_before_a_short_name_after_the_quote():
    e = ex("The reporter's aunt, W/ro Tigist Wolde, waited by the gate with a basket of bread. "
           "“They let me see her for five minutes,” W/ro Tigist said.")
    assert speaker(e, "They let me see her for five minutes") == "Tigist Wolde"


def test_a_bulleted_list_of_reactions_credits_each_before_its_colon():
    e = ex("Reactions to the ruling came within the hour:\n\n"
           "- Hanna Berhe, poet and teacher: “A remand is not a verdict, yet it works like one.”\n\n"
           "- Reporters Union of Varnby: “We ask for the reporter's release today.”")
    assert speaker(e, "A remand is not a verdict") == "Hanna Berhe"
    assert speaker(e, "We ask for the reporter's release today") == "Reporters Union of Varnby"


def test_a_doctor_title_after_the_role_in_commas():
    e = ex("The board's Commissioner for Press Affairs, Dr. Yonas Fikre, wrote on Facebook that a remand "
           "“should be rare, never routine”.")
    assert speaker(e, "should be rare, never routine") == "Yonas Fikre"


def test_he_after_a_speaker_put_after_the_verb():
    e = ex("Among those taken was Daw Hnin Wai Kyi, 61, who ran a reading room in the ward. Soldiers came "
           "at midnight, said her nephew, Ko Min Thant Sein.\n\n"
           "“They took her books and her spectacles,” he told the Courier by phone.")
    # ("Ko", a Burmese man's style of address, is left out of his key as "Daw" is of hers)
    assert speaker(e, "They took her books and her spectacles") == "Min Thant Sein"


def test_a_pronoun_quoting_someone_inside_a_single_quoted_account():
    e = ex("‘I asked the guard at the barrier if my brother was there. She said, “We hold no reporters, only "
           "criminals.” Then she walked away,’ Lina Osei told the Courier.")
    inner = [q for q in e.quotes if q.text.startswith("We hold no reporters")]
    assert len(inner) == 1 and inner[0].speaker is None
    assert speaker(e, "I asked the guard at the barrier") == "Lina Osei"


def _texts(e):
    return [q.text for q in e.quotes]


def test_a_legal_status_a_defined_term_and_a_suspected_offence_are_no_quotes():
    e = ex("The Charities Office fined two Varnby groups for failing to register as “bearers of outside "
           "interests”. The law covers any group that takes part in broadly defined “civic influence” work.\n\n"
           "Police told the court he was held on suspicion of “spreading alarming rumours among the public”, "
           "an offence under the Public Order Act.\n\n"
           "The Penal Code criminalises remarks that cause “panic” or spread “untrue reports” about officials.")
    assert _texts(e) == []


def test_a_banner_after_a_colon_and_an_album_caption_are_no_quotes():
    e = ex("The same words were printed on a banner held by the crowd: “Neighbours – Not Enemies”.\n\n"
           "Her sister showed us a photograph from the harbour. The caption in the album reads "
           "“Tomas, 2018, the long summer.”\n\n"
           "“We will keep printing,” the editor, Lina Osei, said.")
    assert _texts(e) == ["We will keep printing,"]


def test_an_office_named_by_its_title_then_who_described():
    e = ex("The detention order was issued by the District Commissioner, Lakeside, who described him as a man "
           "whose posts were “a danger to the calm of the district”.")
    assert speaker(e, "a danger to the calm of the district") == "District Commissioner, Lakeside"


def test_a_newspaper_reported_on_a_weekday_that():
    e = ex("The state-run newspaper The Daily Lantern of Varnby reported on Monday that police had “unmasked” "
           "a ring of “so-called rescuers” on the coast.")
    assert speaker(e, "unmasked") == "Daily Lantern of Varnby"
    assert speaker(e, "so-called rescuers") == "Daily Lantern of Varnby"


def test_a_court_holding_that_before_its_judge_is_named():
    e = ex("The High Court of Varnby on Monday quashed the detention of a young cameraman, holding that the "
           "grounds were “old, thin and borrowed from another file”.")
    assert speaker(e, "old, thin and borrowed from another file") == "High Court of Varnby"


def test_his_voice_before_a_colon_is_the_man_just_spoken_of():
    e = ex("Edvin Salo, a blogger from Varnby, addressed the court at the end of the day. Through the "
           "court's loudspeaker, his voice was calm: “I only filmed what the river left behind.”")
    assert speaker(e, "I only filmed what the river left behind") == "Edvin Salo"


def test_a_voice_identified_as_a_named_persons_says():
    e = ex("Edvin Salo, a blogger from Varnby, is charged with calling for unrest. In the recording played in "
           "court, a voice the prosecution identifies as Salo's says: “If the canal stays dry, the village will "
           "march.”")
    assert speaker(e, "If the canal stays dry") == "Edvin Salo"


def test_a_word_after_accusations_of_is_no_quote():
    e = ex("Reporters in the two valleys have been detained on accusations of ‘collusion’ with the rebels.\n\n"
           "“We will keep printing,” the editor, Lina Osei, said.")
    assert _texts(e) == ["We will keep printing,"]
