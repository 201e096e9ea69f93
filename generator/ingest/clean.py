"""Cleaning: raw page text in, article parts out (title, body, captions, furniture apart).

Pages copied from the web carry site chrome, photo captions (often twice), teaser
copies of the first paragraphs, pull quotes and legal notices. Only body paragraphs
are numbered, because citations point at those numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from generator.ingest import lexicon
from generator.ingest.text import folded, has_any, norm_key, words

_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_OPEN_MARKS = "“‘\"'"
_CLOSE_MARKS = "”’\"'"
_TERMINAL = re.compile(r"[.!?:;…)\]”’\"']\s*$")

_CREDIT_PAREN = re.compile(
    r"\s*\((?P<credit>(?:[^()]{0,40}?\b)?(?:photo|photos|photograph|picture|image|file photo|file|"
    r"handout|supplied|courtesy)\b[^()]{0,80})\)\s*$",
    re.IGNORECASE,
)
# "CamboJA/ Pring Samrang", "REUTERS/Jane Doe": outlet slash photographer, ending the line.
_CREDIT_TRAILING = re.compile(
    r"(?:(?<=[.!?])|^)\s*(?P<credit>[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*)?\s?/\s?"
    r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3})\s*$"
)
_CAPTION_PHRASE = re.compile(
    r"\b(?:picture|photo|photograph|image)\s+taken\b|"
    r"\bin this (?:file )?(?:photo|photograph|picture|image|handout|screenshot|screen grab)\b|"
    r"^(?:photo|picture|image|file photo|photo credit)\s*[:|]|"
    r"(?:^|[.!?]\s+)(?:posted|published|shared)\s+(?:to|on)\s+(?:the\s+)?(?:official\s+)?"
    r"(?:facebook|twitter|telegram|instagram|x)\b|"
    r"\bphoto\s+(?:by|courtesy of|credit)\b|\(file\)\s*$",
    re.IGNORECASE,
)
# Words each pattern needs, in lower case: a line without any of them skips the search.
_CAPTION_KEYS = ("taken", "in this ", "photo", "picture", "image", "posted", "published", "shared",
                 "(file)")
_COPYRIGHT_KEYS = ("©", "(c)", "copyright", "all rights reserved", "no part of this ", "may not be ",
                   "without ", "reproduction ")
_BYLINE = re.compile(
    r"^(?:by|written by|story by|reported by|words by)\s+[A-Z][^\n]{1,120}$", re.IGNORECASE
)
_PIPED = re.compile(r"^[^|]{2,60}(?:\|[^|]{2,60}){1,4}$")
_NOTE = re.compile(r"^\((?P<inner>[^()]{8,300})\)\.?$")
_ORIGIN = re.compile(
    r"\b(?:original(?:ly)?\s+(?:article|story|report|published|version)|translated|"
    r"reporting by|editing by|additional reporting|this (?:article|story) (?:was|first)|"
    r"first published|republished|updated to)\b",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(
    r"^(?:(?:published|posted|updated|last updated)\s*(?:on|:)?\s*)?(?:[A-Z][a-z]+day,?\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4})"
    r"(?:\s*(?:[|,–-]|at)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RawCaption:
    text: str
    credit: str | None


@dataclass(frozen=True)
class Cleaned:
    title: str
    title_derived: bool
    paragraphs: tuple[str, ...]
    captions: tuple[RawCaption, ...]
    pull_quotes: tuple[str, ...]
    standfirst: str | None
    byline: str | None
    date_lines: tuple[str, ...]
    masthead: str | None
    notices: tuple[str, ...]      # copyright / reproduction notices
    notes: tuple[str, ...]        # editorial notes such as "(Translated ... from ...)"
    dropped: tuple[str, ...]      # furniture lines, kept so the editor can check


def _lines(text: str) -> list[str]:
    """Split into logical lines; re-join lines a hard wrap cut mid-sentence."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        merged: list[str] = []
        for raw in block.split("\n"):
            line = _SPACES.sub(" ", raw).strip()
            if not line:
                continue
            if merged and not _TERMINAL.search(merged[-1]) and line[:1].islower():
                merged[-1] = f"{merged[-1]} {line}"
            else:
                merged.append(line)
        out.extend(merged)
    return out


def _caption(line: str, n_words: int, low: str | None) -> RawCaption | None:
    if n_words > 80:
        return None
    # The credit patterns end in ")" or hold a "/"; test that before searching.
    m = _CREDIT_PAREN.search(line) if line.rstrip().endswith(")") else None
    if m:
        return RawCaption(line[: m.start()].strip(), m.group("credit").strip())
    m = _CREDIT_TRAILING.search(line) if "/" in line else None
    if m and m.start() > 0:
        return RawCaption(line[: m.start()].strip(), m.group("credit").strip())
    if has_any(low, _CAPTION_KEYS) and _CAPTION_PHRASE.search(line):
        return RawCaption(line, None)
    return None


