"""Round 16, actors: bodies and outlets whose names the extractor used to cut or drop, shown on
invented snippets (new names, new outlets)."""
from generator.ingest import actors


def _bodies(*paragraphs: str) -> dict[str, str]:
    """Each actor's key with its type."""
    return {m.key: m.type for m in actors.build(paragraphs).mentions}


def test_a_committee_named_for_what_it_works_against_keeps_its_whole_name():
    got = _bodies("In May the minister appeared before the UN Committee against Enforced Disappearances in Geneva.")
    assert got.get("UN Committee against Enforced Disappearances") == "international"
    assert "UN Committee" not in got


def test_against_after_a_common_word_still_ends_a_name():
    got = _bodies("Farmers in Velora marched against Borlan Mining on Sunday.")
    assert not any("against" in k for k in got)


def test_a_station_named_in_french_keeps_its_lower_case_du():
    got = _bodies("Marc Tellier, 52, who reads the news on Radio Soleil du Sud, was arrested on Monday.")
    assert "Radio Soleil du Sud" in got
    assert "Radio Soleil" not in got


def test_a_radio_station_the_person_spoke_to_is_an_actor():
    got = _bodies("In a 2021 interview with Radio Lumière Andine, he described the night of the raid.")
    assert "Radio Lumière Andine" in got


def test_a_known_outlet_she_gave_an_interview_to_is_an_actor_but_not_one_merely_cited():
    assert "Radio Free Asia" in _bodies("In an interview with Radio Free Asia, she said the fields were taken.")
    assert "Radio Free Asia" not in _bodies("Radio Free Asia reported the arrest on Friday.")


def test_a_state_presidency_for_a_field_is_a_government_body():
    got = _bodies("A spokesperson for Norvania’s Presidency of Border Affairs said the permit had lapsed.")
    assert got.get("Presidency of Border Affairs") == "government"


def test_a_vietnamese_police_newspaper_keeps_its_lower_case_an():
    got = _bodies("The provincial police newspaper Công an Thanh Hóa reported that he had \"spread lies\".")
    assert "Công an Thanh Hóa" in got
    assert "Công" not in got


def test_a_court_people_testify_to_is_an_actor_though_first_named_as_the_venue():
    paragraphs = ("The trial of two teachers opened in the High Court in Velora on Monday.",
                  "The prosecutor told the court the leaflets were sedition.")
    assert "High Court" in _bodies(*paragraphs)


def test_a_court_named_only_as_where_a_case_may_go_is_no_actor():
    paragraphs = ("The union said it may take the dispute to the High Court.",
                  "Its lawyer told reporters the ruling was unfair.")
    assert "High Court" not in _bodies(*paragraphs)
