"""Round 6 on invented articles: actors a first run on a new article missed or invented.
Every outlet, person and body here is made up; each test shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, actor_types as actors, speaker_of as speaker

HEAD = "Harbour Ledger\nNews\n\nReporter held in Vessmark\n\nBy Ada Korrin\n4 May 2025\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_city_hall_with_a_spokesman_is_the_city_administration_not_a_building():
    e = ex("Vessmark Municipal Hall spokesman Oren Talvi said the permit was legal.\n\n"
           "About forty residents gathered outside City Hall on Monday.")
    found = actors(e)
    assert found.get("Vessmark Municipal Hall") == "government"
    assert "City Hall" not in found
    assert found.get("Oren Talvi") == "person"


def test_a_title_with_its_portfolio_then_a_name_in_commas_names_a_person():
    e = ex("The Vessmark State Government denied any role. In a statement signed by the "
           "Commissioner for Water Resources, Emeka Obiorah, the government said it had no hand in it.")
    assert actors(e).get("Emeka Obiorah") == "person"


def test_a_chapter_of_a_body_set_off_by_commas_is_that_body():
    e = ex("The Coastal Union of Reporters (CUR), Vessmark State Council, described the arrest "
           "as “an attack on every reporter”.")
    found = actors(e)
    assert "Vessmark State Council" not in found
    assert found.get("Coastal Union of Reporters") == "ngo"


def test_a_kind_of_rights_work_before_a_name_cues_a_body():
    e = ex("The human rights project Tally-Watch says that courts have opened 300 such cases. "
           "According to Tally-Watch, two people were briefly detained.")
    assert actors(e).get("Tally-Watch") == "ngo"


def test_an_age_says_a_name_is_a_person_even_after_of():
    e = ex("Mirela Ostrava was 19 years old when she first spoke at a rally in the capital.\n\n"
           "Officials confirmed the execution on Monday of Karim bin Salah al-Wadi, a 31-year-old "
           "man from the north.\n\n"
           "In one speech, Mirela read out a list of demands.")
    found = actors(e)
    assert found.get("Mirela Ostrava") == "person"
    assert found.get("Karim bin Salah al-Wadi") == "person"


def test_a_group_named_for_its_members_and_cause_is_a_body():
    e = ex("According to Ruritanian Reporters for Open Courts, at least 40 people have been charged "
           "since 2021.")
    assert actors(e).get("Ruritanian Reporters for Open Courts") == "ngo"


def test_an_office_holders_office_is_one_body():
    e = ex("The Public Defender’s Office said its monitors had visited the detention centre.")
    assert actors(e).get("Public Defender’s Office") == "government"


def test_a_permanent_mission_of_a_country_that_speaks_is_an_actor():
    e = ex("In a note circulated after the briefing, the Permanent Mission of Tunisia in Geneva said "
           "the trials had been “fair and open”.")
    assert actors(e).get("Permanent Mission of Tunisia in Geneva") == "government"
    assert speaker(e, "fair and open") == "Permanent Mission of Tunisia in Geneva"


def test_a_law_spelled_out_before_its_initials_is_no_actor():
    e = ex("Parliament passed a Public Broadcasting Control Act (PBCA) that requires outlets to "
           "register. The PBCA took effect in May.")
    assert not {"Public Broadcasting Control Act", "PBCA"} & set(actors(e))


def test_a_report_title_in_quotation_marks_is_no_actor():
    e = ex("The law was criticised by the Sea Workers Federation, whose review, “Building Trust "
           "at Sea”, called for changes.")
    assert "Building Trust" not in actors(e)
    assert actors(e).get("Sea Workers Federation") == "ngo"


def test_a_short_name_made_of_syllables_in_parentheses_is_the_same_body():
    e = ex("The court barred Dewi, a coordinator with Lembaga Hak Warga Borneo (Lehawa), from "
           "repeating the claims.\n\n"
           "Lehawa executive director Tan Wei Ming called the award “grossly unfair”.\n\n"
           "President Budi Santoso (Busan) did not comment.")
    m = {x.key: x for x in e.mentions}
    assert m["Lembaga Hak Warga Borneo"].type == "ngo"
    assert "Lehawa" in m["Lembaga Hak Warga Borneo"].forms
    assert "Lehawa" not in m
    assert "Budi Santoso" not in {k for k, x in m.items() if x.type != "person"}


def test_a_bodys_name_without_its_country_is_the_body_named_with_it():
    e = ex("“If a report is wrong, the Media Council is there,” said Ana Pero, a reporter.\n\n"
           "Media Council Malawi said it had received no complaint.")
    keys = [m.key for m in e.mentions if m.type != "person"]
    assert "Media Council Malawi" in keys and "Media Council" not in keys


def test_a_places_state_government_in_lower_case_is_a_body():
    e = ex("The Vessmark state government said on Tuesday it would appeal the ruling.")
    assert actors(e).get("Vessmark state government") == "government"


def test_an_apposition_naming_a_kind_of_body_makes_the_name_a_body():
    e = ex("Pravka, a human rights society, said the arrest had chilled speech.\n\n"
           "Separately, a monitoring group, Open Ledger, said so. A member of the party, Tomas Ruel, "
           "said he disagreed. Kerry Lam, a rights group leader, agreed.")
    found = actors(e)
    assert found.get("Pravka") == "ngo"
    assert found.get("Open Ledger") == "ngo"
    assert found.get("Tomas Ruel") == "person"
    assert found.get("Kerry Lam") == "person"


def test_a_group_named_for_its_cause_can_open_a_sentence_but_a_clients_lawyers_are_no_group():
    e = ex("Lawyers for Liberty director Zaid Malikov said the police had no basis to act.\n\n"
           "Lawyers for Tomas Ruel said they would appeal.")
    found = actors(e)
    assert found.get("Lawyers for Liberty") == "ngo"
    assert found.get("Tomas Ruel") == "person"
    assert "Lawyers for Tomas Ruel" not in found
    m = {x.key: x for x in e.mentions}
    assert ("director", "Lawyers for Liberty") in {(r.title, r.organization) for r in m["Zaid Malikov"].roles}


def test_a_role_after_a_long_body_name_belongs_to_that_body():
    e = ex("Port Vessmark Municipal Hall spokesman Oren Talvi said the permit was legal.")
    m = {x.key: x for x in e.mentions}
    assert ("spokesman", "Port Vessmark Municipal Hall") in {(r.title, r.organization) for r in m["Oren Talvi"].roles}


def test_a_style_of_address_is_left_out_of_the_key_and_makes_a_person():
    e = ex("Tan Sri Rahim Osman sued the paper. Datuk Seri Hamzah Idrus said nothing.\n\n"
           "His mother, Daw Khin Lay Nwe, said she would wait. Tan Wei Ming, a reporter, agreed.")
    m = {x.key: x for x in e.mentions}
    assert m["Rahim Osman"].type == "person" and "Tan Sri Rahim Osman" in m["Rahim Osman"].forms
    assert m["Hamzah Idrus"].type == "person"
    assert m["Khin Lay Nwe"].type == "person"
    assert m["Tan Wei Ming"].type == "person"       # "Tan" alone is a surname
    assert not {"Tan Sri Rahim Osman", "Datuk Seri Hamzah Idrus", "Daw Khin Lay Nwe"} & set(m)


def test_a_hyphenated_title_before_a_name_is_no_part_of_it():
    e = ex("The order was signed by Inspector-General Edwin Mbaraka. Director-General Amos Oduyo "
           "declined to comment.")
    found = actors(e)
    assert found.get("Edwin Mbaraka") == "person" and found.get("Amos Oduyo") == "person"
    assert not any(k.startswith(("Inspector", "Director")) for k in found)


def test_a_name_of_an_outlet_is_its_reporters():
    e = ex("Kyaw Lin Oo of Reuters and Maung Thet of the Irrawaddy were freed on Monday.")
    found = actors(e)
    assert found.get("Kyaw Lin Oo") == "person" and found.get("Maung Thet") == "person"


def test_a_countrys_initials_naming_where_something_happened_are_no_actor():
    e = ex("The group recorded 23 arrests of reporters at UK protests this year.")
    assert "United Kingdom" not in actors(e)
    e = ex("The UK said it was concerned.")
    assert actors(e).get("United Kingdom") == "country"


def test_what_the_whole_name_says_corrects_the_type_its_head_gives():
    e = ex("The Free Press Movement (FPM) condemned the arrest, as did the Vessmark League for the "
           "Defence of Human Rights. The United Democratic Front (UDF) and the Orsk Democratic Alliance "
           "said nothing. Inmates of the Orsk Detention Centre were moved. "
           "The Committee to Protect Journalists (CPJ) said so. The Ruritanian Bar has "
           "urged restraint. The Orsk Bar Council agreed. The Unity Party-Kenya (UP-K) protested.")
    found = actors(e)
    assert found.get("Free Press Movement") == "ngo"
    assert found.get("Vessmark League for the Defence of Human Rights") == "ngo"
    assert found.get("United Democratic Front") == "party"
    assert found.get("Orsk Democratic Alliance") == "party"
    assert found.get("Orsk Detention Centre") == "government"
    assert found.get("Committee to Protect Journalists") == "ngo"
    assert found.get("Ruritanian Bar") == "ngo"
    assert found.get("Orsk Bar Council") == "ngo"
    assert found.get("Unity Party-Kenya") == "party"


def test_a_reporting_clause_after_a_name_is_no_role_and_a_wing_of_a_body_is_a_party():
    e = ex("Nabira's mother, Florence Naketo, said her daughter had received threats.\n\n"
           "Nabira heads the youth wing of the Unity Platform (UPL).")
    m = {x.key: x for x in e.mentions}
    assert all(not r.title.startswith("said") for r in m["Florence Naketo"].roles)
    assert m["Unity Platform"].type == "party"


def test_rank_abbreviations_before_a_name_are_no_person():
    e = ex("Orsk Police chief Adj. Sr. Comr. Budi Wirawan told reporters the case was handled "
           "“professionally”.\n\n"
           "The reporter’s wife, Sari, said he had been summoned three times. “He only wrote the "
           "truth,” she said.")
    found = actors(e)
    assert "Adj" not in found
    assert found.get("Budi Wirawan") == "person"
    assert found.get("Sari") == "person"
    assert speaker(e, "He only wrote") == "Sari"


def test_a_possessive_apposition_naming_a_kind_of_body_and_a_regency_administration():
    e = ex("Hijau, Ruritania's largest environmental group, said 30 activists had been charged.\n\n"
           "The Orsk regency administration said it would review the permits.")
    found = actors(e)
    assert found.get("Hijau") == "ngo"
    assert found.get("Orsk regency administration") == "government"


def test_ministry_of_the_interior_keeps_its_name():
    e = ex("The Ministry of the Interior announced the decision on Wednesday.")
    found = actors(e)
    assert found.get("Ministry of the Interior") == "government"
    assert not any(k.lower() == "ministry of the" for k in found)


def test_a_described_name_that_speaks_is_a_person():
    e = ex("Tomas Ruelas Vidal, an opposition figure stripped of his nationality in 2023, told the "
           "Harbour Ledger that the government “fears the truth”.")
    assert actors(e).get("Tomas Ruelas Vidal") == "person"
    assert speaker(e, "fears the truth") == "Tomas Ruelas Vidal"


def test_a_party_named_for_two_values_and_its_short_name_in_parentheses_are_one_body():
    e = ex("The Peoples' Liberty and Welfare Party (LIBRE Party) said the detentions were political. "
           "LIBRE Party lawmaker Omer Tasdelen said he would raise the case.")
    m = {x.key: x for x in e.mentions}
    full = "Peoples' Liberty and Welfare Party"
    assert m[full].type == "party" and "LIBRE Party" in m[full].forms
    assert "Welfare Party" not in m and "LIBRE Party" not in m


def test_a_role_of_a_body_is_at_the_body_not_the_country_and_a_day_is_no_title():
    e = ex("A court on Thursday jailed Kurdish journalist Dilan Ozer.\n\n"
           "Erdem Kaya, the Turkey representative of the Orsk Press Union, said it was unjust.")
    m = {x.key: x for x in e.mentions}
    assert ("Turkey representative", "Orsk Press Union") in {(r.title, r.organization) for r in m["Erdem Kaya"].roles}
    assert all("Thursday" not in r.title for r in m["Dilan Ozer"].roles)


def test_a_media_outfit_is_a_body_and_was_the_director_of_gives_the_role():
    e = ex("Mae Dulay, 25, was the executive director of the alternative media outfit Eastern Lamp.")
    m = {x.key: x for x in e.mentions}
    assert m["Eastern Lamp"].type == "ngo"
    assert ("executive director", "Eastern Lamp") in {(r.title, r.organization) for r in m["Mae Dulay"].roles}


def test_a_list_after_a_name_is_no_role_and_herself_is_no_part_of_one():
    e = ex("Kwan Pui-lam, 54, and the outlet's parent company were found guilty.\n\n"
           "His wife, Lo Mei-ling, herself a former Harbour Daily executive, is in prison.")
    m = {x.key: x for x in e.mentions}
    assert all(not r.title.startswith("and") for r in m["Kwan Pui-lam"].roles)
    assert "former Harbour Daily executive" in {r.title for r in m["Lo Mei-ling"].roles}


def test_a_shared_surname_goes_to_the_story_subject_not_the_relative_introduced_last():
    e = ex("Tunde Bakare, a reporter, was arrested on Thursday.\n\n"
           "His brother, Femi Bakare, who saw the arrest, said the officers had no warrant.\n\n"
           "Asked why Mr Bakare had been held for five days, the police declined to comment.\n\n"
           "Reporters gathered with placards reading “Free Tunde Bakare”. A court will hear "
           "Tunde Bakare's case on Monday.")
    m = {x.key: x for x in e.mentions}
    assert 3 in m["Tunde Bakare"].paragraphs
    assert 3 not in m["Femi Bakare"].paragraphs


def test_a_relative_named_as_often_as_the_subject_keeps_the_nearest_reading():
    e = ex("Among those charged is Yosef Kalu, a law student.\n\n"
           "His father, Markus Kalu, a church elder, said his son was innocent.\n\n"
           "Kalu, who travelled to the capital on Tuesday, said he had not yet seen his son.")
    m = {x.key: x for x in e.mentions}
    assert 3 in m["Markus Kalu"].paragraphs


def test_places_and_ombudsman_titles_are_no_persons():
    e = ex("Residents of Nueva Esperanza, a village in the Sarno Valley, said soldiers came at dawn.\n\n"
           "A hamlet near the Orsk Hills, said one farmer, was emptied.\n\n"
           "Ombudsman Alicia Ferrando Ruiz said the situation was “alarming”.")
    found = actors(e)
    assert "Sarno Valley" not in found and "Orsk Hills" not in found
    assert found.get("Alicia Ferrando Ruiz") == "person"
    assert speaker(e, "alarming") == "Alicia Ferrando Ruiz"


def test_a_news_outlet_told_something_is_no_person():
    e = ex("Prosecutor Ana Xol told Prensa Libre Sur that no arrests had been made. The governor "
           "told the Orsk Herald he was not aware of the case.")
    found = actors(e)
    assert found.get("Prensa Libre Sur") == "ngo"
    assert found.get("Orsk Herald") != "person"
    assert found.get("Ana Xol") == "person"


def test_a_non_state_armed_group_is_no_government_but_a_countrys_army_is():
    e = ex("The Orsk Independence Army (OIA) said it had captured an outpost. The People's Defence "
           "Force in Vessmark said it lost two men. The Cambodian People's Armed Forces said nothing.")
    found = actors(e)
    assert found.get("Orsk Independence Army") == "ngo"
    assert found.get("People's Defence Force") == "ngo"
    assert found.get("Cambodian People's Armed Forces") == "government"


def test_a_body_before_its_staff_role_a_colleague_and_samdech_techo():
    e = ex("The court convicted activist Sok Lina's colleague Bov Chenda of incitement.\n\n"
           "Samdech Techo Kem Rattana, the Senate president, welcomed the verdict.\n\n"
           "Sralanh deputy director Ouk Sambath said the verdict was “politically motivated”.")
    found = actors(e)
    assert found.get("Bov Chenda") == "person"
    assert found.get("Kem Rattana") == "person" and "Techo Kem Rattana" not in found
    assert found.get("Sralanh") == "ngo"
    m = {x.key: x for x in e.mentions}
    assert any(r.organization == "Sralanh" for r in m["Ouk Sambath"].roles)


def test_alhaji_and_barrister_before_a_name_are_no_part_of_it():
    e = ex("The army denied detaining the publisher of an online paper in Orsk State, Alhaji Musa "
           "Kalgo, contrary to his family's claims. Barrister Femi Adeyanju, a rights lawyer, said "
           "the family would go to court. Mr Kalgo has not been seen since Thursday.")
    found = actors(e)
    assert found.get("Musa Kalgo") == "person" and found.get("Femi Adeyanju") == "person"
    assert not {"Alhaji Musa Kalgo", "Barrister Femi Adeyanju"} & set(found)
