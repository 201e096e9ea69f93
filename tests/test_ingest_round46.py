"""Round 46 on invented pages: offices written before a name, long roles in commas after a
quotation, titles with their portfolio before a sentence's subject. Every outlet, person and event
here is made up.
"""
from __future__ import annotations

from helpers import actor_types, body, on_page, page, published, speaker_of as who

HEAD = "Island Courier\nNews | Politics\n\nElectoral bill goes to committee\n\nBy Mere Vula\n22 July 2026\n\n"


def test_an_office_ending_in_supervisor_or_chair_is_a_title_before_the_name():
    e = on_page(HEAD, "Supervisor of Elections Tomasi Vakadewa says the clause is not aimed at the press.\n\n"
                      "\"Openness is the safeguard,\" Vakadewa says.\n\n"
                      "Committee Chair Ilisoni Rabuka asked whether the clause could be appealed.\n\n"
                      "\"We will report in August,\" Rabuka said.")
    types = actor_types(e)
    assert types.get("Tomasi Vakadewa") == "person" and types.get("Ilisoni Rabuka") == "person"
    assert not any(k.startswith(("Supervisor", "Committee")) for k in types)
    assert who(e, "Openness is the safeguard") == "Tomasi Vakadewa"
    assert who(e, "We will report in August") == "Ilisoni Rabuka"


def test_the_committee_chair_named_later_by_office_alone_is_no_new_person():
    e = on_page(HEAD, "Committee Chair Ilisoni Rabuka asked the association whether it supported the clause.\n\n"
                      "The Committee Chair then asked the union whether it had consulted its members.")
    assert "Committee Chair" not in actor_types(e)


def test_a_registrar_of_a_register_in_several_words_is_a_title():
    e = on_page(HEAD, "Registrar of Political Parties Ann Wanjiru said the list was final. \"It is final,\" Wanjiru said.")
    assert "Ann Wanjiru" in actor_types(e)
    assert who(e, "It is final") == "Ann Wanjiru"


def test_a_long_portfolio_before_the_name_stays_out_of_it():
    e = on_page(HEAD, "Vice Minister of Labour and Social Protection of the Population Ruslan Abenov said the ministry "
                      "recorded 31 disputes. \"Most could have been settled earlier,\" he said.")
    assert "Ruslan Abenov" in actor_types(e)
    assert who(e, "Most could have been settled") == "Ruslan Abenov"


def test_a_long_role_with_its_remit_then_the_name_in_commas_speaks():
    e = on_page(HEAD, "\"Contracting out is not the enemy of workers,\" Kadin deputy chairman for manpower affairs, "
                      "Hendro Wibisono, said. \"What we need are clear rules.\"\n\n"
                      "\"The ministry respects the verdict,\" the ministry's Director General of Industrial Relations and "
                      "Social Security, Ratna Sari, said in a written statement.")
    assert who(e, "Contracting out is not") == "Hendro Wibisono"
    assert who(e, "What we need are clear rules") == "Hendro Wibisono"
    assert who(e, "The ministry respects the verdict") == "Ratna Sari"


def test_a_sentence_after_the_quotation_is_no_role_before_a_name():
    e = on_page(HEAD, "The prosecutor, Ilie Rusu, told the court the case was serious. \"People believe a lawyer "
                      "on television,\" he said. The court's spokesperson, Dana Pop, told reporters the trial was "
                      "\"proceeding normally.\"")
    assert who(e, "People believe a lawyer") in (None, "Ilie Rusu")


def test_he_after_a_minister_named_with_his_portfolio_is_the_minister():
    e = on_page(HEAD, "In Parliament on May 20, Deputy Minister of Public Security Nimal Gunawardena defended the "
                      "arrests. \"We will not allow lies to spread,\" he said.")
    assert who(e, "We will not allow lies") == "Nimal Gunawardena"


