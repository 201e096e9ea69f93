"""Round 47 on invented pages: what the first run on blind56 and blind57 showed. Every outlet,
person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, body, on_page, page, speaker_of as who

HEAD = "Harbour Courier\nNews | Politics\n\nVoters in the river districts\n\nBy Lena Ortiz\n19 February 2026\n\n"


def test_a_leader_described_by_a_people_s_name_is_not_another_leader():
    e = on_page(HEAD, "Electoral Board President Ernesto Villar said joint teams would reach 38 districts.\n\n"
                      "The Shipibo leader also called on the authorities to guarantee fuel for the boats, noting that "
                      "in past elections some polling stations opened late \"because the boat never came.\"")
    assert who(e, "because the boat never came") is None


def test_words_a_voice_called_out_are_not_those_of_the_chair_who_asks_for_order():
    e = on_page(HEAD, "MK Dalia Harel chaired the committee's hearing on the report.\n\n"
                      "As the hearing drew to a close, a voice from the public gallery called out, \"Who is going to "
                      "pay them back?\" Harel asked the ushers to restore order and adjourned the session.")
    assert who(e, "Who is going to pay them back") is None


def test_a_question_closed_by_the_asker_s_name_is_still_the_asker_s():
    e = on_page(HEAD, "MK Dalia Harel chaired the committee's hearing on the report.\n\n"
                      "\"Who signed these contracts?\" Harel asked.")
    assert who(e, "Who signed these contracts") == "Dalia Harel"


def test_a_lawmaker_with_a_nickname_and_an_initial_is_told_from_a_namesake_by_his_title():
    e = on_page(HEAD, "A judge dismissed the lawsuit filed by Rep. Tomas “Tommy” R. Aguon against talk-show host "
                      "Vicente M. Aguon.\n\n"
                      "Reached by phone on Wednesday, Vicente Aguon said he was \"relieved\".\n\n"
                      "Rep. Aguon did not respond to a request for comment. In a Facebook post, however, he wrote: "
                      "“The fight for truth is not over.”")
    assert "Tomas R. Aguon" in actor_types(e)
    assert who(e, "The fight for truth is not over") == "Tomas R. Aguon"


def test_a_top_bar_with_the_day_s_date_and_the_weather_is_no_headline():
    e = page("Saturday, May 23, 2026   Portville 84°F Partly Cloudy\n\nIsland Variety\nThe Islands' Newspaper\n"
             "Local | Regional | Opinion | Sports\n\nLocal News\n\nJudge tosses lawmaker's suit against radio host\n\n"
             "By Ana Cruz\nMay 21, 2026\n\n"
             "A judge on Tuesday dismissed the defamation lawsuit filed by a lawmaker against a radio host.\n\n"
             "The lawmaker's lawyer said his client was reviewing all options.\n")
    assert e.title.startswith("Judge tosses")
    assert e.published and e.published.value == "2026-05-21"
    assert body(e)[0].startswith("A judge on Tuesday")
