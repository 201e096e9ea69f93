"""Round 8 on invented articles: actor shapes a first run on a new article missed or invented.
Every outlet, person and body here is made up; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors, speaker_of as speaker

HEAD = "Coast Courier\nNews\n\nTeacher held in Marrow Bay\n\nBy Tobi Lenk\n4 May 2025\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_an_office_ending_in_a_role_noun_is_no_person_and_speaks_for_nobody():
    e = ex("Callers accused the District Chief Executive of selling land. The Municipal Chief "
           "Executive, Hon. Kwesi Ablorh-Dzata, denied it. \"I have not,\" Mr Ablorh-Dzata said.\n\n"
           "Nana Ofori Agyeman III, chief of Asuom, joined the marchers at the gate. "
           "\"The land belongs to the children,\" the chief said.")
    found = actors(e)
    assert "Executive" not in found
    assert found.get("Kwesi Ablorh-Dzata") == "person"
    assert speaker(e, "The land belongs") == "Nana Ofori Agyeman III"


def test_a_place_and_a_level_before_a_role_noun_name_an_office():
    e = ex("The CUR's Eastern Regional Chairman, Yao Sedzro, who led the march, said it would "
           "continue. \"We will return,\" he said.")
    found = actors(e)
    assert "Eastern Regional Chairman" not in found
    assert found.get("Yao Sedzro") == "person"
    assert speaker(e, "We will return") == "Yao Sedzro"


def test_a_chiefs_title_and_a_regnal_number_make_a_persons_name():
    e = ex("Togbe Kwami Dzokoto IV, whose family farmed the plot, joined the marchers.\n\n"
           "Emir Lamido Sanusi II, who met the teachers, said the strike was just.")
    found = actors(e)
    assert found.get("Togbe Kwami Dzokoto IV") == "person"
    assert found.get("Lamido Sanusi II") == "person"


def test_a_police_rank_before_a_hyphenated_name_cues_a_person():
    e = ex("The spokesperson, ASP Abena Osei-Tutu, told reporters the station was acting on a "
           "complaint. \"Nobody is above the law,\" she said.")
    assert actors(e).get("Abena Osei-Tutu") == "person"
    assert speaker(e, "Nobody is above") == "Abena Osei-Tutu"


def test_a_relative_sharing_both_family_names_and_the_first_family_name_alone_name_persons():
    e = ex("At dawn, before the frost lifts, Rosaura Mamani Ccahua lights the stove in her kitchen "
           "and turns on the radio.\n\n"
           "Her younger sister, Dominga Mamani Ccahua, 49, was arrested with her on the fourth day. "
           "\u201cThey pulled Rosaura by the hair,\u201d she says.\n\n"
           "The community\u2019s lawyer grew up two valleys away. Teodora Apaza Quille took the case last year.\n\n"
           "\u201cThe file has 600 pages and not one witness,\u201d Apaza says. \u201cStanding is not violence.\u201d")
    found = actors(e)
    assert found.get("Rosaura Mamani Ccahua") == "person"
    assert found.get("Teodora Apaza Quille") == "person"
    assert speaker(e, "The file has 600") == "Teodora Apaza Quille"
    assert speaker(e, "Standing is not") == "Teodora Apaza Quille"



def test_a_person_who_gives_only_a_first_name_is_a_person_and_speaks():
    e = ex("A 47-year-old nurse who gave only her first name, Dilan, said she had been pushed to the "
           "ground. \"They treated us like thieves. I have nursed some of those officers,\" Dilan said.")
    assert actors(e).get("Dilan") == "person"
    assert speaker(e, "They treated us") == "Dilan"


def test_a_town_police_force_with_a_spokesman_is_a_government_body():
    e = ex("A spokesman for Halabja police, Colonel Aram Kakei, said those detained had "
           "\"damaged public property\".")
    found = actors(e)
    assert found.get("Halabja Police") == "government"
    assert speaker(e, "damaged public") == "Aram Kakei"


def test_a_name_ending_in_fm_or_tv_is_a_station():
    e = ex("She works as a presenter at the privately owned Kente FM in the city. Viewers of "
           "Zerin TV protested too.")
    found = actors(e)
    assert found.get("Kente FM") == "ngo"
    assert found.get("Zerin TV") == "ngo"


def test_a_community_station_in_apposition_and_a_portal_named_after_its_kind_are_outlets():
    e = ex("The two were arrested at the studio of Siang Ban Rai, a community station in the district.\n\n"
           "She is an investigative reporter for the portal Vidik. Vidik's editor, Goran Maric, "
           "published a letter.")
    found = actors(e)
    assert found.get("Siang Ban Rai") == "ngo"
    assert found.get("Vidik") == "ngo"
    assert found.get("Goran Maric") == "person"


def test_a_short_name_opening_in_lower_case_in_parentheses_names_the_body_before_it():
    e = ex("A 2025 report by the Open Net Reform Dialogue (oNet), titled \"Switched Off\", found that "
           "40 stations had closed.")
    found = actors(e)
    assert found.get("Open Net Reform Dialogue") == "ngo"
    assert "oNet" not in found


def test_a_spanish_body_name_opens_with_its_head_word():
    e = ex("A report by the Coordinadora Regional de Pueblos Indígenas, titled \u201cWater Is Life\u201d, "
           "counted 90 cases.")
    assert actors(e).get("Coordinadora Regional de Pueblos Indígenas") == "ngo"


def test_a_body_named_again_without_its_un_prefix_or_its_country_is_the_same_body():
    e = ex("Ms. Rahimova, 51, was convicted by the Supreme Court of Moldova on Tuesday. She filed "
           "complaints with the UN Working Group on Arbitrary Detention last year.\n\n"
           "In 2024, the Working Group on Arbitrary Detention found that her detention was unlawful. "
           "She has one month to appeal to the Supreme Court's appellate board.\n\n"
           "She also wrote to the UN Human Rights Committee. The Human Rights Committee said it would "
           "\"examine the case\".")
    found = actors(e)
    assert found.get("Supreme Court of Moldova") == "court"
    assert "Supreme Court" not in found
    assert "Working Group on Arbitrary Detention" not in found
    assert "Human Rights Committee" not in found
    assert speaker(e, "examine the case") == "UN Human Rights Committee"


def test_a_committee_of_a_parliament_is_not_that_parliament():
    e = ex("Ola Brenner, vice chair of the Human Rights Committee of the Nordic Parliament, urged "
           "the Nordic Parliament to act.")
    found = actors(e)
    assert "Nordic Parliament" in found


def test_a_lower_court_named_only_as_where_an_appeal_goes_is_no_actor():
    e = ex("The Municipal Court in Veldra on Monday fined the reporter. She has 15 days to appeal to "
           "the Circuit Court in Veldra.")
    found = actors(e)
    assert "Municipal Court" in found
    assert "Circuit Court" not in found


def test_a_supreme_court_named_only_as_a_venue_stays_an_actor():
    e = ex("Her lawyers filed a petition with the Supreme Court on Friday.")
    assert actors(e).get("Supreme Court") == "court"


def test_a_countrys_mission_to_the_un_in_a_city_speaks_through_a_statement():
    e = ex("The Government of Moldova has rejected the criticism. According to a statement by the "
           "Permanent Mission of Moldova to the UN in Geneva, Ms. Rahimova was convicted \"on the basis "
           "of evidence\".")
    key = "Permanent Mission of Moldova to the UN in Geneva"
    assert actors(e).get(key) == "government"
    assert speaker(e, "on the basis") == key


def test_a_blocs_mission_to_a_two_word_country_with_a_spokesperson_is_an_international_body():
    e = ex("A spokesperson for the OSCE Mission to Trinidad and Tobago said the mission had raised "
           "the case with the authorities.")
    assert actors(e).get("OSCE Mission to Trinidad and Tobago") == "international"


def test_a_name_the_person_is_known_by_is_an_alias_not_a_second_person():
    e = ex("Boonchai Sriwan, 58, known to his listeners as Pa Chai, and his son Anan Sriwan, 30, were "
           "released on bail, their lawyer said.")
    found = actors(e)
    assert found.get("Boonchai Sriwan") == "person"
    assert found.get("Anan Sriwan") == "person"
    assert "Pa Chai" not in found
    forms = {m.key: m.forms for m in e.mentions}
    assert "Pa Chai" in forms["Boonchai Sriwan"]


def test_the_government_of_a_country_the_text_names_is_that_country():
    e = ex("The Government of Moldova has rejected the criticism. Moldova said the case was criminal.")
    found = actors(e)
    assert found.get("Moldova") == "country"
    assert "Government of Moldova" not in found


def test_a_lower_court_named_as_a_venue_that_then_acts_stays_an_actor():
    e = ex("He appeared at the Circuit Court in Veldra on Monday. The court ordered his release on "
           "bail of 5,000 crowns.")
    assert actors(e).get("Circuit Court") == "court"


def test_a_chiefs_title_before_a_body_word_names_no_person():
    e = ex("The Nana Ofori Foundation said it would pay the teachers' fines.")
    assert "Nana Ofori Foundation" not in {k for k, v in actors(e).items() if v == "person"}
