"""Round 44 on invented pages: a prosecutor sharing the witness's family name, date lines in shapes
the extractor had not met. Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, body, on_page, page, speaker_of as who

HEAD = "Valley Courier\nNews | Courts\n\nMother tells court of son's last night\n\nBy Ana Reyes\n8 August 2026\n\n"


def test_a_witness_led_in_evidence_by_a_counsel_of_her_family_name_keeps_her_words():
    e = on_page(HEAD, "Awa Jallow, a fish vendor, was testifying as the second prosecution witness.\n\n"
                      "Led in evidence by State Counsel F. Jallow, the witness told the court that her son left home "
                      "at 8 p.m.\n\n"
                      "\"They came down from the pickup and they did not say anything,\" the witness said.")
    assert "F. Jallow" in actor_types(e) and "State Counsel F. Jallow" not in actor_types(e)
    assert who(e, "They came down from the pickup") in (None, "Awa Jallow")


BODY = ("The court ruled on Wednesday that the strikers must let delivery trucks through, the union said.\n\n"
        "The union said it would appeal the order.\n")


def _date(e):
    return (e.published.value, e.published.precision) if e.published else None


def test_a_dateline_with_a_colon_opening_the_first_paragraph_dates_the_page():
    e = page("Valley Courier\n\nVote suspended after gunmen storm polling centres\n\nBy Ana Reyes.\n\n"
             "Tripoli, 15 February 2026: The elections commission yesterday suspended voting in the town.\n\n"
             "The union said it would appeal the order.\n")
    assert _date(e) == ("2026-02-15", "day")


def test_a_day_written_as_an_ordinal_with_a_full_stop_under_a_standfirst_dates_the_page():
    e = page("Valley Courier\nNews | Politics\n\nPolice summon protest organisers\n\n"
             "Organisers say the questioning is meant to scare people away; police say they are doing their job.\n\n"
             "27. Jan 2026 at 15:42 | Compiled by Courier staff based on wire reports\n\n" + BODY)
    assert _date(e) == ("2026-01-27", "day")


def test_a_date_line_with_the_author_the_sections_and_a_read_time_dates_the_page():
    e = page("Valley Courier\n\nMigrant workers lodge wage complaints\n\n"
             "Saturday 8 August 2026 | Written by Ana Reyes | Local, National, Business | Read time: 3 mins\n\n" + BODY)
    assert _date(e) == ("2026-08-08", "day")
    assert "Ana Reyes" in (e.byline or "")


def test_a_bodys_unnamed_office_holder_is_the_he_not_a_namesake_named_before():
    e = on_page(HEAD, "The union's branch chairperson at the mine, Sipho Mokoena, said the workers would not come up.\n\n"
                      "The rival union distanced itself. Its regional secretary, Thabo Mokoena, said some members "
                      "were underground against their will. \"Nobody should be forced to stay,\" he said.\n\n"
                      "The AMCU branch chairperson rejected the claim on Tuesday evening. \"Every man down there "
                      "chose to be there,\" he said.")
    assert who(e, "Every man down there") in (None, "Sipho Mokoena")


def test_a_screenshots_credit_in_brackets_and_a_print_and_email_tools_line_are_no_paragraphs():
    e = page("Valley Courier\n\nRadio host charged before military court\n\nTuesday, September 15, 2026\n\n"
             "Print this page | Email A Friend!\n\n"
             "The court ruled on Wednesday that the host must stay in custody, his lawyer said.\n\n"
             "A screenshot of the station's page announcing the suspension of “Town Speaks.” (Screenshot: Valley "
             "Courier)\n\n"
             "The union said it would appeal the order.\n")
    assert [p[:9] for p in body(e)] == ["The court", "The union"]
    assert [c.credit for c in e.captions] == ["Screenshot: Valley Courier"]
