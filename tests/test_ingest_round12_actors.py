"""Round 12 on invented articles: actor shapes a first run on new articles missed, doubled or
typed wrong (an Amharic honorific, a bulleted reaction naming a person with a descriptor, a
commissioner's portfolio ending in words the lexicon lacks, a unit's parent body named alone).
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors

HEAD = "Rift Courier\nNews\n\nTraders in the old market wait for a ruling\n\nBy Hanna Worku\n3 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_an_amharic_honorific_before_a_name_makes_it_a_persons_and_the_given_name_hers():
    e = ex("The trader's sister, W/ro Tigist Alemayehu, sat on a bench by the gate all morning.\n\n"
           "\"They took the scales and the ledger,\" W/ro Tigist said.")
    found = actors(e)
    assert found.get("Tigist Alemayehu") == "person"
    assert "Tigist" not in found
    mention = next(m for m in e.mentions if m.key == "Tigist Alemayehu")
    assert mention.paragraphs == (1, 2)


def test_a_bulleted_reaction_names_a_person_by_a_descriptor_before_the_colon():
    e = ex("Reactions to the ruling came within the hour:\n\n"
           "- Liya Demissie, poet and teacher: \"A market is not a crime scene.\"")
    assert actors(e).get("Liya Demissie") == "person"


def test_a_portfolio_running_past_the_known_words_names_no_person():
    e = ex("The board's Commissioner for Land and Pastoral Matters, Dr. Yonas Berhe, wrote that the "
           "eviction notices were void.")
    found = actors(e)
    assert found.get("Yonas Berhe") == "person"
    assert "Pastoral Matters" not in found
    assert not any(t == "person" and k != "Yonas Berhe" for k, t in found.items())


def test_a_unit_shortened_to_its_parent_bodys_name_is_one_actor():
    e = ex("The trader is held at the Regional Police Fraud Investigation Bureau, his family said.\n\n"
           "A spokesperson for the Regional Police declined to comment.")
    found = actors(e)
    assert "Regional Police Fraud Investigation Bureau" in found
    assert "Regional Police" not in found
