"""Round 16 on invented pages: page cleaning, paragraph numbering, the page's date and its
publisher. An outlet someone spoke to in a past interview, the question subheads of an
explainer, a caption closed by a bracketed agency credit, a page dated only by an "Updated"
stamp. Every person, place, group and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

CASE_PAGE = """Home
About
Cases
Donate

CASE UPDATES

Fisherman held after posts about a harbour dredging contract

Guards at the district lock-up have held fisherman Oskar Pellin for a month without a lawyer, his family says, after he filmed the dredging of his village's harbour.

Pellin, 44, was arrested at his home in Varnholm and charged with spreading false information. He faces up to five years in prison.

{told}

His sister, Greta Pellin, says guards turned her away twice. "They told me to come back when he has confessed," she says.

Take action: write to the Minister of Justice.
Subscribe to our newsletter
"""


def test_an_outlet_someone_spoke_to_in_a_dated_past_interview_is_not_the_publisher():
    for told in [
        'In a 2024 interview with Voice of America, he described the contract. "The harbour feeds us," '
        'he told VOA at the time.',
        '"The harbour feeds us," he told VOA in 2024, long before the dredging began.',
        '"The harbour feeds us," he told VOA last year.',
        'He had previously spoken out. "The harbour feeds us," he told VOA in an earlier interview.',
    ]:
        e = page(CASE_PAGE.format(told=told))
        assert e.publisher is None, (told, e.publisher, e.publisher_basis)


def test_an_outlet_people_speak_to_now_is_still_the_publisher():
    e = page(CASE_PAGE.format(told='"The harbour feeds us," he told VOA on Monday by telephone.'))
    assert e.publisher == "VOA", e.publisher_basis
