"""Round 29 on invented articles: actor shapes blind29 and blind30's first run needed. Every
outlet, person and body here is made up, and no sentence echoes a gold article; each test shows
one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors

HEAD = "Riverside Courier\nNews\n\nDepot inquiry opens\n\nBy Lenna Varro\n4 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_patronymic_particle_inside_a_name_keeps_it_whole():
    # Central Asian names: given name, "uulu"/"kyzy" (son/daughter of), then the father's name
    e = ex("The prisoner, Aibek uulu Temir, 34, a blogger from Talas, stopped eating last week. "
           "\u201cI will not eat until a doctor sees me,\u201d he said.")
    found = actors(e)
    assert found.get("Aibek uulu Temir") == "person"
    assert "Temir" not in found and "Aibek uulu" not in found
    assert e.quotes[0].speaker == "Aibek uulu Temir"


def test_a_patronymic_at_the_end_still_closes_the_name():
    e = ex("The blogger Nurbek Asan uulu, 41, was charged on Monday. \u201cI wrote the truth,\u201d he said.")
    assert actors(e).get("Nurbek Asan uulu") == "person"
    assert e.quotes[0].speaker == "Nurbek Asan uulu"


def test_mrs_and_the_surname_after_his_relative_is_named_is_a_woman_of_her_own():
    e = ex("Tunde Adeyemi, a reporter, was held for four days. \u201cThey took my phone,\u201d Adeyemi said.\n\n"
           "Adeyemi's mother waited outside each morning. \u201cNobody would speak to me,\u201d "
           "said Mrs Adeyemi, who runs a shop nearby.")
    found = actors(e)
    assert found.get("Tunde Adeyemi") == "person"
    assert found.get("Mrs Adeyemi") == "person"
    assert [q.speaker for q in e.quotes] == ["Tunde Adeyemi", "Mrs Adeyemi"]


def test_mrs_and_the_surname_of_the_woman_herself_stays_her():
    e = ex("Funmi Adeyemi, a trader, lost her stall in the fire.\n\n"
           "\u201cI have nothing left,\u201d said Mrs Adeyemi.")
    found = actors(e)
    assert "Mrs Adeyemi" not in found
    assert e.quotes[0].speaker == "Funmi Adeyemi"
