"""Round 15 on invented pages: page cleaning, paragraph numbering, the page's date and its
publisher. Section headings under a photo caption or a pull quote's credit, captions without a
credit label, a share bar with a colon, a bare "Related" list, a rights group's long name over
its own copyright line, a dateline with the year. Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

FEATURE_PARS = [
    "The parcels come back unopened, always late, sometimes torn. Vera Lindqvist keeps the receipts "
    "in a shoebox under her bed in the river town of Ostmark.",
    "Her brother, Pavel Lindqvist, a 41-year-old librarian, has spent three years in prison for "
    "lending banned books to his readers.",
    "“He lent books. That was all he ever did,” Lindqvist says.",
    "The hearing lasted nine sessions. The judge rejected every motion of the defence, including a "
    "request to hear the library's own catalogue clerk.",
    "A source in the regional prosecutor's office told the Ostmark Courier that the case began with "
    "an anonymous letter. “We had to open it,” the source said.",
    "Pavel is now held in a camp two regions away. His sister visits him once a season, for an hour.",
    "“I count the parcels, not the months,” she says.",
]


def _feature(between_1: str, between_2: str) -> str:
    p = FEATURE_PARS
    return ("Ostmark Courier\nNews\nFeatures\n\nThe librarian who lent the wrong books\n\nText: Ida Berg\n\n"
            + "\n\n".join(p[:3]) + "\n\n" + between_1 + "\n\n" + "\n\n".join(p[3:5]) + "\n\n"
            + between_2 + "\n\n" + "\n\n".join(p[5:]) + "\n")


def test_section_heading_under_a_photo_caption_is_not_numbered():
    text = _feature("Vera Lindqvist with the returned parcels in Ostmark. Photo: Ostmark Courier\n\nThe hearing",
                    "The camp")
    assert body(page(text)) == FEATURE_PARS


def test_section_heading_under_a_pull_quotes_credit_line_is_not_numbered():
    text = _feature("The hearing",
                    "“I count the parcels, not the months.”\n— Vera Lindqvist, on her visits\n\nThe camp")
    assert body(page(text)) == FEATURE_PARS


DETENTION = """Home
Politics
Economy
Society
Fisheries
Opinion
EN | KZ
Search

SOCIETY

Court keeps blogger in custody over port tender posts

Share: Facebook | X | Telegram

PORT ARVEN – A court in Port Arven on Tuesday extended by 20 days the detention of Temir Oskenov, a blogger who posted documents about a port tender.

Oskenov, 31, was detained on October 30 at his flat. He faces up to two years in prison.

Relatives and supporters on Jürgen Square in Port Arven on November 6, 2026, holding portraits of the blogger.

On Friday, about two hundred people gathered on Jürgen Square to demand his release.

His lawyer, Dana Kairat, said the prosecution had named no false statement. "The posts are true, and that is the problem," Kairat said.

Related
Port tender: who won and who lost?
Bloggers' union calls for reform of the press law
"""


def test_share_bar_with_a_colon_is_no_menu_and_the_headline_is_the_title():
    e = page(DETENTION)
    assert e.title == "Court keeps blogger in custody over port tender posts"


def test_uncredited_caption_dated_with_the_year_and_a_participle_is_not_numbered():
    e = page(DETENTION)
    pars = body(e)
    assert not any(p.startswith("Relatives and supporters") for p in pars)
    assert pars[2].startswith("On Friday, about two hundred people")
    assert [c.text[:24] for c in e.captions] == ["Relatives and supporters"]


def test_caption_date_with_the_weekday_the_story_names_beside_it_dates_the_page_to_the_month():
    # The caption shows the protest (Friday 6 November); "On Friday" in the paragraph below,
    # on the same square (its name spelt with an accent), ties the story to that week:
    # November 2026, no day.
    e = page(DETENTION)
    assert e.published is not None
    assert (e.published.value, e.published.precision) == ("2026-11", "month")


def test_related_heading_alone_closes_the_story_and_its_headlines_are_not_numbered():
    pars = body(page(DETENTION))
    assert pars[-1].startswith("His lawyer, Dana Kairat")
    assert len(pars) == 4


def test_a_dated_sentence_of_the_story_with_a_finite_verb_stays_numbered():
    text = DETENTION.replace(
        "Relatives and supporters on Jürgen Square in Port Arven on November 6, 2026, holding portraits of the blogger.",
        "The new press law takes effect on January 1, 2027, giving courts wider powers.")
    pars = body(page(text))
    assert "The new press law takes effect on January 1, 2027, giving courts wider powers." in pars


CHARGED = """Lakeside Kini
Subscribe | Log in
News
Columns

