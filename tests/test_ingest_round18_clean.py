"""Round 18 on invented pages: page cleaning, paragraph numbering, the page's date and its
publisher. A "Must Read" box and the reporter's note under the story, a site's error-report
line, a series note, a quotation with its speaker on the next line of the same block, a
donation box and an embedded post inside the story, date stamps in capitals, a by-line date
over a comment counter, a bare month above the headline. Every person, place, group and
event here is made up.
"""
from __future__ import annotations

from helpers import body, page

STORY = [
    "A regional court on Thursday acquitted a community radio host of libel over a broadcast about "
    "missing flood relief funds.",
    "Teodora Balmaceda, 47, hosts a morning program on a station in Port Alcaraz. She was arrested "
    "in April at her home.",
    "\"I only asked where the money went,\" Balmaceda told reporters outside the court.",
    "The complainant, provincial councillor Ernesto Quiambao, said he would ask prosecutors to appeal.",
    "Balmaceda said she would be back on air on Monday.",
]


def _page(header: str, inside: dict[int, str] | None = None, tail: str = "") -> str:
    """The invented story under `header`, `inside[i]` set in after body paragraph i, `tail` below."""
    parts = []
    for i, par in enumerate(STORY, 1):
        parts.append(par)
        if inside and i in inside:
            parts.append(inside[i])
    return ("The Alcaraz Tribune\nNews\nRegions\nOpinion\n\nNEWS\n\n"
            "Court acquits radio host in flood funds libel case\n\n" + header + "\n\n"
            + "\n\n".join(parts) + "\n\n" + tail + "\n\n© 2026 Alcaraz Tribune Inc. All rights reserved.\n")


_BYLINE = "Rosario Dimalanta\nPublished 9:10 AM, October 16, 2026"


def test_a_must_read_box_and_the_reporters_note_close_the_story():
    tail = ("Rosario Dimalanta is a Port Alcaraz-based reporter and a Coastal Press Fellow.\n\n"
            "Related stories\nTwo broadcasters threatened in the south\nWhy libel still lands hosts in jail\n\n"
            "Must Read\nWhat did your governor spend on billboards?")
    e = page(_page(_BYLINE, tail=tail))
    assert body(e) == STORY


def test_an_error_report_line_and_a_series_note_are_not_body():
    tail = ("This story is part of our series on the press in the provinces. Read the series.\n\n"
            "If you spot a mistake in this text, highlight it and press Ctrl+Enter.")
    e = page(_page(_BYLINE, tail=tail))
    assert body(e) == STORY


def test_a_quotation_with_its_speaker_on_the_next_line_is_one_paragraph():
    quote = ("\"Every host in this province now counts her words twice.\"\n"
             "— Dr. Lorna Sabando, chair of the Alcaraz Press Club")
    e = page(_page(_BYLINE, inside={3: quote}))
    got = body(e)
    assert len(got) == len(STORY) + 1
    assert got[3].startswith("\"Every host") and got[3].endswith("Alcaraz Press Club")
    assert got[4] == STORY[3]


def test_a_pull_quote_with_its_credit_below_stays_out_before_a_subheading():
    pull = "“I only asked where the money went.”\n— Teodora Balmaceda, radio host\n\nThe appeal"
    e = page(_page(_BYLINE, inside={3: pull}))
    assert body(e) == STORY


def test_a_donation_box_and_an_embedded_post_inside_the_story_are_not_body():
    box = ("Support The Tribune\nPlease help us fund court reporting; every story stays open to all.\n"
           "Donate now")
    post = ("Her daughter, Liza Balmaceda, wrote on Facebook after the verdict:\n\n"
            "Liza Balmaceda\nShe is coming home tonight. Thank you to everyone who prayed.\n"
            "Like · Comment · Share")
    e = page(_page(_BYLINE, inside={2: box, 4: post}))
    got = body(e)
    assert len(got) == len(STORY) + 1, got
    assert got[:4] == STORY[:4] and got[-1] == STORY[-1]
    assert got[4].endswith("after the verdict:")


def test_the_outlets_acronym_describing_itself_and_an_appeal_close_the_story():
    tail = ("Support independent local journalism in the Visayas\n"
            "ATN is an independent, reader-funded, regional newsroom.\nTRUST PROJECT\n"
            "Rosario Dimalanta is a reporter at ATN covering the courts.")
    text = _page("By Rosario Dimalanta\n16 October 2026", tail=tail)
    e = page(text.replace("The Alcaraz Tribune\n", "The Alcaraz Tribune ATN\nIndependent journalism from the islands\n", 1))
    assert body(e) == STORY


def test_a_stamp_with_the_month_in_capitals_and_a_later_update_dates_the_page_by_the_stamp():
    e = page(_page("By Rosario Dimalanta\n07:05, 16 OCTOBER 2026\nLast updated: 18:30, 17 OCTOBER 2026"))
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-10-16", "day")
    assert body(e) == STORY


def test_a_byline_over_its_date_and_a_comment_counter_is_no_embedded_post():
    e = page(_page("By Rosario Dimalanta\nOctober 16, 2026\n3 Comments"))
    assert e.published is not None and e.published.value == "2026-10-16", e.published_basis
    assert body(e) == STORY


def test_a_bare_month_above_the_headline_dates_the_page_to_the_month_only():
    text = _page("By Rosario Dimalanta").replace("NEWS\n\nCourt acquits", "FEATURE | PRESS\nOCTOBER 2026\n\nCourt acquits")
    e = page(text)
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-10", "month")
    assert body(e) == STORY
    # a list of months is an archive menu, not the page's date
    e = page(text.replace("OCTOBER 2026\n", "OCTOBER 2026\nSEPTEMBER 2026\n"))
    assert e.published is None or e.published.precision != "month"


def test_a_masthead_in_capitals_has_no_acronym_to_end_the_story_on():
    # "VALLEY ..." is the outlet's lettering; the last paragraph is still news about the valley
    last = "Valley is expected to hold its first open hearing since the floods in March."
    text = _page("By Rosario Dimalanta\n16 October 2026", tail=last).replace(
        "The Alcaraz Tribune\n", "VALLEY TRIBUNE\nIndependent journalism from the islands\n", 1)
    assert body(page(text))[-1] == last
