"""Page furniture that used to be numbered as body paragraphs, on small invented pages.

A line of the header or footer counted as a paragraph shifts every citation below it. The
outlets, people and events here do not exist; the layouts are common shapes of news sites:
a masthead followed by the outlet's initials and a tagline, a photo caption whose credit is
labelled ("File photo: ...", "© ..."), and a footer of short lines (a wire credit, a newsletter
box, a "Latest from" list of headlines) under the last paragraph.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

BODY = [
    "A magistrate in Eastbridge on Monday convicted the poet Lina Marsh of insulting a public "
    "official, over a verse she read at a harbour festival.",
    "“I wrote about fishermen who cannot pay their debts. If that is an insult, so be it,” "
    "Marsh told reporters outside the court.",
    "Her lawyer, Tomas Greaves, said the defence would appeal the verdict next week.",
]


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "page.txt")


def pars(e: Extraction) -> list[str]:
    return [p.text for p in e.paragraphs]


def test_a_masthead_spelling_its_own_initials_and_a_tagline_are_not_the_title():
    e = ex("""
Eastbridge Open Herald EOH
Eastbridge news & features
Politics & Courts
Culture
Support EOH

Poet convicted of insulting official over harbour festival verse

Mara Quill
3 March 2025 10:15

""" + "\n\n".join(BODY))
    assert e.title == "Poet convicted of insulting official over harbour festival verse"
    assert pars(e) == BODY
    assert e.publisher == "Eastbridge Open Herald EOH"
    assert e.byline == "Mara Quill"


def test_a_headline_under_the_masthead_with_one_section_label_stays_the_title():
    e = ex("""
Eastbridge Open Herald EOH
Poet convicted of insulting official over harbour festival verse
Politics
The verdict drew criticism from rights groups

By Mara Quill
3 March 2025

""" + "\n\n".join(BODY))
    assert e.title == "Poet convicted of insulting official over harbour festival verse"
    assert pars(e) == BODY


def test_a_caption_with_a_labelled_photo_credit_is_not_a_paragraph():
    e = ex("Poet convicted of insulting official over harbour festival verse\n\n"
           "Lina Marsh outside the Eastbridge Magistrates' Court in June 2024. "
           "File photo: Ruth Pell/EOH.\n\n" + "\n\n".join(BODY))
    assert pars(e) == BODY
    assert [(c.text, c.credit) for c in e.captions] == [
        ("Lina Marsh outside the Eastbridge Magistrates' Court in June 2024.", "File photo: Ruth Pell/EOH")]
    assert "Ruth Pell" not in {m.key for m in e.mentions}


def test_a_caption_credited_with_a_copyright_sign_is_a_caption_not_a_notice():
    e = ex("Poet convicted of insulting official over harbour festival verse\n\n"
           "Lina Marsh leaves the court in Eastbridge on March 3, 2025. © Ivo Brand, AFP\n\n"
           + "\n\n".join(BODY))
    assert pars(e) == BODY
    assert [c.credit for c in e.captions] == ["© Ivo Brand, AFP"]
    assert e.captions[0].date is not None and e.captions[0].date.value == "2025-03-03"
    assert not any("Ivo Brand" in n for n in e.notes)


def test_short_footer_lines_under_the_last_paragraph_are_not_the_body():
    e = ex("Poet convicted of insulting official over harbour festival verse\n\n"
           + "\n\n".join(BODY) + """

AFP

Daily newsletter
Receive the harbour's news every morning

Support EOH | Policies & Ethics | Error/typo? | Contact Us

LATEST from EOH
Eastbridge fishermen march over 'unpayable' debts
Festival organisers say they were warned over 'insulting' poems

