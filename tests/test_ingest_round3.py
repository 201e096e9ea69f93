"""Speakers and actors in shapes first met on held-out articles, shown on invented ones.

None of these people, places, bodies or outlets exist. Each snippet is one general shape:
a social network named as where words were posted, a ministry's words relayed by an agency,
an unnamed relative speaking beside a named one, and the introductions of a speaker that
newsrooms use ("X said:", "X told Al Jazeera", "Ms Given-name", a police force's statement).
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract


def ex(*paragraphs: str) -> Extraction:
    return extract("Reporters held after harbour protest in Vellmark\n\n" + "\n\n".join(paragraphs) + "\n",
                   "article.txt")


def speaker_of(e: Extraction, words: str) -> str | None:
    (q,) = [q for q in e.quotes if words in q.text]
    return q.speaker


def actor_names(e: Extraction) -> set[str]:
    return {m.key for m in e.mentions}


OPENING = "Police in Vellmark detained three reporters on Friday after a protest at the harbour, witnesses said."


def test_a_social_network_is_where_words_are_posted_never_a_person():
    e = ex(OPENING,
           "In a post on X, formerly Twitter, a spokesperson for the Nordic Council said the council was "
           "“following closely” the detentions and urged officials to “respect the right to report”.",
           "Ilse Brandvik, a local councillor, wrote on Facebook that she had “never seen anything like it”.")
    names = actor_names(e)
    assert not names & {"X", "Twitter", "Facebook"}
    assert all(q.speaker not in {"X", "Twitter", "Facebook"} for q in e.quotes)
    assert speaker_of(e, "never seen anything") == "Ilse Brandvik"


def test_an_unnamed_relatives_words_are_not_the_named_relatives():
    e = ex(OPENING,
           "Outside the court, the sister of one of them, Kofi Adjei, who asked not to be named for fear of "
           "reprisals, said: ‘My brother is a baker. He has never held a placard.’",
           "“We will appeal,” said Ama Boateng, a lawyer for the group.")
    assert speaker_of(e, "My brother is a baker") is None
    assert speaker_of(e, "We will appeal") == "Ama Boateng"


def test_a_ministry_relayed_by_an_agency_speaks_itself():
    e = ex("The rights office said on Friday it was alarmed by a wave of executions in Valmaria.",
           "Mr Dario Keln, a teacher, was executed on 3 March. According to the Valmari Press Agency, the "
           "Ministry of Interior said Mr Keln had been executed for \"joining a cell that sought to destabilise "
           "the Kingdom\". His family told us they learned of it from the news.")
    assert speaker_of(e, "joining a cell") == "Ministry of Interior"


def test_according_to_a_source_alone_stays_the_sources():
    e = ex(OPENING,
           "According to the Harbour Reporters Union, the three were held for \"filming a public street\".")
    assert speaker_of(e, "filming a public street") == "Harbour Reporters Union"


def test_a_name_its_long_apposition_then_told_after_the_quote():
    e = ex("Reporters Without Frontiers (RWF) said at least 40 journalists had been detained this year.",
           "“What we see is the slow criminalisation of reporting,” Anders Kvale, RWF’s Nordic and Baltic "
           "programme coordinator, told Al Jazeera. “First it was fines.”")
    assert "Anders Kvale" in actor_names(e)
    assert speaker_of(e, "slow criminalisation") == "Anders Kvale"
    assert speaker_of(e, "First it was fines") == "Anders Kvale"


def test_a_second_verb_of_the_subject_after_a_quote_is_not_a_new_speaker():
    e = ex(OPENING,
           "“We are appalled,” Anders Kvale, a coordinator at the Baltic Press Fund, told reporters.",
           "A spokesperson for the Nordic Council (NC) said the council was “following closely” the detention "
           "of journalists and called on the authorities to “respect media freedom”.")
    assert speaker_of(e, "following closely") == "Nordic Council"
    assert speaker_of(e, "respect media freedom") == "Nordic Council"


def test_newsroom_trades_in_an_apposition_make_a_person():
    e = ex(OPENING,
           "Mira Solberg, a freelance photojournalist, and Tor Engen, a camera operator for the channel "
           "Harbour TV, were detained on Saturday.",
           "Solberg, who had shown her press card, said officers ignored her.",
           "“I told them four times that I was a journalist,” she told the Chronicle.")
    assert {"Mira Solberg", "Tor Engen"} <= actor_names(e)
    assert speaker_of(e, "I told them four times") == "Mira Solberg"


def test_a_places_police_force_that_speaks_is_an_actor():
    e = ex(OPENING,
           "Halden police said in a statement that officers had “a duty to act” and would review the arrests.",
           "Georgian police and riot police were also at the scene. Index on Censorship said it had recorded "
           "23 arrests of journalists this year.")
    names = actor_names(e)
    assert "Halden Police" in names and "Index on Censorship" in names
    assert not any(n.startswith(("Georgian", "Riot")) for n in names)
    assert speaker_of(e, "a duty to act") == "Halden Police"


def test_a_bare_spokesperson_speaks_for_the_body_just_named():
    e = ex(OPENING,
           "The Interior Bureau said the Public Order Act contained “clear protections” for journalists. "
           "A spokesperson said: “Police are operationally independent.”",
           "The Interior Bureau declined to comment further. Mira Solberg, a reporter, was released. "
           "A spokesperson said: “We will not discuss individual cases.”")
    assert speaker_of(e, "operationally independent") == "Interior Bureau"
    # somebody else is named in between: the spokesperson may be anyone's
    assert speaker_of(e, "individual cases") is None


def test_an_arabic_article_in_a_family_name_is_part_of_the_name():
    e = ex("The rights office said on Friday it was alarmed by the detention of clerics in Valmaria.",
           "We are concerned about Sheikh Idris al-Hamdani, a religious scholar detained since 2018. His son, "
           "Omar al-Hamdani, who lives in exile, wrote on Facebook last week that his father had been "
           "\"moved to solitary confinement\".")
    assert {"Idris al-Hamdani", "Omar al-Hamdani"} <= actor_names(e)
    assert speaker_of(e, "solitary confinement") == "Omar al-Hamdani"


def test_a_name_of_a_body_known_by_initials_defined_later():
    e = ex(OPENING,
           "Their lawyer, Rudo Chikore of HLJ, said the State had no evidence. ‘There is not a single witness "
           "statement,’ she told Harbour.com after Monday's hearing.",
           "Harbour Lawyers for Justice (HLJ) said it had represented 96 people this year.")
    assert "Rudo Chikore" in actor_names(e)
    assert speaker_of(e, "not a single witness") == "Rudo Chikore"


def test_a_role_for_a_region_then_the_name_makes_the_name_the_subject():
    e = ex(OPENING,
           "Amnesty International's deputy regional director for East and Southern Africa, Thandeka Ncube, "
           "called for the reporters' release.",
           "‘Holding a memorial is not a crime,’ she said.")
    assert speaker_of(e, "Holding a memorial") == "Thandeka Ncube"
