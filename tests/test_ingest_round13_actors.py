"""Round 13, actors: shapes met on unseen articles, shown on invented snippets."""
from helpers import paragraph_actor_types


_actors = paragraph_actor_types


def test_a_person_of_a_cause_named_group_is_the_person_and_the_group_apart():
    got = _actors("Their lawyer, Mr Tendai Moyo of Harare Lawyers for Justice, told the court the "
                  "charges were baseless.")
    assert got.get("Tendai Moyo") == "person"
    assert got.get("Harare Lawyers for Justice") == "ngo"
    assert not any(" of " in k for k in got)


def test_a_role_noun_opening_the_sentence_then_a_name_of_a_body():
    got = _actors("Lawyer Ayla Kaya of the Bar Association said the arrests broke a court ruling.")
    assert got.get("Ayla Kaya") == "person"
    assert got.get("Bar Association") == "ngo"


def test_a_police_area_command_is_a_government_body():
    got = _actors("Nine people were hurt, according to the Lalitpur Valley Police Range.")
    assert got.get("Lalitpur Valley Police Range") == "government"


def test_a_two_letter_family_name_in_capitals_before_a_role_is_a_person():
    got = _actors("Parents disagreed. Priya KC, a third-year nursing student, said the guards pushed her.")
    assert got.get("Priya KC") == "person"


def test_a_capitalised_pair_of_initials_without_a_role_stays_no_person():
    got = _actors("Lions FC, which hosted the match, said the gates opened late.")
    assert got.get("Lions FC") != "person"


def test_given_names_written_as_initials_open_a_persons_name():
    got = _actors("Police spokesman ASP R. T. K. Silva said the march had no permit.",
                  "Barrister-at-law J. N. Fernando, who acts for the families, said the arrests were unlawful.")
    assert got.get("R. T. K. Silva") == "person"
    assert got.get("J. N. Fernando") == "person"
    assert not any("Barrister" in k for k in got)


def test_a_bodys_name_without_its_of_tail_is_the_same_body():
    got = _actors("Wanjiru Kamau, a member of the Joint Council of Coastal Fishing Unions, was held.",
                  "The Joint Council said in a statement that the arrest was unlawful.")
    assert "Joint Council of Coastal Fishing Unions" in got
    assert "Joint Council" not in got


def test_a_plural_possessive_inside_a_bodys_name_keeps_the_name_whole():
    got = _actors("Among them was the secretary of the Harbour Porters' Union, Mr Kudzai Moyo.")
    assert got.get("Harbour Porters' Union") == "ngo"
    assert "Union" not in got


def test_a_clerical_rank_before_a_name_cues_a_person():
    got = _actors("The tribunal, presided over by Hojatoleslam Ali-Akbar Rostami, upheld the sentence.")
    assert got.get("Ali-Akbar Rostami") == "person"


def test_a_weekday_then_a_plural_of_members_is_a_movement_not_a_date():
    got = _actors("The group, known as the Friday Mothers, met outside the court.",
                  "The Friday Mothers said they would return on Friday.")
    assert got.get("Friday Mothers") == "ngo"
    assert "Friday" not in got


def test_a_stations_name_with_glottal_stop_apostrophes_is_one_name():
    got = _actors("Soldiers entered community station Radio Ixb'alam K'iche' Naq in Cobán on Friday.")
    assert "Radio Ixb'alam K'iche' Naq" in got
    assert not any(k in got for k in ("Radio Ixb", "Naq"))


def test_an_apostrophe_closing_a_single_quote_joins_nothing():
    got = _actors("The banner read 'Justice for Rudo' Nyasha Moyo, her sister, said on Monday.")
    assert got.get("Nyasha Moyo") == "person"
    assert not any("Rudo' Nyasha" in k for k in got)


def test_a_name_whose_kin_the_text_names_after_it_is_a_person():
    got = _actors("The families waited, and Anjali Gurung's mother, Maya Devi Gurung, stood outside the morgue.")
    assert got.get("Anjali Gurung") == "person"
    assert got.get("Maya Devi Gurung") == "person"
