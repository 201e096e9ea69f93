"""Round 8 on invented articles: actor shapes a first run on a new article missed or invented.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors, speaker_of as speaker

HEAD = "Coast Courier\nNews\n\nFerry fares rise in Marrow Bay\n\nBy Tobi Lenk\n4 May 2025\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_an_office_ending_in_a_role_noun_is_no_person_and_speaks_for_nobody():
    e = ex("Fishermen blamed the District Chief Executive for the new harbour levy. The Municipal "
           "Chief Executive, Hon. Kwesi Ablorh-Dzata, rejected the charge. \"The levy pays for the "
           "lights,\" Mr Ablorh-Dzata said.\n\n"
           "Nana Ofori Agyeman III, who rules the coastal villages, visited the harbour on Friday. "
           "\"No canoe will be taxed twice,\" the chief told the crowd.")
    found = actors(e)
    assert "Executive" not in found
    assert found.get("Kwesi Ablorh-Dzata") == "person"
    assert speaker(e, "No canoe will") == "Nana Ofori Agyeman III"


def test_a_place_and_a_level_before_a_role_noun_name_an_office():
    e = ex("The FCU's Eastern Regional Chairman, Yao Sedzro, who called the strike, said the boats "
           "would stay ashore. \"We sail when the levy goes,\" he said.")
    found = actors(e)
    assert "Eastern Regional Chairman" not in found
    assert found.get("Yao Sedzro") == "person"
    assert speaker(e, "We sail when") == "Yao Sedzro"


def test_a_chiefs_title_and_a_regnal_number_make_a_persons_name():
    e = ex("Togbe Kwami Dzokoto IV opened the new fish market on Saturday.\n\n"
           "Emir Lamido Sanusi II, who hosted the traders, said prices would fall.")
    found = actors(e)
    assert found.get("Togbe Kwami Dzokoto IV") == "person"
    assert found.get("Lamido Sanusi II") == "person"


def test_a_police_rank_before_a_hyphenated_name_cues_a_person():
    e = ex("The spokesperson, ASP Abena Osei-Tutu, said three boats had been impounded. \"The "
           "owners can collect them on Monday,\" she said.")
    assert actors(e).get("Abena Osei-Tutu") == "person"
    assert speaker(e, "The owners can") == "Abena Osei-Tutu"


def test_a_relative_sharing_both_family_names_and_the_first_family_name_alone_name_persons():
    e = ex("Rosaura Mamani Ccahua sells dried fish at the pier every morning.\n\n"
           "Her cousin, Dominga Mamani Ccahua, 49, runs the stall next to hers. \"Rosaura taught me "
           "to salt the catch,\" she says.\n\n"
           "The market's accountant keeps the books. Teodora Apaza Quille took the job in March.\n\n"
           "\u201cThe stalls lost a third of their income,\u201d Apaza says. \u201cThe ledger shows it.\u201d")
    found = actors(e)
    assert found.get("Rosaura Mamani Ccahua") == "person"
    assert found.get("Teodora Apaza Quille") == "person"
    assert speaker(e, "The stalls lost") == "Teodora Apaza Quille"
    assert speaker(e, "The ledger shows") == "Teodora Apaza Quille"


def test_a_person_who_gives_only_a_first_name_is_a_person_and_speaks():
    e = ex("A 47-year-old net-mender who gave only her first name, Dilan, said the levy had halved "
           "her earnings. \"I mend nets for boats that no longer sail,\" Dilan said.")
    assert actors(e).get("Dilan") == "person"
    assert speaker(e, "I mend nets") == "Dilan"


def test_a_town_police_force_with_a_spokesman_is_a_government_body():
    e = ex("A spokesman for Halabja police, Colonel Aram Kakei, said the harbour gates had been "
           "\"closed for safety\".")
    found = actors(e)
    assert found.get("Halabja Police") == "government"
    assert speaker(e, "closed for safety") == "Aram Kakei"


def test_a_name_ending_in_fm_or_tv_is_a_station():
    e = ex("The levy was first reported by Kente FM, a music station. Viewers of Zerin TV phoned in "
           "all evening.")
    found = actors(e)
    assert found.get("Kente FM") == "ngo"
    assert found.get("Zerin TV") == "ngo"


def test_a_community_station_in_apposition_and_a_portal_named_after_its_kind_are_outlets():
    e = ex("The fishermen's meeting was broadcast live by Siang Ban Rai, a community station in the "
           "bay.\n\n"
           "The accounts were published by the portal Vidik. Vidik's founder, Goran Maric, defended "
           "the story.")
    found = actors(e)
    assert found.get("Siang Ban Rai") == "ngo"
    assert found.get("Vidik") == "ngo"
    assert found.get("Goran Maric") == "person"


def test_a_short_name_opening_in_lower_case_in_parentheses_names_the_body_before_it():
    e = ex("A survey by the Open Harbour Reform Dialogue (oHarb), released on Monday, counted 90 "
           "idle boats.")
    found = actors(e)
    assert found.get("Open Harbour Reform Dialogue") == "ngo"
    assert "oHarb" not in found


def test_a_spanish_body_name_opens_with_its_head_word():
    e = ex("A study by the Asociación Regional de Pescadores Artesanales counted 90 idle boats.")
    assert actors(e).get("Asociación Regional de Pescadores Artesanales") == "ngo"


def test_a_body_named_again_without_its_un_prefix_or_its_country_is_the_same_body():
    e = ex("The ferry company was fined by the Supreme Court of Moldova last year. The fishermen "
           "wrote to the UN Working Group on Business and Human Rights in March.\n\n"
           "In April, the Working Group on Business and Human Rights asked the company for its "
           "accounts. The company may ask the Supreme Court's registry for a delay.\n\n"
           "The union also wrote to the UN Human Rights Committee. The Human Rights Committee "
           "promised to \"look at the harbour levy\".")
    found = actors(e)
    assert found.get("Supreme Court of Moldova") == "court"
    assert "Supreme Court" not in found
    assert "Working Group on Business and Human Rights" not in found
    assert "Human Rights Committee" not in found
    assert speaker(e, "look at the harbour") == "UN Human Rights Committee"


def test_a_committee_of_a_parliament_is_not_that_parliament():
    e = ex("Ola Brenner, vice chair of the Fisheries Committee of the Nordic Parliament, urged "
           "the Nordic Parliament to act.")
    found = actors(e)
    assert "Nordic Parliament" in found


def test_a_lower_court_named_only_as_where_an_appeal_goes_is_no_actor():
    e = ex("The Municipal Court in Veldra on Monday fined the ferry company. The company may take "
           "the case to the Circuit Court in Veldra within a month.")
    found = actors(e)
    assert "Municipal Court" in found
    assert "Circuit Court" not in found


def test_a_supreme_court_named_only_as_a_venue_stays_an_actor():
    e = ex("The fishermen's union filed a petition with the Supreme Court on Friday.")
    assert actors(e).get("Supreme Court") == "court"


def test_a_countrys_mission_to_the_un_in_a_city_speaks_through_a_statement():
    e = ex("Moldova defends the levy. According to a statement by the Permanent Mission of Moldova "
           "to the UN in Vienna, the fee is \"a fair price for a safe harbour\".")
    key = "Permanent Mission of Moldova to the UN in Vienna"
    assert actors(e).get(key) == "government"
    assert speaker(e, "a fair price") == key


def test_a_blocs_mission_to_a_two_word_country_with_a_spokesperson_is_an_international_body():
    e = ex("A spokesperson for the OSCE Mission to Trinidad and Tobago said the mission would "
           "send observers to the harbour.")
    assert actors(e).get("OSCE Mission to Trinidad and Tobago") == "international"


def test_a_name_the_person_is_known_by_is_an_alias_not_a_second_person():
    e = ex("Boonchai Sriwan, 58, known to the fishermen as Pa Chai, has run the harbour crane for "
           "thirty years. His nephew Anan Sriwan, 30, works beside him.\n\n"
           "\"The crane is older than both of us,\" Pa Chai said.")
    found = actors(e)
    assert found.get("Boonchai Sriwan") == "person"
    assert found.get("Anan Sriwan") == "person"
    assert "Pa Chai" not in found
    forms = {m.key: m.forms for m in e.mentions}
    assert "Pa Chai" in forms["Boonchai Sriwan"]
    assert speaker(e, "The crane is") == "Boonchai Sriwan"


def test_the_government_of_a_country_the_text_names_is_that_country():
    e = ex("The Government of Moldova set the harbour levy in May. Moldova said the fee would fund "
           "new lights.")
    found = actors(e)
    assert found.get("Moldova") == "country"
    assert "Government of Moldova" not in found


def test_a_lower_court_named_as_a_venue_that_then_acts_stays_an_actor():
    e = ex("The ferry captain appeared at the Circuit Court in Veldra on Monday. The court ordered "
           "the boat released on a bond of 5,000 crowns.")
    assert actors(e).get("Circuit Court") == "court"


def test_a_chiefs_title_before_a_body_word_names_no_person():
    e = ex("The Nana Ofori Foundation said it would pay the fishermen's fines.")
    assert "Nana Ofori Foundation" not in {k for k, v in actors(e).items() if v == "person"}
