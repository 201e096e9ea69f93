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
