"""More page shapes whose furniture used to be numbered, dated or named wrongly, on invented pages.

Each page is made up (outlets, people and events do not exist); each layout is a common shape
of news and NGO sites: a ticker above the headline, an agency/photographer credit in brackets
after a caption, a subscription box in the header, a "Place ● date" line, a pull quote with its
speaker's name on the next line, an NGO's own alert page whose name only its footer explains,
a tag list and a reader feedback box under the last paragraph.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

HEADLINE = "Harbour union leader charged over dock strike"
BODY = [
    "Prosecutors in Port Selwyn on Tuesday charged the dockworkers' union leader Dario Venn with "
    "organising an illegal strike, a week after the port stood still for three days.",
    "“We stopped work because two men died on the cranes this year. That is not a crime,” Venn "
    "told reporters outside the prosecutor's office.",
    "His lawyer, Ilse Marrow, said the charge carried a penalty of up to five years in prison.",
    "The port authority said in a statement that the strike had cost shippers millions and that "
    "the union had ignored a court order to return to work.",
]


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "page.txt")


def pars(e: Extraction) -> list[str]:
    return [p.text for p in e.paragraphs]


def test_a_news_ticker_above_the_article_is_not_its_title():
    for ticker in ("Breaking News | Ferry fares rise again | Council meets on Friday",
                   "BREAKING NEWS: Ferry fares to rise next month, says minister"):
        e = ex(f"Selwyn Post\nNews\nPorts\n\n{ticker}\n\nPorts\n\n{HEADLINE}\n\n" + "\n\n".join(BODY))
        assert e.title == HEADLINE, ticker
        assert pars(e) == BODY


def test_a_caption_credited_agency_slash_photographer_in_brackets_is_not_a_paragraph():
    caption = ("Dockworkers gather outside the port gates in Port Selwyn on May 6, 2025. "
               "(Harbourpix/Noor Alvin)")
    e = ex(f"{HEADLINE}\n\n{caption}\n\n" + "\n\n".join(BODY))
    assert pars(e) == BODY
    assert [(c.text, c.credit) for c in e.captions] == [
        ("Dockworkers gather outside the port gates in Port Selwyn on May 6, 2025.", "Harbourpix/Noor Alvin")]
    assert "Noor Alvin" not in {m.key for m in e.mentions}


def test_a_subscription_box_in_the_header_is_not_the_first_paragraph():
    e = ex(f"""
Selwyn Post
Log in

{HEADLINE}

Share this article

Gift Premium Articles to Anyone
Share the best of the Selwyn Post with friends. As a subscriber, you can gift 5 articles each month that anyone can read.

""" + "\n\n".join(BODY))
    assert pars(e) == BODY
    assert e.paragraphs[1].text.startswith("“We stopped work")


def test_a_place_and_bullet_before_the_date_is_the_page_date_and_the_byline_names_the_outlet():
    e = ex(f"""
Selwyn Post

{HEADLINE}

The union says the charge is meant to break the next strike before it starts.

Mira Tolland (Selwyn Post)
Port Selwyn ● Wed, May 7, 2025

Share this article

""" + "\n\n".join(BODY))
    assert e.published is not None and (e.published.value, e.published.precision) == ("2025-05-07", "day")
    assert e.byline == "Mira Tolland (Selwyn Post)"
    assert pars(e) == BODY
    assert "Mira Tolland" not in {m.key for m in e.mentions}


def test_a_pull_quote_and_the_name_under_it_are_not_paragraphs():
    for pull in ("“That is not a crime.”\n— Dario Venn", "“That is not a crime.” — Dario Venn"):
        body = BODY[:2] + [pull] + BODY[2:]
        e = ex(f"{HEADLINE}\n\n" + "\n\n".join(body))
        assert pars(e) == BODY, pull
        assert e.pull_quotes == ("That is not a crime.",)
        assert [q.paragraph for q in e.quotes] == [2], pull


def test_an_ngo_alert_on_its_own_site_is_published_by_the_ngo_its_footer_describes():
    e = ex(f"""
Harbour Labour Watch
Standing Up for Workers Everywhere

Regions
Reports
Donate

Alerts
Ports

{HEADLINE}

May 7, 2025 9:10 AM

""" + "\n\n".join(BODY) + """

Editor’s note: This alert was updated to correct the date of the strike.

Related

Dockworkers' union warns of new stoppage

About HLW
Harbour Labour Watch is an independent, nonprofit organization that defends workers' rights.

Media contact: press@hlw.example

Content on this site is licensed under a Creative Commons Attribution 4.0 International License.
""")
    assert e.title == HEADLINE
    assert e.publisher == "Harbour Labour Watch"
    assert pars(e) == BODY
    assert any(n.startswith("Editor’s note:") for n in e.notes)
    assert any("Creative Commons" in n for n in e.notes)


def test_a_tag_list_and_a_reader_feedback_box_under_the_article_are_footer():
    e = ex(f"{HEADLINE}\n\n" + "\n\n".join(BODY) + """

Topics :
Port Selwyn
dock strike
trade unions

Share your experiences, suggestions, and any issues you've encountered on the Selwyn Post. We're here to listen.

Thank you for sharing your thoughts. We appreciate your feedback.

Related Articles

Dockworkers' union warns of new stoppage

© 2025 Selwyn Post Media
""")
    assert pars(e) == BODY


def test_body_sentences_that_look_like_furniture_stay_paragraphs():
    body = BODY + [
        "Developing-country ports have seen similar stoppages this year, the union federation said.",
        "The union's newsletter, which says on its front page that “you cannot subscribe to fear”, "
        "has doubled its subscribers since the strike, its editor said.",
    ]
    e = ex(f"{HEADLINE}\n\n" + "\n\n".join(body))
    assert pars(e) == body


QUILL = [
    "The sister of a dockworker who went missing during the strike says police have refused to "
    "open a case, a week after he was last seen near the port gates.",
    "“I have been to the station every day. Nobody writes anything down,” his sister, Mara Quill, "
    "told the Selwyn Post on Monday.",
    "She said she would return to the station on Wednesday.",
]


def test_a_caption_showing_the_person_the_body_quotes_on_its_weekday_bounds_the_page_date():
    caption = "Mara Quill holds a photograph of her brother at her home in Port Selwyn on March 3, 2025. (Courtesy of the family)"
    e = ex(f"{HEADLINE}\n\n{caption}\n\n" + "\n\n".join(QUILL))
    assert e.published is not None and (e.published.value, e.published.precision) == ("2025-03", "month")
    # a file photo of her is no clue to when she spoke
    e = ex(f"{HEADLINE}\n\nMara Quill in a file photo taken in Port Selwyn on March 3, 2025.\n\n" + "\n\n".join(QUILL))
    assert e.published is None


def test_a_masthead_in_capitals_is_named_as_its_copyright_notice_spells_it():
    e = ex("SELWYN POST\nNews\nPorts\nBusiness\n\n" + f"{HEADLINE}\n\n" + "\n\n".join(BODY)
           + "\n\n© Selwyn Post. All Rights Reserved.\n")
    assert e.publisher == "Selwyn Post"
    assert "SELWYN POST" in e.publisher_basis
