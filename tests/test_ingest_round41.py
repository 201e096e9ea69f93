"""Round 41 on invented pages: date lines and by-lines in shapes the extractor had not met (month,
day and year set apart by spaced hyphens; a dotted date beside the author's name; a by-line of
author, outlet and posting time separated by middle dots), and an outlet named only in such a
by-line. Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import page

BODY = ("The court ruled on Wednesday that the strikers must let delivery trucks through, the union said.\n\n"
        "The union said it would appeal the order.\n")


def test_month_day_and_year_set_apart_by_spaced_hyphens_date_the_page():
    e = page("Valley Courier\n\nStrikers told to let trucks through\n\nAuthor: Ana Reyes\nMar - 05 - 2026 , 07:15\n\n" + BODY)
    assert e.published is not None and (e.published.value, e.published.precision) == ("2026-03-05", "day")
    assert [p.text[:9] for p in e.paragraphs] == ["The court", "The union"]


def test_a_dotted_date_beside_the_authors_name_dates_the_page_and_names_the_author():
    e = page("Valley Courier\n\nStrikers told to let trucks through\n\n28.10.2025 | Ana Reyes\n\n" + BODY)
    assert (e.published.value, e.published.precision) == ("2025-10-28", "day")
    assert e.byline == "Ana Reyes"


def test_a_middle_dot_byline_gives_author_date_and_outlet():
    e = page("Harbour Menu\n\nStrikers told to let trucks through\n\n"
             "Ana Reyes · Harbour News · Posted: Nov 13, 2025 6:00 AM AST | Last Updated: 2 hours ago\n\n" + BODY)
    assert (e.published.value, e.published.precision) == ("2025-11-13", "day")
    assert "Ana Reyes" in (e.byline or "")
    assert e.publisher == "Harbour News"


def test_a_staff_title_in_a_byline_is_no_outlet():
    e = page("Strikers told to let trucks through\n\nAna Reyes · Staff Reporter · Posted: Nov 13, 2025\n\n" + BODY)
    assert e.publisher is None
    assert e.published is not None and e.published.value == "2025-11-13"


def test_an_outlet_in_the_byline_outweighs_a_section_taken_for_the_masthead():
    e = page("HNN\nMenu\nSearch\n\nNews\nTop Stories | Local | World | Politics | Business\n\nEastern Cape\n\n"
             "Strikers told to let trucks through\n\n"
             "Ana Reyes · Harbour News · Posted: Nov 13, 2025 6:00 AM AST\n\n" + BODY)
    assert e.publisher in (None, "Harbour News")


HEAD = "Valley Courier\nNews\n\nAssembly chief denies link to attackers\n\nBy Ana Reyes\n2 March 2026\n\n"


def test_a_shared_family_name_with_an_honorific_is_never_the_other_holder():
    from helpers import on_page, speaker_of as who
    e = on_page(HEAD, "The reporter had asked the Municipal Chief Executive, Mr Kofi Mensah, why traders were not "
                      "consulted.\n\n"
                      "The association's regional chairman, Dr Kwame Mensah, said the attack was planned.\n\n"
                      "When contacted, Mr Mensah denied that the men worked for the assembly. \"I have asked the "
                      "police to investigate,\" Mr Mensah said.")
    assert who(e, "I have asked the police") in (None, "Kofi Mensah")


def test_a_cause_then_a_country_names_a_rights_group():
    from helpers import actor_types, on_page, speaker_of as who
    e = on_page(HEAD, "Rights Malawi welcomed the ruling, saying it exposed \"a system that punishes "
                      "children.\"\n\nTransparency Kenya said the law was \"weak.\"")
    types = actor_types(e)
    assert types.get("Rights Malawi") == "ngo" and types.get("Transparency Kenya") == "ngo"
    assert who(e, "a system that punishes children") == "Rights Malawi"
    assert who(e, "weak") == "Transparency Kenya"


def test_a_titled_person_of_a_village_is_a_person():
    from helpers import actor_types, on_page
    e = on_page(HEAD, "The first witness, Chief Tomas Kalo of Lenakel village in South Tanna, told the court that "
                      "men had come at night.")
    assert actor_types(e).get("Tomas Kalo") == "person"


def test_a_portuguese_ombudsmans_title_is_no_part_of_the_name():
    from helpers import actor_types, on_page, speaker_of as who
    e = on_page(HEAD, "Deputy Provedor for Human Rights, Rosa da Silva Lopes, told reporters that complaints had "
                      "come in.\n\n\"We have seen the videos,\" Deputy Provedor Lopes said.")
    assert who(e, "We have seen the videos") == "Rosa da Silva Lopes"
    assert not any(k.startswith("Provedor") for k in actor_types(e))
