"""Round 22b on invented articles: actor shapes blind22's second round needed. Every outlet,
person and body here is made up, and no sentence echoes a gold article; each test shows one
general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors

HEAD = "Riverside Courier\nNews\n\nMarket square protest dispersed\n\nBy Tova Lindqvist\n4 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_police_who_said_a_thing_then_whose_statement_is_quoted_are_an_actor():
    # "police said ... . "…," the statement said": the police speak through their statement
    e = ex("Officers cleared the market square on Saturday and held nine traders.\n\n"
           "In a notice issued late on Saturday, police said the traders had blocked an ambulance. "
           "\"The square was cleared after repeated warnings were ignored,\" the statement said.")
    assert actors(e).get("police") == "government"


def test_police_named_only_as_a_fact_source_are_no_actor():
    # ", police said." with a quote from someone else after: no voice of the police on the sheet
    e = ex("Officers cleared the market square on Saturday.\n\n"
           "Nine traders were held, police said. \"We were only selling fish,\" said trader "
           "Anouk Pellegrin.")
    assert "police" not in actors(e)


def test_a_blocs_capitalised_delegation_to_a_country_that_speaks_is_an_actor():
    e = ex("Lawmakers debated the charity bill on Thursday.\n\n"
           "The EU Delegation to Armenia has published a statement. In a post on social media, the "
           "delegation said the bill 'narrows the space for independent charities'.")
    found = actors(e)
    assert found.get("EU Delegation to Armenia") == "international"


def test_a_given_name_alone_before_a_kin_word_makes_the_full_name_a_persons():
    # a victim named once in full, then only by the given name of a relative's tie
    e = ex("On the morning of 2 May, Teófilo Huarcaya Ccori walked to the square with a bag of bread. "
           "He never came home.\n\n"
           "\"Nobody has told us anything,\" said Benita Ccori Yupa, Teófilo’s grandmother.")
    assert actors(e).get("Teófilo Huarcaya Ccori") == "person"
