"""Guard: a last check on every attributed quote whose evidence is weak.

A pronoun ("she said") or an inherited speaker points back at someone. When, between
that person's last mention and the quote, the text names somebody the extractor could
not establish as an actor (a two-word name, a name with an age, a name that speaks or
takes a role apposition), or another person the pronoun fits, the pronoun may well mean
that somebody: the speaker is left empty. A speaker named through a possessive ("said
X's counsel") is the owner, not the speaker: left empty too. A wrong speaker is far
worse than none. One pass over each quote's window: linear in the text.
"""
from __future__ import annotations

import re
from dataclasses import replace

from generator.extraction import Quote
from generator.ingest import lexicon
from generator.ingest.actors import ActorIndex
from generator.ingest.marks import find_spans

_PRONOUN_CUE = re.compile(r"^(?:he|she|his|her)\b", re.IGNORECASE)
_INNER_CUE = re.compile(r"\(([^()]*)\)\s*$")
_ROLE = "|".join(sorted(lexicon.ROLE_NOUNS | {"counsel", "lawyers", "spokesman"}, key=len, reverse=True))
_POSSESSIVE_CUE = re.compile(rf"[’']s\s+(?:[a-z-]+\s+){{0,2}}(?:{_ROLE})$")
_CAP = r"[A-Z][a-z\u00C0-\u024F]+(?:-[A-Za-z\u00C0-\u024F]+)*"
# Person-shaped text: "Kalesi Naivalu", "Losa, 52,", "Naraa said", "Tevita, a farmer".
_NAME2 = re.compile(rf"\b{_CAP}(?:\s+{_CAP}){{1,3}}\b")
_AGED = re.compile(rf"\b(?P<w>{_CAP}),\s*\d{{1,3}}\s*[,.)]")
_SPEAKS = re.compile(rf"\b(?P<w>{_CAP})\s+(?:{lexicon.SPEECH_VERB_RE})\b")
_APPOS = re.compile(rf"\b(?P<w>{_CAP}),\s+(?:a|an|the|his|her|their)\s+")
_NOT_NAME = (lexicon.COMMON_CAPITALISED | lexicon.DEMONYMS | set(lexicon.ORG_HEADS) | lexicon.NON_ACTOR_HEADS
             | lexicon.TITLE_HEADS | lexicon.ROLE_NOUNS | set(lexicon.MONTHS) | set(lexicon.WEEKDAYS)
             | lexicon.INSTITUTION_WORDS | set(lexicon.COUNTRY_NAMES) | set(lexicon.OUTLETS))
_SUBJECT_AFTER = re.compile(rf"(?:[’']s)?\s*(?:,\s*\d{{1,3}}\s*)?(?:,\s+(?:a|an|the|his|her|their)\s|\s*(?:{lexicon.SPEECH_VERB_RE})\b)")
_PLACE_BEFORE = re.compile(r"\b(?:at|in|from|near|to|into|outside|inside|across|of|for)\s+(?:the\s+)?$")
_GENDERED = re.compile(r"\b(?:(?P<m>he|him|his)|(?P<f>she|her))\b", re.IGNORECASE)


def shared_name_parts(mentions) -> set[str]:
    """One-word person keys that are a part of two or more other people's full names: a
    bare "Reyes" when the article names both Ana Reyes and Luis Reyes could be either, so
    it is no actor of its own and no speaker."""
    parts: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "person" and " " in m.key:
            for word in m.key.replace("-", " ").split():
                parts.setdefault(word, set()).add(m.key)
    return {m.key for m in mentions
            if m.type == "person" and " " not in m.key and len(parts.get(m.key, ())) >= 2}


