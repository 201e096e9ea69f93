"""Round 57 on invented pages: the general shapes behind what the first run on blind84 and blind85
got wrong or left out, and behind extra actors across blind60 to blind83. Every outlet, person and
event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, body, on_page, page, published, speaker_of as who

HEAD = "Harbour Ledger\nNews | Labour\n\nNurses walk out as wage talks fail\n\nBy Tom Reyes\nTuesday, March 3, 2026\n\n"


def test_a_place_after_a_preposition_of_place_or_named_with_its_kind_is_no_person():
    e = on_page(HEAD, "Schools in Port Vila, Luganville and Lenakel Town were closed, said union leader Marie Kalo.\n\n"
                      "Inspectors opened 41 cases in Monterey and San Benito counties, Ms Benito's office said.\n\n"
                      "If the dismissals stand, the union in the North West will strike, Kalo said. Mr West agreed.\n\n"
                      "On Cerro Alto, the miners sort stone. Ana Alto, a sorter, said the pay was late.")
    types = actor_types(e)
    assert types.get("Marie Kalo") == "person"
    assert "Lenakel Town" not in types
    assert "San Benito" not in types
    assert "North West" not in types
    assert "Cerro Alto" not in types


def test_the_mayor_of_a_two_word_place_names_nobody():
    e = on_page(HEAD, "The Mayor of San Lucas, Alberto Grau, visited the picket. \"Tourism is our bread,\" Grau said.")
    types = actor_types(e)
    assert "Lucas" not in types
    assert who(e, "Tourism is our bread") == "Alberto Grau"


def test_a_word_quoted_inside_a_reported_sentence_is_not_given_to_the_clause_after_it():
    e = on_page(HEAD, "The Island Media Association, which made a submission to the Standing Committee on Justice, "
                      "Law and Human Rights, said in a statement last night that it was \u201cdisappointed\u201d the "
                      "committee had not recommended changes to Clause 14.")
    assert who(e, "disappointed") == "Island Media Association"


def test_an_interview_labelled_by_the_outlet_and_the_interviewees_surname():
    e = page("Continental Review\n\nInterview\n\n'Somebody has to enforce it'\n\nBy Ada Wren\nBrussels, 14. Apr 2026, 07:05\n\n"
             "Jana Kovacova has run a small newsroom in Kosice for six years.\n\n"
             "Continental Review: You were questioned for three hours. What did they want?\n\n"
             "Kovacova: My sources. They asked how I had obtained a contract that was, in their words, \"not for the public\".\n\n"
             "Continental Review: The complaint was filed by Peter Hudak, an MP. He has called your story \"a hit job\". Is it?\n\n"
             "Kovacova: The story is about a hospital contract. Mr Hudak sits on the hospital's board.\n\n"
             "Continental Review: Has the law changed anything?\n\n"
             "Kovacova: On paper, yes. In practice, no.")
    assert actor_types(e).get("Jana Kovacova") == "person"
    assert who(e, "My sources.") == "Jana Kovacova"
    assert who(e, "On paper, yes.") == "Jana Kovacova"
    assert who(e, "a hit job") == "Peter Hudak"       # the "he" of a question is not the one asked
    assert who(e, "not for the public") is None        # words inside her turn are not hers by its label
    assert published(e) == "2026-04-14"


def test_a_dated_related_headline_that_asks_is_not_the_pages_date():
    e = page("Continental Review\n\nRule of law\n\nCourt keeps editor in custody\n\nBy Ada Wren\n"
             "Brussels/Bratislava, 14. Apr 2026, 07:05\n\n"
             "A court in Bratislava kept the editor in custody on Monday, her lawyer said.\n\n"
             "The lawyer said the ruling would be appealed.\n\n"
             "Related\n\nMedia law applies in full: who will police it?\n8. Aug 2025, 09:12\n\n"
             "\u00a9 Continental Review 2026")
    assert published(e) == "2026-04-14"


LIVE = ("Veld TV\nHOME | NEWS | SPORT\n\nSouth Africa\n\nLIVE | Public servants down tools\n\n"
        "PRETORIA - Thousands of nurses and clerks downed tools on Wednesday. Follow our live updates below.\n\n"
        "Veld TV | Wednesday 11 March 2026 | Last updated 16:48\n\n"
        "FILE: Union members march in Pretoria on 14 June 2025. Veld TV/Sipho Dube\n\n"
        "16:48\nThat's where we'll wrap up our live coverage for today.\n\n"
        "16:20\nThe department said its offer remains on the table.\n\n"
        "15:35\nSpeaking outside, Nehawu's Gauteng provincial secretary Thandeka Zulu rejected the offer. \"They say the door is open, "
        "but nobody stands behind it,\" she said.\n\n"
        "15:05\nCosatu has thrown its weight behind the strike.\n\n"
        "09:30\nGood morning. Nehawu, Denosa and other Cosatu-affiliated unions will gather at the Union Buildings.\n")


def test_a_live_pages_summary_over_its_date_line_is_no_paragraph_and_the_line_dates_it():
    e = page(LIVE)
    paragraphs = body(e)
    assert paragraphs[0].startswith("16:48") or paragraphs[0].startswith("That's where")
    assert not any(p.startswith(("PRETORIA", "FILE:", "Veld TV |")) for p in paragraphs)
    assert published(e) == "2026-03-11"


def test_a_union_written_as_one_word_is_a_body_and_its_officer_speaks():
    e = page(LIVE)
    types = actor_types(e)
    assert types.get("Nehawu") == "ngo" and types.get("Denosa") == "ngo" and types.get("Cosatu") == "ngo"
    assert who(e, "They say the door is open") == "Thandeka Zulu"


def test_other_topics_of_interest_inside_the_story_is_no_paragraph():
    e = on_page(HEAD, "\u201cHe used to call every evening,\u201d said Olena Hrytsak, whose son is held.\n\n"
                      "Her son was detained in 2022.\n\n"
                      "Other Topics of Interest\nUkraine and Russia Swap 390 Prisoners\n\n"
                      "\u201cWe wait,\u201d she said.")
    paragraphs = body(e)
    assert not any("Topics of Interest" in p or p.startswith("Ukraine and Russia Swap") for p in paragraphs)
    assert paragraphs[2].startswith("\u201cWe wait")


def test_two_bodies_before_one_acronym_are_two():
    e = on_page(HEAD, "The raid, carried out with the Federal Highway Police and the Labor Prosecution Office (MPT), "
                      "found 31 workers, the ministry said.")
    types = actor_types(e)
    assert "Labor Prosecution Office" in types
    assert "Federal Highway Police and the Labor Prosecution Office" not in types