def _is_masthead(line: str, following: list[str]) -> bool:
    """A lone outlet name above the headline."""
    low = line.lower().strip(" .")
    if low in lexicon.OUTLETS:
        return True
    toks = line.split()
    if not 1 <= len(toks) <= 5 or _TERMINAL.search(line) or not following:
        return False
    if not all(t[:1].isupper() or t.lower() in {"of", "the", "and", "for"} for t in toks):
        return False
    return toks[-1].lower() in lexicon.OUTLET_HEADS


def _is_title(line: str) -> bool:
    n = len(words(line))
    if n == 0 or n > 30:
        return False
    # Headlines rarely end in a full stop; a first line that does is body text.
    return not re.search(r"[.]\s*$", line) or bool(re.search(r"(?:[A-Z]\.){2,}\s*$", line))


def _near_repeat(short: str, long: str) -> bool:
    """True when `short` is (almost) contained in `long`: a teaser or standfirst copy."""
    a, b = words(short.lower()), words(long.lower())
    if len(a) < 5 or len(a) > len(b):
        return False
    if len(set(a) & set(b)) < 0.8 * len(set(a)):
        return False            # cheap test first: most paragraph pairs share few words
    sm = SequenceMatcher(None, a, b, autojunk=False)
    same = sum(block.size for block in sm.get_matching_blocks())
    return same / len(a) >= 0.85


def _unquoted(par: str) -> str | None:
    """The inside of a paragraph that is one quotation and nothing else."""
    p = par.strip()
    if len(p) > 2 and p[0] in _OPEN_MARKS and p[-1] in _CLOSE_MARKS:
        inner = p[1:-1].strip()
        if not any(ch in inner for ch in "“”\""):
            return inner
    return None


def clean(text: str) -> Cleaned:
    dropped: list[str] = []
    notices: list[str] = []
    notes: list[str] = []
    captions: list[RawCaption] = []
    date_lines: list[str] = []
    byline: str | None = None
    content: list[str] = []
    seen_content: set[str] = set()
    seen_caption: set[str] = set()

    for line in _lines(text):
        stripped = lexicon.SHORTCODE_RE.sub("", line).strip()
        if stripped != line:
            dropped.append(line)
            line = _SPACES.sub(" ", stripped)
            if not line:
                continue
        if lexicon.FURNITURE_RE.match(line):
            dropped.append(line)
            continue
        n_words = len(words(line))
        low = folded(line)
        if has_any(low, _COPYRIGHT_KEYS) and lexicon.COPYRIGHT_RE.search(line) and n_words < 90:
            notices.append(line)
            continue
        note = _NOTE.match(line)
        if note and (_ORIGIN.search(note.group("inner")) or not content):
            notes.append(line)
            continue
        if byline is None and n_words <= 20 and (
            _BYLINE.match(line) or (_PIPED.match(line) and not content)
        ):
            byline = line
            continue
        if _DATE_ONLY.match(line):
            date_lines.append(line)
            continue
        cap = _caption(line, n_words, low)
        if cap is not None:
            key = norm_key(cap.text)
            if key not in seen_caption:
                seen_caption.add(key)
                captions.append(cap)
            continue
        key = norm_key(line)
        if key in seen_content:      # a repeated title block or repeated paragraphs
            dropped.append(line)
            continue
        seen_content.add(key)
        content.append(line)

    masthead = None
    if len(content) > 1 and _is_masthead(content[0], content[1:]):
        masthead = content.pop(0)
    title_derived = not (content and _is_title(content[0]))
    title = content.pop(0) if not title_derived else ""

    body = _drop_repeats(content)
    standfirst = None
    if len(body) > 2 and len(words(body[0])) <= 45 and any(
        _near_repeat(body[0], later) for later in body[1:]
    ):
        standfirst = body.pop(0)
    pulls: list[str] = []
    kept: list[str] = []
    for i, par in enumerate(body):
        inner = _unquoted(par)
        if inner and len(words(inner)) <= 60 and any(
            j != i and norm_key(inner) in norm_key(other) for j, other in enumerate(body)
        ):
            pulls.append(inner)
            continue
        kept.append(par)

    if title_derived:
        # The start of the first sentence, word for word, so it can be found in the text.
        first = re.split(r"(?<=[.!?])\s", kept[0])[0] if kept else ""
        cut = [m.start() for m in re.finditer(r"\s", first)]
        title = first[: cut[13]] if len(cut) > 13 else first
    return Cleaned(
        title=title,
        title_derived=title_derived,
        paragraphs=tuple(kept),
        captions=tuple(captions),
        pull_quotes=tuple(pulls),
        standfirst=standfirst,
        byline=byline,
        date_lines=tuple(date_lines),
        masthead=masthead,
        notices=tuple(notices),
        notes=tuple(notes),
        dropped=tuple(dropped),
    )


def _drop_repeats(pars: list[str]) -> list[str]:
    """Drop teaser copies: a paragraph cut short ("…") that a later paragraph completes."""
    out: list[str] = []
    for i, par in enumerate(pars):
        if par.rstrip().endswith(("…", "...")):
            stem = norm_key(par.rstrip(" .…"))
            if any(norm_key(later).startswith(stem) for later in pars[i + 1:]):
                continue
        out.append(par)
    return out
