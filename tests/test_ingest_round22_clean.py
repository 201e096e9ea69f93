"""Round 22 on invented pages: page cleaning, paragraph numbering, the page's date and
publisher. Every person, place, outlet and event here is made up.
"""
from __future__ import annotations

from helpers import body, page, quote_texts

# A newspaper page whose photo caption repeats a body quote and ends "PHOTO | PHOTOGRAPHER",
# the pipe-separated credit some East African papers print under a picture.
PIPE_CAPTION_PAGE = (
    "The Lakeside Herald\nNews you can trust\n\nHome | News | Sport | Opinion\n\n"
    "Fishermen protest new licence fees in Kamora\n\nFriday, March 6, 2026\n\nBy Asha Mwenda\n\n"
    "Kamora. Hundreds of fishermen marched on the district office on Thursday to protest a tripling "
    "of licence fees.\n\n"
    "Mr Tumaini Olelo, who chairs the Kamora boat owners' group, said the fees would ruin families. "
    "\"We cannot feed our children on empty nets and new taxes,\" he said.\n\n"
    "Mr Tumaini Olelo addresses fishermen outside the district office on Thursday. \"We cannot feed "
    "our children on empty nets and new taxes,\" he said. PHOTO | ASHA MWENDA\n\n"
    "The district commissioner said the fees would fund new landing sites.\n\n"
    "© 2026 Lakeside Media Ltd. All rights reserved.\n"
)


def test_pipe_credited_caption_is_not_a_body_paragraph():
    e = page(PIPE_CAPTION_PAGE)
    paras = body(e)
    assert len(paras) == 3
    assert not any("PHOTO" in p or p.startswith("Mr Tumaini Olelo addresses") for p in paras)
    assert paras[-1].startswith("The district commissioner said")


def test_pipe_credited_caption_quote_is_counted_once():
    e = page(PIPE_CAPTION_PAGE)
    assert quote_texts(e).count("We cannot feed our children on empty nets and new taxes,") <= 1