def test_relatives_of_a_man_are_no_title_before_his_name():
    e = on_page(HEAD, "Relatives of Jonas Shikongo, a 67-year-old resident who collapsed on Tuesday, said in a "
                      "statement that he was stable. \"Our father built that house himself,\" the statement said.")
    assert who(e, "Our father built that house") != "Jonas Shikongo"


def test_a_full_name_whose_surname_later_tells_me_is_a_person():
    e = on_page(HEAD, "Take Nikos Stamatis. The editor of a small news website, he was sued last autumn.\n\n"
                      "‘I have four employees,’ Stamatis told me last week.")
    assert "Nikos Stamatis" in actor_types(e) and "Take Nikos Stamatis" not in actor_types(e)
    assert who(e, "I have four employees") == "Nikos Stamatis"


def test_a_judge_titled_after_the_court_s_name_is_the_judge():
    e = on_page(HEAD, "In a decision released Wednesday, Ontario Superior Court Justice Karin Holmberg granted the "
                      "company an injunction.\n\n\"The court is not blind to the history,\" Holmberg wrote.")
    assert actor_types(e).get("Karin Holmberg") == "person"
    assert who(e, "The court is not blind") == "Karin Holmberg"


def test_the_court_of_justice_and_the_justice_ministry_are_no_judges():
    e = on_page(HEAD, "The European Court of Justice ruled on Tuesday. The Justice Ministry said it would comply.")
    assert not any(t == "person" for t in actor_types(e).values())


def test_a_member_of_the_knesset_after_her_party():
    e = on_page(HEAD, "Meretz MK Tali Ben-Ami wrote on X that the ruling was \"a victory for common sense\".")
    assert "Tali Ben-Ami" in actor_types(e)
    assert who(e, "a victory for common sense") == "Tali Ben-Ami"


def test_a_firm_called_by_the_first_words_of_its_name_is_the_firm():
    e = on_page(HEAD, "The judge granted Northern Pine Forest Products an injunction against the blockade.\n\n"
                      "In an emailed statement, Northern Pine said it \"respects the rights of the community\".")
    types = actor_types(e)
    assert "Northern Pine Forest Products" in types and "Northern Pine" not in types
    assert who(e, "respects the rights") == "Northern Pine Forest Products"


def test_a_first_nation_is_a_government_and_the_first_nation_is_it():
    e = on_page(HEAD, "A judge ordered members of Kettle Bay First Nation to take down a checkpoint.\n\n"
                      "The checkpoint went up after members found cut lines near a burial site that the First Nation "
                      "says it marked on maps.")
    types = actor_types(e)
    assert types.get("Kettle Bay First Nation") == "government" and "First Nation" not in types


def test_a_top_bar_with_the_day_s_date_clock_and_weather_is_no_by_line():
    e = page("Monday, 23 November 2026 | 09:15 AM | Portville 31°C\n\nHarbour Daily\nThe Voice of the Coast\n\n"
             "Home | Local | Business | Sport\n\nLocal\n\nCouncil backs cap on agency fees\n\nBy SARA HADDAD\n"
             "Thu, 19 Nov 2026\n\nCouncillors yesterday voted to cap the fees charged by recruitment agencies.\n\n"
             "The proposal now goes to the cabinet, the council's chairman said.\n")
    assert published(e) == "2026-11-19"
    assert e.byline and "HADDAD" in e.byline


def test_an_author_date_and_domain_in_one_piped_line_under_a_standfirst_dates_the_page():
    e = page("Coast Review\nNews | Opinion | Culture\n\nOpinion\n\nThe Bill Would Turn Reporters into Trespassers\n\n"
             "Bill 9 lets police fence off a zone around a port. The public's eyes would be stuck outside.\n\n"
             "Amara Lind 16 Apr 2026 | CoastReview.ca\n\n"
             "Last November a photographer was handcuffed at a rail blockade and charged with obstruction.\n\n"
             "If the bill passes, an arrest like hers will be the law working as designed.\n")
    assert published(e) == "2026-04-16"
    assert body(e)[0].startswith("Last November")


