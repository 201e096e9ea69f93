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
