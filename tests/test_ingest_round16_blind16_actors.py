"""Round 16, actors: bodies and outlets whose names the extractor used to cut or drop, shown on
invented snippets (new names, new outlets)."""
from generator.ingest import actors, extract
from helpers import paragraph_actor_types


_bodies = paragraph_actor_types


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


def test_a_un_office_named_in_lower_case_that_speaks_is_the_actor_not_the_un():
    got = _bodies("A spokesperson for the U.N. refugee agency said it was watching the border “with alarm.”")
    assert got.get("U.N. refugee agency") == "international"
    assert "United Nations" not in got


def test_a_un_office_the_text_names_by_its_initials_is_no_second_actor():
    got = _bodies("The UN development office, VELDO, said on Friday the schools must reopen.",
                  "The UN development office said it had written to the ministry.")
    assert not any(k.startswith("UN ") and k.endswith("office") for k in got)


def test_a_municipal_administration_of_a_place_that_speaks_is_an_actor():
    got = _bodies("In a statement on Tuesday, the municipal administration of Port-Velour said the fee was "
                  "\"a legal tax\".")
    assert got.get("municipal administration of Port-Velour") == "government"


def test_police_whose_words_are_quoted_are_an_actor_when_no_force_is_named():
    got = _bodies("The police said in a statement that nine people were held for \"blocking a road\".")
    assert got.get("police") == "government"


def test_police_cited_only_as_a_facts_source_are_no_actor():
    assert "police" not in _bodies("The reporter was shot outside his home on Sunday, police said.")


def test_police_speaking_in_an_article_that_names_its_force_are_that_force():
    got = _bodies("Officers of the Velorian National Police took him from the studio.",
                  "Police said he had been \"invited\" to answer questions.")
    assert "police" not in got
    assert "Velorian National Police" in got


def test_a_body_known_as_a_short_name_is_one_actor_and_the_short_name_speaks_for_it():
    e = extract("Supporters of the Union of Valley Growers, known as Uvag, blocked the road on Friday.\n\n"
                "In a post on Sunday, Uvag wrote: \"The road stays closed.\"", "s.txt")
    bodies = {m.key: m.forms for m in e.mentions}
    assert "Uvag" in bodies.get("Union of Valley Growers", ())
    assert "Uvag" not in bodies
    assert [q.speaker for q in e.quotes] == ["Union of Valley Growers"]


def test_a_person_known_by_a_nickname_is_no_body():
    got = _bodies("Marisol Quenta, known as Chola, said she would march again.")
    assert not any(t != "person" for k, t in got.items() if "Quenta" in k)


def test_a_lede_that_gives_only_a_role_and_a_nickname_speaks_of_the_person_named_next():
    m = {x.key: x for x in actors.build((
        "PORTO VELHO — A radio host known to listeners as Tia Rosa spent a night in a cell on Tuesday.",
        "Marta Lins, 52, who hosts a morning show, was taken from the studio on Monday."), ()).mentions}
    assert "Tia Rosa" in m["Marta Lins"].forms
    assert 1 in m["Marta Lins"].paragraphs
    assert "Tia Rosa" not in m


def test_a_lede_that_names_its_person_in_full_lends_no_nickname_to_the_next_one():
    m = {x.key: x for x in actors.build((
        "Marta Lins, a radio host known to listeners as Tia Rosa, spent a night in a cell on Tuesday.",
        "Rui Prado, 60, who owns the station, said he would pay her bail."), ()).mentions}
    assert "Tia Rosa" not in m["Rui Prado"].forms
    assert 1 not in m["Rui Prado"].paragraphs
