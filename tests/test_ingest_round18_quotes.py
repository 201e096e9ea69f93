"""Round 18 on invented articles: quotations and speakers a first run on new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, speaker_of as speaker, quote_texts as quotes

HEAD = "Tollmere Courier\nCourts\n\nBaker jailed over pamphlets\n\nBy Rhoswen Garby\n9 March 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_a_document_quoted_inside_a_prosecutors_argument_is_not_the_prosecutors():
    # the pamphlets' words are their author's; the prosecutor only cites them, and the name
    # opening the next sentence reports the next quotation, not this one
    e = ex("Crown Advocate Idris Pellow had argued that the pamphlets, printed in April, called the "
           "mayor \u201ca thief in a chain\u201d and urged readers to \u201cshut the bakeries on Monday.\u201d "
           "Pellow told the court that such words \u201cwere meant to be obeyed.\u201d")
    assert speaker(e, "shut the bakeries on Monday.") is None
    assert speaker(e, "a thief in a chain") is None
    assert speaker(e, "were meant to be obeyed.") == "Idris Pellow"
