"""Round 12 on invented pages: page cleaning, paragraph numbering, the page's date and its
publisher. A story's own stand-alone quotation repeated later as a credited pull quote, ...
Every outlet, person and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

HEAD = "Fjord Courier\nNews\n\nHarbour union fined under the new associations law\n\n"


def test_bare_quote_paragraph_is_body_when_only_a_credited_pull_quote_repeats_it():
    pars = [
        "The Port Authority has fined the harbour union for refusing to register as a foreign-funded body.",
        "Union chair Ilse Varnow told the Fjord Courier the inspectors had copied every payroll file. "
        "\"They wanted names, not accounts,\" she said.",
        "\"We will not sign a register that calls us strangers in our own port.\"",
        "The same words were painted on a banner outside the union hall on Monday.",
        "\"We will not sign a register that calls us strangers in our own port.\" – Ilse Varnow",
        "The union has appealed to the district court.",
    ]
    e = page(HEAD + "\n\n".join(pars))
    assert body(e) == [pars[0], pars[1], pars[2], pars[3], pars[5]]
    assert e.pull_quotes == ("We will not sign a register that calls us strangers in our own port.",)
