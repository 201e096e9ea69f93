"""Round 19, actors: shapes of names met on pages never seen before, shown on invented snippets."""
from generator.ingest import actors


def _actors(*paragraphs: str) -> dict[str, str]:
    """Each actor's key with its type."""
    return {m.key: m.type for m in actors.build(paragraphs).mentions}


def test_a_nickname_in_single_quotes_is_no_part_of_the_name():
    for text in ("Marco 'Pipo' Estevez, 41, who sells photos to agencies, was hurt on Monday.",
                 "Marco ‘Pipo’ Estevez, 41, who sells photos to agencies, was hurt on Monday."):
        got = _actors(text)
        assert got.get("Marco Estevez") == "person", text
        assert not any("Pipo" in k for k in got), text


def test_where_a_body_sits_is_no_part_of_its_name():
    got = _actors("A report published in May by the Lagos-based Open Press Watch counted 30 cases.")
    assert got.get("Open Press Watch") == "ngo"
    assert not any("Lagos" in k for k in got)
    assert _actors("The Kremlin-backed Rodina Party won the vote.") == {"Rodina Party": "party"}


def test_a_candidates_opponent_is_a_person():
    got = _actors("Her opponent, Petru Golban of the Union for Work and Unity (UWU), is expected to speak later.",
                  "Petru Golban won 44% of the vote in the first round.")
    assert got.get("Petru Golban") == "person"
    assert _actors("Her challenger Petru Golban won 44% of the vote.").get("Petru Golban") == "person"


def test_a_barristers_abbreviated_title_opens_a_name_mid_sentence():
    got = _actors("The college said in a statement signed by its registrar, Barr. Adaeze Okonkwo-Bello, "
                  "that the campus was calm.")
    assert got.get("Adaeze Okonkwo-Bello") == "person"
    assert not any("Barr" in k for k in got)


def test_a_court_named_by_its_kind_that_later_sets_a_date_is_an_actor():
    ps = ("The painter appeared at the Criminal Court on Market Road on Monday, where the charge was read.",
          "The court set the first hearing for March.")
    assert _actors(*ps).get("Criminal Court") == "court"
    # named only as where she appeared, it is a place
    assert "Criminal Court" not in _actors(ps[0])


def test_a_police_unit_named_only_as_where_people_were_taken_is_a_place():
    got = _actors('His text message read: "They have taken us to Zone Command. Call a lawyer."')
    assert not any("Command" in k for k in got)
    # the same unit acting is an actor; one with a place's name stays one
    assert _actors("The Zone Command said the men were released.") == {"Zone Command": "government"}
    assert _actors("They were taken to the Kano Zone Command on Monday.").get("Kano Zone Command") == "government"


def test_a_single_quotes_closing_mark_joins_no_words_into_a_name():
    got = _actors("The placard read 'Basta' Marchers chanted it all day.")
    assert not any("Basta" in k for k in got)
    # a word closing on a glottal stop, with no single quote open, still joins the next
    assert _actors("Listeners of Radio Kaab' Tunel said the station was raided.") == {"Radio Kaab' Tunel": "ngo"}


def test_a_university_named_with_its_seat_after_the_head_is_a_body():
    got = _actors("The Federal University Ilorin said in a statement that the campus was calm.")
    assert got == {"Federal University Ilorin": "ngo"}


def test_a_professions_syndicate_is_a_body():
    got = _actors("Kofi Mensah, 46, a former member of the dissolved Ghanaian Teachers Syndicate, was convicted in March.")
    assert got.get("Ghanaian Teachers Syndicate") == "ngo"
    assert got.get("Kofi Mensah") == "person"


def test_a_monarchs_royal_court_is_government_no_bench():
    assert _actors("The Royal Court of Ruritania said the pardon was granted.") == {
        "Royal Court of Ruritania": "government"}
    assert _actors("The Supreme Court of Ruritania upheld the sentence.") == {"Supreme Court of Ruritania": "court"}
