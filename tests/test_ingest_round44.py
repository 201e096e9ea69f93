"""Round 44 on invented pages: a prosecutor sharing the witness's family name, date lines in shapes
the extractor had not met. Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import actor_types, on_page, page, speaker_of as who

HEAD = "Valley Courier\nNews | Courts\n\nMother tells court of son's last night\n\nBy Ana Reyes\n8 August 2026\n\n"


def test_a_witness_led_in_evidence_by_a_counsel_of_her_family_name_keeps_her_words():
    e = on_page(HEAD, "Awa Jallow, a fish vendor, was testifying as the second prosecution witness.\n\n"
                      "Led in evidence by State Counsel F. Jallow, the witness told the court that her son left home "
                      "at 8 p.m.\n\n"
                      "\"They came down from the pickup and they did not say anything,\" the witness said.")
    assert "F. Jallow" in actor_types(e) and "State Counsel F. Jallow" not in actor_types(e)
    assert who(e, "They came down from the pickup") in (None, "Awa Jallow")
