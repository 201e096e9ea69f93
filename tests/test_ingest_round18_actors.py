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


def test_a_unit_after_a_bodys_possessive_is_no_person():
    got = _actors("“We will not be silent.” — Dr. Hamid Al-Rawahi, member of NRW’s Advisory Board")
    assert got.get("Hamid Al-Rawahi") == "person"
    assert "Advisory Board" not in got
    # a person after the body's possessive still is one
    assert _actors("NRW’s Hamid Al-Rawahi said the verdict was unjust.").get("Hamid Al-Rawahi") == "person"


def test_an_arabic_name_without_its_fathers_name_is_the_same_person():
    ps = ("The Northern Rights Watch (NRW) condemns the verdict against writer Khalid bin Saif Al-Harthi, "
          "who was sentenced on Monday.",
          "“I wrote what everyone says at home,” Khalid Al-Harthi said before the hearing.",
          "NRW calls for the release of Khalid Al-Harthi.")
    got = {m.key: m.forms for m in actors.build(ps).mentions if m.type == "person"}
    assert list(got) == ["Khalid bin Saif Al-Harthi"]
    assert "Khalid Al-Harthi" in got["Khalid bin Saif Al-Harthi"]


def test_a_numbered_branch_of_a_trial_court_is_one_court():
    got = _actors("In a 10-page decision, Judge Ana Lim-Reyes of the Iloilo Regional Trial Court Branch 12 "
                  "said the prosecution had failed to prove malice.")
    assert got.get("Ana Lim-Reyes") == "person"
    assert got.get("Iloilo Regional Trial Court Branch 12") == "court"
    assert _actors("The Iloilo Regional Trial Court Branch 12 dismissed the case.") == {
        "Iloilo Regional Trial Court Branch 12": "court"}


def test_a_government_spokesperson_speaks_for_the_one_country_named():
    one = ("A former union leader in Singapore was jailed on Thursday for his posts.",
           "In a statement on Friday, a government spokesperson said the case was about the law.")
    got = {m.key: m.type for m in actors.build(one).mentions}
    assert got.get("Singaporean government") == "government"
    # with two countries named, whose government speaks is not settled
    two = ("A former union leader in Singapore was jailed on Thursday; Malaysia protested.",
           "In a statement on Friday, a government spokesperson said the case was about the law.")
    assert not any("government" in m.key for m in actors.build(two).mentions)


def test_a_surname_that_speaks_on_its_own_names_the_one_whose_only_surname_it_is():
    ps = ("The last time Rosa Elena Quispe saw her son, he was in the back of a police truck.",
          "Julio César Mamani Quispe, a 28-year-old welder, died in prison in May.",
          "“They gave me a bag with his clothes,” says Quispe, whom her neighbours call doña Rosa.")
    got = {m.key: m.forms for m in actors.build(ps).mentions if m.type == "person"}
    assert "Quispe" in got.get("Rosa Elena Quispe", ())
    assert "Quispe" not in got["Julio César Mamani Quispe"]
