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


def test_a_country_named_with_and_keeps_its_name_inside_a_bodys():
    e = on_page(HEAD, "The rifle was sent to the Trinidad and Tobago Forensic Science Centre for testing.\n\n"
                      "The Trinidad and Tobago Police Service said the officers \"feared for their lives.\"")
    types = actor_types(e)
    assert not any(k.startswith("Tobago") for k in types)
    assert who(e, "feared for their lives") == "Trinidad and Tobago Police Service"


def test_a_place_named_after_a_titled_person_is_no_person():
    e = on_page(HEAD, "A doctor at Prince Tevita Lolo Hospital later found that two of his ribs were broken.\n\n"
                      "He was moved to Queen Salote Hospital on Monday, his lawyer said.")
    types = actor_types(e)
    assert not any(t == "person" and k.endswith("Hospital") for k, t in types.items())


def test_a_legislators_seat_and_a_long_portfolio_name_nobody():
    e = on_page(HEAD, "Hon. Ekema Rose Ndive, a Member of Parliament for Meme from the Social Democratic Front "
                      "(SDF), wrote that she had contacted the Minister of State Property, Surveys and Land Tenure "
                      "about the case.")
    types = actor_types(e)
    assert types.get("Ekema Rose Ndive") == "person"
    assert not any("Parliament for" in k for k in types)
    assert "Property" not in types and "State Property" not in types


def test_an_office_named_for_its_remit_is_one_name():
    e = on_page(HEAD, "The Office of the OSCE Representative on Freedom of the Media said it was \"deeply "
                      "concerned\" by the sentence.")
    assert who(e, "deeply concerned") == "Office of the OSCE Representative on Freedom of the Media"


def test_a_bodys_regional_branch_speaks_for_the_body():
    e = on_page(HEAD, "After the verdict, the Ural regional department of the Investigative Committee said in a "
                      "statement that the teacher had \"misled her pupils.\"\n\n"
                      "A lawyer from the Moscow office of Amnesty International said the sentence was \"cruel.\"")
    types = actor_types(e)
    assert not any(k.endswith(" of the") for k in types)
    assert who(e, "misled her pupils") == "Investigative Committee"
    assert who(e, "cruel") is None


def test_the_name_one_side_gives_a_thing_is_no_quote_but_what_someone_called_it_is():
    e = on_page(HEAD, "The teacher read out the names of soldiers killed in the war, which officials call a "
                      "\"special military operation.\"\n\n"
                      "The rights situation has been \"painted black\" for what the governor called \"political "
                      "games.\"")
    texts = [q.text for q in e.quotes]
    assert not any(t.startswith("special military operation") for t in texts)
    assert any(t.startswith("political games") for t in texts)


def test_one_of_a_group_named_by_role_is_a_person_who_speaks_on():
    e = on_page(HEAD, "Samir Khalid, one of the coordinators of the sit-in, said the protesters had stayed "
                      "peaceful. \"We were standing at the gate with banners,\" he said.")
    assert actor_types(e).get("Samir Khalid") == "person"
    assert who(e, "We were standing at the gate") == "Samir Khalid"
