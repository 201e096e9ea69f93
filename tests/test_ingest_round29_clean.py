"""Round 29 on invented pages: the page's furniture above the headline, and the dates and
outlet names it carries. Every person, place, outlet and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

LEDE = ("A market trader in Dorvel was held for four days after posting a video that accused a "
        "district officer of selling donated seed, his brother said.")
MIDDLE = ("Tomas Ekwuru, the trader's brother, said the family had not been told of any charge. "
          "\"They took his phone and his ledger,\" he said.")
LAST = "The district office did not answer calls on Sunday."


def test_a_cookie_banner_above_the_masthead_leaves_the_header_recognised():
    text = ("We use cookies so that this site works for you. If you continue to browse we take it that "
            "you accept them. Accept   Read more\n\n"
            "The Dorvel Ledger\nThe valley's independent news and comment\n\n"
            "Home   News   Opinion   Sport   Contact\n\n"
            "Trader held over seed video, brother says\n\n"
            "Mara Vensk: The Dorvel Ledger\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    e = page(text)
    assert body(e) == [LEDE, MIDDLE, LAST]
    assert e.title == "Trader held over seed video, brother says"
    assert e.publisher == "The Dorvel Ledger"


def test_a_story_about_cookies_that_reports_stays_a_paragraph():
    par = ("The regulator said that sites which use cookies must ask you first, and fined three "
           "shops in Dorvel for failing to do so.")
    e = page(f"Dorvel Ledger\n\nShops fined over web tracking\n\n{LEDE}\n\n{par}\n\n{LAST}\n")
    assert par in body(e)


def test_a_pasted_address_with_a_dated_path_dates_the_page_and_is_no_headline():
    text = ("https://www.dorvel-ledger.example.org/news/2027/03/14/trader-held-over-seed-video/\n\n"
            "Trader held over seed video, brother says\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    e = page(text)
    assert e.title == "Trader held over seed video, brother says"
    assert body(e) == [LEDE, MIDDLE, LAST]
    assert (e.published.value, e.published.precision) == ("2027-03-14", "day")
    assert "address" in e.published_basis


def test_a_dashed_date_in_the_address_path_dates_the_page():
    text = ("https://en.valleypost.example.com/region/2027-03-14/trader-held-over-seed-video.html\n\n"
            "Trader held over seed video, brother says\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    e = page(text)
    assert e.title.startswith("Trader held")
    assert (e.published.value, e.published.precision) == ("2027-03-14", "day")


def test_an_address_without_a_date_dates_nothing():
    text = ("https://www.dorvel-ledger.example.org/news/trader-held-4471052\n\n"
            "Trader held over seed video, brother says\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    e = page(text)
    assert e.published is None
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_byline_date_below_wins_over_the_address():
    text = ("https://www.dorvel-ledger.example.org/2027/03/14/trader-held/\n\n"
            "Trader held over seed video, brother says\n\nBy Mara Vensk\n\nMarch 16, 2027\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    e = page(text)
    assert e.published.value == "2027-03-16"


def test_a_section_label_under_the_menu_that_lists_it_is_not_the_outlet():
    text = ("NORTHPORT COURIER\nEnglish\n\nNews   Coast Region   World   Opinion   Sport\n\nCoast Region\n\n"
            "Trader held over seed video, brother says\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n© 2027 Northport Courier. All rights reserved.\n")
    e = page(text)
    assert e.publisher == "Northport Courier"
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_site_name_with_a_colon_over_its_tagline_is_the_outlet_the_footer_names():
    text = ("The Dorvel Ledger Valley:\nWe ask, you answer\n\nHome > News > Valley\n\n"
            "Trader held over seed video, brother says\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n© The Dorvel Ledger Valley\n")
    e = page(text)
    assert e.publisher == "The Dorvel Ledger Valley"
    assert e.title == "Trader held over seed video, brother says"


def test_a_photo_credited_name_first_and_told_that_name_is_the_publisher():
    told = ("\"He sold nothing,\" the trader's wife, Ines Ekwuru, told Dorvel Weekly News on Monday. "
            "\"He only filmed what he saw.\"")
    cap = "Traders gather outside the district office on Monday, March 15, 2027. (Dorvel Weekly News photo)"
    e = page(f"Trader held over seed video, brother says\n\n{LEDE}\n\n{told}\n\n{cap}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.publisher == "Dorvel Weekly News"
    assert "photo" in e.publisher_basis


def test_a_name_credited_only_by_its_photo_is_no_publisher():
    cap = "Traders gather outside the district office on Monday, March 15, 2027. (Dorvel Weekly News photo)"
    e = page(f"Trader held over seed video, brother says\n\n{LEDE}\n\n{cap}\n\n{MIDDLE}\n\n{LAST}\n")
    assert e.publisher is None


def test_a_masthead_naming_its_language_edition_is_the_outlet():
    text = ("VALLEY POST English Edition\nSubscribe   Log in\nNation   Economy   Culture   Opinion\nDORVEL ›\n\n"
            "Trader held over seed video, brother says\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n© VALLEY MEDIA HOLDINGS S.A.\n")
    e = page(text)
    assert e.publisher == "VALLEY POST English Edition"
    assert e.title == "Trader held over seed video, brother says"


def test_a_piped_date_author_and_comment_count_line_dates_the_page():
    text = ("Dorvel Ledger - The Valley's Own News Site\nHome > News > Valley\n\n"
            "Trader held over seed video, brother says\n\n"
            "March 16, 2027 | By Dorvel Ledger | 9 Comments\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    e = page(text)
    assert (e.published.value, e.published.precision) == ("2027-03-16", "day")
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_an_outlet_and_update_age_line_under_the_headline_leaves_the_headline_the_title():
    text = ("The Dorvel Ledger Valley:\nWe ask, you answer\n\nHome > News > Valley\n\n"
            "Trader held over seed video, brother says\n\nDORVEL LEDGER   |   UPDATED 5 hours ago\n\n"
            "Share   Tweet   WhatsApp\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n© The Dorvel Ledger Valley\n")
    e = page(text)
    assert e.title == "Trader held over seed video, brother says"
    assert body(e) == [LEDE, MIDDLE, LAST]


def test_a_section_label_repeating_a_menu_item_is_not_the_title():
    text = ("NORTHPORT COURIER\n\nNews   Coast Region   World   Opinion\n\nCoast Region\n\n"
            "Trader held over seed video, brother says\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n\n© 2027 Northport Courier. All rights reserved.\n")
    assert page(text).title == "Trader held over seed video, brother says"


SAT = ("Relatives of the trader hold his picture outside the district office in Dorvel, Saturday, "
       "March 13, 2027.")
TOLD_SAT = ("His relatives gathered outside the district office in Dorvel on Saturday. \"We want him home,\" "
            "his brother said.")


QUIET = "The district office did not answer calls."


def _captioned(credit: str, extra: str = "") -> object:
    return page(f"Dorvel Ledger\n\nTrader held over seed video, brother says\n\n{LEDE}\n\n{TOLD_SAT}\n\n"
                f"{SAT} ({credit})\n\n{MIDDLE}\n\n{extra or QUIET}\n\n© 2027 Dorvel Ledger. All rights reserved.\n")


def test_the_outlets_own_dated_photo_of_the_one_weekday_the_story_names_dates_the_page():
    e = _captioned("Dorvel Ledger")
    assert (e.published.value, e.published.precision) == ("2027-03-13", "day")


def test_an_agencys_dated_photo_does_not_date_the_page():
    e = _captioned("Photo: Valley Press Agency")
    assert e.published is None or e.published.precision != "day"


def test_a_later_weekday_in_the_story_leaves_the_day_unsettled():
    later = "The district officer said on Sunday that the seed had been sold lawfully."
    e = _captioned("Dorvel Ledger", later)
    assert e.published is None or e.published.precision != "day"


def test_a_photo_credited_to_the_outlets_initials_dates_a_story_naming_no_weekday():
    quiet = ("Relatives of the trader gathered outside the district office in Dorvel. \"We want him home,\" "
             "his brother said.")
    text = (f"Dorvel Ledger\n\nTrader held over seed video, brother says\n\n{LEDE}\n\n{quiet}\n\n"
            f"{SAT} (DL Photo: Ana Petrak)\n\n{MIDDLE}\n\n{QUIET}\n\n© 2027 Dorvel Ledger. All rights reserved.\n")
    e = page(text)
    assert (e.published.value, e.published.precision) == ("2027-03-13", "day")


def test_skip_links_at_the_top_are_never_the_headline():
    text = ("Dorvel Ledger\nSkip to content\nSkip to main menu\nSkip to more Ledger sites\n\n"
            "Trader held over seed video, brother says\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n{LAST}\n")
    e = page(text)
    assert e.title == "Trader held over seed video, brother says"
    assert body(e) == [LEDE, MIDDLE, LAST]
