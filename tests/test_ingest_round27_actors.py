"""Round 27 on invented articles: actor shapes blind27 and blind28's first run needed. Every
outlet, person and body here is made up, and no sentence echoes a gold article; each test shows
one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors

HEAD = "Lakeside Ledger\nNews\n\nMarket fire inquiry opens\n\nBy Oren Talvik\n4 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_spanish_honorific_is_no_part_of_the_name():
    # "Señora", "Doña": a style of address before the name, like "Mrs"
    e = ex("The market burned on a Sunday night.\n\n"
           "Señora Marta Elena Quilcué, a stall holder, lost her whole stock. "
           "\u201cNothing was left but ash,\u201d she said.")
    found = actors(e)
    assert found.get("Marta Elena Quilcué") == "person"
    assert not any(k.startswith("Señora") for k in found)
    assert e.quotes[0].speaker == "Marta Elena Quilcué"


def test_an_east_african_elders_honorific_does_not_make_a_second_person():
    # "Mzee" (an elder) before a full name and later before the surname: one person
    e = ex("The inquest sat in the county hall.\n\n"
           "The boy's uncle, Mzee Tobias Kerubo Nyamweya, came every day.\n\n"
           "\u201cWe want the names of those who fired,\u201d Mzee Nyamweya said.")
    found = actors(e)
    assert found.get("Tobias Kerubo Nyamweya") == "person"
    assert not any(k.startswith("Mzee") for k in found)
    assert e.quotes[0].speaker == "Tobias Kerubo Nyamweya"


def test_an_ordinal_opens_a_numbered_courts_name():
    # "the 14th Heavy Penal Court": the ordinal is part of which court it is
    e = ex("The editor was arrested at dawn.\n\n"
           "On Tuesday the Ankara 14th Heavy Penal Court of Appeal refused to free him, "
           "saying the evidence could still be destroyed.")
    found = actors(e)
    assert any(k.endswith("14th Heavy Penal Court of Appeal") and v == "court" for k, v in found.items()), found
    assert "Heavy Penal Court of Appeal" not in found


def test_a_pen_name_in_quotation_marks_with_a_style_is_no_new_person():
    # a cartoonist signing as "Mzee X": the style stays in the nickname, no person "X"
    e = ex("A cartoonist has gone missing.\n\n"
           "Peter Odhiambo Wekesa, who draws under the name \"Mzee Kalamu\", was last seen on Friday, "
           "his brother said.")
    found = actors(e)
    assert found.get("Peter Odhiambo Wekesa") == "person"
    assert "Kalamu" not in found


def test_a_style_in_a_name_someone_is_known_as_makes_no_new_person():
    # "known in the village as Doña X": a nickname, not a second woman called X
    e = ex("The radio was seized.\n\n"
           "Its founder, Rosa Amalia Tzul Ical, known in the village as Doña Chabela, was on air. "
           "\u201cThey took everything,\u201d she said.")
    found = actors(e)
    assert found.get("Rosa Amalia Tzul Ical") == "person"
    assert "Chabela" not in found


def test_a_bengali_body_joined_by_a_lower_case_o_is_one_name():
    # Bengali "o" ("and") inside an organisation's name: one body, not two
    e = ex("A union leader has been missing for a week.\n\n"
           "The rights group Shakti o Nirapotta Kendra said it had logged nine such cases this year.")
    found = actors(e)
    assert found.get("Shakti o Nirapotta Kendra") == "ngo", found
    assert "Shakti" not in found and "Nirapotta Kendra" not in found


def test_trades_joined_by_and_before_a_workers_body_are_one_name():
    # "the <Town> <Trade> and <Trade> Workers' Union": one union, not its last two words
    e = ex("A union leader vanished last week.\n\n"
           "Rafiqul Haque Momin, a leader with the Sylhet Tea and Textile Workers' Union, "
           "was last seen near a bus stand.")
    found = actors(e)
    assert found.get("Sylhet Tea and Textile Workers' Union") == "ngo", found
    assert "Textile Workers' Union" not in found


def test_a_companys_legal_form_makes_its_name_a_body():
    # Indonesia's "PT" before the name, "Ltd" after it: a company, never a person, never dropped
    e = ex("Two student reporters were summoned by police.\n\n"
           "A spokesperson for the mining company, PT Borneo Logam Jaya, said its permits were valid. "
           "Its shipper, Kilima Ore Holdings Ltd, did not reply.")
    found = actors(e)
    assert found.get("PT Borneo Logam Jaya") == "ngo", found
    assert found.get("Kilima Ore Holdings Ltd") == "ngo", found
