"""Boxes set inside an article's body, which used to be numbered as its paragraphs, on invented
pages.

Each page is made up (outlets, people and events do not exist); each box is a common shape of
news and NGO sites: a screen-reader list of recommended stories, an embedded social-media post,
a newsletter box between skip links, a pull quote credited by a bare name, a "Read more" heading
over a headline, a press release's "ENDS" and media contacts, a "follow us on" line, the editor's
note under an interview. Citations point at paragraph numbers, so every body paragraph after
such a box must keep the number a reader counts.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

HEADLINE = "Ferry crews detained after harbour sit-in"
BODY = [
    "Police in Port Alvaro detained eleven ferry crew members on Thursday after a sit-in on the "
    "main quay that halted crossings to the islands for most of the day.",
    "Among those held was the deckhand and union delegate Tomasz Orrel, who had led the protest "
    "over unpaid overtime since the start of the season.",
    "“We asked for the hours we worked, nothing more. Now they call us criminals,” Orrel said "
    "before he was led away.",
    "The Harbour Authority said in a statement that the crews had blocked an emergency route and "
    "ignored three warnings to leave the quay.",
    "The Seafarers' Rights Centre said it would ask the court to release the crew members on bail "
    "at a hearing on Monday.",
]
HEAD = f"Alvaro Courier\nNews\nPorts\n\n{HEADLINE}\n\nBy Lena Marsh\n12 May 2025\n\n"


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "page.txt")


def pars(e: Extraction) -> list[str]:
    return [p.text for p in e.paragraphs]


def page(box: str, after: int = 2) -> str:
    """The invented article with `box` set between body paragraphs `after` and `after + 1`."""
    return HEAD + "\n\n".join(BODY[:after] + [box] + BODY[after:])


def test_a_screen_reader_list_of_recommended_stories_is_not_numbered():
    box = ("Recommended Stories\nlist of 3 items\nlist 1 of 3\nIsland ferry fares to rise in June\n"
           "list 2 of 3\nPhotos: A summer on the Alvaro quays\nlist 3 of 3\n"
           "Dockers strike over night shifts\nend of list")
    assert pars(ex(page(box))) == BODY


def test_an_embedded_post_is_not_numbered_nor_its_date_read_as_the_article_s():
    box = ("Mira Castell MP (@MiraCastellMP)\nCrews who ask for their wages should not end the day "
           "in a cell. I have written to the harbour master.\n11 May 2025")
    e = ex(page(box, after=3))
    assert pars(e) == BODY
    assert all("Castell" not in p for p in pars(e))


def test_an_old_style_one_line_embedded_post_is_not_numbered():
    box = ("Crews who ask for their wages should not end the day in a cell. pic.twitter.com/ab12Cd\n"
           "— Mira Castell (@MiraCastellMP) May 11, 2025")
    assert pars(ex(page(box, after=3))) == BODY


def test_a_newsletter_box_between_skip_links_is_not_numbered():
    box = ("skip past newsletter promotion\nSign up to Harbour Morning\nFree daily newsletter\n"
           "Our morning email brings you the stories of the quays before your first coffee\n"
           "Privacy Notice: Newsletters may contain info about charities and online ads.\n"
           "after newsletter promotion")
    assert pars(ex(page(box, after=4))) == BODY


def test_a_pull_quote_credited_by_a_bare_name_line_is_not_numbered():
    box = "“Now they call us criminals”\nTomasz Orrel"
    e = ex(page(box, after=3))
    assert pars(e) == BODY


def test_a_read_more_heading_and_the_headline_under_it_are_not_numbered():
    box = "Read more:\nIsland ferry fares to rise in June as fuel costs climb"
    assert pars(ex(page(box, after=3))) == BODY


def test_a_follow_us_line_above_the_body_is_not_its_first_paragraph():
    text = (HEAD + "Follow The Alvaro Courier on Google News to stay updated with the latest news.\n\n"
            + "\n\n".join(BODY))
    assert pars(ex(text)) == BODY


def test_an_interview_s_editor_note_is_not_its_last_paragraph():
    text = HEAD + "\n\n".join(BODY) + "\n\nThis interview has been edited for length and clarity.\n"
    e = ex(text)
    assert pars(e) == BODY


def test_a_press_release_ends_at_ends_and_its_contacts_are_not_paragraphs():
    text = (HEAD + "\n\n".join(BODY) + "\n\nENDS\n\nFor more information and media requests, please "
            "contact:\nIn Port Alvaro\nNadia Ferro - + 99 12 345 6789\n")
    assert pars(ex(text)) == BODY


# --- an interview set as questions and answers ------------------------------------------------

INTRO = ("Oskar Lindqvane is a harbour pilot who has guided ships into Port Alvaro for 30 years. "
         "He spoke to the Courier about the new licensing rules.")
QA = [
    "Q: The authority says the new licences will make the port safer. Do you agree?",
    "A: Safer on paper, perhaps. A licence does not teach anyone the currents at the harbour mouth.",
    "Q: Some pilots have said they will stop work. Will you?",
    "A: I will not stop work, but I will not sign the new contract either.",
    "That is not a strike. It is a refusal to pretend the rules were written by sailors.",
    "Q: What would you tell a young pilot starting out?",
    "A: Learn the water before you learn the paperwork.",
]


def test_an_interview_exposes_its_questions_answers_and_interviewee():
    from generator.ingest.clean import clean
    c = clean(HEAD + "\n\n".join([INTRO] + QA) + "\n\nThis interview has been edited for length.\n")
    assert list(c.paragraphs) == [INTRO] + QA
    qa = c.interview
    assert qa is not None and qa.interviewee == "Oskar Lindqvane"
    assert [c.paragraphs[i] for i in qa.questions] == [QA[0], QA[2], QA[5]]
    # the unlabelled paragraph continues the answer before it
    answers = [c.paragraphs[i][cut:] for i, cut in zip(qa.answers, qa.labels)]
    assert answers == [QA[1][3:], QA[3][3:], QA[4], QA[6][3:]]


def test_an_ordinary_article_is_no_interview_even_with_a_lettered_line():
    from generator.ingest.clean import clean
    body = BODY + ["A: the first of three demands was back pay, the union's leaflet read."]
    assert clean(HEAD + "\n\n".join(body)).interview is None


def test_a_reproduction_notice_names_the_publisher_whose_permission_it_asks():
    text = (HEADLINE + "\n\nBy Lena Marsh\n12 May 2025\n\n" + "\n\n".join(BODY)
            + "\n\nReproduction of any content published on this website is strictly prohibited "
              "without the written permission of The Harbour Ledger.\n")
    e = ex(text)
    assert e.publisher == "The Harbour Ledger"
    assert pars(e) == BODY


def test_a_notice_asking_the_publisher_s_permission_names_no_one():
    text = (HEADLINE + "\n\nBy Lena Marsh\n12 May 2025\n\n" + "\n\n".join(BODY)
            + "\n\nNo part of this article may be reproduced without the written permission of the "
              "publisher.\n")
    assert ex(text).publisher is None
