"""Round 8 on invented articles: quotation shapes that a first run on new articles got wrong or
missed. Every outlet, person and event here is made up; each test shows one general behaviour,
and a wrong speaker is never traded for an attribution.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as who

HEAD = "Lagoon Post\nNews\n\nRadio host held in Keta\n\nBy Ama Odoi\n4 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_the_chief_is_not_a_person_whose_title_only_uses_chief_as_a_modifier():
    # "the chief" is the ruler who is chief of a place, not the district chief executive,
    # whose title holds "chief" only before "executive".
    e = ex("The District Chief Executive, Kwesi Abban, said he had nothing to do with the arrest. \"Ask "
           "the police, not me,\" Mr Abban said.\n\n"
           "Nana Okoampa IV, chief of Anyako, spoke to the fishermen on the beach. \"The lagoon belongs to "
           "the fishermen,\" the chief said.")
    assert who(e, "Ask the police") == "Kwesi Abban"
    assert who(e, "The lagoon belongs") == "Nana Okoampa IV"


def test_she_said_after_a_second_woman_acts_in_the_same_sentence_is_left_open():
    # Two women in one sentence, the second one the subject of her own clause: "she" could be
    # either, whether or not the second one is an actor the text established.
    e = ex("Police in Keta freed the presenter Yaw Dumelo on bail on Monday. Inspector Abla Mensimah, "
           "the police spokesperson, said the case was still open.\n\n"
           "His wife, Dzifa Agbo, waited at the gate all day. \"They took him at dawn,\" she said.\n\n"
           "Outside, Dzifa Agbo kissed her husband while Inspector Mensimah waited by the van. "
           "\"We will be back tomorrow,\" she said.")
    assert who(e, "They took him") == "Dzifa Agbo"
    assert who(e, "We will be back") is None
    e = ex("Police in Keta freed the presenter Yaw Dumelo on bail on Monday.\n\n"
           "His wife, Dzifa Agbo, waited at the gate all day. \"They took him at dawn,\" she said.\n\n"
           "Outside, Dzifa Agbo hugged her husband as ASP Kwarteng-Ofori stood by the door. "
           "\"We will be back tomorrow,\" she said.")
    assert who(e, "We will be back") is None


def test_she_said_after_another_person_is_only_an_object_keeps_its_speaker():
    e = ex("Police in Keta freed the presenter Yaw Dumelo on bail on Monday.\n\n"
           "His wife, Dzifa Agbo, waited at the gate all day. \"They took him at dawn,\" she said.\n\n"
           "Outside, Dzifa Agbo thanked Inspector Kwarteng-Ofori and walked away. "
           "\"We will be back tomorrow,\" she said.")
    assert who(e, "We will be back") == "Dzifa Agbo"


def test_she_said_after_the_two_women_is_left_open():
    e = ex("Esi Dankwa, 58, has led the fishing cooperative of Anloga since 2019. \"The lagoon "
           "feeds us,\" she says.\n\n"
           "Her lawyer, Efia Owusu, took the case last year.\n\n"
           "Dankwa hopes to speak about her nets in court; Owusu advises her to keep it short. On Sunday "
           "the two women walked along the shore for an hour. \"We will win this,\" she said.")
    assert who(e, "The lagoon feeds") == "Esi Dankwa"
    assert who(e, "We will win") is None


def test_both_of_them_as_an_object_does_not_stop_the_pronoun():
    e = ex("Ama Serwaa Boakye, 61, keeps her sons' school photographs in a tin. She has not seen both of "
           "them since May. \"I want them back,\" she said.")
    assert who(e, "I want them") == "Ama Serwaa Boakye"


def test_the_subject_after_two_opening_clauses_is_who_she_is_later():
    # A feature's opening: a time phrase, then a clause of its own, then the person.
    e = ex("On market days, while the nets are still drying, Abla Tetteh opens her stall in Anloga.\n\n"
           "She has sold fish on this beach for forty years.\n\n"
           "\"Nobody here has ever paid me twice,\" she says, weighing a tilapia. \"Ask the women at the "
           "next stall.\"\n\n"
           "Tetteh said she would fight the fine.")
    assert who(e, "Nobody here has") == "Abla Tetteh"
    assert who(e, "Ask the women") == "Abla Tetteh"


def test_a_role_in_the_case_or_at_the_time_before_a_name_makes_the_name_the_subject():
    e = ex("The fishermen's leader, Kwame Adjei, said the raid was illegal. \"They came at night,\" "
           "he said.\n\n"
           "The district police commander at the time, Kojo Amoah, rejects the fishermen's account. "
           "Answering questions by email, he said his men had acted \"within the law\".\n\n"
           "The prosecutor in the case, Yaw Frimpong, wants three years for Adjei. He did not return "
           "calls.\n\n"
           "In the charge sheet he filed in June, he calls the protest \"an attack on the state\".")
    assert who(e, "They came at night") == "Kwame Adjei"
    assert who(e, "within the law") == "Kojo Amoah"
    assert who(e, "an attack on the state") == "Yaw Frimpong"


def test_a_man_who_acts_between_a_pronoun_and_its_antecedent_leaves_the_pronoun_open():
    # The step that finds subjects cannot read this opening; the guard still sees that another
    # man ("X, has asked") acted after the one "he" would otherwise go back to.
    e = ex("The fishermen's leader, Kwame Adjei, said the raid was illegal. \"They came at night,\" "
           "he said.\n\n"
           "The officer who led the raid that night, Kojo Amoah, has asked for a long sentence. "
           "He did not return calls.\n\n"
           "In the charge sheet he filed in June, he calls the protest \"an attack on the state\".\n\n"
           "Amoah said on Monday that the case was strong.")
    assert who(e, "They came at night") == "Kwame Adjei"
    assert who(e, "an attack on the state") is None


def test_according_to_a_statement_by_a_body_with_its_initials_or_named_before():
    e = ex("Police in Keta arrested three fishermen on Sunday.\n\n"
           "According to a statement by the Coastal Fishers Network (CFN), the group counted 14 arrests "
           "on the lagoon last year, and \"every one of them was for fishing\".\n\n"
           "The salt company Salinera Costa del Norte owns the works at the end of the lagoon road. According to a "
           "statement by Salinera Costa del Norte, it \"pays every fisherman it hires\".")
    assert who(e, "every one of them") == "Coastal Fishers Network"
    assert who(e, "pays every fisherman") == "Salinera Costa del Norte"


def test_the_statement_continued_is_not_lent_an_older_statement_s_author():
    # The later statement is by a body the text did not establish as an actor: "the statement"
    # is that one, not the rapporteur's of the paragraph before.
    e = ex("Police in Keta arrested three fishermen on Sunday.\n\n"
           "Kofi Badu, a fisheries expert, said in a statement on Wednesday that the arrests were "
           "\"a blow to the whole coast\".\n\n"
           "According to a statement by the office of the district assembly in Keta, the men were held "
           "\"under the bylaws\".\n\n"
           "\"The bylaws apply to everyone,\" the statement continued.")
    assert who(e, "a blow to the whole") == "Kofi Badu"
    assert who(e, "The bylaws apply") is None


def test_the_statement_continued_is_the_body_whose_statement_was_quoted_before():
    e = ex("Police in Keta arrested three fishermen on Sunday.\n\n"
           "According to a statement by the Coastal Fishers Network, the men were held \"without "
           "charge\".\n\n"
           "\"Fishing is not a crime,\" the statement continued.")
    assert who(e, "without charge") == "Coastal Fishers Network"
    assert who(e, "Fishing is not") == "Coastal Fishers Network"


def test_a_name_with_an_age_and_a_who_clause_before_the_verb_is_its_subject():
    e = ex("A court in Keta jailed the presenter Yaw Dumelo for two years on Monday.\n\n"
           "Dumelo's son, Kwaku, 22, who drives a taxi in Kumasi, wrote on Facebook: "
           "\"My father only asked questions.\"")
    assert who(e, "My father only") == "Kwaku"


UN_HEAD = "Global Desk\nNews\n\nJournalist detained in Lomé\n\n12 March 2026\n\n"


def test_a_body_in_commas_after_its_description_speaks_and_is_the_description_later():
    e = on_page(UN_HEAD,
                "The UN refugee agency, UNHCR, on Monday voiced concern about the arrest of the Togolese "
                "journalist Komi Agbeko, and asked the authorities to free him \"without delay\".\n\n"
                "Agbeko, 41, was arrested at his home in Lomé in January.\n\n"
                "His wife, Afi Agbeko, said he had done nothing wrong.\n\n"
                "Police in Lomé did not answer calls on Monday.\n\n"
                "The UN refugee agency pointed to its own \"Detention Guidelines\" and urged the "
                "authorities to \"stop locking up asylum seekers\".")
    assert who(e, "without delay") == "UNHCR"
    assert who(e, "stop locking up") == "UNHCR"


def test_a_second_verb_joined_by_and_has_the_body_of_the_sentence_for_subject():
    e = on_page(UN_HEAD,
                "Police in Lomé detained the journalist Komi Agbeko in January.\n\n"
                "Last year the Coastal Fishers Network, which keeps a register of arrests, concluded in a report "
                "that police had beaten protesters and told them to \"put down their batons\".")
    assert who(e, "put down their") == "Coastal Fishers Network"


def test_a_second_verb_after_another_person_acts_is_not_given_to_the_first_subject():
    e = on_page(UN_HEAD,
                "The Coastal Fishers Network expressed alarm at the arrests, while the lawyer Kodjo Adom went to "
                "the court and asked for \"an end to this\".")
    assert who(e, "an end to this") != "Coastal Fishers Network"


def _texts(e: Extraction) -> list[str]:
    return [q.text for q in e.quotes]


def test_the_name_of_an_offence_someone_is_held_or_tried_for_is_no_quotation():
    e = ex("The presenter is being investigated for \"causing public alarm through false statements on "
           "the radio\", the district police confirmed.\n\n"
           "His producer, Efo Lartey, 38, was convicted by the Keta District Court on Friday of \"insulting "
           "the dignity of a public officer\" and fined.\n\n"
           "Lartey's mother goes on trial in June, accused with nine other fishmongers of "
           "\"obstruction\".")
    texts = _texts(e)
    assert not any(t.startswith(("causing public alarm", "insulting the dignity", "obstruction")) for t in texts), texts


def test_an_accusation_someone_makes_stays_a_quotation():
    e = ex("The regional minister accused the station of \"spreading fear among the fishermen\", "
           "according to a statement on Monday.\n\n"
           "Police said they held three men, accusing them of \"blocking the landing beach.\"")
    texts = _texts(e)
    assert any(t.startswith("spreading fear among") for t in texts), texts
    assert any(t.startswith("blocking the landing") for t in texts), texts


def test_a_name_people_give_a_place_is_no_quotation_but_what_someone_calls_a_thing_is():
    e = ex("Fishermen call the sandbank at the river mouth the \"salt bank\".\n\n"
           "The chief called the sale of the sandbank \"a theft from our children\".")
    texts = _texts(e)
    assert "salt bank" not in texts, texts
    assert any(t.startswith("a theft from our") for t in texts), texts


def test_a_banner_slogan_stays_a_quotation_with_no_speaker():
    # Earlier hand-checked articles count a slogan read on a banner as a quotation nobody spoke.
    e = ex("Fishermen lined the road to the court with a banner reading \"Fishing is not a crime\".")
    assert _texts(e) == ["Fishing is not a crime"]
    assert who(e, "Fishing is not") is None


def test_the_reason_someone_was_held_for_stays_a_quotation():
    e = ex("According to the Lagoon Reporters Union, the two were held for \"filming a public beach\".")
    assert who(e, "filming a public beach") == "Lagoon Reporters Union"


def test_so_called_is_no_reporting_verb():
    e = ex("On air, Mr Kwesi Dumelo called the harbour plan, to be funded by so-called \"blue\" bonds, "
           "\"a present for the builders\".")
    assert who(e, "a present for the") == "Kwesi Dumelo"


def test_a_report_that_ends_with_the_speaker_and_the_outlet_makes_the_speaker_the_topic():
    e = ex("One of the people held was Esi Lamptey, who presents the evening news on Coast TV, her "
           "colleague Kobby Nartey told the Lagoon Post. \"She was only holding a microphone,\" he said.")
    assert who(e, "She was only holding") == "Kobby Nartey"


def test_a_spokesperson_for_a_named_body_speaks_for_it():
    e = ex("Police in Keta arrested three fishermen on Sunday.\n\n"
           "A spokesperson for the Fishers Network of Keta and Anloga said the members \"will keep "
           "writing to the minister\".\n\n"
           "A spokesperson for the Fishers Network of Keta and Anloga, Ama Kuma, said the men were \"fishermen, not "
           "criminals\".")
    assert who(e, "will keep writing") == "Fishers Network of Keta and Anloga"
    assert who(e, "fishermen, not") == "Ama Kuma"


def test_a_quotation_first_then_the_letter_it_closes_and_its_writer():
    e = ex("A court in Keta fined the Lagoon Post 20,000 cedis on Monday.\n\n"
           "\"Our reporters will keep asking questions, whatever it costs.\" Those were the last words of "
           "a note to subscribers that the paper's editor, Kwame Boateng, posted on Tuesday.")
    assert who(e, "Our reporters will") == "Kwame Boateng"


def test_a_quotation_first_then_the_one_person_who_goes_on_to_speak():
    e = ex("Police in Keta have held the presenter Yaw Dumelo since Saturday.\n\n"
           "\"I cooked his favourite soup and they sent me away.\" Dzifa Agbo waited at the gate holding a "
           "pot. She is married to the presenter, and she says no officer has let her see him.\n\n"
           "Dzifa Agbo, 34, returned to the station on Monday.")
    assert who(e, "I cooked his") == "Dzifa Agbo"


def test_a_quotation_first_then_someone_who_never_speaks_stays_open():
    e = ex("Police in Keta have held the presenter Yaw Dumelo since Saturday.\n\n"
           "\"He was a good man.\" Dzifa Agbo waited at the gate holding a pot. The police would not "
           "let her in.\n\n"
           "Dzifa Agbo, 34, returned to the station on Monday.")
    assert "Dzifa Agbo" in {m.key for m in e.mentions}
    assert who(e, "He was a good man") is None
    e = ex("Police in Keta have held the presenter Yaw Dumelo since Saturday.\n\n"
           "\"I cooked his favourite soup and they sent me away.\" Dzifa Agbo waited at the gate beside "
           "Akos Mensah. She says no officer has let her see him.\n\n"
           "Dzifa Agbo, 34, returned to the station on Monday.")
    assert "Dzifa Agbo" in {m.key for m in e.mentions}
    assert who(e, "I cooked his") is None


def test_the_lines_of_a_statement_that_only_mentions_a_person_stay_open():
    e = ex("A court in Keta fined the Lagoon Post 20,000 cedis on Monday.\n\n"
           "\"The fine is lawful and final.\" Those were the closing lines of a statement released by the "
           "district assembly, which cited a letter to Kwame Boateng.\n\n"
           "Kwame Boateng, 52, the paper's editor, said he would appeal.")
    assert who(e, "The fine is lawful") is None


def test_a_verb_after_and_is_not_given_to_the_first_subject_when_another_opens_a_clause():
    e = ex("The Fishers Network expressed alarm at the arrests, and the Ministry of Fisheries defended "
           "them and called the men \"rioters\".")
    assert who(e, "rioters") != "Fishers Network"
    e = ex("The Fishers Network expressed alarm at the arrest of the presenter Yaw Dumelo, who has since "
           "been freed and called it \"a warning\".")
    assert who(e, "a warning") is None


def test_her_colleague_told_reporters_says_who_her_is():
    e = ex("The reporter Esi Lamptey was detained on Monday, her colleague Kobby Nartey told the Lagoon "
           "Post. \"She did nothing,\" she said.")
    assert who(e, "She did nothing") is None
    e = ex("The reporter Esi Lamptey was detained on Monday, her colleague Kobby Nartey told the Lagoon "
           "Post. \"She did nothing,\" he said.")
    assert who(e, "She did nothing") == "Kobby Nartey"


def test_a_time_phrase_then_a_clause_then_a_described_name():
    e = ex("On Monday, after the court rose, the lawyer Kofi Adom told reporters the case was weak. "
           "\"We will appeal,\" he said.")
    assert who(e, "We will appeal") == "Kofi Adom"


def test_the_spokesperson_after_a_spokesperson_for_a_party_speaks_for_the_party():
    e = ex("Three members of the Coastal Democratic Party went missing in Keta in March.\n\n"
           "A spokesperson for the Coastal Democratic Party said the party had written to the police twice. "
           "‘We will keep searching for our members,’ the spokesperson said.")
    assert who(e, "We will keep searching") == "Coastal Democratic Party"


def test_the_order_says_after_a_paragraph_about_the_judge_is_the_court_s():
    e = ex("The Keta High Court on Thursday quashed the case against the singer Kwesi Mensah over a song "
           "about the lagoon.\n\n"
           "The state's lawyer told the hearing that the song had stirred up trouble.\n\n"
           "The judge disagreed. \"Singing about a lagoon harms no one,\" the order says. "
           "\"The police must look elsewhere.\"")
    assert who(e, "Singing about a lagoon") == "Keta High Court"
    assert who(e, "The police must look") == "Keta High Court"


def test_the_order_says_with_no_judge_or_court_in_sight_stays_open():
    e = ex("The Keta High Court on Thursday quashed the case against the singer Kwesi Mensah.\n\n"
           "Fishermen marched to the district assembly on Friday.\n\n"
           "The assembly closed the lagoon road. \"No boats may land after dark,\" the order says.")
    assert who(e, "No boats may land") is None


def test_an_unnamed_official_from_a_body_is_not_the_body():
    e = ex("An official from the Ministry of Fisheries and Aquaculture Development, who asked not to be "
           "named, said the ban would stay \"for now\".")
    assert who(e, "for now") is None


def test_the_office_is_not_the_first_office_once_another_office_was_named():
    e = on_page(UN_HEAD,
                "The UN human rights office, OHCHR, on Monday expressed concern at the detention of the "
                "journalist Komi Agbeko.\n\n"
                "Agbeko was charged by the Lomé Prosecutor's Office in January.\n\n"
                "His wife, Afi Agbeko, said he had done nothing wrong.\n\n"
                "Police in Lomé did not answer calls on Monday.\n\n"
                "The office said the case would go to trial \"within weeks\".")
    assert who(e, "within weeks") != "OHCHR"


def test_a_title_used_without_a_name_is_never_the_speaker():
    e = ex("Market women blamed the Presiding Member of the assembly for the new tolls. "
           "\"We sold nothing,\" Presiding Member said.")
    assert who(e, "We sold nothing") is None


def test_a_quotation_first_about_the_person_named_after_it_is_not_theirs():
    e = ex("Police in Keta have held the presenter Yaw Dumelo since Saturday.\n\n"
           "\"He is innocent and he will be freed.\" Kofi Adom has been in a cell since May. He says the "
           "charge was invented.\n\n"
           "Kofi Adom, 44, is a fisherman.")
    assert who(e, "He is innocent") is None
