"""Round 6 on invented pages: page furniture set between or after body paragraphs must never
be numbered as a paragraph (every later citation would point one off), and the headline,
publisher and date come from the page's own header. Every outlet, person and event here is
made up; each test shows one general behaviour.
"""
from __future__ import annotations

import pytest

from generator.extraction import Extraction
from generator.ingest import extract

HEAD = "Valley Courier\nNews\n\nDam inquiry opens in Orsk Vale\n\nBy Tomas Edling\n4 May 2025\n\n"
P1 = "The inquiry into the Orsk Vale dam opened on Monday in the town hall, with forty farmers in the gallery."
P2 = "The operator, Northvale Hydro, has denied that the spillway gates were left closed in March."
P3 = "“We want to know who signed the papers,” said Ilse Varga, a farmer whose fields were flooded."
P4 = "The hearings will continue until June, when the panel is due to report to the regional council."


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "page.txt")


def body(e: Extraction) -> list[str]:
    return [p.text for p in e.paragraphs]


# One of each shape a page sets between paragraphs: ad slots, labelled links to other stories
# or videos, a picture's credit or label alone, an embedded post's chrome, a live blog's time
# stamp, reading-time and listen buttons, the site's prompts, a box heading, a dated caption.
INSETS = [
    "- Advertisement -",
    "Story continues below advertisement",
    "Scroll to continue with content",
    "ALSO READ | Orsk Vale farmers sue the dam operator",
    "WATCH: Farmers march on the Orsk Vale town hall",
    "Listen | The Valley Courier podcast on the dam inquiry",
    "Image source, Getty Images",
    "Image caption, Farmers said the water came at night",
    "Embed from Getty Images",
    "Credit: Ana Berg",
    "Ana Berg/Valley Courier",
    "View this post on Instagram",
    "pic.twitter.com/x7Yq2Lm",
    "Loading...",
    "10:45 GMT",
    "2 hours ago",
    "Listen to this story 4 min",
    "Reading time: 3 minutes",
    "Click here to read more",
    "Get the Valley Brief in your inbox every morning.",
    "This article is more than 2 years old",
    "Trending Now",
    "Farmers wait outside the Orsk Vale town hall, 3 May 2025.",
    "ADVERTISEMENT - CONTINUE READING BELOW",
    "READ | Orsk Vale council approves its budget",
    "WATCH VIDEO: The flooded fields from the air",
    "Enlarge this image",
    "hide caption",
    "3 of 12",
    "Video",
    "Posted by Orsk Vale Farmers' Union on Monday, May 4, 2025",
]


@pytest.mark.parametrize("inset", INSETS)
def test_furniture_between_paragraphs_is_not_numbered(inset):
    e = ex(HEAD + "\n\n".join([P1, P2, inset, P3, P4]))
    assert body(e) == [P1, P2, P3, P4]
    q = [q for q in e.quotes if q.text.startswith("We want")]
    assert q and q[0].paragraph == 3 and q[0].speaker == "Ilse Varga"


def test_a_paragraph_with_a_photo_credit_under_it_stays_a_paragraph():
    # a page without blank lines: the credit of a picture set below a paragraph that reports
    # speech is no caption's credit, and the paragraph keeps its number
    e = ex("Valley Courier\nDam inquiry opens in Orsk Vale\nBy Tomas Edling\n4 May 2025\n"
           + "\n".join([P1, P2, P3, "Photo: Ana Berg", P4]))
    assert body(e) == [P1, P2, P3, P4]


