"""Round 19 on invented pages: page cleaning, paragraph numbering, the page's date. An embedded
post whose poster's name and handle share one line, a post's time stamp among the paragraphs,
a page dated only by an "Updated" stamp. Every person, place, group and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

STORY = [
    "Four market traders remained in custody in Port Vessa on Saturday, two days after they were "
    "arrested at a sit-in against new stall fees.",
    "The Vessa Municipal Police said the four were held for blocking a public road.",
    "Among those who shared the campaign was the Harbourside lawyer Imre Castellan, who wrote on X:",
    "In a statement on Friday, the Traders' Union of Vessa said it was \"ready to talk to anyone\" "
    "about the fees.",
    "As of Saturday evening, the four had not been charged, their lawyer said.",
]


def _page(stamp: str, post: list[str]) -> str:
    """The invented story under the date `stamp`, the embedded `post` lines set in after its third
    paragraph."""
    pars = STORY[:3] + ["\n".join(post)] + STORY[3:]
    return ("THE VESSA LEDGER\nHome | News | Opinion\n\nTraders held over stall fee sit-in\n\n"
            + stamp + "\n\nLedger reporter, Port Vessa\n\n" + "\n\n".join(pars)
            + "\n\n© 2026 Vessa Ledger Media. All rights reserved.\n")


_POST = ["Imre Castellan @imrecastellan",
         "Holding traders for a sit-in is a disgrace. Release them now. #FreeVessa4",
         "6:40 PM · Oct 14, 2026"]


def test_a_post_with_name_and_handle_on_one_line_is_not_a_paragraph_nor_the_page_date():
    ex = page(_page("Updated: October 18, 2026 8:05 am", _POST))
    assert body(ex) == STORY
    # the post's stamp is no byline date: the page is dated by its own "Updated" line (the
    # story's weekdays do not reach the stamp's Sunday, so the month only)
    assert ex.published is not None and ex.published.value != "2026-10-14"
    assert ex.published.value.startswith("2026-10")
    assert "post" in ex.published_basis


def test_a_post_stamp_among_the_paragraphs_never_dates_the_page():
    # the post's header is a line of its own the cleaner does not know; its stamp (clock, then
    # the date) still tells a post's time, never the page's
    post = ["Imre Castellan (lawyer)", _POST[1], _POST[2]]
    ex = page(_page("Updated: October 18, 2026 8:05 am", post))
    assert ex.published is not None and ex.published.value != "2026-10-14"
    assert "byline" not in ex.published_basis


def test_a_media_slot_in_brackets_between_live_entries_is_not_a_paragraph():
    entries = [
        ("19:10", ["Polls have closed in Dravno and we are pausing these updates for the night. The "
                   "electoral board said turnout was 38%, up on the first round."]),
        ("17:45", ["Monitors from the Civic Ballot Watch say they logged 12 complaints by 5pm.",
                   "[Video: Civic Ballot Watch briefing, 1:42]"]),
        ("15:30", ["A man handing out flyers outside school No. 4 was moved on by officials. Campaigning "
                   "is banned on polling day."]),
        ("08:00", ["Good morning and welcome to our live coverage of the mayoral vote in Dravno, the "
                   "region's largest town. Polls opened at 07:00."]),
    ]
    text = "LIVE UPDATES\n\nDravno votes for a mayor\n\nSaturday 14 November 2026\n\n"
    for stamp, pars in entries:
        text += stamp + "\n\n" + "\n\n".join(pars) + "\n\n"
    ex = page(text + "Load older updates\n\nShare this page\n")
    assert body(ex) == [p for _, pars in entries for p in pars if not p.startswith("[")]


def test_the_sites_blurb_under_its_name_is_not_the_headline_nor_a_paragraph():
    text = ("Kestrel Wire English\nHome   News   Features   Interviews\n\n"
            "Kestrel Wire English is an independent, non-profit news outlet covering rights and the courts.\n\n"
            "Poet charged over verse about a harbour crane\n\nSubmitted by Kestrel Wire\n\n"
            + "\n\n".join(STORY) + "\n\nRelated news\nTwo editors fined over a headline\n")
    ex = page(text)
    assert ex.title == "Poet charged over verse about a harbour crane"
    assert body(ex) == STORY


def test_a_masthead_in_capitals_takes_the_spelling_the_page_gives_its_name():
    text = _page("October 16, 2026", _POST).replace(
        "THE VESSA LEDGER\n", "THE VESSA LEDGER\nThe harbour's independent daily since 1961\n")
    ex = page(text.replace("© 2026 Vessa Ledger Media.", "© 2026 The Vessa Ledger Media Group."))
    assert ex.publisher == "The Vessa Ledger"
    assert "THE VESSA LEDGER" in ex.publisher_basis     # (the basis quotes the masthead as shown)