NEWS

Three student organisers charged over campus march

Rosli Amin
Published: Nov 20, 2026 11:05 AM · Updated: 3:40 PM

KOTA SERAI: Three student organisers were charged at the Sessions Court here today for failing to notify the police before a march.

The three pleaded not guilty before a Sessions Court judge.

Students and lecturers outside the Kota Serai court complex this morning. – Lakeside Kini

Their lawyer said the case was meant to scare first-year students off campus politics.

The three are also being investigated under another section of the Penal Code, the lawyer said. – Lakeside Kini
"""


def test_caption_closed_by_a_dash_and_the_sites_own_name_is_not_numbered():
    pars = body(page(CHARGED))
    assert not any(p.startswith("Students and lecturers") for p in pars)
    assert len(pars) == 4
    # the last paragraph reports speech: its dash credit is the story's, and it stays
    assert pars[-1].startswith("The three are also being investigated")


RELEASE = """Riverside Centre for Justice and Civic Freedom Studies
Defending the rights of river communities

About
Reports
Press Releases
Donate

PRESS RELEASE

Free the ferry workers held without charge in Lower Delta

Last updated: 21 October 2026

Share this:
Facebook | X | Email | Print

Harbourton, 19 October 2026 – The Riverside Centre for Justice and Civic Freedom Studies (RCJCFS) calls on the authorities to release four ferry workers detained on 12 October.

The four were arrested at the ferry landing while passengers were boarding, a witness told the Delta Tribune on Saturday.

RCJCFS calls on the authorities to disclose where the four are held.

For more information, please contact:
Communications Officer, RCJCFS

© Riverside Centre for Justice and Civic Freedom Studies
"""


def test_a_rights_groups_long_name_over_its_own_copyright_line_is_the_publisher():
    e = page(RELEASE)
    assert e.publisher == "Riverside Centre for Justice and Civic Freedom Studies"
    assert e.title == "Free the ferry workers held without charge in Lower Delta"


def test_a_dateline_with_the_year_settles_the_day_before_a_later_updated_line():
    e = page(RELEASE)
    assert e.published is not None
    assert (e.published.value, e.published.precision) == ("2026-10-19", "day")


def test_a_dateline_date_after_the_pages_updated_line_is_not_taken():
    e = page(RELEASE.replace("Last updated: 21 October 2026", "Last updated: 15 October 2026"))
    assert e.published is None or e.published.value != "2026-10-19"


LETTERS = """Support us
News
Longreads

LONGREAD

“Bring stamps, not sweets”: a school caretaker's five years for a leaflet

Text: Olga Vesnina

The envelopes come every second week. Marta Ilves keeps them in a drawer of her kitchen table in the lake town of Varna-on-Lis.

Marta Ilves with her husband's letters in her kitchen. Photo: Lisport Gazeta Europe

Her husband, Juri Ilves, a school caretaker, was sentenced to five years for a leaflet he pinned to a noticeboard.

A court clerk told Lisport Gazeta Europe that the hearing took twenty minutes. “It was over before it began,” the clerk said.

Read also
How leaflets became crimes
"""


def test_a_name_the_page_credits_its_photo_to_and_people_told_is_the_publisher():
    e = page(LETTERS)
    assert e.publisher == "Lisport Gazeta Europe"


def test_a_photo_credit_alone_or_told_another_outlet_names_no_publisher():
    # The picture's credit without anyone speaking to that name, and a name people spoke to
    # that credits no picture, are each one clue: no publisher is named from them.
    only_photo = LETTERS.replace("A court clerk told Lisport Gazeta Europe", "A court clerk said")
    assert page(only_photo).publisher is None
    other = LETTERS.replace("A court clerk told Lisport Gazeta Europe", "A court clerk told the Varna Daily Herald")
    assert page(other).publisher is None


def test_a_photographers_name_someone_spoke_to_is_no_publisher():
    text = LETTERS.replace("Photo: Lisport Gazeta Europe", "Photo: Pekka Soini") \
        .replace("A court clerk told Lisport Gazeta Europe", "A court clerk told Pekka Soini")
    assert page(text).publisher is None


def test_a_date_line_whose_year_runs_into_the_clock_time_dates_the_page():
    # The page set the date and the time apart; copied, they run together: "20265:04 AM".
    text = """Lakeside Radio
