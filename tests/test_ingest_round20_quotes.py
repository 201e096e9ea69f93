"""Round 20 on invented articles: speakers a first run on new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, quote_texts as quotes, speaker_of as speaker

HEAD = "Marrowby Ledger\nNews\n\nFerry crew held after dock dispute\n\nBy Ilse Tannock\n4 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_titled_member_named_with_of_his_party_speaks_not_the_party():
    # "Rep. X of the opposition Y Party, who sits on ..., called ... and said": X, never the party
    e = ex("Prosecutors asked for an arrest warrant for the union leader on Monday.\n\n"
           "Rep. Kwon Min-ah of the opposition Civic Renewal Party, who sits on the transport committee, "
           "called the request \u201ca plain abuse of power\u201d and said prosecutors should \u201cask why "
           "drivers are quitting, not only why they are striking.\u201d")
    assert speaker(e, "a plain abuse of power") == "Kwon Min-ah"
    assert speaker(e, "ask why drivers are quitting, not only why they are striking.") == "Kwon Min-ah"


def test_she_told_is_the_lawyer_named_with_her_group_in_the_same_paragraph():
    # the wife quoted in the paragraph before is a "she" too; the lawyer named here speaks
    e = ex("His wife, Dara Veasna, who sat in the gallery all day, cried when the sentence was read. "
           "\u201cMy husband only spoke about the river,\u201d she said afterwards.\n\n"
           "The fisherman\u2019s lawyer, Kong Sreyleak of the rights group Coastwatch, said the case had no "
           "evidence at all. \u201cNobody was hurt and nobody was moved to act. A man talked about a river,\u201d "
           "she told Ledger News.")
    assert speaker(e, "My husband only spoke about the river,") == "Dara Veasna"
    assert speaker(e, "Nobody was hurt and nobody was moved to act. A man talked about a river,") \
        == "Kong Sreyleak"


def test_the_official_who_spoke_on_condition_of_anonymity_is_no_named_person():
    # "An official, who spoke on condition of anonymity, said ... “…,” the official said": the
    # unnamed official speaks, not the freed reporter the paragraph names
    e = ex("Photojournalist Rana Idris Salih was freed on Tuesday after nine days in custody.\n\n"
           "\u201cI am tired but I am home,\u201d Salih said.\n\n"
           "A naval official, who spoke on condition of anonymity because he was not cleared to brief "
           "reporters, said Salih had been asked about \u201cmessages to foreign channels\u201d. \u201cShe "
           "went home once the questions were done. There is nothing more to it,\u201d the official said.")
    assert speaker(e, "I am tired but I am home,") == "Rana Idris Salih"
    assert speaker(e, "She went home once the questions were done. There is nothing more to it,") is None


def test_the_judge_in_apposition_to_a_name_is_still_that_person():
    # (the guard on the rule above: "X, a former judge," names the judge; "the former judge" is X)
    e = ex("Justice (retd) Marten Oduya, a former judge of the same bench, said the ruling was "
           "\u201clong overdue\u201d. The former judge said he had handled \u201cdozens of such files\u201d "
           "in his career.")
    assert speaker(e, "dozens of such files") == "Marten Oduya"


def test_a_pull_quote_with_its_credit_line_below_is_the_credited_speaker():
    # the lawyer is quoted just before; the quotation on its own line belongs to the name under it
    e = ex("His lawyer, Ma\u00eetre Odile Ferchaud, told the Ledger that the hearing was short. "
           "\u2018The judge asked him one question and then wrote the verdict,\u2019 she said.\n\n"
           "\u2018We are not here for the music. We are here because a song is on trial.\u2019\n\n"
           "\u2014 Salma Ben Hedi, a student waiting outside the court\n\n"
           "About 100 people gathered outside the court.")
    assert speaker(e, "We are not here for the music. We are here because a song is on trial.") \
        == "Salma Ben Hedi"


def test_the_spokesperson_is_the_one_this_paragraph_names_when_the_text_has_two():
    e = ex("Tribunal spokesperson Orla Venn confirmed the sentence. \u201cThe tribunal weighed the evidence,\u201d "
           "Venn said.\n\n"
           "Cabinet spokesperson Teodor Brask, of the Office of the Premier, said the case was not political. "
           "Asked whether the verdict would chill debate, the spokesperson said: \u201cDebate is free. "
           "Slander is not.\u201d")
    assert speaker(e, "Debate is free. Slander is not.") == "Teodor Brask"


def test_the_general_and_the_clergyman_are_the_people_named_under_those_short_ranks():
    e = ex("Retired Maj. Gen. Osric Pellow, a commentator on state television, dismissed the claims. "
           "\u201cNobody here is jailed for a newspaper column,\u201d the general said.\n\n"
           "Rev Ambrose Kilonzo of the Hillside Chapel led a prayer at the harbour gate. \u201cWe pray for the "
           "crew and for the men who hold them,\u201d the clergyman said.")
    assert speaker(e, "Nobody here is jailed for a newspaper column,") == "Osric Pellow"
    assert speaker(e, "We pray for the crew and for the men who hold them,") == "Ambrose Kilonzo"


def test_police_said_is_the_police_body_this_paragraph_names_when_the_text_names_two():
    e = ex("Orrin County Police Commander Silas Okeke said officers had used \u201ceveryday force\u201d at the dock.\n\n"
           "In a statement on Friday, the Coastal Police Service said it was \u201cnot holding any crewman\u201d. "
           "\u201cThe Service treats every missing-person report with care,\u201d police said.")
    assert speaker(e, "The Service treats every missing-person report with care,") == "Coastal Police Service"


def test_he_is_the_branch_chairperson_named_in_commas_after_his_bodys_long_name():
    # "The X Association (XA) Y branch chairperson, Mr Z, told ...": Z is the subject, so "he said"
    # is Z, never a man named in the paragraph before
    e = ex("Tomas Achieng Oduor, a boat mechanic, went missing on Monday. His sister, Grace Oduor, said the "
           "family had searched every station.\n\n"
           "The Harbour Bar Association (HBA) Orrin branch chairperson, Mr Felix Wambua, told the Ledger that "
           "nine people had vanished this year. \u201cThis is no accident. There is a pattern,\u201d he said.")
    assert speaker(e, "This is no accident. There is a pattern,") == "Felix Wambua"


def test_a_name_for_a_practice_a_label_after_become_and_a_law_s_offence_are_no_quotations():
    e = ex("Unions call the practice \u201cchurning.\u201d A deckhand whose contract ends is hired again on a "
           "new one, and his years of service start from nothing.\n\n"
           "Critics say that in Orrin even a shipping timetable has become \u201csubversive\u201d in the eyes of "
           "the port police.\n\n"
           "The crewmen are charged under a 2021 statute that criminalises the spread of \u2018harbour rumours\u2019 "
           "online.\n\n"
           "\u201cWe only asked for our wages,\u201d said Ivo Sarn, one of the crewmen.")
    assert quotes(e) == ["We only asked for our wages,"]


def test_the_one_asked_answers_the_quotation_after_the_question_sentence():
    e = ex("Lida Marrow, the skipper\u2019s sister, who now lives abroad, said she writes to him every week.\n\n"
           "Asked whether she expected him home by winter, Lida Marrow looked away for a while. "
           "\u201cHere you do not count the months. You count the visits.\u201d")
    assert speaker(e, "Here you do not count the months. You count the visits.") == "Lida Marrow"


def test_a_spokesperson_for_a_ministry_with_an_aside_speaks_for_the_ministry():
    # "A spokesperson for the X, contacted by the paper, declined ... but said ... ‘…’": the ministry
    e = ex("The Ministry of Harbours has not commented on the arrests.\n\n"
           "A spokesperson for the Ministry of Harbours, contacted by the Ledger, declined to discuss the case "
           "but said port courts \u2018rule on the evidence and on nothing else\u2019.")
    assert speaker(e, "rule on the evidence and on nothing else") == "Ministry of Harbours"


def test_words_a_readout_relays_are_the_ministry_spokespersons_not_the_agency_s():
    e = ex("The Ministry of Harbours rejects claims of unpaid shifts. On Monday a spokesperson for the "
           "Ministry of Harbours told shipping envoys that dock shifts were worked \u201conly by those who "
           "wish to serve the port,\u201d according to a readout carried by Portnews, the state agency.")
    assert speaker(e, "only by those who wish to serve the port,") == "Ministry of Harbours"


def test_it_read_after_the_message_he_sent_is_the_senders_words_not_the_recipients():
    e = ex("Pavel Krnic, a 29-year-old crane driver, has been held since Tuesday.\n\n"
           "He was arrested late on Monday. The last message he sent his sister, Vesna Krnic, was a text at "
           "10:05 p.m. It read: \u201cThey are downstairs. Call the lawyer. Tell nobody at work.\u201d")
    assert speaker(e, "They are downstairs. Call the lawyer. Tell nobody at work.") == "Pavel Krnic"


def test_the_spokesperson_for_the_main_opposition_party_speaks_for_the_party():
    e = ex("A spokesperson for the main opposition Civic Renewal Party said the law must apply to all. "
           "\"No grievance can justify blocking a bridge,\" the spokesperson said in a commentary.")
    assert speaker(e, "No grievance can justify blocking a bridge,") == "Civic Renewal Party"


def test_the_writers_own_question_put_plainly_is_no_quotation():
    e = ex("The port authority says the night shifts are voluntary. The crews describe rosters and fines.\n\n"
           "So the question is worth asking plainly: \u201cIf the shifts are voluntary, why is there a roster?\u201d "
           "The port authority did not reply to the Ledger.\n\n"
           "\u201cNobody asked me,\u201d said Ivo Sarn, a crane driver.")
    assert quotes(e) == ["Nobody asked me,"]


def test_which_reported_after_a_body_is_that_body_speaking():
    e = ex("The raids echo earlier cases flagged by the UN Group of Experts on Orrin, which has reported that "
           "dockers' families were \u201cwatched, questioned and fined\u201d across the harbour towns.")
    assert speaker(e, "watched, questioned and fined") == "UN Group of Experts on Orrin"


def test_a_banners_words_after_a_quote_do_not_take_that_quotes_speaker():
    e = ex("\u201cWe went to every station and every office, and nobody would tell us anything,\u201d said her uncle, "
           "Idris Varga. A few colleagues stood outside the court on Friday with a banner reading "
           "\u201cReporting is not a crime\u201d.")
    assert speaker(e, "We went to every station and every office, and nobody would tell us anything,") == "Idris Varga"
    assert speaker(e, "Reporting is not a crime") is None


def test_a_speaker_identified_by_a_bracketed_gloss_of_her_own_name_says_she_said():
    # "who asked to be identified only as Umm X (X's mother)": the gloss names nobody new
    e = ex("The poet Kadiro, whose real name is Samir Tahar, received a one-year sentence on Thursday.\n\n"
           "Kadiro\u2019s mother, who asked to be identified only as Umm Samir (Samir\u2019s mother), spoke to "
           "reporters after the hearing. \u2018They let me see him for one minute,\u2019 she said.")
    assert speaker(e, "They let me see him for one minute,") == "Umm Samir"


def test_his_last_post_with_a_time_aside_is_the_man_mr_names_not_a_woman_of_his_surname():
    # two Kamaus: "Mr Kamau" and "his" settle on the man, past the aside before "read"
    e = ex("Felix Otieno Kamau, a boatman known online as Captain, has not been seen since Sunday. His aunt, "
           "Grace Wairimu Kamau, has asked the coastguard for help.\n\n"
           "Mr Kamau had posted several videos about the harbour fees. His last post, on the night of "
           "May 2, read: \u201cIf I go missing, you know who to ask.\u201d")
    assert speaker(e, "If I go missing, you know who to ask.") == "Felix Otieno Kamau"
