"""Round 17, actors: shapes of names met on pages never seen before, shown on invented snippets."""
from generator.ingest import actors


def _actors(*paragraphs: str) -> dict[str, str]:
    """Each actor's key with its type."""
    return {m.key: m.type for m in actors.build(paragraphs).mentions}


def _forms(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    return {m.key: m.forms for m in actors.build(paragraphs).mentions}


def test_a_first_name_given_at_the_end_of_the_sentence_is_a_person():
    got = _actors("Teachers marched on the ministry. “We were never asked,” said a retired nurse who "
                  "gave only her first name, Ljubica.")
    assert got.get("Ljubica") == "person"


def test_a_guest_described_by_her_trade_is_a_person():
    got = _actors("My guest today is Leila Farouk, a pharmacist who lives in Leeds.")
    assert got.get("Leila Farouk") == "person"


def test_a_full_name_whose_surname_then_carries_an_age_is_a_person():
    got = _actors("The day officers knocked for Tomas Ventura, the sea at Playa Roja was flat.",
                  "Ventura, 34, is one of the guards. He was detained on 3 October.")
    assert got.get("Tomas Ventura") == "person"
    assert "Playa Roja" not in got


def test_a_price_in_us_dollars_names_no_country():
    got = _actors("He was freed on bail of 90,000 baht (U.S. $2,600) the same day.")
    assert "United States" not in got
    # the country itself is still one when the text speaks of it
    assert _actors("The U.S. has called for his release.").get("United States") == "country"


def test_an_acronym_glossed_by_its_full_name_is_one_actor():
    got = _forms("KOPARA, the Union of Highland Weavers of Ruritania, which has represented them for "
                 "years, said in a statement that it would appeal.")
    assert len(got) == 1
    (key, forms), = got.items()
    assert set(forms) >= {"KOPARA", "Union of Highland Weavers of Ruritania"}


def test_a_high_court_or_prison_named_after_its_place_in_lower_case_is_an_actor():
    got = _actors("The Velmora high court on Monday granted bail to the two men.",
                  "He is serving a sentence in Dravik prison, and the prison sent a message.")
    assert got.get("Velmora High Court") == "court"
    assert got.get("Dravik prison") == "government"
    # a place's prisons in general are no one body
    assert not any("prison" in k.lower() for k in _actors("Riots spread to prisons across Velmora."))
    # a prison only named as the place he is held, and never acting, is no actor
    assert not any("prison" in k.lower() for k in _actors("He is held in Dravik prison, awaiting trial."))


def test_an_embassy_named_by_its_country_adjective_and_city_is_an_actor():
    got = _actors("We asked the Qatari embassy in Oslo about the case. In a statement, the embassy "
                  "said that it had no comment.")
    assert got.get("Qatari embassy in Oslo") == "government"
    # an embassy the text only names, and which never speaks, is no actor
    assert not any("mbassy" in k for k in _actors("Crowds gathered near the Qatari embassy in Oslo."))


def test_a_group_glossed_as_a_city_based_ngo_is_an_actor():
    got = _actors("Open Voices (Otvoreni glasovi), a Zagreb-based NGO, called the charges “a disgrace.”")
    assert got.get("Open Voices") == "ngo"


def test_a_university_named_prince_of_a_place_keeps_its_whole_name():
    got = _actors("Tan Wei, a student at Prince of Kelang University, said he would appeal.")
    assert "Kelang University" not in got
    assert all(k == "Prince of Kelang University" for k in got if "University" in k)
    assert got.get("Tan Wei") == "person"


def test_a_numbered_regional_unit_of_a_body_is_no_actor_of_its_own():
    got = _actors("Col. Arun Somchai, a spokesman for the National Defence Command (NDC) Region 2 "
                  "Forward Command, said the army had filed the complaint.")
    assert got.get("National Defence Command") == "government"
    assert "Forward Command" not in got


def test_a_prison_that_acts_and_is_named_only_by_its_place_after_inmates_at_is_an_actor():
    acts = "Afterwards the prison sent my aunt a text message. It said, “The visit is cancelled.”"
    named = "The ministry said all inmates at Dravik “enjoy every right.”"
    assert _actors(acts, named).get("Dravik") == "government"
    # named so, but never acting: a place, no actor
    assert "Dravik" not in _actors(named)


def test_a_religious_teachers_title_is_no_part_of_his_name():
    got = _actors("Ustaz Karim Hasbullah, who teaches at a madrasa in Narong, said he had been questioned twice.",
                  "Maulana Idris Qadri said the mosque would stay open.")
    assert got.get("Karim Hasbullah") == "person"
    assert got.get("Idris Qadri") == "person"
    assert not any(k.split()[0] in {"Ustaz", "Maulana"} for k in got)
