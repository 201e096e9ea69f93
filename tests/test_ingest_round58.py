"""Round 58 on invented pages: general shapes behind speakers left empty and bodies left out or
counted twice across blind60 to blind85, and behind what the first run on blind86 to blind89 got
wrong. Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, body, on_page, speaker_of as who

HEAD = "Harbour Ledger\nNews | Rights\n\nReporters held over flood story\n\nBy Tom Reyes\nTuesday, March 3, 2026\n\n"


def test_the_organisation_that_speaks_is_the_one_body_its_paragraph_has_named():
    e = on_page(HEAD, "Free Voice, a local press watchdog, condemned the arrests.\n\n"
                      "The Press Union said members would stage a vigil.\n\n"
                      "Reporters Without Borders (RSF) said in a post on X that it was \"deeply concerned\". "
                      "\"Journalists should never be jailed for their work,\" the organization wrote.")
    assert who(e, "deeply concerned") == "Reporters Without Borders"
    assert who(e, "Journalists should never be jailed") == "Reporters Without Borders"


def test_what_was_done_with_a_statement_is_no_verb_of_its_own():
    e = on_page(HEAD, "The Harbour Dockers Federation said in a statement read out at the picket that it stood "
                      "\"shoulder to shoulder\" with the reporters.\n\n"
                      "Lina Voss said in a letter sent to the court that she was \"not afraid\".")
    assert who(e, "shoulder to shoulder") == "Harbour Dockers Federation"
    assert who(e, "not afraid") == "Lina Voss"


def test_a_headquarters_is_a_body_and_its_name_without_its_tail_is_the_same_body():
    e = on_page(HEAD, "The Coordination Headquarters for the Return of Detainees, the state body that negotiates "
                      "releases, said in a post that the reporters' return \"remains a priority\".\n\n"
                      "The Supreme Council for Media Regulation said it would review the case.\n\n"
                      "Families said they had written to the Coordination Headquarters 14 times. The Supreme Council "
                      "did not reply.")
    types = actor_types(e)
    assert types.get("Coordination Headquarters for the Return of Detainees") == "government"
    assert "Coordination Headquarters" not in types
    assert "Supreme Council for Media Regulation" in types and "Supreme Council" not in types
    assert who(e, "remains a priority") == "Coordination Headquarters for the Return of Detainees"


def test_an_object_pronoun_after_a_name_and_its_age_is_somebody_elses():
    e = on_page(HEAD, "\"We were paid half,\" Tran Thi Mai, 31, said after the ruling.\n\n"
                      "Mai is one of two plaintiffs named Tran. The other, Tran Van Hoa, 34, is not related to her "
                      "and has since gone home.\n\n"
                      "Hoa joined by video link.\n\n"
                      "\"I am happy, but I lost three years,\" he said.")
    assert who(e, "I am happy") == "Tran Van Hoa"


def test_a_link_to_the_outlets_other_story_inside_a_live_page_is_no_paragraph():
    e = on_page(HEAD, "The strike began at 8:00, the union said.\n\n"
                      "ALSO ON HARBOUR LEDGER: What the council approved in the 2026 budget (December 11, 2025)\n\n"
                      "Also on Monday, the council met the union.")
    assert body(e) == ["The strike began at 8:00, the union said.", "Also on Monday, the council met the union."]