@pytest.mark.parametrize("tail", [
    # a comment box: its count, its rules, its form
    "Comments - 3\n\nComments will be edited for grammar and authorized at the discretion of the "
    "Valley Courier.\n\nReply To:\n\nName -\nE-Mail -",
    # the tag block under a story, then the outlet's appeal
    "Region / Country\nEurope, Orsk Vale\n\nTopic\nDams, Farming\n\nGet updates on dams and rivers from around "
    "the valley. Join our movement today.",
    # the outlet's appeals in its own voice
    "The Valley Courier relies on its readers. Support independent journalism.",
    "The Valley Brief. The Courier's daily newsletter — the news you need, delivered by email. Sign up",
    "Have a story? Email us at tips@valleycourier.com",
    "Get updates on dams and rivers from around the valley. Join our movement today.",
    # the outlet's standing note about itself, in the first person
    "The Valley Courier has been labelled a \"hostile outlet\" by the regional council, which bars "
    "officials from any contact with our newsroom.",
])
def test_the_page_s_tail_is_not_the_last_paragraph(tail):
    e = ex(HEAD + "\n\n".join([P1, P2, P3, P4]) + "\n\n" + tail + "\n\n© 2025 Valley Courier. All rights reserved.")
    assert body(e) == [P1, P2, P3, P4]


def test_a_report_about_a_fund_for_journalism_stays_in_the_body():
    # the appeal shapes are the site asking the reader, never news prose about others
    par = "The foundation set up a fund in 2019 to support independent journalism in the valley's towns."
    e = ex(HEAD + "\n\n".join([P1, par, P3, P4]))
    assert body(e) == [P1, par, P3, P4]


def test_a_relative_time_under_the_byline_is_a_date_line_not_the_headline():
    # "Published : 2 hours ago" under a role byline: the headline above them is the title
    e = ex("valleycourier.com\nOrskland\nPolitics\nEconomy\nSport\n"
           "Council rejects plea to annul Orsk Vale vote; party vows to appeal\n"
           "Staff Correspondent\nPublished : 2 hours ago\nUpdated : 1 hour ago\n"
           + "\n".join([P1, P2, P3, P4]))
    assert e.title.startswith("Council rejects plea")
    assert body(e) == [P1, P2, P3, P4]


def test_a_byline_with_a_dash_line_before_its_date_still_marks_the_headline():
    e = ex("VC\nValley Courier\nNews\nNation\nWorld\nOpinion\n\n"
           "Dam operator ordered to pay farmers over flooded fields\n\n"
           "Ana Berg\n -\n04 Mar 2025, 03:15 pm\n\n" + "\n\n".join([P1, P2, P3, P4]))
    assert e.title == "Dam operator ordered to pay farmers over flooded fields"
    assert body(e) == [P1, P2, P3, P4]


BODY = "\n\n".join([P1, P2, P3, P4])


def test_a_site_domain_in_capitals_is_the_masthead_and_the_headline_is_the_title():
    # "ValleyCourier.com" over a menu; the byline is a role, then a reading time
    e = ex("ValleyCourier.com\nNews\nPolitics\nBusiness\nSport\n\n"
           "Orsk Vale farmers denied compensation as inquiry adjourns\n\nStaff Reporter\n3 min read\n\n" + BODY)
    assert e.title == "Orsk Vale farmers denied compensation as inquiry adjourns"
    assert e.publisher == "ValleyCourier.com"
    assert body(e) == [P1, P2, P3, P4]


def test_a_long_site_name_over_its_menu_is_not_the_headline():
    # an office's name with its menu of single-line items right under it
    e = ex("Skip to main content\nWelcome to the Valley Assembly\nEnglish\nFrançais\n\n"
           "Valley Assembly Office of the Ombudsperson for Rivers\nAbout us\nCountries\nOur work\n"
           "News and events\n\nPress briefing notes\n\nOrsk Vale: Dam inquiry must hear the farmers\n\n"
           "21 October 2025\n\n" + BODY)
    assert e.title == "Orsk Vale: Dam inquiry must hear the farmers"
    assert body(e) == [P1, P2, P3, P4]


