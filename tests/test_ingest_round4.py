"""Round 4 of attribution on invented articles: an interview's answers as the interviewee's
quotes, and attribution and actor shapes seen on unseen pages. Every outlet, person and event
here is made up; each test shows one general behaviour of the genre.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

HEAD = "Coastline Herald\nInterviews\n\n‘The water does not read licences’\n\nBy Ines Falkner\n3 March 2025\n\n"
INTRO = ("Marit Solhaug is a harbour pilot who has guided ships into Port Velen for 30 years. "
         "Ines Falkner spoke to her about the new licensing rules.")
QA = [
    "Q: The port authority says the new licences will make the port safer. Do you agree?",
    "A: Safer on paper, perhaps. A licence does not teach anyone the currents at the harbour mouth.",
    "Q: Some pilots say they will stop work. Will you?",
    "A: I will not stop work, but I will not sign the new contract either.",
    "That is not a strike. It is a refusal to pretend the rules were written by sailors.",
    "Q: What did the older pilots tell you?",
    "A: They were blunt. One of them told me, “Never trust a chart drawn in an office.” I still don't.",
]


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "page.txt")


def test_each_answer_of_an_interview_is_the_interviewee_s_quote():
    e = ex(HEAD + "\n\n".join([INTRO] + QA))
    person = {m.key for m in e.mentions if m.type == "person"}
    assert "Marit Solhaug" in person
    answers = [q for q in e.quotes if q.speaker == "Marit Solhaug"]
    assert [(q.paragraph, q.text) for q in answers] == [
        (3, QA[1][3:]), (5, QA[3][3:]), (6, QA[4]), (8, QA[6][3:])]
    # a question is the outlet's words, never a quote
    assert not any(q.paragraph in (2, 4, 7) for q in e.quotes)
    # words the interviewee quotes keep their own (unnamed) speaker
    inner = [q for q in e.quotes if q.text.startswith("Never trust")]
    assert len(inner) == 1 and inner[0].speaker is None and inner[0].paragraph == 8


def test_an_interview_whose_introduction_names_nobody_has_unattributed_answers():
    intro = "The harbour pilots of Port Velen have refused the new licences. One of them spoke to us."
    e = ex(HEAD + "\n\n".join([intro] + QA))
    answers = [q for q in e.quotes if q.paragraph in (3, 5, 6)]
    assert len(answers) == 3 and all(q.speaker is None for q in answers)


# --- pronouns that belong to somebody else ----------------------------------------------------

NEWS = "Valemont Post\nNews\n\nReporters held after rally\n\nBy Tor Brede\n4 April 2025\n\n"


def test_said_her_colleague_names_the_colleague_and_her_pronoun_is_someone_else_s():
    body = [
        "Police in Ostrava Nova detained the photographer Alma Ruzicka at a rally on Tuesday, "
        "according to her newspaper.",
        "“They knew she was press,” said her colleague Pavel Hronek, who was standing beside her "
        "when she was detained, “because her card was on her chest.”",
        "Hronek told the Post that officers had pushed Ruzicka to the ground. “They kept it,” he said.",
    ]
    e = ex(NEWS + "\n\n".join(body))
    by_text = {q.text: q.speaker for q in e.quotes}
    assert by_text["They knew she was press,"] == "Pavel Hronek"
    assert by_text["They kept it,"] == "Pavel Hronek"


def test_who_is_also_his_sister_says_nothing_of_her_own_gender():
    body = [
        "The reporter Tomas Veld was detained on Friday near the port of Ostrava Nova.",
        "Veld's editor, Sanne Veld, who is also his sister, said the reporter had been on his way "
        "home when he was stopped. “He had finished work,” she said.",
    ]
    e = ex(NEWS + "\n\n".join(body))
    assert {q.text: q.speaker for q in e.quotes}["He had finished work,"] == "Sanne Veld"


# --- initials never spelled out that still act or speak ---------------------------------------

def test_initials_that_speak_act_or_lead_are_actors_even_never_spelled_out():
    body = [
        "Eleven mill workers were charged on Monday after a strike at a textile plant in Ostrava Nova.",
        "PTMA, the industry body that represents more than 300 mills, said it “respects the right to "
        "strike” but that blockades “hurt every worker”.",
        "KVL, which is giving legal aid to the workers, said the charges were baseless.",
        "Families say relatives were held in cells run by SDU officers for weeks.",
        "The workers are members of a faction of the NPF, which split last year.",
        "DRP-UN deputy spokesperson Anselm Kovar said the strike had been illegal.",
    ]
    e = ex(NEWS + "\n\n".join(body))
    keys = {m.key: m.type for m in e.mentions}
    assert {"PTMA", "KVL", "NPF", "DRP-UN"} <= set(keys)
    assert keys["NPF"] == "party"
    said = {q.text: q.speaker for q in e.quotes}
    assert said["respects the right to strike"] == "PTMA"


def test_a_party_named_in_a_legislator_s_apposition_is_an_actor_and_does_not_block_his_pronoun():
    body = [
        "Police in Ostrava Nova detained four reporters at a rally on Tuesday.",
        "Oren Taszek, a Silver Dawn member of parliament, dismissed the criticism. “Nobody is "
        "arrested for reporting,” he said on the Kanal 9 channel.",
        "He added that the reporters had been “campaigning, not reporting”.",
    ]
    e = ex(NEWS + "\n\n".join(body))
    assert {m.key: m.type for m in e.mentions}.get("Silver Dawn") == "party"
    said = {q.text: q.speaker for q in e.quotes}
    assert said["Nobody is arrested for reporting,"] == "Oren Taszek"
    assert said["campaigning, not reporting"] == "Oren Taszek"


def test_a_legislator_of_a_parliament_or_a_nation_names_no_party():
    body = ["Ilse Marrow, a European Parliament member, said the arrests were wrong.",
            "Kai Dorn, a Valemont Senate deputy, said nothing."]
    e = ex(NEWS + "\n\n".join(body))
    assert not any(m.type == "party" for m in e.mentions)
