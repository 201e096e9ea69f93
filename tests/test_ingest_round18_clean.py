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