def test_posted_and_updated_as_of_on_one_line_date_the_page():
    e = page("Island News\nNews | Business | Sports\n\nCourt frees radio host\n\nIsland News\n"
             "Posted at Mar 18 2026 09:12 AM | Updated as of Mar 18 2026 06:40 PM\n\n"
             "A court on Wednesday acquitted community radio host Ana Reyes of illegal possession of firearms.\n\n"
             "Her lawyer said the ruling vindicated her.\n")
    assert published(e) == "2026-03-18"


def test_she_after_a_body_s_officer_who_told_me_in_a_clause_of_her_own_is_that_officer():
    e = on_page(HEAD, "Ruling last year on an injunction, Justice Mara Kessel wrote that reporters \"are its eyes.\"\n\n"
                      "The Press Guild has called the bill \"a blueprint for blackouts,\" and its regional director, "
                      "Priya Sandhu — no relation to the minister — told me she has heard from two newsrooms.\n\n"
                      "\"Editors are making that calculation right now,\" she said.")
    assert who(e, "Editors are making that calculation") == "Priya Sandhu"


LIVE = ("Island News\nNews | Business | Sports\n\nNEWS\n\nLIVE UPDATES: Verdict in the case of radio host Ana Reyes\n\n"
        "Island News\nPosted at Mar 18 2026 09:12 AM | Updated as of Mar 18 2026 06:40 PM\n\n"
        "Supporters wait outside the Hall of Justice on Wednesday morning. Photo courtesy of the union\n\n"
        "PORT CITY — A court here on Wednesday acquitted community radio host Ana Reyes of illegal possession of "
        "firearms, a year after police said they found a pistol in her home.\n\n"
        "6:40 PM\nReyes walked out of the city jail shortly after 6 p.m. and embraced her mother.\n\n"
        "5:55 PM\nThe journalists' union welcomed the acquittal.\n\n"
        "5:10 PM\nA senator wrote on X that justice had been done.\n")


def test_a_live_page_s_pinned_story_under_a_dateline_is_its_first_paragraph():
    e = page(LIVE)
    assert body(e)[0].startswith("PORT CITY — A court here")
    assert body(e)[1].startswith("Reyes walked out")


def test_live_updates_before_a_headline_alone_on_its_line_is_the_headline():
    e = page(LIVE)
    assert "Verdict in the case of radio host Ana Reyes" in e.title
    assert published(e) == "2026-03-18"


def test_his_wife_in_a_list_after_a_man_s_name_does_not_make_him_a_woman():
    e = on_page(HEAD, "In a decision on Tuesday, Justice Tavita Sapolu said the order breached the family's rights.\n\n"
                      "Pule Malietoa Ioane, 58, his wife, their children and grandchildren were given seven days to "
                      "leave the village.\n\n"
                      "Outside the courthouse, Pule Malietoa said the family had lived with relatives since October. "
                      "\"We never wanted to fight our village,\" he said.")
    assert who(e, "We never wanted to fight") == "Pule Malietoa Ioane"


def test_words_the_speaker_s_captors_warned_him_with_are_theirs():
    e = on_page(HEAD, "Peter Kiprop said his captors warned him that \"next time, nobody will find you,\" before "
                      "leaving him by the road.")
    assert who(e, "next time, nobody will find you") is None


def test_words_of_a_text_message_the_speaker_reports_are_the_sender_s():
    e = on_page(HEAD, "His widow, Marta Yule, said he had received a text message weeks before his death telling "
                      "him to \"stay out of politics or leave the territory.\"")
    assert who(e, "stay out of politics") is None


def test_a_role_with_its_initials_and_state_before_a_titled_name_in_commas():
    e = on_page(HEAD, "Responding, the Resident Electoral Commissioner (REC) for Ekiti State, Prof. Tunde Akinola, said "
                      "the cubicles would be moved. \"The ballot is secret,\" he said.")
    assert who(e, "The ballot is secret") == "Tunde Akinola"