News
World

Ferry crews wait for word of their captain

March 9, 20267:15 AM ET

Heard on First Light

The families of a detained ferry captain gathered at the harbour on Sunday, a relative said.

"We only want to know he is alive," said his sister, Ruta Vale.
"""
    e = page(text)
    assert e.published is not None
    assert (e.published.value, e.published.precision) == ("2026-03-09", "day")


def test_a_year_followed_by_other_digits_is_no_date():
    # "2026" inside a longer number (a case number, a phone number) is no year.
    text = """Lakeside Radio
News

Ferry crews wait for word of their captain

The families of a detained ferry captain, whose case is No. March 9, 202612, gathered at the harbour, a relative said.

"We only want to know he is alive," said his sister, Ruta Vale.
"""
    e = page(text)
    assert e.published is None or e.published.value != "2026-03-09"


def test_a_date_line_with_the_topic_the_page_files_it_under_dates_the_page():
    text = """Lakeside Radio
News

Ferry crews wait for word of their captain

9 March 2026 Human Rights

The families of a detained ferry captain gathered at the harbour on Sunday, a relative said.

"We only want to know he is alive," said his sister, Ruta Vale.

Related Stories
Harbour strike enters its second week
27 January 2026 Human Rights
"""
    e = page(text)
    assert e.published is not None
    assert (e.published.value, e.published.precision) == ("2026-03-09", "day")
    # the related story's date line under its headline is that story's, not this page's
    assert page(text.replace("9 March 2026 Human Rights\n", "")).published is None or \
        page(text.replace("9 March 2026 Human Rights\n", "")).published.value != "2026-01-27"


BANNER = """Skip to main content
Welcome to the Lakeside Council
English
Français
Lakeside News
Voices from every shore
Search
Home
Topics
Regions
Harbours

Ferry crews wait for word of their captain

9 March 2026 Harbours

The families of a detained ferry captain gathered at the harbour on Sunday, a relative said.

Speaking to Lakeside News by telephone, his sister, Ruta Vale, said he had done nothing wrong. "We only want to know he is alive," she said.
"""


def test_an_outlet_shaped_name_under_a_banner_that_the_story_says_people_spoke_to_is_the_publisher():
    assert page(BANNER).publisher == "Lakeside News"


def test_an_outlet_shaped_header_name_nobody_spoke_to_is_not_taken_for_the_publisher_from_the_story():
    text = BANNER.replace("Speaking to Lakeside News by telephone, his", "His")
    assert page(text).publisher is None


VALLEY = """The Lantern
The valley's leading independent newspaper

Home
News
National

Families of missing boatmen take police to court

By Amina Salum

The families of three missing boatmen asked the High Court on Monday to order the police to say where the men are held.

"We only want to know they are alive," said Rehema Juma, the wife of one of the men.

© 2026 Valley Print Holdings Ltd. All rights reserved.
"""


def test_a_short_name_over_a_tagline_naming_a_newspaper_is_the_masthead():
    assert page(VALLEY).publisher == "The Lantern"


def test_a_headline_over_a_standfirst_is_no_masthead_and_tagline():
    text = VALLEY.replace("The Lantern\nThe valley's leading independent newspaper\n",
                          "Boatmen missing\nThe valley's leading independent newspaper reports.\n")
    assert page(text).publisher is None


def test_a_notice_saying_which_publication_it_covers_names_the_publisher():
    text = VALLEY.replace("The Lantern\nThe valley's leading independent newspaper\n", "Reporting the Valley\n") \
        .replace("© 2026 Valley Print Holdings Ltd. All rights reserved.",
                 "Valley Ledger is published by the Valley Reporting Network (VRN). All rights reserved.")
    assert page(text).publisher == "Valley Ledger"