def guard(paragraphs: tuple[str, ...], index: ActorIndex, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    persons = {m.key for m in index.mentions if m.type == "person"}
    ambiguous = shared_name_parts(index.mentions)
    masked = [_mask(p) for p in paragraphs]
    out: list[Quote] = []
    blanked: set[str] = set()          # cues already found unsafe in a paragraph
    said_of = _pronouns_after_mentions(masked, index)
    for q in quotes:
        if q.speaker is None:
            out.append(q)
            continue
        if q.speaker in ambiguous:
            blanked.add(_key(q))
            out.append(replace(q, speaker=None, cue=f"not settled: “{q.cue}” names two people"))
            continue
        reason = _unsafe(paragraphs, masked, index, persons, q, blanked, said_of)
        if reason:
            blanked.add(_key(q))
            out.append(replace(q, speaker=None, cue=f"not settled: “{q.cue}” {reason}"))
        else:
            out.append(q)
    return tuple(out)


def _key(q: Quote) -> str:
    return f"{q.paragraph}:{_base_cue(q.cue)}"


def _base_cue(cue: str) -> str:
    m = _INNER_CUE.search(cue)
    return m.group(1) if m and cue.startswith(("same ", "quotation ", "continues ")) else cue


def _mask(par: str) -> str:
    chars = list(par)
    for s in find_spans(par):
        for i in range(s.open_at, s.after):
            chars[i] = " "
    return "".join(chars)


def _unsafe(paragraphs, masked, index: ActorIndex, persons, q: Quote, blanked, said_of) -> str | None:
    cue = _base_cue(q.cue)
    if _key(q) in blanked or (cue != q.cue and f"{q.paragraph}:{cue}" in blanked):
        return "(the quote it follows was left open)"
    if q.speaker in persons and _POSSESSIVE_CUE.search(cue):
        return f"names {q.speaker} only as the owner of the speaker's role"
    pm = _PRONOUN_CUE.match(cue)
    if not pm or q.speaker not in persons:
        return None
    gender = "f" if pm.group().lower() in {"she", "her"} else "m"
    n = q.paragraph
    at = paragraphs[n - 1].find(q.text)
    at = at if at >= 0 else len(paragraphs[n - 1])
    # The speaker's last mention before the quote, at most two paragraphs back.
    # Names after the pronoun ("He urged Tsang to “...”") do not compete with its antecedent.
    text_n = masked[n - 1]
    sent_lo = max(text_n.rfind(". ", 0, at), text_n.rfind("? ", 0, at), text_n.rfind("! ", 0, at), 0)
    word = pm.group().lower()
    own = [m.start() for m in re.finditer(rf"\b{word}\b", text_n[sent_lo:at], re.IGNORECASE)]
    if own:
        at = sent_lo + own[-1]
    known = index.genders.get(q.speaker)
    if (known and known != gender) or (not known and ({"m", "f"} - {gender}) & said_of.get(q.speaker, set())):
        return f"(the text refers to {q.speaker} as {'he' if gender == 'f' else 'she'})"
    ante = None
    for par_n in range(n, max(0, n - 3), -1):
        for o in reversed(index.occurrences[par_n - 1]):
            if o.key == q.speaker and (par_n < n or o.end <= at):
                ante = (par_n, o.end)
                break
        if ante:
            break
    if ante is None:
        return None          # settled by a quote's speaker or a description: trust it
    for par_n in range(ante[0], n + 1):
        lo = ante[1] if par_n == ante[0] else 0
        hi = at if par_n == n else len(paragraphs[par_n - 1])
        if lo >= hi:
            continue
        occs = [o for o in index.occurrences[par_n - 1] if o.start < hi and o.end > lo]
        text = masked[par_n - 1]
        for o in occs:
            if o.type == "person" and o.key != q.speaker and (o.key is None or _SUBJECT_AFTER.match(text, o.end)) \
                    and _fits(index, o.key, gender, text, o.end, hi):
                return f"(“{o.form}” is named in between)"
        for rx in (_NAME2, _AGED, _SPEAKS, _APPOS):
            for m in rx.finditer(text, lo, hi):
                a, b = (m.start("w"), m.end("w")) if "w" in rx.groupindex else m.span()
                if any(o.start < b and o.end > a for o in occs) or _PLACE_BEFORE.search(text, max(0, a - 12), a):
                    continue
                words = m.group("w").split() if "w" in rx.groupindex else m.group().split()
                if any(w.lower().rstrip("’'s") in _NOT_NAME for w in words) or " ".join(words).lower() in _NOT_NAME \
                        or " ".join(words).lower() in lexicon.INTERNATIONAL:
                    continue
                return f"(“{text[a:b]}” is named in between)"
    return None


def _fits(index: ActorIndex, key: str | None, gender: str, text: str, start: int, end: int) -> bool:
    """Whether a person named between could be the pronoun: of that gender, or unknown
    and not contradicted by a pronoun of the other gender right after the name."""
    if key is None:
        return True
    g = index.genders.get(key)
    if g:
        return g == gender
    m = _GENDERED.search(text, start, min(end, start + 120))
    if m:
        return ("m" if m.group("m") else "f") == gender
    return True


def _pronouns_after_mentions(masked, index: ActorIndex) -> dict[str, set[str]]:
    """For each actor, the genders of pronouns that follow a mention of it in its sentence
    before anyone else is named ("X left his room", "X shouted as guards led him out").
    One pass over the mentions."""
    out: dict[str, set[str]] = {}
    for row in index.occurrences:
        for i, o in enumerate(row):
            if o.key is None or o.type != "person":
                continue
            text = masked[o.par - 1]
            end = len(text)
            for stop in (". ", "? ", "! "):
                k = text.find(stop, o.end, end)
                if k >= 0:
                    end = k
            if i + 1 < len(row):
                end = min(end, row[i + 1].start)
            m = _GENDERED.search(text, o.end, min(end, o.end + 200))
            if m:
                out.setdefault(o.key, set()).add("m" if m.group("m") else "f")
    return out
