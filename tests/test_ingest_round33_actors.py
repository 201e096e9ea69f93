"""Round 33, actors: invented snippets for the shapes fixed this round."""
from generator.ingest.actors import build


def _people(*pars: str) -> set[str]:
    return {m.key for m in build(tuple(pars)).mentions if m.type == "person"}


def test_a_name_written_with_its_party_then_a_verb_is_a_member():
    people = _people('Haran Moradi of the ruling New Marvistan Party (NMP) rejected the criticism. '
                     '"Law is law," he said.')
    assert "Haran Moradi" in people


def test_a_three_part_name_of_a_union_before_a_colon_is_a_member():
    people = _people('Teachers rallied in Tarvo, while Beran Kosar Aziz of the Liberty Union of Marvistan '
                     '(LUM) replied: "Nobody is above the law."')
    assert "Beran Kosar Aziz" in people


def test_a_name_then_a_party_councillor_is_a_person():
    people = _people("Kaddy Sonko, a United Progress Party (UPP) councillor on the Tarvo Area Council, "
                     "said the march was peaceful.")
    assert "Kaddy Sonko" in people


def test_a_body_of_a_party_is_no_person():
    # a wing named with its party stays a body
    people = _people("The Youth Wing of the Green Dawn Party (GDP) said the ban was unlawful.")
    assert not people


def _parties(*pars: str) -> set[str]:
    return {m.key for m in build(tuple(pars)).mentions if m.type == "party"}


def test_a_party_whose_kind_is_written_in_lower_case_is_a_party():
    assert "Fresh Path" in _parties("The opposition Fresh Path movement went further, calling the trial "
                                    "“a warning to every clerk”.")
    assert "Dawnlight" in _parties("The Dawnlight party, of which he was a member, called the verdict "
                                   "“plain revenge”.")


def test_an_adjective_before_party_names_no_party():
    assert not _parties("The Kurdish party said nothing, and the ruling party was silent.")


def test_initials_before_party_stay_the_spelled_out_party():
    parties = _parties("The Free Lakes Party (FLP) was dissolved in May.",
                       "Former officials of the opposition FLP party say they are watched.")
    assert parties == {"Free Lakes Party"}


def test_a_movement_without_a_political_cue_is_no_party():
    assert not _parties("The Fair Roofs movement, which has backed the tenants, said the ruling was late.")