def test_a_chair_of_a_body_with_a_long_name_is_the_she_of_the_next_paragraph():
    e = on_page(HEAD, "The Chair of the Rivers Watching The Vote Working Group, Mrs. Ngozi Eke, who is not related to "
                      "the council chairman, said the group would deploy 400 observers.\n\n"
                      "\"We will be able to tell whether the result is right,\" she said.")
    assert who(e, "We will be able to tell") == "Ngozi Eke"


def test_a_union_chairman_named_after_the_union_s_branch_in_commas():
    e = on_page(HEAD, "The Chairman of the Nigeria Union of Teachers (NUT), Kwara State Council, Comrade Sule Bako, "
                      "said two teachers had been attacked. \"Teachers are not party agents,\" he said.")
    assert who(e, "Teachers are not party agents") == "Sule Bako"


def test_the_police_commissioner_is_the_one_named_so_not_the_electoral_commissioner():
    e = on_page(HEAD, "The Resident Electoral Commissioner (REC) for Ekiti State, Prof. Tunde Akinola, said the "
                      "cubicles would be moved.\n\n"
                      "\"We will arrest the sellers,\" the police commissioner said.")
    assert who(e, "We will arrest the sellers") is None
    e = on_page(HEAD, "The Commissioner of Police in Ekiti State, CP Musa Danladi, said a desk had been set up. "
                      "\"We will arrest the sellers,\" the police commissioner said.")
    assert who(e, "We will arrest the sellers") == "Musa Danladi"


def test_a_company_s_ceo_named_in_commas_speaks():
    e = on_page(HEAD, "The CEO of the Lakeside Parks Development Corporation, Dawit Alemu, told lawmakers last month "
                      "that wages in the parks are \"competitive for the region\".")
    assert who(e, "competitive for the region") == "Dawit Alemu"


def test_a_firm_s_name_in_quotation_marks_as_the_subject_is_no_quote():
    e = on_page(HEAD, "In a written statement, \"Kazyna Drilling Servis\" said its wages were \"in line with the "
                      "industry average\".")
    from helpers import quote_texts
    assert "Kazyna Drilling Servis" not in quote_texts(e)
    assert "in line with the industry average" in quote_texts(e)


def test_crossheads_after_a_related_link_or_with_an_apostrophe_are_no_paragraphs():
    e = page(HEAD + "The ombudsman warned on Thursday that armed groups are threatening candidates in the province.\n\n"
             "Related: Indigenous governor shot dead in the north\n\nParties react\n\n"
             "The Green Alliance said it would not name its remaining candidates until the threats were investigated.\n\n"
             "The army's response\n\n"
             "The commander of the task force said more soldiers had been sent to three towns.\n")
    assert body(e) == [body(e)[0], body(e)[1], body(e)[2]]
    assert body(e)[1].startswith("The Green Alliance") and body(e)[2].startswith("The commander")


def test_parties_known_by_initials_that_vote_or_field_deputies():
    e = on_page(HEAD, "PSN and ALR voted for it, USP voted against, while most PNS deputies abstained. UDR's deputies "
                      "were divided.\n\nThe UNDP deputy director, Ana Pop, said nothing.")
    types = actor_types(e)
    assert all(types.get(k) == "party" for k in ("PSN", "ALR", "USP", "PNS", "UDR")), types
    assert types.get("UNDP") != "party"


def test_initials_in_brackets_after_a_body_s_name_are_that_body_whatever_their_letters():
    e = on_page(HEAD, "Kamal Aliyev of the ruling New Azerbaijan Party (YAP) rejected the criticism. \"The court "
                      "examined the evidence,\" the YAP deputy said.")
    types = actor_types(e)
    assert "New Azerbaijan Party" in types and "YAP" not in types


