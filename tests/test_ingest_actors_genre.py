"""Actors of the genre the extractor finds, and words it does not take for actors, on invented articles.

None of these people, bodies or outlets exist. Each snippet shows one general shape: a single
name after a role and police ranks, a name after "the trial of" or "according to" with a role
in commas, a name set off by commas before a reporting verb, a nickname in quotes inside a
name, a Vietnamese three-part name, a magistrate's title, and an office ("Director of Public
Prosecutions") that is no person.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

from helpers import actor_types as actors


def ex(*paragraphs: str) -> Extraction:
    return extract("Harbour court remands poet over festival verse\n\n" + "\n\n".join(paragraphs) + "\n",
                   "article.txt")


def test_a_single_name_after_a_role_and_police_ranks_is_a_person():
    e = ex("Westmarch Police spokesperson Sr. Comr. Wirawan said the poet had been charged on Monday.",
           "Wirawan said the case file would go to prosecutors next week.")
    a = actors(e)
    assert a.get("Wirawan") == "person"
    assert not {"Sr", "Comr"} & set(a)
    (q,) = [m for m in e.mentions if m.key == "Wirawan"]
    assert q.paragraphs == (1, 2)


def test_a_region_before_a_role_noun_is_no_single_name():
    e = ex("\"The pattern is familiar,\" said Tova Rinn, deputy Oceania director at Harbour Watch.")
    assert "Oceania" not in actors(e)


def test_a_name_after_the_trial_of_with_a_role_in_commas_is_a_person():
    e = ex("The trial of Dara Velk, president of the Eastbridge Dockworkers Union, opened on Monday.")
    assert actors(e).get("Dara Velk") == "person"


def test_a_name_after_according_to_with_a_role_in_commas_is_a_person():
    e = ex("According to Soren Halvik, executive director of the Harbour Rights Centre, the charge is "
           "a pattern.")
    assert actors(e).get("Soren Halvik") == "person"


def test_a_place_after_of_with_a_member_apposition_stays_a_place():
    e = ex("The poet was born in the port of Estmere Bay, a member of the old trading league.")
    assert "Estmere Bay" not in actors(e)


def test_a_name_in_commas_before_a_reporting_verb_is_a_person():
    e = ex("Venn's barrister, Colm Ashdown Reyes, told the court his client would appeal.",
           "The island's monitor on free speech, Ilse Marrow, said the verdict was troubling.")
    a = actors(e)
    assert a.get("Colm Ashdown Reyes") == "person"
    assert a.get("Ilse Marrow") == "person"


def test_a_nickname_in_quotes_is_part_of_a_persons_name_not_its_end():
    e = ex("Rights lawyer Maria Celeste \u201cMace\u201d Dumalag of the Harbour Legal Aid Group said the "
           "family would appeal.",
           "\u201cWe have waited long enough,\u201d Dumalag said.")
    a = actors(e)
    assert a.get("Maria Celeste Dumalag") == "person"
    assert "Maria Celeste" not in a
    assert e.quotes[0].speaker == "Maria Celeste Dumalag"


def test_vietnamese_three_part_names_are_people_even_without_a_cue():
    e = ex("The resolution, titled \u201cthe cases of Vo Thi Hanh and Dinh Van Tuan\u201d, passed by a wide "
           "margin in the Harbour Assembly.")
    a = actors(e)
    assert a.get("Vo Thi Hanh") == "person"
    assert a.get("Dinh Van Tuan") == "person"


def test_a_magistrates_title_and_a_prosecutions_office_are_no_people():
    e = ex("Granting bail, Grade Two Magistrate Liora Basset Ong said the prosecution had shown no risk.",
           "The police said the file had been sent to the Director of Public Prosecutions.",
           "\u201cBail is a right,\u201d Magistrate Ong ruled.")
    a = actors(e)
    assert a.get("Liora Basset Ong") == "person"
    assert not {"Magistrate", "Prosecutions", "Magistrate Ong"} & set(a)
    assert e.quotes[0].speaker == "Liora Basset Ong"


# Bodies.

def test_an_office_holders_court_or_office_is_one_body():
    e = ex("Eastbridge Road Chief Magistrate's Court released the poet on bail on Monday.",
           "The Public Prosecutor's Office said it would appeal the decision.")
    a = actors(e)
    assert a.get("Eastbridge Road Chief Magistrate's Court") == "court"
    assert a.get("Public Prosecutor's Office") == "government"
    assert "Magistrate" not in a


def test_a_working_group_keeps_the_subject_it_is_named_after():
    e = ex("The family appealed to the United Nations Working Group on Arbitrary Harbour Detention, "
           "which has written to the government twice.")
    a = actors(e)
    assert "United Nations Working Group on Arbitrary Harbour Detention" in a
    assert "United Nations Working Group" not in a


def test_a_name_with_an_acronym_in_it_is_a_body_when_a_role_follows_or_precedes_it():
    e = ex("Ilse Marrow, a lawyer with LBH Westmarch who represents the poet, said he was questioned "
           "for ten hours.",
           "Komnas HAM commissioner Tova Rinn said the commission would send a team.",
           "KPR-NX spokesperson Dara Velk called the charges political.")
    a = actors(e)
    assert a.get("LBH Westmarch") == "ngo"
    assert a.get("Komnas HAM") == "government"
    assert "KPR-NX" in a


def test_groups_known_by_name_and_a_group_whose_name_opens_with_a_numeral():
    e = ex("Reporters Without Borders (RSF) said the verdict was a warning to all writers.",
           "The Committee to Protect Journalists said on Thursday that the poet should be freed.",
           "At least 40 writers are in prison, according to the rights group The 42 Harbour Project.")
    a = actors(e)
    assert a.get("Reporters Without Borders") == "ngo"
    assert a.get("Committee to Protect Journalists") == "ngo"
    assert a.get("42 Harbour Project") == "ngo"
    assert "Journalists" not in a and "RSF" not in a


def test_an_embassy_or_delegation_that_speaks_is_an_actor_of_its_own():
    e = ex("The United States embassy in Eastbridge said it was concerned by the verdict.",
           "The European Union delegation to Westmarch said the sentence was disproportionate.")
    a = actors(e)
    assert a.get("United States embassy in Eastbridge") == "government"
    assert a.get("European Union delegation to Westmarch") == "international"
    assert "European Union" not in a


def test_a_lower_case_ministry_asked_for_comment_is_an_actor():
    e = ex("Westmarch's foreign ministry did not immediately respond to a request for comment.")
    assert actors(e).get("foreign ministry") == "government"


def test_directorates_and_judicial_chambers_are_bodies():
    e = ex("The General Directorate of Harbours did not answer written questions.",
           "The Constitutional Chamber has ruled on few of the petitions.")
    a = actors(e)
    assert a.get("General Directorate of Harbours") == "government"
    assert a.get("Constitutional Chamber") == "court"


def test_a_chamber_of_commerce_or_of_deputies_is_no_court():
    e = ex("The Westmarch Chamber of Commerce said the verdict would scare investors.",
           "The Chamber of Deputies said it would debate the law.")
    a = actors(e)
    assert a.get("Westmarch Chamber of Commerce") == "ngo"
    assert a.get("Chamber of Deputies") == "government"


# Capitals and "the government".

def test_a_capital_that_acts_is_its_countrys_government_when_the_article_names_it():
    e = ex("Rights groups say the Honduran government has ignored the poet's appeals.",
           "Tegucigalpa has repeatedly said that no writer is jailed for his work.",
           "A vigil was held in Tegucigalpa on Sunday.")
    a = actors(e)
    assert a.get("Honduran government") == "government"
    assert "Tegucigalpa" not in a
    (m,) = [m for m in e.mentions if m.key == "Honduran government"]
    assert m.paragraphs == (2,)       # the vigil's place is no actor


def test_a_capital_that_acts_is_the_country_otherwise_and_never_a_person():
    e = ex("The envoy, Petra Lindahl, said Ulaanbaatar supported the inquiry.",
           "Officials in Ulaanbaatar declined to say more.")
    a = actors(e)
    assert a.get("Mongolia") == "country"
    assert "Ulaanbaatar" not in a


def test_the_government_said_is_the_one_government_the_article_names():
    e = ex("The Lao government has not explained the arrest of the poet.",
           "In a report to the UN last year, the government said all complaints had been investigated.")
    assert actors(e).get("Lao government") == "government"


def test_the_government_said_is_nobody_when_two_governments_are_named():
    e = ex("The Lao government and the Thai authorities have not explained the arrest of the poet.",
           "In a report to the UN last year, the government said all complaints had been investigated.")
    a = actors(e)
    assert "Lao government" not in a and "Thai government" not in a


# Names the text shortens, translates or shares.

def test_an_acronym_inside_a_name_and_a_name_translated_from_its_acronyms_language():
    e = ex("The Office of the UN High Commissioner for Harbour Rights (OHCHR) condemned the verdict. "
           "OHCHR said it would raise the case.",
           "The poet was the third writer charged this year, according to the Unit for the Defence "
           "of Writers of Westmarch (UDEPEWE), which has documented such cases since 2001.")
    a = actors(e)
    assert a.get("Office of the UN High Commissioner for Harbour Rights") == "international"
    assert "OHCHR" not in a
    assert a.get("Unit for the Defence of Writers of Westmarch") == "ngo"


def test_half_of_a_joint_group_name_is_no_actor():
    e = ex("\"The EU cannot look away,\" said MEP Ilse Marrow of the Greens/HFA group.")
    assert "HFA" not in actors(e)


def test_the_short_name_of_a_body_already_named_is_that_body():
    e = ex("The Westmarch Legislative Assembly approved the emergency measure in March.",
           "The Assembly has renewed the measure every month since.",
           "\"Parliament has done its part,\" said Ilse Marrow.")
    a = actors(e)
    (m,) = [m for m in e.mentions if m.key == "Westmarch Legislative Assembly"]
    assert m.paragraphs == (1, 2)
    assert "Assembly" not in a


def test_a_name_that_speaks_after_a_which_clause_is_a_body():
    e = ex("Agro Norte del Valle, which runs the plantation next to the village, said in a statement "
           "that it rejected any link to the arrest.")
    assert actors(e).get("Agro Norte del Valle") == "ngo"


def test_a_movement_described_as_a_group_is_no_party():
    e = ex("Ilse Marrow, convener of the Free Harbour Movement, a Westmarch-based press freedom group, "
           "said reporters were questioned more often in the north.")
    a = actors(e)
    assert a.get("Free Harbour Movement") == "ngo"
    assert a.get("Ilse Marrow") == "person"


def test_a_government_named_after_a_dash_or_inside_a_quotation_counts_as_named():
    e = ex("Eastbridge, May 2\u2014Honduran authorities should free the poet, the Harbour Writers Union said.",
           "\u201cHonduras\u2019s government promised reform,\u201d said Ilse Marrow.",
           "Tegucigalpa said the poet had broken the law.")
    assert actors(e).get("Honduran government") == "government"


def test_a_long_name_whose_given_names_recur_alone_is_a_person():
    e = ex("Every Friday at dawn, Lucía Marta Ferrer Solano takes the first train to the port to visit "
           "her son.",
           "\"They tell me nothing,\" she said.",
           "At noon, Lucía Marta picked up her bag and went home.")
    assert actors(e).get("Lucía Marta Ferrer Solano") == "person"


def test_a_name_of_common_words_whose_first_words_recur_is_no_person():
    e = ex("She ran a page called \"Voice of the Harbour Bay Fishers\", which the fishers of Harbour Bay "
           "followed.")
    assert "Harbour Bay Fishers" not in actors(e)
