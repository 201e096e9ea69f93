"""Small text helpers shared by the ingest rules: words, comparison keys, sentences."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator import patterns


class Lazy:
    """A regular expression compiled on its first use, with the compiled pattern's methods.

    For patterns only uncommon sentences reach: a large word-list pattern takes milliseconds
    to compile, which every process that imports the extractor would pay at import."""

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._rx: re.Pattern | None = None

    def __getattr__(self, name: str):
        # Reached only for a name not yet set on the instance: the first use of each method.
        # The compiled pattern's bound method is then kept as an attribute, so later calls
        # go straight to it (the same method of the same pattern: nothing else changes).
        if self._rx is None:
            self._rx = patterns.compile(*self._args)
        value = getattr(self._rx, name)
        if callable(value):
            setattr(self, name, value)
        return value


_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+(?:[’'][A-Za-z]+)?")
_KEY_DROP = re.compile(r"[^0-9a-z\u00C0-\u024F]+")

# Abbreviations whose full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|Rev|Revd|Fr|Gen|Lt|Col|Maj|Capt|Sgt|Rep|Sen|Gov|St|Jr|Sr|No|Vol|Comr|Brig|Insp|Supt|Cmdr|Adm|Cpl|Det|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|etc|approx|"
    r"Ts|Sh|Ch|Kh|Zh|Dz)\.|"     # (the last: a father's name as its two-letter initial, "Ts. Oyun")
    r"\b(?:[A-Z]\.\s?){1,4})$"
)


# Under re.IGNORECASE these four letters also match ASCII ones (İ ı ſ K).
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def folded(s: str) -> str | None:
    """s in lower case for cheap keyword tests before a case-insensitive search, or None
    when s holds a letter such a search would equate with an ASCII one (test nothing)."""
    if s.isascii():         # (a flag CPython keeps: no scan)
        return s.lower()
    return None if _FOLDS_TO_ASCII.search(s) else s.lower()


def has_any(low: str | None, keys: tuple[str, ...]) -> bool:
    """False only when none of the lowercase ASCII keys can occur in the folded text."""
    if low is None:
        return True
    for k in keys:          # (a plain loop: any() over a generator costs more than the tests)
        if k in low:
            return True
    return False


def words(s: str) -> list[str]:
    return list(_words(s))


def word_tuple(s: str) -> tuple[str, ...]:
    """words(s) without the list copy, for callers that only read them."""
    return _words(s)


def word_count(s: str) -> int:
    # (no list copy of the cached words: the page reader counts the words of every line)
    return len(_words(s))


@lru_cache(maxsize=8192)
def _words(s: str) -> tuple[str, ...]:
    # Cached: the page reader counts the words of the same lines in several of its tests.
    return tuple(_WORD.findall(s))


# For ASCII text, norm_key in one C pass: letters to lower case, digits kept, every other
# byte a space (what _KEY_DROP.sub does to runs of them, once runs are joined by split()).
_KEY_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 32
                   for c in range(256))


@lru_cache(maxsize=8192)
def norm_key(s: str) -> str:
    """Comparison key: case, quote style, punctuation and spacing do not matter."""
    # Cached: repeat tests compare each paragraph with every other one.
    if s.isascii():
        return " ".join(s.encode("ascii").translate(_KEY_BYTES).decode("ascii").split())
    return " ".join(s.lower().replace("’", "'").translate(_KEY_CHARS).split())


class _KeyChars(dict):
    """str.translate table for norm_key beyond ASCII: a character _KEY_DROP drops becomes a
    space (runs of them are then joined by split(), as the substitution joins them), any
    other stays; filled in as characters are met."""

    def __missing__(self, c: int) -> int:
        out = self[c] = 32 if _KEY_DROP.match(chr(c)) else c
        return out


_KEY_CHARS = _KeyChars()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_CUT = re.compile(r"[.!?…]+[”’\"')\]]*\s+(?=[“‘\"'(\[]?[A-Z0-9])")
# An abbreviation match ends at the full stop and spans at most 11 characters ("A. B. C. D."),
# so only the tail before each candidate cut needs looking at.
_ABBREV_REACH = 16


def sentences(par: str, protected: list[tuple[int, int]] = ()) -> tuple[Sentence, ...]:
    """Split a paragraph into sentences, never inside a protected span (a quotation)."""
    # (the cached tuple itself: every caller only reads it, so no copy per call)
    return _split(par, tuple(protected))


@lru_cache(maxsize=8192)
def _candidate_cuts(par: str) -> tuple[int, ...]:
    """Where a sentence may end, ignoring quotations: after a full stop, not an abbreviation's.
    Cached apart from _split, which sees each paragraph with and without its quotations."""
    cuts = []
    for m in _CUT.finditer(par):
        end = m.start() + 1
        if not _ABBREV.search(par, max(0, end - _ABBREV_REACH), end):
            cuts.append(m.end())
    return tuple(cuts)


@lru_cache(maxsize=8192)     # (a few thousand paragraphs: long articles stay cached from actors to events)
def _split(par: str, protected: tuple[tuple[int, int], ...]) -> tuple[Sentence, ...]:
    # Cached: actors, quotes and events each split the same paragraphs.
    cuts = [0]
    for pos in _candidate_cuts(par):
        if protected and any(a < pos < b for a, b in protected):
            continue
        cuts.append(pos)
    cuts.append(len(par))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if par[a:b].strip():
            out.append(Sentence(a, b, par[a:b]))
    return tuple(out)


@lru_cache(maxsize=4096)
def has_word(word: str, text: str) -> bool:
    """Whether text holds word as a whole word, as re.search(rf"\b{re.escape(word)}\b", text)
    would say, without compiling a pattern per name (which crowds Python's cache of patterns)."""
    if not word:
        return False
    first, last = _is_word_char(word[0]), _is_word_char(word[-1])
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i > 0 and _is_word_char(text[i - 1])) != first and (j < len(text) and _is_word_char(text[j])) != last:
            return True
        i = text.find(word, i + 1)
    return False


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"
