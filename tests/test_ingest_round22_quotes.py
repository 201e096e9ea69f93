"""Round 22 on invented articles: shapes a first run on new articles got wrong.
Every outlet, person and body here is made up, and no sentence echoes a gold article; each test
shows one general shape.
"""
from __future__ import annotations

from generator.extraction import Extraction

from helpers import on_page, quote_texts as quotes, speaker_of as speaker

HEAD = "Harrowgate Courier\nNews\n\nTenants march on city hall over rent rules\n\nBy Odile Varga\n9 June 2026\n\n"


def ex(text: str) -> Extraction:
    return on_page(HEAD, text)


def test_an_epithet_others_used_about_the_speaker_is_no_quote_of_his():
    # "said he had been called a '…' for years": other people's word for him, then his own quote
    e = ex("The tenants' union met on Sunday to plan the march.\n\n"
           "The union's organiser, Bertil Amsel-Rook, said he had been called a \u2018rent-dodger\u2019 by "
           "landlords since the spring. \u2018Now the council wants to write it into the rules,\u2019 he said.")
    assert "rent-dodger" not in quotes(e)
    assert speaker(e, "Now the council wants to write it into the rules,") == "Bertil Amsel-Rook"