def test_the_site_s_title_line_over_its_menu_names_the_publisher():
    # "Name - tagline" at the very top, the menu under it; the date line carries counters
    e = ex("Valley Courier - Orskland Latest Breaking News and Headlines\nBreaking News\n"
           "Home | News | Business | Sports | Opinion\n\nDam inquiry opens in Orsk Vale\n\n"
           "18 March 2024 08:15 pm - 3 - 1,204 views\n\nBy Tomas Edling\n\n" + BODY)
    assert e.title == "Dam inquiry opens in Orsk Vale"
    assert e.publisher == "Valley Courier"
    assert e.published is not None and (e.published.value, e.published.precision) == ("2024-03-18", "day")


def test_a_logo_s_initials_over_the_name_make_the_masthead():
    e = ex("VCT\nValley Courier Today\nNews\nNation\nWorld\n\nDam inquiry opens in Orsk Vale\n\n"
           "Ana Berg\n -\n04 Mar 2025, 03:15 pm\n\n" + BODY)
    assert e.publisher == "Valley Courier Today"
    assert e.title == "Dam inquiry opens in Orsk Vale"


def test_a_one_word_site_name_is_the_masthead_when_the_page_describes_it():
    e = ex("Marshlight\nNews from the wetlands\nTopics\nLocations\nVideos\n\nDam inquiry opens in Orsk Vale\n\n"
           "by Ana Berg on 3 Apr 2025\n\n" + BODY
           + "\n\nMarshlight is an independent non-profit news platform covering wetlands.")
    assert e.publisher == "Marshlight"


def test_a_one_word_country_at_the_top_is_never_the_publisher():
    # the body describing a country is no outlet's self-description
    e = ex("Orskland\nNews\nPolitics\n\nDam inquiry opens in Orsk Vale\n\n4 May 2025\n\n" + BODY
           + "\n\nOrskland is a landlocked republic of four million people.")
    assert e.publisher is None


def test_an_author_and_publication_date_on_one_piped_line_date_the_article():
    # the date above the headline is the day the page was viewed; the byline's is the article's
    e = ex("Valley Courier\nThursday, 05 March 2026\nHome | National | Politics | Business\n\n"
           "Dam inquiry opens in Orsk Vale\n\nAna Berg | Publication date 03 March 2026 | 20:15 ICT\n\n" + BODY)
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-03-03", "day")
    assert "Publication date" in e.published_basis


def test_a_lede_on_a_dateline_is_the_body_s_first_paragraph_whatever_sits_under_it():
    # a share bar (or a date) under a paragraph makes it a standfirst, unless it opens on a
    # dateline: a standfirst never does
    lede = "ORSK VALE – " + P1
    e = ex(HEAD + lede + "\n\nShare this article\n\n" + "\n\n".join([P2, P3, P4]))
    assert body(e) == [lede, P2, P3, P4]
    q = [q for q in e.quotes if q.text.startswith("We want")]
    assert q and q[0].paragraph == 3


def test_a_page_ending_on_its_tags_ends_the_body_before_them():
    e = ex(HEAD + BODY + "\n\nTags\nDams, Farming, Orsk Vale")
    assert body(e) == [P1, P2, P3, P4]


def test_an_author_s_note_about_someone_the_story_never_named_is_not_a_paragraph():
    e = ex(HEAD + BODY + "\n\nAna Berg is a reporter for the Valley Courier covering rivers.")
    assert body(e) == [P1, P2, P3, P4]


def test_a_closing_paragraph_about_a_person_the_story_names_stays():
    last = "Ilse Varga is a farmer who has lived beside the river for forty years."
    e = ex(HEAD + BODY + "\n\n" + last)
    assert body(e) == [P1, P2, P3, P4, last]


