"""Round 7 on invented pages: page cleaning and paragraph numbering. Captions, author boxes,
live-page entry headings and subheadings must never be numbered as body paragraphs, or every
later citation points one off. Every outlet, person and event here is made up.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

HEAD = "Lakeshore Herald\nNews\n\nFishermen sue over closed harbour in Port Venna\n\nBy Odile Marsh\nTuesday, May 5, 2026\n\n"
P1 = "Port Venna. Forty fishermen have sued the harbour authority over the closure of the old quay in March."
P2 = "The authority says the quay is unsafe and that repairs will take until the end of the year."
P3 = "“We have boats and no water to put them in,” said Jonas Tervel, who speaks for the fishermen."
P4 = "The case will be heard by the district court in Port Venna in June, a clerk said."


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "page.txt")


def body(e: Extraction) -> list[str]:
    return [p.text for p in e.paragraphs]


def test_caption_with_piped_photo_credit_is_not_a_paragraph():
    # "… last week. PHOTO | JANE ROE": a caption whose credit follows a capitalised label and a bar
    cap = "Jonas Tervel on the old quay in Port Venna last month. PHOTO | MIRELA OSTAN"
    e = ex(HEAD + "\n\n".join([P1, P2, cap, P3, P4]))
    assert body(e) == [P1, P2, P3, P4]
    assert e.paragraphs[2].n == 3


def test_author_box_with_beat_and_outlet_closes_the_page():
    # the byline's name in capitals, then "<Surname> covers <beat> for <Outlet>."
    page = (HEAD.replace("By Odile Marsh", "By ODILE MARSH") + "\n\n".join([P1, P2, P3, P4])
            + "\n\n___\n\nODILE MARSH\nMarsh covers the northern coast for the Lakeshore Herald.\n")
    assert body(ex(page)) == [P1, P2, P3, P4]


def test_subheading_between_paragraphs_is_not_numbered():
    # a press release's "Background" heading sits between two paragraphs of prose
    e = ex(HEAD + "\n\n".join([P1, P2, "Background", P3, P4]))
    assert body(e) == [P1, P2, P3, P4]
    assert e.paragraphs[3].n == 4


def test_short_quoted_line_between_paragraphs_stays():
    # a short line in quotation marks is speech, never a heading
    short = "“Never again.”"
    assert short in body(ex(HEAD + "\n\n".join([P1, P2, short, P3, P4])))
