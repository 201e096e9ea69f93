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


APPEAL = """Skip to main content
Lantern Rights Watch
Donate
What we do

URGENT ACTION

NORLAND: FERRY UNION LEADER HELD WITHOUT CHARGE

UA: 41/26 Index: EUR 88/1234/2026 Norland Date: 3 March 2026

Share this
Facebook
Email

Ilse Varnow, the chair of the harbour union in Vasselby, has been held without charge since 24 February, when police took her from the union hall.

Her brother, Jon Varnow, said the family had not been told where she is. ‘We only want to know that she is alive,’ he said.

ADDITIONAL INFORMATION

Norland's associations law, passed in 2025, lets the police hold union officials for thirty days without charge.

TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER

Minister of the Interior
Vasselby, Norland

Dear Minister,

I am writing to express my deep concern at the detention of Ilse Varnow since 24 February 2026. I urge you to release her at once.

Yours sincerely,

PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 14 April 2026

© Lantern Rights Watch 2026
"""


def test_appeal_box_and_its_model_letter_are_not_numbered_and_the_reference_line_dates_the_page():
    e = page(APPEAL)
    texts = body(e)
    assert len(texts) == 3
    assert texts[0].startswith("Ilse Varnow, the chair") and texts[-1].startswith("Norland's associations law")
    assert not any("I am writing" in t or "Dear Minister" in t for t in texts)
    # the reference numbers (41/26, 88/1234/2026) and the appeal's deadline date nothing
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-03-03", "day")


NAMED = """Skip to content
Harbour Ledger
Norland's independent daily
Home
News

News

Court gives police 14 more days to hold ferry mechanic

Harbour Ledger, March 6, 2026

Share
Facebook

Vasselby – A district court on Thursday gave police 14 more days to hold the ferry mechanic Ivo Brenk over a strike video.

His lawyer said he would appeal. The court adjourned the case to 20 March.

© 2026 Harbour Ledger. All Rights Reserved.
"""


def test_outlet_name_then_date_under_the_headline_is_the_page_date():
    e = page(NAMED)
    assert len(body(e)) == 2
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-03-06", "day")


def test_site_name_over_its_slashed_initials_is_the_masthead_and_publisher():
    text = RADIO.replace("Radio Norrland\nEurope\n", "Radio North/Radio Fjord\nRN/RF\nEurope\n", 1) \
        .replace("Copyright (c) 2026. Radio Norrland.", "Copyright (c) 2026.") \
        .replace("By Radio Norrland's Nordic Desk", "By the Nordic Desk")
    e = page(text)
    assert e.publisher == "Radio North/Radio Fjord"
    assert e.title == "Transcript: Dam Protest Trial Opens In Vasselby"


CAPTIONED = """Harbour Ledger
News

Appeals court frees ferry mechanic held without trial

By Ledger News Service

VASSELBY — The Northern Appeals Court on Monday quashed the detention of a ferry mechanic held without trial since June.

The court held that the order gave no reason for the detention. His lawyer said he would be released within days.

Ivo Brenk's sister, Anna Brenk, waits outside the Northern Appeals Court in Vasselby on Monday, March 2, 2026. (Ledger Photo)

The mechanic had been held at a prison four hundred kilometres from his home.

© 2026 Harbour Ledger
"""


def test_caption_dating_the_place_the_lede_names_on_that_weekday_dates_the_page_to_its_week():
    e = page(CAPTIONED)
    assert len(body(e)) == 3
    # the lede's "on Monday" at the court the photo shows is the photo's Monday: published that
    # week (March 2-9), so in March 2026; the day itself is not stated
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-03", "month")


def test_reference_line_with_a_revised_date_does_not_date_the_page():
    # "Revised Date:" is a later date; with nothing else the page stays undated
    e = page(APPEAL.replace("Norland Date: 3 March 2026", "Norland Revised Date: 9 March 2026"))
    assert e.published is None or e.published.value != "2026-03-09"