@pytest.mark.parametrize("tail", [
    "More from Valley Courier\n\nFarmers protest dam plan in Orsk Vale\n12 March 2021",
    "Latest News\n\nFarmers protest dam plan in Orsk Vale\n12 March 2021\n\nCouncil approves budget\n13 March 2021",
    "Also on Valley Courier\n\nFarmers protest dam plan in Orsk Vale\n12 March 2021",
    "© 2025 Valley Courier\n\nFarmers protest dam plan in Orsk Vale\n12 March 2021",
])
def test_a_date_under_another_story_s_headline_below_the_article_never_dates_it(tail):
    # only an update time dates this page; the list's dates are other stories'
    e = ex("Valley Courier\n\nDam inquiry opens in Orsk Vale\n\nBy Tomas Edling\nUpdated 9:14 PM, May 30, 2024\n\n"
           + BODY + "\n\n" + tail)
    assert (e.published.value, e.published.precision) == ("2024-05-30", "day")
    assert body(e) == [P1, P2, P3, P4]


def test_a_pull_quote_without_quotation_marks_is_not_a_paragraph():
    # the page sets a sentence of the story apart in large type, without quotation marks
    long = ("The operator has denied the claims. It said the spillway gates were never left closed "
            "in March, and that the flood was caused by a week of rain.")
    pull = "It said the spillway gates were never left closed in March, and that the flood was caused by a week of rain."
    e = ex(HEAD + "\n\n".join([P1, long, P3, pull, P4]))
    assert body(e) == [P1, long, P3, P4]
    assert pull in e.pull_quotes


def test_a_pull_quote_s_speaker_line_with_a_role_is_not_a_paragraph():
    e = ex(HEAD + "\n\n".join([P1, P2, P3, "“We want to know who signed the papers”", "Ilse Varga, farmer", P4]))
    assert body(e) == [P1, P2, P3, P4]
    q = [q for q in e.quotes if q.text.startswith("We want")]
    assert len(q) == 1 and q[0].paragraph == 3


def test_a_headline_that_asks_a_question_is_the_title():
    e = ex("Valley Courier\nNews\n\nWho signed the Orsk Vale dam papers?\n\nBy Ana Berg\n4 May 2025\n\n" + BODY)
    assert e.title == "Who signed the Orsk Vale dam papers?"
    assert body(e) == [P1, P2, P3, P4]


CAPTION = "Farmers wait outside the Orsk Vale town hall on Monday."


@pytest.mark.parametrize("credit", [
    " (AFP)", " [Ana Berg/Valley Courier]", " | Ana Berg", " Getty Images", " Ana Berg via Getty Images",
    " – Photo: Ana Berg", " Photo courtesy Orsk Vale Farmers' Union", " Ana Berg for the Valley Courier",
    "\nAna Berg/Valley Courier",
])
def test_a_caption_with_its_credit_set_another_way_is_a_caption(credit):
    e = ex(HEAD + "\n\n".join([P1, P2, CAPTION + credit, P3, P4]))
    assert body(e) == [P1, P2, P3, P4]
    assert [c.text for c in e.captions] == [CAPTION]


def test_a_wire_story_s_last_paragraph_keeps_its_trailing_credit():
    last = "The dam supplies a third of the valley's power. AFP"
    e = ex(HEAD + "\n\n".join([P1, P2, P3, last]))
    assert body(e) == [P1, P2, P3, last]


def test_a_live_blog_s_entries_keep_their_first_paragraph():
    # a time stamp over every entry: a one-paragraph first entry is the body's paragraph 1,
    # not a standfirst above a date line
    stamps = ["10:45 GMT, 4 May 2025", "10:20 GMT, 4 May 2025", "09:55 GMT, 4 May 2025", "09:30 GMT, 4 May 2025"]
    entries = [P4, P3, P2, P1]
    page = "Valley Courier\nNews | Live\n\nOrsk Vale dam inquiry: live updates\n\nBy Ana Berg\n\n" + "\n\n".join(
        f"{s}\n\n{e}" for s, e in zip(stamps, entries))
    e = ex(page)
    assert body(e) == entries
    q = [q for q in e.quotes if q.text.startswith("We want")]
    assert q and q[0].paragraph == 2
    assert e.title == "Orsk Vale dam inquiry: live updates"


