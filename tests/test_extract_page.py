"""Web-page furniture around a news article, each pattern on a small invented page.

Citations point at body paragraph numbers, so a header or footer line counted as a
paragraph shifts every citation. None of these pages, outlets or people exist; the layouts
are the common shapes of news sites: menus, section labels, byline and date blocks, share
bars, standfirsts, "Read more" and related lists, wire credits, author and outlet notes.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

BODY = [
    "The provincial court on Friday fined the environmental group Green Delta Watch for "
    "holding a workshop without a permit, the group’s lawyer said.",
    "“We were teaching farmers how to test their water. That is not a crime,” said "
    "Neth Sokhom, the group’s founder.",
    "A court clerk confirmed the fine but declined to comment further.",
]


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "page.txt")


def pars(e: Extraction) -> list[str]:
    return [p.text for p in e.paragraphs]


def names(e: Extraction) -> set[str]:
    return {m.key for m in e.mentions}


def page(header: str, footer: str = "", body: list[str] = BODY) -> str:
    return header.strip() + "\n\n" + "\n\n".join(body) + "\n\n" + footer.strip()


def test_menu_section_label_and_masthead_are_not_the_title_or_body():
    e = ex(page("""
Mekong Ledger
Front Page | Politics | Land | Opinion | Video | ភាសាខ្មែរ
REGION

Court Fines Water Group Over Farmers' Workshop

By Dara Keo
"""))
    assert e.title == "Court Fines Water Group Over Farmers' Workshop"
    assert pars(e) == BODY
    assert e.paragraphs[0].n == 1


def test_a_menu_laid_out_with_wide_spaces_and_a_script_switcher_line():
    e = ex(page("""
Home    Politics    Business    Opinion    Sport

ខ្មែរ

Court Fines Water Group Over Farmers' Workshop
"""))
    assert e.title == "Court Fines Water Group Over Farmers' Workshop"
    assert pars(e) == BODY


def test_standfirst_byline_date_block_and_share_bar_come_before_paragraph_one():
    e = ex(page("""
Court Fines Water Group Over Farmers' Workshop

The ruling is the third against a rights group in the province this year.

Sophea Lim
March 8, 2024 10:15 AM ICT

WhatsApp  Facebook  X  Copy link
"""))
    assert pars(e) == BODY
    # the author line next to the date is the byline, never an actor
    assert e.byline == "Sophea Lim"
    assert "Sophea Lim" not in names(e)
    assert e.published is not None and (e.published.value, e.published.precision) == ("2024-03-08", "day")
    quote = next(q for q in e.quotes if q.text.startswith("We were teaching"))
    assert quote.paragraph == 2 and quote.speaker == "Neth Sokhom"


def test_a_standfirst_without_full_stop_and_an_outlet_credit_line_are_header():
    e = ex(page("""
Court Fines Water Group Over Farmers' Workshop

Founder says the group only taught farmers to test their wells

Posted on Fri, 8 Mar 2024 - 06:40 PM
Mekong Ledger
"""))
    assert pars(e) == BODY
    assert (e.published.value, e.published.precision) == ("2024-03-08", "day")


def test_footer_lists_prompts_and_notices_are_not_paragraphs():
    e = ex(page("Court Fines Water Group Over Farmers' Workshop", """
READ MORE: Villagers Say Dam Flooded Rice Fields

Related stories
Ministry Suspends Sand Dredging Licences
‘Our Wells Are Poisoned’: Fishing Families Speak Out

Tags: Water, Courts, Civil Society

Leave a comment

Sign up for our weekly newsletter

© 2024 Mekong Ledger. All rights reserved.
"""))
    assert pars(e) == BODY
    assert any("Mekong Ledger" in n for n in e.notes)


def test_wire_separator_contributor_reporting_and_standards_lines_are_credits_not_body():
    wire = [
        "PHNOM PENH, March 8 (Reuters) - " + BODY[0],
        BODY[1],
        BODY[2],
    ]
    e = ex(page("Cambodian court fines water group over workshop", """
___

Reuters reporter Kanha Mey in Siem Reap contributed to this report.

Reporting by Bopha Ros; Editing by Tom Hale

Our Standards: The Trust Principles.
""", wire))
    assert pars(e) == wire
    # credit lines name journalists, not actors of the story
    assert not names(e) & {"Kanha Mey", "Bopha Ros", "Tom Hale"}
    assert any("Editing by" in n for n in e.notes)


def test_author_note_and_outlet_description_close_the_page():
    e = ex(page("""
Court Fines Water Group Over Farmers' Workshop

Chenda Ouk
2024-03-08
""", """
Chenda Ouk is a Mekong Ledger reporter covering land and water.

Add a comment

