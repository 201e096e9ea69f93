"""Round 22 on invented articles: actor shapes a first run on new articles missed or invented.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors

HEAD = "Lakeside Ledger\nNews\n\nHarbour strike broken up\n\nBy Oren Valdt\n9 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_the_first_half_of_a_law_named_with_and_is_no_body():
    e = ex("Officers on Friday broke up a strike at the north quay and held eleven dockers.\n\n"
           "Labour lawyer Ines Morrow-Tal said the Coast Guard and Harbour Services Act gave "
           "officers no power to end a lawful strike.")
    found = actors(e)
    assert "Coast Guard" not in found
    assert found.get("Ines Morrow-Tal") == "person"


def test_a_name_then_of_the_body_she_serves_then_said_is_a_person():
    # no title, no role, no comma: "Name of the Body said" alone tells a person who speaks
    e = ex("Officers on Friday broke up a strike at the north quay.\n\n"
           "Odeta Brannigan of the Quay Workers Federation said the order had come without warning.")
    found = actors(e)
    assert found.get("Odeta Brannigan") == "person"
    assert found.get("Quay Workers Federation") == "ngo"


def test_a_double_barrelled_surname_before_of_the_body_is_kept_whole():
    e = ex("Officers on Friday broke up a strike at the north quay.\n\n"
           "Halina Dorsz-Mazurek of the Open Ledger Foundation said the fines were unlawful.")
    found = actors(e)
    assert found.get("Halina Dorsz-Mazurek") == "person"
    assert found.get("Open Ledger Foundation") == "ngo"


def test_a_parliament_named_in_its_own_language_is_a_government_body():
    e = ex("Lawmakers met late into the night on Thursday.\n\n"
           "The Great Hural adjourned without a vote on the port bill, and the State Duma "
           "of the neighbouring federation passed a motion on the same day.")
    found = actors(e)
    assert found.get("Great Hural") == "government"
    assert found.get("State Duma") == "government"


def test_a_person_word_then_named_then_a_name_is_a_person():
    e = ex("Guards moved the prisoners to the river jail on Friday.\n\n"
           "The call came from a warder named U Naing Win Tun, the family said. A second call, "
           "from a harbour officer named Tomas Vell, went unanswered.")
    found = actors(e)
    assert found.get("Tomas Vell") == "person"
    assert any(k.endswith("Naing Win Tun") and v == "person" for k, v in found.items())


def test_a_dash_signature_under_a_quote_names_a_person_and_a_named_firm_stays_a_body():
    e = ex("Guards moved the prisoners to the river jail on Friday.\n\n"
           "\"Nobody on this river is safe any more.\"\n— Ko Naing Win Tun, a neighbour now living abroad\n\n"
           "The transport was run by a contractor named Delta Barge Group, which did not reply.")
    found = actors(e)
    assert any(k.endswith("Naing Win Tun") and v == "person" for k, v in found.items())
    assert found.get("Delta Barge Group") not in (None, "person")


def test_a_first_name_only_given_after_spoke_to_is_the_person_spoken_to():
    e = ex("Crowds gathered outside the assembly hall on Friday.\n\n"
           "At the gate, the Ledger spoke to Oksana, a 31-year-old nurse who gave only her first name. "
           "'We are tired of waiting,' she said.")
    assert actors(e).get("Oksana") == "person"
