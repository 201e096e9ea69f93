"""Round 12 on invented articles: actor shapes a first run on new articles missed, doubled or
typed wrong (an Amharic honorific, a bulleted reaction naming a person with a descriptor, a
commissioner's portfolio ending in words the lexicon lacks, a unit's parent body named alone).
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors, speaker_of as speaker

HEAD = "Rift Courier\nNews\n\nTraders in the old market wait for a ruling\n\nBy Hanna Worku\n3 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_an_amharic_honorific_before_a_name_makes_it_a_persons_and_the_given_name_hers():
    e = ex("The trader's sister, W/ro Tigist Alemayehu, sat on a bench by the gate all morning.\n\n"
           "\"They took the scales and the ledger,\" W/ro Tigist said.")
    found = actors(e)
    assert found.get("Tigist Alemayehu") == "person"
    assert "Tigist" not in found
    mention = next(m for m in e.mentions if m.key == "Tigist Alemayehu")
    assert mention.paragraphs == (1, 2)


def test_a_bulleted_reaction_names_a_person_by_a_descriptor_before_the_colon():
    e = ex("Reactions to the ruling came within the hour:\n\n"
           "- Liya Demissie, poet and teacher: \"A market is not a crime scene.\"")
    assert actors(e).get("Liya Demissie") == "person"


def test_a_portfolio_running_past_the_known_words_names_no_person():
    e = ex("The board's Commissioner for Land and Pastoral Matters, Dr. Yonas Berhe, wrote that the "
           "eviction notices were void.")
    found = actors(e)
    assert found.get("Yonas Berhe") == "person"
    assert "Pastoral Matters" not in found
    assert not any(t == "person" and k != "Yonas Berhe" for k, t in found.items())


def test_a_unit_shortened_to_its_parent_bodys_name_is_one_actor():
    e = ex("The trader is held at the Regional Police Fraud Investigation Bureau, his family said.\n\n"
           "A spokesperson for the Regional Police declined to comment.")
    found = actors(e)
    assert "Regional Police Fraud Investigation Bureau" in found
    assert "Regional Police" not in found


def test_stacked_honorifics_before_a_priests_name_are_no_person_and_his_title_is_no_second_one():
    e = ex("Rev. Fr. Anselm Mbah, the chaplain of the market chapel, said the traders had prayed for rain. "
           "\"We ask only for water,\" Father Mbah said.")
    found = actors(e)
    assert found.get("Anselm Mbah") == "person"
    assert "Fr" not in found and "Father Mbah" not in found
    assert speaker(e, "We ask only for water") == "Anselm Mbah"


def test_a_titled_double_surname_after_the_full_name_is_the_same_person():
    e = ex("The traders' counsel, Barrister Clement Ayuk Tabe, filed the appeal on Monday. "
           "Barrister Ayuk Tabe said: \"A stall is not a weapon.\"")
    found = actors(e)
    assert found.get("Clement Ayuk Tabe") == "person"
    assert "Ayuk Tabe" not in found
    assert speaker(e, "A stall is not a weapon") == "Clement Ayuk Tabe"


def test_a_unit_named_with_an_ordinal_is_a_state_body_and_can_speak():
    e = ex("A spokesperson for the army's 7th Infantry Division said the traders were held for "
           "\u2018questioning about the curfew\u2019.")
    assert actors(e).get("7th Infantry Division") == "government"
    assert speaker(e, "questioning about the curfew") == "7th Infantry Division"


def test_an_ordinal_before_a_bare_division_names_no_unit():
    e = ex("The club was relegated to the 3rd Division last season, its coach Abebe Girma said.")
    assert not any("Division" in k for k in actors(e))


def test_a_battalion_is_a_state_body():
    e = ex("Soldiers of the Coastal Rapid Battalion closed the market road on Monday.")
    assert actors(e).get("Coastal Rapid Battalion") == "government"


def test_a_lab_is_a_group():
    e = ex("The reporters of the Highland Data Lab published the ledgers on Monday.")
    assert actors(e).get("Highland Data Lab") == "ngo"


def test_an_ombudsmans_office_named_by_its_title_speaks_as_a_state_body():
    e = ex("The Public Protector of Lesotho said in a statement on Friday that the evictions were "
           "\"without any legal basis\".")
    found = actors(e)
    assert found.get("Public Protector of Lesotho") == "government"
    assert found.get("Lesotho") == "country"
    assert speaker(e, "without any legal basis") == "Public Protector of Lesotho"


def test_an_ombudsmans_title_before_a_name_is_still_a_persons():
    e = ex("Public Defender Marta Osei said the evictions were unlawful.")
    assert actors(e).get("Marta Osei") == "person"
    assert "Public Defender" not in actors(e)


def test_the_majority_that_adopted_a_law_is_a_party():
    e = ex("The Market Levy Act, adopted by the Harbour Dawn majority in 2024, doubled the stall fees.")
    assert actors(e).get("Harbour Dawn") == "party"


def test_an_ethnic_majority_is_no_party():
    e = ex("The new levy, approved by the Chinese majority on the council, doubled the stall fees.")
    assert "Chinese" not in actors(e)


def test_an_ampersand_and_an_and_inside_a_courts_name_keep_it_whole():
    e = ex("The High Court of Punjab & Haryana and Chandigarh on Monday stayed the eviction of the "
           "old market's traders.")
    found = actors(e)
    assert found.get("High Court of Punjab & Haryana and Chandigarh") == "court"
    assert "High Court of Punjab" not in found


def test_a_university_centre_goes_by_its_own_name():
    e = ex("Sana Mir, a researcher at the Urban Studies Centre of the University of Lahore, said the "
           "market had stood for a century.")
    found = actors(e)
    assert found.get("Urban Studies Centre") == "ngo"
    assert found.get("University of Lahore") == "ngo"
    assert "Urban Studies Centre of the University of Lahore" not in found


def test_two_place_names_joined_by_and_before_a_bodys_head_are_one_name():
    e = ex("According to the Sindh and Punjab Coalition of Traders' report, 400 stalls were closed.")
    found = actors(e)
    assert found.get("Sindh and Punjab Coalition of Traders") == "ngo"
    assert "Punjab Coalition of Traders" not in found


def test_what_a_coalition_gathers_is_no_body_of_its_own():
    e = ex("The Riverside Forum of Civil Society said the fees had doubled.")
    found = actors(e)
    assert "Riverside Forum of Civil Society" in found
    assert "Civil Society" not in found


def test_a_district_office_named_by_title_and_seat_is_a_state_body():
    e = ex("The eviction order was signed by the Deputy Commissioner, Larkana, who called the traders "
           "\"a threat to public order\".")
    found = actors(e)
    assert found.get("Deputy Commissioner, Larkana") == "government"
    assert "Larkana" not in found


def test_an_advocate_is_a_title_and_the_short_name_is_the_same_person():
    e = ex("Advocate Farhan Ali Qureshi, appearing for the traders, filed the petition. "
           "\"A market is not a nuisance,\" Advocate Qureshi told the Rift Courier.")
    found = actors(e)
    assert found.get("Farhan Ali Qureshi") == "person"
    assert "Advocate Qureshi" not in found
    assert speaker(e, "A market is not a nuisance") == "Farhan Ali Qureshi"


def test_a_newspaper_whose_name_opens_with_the_is_a_media_body():
    e = ex("The state-run newspaper The Morning Star of Lowland reported that the traders had been "
           "\u201cexposed\u201d.")
    assert actors(e).get("Morning Star of Lowland") == "ngo"


def test_a_hyphenated_office_holders_possessive_opens_a_bodys_name():
    e = ex("The Auditor-General's Office has not commented on the market's accounts.")
    assert actors(e).get("Auditor-General's Office") == "government"


def test_a_source_identified_only_by_one_name_is_a_person_who_can_speak():
    e = ex("A stallholder who asked to be identified only as Kofi said the inspectors came at dawn. "
           "\u201cThey counted the scales, not the fish,\u201d Kofi said.")
    assert actors(e).get("Kofi") == "person"
    assert speaker(e, "They counted the scales") == "Kofi"


def test_the_real_name_behind_a_nickname_is_a_persons():
    e = ex("The market's best-known critic, known to his readers as \"Tariff\" \u2014 his real name is "
           "Dauren Alimov \u2014 wrote on Telegram that the fees were theft.")
    assert actors(e).get("Dauren Alimov") == "person"


def test_a_courts_division_is_a_court():
    e = ex("The Regional First Instance Court Mercato Division on Monday adjourned the traders' case.")
    assert actors(e).get("Regional First Instance Court Mercato Division") == "court"


def test_a_civil_disobedience_movement_is_no_party():
    e = ex("Nurses who joined the Public Servants Disobedience Movement were dismissed on Friday.")
    assert actors(e).get("Public Servants Disobedience Movement") == "ngo"


def test_the_body_an_mp_is_of_is_a_party():
    e = ex("Opposition MP Lela Beridze, of the Alliance for Tomorrow, said the fees were a tax on trade.")
    assert actors(e).get("Alliance for Tomorrow") == "party"


def test_a_street_named_after_a_title_is_no_person():
    e = ex("The traders marched down Bishop Street and King Street on Monday.")
    assert not any(t == "person" for t in actors(e).values())


def test_a_name_joined_by_an_ampersand_is_no_persons():
    e = ex("Baxter & Moyo said the stalls would reopen.")
    assert actors(e).get("Baxter & Moyo") != "person"
    assert "Baxter" not in actors(e) and "Moyo" not in actors(e)


def test_a_district_office_opening_a_sentence_is_a_state_body_too():
    e = ex("The Deputy Commissioner, Larkana, said the market would stay shut.")
    assert actors(e).get("Deputy Commissioner, Larkana") == "government"