def test_a_party_called_by_its_members_name_acts():
    e = on_page(HEAD, "The Liberals, for their part, proposed postponing the registration of candidates. The Island "
                      "Greens have tabled an amendment. Labour said it would oppose the bill. The Ministry of Labour "
                      "said nothing.")
    types = actor_types(e)
    assert types.get("Liberals") == "party" and types.get("Labour") == "party"
    assert types.get("Island Greens") == "party" or types.get("Greens") == "party"
    assert types.get("Ministry of Labour") == "government"


def test_a_county_assembly_member_s_title_before_the_name():
    e = on_page(HEAD, "Lurambi MCA Otieno Wafula said the committee would ask the governor to explain \"how such a "
                      "decision was made.\"")
    assert who(e, "how such a decision was made") == "Otieno Wafula"


def test_a_role_in_commas_after_an_opening_participle_phrase_speaks():
    e = on_page(HEAD, "Reached by telephone, the rebel spokesman in Walikale, Didier Mulumba, said that the movement had "
                      "\"no record\" of any arrest.\n\n"
                      "Arguing the application before Justice Ruth Banda on Wednesday, the commentator's lawyer, Chikondi "
                      "Phiri, said the charges were \"a blunt instrument\".")
    assert who(e, "no record") == "Didier Mulumba"
    assert who(e, "a blunt instrument") == "Chikondi Phiri"


def test_a_named_officer_with_the_party_s_initials_in_brackets_speaks():
    e = on_page(HEAD, "The ruling party rejected the claims. Its deputy secretary general, Achol Deng Garang (SPLM), said "
                      "the detainees were \"suspected of mobilising armed youth\".")
    assert who(e, "suspected of mobilising") == "Achol Deng Garang"


def test_a_minister_with_a_lower_case_portfolio_after_a_quotation_speaks():
    e = on_page(HEAD, "“We will not tolerate anyone who helps to break the border,” deputy interior minister Tomasz "
                      "Walczak told the daily paper.")
    assert who(e, "We will not tolerate anyone") == "Tomasz Walczak"


def test_the_proctor_is_the_one_the_text_calls_so():
    e = on_page(HEAD, "Prof Md Habibur Karim, the university's proctor, said the administration had not been told. "
                      "\"We have written to the police commissioner,\" the proctor told reporters.")
    assert who(e, "We have written to the police") == "Md Habibur Karim"


def test_she_after_a_party_s_mp_named_with_its_initials_is_the_mp():
    e = on_page(HEAD, "In the National Assembly, A Partnership for National Unity (APNU) MP Grace Fraser-Lewis said a "
                      "complaints body was needed. “We cannot keep asking the police to investigate the police,” she said.")
    assert who(e, "We cannot keep asking") == "Grace Fraser-Lewis"


def test_she_after_a_political_scientist_is_the_scientist():
    e = on_page(HEAD, "Political scientist Dr Suda Wongsa of Mekong University said the case would be watched. "
                      "'The red card is a legitimate tool,' she said.")
    assert who(e, "The red card is a legitimate tool") == "Suda Wongsa"


def test_he_after_a_police_station_s_officer_in_charge_is_the_officer():
    e = on_page(HEAD, "Daulatpur police station officer-in-charge Harun Mia said that no case had been filed. "
                      "'We are also searching,' he said.")
    assert who(e, "We are also searching") == "Harun Mia"


def test_a_name_whose_sons_are_spoken_of_is_a_person():
    e = on_page(HEAD, "Outside the court, Rosa Muianga, whose two sons are among the accused, sat on a plastic chair in "
                      "the shade. “My sons ran inside because the police were shooting,” she said.")
    assert actor_types(e).get("Rosa Muianga") == "person"
    assert who(e, "My sons ran inside") == "Rosa Muianga"


def test_a_judge_named_with_the_court_after_the_name_is_the_judge():
    e = on_page(HEAD, "Judge Md Rafiqul Islam of the Dhaka Additional District and Sessions Judge's Court-3 handed "
                      "down the verdict. The killing was \"premeditated\", the judge said.")
    assert who(e, "premeditated") == "Md Rafiqul Islam"