def test_a_short_relative_time_is_a_date_line():
    e = ex("valleycourier.com\nOrskland\nPolitics\nEconomy\n"
           "Council rejects plea to annul Orsk Vale vote; party vows to appeal\nAna Berg\n2h ago\n" + "\n".join([P1, P2, P3, P4]))
    assert e.title.startswith("Council rejects plea")
    assert body(e) == [P1, P2, P3, P4]


@pytest.mark.parametrize("post", [
    # the post's chrome in two newer copy-paste forms: name over handle, handle with a domain
    "Tomas Edling\n@tomasedling\nThe gates were shut all night, I saw it myself.\n10:45 AM · May 2, 2025",
    "Tomas Edling (@tomasedling.bsky.social)\nThe gates were shut all night, I saw it myself.\nMay 2, 2025 at 10:45 AM",
])
def test_an_embedded_post_is_not_numbered(post):
    e = ex(HEAD + "\n\n".join([P1, P2, post, P3, P4]))
    assert body(e) == [P1, P2, P3, P4]


def test_a_closing_sentence_with_a_weekday_and_date_stays_a_paragraph():
    last = "The hearing was adjourned until Thursday, June 12, 2025."
    e = ex(HEAD + "\n\n".join([P1, P2, P3, last]))
    assert body(e) == [P1, P2, P3, last]


def test_a_closing_paragraph_about_the_outlet_s_own_reporters_stays():
    last = "The Valley Courier has asked the police to explain why our reporters were held overnight."
    e = ex(HEAD + "\n\n".join([P1, P2, P3, last]))
    assert body(e) == [P1, P2, P3, last]


def test_an_author_line_and_date_under_the_story_still_date_it():
    e = ex("Valley Courier\n\nDam inquiry opens in Orsk Vale\n\n" + BODY + "\n\nWritten by Ana Berg, rivers reporter\n4 May 2025")
    assert e.published is not None and e.published.value == "2025-05-04"


def test_a_hard_wrapped_paragraph_is_one_paragraph_even_where_a_line_starts_with_a_capital():
    # text copied from an e-mail: every paragraph broken at one width, blank lines between them
    wrapped = ("The inquiry into the Orsk Vale dam opened on Monday in the town hall,\n"
               "where forty farmers, their lawyer Ilse Varga and two engineers from\n"
               "Northvale Hydro heard the panel's chairman read out the terms of the\n"
               "inquiry.")
    e = ex(HEAD + wrapped + "\n\n" + "\n\n".join([P2, P3, P4]))
    assert body(e)[0] == " ".join(wrapped.split("\n"))
    assert body(e)[1:] == [P2, P3, P4]


def test_a_country_s_name_over_the_menu_is_not_the_publisher():
    e = ex("Orskland - Latest News and Headlines\nBreaking News\nHome | News | Business | Sports\n\n"
           "Dam inquiry opens in Orsk Vale\n\n18 March 2024 08:15 pm\n\n"
           + BODY.replace("in the town hall", "in the town hall, the first such inquiry in Orskland"))
    assert e.title == "Dam inquiry opens in Orsk Vale"
    assert e.publisher is None


@pytest.mark.parametrize("under", ["Share this article", "Listen to this article", "Updated 4 May 2025"])
def test_a_paragraph_under_the_byline_and_date_is_the_body_s_first_whatever_sits_under_it(under):
    # the standfirst sits between the headline and the byline-and-date block; below it is the body
    e = ex(HEAD + P1 + "\n\n" + under + "\n\n" + "\n\n".join([P2, P3, P4]))
    assert body(e) == [P1, P2, P3, P4]


def test_a_standfirst_above_the_byline_is_still_not_the_first_paragraph():
    standfirst = "Forty farmers say the operator left the spillway gates closed during the March storms."
    e = ex("Valley Courier\n\nDam inquiry opens in Orsk Vale\n\n" + standfirst + "\n\nBy Tomas Edling\n4 May 2025\n\n"
           "Share this article\n\n" + BODY)
    assert body(e) == [P1, P2, P3, P4]
