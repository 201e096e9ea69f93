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
