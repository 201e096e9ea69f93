"""Round 8 on invented pages: page cleaning and paragraph numbering. A by-line block with a
reading time, a media player's buttons, a photo caption under its credit, an embedded post's
account name and the page's closing furniture must never be numbered as body paragraphs: each
one puts every later citation off by one. Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

HEAD = "Northgate Ledger\nNews\n\nMill workers strike over unpaid wages in Corvanta\n\n"
P1 = "Corvanta. Three hundred workers at the Orsk textile mill walked out on Monday over four months of unpaid wages."
P2 = "The mill's owners say a bank loan has been delayed and that wages will be paid by the end of the month."
P3 = "“We have been patient for four months,” said Tamsin Volk, who speaks for the strike committee."
P4 = "The labour inspectorate in Corvanta said it would visit the mill on Thursday, a spokesman said."
BODY = [P1, P2, P3, P4]


ex = page


STANDFIRST = "Workers at the Orsk textile mill say they will stay out until every month owed is paid."


def test_standfirst_and_byline_block_with_read_time_are_not_numbered():
    # standfirst, then a bare author name, the outlet, the place and "Read time: 3 min"
    page = HEAD + STANDFIRST + "\n\nIlse Varga\nNorthgate Ledger\nCorvanta\nRead time: 3 min\n\n" + "\n\n".join(BODY)
    e = ex(page)
    assert body(e) == BODY
    assert e.paragraphs[2].n == 3


def test_reading_time_variants_close_the_header():
    for stamp in ("Reading time: 5 minutes", "Estimated read time 6 min", "4 min read", "Read time 2 mins"):
        page = HEAD + STANDFIRST + "\n\nIlse Varga\nCorvanta\n" + stamp + "\n\n" + "\n\n".join(BODY)
        assert body(ex(page)) == BODY, stamp


def test_byline_block_of_name_and_place_lines_ends_the_header():
    # no reading time or date: the name line and the short place line under it are the byline
    page = HEAD + STANDFIRST + "\n\nIlse Varga\nCorvanta\n\n" + "\n\n".join(BODY)
    assert body(ex(page)) == BODY


def test_short_label_lines_under_a_first_paragraph_in_the_body_stay_apart():
    # a subheading between paragraphs is one line; the first paragraph is still the body's
    page = HEAD + "\n\n".join([P1, "What comes next", P2, P3, P4])
    assert body(ex(page)) == BODY


def test_audio_player_block_between_paragraphs_is_not_numbered():
    player = "Listen to the interview\nAudio Duration 3' 05\"\nDownload"
    e = ex(HEAD + "\n\n".join([P1, P2, player, P3, P4]))
    assert body(e) == BODY
    assert e.paragraphs[3].n == 4


def test_video_player_buttons_are_not_numbered():
    player = "Play\nVideo duration: 1:42\nDownload video"
    assert body(ex(HEAD + "\n\n".join([P1, P2, player, P3, P4]))) == BODY


def test_caption_under_its_credit_with_file_photo_mark_is_not_numbered():
    # the photo's credit on the line above, the caption ending "(file photo)." with a full stop
    cap = "Northgate Ledger/Ansel Rook\nLooms stand idle in the main hall of the Orsk mill in Corvanta (file photo)."
    e = ex(HEAD + "\n\n".join([P1, P2, cap, P3, P4]))
    assert body(e) == BODY
    assert any("Looms stand idle" in c.text for c in e.captions)


def test_body_sentence_ending_in_brackets_stays():
    # a sentence of the story whose last words sit in brackets is body prose, not a caption
    par = "The workers' committee published its demands on Monday (a copy of the file was seen by the Ledger)."
    assert par in body(ex(HEAD + "\n\n".join([P1, P2, par, P3, P4])))


def test_embedded_post_account_name_is_not_numbered():
    # an embedded post: the account's handle alone, the post's words, the platform's link line
    post = "tamsin.volk_\nFour months without pay. We are still here. 🧵\nView this post on Instagram"
    e = ex(HEAD + "\n\n".join([P1, P2, post, P3, P4]))
    assert body(e) == BODY
    assert e.paragraphs[3].n == 4


def test_lower_case_word_alone_without_a_post_stays_body_text():
    # a one-word line with no embedded post around it is not taken for an account name
    page = HEAD + "\n\n".join([P1, P2, P3, P4]) + "\n\nends.\n"
    assert "ends." in body(ex(page))


def test_app_prompt_closes_the_page():
    for tail in ("Get the Northgate Ledger app for your iOS or Android devices.",
                 "Install our free news app today."):
        page = HEAD + "\n\n".join(BODY) + "\n\n" + tail + "\n\n© 2026 Northgate Ledger\n"
        assert body(ex(page)) == BODY, tail


def test_feedback_poll_closes_the_page():
    for tail in ("Do you like the content of this article?\nCOMMENT (4)", "Was this article helpful?"):
        page = HEAD + "\n\n".join(BODY) + "\n\n" + tail + "\n\n© 2026 Northgate Ledger\n"
        assert body(ex(page)) == BODY, tail


def test_tags_list_above_a_disclaimer_is_not_numbered():
    tail = ("Tags:\nOrsk Mill\nTamsin Volk\nCorvanta\n\nDISCLAIMER: The views expressed by readers and "
            "contributors on this platform do not necessarily represent the views of Northgate Media Ltd.\n\n"
            "Comments\n\n© 2026 Northgate Media Ltd.")
    assert body(ex(HEAD + "\n\n".join(BODY) + "\n\n" + tail)) == BODY


def test_suggested_topics_self_description_and_market_notice_close_the_page():
    tail = ("Suggested Topics:\nLabour\nTextiles\n\nNorthgate Wire, the news division of Northgate Group, "
            "is the region's largest news agency, reaching millions of readers every day.\n\n"
            "All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges and delays.\n"
            "© 2026 Northgate Wire. All rights reserved")
    assert body(ex(HEAD + "\n\n".join(BODY) + "\n\n" + tail)) == BODY


def test_amendment_note_closes_the_page():
    note = "This article was amended on 3 June 2026. An earlier version gave the number of strikers as 400."
    e = ex(HEAD + "\n\n".join(BODY) + "\n\n" + note + "\n\n© 2026 Northgate Ledger\n")
    assert body(e) == BODY


def test_sentence_about_a_law_article_being_amended_stays():
    # "this article" of a law code, in the story's prose: no date of the page's own correction
    par = "This article was amended in 2019 to raise the fines for blocking a factory gate, the inspectorate said."
    assert par in body(ex(HEAD + "\n\n".join([P1, P2, par, P3, P4])))


def test_lede_above_a_photo_named_for_its_subject_stays_body():
    # a picture captioned with a bare name and its agency under the lede: not a by-line block
    page = HEAD + "\n\n".join([P1, "Tamsin Volk\nReuters", P2, P3, P4])
    assert body(ex(page))[0] == P1


def test_account_name_under_the_post_link_line_is_not_numbered():
    # the other order: the platform's link line first, then the account's name
    post = "View this post on Instagram\ncorvanta_strike"
    e = ex(HEAD + "\n\n".join([P1, P2, post, P3, P4]))
    assert body(e) == BODY


def test_sentence_about_delayed_prices_stays_body():
    # the market-data notice states minutes; a sentence of the story about prices does not
    par = "Prices for raw cotton were delayed again this spring as the river port stayed closed."
    assert par in body(ex(HEAD + "\n\n".join([P1, P2, par, P3, P4])))
