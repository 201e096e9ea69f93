"""Round 17 on invented pages: page cleaning, paragraph numbering, the page's date and its
publisher. A summary box headed "In Summary", a share bar set one button a line, a pull
quote and an embedded post inside the story, a quoted subhead, a dated correction line, a
podcast's production credits, dates written "20/Nov/2026" and "2026.11.19". Every person,
place, group and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

STORY = [
    "The family of a ferry mechanic who has been missing for four days has asked the High Court "
    "to order the police to produce him.",
    "Tomas Okello, 31, was last seen on Tuesday night outside his workshop near the Lakeside jetty.",
    "\"We only want to know where he is,\" his sister, Grace Okello, told the Beacon outside the court.",
    "Police said in a statement that Okello was \"not in our custody\" and that officers were looking for him.",
    "The case will be mentioned on Thursday before Justice Amos Wekesa.",
]


def _news_page(header_extra: str, body_pars=STORY) -> str:
    return ("The Lakeside Beacon\nNews\nCounties\nOpinion\n\nNEWS\n\n"
            "Family of missing ferry mechanic goes to court\n\n"
            "by BEACON REPORTER\n14 October 2026 - 08:30\n\n" + header_extra + "\n\n"
            + "\n\n".join(body_pars) + "\n\n© Lakeside Media Group 2026. All rights reserved.\n")


def test_an_in_summary_box_and_a_one_button_a_line_share_bar_are_not_body():
    box = ("In Summary\n• The family filed a habeas corpus application on Friday.\n"
           "• Police say Okello is \"not in our custody\".\n\nShare\nFacebook\nX\nWhatsApp")
    e = page(_news_page(box))
    assert body(e) == STORY
    assert e.published is not None and e.published.value == "2026-10-14"



def _stamped_page(stamp: str) -> str:
    return ("The Harbour Ledger\nPolitics\nEconomy\nLaw\n\nLAW\n\n"
            "Court frees ferry union organiser held for a year without trial\n\n"
            "Nadia Korsgaard, who organised a strike at the Vellmar docks, had spent 12 months in jail.\n\n"
            f"Ivo Brandt\n{stamp}\n\n"
            "Vellmar: The district court on Thursday granted bail to Nadia Korsgaard, a 29-year-old union "
            "organiser held since October 2025 on a charge of sabotage.\n\n"
            "Korsgaard, a crane operator, was arrested days after the strike closed the docks for a week.\n\n"
            "\"Freedom is not a reward for patience,\" the judge wrote in the order.\n\n"
            "Under the bail conditions, Korsgaard must report to the harbour police every week.\n")


def test_a_day_month_year_stamp_set_with_slashes_dates_the_page():
    # the page's stamp, "Published: 14/Oct/2026", with the standfirst and the byline above it
    for stamp, want in [("Published: 14/Oct/2026", "2026-10-14"), ("3-Sep-2026", "2026-09-03")]:
        e = page(_stamped_page(stamp))
        assert e.published is not None and e.published.value == want, (stamp, e.published, e.published_basis)
        assert body(e)[0].startswith("Vellmar: The district court"), body(e)[0]
        assert len(body(e)) == 4


def test_a_year_first_stamp_with_dots_dates_the_page_and_keeps_the_headline():
    e = page(_stamped_page("2026.10.14\nVellmar, Norland").replace(
        "The Harbour Ledger\n", "The Harbour Ledger\nAn independent dockside news service\n"))
    assert e.published is not None and e.published.value == "2026-10-14", e.published_basis
    assert e.title == "Court frees ferry union organiser held for a year without trial"


def test_an_embedded_post_a_channel_promo_and_a_published_by_notice():
    pars = [
        "Vellmar: The district court on Thursday granted bail to Nadia Korsgaard, a 29-year-old union "
        "organiser held since October 2025 on a charge of sabotage.",
        "Her brother, Emil Korsgaard, waited outside the prison gate. \"We counted every day,\" he said.",
        "The harbour authority said it would study the order.",
        "Under the bail conditions, Korsgaard must report to the harbour police every week.",
    ]
    text = _stamped_page("Published: 14/Oct/2026").split("Vellmar: The district court")[0] + "\n\n".join([
        pars[0], pars[1],
        "She is coming home. Thank you all for not forgetting her. #FreeNadia\n"
        "— Emil Korsgaard (@emilkors) October 13, 2026",
        pars[2], pars[3],
        "The Harbour Ledger is now on Telegram. Follow our channel for the latest from the docks.",
        "Related\nDock strike enters second week",
        "© Copyright 2026. All rights reserved. The Harbour Ledger is published by the Dockside Press Trust.",
    ]) + "\n"
    e = page(text)
    assert body(e) == pars
    assert e.publisher == "The Harbour Ledger", e.publisher_basis


def test_a_paragraph_that_reports_speech_above_a_post_credit_stays_in_the_body():
    pars = [
        "Vellmar: The district court on Thursday granted bail to Nadia Korsgaard, a 29-year-old union "
        "organiser held since October 2025 on a charge of sabotage.",
        "Her brother, Emil Korsgaard, said on X that the family would meet her at the gate.",
        "Under the bail conditions, Korsgaard must report to the harbour police every week.",
    ]
    text = _stamped_page("Published: 14/Oct/2026").split("Vellmar: The district court")[0] + "\n\n".join([
        pars[0], pars[1] + "\n— Emil Korsgaard (@emilkors) October 13, 2026", pars[2]]) + "\n"
    assert body(page(text)) == pars


FEATURE_PARS = [
    "The night the coastguard took Marek Solano away, the lake at Punta Verde was still, and his aunt "
    "was mending nets on the jetty.",
    "Solano, 41, is one of the village's water wardens, who row the shore at night to stop illegal trawling.",
    "“They call us trespassers on the water our grandfathers fished,” says his aunt, Luz Herrera.",
    "“They arrested one warden to frighten forty.”",
    "The Lakes Gazette spoke to Solano by phone from the prison. Answers are condensed.",
    "Solano’s next hearing is set for 4 March in San Ciro.",
]


def test_a_quoted_subhead_and_a_dated_correction_line_are_not_body():
    for correction in ["Correction, 12 February 2026: An earlier version of this article gave the wrong year "
                       "for the ruling.",
                       "Clarification (February 12, 2026): An earlier version of this article misnamed the lake."]:
        text = ("The Lakes Gazette\nIndependent journalism from the lakes\nInvestigations\nTerritory\n\n"
                "The warden of Punta Verde\n\nBy Ana Ruiz\nPublished 10 Feb 2026\n\n"
                + "\n\n".join(FEATURE_PARS[:4] + ["‘We will not leave our lake’"] + FEATURE_PARS[4:])
                + f"\n\n{correction}\n\n© 2026 The Lakes Gazette. All rights reserved.\n")
        e = page(text)
        assert body(e) == FEATURE_PARS, correction


def test_a_short_quoted_paragraph_that_ends_its_sentence_stays_in_the_body():
    pars = FEATURE_PARS[:4] + ["“We will not leave our lake.”"] + FEATURE_PARS[4:]
    text = ("The Lakes Gazette\nInvestigations\nTerritory\n\nThe warden of Punta Verde\n\n"
            "By Ana Ruiz\nPublished 10 Feb 2026\n\n" + "\n\n".join(pars) + "\n")
    assert body(page(text)) == pars


def test_a_podcast_episodes_production_credits_are_not_a_turn():
    turns = ["MIRA OSEI: Welcome to the Riverbank podcast. My guest today is Kofi Mensah, a nurse in Leeds.",
             "KOFI MENSAH: Thank you for having me. My brother has been in prison for six years.",
             "MIRA: How often does he get to call?",
             "KOFI: Every week, if the line works. Ten minutes.",
             "MIRA: Kofi Mensah, thank you."]
    text = ("Riverbank\nStories from the river\nPodcast\nAbout\n\nPODCAST\n\nTen minutes a week: a brother on the line\n\n"
            "Episode 12 · 30 min\n\nIn this episode, host Mira Osei talks to Kofi Mensah about his brother.\n\n"
            "TRANSCRIPT\n\n" + "\n\n".join(turns)
            + "\n\nThis episode was produced by Ada Lind and edited by Per Holm. Our theme music is by Ola Berg.\n\n"
            "© Riverbank Media. All rights reserved.\n")
    assert body(page(text)) == turns


def test_a_question_and_answer_section_closing_a_feature_is_the_named_persons_and_ends_with_it():
    from helpers import quote_texts
    pars = FEATURE_PARS[:3] + [
        "The Lakes Gazette spoke to Solano by phone from the prison. Answers are condensed.",
        "Q: How are you being treated?",
        "A: The food is cold but the guards are polite. The waiting is the hard part.",
        "Q: What would you tell the fishing company?",
        "A: Spend one night on the water with us. Then decide who trespasses.",
        "Solano’s next hearing is set for 4 March in San Ciro. Until then, his aunt says, she will keep mending nets.",
    ]
    text = ("The Lakes Gazette\nInvestigations\nTerritory\n\nThe warden of Punta Verde\n\n"
            "By Ana Ruiz\nPublished 10 Feb 2026\n\n" + "\n\n".join(pars) + "\n")
    e = page(text)
    assert body(e) == pars
    said = {q.text: q.speaker for q in e.quotes}
    assert said.get("The food is cold but the guards are polite. The waiting is the hard part.") == "Marek Solano", said
    assert said.get("Spend one night on the water with us. Then decide who trespasses.") == "Marek Solano"
    assert not any(t.startswith("Solano’s next hearing") for t in quote_texts(e))


def test_an_interviewee_who_spoke_to_the_outlets_reporter_keeps_the_answers():
    pars = [
        "Lena Marsh is a harbour engineer who has inspected the Punta Verde dam for ten years.",
        "She spoke to Tom Ek of The Lakes Gazette about the cracks found in the spillway last month.",
        "Q: Is the dam safe?",
        "A: Today, yes. In two winters, I cannot promise it.",
        "Q: Who has read your report?",
        "A: The ministry has had it since June. Nobody has answered.",
    ]
    e = page("The Lakes Gazette\nInterviews\n\n‘I cannot promise it’\n\nPublished 10 Feb 2026\n\n"
             + "\n\n".join(pars) + "\n")
    said = {q.text: q.speaker for q in e.quotes}
    assert said.get("Today, yes. In two winters, I cannot promise it.") == "Lena Marsh", said
