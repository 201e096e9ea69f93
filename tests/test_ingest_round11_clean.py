"""Round 11 on invented pages: page cleaning, paragraph numbering, the page's date and its
publisher. A live page's "Posted at 14:05" stamps and their entry headlines (quoted words in
them too), a picture's text repeated under an "Image caption:" label, a "Back to top" link and a
"More on this story" list must never be numbered as body paragraphs. Every outlet, person and
event here is made up.
"""
from __future__ import annotations

from helpers import body, page

LIVE = """Skip to content
Orsk Broadcasting
Home
News
Sport

Live
Varnholm protests: Crowds gather for a second day over jailed poet

Summary
Hundreds march to the central square for a second day
They demand the release of the poet Edda Lunvik, 31

Live Reporting
Edited by Kaspar Miel

All times stated are UK

Posted at 18:10
We're ending our coverage

We're closing our live page now - thank you for following. Lunvik stays in custody at the central police station.

Share
Posted at 17:30
Union: 'Nobody should go to jail for a poem'

“Nobody should go to jail for a poem, and nobody will forget this one,” read a statement from the writers' union this afternoon.

Share
Posted at 16:45
'Free the poet'

Marchers carry a banner across the bridge in Varnholm on 4 March 2026
Image caption: Marchers carry a banner across the bridge in Varnholm on 4 March 2026

The march has now reached the central square, where the crowd is singing.

Our reporter in the square says the mood is calm. Shops nearby have closed early.

Share
Posted at 15:00
Who is Edda Lunvik?

Lunvik, 31, has published three books of poems and teaches at a school in the old town.

Share

Back to top

More on this story
Varnholm's speech law: What does it say?
A poet who would not stop writing

Related Topics
Varnholm
"""


def test_live_page_with_posted_at_stamps_numbers_the_entries_text_only():
    # the stamps, the entry headlines (two quote a line of the entry), the picture's text
    # repeated under its "Image caption:" label and the list of other stories are furniture
    assert body(page(LIVE)) == [
        "We're closing our live page now - thank you for following. Lunvik stays in custody at the central police station.",
        "“Nobody should go to jail for a poem, and nobody will forget this one,” read a statement from the writers' union this afternoon.",
        "The march has now reached the central square, where the crowd is singing.",
        "Our reporter in the square says the mood is calm. Shops nearby have closed early.",
        "Lunvik, 31, has published three books of poems and teaches at a school in the old town.",
    ]


def test_labelled_image_caption_is_a_caption():
    e = page(LIVE)
    assert [c.text for c in e.captions] == ["Marchers carry a banner across the bridge in Varnholm on 4 March 2026"]
    assert e.captions[0].date is not None and e.captions[0].date.value == "2026-03-04"


HEAD = "Marsh Gazette\nNews\n\nFerry workers tried over a strike video\n\n"


def test_pull_quote_credit_with_particle_and_bracketed_other_name_is_not_numbered():
    pars = [
        "The trial of two ferry workers over a strike video was adjourned again on Monday.",
        "His father, Samir al-Haddad, waited outside. “My son has never held anything but a wrench,” "
        "Abu Karim said. “He is a worker, not a criminal.”",
        "“My son has never held anything but a wrench.”",
        "Samir al-Haddad (Abu Karim), the defendant’s father",
        "The next hearing is set for March.",
    ]
    e = page(HEAD + "\n\n".join(pars))
    assert body(e) == [pars[0], pars[1], pars[4]]


def test_line_opening_a_list_is_numbered_though_it_echoes_the_lede():
    pars = [
        "The undersigned groups call on the authorities of Norland to free the reporter Ivo Brenk at once.",
        "Brenk has been held since June over a report on water prices in the capital.",
        "The undersigned groups call on the authorities of Norland to:",
        "release Ivo Brenk and drop the charges against him;",
        "repeal the articles of the press law used against him.",
    ]
    assert body(page(HEAD + "\n\n".join(pars))) == pars


def test_author_s_membership_appeal_under_the_story_is_not_numbered():
    pars = [
        "A district court on Monday acquitted a ferry mechanic charged over a strike video.",
        "The mechanic said he hoped to return to work on the boats next month.",
    ]
    tail = ("Note from the author:\n\nHi, this is Lena Ostrow. I wrote this story for you. Our reporters "
            "cover the courts across the coast. If you value this work, become a member of the Marsh Gazette.\n\n"
            "Become a member\n\nTags: Courts, Ferries\n")
    assert body(page(HEAD + "\n\n".join(pars) + "\n\n" + tail)) == pars


BLOG = """Skip to content
Home
News
Politics
Sports
Contact Us

BREAKING NEWS
Harbour board raises mooring fees
Ferry service to the islands resumes after storm

Headlines

Kelso fisherman charged over radio call about fuel quotas

Posted on 14/10/2026 by Staff Reporter

Facebook
WhatsApp

A KELSO fisherman has been charged with spreading false information after he told a phone-in programme that fuel quotas were being sold.

Tomas Breel, 41, was picked up at the harbour on Monday evening and charged on Tuesday, police said.

His lawyer said the charge was meant to frighten callers away from the programme.

Share this:
Like this: Loading...
"""


