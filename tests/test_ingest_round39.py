"""Round 39 on invented pages: quotation marks and page furniture of outlets the extractor had not
met (guillemets, the Polynesian okina, a pull quote credited after a hyphen, an agency's caption
credit, an agency that relays words). Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, on_page, page, quote_texts, speaker_of as who

HEAD = "Valley Courier\nNews\n\nCourt jails editors over riot calls\n\nBy Ana Reyes\n2 March 2026\n\n"


def test_guillemets_set_quotations_as_double_marks_do():
    e = on_page(HEAD, "Editor Aida Temir was sentenced to five years.\n\n"
                      "«We expected a harsh sentence, but not this,» lawyer Bakyt Osmon told reporters.\n\n"
                      "The statement says the case « has nothing to do with journalism ».")
    assert who(e, "We expected a harsh sentence") == "Bakyt Osmon"
    assert any(t.startswith("has nothing to do with journalism") for t in quote_texts(e))


def test_a_menus_guillemet_separators_are_left_alone():
    e = page("Valley Courier\n\nHome » News » Courts\n\nCourt jails editors\n\nBy Ana Reyes\n2 March 2026\n\n"
             "The court jailed two editors on Monday, their lawyer said.\n\nBoth will appeal.\n")
    assert not any("»" in p.text or "”" in p.text for p in e.paragraphs)
    assert e.paragraphs[0].text.startswith("The court jailed")


def test_a_pull_quote_credited_after_a_spaced_hyphen_is_no_paragraph():
    e = on_page(HEAD, "The mother of the boy says no one has spoken to her.\n\n"
                      "\"Until then I will say what I know: they killed my son in front of people, and now they "
                      "call him a criminal,\" Mara Solis said.\n\n"
                      "\"They killed my son in front of people, and now they call him a criminal.\" - Mara Solis\n\n"
                      "The authority confirmed it had opened an investigation.")
    assert [p.text[:10] for p in e.paragraphs] == ["The mother", "\"Until the", "The author"]


def test_an_agencys_credit_in_brackets_closes_a_caption():
    e = on_page(HEAD, "A court on Thursday sentenced the company's chief to prison.\n\n"
                      "Kim Hae-sook, the mother of the worker, holds her son's photo outside the court on Thursday. "
                      "(Yonhap)\n\n"
                      "\"My son texted me at 3 a.m.,\" Kim said.")
    assert e.quotes[0].paragraph == 2
    assert any(c.text.startswith("Kim Hae-sook") for c in e.captions)


def test_an_agency_that_reports_words_is_not_their_speaker():
    e = on_page(HEAD, "Park Jin-ho, the company's chief executive, was taken into custody.\n\n"
                      "At his final hearing he had asked for leniency, telling the court, \"I bow my head to "
                      "the family,\" according to the Harbour News Agency.")
    assert who(e, "I bow my head") in (None, "Park Jin-ho")


def test_the_okina_opening_a_name_is_no_quotation_mark():
    e = on_page(HEAD, "The plaintiff, Sione ‘Akauola (38), of Neiafu, Vava‘u, was arrested in 2023.\n\n"
                      "Police Constable Tevita Tu‘ipulotu was found liable, Justice Mere Lang ruled.\n\n"
                      "Speaking after the judgment, Mr ‘Akauola said he had waited two years.\n\n"
                      "\"I went to the station for a small problem and came home with broken ribs,\" he said.")
    assert quote_texts(e) == ["I went to the station for a small problem and came home with broken ribs,"]
    types = actor_types(e)
    assert types.get("Tevita Tu‘ipulotu") == "person"
    assert any(k.endswith("Akauola") for k, t in types.items() if t == "person")
    assert who(e, "I went to the station").endswith("Akauola")


def test_a_single_quotation_after_a_sentence_ending_in_a_capitalised_word_still_opens():
    e = on_page(HEAD, "The group said it had represented 96 people since January. ‘The pattern is arrest first,’ "
                      "the group's director, Ruth Moyo, said.")
    assert who(e, "The pattern is arrest first") == "Ruth Moyo"
