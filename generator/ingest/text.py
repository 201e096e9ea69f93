"""Small text helpers shared by the ingest rules: words, comparison keys, sentences."""
from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+(?:[’'][A-Za-z]+)?")
_KEY_DROP = re.compile(r"[^0-9a-z\u00C0-\u024F]+")

# Abbreviations whose full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Rep|Sen|Gov|St|Jr|Sr|No|Vol|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|etc|approx)\.|"
    r"\b(?:[A-Z]\.\s?){1,4})$"
)


def words(s: str) -> list[str]:
    return _WORD.findall(s)


def norm_key(s: str) -> str:
    """Comparison key: case, quote style, punctuation and spacing do not matter."""
    return _KEY_DROP.sub(" ", s.lower().replace("’", "'")).strip()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(par: str, protected: list[tuple[int, int]] = ()) -> list[Sentence]:
    """Split a paragraph into sentences, never inside a protected span (a quotation)."""
    cuts = [0]
    for m in re.finditer(r"[.!?…]+[”’\"')\]]*\s+(?=[“‘\"'(\[]?[A-Z0-9])", par):
        pos = m.end()
        if any(a < pos < b for a, b in protected):
            continue
        head = par[: m.start() + 1]
        if _ABBREV.search(head):
            continue
        cuts.append(pos)
    cuts.append(len(par))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if par[a:b].strip():
            out.append(Sentence(a, b, par[a:b]))
    return out
