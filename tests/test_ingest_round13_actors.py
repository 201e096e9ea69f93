"""Round 13, actors: shapes met on unseen articles, shown on invented snippets."""
from generator.ingest import actors


def _actors(*paragraphs: str) -> dict[str, str]:
    return {m.key: m.type for m in actors.build(paragraphs).mentions}


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
