"""Round 9 on invented pages: page cleaning and paragraph numbering. An embedded post without
an account handle (name, age, words, counters), a wire caption closed by its date and a
bracketed agency, and a caption whose credit is "<Outlet> photo <date>" must never be numbered
as body paragraphs: each one puts every later citation off by one. Every outlet, person and
event here is made up.
"""
from __future__ import annotations

from helpers import body, page

HEAD = "Valderra Courier\nNews\n\nFishermen protest port closure in Salvada\n\n"
P1 = "Salvada. Some two hundred fishermen blocked the harbour road on Monday after the port authority closed the old quay."
P2 = "The authority says the quay is unsafe and that repairs will take at least a year."
P3 = "“We cannot wait a year to feed our children,” said Teodora Brisk, who leads the fishermen's union."
P4 = "The port authority said it would meet union leaders on Thursday, a spokesman said."
BODY = [P1, P2, P3, P4]


ex = page


def page_with(inset: str) -> str:
    return HEAD + "\n\n".join(BODY[:2]) + "\n\n" + inset + "\n\n" + "\n\n".join(BODY[2:])


POST = ("Marin Osk\n3h ·\nThe quay fed my father and his father. Open it again.\n"
        "812 reactions · 95 comments · 240 shares\nLike · Comment · Share")


def test_embedded_post_without_handle_is_not_numbered():
    e = ex(page_with(POST))
    assert body(e) == BODY
    assert e.paragraphs[2].n == 3 and e.paragraphs[2].text == P3


def test_embedded_post_ages_and_counters_vary():
    for age, counters in (("Yesterday at 9:14 PM ·", "1.2K likes · 40 comments"),
                          ("2 days ago ·", "Like · Reply · Share"),
                          ("March 3 at 10:02 ·", "56 reactions"),
                          ("4d", "3 comments · 12 shares"),
                          ("5 hrs · 🌐", "Like · Share")):
        post = f"Salvada Fishers Union\n{age}\nWe will be at the harbour road at six.\n{counters}"
        assert body(ex(page_with(post))) == BODY, age


def test_name_over_age_without_counters_stays_body():
    # a short line over a time stamp with no counters below is not taken for a post
    text = HEAD + "\n\n".join(BODY)
    assert body(ex(text)) == BODY


WIRE_CAPTION = ("Fishermen block the harbour road in Salvada, Valderra, on Monday, Sept. 7, 2026. "
                "(Agencia Marea)")


def test_caption_closed_by_date_and_bracketed_agency_is_not_numbered():
    e = ex(page_with(WIRE_CAPTION))
    assert body(e) == BODY
    assert any("harbour road in Salvada" in c.text and c.credit == "Agencia Marea" for c in e.captions)


def test_sentence_ending_on_bracketed_name_without_date_stays_body():
    line = "The union's lawyer filed a complaint with the ombudsman on Tuesday. (Teodora Brisk)"
    assert line in body(ex(page_with(line)))


OUTLET_PHOTO = "Teodora Brisk speaks to fishermen at the old quay in Salvada. Courier photo Sept. 6, 2026"


def test_caption_with_outlet_photo_and_date_credit_is_not_numbered():
    e = ex(page_with(OUTLET_PHOTO))
    assert body(e) == BODY
    assert any(c.text.startswith("Teodora Brisk speaks") and c.credit.startswith("Courier photo") for c in e.captions)


def test_capitalised_masthead_named_by_copyright_notice_is_the_publisher():
    # the logo's capitals over a menu; the footer's notice spells the same name
    page = ("CORVELL\nEPAPER | LIVE TV | Radio | Events\n\nHome\nLatest\nWorld\n\nWorld\n\n"
            "Fishermen protest port closure in Salvada\n\n" + "\n\n".join(BODY)
            + "\n\nEditor's Picks\nRice prices ease in March\nFerry strike called off\n\n© 2026, Corvell")
    e = ex(page)
    assert body(e) == BODY
    assert e.publisher == "Corvell"


def test_centre_named_with_quotation_marks_by_its_notice_is_the_publisher():
    page = ('Legal Aid Centre "Sunbridge"\nRights in Valderra\n\nNews\nCases\nAbout us\n\n'
            "Fishermen protest port closure in Salvada\n\n" + "\n\n".join(BODY)
            + '\n\n© 2001–2026 Legal Aid Centre "Sunbridge". When quoting, link to sunbridge.example.')
    e = ex(page)
    assert body(e) == BODY
    assert e.publisher and "Sunbridge" in e.publisher


def test_first_line_not_named_by_the_notice_is_not_a_masthead():
    page = ("Fishermen protest port closure in Salvada\n\n" + "\n\n".join(BODY) + "\n\n© 2026 Valderra Courier")
    e = ex(page)
    assert e.publisher != "Fishermen protest port closure in Salvada"


DASH_CAPTION = ("Teodora Brisk speaks to reporters outside the port office on Tuesday. "
                "\"They closed our quay without a word,\" she said. — Photo by the writer")


def test_caption_holding_a_quote_keeps_it_out_of_the_body_and_its_credit_apart():
    e = ex(page_with(DASH_CAPTION))
    assert body(e) == BODY
    assert not any("closed our quay" in q.text for q in e.quotes)
    cap = next(c for c in e.captions if c.text.startswith("Teodora Brisk speaks to reporters"))
    assert cap.credit == "Photo by the writer" and cap.text.endswith("she said.")


def test_sentence_ending_on_a_date_and_a_release_end_mark_stays_body():
    line = "The port authority will reopen the quay on Sept. 7, 2027. (END)"
    assert line in body(ex(page_with(line)))


def wire_page(credit: str) -> str:
    lede = ("Salvada, Sept. 8 (VNA) Some two hundred fishermen blocked the harbour road on Monday after "
            "the port authority closed the old quay.")
    caption = f"Teodora Brisk speaks to fishermen at the old quay in Salvada. {credit}"
    return HEAD + "\n\n".join([lede, BODY[1], caption, BODY[2], BODY[3]])


def test_title_case_wire_dateline_and_a_dated_photo_credit_give_the_day():
    # the photo is of the day before; the dateline's "Sept. 8" is the next such day on or after it
    e = ex(wire_page("VNA photo Sept. 7, 2026"))
    assert len(e.paragraphs) == 4
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-09-08", "day")


def test_a_file_photo_credit_dates_nothing():
    # an old picture bounds nothing near the dateline: the day stays unsettled
    assert ex(wire_page("VNA file photo Sept. 7, 2019")).published is None