© 2025 Eastbridge Open Herald. All rights reserved.
""")
    assert pars(e) == BODY
    assert [q.text for q in e.quotes if "insulting" in q.text or "unpayable" in q.text] == []


def test_a_last_paragraph_ending_in_a_wire_credit_or_sign_off_stays():
    for last in ("The festival is the harbour's largest after the spring market. AFP",
                 "The festival will go ahead next year. – eastbridgeherald.com"):
        body = BODY + [last]
        e = ex("Poet convicted of insulting official over harbour festival verse\n\n"
               + "\n\n".join(body) + "\n\nRelated content\nFishermen march over debts\n\n"
               "© 2025 Eastbridge Open Herald. All rights reserved.\n")
        assert pars(e) == body


# --- publisher: the site that shows the page, not the agency that wrote the story -----------

WIRE_BODY = [
    "Eastbridge (AFP) – A magistrate on Monday convicted the poet Lina Marsh of insulting a "
    "public official, over a verse she read at a harbour festival.",
    "“I wrote about fishermen who cannot pay their debts,” Marsh told AFP outside the court.",
    "Her lawyer, Tomas Greaves, said the defence would appeal the verdict next week.",
]


def test_a_wire_story_on_a_site_is_published_by_the_site_its_copyright_names():
    e = ex("RIVERSIDE 9\nLive\nAfrica\nEurope\n\nPoet convicted over harbour festival verse\n\n"
           + "\n\n".join(WIRE_BODY) + "\n\nAFP\n\n© 2025 Copyright Riverside 9 - All rights reserved. "
           "Riverside 9 is not responsible for the content of external websites.\n")
    assert e.publisher == "Riverside 9"
    assert "AFP" in e.publisher_basis and "copyright" in e.publisher_basis
    assert pars(e) == WIRE_BODY


def test_the_same_wire_story_without_the_site_notice_keeps_the_agency():
    e = ex("Poet convicted over harbour festival verse\n\n" + "\n\n".join(WIRE_BODY) + "\n")
    assert e.publisher == "AFP"


def test_a_photographer_credit_or_a_company_notice_is_not_the_publisher():
    for notice in ("© Ivo Brand, AFP", "Copyright © 2025 Harbour Media Holdings Sdn Bhd. All Rights Reserved.",
                   "© 2025 Copyright harbour news and views"):
        e = ex("Poet convicted over harbour festival verse\n\n" + "\n\n".join(BODY) + f"\n\n{notice}\n")
        assert e.publisher is None, notice


def test_a_site_known_only_by_its_notice_publishes_its_page():
    e = ex("Poet convicted over harbour festival verse\n\n" + "\n\n".join(BODY)
           + "\n\n© 2025 EastbridgeDaily.com. All rights reserved.\n")
    assert e.publisher == "EastbridgeDaily.com"


def test_a_masthead_with_its_initials_publishes_under_the_name_its_notice_gives():
    e = ex("Eastbridge Open Herald EOH\nEastbridge news & features\nCulture\n\n"
           "Poet convicted of insulting official over harbour festival verse\n\n"
           + "\n\n".join(BODY) + "\n\n© 2025 Eastbridge Open Herald. All rights reserved.\n")
    assert e.publisher == "Eastbridge Open Herald"
    assert "Eastbridge Open Herald EOH" in e.publisher_basis


# --- numeric page dates ---------------------------------------------------------------------

def test_a_numeric_date_line_whose_order_is_plain_dates_the_page():
    e = ex("Poet convicted over harbour festival verse\n\nIssued on: 18/07/2025 - 14:21Modified: "
           "19/07/2025 - 16:05\n\n2 min Reading time\n\n" + "\n\n".join(BODY))
    assert e.published is not None and (e.published.value, e.published.precision) == ("2025-07-18", "day")
    assert pars(e) == BODY


def test_a_numeric_date_that_could_be_day_or_month_first_is_not_guessed():
    e = ex("Poet convicted over harbour festival verse\n\nBy Mara Quill\n05/06/2025\n\n" + "\n\n".join(BODY))
    # (either reading is in 2025: the year is known, no day or month is guessed)
    assert e.published is not None and (e.published.value, e.published.precision) == ("2025", "year")
    assert pars(e) == BODY