def test_a_menu_word_is_never_the_publisher():
    # a news blog naming no outlet anywhere: its menu's "News" is no outlet's name
    e = page(BLOG)
    assert e.publisher is None
    assert len(e.paragraphs) == 3 and e.paragraphs[0].text.startswith("A KELSO fisherman")


def test_a_ticker_s_headline_above_the_story_is_not_its_title():
    assert page(BLOG).title == "Kelso fisherman charged over radio call about fuel quotas"


def test_a_menu_item_named_like_a_ticker_leaves_the_headline_alone():
    # "Trending" is the menu's last item here, right above the story's own headline
    head = ("Marsh Gazette\nHome\nNews\nSport\nVideos\nTrending\n\n"
            "Ferry workers tried over a strike video in Port Alder\n\nLena Ostrow\nPublished March 4, 2026\n\n")
    e = page(head + "The trial of two ferry workers over a strike video was adjourned again on Monday.\n\n"
             "The next hearing is set for March, the court said.\n")
    assert e.title == "Ferry workers tried over a strike video in Port Alder"


def _blog_posted(date_shown: str, story: str):
    return page(BLOG.replace("Posted on 14/10/2026", f"Posted on {date_shown}").split("A KELSO")[0] + story)


def test_date_then_categories_under_the_headline_dates_the_page():
    head = "Coast Rights Network\nNews\n\nNorland: free the reporter Ivo Brenk – joint statement\n\n" \
           "Mar 3, 2026 | Advocacy, News, Non-legal submissions\n\n"
    e = page(head + "The undersigned groups call on the authorities of Norland to free the reporter Ivo Brenk.\n\n"
             "Brenk has been held since June over a report on water prices in the capital.\n")
    assert (e.published.value, e.published.precision) == ("2026-03-03", "day")
    assert len(e.paragraphs) == 2


def test_numeric_date_either_way_round_is_settled_by_the_weekdays_named():
    # 02/09/2026: Wednesday 2 September or Monday 9 February. Picked up on Monday and charged
    # on Tuesday fits only the days just before 2 September
    e = _blog_posted("02/09/2026", "A KELSO fisherman was picked up on Monday evening and charged on Tuesday "
                     "with spreading false information, police said.\n\nHe was released on bond late yesterday.\n")
    assert (e.published.value, e.published.precision) == ("2026-09-02", "day")
    # 03/09/2026: Thursday 3 September or Monday 9 March. Saturday and Sunday fit only 9 March
    e = _blog_posted("03/09/2026", "A KELSO fisherman was picked up on Saturday evening and charged on Sunday "
                     "with spreading false information, police said.\n\nHe was released on bond late yesterday.\n")
    assert (e.published.value, e.published.precision) == ("2026-03-09", "day")


def test_numeric_date_either_way_round_without_weekdays_gives_only_its_year():
    e = _blog_posted("02/09/2026", "A KELSO fisherman was charged with spreading false information, police "
                     "said.\n\nHe was released on bond late yesterday.\n")
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026", "year")


POST = """
Share
Posted at 15:40
Writers post their demands

The writers' union has posted its demands online, including Lunvik's release.

Varnholm Writers' Union
@varnholm_writers
Free Edda Lunvik. A poem is not a crime.
3:32 PM · Mar 4, 2026
210 Reposts 640 Likes

“We will read her poems in the square every evening until she is free,” said the union's secretary, Pol Emmerik.
"""


def test_live_page_dated_by_its_photo_and_post_that_agree():
    # entries stamped with clock times only are of one day: the photo and the embedded post
    # both show 4 March 2026, so the page is of that day
    e = page(LIVE.replace("\nShare\nPosted at 15:00", POST + "\nShare\nPosted at 15:00"))
    assert (e.published.value, e.published.precision) == ("2026-03-04", "day")
    assert len(e.paragraphs) == 7


def test_live_page_with_one_dated_photo_only_is_not_given_a_day():
    assert page(LIVE).published is None


def test_menu_words_at_the_top_of_the_page_are_never_the_publisher():
    story = ("\n\nA fisherman was charged with spreading false information on Monday, police said.\n\n"
             "He was released on bond the next day, his lawyer said.\n")
    for top in ("NEWS\nHome | World | Sport", "Top Stories - Home\nWorld\nSport", "World News"):
        e = page(top + "\n\nFisherman charged over radio call in Kelso" + story)
        assert e.publisher is None, top
        assert e.title == "Fisherman charged over radio call in Kelso"
    # an outlet's name made of a place and "News" is still a name
    e = page("Kelso News\nHome | World | Sport\n\nFisherman charged over radio call in Kelso" + story)
    assert e.publisher == "Kelso News"
