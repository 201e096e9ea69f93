"""Round 6 on invented articles: shapes of attribution that a first run on new articles missed.
Every outlet, person and event here is made up; each test shows one general behaviour, and a
wrong speaker is never traded for an attribution.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as who

HEAD = "Valley Courier\nNews\n\nDam inquiry opens in Orsk Vale\n\nBy Tomas Edling\n4 May 2025\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_the_government_is_the_one_government_body_just_named():
    e = ex("Reporter Anna Vell of the Orsk Herald was arrested on Friday.\n\n"
           "The Varno Regional Government denied any role. In a statement signed by its press "
           "secretary, the government said it “had no part in the arrests” and that the funds had "
           "been “fully accounted for”.\n\n"
           "The statement added that the government “values a free press” but called on reporters "
           "to “check their facts”.")
    assert who(e, "had no part") == "Varno Regional Government"
    assert who(e, "fully accoun") == "Varno Regional Government"
    assert who(e, "values a fre") == "Varno Regional Government"
    assert who(e, "check their ") == "Varno Regional Government"


def test_the_federal_government_is_not_a_regional_government():
    e = ex("The Varno Regional Government denied any role in the arrests on Friday.\n\n"
           "The federal government said it would “look into the matter”.")
    assert who(e, "look into th") is None


def test_but_joins_a_second_verb_of_the_same_speaker():
    e = ex("Reporter Anna Vell of the Orsk Herald was arrested on Friday.\n\n"
           "The envoy of Lund, Petra Osk, said her country backed “the rights of the farmers” but "
           "believed “quiet talks” with the dam company were the better way.")
    assert who(e, "the rights o") == "Petra Osk"
    assert who(e, "quiet talks") == "Petra Osk"


def test_a_role_with_its_district_before_a_name_makes_the_name_the_subject():
    # "he" two paragraphs on is the police chief who denied it, not the farmer quoted before
    e = ex("Farmers said the dam company had sent guards to their homes on Monday.\n\n"
           "“They pushed my mother to the ground,” said Ilse Varga, a farmer.\n\n"
           "Orsk district police chief Jonas Brell denied that guards had used force. He said "
           "officers had been sent at the request of the mayor.\n\n"
           "“Nobody was hurt and nobody was arrested,” he said.")
    assert who(e, "They pushed") == "Ilse Varga"
    assert who(e, "Nobody was hurt") == "Jonas Brell"


POLICE = ("Reporter Anna Vell of the Orsk Herald was arrested on Friday.\n\n"
          "The spokesperson for the Orsk Regional Police Command, Tarik Holm, an inspector, "
          "confirmed the arrest by telephone on Sunday.\n\n"
          "“She is being questioned about a report on the dam,” Mr Holm said.\n\n")


def test_the_spokesperson_is_the_person_a_leading_apposition_gave_that_role():
    e = ex(POLICE + "Asked why she had been held for four days, the spokesperson said the command "
           "had “followed the law” but declined to say more.")
    assert who(e, "She is being") == "Tarik Holm"
    assert who(e, "followed the") == "Tarik Holm"


def test_the_spokesperson_stays_open_when_two_people_hold_that_role():
    e = ex(POLICE + "The spokesperson for the Orsk Herald, Lina Sorel, said the paper stood by its "
           "reporter.\n\n"
           "Asked about the charge, the spokesperson said it was “without any basis”.")
    assert who(e, "without any") is None


FAMILY = ("Reporter Anna Vell of the Orsk Herald was arrested on Friday. Her husband, Piet Vell, "
          "said officers came at dawn.\n\n")


def test_a_bare_quotation_after_x_said_in_the_same_paragraph_is_x_s():
    e = ex(FAMILY + "The family were not allowed to see her until Sunday, Piet said. “She was "
           "tired but calm. She told us not to worry.”\n\n"
           "He said the officers had also taken her phone. “They wanted her sources.”")
    assert who(e, "She was tired") == "Piet Vell"
    assert who(e, "They wanted") == "Piet Vell"


def test_a_bare_quotation_after_a_report_naming_someone_else_stays_open():
    e = ex(FAMILY + "Piet said the officers had also questioned Karl Mund, a neighbour. “They "
           "asked him about the dam.”")
    assert who(e, "They asked") is None


def test_a_group_s_country_office_speaks_for_the_group():
    e = ex("Reporter Anna Vell of the Orsk Herald was arrested on Friday.\n\n"
           "Amnesty International's Lund office also called for her release, saying in a post on X: "
           "“Reporting is not a crime.”\n\n"
           "Human Rights Watch's regional office said the arrest was “a warning to every reporter”.")
    assert who(e, "Reporting is") == "Amnesty International"
    assert who(e, "a warning") == "Human Rights Watch"


def test_x_said_he_tells_x_s_gender_so_she_is_the_woman_named_beside_him():
    e = ex("The Orsk union leader Mira Tesk was charged on Monday with incitement.\n\n"
           "Ms Tesk said she would keep leading the union. Her lawyer, Odd Rask, said he would ask "
           "the court to lift the order.\n\n"
           "“I am not afraid of the court,” she said.")
    assert who(e, "I am not afraid") == "Mira Tesk"


def test_her_lawyer_said_she_would_appeal_leaves_a_later_she_open():
    # "she" could be the lawyer or the client: never guess
    e = ex("The Orsk union leader Mira Tesk was charged on Monday with incitement.\n\n"
           "Her lawyer, Odd Rask, said she would appeal against the charge.\n\n"
           "“The charge has no basis,” she said.")
    assert who(e, "The charge has") is None


def test_a_ministry_whose_name_lists_its_portfolios_speaks():
    e = ex("Villagers in Orsk Vale said guards had fenced their land on Monday.\n\n"
           "The Ministry of Fisheries, Forests and Wildlife said in a statement that it would "
           "“review the titles of both sides” this month.")
    assert (who(e, "review the") or "").startswith("Ministry of Fisheries")


def test_a_reporting_word_after_a_determiner_is_a_noun_not_the_verb():
    # "the claims" is no verb: the sentence's subject speaks in the participle clause
    e = ex("The dam inquiry opened on Monday.\n\n"
           "Government spokesperson Tor Hedin denied the claims on Monday, calling them “pure "
           "invention”.")
    assert who(e, "pure invention") == "Tor Hedin"


def test_a_document_from_a_body_names_the_body():
    e = ex("The dam inquiry opened on Monday.\n\n"
           "The Orsk Farmers Union has called for an audit.\n\n"
           "According to a statement from the Orsk Farmers Union, the contracts were “signed in "
           "secret”.")
    assert who(e, "signed in") == "Orsk Farmers Union"


def test_the_body_s_statement_read_is_the_body_speaking():
    e = ex("The dam inquiry opened on Monday.\n\n"
           "The Orsk Farmers Union has called for an audit.\n\n"
           "The union's statement read: “The contracts were signed in secret.”")
    assert who(e, "The contracts") == "Orsk Farmers Union"


def test_a_statement_posted_online_is_no_speaker_of_its_own():
    # the participle after a document noun is still no finite verb
    e = ex("The dam inquiry opened on Monday.\n\n"
           "Karl Brandt, the opposition leader, shared a statement posted on the union's website, "
           "which called the inquiry “a show”.")
    assert who(e, "a show") != "Karl Brandt"


def test_a_bare_surname_another_named_person_shares_stays_open():
    # "Ms Vell" could be the reporter or her mother: the guard leaves it empty
    e = ex("Reporter Anna Vell was arrested on Friday. Her mother, Greta Vell, waited outside.\n\n"
           "“She only wrote the truth,” Ms Vell said.")
    assert who(e, "She only") is None


def test_a_bare_surname_nobody_else_shares_keeps_its_speaker():
    e = ex("Reporter Jon Brem was arrested on Friday. His mother, Greta Vell, waited outside.\n\n"
           "“He only wrote the truth,” Ms Vell said.")
    assert who(e, "He only") == "Greta Vell"


def test_the_n_year_old_is_the_one_person_given_that_age():
    e = ex("Orsk activist Anna Vell, 34, was arrested on Friday.\n\n"
           "“I did nothing wrong,” the 34-year-old said after her release.")
    assert who(e, "I did nothing") == "Anna Vell"


def test_the_n_year_old_stays_open_when_two_people_share_the_age():
    e = ex("Orsk activists Anna Vell, 34, and Greta Lund, 34, were arrested on Friday.\n\n"
           "“I did nothing wrong,” the 34-year-old said after her release.")
    assert who(e, "I did nothing") is None


JAILED = ("Lena Fisk, a reporter who covered the dam for six years, was jailed on Tuesday. Ms "
          "Fisk's lawyer has appealed.\n\n"
          "The Orsk District Court has jailed 14 reporters since 2020, according to the Orsk Press "
          "Club.\n\n"
          "The press law carries a sentence of up to five years for each article.\n\n")


def test_she_is_the_one_person_named_when_nobody_was_a_subject_lately():
    e = ex(JAILED + "Before the hearing, I asked Fisk what she would tell young reporters. She "
           "thought for a while.\n\n"
           "'Keep writing,' she said. 'Keep writing, and check everything twice.'")
    said = [q.speaker for q in e.quotes if q.text.startswith("Keep writing")]
    assert said == ["Lena Fisk", "Lena Fisk"]


def test_she_stays_open_when_two_people_were_named_lately():
    e = ex(JAILED + "Before the hearing, I asked Fisk and Mara Olin, her editor, what they would "
           "tell young reporters. She thought for a while.\n\n"
           "'Keep writing,' she said.")
    assert who(e, "Keep writing") is None


def test_a_participle_aside_in_the_reported_clause_is_not_the_reporting_verb():
    e = ex("The Orsk District Court jailed reporter Jon Brem for four years on Tuesday for two "
           "radio talks.\n\n"
           "The court said that the talks, read on local radio, had “spread panic among the "
           "farmers”.\n\n"
           "Mara Olin, the minister, said in parliament, “The verdict is final.”")
    assert who(e, "spread panic") == "Orsk District Court"
    assert who(e, "The verdict") == "Mara Olin"


def test_an_indictment_from_a_body_with_its_place_before_the_name_is_the_body_s():
    e = ex("Blogger Tran Van Minh was jailed for five years on Friday.\n\n"
           "According to the indictment from the Orsk provincial People's Procuracy, Minh had "
           "“slandered the leadership” in 12 articles.")
    assert who(e, "slandered") == "People's Procuracy"
