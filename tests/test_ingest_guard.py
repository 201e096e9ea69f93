"""The guard leaves a speaker empty where the text does not settle it, on invented articles.

A wrong speaker is far worse than an empty one. None of these people, places or outlets
exist; each snippet shows one general shape of weak attribution: a document ("the statement")
that may be another party's, a pronoun after an unnamed person speaks, a gender read from a
name inside a quotation or from a possessive in an apposition, and a surname two people share
that a title settles.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract


def ex(*paragraphs: str) -> Extraction:
    return extract("Harbour court convicts poet over festival verse\n\n" + "\n\n".join(paragraphs) + "\n",
                   "article.txt")


def speaker_of(e: Extraction, words: str) -> str | None:
    (q,) = [q for q in e.quotes if words in q.text]
    return q.speaker


OPENING = ("A court in Eastbridge on Tuesday convicted the poet Arlo Venn of sedition over a verse "
           "he read at a harbour festival.")


def test_the_statement_after_another_partys_statement_is_not_the_first_speakers():
    e = ex(OPENING,
           "In a statement released through his lawyers, Venn said he did not regret writing the poem.",
           "The Harbour Security Bureau welcomed the verdict. \"Anyone who incites hatred will be held "
           "accountable,\" a spokesperson for the bureau said in a statement on Tuesday evening.",
           "The statement also criticised \"foreign meddlers\" who had commented on the case.")
    # the bureau's own statement, or nobody's; never the poet's
    assert speaker_of(e, "foreign meddlers") in (None, "Harbour Security Bureau")


def test_the_statement_of_the_party_just_named_keeps_its_speaker():
    e = ex(OPENING,
           "The Eastbridge Press Union said in a statement that the verdict would silence artists.",
           "\"A poem is not a weapon. Arlo Venn should be freed today,\" the statement said.",
           "\"We call on the government to repeal the sedition law,\" the statement added.")
    assert speaker_of(e, "A poem is not a weapon") == "Eastbridge Press Union"
    assert speaker_of(e, "repeal the sedition law") == "Eastbridge Press Union"


def test_a_pronoun_after_an_unnamed_person_speaks_is_not_the_named_person():
    e = ex(OPENING,
           "\"I wrote about fishermen and their debts,\" Venn said.",
           "A fisherman in the public gallery, who declined to be named, said he had heard the poem "
           "at the festival. \"It is about the sea. I see nothing seditious,\" he said.")
    assert speaker_of(e, "I wrote about fishermen") == "Arlo Venn"
    assert speaker_of(e, "I see nothing seditious") is None


def test_a_possessive_in_an_apposition_does_not_give_the_named_man_her_gender():
    e = ex("Sovanna Dith, 46, has lived in exile since 2023. \"I was not even informed that the trial "
           "had started,\" Dith told reporters by phone.",
           "\"The court heard no witnesses,\" said Pich Rithy, her lawyer, who added that he would appeal.",
           "She said she had no plans to return. \"I would be arrested at the airport,\" she said.")
    assert speaker_of(e, "The court heard no witnesses") == "Pich Rithy"
    assert speaker_of(e, "arrested at the airport") in {None, "Sovanna Dith"}


def test_a_name_inside_a_quotation_does_not_take_the_speakers_pronoun():
    e = ex("The court sentenced the exiled activist Mala Sen in absentia.",
           "\"I was not even informed of the trial,\" Sen told reporters by phone.",
           "She said she would not return. \"I would be arrested at the airport,\" she said.",
           "Party spokesman Oren Vale rejected suggestions that the case was political.",
           "\"Nobody is above the law. Mala Sen chose to run away,\" he told reporters.")
    assert speaker_of(e, "arrested at the airport") == "Mala Sen"


def test_a_shared_surname_is_settled_by_the_title_only_one_of_them_holds():
    e = ex("Senator Ana Reyes, who chairs the Senate committee on justice, attended the hearing.",
           "\"These families waited too long,\" Senator Reyes told reporters after the hearing.",
           "Among the respondents is Police General Luis Reyes, who commanded the harbour police at "
           "the time. The two are not related.",
           "General Reyes denied any wrongdoing. In an affidavit, he said the officers had acted "
           "\"in self-defence.\"",
           "\"We will see,\" Reyes said.")
    assert speaker_of(e, "These families waited too long") == "Ana Reyes"
    assert speaker_of(e, "in self-defence") == "Luis Reyes"
    assert speaker_of(e, "We will see") is None        # a bare surname with no title: either


def test_words_someone_else_said_inside_a_report_are_not_the_reporters():
    e = ex(OPENING,
           "His lawyer, Mirko Dahl, said Venn would appeal the sentence.",
           "Dahl said his client had told the judge in his final statement that he had \"nothing to "
           "apologise for\".")
    assert speaker_of(e, "nothing to apologise for") is None


def test_a_speaker_reporting_what_he_himself_told_keeps_the_words():
    e = ex(OPENING,
           "His lawyer, Mirko Dahl, said Venn would appeal the sentence.",
           "Dahl said he had told the judge that the verdict was \"a verdict against poetry\".")
    assert speaker_of(e, "a verdict against poetry") == "Mirko Dahl"
