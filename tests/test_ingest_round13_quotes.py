"""Round 13 on invented articles: speakers a first run on new articles got wrong. Every outlet,
person and body here is made up, and no sentence echoes a gold article; each test shows one
general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker, quote_texts as quotes

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



def test_a_banners_words_after_a_finite_read_are_not_a_quotation():
    e = ex("A banner carried by the porters' cooperative outside the depot read \"Carrying is honest work\".\n\n"
           "\"We carry for the whole town,\" said Idris Mbeko, a porter.")
    assert not any("Carrying is honest work" in t for t in quotes(e))
    assert speaker(e, "We carry for the whole town") == "Idris Mbeko"


def test_one_word_in_marks_after_a_plan_to_is_held_at_arms_length():
    e = ex("The Lakeside municipality said the raid was part of a plan to \"sanitise\" the lower market. "
           "\"Trading without a licence is not allowed,\" the municipality said.")
    assert "sanitise" not in quotes(e)
    assert any(t.startswith("Trading without a licence") for t in quotes(e))


def test_a_vow_to_do_one_word_stays_a_quotation():
    e = ex("The governor vowed to \"flatten\" the illegal stalls, the municipality said.")
    assert "flatten" in quotes(e)


def test_the_offence_a_court_convicted_someone_of_is_not_a_quotation():
    e = ex("The provincial court convicted Idris Mbeko of \"obstruction of municipal officers in their duty\". "
           "His lawyer, Salma Oduya, said the verdict would be appealed.")
    assert not any("obstruction of municipal officers" in t for t in quotes(e))


def test_a_quotation_alone_is_said_by_the_person_the_next_paragraph_says_put_it_so():
    e = ex("\"Nobody at the depot ever saw a contract.\"\n\n"
           "That was how Idris Mbeko's sister, Halima Mbeko, put it when she spoke outside the court on Monday.")
    assert speaker(e, "Nobody at the depot ever saw a contract") == "Halima Mbeko"


def test_a_police_media_spokesman_with_a_rank_before_the_name_is_the_subject():
    e = ex("Police media spokesman ASP Oren Valtasz said the stalls had been removed lawfully. "
           "\"We followed the court order to the letter,\" he said.")
    assert speaker(e, "We followed the court order to the letter") == "Oren Valtasz"


def test_a_speakers_other_name_after_known_as_is_nobody_new():
    e = ex("The co-operative's treasurer, Rosa Elvira Quej Tux, known in the village as Doña Elvi, was counting "
           "the takings when the officers came. \"They took the cash box and gave no receipt,\" she said.")
    assert speaker(e, "They took the cash box") == "Rosa Elvira Quej Tux"


def test_he_after_a_surname_a_man_and_his_wife_share_is_the_man():
    e = ex("Teodor Vasko, a ferry mechanic, was arrested in April. His wife, Ilona Vasko, says she has not "
           "seen him since. \"They only let me leave a parcel,\" she told the Herald.\n\n"
           "Vasko had spoken to the Herald before his arrest. \"I expected a summons, not a van at night,\" "
           "he said.")
    assert speaker(e, "They only let me leave a parcel") == "Ilona Vasko"
    assert speaker(e, "I expected a summons") == "Teodor Vasko"


def test_she_after_a_surname_two_women_share_stays_open():
    e = ex("Marta Kovel and her sister Dora Kovel run the ferry kiosk. Marta Kovel said she had paid "
           "every licence fee.\n\n"
           "Kovel had written to the council twice. \"Nobody answered us,\" she said.")
    assert speaker(e, "Nobody answered us") is None
