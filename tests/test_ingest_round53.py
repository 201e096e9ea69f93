"""Round 53 on invented pages: what the first run on blind74 and blind75 showed (scored first, then
fixed). Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import on_page, published, speaker_of as who

HEAD = "Harbour Herald\nNews | Rights\n\nRuling on detention orders\n\nBy Lena Marsh\n16 March 2026\n\n"


def test_the_one_who_spoke_to_the_outlet_is_the_interviewee():
    e = on_page(HEAD, "Attorney Ana Ramkissoon now represents 43 detained men.\n\n"
                      "Ramkissoon spoke to the Harbour Herald on Wednesday. The interview has been edited.\n\n"
                      "Q: How many people are held?\n\n"
                      "A: The honest answer is that nobody outside the ministry knows.\n\n"
                      "Q: Is the commissioner wrong?\n\n"
                      "A: I am not going to tell the commissioner how to fight crime.")
    assert who(e, "The honest answer is") == "Ana Ramkissoon"


def test_a_pronoun_is_no_one_who_spoke_to_the_outlet():
    e = on_page(HEAD, "Mahfuz Karim is a lawyer who has represented 40 families.\n\n"
                      "He spoke to The Harbour Herald about the vote.\n\n"
                      "Q: Will the vote be fair?\n\n"
                      "A: Preparations are one thing, trust is another.\n\n"
                      "Q: Your critics disagree.\n\n"
                      "A: I have not supported a ban on anybody.")
    assert who(e, "Preparations are one thing") == "Mahfuz Karim"


def test_two_namesakes_the_text_says_are_not_related_leave_the_bare_surname_open():
    e = on_page(HEAD, "Journalist Rima Haddad was questioned for four hours on Tuesday, her lawyer said.\n\n"
                      "Haddad was summoned after a complaint filed against her by Georges Haddad, a former official. "
                      "The two are not related.\n\n"
                      "Speaking after she walked out, the journalist said investigators focused on her sources. "
                      "\"They asked me to reveal who gave me the documents,\" Haddad said.\n\n"
                      "She said she had also been asked to sign a pledge.\n\n"
                      "\"I refused to sign,\" she said.")
    assert who(e, "They asked me to reveal") is None
    assert who(e, "I refused to sign") == "Rima Haddad"


def test_a_role_in_commas_after_a_long_field_and_body_is_the_subject():
    e = on_page(HEAD, "The election body's spokesperson, Kwaku Mensah, said the register was sound.\n\n"
                      "The Head of Governance and Elections at the Harbour Centre for Democratic Development (HCDD), "
                      "Dr. Adwoa Sarpong, said the centre would deploy observers. \"Transfers are normal,\" she said.")
    assert who(e, "Transfers are normal") == "Adwoa Sarpong"


def test_a_name_inside_a_quotation_is_no_one_a_he_after_it_could_be():
    e = on_page(HEAD, "The petition was signed by the party candidate, Kofi Mensah.\n\n"
                      "Its constituency chairman, Ebo Mensah, described it as \"a cry\".\n\n"
                      "Asked about the chairman's comments, the NPP candidate laughed them off. \"Ebo and I are not "
                      "related,\" he said.")
    assert who(e, "Ebo and I are not related") != "Ebo Mensah"


def test_long_state_titles_stay_titles_and_a_defender_of_the_staff_is_not_the_defender():
    e = on_page(HEAD, "Head of the Department for Prevention of the Staff of the Human Rights Defender Davit Sargsyan "
                      "presented the report.\n\n"
                      "Human Rights Defender of the Republic of Armenia Lusine Hakobyan said she would follow up.\n\n"
                      "\"The state bears full responsibility,\" the Defender said.\n\n"
                      "Deputy Minister of Justice of the Republic of Armenia Arman Sargsyan told reporters posts would "
                      "be created. \"We agree with the Defender,\" the deputy minister said.")
    assert who(e, "The state bears full responsibility") == "Lusine Hakobyan"
    assert who(e, "We agree with the Defender") == "Arman Sargsyan"


def test_a_him_after_whose_son_is_the_son_s():
    e = on_page(HEAD, "Hasmik Sargsyan, whose 52-year-old son died in custody, attended with a photograph of him. "
                      "\"My son complained of chest pains for three days,\" she told reporters.")
    assert who(e, "My son complained") == "Hasmik Sargsyan"


def test_the_owner_of_a_relative_and_a_namesake_not_related_do_not_speak():
    e = on_page(HEAD, "Journalist Rima Haddad was questioned on Tuesday.\n\n"
                      "Haddad's father, Samir Haddad, said he had not been worried.\n\n"
                      "Asked whether she would go on, the journalist laughed. \"I'm back at my desk,\" she said.\n\n"
                      "\"We have done the count,\" said the board's chair, Tori Jackson, who is not related to Darnell "
                      "Jackson. \"Every ballot has been reviewed.\"")
    assert who(e, "I'm back at my desk") == "Rima Haddad"
    assert who(e, "Every ballot has been reviewed") == "Tori Jackson"


def test_stamps_above_the_headline_that_are_the_story_s_own():
    e = on_page("Lakeland News Agency\nPolitics | Society | Culture\n\nSociety  16:48, 12 May 2026\n\n"
                "Ombudsman finds shortage of doctors in prisons\n\n",
                "LAKESIDE, MAY 12, LNA. The ombudsman has recorded serious shortcomings in prisons.")
    assert published(e) == "2026-05-12"
    e = on_page("Harbour Web\nHome | News\n\nHome › News › General News\n\nGeneral News of Thursday, 26 February "
                "2026\n\nSource: www.harbourweb.com\n\nMinority petitions over voter transfers\n\n",
                "The opposition has petitioned the commission over transfers.")
    assert published(e) == "2026-02-26"
    e = on_page("Harbour Mirror\nHome | News\n\nCourt frees protester\n\nMarch 4, 2026   03:12 pm - 0 - "
                "{{hitsCtrl.values.hits}}\n\n",
                "The Supreme Court today (04) ruled that the arrest of a protester was unlawful.")
    assert published(e) == "2026-03-04"


def test_an_ambiguous_numeric_date_settled_by_the_weekday_the_story_names_as_today():
    e = on_page("Lakeland Bureau for Human Rights\nHome | News\n\nNews › Press releases\n\n02.10.2026\n\nPRESS RELEASE\n\n"
                "Court sentences labour activist over posts\n\n",
                "Today, Friday, the city court sentenced labour activist Nurlan Esen, 41, to restricted freedom.")
    assert published(e) == "2026-10-02"
