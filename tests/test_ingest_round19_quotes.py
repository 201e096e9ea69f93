"""Round 19 on invented articles: quotations and speakers a first run on new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, quote_texts as quotes, speaker_of as speaker

HEAD = "Marrowby Ledger\nNews\n\nFerry crew held after dock dispute\n\nBy Ilse Tannock\n4 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_spokesperson_named_after_the_quote_with_a_police_rank_before_the_name_speaks():
    # "the command's spokesperson, SP X, said": the rank's initials are no reason to lose the name
    e = ex("The Orrin Harbour Police Command said five crewmen were held after a gangway was cut. "
           "\u201cThe men will be charged once the inquiry ends. Nobody holds the harbour hostage,\u201d "
           "the command's spokesperson, SP Caleb Odum-Ferris, said in a statement on Monday.")
    assert speaker(e, "The men will be charged once the inquiry ends. Nobody holds the harbour hostage,") \
        == "Caleb Odum-Ferris"


def test_a_speaker_who_gave_only_a_first_name_is_named_by_it_before_the_colon():
    e = ex("Deckhands said their pay had been cut twice this year. Another worker, who gave only her "
           "first name, Maren, said: \u201cSome of us sleep on the boats now.\u201d")
    assert speaker(e, "Some of us sleep on the boats now.") == "Maren"


def test_the_judgment_quoted_is_the_court_the_paragraph_names_though_lower_courts_came_first():
    # the case went through two lower courts; the paragraph with the quoted judgment names the top
    # court as deciding, and "the judgment continues" in the next paragraph stays that court's
    e = ex("Teodor Halvik, a ferry engineer, was convicted by the Orrin Magistrate Court in June. The "
           "Orrin Court of First Instance, sitting on appeal, confirmed the verdict in August.\n\n"
           "In its ruling, a copy of which was seen by the Ledger, the Court of Final Review rejected the "
           "appeal. \u201cA crew may refuse unsafe work, but it may not cut a gangway to make a point,\u201d "
           "the judgment reads.\n\n"
           "\u201cThe court therefore upholds the sentence,\u201d the judgment continues.")
    assert speaker(e, "A crew may refuse unsafe work, but it may not cut a gangway to make a point,") \
        == "Court of Final Review"
    assert speaker(e, "The court therefore upholds the sentence,") == "Court of Final Review"


def test_a_bare_surname_two_people_share_is_no_evidence_of_either_ones_gender():
    # the engineer and his sister share a surname; "his" after the bare surname may be his, so it
    # does not make the sister "he" and cost her own "she said"
    e = ex("Teodor Nabil Halvik, 41, a ferry engineer, was jailed for two months in June.\n\n"
           "His lawyer, Rana Halvik, who is also his sister, said the family would ask for clemency.\n\n"
           "\u201cWe respect the court. But an engineer who kept the ferries running should not sit in a cell,\u201d "
           "she said.\n\n"
           "Halvik, who has been suspended from his post since June, is to report to prison next month, "
           "according to his lawyer.")
    assert speaker(e, "We respect the court. But an engineer who kept the ferries running should not sit in a cell,") \
        == "Rana Halvik"


def test_a_place_named_after_in_between_two_quotes_does_not_stop_the_speaker_going_on():
    # the college named earlier is also the town where the official spoke; "in <town>" is where,
    # not a second speaker, so the sentence standing alone after it is still the official's
    e = ex("The Federal Polytechnic Okrava said in a statement signed by its bursar, Barr. Ngozi "
           "Eke-Alamu, that the management was \u201cstudying the matter\u201d and urged staff to stay calm.\n\n"
           "The Lagune State Commissioner for Works, Alhaji Sani Garba-Tukan, dismissed the union's claims. "
           "\u201cLagune is a lawful state. Nobody is held here for speaking,\u201d the commissioner told "
           "journalists in Okrava. \u201cThey are held because a crane was wrecked.\u201d")
    assert speaker(e, "They are held because a crane was wrecked.") == "Sani Garba-Tukan"


def test_the_original_wording_in_brackets_between_a_quote_and_she_said_keeps_the_speaker():
    e = ex("Halvik's mother, Dorota Venn, said she had not slept since the arrest. \u201cMy son is not a "
           "vandal. He only fixes engines,\u201d (mun poika ei ole vandaali) she said in her own language, "
           "holding his photograph.")
    assert speaker(e, "My son is not a vandal. He only fixes engines,") == "Dorota Venn"


def test_words_the_officers_responded_to_are_the_reporting_bodys_not_nobodys():
    e = ex("Three dockers were hurt when police cleared the quay. A spokesperson for the Harbour Safety "
           "Directorate said in an emailed reply that officers had responded to \u2018a crowd that threw "
           "crates at the cordon\u2019 and that the force used was \u2018necessary and lawful.\u2019")
    assert speaker(e, "a crowd that threw crates at the cordon") == "Harbour Safety Directorate"
    assert speaker(e, "necessary and lawful.") == "Harbour Safety Directorate"


def test_a_spokesperson_for_a_body_speaks_for_it_in_a_paragraphs_second_sentence_too():
    e = ex("The quay was cleared before dawn. A spokesperson for the Quayside Safety Directorate said the crane "
           "would be repaired \u201cwithin a fortnight.\u201d")
    assert speaker(e, "within a fortnight.") == "Quayside Safety Directorate"


def test_police_said_after_a_quote_is_the_one_police_body_the_story_just_named():
    e = ex("The Harbour Police Directorate says two men were held near the ferry ramp after a passenger "
           "complained.\n\n"
           "\u201cThe men were taken to the station for questioning. A case of theft has been opened,\u201d "
           "police said in a statement posted online.")
    assert speaker(e, "The men were taken to the station for questioning.") == "Harbour Police Directorate"


def test_police_said_names_nobody_when_the_story_names_two_police_bodies():
    e = ex("The Harbour Police Directorate and the Riverside Police Command both sent officers to the ramp.\n\n"
           "\u201cThe men were taken to the station for questioning,\u201d police said.")
    assert speaker(e, "The men were taken to the station for questioning,") is None


def test_a_text_message_read_out_is_its_senders_not_the_relative_who_shows_it():
    e = ex("Among those held is Tobias Renk-Ahl, a welder and the union's secretary. His brother, Jonas, "
           "said a text message from him arrived an hour before his phone went dead. The message, "
           "which he showed to the Ledger, read: \u201cThey have taken us to the harbour post. Tell nobody yet.\u201d")
    assert speaker(e, "They have taken us to the harbour post.") == "Tobias Renk-Ahl"


def test_a_message_from_him_names_nobody_when_two_men_came_before():
    e = ex("Tobias Renk-Ahl and Piet Varga were held on Monday. Jonas Renk said he received a text message "
           "from him that night. The message, which he showed to the Ledger, read: \u201cWe are at the post.\u201d")
    assert speaker(e, "We are at the post.") is None


def test_words_the_writer_holds_up_are_no_quotations():
    # a law's category after "deemed", a report's title with its years, the writer's own question
    # set off in commas, a leaflet's printed heading: nobody is reported saying any of them
    e = ex("Under the Harbour Order of 1999, posting material deemed \u201coffensive\u201d online carries a "
           "penalty of up to two years. The order also fines content deemed to spread \u201cfalse alarm\u201d "
           "or to insult officials.\n\n"
           "A report published in March by the Tollmere-based Quay Watch, \u201cHeld at the Dock: Cases "
           "Against Crews 2020\u20132025\u201d, counted 31 cases.\n\n"
           "The question the trial raises, \u201cWho owns a song once it is sung?\u201d, has no answer in the code.\n\n"
           "A woman handing out flyers headed \u201cMarrowby needs a bridge\u201d outside the hall was asked to leave.\n\n"
           "Quay Watch's director, Anneli Brask, said the order was \u201cused against the crews, not the owners.\u201d")
    assert quotes(e) == ["used against the crews, not the owners."]
    assert speaker(e, "used against the crews") == "Anneli Brask"


def test_a_post_someone_was_convicted_over_speaks_in_its_authors_words():
    e = ex("Teodor Halvik, 41, a ferry engineer in Orrin, was first convicted by the Orrin Magistrate Court "
           "in June over a post that accused harbour managers of \u201crenting the safe berths to the "
           "highest bidder\u201d. The verdict was confirmed on appeal.")
    assert speaker(e, "renting the safe berths") == "Teodor Halvik"


def test_a_post_about_someone_convicted_is_not_his_when_another_wrote_it():
    # the man convicted is the sentence's object here; whose post it was is not said
    e = ex("The court convicted Teodor Halvik, 41, over a post that accused harbour managers of "
           "\u201crenting the safe berths to the highest bidder\u201d.")
    assert speaker(e, "renting the safe berths") is None


def test_adding_that_goes_with_the_sentences_own_reporting_verb_not_one_inside_its_report():
    e = ex("Mirja Tolvanen, a 33-year-old illustrator, was charged on Monday over a drawing of a crowned gull.\n\n"
           "Outside the court, Tolvanen told reporters that she had been questioned four times since May, and "
           "that each time detectives wanted her sketches explained, adding that \u201cI would draw "
           "the gull again, because it is only a gull.\u201d")
    assert speaker(e, "I would draw the gull again") == "Mirja Tolvanen"
