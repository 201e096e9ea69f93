"""Round 10 on invented pages: page cleaning, paragraph numbering and the page's date. An
embedded post's counters under its date, a photo-sharing post with a "View more on ..." link
and a likes line, a "What you need to know:" box over the story, a blog's posting line and
translation note under it, a press release's "Notes to editors:" and a syndicated story's
non-involvement note must never be numbered as body paragraphs. Every outlet, person and event
here is made up.
"""
from __future__ import annotations

from helpers import body, page

HEAD = "Talvery Herald\nNews\n\nDockworkers strike over unpaid wages in Port Orenne\n\n"
P1 = "About four hundred dockworkers stopped work in Port Orenne on Tuesday, saying they had not been paid since August."
P2 = "The port operator, Orenne Quay Services, says the wages will be paid once a customs dispute is settled."
P3 = "“We have loaded their ships for three months on credit,” said Ilse Varrow, a crane driver and union delegate."
P4 = "Talks between the union and the operator are due to resume next week, the labour office said."
BODY = [P1, P2, P3, P4]


def page_with(inset: str, head: str = HEAD) -> str:
    return head + "\n\n".join(BODY[:2]) + "\n\n" + inset + "\n\n" + "\n\n".join(BODY[2:])


def test_post_counters_under_its_date_are_not_numbered():
    post = ("Ilse Varrow\n@ilsevarrow\nThird month without pay. We are still at the gate.\n"
            "9:05 AM · Nov 3, 2026\n2.4K Reposts 7.1K Likes")
    e = page(page_with(post))
    assert body(e) == BODY
    assert e.paragraphs[2].n == 3 and e.paragraphs[2].text == P3


def test_photo_post_with_view_more_link_and_likes_is_not_numbered():
    post = "orenne.dockers\nDay two at the gate. #PayTheDockers\nView more on Instagram\n3,418 likes"
    e = page(page_with(post))
    assert body(e) == BODY
    assert e.paragraphs[2].text == P3


def test_summary_box_over_the_story_is_not_its_first_paragraph():
    head = ("Talvery Herald\nOpinion\n\nThe dockworkers deserve their pay\n\nBy Mira Castell\n\n"
            "What you need to know:\nThe port's workers have carried its losses for long enough.\n\nShare\n\n")
    e = page(head + "\n\n".join(BODY))
    assert body(e) == BODY


def test_blog_posting_line_and_translation_note_close_the_body_and_date_it():
    tail = ("Note: quotations are our observer's own translation from Orennese.\n\n"
            "This entry was posted on Friday, 6 November 2026 at 18:40 and is filed under Strikes. "
            "You can follow any responses to this entry through the RSS 2.0 feed.\n\n"
            "Leave a Reply\n\nProudly powered by WordPress\n")
    e = page("Strike Watch\n\nDockworkers strike over unpaid wages\n\n" + "\n\n".join(BODY) + "\n\n" + tail)
    assert body(e) == BODY
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-11-06", "day")
    assert any(n.startswith("Note: quotations") for n in e.notes)


def test_notes_to_editors_end_a_press_release():
    tail = ("Notes to editors:\n1. Ilse Varrow is available for interview in Orennese and English.\n"
            "2. Photos of the strike are available on request.\n\nContact\npress@example.org\n")
    e = page(HEAD + "\n\n".join(BODY) + "\n\n" + tail)
    assert body(e) == BODY


def test_syndication_note_and_wire_slug_close_the_body():
    tail = ("xy/ab/cd\n\n© Agencia Talveria\n\n"
            "The Harbour Ledger news department was not involved in the creation of the content above. "
            "This article was produced by Agencia Talveria.\n\nMore From Harbour Ledger\nMarkets steady\n")
    e = page(HEAD + "\n\n".join(BODY) + "\n\n" + tail)
    assert body(e) == BODY


def test_embedded_post_date_and_update_line_settle_the_day():
    # the only page date is an update time; the post the story shows is from that same day,
    # and a story is never older than a post it embeds
    head = "Talvery Herald\nNews\n\nDockworkers strike over unpaid wages in Port Orenne\n\nUpdated: 3 November 2026, 17:10\n\n"
    post = ("Ilse Varrow\n@ilsevarrow\nThird month without pay. We are still at the gate.\n"
            "9:05 AM · Nov 3, 2026\n2.4K Reposts 7.1K Likes")
    e = page(page_with(post, head))
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-11-03", "day")


def test_update_line_alone_dates_the_page_by_its_stamp():
    head = "Talvery Herald\nNews\n\nDockworkers strike over unpaid wages in Port Orenne\n\nUpdated: 3 November 2026, 17:10\n\n"
    e = page(head + "\n\n".join(BODY))
    assert (e.published.value, e.published.precision) == ("2026-11-03", "day")


CAPTION = ("Dockworkers sit on a row of empty pallets at the north gate of Port Orenne on Tuesday, "
           "November 3, 2026. HERALD/Tomas Reyl")


