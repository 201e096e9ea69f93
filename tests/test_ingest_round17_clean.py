"""Round 17 on invented pages: page cleaning, paragraph numbering, the page's date and its
publisher. A summary box headed "In Summary", a share bar set one button a line, a pull
quote and an embedded post inside the story, a quoted subhead, a dated correction line, a
podcast's production credits, dates written "20/Nov/2026" and "2026.11.19". Every person,
place, group and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

STORY = [
    "The family of a ferry mechanic who has been missing for four days has asked the High Court "
    "to order the police to produce him.",
    "Tomas Okello, 31, was last seen on Tuesday night outside his workshop near the Lakeside jetty.",
    "\"We only want to know where he is,\" his sister, Grace Okello, told the Beacon outside the court.",
    "Police said in a statement that Okello was \"not in our custody\" and that officers were looking for him.",
    "The case will be mentioned on Thursday before Justice Amos Wekesa.",
]


def _news_page(header_extra: str, body_pars=STORY) -> str:
    return ("The Lakeside Beacon\nNews\nCounties\nOpinion\n\nNEWS\n\n"
            "Family of missing ferry mechanic goes to court\n\n"
            "by BEACON REPORTER\n14 October 2026 - 08:30\n\n" + header_extra + "\n\n"
            + "\n\n".join(body_pars) + "\n\n© Lakeside Media Group 2026. All rights reserved.\n")


def test_an_in_summary_box_and_a_one_button_a_line_share_bar_are_not_body():
    box = ("In Summary\n• The family filed a habeas corpus application on Friday.\n"
           "• Police say Okello is \"not in our custody\".\n\nShare\nFacebook\nX\nWhatsApp")
    e = page(_news_page(box))
    assert body(e) == STORY
    assert e.published is not None and e.published.value == "2026-10-14"

