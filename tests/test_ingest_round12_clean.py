"""Round 12 on invented pages: page cleaning, paragraph numbering, the page's date and its
publisher. A story's own stand-alone quotation repeated later as a credited pull quote, ...
Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

HEAD = "Fjord Courier\nNews\n\nHarbour union fined under the new associations law\n\n"


def test_bare_quote_paragraph_is_body_when_only_a_credited_pull_quote_repeats_it():
    pars = [
        "The Port Authority has fined the harbour union for refusing to register as a foreign-funded body.",
        "Union chair Ilse Varnow told the Fjord Courier the inspectors had copied every payroll file. "
        "\"They wanted names, not accounts,\" she said.",
        "\"We will not sign a register that calls us strangers in our own port.\"",
        "The same words were painted on a banner outside the union hall on Monday.",
        "\"We will not sign a register that calls us strangers in our own port.\" – Ilse Varnow",
        "The union has appealed to the district court.",
    ]
    e = page(HEAD + "\n\n".join(pars))
    assert body(e) == [pars[0], pars[1], pars[2], pars[3], pars[5]]
    assert e.pull_quotes == ("We will not sign a register that calls us strangers in our own port.",)


RADIO = """Radio Norrland
Europe
Podcasts

Transcript: Dam Protest Trial Opens In Vasselby

By Radio Norrland's Nordic Desk
March 4, 2026

Listen
00:00 / 04:10
Download

This is an edited transcript of a report broadcast on Radio Norrland's morning program and translated from Sami.

[00:00] PRESENTER (Karin Obst): Good morning. The trial of six dam protesters opened in Vasselby on Tuesday. We are joined by the water engineer Marta Kell, who testified for the defense.

[00:18] GUEST (Marta Kell): The reservoir was half empty in June. The protesters were right about the numbers, and the company knew it.

[00:41] PRESENTER: Did the court hear that evidence?

[00:47] GUEST: Only part of it. The judge ruled the rest out of order before lunch.

[01:05] CORRESPONDENT (Tove Rask): Outside the court, about two hundred people stood in the rain. The hearing resumes on Thursday.

Related
Dam Protesters Detained After Sit-In

Copyright (c) 2026. Radio Norrland. All rights reserved.
"""


def test_radio_transcript_editors_note_is_not_numbered_and_stamped_turns_are_the_labelled_voices():
    e = page(RADIO)
    texts = body(e)
    assert len(texts) == 5 and texts[0].startswith("[00:00] PRESENTER (Karin Obst): Good morning.")
    assert any("edited transcript" in n for n in e.notes)
    guest = [q for q in e.quotes if q.text.startswith(("The reservoir", "Only part"))]
    assert [(q.paragraph, q.speaker) for q in guest] == [(2, "Marta Kell"), (4, "Marta Kell")]
    assert guest[0].text == ("The reservoir was half empty in June. The protesters were right about the "
                             "numbers, and the company knew it.")
    # the programme's own voices (presenter, correspondent) are the outlet's words, not quotes
    assert not [q for q in e.quotes if q.paragraph in (1, 3, 5)]
