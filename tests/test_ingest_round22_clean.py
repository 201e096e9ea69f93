"""Round 22 on invented pages: page cleaning, paragraph numbering, the page's date and
publisher. Every person, place, outlet and event here is made up.
"""
from __future__ import annotations

from helpers import body, page, quote_texts

# A newspaper page whose photo caption repeats a body quote and ends "PHOTO | PHOTOGRAPHER",
# the pipe-separated credit some East African papers print under a picture.
PIPE_CAPTION_PAGE = (
    "The Lakeside Herald\nNews you can trust\n\nHome | News | Sport | Opinion\n\n"
    "Fishermen protest new licence fees in Kamora\n\nFriday, March 6, 2026\n\nBy Asha Mwenda\n\n"
    "Kamora. Hundreds of fishermen marched on the district office on Thursday to protest a tripling "
    "of licence fees.\n\n"
    "Mr Tumaini Olelo, who chairs the Kamora boat owners' group, said the fees would ruin families. "
    "\"We cannot feed our children on empty nets and new taxes,\" he said.\n\n"
    "Mr Tumaini Olelo addresses fishermen outside the district office on Thursday. \"We cannot feed "
    "our children on empty nets and new taxes,\" he said. PHOTO | ASHA MWENDA\n\n"
    "The district commissioner said the fees would fund new landing sites.\n\n"
    "© 2026 Lakeside Media Ltd. All rights reserved.\n"
)


def test_pipe_credited_caption_is_not_a_body_paragraph():
    e = page(PIPE_CAPTION_PAGE)
    paras = body(e)
    assert len(paras) == 3
    assert not any("PHOTO" in p or p.startswith("Mr Tumaini Olelo addresses") for p in paras)
    assert paras[-1].startswith("The district commissioner said")


def test_pipe_credited_caption_quote_is_counted_once():
    e = page(PIPE_CAPTION_PAGE)
    assert quote_texts(e).count("We cannot feed our children on empty nets and new taxes,") <= 1


# A live-updates page: time stamps on their own lines, an update line whose clock names the
# city's time, and an embedded post whose display name holds a small word and a flag.
LIVE_PAGE = (
    "BALTIC COURIER\nNews from the coast\nSubscribe | Log in\n\n"
    "LIVE: Dockworkers strike as port law goes to a vote\n\n"
    "Updated: 9 April 2026, 17:05 (Riga time)\n\nLive updates by Baltic Courier staff\n\n"
    "17:05\n\n"
    "We are closing our live coverage for today. The assembly postponed the vote on the port law "
    "until next week.\n\n"
    "16:20\n\n"
    "The Red Cross office in the capital has posted a statement on X calling for calm on both sides.\n\n"
    "Red Cross in Norland 🇳🇴 @redcross_norland\n"
    "We call on all sides to keep the harbour gates open for medical supplies.\n"
    "4:18 PM · Apr 9, 2026 · 12.4K Views\n\n"
    "15:40\n\n"
    "Union organiser Jonas Velde said the strike would go on until the law was withdrawn.\n\n"
    "© 2026 Baltic Courier. All rights reserved.\n"
)


def test_embedded_post_with_flag_in_display_name_is_not_a_body_paragraph():
    paras = body(page(LIVE_PAGE))
    assert len(paras) == 3
    assert not any("harbour gates" in p or "Views" in p or "@" in p for p in paras)
    assert paras[-1].startswith("Union organiser Jonas Velde")


def test_update_line_with_named_local_time_dates_the_page():
    e = page(LIVE_PAGE)
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-04-09", "day")


def test_outlet_comma_weekday_date_byline_dates_the_page():
    e = page(
        "Harbour Times\nharbourtimes.example\nNews | World | Sport\n\n"
        "Appeals court frees jailed economist\n\n"
        "Harbour Times , Monday 3 Aug 2026\n\nPrint | Email | Share\n\n"
        "An appeals court on Monday freed the economist Davor Lentic, who had been held since "
        "March over a report on bread prices.\n\n"
        "His sister, Mira Lentic, said the family had waited outside the court since dawn.\n"
    )
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-08-03", "day")
    assert body(e)[0].startswith("An appeals court on Monday")
