"""Round 35, actors: invented snippets for the shapes fixed this round."""
from helpers import paragraph_actor_types


def test_a_stepfather_named_after_his_tie_is_a_person():
    found = paragraph_actor_types("I asked the girl’s stepfather, Orrin Blakeley, whether he trusted the report.")
    assert found.get("Orrin Blakeley") == "person"


def test_a_sentence_opening_on_its_place_then_an_apposition_names_no_person():
    found = paragraph_actor_types("In Puerto Lindo, a fisherman who posted the video is in jail. He denies the charge.")
    assert "Puerto Lindo" not in found


def test_a_place_and_its_compass_constituency_are_no_given_names():
    found = paragraph_actor_types("Police shot a driver in Lorna Gate on Sunday.",
                      "It was the third such killing in Lorna Gate North this year, the group said.")
    assert found.get("Lorna Gate North") != "person"


def test_a_saint_place_and_its_constituency_are_no_person():
    found = paragraph_actor_types("Officers opened fire in Hollow Bay, St Brendan, on Friday.",
                      "Residents of St Brendan East say the patrols began in May.")
    assert found.get("St Brendan East") != "person"


def test_a_building_people_call_by_a_name_is_no_body():
    found = paragraph_actor_types("Most of them are held at the intelligence headquarters, which residents call the Grey House.")
    assert "Grey House" not in found


def test_a_name_identified_by_police_under_a_village_title_is_a_person():
    found = paragraph_actor_types("The suspect, identified by police as Kagawad Rufino Dalisay Tamayo, posted bail.",
                      "Tamayo, who runs a hardware store, declined to comment.")
    assert found.get("Rufino Dalisay Tamayo") == "person"


def test_a_name_after_a_stations_possessive_is_its_reporter():
    found = paragraph_actor_types("The commander spoke to Radio Kestrel's Halima Oduya Wek in Tarvo on Monday.")
    assert found.get("Halima Oduya Wek") == "person"


def test_a_rights_body_named_for_two_remits_is_one_name():
    found = paragraph_actor_types("The Norvia Human Rights and Anti-Graft Commission said it would look into the arrests.")
    assert "Norvia Human Rights and Anti-Graft Commission" in found
    assert "Anti-Graft Commission" not in found


def test_a_body_of_a_numbered_area_ends_on_its_number():
    found = paragraph_actor_types("She shared the photos on the page of the Union of Market Porters of Ward 9, which she chairs.")
    assert "Union of Market Porters of Ward 9" in found
    assert "Union of Market Porters of Ward" not in found


def test_two_names_joined_by_a_dash_before_a_hyphenated_acronym_are_one_party():
    found = paragraph_actor_types("Deputies of the Front for Renewal–Party of the Free Valleys (FR-PFV) voted against the bill.")
    assert "Front for Renewal–Party of the Free Valleys" in found
    assert "Front for Renewal" not in found


def test_a_bodys_country_chapter_after_a_dash_is_part_of_its_name():
    found = paragraph_actor_types("A witness told researchers for the Oslo-based group Press Freedom Watch – Kenya (PFWK) "
                      "that the men were moved at night.")
    assert "Press Freedom Watch – Kenya" in found
    assert "Press Freedom Watch" not in found
