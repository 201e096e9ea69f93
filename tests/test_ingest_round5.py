"""Round 5 on invented articles: in-body furniture that must not shift paragraph numbers,
honorifics that must match a person's gender, and quoted labels and slogans that are not
quotes. Every outlet, person and event here is made up; each test shows one general behaviour.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

HEAD = "Valley Courier\nNews\n\nDam inquiry opens in Orsk Vale\n\nBy Tomas Edling\n4 May 2025\n\n"


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "page.txt")


def body(e: Extraction) -> list[str]:
    return [p.text for p in e.paragraphs]


def test_a_read_colon_link_between_paragraphs_is_not_a_paragraph():
    e = ex(HEAD + "The inquiry into the Orsk Vale dam opened on Monday in the town hall.\n\n"
           "READ: Why the Orsk Vale dam was built twice\n\n"
           "“We want to know who signed the papers,” said Ilse Varga, a farmer.\n\n"
           "The hearings will continue until June.")
    assert not any(p.startswith("READ:") for p in body(e))
    q = [q for q in e.quotes if q.text.startswith("We want")]
    assert q and q[0].paragraph == 2


def test_a_caption_with_its_credit_on_the_next_line_is_not_the_first_paragraph():
    e = ex("Valley Courier\nNews\n\nDam inquiry opens in Orsk Vale\n\n2 hours ago\n\n"
           "Farmers outside the Orsk Vale town hall. May 3, 2025.\nPhoto: Ana Berg / Valley Courier\n\n"
           "The inquiry into the Orsk Vale dam opened on Monday in the town hall, with forty farmers "
           "in the public gallery.\n\nThe hearings will continue until June, the chairman said.")
    assert body(e)[0].startswith("The inquiry into")
    assert any(c.text.startswith("Farmers outside") for c in e.captions)


def test_ms_with_a_surname_never_goes_to_the_man_who_shares_it():
    e = ex(HEAD + "The complaint was brought by Odile Marchetti of the Green Front, a farmer "
           "whose fields were flooded.\n\n"
           "“We were told the water would never reach us,” Ms Marchetti said outside the hall.\n\n"
           "An engineer, Paolo Marchetti – no relation – told the inquiry that he had warned "
           "the operators in March.\n\n"
           "“Nobody read my report,” Mr Marchetti said.")
    people = {m.key for m in e.mentions if m.type == "person"}
    assert "Odile Marchetti" in people
    by_text = {q.text[:12]: q.speaker for q in e.quotes}
    assert by_text["We were told"] == "Odile Marchetti"
    assert by_text["Nobody read "] == "Paolo Marchetti"


def test_an_honorific_of_the_other_gender_leaves_the_quote_open():
    # only a man is named Marchetti: "Ms Marchetti" is someone else, never him
    e = ex(HEAD + "An engineer, Paolo Marchetti, told the inquiry that he had warned the "
           "operators in March.\n\n"
           "“The gates were never tested,” Ms Marchetti said.")
    q = [q for q in e.quotes if q.text.startswith("The gates")]
    assert q and q[0].speaker is None


def test_a_general_election_is_no_person():
    e = ex(HEAD + "The vote was the first recount since the 2021 General Election, officials said.\n\n"
           "“We will count every ballot,” said Ilse Varga, the returning officer.")
    assert not any(m.key == "Election" for m in e.mentions)


def _quoted(e: Extraction) -> set[str]:
    return {q.text for q in e.quotes}


def test_labels_hashtags_law_wording_and_titles_are_not_quotes():
    e = ex(HEAD + "The Interior Office designated the Orsk Farmers' Union an “extremist group” in 2023, "
           "and its treasurer was later charged with “sabotage”.\n\n"
           "The union's lawyers say article 40 of the Public Order Act, which punishes anyone who "
           "“disturbs, obstructs or ridicules” an official, is used against farmers. The act also "
           "has a section that deals with “hoarding”.\n\n"
           "Supporters shared the hashtag “#DryValleyTruth” and a report titled “Who drained "
           "the lake at Orsk?” published by the union.\n\n"
           "“We will keep farming,” said Ilse Varga, the union's chair.")
    got = _quoted(e)
    for label in ("extremist group", "sabotage", "disturbs, obstructs or ridicules", "hoarding",
                  "#DryValleyTruth", "Who drained the lake at Orsk?"):
        assert label not in got
    assert any(q.text.startswith("We will keep farming") and q.speaker == "Ilse Varga" for q in e.quotes)


def test_reported_words_beside_a_label_cue_stay_quotes():
    # "designated" without "a/an/the" before the mark: reported words, with their speaker
    e = ex(HEAD + "Ilse Varga, the union's chair, said the officials who designated the union "
           "“were never elected by anyone in this valley”.")
    assert any(q.text.startswith("were never elected") and q.speaker == "Ilse Varga" for q in e.quotes)


def test_testified_is_a_reporting_verb():
    e = ex(HEAD + "A former clerk, Rainer Holm, was the inquiry's first witness.\n\n"
           "“I saw the gauges and I wrote down what they said,” Mr Holm testified.")
    assert any(q.text.startswith("I saw the gauges") and q.speaker == "Rainer Holm" for q in e.quotes)


def test_the_judge_is_the_person_titled_justice_but_not_a_justice_minister():
    e = ex(HEAD + "Justice Hedda Lind ruled on Monday that the dam's licence was void.\n\n"
           "“A licence granted without a survey is no licence at all,” the judge said.")
    assert any(q.text.startswith("A licence granted") and q.speaker == "Hedda Lind" for q in e.quotes)
    e = ex(HEAD + "Justice Minister Hedda Lind visited Orsk Vale on Monday.\n\n"
           "“A licence granted without a survey is no licence at all,” the judge said.")
    assert not any(q.speaker == "Hedda Lind" for q in e.quotes)