def test_caption_showing_the_same_thing_on_the_same_weekday_bounds_the_week():
    # the body's "on Tuesday" names the caption's day when both speak of the empty pallets:
    # the page came out within that week, so in November 2026
    p1 = ("About four hundred dockworkers stopped work in Port Orenne on Tuesday and stacked empty pallets "
          "across the north gate, saying they had not been paid since August.")
    e = page(HEAD + p1 + "\n\n" + CAPTION + "\n\n" + "\n\n".join(BODY[1:]))
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-11", "month")
    assert body(e) == [p1] + BODY[1:]


def test_caption_of_another_thing_only_bounds_from_below():
    e = page(HEAD + P1 + "\n\n" + CAPTION + "\n\n" + "\n\n".join(BODY[1:]))
    assert e.published is None


WIRE_PAGE = """Skip to main content
HARBOUR LEDGER
Subscribe
Sign In

{section}

Dockworkers strike over unpaid wages in Port Orenne

By AFP - Agence France Presse
Nov 3, 2026, 4:27 pm EST

Port Orenne (AFP) - About four hundred dockworkers stopped work on Tuesday, saying they had not been paid since August.

The port operator says the wages will be paid once a customs dispute is settled.

© Agence France-Presse

More From {more}
Markets steady as traders await rate decision

Copyright ©2026 Ledger Media Group, Inc. All Rights Reserved
"""


def test_site_logo_in_capitals_named_by_its_more_from_list_publishes_the_wire_story():
    # the site carrying a wire story publishes the page; its logo's capitals are spelled by
    # its own "More From <site>" list
    e = page(WIRE_PAGE.format(section="AFP", more="Harbour Ledger"))
    assert e.publisher == "Harbour Ledger"
    assert "AFP" in e.publisher_basis


def test_more_from_a_section_names_no_site():
    e = page(WIRE_PAGE.replace("HARBOUR LEDGER\n", "WORLD\n").format(section="AFP", more="World"))
    assert e.publisher == "AFP"


def test_blog_posting_line_with_its_author_above_the_story_dates_it():
    for meta in ("Posted on 6 November 2026 by strikewatch", "Posted by Mira Castell on November 6, 2026",
                 "November 6, 2026 by Mira Castell"):
        e = page("Strike Watch\n\nDockworkers strike over unpaid wages\n\n" + meta + "\n\n" + "\n\n".join(BODY))
        assert body(e) == BODY, meta
        assert e.published is not None and (e.published.value, e.published.precision) == ("2026-11-06", "day"), meta


def test_embedded_posts_by_line_inside_the_story_does_not_date_it():
    post = "Posted by Orenne Dockers Union on Monday, November 2, 2026"
    e = page("Strike Watch\n\nDockworkers strike over unpaid wages\n\n" + "\n\n".join(BODY[:2]) + "\n\n" + post
             + "\n\n" + "\n\n".join(BODY[2:]))
    assert body(e) == BODY
    assert e.published is None


def test_embedded_posts_other_counter_and_link_lines_are_not_numbered():
    for post in ("Ilse Varrow\n@ilsevarrow\nThird month without pay.\n9:05 AM · Nov 3, 2026\n"
                 "1.2K Reposts 80 Quotes 3.4K Likes 12 Bookmarks",
                 "Ilse Varrow\n@ilsevarrow\nThird month without pay.\n9:05 AM · Nov 3, 2026\n1.2K Reposts 3.4K Likes\n"
                 "Read 245 replies",
                 "Ilse Varrow\n@ilsevarrow\nThird month without pay.\n9:05 AM · Nov 3, 2026 · 48.1K Views\n"
                 "1.2K Reposts 3.4K Likes",
                 "orenne.dockers\nView profile\nDay two at the gate. #PayTheDockers\nView more on Instagram\n3,418 likes"):
        assert body(page(page_with(post))) == BODY, post


OPED_HEAD = "Talvery Herald\nOpinion\n\nThe dockworkers deserve their pay\n\nBy Mira Castell\n\n"
OPED_TAIL = "\n\nAdvertisement\n\nRELATED\nCourt hears port case\n\nCopyright Talvery Herald Ltd. All Rights Reserved.\n"


def test_op_eds_note_on_its_author_closes_the_body():
    for bio in ("The writer is a labour lawyer based in Port Orenne.",
                "Mira Castell is a labour lawyer in Port Orenne.",
                "Dr Castell teaches labour law at Orenne University.",
                "— Mira Castell is a labour lawyer and columnist."):
        assert body(page(OPED_HEAD + "\n\n".join(BODY) + "\n\n" + bio + OPED_TAIL)) == BODY, bio


def test_closing_news_of_someone_the_story_named_stays_body():
    # the by-line's surname is a person of the story ("Ilse Varrow"): her news is a paragraph
    last = "Varrow is due to address a union meeting on Friday."
    text = OPED_HEAD.replace("Mira Castell", "Tomas Varrow") + "\n\n".join(BODY) + "\n\n" + last + OPED_TAIL
    assert body(page(text)) == BODY + [last]


def test_summary_box_heading_on_its_own_block_over_the_share_bar():
    head = ("Talvery Herald\nOpinion\n\nThe dockworkers deserve their pay\n\nBy Mira Castell\n\n"
            "Key points\n\nThe port's workers have carried its losses for long enough.\n\n"
            "The operator can pay them now.\n\nShare\n\n")
    assert body(page(head + "\n\n".join(BODY))) == BODY
