"""Round 7 on invented articles: shapes of attribution that a first run on new articles got
wrong or missed. Every outlet, person and event here is made up; each test shows one general
behaviour, and a wrong speaker is never traded for an attribution.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

HEAD = "Steppe Wire\nNews\n\nThree reporters sentenced in Karavan\n\nBy Ilse Marrow\n9 March 2026\n\n"


def ex(text: str) -> Extraction:
    return extract(HEAD + text.strip() + "\n", "page.txt")


def who(e: Extraction, start: str) -> str | None:
    """The speaker of the one quote that starts with these words."""
    found = [q for q in e.quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in e.quotes]
    return found[0].speaker


def test_a_pronoun_after_a_bare_surname_two_people_share_is_left_open():
    e = ex("KARAVAN (Steppe Wire) — A court on Monday jailed the editor Dana Morrow-Ketts and "
           "reporters Olzhas Temir uulu and Sanjar Bekmuratov for five years each.\n\n"
           "Prosecutor Erlan Bekmuratov, who is not related to the defendant, had asked for "
           "seven years. He told the court the films were “a plan for disorder.”\n\n"
           "The court did not explain its ruling.\n\n"
           "Bekmuratov, the reporter, had spoken last. “I only filmed what I saw,” he said.")
    assert who(e, "a plan for") == "Erlan Bekmuratov"
    assert who(e, "I only filmed") is None
