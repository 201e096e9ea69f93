"""Round 36, actors: invented snippets for the shapes fixed this round."""
from generator.ingest.actors import build
from helpers import paragraph_actor_types


def test_a_village_named_with_the_local_word_is_no_person():
    found = paragraph_actor_types("Talking to the Mekong Herald in Ban Khok Sai, the abbot of the pagoda, "
                      "Phra Athikan Somchai Rattana, said nobody had been paid.",
                      "Talking to reporters in Kampong Sala, the abbot of the hill pagoda, Venerable Chan Sok, "
                      "said the same.")
    assert not any(k.startswith(("Ban ", "Kampong ")) for k in found)
    assert found.get("Chan Sok") == "person"


def test_a_korean_surname_spelt_like_a_village_word_stays_a_person():
    found = paragraph_actor_types("Former envoy Ban Ji-hoon said the talks had failed.")
    assert found.get("Ban Ji-hoon") == "person"


def test_a_nickname_of_initials_in_single_marks_sits_inside_a_persons_name():
    found = paragraph_actor_types("Tomasi ‘TK’ Kalsakau, who hosts the evening show on Wantok Radio, was freed on Monday.",
                      "Kalsakau said he would go back on air.",
                      "The station owner, Mere Kalsakau, his cousin, said the station would pay.")
    assert found.get("Tomasi Kalsakau") == "person"
    assert found.get("Mere Kalsakau") == "person"


def test_the_one_whose_words_these_were_is_a_person():
    found = paragraph_actor_types("“We are tired of burying our sisters.”",
                      "Those were the words of Mary Tavuru, who leads the Highlands Women Network, speaking "
                      "outside the court.")
    assert found.get("Mary Tavuru") == "person"


def test_a_clerics_title_is_no_part_of_his_name():
    found = paragraph_actor_types("Those were the words of Mawlawi Abdul Rahim Sadiqi, the ministry's spokesman in Kunduz.",
                      "Mawlawi Sadiqi said the school would stay shut.")
    assert [k for k, t in found.items() if t == "person"] == ["Abdul Rahim Sadiqi"]


def test_armed_movements_known_by_name_are_actors_but_not_their_adjective():
    found = paragraph_actor_types("The reporter filmed a market in a town held by al-Shabaab.",
                      "A Houthi-run court sentenced him; the Houthis have held the capital for years.")
    assert found.get("al-Shabaab") == "party"
    assert found.get("Houthis") == "government"
    assert not any(k.startswith("Houthi-") for k in found)


def test_a_bodys_demand_summed_up_by_a_person_is_that_persons_quote():
    from generator.ingest.quotes import extract_quotes
    pars = ("Her cousin, Rashid Al-Nuaimi, a trader from Amran, said Hezbollah had asked for "
            "\"more than we could give,\" without saying more.",)
    quotes = extract_quotes(pars, build(pars), None)
    assert [q.speaker for q in quotes] == ["Rashid Al-Nuaimi"]


def test_lower_case_offices_that_speak_are_actors():
    found = paragraph_actor_types("The prosecutor's office said the file was closed. The ombudsman’s office declined to comment.",
                      "The rights ministry was silent, but the human rights ministry in Sidra, part of the exiled "
                      "cabinet, said the verdict was void.")
    assert found.get("prosecutor's office") == "government"
    assert found.get("ombudsman’s office") == "government"
    assert found.get("human rights ministry") == "government"


def test_a_source_inside_an_office_is_not_the_office_speaking():
    found = paragraph_actor_types("A clerk in the prosecutor's office told the Valley Courier that the charges would stand.")
    assert "prosecutor's office" not in found


def test_a_regional_office_named_again_without_its_level_is_one_actor():
    found = paragraph_actor_types("The provincial election office said on Monday it would audit the count.",
                      "The election office said the audit would take a week.")
    assert [k for k in found if "election office" in k] == ["provincial election office"]


def test_a_one_word_commission_named_with_its_remit_is_one_body():
    found = paragraph_actor_types("The Commission on Audit said the accounts were incomplete.",
                      "A lawyer for the Committee on Public Petitions said the hearing would resume.")
    assert found.get("Commission on Audit") == "government"
    assert found.get("Committee on Public Petitions") == "government"


def test_a_one_word_name_then_its_cause_is_a_group():
    found = paragraph_actor_types("Sawtuna for Human Rights, a rights group in Taiz, said it had counted 30 such cases.",
                      "He said he had voted for Peace and Justice, the slogan of the day.")
    assert found.get("Sawtuna for Human Rights") == "ngo"
    assert not any("Peace" in k for k in found)


def test_a_party_whose_name_opens_with_a_and_one_with_a_slashed_acronym():
    found = paragraph_actor_types("A Movement for Coastal Renewal (AMCR) MP Dora Vell said the bill was rushed.",
                      "Minister Sam Dew of the United Labour Party/Reform (ULP/R) disagreed.")
    assert found.get("A Movement for Coastal Renewal") is not None
    assert found.get("United Labour Party/Reform") == "party"


def test_a_federal_member_state_acts_but_a_longer_name_it_opens_stays_whole():
    found = paragraph_actor_types("Jubaland officials dismissed the report as rumour.",
                      "The Jubaland High Tribunal will hear the appeal in Kismayo.")
    assert found.get("Jubaland") == "government"
    assert "Jubaland High Tribunal" in found


def test_a_report_title_with_a_subtitle_after_a_colon_names_no_body():
    found = paragraph_actor_types("In its new report, “Deadly Force in Norvia: 2019–2024”, the group said most "
                      "cases end without charges.")
    assert "Deadly Force" not in found


def test_a_traditional_chief_known_by_title_and_one_name_is_a_person():
    found = paragraph_actor_types("Chief Mwansabula, whose chiefdom lies near Mpika, says the quarrel hurts villagers.")
    assert found.get("Mwansabula") == "person"


def test_a_police_command_named_for_a_capitalised_province_speaks():
    found = paragraph_actor_types("The Western Province police command announced late on Friday that the march would not go ahead.",
                      "An officer at the Eastern Province police headquarters said the same.")
    assert found.get("Western Province police command") == "government"
    assert not any(k.startswith("Eastern") for k in found)


def test_an_unnamed_district_commissioner_of_a_place_is_the_office_speaking():
    found = paragraph_actor_types("The Kasempa district commissioner, who chaired the hearing, said the order would be reviewed.",
                      "Mpongwe district commissioner Ana Mwale said so too.")
    assert found.get("Kasempa district commissioner") == "government"
    assert found.get("Ana Mwale") == "person"
    assert "Mpongwe district commissioner" not in found


def test_a_body_inside_a_laws_title_after_act_on_is_no_actor():
    found = paragraph_actor_types("A clause of the Act on the Election of Judges of the Supreme Court says the court "
                      "must rule within 30 days.")
    assert "Supreme Court" not in found
