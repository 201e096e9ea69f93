"""Round 13 on invented articles: speakers a first run on new articles got wrong. Every outlet,
person and body here is made up, and no sentence echoes a gold article; each test shows one
general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker

HEAD = "Lakeside Herald\nNews\n\nMarket porters refused bail after depot scuffle\n\nBy Anoush Velde\n4 May 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_she_after_a_wife_named_with_an_undotted_honorific_is_the_wife():
    e = ex("Magistrate Tendeka Osei refused bail, saying the court was \"not satisfied\" that the "
           "porters would stay away from the depot.\n\n"
           "Outside the court, Lomba's wife, Mrs Farai Lomba, said the family had no other income.\n\n"
           "\"Who pays the rent now? He carries boxes, that is all he does,\" she said.")
    assert speaker(e, "not satisfied") == "Tendeka Osei"
    assert speaker(e, "Who pays the rent now") == "Farai Lomba"


def test_she_after_a_speaker_the_index_missed_is_not_the_earlier_subject():
    e = ex("Inspector Dorjan Pellavi Rastomir, who commands the depot post, said officers had acted "
           "lawfully. \"We gave them an hour to leave,\" Rastomir told the Herald.\n\n"
           "Porters disputed that. Mirela QX, a loader who was hurt on her wrist, said nobody had "
           "warned them. \"We were eating lunch when they charged,\" she said.")
    assert speaker(e, "We gave them an hour to leave") == "Dorjan Pellavi Rastomir"
    assert speaker(e, "We were eating lunch when they charged") != "Dorjan Pellavi Rastomir"
