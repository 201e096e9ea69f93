"""Round 20 on invented pages: page cleaning, paragraph numbering, the page's date. A rights
group's case page whose updates are listed newest first, each under its own date and heading.
Every person, place, group and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

UPDATES = [
    ("14 October 2026", "Appeal hearing postponed again", [
        "On 12 October 2026, the Regional Court in Korvath postponed the appeal of environmental "
        "defender Selka Varn for the fourth time.",
        "Her lawyer, Teodor Mask, said the delays were a punishment in themselves.",
    ]),
    ("2 July 2026", "Defender sentenced to two years", [
        "On 30 June 2026, a district court sentenced Selka Varn to two years in prison for "
        "organising an unauthorised gathering.",
    ]),
    ("9 March 2026", "Environmental defender Selka Varn detained", [
        "On 7 March 2026, Selka Varn was detained at her home in Lesk after a protest against a "
        "quarry.",
        "Watchline Rights calls for her immediate and unconditional release.",
    ]),
]


def _case_page(updates) -> str:
    out = ("Watchline Rights\nStanding with defenders at risk\n\nAbout | Cases | Donate\n\n"
           "Case History: Selka Varn\n\nCountry: Norland\nStatus: Sentenced\n\n")
    for stamp, head, pars in updates:
        out += stamp + "\n" + head + "\n\n" + "\n\n".join(pars) + "\n\n"
    return out + "Related cases: Norland\n\nWatchline Rights is a registered charity.\n"


def test_case_page_dated_by_its_newest_update():
    e = page(_case_page(UPDATES))
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-10-14", "day")


def test_case_page_update_headings_are_not_paragraphs():
    e = page(_case_page(UPDATES))
    assert body(e) == [p for _, _, pars in UPDATES for p in pars]


def test_case_page_listed_oldest_first_is_still_dated_by_the_newest():
    e = page(_case_page(UPDATES[::-1]))
    assert (e.published.value, e.published.precision) == ("2026-10-14", "day")
    assert body(e)[0].startswith("On 7 March 2026")


# A rights group's dispatch: the author's name and role between the headline and the date, a
# share bar of "Share this via ..." buttons, an image viewer's button, an embedded post with its
# date on the handle's line and icon counters, a quotation with its speaker on the next line in
# single quotes, and a donation appeal under the story.
DISPATCH = [
    "Last Tuesday, Dorotea Wren joined hundreds of dock workers at the gates of the Port of Selvik "
    "to demand two months of unpaid wages.",
    "In the week after, I interviewed nine workers and two nurses about what happened next.",
    "‘We brought our pay slips, not stones.’\n— Dorotea Wren, crane operator, Selvik",
    "The port authority said in a statement that guards had acted “to protect the cranes.”",
    "The authorities should open an independent inquiry and make its findings public.",
]


def _dispatch(inset: str) -> str:
    pars = DISPATCH[:4] + [inset] + DISPATCH[4:]
    return ("Skip to main content\nWatchline Rights\nDonate now\n\nSearch | Countries | Topics | News\n\n"
            "Dispatches\n\nDock Guards Beat Workers Asking for Their Pay\n\nIlse Marrow\nResearcher, Nordic Division\n\n"
            "October 14, 2026 4:00PM EDT\n\n"
            "Share this via Facebook  Share this via X  Share this via Email  Other ways to share  Print\n\n"
            + "\n\n".join(pars)
            + "\n\nYour tax deductible gift can help stop abuses and protect workers everywhere.\nDonate Now\n\n"
            "© 2026 Watchline Rights\n")


POST = ("Selvik Dockers Union @selvikdockers · Oct 9\n"
        "Guards are beating workers at the port gates right now. #PayTheDockers\n"
        "♡ 3.4K   ↻ 1.2K")


def test_dispatch_dated_by_its_byline_with_a_clock_and_zone():
    e = page(_dispatch(POST))
    assert e.title == "Dock Guards Beat Workers Asking for Their Pay"
    assert (e.published.value, e.published.precision) == ("2026-10-14", "day")


def test_dispatch_numbers_only_the_story():
    e = page(_dispatch(POST))
    want = [p.replace("\n", " ") for p in DISPATCH]
    assert body(e) == want


def test_image_button_is_not_a_paragraph():
    e = page(_dispatch("Click to expand Image"))
    assert body(e) == [p.replace("\n", " ") for p in DISPATCH]


def test_post_with_counters_as_words_and_a_full_date():
    post = ("Selvik Dockers Union @selvikdockers · Oct 9, 2026\n"
            "Guards are beating workers at the port gates right now.\n"
            "1.2K Reposts  3.4K Likes")
    e = page(_dispatch(post))
    assert body(e) == [p.replace("\n", " ") for p in DISPATCH]


# Pages dated only by an "Updated" stamp, or by a dateline that gives the date before the place.
def _news(stamp_lines: str, first: str) -> str:
    return ("THE LESK OBSERVER\nHome | News | Region | Opinion\n\n"
            "Quarry protesters held overnight in Lesk\n\nBy Hanna Vell\n\n" + stamp_lines + "\n\n"
            + first + "\n\n"
            "Their lawyer, Piet Orrel, said the four had been questioned without counsel.\n\n"
            "The regional police said the detentions were lawful.\n\n© 2026 Lesk Observer Media\n")


LEDE = "Police in Lesk detained four people overnight after a march against a new quarry."


def test_update_stamp_alone_dates_the_page():
    e = page(_news("Updated Oct 9, 2026\n6 min read", LEDE))
    assert (e.published.value, e.published.precision) == ("2026-10-09", "day")
    # the editor is told what the day rests on, and that the first appearance may be earlier
    assert "update stamp" in e.published_basis and "earlier" in e.published_basis


def test_update_stamp_with_its_weekday_dates_the_page():
    e = page(_news("Updated: Friday, October 9, 2026 — 8:40 am", LEDE))
    assert (e.published.value, e.published.precision) == ("2026-10-09", "day")


def test_update_stamp_never_dates_a_page_telling_of_later_days():
    later = LEDE + " A hearing was held on October 12, 2026."
    e = page(_news("Updated Oct 9, 2026", later))
    assert e.published is None or e.published.value != "2026-10-09"


def test_dateline_with_date_before_the_bracketed_place():
    e = page(_news("Lesk Observer", "October 8, 2026 (LESK) – " + LEDE))
    assert (e.published.value, e.published.precision) == ("2026-10-08", "day")


# Captions set between paragraphs: a wire caption opening with its bracketed credit, a caption
# closed by a piped "Photo:" credit; and a "Support <outlet>" box whose appeal asks for a monthly
# supporter. None is a paragraph a reader counts.
NEWS = [
    "Police in Lesk on Friday detained four people after a march against a new quarry.",
    "“We only walked down the main road,” said Piet Orrel, one of the marchers.",
    "The regional police said the detentions were lawful.",
    "A court will hear the case on Tuesday.",
]


def _with(inset: str, tail: str = "") -> str:
    return ("THE LESK OBSERVER\nHome | News | Region | Opinion\n\nQuarry marchers detained in Lesk\n\n"
            "By Hanna Vell\n\nOctober 10, 2026\n\n" + "\n\n".join(NEWS[:2]) + "\n\n" + inset + "\n\n"
            + "\n\n".join(NEWS[2:]) + "\n\n" + tail + "© 2026 Lesk Observer Media\n")


def test_caption_opening_with_its_bracketed_credit_is_not_a_paragraph():
    e = page(_with("(Observer photo) Marchers carry banners along the main road in Lesk on Oct. 9, 2026."))
    assert body(e) == NEWS
    assert any(c.text.startswith("Marchers carry banners") for c in e.captions)


def test_caption_with_a_piped_photo_credit_is_not_a_paragraph():
    e = page(_with("Marchers outside the Lesk police station on Friday. | Photo: Aino Dral | Observer Media"))
    assert body(e) == NEWS


def test_support_box_asking_for_a_monthly_supporter_is_not_a_paragraph():
    e = page(_with("",
                   "Support The Observer\nEvery week our reporters take risks to tell you what happens in the "
                   "valley. Become a monthly supporter.\n\n"))
    assert body(e) == NEWS


def test_initials_with_a_slash_over_the_name_they_stand_for_are_the_masthead():
    text = ("RN/RS\nRadio North / Radio South\nLakes Service | Järvi\n\nHome | Lakes | Region | Podcasts\n\n"
            "LAKES\n\nFerry Crews Walk Off Over Unpaid Wages\n\nBy RN/RS's Lakes Service\n\n"
            + "\n\n".join(NEWS) + "\n\n© RN/RS. All rights reserved.\n")
    e = page(text)
    assert e.publisher == "Radio North / Radio South"


def test_headline_under_a_tagline_with_full_stops_and_over_a_source_line():
    text = ("Valley Wire\nThe Valley. Every day.\n\nEnglish | Suomi\nNews | Features | Podcasts\n\n"
            "‘We only walked’ Four marchers held overnight in Lesk after quarry protest\n\n"
            "Source: Valley Wire\n\nOctober 10, 2026, 7:05 p.m.\n\n" + "\n\n".join(NEWS)
            + "\n\n© 2026 Valley Wire\n")
    e = page(text)
    assert e.title == "‘We only walked’ Four marchers held overnight in Lesk after quarry protest"
    assert body(e) == NEWS
