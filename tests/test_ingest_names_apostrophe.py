"""Names whose surname opens with "O’" or "D’" (Irish and French forms) are one name, not cut at the mark."""
from helpers import actor_types, page, speaker_of

ARTICLE = """Tenants' group wins hearing on rent rules

Galway, March 3, 2026 - Siobhan O'Connell, who chairs the Westside Tenants Forum, said the ruling was a start.
"We asked for a hearing and we got one," O'Connell said.

Ravi D’Mello, a housing lawyer, said the council had ignored the rules. "They never consulted anyone," said D’Mello.

Later Mary O'Neill-Hart, a councillor, said: "We will look at it again."
"""


def test_o_and_d_apostrophe_surnames_are_whole_names():
    found = actor_types(page(ARTICLE))
    assert found.get("Siobhan O'Connell") == "person"
    assert found.get("Ravi D’Mello") == "person"
    assert found.get("Mary O'Neill-Hart") == "person"
    assert not {"Connell", "Mello", "Neill-Hart"} & set(found)


def test_their_quotes_go_to_the_whole_name():
    ex = page(ARTICLE)
    assert speaker_of(ex, "We asked for a hearing") == "Siobhan O'Connell"
    assert speaker_of(ex, "They never consulted") == "Ravi D’Mello"
    assert speaker_of(ex, "We will look at it") == "Mary O'Neill-Hart"
