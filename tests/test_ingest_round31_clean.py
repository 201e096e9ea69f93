"""Round 31 on invented pages: boxes and page furniture set between and after the paragraphs,
which must not shift the numbers a reader counts. Every person, place, outlet and event here is
made up.
"""
from __future__ import annotations

from helpers import body, page, speaker_of

HEAD = "The Corvane Herald\n\nTannery workers held after stoppage\n\n"
LEDE = ("Six workers from the Ostrel tannery in Corvane were detained on Tuesday, two days after a "
        "stoppage over unpaid overtime, their union said.")
MIDDLE = ("Lida Marenko, a union steward, said the six had been taken from their homes before dawn. "
          "\"Nobody has told the families where they are,\" she said.")
LAST = "The tannery's management did not reply to questions sent on Wednesday."


def test_a_titled_timeline_box_of_bulleted_entries_is_no_paragraph():
    box = ("Timeline: Disputes at the Ostrel tannery\n"
           "• August 2011: Workers walk out over a pay freeze\n"
           "• 2015: A sit-in ends after police arrive\n"
           "• 2023: The plant is sold to a holding company\n"
           "• June: Overtime payments stop\n")
    e = page(f"{HEAD}{LEDE}\n\n{box}\n{MIDDLE}\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_bulleted_list_in_the_story_stays_when_it_is_no_dated_box():
    points = "The union listed its demands:\n• back pay for the last four months\n• a written contract for every worker\n"
    e = page(f"{HEAD}{LEDE}\n\n{points}\n{MIDDLE}\n\n{LAST}\n")
    assert "• back pay for the last four months" in body(e)


def test_an_embedded_page_post_without_its_buttons_is_no_paragraph():
    post = ("Corvane Tannery Workers Union\n"
            "Mar. 4 at 6:40 AM ·\n"
            "Six of our members are still held. Release them now! #FreeTheSix\n")
    e = page(f"{HEAD}{LEDE}\n\n{post}\n{MIDDLE}\n\n{LAST}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_pull_quote_credited_after_a_typed_hyphen_is_one_paragraph_with_its_speaker():
    pull = ("\"We asked to be paid for the hours we worked, and now we are asked where we were at night.\"\n"
            "- Piotr Valen, tanner and father of two\n")
    e = page(f"{HEAD}{LEDE}\n\n{pull}\n{MIDDLE}\n\n{LAST}\n")
    assert len(body(e)) == 4
    assert body(e)[1].startswith("\"We asked to be paid") and body(e)[1].endswith("Piotr Valen, tanner and father of two")
    assert speaker_of(e, "We asked to be paid") == "Piotr Valen"


def test_an_editor_credit_and_a_support_plea_after_the_story_are_no_paragraphs():
    tail = ("(Edited by Rhea Dantes)\n\n"
            "Subscribe to our channels on YouTube & Telegram\n\n"
            "Support Our Journalism\n"
            "Corvane deserves reporting that asks hard questions. The Herald, with its reporters and editors, "
            "is doing just that.\n\n"
            "Copyright © 2027 Corvane Herald Media. All rights reserved.\n")
    e = page(f"{HEAD}{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n{tail}")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_first_published_line_under_a_list_of_other_headlines_dates_the_page():
    text = ("Radio Corvane\n\nUPDATED 2 hours ago\n\nTannery workers held after stoppage\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n"
            "Read also\nCorvane: bakers protest against new flour levy\nOstrel: river port reopens after floods\n\n"
            "First published: 23/04/2027 - 11:05\n\n© 2027 Radio Corvane. All rights reserved.\n")
    e = page(text)
    assert body(e) == [LEDE, MIDDLE, LAST]
    assert (e.published.value, e.published.precision) == ("2027-04-23", "day")


def test_an_ambiguous_first_published_day_stays_unsettled():
    text = ("Radio Corvane\n\nTannery workers held after stoppage\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n"
            "Read also\nCorvane: bakers protest against new flour levy\n\n"
            "First published: 04/05/2027 - 11:05\n\n© 2027 Radio Corvane. All rights reserved.\n")
    e = page(text)
    assert e.published is None or e.published.precision != "day"


def test_a_masthead_of_initials_then_the_name_they_stand_for_names_the_publisher():
    text = ("OVT Ostrel Valley Today\nNews | Region | World | Sport | Opinion\n\n"
            "Tannery workers held after stoppage\n\nMara Vensk\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    e = page(text)
    assert e.publisher in ("OVT Ostrel Valley Today", "Ostrel Valley Today")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_labelled_note_about_the_author_closing_the_page_is_no_paragraph():
    note = "About the author: Ilse Morvan is a freelance reporter who covers the river towns."
    e = page(f"{HEAD}By Ilse Morvan\n\n{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n{note}\n")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_paragraph_telling_of_an_author_stays():
    par = "About the author of the leaflet, the police said only that he was a former tannery clerk."
    e = page(f"{HEAD}{LEDE}\n\n{MIDDLE}\n\n{par}\n\n{LAST}\n")
    assert par in body(e)
