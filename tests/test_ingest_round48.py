"""Round 48 on invented pages: what the first run on blind58 and blind59 showed. Every outlet,
person and event here is made up.
"""
from __future__ import annotations

from helpers import on_page, page, published, speaker_of as who

HEAD = "Lakeside Herald\nNews | Politics\n\nDebate on the camera bill\n\nBy Mari Kask\n18 November 2026\n\n"


def test_the_reply_of_the_one_asked_is_his_not_the_asker_s():
    e = on_page(HEAD, "Interior Minister Hendrik Lepp presented the bill.\n\n"
                      "Jaan Kivi (Isamaa) was the first to question the minister. Kivi asked Lepp whether images would "
                      "be stored on police servers. He replied that the software would discard them \"within seconds,\" "
                      "and that the rules would be set later.")
    assert who(e, "within seconds") == "Hendrik Lepp"


def test_she_replied_after_a_judge_asked_counsel_is_counsel():
    e = on_page(HEAD, "Deputy Solicitor General Nirmala Perera appeared for the State.\n\n"
                      "Justice Anoma Silva asked Perera whether the authorities had sought a ruling first. She replied "
                      "that the commission had been informed \"after the fact\".")
    assert who(e, "after the fact") == "Nirmala Perera"


def test_a_bare_surname_stays_open_once_the_text_says_the_two_are_not_related():
    e = on_page(HEAD, "Union president Pedro Vidal said the offer ignored the union's demands.\n\n"
                      "Marta Vidal, the company's vice president, said the company remained \"open to dialogue\".\n\n"
                      "The two Vidals are not related, both sides confirmed.\n\n"
                      "Vidal said the union would accept mediation only if the company put \"real money\" on the table.")
    assert who(e, "real money") is None


def test_a_rapporteur_of_a_parliament_s_committee_with_her_party_in_brackets():
    e = on_page(HEAD, "Jaan Tamm (Isamaa) said the bill was a blank cheque. \"We are being asked to sign it,\" Tamm said.\n\n"
                      "The rapporteur of the Riigikogu's constitutional affairs committee, Liisa Tamm (Eesti 200), "
                      "defended the bill. She said the two Tamms in the chamber \"agree on more than the public might "
                      "think,\" drawing laughter.")
    assert who(e, "agree on more than the public") == "Liisa Tamm"


def test_posted_on_a_date_by_someone_under_a_motto_in_sentences():
    e = page("Caribbean Media Workers\nCMW | Press Freedom. Professionalism. Solidarity.\nHome | About | Alerts\n\n"
             "Press Freedom Alerts\n\nCMW alarmed by detention of talk-show host\n\n"
             "Posted on 3 September 2026 by CMW Secretariat\n\n"
             "The Caribbean Media Workers is alarmed by the detention of a talk-show host on Monday.\n\n"
             "The host was released without charge, his lawyer said.\n")
    assert published(e) == "2026-09-03"


def test_posted_by_someone_then_the_sections_it_is_filed_in():
    e = page("Lawyers for Rights\nHome | Statements\n\nLawyers secure bail for three journalists\n\n"
             "Posted on 24 November 2026 by LfR Communications | Press Statements, Media Freedom\n\n"
             "Lawyers for Rights secured bail for three journalists on Monday.\n\n"
             "The magistrate set bail at 50 dollars each, the lawyers said.\n")
    assert published(e) == "2026-11-24"


def test_a_date_then_the_country_then_the_sections():
    e = page("Asia Media Review\nHome | Interviews\n\nA media lawyer on the false information law\n\n"
             "20 November 2026 | Kyrgyzstan | Freedom of speech, Media, Human rights\n\n"
             "A Bishkek media lawyer spoke to us about the new law and the first cases brought under it.\n\n"
             "The law was passed in July, the lawyer said.\n")
    assert published(e) == "2026-11-20"


def test_us_dollars_written_together_are_no_country():
    e = on_page(HEAD, "The company made US$1.1bn last year on the backs of these workers, the union said.")
    from helpers import actor_types
    assert "United States" not in actor_types(e)


def test_according_to_him_after_a_spokesman_is_the_spokesman():
    e = on_page(HEAD, "Army spokesman Musa Bello said troops had repelled the attack on Sunday.\n\n"
                      "According to him, 14 attackers were neutralised while others escaped \"with varying degrees of "
                      "gunshot wounds\".")
    assert who(e, "with varying degrees") == "Musa Bello"


def test_a_firm_named_by_its_trade_first_and_the_company_later():
    e = on_page(HEAD, "About 1,200 workers of Minera Loma Blanca walked out on Monday.\n\n"
                      "Union president Pedro Soto said the offer ignored the mine's record profits.\n\n"
                      "\"We are not going back for crumbs,\" Soto told the paper.\n\n"
                      "In a statement on Saturday, the company said the union had \"rejected an offer that is among the "
                      "best in the industry\".\n\n"
                      "Loma Blanca said it remained \"open to dialogue\".")
    from helpers import actor_types
    types = actor_types(e)
    assert "Minera Loma Blanca" in types and "Loma Blanca" not in types
    assert who(e, "rejected an offer") == "Minera Loma Blanca"
    assert who(e, "open to dialogue") == "Minera Loma Blanca"


def test_a_counselor_with_a_lower_case_remit_and_a_place_joined_by_de():
    e = on_page(HEAD, "The regional government rejected the plan. Its counselor for family and social affairs, Tomas "
                      "Ferrer, said the region had received \"not a single euro\".\n\n"
                      "Meanwhile, the regional Minister of Social Welfare, Elena Quintana, visited a centre in Las "
                      "Palmas de Gran Canaria on Monday. She said that 11 centres were \"emergency facilities\".")
    assert who(e, "not a single euro") == "Tomas Ferrer"
    assert who(e, "emergency facilities") == "Elena Quintana"
