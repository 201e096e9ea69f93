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


LIVE = """Lakeshore Herald
News

LIVE
Harbour vote: council backs reopening of the old quay

The council in Port Venna has voted on the future of the old quay after months of protests by fishermen.

Fishing boats moored at the old quay in Port Venna on May 4, 2026
Image: Mirela Ostan/Lakeshore Herald

Key points
The council backs reopening the quay
Fishermen welcome the decision

21:40
Fishermen's spokesman: 'A good night for the harbour'

Jonas Tervel, who speaks for the fishermen, says the decision came late but was welcome.

"We have waited two years for this," Tervel said outside the town hall.

Boats sound their horns in the harbour after the vote
Image: Mirela Ostan/Lakeshore Herald

A crowd of about two hundred people gathered on the quay after the vote.

20:15
Council votes 9 to 4 for reopening.

The council voted nine to four to reopen the quay by September, the mayor's office said.

HarbourWatch
@harbourwatch_pv
Nine to four. The quay reopens by September.
8:20 PM · May 5, 2026

The mayor, Agnes Pell, said repairs would be paid from the harbour fund.

19:00
Council meets

The council began its session at 7 p.m. with a minute's silence for a fisherman lost at sea in April.
"""


def test_live_page_numbers_the_entries_text_only():
    # entries under clock times, each with a headline (one of them ending in a full stop); the
    # standfirst and key points above the first entry, the captions with their credit on the
    # line below, and an embedded post with its one-word poster name are never numbered
    got = body(ex(LIVE))
    assert got == [
        "Jonas Tervel, who speaks for the fishermen, says the decision came late but was welcome.",
        "\"We have waited two years for this,\" Tervel said outside the town hall.",
        "A crowd of about two hundred people gathered on the quay after the vote.",
        "The council voted nine to four to reopen the quay by September, the mayor's office said.",
        "The mayor, Agnes Pell, said repairs would be paid from the harbour fund.",
        "The council began its session at 7 p.m. with a minute's silence for a fisherman lost at sea in April.",
    ]


def test_short_first_paragraph_under_a_stamp_stays_when_entries_have_no_headlines():
    # a page whose entries have no headlines: the short sentence under a stamp is the entry
    page = HEAD + "\n\n".join(["10:05", "Polls have closed.", P1, "10:30", P2, "11:00", P3, P4])
    assert body(ex(page)) == ["Polls have closed.", P1, P2, P3, P4]


TRANSCRIPT = """Lakeshore Radio
News
Podcasts

Harbour fishermen wait for the council's answer

May 5, 2026 6:10 AM ET

Heard on Morning Report

Odile Marsh

3-Minute Listen
Transcript

Fishermen in Port Venna have waited two years for the old quay to reopen; the council decides this week.

Jonas Tervel mends a net on the old quay in Port Venna.
Odile Marsh/Lakeshore Radio
hide caption
toggle caption
Odile Marsh/Lakeshore Radio

Transcript

ANNA BERG, HOST: The council in Port Venna votes this week on the old quay. Odile Marsh reports.

ODILE MARSH, BYLINE: On the quay, the boats have not moved since March.

JONAS TERVEL: We have boats and no water to put them in.

MARSH: The council says repairs will take until September.

(SOUNDBITE OF MUSIC)

Copyright © 2026 Lakeshore Radio. All rights reserved.

Accuracy and availability of Lakeshore Radio transcripts may vary. Transcript text may be revised in the future.
"""


def test_transcript_page_numbers_the_speakers_turns_only():
    # the summary and caption above the "Transcript" label, the sound cue and the transcript
    # notice after the last turn are never numbered
    got = body(ex(TRANSCRIPT))
    assert got == [
        "ANNA BERG, HOST: The council in Port Venna votes this week on the old quay. Odile Marsh reports.",
        "ODILE MARSH, BYLINE: On the quay, the boats have not moved since March.",
        "JONAS TERVEL: We have boats and no water to put them in.",
        "MARSH: The council says repairs will take until September.",
    ]


def test_blog_footer_with_reader_comments_and_hosting_credit_is_not_numbered():
    # after the post: share and like buttons, readers' comments with reply buttons, archives,
    # categories, the blog describing itself and its hosting service's credit
    tail = """Share this:
X
Email

Like this:
Like Loading...

2 Comments

Mira Holt
The quay should never have been closed in the first place.
Reply

Odile Marsh
We will post the council's decision here when it is published.
Reply

Leave a Reply

Archives
May 2026
April 2026

Categories
Harbours
Courts

This is an independent, reader-funded blog. Posts may be shared with credit.
Blog at WordPress.com.
"""
    page = "Home\nAbout\n\nFishermen sue over closed harbour\n\nPosted by Odile Marsh in Harbours\n\n" \
        + "\n\n".join([P1, P2, P3, P4]) + "\n\n" + tail
    assert body(ex(page)) == [P1, P2, P3, P4]


def test_transcript_turns_are_their_labelled_speakers_quotes():
    # the host's and reporter's turns are the programme's words; a newsmaker's turn (and the
    # paragraph running on after it) is one quote per paragraph by the labelled speaker, whose
    # full name the label gives and the prose only in part; an unnamed voice stays open
    page = TRANSCRIPT.replace(
        "JONAS TERVEL: We have boats and no water to put them in.",
        "JONAS TERVEL DALE: (Through interpreter) We have boats and no water to put them in.\n\n"
        "We will wait as long as it takes.\n\n"
        "MARSH: The fisherman Tervel Dale, 58, has fished here for thirty years, and his father before him. Others would not give a name.\n\n"
        "UNIDENTIFIED PERSON: Nobody listens to us.")
    e = ex(page)
    said = {q.text: q.speaker for q in e.quotes}
    assert said["We have boats and no water to put them in."] == "Tervel Dale"
    assert said["We will wait as long as it takes."] == "Tervel Dale"
    assert said["Nobody listens to us."] is None
    assert not any(t.startswith(("The council in Port Venna", "On the quay")) for t in said)
