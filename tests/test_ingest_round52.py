"""Round 52 on invented pages: what the first run on blind72 and blind73 showed (scored first, then
fixed), and what blind70 and blind71 still missed. Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, body, on_page, quote_texts, speaker_of as who

HEAD = "Lakeside Courier\nNews | Courts\n\nWorkers win ruling over unpaid wages\n\nBy Ada Brennan\n12 October 2026\n\n"


# Who is a subject

def test_the_one_named_after_an_inverted_among_clause_is_its_subject_and_the_he_after():
    e = on_page(HEAD, "The lawyer, Marta Oyelaran, spoke to reporters. \u201cThe court was clear,\u201d she said.\n\n"
                      "Among those present when the verdict was read was Tobias Ferreira, 79, who is not related to "
                      "the lawyer. He came in a wheelchair, he said, \u201cso that the judges see who we are.\u201d")
    assert who(e, "so that the judges see") == "Tobias Ferreira"


def test_a_relative_in_commas_is_the_subject_and_a_he_after_it_is_the_owner_s():
    e = on_page(HEAD, "The lawyer, Marta Oyelaran, spoke first. \u201cIt is a late ruling,\u201d she said.\n\n"
                      "Tobias Ferreira, 79, came in a wheelchair.\n\n"
                      "His granddaughter, Lucia Ramos, 24, said he had made the trip eleven times. \u201cHe always says "
                      "the same thing,\u201d she said.")
    assert who(e, "He always says the same thing") == "Lucia Ramos"


def test_a_language_named_between_is_nobody_who_speaks():
    e = on_page(HEAD, "Tobias Ferreira, 79, was in court. \u201cI cut cane for forty years,\u201d he told the Courier "
                      "in a mix of Spanish and Haitian Creole. \u201cI want what is mine.\u201d")
    assert who(e, "I want what is mine") == "Tobias Ferreira"


def test_a_clause_of_its_own_after_a_comma_and():
    e = on_page(HEAD, "One suit was filed by the planning director, Arben Dushku.\n\n"
                      "The paper wrote to the municipality, and Dushku replied with one line: \u201cAll payments were "
                      "lawful.\u201d\n\n"
                      "The lawyers, Ana Pell, Tom Reed, and Dushku said: \u201cWe will appeal.\u201d")
    assert who(e, "All payments were lawful") == "Arben Dushku"
    assert who(e, "We will appeal") is None      # (three named: the words are all of theirs)


def test_a_surname_that_opens_the_clause_bringing_a_quote_makes_the_full_name_a_person():
    e = on_page(HEAD, "Two suits were filed, one by Arben Dushku.\n\n"
                      "Questions were sent by email. Dushku replied: \u201cAll payments were lawful.\u201d")
    assert actor_types(e).get("Arben Dushku") == "person"
    assert who(e, "All payments were lawful") == "Arben Dushku"


def test_an_age_in_brackets_as_courts_report_it_marks_a_person():
    e = on_page(HEAD, "Colm Delaney (41), of Glenview Park in Larne, appeared in court on Thursday.\n\n"
                      "The charges relate to a call made to a newsroom in May.\n\n"
                      "The paper had published an investigation into drug sales.\n\n"
                      "A detective constable told the court police could connect Delaney to the charges.\n\n"
                      "She added that Delaney had made no comment, but when the charges were put to him, he replied: "
                      "\u201cNothing to do with me.\u201d")
    assert actor_types(e).get("Colm Delaney") == "person"
    assert who(e, "Nothing to do with me") == "Colm Delaney"


def test_a_branch_of_a_spelled_out_body_and_its_secretary_who_speaks():
    e = on_page(HEAD, "The Lakeside Union of Clinical Officers (LUCO) called the strike in March.\n\n"
                      "Speaking outside the court, LUCO Harbour branch secretary Moses Kiprotich said the union would "
                      "comply.\n\n"
                      "\u201cWe are law-abiding,\u201d he said.")
    assert who(e, "We are law-abiding") == "Moses Kiprotich"


def test_a_pronoun_after_a_sentence_opened_by_the_other_gender_is_the_one_person_named():
    e = on_page(HEAD, "A detective told the court police had found the phone. She added that Rory Quinlan had "
                      "said nothing in interview, but when charged, he replied: \u201cNot me.\u201d")
    assert who(e, "Not me") == "Rory Quinlan"


def test_a_full_name_titled_at_first_is_the_same_person_without_its_title():
    e = on_page(HEAD, "The petition was received by Green Party MP Hana Te Rangi on the steps.\n\n"
                      "Hana Te Rangi quickly replied that many marchers had taken leave, adding: \u201cSome of them are "
                      "nurses.\u201d")
    assert who(e, "Some of them are nurses") == "Hana Te Rangi"


def test_a_turn_label_is_no_subject_and_a_role_of_a_field_cues_the_name():
    e = on_page(HEAD, "Labour Minister Bilal Abbasi on Monday said the factory was registered as a warehouse.\n\n"
                      "Following are excerpts from the exchange between the minister and the programme's host, "
                      "Sara Qadri.\n\n"
                      "Sara Qadri: Your own director of labour, Kamran Haidari, sat on this programme in January and "
                      "said the factories were \"safer than ever\". What happened?\n\n"
                      "Bilal Abbasi: I have seen that clip. This unit was registered as a warehouse.\n\n"
                      "Sara Qadri: Is that an excuse?\n\n"
                      "Bilal Abbasi: No. The court will decide.")
    assert who(e, "safer than ever") == "Kamran Haidari"
    texts = quote_texts(e)
    assert any(t.startswith("I have seen that clip") for t in texts)
    assert not any(t.startswith("Is that an excuse") for t in texts)      # (the host asks: no quotation)


# Bodies

def test_a_firm_named_by_its_apposition_speaks_as_the_company():
    e = on_page(HEAD, "The beach is claimed by Inversiones Mar Azul, a company that plans a hotel there. In a "
                      "statement, the company said it had acted \u201cwithin the law\u201d.\n\n"
                      "Claudio Rojas, the company\u2019s vice president, said nothing more.")
    types = actor_types(e)
    assert types.get("Inversiones Mar Azul") == "ngo" and types.get("Claudio Rojas") == "person"
    assert who(e, "within the law") == "Inversiones Mar Azul"


def test_a_un_office_in_a_country_with_its_initials_speaks():
    e = on_page(HEAD, "The UN Human Rights Office in Ruritania (OACNUDH) said on X that it was \u201cconcerned\u201d "
                      "and called for \u201calternative housing\u201d.")
    assert who(e, "concerned") == "UN Human Rights Office in Ruritania"


def test_a_courtesy_title_ends_a_body_s_name():
    e = on_page(HEAD, "The rights group condemned the detention by the Lakeside State Police Command of Mr. Ifeoma "
                      "Chukwu, publisher of a local paper.")
    types = actor_types(e)
    assert "Lakeside State Police Command" in types and types.get("Ifeoma Chukwu") == "person"


def test_party_names_that_open_on_their_head_word():
    e = on_page(HEAD, "Partido Obrero spokesperson Gerardo Salcedo said the marchers were \"peaceful.\"")
    assert actor_types(e).get("Partido Obrero") == "party"


def test_a_court_of_two_fields_and_a_board_are_bodies():
    e = on_page(HEAD, "The Employment and Labour Relations Court in Harbour has suspended the strike. Workers will "
                      "vote in an election run by the National Labor Relations Board.")
    types = actor_types(e)
    assert types.get("Employment and Labour Relations Court") == "court"
    assert types.get("National Labor Relations Board") == "government"


def test_a_body_that_has_a_spokesperson_is_a_body():
    e = on_page(HEAD, "A spokeswoman for the Western Harbour Local Health District said the district \"accepts the "
                      "decision\". A spokesperson for Lakeland Justice said it would \"carefully review\" the ruling.")
    assert who(e, "accepts the decision") == "Western Harbour Local Health District"
    assert who(e, "carefully review") == "Lakeland Justice"


def test_bodies_named_with_possessives_before_their_heads():
    e = on_page(HEAD, "The Lakeland Nurses and Midwives' Association said the ruling should be \"a wake-up call\". "
                      "Northern Chiefs' Organization Grand Chief Wes Byrd welcomed it. The police have 30 days to apply "
                      "to the Court of King's Bench.")
    types = actor_types(e)
    assert who(e, "a wake-up call") == "Lakeland Nurses and Midwives' Association"
    assert "Northern Chiefs' Organization" in types and types.get("Wes Byrd") == "person"
    assert types.get("Court of King's Bench") == "court"


def test_a_court_before_its_judge_s_title_is_the_court():
    e = on_page(HEAD, "Lakeland Superior Court Justice Paul Lindahl granted the injunction on Tuesday.")
    types = actor_types(e)
    assert types.get("Lakeland Superior Court") == "court" and types.get("Paul Lindahl") == "person"


def test_a_ministry_written_in_lower_case_before_its_portfolios():
    e = on_page(HEAD, "In a statement, the ministry of Information, Communications Technology and National Guidance "
                      "said it \"remains committed to a free media\".")
    assert who(e, "remains committed") == "Ministry of Information, Communications Technology and National Guidance"
    assert "National Guidance" not in actor_types(e)


def test_the_owner_s_advisory_board_is_no_body_of_its_own():
    e = on_page(HEAD, "The Gulf Rights Centre (GRC) condemned the sentence.\n\n"
                      "\u2014 Dr. Samir Al-Hadi, member of GRC's Advisory Board")
    assert "Advisory Board" not in actor_types(e)


def test_a_regulator_is_the_agency_and_a_role_with_a_possessive_tells_namesakes_apart():
    e = on_page(HEAD, "The environmental regulator OEFR said inspectors took samples. \u201cThe results will be public,\u201d "
                      "the agency said.\n\n"
                      "Eliseo Tunki, president of the federation, led the march. His sister, Rosa Tunki, spoke in "
                      "Awaj\u00fan.\n\n"
                      "Tunki, the federation\u2019s president, said the communities would not move. \u201cWe have heard "
                      "promises for 50 years,\u201d he said.")
    assert who(e, "The results will be public") == "OEFR"
    assert who(e, "We have heard promises") == "Eliseo Tunki"


# Attribution

def test_a_presiding_judge_and_what_she_went_on_to_say():
    e = on_page(HEAD, "\u201cThe court does not doubt it,\u201d presiding judge Andrea Kohler told a packed courtroom.\n\n"
                      "Kohler went on to say the question was \u201cnot one for a district court\u201d.\n\n"
                      "\u201cIt is a question for the legislature.\u201d")
    assert who(e, "The court does not doubt it") == "Andrea Kohler"
    assert who(e, "not one for a district court") == "Andrea Kohler"
    assert who(e, "It is a question for the legislature") == "Andrea Kohler"


def test_a_judge_who_directed_in_her_ruling():
    e = on_page(HEAD, "In a ruling on Thursday, Justice Rose Atieno directed the officers to resume duty \"pending "
                      "the hearing\" of the petition.")
    assert who(e, "pending the hearing") == "Rose Atieno"


def test_a_quote_after_a_sentence_whose_noun_follows_its_verb():
    e = on_page(HEAD, "Minister Grant Pemberly opened the debate. \u201cThis bill is about certainty,\u201d Pemberly "
                      "told the House.\n\n"
                      "He rejected claims the bill would override title. \u201cNothing in it extinguishes a right.\u201d")
    assert who(e, "Nothing in it extinguishes") == "Grant Pemberly"


def test_words_owned_by_his_insistence_are_not_the_subject_s():
    e = on_page(HEAD, "Justice Mira Castell heard the case.\n\n"
                      "The judge was critical of the evidence of the director, Dr Pete Ngata. She described his "
                      "insistence that the move had been \"purely operational\" as \"impossible to reconcile\".")
    assert who(e, "purely operational") != "Mira Castell"
    assert who(e, "impossible to reconcile") == "Mira Castell"


def test_a_doctor_s_style_tells_two_namesakes_apart():
    e = on_page(HEAD, "Ruth Ngata, a nurse, sued the district.\n\n"
                      "The director, Dr Pete Ngata, who is not related to her, gave evidence.\n\n"
                      "In one email, Dr Ngata wrote that the nurse needed \"a change of scenery\".")
    assert who(e, "a change of scenery") == "Pete Ngata"


def test_a_paragraph_that_is_only_a_quotation_after_x_s_own_sentence_goes_on_with_x():
    e = on_page(HEAD, "Ruth Ngata, a nurse, sued the district. Dr Pete Ngata gave evidence.\n\n"
                      "Speaking outside court, Ruth Ngata said she had thought of resigning \"every single week\" for "
                      "two years.\n\n"
                      "\"I went because I was scared someone would die.\"")
    assert who(e, "I went because I was scared") == "Ruth Ngata"


def test_a_paragraph_that_is_only_a_quotation_after_a_named_report():
    e = on_page(HEAD, "Park Min-jun, who earned 2.8 million won a month, said the union would press the company.\n\n"
                      "\"The court has said what we have been saying since 2022.\"\n\n"
                      "The trial lasted four hours, lawyer Le Van Hoa said. The court refused his witnesses, he added.\n\n"
                      "\"This was not a trial.\"")
    assert who(e, "The court has said") == "Park Min-jun"
    assert who(e, "This was not a trial") != "Park Min-jun"


def test_the_legislator_is_the_mp_and_the_service_is_the_police_service():
    e = on_page(HEAD, "Harbour Municipality MP Godwin Baluku described the closure as an attempt to gag residents.\n\n"
                      "\"I have been a guest on that show myself,\" the legislator said.\n\n"
                      "The Lakeland Police Service said training had been \"substantially revised\". The service said "
                      "both officers remain \"on active duty\".")
    assert who(e, "I have been a guest") == "Godwin Baluku"
    assert who(e, "on active duty") == "Lakeland Police Service"


def test_a_surname_with_its_role_after_a_dateline_and_a_not_related_namesake():
    e = on_page(HEAD, "HARBOUR CITY, Ruritania, Jun 2 2026 (IPS) - When Delia Moreno and 37 co-workers registered "
                      "their union, they expected trouble.\n\n"
                      "\"They told us there would never be a union,\" Moreno, the union's general secretary, told IPS.\n\n"
                      "The union's lawyer, Oscar Moreno, who is not related to the general secretary, said the machines "
                      "were moved.\n\n"
                      "Moreno, the general secretary, said members would not sign.\n\n"
                      "\"If we sign, we accept it,\" she said.")
    assert who(e, "They told us there would never") == "Delia Moreno"
    assert who(e, "If we sign") == "Delia Moreno"


def test_a_hyphenated_region_and_a_place_after_around_are_nobody_in_between():
    e = on_page(HEAD, "Director Yonas Tadesse said the arrests were unlawful.\n\n"
                      "Ethiopia has a high number of jailed journalists in sub-Saharan Africa, groups say.\n\n"
                      "\"Arresting teachers for demanding wages is wrong,\" he said.")
    assert who(e, "Arresting teachers") == "Yonas Tadesse"


def test_a_run_on_quotation_in_single_curly_marks():
    e = on_page(HEAD, "\u2018The pattern is familiar,\u2019 said Meera Rawal, Executive Director of the Forum. "
                      "\u2018A journalist reports on land, and she is charged.\n\n"
                      "\u2018The Government has told the Council it is not state policy.\n\n"
                      "\u2018If that is true, the charges should be withdrawn.\u2019")
    assert who(e, "The Government has told the Council") == "Meera Rawal"
    assert who(e, "If that is true") == "Meera Rawal"


def test_a_programme_s_title_and_a_defined_term_in_marks_are_not_quotes():
    e = on_page(HEAD, "Ms. Lumaban hosts \u2018Tingog sang Baryo\u2019, a morning programme on community radio. The groups "
                      "call the post a case of \u2018red-tagging\u2019, the practice of labelling activists as rebels.")
    assert quote_texts(e) == []


def test_styles_of_respect_for_elders_give_a_gender():
    e = on_page(HEAD, "The petition was handed over by Whaea Huia Tamihana, 84, who walked the last leg.\n\n"
                      "Nanay Cresing Lumaban, 61, waited outside.")
    types = actor_types(e)
    assert types.get("Huia Tamihana") == "person" and types.get("Cresing Lumaban") == "person"


# Cleaning

def test_a_release_s_date_field_a_bracketed_agency_credit_and_a_members_plug_are_no_paragraphs():
    e = on_page("Lakeside Rights Council\nPress Releases\n\nCouncil calls for release of teachers\n\n"
                "Posted on March 24, 2026 by LRC Communications\n\n",
                "Date: Megabit 15, 2018 E.C.\n\n"
                "Members of the union hold a press conference in front of the court on Friday. [NEWS1]\n\n"
                "The Lakeside Rights Council is concerned by the arrest of 23 teachers.\n\n"
                "Keep going!\nThe Courier is made possible by its members. Join today from $8 a month.\n\n"
                "The teachers were held for eleven days.")
    assert body(e) == ["The Lakeside Rights Council is concerned by the arrest of 23 teachers.",
                       "The teachers were held for eleven days."]


def test_a_she_after_a_body_s_spokeswoman_is_the_body_and_an_unnamed_official_speaks_for_no_one():
    e = on_page(HEAD, "Ruth Ngata, a nurse, won her case.\n\n"
                      "A spokeswoman for the Western Harbour Health District said it \"accepts the decision\". She said "
                      "demand had \"increased significantly\" since 2023.\n\n"
                      "An official at the Lakeland Embassy, who spoke on condition of anonymity, said complaints had "
                      "risen. \"Most are settled,\" he said.")
    assert who(e, "increased significantly") == "Western Harbour Health District"
    assert who(e, "Most are settled") is None


def test_an_i_inside_an_interviewee_s_turn_is_the_interviewee():
    e = on_page(HEAD, "Labour Minister Bilal Abbasi on Monday said relief would be paid.\n\n"
                      "Following are excerpts from the exchange between the minister and the programme's host, "
                      "Sara Qadri.\n\n"
                      "Sara Qadri: Is that the price of a life?\n\n"
                      "Bilal Abbasi: No amount can bring anyone back, and I have told my secretary, \"If a family is "
                      "sent back, I want the officer's name.\"\n\n"
                      "Sara Qadri: Will you resign?\n\n"
                      "Bilal Abbasi: If my department is found negligent, I will go home.")
    assert who(e, "If a family is sent back") == "Bilal Abbasi"
