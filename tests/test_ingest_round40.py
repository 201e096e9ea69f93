"""Round 40 on invented pages: a body's English name before the short name it goes by in its own
language, an office holder's desk that speaks, and a second "that" clause of a report whose first
clause drops its "that". Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, on_page, speaker_of as who

HEAD = "Valley Courier\nNews\n\nFamilies evicted from farm camp\n\nBy Ana Reyes\n2 March 2026\n\n"


def test_a_short_name_in_the_bodys_own_language_keeps_the_english_names_adjectives():
    e = on_page(HEAD, "The families asked the court to wait until the National Institute for Land Settlement "
                      "and Reform (Insere) had ruled on the title.\n\n"
                      "In a note, Insere said the survey is \"in its last stage\".")
    types = actor_types(e)
    assert "National Institute for Land Settlement and Reform" in types
    assert "Institute for Land Settlement and Reform" not in types
    assert who(e, "in its last stage") == "National Institute for Land Settlement and Reform"


def test_an_office_holders_media_office_is_one_body():
    e = on_page(HEAD, "The Prime Minister's Media Office said a committee would report \"within ten days.\"\n\n"
                      "The Governor's Press Office called the camp \"unlawful.\"")
    types = actor_types(e)
    assert types.get("Prime Minister's Media Office") == "government"
    assert "Media Office" not in types and "Press Office" not in types
    assert who(e, "within ten days") == "Prime Minister's Media Office"
    assert who(e, "unlawful") == "Governor's Press Office"


def test_a_second_that_clause_is_the_reporters_when_the_first_drops_its_that():
    e = on_page(HEAD, "The Justice Ministry said the President had ordered an inquiry into the evictions, "
                      "and that the inquiry would submit its findings \"within seventy-two hours.\"")
    assert who(e, "within seventy-two hours") == "Justice Ministry"


def test_a_verb_inside_the_first_clause_still_reports_its_own_words():
    e = on_page(HEAD, "The judge, Mara Solis, ordered the families \"to leave the land at once,\" and the "
                      "police cleared the camp.")
    assert who(e, "to leave the land at once") == "Mara Solis"
