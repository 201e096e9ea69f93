"""Round 18, actors: shapes of names met on pages never seen before, shown on invented snippets."""
from generator.ingest import actors


def _actors(*paragraphs: str) -> dict[str, str]:
    """Each actor's key with its type."""
    return {m.key: m.type for m in actors.build(paragraphs).mentions}


def test_an_honorific_after_a_portfolio_closes_the_title():
    got = _actors("In Parliament on Monday, Minister of Rural Water Hon. Chikondi Mbewe said the plan "
                  "would go ahead. “We will wait one more month,” Mbewe said.")
    assert got.get("Chikondi Mbewe") == "person"
    assert not any("Hon" in k or "Water" in k for k in got)


def test_an_abbreviated_given_name_is_part_of_the_name():
    got = _actors("The case against journalist Ma. Teresa Villaruel was dropped, Villaruel said.")
    assert got.get("Ma. Teresa Villaruel") == "person"
    assert "Teresa Villaruel" not in got and "Ma" not in got


def test_an_abbreviated_given_name_before_a_nickname_is_part_of_the_name():
    got = _actors("A court dismissed the complaint against radio host Ma. Teresa “Tess” Villaruel on Monday.")
    assert got.get("Ma. Teresa Villaruel") == "person"
    assert "Teresa Villaruel" not in got


def test_a_surname_ending_a_sentence_opens_no_abbreviated_name():
    got = _actors("The firm was founded by the trader Wei Ma. Teresa “Tess” Villaruel joined it later.")
    assert got.get("Teresa Villaruel") == "person"
    assert not any(k.startswith("Ma") for k in got)


def test_a_place_and_a_title_before_a_nicknamed_name_are_no_part_of_it():
    got = _actors("The complainant, Iloilo Provincial Board Member Ernesto “Jun” Gallardo Jr., had accused "
                  "her of theft. Gallardo said he would appeal.")
    assert got.get("Ernesto Gallardo Jr") == "person"
    assert not any("Board" in k or "Iloilo" in k for k in got)


def test_an_honorific_name_then_the_body_he_serves_is_a_person():
    got = _actors("Rev. Tobias Mwale of the Zomba Presbytery of the Church of the Lakes, who visited the "
                  "station on Monday, said the church had asked to mediate.")
    assert got.get("Tobias Mwale") == "person"
