"""Round 13 on invented pages: page cleaning, paragraph numbering, the page's date and its
publisher. A dateline's day whose year only the page's own 'Updated' line gives, while the story
recalls a year long past. Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

VIGIL = """Harbour Ledger - Latest News
Home
News

Police halt riverside vigil for the missing; three fathers questioned

By T. Okonkwo
Updated: 2026-10-14 09:12

Port Aldane, Oct. 14 (Harbour Ledger) - Police on Wednesday stopped relatives of the missing from holding a vigil at the river steps, a lawyer for the families said.

The families have asked about sons who were taken from a ferry in March 2011 and never seen again.

The families say they will return next week.
"""


def test_dateline_day_takes_the_year_of_the_pages_updated_line_not_a_year_the_story_recalls():
    e = page(VIGIL)
    assert e.published is not None
    assert (e.published.value, e.published.precision) == ("2026-10-14", "day")


def test_dateline_day_with_only_a_recalled_year_below_and_a_far_bound_above_is_not_given_a_guessed_year():
    # No page line: 'in March 2011' below and an upcoming event years later above leave the
    # dateline's 14 October in several years; none is picked.
    text = VIGIL.replace("Updated: 2026-10-14 09:12\n", "").replace(
        "The families say they will return next week.",
        "The families say they will return for the court hearing due on March 3, 2026.")
    e = page(text)
    assert e.published is None or e.published.value[:4] != "2011"


def test_uncredited_caption_quoting_the_paragraph_below_is_not_numbered():
    pars = [
        "Port Aldane, Oct. 14 (Harbour Ledger) - Police on Wednesday stopped relatives of the missing "
        "from holding a vigil at the river steps.",
        "Fathers of the missing hold lanterns at the river steps in Port Aldane on Wednesday. "
        "\"We will come back every week until the river answers,\" said Emeka Dallow.",
        "\"We will come back every week until the river answers,\" Dallow told the Harbour Ledger. "
        "\"Nobody has written to us in ten years.\"",
        "The families say they will return next week.",
    ]
    e = page("Harbour Ledger\nNews\n\nPolice halt riverside vigil\n\nBy T. Okonkwo\n\n" + "\n\n".join(pars))
    assert body(e) == [pars[0], pars[2], pars[3]]


def test_a_body_paragraph_whose_quote_is_not_repeated_below_stays_numbered():
    pars = [
        "Police on Wednesday stopped relatives of the missing from holding a vigil at the river steps.",
        "Fathers of the missing gathered at the river steps in Port Aldane on Wednesday. "
        "\"We will come back every week until the river answers,\" said Emeka Dallow.",
        "The families say they will return next week.",
    ]
    e = page("Harbour Ledger\nNews\n\nPolice halt riverside vigil\n\nBy T. Okonkwo\n\n" + "\n\n".join(pars))
    assert body(e) == pars


def test_site_title_line_is_the_masthead_though_the_dateline_credits_the_same_outlet():
    # "Harbour Ledger - ..." over the menu names the site; the story names it only in its
    # dateline's credit and in "told the Harbour Ledger", never as a subject of its own.
    text = VIGIL.replace("Harbour Ledger - Latest News", "Harbour Ledger - Port Aldane Breaking News and Headlines") \
        .replace("The families say they will return next week.",
                 "\"We will be back,\" one father told the Harbour Ledger.\n\nThe families say they will return next week.")
    e = page(text)
    assert e.publisher == "Harbour Ledger"


FJORD = """fjordpost English
Independent Press Trust
Politics
Rights

RIGHTS

Police detain nine at harbour sit-in for missing fishermen

Fjordpost Desk
12 October 2026, Monday 10:20

Police in Vasselby detained nine people on Sunday as relatives of fishermen lost at sea held their weekly sit-in at the harbour.

Speaking to fjordpost after her release, Ingrid Holm said the officers had torn up the relatives' placards.

The relatives said they would return next Sunday.

(IH/TR)

Tags: harbour, fishermen

fjordpost is published by the Independent Press Trust. Content can be used with attribution.
"""


def test_site_name_with_its_edition_word_is_the_publisher_and_its_self_note_is_not_numbered():
    e = page(FJORD)
    assert e.publisher == "fjordpost"
    assert body(e)[-1] == "The relatives said they would return next Sunday."
    assert len(body(e)) == 3


def test_edition_shaped_first_line_the_page_never_credits_is_no_publisher():
    e = page(FJORD.replace("Speaking to fjordpost after her release, ", "After her release, ")
             .replace("fjordpost is published by the Independent Press Trust. Content can be used with attribution.",
                      "Content can be used with attribution."))
    assert e.publisher is None


RAID = """Menu
Search

Territories

Police raid island community radio, seize transmitter

Police officers entered the studio of community station Radio Kestrel Vale in Old Harbour early on Tuesday morning and seized its transmitter, the station's board said.

Officers carry equipment out of Radio Kestrel Vale in Old Harbour on 5 May 2026. Photo: Radio Kestrel Vale

The board said it would appeal to the district court.

Related
Island broadcasters meet in Port Selwyn
"""


def test_dated_caption_naming_the_same_place_as_a_weekday_sentence_dates_the_page_to_that_week():
    # 5 May 2026 is a Tuesday: the raid 'on Tuesday' is the photo's day; the page is of that week.
    e = page(RAID)
    assert e.published is not None
    assert (e.published.value, e.published.precision) == ("2026-05", "month")


def test_dated_caption_sharing_no_named_place_with_the_weekday_sentence_gives_one_bound_only():
    e = page(RAID.replace("Officers carry equipment out of Radio Kestrel Vale in Old Harbour on 5 May 2026.",
                          "A file of station equipment seen on 5 May 2026."))
    assert e.published is None