Mekong Ledger is an independent newsroom reporting on the Mekong region since 2012.
"""))
    assert pars(e) == BODY
    assert "Chenda Ouk" not in names(e)


def test_a_last_paragraph_about_a_journalist_stays_in_the_body():
    body = BODY + ["Kosal Rin is a freelance journalist who has covered the dispute since 2021."]
    e = ex(page("Court Fines Water Group Over Farmers' Workshop\n\nBy Chenda Ouk", """
Topics: Water, Courts
""", body))
    assert pars(e) == body


def test_a_last_paragraph_about_another_outlet_stays_in_the_body():
    body = BODY + ["Delta Voice is an independent news outlet whose licence was revoked last year."]
    e = ex(page("Mekong Ledger\nHome | Politics | Land\n\nCourt Fines Water Group Over Farmers' Workshop",
                "Topics: Water, Courts", body))
    assert pars(e) == body


def test_furniture_inside_the_body_is_dropped_and_numbering_stays_continuous():
    e = ex(page("Court Fines Water Group Over Farmers' Workshop", "", [
        BODY[0], "Advertisement", "Read more: Dam Builders Sued in Provincial Court", BODY[1],
        "Neth Sokhom, the group’s founder, in an undated photo. / Supplied", BODY[2]]))
    assert pars(e) == BODY
    assert [p.n for p in e.paragraphs] == [1, 2, 3]
    assert len(e.captions) == 1 and e.captions[0].credit == "Supplied"


def test_short_last_paragraph_and_sign_off_are_kept():
    body = BODY[:2] + ["The group will appeal. – Mekongledger.com"]
    e = ex(page("Court Fines Water Group Over Farmers' Workshop", """
Related:
Dam Builders Sued in Provincial Court
""", body))
    assert pars(e) == body


def test_headline_ending_in_a_quotation_is_the_title():
    e = ex(page("Founder Says Workshop Fine Is “Revenge”\n\nBy Dara Keo", ""))
    assert e.title == "Founder Says Workshop Fine Is “Revenge”"
    assert pars(e) == BODY


def test_update_time_alone_dates_the_article_by_its_stamp():
    # (the page's only date of its own; the story tells of nothing later)
    e = ex(page("Court Fines Water Group Over Farmers' Workshop\n\nUpdated 4:20 PM GMT+7, March 9, 2024", ""))
    assert pars(e) == BODY
    assert (e.published.value, e.published.precision) == ("2024-03-09", "day")


def test_update_time_and_a_same_day_photo_give_the_day():
    e = ex(page("""
Court Fines Water Group Over Farmers' Workshop

Updated 4:20 PM GMT+7, March 9, 2024

Farmers wait outside the provincial court, Saturday, March 9, 2024. (Photo: Mekong Ledger)
""", ""))
    assert (e.published.value, e.published.precision) == ("2024-03-09", "day")


def test_published_time_before_an_update_note_dates_the_article():
    e = ex(page("Court Fines Water Group Over Farmers' Workshop\n\n"
                "March 8, 2024 9:02 PM GMT+7 Updated 2 days ago", ""))
    assert (e.published.value, e.published.precision) == ("2024-03-08", "day")


def test_dateline_day_needs_a_year_from_the_text():
    wire = ["SIEM REAP, March 8 (Reuters) - " + BODY[0]] + BODY[1:]
    e = ex(page("Cambodian court fines water group over workshop", "", wire))
    assert e.published is None or e.published.precision != "day"
    e = ex(page("Cambodian court fines water group over workshop\n\n"
                "Farmers outside the court in Siem Reap, Cambodia, March 8, 2024. REUTERS/Ly Sok", "", wire))
    assert (e.published.value, e.published.precision) == ("2024-03-08", "day")


def test_slash_breadcrumb_name_slash_outlet_byline_and_a_date_above_the_headline():
    e = ex(page("""
Mekong Ledger
Tuesday, March 12, 2024

Home / Politics / Courts

Court Fines Water Group Over Farmers' Workshop

Dara Keo / Mekong Ledger
Publish date: Friday, 8 March 2024
""", "© 2024 Mekong Ledger"))
    assert e.title == "Court Fines Water Group Over Farmers' Workshop"
    assert e.byline == "Dara Keo / Mekong Ledger" and "Dara Keo" not in names(e)
    # the date above the headline is the day the page was shown; the byline block's date is
    # the article's
    assert (e.published.value, e.published.precision) == ("2024-03-08", "day")
    assert pars(e) == BODY


def test_a_date_above_the_headline_only_bounds_the_date():
    e = ex(page("Tuesday, March 12, 2024\n\nHome | Politics | Courts\n\n"
                "Court Fines Water Group Over Farmers' Workshop", ""))
    assert pars(e) == BODY
    assert e.published is None or e.published.precision != "day"
