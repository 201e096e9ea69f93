"""Round 51 on invented pages: what the first run on blind70 and blind71 showed (scored first, then
fixed). Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, on_page, speaker_of as who

HEAD = "Harbourside Review\nNews | Courts\n\nJournalist sued over bridge story\n\nBy Lena Hoxha\n21 October 2026\n\n"


def test_a_name_before_a_full_stop_is_no_part_of_the_body_named_after_it():
    e = on_page(HEAD, "One lawsuit was filed by the municipal director of planning, Besnik Morina. The Association of "
                      "Journalists of Kosovo (AGK) has called the cases \u201ca textbook SLAPP,\u201d and others agree.")
    types = actor_types(e)
    assert not any(k.startswith("Besnik Morina.") for k in types)
    assert who(e, "a textbook SLAPP") == "Association of Journalists of Kosovo"


def test_a_caption_whose_credit_holds_a_full_stop_and_a_credit_line_are_captions():
    e = on_page(HEAD, "Blerina Kastrati in the newsroom of Gjurm\u00eb in Gjakova. Photo: Dren Krasniqi / K2.0.\n\n"
                      "Loretta Gaines sits in her car outside the plant on March 5. Credit: Eric Shelby/Harbourside "
                      "Review\n\n"
                      "When Blerina Kastrati published the story in February, she expected a denial.")
    assert e.paragraphs[0].text.startswith("When Blerina Kastrati published")
    assert len(e.captions) == 2


def test_an_unnamed_pensioner_who_walked_in_takes_the_he_after_him():
    e = on_page(HEAD, "My lawyer, Gent Morina, works for free. Without him I would have given up.\n\n"
                      "What keeps you going?\n\n"
                      "The readers. One pensioner walked into our office with a bag of receipts. He said, \u201cI kept "
                      "these because I knew one day somebody would ask.\u201d")
    assert who(e, "I kept these") is None


def test_words_the_court_heard_a_man_left_on_a_voicemail_are_not_the_court_s():
    e = on_page(HEAD, "Belfast Magistrates' Court refused bail on Thursday.\n\n"
                      "The court heard that a man rang the newspaper and left a message saying: \u201cTell her she is "
                      "getting one in the head.\u201d")
    assert who(e, "Tell her she is getting one") is None


def test_a_judge_who_should_is_no_one_who_did():
    e = on_page(HEAD, "Ana Ruiz, a reporter, was sued in May over her reports.\n\n"
                      "A judge should be able to see such a case in the first months. \u201cI will not stop "
                      "writing,\u201d she said.")
    assert who(e, "I will not stop writing") == "Ana Ruiz"
