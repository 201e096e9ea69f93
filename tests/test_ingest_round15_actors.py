"""Round 15, actors: shapes met on unseen articles, shown on invented snippets."""
from generator.ingest import actors, extract


def _actors(*paragraphs: str) -> dict[str, str]:
    return {m.key: m.type for m in actors.build(paragraphs).mentions}


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract(text, "snippet.txt").quotes}


def test_a_place_name_with_a_particle_keeps_it_before_state_government():
    got = _actors("The Porto dos Anjos state government said in a note that the case was closed.")
    assert got.get("Porto dos Anjos state government") == "government"
    assert "Anjos state government" not in got


def test_an_acronym_then_and_then_a_spelled_out_body_abbreviates_only_the_second():
    got = _actors("Fighting between the NDA and the Northern Liberation Brigades (NLB) began in May.",
                  "The NLB said its fighters would protect aid convoys.")
    assert "Northern Liberation Brigades" in got
    assert not any(k.startswith("NDA and") for k in got)
