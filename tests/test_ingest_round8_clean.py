"""Round 8 on invented pages: page cleaning and paragraph numbering. A by-line block with a
reading time, a media player's buttons, a photo caption under its credit, an embedded post's
account name and the page's closing furniture must never be numbered as body paragraphs: each
one puts every later citation off by one. Every outlet, person and event here is made up.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract

HEAD = "Northgate Ledger\nNews\n\nMill workers strike over unpaid wages in Corvanta\n\n"
P1 = "Corvanta. Three hundred workers at the Orsk textile mill walked out on Monday over four months of unpaid wages."
P2 = "The mill's owners say a bank loan has been delayed and that wages will be paid by the end of the month."
P3 = "“We have been patient for four months,” said Tamsin Volk, who speaks for the strike committee."
P4 = "The labour inspectorate in Corvanta said it would visit the mill on Thursday, a spokesman said."
BODY = [P1, P2, P3, P4]


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "page.txt")


def body(e: Extraction) -> list[str]:
    return [p.text for p in e.paragraphs]


STANDFIRST = "Workers at the Orsk textile mill say they will stay out until every month owed is paid."


def test_standfirst_and_byline_block_with_read_time_are_not_numbered():
    # standfirst, then a bare author name, the outlet, the place and "Read time: 3 min"
    page = HEAD + STANDFIRST + "\n\nIlse Varga\nNorthgate Ledger\nCorvanta\nRead time: 3 min\n\n" + "\n\n".join(BODY)
    e = ex(page)
    assert body(e) == BODY
    assert e.paragraphs[2].n == 3


def test_reading_time_variants_close_the_header():
    for stamp in ("Reading time: 5 minutes", "Estimated read time 6 min", "4 min read", "Read time 2 mins"):
        page = HEAD + STANDFIRST + "\n\nIlse Varga\nCorvanta\n" + stamp + "\n\n" + "\n\n".join(BODY)
        assert body(ex(page)) == BODY, stamp


def test_byline_block_of_name_and_place_lines_ends_the_header():
    # no reading time or date: the name line and the short place line under it are the byline
    page = HEAD + STANDFIRST + "\n\nIlse Varga\nCorvanta\n\n" + "\n\n".join(BODY)
    assert body(ex(page)) == BODY


def test_short_label_lines_under_a_first_paragraph_in_the_body_stay_apart():
    # a subheading between paragraphs is one line; the first paragraph is still the body's
    page = HEAD + "\n\n".join([P1, "What comes next", P2, P3, P4])
    assert body(ex(page)) == BODY
