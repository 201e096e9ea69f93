"""Quotes and speakers in shapes news writing uses every day, on invented articles.

None of these people, places or outlets exist. Each snippet shows one general shape: an
apostrophe inside single quotation marks, a scare-quoted term or a work's title that is no
quotation, a speaker named after a quote through a role ("his wife, X, told"), a passive
"had been called “...”", the second half of a split quotation, a pronoun after a subject
that follows an opening phrase or a possessive apposition, "a spokesperson for the bureau",
"the general", and a paragraph that only carries on the quotation before. Where the text
does not settle the speaker, it stays empty.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract


def ex(*paragraphs: str) -> Extraction:
    return extract("Coastal court frees ferry union leader on bail\n\n" + "\n\n".join(paragraphs) + "\n",
                   "article.txt")


def quote(e: Extraction, words: str):
    (q,) = [q for q in e.quotes if words in q.text]
    return q


def texts(e: Extraction) -> list[str]:
    return [q.text for q in e.quotes]


OPENING = ("A magistrate in Portmere on Monday released ferry union leader Teodor Vallin on bail after "
           "nine days in custody over a strike at the harbour.")


# --- quotation text ----------------------------------------------------------------------

def test_a_plural_possessive_inside_single_quotes_does_not_close_the_quote():
    e = ex(OPENING,
           "Speaking outside the court, Vallin said he would return to work. 'They wanted to frighten "
           "us. I learnt that workers' rights here exist only on paper,' he said.")
    q = quote(e, "They wanted to frighten us")
    assert q.text.endswith("exist only on paper,")
    assert q.speaker == "Teodor Vallin"


def test_a_plural_word_closing_a_single_quote_before_another_quote_still_closes_it():
    e = ex(OPENING,
           "Vallin called the charges 'an attack on dockers' and 'a message to every union'.")
    assert texts(e) == ["an attack on dockers", "a message to every union"]


def test_a_scare_quoted_label_is_not_a_quotation():
    e = ex(OPENING,
           "Unionists say the “saboteur” label is now pinned on anyone who joins a picket line.")
    assert e.quotes == ()


def test_a_quoted_name_for_a_thing_in_a_sentence_without_speech_is_not_a_quotation():
    e = ex(OPENING,
           "The strike began in May, when the port authority approved a \"harbour emergency\" that "
           "suspended the right to strike and the right to be told the reason for a dismissal.")
    assert e.quotes == ()


def test_a_term_someone_uses_is_still_a_quotation():
    e = ex(OPENING,
           "Port officials describe the strikers as \"saboteurs\" and say the emergency saved the season.")
    assert texts(e) == ["saboteurs"]


def test_a_title_after_titled_is_not_a_quotation_even_as_a_question():
    e = ex(OPENING,
           "His three-part series, titled “Who Pays the Ferrymen?”, was printed in the union bulletin.",
           "The motion, titled “Portmere, notably the cases of Ilse Borg and Tomas Wendt”, passed easily.")
    assert e.quotes == ()


def test_a_report_title_after_a_participle_phrase_is_not_a_quotation():
    e = ex(OPENING,
           "The Dockworkers Rights Centre came to the same view in a report released in March, \"Below "
           "the Waterline: Injuries on the Night Shift\", which counted 40 accidents.")
    assert e.quotes == ()


# --- speakers ----------------------------------------------------------------------------

def test_a_role_then_a_name_after_the_quote_names_the_speaker():
    e = ex(OPENING,
           "“They took his phone and his notebooks and told me nothing,” his wife, Edda Lunn, told "
           "the Portmere Courier on Tuesday. “Nobody showed us a warrant.”",
           "“The court heard no evidence of violence,” her lawyer, Tomas Wendt, 52, told reporters.")
    assert quote(e, "They took his phone").speaker == "Edda Lunn"
    assert quote(e, "Nobody showed us a warrant").speaker == "Edda Lunn"
    assert quote(e, "The court heard no evidence").speaker == "Tomas Wendt"


def test_a_person_called_in_the_passive_is_not_a_speaker_the_reporting_body_is():
    e = ex(OPENING,
           "In a statement on Friday, the Portmere Harbour Police said Vallin had been called “to answer "
           "questions” about leaflets containing “language likely to disturb the peace,” and that he "
           "had not been charged.")
    assert quote(e, "to answer questions").speaker == "Portmere Harbour Police"
    assert quote(e, "language likely to disturb").speaker == "Portmere Harbour Police"


def test_the_second_half_of_a_split_quotation_keeps_its_speaker():
    e = ex(OPENING,
           "\"The strike is over,\" said Ilse Marrow, a labour historian at the Portmere Institute, \"but "
           "the anger on the quay is not.\" He said the union would meet again in June.")
    assert quote(e, "The strike is over").speaker == "Ilse Marrow"
    assert quote(e, "but the anger on the quay").speaker == "Ilse Marrow"


def test_a_split_quotation_with_a_second_speaker_in_between_is_not_carried_over():
    e = ex(OPENING,
           "\"The strike is over,\" said Ilse Marrow, and her colleague added, \"but the anger is not.\"")
    assert quote(e, "but the anger is not").speaker != "Ilse Marrow"


def test_she_after_a_subject_that_follows_an_opening_phrase():
    e = ex(OPENING,
           "Further along the quay outside the court, Edda Lunn, 58, held a photograph of her son. "
           "Soldiers took him from the harbour in May.",
           "\"He only repaired engines,\" she said. \"He never joined any strike.\"")
    assert quote(e, "He only repaired engines").speaker == "Edda Lunn"
    assert quote(e, "He never joined any strike").speaker == "Edda Lunn"


def test_she_after_a_name_in_a_possessive_apposition():
    e = ex(OPENING,
           "Vallin's lawyer, Mira Castell, told the court that her client had been held for nine days "
           "without seeing a doctor.",
           "'For nine days his family did not know where he was,' she said.")
    assert quote(e, "For nine days").speaker == "Mira Castell"


def test_a_spokesperson_for_the_body_just_named_speaks_for_it():
    e = ex(OPENING,
           "The Harbour Security Bureau welcomed the ruling. \"Anyone who blocks the port will answer to "
           "the law,\" a spokesperson for the bureau said in a statement on Monday evening.")
    assert quote(e, "Anyone who blocks the port").speaker == "Harbour Security Bureau"


def test_the_general_is_the_one_person_who_holds_that_title():
    e = ex(OPENING,
           "Among those named is Port Brigadier General Osric Hale, who commanded the harbour police at "
           "the time. Senator Wenna Hale chairs the inquiry. The two are not related.",
           "General Hale denied any wrongdoing.",
           "\"I have served the port for 30 years with honour,\" the general said in an affidavit.")
    assert quote(e, "I have served the port").speaker == "Osric Hale"


def test_he_after_a_spokesman_of_a_party_given_with_its_initials():
    e = ex("\"The court heard no witnesses for the defence,\" said Tomas Wendt, Vallin's lawyer.",
           "Ruling Harbour People's Alliance (HPA) spokesman Dorran Vey rejected claims that the case "
           "was political.",
           "\"Nobody is above the law,\" he told reporters at the party's offices.")
    assert quote(e, "Nobody is above the law").speaker == "Dorran Vey"


def test_a_paragraph_that_is_only_a_quotation_goes_on_with_the_speaker_before():
    e = ex(OPENING,
           "\"My brother is no criminal. He only wanted the wages back,\" Ansel Vallin said.",
           "\"We did everything the right way. We wrote letters, we went to the port office.\"")
    assert quote(e, "We did everything the right way").speaker == "Ansel Vallin"


def test_a_quotation_paragraph_after_another_person_is_named_stays_empty():
    e = ex(OPENING,
           "\"My brother is no criminal,\" Ansel Vallin said, as the harbour master Brede Olm looked on.",
           "\"We did everything the right way.\"")
    assert quote(e, "We did everything the right way").speaker is None


def test_a_person_who_said_something_is_who_she_refers_to():
    e = ex(OPENING,
           "He was taken from his flat at night, according to his wife, Edda Lunn, who said the men "
           "took two phones. 'They did not show us any warrant,' she said.")
    assert quote(e, "They did not show us any warrant").speaker == "Edda Lunn"


def test_he_later_in_the_sentence_of_a_quote_is_its_speaker():
    e = ex(OPENING,
           "In a statement on Sunday, harbour police spokesman Inspector Dorran Vey said officers had "
           "\"used minimum force\" to clear what he called \"an unlawful blockade.\"")
    assert quote(e, "an unlawful blockade").speaker == "Dorran Vey"


def test_a_rank_in_initials_settles_a_surname_two_people_share():
    e = ex("Grade One Magistrate Ruth Okello granted Vallin bail on Monday.",
           "Police spokesperson SP Joseph Okello said on Sunday that Vallin had been arrested on "
           "evidence.",
           "\"We arrest anybody who blocks the port,\" SP Okello said.")
    assert quote(e, "We arrest anybody").speaker == "Joseph Okello"


def test_the_statement_of_the_body_whose_spokesperson_spoke_stays_the_bodys():
    e = ex(OPENING,
           "In a statement released through his lawyers, Vallin said he would appeal.",
           "The Harbour Security Bureau welcomed the ruling. \"Anyone who blocks the port will answer to "
           "the law,\" a spokesperson for the bureau said in a statement on Monday evening.",
           "The statement also criticised \"foreign agitators\" who had commented on the case.")
    assert quote(e, "foreign agitators").speaker == "Harbour Security Bureau"


def test_the_statement_of_an_unnamed_spokesperson_is_nobodys():
    e = ex(OPENING,
           "In a statement released through his lawyers, Vallin said he would appeal.",
           "The ruling was welcomed. \"Anyone who blocks the port will answer to the law,\" a "
           "spokesperson said in a statement on Monday evening.",
           "The statement also criticised \"foreign agitators\" who had commented on the case.")
    assert quote(e, "foreign agitators").speaker is None


def test_a_long_role_with_its_subject_then_the_name_in_commas_speaks():
    e = ex(OPENING,
           "The UN special rapporteur on the rights of seafarers in the region, Ilse Marrow, said she "
           "was \"deeply troubled\" by the ruling.")
    assert quote(e, "deeply troubled").speaker == "Ilse Marrow"


def test_the_government_the_article_names_speaks_through_its_report():
    e = ex(OPENING,
           "\"The Mongolian government has a duty to protect the right to strike,\" said Vera Quill, a "
           "researcher at the Dockworkers Rights Centre.",
           "The Ministry of Transport did not respond to a request for comment. In a report to the U.N. "
           "Human Rights Council last year, the government said that all strikes had been \"handled "
           "lawfully\".")
    assert quote(e, "handled lawfully").speaker == "Mongolian government"


def test_a_person_of_a_body_is_not_the_body():
    e = ex(OPENING,
           "\"The strike was lawful,\" said Vera Quill of the Dockworkers Rights Centre.")
    assert quote(e, "The strike was lawful").speaker in (None, "Vera Quill")


def test_she_after_a_subject_that_follows_an_every_phrase():
    e = ex(OPENING,
           "Every Friday at dawn, Vera Quill, 61, takes the first train to the prison gates.",
           "\"The guards take the parcel and say nothing,\" she said.")
    assert quote(e, "The guards take the parcel").speaker == "Vera Quill"


def test_a_report_owned_by_a_body_speaks_for_it_and_it_is_that_body():
    e = ex(OPENING,
           "The Harbour Ministry's annual safety report, released in August, noted \"serious lapses\" "
           "on the night shift but praised what it called \"steady progress on the quays.\"")
    assert quote(e, "serious lapses").speaker == "Harbour Ministry"
    assert quote(e, "steady progress").speaker == "Harbour Ministry"


def test_the_courts_ruling_is_the_court_the_article_named():
    e = ex("The Portmere Criminal Court on Monday sentenced ferry union leader Teodor Vallin to two "
           "years in prison over a strike at the harbour.",
           "Vallin, 44, was charged under the public order law.",
           "His lawyer, Mira Castell, said the defence would appeal.",
           "According to the court's ruling, the strike \"endangered the supply of the islands.\"")
    assert quote(e, "endangered the supply").speaker == "Portmere Criminal Court"
