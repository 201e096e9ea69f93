"""Actors: who the article names, found from the text's own cues.

A capitalised run becomes an actor only with evidence: a title ("Prime Minister X"),
a role ("X, spokesman for Y"; "analyst X"), a reporting verb ("X said"), an
organisation-name shape ("... Party", "Ministry of ...", "... Court"), an
organisation cue ("rights group X"), or a known country, bloc or intergovernmental
body. Short forms ("Ostrova") go to the nearest preceding full mention ("Irina Ostrova").
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from generator.extraction import Mention, Role
from generator.ingest import lexicon
from generator.ingest.marks import find_spans
from generator.ingest.text import Lazy, sentences

# Letters a name may hold: Latin with its extensions, IPA's schwa and its kin ("Yeni Səhifə")
# and the Latin Extended Additional block (Vietnamese and Yoruba tone marks).
_LETTER = r"A-Za-z\u00C0-\u024F\u0250-\u02AF\u1E00-\u1EFF"
# (an apostrophe inside a word before lower-case letters, no English contraction's, is a letter:
# the glottal stop of Mayan and other orthographies, "Taq'a", "Q'eqchi", and the Polynesian okina
# written as an opening mark, "Tu‘ipulotu")
# (and an Irish or French "O’" or "D’" before a capital is part of the name: "O’Brien", "D’Souza")
# (a French "d’" before a capital inside a name, "Jeanne d’Arc", is a lower-case word of its own
# that the run scanner joins to the name in progress, as it joins "al-")
_WORD_CORE = rf"(?:[OD][’'](?=[A-Z])|d[’'](?=[A-Z])|‘(?=[A-Z][a-z]))?[{_LETTER}][0-9{_LETTER}]*(?:[’'‘](?!(?:s|t|d|ll|re|ve|m)(?![a-z]))[a-z]+)*(?:-(?![A-Z]\.)[0-9{_LETTER}]+)*"
_WORD_POSS = r"[’'][sS](?![A-Za-z])|(?<=[sS])[’'](?![A-Za-z])"
_TOKEN = re.compile(
    r"(?:[A-Z]\.\s?){1,3}[A-Z]\.?(?![A-Za-z])"
    rf"|(?P<core>{_WORD_CORE})"
    rf"(?P<poss>{_WORD_POSS})?"
)
# Every word starts at the first of these characters after the previous word (both
# alternatives of _TOKEN open with one); a word opening with one that is not upper case
# is matched by the second alternative alone.
_START = re.compile(rf"[{_LETTER}]")
_NOT_UPPER_START = "".join(c for c in map(chr, [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x2B0), *range(0x1E00, 0x1F00)])
                           if not c.isupper())
# The words _TOKEN.finditer would yield from a position on, as long as none opens with a
# capital: _runs skips them in one call when no run is in progress.
_SKIP_LOWER = re.compile(
    rf"(?:[^{_LETTER}]*(?=[{_NOT_UPPER_START}])(?:{_WORD_CORE})(?:{_WORD_POSS})?)*"
    rf"[^{_LETTER}]*"
)
# The capitals among those letters: the skip stops at one, or passes it inside a word
_UPPER_LETTER = re.compile("[" + "".join(c for c in map(chr, [*range(0x41, 0x5B), *range(0xC0, 0x2B0),
                                                              *range(0x1E00, 0x1F00)]) if c.isupper()) + "]")
# What a word goes on through before a capital within it ("iPhone", "5G" in "a5G", "al-Hamdani", "’S")
_INSIDE_WORD = frozenset("0123456789-’'" + "".join(c for c in map(chr, [*range(0x41, 0x5B), *range(0x61, 0x7B),
                                                                       *range(0xC0, 0x2B0), *range(0x1E00, 0x1F00)])))


def _skip_lower(par: str, pos: int) -> int:
    """_SKIP_LOWER.match(par, pos).end(), found fast in the usual case: the skip stops at the first
    capital letter unless a word runs through it (only after a letter, a digit, a hyphen or an
    apostrophe can it), and runs to the end when no capital is left."""
    up = _UPPER_LETTER.search(par, pos)
    if up is None:
        return len(par)
    j = up.start()
    if j == pos or par[j - 1] not in _INSIDE_WORD:
        return j
    return _SKIP_LOWER.match(par, pos).end()
# (r"\b[a-z][a-z-]+\b", with the opening \b as a look-behind after the first letter: the same
# match at every position, but a pattern that opens with a letter class is scanned for fast)
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z-]+\b")
_POSS_START = re.compile(r"^[’'][sS]?")
_DIGIT_AHEAD = re.compile(r"\s*\d")
_SPACE_RUN = re.compile(r"\s+")
_OPENERS = ("“", "‘", '"', "(", ":", "—", "–")
_CONNECTORS = {"of", "for", "and", "the", "de", "del", "van", "von", "der", "den", "bin", "binti", "da", "dos", "la", "du",
               "los", "las",
               "o"}     # Bengali "and" inside a body's name ("Nari o Shishu Kendra")
# Lower-case particles inside a person's name only ("Maria das Dores", "Ana do Carmo", "Aisha bint Salem",
# "Jugah anak Barieng", "Ana dela Cruz"); capitalised, some are names themselves ("Do", "Dela")
_LOWER_PARTICLES = {"das", "do", "bint", "ibn", "anak", "dela", "delos"}
# Lowercase particles that belong to a person's surname, never to an organisation's name.
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ul|ud)-[A-Z]|d[’'][A-Z]|‘[A-Z]")
_PATRONYMIC_ENDS = {"uulu", "kyzy", "ogly", "oglu", "ogli", "qizi", "kizi", "uly", "kyzy", "gyzy"}
_PATRONYMIC_RE = "|".join(sorted(_PATRONYMIC_ENDS))
_PATRONYMIC_GENDER = {"uulu": "m", "ogly": "m", "oglu": "m", "ogli": "m", "uly": "m",
                      "kyzy": "f", "qizi": "f", "kizi": "f", "gyzy": "f"}
_ADMIN_UNITS = {"aimag", "soum", "district", "county", "province", "prefecture", "oblast", "rayon", "region", "state"}
_UNIT_BODY_AFTER = re.compile(r" (?:[A-Z][a-z]+ ){0,2}(?:Department|Office|Directorate|Command|Court|Administration|"
                              r"Council|Khural|Assembly|Hospital|Branch)\b")
_NAME_AFTER_PARTICLE = re.compile(r" [A-Z][a-z]+\b(?![’'-])")
_SURNAME_PARTICLES = {"van", "von", "der", "den", "bin", "binti", "ter", "bint", "ibn", "anak", "dela", "delos"}
_JOINING_POSSESSIVES = {
    "people", "peoples", "workers", "women", "children", "farmers", "journalists", "citizens",
    "youth", "men", "veterans", "nation", "nations", "students", "teachers", "lawyers",
}
# "Chief Magistrate's Court", "Public Prosecutor's Office": an office holder's possessive
# before one of these heads belongs to the body's name.
_POSS_HEADS = {"court", "office", "chambers", "department", "procuracy", "bureau", "secretariat",
               "bench"}     # ("the Court of King's Bench")
_POSS_OWNERS = {"magistrate", "magistrates", "prosecutor", "prosecutors", "ombudsman", "attorney",
                "auditor", "registrar", "general", "president", "minister", "governor", "mayor",
                "commissioner", "director", "secretary", "chief", "judge", "speaker", "premier",
                "defender", "ombudsperson", "inspector", "comptroller", "controller", "advocate",
                "solicitor", "coroner", "sheriff", "procurator", "king", "queen"}
_DATE_PREP = {"in", "early", "late", "mid", "since", "by", "until", "of", "last", "next", "this", "on"}
_GENERIC_ACRONYMS = {
    "NGO", "NGOS", "CSO", "CSOS", "MP", "MPS", "MLA", "MLAS", "MPA", "MNA", "MPP", "MLC", "PM", "TV", "GDP", "COVID", "CEO", "ID", "AM",
    "PM", "OK", "HIV", "AIDS", "USD", "US$", "KM", "UTC", "GMT", "ICT", "IT", "LGBT", "LGBTQ",
    "EBA", "GSP", "FTA", "RCEP", "AI", "SMS", "PDF", "II", "III", "IV",
}
_ROLE_RE = lexicon.alternation(sorted(lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS, key=lexicon.by_length))
_APPOSITION = re.compile(
    # (no clause inside the role: "X, alleged that the host ..." names no role)
    rf"^(?:\s*,\s*\d{{1,3}}(?=\s*,))?\s*,\s*(?P<phrase>(?:(?:a|an|the|its|his|her|their)\s+)?"
    rf"(?P<pre>(?:(?!(?:that|which|whom|alleged|alleging|claimed|claiming|ruling|said|saying)\b)[\w’'.-]+\s+){{0,6}}?)"
    rf"(?:{_ROLE_RE})\b(?:[^,;:“”\"()]|\([A-Z][\w-]*(?:\s[A-Z][\w-]*){{0,2}}\))*?)(?=\s*(?:,|;|\.\s|\.$|$|\s(?:{lexicon.SPEECH_VERB_RE})\b|:\s*[“\"‘])"
    r"|\s+known\s+(?:[\w’']+\s+){0,3}?as\s+[“\"‘])",     # ("X, writer: “...”"; "X, an activist known to friends as “Y”")
    re.IGNORECASE,
)
_SPEECH_AFTER = re.compile(
    rf"^(?:[’']s)?(?:,\s*\d{{1,3}},)?\s+(?:(?:also|then|later|further|earlier|previously|again|recently|"
    rf"has|had|have|was|is|on\s+\w+day|last\s+\w+|this\s+week|earlier\s+this\s+week)\s+)*"
    rf"(?:{lexicon.SPEECH_VERB_RE})\b"
)
_SPEECH_BEFORE = re.compile(rf"\b(?:{lexicon.SPEECH_VERB_RE})\s*$", re.IGNORECASE)
_ACCORDING_BEFORE = Lazy(r"according\s+to\s*$", re.IGNORECASE)
_ROLE_AT_END = re.compile(rf"(?P<t>\b(?:{_ROLE_RE}))\s*,?\s*$", re.IGNORECASE)
_ROLE_BEFORE = re.compile(rf"\b(?:{_ROLE_RE})(?:-[a-z]+)*\s*,?\s*$", re.IGNORECASE)   # "attorney-at-law X"
def _plural(w: str) -> str:
    if w.endswith("man"):
        return w[:-3] + "men"
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ies"
    return w + ("es" if w.endswith(("s", "sh", "ch")) else "s")


_PLURAL_ROLES = sorted({_plural(r) for r in lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS if r.isalpha()},
                       key=lexicon.by_length)
_PLURAL_ROLE_RE = lexicon.alternation(_PLURAL_ROLES)
# "X, one of the coordinators of the sit-in, said": one of a group of people by their role
_ONE_OF_APPOSITION = re.compile(
    rf"^\s*,\s*(?P<phrase>one\s+of\s+(?:the|its|his|her|their)\s+(?P<pre>(?:[\w’'-]+\s+){{0,3}}?)"
    rf"(?:{_PLURAL_ROLE_RE})\b[^,;:“”\"()]*?)(?=\s*(?:,|;|\.\s|\.$|$))", re.IGNORECASE)
# "her deputies X and Y": each name of a list after a plural role is a person.
_ROLES_BEFORE = Lazy(rf"\b(?:{_PLURAL_ROLE_RE})\s*,?\s+(?:(?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w’'-]*(?:\s+(?:{_PATRONYMIC_RE}))?(?:,\s*\d{{1,3}})?\s*(?:,|,?\s*and)\s+){{0,6}}$")
_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "mme": "f",
               "dr": None, "mx": None, "rev": None, "revd": None,
               "w/ro": "f", "w/t": "f", "wzro": "f", "weizero": "f", "woizero": "f",   # Amharic Mrs, Miss
               "ato": "m",     # Amharic Mr
               "fr": "m",      # a priest's "Fr." ("Rev. Fr. X": two stacked, neither a name)
               "hon": None,    # "Minister of Finance Hon. X": the Commonwealth's "Honourable"
               "me": None, "maître": None,     # French "Maître" (short "Me") before a lawyer's name
               # Spanish styles of address and East Africa's "Mzee" (an elder); "Don" is an English
               # given name too, so only its feminine
               "señor": "m", "señora": "f", "señorita": "f", "doña": "f", "mzee": "m",
               "m'e": "f", "m’e": "f", "ntate": "m",     # Sesotho Mrs and Mr ("'M'e Lebona", "Ntate Mokoena")
               "whaea": "f", "matua": "m",      # Māori styles of respect for a woman and a man elder
               "nanay": "f", "tatay": "m", "aling": "f", "mang": "m"}    # Filipino styles of respect
_HONORIFIC_BEFORE = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss|Madam|Madame|Mme|Mx|Dr|Rev|Revd|W/ro|W/t|Wzro|Weizero|Woizero|Ato|Fr|Hon|Me|Maître|Señor|Señora|Señorita|Doña|Mzee|M[’']e|Ntate|Whaea|Matua|Nanay|Tatay|Aling|Mang)\.?\s+[’']?$")


# Ranks abbreviated without a full stop, British style ("Senior Supt X", "Det Insp Y"); never a
# word that is a name as well ("Pol", "Gen")
_BARE_RANKS = {"supt", "insp", "sgt", "cpl", "capt", "brig", "cmdr", "cdr", "det", "comr", "asst", "major"}
_RANK_MODIFIERS = {"senior", "chief", "deputy", "assistant", "acting", "detective"}


def _bare_rank(run: list[Tok]) -> bool:
    """Whether the run opens on such a rank (or "Senior" before one) with a name after it."""
    low = run[0].text.lower()
    if low == "major" and any(t.text.lower() in lexicon.ORG_HEADS for t in run[1:]):
        return False    # "the Major Crimes Unit": a body's name, no rank
    # ("Lt Col X Y": a lieutenant colonel, written without full stops, before a name of two words)
    return low in _BARE_RANKS or len(run) > 2 and low in _RANK_MODIFIERS and run[1].text.lower() in _BARE_RANKS \
        or len(run) > 2 and low in ("lt", "col") and run[0].text[:1].isupper() and run[0].text[1:].islower() \
        and (low == "lt" or run[1].text[:1].isupper())


def _rank_word(par: str, t: Tok) -> bool:
    """"Comr." in "Sr. Comr. X": a rank abbreviation with its full stop, never a name."""
    return par[t.end:t.end + 1] == "." and t.text.lower() in lexicon.RANK_ABBREVIATIONS


_ROLE_WORDS = lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS


def _role_then_ranks(before: str) -> bool:
    """"spokesperson Sr. Comr. ", "lawyer ": a lower-case role, then any rank abbreviations."""
    ws = before.split()
    while ws and (ws[-1].endswith(".") and ws[-1][:-1].lower() in lexicon.RANK_ABBREVIATIONS
                  or ws[-1] in _RANK_ABBREVIATIONS):
        ws.pop()
    return bool(ws) and ws[-1][:1].islower() and ws[-1] in _ROLE_WORDS
# "..., Name, said": a name set off by commas right before a reporting verb is a person's.
# (an auxiliary may come first: "The village pulenu'u, X Y Z, had told the court")
_APPOS_THEN_SPEAKS = Lazy(r"^,\s+[^,;:“”\"()]{2,90},\s+(?:also\s+)?(?:said|says|told|tells|added|wrote|stated|explained)\b")
_COMMA_SPEECH_AFTER = Lazy(rf"^,\s+(?:(?:had|has|have|also|later|then)\s+)?(?:{lexicon.SPEECH_VERB_RE})\b")


_LOCAL_STYLES = {"señor", "señora", "señorita", "doña", "mzee"}
_GIVEN_NAME_STYLES = {"ato", "w/ro", "w/t", "wzro", "weizero", "woizero"}
# Styles of address of some regions, never a given name: Amharic, Sesotho, French before a lawyer
REGIONAL_STYLES = frozenset(_GIVEN_NAME_STYLES | {"m'e", "m’e", "ntate", "maître"})
_NICKNAMED_BEFORE = re.compile(r"\b(?:known(?:\s+\w+){0,3}\s+as|nicknamed|dubbed)\s+$")


def _honorific(par: str, start: int) -> re.Match | None:
    return _HONORIFIC_BEFORE.search(par, max(0, start - 10), start)


_TITLE_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")


# Styles the genre keeps before a surname on every mention ("Chief Okonjo", "Alhaji Bello")
_KEPT_STYLES = {"chief", "alhaji", "alhaja", "hajia", "pastor", "bishop", "imam", "sheikh", "rev", "reverend",
                "prophet", "apostle", "evangelist", "elder", "father", "sister", "brother",
                "mrs", "ms", "miss", "mr", "dr"} | set(lexicon.TRADITIONAL_TITLES)


def _kept_style(b, surname: str, keys: list[str]) -> set[str]:
    """Those of keys introduced under a kept style whom the text also calls "<Style> <surname>"."""
    kept = set()
    for p, st, k in b.person_full:
        if k not in keys:
            continue
        w = _WORD_BEFORE.search(b.pars[p - 1], max(0, st - 30), st)
        style = w.group(1) if w else ""
        if style.lower() in _KEPT_STYLES and style[:1].isupper() \
                and any(f"{style} {surname}" in par or f"{style}. {surname}" in par for par in b.pars):
            kept.add(k)
    return kept


def _titled_as(b, cands, keys: list[str], par: str, at: int) -> str | None:
    """The one person among keys whose full mentions follow the title word right before `at`."""
    m = _TITLE_WORD_BEFORE.search(par, max(0, at - 30), at)
    # ("Supt Kuman" after "Superintendent Thomas Kuman": the abbreviation stands for the title)
    spelled = lexicon.TITLE_ABBREVIATIONS.get(m.group(1).lower()) if m else None
    if m is None or spelled is None and m.group(1).lower() not in lexicon.TITLE_HEADS and (
            m.group(1).lower() + "." not in lexicon.TITLE_HEADS or m.group(1).lower() in _HONORIFICS):
        return None     # ("Rep. X": the abbreviation is listed with its full stop; "Mrs" is no office)
    word = m.group(1)
    # (the full mention's title may be in lower case: "Ward councillor Joseph Kuman" ... "Councillor Kuman")
    fits = {k for p, st, k in cands if k in keys and (w := _WORD_BEFORE.search(b.pars[p - 1], max(0, st - 30), st))
            and lexicon.TITLE_ABBREVIATIONS.get(w.group(1).lower(), w.group(1).lower()) in (word.lower(), spelled)}
    return fits.pop() if len(fits) == 1 else None


def _introduced_with(b, cands, keys: list[str], h: str) -> str | None:
    """The one person among keys whose full mentions carry the honorific h ("Mr", "Dr"), when each
    of them was introduced with some honorific and only one with this one."""
    h = h.lower().rstrip(".")
    seen: dict[str, set[str]] = {}
    for p, st, k in cands:
        if k in keys and (m := _honorific(b.pars[p - 1], st)):
            seen.setdefault(k, set()).add(m.group("h").lower().rstrip("."))
    fits = [k for k in keys if h in seen.get(k, ())]
    if set(seen) != set(keys):
        # ("Dr Nguyen" after "Dr Peter Nguyen" and a "Ruth Nguyen" given no style: a professional
        # title only the one introduced with it carries)
        return fits[0] if len(fits) == 1 and h == "dr" else None
    return fits[0] if len(fits) == 1 else None


def _set_off(par: str, start: int) -> bool:
    """Whether a name opens its sentence or clause ("..., Name, said"), not ends a phrase
    ("a village in the Polochic Valley, said soldiers")."""
    head = par[max(0, start - 3):start].rstrip()
    return not head or head.endswith((",", "“", '"', "‘", ".", ":", ";", "—", "–"))


_WHO_AFTER = re.compile(r"^,\s+who\s+(?:[a-z]+\s+)?[a-z]+")     # "Name, who posts ...": a person
# "Name, whose two sons are among the accused,": only a person has sons, a husband, a mother
_WHOSE_FAMILY_AFTER = re.compile(r"^,\s+whose\s+(?:[a-z]+\s+){0,2}(?:sons?|daughters?|husband|wife|mother|father|brothers?|"
                              r"sisters?|children|child|parents|grandson|granddaughter|nephew|niece|widow)\b")
# No place has an age: "the execution of X, a 29-year-old man".
_YEAR_OLD_AFTER = re.compile(r"^,\s+an?\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b")
# "Name, 38, ..." / "and Name, 36." / "Name, a 29-year-old ..." / "Name was 19 years old": a person
_AGE_AFTER = re.compile(r"^(?:,\s*\d{1,3}(?:,|\.(?!\d)|;|\s+and\s|\s+[–—]\s)"
                        # ("Name (41), of Glenvarna Park, appeared": the age in brackets, as courts report it)
                        r"|\s\(\d{1,3}\)(?=[,;]|\s+(?:was|is|had|has|appeared|denied|pleaded|told|said|of|from)\b)"
                        r"|,\s+an?\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b"
                        r"|\s+(?:was|is)\s+(?:just\s+|only\s+|then\s+)?\d{1,3}\s+(?:years?\s+old\b|when\b)"
                        # "Name, known to his friends as ...": only a person has friends who call him so
                        r"|,\s+known\s+to\s+(?:his|her|everyone|everybody|all|friends|neighbou?rs|relatives)\s+"
                        # "Name Name, better known as Ucup, ...": a person's nickname (a body's is
                        # its initials, a place's a former name after a place word)
                        r"|,\s+(?:better|popularly|widely)\s+known\s+as\s+[A-Z][a-z]+,)")
# "the League's Parveen Rahim", "the Awami League's X Y": a name owned by a party or body is its member.
_OWNER_ORG_BEFORE = re.compile(r"(?:\b[A-Z]{2,7}|\b[A-Z][\w-]*\s+(?:Party|League|Front|Movement|Alliance)|\bRadio\s+[A-Z][\w-]*|\b[A-Z][\w-]*\s+(?:Herald|Times|Post|Tribune|Gazette|Television|TV))[’']s\s+$")   # ("Radio X's Y": an outlet's reporter)
# "NRW's Advisory Board", "the union's Legal Desk": a unit of the body just named, no person
_BODY_UNIT_HEADS = {"board", "panel", "council", "committee", "secretariat", "bureau", "office", "unit",
                    "division", "desk", "team", "programme", "program", "department", "section", "branch"}
_ROLE_NOUN_AFTER = Lazy(rf"^\s+(?:[a-z-]+\s+)?(?:{_ROLE_RE})\b", re.IGNORECASE)   # "CPJ's Asia director"
# "ambassador in Geneva, X": a role placed somewhere, then the name in commas.
_ROLE_PLACE_BEFORE = Lazy(rf"\b(?:{_ROLE_RE})\s+(?:in|at|to)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}}\s*,\s*$",
                          re.IGNORECASE)
# "the deputy governor of Orlov district, X,": a role over a place's district or region, then the name
_ROLE_OF_LEVEL_BEFORE = Lazy(rf"\b(?:{_ROLE_RE})\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}}\s+"
                             r"(?:district|region|province|county|oblast|city|municipality)\s*,\s*$", re.IGNORECASE)
# "Your own director of labour, X,", "the head of security, Y,": a role and its field in lower case
_ROLE_OF_FIELD_BEFORE = Lazy(rf"\b(?:{_ROLE_RE})\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+(?:and\s+)?[a-z]+){{0,2}}\s*,\s*$",
                             re.IGNORECASE)
# "the Commissioner for Information, X,": a title with its capitalised portfolio, then the name in
# commas (the portfolio read by this pattern, the title before it looked up in the word lists).
_PORTFOLIO_AT = re.compile(r"\s(?:for|of)\s")
_PORTFOLIO = re.compile(r"\s(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|the)\s+)*[A-Z][\w’'-]*){0,4}"
                        r"\s*,\s*$")


def _portfolio_before(before: str) -> bool:
    tail = before[-80:]
    last = tail.rstrip().rstrip(",").rsplit(None, 1)[-1:]
    if not (last and last[0][:1].isupper() and (" for " in tail or " of " in tail)):
        return False
    for m in _PORTFOLIO_AT.finditer(tail):
        if _PORTFOLIO.match(tail, m.start()):
            title = tail[:m.start()].rsplit(None, 1)[-1:]
            w = title[0].lower() if title else ""
            if w in _ROLE_WORDS or w.rpartition("-")[2] in _ROLE_WORDS:
                return True
    return False


# Police and civil-service rank abbreviations written before a name ("SP Thapa").
_RANK_ABBREVIATIONS = {"SP", "SSP", "DSP", "ASP", "IGP", "DIG", "AIG", "ASI", "SI", "OC", "CI", "DCP", "ACP",
                       "SACP", "RPC", "OCD", "OCS", "CP", "DPO"}     # ("CP X": a Nigerian state police commissioner)
_ORG_CUE_BEFORE = re.compile(
    r"\b(?P<cue>ngo|group|watchdog|organi[sz]ation|outlet|outfit|newspaper|magazine|broadcaster|portal|party|charity|union|"
    r"coalition|alliance|network|think[- ]tank|movement|ministry|agency|regulator|company|firm|"
    r"institute|foundation|association|observatory|website|daily|weekly|tabloid|"
    # who runs or backs it: "the state-run Daily X", "the regime-controlled Y" are never people
    r"(?:state|government|regime|military|army|party|junta|kremlin)-(?:run|owned|controlled|backed|funded|affiliated)|"
    r"privately[- ]owned)\s*$",
    re.IGNORECASE,
)
# "the human rights project X", "the media monitoring initiative X": a kind of work, then its name.
_PROJECT_CUE_BEFORE = re.compile(
    r"\b(?:rights|monitoring|media|advocacy|legal|investigative|documentation|journalism|research|watchdog|"
    r"independent|non-?profit|civic|anti-corruption|fact-checking)\s+(?P<cue>project|initiative)\s*$", re.IGNORECASE)


def _project_cue(before: str) -> re.Match | None:
    return _PROJECT_CUE_BEFORE.search(before, max(0, len(before) - 40)) \
        if before[-13:].rstrip().lower().endswith(("project", "initiative")) else None


_PARTY_BEFORE = re.compile(r"\b(?:opposition|ruling|governing|pro-democracy|main|dissolved|outlawed|banned|disbanded)\s*$", re.IGNORECASE)
_LIST_PLACE_BEFORE = re.compile(r"\b(?:from|in|across|between|near|outside|into|throughout)\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|of|into|across|outside|(?:[Mm]ember|MP|MPs|MLA|MHA)\s+for)\s*$")
_OPENING_PLACE_BEFORE = re.compile(r"(?:^|[.!?”\"]\s)(?:In|At) $")    # a sentence opening on its place
# How far back from the end of a text a match of each end-anchored pattern can start.
_REACH = {
    _ROLE_AT_END: max(map(len, lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS)) + 1,
    _ROLE_BEFORE: max(map(len, lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS)) + 12,
    _SPEECH_BEFORE: max(map(len, lexicon.SPEECH_VERBS)) + 1,
    _ORG_CUE_BEFORE: len("government-affiliated") + 1,
    _PARTY_BEFORE: len("pro-democracy") + 1,
    _PLACE_BEFORE: len("member for") + 2,
}
# For the patterns that end in "(?:word|word...)\s*$": the last letters of their words.
_LAST = {
    _SPEECH_BEFORE: frozenset(v[-1] for v in lexicon.SPEECH_VERBS),
    _ORG_CUE_BEFORE: frozenset("opgntryekmrld"),  # ngo, group, watchdog, organisation, outlet, ..., state-run, -owned, website, daily
    _PARTY_BEFORE: frozenset("ngyd"),             # opposition, ruling, pro-democracy, banned, ...
    _PLACE_BEFORE: frozenset("ntmrofse"),         # in, at, from, near, to, of, into, across, outside, member for
}
# Letters a case-insensitive pattern equates with an ASCII letter of another lowercase form.
_FOLD_SPECIALS = "\u0130\u0131\u017f\u212a"
# "according to" at the end; a plural role (with a list of names) then a space at the end.
_PLURAL_ENDS = tuple(sorted({w[-1] for w in _PLURAL_ROLES} | {",", "and"}))
_END_INFO = {id(rx): (reach, _LAST.get(rx), bool(rx.flags & re.IGNORECASE)) for rx, reach in _REACH.items()}
_ORG_CUE_AFTER = re.compile(
    r"^\s+(?:(?:deputy|acting|vice|chief|senior|former|national|provincial)\s+)?(?P<cue>party|members?|leaders?|officials?|president|chairman|spokesman|spokeswoman|"
    r"spokesperson|commissioners?|chairperson|secretary-general|coordinator|"
    r"lawmakers?|supporters?|activists?|chief|head|group)\b",
    re.IGNORECASE,
)
_LOWER_GOV = re.compile(r"\b[Mm]inistry of (?:the )?(?!the\b)[a-z]+(?: and [a-z]+)?\b")   # never "Ministry of the Interior"
_ROLE_MODIFIERS = {
    "opposition", "former", "political", "party", "deputy", "senior", "local", "human", "rights",
    "democracy", "ruling", "independent", "prominent", "veteran", "exiled", "jailed", "detained",
    "labour", "labor", "union", "student", "environmental", "land", "youth", "chief", "executive",
    "acting", "special", "foreign", "government", "military", "civil", "society", "legal", "court",
    "opposition-aligned", "pro-democracy", "lead", "general", "vice", "assistant", "co",
}
_TYPE_RANK = {"party": 0, "court": 1, "government": 2, "international": 3, "country": 4, "ngo": 5}


class Tok(NamedTuple):
    """A word of a paragraph (a light tuple: there is one per word)."""
    text: str         # without a possessive ending
    start: int
    end: int          # end of the text (possessive excluded)
    poss: bool
    initial: bool     # first word of a sentence or of a quotation

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Occurrence:
    par: int          # 1-based paragraph
    start: int
    end: int
    key: str | None   # None: a short form the text leaves ambiguous
    type: str
    form: str
    poss: bool = False


@dataclass
class _Actor:
    key: str
    type: str
    forms: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    acronym: str | None = None
    gender: str | None = None
    tokens: tuple[str, ...] = ()
    rank: int = 9
    phrases: list[str] = field(default_factory=list)   # role phrases as written
    gender_checked: bool = False


@dataclass(frozen=True)
class ActorIndex:
    mentions: tuple[Mention, ...]
    occurrences: tuple[tuple[Occurrence, ...], ...]   # per paragraph, by position
    genders: dict
    titles: dict       # key -> tuple of lowercase role titles and organisation words
    outlets: frozenset = frozenset()    # the page's own masthead, lowercased: a name, no actor


def _at_end(rx: re.Pattern, s: str) -> re.Match | None:
    """rx.search(s) for a pattern that ends at the end of s, give or take spaces and a comma:
    the same match, found by trying only the last few positions."""
    # Keyed by id: hashing a compiled pattern hashes its whole program, on every lookup.
    reach, last, fold = _END_INFO[id(rx)]
    visible = s.rstrip()
    if last is not None:
        # A word list then spaces to the end: the last visible character must end a word.
        c = visible[-1:]
        if not (c.lower() in last or c in _FOLD_SPECIALS) if fold else c not in last:
            return None
    end = len(visible.rstrip(",").rstrip())
    return rx.search(s, max(0, end - reach))


_SENTENCE_END = re.compile(r"[\w’'-]{3,}\.")


def _apposition(after: str) -> re.Match | None:
    # Every apposition opens with a comma; most text after a name does not.
    m = _APPOSITION.match(after) or _ONE_OF_APPOSITION.match(after) if after.lstrip()[:1] == "," else None
    if m is not None and "." in m.group("pre") and any(_SENTENCE_END.fullmatch(w) for w in m.group("pre").split()):
        return None     # an apposition never runs across a sentence end ("said nothing. A member ...")
    return m


def _initial(par: str, i: int, starts: set[int]) -> bool:
    """Whether the word at i starts a sentence or a quotation (only the few characters
    before it decide)."""
    return ((i < 4 and not par[:i].strip()) or par[max(0, i - 3):i].rstrip().endswith(_OPENERS)
            or i in starts or i - 1 in starts or i - 2 in starts
            or par[max(0, i - 4):i] == ") - ")    # (a dateline's hyphen: "Jun 2 2026 (IPS) - When X")


_OPENER = re.compile("[" + "".join(_OPENERS) + "]")


def _initial_positions(par: str, starts: set[int]) -> set[int]:
    """Every i for which _initial(par, i, starts) holds, found once for the paragraph: at most
    two characters after a sentence start, within leading spaces, or after an opener then at
    most two spaces."""
    out = starts | {i + 1 for i in starts} | {i + 2 for i in starts}
    lead = len(par) - len(par.lstrip())
    out.update(range(min(lead, 3) + 1))
    k = par.find(") - ")
    if k >= 0:
        out.add(k + 4)      # (a dateline's hyphen, as _initial reads it)
    for m in _OPENER.finditer(par):
        j = m.start()
        out.add(j + 1)
        if par[j + 1:j + 2].isspace():
            out.add(j + 2)
            if par[j + 2:j + 3].isspace():
                out.add(j + 3)
    return out


def _gap_ok(par: str, a: Tok, b: Tok) -> bool:
    if a.poss:
        gap = _POSS_START.sub("", par[a.end:b.start])
        return gap.strip() == "" and (a.text.lower() in _JOINING_POSSESSIVES or (
            _poss_owner(a.text.lower()) and (b.text.lower() in _POSS_HEADS or (
                b.text.lower() in _DESK_WORDS and _poss_head_next(par, b.end)))) or (
            # "Harbour Porters' Union": a plural possessive opens a members' body's name
            a.text[-1:] == "s" and _plural_poss_head(par, a.end)))
    gap = par[a.end:b.start]
    return a.end == b.start or gap.isspace() or (gap == ". " and (
        a.text.lower() in _HONORIFICS or _initial_then_name(a.text, b.text) and (
            a.text not in _GIVEN_ABBREVIATIONS or _opens_name(par, a.start)))) or (
        gap == " & " and b.text[:1].isupper()) or (     # "High Court of Jammu & Kashmir": one name
        # "Deputy Ombudsman for the Environment, Public Services and ... X": a title's list of remits
        gap == ", " and a.text.lower() in lexicon.PORTFOLIO_WORDS and b.text.lower() in lexicon.PORTFOLIO_WORDS
        and b.text[:1].isupper() and a.text[:1].isupper()) or (
        # "Radio Xyaab' Tzuul": a word closing on a glottal stop, when no single quote is open
        # (the search ends past the word's first letter: the opening mark's look-ahead needs it)
        gap == "' " and a.text[-1:] not in "sS" and not _OPEN_SINGLE.search(par, 0, a.start + 1))


_OPEN_SINGLE = re.compile(r"(?:^|[\s(“\"])'(?=\w)")


def _initial_then_name(letter: str, word: str) -> bool:
    # "P. Selvam", "Justice K. Ramaswamy": a given name written as its initial opens the name
    # (a lone capital then a full stop; the splitter never ends a sentence there either).
    return (len(letter) == 1 and letter.isupper() or letter in _DIGRAPH_INITIALS or letter in _GIVEN_ABBREVIATIONS) and len(word) > 2 \
        and word[1:].islower() and word.lower() not in lexicon.COMMON_CAPITALISED


# "Ts. Oyun", "Sh. Bat": a father's name whose first sound is written with two letters (Mongolian)
_DIGRAPH_INITIALS = {"Ts", "Sh", "Ch", "Kh", "Zh", "Dz"}
# "Ma. Teresa Cruz" (María, in the Philippines), "Md. Rafiq", "Mohd. Azlan": a given name
# abbreviated with a full stop is the name's first word
_GIVEN_ABBREVIATIONS = {"Ma", "Md", "Mohd"}
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")


def _opens_name(par: str, start: int) -> bool:
    """No capitalised word right before: "host Ma. Teresa" opens a name, "founder Jack Ma. Then" does not."""
    return not _CAPITALISED_BEFORE.search(par, max(0, start - 30), start)


def _tok(par: str, m: re.Match, starts: set[int]) -> Tok:
    text, suffix = m.group("core", "poss")
    if text is None:
        text = m.group()
    i = m.start()
    return Tok(text, i, i + len(text), suffix is not None, _initial(par, i, starts))


def _tok_at(m: re.Match, initial_at: set[int]) -> Tok:
    """_tok, with the paragraph's initial positions found once (_initial_positions)."""
    text, suffix = m.group("core", "poss")
    if text is None:
        text = m.group()
    i = m.start()
    return Tok(text, i, i + len(text), suffix is not None, i in initial_at)


_SEAT_MODIFIERS = ("-based", "-headquartered", "-registered", "-backed", "-funded", "-owned")
_CAMEL_PREFIXED = re.compile(r"[a-z]{1,4}[A-Z][a-z]{2,}")
# "the Inhlangano yeBantu branch", "... yeBantu members": a body's unit or people after its name
_BODY_PART_AFTER = Lazy(r"[’']?s?\s+(?:branch|branches|chapter|movement|members?|leaders?|activists?|supporters?)\b")


_WEEKDAY_NAME_AHEAD = re.compile(r" ([A-Z][a-z]{2,})(?=,|\s+(?:said|says|told|argued|added|had|has|was|of)\b)")
_WORD_THEN_SPACE = re.compile(r"(?:^|[\s(])([\w’'-]+)\s*,?\s*$")


def _weekday_given_name(par: str, start: int, end: int) -> bool:
    """"Counsel to the police, Sunday Agbo, had argued", "lawyer Monday Okafor said": a weekday that is
    a given name, after a comma or a role and before a family name, never after a date's preposition."""
    m = _WEEKDAY_NAME_AHEAD.match(par, end)
    if m is None or m.group(1).lower() in lexicon.MONTHS or m.group(1).lower() in lexicon.WEEKDAYS \
            or m.group(1).lower() in lexicon.COMMON_CAPITALISED:
        return False
    w = _WORD_THEN_SPACE.search(par, max(0, start - 30), start)
    if w is None:
        return False
    prev = w.group(1).lower()
    return par[:start].rstrip().endswith(",") and prev not in _DATE_PREP or prev in lexicon.ROLE_NOUNS


_TITLE_OF_AHEAD = re.compile(r" (?:of|for) (?:the )?[A-Z]")


def _runs(par: str, lower_vocab: set[str]) -> list[list[Tok]]:
    """Maximal runs of capitalised words, joined by name connectors ("of", "for the").

    One pass over the words; only capitalised words and connectors become Toks, since
    any other word just ends the run in progress. Between runs, lowercase words are
    skipped by one regex call; within one, the words are read one by one, as
    _TOKEN.finditer would give them."""
    pos = _skip_lower(par, 0)
    if pos >= len(par):
        return []
    starts = {s.start for s in sentences(par)}
    initial_at = _initial_positions(par, starts)
    runs: list[list[Tok]] = []
    cur: list[Tok] = []
    pending: list[Tok] = []
    while True:
        if not cur:
            pos = _skip_lower(par, pos)
        m = _TOKEN.search(par, pos)
        if m is None:
            break
        pos = m.end()
        start = m.start()
        if not par[start].isupper():
            # (a run is in progress: otherwise the skip above passed this word)
            text = m.group("core")
            low = text.lower() if text is not None else ""
            if text and _ARTICLE_PREFIX.match(text) and _gap_ok(par, pending[-1] if pending else cur[-1], t := _tok_at(m, initial_at)):
                # "Idris al-Hamdani", "Khalid bin Saad al-Rashidi": an Arabic article joined
                # to a capitalised family name is part of the name
                cur.extend(pending)
                cur.append(t)
                pending = []
                continue
            if text and not pending and not text.islower() and _CAMEL_PREFIXED.fullmatch(text) and _gap_ok(par, cur[-1], t := _tok_at(m, initial_at)):
                # "Inhlangano yeBantu": a name word behind a lower-case (Nguni) prefix closes
                # the name in progress (_classify decides what it names)
                cur.append(t)
                runs.append(cur)
                cur = []
                continue
            if low in _ADMIN_UNITS and len(cur) == 1 and not pending and _UNIT_BODY_AFTER.match(par, m.end()) \
                    and _gap_ok(par, cur[-1], t := _tok_at(m, initial_at)):
                # "the Dornod aimag Police Department": a place and its lower-case unit open the body's name
                cur.append(t)
                continue
            if low in _PATRONYMIC_ENDS and cur and not pending and _gap_ok(par, cur[-1], t := _tok_at(m, initial_at)):
                # "Nurlan Sadyk uulu": a Turkic patronymic closes the name ("son of Sadyk")
                cur.append(t)
                if len(cur) == 2 and _NAME_AFTER_PARTICLE.match(par, m.end()):
                    continue        # "Aibek uulu Temir": given name, particle, father's name
                runs.append(cur)
                cur = []
                continue
            if low in _CONNECTORS or low in _LOWER_PARTICLES or not pending and (
                    # "the Representative on Freedom of the Media": an office named for its remit
                    low == "on" and cur[-1].text.lower() in _REMIT_HEADS and par[m.end() + 1:m.end() + 2].isupper()) \
                    or not pending and (
                    low == "against" and cur[-1].text.lower() in lexicon.ORG_HEADS or low == "an" and cur[-1].text == "Công"
                    or low == "to" and cur[-1].text.lower() in lexicon.ORG_HEADS and _MISSION_VERB.match(par, m.end())) or (
                    # "Doctors for a Free Nation": a members' group's name goes on through "for a"
                    low in ("a", "an") and len(pending) == 1 and pending[0].text == "for"
                    and cur[-1].text.lower() in _MEMBER_PLURALS and par[m.end() + 1:m.end() + 2].isupper()):
                # ("UN Committee against Torture": a body's head, then what it works against;
                # "Công an Nghệ An": Vietnamese "public security", the police, in a name)
                t = _tok_at(m, initial_at)
                if _gap_ok(par, pending[-1] if pending else cur[-1], t):
                    if low == "and" and not any(x.text.lower() in {"of", "for"} for x in cur + pending) \
                            and not par[max(0, cur[0].start - 12):cur[0].start].endswith("ministry of ") \
                            and not (cur[-1].text.lower() in _VALUE_WORDS and _PARTY_AHEAD.match(par, m.end())) \
                            and not (cur[-1].text.lower() in _FIELD_WORDS and len(cur) >= 2 and _OFFICE_AHEAD.match(par, m.end())) \
                            and not (len(cur) == 1 and cur[0].text.lower() in _DESK_WORDS and _OWNER_POSS_BEFORE.search(par, max(0, cur[0].start - 4), cur[0].start)
                                     and _OFFICE_AHEAD.match(par, m.end())) \
                            and not (len(cur) == 1 and not pending and _ONE_THEN_BODY.match(par, m.end())) \
                            and not (not pending and _country_with_and(par, cur, m.end())) \
                            and not (len(cur) <= 3 and not pending and _TRADE_THEN_MEMBERS.match(par, m.end())) \
                            and not (cur[-1].text == "Rights" and _RIGHTS_AND_BODY.match(par, m.end())):
                        # ("Justice and Development Party": two values then a party is one name;
                        # "Disaster Management and Relief Unit": two fields then an office, too;
                        # "Jammu and Kashmir Coalition": two one-word names, then the body's head)
                        runs.append(cur)
                        cur, pending = [], []
                        continue
                    if low == "the" and not (pending and pending[-1].text.lower() in {"of", "for"}):
                        runs.append(cur)
                        cur, pending = [], []
                        continue
                    pending.append(t)
                    continue
            runs.append(cur)
            cur, pending = [], []
            continue
        # _tok, inlined: this is the hot path.
        text, suffix = m.group("core", "poss")
        if text is None:
            text = m.group()
        end = start + len(text)
        if start and par[start - 1].isdigit() and text.isupper():
            # "Justicia 11J", "Grupo 7M": a date-named word is one word, its digits and letter
            k = start - 1
            while k and par[k - 1].isdigit():
                k -= 1
            if k and par[k - 1].isalpha():
                continue        # (inside a code such as "A11J": no name word)
            text, start = par[k:end], k
        poss = suffix is not None
        if text in lexicon.POST_NOMINALS and len(cur) >= 2 and not pending and par[start - 1:start] == " " \
                and not any(x.text.isupper() and len(x.text) > 1 for x in cur) and not _CAPITAL_NEXT.match(par, end):
            # "Eileen Moran SC, for the State", "Femi Ade SAN said": letters after a name
            # (a rank at the bar, a seat, an honour) end it and are no part of it
            runs.append(cur)
            cur = []
            continue
        t = Tok(text, start, end, poss, start in initial_at)
        low = text.lower()
        if low in lexicon.WEEKDAYS and not _weekday_group(par, end) and not _weekday_given_name(par, start, end) or (low in lexicon.MONTHS and (
                low != "may" or _DIGIT_AHEAD.match(par, end, end + 3)
                or _previous_word(par, start, starts) in _DATE_PREP)):
            if cur:
                runs.append(cur)
                cur, pending = [], []
            continue
        if "-" in text and text.endswith(_SEAT_MODIFIERS):
            # "the Lagos-based X", "a Kremlin-backed Y": where a body sits or who backs it is
            # said of it, no word of its name
            if cur:
                runs.append(cur)
                cur, pending = [], []
            continue
        if t.initial and not (text.isupper() and len(text) > 1):
            # Whether the next word is a capitalised one joined to this: only an initial
            # word needs to know.
            joined = False
            nm = _START.search(par, pos)        # where the next word starts
            if nm is not None:
                nxt = nm.start()
                if par[nxt].isupper():
                    # _gap_ok(par, t, <the next word>), inlined
                    if poss:
                        joined = _POSS_START.sub("", par[end:nxt]).strip() == "" and low in _JOINING_POSSESSIVES
                    else:
                        gap = par[end:nxt]
                        joined = end == nxt or gap.isspace() or (gap == ". " and (
                            low in _HONORIFICS or _initial_then_name(text, _TOKEN.match(par, nxt).group())))
            if not joined and low in lexicon.TITLE_HEADS and _TITLE_OF_AHEAD.match(par, end):
                joined = True       # "Minister of State for Information X" opening the sentence
            if not joined and low in _MEMBER_PLURALS and par.startswith(" for ", end) \
                    and par[end + 5:end + 6].isupper() and _CAUSE_AFTER.match(par, end + 5):
                joined = True       # "Lawyers for Liberty said": a group's name opens the sentence
            if not (joined and low in lexicon.NAME_ADJECTIVES) and (
                    low in lexicon.COMMON_CAPITALISED or (low in lower_vocab and not joined)):
                if cur:
                    runs.append(cur)
                    cur, pending = [], []
                continue
        if pending and low.rstrip(".") in _HONORIFICS:
            # "the Ebonyi State Police Command of Mr. X": a courtesy title never goes on with a name
            runs.append(cur)
            cur, pending = [], []
        if cur and _gap_ok(par, pending[-1] if pending else cur[-1], t):
            # (in place: a run is never extended once it is in runs)
            cur.extend(pending)
            cur.append(t)
            pending = []
        else:
            if cur:
                runs.append(cur)
            cur, pending = [t], []
        if poss and low not in _JOINING_POSSESSIVES and not (_poss_owner(low) and _poss_head_next(par, pos)) \
                and not (low[-1:] == "s" and _plural_poss_head(par, end)):
            runs.append(cur)
            cur, pending = [], []
    if cur:
        runs.append(cur)
    return runs


_CAPITAL_NEXT = Lazy(r"\s+[A-Z]")

_COMPASS_WORDS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}
# (where someone is from: "from Bekasi, ", "in ")
_FROM_PLACE_BEFORE = Lazy(r"\b(?:from|in|of|near)\s+(?:[A-Z][\w’'-]*\s*,\s*)?$")
_REMIT_HEADS = {"representative", "rapporteur", "envoy"}     # (bodies "on" a remit have their own rule)
# "Committee to Defend Free Speech": a body's head, "to", then a capitalised verb of its mission
_MISSION_VERB = re.compile(r" (?:Protect|Defend|Stop|End|Save|Free|Ban|Abolish|Promote|Prevent|Support|Restore|"
                           r"Release|Combat|Fight|Eliminate|Reform|Preserve|Safeguard|Uphold|Monitor|Investigate)\b")
_VALUE_WORDS = {"equality", "justice", "development", "democracy", "freedom", "liberty", "peace", "progress",
                "unity", "solidarity", "welfare", "prosperity", "labour", "labor", "law", "order", "reform",
                "renewal", "independence", "truth", "dignity", "hope", "future", "change", "rights"}
_PARTY_AHEAD = re.compile(r" (?:[A-Z][\w’'-]*\s+){1,3}Party\b")
_FIELD_WORDS = {"management", "planning", "research", "training", "relief", "reconstruction", "rehabilitation",
                "recovery", "prevention", "response", "control", "coordination", "monitoring", "evaluation",
                "mitigation", "preparedness", "resettlement", "development", "protection", "safety"}
# "the Council's Press and Rapid Response Unit": a body's desk, after its owner's possessive
_DESK_WORDS = _FIELD_WORDS | {"press", "information", "media", "communications", "communication", "legal", "public"}
_OWNER_POSS_BEFORE = re.compile(r"(?:[’']|[’']s) $")
_OFFICE_AHEAD = re.compile(r" (?:[A-Z][a-z]+\s+){1,2}(?:Unit|Centre|Center|Office|Agency|Authority|Directorate|"
                           r"Department|Commission|Committee|Bureau|Division|Service|Administration)\b")
_NEXT_WORD = re.compile(r"[’']?[sS]?\s+([A-Z][a-z]+)")
# "the Port Jute and Garment Workers' Federation": trades joined by "and", then their members' body
_TRADE_THEN_MEMBERS = re.compile(r" [A-Z][a-z]+ (?:Workers|Employees|Labourers|Laborers|Traders|Vendors|Growers|"
                                 r"Farmers|Drivers)[’']? (?:Union|Federation|Association|League|Council|Front|Alliance)\b"
                                 # ("the NSW Nurses and Midwives' Association": two professions, then their body)
                                 r"|(?<=s and) [A-Z][a-z]+s[’'] (?:Union|Federation|Association|League|Council|Alliance|Guild)\b")
# "the X Human Rights and Anti-Graft Commission": a rights body named for two remits is one name
_RIGHTS_AND_BODY = re.compile(r" (?:[A-Z][\w-]+\s+){1,2}(?:Commission|Council|Committee|Centre|Center|Institute|Authority)\b")
_ONE_THEN_BODY = re.compile(r" [A-Z][a-z]+ (?:Coalition|Commission|Committee|Council|Association|Federation|Union|"
                            r"Alliance|Network|Forum|Society|Police|Institute|Foundation|Centre|Center|Party|Front|"
                            r"Movement|Court|Tribunal|Assembly|Administration|Agency|Authority|Service)\b"
                            # ("the Employment and Labour Relations Court": a court's two fields, then "Court")
                            r"| [A-Z][a-z]+ [A-Z][a-z]+ (?:Court|Tribunal)\b")


# "Trinidad and Tobago", "Saint Kitts and Nevis": a country whose name is joined by "and"
_AND_COUNTRIES = {c.lower().split(" and ", 1)[0]: c.lower().split(" and ", 1)[1]
                  for c in lexicon.COUNTRY_NAMES if " and " in c}


def _country_with_and(par: str, cur: list[Tok], after_and: int) -> bool:
    """Whether the run's last words and the words after its "and" spell one country's name."""
    for k in (1, 2):
        rest = _AND_COUNTRIES.get(" ".join(t.text for t in cur[-k:]).lower())
        if rest is not None and par[after_and:after_and + len(rest) + 1].lower() == " " + rest:
            return not par[after_and + len(rest) + 1:after_and + len(rest) + 2].isalpha()
    return False


def _poss_owner(low: str) -> bool:
    """"prosecutor", "prosecutor-general": an office holder whose possessive opens a body's name."""
    return low in _POSS_OWNERS or "-" in low and all(p in _POSS_OWNERS for p in low.split("-"))


_NEXT_CAP_WORD = re.compile(r" ([A-Z][a-z]+)\b")


def _weekday_group(par: str, end: int) -> bool:
    """"the Saturday Mothers": a weekday then a plural of members names a group, not a day."""
    m = _NEXT_CAP_WORD.match(par, end)
    return m is not None and m.group(1).lower() in _MEMBER_PLURALS


_PLURAL_POSS_HEAD = re.compile(r"[’'] ([A-Z][a-z]+)\b")


def _plural_poss_head(par: str, end: int) -> bool:
    """"Harbour Porters' Union": a plural possessive then a body's head word opens a members' body."""
    m = _PLURAL_POSS_HEAD.match(par, end)
    return m is not None and m.group(1).lower() in lexicon.ORG_HEADS


def _poss_head_next(par: str, pos: int) -> bool:
    m = _NEXT_WORD.match(par, pos)
    if m is not None and m.group(1).lower() in _DESK_WORDS:
        m = _NEXT_WORD.match(par, m.end())     # "the Prime Minister's Media Office": a desk of the office
    return m is not None and m.group(1).lower() in _POSS_HEADS


def _previous_word(par: str, start: int, starts: set[int]) -> str | None:
    """The lowercased word before the one at start ("in May"); rare, so found by a rescan."""
    prev = None
    for m in _TOKEN.finditer(par):
        if m.start() >= start:
            break
        prev = m
    return _tok(par, prev, starts).text.lower() if prev is not None else None


_PAPER_ENDS = frozenset({"Paper", "Newspaper", "News", "Gazette", "Tribune", "Chronicle", "Newsroom"})


def _outlet_forms(name: str) -> tuple[str, ...]:
    """A masthead's name and the forms a story calls it by: "the city paper bogotá" is also
    "city paper bogotá" and "city paper" (its country or capital left off)."""
    forms = [name]
    if name.startswith("the "):
        forms.append(name[4:])
    forms += [f.rsplit(" ", 1)[0] for f in list(forms) if f.count(" ") >= 2 and _is_place_word(f.rsplit(" ", 1)[1])]
    return tuple(forms)


def _is_place_word(word: str) -> bool:
    """A country or a capital, in lower case ("bogotá", "kenya"): the place a masthead may end in."""
    return _country(word.title()) is not None or any(c.lower() == word for c in lexicon.CAPITALS)


# "shared with The City Paper", "questions from the paper": a preposition and its article
_PREP_THE_BEFORE = re.compile(r"\b(?:with|from|by)\s+(?:the\s+|The\s+)?$")


@lru_cache(maxsize=4096)
def _norm(s: str) -> str:
    return _SPACE_RUN.sub(" ", s.replace("’", "'")).strip().lower()


def _text(par: str, run: list[Tok]) -> str:
    return par[run[0].start: run[-1].end]


def _head_index(run: list[Tok]) -> int:
    for i, t in enumerate(run):
        if t.text.lower() in {"of", "for", "against", "to"} and i > 0:
            return i - 1
    return len(run) - 1


def _head_index_of(texts: tuple[str, ...]) -> int:
    for i, t in enumerate(texts):
        if t.lower() in {"of", "for", "against", "to"} and i > 0:
            return i - 1
    return len(texts) - 1


@lru_cache(maxsize=8192)     # (a pure function of the name: the lexicon never changes)
def _country(name: str) -> str | None:
    if len(name) <= 4 and not name.replace(".", "").isupper() and len(name.replace(".", "")) <= 3:
        return None     # "for Us" in a title: initials name a country only in capitals ("US", "U.S.")
    key = _norm(name)
    if key in lexicon.BLOCS:
        return lexicon.BLOCS[key]
    return lexicon.COUNTRY_NAMES.get(key) or lexicon.COUNTRY_NAMES.get(key.replace(" ", ""))


def _international(name: str) -> tuple[str, str] | None:
    key = _norm(name)
    if key in lexicon.INTERNATIONAL and not (key in lexicon.COMMON_CAPITALISED and not name.isupper()):
        # (an acronym that is also a word, "WHO", counts in capitals only: "Who pays?")
        return lexicon.CANONICAL_INTERNATIONAL.get(key, name), lexicon.INTERNATIONAL[key]
    return None


def _org_type(run: list[Tok], par: str) -> str | None:
    """Type from the organisation-name shape, or None when it is not one."""
    if len(run) < 2:
        return None
    return _org_shape(tuple([t.text for t in run]), _text(par, run))


def _head_type(head: str) -> tuple[str, str | None]:
    """A name's head word (lower case) and the type it gives, if any."""
    typ = lexicon.ORG_HEADS.get(head)
    if typ is None and "-" in head:
        # "Democratic Action Party-Kenya": a head with its country joined on
        first, _, rest = head.partition("-")
        if first in lexicon.ORG_HEADS and _country(rest):
            return first, lexicon.ORG_HEADS[first]
    if typ is None and head == "bar":
        return head, "ngo"      # "the Malaysian Bar": the lawyers' body
    return head, typ


# "Nigeria Labour Congress", "Trades Union Congress": workers' federations named as congresses
_WORKERS_CONGRESS = {"labour", "labor", "trades", "trade", "workers", "workers'", "union", "unions"}


# A company's legal form, before its name (Indonesia's "PT", "CV") or after it
_COMPANY_FIRST = {"PT", "CV"}
_COMPANY_LAST = {"Ltd", "Limited", "Inc", "Corp", "Plc", "PLC", "Bhd", "Tbk", "LLC", "GmbH"}
_NAMED_PLACE = re.compile(r"\b((?:[A-Z][\w’'-]+\s+){1,3}?)(?:Village|Town|Township|District|Province|County|"
                          r"Municipality|Parish|Commune|Region|village|town|district|province|county|"
                          r"villages|towns|districts|provinces|counties)\b")
# "schools in the North West will ...", "On Cerro Rico, the ...": a name set after a preposition of
# place and closed by a stop is where something happens, never who
_IN_PLACE = re.compile(r"(?:\b(?:in|near|across|around|outside|throughout)\s+(?:the\s+)?|(?:^|[.!?]\s+)On\s+)"
                       r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]*[a-z])(?=[,.;:]|\s+(?:will|would|is|was|where)\b)")
# A name whose last word is a place's kind ("Orange Walk Town") is the place
_PLACE_LAST = {"Village", "Town", "Township", "District", "Province", "County", "Municipality", "Parish",
               "Commune", "Region", "City", "Hills"}


_PLACE_HEAD_WORD = re.compile(r"(?:[Vv]illage|[Tt]own|[Dd]istrict|[Pp]rovince|[Cc]ount(?:y|ies)|Municipality|Parish|Commune|Region)\b")


def _place_names(paragraphs) -> set[str]:
    return {m.group(1).strip() for p in paragraphs if _PLACE_HEAD_WORD.search(p) for m in _NAMED_PLACE.finditer(p)} | {
        m.group(1) for p in paragraphs for m in _IN_PLACE.finditer(p)}


def _firm_of(b: _Builder, firms: list, toks: tuple[str, ...], n: int) -> _Actor | None:
    """The one company named before paragraph n whose name opens with these words and ends in
    its trade or legal form ("Boreal West" of "Boreal West Forest Products"), or the one First
    Nation named before."""
    found = [a for a in firms if len(a.key.split()) > len(toks)
             and (tuple(a.key.split()[:len(toks)]) == toks and _firm_name(a.key) == "last"
                  # ("the First Nation says" after "Sagatay Lake First Nation": the nation by its kind)
                  or toks in (("First", "Nation"), ("First", "Nations")) and tuple(a.key.split()[-2:]) == toks
                  # ("Cerro Alto said" after "Minera Cerro Alto": the firm without its trade)
                  or _firm_name(a.key) == "first" and tuple(a.key.split()[1:]) == toks)
             and any(r[0] <= n and r[3] == a.key for r in b.raw)]
    return found[0] if len(found) == 1 else None


def _firm_name(key: str) -> str | None:
    """Where a body's name shows it is a firm: its trade or legal form at the "last" word, its trade
    as the "first" ("Minera ..."), or None."""
    words = key.split()
    if len(words) < 2:
        return None
    if words[-1].lower() in lexicon.FIRM_TRADES or words[-1] in _COMPANY_LAST:
        return "last"
    return "first" if words[0] in lexicon.FIRM_TRADES_FIRST else None


@lru_cache(maxsize=8192)
def _org_shape(texts: tuple[str, ...], text: str) -> str | None:
    """_org_type from the words and the text alone (cached: names recur)."""
    head, typ = _head_type(texts[_head_index_of(texts)].lower())
    if typ is None and head == "congress" and len(texts) >= 2 and texts[_head_index_of(texts) - 1].lower() in _WORKERS_CONGRESS:
        typ = "ngo"
    if typ is None and len(texts) >= 3 and (texts[0] in _COMPANY_FIRST or texts[-1] in _COMPANY_LAST):
        return "ngo"            # "PT Borneo Logam Jaya", "Kilima Mining Ltd": a company's legal form
    if typ is None and len(texts) >= 3 and texts[-2:] in (("First", "Nation"), ("First", "Nations")):
        return "government"     # "Sagatay Lake First Nation": an Indigenous nation's own government
    if typ is None and len(texts) >= 2 and texts[0] in lexicon.FIRM_TRADES_FIRST:
        return "ngo"            # "Minera Cerro Alto", "Constructora Andina": a firm named by its trade first
    if typ is None and len(texts) >= 2 and texts[-1].lower() in lexicon.FIRM_TRADES and texts[0][:1].isupper():
        return "ngo"            # "Boreal West Forest Products", "Kivu Mining Corporation": a firm by its trade
    if typ is None and head in ("intelligence", "branch") and len(texts) == 2 and texts[0].lower() in _SECURITY_FIRST:
        return "government"     # "Military Intelligence", "Special Branch": a security service's unit
    if typ is None and head in _POLICE_AREAS and len(texts) >= 2 and texts[-2].lower() == "police":
        return "government"     # "Northern Police Range", "Metropolitan Police Zone": a force's area command
    if typ is None and len(texts) >= 3 and texts[-2].lower() in _SCHOOL_HEADS:
        return "ngo"            # "Federal University Ilorin": the seat after the school's head word
    if typ is None and texts[0].lower() in lexicon.ROMANCE_ORG_HEADS and (any(
            t in {"de", "del", "da", "do", "dos", "das"} for t in texts[1:])
            # ("Partido Manggagawa", "Movimiento Ciudadano": a party's head word needs no "de")
            or len(texts) >= 2 and lexicon.ROMANCE_ORG_HEADS[texts[0].lower()] == "party"):
        head = texts[0].lower()         # "Coordinadora Regional de Pueblos Indígenas": the head opens it
        typ = lexicon.ROMANCE_ORG_HEADS[head]
    if typ is None:
        return None
    if head == "service" and _LANGUAGE_SERVICE.match(text):
        return "ngo"
    name = _norm(text)
    if re.search(r"\b(?:united nations|european parliament|european union|un)\b|\bu\.n\.", name):
        return "international"
    typ = _refined(name, head, typ)
    if head == "unit" and re.search(r"\b(?:police|army|military|investigation|security|intelligence|disaster|emergency|"
                                    r"counter[- ]?\w+|crime|anti[- ]?\w+)\b", name):
        return "government"     # a police or military unit; other units are groups
    if head == "court" and "royal" in name.split() and "justice" not in name.split():
        return "government"     # "the Royal Court": a monarch's office, no bench
    if head == "chamber" and not lexicon.JUDICIAL_WORDS & set(name.split()):
        return "ngo" if re.search(r"\b(?:commerce|industry|business|trade)\b", name) else "government"
    if head == "house" and re.search(r"\bhouse of (?:representatives|commons|lords|councillors|delegates|"
                                     r"assembly|peoples?|the people)\b", name):
        return "government"      # a chamber of parliament, not a charity's "House"
    return typ


_POLICE_AREAS = {"range", "zone", "region", "circle", "division", "district", "command", "area"}
_SECURITY_FIRST = {"army", "military", "police", "naval", "navy", "defence", "defense", "detective", "special",
                   "criminal", "security", "border"}
_POLITICAL_WORDS = re.compile(r"\b(?:democratic|democrats?|liberal|conservative|socialist|communist|republican|"
                              r"progressive|labou?r|people'?s|nationalist|christian democratic|islamic)\b")
_CIVIC_WORDS = re.compile(r"\b(?:rights|media|press|journalists?|lawyers?|reporters?|workers|trade|students?|disobedience|"
                          r"women'?s?|farmers|teachers|unions?|legal|bar)\b")
_DETENTION_WORDS = re.compile(r"\b(?:detention|confinement|correctional|correction|prison|penitentiary|"
                              r"rehabilitation|reeducation|re-education|internment|custody)\b")
_ARMED_GROUP_WORDS = re.compile(r"\b(?:independence|liberation|revolutionary|resistance|people'?s|peoples'?|"
                                r"defen[cs]e|rebel|insurgent|democratic|patriotic|salvation)\b")
_REGIONAL_BODY = re.compile(r"^(?:the )?(?:european|inter-american|african|asean|arab|pacific islands) "
                            r"|^(?:the )?organi[sz]ation (?:of|for) (?:the )?(?:islamic|american|african|security|"
                            r"economic|petroleum)")


_FORENSIC_WORDS = re.compile(r"\b(?:legal medicine|forensic medicine|forensic science|forensics?|medico-legal)\b")


_CHANNEL_NUMBER = re.compile(r" \d{1,2}(?![\d.:,/-])(?!\s+[A-Z])")
_SLASHED_BEFORE = re.compile(r"(?<![\w/])[A-Z]{2,5}/$")
_ACRONYM_POSS_BEFORE = re.compile(r"(?<![\w/])(?:[A-Z]{2,5}/)?[A-Z]{2,5}[’']s $")
# "VOA's Uzbek Service": an acronym's service in one language is a broadcaster's desk
_LANGUAGE_SERVICE = re.compile(r"^[A-Z][A-Z/]+[’']s [A-Z][a-z]+ Service$")


def _refined(name: str, head: str, typ: str) -> str:
    """The head's type, corrected by what the whole name says: a movement for rights or the press is a
    group, an alliance of democrats a party, a detention centre the state's, a regional bloc's organ
    international, the lawyers' bar council a group."""
    if head in {"movement", "league", "front"} and typ == "party" and _CIVIC_WORDS.search(name):
        return "ngo"
    if head in {"alliance", "front", "movement", "league", "coalition"} and typ == "ngo" \
            and _POLITICAL_WORDS.search(name) and not _CIVIC_WORDS.search(name):
        return "party"
    if head in {"army", "force", "forces", "brigade", "brigades", "battalion", "regiment"} and _ARMED_GROUP_WORDS.search(name) \
            and not any(_country(w) or w.capitalize() in _GOV_OWNER for w in name.split()):
        return "ngo"            # "Kachin Independence Army", "People's Defence Force": not the state's
    if head in {"center", "centre"} and _DETENTION_WORDS.search(name) and "rights" not in name.lower():
        return "government"     # (a centre for rights and rehabilitation is a group that helps victims)
    if head in {"institute", "service"} and _FORENSIC_WORDS.search(name.lower()):
        return "government"     # "Institute of Legal Medicine", "Forensic Service": the state's coroners
    if head in {"division", "bench", "branch"} and re.search(r"\b(?:court|tribunal)\b", name):
        return "court"          # "the High Court Commercial Division": a court sits in its divisions
    if typ == "government" and re.search(r"\b(?:bar|lawyers|journalists)\b", name) \
            and head in {"council", "committee", "association", "commission"}:
        return "ngo"
    if typ == "government" and _REGIONAL_BODY.search(name) or typ == "ngo" and _REGIONAL_BODY.search(name) \
            and head in {"organisation", "organization"}:
        return "international"
    return typ


_TITLE_WORDS = lexicon.TITLE_HEADS | {"prime", "vice", "deputy", "foreign", "affairs", "state",
                                      "interior", "former", "acting", "special", "senior", "chief"}


def _split_title(run: list[Tok]) -> tuple[list[Tok], list[Tok]] | None:
    """("Prime Minister", "Ana Lima") from "Prime Minister Ana Lima"; None without a title."""
    cut = _title_cut(tuple([t.text for t in run]))
    return None if cut is None else (run[:cut], run[cut:])


_NOT_IN_NAME = _TITLE_WORDS | _CONNECTORS
_BROADCAST_ENDS = {"FM", "TV"}
_TRADITIONAL = frozenset(w.capitalize() for w in lexicon.TRADITIONAL_TITLES)   # as written: no lower() per run
_REGNAL = Lazy(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")     # II .. XXIX after a ruler's name


_CAUSE_BEFORE = re.compile(r"(?<![\w’'-])(?:Rights|Transparency|Freedom|Democracy|Equality|Accountability) $")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:village|town|township|district|province|island|county|region|municipality|"
                               r"commune|ward|settlement|parish|constituency|villages|towns|districts|provinces|islands|"
                               r"counties|regions|municipalities|communes|wards|parishes|constituencies)\b")
_FACILITY_HEADS = {"hospital", "university", "college", "school", "academy", "airport", "stadium", "mosque",
                   "cathedral", "clinic", "institute", "foundation", "museum", "prison", "polytechnic", "seminary",
                   "barracks", "airbase", "library", "park", "square", "street", "road", "avenue", "bridge", "market",
                   "gardens", "plaza", "memorial", "monument", "grounds"}


# Words that open a place's name of two words ("San Pedro", "Port Moresby", "New Delhi")
_SAINT_ABBREVIATIONS = {"St", "Ste", "Sta", "Sto"}
_PLACE_FIRST_WORDS = {"San", "Santa", "Santo", "São", "Sao", "Saint", "Port", "Puerto", "Porto", "New", "Fort", "Mount",
                      "El", "La", "Los", "Las", "Le", "Cape", "Lake", "Kuala", "Addis", "Buenos"} | _SAINT_ABBREVIATIONS


_NAME_INNER_TITLES = {"sheikh", "sheik", "haji", "hajji"}


# An office's link word just before a run: what follows is its portfolio ("Minister of State for ...")
_PORTFOLIO_LINK_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Ombudsman|Rapporteur|Envoy|Spokesperson|"
                                    r"Spokesman|Spokeswoman|Minister of State|Secretary of State)\s+(?:for|of)\s+(?:the\s+)?$")


_CAPITAL_ROLES = frozenset(lexicon.ROLE_NOUNS - lexicon.RELATION_NOUNS - set(lexicon.GENDER_NOUNS))


# (a word after a preposition of place, or before "-based")
_AT_PLACE = Lazy(r"\b(?:in|from|across|around|throughout|outside|inside|to)\s+([A-Z][\w’'-]*)|([A-Z][\w’']*)-based\b")


def _place_in_text(b: _Builder, word: str) -> bool:
    """Whether the text uses the word as a place somewhere ("in Sarawak", "the Sarawak-based group")."""
    return any(word in m.groups() for par in b.pars if word in par for m in _AT_PLACE.finditer(par))


def _plain_title_word(w: str) -> bool:
    return w[:1].isupper() and w.replace("-", "").isalpha()


def _name_like(w: str) -> bool:
    """A capitalised word that could be a given name or a surname: no office's, body's or country's."""
    low = w.lower()
    return w[:1].isupper() and w[1:2].islower() and w.replace("-", "").replace("'", "").replace("’", "").isalpha() \
        and low not in lexicon.PORTFOLIO_WORDS and low not in lexicon.ORG_HEADS and low not in lexicon.ROLE_NOUNS \
        and low not in _NOT_IN_NAME and low not in _PLACE_NOUNS and low not in lexicon.COMMON_CAPITALISED \
        and not _country(w)


@lru_cache(maxsize=8192)
def _title_cut(texts: tuple[str, ...]) -> int | None:
    """Where the name starts after a title, from the words alone (cached: names recur)."""
    best = None
    i = 0
    while i < len(texts):
        low = texts[i].lower()
        if low == "member" and i + 2 < len(texts) and texts[i + 1] == "of" and texts[i + 2] in ("Parliament", "Congress"):
            best = i = i + 3        # "Member of Parliament X": a legislator's title
            continue
        if (low in lexicon.TITLE_HEADS or "-" in low and _hyphen_title(low)
                # "Chief District Election Officer X": the last word of a long office (alone, "Officer
                # X" after "Police" is read as the trade it is)
                or low == "officer" and i > 0
                # "Mayoral Committee Member for Transport X", "MEC for Health X": a member's portfolio
                or low in {"member", "mec"} and i + 1 < len(texts) and texts[i + 1] == "for"
                # "SIPTU Sector Organiser X Y", "Field Coordinator X Y": a role noun written as a title,
                # then nothing but a name of two or three words
                or low in _CAPITAL_ROLES and 2 <= len(texts) - i - 1 <= 3 and texts[i][:1].isupper()
                and all(_name_like(t) for t in texts[i + 1:])) \
                and low not in {"deputy", "lady", "major"} and not (
                # ("Abdiweli Sheikh Omar": inside a Somali or Arabic name the word is a name's)
                low in _NAME_INNER_TITLES and i > 0 and texts[i - 1][:1].isupper() and texts[i - 1].isalpha()
                and texts[i - 1].lower() not in lexicon.PORTFOLIO_WORDS and texts[i - 1].lower() not in lexicon.ORG_HEADS
                and texts[i - 1].lower() not in lexicon.TITLE_HEADS and texts[i - 1].lower() not in lexicon.ROLE_NOUNS) and not (
                # ("Court of Justice", "Justice Ministry"; but "Superior Court Justice X" is a judge)
                low == "justice" and (i > 0 and texts[i - 1].lower() in {"of", "for"}
                                      or any(t.lower() in lexicon.ORG_HEADS for t in texts[i + 1:]))):
            j = i + 1
            if j < len(texts) and texts[j].lower() in {"of", "for"}:
                j += 1
                if j < len(texts) and texts[j].lower() == "the":
                    j += 1
                # The portfolio: "for Security", "of Foreign Affairs", "for Justice and Home Affairs".
                k = j
                while k < len(texts) and k - j < 8 and texts[k].lower() in lexicon.PORTFOLIO_WORDS:
                    k += 1
                if k + 2 < len(texts) and texts[k - 2:k] == ("of", "the") \
                        and texts[k].lower() in _STATE_WORDS and texts[k + 1] == "of" and _country(texts[k + 2]):
                    k += 3      # "Deputy Minister of Justice of the Republic of Armenia X": the state's name
                elif k > j and k < len(texts) and texts[k - 1] == "of" and _country(texts[k]):
                    k += 1      # "Minister of Justice of Armenia X"
                if k > j and k < len(texts) and texts[k - 1].lower() in {"and", "of", "for", "the"}:
                    # "Commissioner for Civil and Political Rights": a portfolio never ends on a
                    # link word; it goes on in words the lexicon lacks, so no name is cut off it
                    # (unless an honorific closes it: "Minister of Health and Wellness Dr. X")
                    h = next((h for h in range(k, len(texts) - 2) if texts[h].lower() in _HONORIFICS), None)
                    if h is None:
                        # "Minister of State for Older People Niamh Murphy": a portfolio in words the
                        # lexicon lacks, then a first name and a surname; two words are no portfolio and
                        # a name at once, so at least three must follow the link word
                        h = len(texts) - 2
                        if h - k < 1 or not all(_plain_title_word(t) for t in texts[k:h]) \
                                or not all(_name_like(t) for t in texts[h:]):
                            return None
                    k = h
                if k == j and low in {"member", "mec"}:
                    # "the Member for Bel Ombre": a legislator's seat, a place of any length, names
                    # nobody (unless an honorific opens the name: "Member for X Hon. Y")
                    h = next((h for h in range(j, len(texts) - 1) if texts[h].lower() in _HONORIFICS), None)
                    if h is None:
                        return None
                    k = h
                # (the place of an office may take two words: "Mayor of San Pedro" names nobody)
                j = k if k > j else j + 2 if j + 1 < len(texts) and texts[j] in _PLACE_FIRST_WORDS else j + 1
                if j < len(texts) and texts[j].lower() == "affairs":
                    j += 1
            best = j
            i = j
            continue
        i += 1
    if best is None or best >= len(texts):
        return None
    for k in range(len(texts) - 2, best - 1, -1):
        if texts[k].lower() in _HONORIFICS:
            # "Minister of Rural Water Hon. X", "Deputy Minister Dr. X": the honorific closes the
            # title (and a portfolio the lexicon lacks); it names nobody
            best = k + 1
            break
    name = texts[best:]
    if len(name) >= 2 and name[-1].lower() in _FACILITY_HEADS:
        return None     # "Prince Wellington Ngu Hospital": a place named after a titled person
    # (an Arabic or Malay name runs longer: "Hessa bint Khalid Al Mannai")
    if not 1 <= len(name) <= (6 if any(t in _NAME_JOINS for t in name[1:-1]) else 4) or any(t.lower() in _NOT_IN_NAME and not (
            t in _SURNAME_PARTICLES and 0 < i < len(name) - 1) and not (
            # "Judge Do Van Hung", "Senator De Lima": a capitalised particle is a name word
            t[:1].isupper() and t.lower() in _CONNECTORS and t.lower() not in {"of", "for", "and", "the"})
            for i, t in enumerate(name)):
        return None
    if any(t.isupper() and len(t) > 1 and not (k == len(name) - 1 and k and _REGNAL.fullmatch(t))
           and not (k < len(name) - 1 and _INITIALS.fullmatch(t)) for k, t in enumerate(name)):
        return None     # ("Emir Sanusi II": a regnal number closes a ruler's name)
    if all(t.lower() in _OFFICE_NOUNS for t in name):
        return None     # "District Chief Executive": the office ends in a role noun, no name follows
    if all(t.lower() in lexicon.RANK_ABBREVIATIONS for t in name):
        return None     # "Deputy Minister of X Lt. Gen. Y": the rank before the name is no name
    if len(name) == 1 and name[0].lower() in _PLACE_NOUNS:
        return None     # "King Street", "Bishop Road": a place named after a title, no person
    if len(name) == 1 and (name[0].lower() in _COMPASS or name[0].lower() in _STATE_WORDS):
        # "Regional Minister East", "Ombudsman of the Ruritanian Republic": the office's region or
        # state, no person
        return None
    return best


_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
            "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest"}
_STATE_WORDS = {"republic", "federation", "kingdom", "emirate", "emirates", "commonwealth", "confederation", "sultanate"}
_PLACE_NOUNS = {"street", "road", "avenue", "square", "boulevard", "lane", "highway", "bridge", "hospital", "hotel",
                "stadium", "airport", "prison", "cathedral", "church", "mosque", "college", "school", "university"}
_TITLE_PARTS = lexicon.TITLE_HEADS | lexicon.ROLE_NOUNS | {"vice", "auditor", "procurator", "surgeon", "postmaster",
                                                         "controller", "comptroller", "inspector"}


def _hyphen_title(low: str) -> bool:
    """"Inspector-General", "Director-General": a title made of titles."""
    first, *rest = low.split("-")
    if rest and rest[-1] == "law" and first in _TITLE_PARTS and all(p in {"at", "of"} for p in rest[:-1]):
        return True     # "Attorney-at-law", "Barrister-at-law": a title written with its field
    return all(p in _TITLE_PARTS for p in low.split("-"))


_INITIAL_WORD = re.compile(r"[A-Za-z][\w’']*")


def _initials(name: str) -> str:
    return "".join(w[0] for w in _INITIAL_WORD.findall(name)
                   if w.lower() not in {"of", "for", "and", "the", "de"}).upper()


_GOV_OWNER = {adj: c for c, adj in lexicon.COUNTRY_ADJECTIVES.items()}
_GOV_OWNER.update({f"{c}'s": c for c in lexicon.COUNTRY_ADJECTIVES})
_OWNER_WORD = re.compile(r"[A-Za-z]+(?:'s)?")
_GOVERNMENT_WORD = re.compile(r"\b(?:government|authorities)\b"
                              r"|\b[Gg]overnment\s+of\s+(?:the\s+)?(?P<of>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


class _Builder:
    def __init__(self, paragraphs: tuple[str, ...]):
        self.pars = paragraphs
        self.actors: dict[str, _Actor] = {}
        self.raw: list[tuple[int, int, int, str, str, bool]] = []   # par, start, end, key, form, poss
        self.person_full: list[tuple[int, int, str]] = []             # (par, start, key) full mentions
        self.other_names: list[tuple[int, int, tuple]] = []           # name-shaped runs, not actors
        # (one pass over the text: no word spans the line breaks joining the paragraphs)
        self.lower_vocab = set(_LOWER_WORD.findall("\n".join(paragraphs)))
        self.claimed: dict[int, list[tuple[int, int]]] = {}    # par -> spans named with "(ACR)"
        self.acronym_keys: dict[str, str] = {}                  # "CPJ" -> its full name
        self.outlets: frozenset[str] = frozenset()              # the page's own masthead, normalised
        self.titled_names: set[tuple[str, ...]] = set()         # names of two words or more after a title
        self._governments: set[str] | None = None

    def actor(self, key: str, typ: str, form: str, rank: int) -> _Actor:
        a = self.actors.get(key)
        if a is None:
            a = self.actors[key] = _Actor(key, typ, rank=rank)
        elif _TYPE_RANK.get(typ, 9) < _TYPE_RANK.get(a.type, 9) and a.type != "person":
            a.type = typ
        if form not in a.forms:
            a.forms.append(form)
        return a

    def named_governments(self) -> set[str]:
        """Countries whose government the article names as such ("the Lao government",
        "Sri Lanka's government", "Sri Lankan authorities", "the government of X")."""
        if self._governments is None:
            found = set()
            for par in self.pars:
                if "overnment" not in par and "uthorities" not in par:
                    continue
                for m in _GOVERNMENT_WORD.finditer(par):
                    if m.group("of"):
                        c = _country(m.group("of"))
                    else:
                        # the one to three words before: "Lao", "Sri Lankan", "Sri Lanka's"
                        ws = _OWNER_WORD.findall(par[max(0, m.start() - 30):m.start()].replace("’", "'"))
                        c = next((_GOV_OWNER[k] for k in (" ".join(ws[-i:]) for i in (3, 2, 1) if len(ws) >= i)
                                  if k in _GOV_OWNER), None)
                    if c:
                        found.add(c)
            self._governments = found
        return self._governments

    def add(self, n: int, start: int, end: int, key: str, form: str, poss: bool) -> None:
        self.raw.append((n, start, end, key, form, poss))


def build(paragraphs: tuple[str, ...], people: tuple[str, ...] = (), outlets: tuple[str, ...] = ()) -> ActorIndex:
    """`people`: names the page's structure shows to be persons (an interview's interviewee);
    `outlets`: the page's own masthead ("she told Enab Baladi" names the outlet, no person)."""
    b = _Builder(paragraphs)
    b.outlets = frozenset(f for o in outlets if o for f in _outlet_forms(_norm(o)))
    pending_names: list[tuple[int, list[Tok], bool]] = []   # name runs awaiting a person cue
    singles: list[tuple[int, Tok]] = []
    acronyms: list[tuple[int, Tok, str | None]] = []
    person_cued: set[str] = set(people)

    # Shapes most articles never hold: looked for in a paragraph only when the article has a hint.
    whole = "\n".join(paragraphs)
    nick = any(rx.search(whole) for rx in _NICK_HINT_PARTS) and _NICK_HINT.search(whole) is not None
    missions = "mbassy" in whole or "elegation" in whole or "onsulate" in whole or "Mission " in whole or " Office in " in whole
    # (the keys the whole text holds: a paragraph can hold no other)
    known_keys = [k for k in _KNOWN_KEYS if k in whole]
    known = bool(known_keys)
    armed_keys = [k for k in lexicon.ARMED_GROUPS if k in whole]
    armed = bool(armed_keys)
    states = [k for k in lexicon.REGIONAL_STATES if k in whole]
    forces = " police" in whole
    institutions = " high court" in whole or " prison" in whole or " court " in whole
    prison_acts = " prison" in whole and _PRISON_ACTS.search(whole) is not None
    numbered = any(k in whole for k in _NUMBERED_KEYS) and next(_numbered_orgs(whole), None) is not None
    # (a legislator's role word must be there: a substring test spares the regex most articles)
    legislator_words = [k for k in _LEGISLATOR_WORDS if k in whole]
    party_members = bool(legislator_words)
    party_voice = "the party" in whole and "spokes" in whole
    caps_numbered = _CAPS_HINT.search(whole) is not None and _CAPS_NUMBERED.search(whole) is not None
    known_as = " known " in whole
    # (a UN office the text also names by its initials is that acronym's actor)
    un_lower = ("U.N. " in whole or "UN " in whole or "United Nations " in whole) and not (
        # (every match of _UN_NAMED holds one of its head words: a substring test first)
        ("office" in whole or "agency" in whole or "secretariat" in whole) and _UN_NAMED.search(whole) is not None)
    word_bodies = _member_bodies(paragraphs, b.lower_vocab) if " members" in whole or " other " in whole or "-affiliated" in whole else set()
    for n, par in enumerate(paragraphs, 1):
        if "(" in par:
            _parenthesised(b, n, par)
        if word_bodies and any(w in par for w in word_bodies):
            _word_bodies(b, n, par, word_bodies)
        if known_as and " known " in par:
            _body_known_as(b, n, par)
        if nick and _NICK_HINT.search(par):
            _nicknamed(b, n, par)
        if _POST_HONORIFIC_HINT.search(par):
            _post_honorific(b, n, par)
        if missions and ("mbassy" in par or "elegation" in par or "onsulate" in par or "Mission " in par
                         or " Office in " in par):
            _missions(b, n, par)
        if known and any(k in par for k in known_keys):
            _known_ngos(b, n, par)
        if armed and any(k in par for k in armed_keys):
            _armed_groups(b, n, par)
        if states and any(k in par for k in states):
            _regional_states(b, n, par)
        if forces and " police" in par:
            _police_forces(b, n, par)
        if institutions and (" high court" in par or " prison" in par or " court " in par):
            _place_institutions(b, n, par, prison_acts)
        for m in (_PARTY_MEMBER.finditer(par) if party_members and any(k in par for k in legislator_words)
                  else ()):
            _party_member(b, n, m)
        for m in (_LOWER_PARTY.finditer(par) if " party" in par or " movement" in par else ()):
            _lower_party(b, n, m)
        for m in (_SPOKES_FOR_PARTY.finditer(par) if party_voice and "the party" in par else ()):
            _party_voice(b, n, par, m)
        for m in (_NAMED_BODY_VOICE.finditer(par) if "spokes" in par else ()):
            _body_with_a_voice(b, n, par, m)
        for m in (_QUOTED_BODY.finditer(par) if ('"' in par or "“" in par or "«" in par) else ()):
            _quoted_body(b, n, m)
        for m in (_NAME_THEN_KIND.finditer(par) if "he " in par else ()):
            _name_then_kind(b, n, m)
        for m in (_UN_LOWER_BODY.finditer(par) if un_lower and ("U.N. " in par or "UN " in par or "United Nations " in par) else ()):
            # "a spokesperson for the U.N. human rights office said": an agency of the UN the text
            # names in lower case is the actor when it speaks, never the UN as a whole
            if _SPEAKS_AFTER.match(par, m.end()) or _VOICE_BEFORE.search(par, max(0, m.start() - 30), m.start()):
                key = m.group()
                b.actor(key, "international", key, _TYPE_RANK["international"])
                b.add(n, m.start(), m.end(), key, key, False)
                b.claimed.setdefault(n, []).append((m.start(), m.end()))
        for m in (_COUNTRY_MANDATE.finditer(par) if "Rapporteur on" in par else ()):
            # "the UN Special Rapporteur on the situation of human rights in Ruritania": a mandate
            # named after its country is one international actor, words in lower case and all
            key = m.group()
            b.actor(key, "international", key, _TYPE_RANK["international"])
            b.add(n, m.start(), m.end(), key, key, False)
            b.claimed.setdefault(n, []).append((m.start(), m.end()))
        for m in (_CAPS_NUMBERED.finditer(par) if caps_numbered else ()):
            # "a lawyer at CHARTER 88": a body's name in capitals with a number, where a person works
            # (a covenant's "Article 19 of ..." is written otherwise)
            if m.group("w") in _NOT_CAPS_NAMES or not _AFFILIATION_BEFORE.search(par, max(0, m.start() - 6), m.start()):
                continue
            key = m.group()
            b.actor(key, "ngo", key, _TYPE_RANK["ngo"])
            b.add(n, m.start(), m.end(), key, key, False)
            b.claimed.setdefault(n, []).append((m.start(), m.end()))
        for m in (_numbered_orgs(par) if numbered else ()):
            # "the rights group The 88 Project": a numeral opens the name
            key = m.group()
            b.actor(key, "ngo", key, _TYPE_RANK["ngo"])
            b.add(n, m.start(), m.end(), key, key, False)
            b.claimed.setdefault(n, []).append((m.start(), m.end()))
    if prison_acts:
        _prison_by_place(b)
    runs_of = [_runs(par, b.lower_vocab) for par in paragraphs]
    # ("Senator Bello" before "Senator Yusuf Bello": the short form of a name the text gives later)
    b.titled_names = {tuple(t.text for t in split[1]) for runs in runs_of for run in runs
                      if (split := _split_title(run)) and len(split[1]) >= 2}
    for n, par in enumerate(paragraphs, 1):
        for m in (_LOWER_GOV.finditer(par) if "inistry of " in par else ()):
            name = m.group(0)
            key = name[0].upper() + name[1:]
            key = re.sub(r"\bof (the )?([a-z])", lambda g: "of " + (g.group(1) or "") + g.group(2).upper(), key)
            b.actor(key, "government", name, 2)
            b.add(n, m.start(), m.end(), key, name, False)
        for run in runs_of[n - 1]:
            _classify(b, n, par, run, pending_names, singles, acronyms, person_cued)
    _lower_bodies(b)
    _place_offices(b)
    _local_officers(b)
    _local_councils(b)
    _named_ministers_ministry(b)
    _city_bodies(b)
    _local_governments(b)
    _governments_speaking(b)
    _government_voices(b)
    _police_speaking(b)

    _members_of_parties(paragraphs, person_cued)
    _given_names_recur(paragraphs, pending_names, person_cued, b.lower_vocab)
    _given_name_speaks(paragraphs, pending_names, person_cued, b.lower_vocab)
    _surnames_with_honorific(paragraphs, pending_names, person_cued, b.lower_vocab)
    _surnames_with_age(paragraphs, pending_names, person_cued, b.lower_vocab)
    _surnames_year_old(paragraphs, pending_names, person_cued, b.lower_vocab)
    _surnames_speaking(paragraphs, pending_names, person_cued, b.lower_vocab)
    _given_name_kin(paragraphs, pending_names, person_cued, b.lower_vocab)
    _full_name_kin(paragraphs, pending_names, person_cued, b.lower_vocab)
    _shared_family_names(b, pending_names, person_cued)
    # Names become persons when any occurrence carried a person cue.
    full_people = [a for a in b.actors.values() if a.type == "person"]
    cued_names = {tuple(t.text for t in other[1]) for other in pending_names
                  if _text(paragraphs[other[0] - 1], other[1]) in person_cued}
    placed: set[str] | None = None          # names the text writes before "Village", "District" ... (when asked)
    firms: list | None = None               # bodies named by their trade or as a First Nation (_firm_of)
    part_of_fuller: dict[tuple[str, ...], bool] = {}     # the test below, per distinct name
    full_ids = {id(a) for a in full_people}
    for n, run, cued in pending_names:
        par = paragraphs[n - 1]
        name = _text(par, run)
        body = b.actors.get(name)
        if body is not None and body.type != "person" and name not in person_cued:
            # "Bizim Yol, which publishes ...": a body's name met again without a cue of its own
            b.add(n, run[0].start, run[-1].end, name, name, run[-1].poss)
            continue
        toks = tuple(t.text for t in run)
        if firms is None:
            firms = [a for a in b.actors.values() if a.type != "person" and (
                _firm_name(a.key) or a.key.endswith((" First Nation", " First Nations")))]
        firm = _firm_of(b, firms, toks, n) if firms and name in person_cued else None
        if firm is not None:
            # "Boreal West said" after "Boreal West Forest Products": a firm called by the first
            # words of its name, no person
            b.add(n, run[0].start, run[-1].end, firm.key, name, run[-1].poss)
            continue
        if len(toks) >= 2 and run[0].initial and toks[0].lower() in _NAME_PARTICLES and toks[0][:1].isupper():
            # "Dos Reis Prado said" after "Lucas dos Reis Prado": a sentence's capital on the
            # particle that opens a surname
            lowered = (toks[0].lower(),) + toks[1:]
            if any(len(a.tokens) > len(toks) and _contains(a.tokens, lowered) for a in full_people) or any(
                    len(other) > len(toks) and _contains(other, lowered) for other in cued_names):
                toks = lowered
                run = [run[0]._replace(text=toks[0])] + run[1:]
        fuller = part_of_fuller.get(toks)
        if fuller is None:
            fuller = part_of_fuller[toks] = \
                any(len(a.tokens) > len(toks) and (_contains(a.tokens, toks) or len(toks) >= 2
                                                   and _contains(_unfathered(a.tokens), toks)
                                                   or _middle_left_out(a.tokens, toks)) for a in full_people) or \
                any(len(toks) < len(other) and (_contains(other, toks) or len(toks) >= 2
                                                and _contains(_unfathered(other), toks)
                                                or _middle_left_out(other, toks)) for other in cued_names)
        if fuller and len(toks) == 2 and (hon := _honorific(par, run[0].start)) \
                and hon.group("h").lower() in _WIFE_HONORIFIC \
                and not any(_contains(a.tokens, toks) for a in full_people) \
                and not any(len(other) > len(toks) and _contains(other, toks) for other in cued_names):
            fuller = False      # "Mrs Joseph Owusu" after "Joseph Kwaku Owusu": his wife, by his name
        if fuller and not (len(toks) >= 2 and name in person_cued
                           and _RELATIVE_BEFORE.search(par, max(0, run[0].start - 40), run[0].start)):
            # ("Her father, Idris Karam" after "Leila Idris Karam": the relative named with two of
            # her names is a person of his own, where her middle name is his given name)
            singles.append((n, _join(run)))
            continue
        if name not in person_cued:
            b.other_names.append((n, run[0].start, toks))
        if name in person_cued and _only_role_words(toks):
            continue        # "a State Attorney asked": an office written with capitals names nobody
        if name in person_cued and _PORTFOLIO_LINK_BEFORE.search(par, max(0, run[0].start - 40), run[0].start):
            continue        # "The Minister of State for Older People said": the portfolio, no person
        if name in person_cued and len(toks) >= 2 and toks[-1] in _PAPER_ENDS:
            continue        # "The City Paper reviewed 41 files": a paper is no person
        if name in person_cued and (toks[-1] in _PLACE_LAST and len(toks) >= 2
                                    or name in (placed if placed is not None else (placed := _place_names(paragraphs)))):
            continue        # "Villager, Santa Teresa:" after "Santa Teresa Village": the place, no person
        if name in person_cued and toks[0] in _COMPASS_WORDS and len(toks) <= 3 \
                and _FROM_PLACE_BEFORE.search(par, max(0, run[0].start - 40), run[0].start):
            continue        # "a garment worker from Bekasi, West Java, said": the province, no person
        if name in person_cued:
            a = b.actor(name, "person", name, 0)
            if id(a) in full_ids and a.tokens != toks:
                part_of_fuller.clear()      # the test above reads these tokens
            a.tokens = tuple(t.text for t in run)
            hon = _honorific(par, run[0].start)
            if hon:
                a.gender = a.gender or _HONORIFICS[hon.group("h").lower()]
            elif len(toks) == 2 and toks[0] in _KUNYA_GENDER:
                a.gender = a.gender or _KUNYA_GENDER[toks[0]]    # "Umm X" is a mother, "Abu X" a father
            b.add(n, run[0].start, run[-1].end, name, name, run[-1].poss)
            b.person_full.append((n, run[0].start, name))
    for a in b.actors.values():
        role = lexicon.TRADITIONAL_TITLES.get(a.key.split(" ", 1)[0].lower()) if a.type == "person" else None
        if role and " " in a.key:
            # "Nana X III ... the chief said": the ruler's title is the role the text calls him by
            a.roles.append(Role(role, None, next(r[0] for r in b.raw if r[3] == a.key)))
    _parenthesised_aliases(b)
    if any(k in whole for k in _LEGISLATOR_KEYS):
        _legislators_party(b)
    _national_names(b)
    if ", " in whole:
        _listed_full_names(b)
    _acronyms(b, acronyms)
    _party_nicknames(b)
    if ", the " in whole:
        _glossed_acronyms(b)
    if " known " in whole or "whom " in whole:
        _nickname_tokens(b)
    if "l-" in whole:
        singles = sorted(singles + _bare_article_names(b), key=lambda x: (x[0], x[1].start))
    _short_forms(b, singles)
    if "Mrs" in whole or "Mad" in whole:
        _wife_by_husbands_name(b)
    _roles(b)
    return _finish(b)


_PAREN_ACR = re.compile(r"\s\(([A-Z][A-Za-z]{0,9}[A-Z](?:-[A-Z][A-Za-z]{0,9})*(?:/[A-Z]{1,3})?)\)")   # ("PPP/C")
_NAME_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F’'.-]*")
# Lowercase words inside an organisation's name, in the languages of the genre.
_NAME_LINKS = {"of", "for", "and", "the", "to", "on", "in", "at", "against", "ng", "sa", "mga",
               "de", "del", "da", "dos", "das", "do", "la", "le", "les", "van", "von", "der", "den",
               "des", "du", "di", "y", "e", "dan", "untuk", "bagi",
               "o"}     # Bengali "and" ("Odhikar o Nyay Kendra")


_KUNYA_GENDER = {"Umm": "f", "Oum": "f", "Oumm": "f", "Abu": "m", "Abou": "m"}
_FATHER_LINKS = {"bin", "ibn", "binti", "bint"}


def _unfathered(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """"Khalid bin Saif Al-Harthi" as "Khalid Al-Harthi": the name without its father's."""
    out, skip = [], False
    for k, w in enumerate(tokens):
        if skip:
            skip = False
        elif w in _FATHER_LINKS and 0 < k < len(tokens) - 2:
            skip = True
        else:
            out.append(w)
    return tuple(out)


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)


_PAREN_SHORT = re.compile(r"\s\(([A-Z][a-z]{2,11})\)")
_PAREN_CAMEL = Lazy(r"\s\(([a-z]{1,2}[A-Z][A-Za-z]{1,10})\)")


def _syllabic_name(name: list[re.Match], short: str) -> list[re.Match] | None:
    """The words of a name of three or more capitalised words whose letters, in order, spell the
    short name from the first word's initial on, taking letters from at least two words
    ("Suara Rakyat Malaysia" -> "Suaram"); a person's one name ("Budi Santoso (Busan)") is too short."""
    for i, w in enumerate(name):
        word = w.group()
        if word[0] != short[0] or not word[:1].isupper():
            continue
        part = name[i:]
        caps = [x.group() for x in part if x.group()[:1].isupper()]
        if len(caps) < 3 or caps[0].lower() in lexicon.TITLE_HEADS or caps[0].lower() in _HONORIFICS:
            return None
        rest, used = short.lower(), 0
        for c in (x.group().lower() for x in part):
            k = 0
            for ch in c:
                if k < len(rest) and ch == rest[k]:
                    k += 1
            if k:
                used += 1
                rest = rest[k:]
        if rest or used < 2 or caps[0].lower().startswith(short.lower()):
            return None
        # "National Institute for ... (Incra)": a short name made in the body's own language may
        # skip the adjectives that open its English name; they are still part of the name
        while i and name[i - 1].end() + 1 == name[i].start() and _name_adjective(name[i - 1].group()):
            i -= 1
        return name[i:]
    return None


def _name_adjective(word: str) -> bool:
    return word.lower() in lexicon.NAME_ADJECTIVES or word in lexicon.COUNTRY_ADJECTIVES.values()


_CHAPTER_AFTER = re.compile(r"\s+(?P<c>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?P<k>Chapter|Branch|Section)\b")


def _parenthesised(b: _Builder, n: int, par: str) -> None:
    """"Committee to Protect Journalists (CPJ)": a name spelled out before its acronym in
    parentheses is one organisation, whatever its words; the acronym is the same actor."""
    for m in itertools.chain(_PAREN_ACR.finditer(par), _PAREN_SHORT.finditer(par),
                             _PAREN_CAMEL.finditer(par) if "(" in par and ")" in par else ()):
        acr = m.group(1)
        camel = acr[0].islower()        # "Open Net Forum (oNet)": a short name opening in lower case
        short = acr[-1].islower() and not camel     # "Suara Rakyat Malaysia (Suaram)": a short name of syllables
        if short and "-" in acr and _country(acr.rsplit("-", 1)[1]):
            short = False       # "(AEJ-Bulgaria)": initials and the chapter's country
        letters = (acr[0].upper() if camel else "") + "".join(ch for ch in acr if ch.isupper())
        if not short and (len(letters) < 2 or acr in _GENERIC_ACRONYMS):
            continue
        lo = max(0, m.start() - 200)
        if short and (not par[m.start() - 1:m.start()].isalpha() or " " + acr[0] not in " " + par[lo:m.start()]):
            continue        # "(Reuters)" after a lower-case word; no word opening with its letter
        ws = list(_NAME_WORD.finditer(par, lo, m.start()))
        name: list[re.Match] = []
        for w in reversed(ws):
            gap = par[w.end(): name[0].start() if name else m.start()]
            if gap and not gap.isspace() and not (gap == "–" and "-" in acr) and not (gap == "/" and "/" in acr) \
                    and not (gap in (" – ", " - ") and len(name) == 1 and _country(name[0].group())):
                break       # (but "Front for X–Party of Y (FX-PY)": two names joined, two initials
                # joined; "Press Watch – Norvia (PWN)": a body's country chapter)
            word = w.group().rstrip(".")
            if not (word[:1].isupper() or word in _NAME_LINKS):
                break
            if name and w.group().endswith(".") and len(word) > 3 and word[1:].islower():
                break       # "... Besnik Morina. The Association of ... (AGK)": a sentence ends before the name
            name.insert(0, w)
            if len(name) > 14:
                break
        while name and not name[-1].group()[:1].isupper():
            name.pop()
        best = _syllabic_name(name, acr) if short else None
        for i, w in enumerate(() if short else name):
            word = w.group()
            if word == "A" and letters[0] == "A" and "A" + "".join(
                    x.group()[0] for x in name[i + 1:] if x.group()[:1].isupper()) == letters:
                best = name[i:]     # "A Partnership for X (APNU)": the article is the name's first word
                break
            if not word[:1].isupper() or word.lower() in {"the", "a", "an"}:
                continue
            part = name[i:]
            if word.isupper() and len(part) > 2 and part[1].group() == "and":
                continue    # "the SAF and the Rapid Support Forces (RSF)": a body, then the one abbreviated
            caps = [x.group() for x in part if x.group()[:1].isupper()]
            initials = "".join(c[0].upper() for c in caps)
            # "Office of the UN High Commissioner ... (OHCHR)": an acronym inside leaves no letter
            if initials == letters or "".join(c[0] for c in caps if not c.isupper()) == letters \
                    or len(caps) >= 3 and sorted(initials) == sorted(letters) \
                    and not (caps[-1].lower() in _INSTRUMENT_HEADS and part[-2].group()[:1].isupper()):
                # (the last: "National Front for the Defence of ... (FNDC)", initials in the order of
                # the name's own language)
                best = part
                break
            if best is None and len(caps) >= 2 and initials[0] == letters[0] and \
                    (_subsequence(initials, letters) or camel and _subsequence(letters, initials)) and \
                    _subsequence(acr.lower() if camel else letters.lower(), "".join(x.group().lower() for x in part)):
                best = part
        if not best and not short and not camel and name and len(letters) == len(acr) >= 3:
            w = name[-1].group()
            if w[:1] == acr[0] and len(w) >= len(acr) + 4 and w[1:].islower() and (
                    len(name) == 1 or name[-2].group() in ("The", "the") or not name[-2].group()[:1].isupper()) \
                    and _subsequence(acr.lower(), w.lower()) and not _country(w):
                best = [name[-1]]     # "Tanakorn (TKN)": one word whose syllables give the initials
        if not best and (short or camel):
            continue
        if not best:
            # A name translated from the language its acronym keeps ("Unit for the Protection
            # of ... (UDEFEGUA)"): the whole capitalised name, when it has an organisation's head.
            first = next((i for i, w in enumerate(name) if w.group()[:1].isupper()
                          and w.group().lower() not in {"the", "a", "an"}), None)
            if first is None or len(name) - first < 3:
                continue
            part = name[first:]
            cut = max((i + 2 for i in range(len(part) - 2) if part[i].group() == "and"
                       and part[i + 1].group() in ("the", "The")), default=0)
            if cut and len(part) - cut >= 2:
                # "the Federal Highway Police and the Labor Prosecution Office (MPT)": two bodies,
                # the acronym the last one's
                part, first = part[cut:], first + cut
            texts = tuple(w.group() for w in part)
            if name[first].group()[0] != letters[0] and (len(name) - first < 4 or len(letters) < 3):
                # (initials in another language may open with another letter: a long name, or one
                # of three words that holds a body's word, "Service Union United (PAM)")
                if len(letters) < 3 or not any(lexicon.ORG_HEADS.get(t.lower()) is not None for t in texts):
                    continue
            elif lexicon.ORG_HEADS.get(texts[_head_index_of(texts)].lower()) is None:
                continue
            best = part
        start, end = best[0].start(), best[-1].end()
        text = par[start:end]
        if _NAME_AFTER_PAREN.match(par, m.end()) and _rank_title([w.group() for w in best]):
            continue        # "Deputy Superintendent of Police (DSP) Ama Owusu": her rank, no body
        if len(best) >= 2 and best[-1].group().lower() in lexicon.ROLE_NOUNS \
                and best[-1].group().lower() not in lexicon.ORG_HEADS and all(w.group()[:1].isupper() for w in best):
            continue        # "the Senior Divisional Officer (SDO) for Mezam": an office one person holds
        if _country(text) or _norm(text) in lexicon.OUTLETS or _paren_head(best) in _INSTRUMENT_HEADS \
                or best[-1].group() in _STATUTE_ENDS:
            continue        # "the Foreign Agents Registration Act (FARA)": a law, not a body
        intl = _international(text)
        chapter = _CHAPTER_AFTER.match(par, m.end())
        if chapter and _country(chapter.group("c")) and not intl:
            # "The Media Institute of Southern Africa (MISA) Zimbabwe Chapter condemned": the
            # country's chapter acts, named whole
            text = f"{text} {chapter.group('c')} {chapter.group('k')}"
            key = text
            a = b.actor(key, "ngo", text, _TYPE_RANK["ngo"])
            if acr not in a.forms:
                a.forms.append(acr)
            b.add(n, start, chapter.end(), key, text, False)
            b.claimed.setdefault(n, []).append((start, chapter.end()))
            b.acronym_keys.setdefault(acr, key)
            continue
        if intl:
            key, typ = intl
        else:
            # ("X Party/Civic (XP/C)": the name before the slash gives the kind)
            typed = best[:-1] if len(best) > 1 and par[best[-2].end():best[-1].start()] == "/" else best
            key, typ = text, _paren_type(typed, par[start:typed[-1].end()], par[max(0, start - 80):start])
            if typ == "ngo" and _LEGISLATOR_AFTER.match(par, m.end()):
                typ = "party"       # "Tanakorn (TKN) legislator X": a body with legislators is a party
            elif typ in {"government", "ngo", "party"} and _paren_head(best) != "party" \
                    and (kind := _KIND_APPOS.match(par, m.end())):
                typ = _cue_type(kind.group("cue"))  # "X Front (XF), a coalition of ...": what it is
        a = b.actor(key, typ, text, _TYPE_RANK.get(typ, 5))
        a.acronym = a.acronym or acr
        if acr not in a.forms:
            a.forms.append(acr)
        b.add(n, start, end, key, text, False)
        b.add(n, m.start(1), m.end(1), key, acr, False)
        b.claimed.setdefault(n, []).append((start, m.end()))
        b.acronym_keys.setdefault(acr, key)


_BODY_KNOWN_AS = Lazy(r"(?P<name>(?:(?<![\w/])[A-Z]{2,5}/)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|de|del)(?:\s+the)?\s+)?[A-Z][\w’'-]*){1,8}),\s+"
                      r"(?:(?:popularly|widely|locally|commonly|better)\s+)?known\s+(?:locally\s+)?as\s+"
                      r"(?P<short>[A-Z][A-Za-z\u00C0-\u024F-]{1,15})(?=[\s,.;)])(?!\s+[A-Z])")


def _body_known_as(b: _Builder, n: int, par: str) -> None:
    """"the Federation of Valley Councils, known as Fevac,": a body's name, then the short name
    the text goes on to use; the short name is the same actor."""
    for m in _BODY_KNOWN_AS.finditer(par):
        words = list(re.finditer(r"\S+", m.group("name")))
        for i, w in enumerate(words):
            # (the name starts at the first word from which the rest has a body's shape)
            texts = tuple(x.group() for x in words[i:])
            if texts[0][:1].isupper() and texts[0].lower() not in lexicon.COMMON_CAPITALISED \
                    and len(texts) >= 2 and _org_shape(texts, " ".join(texts)) is not None:
                break
        else:
            continue
        start = m.start("name") + w.start()
        text = par[start:m.end("name")]
        short = m.group("short")
        if _country(short) or short in b.acronym_keys:
            continue
        intl = _international(text)
        key, typ = intl if intl else (text, _org_shape(texts, text))
        a = b.actor(key, typ, text, _TYPE_RANK.get(typ, 5))
        a.acronym = a.acronym or short
        if short not in a.forms:
            a.forms.append(short)
        b.add(n, start, m.end("name"), key, text, False)
        b.add(n, m.start("short"), m.end("short"), key, short, False)
        b.claimed.setdefault(n, []).append((start, m.end()))
        b.acronym_keys.setdefault(short, key)


_NAME_PART = r"[A-Z][a-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*"
_NICKNAMED = Lazy(rf"\b(?P<first>(?:(?:Ma|Md|Mohd)\.\s+)?{_NAME_PART}(?:\s+{_NAME_PART}){{0,3}})\s+(?:[“\"](?P<nick>{_NAME_PART}|[A-Z]{{2,3}})[”\"]|[‘'](?P<nick1>[A-Z][a-z\u00C0-\u024F]+|[A-Z]{{2,3}})[’'])\s+"
                  rf"(?P<last>(?:[A-Z]\.\s+)?{_NAME_PART}(?:\s+{_NAME_PART})?)")     # (a middle initial: "“Iggy” T. Camacho")


def _nicknamed(b: _Builder, n: int, par: str) -> None:
    """"Andrea Luz “Andi” Ramos": a nickname in quotes inside a name is a person's; the
    name is the words around it."""
    for m in _NICKNAMED.finditer(par):
        first = m.group("first").split()
        start = m.start("first")
        if first[0][:-1] in _GIVEN_ABBREVIATIONS and not _opens_name(par, start):
            start += len(first[0]) + 1      # "Jack Ma. Ana “Ani” Cruz": a surname ends the sentence before
            first = first[1:]
        while first and (first[0].lower() in lexicon.TITLE_HEADS or first[0].lower() in lexicon.ROLE_NOUNS
                         or first[0].lower() in lexicon.COMMON_CAPITALISED):
            start += len(first[0]) + 1
            first = first[1:]
        role = max((k for k, w in enumerate(first[:-1]) if w.lower() in _ROLE_WORDS), default=None)
        if role is not None:
            # "Coastal Province Board Member Ana “Ani” Cruz": a place and a title before the name
            start += sum(len(w) + 1 for w in first[:role + 1])
            first = first[role + 1:]
        last = m.group("last").split()
        if not first or any(w.lower() in lexicon.ORG_HEADS or w.lower() in lexicon.NON_ACTOR_HEADS
                            or _country(w) for w in first + last):
            continue
        key = " ".join(first + last)
        a = b.actor(key, "person", key, 0)
        a.tokens = tuple(first + last)
        b.add(n, start, m.end("last"), key, key, False)
        b.person_full.append((n, start, key))
        b.claimed.setdefault(n, []).append((start, m.end("last")))


# Honorifics written after a given name: Uzbek "aka" (elder brother), "opa" (elder sister),
# "xon"; Turkish "Bey", "Hanım". "Dilshod aka" is what the neighbours call him, and his name here.
_POST_HONORIFICS = {"aka": "m", "opa": "f", "xon": "f", "bey": "m", "hanım": "f", "hanim": "f", "efendi": "m"}
_POST_HONORIFIC_HINT = re.compile(r"[a-z] (?:aka|opa|xon|[Bb]ey|[Hh]anım|[Hh]anim|[Ee]fendi)\b")
_POST_HONORIFIC = re.compile(r"(?:\b(?:calls?|called|known\s+as|named)|,)\s+(?P<name>(?P<given>[A-Z][a-z\u00C0-\u024F]{2,})"
                             r"\s+(?P<h>aka|opa|xon|[Bb]ey|[Hh]anım|[Hh]anim|[Ee]fendi))"
                             r"(?=,|\s+(?:says|said|recalls|recalled|adds|added|told)\b)")


def _post_honorific(b: _Builder, n: int, par: str) -> None:
    """"a neighbour whom everyone calls Dilshod aka, says ...": a given name and the honorific
    after it, set off as a name, are one person's name."""
    for m in _POST_HONORIFIC.finditer(par):
        given = m.group("given")
        if given.lower() in lexicon.COMMON_CAPITALISED or given.lower() in b.lower_vocab or _country(given):
            continue
        key = m.group("name")
        a = b.actor(key, "person", key, 0)
        a.tokens = (given, m.group("h"))
        a.gender = a.gender or _POST_HONORIFICS[m.group("h").lower()]
        b.add(n, m.start("name"), m.end("name"), key, key, False)
        b.person_full.append((n, m.start("name"), key))
        b.claimed.setdefault(n, []).append((m.start("name"), m.end("name")))


_MISSION = Lazy(r"(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+(?P<kind>embassy|delegation|Delegation|consulate|mission|Mission"
               # ("the UN Human Rights Office in Honduras": a bloc's or the UN's office in a country)
               r"|Office(?=\s+in\s))"
               r"(?:\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,2})?")


# "the Permanent Mission of Ruritania in Geneva said": the owner after "of".
_MISSION_OF = Lazy(r"\b(?:Permanent\s+)?(?P<kind>Mission|Embassy|Delegation|Consulate(?:-General)?)\s+of\s+"
                   r"(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
                   r"(?:\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,2}){0,2}")
# "a statement by the X Mission", "a spokesperson for the X Mission": the mission speaks
_MISSION_VOICE = Lazy(r"(?:according\s+to|statement\s+(?:by|from)|spokes(?:man|woman|person)\s+(?:for|of))"
                            r"\s+(?:a\s+statement\s+by\s+)?(?:the\s+)?$")


_INITIALS_AFTER = re.compile(r"(?:\s*\([A-Z][\w.-]{1,11}\))?")
# "The OSCE Mission to Skopje, which monitored the trial, said": an aside in commas, then the verb
_ASIDE_THEN_SPEAKS = Lazy(rf",\s+(?:which|the|a|an)\s[^,;:“”\"]{{3,120}},\s+"
                          rf"(?:(?:also|later|earlier|has|had|have|then)\s+)*(?:{lexicon.SPEECH_VERB_RE})\b")


def _mission_speaks(par: str, start: int, end: int) -> bool:
    end = _INITIALS_AFTER.match(par, end).end()     # (past its initials: "... in Honduras (OACNUDH) said")
    return bool(_SPEAKS_AFTER.match(par, end) or _ASIDE_THEN_SPEAKS.match(par, end)
                or _MISSION_VOICE.search(par, max(0, start - 60), start))


@lru_cache(maxsize=4096)     # (pure; the guard asks it of every word of a name it weighs)
def adjective_country(word: str) -> str | None:
    """"Bahraini", "Kenyan": a country's adjective, as listed or as the country's name plus a suffix."""
    if word in _GOV_OWNER:
        return _GOV_OWNER[word]
    if " " in word or not word[:1].isupper():
        return None
    return next((c for suf in ("i", "n", "an", "ian") if word.endswith(suf) and len(word) > len(suf) + 2
                 and (c := _country(word[:-len(suf)]))), None)


# "We asked the Qatari embassy in Berlin ... In a statement, the embassy said": it speaks later on
_THE_MISSION_SPEAKS = Lazy(rf"\b[Tt]he\s+(?:embassy|consulate|mission|delegation)\s+(?:(?:also|later|has|had)\s+)*"
                           rf"(?:{lexicon.SPEECH_VERB_RE})\b")


def _mission_speaks_later(b: _Builder, n: int, par: str, m: re.Match) -> bool:
    """The mission named as written, then "the embassy said" in the rest of its paragraph or the next."""
    if m.group("kind") == "Mission":
        return False        # (a capitalised "Mission" may be no diplomatic mission; a bloc's "Delegation" is one)
    rest = par[m.end():] + "\n" + (b.pars[n] if n < len(b.pars) else "")
    return _THE_MISSION_SPEAKS.search(rest) is not None


def _missions(b: _Builder, n: int, par: str) -> None:
    """"The United States embassy in Hanoi said", "the Permanent Mission of X in Geneva said":
    a country's or bloc's mission that speaks is an actor of its own, named as written."""
    for m in _MISSION_OF.finditer(par):
        owner = m.group("c")
        if not (_country(owner) or _international(owner)) or not _mission_speaks(par, m.start(), m.end()):
            continue
        key = m.group()
        intl = _country(owner) in lexicon.BLOCS.values() or _international(owner)
        typ = "international" if intl and m.group("kind") in {"Delegation", "Mission"} else "government"
        b.actor(key, typ, key, _TYPE_RANK[typ])
        b.add(n, m.start(), m.end(), key, key, False)
        b.claimed.setdefault(n, []).append((m.start(), m.end()))
    for m in _MISSION.finditer(par):
        owner = m.group("c")
        words = owner.split()
        while words and not (_country(" ".join(words)) or _international(" ".join(words))
                             or adjective_country(" ".join(words))):
            words = words[1:]       # "The United States" -> "United States"
        if not words:
            # "the UN Verification Mission in Colombia": a mission of the body's own kind
            words = owner.split()[1:] if owner.startswith("The ") else owner.split()
            words = words if len(words) > 1 and words[0] in ("UN", "U.N.", "EU", "OSCE", "AU") else []
        start = m.end("c") - len(" ".join(words))
        if not words or not (_mission_speaks(par, start, m.end()) or _mission_speaks_later(b, n, par, m)):
            continue
        key = par[start:m.end()]
        intl = _country(" ".join(words)) in lexicon.BLOCS.values() or _international(" ".join(words)) \
            or _international(words[0]) or _country(words[0]) in lexicon.BLOCS.values()
        typ = "international" if intl and m.group("kind").lower() in {"delegation", "mission", "office"} else "government"
        b.actor(key, typ, key, _TYPE_RANK[typ])
        b.add(n, start, m.end(), key, key, False)
        b.claimed.setdefault(n, []).append((start, m.end()))


# "Essex police said in a statement": a place's police force that speaks (British usage writes
# "police" in lower case). Not "Georgian police" (a demonym) nor "Riot police" (a kind of police).
_FORCE = re.compile(r"(?P<place>[A-Z][a-z\u00C0-\u024F]+(?:\s+[A-Z][a-z\u00C0-\u024F]+)?)\s+police\b")


_ADJECTIVES = frozenset(lexicon.COUNTRY_ADJECTIVES.values())
_ADJECTIVE_END = re.compile(r"(?:ian|ese|ish|ean|ic)$")


_AGENT_BEFORE = re.compile(r"\bby\s+the\s+$")
# "a spokesman for Halabja police": the force speaks through its spokesperson
_VOICE_BEFORE = Lazy(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?$")


# "the Kota Baru district police headquarters said": a place's police post in lower case, as written
_LOCAL_POLICE_HINT = re.compile(r" police (?:headquarters|station|command|department)")
_LOCAL_POLICE = Lazy(r"(?P<place>[A-Z][a-z\u00C0-\u024F]+(?:\s+[A-Z][a-z\u00C0-\u024F]+){0,2})\s+(?:district|state|city|county|"
                     r"provincial|regional|municipal)\s+police\s+(?:headquarters|station|command|department)\b")


# "the Western Province police command said": the area's own capitalised unit word instead of a level
_UNIT_POLICE = Lazy(r"(?P<place>[A-Z][a-z\u00C0-\u024F]+\s+(?:Province|Region|District|County|Division))\s+police\s+"
                    r"(?:headquarters|command|department)\b")


# "a Tirana police spokesperson said": the force speaks through its spokesperson
_ITS_VOICE_AFTER = re.compile(r"\s+spokes(?:person|man|woman)\s*(?:,[^,;:“”\"]{1,100},\s*)?(?:(?:also|later|then)\s+)?"
                              r"(?:said|says|told|added|stated|confirmed|denied)\b")


def _police_forces(b: _Builder, n: int, par: str) -> None:
    for m in itertools.chain(_LOCAL_POLICE.finditer(par), _UNIT_POLICE.finditer(par)) \
            if " police " in par and _LOCAL_POLICE_HINT.search(par) else ():
        words = m.group("place").split()
        while words and words[0].lower() in lexicon.COMMON_CAPITALISED:
            words = words[1:]
        if not words or _country(words[0]) or words[0] in _ADJECTIVES or not _SPEAKS_AFTER.match(par, m.end()):
            continue
        start = m.end("place") - len(" ".join(words))
        if _PREP_BEFORE.search(par, max(0, start - 12), start):
            continue    # "an officer at the X district police station said": a place, not the speaker
        key = par[start:m.end()]
        b.actor(key, "government", key, _TYPE_RANK["government"])
        b.add(n, start, m.end(), key, key, False)
        b.claimed.setdefault(n, []).append((start, m.end()))
    for m in _FORCE.finditer(par):
        words = m.group("place").split()
        while words and (words[0].lower() in lexicon.COMMON_CAPITALISED or words[0].lower() in {"riot", "traffic", "military", "secret", "border", "state", "local", "city"}):
            words = words[1:]
        place = " ".join(words)
        if not place or place.lower() in lexicon.DEMONYMS or place in _ADJECTIVES or _ADJECTIVE_END.search(place) \
                or _norm(place) in lexicon.NON_ACTOR_HEADS:
            continue
        start = m.end("place") - len(place)
        # it speaks, or it is the one who acted ("the case registered by the Melton police")
        if not (_SPEAKS_AFTER.match(par, m.end()) or _AGENT_BEFORE.search(par, max(0, start - 8), start)
                or _VOICE_BEFORE.search(par, max(0, start - 30), start) or _ITS_VOICE_AFTER.match(par, m.end())):
            continue
        if any(a < m.end() and m.start() < z for a, z in b.claimed.get(n, ())):
            continue
        key = f"{place} Police"
        b.actor(key, "government", key, _TYPE_RANK["government"])
        b.add(n, start, m.end(), key, par[start:m.end()], False)
        b.claimed.setdefault(n, []).append((start, m.end()))


# "the Velmora high court granted bail", "held in Dravik prison": a place's court or prison written
# in lower case, as Indian and British usage do
# (a place's name may join its parts with a hyphen or a capital: "KwaZulu-Natal", "Baden-Baden")
_PLACE_WORD = r"[A-Z][a-z\u00C0-\u024F]+(?:[A-Z][a-z\u00C0-\u024F]+)?(?:-[A-Z][a-z\u00C0-\u024F]+)*"
_PLACE_INSTITUTION = Lazy(rf"(?<![\w-])(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)\s+"
                          r"(?P<kind>high\s+court|prison)\b(?![ \t]*[A-Z])")
# "A Catania court said in written reasons", "the Velmora court ruled": a city's court in lower case,
# acting or speaking (written so, it is no place's name alone)
_PLACE_COURT_ACTS = Lazy(rf"(?<=\b[Aa]\s|[Ee]\s)(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)\s+(?P<kind>court)\s+"
                         r"(?:(?:has|had|also|then|later)\s+)*(?:said|ruled|found|held|ordered|acquitted|convicted|"
                         r"sentenced|rejected|dismissed|granted|upheld|quashed|wrote|declared|annulled)\b")
# "Afterwards the prison sent a message": a prison that acts or speaks is an actor; one only named
# as a place (where he is held) is none
_PRISON_ACTS = Lazy(rf"\b[Tt]he\s+prison\s+(?:(?:also|later|then|has|had)\s+)*(?:sent|wrote|issued|replied|"
                    rf"responded|denied|confirmed|refused|{lexicon.SPEECH_VERB_RE})\b")


# "all inmates at Dravik": only a prison holds inmates; named so, by its place alone
_INMATES_AT = Lazy(r"\b(?:inmates|prisoners|detainees)\s+(?:held\s+)?at\s+(?P<place>[A-Z][a-z\u00C0-\u024F]{2,})\b(?![ \t]*[A-Z])")


def _prison_by_place(b: _Builder) -> None:
    """"the prison sent a message ... inmates at Dravik": a prison that acts, which the text names
    only by its place after "inmates at", is that place's actor (as written, the place alone)."""
    if any(a.key.endswith(" prison") for a in b.actors.values()):
        return
    for n, par in enumerate(b.pars, 1):
        for m in (_INMATES_AT.finditer(par) if " at " in par else ()):
            place = m.group("place")
            if _country(place) or lexicon.CAPITALS.get(place) or place.lower() in lexicon.DEMONYMS \
                    or place.lower() in lexicon.COMMON_CAPITALISED or place in b.actors:
                continue
            b.actor(place, "government", place, _TYPE_RANK["government"])
            b.add(n, m.start("place"), m.end("place"), place, place, False)
            b.claimed.setdefault(n, []).append((m.start("place"), m.end("place")))
            return


def _place_institutions(b: _Builder, n: int, par: str, prison_acts: bool) -> None:
    for m in itertools.chain(_PLACE_INSTITUTION.finditer(par), _PLACE_COURT_ACTS.finditer(par)):
        kind = m.group("kind")
        if kind == "prison" and not prison_acts:
            continue
        words = m.group("place").split()
        while words and words[0].lower() in lexicon.COMMON_CAPITALISED:
            words = words[1:]
        place = " ".join(words)
        if not place or _country(place) or place.lower() in lexicon.DEMONYMS or place in _ADJECTIVES \
                or _norm(place) in lexicon.NON_ACTOR_HEADS:
            continue
        start = m.end("place") - len(place)
        end = m.end("kind")
        if any(a < end and start < z for a, z in b.claimed.get(n, ())):
            continue
        key, typ = (f"{place} High Court", "court") if kind == "high court" else \
            (f"{place} court", "court") if kind == "court" else (f"{place} prison", "government")
        if kind == "court" and par[max(0, start - 2):start] in ("A ", "a "):
            start -= 2      # ("A Catania court said": the court itself, named with its article, is the subject)
        b.actor(key, typ, key, _TYPE_RANK[typ])
        b.add(n, start, end, key, par[start:end], False)
        b.claimed.setdefault(n, []).append((start, end))


# "A Grab Indonesia spokesperson said", "a Gojek spokeswoman told": a name only a body with a
# spokesperson of its own bears (the index's other rules name ministries, parties and the like)
_NAMED_BODY_VOICE = re.compile(r"(?<![\w’'])(?:A|An|a|an)\s+(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})\s+"
                               r"spokes(?:person|man|woman)\s+(?:(?:also|later|then)\s+)?(?:said|told|says|added|wrote|"
                               r"confirmed|declined|denied|did)\b")


# "the trade union “Adal Yenbek”", "LLP “KazDrill” said", "In a statement, “Mangystau Servis” said": a
# body's name in quotation marks, as post-Soviet and some other presses write it, after its kind or
# before its own reporting verb
_QUOTED_BODY = re.compile(r"(?:(?P<kind>\b(?:trade\s+union|union|company|firm|LLP|LLC|JSC|OJSC|CJSC|PJSC|party|movement|"
                          r"foundation|organi[sz]ation|association|NGO|group)\s+)|(?:^|[,.;]\s+))"
                          r"[“\"«]\s?(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})\s?[”\"»]"
                          r"(?P<verb>,?\s+(?:(?:also|later|then|has|had)\s+)*(?:said|says|wrote|stated|announced|reported|"
                          r"told|added|denied|rejected|confirmed))?")


def _quoted_body(b: _Builder, n: int, m: re.Match) -> None:
    if not (m.group("kind") or m.group("verb")):
        return
    name = m.group("name")
    if name in b.actors or _country(name) or _norm(name) in lexicon.OUTLETS \
            or _claimed(b, n, m.start("name"), m.end("name")):
        return
    kind = (m.group("kind") or "").lower()
    _claim_body(b, n, m.start("name"), m.end("name"), name, "party" if kind in ("party", "movement") else "ngo")


# "The Histadrut labor federation said it ...", "The Western Growers association, which opposes
# the bill, said": a name the lexicon lacks, then in lower case the kind of body it is, opening
# the clause of its own reporting verb
# (the kind and the word that may qualify it: quotes.py reads the same words after a body's name)
BODY_KIND_AFTER_NAME = (r"(?:(?:labou?r|trade|workers[’']?|farmers[’']?|growers[’']?|employers[’']?|business|"
                        r"industry|rights|advocacy|lobby|teachers[’']?|nurses[’']?|journalists[’']?)\s+)?"
                        r"(?:union|federation|confederation|association|alliance|coalition|network|company|firm)")
_NAME_THEN_KIND = re.compile(r"(?:^|(?<=[.!?;] )|(?<=[.!?][”\"] )|(?<=, ))(?:The|the)\s+"
                             r"(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,2})\s+" + BODY_KIND_AFTER_NAME +
                             r"(?:,\s+(?:which|who)\s[^,;“”\"]{1,100},)?\s+(?:(?:also|later|then|has|had|have)\s+)*"
                             r"(?:said|says|told|tells|stated|states|wrote|writes|warned|added|announced)\b")


def _name_then_kind(b: _Builder, n: int, m: re.Match) -> None:
    if _new_body_name(b, n, m, m.group("name")):
        _claim_body(b, n, m.start("name"), m.end("name"), m.group("name"), "ngo")


def _new_body_name(b: _Builder, n: int, m: re.Match, name: str) -> bool:
    """Whether `name`, found by a body's shape around it, can be a body the text has not named
    yet: no known actor's, country's, capital's or people's name, no word of a title, a kind
    or a known person's name (a country's or a person's: "a Trump spokesperson" is his)."""
    words = name.split()
    return not (name in b.actors or _claimed(b, n, m.start("name"), m.end("name")) or _country(name)
                or lexicon.CAPITALS.get(name) or name.lower() in lexicon.DEMONYMS or _international(name)
                or any(w.lower() in lexicon.ORG_HEADS or w.lower() in lexicon.COMMON_CAPITALISED
                       or w.lower() in lexicon.DEMONYMS or w.lower() in lexicon.TITLE_HEADS
                       or w in _ADJECTIVES or _DEMONYM_SHAPE.fullmatch(w) for w in words)
                or any(w in a.tokens for a in b.actors.values() if a.type in ("person", "country") for w in words))


def _claim_body(b: _Builder, n: int, start: int, end: int, name: str, typ: str) -> None:
    """A body found by its own shape at par[start:end]: its entry, its mention, and the span
    claimed so that no other rule reads it again."""
    b.actor(name, typ, name, _TYPE_RANK[typ])
    b.add(n, start, end, name, name, False)
    b.claimed.setdefault(n, []).append((start, end))


def _claimed(b: _Builder, n: int, start: int, end: int) -> bool:
    return any(a < end and start < z for a, z in b.claimed.get(n, ()))


_BODY_WORD_AFTER = re.compile(r"\b(?:the|its)\s+(?:company|firm|group|organi[sz]ation|platform|app|union|agency|"
                              r"network|charity|association|federation|operator|employer)\b")


def _body_with_a_voice(b: _Builder, n: int, par: str, m: re.Match) -> None:
    name = m.group("name")
    if not _new_body_name(b, n, m, name):
        return
    end = min((k for k in (par.find(". ", m.end()), len(par)) if k >= 0))
    if not _BODY_WORD_AFTER.search(par, m.end(), end):
        return      # (only a sentence that calls it "the company", "the group" ... says it is a body)
    _claim_body(b, n, m.start("name"), m.end("name"), name, "ngo")


# "A spokesperson for Kivuli said the party would ...": one capitalised word a spokesperson
# speaks for, which the same sentence then calls "the party", is a party's short name.
_SPOKES_FOR_PARTY = re.compile(r"\bspokes(?:person|man|woman)\s+for\s+(?P<name>[A-Z][a-z]{2,})\b"
                               r"(?![ \t]+[A-Z])(?=[^.!?]*?\bthe party\b)")


def _party_voice(b: _Builder, n: int, par: str, m: re.Match) -> None:
    name = m.group("name")
    if name.lower() in lexicon.COMMON_CAPITALISED or _country(name) or name in lexicon.CAPITALS \
            or name.lower() in b.lower_vocab or any(a < m.end() and m.start() < z for a, z in b.claimed.get(n, ())):
        return
    b.actor(name, "party", name, _TYPE_RANK["party"])
    b.add(n, m.start("name"), m.end("name"), name, name, False)
    b.claimed.setdefault(n, []).append((m.start("name"), m.end("name")))


# A numeral then capitalised words (scanned for by its digit, which is fast), after a group cue.
_NUMBERED_NAME = re.compile(r"\d{1,4}\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")
_NUMBERED_CUE = re.compile(r"\b(?:group|organi[sz]ation|ngo|NGO|watchdog|network|coalition|charity|collective)"
                           r"\s+(?:[Tt]he\s+)?$")


# "X, a Harbour Front member of parliament,": the name before a legislator's role is a party.
_PARTY_MEMBER = re.compile(
    r"(?:,\s+|\b(?:is|was|as)\s+)an?\s+(?:(?:former|senior|leading|prominent|veteran)\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:member\s+of\s+parliament|lawmaker|legislator|MP|"
    r"parliamentarian|deputy|senator|councillor|councilor)\b")
_NOT_PARTY_WORDS = {"parliament", "senate", "congress", "assembly", "council", "commission", "house",
                    "city", "state", "national", "european", "provincial", "district", "municipal"}


# "the opposition Fresh Path movement", "The Dawnlight party, of which": a party whose kind is
# written in lower case after its name
_LOWER_PARTY = re.compile(
    r"\b(?:(?:[Tt]he\s+(?:(?:opposition|ruling|governing|main|banned|outlawed)\s+)?)|(?:opposition|ruling)\s+)"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:party|movement)\b(?![’'-])")


_PARTY_CUE_WORD = re.compile(r"\b(?:opposition|ruling|governing)\b")


def _lower_party(b: _Builder, n: int, m: re.Match) -> None:
    if m.group().endswith("movement") and not _PARTY_CUE_WORD.search(m.group()):
        return      # "the X movement" alone may be a social movement (no party)
    name = m.group("name")
    words = name.split()
    if any(w.lower() in _NOT_PARTY_WORDS or w.lower() in lexicon.DEMONYMS or w.lower() in _NOT_GIVEN
           and w.lower() not in b.lower_vocab and len(words) == 1 for w in words) \
            or _country(name) or _international(name) or name in b.actors and b.actors[name].type != "party" \
            or len(words) == 1 and (_ADJECTIVE_END.search(name) or adjective_country(name)) \
            or any(w.isupper() for w in words):
        # "the Kurdish party", "the Senate party": an adjective or a body, no party's name
        # ("the opposition CNRP party": initials are the acronym rules' to spell out)
        return
    b.actor(name, "party", name, _TYPE_RANK["party"])
    b.add(n, m.start("name"), m.end("name"), name, name, False)
    b.claimed.setdefault(n, []).append((m.start("name"), m.end("name")))


def _party_member(b: _Builder, n: int, m: re.Match) -> None:
    name = m.group("name")
    words = name.split()
    if any(w.lower() in _NOT_PARTY_WORDS for w in words) or _country(name) or _international(name) \
            or all(w.lower() in lexicon.DEMONYMS or _country(w) for w in words):
        return
    b.actor(name, "party", name, _TYPE_RANK["party"])
    b.add(n, m.start("name"), m.end("name"), name, name, False)
    b.claimed.setdefault(n, []).append((m.start("name"), m.end("name")))


def _numbered_orgs(par: str):
    for m in _NUMBERED_NAME.finditer(par):
        lo = max(0, m.start() - 20)
        # most numerals ("12 May") have no cue word before them: a substring test first
        if any(k in par[lo:m.start()] for k in _NUMBERED_STEMS) and _NUMBERED_CUE.search(par, lo, m.start()):
            yield m


_NUMBERED_STEMS = ("group", "rganiz", "rganis", "ngo", "NGO", "watchdog", "network", "coalition", "charity",
                   "collective")
# Words _PARTY_MEMBER cannot match without.
_SLOGAN_BEFORE = Lazy(r"\b(?:slogans?|banners?|placards?|chants?|motto|hashtag|signs?)\s+(?:that\s+)?(?:reading\s+|read\s+|saying\s+|said\s+)?"
                      r"[:,]?\s*[“\"][^”\"]*$", re.IGNORECASE)
_NATIVE_NAME = Lazy(r"^\s\([^\x00-\x7F()]{1,20}\)")
# "a neighbour known in the street as Abu Karam": a kunya (father/mother of ...) one is known by
_KNOWN_AS_BEFORE = Lazy(r"\bknown\s+(?:(?:in|on|around|to)\s+(?:the\s+)?\w+\s+)?as\s+$"
                        # "who asked to be identified as Umm X", "identified by the paper only as X"
                        r"|\bidentified\s+(?:by\s+(?:[\w’'-]+\s+){1,4}?)?(?:only\s+)?as\s+$")
# "a coordinator who goes only by Tiago": the one name a person is known by in the article
_GOES_BY_BEFORE = Lazy(r"\b(?:goes|go|went|going)\s+(?:only\s+)?by\s+(?:the\s+name\s+(?:of\s+)?)?$"
                       r"|\bknown\s+only\s+(?:by\s+the\s+name\s+|as\s+)$")
# "identified only as Karim, not his real name": a name the outlet gave a source is the person's
# name for the article
_PSEUDONYM_AFTER = Lazy(r",?\s+(?:not\s+(?:his|her|their)\s+real\s+name|a\s+pseudonym)\b"
                        r"|\s+\((?:not\s+(?:his|her|their)\s+real\s+name|a\s+pseudonym)\)")
_COUNTRY_MANDATE = Lazy(r"\b(?:(?:UN|U\.N\.|United Nations)\s+)?(?:[Ii]ndependent\s+[Ee]xpert|Special\s+Rapporteur)\s+on\s+"
                        r"(?:the\s+situation\s+of\s+human\s+rights\s+in\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
                        # a thematic mandate, by its standing title
                        r"|(?:the\s+situation\s+of\s+)?human\s+rights\s+defenders|torture\b|freedom\s+of\s+(?:opinion\s+and\s+)?expression"
                        r"|the\s+rights\s+to\s+freedom\s+of\s+peaceful\s+assembly\s+and\s+of\s+association"
                        r"|the\s+independence\s+of\s+judges\s+and\s+lawyers|the\s+rights\s+of\s+indigenous\s+peoples"
                        r"|violence\s+against\s+women(?:\s+and\s+girls)?)")
_UN_LOWER_BODY = Lazy(r"\b(?:U\.N\.|UN|United Nations)\s+(?:[a-z]+\s+){1,3}?(?:office|agency|secretariat)\b")
_UN_NAMED = Lazy(r"\b(?:U\.N\.|UN|United Nations)\s+(?:[a-z]+\s+){1,3}?(?:office|agency|secretariat)(?:,\s*|\s+\()[A-Z]{3,}\b")
_LEGISLATOR_AFTER = Lazy(r"\s+(?:lawmaker|legislator|MP|parliamentarian|senator)s?\b", re.IGNORECASE)
# "Opposition MP X Y, of the Z": the body a legislator is "of"
_LEGISLATOR_OF_BEFORE = Lazy(r"\b(?:[Ll]awmaker|[Ll]egislator|MP|[Pp]arliamentarian|[Ss]enator)\s+(?:[A-Z][\w’'-]+\s+){1,3}?"
                             r"[A-Z][\w’'-]+,\s+of\s+(?:the\s+)?$")
_LEGISLATOR_WORDS = ("member", "lawmaker", "legislator", "MP", "parliamentarian", "deputy", "senator", "councillor",
                     "councilor")
_KNOWN_KEYS = ("Journalists", "Borders", "Fronti", "Defenders", "Fortify", "Witness", "Protection",
               "Censorship", "Freedom House", "Access Now")
_NICK_HINT = re.compile(r"[“\"][A-Z][\w’'-]{0,15}[”\"]\s[A-Z]|\s[‘'](?:[A-Z][a-z]{1,15}|[A-Z]{2,3})[’']\s[A-Z]")
# _NICK_HINT's two branches (the second without its leading \s): a match of it holds a match of
# one of these, and each opens with a character class, which the engine scans for fast
_NICK_HINT_PARTS = (re.compile(r"[“\"][A-Z][\w’'-]{0,15}[”\"]\s[A-Z]"),
                    re.compile(r"[‘'](?:[A-Z][a-z]{1,15}|[A-Z]{2,3})[’']\s[A-Z]"))   # (initials too: ‘TK’)
_NUMBERED_KEYS = ("group ", "rganiz", "rganis", "NGO ", "ngo ", "watchdog ", "network ", "coalition ",
                  "charity ", "collective ")
_KNOWN_NGO = Lazy(r"\b(?:" + "|".join(re.escape(k) for k in sorted(lexicon.KNOWN_NGOS, key=lexicon.by_length))
                  + r")(?![\w-])(?:\s+\((?P<acr>[A-Z][A-Za-z]{1,9})\))?")


_ARMED_GROUP = Lazy(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in sorted(lexicon.ARMED_GROUPS, key=lexicon.by_length))
                    + r")(?![\w-])")


_REGIONAL_STATE = Lazy(r"(?<![\w-])(?<![A-Z][a-z]\s)(?:" + "|".join(re.escape(k) for k in sorted(lexicon.REGIONAL_STATES, key=lexicon.by_length))
                       + r")(?![\w-])(?![’']s\s+[A-Z])(?!\s+[A-Z])")


def _regional_states(b: _Builder, n: int, par: str) -> None:
    """"Puntland officials dismissed it": a federal member state acts through its government
    (never when it opens a longer name, "Puntland Supreme Court", which stays whole)."""
    for m in _REGIONAL_STATE.finditer(par):
        if any(a < m.end() and m.start() < z for a, z in b.claimed.get(n, ())):
            continue
        key = m.group()
        b.actor(key, "government", key, _TYPE_RANK["government"])
        b.add(n, m.start(), m.end(), key, key, par[m.end():m.end() + 2] in ("’s", "'s"))
        b.claimed.setdefault(n, []).append((m.start(), m.end()))


def _armed_groups(b: _Builder, n: int, par: str) -> None:
    """"the Houthis said", "a district held by al-Shabaab": an armed movement known by name
    (never its name as an adjective, "Houthi-run", which the pattern leaves out)."""
    for m in _ARMED_GROUP.finditer(par):
        if any(a < m.end() and m.start() < z for a, z in b.claimed.get(n, ())):
            continue
        key, typ = lexicon.ARMED_GROUPS[m.group()]
        b.actor(key, typ, key, _TYPE_RANK[typ])
        b.add(n, m.start(), m.end(), key, m.group(), par[m.end():m.end() + 2] in ("’s", "'s"))
        b.claimed.setdefault(n, []).append((m.start(), m.end()))


def _known_ngos(b: _Builder, n: int, par: str) -> None:
    """"the Committee to Protect Journalists said": a group of the genre known by name."""
    for m in _KNOWN_NGO.finditer(par):
        key = m.group().split(" (")[0]
        if any(a < m.end() and m.start() < z for a, z in b.claimed.get(n, ())):
            continue
        a = b.actor(key, "ngo", key, _TYPE_RANK["ngo"])
        acr = m.group("acr") or lexicon.KNOWN_NGOS[key]
        b.add(n, m.start(), m.start() + len(key), key, key, par[m.start() + len(key):][:2] in ("’s", "'s"))
        if acr:
            a.acronym = a.acronym or acr
            b.acronym_keys.setdefault(acr, key)
            if m.group("acr"):
                if acr not in a.forms:
                    a.forms.append(acr)
                b.add(n, m.start("acr"), m.end("acr"), key, acr, False)
        b.claimed.setdefault(n, []).append((m.start(), m.end()))


# "Nehawu members", "Denosa's members", "Cosatu-affiliated", "Nehawu, Denosa and other unions": a
# one-word name the text gives members or affiliates, or counts among other unions, is a body's (a
# union's name written as a word), never a person's.
_MEMBERS_AFTER = re.compile(r"\b([A-Z][a-z]{3,})(?:(?:[’']s)?\s+(?:members|affiliates|structures|"
                            r"shop\s+stewards|national\s+executive)|-affiliated)\b")
_OTHER_UNIONS_AFTER = re.compile(r"\b([A-Z][a-z]{3,})(?:,\s+[A-Z][A-Za-z]+)*,?\s+(?:and|or)\s+other\s+(?:[\w-]+\s+)?"
                                 r"(?:unions|trade\s+unions|federations|organisations|organizations|rights\s+groups)\b")
_ONE_WORD_NAME = re.compile(r"\b([A-Z][a-z]{3,})\b")


_CAPITAL_WORD_BEFORE = re.compile(r"(?<![.!?:] )(?<!^)\b[A-Z][\w’'-]*\s$")


def _mid_sentence(w: str) -> re.Pattern:
    return re.compile(rf"[a-z,;]\s+{re.escape(w)}\b")


def _member_bodies(paragraphs, lower_vocab: set[str]) -> set[str]:
    """The one-word names the text shows to be bodies by their members or among other unions
    (never a word the text also writes in lower case: "Family members")."""
    found = {m.group(1) for p in paragraphs for m in _MEMBERS_AFTER.finditer(p)}
    for p in paragraphs:
        for m in _OTHER_UNIONS_AFTER.finditer(p):
            found.add(m.group(1))
            found |= set(_ONE_WORD_NAME.findall(p[m.start():m.end()].rsplit(" other ", 1)[0]))
    # (a word seen only at a sentence's start may be a plain word: "Fourteen members were ...")
    found = {w for w in found if any(_mid_sentence(w).search(p) for p in paragraphs)}
    return {w for w in found if not _country(w) and w.lower() not in lexicon.COMMON_CAPITALISED and w.lower() not in lower_vocab
            and w.lower() not in lexicon.DEMONYMS and w.lower() not in _NOT_GIVEN}


def _word_bodies(b: _Builder, n: int, par: str, words: set[str]) -> None:
    """Each use of such a one-word body's name in the paragraph, unless a longer name holds it
    (its possessive is left to the runs: "Nehawu's secretary X rejected" keeps X the subject)."""
    for w in words:
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(w)}(?![\w-])", par):
            if any(a < m.end() and m.start() < z for a, z in b.claimed.get(n, ())) \
                    or par[m.end():m.end() + 2] in ("’s", "'s") \
                    or _CAPITAL_WORD_BEFORE.search(par, max(0, m.start() - 30), m.start()) \
                    or par[m.end():m.end() + 2].strip()[:1].isupper():
                continue    # (inside a longer capitalised name: "Denosa Gauteng" is left to the runs)
            b.actor(w, "ngo", w, _TYPE_RANK["ngo"])
            b.add(n, m.start(), m.end(), w, w, False)
            b.claimed.setdefault(n, []).append((m.start(), m.end()))


# Heads of a law, a treaty or a plan written out before its initials.
# the last word of a statute's name
_STATUTE_ENDS = {"Act", "Ordinance", "Decree", "Code"}
_INSTRUMENT_HEADS = {"act", "law", "bill", "code", "constitution", "treaty", "agreement", "accord", "convention",
                     "covenant", "charter", "declaration", "resolution", "decree", "ordinance", "regulation",
                     "regulations", "protocol", "directive", "amendment", "strategy", "plan", "policy",
                     "scheme", "index", "report", "election", "elections", "award", "prize",
                     "list", "register", "registry", "database", "blacklist", "watchlist",   # a list is no actor
                     # the same heads in languages whose law names English text keeps untranslated
                     "sanhita", "adhiniyam", "qanun", "kanun"}


def _paren_head(words: list[re.Match]) -> str:
    head = words[-1].group()
    for i, w in enumerate(words):
        if i and w.group() in {"of", "for", "to", "on", "against"}:
            head = words[i - 1].group()
            break
    return head.lower().rstrip(".")


def _paren_type(words: list[re.Match], text: str, before: str) -> str:
    head, typ = _head_type(_paren_head(words))
    low = _norm(text)
    if re.search(r"\b(?:united nations|un)\b|\bu\.n\.", low):
        return "international"
    if text in lexicon.KNOWN_NGOS:
        return "ngo"
    if typ is not None:
        typ = _refined(low, head, typ)
    if typ is None or typ == "ngo":
        if _at_end(_PARTY_BEFORE, before) or _ACR_FACTION_BEFORE.search(before):
            return "party"
        cue = _at_end(_ORG_CUE_BEFORE, before)
        if cue:
            return _cue_type(cue.group("cue"))
    return typ or "ngo"


# Bodies named after their subject ("Committee on the Rights of the Child").
_ON_ONE_WORD = {"Commission", "Committee", "Council"}
_ON_HEADS = {"group", "committee", "commission", "council", "panel", "mission", "mechanism", "subcommittee"}
_ON_TAIL = re.compile(r"\s+on\s+(?:the\s+)?(?P<w>[A-Z][\w’'-]*)(?:\s+(?:(?:of|and|or|the|in|for|against|on)\s+)*"
                      r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                      r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"   # "... in March"
                      r"[A-Z][\w’'-]*)*")
_KIND_APPOS = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?P<cue>group|organi[sz]ation|ngo|watchdog|"
                         r"charity|coalition|network|party)\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z .’'-]+,\s*$")


_BODY_SHORT_HEADS = lexicon.INSTITUTION_WORDS | {"assembly", "chamber", "commission", "court", "council",
                                                "tribunal", "committee"}


def _fuller_body(b: _Builder, word: str) -> str | None:
    """The one body named so far whose name's head is this word, if exactly one."""
    keys = [a.key for a in b.actors.values() if a.type != "person" and " " in a.key
            and _head_word(a.key) == word]
    return keys[0] if len(keys) == 1 else None


def _head_word(key: str) -> str:
    ws = key.split()
    return ws[_head_index_of(tuple(ws))]


_CAPITAL_ACTS = Lazy(rf"\s+(?:(?:has|have|had|also|repeatedly|again|long|previously|then|later|quickly|"
                     rf"swiftly|on\s+\w+day)\s+)*(?:{lexicon.SPEECH_VERB_RE}|rejects|denies|supported|supports|"
                     rf"opposed|opposes|refused|refuses|objected|objects|protested|protests|summoned|summons|"
                     rf"retaliated|responds|hit\s+back)\b")


def _government_of(b: _Builder, country: str) -> tuple[str, str]:
    """The actor that stands for a country's government: "<Adjective> government" when the
    article names that government itself, else the country."""
    adj = lexicon.COUNTRY_ADJECTIVES.get(country)
    if adj and country in b.named_governments():
        return f"{adj} government", "government"
    return country, "country"


# Malay, Burmese, Khmer and Hausa styles of address written before a person's name ("Tan" and "Sri"
# alone are names, so only in these pairs).
_STYLES = {"datuk", "dato", "dato’", "dato'", "datin", "tun", "toh", "daw", "haji", "hajjah", "hajah", "puan",
           "encik", "techo", "alhaji", "alhaja", "ko"}     # ("Ko": a Burmese man's style, "elder brother")
_STYLE_PAIRS = {("tan", "sri"), ("datuk", "seri"), ("dato", "sri"), ("dato", "seri"), ("dato’", "sri"),
                ("dato'", "sri"), ("datuk", "sri"), ("toh", "puan")}


def _style_words(run: list[Tok]) -> int:
    """How many of the run's first words are a style of address (0, 1 or 2)."""
    if len(run) < 3 or run[0].text[:1] not in "DTHPEAK":
        return 0
    first, second = run[0].text.lower(), run[1].text.lower()
    if (first, second) in _STYLE_PAIRS:
        return 2
    # a style word said twice opens a reduplicated Burmese name ("Maung Maung Zaw"), no style
    return 1 if first in _STYLES and first != "toh" and second != first else 0


_PLACE_MODIFIER = re.compile(r" (?!(?:government|authorities|officials|embassy|ministry|police|army|military|"
                             r"forces|delegation|mission|courts?|parliament|troops|diplomats?|envoys?|lawmakers|"
                             r"senators?|congress|officers?|agents?|prosecutors?)\b)[a-z][a-z-]+\b")
_PREP_BEFORE = re.compile(r"\b(?:at|in|on|across|during|from|into|outside|inside)\s+(?:the\s+)?$")


def _outlet_tail(par: str, tail: list[Tok]) -> bool:
    while tail and tail[0].text.lower() == "the":
        tail = tail[1:]
    return bool(tail) and (_norm(_text(par, tail)) in lexicon.OUTLETS or _text(par, tail) in lexicon.WIRE_AGENCIES)


_NUMBERED_UNIT_BEFORE = Lazy(r"\)\s+(?:Region|Zone|Area|Division|Sector)\s+\d{1,3}\s+$")
_FOUNDED_HEADS = {"university", "college", "school", "academy", "institute", "hospital"}


# "Aram Dosti Kaya of the ruling Liberty Union of X (LUX)", "Rina Sall, a Unity Party (UP)
# councillor": a name written with its party, then its acronym or a verb, is a member's
_MEMBER_OF_PARTY = re.compile(
    r"\b(?P<name>[A-Z][a-z]{1,15}(?:[ -][A-Z][a-z]{1,15}){1,3})(?:\s+of\s+the|,\s+an?)\s+"
    r"(?:(?:ruling|opposition|governing|main|former|senior|veteran)\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){0,4}(?:Party|Union|Movement|Front|Alliance|Congress|League)(?:\s+of\s+[A-Z][\w’'-]*)?"
    r"(?:\s+\([A-Z][\w-]{1,9}\))?(?:\s*[,:]|\s+[a-z]+(?:ed|s)\b|\s+(?:member|councill?or|lawmaker|deputy|MP|legislator|activist|spokes\w+)\b)")


def _members_of_parties(paragraphs, person_cued: set[str]) -> None:
    for par in paragraphs:
        for m in (_MEMBER_OF_PARTY.finditer(par) if " Party" in par or " Union" in par or " Movement" in par
                  or " Front" in par or " Alliance" in par or " Congress" in par or " League" in par else ()):
            words = m.group("name").replace("-", " ").split()
            if all(w.lower() not in _NOT_GIVEN and w.lower() not in _NOT_IN_NAME and w.lower() not in _PLACE_NOUNS
                   and w.lower() not in lexicon.INSTITUTION_WORDS for w in words) and not _country(m.group("name")):
                person_cued.add(m.group("name"))


_LAW_ON_BEFORE = Lazy(r"\b(?:Act|Law|Code|Decree|Ordinance)\s+on\s+(?:the\s+)?$")


def _local_place(run) -> bool:
    """"Ban Huai Sai", "Kampong Trach", "Desa Sukamaju": a village or ward named with the
    region's own word for it. A hyphenated given name after it ("Ban Ki-moon") is a person's."""
    return len(run) >= 2 and run[0].text.lower() in lexicon.PLACE_PREFIXES and run[0].text[1:].islower() \
        and "-" not in run[1].text


def _retry_after_of(run, again, first: int) -> bool:
    """"Ministry of Justice" style runs that are no actor as a whole: read again what follows
    the first "of"/"for" at or after position `first` (without a leading "the"). True when
    such a word was found."""
    for i, t in enumerate(run):
        if i >= first and t.text.lower() in {"of", "for"} and i + 1 < len(run):
            if t.text == "for" and run[i + 1].text in ("a", "an") and i == 1 and run[0].text.lower() in _MEMBER_PLURALS:
                return False    # "Lawyers for a Democratic Society": a members' group named whole
            rest = run[i + 1:]
            # (nor a leading "a": "Lawyers for a Democratic Society" is no "a Democratic Society")
            while rest and rest[0].text.lower() in ("the", "a", "an"):
                rest = rest[1:]
            if rest:
                again(rest)
            return True
    return False


_TO_OUTLET = Lazy(r"\b(?:told|telling|tells|to|with)\s+$")
_INTERVIEW_WITH = Lazy(r"\binterviews?\s+(?:with|to|given\s+to)\s+(?:the\s+)?$")
_PREV_WORD_COMMA = re.compile(r"([A-Z][\w.]*),\s*$")
_LISTED_BEFORE = re.compile(
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,\s*)+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,?\s+and\s+)?$"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,?\s+and\s+$")


_BRANCH_NUMBER = re.compile(r" (\d{1,3})\b")


_UNIT_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
_SPEAKER_CLAUSE_AFTER = re.compile(r",\s+(?:his|her|their)\s+[a-z-]+\s+(?:says|said|recalls|recalled|adds|added)\b")
_NUMBERED_UNITS = {"division", "region", "zone", "sector", "district", "battalion", "brigade", "precinct", "ward"}
_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")
_ROLE_OF_BEFORE = Lazy(rf"\b(?:{_ROLE_RE})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


_MONEY_WORD = re.compile(r"[A-Z][a-z]{1,3}\d[\d,.]*[mbk]?")     # (never "M23", a movement's name)
_OFFICE_BODIES = {"Ministry", "Department", "Directorate", "Office", "Secretariat"}
# Words that join the parts of an Arabic or Malay name ("Mohammed bin Hassan Al Mannai")
_NAME_JOINS = {"bin", "binti", "bint", "ibn", "al", "bte", "binte"}


def _classify(b: _Builder, n: int, par: str, run: list[Tok], pending_names, singles, acronyms,
              person_cued: set[str]) -> None:
    again = lambda r: _classify(b, n, par, r, pending_names, singles, acronyms, person_cued)  # noqa: E731
    # Leading "The" and generic words like "NGO" are not part of a name.
    while run and (run[0].text.lower() == "the" or (run[0].text.isupper() and
                                                     run[0].text in _GENERIC_ACRONYMS)):
        run = run[1:]
    if len(run) == 1 and par[run[0].end:run[0].end + 2] in (" $", "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9") \
            and run[0].text in ("U.S.", "US"):
        return      # "(U.S. $2,600)", "US$1.1bn": a currency, no country that acts
    if len(run) >= 3 and run[-1].text in _STATUTE_ENDS and not run[-1].poss:
        return      # "the Prevention of Electronic Crimes Act", "the Official Secrets Act": a law, no actor
    if len(run) == 1 and _MONEY_WORD.fullmatch(run[0].text):
        return      # "more than Dh184,000", "Rs25": a currency's sign and its amount, no one
    if len(run) == 1 and par[run[0].end:run[0].end + 1] == "*" and par[run[0].end + 1:run[0].end + 2] != "*" \
            and _plain_name_word(run[0]) and run[0].text.lower() not in lexicon.COMMON_CAPITALISED:
        # "Rahim* has woken up ...": a name the page marks as changed to protect the person
        key = run[0].text
        b.actor(key, "person", key, 0)
        b.add(n, run[0].start, run[0].end, key, key, False)
        person_cued.add(key)
        return
    if len(run) >= 5 and run[1].text == "of" and run[0].text in _OFFICE_BODIES:
        k = 2
        while k < len(run) and run[k].text.lower() in lexicon.PORTFOLIO_WORDS:
            k += 1
        if 2 < k <= len(run) - 2 and run[k - 1].text.lower() not in {"and", "of", "for", "the"} \
                and any(t.text.lower() in _NAME_JOINS for t in run[k + 1:-1]) and _plain_name_word(run[k]):
            # "the Ministry of Labour Mohammed bin Hassan Al Mannai": the body, then the person who
            # holds its post, one after the other with no word between
            again(run[:k])
            again(run[k:])
            return
    of = next((k for k in range(2, min(len(run), 5)) if run[k].text == "of"), None) if len(run) >= 4 else None
    if of is not None and run[0].text.lower() in lexicon.TITLE_HEADS and all(t.text[:1].isupper() for t in run[1:of]) \
            and _PLACE_NOUN_AFTER.match(par, run[-1].end):
        again(run[:of])     # "Chief Iau Kapalu of Imaki village": a titled person, then where he is from
        return
    if 1 <= len(run) <= 2 and not run[-1].poss and _country(run[-1].text) and (
            cause := _CAUSE_BEFORE.search(par, max(0, run[-1].start - 16), run[-1].start)) \
            and (len(run) == 1 or cause.start() == run[0].start):
        # "Rights Bahamas", "Transparency Ruritania": a cause, then the country it works in, names a
        # group (whether or not the run took the cause's word, which may open a sentence)
        key = par[cause.start():run[-1].end]
        b.actor(key, "ngo", key, _TYPE_RANK["ngo"])
        b.add(n, cause.start(), run[-1].end, key, key, False)
        return
    if len(run) >= 5 and run[0].text in ("Member", "Members") and run[1].text == "of" \
            and run[2].text in ("Parliament", "Congress") and run[3].text == "for":
        return      # "a Member of Parliament for Fako": a legislator's seat, no body of that name
    if len(run) == 1 and par[run[0].end:run[0].end + 1] == " " and _CHANNEL_NUMBER.match(par, run[0].end) \
            and _country(run[0].text):
        return      # "told RURITANIA 24": a channel named for its country, no country that acts
    if run and par[run[0].start - 1:run[0].start] == "/" and (
            sl := _SLASHED_BEFORE.search(par, max(0, run[0].start - 8), run[0].start)):
        # "RFE/RL's Uzbek Service": the name opens with the slashed acronym's first half
        run = [run[0]._replace(start=sl.start()), *run[1:]]
    elif len(run) == 2 and run[1].text == "Service" and par[run[0].start - 2:run[0].start] == "s " and (
            sl := _ACRONYM_POSS_BEFORE.search(par, max(0, run[0].start - 16), run[0].start)):
        # "VOA's Uzbek Service": the broadcaster's possessive is part of its desk's name
        run = [run[0]._replace(start=sl.start()), *run[1:]]
    if len(run) >= 3 and run[-1].text == "Branch" and lexicon.ORG_HEADS.get(run[-2].text.lower()) == "court" \
            and (num := _BRANCH_NUMBER.match(par, run[-1].end)) is not None:
        # "the Iloilo Regional Trial Court Branch 12": one numbered branch of a trial court
        of = max((k for k, t in enumerate(run) if t.text in _CONNECTORS), default=None)
        if of is not None:
            # "Judge X of the ... Court Branch 12": the person, then the court
            if of == 0 or run[of].text not in {"of", "the"}:
                again(run[:-1])
                return
            again(run[:of - 1] if run[of].text == "the" else run[:of])
            again(run[of + 1:])
            return
        key = _text(par, run) + " " + num.group(1)
        b.actor(key, "court", key, _TYPE_RANK["court"])
        b.add(n, run[0].start, num.end(1), key, key, False)
        return
    if len(run) >= 4 and run[-2].text == "of" and run[-1].text.lower() in _NUMBERED_UNITS and not run[-1].poss \
            and (num := _BRANCH_NUMBER.match(par, run[-1].end)) is not None and (typ := _org_type(run[:-2], par)):
        # "the Union of Market Traders of Ward 3": a body of a numbered area ends on the number
        key = _text(par, run) + " " + num.group(1)
        b.actor(key, typ, key, _TYPE_RANK[typ])
        b.add(n, run[0].start, num.end(1), key, key, False)
        return
    if run and par[run[0].start - 2:run[0].start - 1].isdigit() and _NUMBERED_UNIT_BEFORE.search(par, max(0, run[0].start - 40), run[0].start):
        return      # "the Defence Command (NDC) Region 2 Forward Command": a unit of the body just named
    if len(run) > 1 and run[-1].text[:1].islower() and _CAMEL_PREFIXED.fullmatch(run[-1].text):
        camel = len(run) - 1        # (_runs closes a name on such a word)
        if _BODY_PART_AFTER.match(par, run[-1].end) and run[0].text[1:].islower():
            key = _text(par, run)       # a movement's name in its own language
            b.actor(key, "ngo", key, _TYPE_RANK["ngo"])
            b.add(n, run[0].start, run[-1].end, key, key, run[-1].poss)
            return
        again(run[:camel])      # otherwise the words before it, as they were read before
        return
    if len(run) == 2 and run[0].text.lower() in lexicon.WEEKDAYS and run[1].text.lower() in _MEMBER_PLURALS:
        # "the Saturday Mothers": a movement named for the day its members gather
        key = _text(par, run)
        b.actor(key, "ngo", key, _TYPE_RANK["ngo"])
        b.add(n, run[0].start, run[-1].end, key, key, run[-1].poss)
        return
    # "Ms Basri", "Mr. Ahmad Basri": the honorific is no part of the name (it cues a person).
    ranked = False      # "ASP Abena Osei-Tutu": a police or army rank before a name cues a person
    # (a pen name in quotation marks, "Mzee X", or one she is "known as", keeps its style: it is
    # one whole nickname)
    quoted = bool(run) and run[0].start > 0 and run[0].text.lower() in _LOCAL_STYLES and (par[run[0].start - 1:run[0].start] in ('"', "“")
                                                 or _NICKNAMED_BEFORE.search(par, max(0, run[0].start - 40), run[0].start))
    while run and not quoted and (len(run) > 1 and (run[0].text.lower() in _HONORIFICS or run[0].text in _RANK_ABBREVIATIONS)
                   or par[run[0].end:run[0].end + 1] == "." and _rank_word(par, run[0])
                   or len(run) > 1 and _bare_rank(run)
                   # (the second word of a rank after the first: "Lt Col X", "Brig Gen X")
                   or ranked and len(run) > 1 and run[0].text in ("Col", "Gen")):
        ranked = ranked or run[0].text in _RANK_ABBREVIATIONS or _bare_rank(run)
        run = run[1:]
    if not run or (len(run) == 1 and run[0].text.lower() in _HONORIFICS):
        return
    if run[0].start > 0 and _HONORIFIC_BEFORE.search(par, max(0, run[0].start - 12), run[0].start):
        of = next((k for k in range(2, min(len(run) - 1, 5)) if run[k].text == "of"), None)
        if of is not None and all(_name_word(t) for t in run[:of]):
            # "Rev. Ana Cruz of the Lakes Synod of the Church of X": the honorific's person,
            # then the body she belongs to (read again on its own)
            again(run[:of])
            _retry_after_of(run, again, of)
            return
    if len(run) >= 2 and run[-1].text.lower() in _UNIT_NUMBERS and run[-2].text.lower() in _NUMBERED_UNITS:
        return      # "Police Division Nine": a numbered unit of a force, no actor of its own
    if 3 <= len(run) <= 4 and _ACRONYM_WORD.fullmatch(run[0].text) and not run[0].poss \
            and all(_name_word(t) for t in run[1:]) and _ROLE_OF_BEFORE.search(par, max(0, run[0].start - 40), run[0].start):
        # "the secretary of the NEB Tamir Ganzorig": the body's acronym, then the office holder
        again(run[:1])
        again(run[1:])
        return
    if 3 <= len(run) <= 5 and run[0].text.lower() in lexicon.ROLE_NOUNS and not run[0].poss \
            and _ROLE_AND_BEFORE.search(par, max(0, run[0].start - 30), run[0].start) \
            and all(_name_word(t) for t in run[1:]):
        # "journalist and YouTuber Kamran Haider Malik": a second role, capitalised as a brand's
        # name, then the person both roles describe
        person_cued.add(_text(par, run[1:]))
        pending_names.append((n, run[1:], True))
        return
    role_at = _opening_role_index(run) if 3 <= len(run) <= 8 else None
    if role_at is not None and _opening_role(par, run[role_at].start, run[role_at].text) \
            and _org_type(run, par) is None:
        # "Lawyer Ana Ruiz said", "according to Farmer Joan Pell", "Kenyan Activist Wanjiru
        # Otieno": a role noun (and its modifiers) capitalised by its place or the house style,
        # then a name; the pre-name roles read it as her role
        again(run[role_at + 1:])
        return
    role_at = next((k for k in range(1, len(run) - 2) if run[k].text.lower() in _OPENING_ROLES), None) \
        if 4 <= len(run) <= 9 else None
    if role_at is not None and not run[role_at].poss and 2 <= len(run) - role_at - 1 <= 4 \
            and all(_name_word(t) for t in run[role_at + 1:]) and _body_words(b, par, run[:role_at]):
        # "Amnesty International Researcher Ana Ruiz said": a body, a title-cased role, a name
        again(run[:role_at])
        again(run[role_at + 1:])
        return
    if 3 <= len(run) <= 5 and run[0].initial and run[0].text.lower() in _OPENING_PLURALS \
            and all(_name_word(t) for t in run[1:]) and _LIST_GOES_ON.match(par, run[-1].end):
        # "Lawyers Ana Ruiz and Joan Pell said": a plural role opening a list of names; each
        # is a person (the list's other names are read with their own cues)
        person_cued.add(_text(par, run[1:]))
        pending_names.append((n, run[1:], True))
        pos = run[-1].end
        while (item := _LIST_ITEM.match(par, pos)) is not None:
            person_cued.add(item.group("name"))     # the list's middle names: persons too
            pos = item.end("name")
        if (last := _LIST_LAST.match(par, pos)) is not None:
            person_cued.add(last.group("name"))     # and its last
        return
    if len(run) == 2 and run[0].text.lower() in _OPENING_ROLES and _name_word(run[1]) and not run[0].poss \
            and _opening_role(par, run[0].start, run[0].text) and _short_of_named(b, pending_names, run[1].text):
        # "Lawyer Ruiz said" after "Ana Ruiz": the short form of a name read before, with her role
        again(run[1:])
        return
    if run[0].text in _TRADITIONAL and 2 <= len(run) <= 5 and not any(
            t.text.lower() in lexicon.ORG_HEADS for t in run) and all(
            t.text.isalpha() and t.text[1:].islower() or "-" in t.text and t.text[:1].isupper() or
            k == len(run) - 1 and _REGNAL.fullmatch(t.text) for k, t in enumerate(run[1:], 1)):
        # "Togbe Kwami Dzokoto IV", "Nana Ofori Agyeman": a chief's title opens a person's name
        person_cued.add(_text(par, run))
        pending_names.append((n, run, True))
        return
    if run[0].text in ("MC", "DJ") and 2 <= len(run) <= 3 and all(_name_word(t) for t in run[1:]):
        # "MC Lelé", "DJ Kofi Blaze": a performer's stage name, no acronym's body
        person_cued.add(_text(par, run))
        pending_names.append((n, run, True))
        return
    if _style_words(run):
        # "Tan Sri Rahim Noor", "Daw Khin Myo": only a person bears a style of address (left out
        # of the key at the end)
        person_cued.add(_text(par, run))
    if len(run) == 2 and run[0].text.lower() in lexicon.TITLE_HEADS and run[1].text.lower() in _INSTRUMENT_HEADS \
            and re.match(r"\s+(?:on|of|for|against)\s", par[run[-1].end:run[-1].end + 10]):
        return      # "the General Law on Water": a rank word opens a law's name, not a person's
    if _law_and_after(par, run[-1].end):
        return      # "the Coast Guard and Harbour Services Act": the first half of a law's name
    # "Piet van der Laan of the Greens": a name with a surname particle right before "of"
    # is a person of that body, never part of the body's name.
    cut = None
    for at, tok in enumerate(run):
        if tok.text == "of":
            cut = at
            break
    if cut and cut >= 3 and run[cut - 1].text[:1].isupper() and run[cut - 2].text in _SURNAME_PARTICLES:
        again(run[:cut])
        rest = run[cut + 1:]
        while rest and rest[0].text.lower() in _CONNECTORS:
            rest = rest[1:]
        if rest:
            again(rest)
        return
    if cut and 3 <= cut <= 4 and run[0].text.lower() in lexicon.ROLE_NOUNS and par[:run[0].start].rstrip()[-1:] in ("", ".", "\"") \
            and all(t.text.replace("-", "").isalpha() and t.text[1:].islower() and t.text.lower() not in _NOT_GIVEN
                    and t.text.lower() not in _NOT_IN_NAME for t in run[1:cut]):
        # "Lawyer Ayla Kaya of the Bar Association said": a role noun capitalised only because it
        # opens the sentence, a name, then the body she serves when it has a body's shape
        rest = run[cut + 1:]
        while rest and rest[0].text.lower() in _CONNECTORS:
            rest = rest[1:]
        if rest and _org_type(rest, par) is not None:
            again(run[1:cut])
            again(rest)
            return
    if cut and cut >= 2 and _title_cut(tuple(t.text for t in run[:cut])) is not None:
        # "Judge Ana Ruiz of the Central District Court": a titled person, then the body she
        # serves, when what follows "of" has a body's shape
        rest = run[cut + 1:]
        while rest and rest[0].text.lower() in _CONNECTORS:
            rest = rest[1:]
        if rest and _org_type(rest, par) is not None:
            again(run[:cut])
            again(rest)
            return
    if cut and cut >= 2 and len(run) == cut + 2 and run[-1].text in b.acronym_keys \
            and all(t.text[:1].isupper() and not t.text.isupper() for t in run[:cut]):
        # "Rudo Chikore of ZRL": a name, then the body the text has named with its initials
        again(run[:cut])
        again(run[cut + 1:])
        return
    for a, z in b.claimed.get(n, ()):
        if run[0].start < z and run[-1].end > a:
            # Already named with its acronym: only words outside that name remain.
            left = [t for t in run if t.end <= a]
            right = [t for t in run if t.start >= z]
            for part in (left, right):
                while part and part[-1].text.lower() in _CONNECTORS:
                    part.pop()
                if part:
                    again(part)
            return
    if par[run[0].start - 1:run[0].start] in ("“", '"') and _in_title(par, run):
        return      # a report's or a book's title in quotation marks ("Building Trust at Work")
    if (par[run[0].start - 1:run[0].start] in ("“", '"') or par[run[0].start - 4:run[0].start - 3] in ("“", '"')) \
            and _LAW_TITLE_BEFORE.search(par, max(0, run[0].start - 20), run[0].start):
        return      # the Law “On Broadcast Media”: the subject of a law's title names no body
    text = _text(par, run)
    if text in b.acronym_keys:
        key = b.acronym_keys[text]
        b.add(n, run[0].start, run[-1].end, key, text, run[-1].poss)
        return
    low = _norm(text)
    if low in lexicon.OUTLETS and _INTERVIEW_WITH.search(par, max(0, run[0].start - 30), run[0].start):
        # "in a 2023 interview with Radio Free Asia": the outlet she spoke to is in the story
        b.actor(text, "ngo", text, _TYPE_RANK["ngo"])
        b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
        return
    if low in lexicon.OUTLETS or low in lexicon.PLATFORMS:
        return
    if low in b.outlets and (_at_end(_SPEECH_BEFORE, par[max(0, run[0].start - 40):run[0].start])
                             or _TO_OUTLET.search(par, max(0, run[0].start - 40), run[0].start)
                             or _PREP_THE_BEFORE.search(par, max(0, run[0].start - 12), run[0].start)):
        # "she told Enab Baladi", "speaking to Kloop": the page's own masthead, as the one spoken
        # to, is no actor (and never a person); acting in the story, it is read as any name is
        return
    if run[-1].text in _BROADCAST_ENDS and 2 <= len(run) <= 4 and all(
            t.text[:1].isupper() and not t.text.isupper() for t in run[:-1]):
        # "Kente FM", "Rudaw TV": a name ending in a broadcast band or medium is a station's
        b.actor(text, "ngo", text, _TYPE_RANK["ngo"])
        b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
        return
    country = _country(text)
    if country:
        before = par[max(0, run[0].start - 80): run[0].start]
        prev = _PREV_WORD_COMMA.search(before) if before.rstrip().endswith(",") else None
        listed = _LISTED_BEFORE.search(before)
        if listed and _LIST_PLACE_BEFORE.search(before[: listed.start()]):
            return      # "dissidents from Laos, Cambodia and Vietnam": places, not actors
        if prev and _country(prev.group(1)):
            pass        # a list of countries ("presented by Britain, Canada, Malawi")
        elif prev and low not in lexicon.BLOCS and not _DATELINE.match(par[:run[0].start]):
            return      # "Geneva, Switzerland": a place, not an actor (a dateline's country is one)
        if text.replace(".", "").isupper() and not run[-1].poss and _PLACE_MODIFIER.match(par, run[-1].end) \
                and _PREP_BEFORE.search(before[-12:]):
            return      # "at UK protests", "in US custody": a country's initials naming where, as a modifier
        b.actor(country, "country", text, 4)
        b.add(n, run[0].start, run[-1].end, country, text, run[-1].poss)
        return
    capital = lexicon.CAPITALS.get(text)
    if capital:
        # A capital is a place, or its country's government when it acts ("Hanoi rejected ...",
        # "said New Delhi supported ..."); never a person's or a body's name.
        if _CAPITAL_ACTS.match(par, run[-1].end) and not _at_end(_PLACE_BEFORE, par[max(0, run[0].start - 20): run[0].start]):
            key, typ = _government_of(b, capital)
            b.actor(key, typ, text, _TYPE_RANK[typ])
            b.add(n, run[0].start, run[-1].end, key, text, run[-1].poss)
        return
    intl = _international(text)
    if intl:
        key, typ = intl
        a = b.actor(key, typ, text, 3)
        if key != text and (text.isupper() or "." in text):
            a.acronym = a.acronym or text.replace(".", "")
        b.add(n, run[0].start, run[-1].end, key, text, run[-1].poss)
        return
    if par[run[0].start - 3:run[0].start] in _ORDINAL_ENDS and _military_unit(run) and (o := _ORDINAL_BEFORE.search(par, max(0, run[0].start - 8), run[0].start)):
        # "the army's 5th Military Region", "the 101st Airborne Division": a unit numbered by an
        # ordinal (the tokens never hold the digits)
        key = par[o.start():run[-1].end]
        b.actor(key, "government", key, _TYPE_RANK["government"])
        b.add(n, o.start(), run[-1].end, key, key, run[-1].poss)
        return
    if par[run[0].start - 3:run[0].start] in _ORDINAL_ENDS and any(t.text == "Court" for t in run) \
            and (o := _ORDINAL_BEFORE.search(par, max(0, run[0].start - 8), run[0].start)):
        # "the 9th Criminal Court of First Instance": Turkish, Egyptian and other numbered courts;
        # the ordinal tells which of a city's many courts it is
        key = par[o.start():run[-1].end]
        b.actor(key, "court", key, _TYPE_RANK["court"])
        b.add(n, o.start(), run[-1].end, key, key, run[-1].poss)
        return
    org = _org_type(run, par)
    if org and len(run) == 2 and not run[-1].poss and _AGE_AFTER.match(par[run[-1].end:run[-1].end + 80]) and _plain_name_word(run[0]) \
            and not _country(run[0].text) and run[0].text not in _ADJECTIVES and run[0].text.lower() not in lexicon.DEMONYMS:
        org = None      # "Keo Navy, 54, wept": a body has no age; a name that ends like one is a person's
    if org is None and len(run) == 1 and run[0].text in _ON_ONE_WORD and not run[0].poss \
            and (on := _ON_TAIL.match(par, run[0].end)) and on.group("w").lower() not in lexicon.WEEKDAYS \
            and on.group("w").lower() not in lexicon.MONTHS:
        # "the Commission on Elections": a one-word head and the remit after it are the name
        # ("its Committee on X" after a UN agency: the agency's own organ)
        text = par[run[0].start:on.end()]
        typ = "international" if par[max(0, run[0].start - 4):run[0].start] == "its " and any(
            a.type == "international" for a in b.actors.values()) else "government"
        b.actor(text, typ, text, _TYPE_RANK[typ])
        b.add(n, run[0].start, on.end(), text, text, False)
        b.claimed.setdefault(n, []).append((run[0].start, on.end()))
        return
    if org is None and "Mission" in text and (mi := next((i for i, t in enumerate(run) if t.text == "Mission"), 0)) \
            and run[mi - 1].text in _MANDATE_MISSIONS:
        # "the UN Independent International Fact-Finding Mission for X": a mandate, not an embassy
        # nor a person; one a country or its adjective opens is that state's own
        national = run[0].text in _ADJECTIVES or _country(run[0].text) and run[0].text.lower() not in lexicon.BLOCS
        typ = "government" if national else "international"
        b.actor(text, typ, text, _TYPE_RANK[typ])
        b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
        return
    of = next((i for i, t in enumerate(run) if t.text.lower() in {"of", "for"}), None)
    if org is None and of is not None and 2 <= of <= 4 and run[of].text == "of" and all(
            t.text.isalpha() and t.text[1:].islower() and t.text.lower() not in _NOT_GIVEN
            and t.text.lower() not in _NOT_IN_NAME for t in run[:of]) and not _country(_text(par, run[:of])) \
            and len(run) - of >= 4 and _members_for(run[of + 1:]):
        # "Tendai Moyo of Harare Lawyers for Justice": a name, then the cause-named group it works
        # for; the whole is no group of lawyers
        again(run[:of])
        again(run[of + 1:])
        return
    if org is None and len(run) >= 3 and _members_for(run):
        org = "ngo"     # "Lawyers for Human Rights", "Mothers for Peace": a group named for its cause
    if org is None and 3 <= len(run) <= 5 and run[1].text == "for" and not run[0].poss and _plain_name_word(run[0]) \
            and run[0].text.lower() not in b.lower_vocab and run[0].text.lower() not in _NOT_GIVEN \
            and not _country(run[0].text) and all(t.text.lower() in _CAUSE_WORDS or t.text == "and" for t in run[2:]):
        org = "ngo"     # "Sawtuna for Human Rights": a one-word name, then the cause it stands for
    if org is None and 3 <= len(run) <= 5 and any(t.text.lower() in _NUMBER_WORDS for t in run[1:-1]) \
            and not run[-1].poss and _country(run[-1].text) and not _country(run[0].text):
        # "Chapter Nine Kenya": a name holding a spelled-out number, then a country, is a body's
        # (no person's name holds either)
        b.actor(text, "ngo", text, _TYPE_RANK["ngo"])
        b.add(n, run[0].start, run[-1].end, text, text, False)
        return
    if org is None and len(run) >= 3:
        # "Amnesty International Indonesia": a national section keeps its organisation's type.
        for k in (1, 2):
            if len(run) - k >= 2 and _country(_text(par, run[-k:])) and _org_type(run[:-k], par):
                org = _org_type(run[:-k], par)
                b.actor(text, org, text, _TYPE_RANK[org])
                b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
                return
        if run[-2].text.lower() in lexicon.ORG_HEADS and _name_like(run[-1].text) and not run[-2].poss \
                and par[max(0, run[0].start - 4):run[0].start].lower() == "the " and _place_in_text(b, run[-1].text) \
                and (org := _org_type(run[:-1], par)):
            # "the Forest Department Sarawak": a state's or region's body, its place after its head
            b.actor(text, org, text, _TYPE_RANK[org])
            b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
            return
    head = run[_head_index(run)].text.lower()
    if org and head in {"house", "hall", "palace", "tower"} and (
            re.search(r"\b(?:at|in|inside|outside|near|into|from|to)\s+(?:the\s+)?$",
                      par[max(0, run[0].start - 30): run[0].start])
            or _BUILDING_NAMED_BEFORE.search(par, max(0, run[0].start - 30), run[0].start)):
        return      # "at Government House", "a jail people call the Grey House": a building, not an actor
    before = par[max(0, run[0].start - 80): run[0].start]
    if org and ("“" in before or '"' in before) and _SLOGAN_BEFORE.search(before):
        return      # 'under the slogan "No Land, No Water"': a banner's words are no body
    # ("the newspaper The Daily X": the cue stands before the name's own "The")
    cue_before = _at_end(_ORG_CUE_BEFORE, before[:-4] if before.endswith(("The ", "the ")) else before) or (before[-2:-1] in "teTE" and _project_cue(before)) or (
        before.endswith(", ") and par[run[-1].end:run[-1].end + 1] == "," and _KIND_COMMA_BEFORE.search(before[-60:])) or (
        before.endswith("call ") or before.endswith("calls ")) and _CALLED_CUE_BEFORE.search(before[-60:])
    if cue_before and _broadcasting_person(before, text, run):
        cue_before = None
    if org is None and cue_before and len(run) <= 6 and not _split_title(run):
        typ = _cue_type(cue_before.group("cue"))
        b.actor(text, typ, text, _TYPE_RANK[typ])
        b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
        return
    if before.endswith(" ministry of ") and run[0].text.lower() in lexicon.PORTFOLIO_WORDS and not run[-1].poss:
        # "the ministry of Information, Communications Technology and National Guidance said": the
        # ministry named by its portfolios, its own word in lower case
        key = "Ministry of " + text
        b.actor(key, "government", par[run[0].start - 12:run[-1].end], _TYPE_RANK["government"])
        b.add(n, run[0].start - 12, run[-1].end, key, par[run[0].start - 12:run[-1].end], False)
        return
    said_firm = None
    if org is None and 1 <= len(run) <= 6 and before.endswith(("the ", "for ")) and not run[-1].poss \
            and "spokes" in before[-40:] and _VOICE_BEFORE.search(before[-40:]) and _BODY_VOICE_AFTER.match(par, run[-1].end) \
            and not _split_title(run) and not _country(text) and not adjective_country(run[0].text) \
            and (before.endswith("the ") or run[-1].text.lower() in lexicon.PORTFOLIO_WORDS or head in _PUBLIC_HEADS
                 or (said_firm := _SAID_THE_FIRM.match(par, run[-1].end))):
        # "A spokeswoman for the Western Sydney Local Health District said": what has a
        # spokesperson is a body, whatever its last word ("a spokesperson for Manitoba Justice":
        # a province's department by its portfolio; a person may have a spokesperson too, but
        # "a spokesperson for Bluebell Homecare said the company ..." names what it is)
        public = head in _PUBLIC_HEADS or run[-1].text.lower() in lexicon.PORTFOLIO_WORDS
        firm = _firm_of(b, [a for a in b.actors.values() if a.type != "person"], tuple(t.text for t in run), n) \
            if said_firm else None
        if firm is not None:
            # ("Sahyadri Autocomp" after "Sahyadri Autocomp Pvt Ltd": the firm without its legal form)
            b.add(n, run[0].start, run[-1].end, firm.key, text, False)
            return
        b.actor(text, "government" if public else "ngo", text, _TYPE_RANK["ngo"])
        b.add(n, run[0].start, run[-1].end, text, text, False)
        return
    kind = _KIND_AFTER_NAME.match(par, run[-1].end) if org is None and not run[-1].poss and len(run) <= 4 \
        and not run[-1].text.endswith(("-led", "-backed", "-based", "-run", "-owned", "-funded", "-linked")) \
        and before[-4:] in ("the ", "The ") and not _split_title(run) and not _country(text) \
        and not adjective_country(text) and text not in b.actors else None
    if kind is not None and (kind.group("gov") is None or len(run) <= 2):
        if kind.group("gov"):
            # "the Esenyurt municipality said": a place's own council, named as written
            name = par[run[0].start:kind.end("gov")]
            b.actor(name, "government", name, _TYPE_RANK["government"])
            b.add(n, run[0].start, kind.end("gov"), name, name, False)
        else:
            # "The Affirmative Repositioning movement said": the name before its kind (a movement
            # says nothing of politics by itself)
            typ = "ngo"
            b.actor(text, typ, text, _TYPE_RANK[typ])
            b.add(n, run[0].start, run[-1].end, text, text, False)
        return
    if org is None and len(run) <= 4 and not run[-1].poss and text not in b.actors and not _country(text) \
            and not adjective_country(text) and not _split_title(run) and FIRM_IN_COMMAS.match(par, run[-1].end):
        # "Inversiones Costa Brava, a company that plans a hotel there": the name of a firm, as
        # its apposition says (a person is never "a company")
        b.actor(text, "ngo", text, _TYPE_RANK["ngo"])
        b.add(n, run[0].start, run[-1].end, text, text, False)
        return
    if org and head in _CHAPTER_HEADS and before.endswith(", ") and par[run[-1].end:run[-1].end + 1] == ",":
        parent = _parent_body(b, n, par, run[0].start)
        if parent:
            # "the Union of Journalists (UJ), Lagos State Council, said": a chapter of that body
            b.add(n, run[0].start, run[-1].end, parent, text, False)
            return
    if org and head in _SUBUNIT_HEADS and before[-3:] in ("’s ", "'s ", "s’ ", "s' ") and (
            owner := _OWNER_NAME_BEFORE.search(before[-60:])) and owner.group(1) in b.actors \
            and b.actors[owner.group(1)].type == "government":
        # "the Coast Guard’s Directorate of Operations said": a state body speaks through its unit
        key = owner.group(1)
        b.add(n, run[0].start, run[-1].end, key, text, run[-1].poss)
        if text not in b.actors[key].forms:
            b.actors[key].forms.append(text)
        return
    if org and len(run) == 2 and head in _BODY_UNIT_HEADS and run[0].text.lower() in _GENERIC_UNIT_WORDS \
            and before[-3:] in ("’s ", "'s ", "s’ ", "s' "):
        # "member of GCHR's Advisory Board": the owner's own board, no body of its own
        owner = _OWNER_NAME_BEFORE.search(before[-60:])
        key = owner and (owner.group(1) if owner.group(1) in b.actors else b.acronym_keys.get(owner.group(1)))
        if key:
            b.add(n, run[0].start, run[-1].end, key, text, run[-1].poss)
        return
    if org and head not in lexicon.NON_ACTOR_HEADS:
        on = _ON_TAIL.match(par, run[-1].end) if head in _ON_HEADS and not run[-1].poss else None
        if on and on.group("w").lower() not in lexicon.WEEKDAYS and on.group("w").lower() not in lexicon.MONTHS:
            # "Working Group on Enforced or Involuntary Disappearances": the subject is part of the name
            text = par[run[0].start:on.end()]
            b.actor(text, org, text, _TYPE_RANK[org])
            b.add(n, run[0].start, on.end(), text, text, False)
            b.claimed.setdefault(n, []).append((run[0].start, on.end()))
            return
        at = _head_index(run)
        if 1 <= at and at + 3 < len(run) and run[at + 1].text == "of" and run[at + 2].text.lower() == "the" \
                and run[at + 3].text.lower() in _SCHOOL_HEADS:
            # "the Media Research Centre of the University of X": a university's centre or
            # department goes by its own name; the university is named too
            again(run[:at + 1])
            again(run[at + 3:])
            return
        if org in {"government", "ngo"} or org == "party" and head != "party":
            # "X Council, a Washington-based advocacy group": the apposition says what it is.
            kind = _KIND_APPOS.match(par, run[-1].end + (2 if run[-1].poss else 0))
            if kind:
                org = _cue_type(kind.group("cue"))
        b.actor(text, org, text, _TYPE_RANK[org])
        b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
        idx = at
        # "Committee of the European Parliament": the whole is one actor; the tail is named too.
        tail = run[idx + 2:]
        named = bool(tail) and tail[0].text.lower() == "the"
        while tail and tail[0].text.lower() == "the":
            tail = tail[1:]
        # (without "the" the tail says whom the body gathers or serves: "Coalition of Civil Society")
        if tail and (_international(_text(par, tail)) or _country(_text(par, tail))
                     or named and _org_type(tail, par)):
            again(tail)
        return
    if org is None and len(run) >= 2 and not run[-1].poss and par.startswith(" majority", run[-1].end) \
            and run[-1].text.isalpha() and run[-1].text.lower() not in lexicon.DEMONYMS \
            and _LAW_BY_BEFORE.search(before[-60:]):
        # "a law adopted by the Harbour Dawn majority": a majority that passes laws is a party's
        b.actor(text, "party", text, _TYPE_RANK["party"])
        b.add(n, run[0].start, run[-1].end, text, text, False)
        return
    if len(run) >= 2 and (run[-1].text in _OMBUDS_HEADS or len(run) >= 4 and run[2].text == "of"
                          and run[1].text in _OMBUDS_HEADS) and run[0].text.istitle() \
            and not run[-1].poss and not _NAME_AFTER.match(par, run[-1].end) \
            and (len(run) == 2 or run[2].text == "of" and len(run) >= 4 and _country(_text(par, run[3:]))):
        # "the Public Defender of Ruritania said": an ombudsman's office named by its title is a
        # state body (with a name after it, the title is a person's)
        b.actor(text, "government", text, _TYPE_RANK["government"])
        b.add(n, run[0].start, run[-1].end, text, text, False)
        if len(run) > 2:
            again(run[3:])      # the country it serves, as "Committee of <country>" names it too
        return
    if run[0].text in _SEAT_FIRST and before[-4:] in ("the ", "The ") and not run[-1].poss and (
            run[-1].text.lower() in _SEAT_OFFICES or run[-1].text == "Police" and run[-2].text == "of") \
            and (seat := _SEAT_AFTER.match(par, run[-1].end)):
        # "the District Magistrate, Baramulla, who": an office named by its title and its seat
        # is a state body, whoever holds it
        end = seat.end(1)
        key = par[run[0].start:end]
        b.actor(key, "government", key, _TYPE_RANK["government"])
        b.add(n, run[0].start, end, key, key, False)
        b.claimed.setdefault(n, []).append((run[0].start, end))
        return
    if run[0].text == "Minister" and len(run) >= 3 and run[1].text in ("of", "for") and not run[-1].poss \
            and all(t.text[:1].isupper() or t.text == "and" for t in run[2:]) and before.endswith("the ") \
            and not _NAME_AFTER.match(par, run[-1].end) and not _minister_named(b, _text(par, run[2:])):
        # "the Minister of Water Resources told the House": a minister the text never names speaks
        # for the ministry
        key = "Ministry " + text.split(" ", 1)[1]
        b.actor(key, "government", text, _TYPE_RANK["government"])
        b.add(n, run[0].start, run[-1].end, key, text, False)
        return
    split = _split_title(run)
    if split and len(split[1]) == 1 and split[1][0].text.lower() in _EVENT_NOUNS:
        return      # "the 2022 General Election": a rank word before an event, no person
    if split:
        title, name = split
        words = tuple(t.text for t in name)
        if len(name) <= 2 and len({x.key for x in b.actors.values() if x.type == "person" and len(x.tokens) > len(name)
                                   and _contains(x.tokens, words)} | {
                _text(b.pars[m - 1], r) for m, r, _ in pending_names if len(r) > len(name)
                and _text(b.pars[m - 1], r) in person_cued and _contains(tuple(t.text for t in r), words)} | {
                toks for toks in b.titled_names if len(toks) > len(name) and _contains(toks, words)}) >= 1:
            # (two such people: the short form settles between them, by the title among others)
            # "Magistrate Ong" after "Magistrate Liora Basset Ong", or after "presiding judge Liora
            # Basset Ong" (a name its role cued, made a person once every paragraph is read);
            # "Barrister Basset Ong" after "Barrister Liora Basset Ong" (a double surname); "Senator
            # Bello" before "Senator Yusuf Bello", a name the text gives in full further on
            singles.append((n, name[0] if len(name) == 1 else _join(name)))
            return
        key = _text(par, name)
        a = b.actor(key, "person", key, 0)
        a.tokens = tuple(t.text for t in name)
        a.roles.append(Role(par[title[0].start: title[-1].end], None, n))
        for t in title:
            g = lexicon.GENDER_TITLES.get(t.text.lower())
            if g:
                a.gender = a.gender or g
        for t in title:
            if _country(t.text) or _international(t.text):
                again([t])
                break
        org_end = max((k for k, t in enumerate(title[:-1]) if k and t.text.lower() in _MEMBERS_BODY_HEADS), default=None)
        if org_end is not None and not any(_country(t.text) or _international(t.text) for t in title):
            # "Southern Chiefs' Organization Grand Chief X": the body whose title it is, named before it
            again(title[:org_end + 1])
        b.add(n, name[0].start, name[-1].end, key, key, name[-1].poss)
        b.person_full.append((n, name[0].start, key))
        if len(name) >= 2:
            # ("Green Party MP Anahera Pōtae ... Anahera Pōtae quickly replied": the full name met
            # again without a title is the same person)
            person_cued.add(key)
        return
    # A leading country or body modifies what follows ("U.S. Special Summit", "UN rapporteur").
    if len(run) > 1 and (_country(run[0].text) or _international(run[0].text)):
        again(run[:1])
        again(run[1:])
        return
    if len(run) >= 2 and head == "hall" and run[-2].text.lower() in _HALL_OWNERS and _hall_acts(par, run, before):
        # "Phnom Penh Municipal Hall spokesman X", "City Hall said": a city's administration
        b.actor(text, "government", text, _TYPE_RANK["government"])
        b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
        return
    if head in lexicon.NON_ACTOR_HEADS and _LAW_ON_BEFORE.search(par, max(0, run[0].start - 30), run[0].start):
        return      # "the Act on the Licensing of Boats of the Harbour Board": all of it the law's title
    if head in lexicon.NON_ACTOR_HEADS or run[-1].text.lower() in lexicon.NON_ACTOR_HEADS:
        _retry_after_of(run, again, 0)
        return
    if _local_place(run):
        return
    after = par[run[-1].end: run[-1].end + 200]
    if run[-1].poss:
        after = re.sub(r"^[’'][sS]?", "", after)
    elif after[:2] == " (" and not after[2:3].isascii():
        # "Mei Jun-hao (梅俊豪), 46,": the name in its own script leaves the cues after it
        after = _NATIVE_NAME.sub("", after, count=1)
    elif len(run) >= 2 and after[:1] == " " and (post := _POST_NOMINAL_AFTER.match(after)):
        after = after[post.end():]      # "Colm Ryan TD said": the letters after a name leave its cues
    org_cue = cue_before        # the same search on the same text
    if len(run) == 1:
        t = run[0]
        word = t.text
        if "/" in par[t.start - 1:t.start] + par[t.end:t.end + 1]:
            return      # "the Greens/EFA group": half of a joint name
        if (word.isupper() and 2 <= len(word) <= 7) or re.fullmatch(r"(?:[A-Z]\.\s?)+[A-Z]?\.?", word):
            acronyms.append((n, t, _acronym_cue(par, t)))
        elif org_cue and word.lower() not in lexicon.DEMONYMS:
            typ = _cue_type(org_cue.group("cue"))
            b.actor(word, typ, word, _TYPE_RANK[typ])
            b.add(n, t.start, t.end, word, word, t.poss)
        elif after[:1] == "," and (kind := _body_apposition(after)) and not (
                t.initial and (word.lower() in b.lower_vocab or word.endswith("ly"))):
            b.actor(word, kind, word, _TYPE_RANK[kind])      # "Hakam, a human rights society, said"
            b.add(n, t.start, t.end, word, word, t.poss)
        elif ("real name" in after[:30] or "pseudonym" in after[:16]) and _PSEUDONYM_AFTER.match(after) and not t.poss \
                or before.endswith(("by ", "as ")) and _GOES_BY_BEFORE.search(before[-40:]) and not t.poss \
                and word.isalpha() and word[1:].islower():
            a = b.actor(word, "person", word, 0)
            a.tokens = (word,)
            g = re.search(r"\b(his|her)\s+real", after[:40])
            if g:
                a.gender = a.gender or ("m" if g.group(1) == "his" else "f")
            b.add(n, t.start, t.end, word, word, False)
            b.person_full.append((n, t.start, word))
        elif word.lower() in _BODY_SHORT_HEADS and _fuller_body(b, word):
            key = _fuller_body(b, word)     # "the Assembly" after "the Legislative Assembly"
            b.add(n, t.start, t.end, key, word, t.poss)
        elif word.lower() in lexicon.INSTITUTION_WORDS and not before.endswith(("ember of ", "embers of ")):
            # ("a Member of Parliament for the district told us": a legislator's title, not the house)
            b.actor(word, "government", word, _TYPE_RANK["government"])     # "the Senate", "told Parliament"
            b.add(n, t.start, t.end, word, word, t.poss)
        elif not t.poss and _STAFF_ROLE_AFTER.match(par, t.end) and not (t.initial and word.lower() in b.lower_vocab) \
                and not any(word in a.tokens for a in b.actors.values() if a.type == "person"):
            # "Rightsgroup deputy director Pen Sok Ra": a body's staff member named after its role
            b.actor(word, "ngo", word, _TYPE_RANK["ngo"])
            b.add(n, t.start, t.end, word, word, t.poss)
        elif par[t.start - 6:t.start] == "Chief " and _plain_name_word(t) and not t.initial \
                and word.lower() not in _NOT_GIVEN and not _country(word) \
                and any("chiefdom" in p or "traditional leader" in p for p in b.pars):
            # "Chief Mwansabula, whose chiefdom lies ...": a traditional ruler known by title and one name
            a = b.actor(word, "person", word, 0)
            a.tokens = (word,)
            b.add(n, t.start, t.end, word, word, t.poss)
            b.person_full.append((n, t.start, word))
        else:
            singles.append((n, t))
        return
    of = next((i for i, t in enumerate(run) if t.text.lower() in {"of", "for"}), None)
    if of is not None and 3 <= of <= 5 and run[of].text == "of" and of + 1 < len(run) \
            and (run[0].text.lower() in lexicon.ROLE_NOUNS or run[0].text.lower() in lexicon.TITLE_HEADS) \
            and all(t.text.isalpha() and t.text[1:].islower() and t.text.lower() not in _NOT_GIVEN
                    and t.text.lower() not in _NOT_IN_NAME for t in run[1:of]) \
            and (_SPEECH_AFTER.match(after) or _WHO_AFTER.match(after)):
        # "Counsel Ruth Akello of Chapter Four Uganda, who ...": a title, a name, then the body
        # the titled person works for
        person_cued.add(_text(par, run[1:of]))
        pending_names.append((n, run[1:of], True))
        rest = run[of + 1:]
        while rest and rest[0].text.lower() == "the":
            rest = rest[1:]
        if rest:
            again(rest)
        return
    if of is not None and 2 <= of <= 4 and run[of].text == "of" and all(
            (t.text.isalpha() and t.text[1:].islower() or "-" in t.text and _plain_name_word(t))
            and t.text.lower() not in _NOT_GIVEN
            and t.text.lower() not in _NOT_IN_NAME for t in run[:of]) \
            and not _org_type(run[:of], par) and not _country(_text(par, run[:of])):
        rest = run[of + 1:]
        while rest and rest[0].text.lower() == "the":
            rest = rest[1:]
        if rest and _org_type(rest, par) is not None:
            # "The lawyer, Ana Ruiz Pardo of the Coastal Legal Aid Institute, said": a name, then
            # the body it works for; the cues around the name decide whether it is a person's
            again(run[:of])
            again(rest)
            return
        if rest and 2 <= of <= 3 and (_SPEECH_AFTER.match(after) or _WHO_AFTER.match(after)):
            # "Ruth Akello of Chapter Four Uganda, who represented ..., said": whoever the body
            # is, the name of someone "of" it who speaks or acts is a person's
            person_cued.add(_text(par, run[:of]))
            pending_names.append((n, run[:of], True))
            again(rest)
            return
    if of == 2 and all(t.text.replace("-", "").isalpha() and t.text[1:].islower() and t.text.lower() not in _NOT_GIVEN
                       and t.text.lower() not in _NOT_IN_NAME for t in run[:2]) \
            and not _org_type(run[:2], par) and not _country(_text(par, run[:2])):
        # "Odile Marchetti of the Green Front": a name-shaped pair before "of" may be a
        # person's; a later cue ("Ms Marchetti") decides, or a role right before it ("Labor
        # lawyer Kim Mi-kyung of ...")
        if _at_end(_ROLE_BEFORE, before) and before.rstrip()[-1:].isalpha():
            person_cued.add(_text(par, run[:2]))
        pending_names.append((n, run[:2], True))
    if of is not None and 2 <= of <= 4:
        amp = next((i for i in range(of + 1, len(run)) if run[i].text == "and"), len(run))
        if _outlet_tail(par, run[of + 1:amp]) and all(
                t.text.isalpha() and t.text[:1].isupper() and t.text.lower() not in _NOT_GIVEN for t in run[:of]):
            # "Kyaw Min of Reuters": a name tied to a news outlet is a reporter's
            person_cued.add(_text(par, run[:of]))
            pending_names.append((n, run[:of], True))
            if amp < len(run) - 1:
                again(run[amp + 1:])
            return
    if len(run) >= 3 and run[1].text == "of" and run[0].text.lower() in lexicon.TITLE_HEADS \
            and run[-1].text.lower() in _FOUNDED_HEADS:
        # "Prince of Kelang University": a school named after a royal title, whole
        b.actor(text, "ngo", text, _TYPE_RANK["ngo"])
        b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
        return
    if of is not None and 3 <= of <= 5 and run[0].text.lower() in lexicon.TITLE_HEADS \
            and all(_plain_name_word(t) and t.text.lower() not in _NOT_IN_NAME for t in run[1:of]):
        # "Judge X Y of the Z Sessions Court handed down": the titled person, then the body
        again(run[:of])
    if _retry_after_of(run, again, 1):
        return
    if _acronym_name(b, n, par, run, before, after):
        return
    if len(run) == 2 and run[0].text.isupper() and 3 <= len(run[0].text) <= 6 and _country(run[1].text) \
            and not run[1].poss and not _country(run[0].text) and not _international(run[0].text) \
            and not (run[1].text.isupper() and len(run[1].text) > 3):
        # (a country's name in capitals, "(PORT KIVU)", is a place written as a dateline, no chapter)
        # "PEN Kenya", "CPJ Asia"-like national chapters: initials then a country name one body
        if run[0].text in b.acronym_keys:
            # "the Press Institute of East Africa (PIEA) Uganda chapter ... PIEA Uganda said": the
            # body the text spelled out, through its chapter
            key = b.acronym_keys[run[0].text]
            b.add(n, run[0].start, run[-1].end, key, text, False)
            if text not in b.actors[key].forms:
                b.actors[key].forms.append(text)
            return
        b.actor(text, "ngo", text, _TYPE_RANK["ngo"])
        b.add(n, run[0].start, run[-1].end, text, text, False)
        return
    if len(run) == 2 and run[0].text in b.acronym_keys and not run[1].poss and run[1].text[1:].islower() \
            and _BRANCH_AFTER.match(par, run[-1].end):
        # "KUCO Nakuru branch secretary X": the body the text spelled out, through its branch in a place
        key = b.acronym_keys[run[0].text]
        b.add(n, run[0].start, run[-1].end, key, text, False)
        return
    capped = 2 <= len(run) <= 3 and len(run[-1].text) == 2 and run[-1].text.isupper() and run[-1].text.isalpha() \
        and run[-1].text not in b.acronym_keys and run[-1].text not in _GENERIC_ACRONYMS and not _country(run[-1].text) \
        and all(t.text.isalpha() and t.text[1:].islower() and t.text.lower() not in _NOT_GIVEN
                and t.text.lower() not in _NOT_IN_NAME for t in run[:-1]) \
        and (_role_apposition(after) or after[:3] == ", a" and _described_speaks(after))
    # ("Priya KC, a nurse, said": a two-letter family name some regions write in capitals; only a
    # role set off after it tells it from a body's initials)
    if len(run) >= 2 and _DATE_CODE.fullmatch(run[-1].text) and (org_cue or after[:1] == "," and _body_apposition(after)):
        capped = 1      # "Memoria 9M, a volunteer group": a date code closes a body's name
    if any(t.text in {"of", "for", "and", "the"} for t in run) or len(run) > 4 and (len(run) > 6 or not _particle_name(run)) \
            or " & " in text or \
            any((not t.text.isalpha() and any(ch.isdigit() for ch in t.text)) or (t.text.isupper() and len(t.text) > 1)
                and not (k < len(run) - 1 and _INITIALS.fullmatch(t.text)) for k, t in enumerate(run[:len(run) - capped])):
        return
    body_after = after
    if not org_cue and after[:2] == " (" and (native := _NATIVE_THEN_COMMA.match(after)) is not None:
        body_after = after[native.end():]   # "Open Voices (Otvoreni glasovi), a ... NGO": its own-language name
    if org_cue or body_after[:1] == "," and _body_apposition(body_after):
        typ = _cue_type(org_cue.group("cue")) if org_cue else _body_apposition(body_after)
        b.actor(text, typ, text, _TYPE_RANK[typ])
        b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
        return
    if run[0].text.lower() in _OUTLET_FIRST_WORDS or len(run) >= 2 and run[-1].text.lower() in lexicon.OUTLET_HEADS \
            or len(run) == 2 and run[0].text in _ARTICLE_TITLES and not run[0].initial:
        # ("told La Voz": a Spanish article opens a title, never a person's name)
        # "told Prensa Comunitaria", "told the Lagos Herald": a news outlet, no person
        if _at_end(_SPEECH_BEFORE, before) or _according_to(before) or len(run) >= 2 and (
                _STATION_BEFORE.search(before[-40:]) or run[0].text == "Radio"):
            # ("community station Radio X", "an interview with Radio Y": the station's own noun
            # says it is one)
            b.actor(text, "ngo", text, _TYPE_RANK["ngo"])
            b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
            return
    if len(run) >= 2 and run[-1].text.lower() in lexicon.NEWSPAPER_WORDS:
        return      # "The Mainichi Shimbun spoke with X": a newspaper by its own word for one, no person
    if after[:8] == ", which " and _WHICH_SPEAKS.match(after) and not _at_end(_PLACE_BEFORE, before):
        # "Agro Norte, which runs the plantation, said": a thing that speaks is a body
        start = run[0].start
        if (opened := _OPENING_AND.search(before)) and opened.group(1).lower() not in lexicon.COMMON_CAPITALISED:
            # "Home and Community Care Ireland, which represents providers, said": the sentence opens
            # on the body's name, whose first word came before its "and"
            start = opened.start(1)
            text = par[start:run[-1].end]
        b.actor(text, "ngo", text, _TYPE_RANK["ngo"])
        b.add(n, start, run[-1].end, text, text, run[-1].poss)
        return
    according = before.rstrip()[-2:].lower() == "to" and _ACCORDING_BEFORE.search(before)
    place = None if according else _at_end(_PLACE_BEFORE, before)
    if place and (_role_apposition(after) and not (place.group().strip() in ("in", "at", "near") and _SPEAKER_CLAUSE_AFTER.match(after))
                  or _YEAR_OLD_AFTER.match(after)
                  or place.group().strip() == "of" and _vietnamese_name(b, run)
                  or len(run) >= 2 and before.endswith(" of ") and _WORDS_OF_BEFORE.search(before[-40:])):
        place = None        # "the trial of X, president of the union": a role is no place's
        # (but "at home in X, his sister says": the one who tells it, not the place)
    if not place and before[-3:] in ("In ", "At ") and _OPENING_PLACE_BEFORE.search(before[-8:]):
        place = True        # "In Ruritown, a vendor who ...": the apposition is the sentence's subject
    if not place and (_SPEECH_AFTER.match(after) or _apposition(after) or _AGE_AFTER.match(after)
                      or len(run) >= 2 and after[:3] == ", a" and _described_speaks(after)
                      # ("Thandeka Mokoena, CIVICUS Africa Advocacy and Campaigns Lead, said:": an apposition
                      # of any words, then the verb of saying, after a name of plain name words)
                      or 2 <= len(run) <= 3 and after[:1] == "," and _APPOS_THEN_SPEAKS.match(after)
                      and all(_plain_name_word(t) and t.text.lower() not in lexicon.PORTFOLIO_WORDS for t in run)
                      and not run[-1].poss and (not before.strip() or before.rstrip()[-1:] in ".!?:”\"")
                      or after[:1] == "," and _COMMA_SPEECH_AFTER.match(after) and _set_off(par, run[0].start) or _vietnamese_name(b, run)
                      or (len(run) >= 2 and (_WHO_AFTER.match(after) or _WHOSE_FAMILY_AFTER.match(after)))
                      or 2 <= len(run) <= 3 and _OF_BODY_SPEAKS.match(after) and all(_plain_name_word(t) for t in run)
                      or before.endswith(" named ") and _PERSON_NAMED_BEFORE.search(before[-80:])
                      or len(run) >= 2 and before.rstrip()[-1:] in ("—", "–", "―") and after.strip()[:1] in ("", ",")
                      and _DASH_LINE_BEFORE.search(before[-40:])
                      or _at_end(_SPEECH_BEFORE, before)
                      or according
                      or _at_end(_ROLE_BEFORE, before)
                      or len(run) >= 2 and before.endswith(") ") and _rank_with_initials_before(before)
                      or len(run) >= 2 and before.endswith(" ") and _relation_before(before)
                      or (_OWNER_ORG_BEFORE.search(before) and not _ROLE_NOUN_AFTER.match(after)
                          and run[-1].text.lower() not in _BODY_UNIT_HEADS)
                      or (before.endswith(",") or before.endswith(", ")) and (
                          _ROLE_PLACE_BEFORE.search(before[-60:]) or _portfolio_before(before)
                          or _ROLE_OF_LEVEL_BEFORE.search(before[-70:]) or _ROLE_OF_FIELD_BEFORE.search(before[-70:]))
                      or (before.endswith(" ") and before.rstrip().endswith(_PLURAL_ENDS + (",", " and"))
                          and _ROLES_BEFORE.search(before))
                      or _honorific(par, run[0].start)
                      or len(run) >= 2 and run[-1].poss and _kin_after(after, run[-1].text) and not any(
                          t.text.lower() in _NOT_GIVEN for t in run)
                      or len(run) == 2 and run[0].text in ("Abu", "Umm", "Abou", "Oum", "Oumm", "Um") and _KNOWN_AS_BEFORE.search(before[-60:])
                      or len(run) >= 2 and before.endswith("-year-old ") and _AGE_BEFORE.search(before[-16:])
                      or len(run) >= 2 and before.endswith(" is ") and _REAL_NAME_BEFORE.search(before[-30:])
                      or len(run) >= 2 and before.endswith(" as ") and _IDENTIFIED_BY_BEFORE.search(before[-50:])
                      or len(run) >= 2 and before.endswith(("is ", "are ")) and _JOINING_BEFORE.search(before[-70:])
                      or len(run) >= 2 and before.endswith(", ") and after[:1] == "," and _ROLE_WHO_BEFORE.search(before[-90:])
                      or len(run) >= 2 and after[:8] == ", known " and _NICKNAME_AFTER.match(after)
                      or len(run) >= 2 and before.endswith(" of ") and _WORDS_OF_BEFORE.search(before[-40:])
                      or len(run) >= 2 and after[:5] in (" was ", " had ") and _HARMED_AFTER.match(after)
                      and not (run[0].initial and run[0].text.lower() in _ROLE_WORDS)
                      or ranked and len(run) >= 2
                      # ("Thinzar Kyaw: Worse than ever." turn after turn: an interview's voice)
                      or 2 <= len(run) <= 4 and run[0].start == 0 and after[:2] == ": "
                      and sum(1 for p in b.pars if p.startswith(text + ": ")) >= 2 and _norm(text) not in b.outlets
                      and all(_plain_name_word(t) for t in run)):
        person_cued.add(text)
    pending_names.append((n, run, True))


# "Joining me now is X", "joining us from Atlanta is Y": a broadcast's guest
_JOINING_BEFORE = Lazy(r"\b[Jj]oining\s+(?:me|us)\s+(?:now\s+)?(?:(?:live\s+)?from\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+)?(?:is|are)\s+$")
_DATE_CODE = re.compile(r"\d{1,2}[A-Z]")
# "Those were the words of X", "the testimony of X": a name whose words these are is a person's
_WORDS_OF_BEFORE = re.compile(r"\b(?:words|remarks|testimony|account|plea|voice)\s+of\s+$")
_MANDATE_MISSIONS = {"Fact-Finding", "Monitoring", "Observer", "Observation", "Verification", "Assistance",
                     "Stabilization", "Stabilisation", "Peacekeeping", "Investigative"}
# "bin", "binti", "dos": a particle between given names and a father's or family name lets a
# person's name run to six words ("Nurul Ain binti Abu Bakar")
_NAME_PARTICLES = {"bin", "binti", "bint", "ibn", "anak", "dos", "das", "da", "de", "van", "von",
                   "del", "la", "los", "las"}     # ("Ana Ruiz de los Ríos": a Spanish surname's article)


def _particle_name(run: list[Tok]) -> bool:
    # ("Mohammed bin Hassan Al Mannai": the particle may follow the first word of a long name)
    return any(t.text in _NAME_PARTICLES for t in run[2 if len(run) < 5 else 1:-1]) and all(
        t.text in _NAME_PARTICLES or t.text.isalpha() and t.text[:1].isupper() and t.text[1:].islower() for t in run)


# "X was shot dead", "X was hit in the chest": only a person is hurt so
_HARMED_AFTER = Lazy(r"^\s+(?:was|had\s+been)\s+(?:(?:fatally|critically|seriously|badly)\s+)?(?:shot|stabbed|beaten|"
                     r"wounded|hit|injured|tortured)\s+(?:dead\b|to\s+death\b|in\s+(?:the|his|her)\s+(?:chest|head|back|"
                     r"neck|face|legs?|arms?|stomach|abdomen|eyes?|shoulders?|thighs?|hands?|feet|foot)\b)"
                     # "X was abducted", "X had been killed": done only to a person
                     r"|^\s+(?:was|had\s+been)\s+(?:(?:allegedly|reportedly|later|then)\s+)?(?:killed|murdered|abducted|"
                     r"kidnapped|executed|assassinated|arrested)\b")


_LAW_AND_AFTER = Lazy(r"\s+and\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:Act|Law|Code|Decree|Ordinance|Bill)\b")


def _law_and_after(par: str, end: int) -> bool:
    """_LAW_AND_AFTER.match(par, end), tried only where it can match: it opens with a space
    (str.isspace is what \\s tests), then more space or the "a" of "and"."""
    if not par[end:end + 1].isspace():
        return False
    nxt = par[end + 1:end + 2]
    return (nxt == "a" or nxt.isspace()) and _LAW_AND_AFTER.match(par, end) is not None


_LAW_TITLE_BEFORE = Lazy(r"\b(?:Law|Act|Code|Decree|Bill|Ordinance)\s+[“\"](?:On\s+)?$")
# "said one of them, 16-year-old X Y": an age before a name is a person's
_AGE_BEFORE = Lazy(r"\b\d{1,3}-year-old\s+$")
# "identified by police as X": the ones who name suspects and victims name persons
_IDENTIFIED_BY_BEFORE = re.compile(r"\bidentified\s+by\s+(?:the\s+)?(?:police|authorities|officials|officers|investigators|"
                                   r"prosecutors|relatives|(?:his|her|the)\s+family)\s+as\s+$")
# "known as “Ota” — his real name is X Y": the name a nickname hides is a person's
_REAL_NAME_BEFORE = Lazy(r"\b(?:real|full|legal|birth)\s+name\s+is\s+$")
# "The driver who was shot, X Y, had ...": a role and what befell its bearer, then the name set off
_ROLE_WHO_BEFORE = Lazy(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_RE}|man|woman|boy|girl|person)"
                        r"\s+(?:who|whom)\s+(?:[a-z]+\s+){0,4}?[a-z]+,\s+$")
# "X Y, known to everyone in his block as “El Z”": a nickname in quotation marks is a person's
_NICKNAME_AFTER = Lazy(r"^,\s+known\s+(?:[\w’']+\s+){0,7}?as\s+[“\"]")
# The heads of a body that may stand before its officer's title ("X Organization Grand Chief Y",
# "Ontario Superior Court Justice Z"); never a government's ("Minister of Local Government")
_MEMBERS_BODY_HEADS = {"organization", "organisation", "association", "union", "federation", "alliance", "party",
                       "movement", "league", "society", "foundation", "network", "coalition", "confederation",
                       "court", "tribunal"}
_GENERIC_UNIT_WORDS = {"advisory", "executive", "editorial", "governing", "steering", "supervisory", "disciplinary",
                       "ethics", "management", "legal", "central", "national"}
_SUBUNIT_HEADS = {"directorate", "division", "bureau", "branch", "unit", "wing", "section"}
# (a plural owner's name may hold "of": "the Council of Elders’ Relief Unit")
_OWNER_NAME_BEFORE = Lazy(r"([A-Z][\w-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w-]*){0,4})(?:[’']s|(?<=s)[’'])\s+$")
_CAPS_NUMBERED = Lazy(r"(?<![\w-])(?P<w>[A-Z]{5,})\s\d{1,3}(?![\w(-])(?!\s+of\b)")
# What every match of _CAPS_NUMBERED holds (its name's last five letters, a space, a digit), as a
# pattern the engine scans for fast: a text without it holds no match
_CAPS_HINT = re.compile(r"[A-Z][A-Z][A-Z][A-Z][A-Z]\s\d")
_NOT_CAPS_NAMES = {"COVID", "PHASE", "LEVEL", "STAGE", "ROUND", "CHAPTER", "ARTICLES", "SECTION", "CLAUSE"}
_AFFILIATION_BEFORE = Lazy(r"\b(?:at|with|from|by|and)\s+$")
# "a group they call Madres de X": the name its members give a body
_BUILDING_NAMED_BEFORE = re.compile(r"\b(?:call|calls|called|known\s+as|nicknamed|dubbed)\s+the\s+$")
_CALLED_CUE_BEFORE = Lazy(r"\b(?P<cue>group|movement|network|collective|association|coalition|organi[sz]ation)\s+"
                          r"(?:they|its\s+members|members|it)\s+calls?\s+$")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                 "twenty", "hundred"}
_NAME_AFTER = Lazy(r",?\s+[A-Z][a-z]")


# "adopted by the X majority": a legislative act, then its majority
_LAW_BY_BEFORE = Lazy(r"\b(?:adopted|passed|approved|enacted|voted\s+through|pushed\s+through|rushed\s+through|"
                      r"rammed\s+through)\s+(?:[\w’'-]+\s+){0,4}?by\s+(?:the\s+)?(?:ruling\s+)?$")
# An ombudsman's office, named by its title: "Public Defender", "Public Protector", "People's Ombudsman"
_OMBUDS_HEADS = {"Defender", "Protector", "Ombudsman", "Ombudsperson"}      # (as written in a name)
_SCHOOL_HEADS = {"university", "college", "polytechnic"}
# South Asian district offices named by title and seat: "Deputy Commissioner, Kupwara"
_SEAT_FIRST = {"District", "Deputy", "Divisional", "Sub-Divisional", "Sub-divisional", "Additional", "Senior",
               "Assistant", "Tehsil"}      # (as written in a title)
_SEAT_OFFICES = {"magistrate", "commissioner", "collector", "superintendent", "officer"}
_SEAT_AFTER = Lazy(r",\s+([A-Z][a-z]{2,})(?=\s*[,.;]|\s+(?:who|which|had|has|said)\b)")
_ORDINAL_ENDS = {"st ", "nd ", "rd ", "th "}
_ORDINAL_BEFORE = Lazy(r"(?<![\w.,/-])\d{1,3}(?:st|nd|rd|th)\s$")
_UNIT_HEADS = {"brigade", "battalion", "regiment", "corps", "squadron", "fleet"}
_MILITARY_WORDS = {"military", "infantry", "armoured", "armored", "airborne", "mechanised", "mechanized", "marine",
                   "marines", "artillery", "army", "naval", "air", "commando", "gendarmerie", "cavalry", "tank",
                   "motorised", "motorized", "rifle", "rifles", "paratroop", "border", "guards"}
_UNIT_AREA_HEADS = {"region", "district", "zone", "division", "command", "army", "group", "area", "sector", "corps"}


def _military_unit(run: list[Tok]) -> bool:
    """"Military Region", "Airborne Division", "Brigade": words an ordinal before them makes a
    numbered armed unit (a "3rd Division" alone may be a sports league's)."""
    last = run[-1].text.lower()
    if last in _UNIT_HEADS:
        return True
    return last in _UNIT_AREA_HEADS and any(t.text.lower() in _MILITARY_WORDS for t in run)


def _minister_named(b: _Builder, portfolio: str) -> bool:
    """Whether the text names the minister of this portfolio anywhere ("Minister of X Ana Ruiz",
    "X Minister Ana Ruiz", "the minister, Ana Ruiz,") or its ministry otherwise."""
    p = re.escape(portfolio)
    rx = rf"\b(?:[Mm]inister\s+(?:of|for)\s+{p}|{p}\s+[Mm]inister|[Tt]he\s+minister),?\s+[A-Z][a-z]+\s+[A-Z][a-z]"
    # (or its ministry by another name, "the Foreign Ministry" for "Foreign Affairs": no second body)
    other = rf"\b{re.escape(portfolio.split()[0])}\s+[Mm]inistry\b"
    return any(re.search(rx, par) or re.search(other, par) for par in b.pars)


# People a group is made of, as the head of a name before "for" ("Reporters for a Free Press").
_MEMBER_PLURALS = {"lawyers", "jurists", "journalists", "reporters", "doctors", "physicians", "nurses",
                   "mothers", "women", "parents", "families", "citizens", "students", "scientists",
                   "writers", "artists", "workers", "teachers", "veterans", "defenders", "activists",
                   "parliamentarians", "engineers", "farmers", "friends", "youth", "monks"}


# What such a group stands for ("Lawyers for Irina Ostrova" are a person's lawyers, no group).
_CAUSE_WORDS = {"rights", "justice", "liberty", "freedom", "freedoms", "democracy", "peace", "change", "truth",
                "press", "reform", "equality", "accountability", "transparency", "environment", "life",
                "development", "free", "open", "fair", "clean", "human", "civil", "constitution",
                "constitutional", "law", "dignity", "solidarity", "tolerance", "climate", "media", "speech"}

_CAUSE_AFTER = re.compile(r"(?:(?:[Tt]he|[Aa])\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?i:"
                          + "|".join(sorted(_CAUSE_WORDS, key=lexicon.by_length)) + r")\b")


def _members_for(run: list[Tok]) -> bool:
    j = next((j for j, t in enumerate(run) if t.text == "Against"), None)
    if j is not None and 0 < j < len(run) - 1 and run[j - 1].text.lower() in _MEMBER_PLURALS and not run[j - 1].poss:
        return True     # "Lawyers Against Torture": a group named for what it opposes
    i = next((i for i, t in enumerate(run) if t.text == "for"), None)
    return i is not None and 0 < i < len(run) - 1 and run[i - 1].text.lower() in _MEMBER_PLURALS \
        and not run[i - 1].poss and any(t.text.lower() in _CAUSE_WORDS for t in run[i + 1:])


# "X, a human rights society, said", "X, the national rights commission,": an apposition whose head
# noun is a kind of body (adjectives only before it, nothing after but the end of the phrase).
_BODY_APPOS = re.compile(
    r"^,\s+(?:a|an|the|its|[A-Z][\w-]*[’']s)\s+(?:(?!(?:of|for|with|in|at|by|from|to|and|who|which)\s)[\w’'-]+\s+){0,4}?"
    r"(?P<cue>group|organi[sz]ation|ngo|NGO|watchdog|charity|coalition|network|society|association|foundation|"
    r"institute|commission|union|movement|party|alliance|federation|agency|authority|council|committee|"
    r"collective|think[- ]tank|monitor|body)(?=\s*[,.;]|\s+(?:that|which|based|founded)\b"
    # ("X, a coalition of unions and charities,": a body of bodies)
    r"|(?:(?<=coalition)|(?<=alliance)|(?<=network))\s+of\s+(?:[\w-]+\s+){0,3}?(?:groups|organi[sz]ations|unions|charities|ngos|NGOs)\b)")
# "X, a community station in Y": a station, paper or portal is a media outlet
_MEDIA_APPOS = Lazy(r"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:station|broadcaster|newspaper|portal)"
                    r"(?=\s*[,.;]|\s+(?:in|that|which|based|founded)\b)")


# "X, the rights project that tracks ...": a project of rights work is a civic body
_PROJECT_APPOS = Lazy(r"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:rights|monitoring|media|advocacy|legal|investigative|"
                      r"documentation|journalism|research|watchdog|independent|non-?profit|civic|anti-corruption|"
                      r"fact-checking)\s+(?:project|initiative)(?=\s*[,.;]|\s+(?:that|which|based|founded)\b)", re.IGNORECASE)
# "a rights group, X, said": the name set off by commas after an indefinite kind of body.
_KIND_COMMA_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother)\s+(?:(?!(?:of|for|with|in|at|by|from|to|and|the)\s)[\w-]+\s+){0,3}?(?P<cue>group|organi[sz]ation|ngo|NGO|watchdog|charity|coalition|"
    r"network|party|movement)\s*,\s*$")


# " (Otvoreni glasovi), a ...": a name in another language (a word in lower case) in parentheses
_NATIVE_THEN_COMMA = Lazy(r"\s\((?=[^()]*\s[a-z\u00DF-\u024F])[A-Z\u00C0-\u024F][^()\d]{2,60}\)(?=,)")


def _body_apposition(after: str) -> str | None:
    m = _BODY_APPOS.match(after)
    if m is None:
        return "ngo" if _MEDIA_APPOS.match(after) or _PROJECT_APPOS.match(after) else None
    cue = m.group("cue").lower()
    if cue in {"party", "movement"}:
        return "party"
    return lexicon.ORG_HEADS.get(cue) or "ngo"


_CHAPTER_HEADS = {"council", "chapter", "branch", "section", "office", "committee", "wing"}


def _parent_body(b: _Builder, n: int, par: str, start: int) -> str | None:
    """The body named right before ", " at start (its name or its "(ACR)"), if any."""
    end = start - 2
    if par[end - 1:end] == ")":
        end -= 1
    for r in reversed(b.raw):
        if r[0] == n and r[2] == end and r[3] and b.actors[r[3]].type in {"ngo", "party"}:
            return r[3]
    return None


_QUOTED_TITLE = re.compile(r"[^“”\"\n.!?;]{1,80}?[”\"]")     # (a subtitle after a colon: "X in Y: 2020–2024")


def _in_title(par: str, run: list[Tok]) -> bool:
    """Whether a run opening a quotation is only part of a title-cased phrase quoted whole: words
    after it, all capitalised but small ones, run to the closing quotation mark."""
    m = _QUOTED_TITLE.match(par, run[0].start)
    if m is None or m.end() - 1 <= run[-1].end:
        return False        # the quotation is the name itself
    rest = par[run[-1].end:m.end() - 1].replace("’s", "").split()
    return 0 < len(rest) <= 8 and all(w[:1].isupper() or w.isdigit() or w in _TITLE_SMALL_WORDS or _YEARS.fullmatch(w)
                                      for w in rest) and any(w[:1].isupper() for w in rest)


_YEARS = re.compile(r"\d{4}(?:[–-]\d{2,4})?")


_TITLE_SMALL_WORDS = {"a", "an", "the", "of", "for", "and", "at", "in", "on", "to", "or", "by", "with", "from",
                      "as", "into", "&", "-", "–", "—", ":"}


_LEGISLATOR_KEYS = ("legislator", "lawmaker", "MP", "parliamentarian", "senator")


def _legislators_party(b: _Builder) -> None:
    """"the NUP legislator X": a body with legislators is a party, wherever the text says so."""
    for n, start, end, key, form, poss in b.raw:
        if key and not poss and b.actors[key].type == "ngo" and (
                _LEGISLATOR_AFTER.match(b.pars[n - 1], end)
                or _LEGISLATOR_OF_BEFORE.search(b.pars[n - 1], max(0, start - 90), start)):
            b.actors[key].type = "party"


def _parenthesised_aliases(b: _Builder) -> None:
    """"the Peoples' Equality and Democracy Party (DEM Party)": a body's short name in parentheses
    right after its full name is the same body; so is its name in its own language, however long
    ("the Ombudsman's Office (Defensoría del Pueblo)")."""
    if not any("(" in p for p in b.pars):
        return
    ends: dict[tuple[int, int], str] = {}
    for n, start, end, key, form, poss in b.raw:
        if key and b.actors[key].type not in {"person", "country"}:
            ends[(n, end)] = key
    merge = {}
    for n, start, end, key, form, poss in b.raw:
        if not key or key in merge or b.actors[key].type not in {"party", "ngo", "government", "court"}:
            continue
        par = b.pars[n - 1]
        if par[start - 2:start] != " (" or par[end:end + 1] != ")":
            continue
        full = ends.get((n, start - 2))
        if full and full != key and b.actors[full].type == b.actors[key].type:
            merge[key] = full
    for short, full in merge.items():
        a = b.actors.pop(short)
        for form in a.forms:
            if form not in b.actors[full].forms:
                b.actors[full].forms.append(form)
        b.raw = [r if r[3] != short else (*r[:3], full, *r[4:]) for r in b.raw]


# "the X movement", "the Y municipality": a name, then its kind in lower case, then it acts (a comma
# aside may come between)
_KIND_AFTER_NAME = Lazy(r"\s+(?:(?P<cue>movement|group|campaign|collective|coalition|network|alliance|platform|initiative)"
                        r"|(?P<gov>municipality|(?:municipal|city|town|county|district|village|regional)\s+"
                        r"(?:council|government|assembly|administration)))\b(?=\s*(?:,[^,;:“”\"]{3,120},\s*)?"
                        r"(?:(?:also|has|had|have|later|then|on\s+\w+day)\s+)*(?:" + lexicon.SPEECH_VERB_RE + r")\b)")
# ", a company that ...", ", a Tegucigalpa-based mining firm,": what the name before it is
FIRM_IN_COMMAS = Lazy(r",\s+(?:a|an)\s+(?:(?!(?:of|for|to|with|by|from|on|at|in|and|or|who|whose)\s)[\w’'-]+\s+){0,3}?"
                      r"(?:company|firm|corporation|conglomerate|subsidiary|consortium|multinational|enterprise)"
                      # (then what the apposition goes on to say of it, or its end: never "a company director")
                      r"(?=\s+(?:that|which|based|owned|run|controlled|with|in|from|whose)\b|\s*[,.;(]|$)")
_BRANCH_AFTER = re.compile(r"\s+(?:branch|chapter|county|district|regional|provincial|state)\s+[a-z]")
# (the name ends where the sentence goes on: "..., said", "said", "told", "in a statement")
_BODY_VOICE_AFTER = re.compile(r"(?:\s*\([A-Z][\w.-]{1,10}\))?(?:\s*,|\s+(?:said|says|told|added|confirmed|denied|declined|"
                               r"did\s+not|in\s+a\s+statement)\b)")
# "... said the company paid ...", after the run a spokesperson speaks for: what kind of body it is
_SAID_THE_FIRM = re.compile(r"(?:,[^,.;“”\"]{3,80},)?\s+(?:said|says|told\s+[^,.;“”\"]{2,40}?)\s+(?:that\s+)?(?:the|its)\s+"
                            r"(?:company|firm|group|organisation|organization|union|association|charity|provider|"
                            r"operator|employer|business|bank|airline|carrier|insurer|developer|contractor)\b")
_PUBLIC_HEADS = {"district", "region", "county", "province", "municipality", "city", "state", "service", "board"}
_GLOSSED_WORD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))([A-Z][a-z\u00C0-\u024F]{3,})$")


def _glossed_acronyms(b: _Builder) -> None:
    """"KOPARA, the Union of Highland Weavers of Ruritania, said": a body's initials (often of its
    name in another language) glossed at once by its full name are one body, under the full name."""
    starts = {(n, start): key for n, start, end, key, form, poss in b.raw
              if key and b.actors[key].type not in {"person", "country"} and " " in key}
    merge = {}
    for n, start, end, key, form, poss in b.raw:
        a = b.actors.get(key)
        if a is None or key in merge or not key.isupper() or a.type in {"person", "country"}:
            continue
        par = b.pars[n - 1]
        if par[end:end + 6] != ", the ":
            continue
        full = starts.get((n, end + 6))
        if full and full != key and par[end + 6 + len(full):end + 7 + len(full)] in (",", ".", ";"):
            merge[key] = full
    taken = {(n, start) for n, start, end, key, form, poss in b.raw}
    for (n, start), full in starts.items():
        # "Ditshwanelo, the Botswana Centre for Human Rights, said": a one-word name the text
        # glosses at once by the body's full name is that body's own name
        par = b.pars[n - 1]
        if par[max(0, start - 6):start] != ", the " or par[start + len(full):start + len(full) + 1] != ",":
            continue
        w = _GLOSSED_WORD.search(par, max(0, start - 40), start - 6)
        if w is None or (n, w.start(1)) in taken or w.group(1) in b.actors or _country(w.group(1)) \
                or w.group(1).lower() in lexicon.COMMON_CAPITALISED:
            continue
        b.add(n, w.start(1), w.end(1), full, w.group(1), False)
        if w.group(1) not in b.actors[full].forms:
            b.actors[full].forms.append(w.group(1))
    for short, full in merge.items():
        a = b.actors.pop(short)
        b.actors[full].acronym = b.actors[full].acronym or short
        for form in a.forms:
            if form not in b.actors[full].forms:
                b.actors[full].forms.append(form)
        b.raw = [r if r[3] != short else (*r[:3], full, *r[4:]) for r in b.raw]


def _listed_full_names(b: _Builder) -> None:
    """"the Ministry of Education" and "the Ministry of Education, Culture, Science and Technology"
    in one article: the name cut before its list of portfolios is the same body."""
    full = [a for a in b.actors.values() if a.type not in {"person", "country"} and ", " in a.key]
    short = {}
    for a in full:
        head = a.key.split(", ")[0]
        other = b.actors.get(head)
        if other is not None and other.type == a.type and " " in head:
            if head in short and short[head] != a.key:
                short[head] = None      # (two bodies open the same way: neither is the short's)
            elif head not in short:
                short[head] = a.key
    for head, key in short.items():
        if key is None:
            continue
        a = b.actors.pop(head)
        for form in a.forms:
            if form not in b.actors[key].forms:
                b.actors[key].forms.append(form)
        b.raw = [r if r[3] != head else (*r[:3], key, *r[4:]) for r in b.raw]


def _national_names(b: _Builder) -> None:
    """"the Press Council" and "Press Council Ruritania" in one article: a body's name without its
    country (or region) is the same body, named in full with it."""
    bodies = [a for a in b.actors.values() if a.type not in {"person", "country"} and " " in a.key]
    if len(bodies) < 2:
        return
    full = {}
    for a in bodies:
        short, _, last = a.key.rpartition(" ")
        if short in b.actors and b.actors[short].type == a.type and (
                _country(last) or short.rpartition(" ")[2].lower() in lexicon.ORG_HEADS and _name_like(last)):
            # (or its state or region: "the Forest Department" and "Forest Department Sarawak")
            full[short] = a.key
    for short, key in full.items():
        a = b.actors.pop(short)
        for form in a.forms:
            if form not in b.actors[key].forms:
                b.actors[key].forms.append(form)
        b.raw = [r if r[3] != short else (*r[:3], key, *r[4:]) for r in b.raw]
        for acr, k in list(b.acronym_keys.items()):
            if k == short:
                b.acronym_keys[acr] = key


# Outlet names in the genre's languages open with these ("Prensa Comunitaria", "Diario Libre").
_STATION_BEFORE = re.compile(r"\b(?:radio|television|community|local|independent)\s+(?:station|broadcaster)\s+$")
_ARTICLE_TITLES = {"El", "La", "Los", "Las"}
_OUTLET_FIRST_WORDS = {"prensa", "diario", "noticias", "revista", "jornal", "radio", "canal", "agencia", "agência"}


def _according_to(before: str) -> bool:
    return before.rstrip()[-2:].lower() == "to" and _ACCORDING_BEFORE.search(before) is not None


_STAFF_ROLE_AFTER = re.compile(
    r" (?:(?:deputy|executive|programme|program|acting|senior|founding|general)\s+)?(?:director|coordinator|"
    r"chairperson|chairman|chairwoman|secretary-general|founder|co-founder|researcher|campaigner|"
    r"investigator)\s+[A-Z][a-z\u00C0-\u024F]")


_HALL_OWNERS = {"municipal", "city", "town", "provincial", "district", "county"}


def _hall_acts(par: str, run: list[Tok], before: str) -> bool:
    """A city's hall that speaks, has officials or a spokesperson, or is asked for comment is its
    administration; "outside City Hall" is a building."""
    if _at_end(_PLACE_BEFORE, before):
        return False
    end = run[-1].end + (2 if run[-1].poss else 0)
    return bool(_ORG_CUE_AFTER.match(par[end:end + 60]) or _SPEAKS_AFTER.match(par, end) or _ASKED_AFTER.match(par, end))


# "X Y, an opposition figure stripped of his nationality, told ...": a described name that speaks.
# (the place may have its region after a comma: "a carer from Ballinasloe, Co Galway,")
_DESCRIPTION = re.compile(r",\s+an?\s(?:[^,;:“”\"()]{2,150}?\s(?:from|in|near|of|at)\s[A-Z][^,;:“”\"()]{1,40}?,\s+"
                          r"(?:Co\.?\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|[^,;:“”\"()]{2,150}?),")


def _described_speaks(after: str) -> bool:
    m = _DESCRIPTION.match(after)
    return m is not None and _SPEECH_AFTER.match(after[m.end():]) is not None


# "Home and Community Care Ireland, which ...": a sentence opening on one word, then "and"
_OPENING_AND = Lazy(r"(?:^|[.!?”\"]\s+)([A-Z][a-z]+)\s+and\s+$")
_WHICH_SPEAKS = Lazy(rf"^,\s+which\s+[^,.;“”\"]{{3,120}},\s+(?:(?:also|has|had|then|later)\s+)*"
                     rf"(?:{lexicon.SPEECH_VERB_RE})\b")
# "a lawyer with LBH Papua": a body after a role and its preposition.
_ROLE_WITH_BEFORE = Lazy(rf"\b(?:{_ROLE_RE})\s+(?:with|at|from|of)\s+(?:the\s+)?$", re.IGNORECASE)


# "K. M. D.", "M. A.": a person's given names written as initials, read as one word
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,4}[A-Z]\.|[A-Z]\.")     # ("C. K." and "C.K.")


_NAME_AFTER_PAREN = re.compile(r"\s+[A-Z][a-z\u00C0-\u024F’'-]+(?:\s+[A-Z][a-z\u00C0-\u024F’'-]+){1,3}\b")


def _rank_title(words: list[str]) -> bool:
    """"Deputy Superintendent of Police", "Inspector General of Police", "Assistant Attorney
    General": a rank or an office, its head a title."""
    k = 0
    while k < len(words) - 1 and words[k].lower() in _RANK_MODIFIERS:
        k += 1
    return words[k].lower() in lexicon.TITLE_HEADS and "of" in words[k + 1:k + 3] \
        or len(words) - k >= 2 and " ".join(words[k:]).lower() in lexicon.TITLE_HEADS \
        or len(words) - k == 2 and words[-1].lower() == "general" and words[k].lower() in _GENERAL_OFFICES


_GENERAL_OFFICES = {"attorney", "solicitor", "advocate", "auditor", "inspector", "director", "secretary",
                    "surveyor", "accountant", "postmaster", "registrar", "procurator", "prosecutor"}
_RANK_INITIALS_BEFORE = re.compile(r"((?:[A-Z][a-z]+\s+){1,4}(?:of\s+(?:the\s+)?[A-Z][a-z]+\s+)?)\([A-Z]{2,6}\)\s+$")


def _rank_with_initials_before(before: str) -> bool:
    """"Deputy Superintendent of Police (DSP) Felicia Ampomah": a rank and its initials before a name."""
    m = _RANK_INITIALS_BEFORE.search(before[-80:])
    return m is not None and _rank_title(m.group(1).split())


_ROLE_AND_BEFORE = re.compile(rf"\b(?:{_ROLE_RE})\s+and\s+$")


def _middle_left_out(full: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """"Kamran Malik" after "Kamran Haider Malik": the given and family names, the middle one left out."""
    return len(toks) == 2 and len(full) == 3 and full[0] == toks[0] and full[-1] == toks[-1]


def _acronym_name(b: _Builder, n: int, par: str, run: list[Tok], before: str, after: str) -> bool:
    """"LBH Papua", "Komnas HAM": a name of two or three words, one of them an acronym, is a
    body's when a role noun or a reporting verb follows it, or a role and "with"/"at" precede it."""
    if not 2 <= len(run) <= 3 or run[-1].poss and not _ROLE_NOUN_AFTER.match(after):
        return False
    caps = [t for t in run if t.text.isupper() and len(t.text) > 1 and not _INITIALS.fullmatch(t.text)]
    if len(caps) != 1 or caps[0].text in _GENERIC_ACRONYMS or caps[0].text in _RANK_ABBREVIATIONS \
            or _country(caps[0].text) or _international(caps[0].text) \
            or any(not t.text[:1].isupper() or any(ch.isdigit() for ch in t.text) for t in run):
        return False
    if not (_ORG_CUE_AFTER.match(after) or _SPEECH_AFTER.match(after) or _ROLE_WITH_BEFORE.search(before[-40:])):
        return False
    text = _text(par, run)
    if caps[0].text in b.acronym_keys and all(t is caps[0] or _country(t.text) for t in run):
        # "the Press Institute of East Africa (PIEA) Uganda chapter ... PIEA Uganda said": the
        # body the text spelled out, through its national chapter
        key = b.acronym_keys[caps[0].text]
        b.add(n, run[0].start, run[-1].end, key, text, run[-1].poss)
        if text not in b.actors[key].forms:
            b.actors[key].forms.append(text)
        return True
    typ = "government" if run[0].text.lower() in lexicon.STATE_BODY_WORDS else "ngo"
    b.actor(text, typ, text, _TYPE_RANK[typ])
    b.add(n, run[0].start, run[-1].end, text, text, run[-1].poss)
    return True


_LOWER_BODY = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.-]*[’']s?)\s+(?:[A-Z][a-z]+\s+)?|^)(?P<body>(?i:home|foreign|interior|justice|defen[cs]e|"
    r"finance|information|health|education|labou?r|environment|agriculture|religious affairs|"
    r"foreign affairs|home affairs|human rights|prosecutor[’']s|ombudsman[’']s|ombudsperson[’']s|"
    r"(?:regional\s+|district\s+|provincial\s+|county\s+)?election)\s+(?:ministry|office|department))\b")
# "a source in the prosecutor's office told": the one inside speaks, not the office
_INSIDE_BEFORE = Lazy(r"\b(?:in|at|inside|within)\s+(?:the\s+)?$")
_LEVEL_WORDS = {"regional", "district", "provincial", "county"}
# "the labour ministry in Tarvik, the old capital, told": the body's seat, and an aside on it,
# before its verb
_SPEAKS_AFTER_SEAT = Lazy(rf"\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,\s+[^,;:“”\"]{{3,80}},)?\s+"
                          rf"(?:(?:also|later|earlier|has|had|have|was|then)\s+)*(?:{lexicon.SPEECH_VERB_RE})\b")
# "Home ministry spokesperson X": the ministry speaks through its spokesperson
_VOICE_AFTER = Lazy(r"\s+(?:spokes(?:person|man|woman)|official)\b")
# "— Tomas Vell, a ferry clerk" on a line of its own: the signature under a quote
_DASH_LINE_BEFORE = Lazy(r"(?:^|\n|[”\"]\s)\s*[—–―]\s*$")
# "a ferry clerk named Tomas Vell": a word for a person, then "named", then that person's name
_PERSON_NAMED_BEFORE = Lazy(r"\b(?:a|an|the|one|another)\s+(?:[\w-]+\s+){0,2}?(?:"
                            + "|".join(sorted(lexicon.ROLE_NOUNS | lexicon.RELATION_NOUNS | {
                                "man", "woman", "boy", "girl", "guard", "warder", "jailer", "person", "prisoner",
                                "detainee", "inmate", "soldier", "villager", "resident", "witness"},
                                key=lexicon.by_length)) + r")\s+named\s+$")
# "Dana Roth-Elly of the Harbour Workers Union said": a name, the body she serves, then she speaks
_OF_BODY_SPEAKS = Lazy(rf"^,?\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'-]*){{0,7}},?"
                       rf"\s+(?:(?:also|has|had|was|then)\s+)*(?:{lexicon.SPEECH_VERB_RE})\b")
_SPEAKS_AFTER = Lazy(rf"\s+(?:(?:also|later|earlier|has|had|have|was|then|on\s+\w+day)\s+)*(?:{lexicon.SPEECH_VERB_RE})\b")
_POST_NOMINAL_AFTER = Lazy(rf" (?:{'|'.join(sorted(lexicon.POST_NOMINALS))})(?![\w’'-])")


# "a court sought a reply from the interior ministry": asked to answer, the body is a party.
_REPLY_FROM = Lazy(r"\b(?:reply|response|answer|explanation)\s+from\s+$")
_PLACE_DEPARTMENT = Lazy(r"\b(?P<body>[A-Z][\w’'-]+\s+(?:regional|district|city|provincial|municipal|oblast|county)\s+"
                         r"(?:department|directorate)\s+of\s+(?!the\b)(?:internal\s+|public\s+)?[a-z]+(?:\s+and\s+[a-z]+)?)\b")


# (what _PLACE_COURT needs somewhere in a paragraph: substring tests spare most the regex)
_PLACE_COURT_KEYS = ("court of ", "l court", "t court", "y court", "n court", "r’s office", "r's office", "imiyat", "akimat")
_PLACE_COURT = Lazy(r"\b(?P<body>(?P<place>[A-Z][a-z\u00C0-\u024F’'-]+)\s+(?:(?:regional|district|city|provincial|"
                   r"municipal|oblast|county|military|garrison)\s+)?(?:court\s+of\s+(?:first\s+instance|appeals?)|"
                   r"(?:regional|district|city|provincial|municipal|oblast|county|military|garrison)\s+"
                   # ("Ferghana district criminal court"; "khokimiyat", "akimat": a Central Asian
                   # city's or district's administration)
                   r"(?:(?:(?:criminal|civil|administrative|economic)\s+)?court|prosecutor[’']s\s+office"
                   r"|k?hokimiyat|akimat)))\b")


# Asked for comment: the body is a party to the story even when it says nothing.
_ASKED_AFTER = Lazy(r"\s+(?:(?:has|had|also)\s+)?(?:did\s+not|didn[’']t|has\s+not|have\s+not)\s+(?:yet\s+)?"
                    r"(?:immediately\s+)?(?:respond|reply|comment|return)\b|\s+declined\s+to\s+comment\b")


# "Deputy Minister of Water Ana Ruiz visited ... the ministry said": a named minister's portfolio,
# then "the ministry" speaking in lower case with no other ministry named between
_MINISTER_OF = Lazy(r"\b[Mm]inister\s+(?P<prep>of|for)\s+(?P<p>[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})")
_THE_MINISTRY = Lazy(r"\b[Tt]he\s+(?P<body>ministry)\b")


# "stops the City of Port Alfred from ...", then "the City said": a municipality named as the
# city itself, and called "the City" with a capital after
_CITY_OF = Lazy(r"\b[Tt]he\s+(?P<body>City\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\b(?![’'])")
_THE_CITY = Lazy(r"\b[Tt]he\s+(?P<body>City)\b(?!\s+(?:of\b|[A-Z]))(?![’']s?\s+[A-Z])")


def _city_bodies(b: _Builder) -> None:
    if not any("City of " in par for par in b.pars):
        return
    full = [(n, m) for n, par in enumerate(b.pars, 1) for m in _CITY_OF.finditer(par)]
    short = [(n, m) for n, par in enumerate(b.pars, 1) for m in _THE_CITY.finditer(par)]
    if len({m.group("body") for _, m in full}) != 1 or not short:
        return
    key = full[0][1].group("body")
    if key in b.actors:
        return
    b.actor(key, "government", key, _TYPE_RANK["government"])
    for n, m in full + short:
        b.add(n, m.start("body"), m.end("body"), key, m.group("body"), False)


def _named_ministers_ministry(b: _Builder) -> None:
    if "inister" not in "".join(b.pars):
        return
    bodies = {(n, s) for n, s, _, key, _, _ in b.raw if "inistry" in key}
    last: str | None = None
    for n, par in enumerate(b.pars, 1):
        if "inist" not in par:
            continue
        found = [(m.start(), 1, m) for m in _MINISTER_OF.finditer(par)] + [(m.start(), 2, m) for m in _THE_MINISTRY.finditer(par)]
        found += [(s, 0, None) for (k, s) in bodies if k == n]
        for _, kind, m in sorted(found, key=lambda x: x[:2]):
            if kind == 0:
                last = None         # another ministry named by its own name is nearer
            elif kind == 1:
                words = m.group("p").split()
                k = 0
                while k < len(words) and words[k].lower() in lexicon.PORTFOLIO_WORDS:
                    k += 1
                if words[k - 1:k] == ["and"]:
                    k -= 1
                last = f"Ministry {m.group('prep')} {' '.join(words[:k])}" if k else None
            elif last and (_SPEAKS_AFTER.match(par, m.end()) or _VOICE_AFTER.match(par, m.end())):
                b.actor(last, "government", m.group("body"), _TYPE_RANK["government"])
                b.add(n, m.start("body"), m.end("body"), last, m.group("body"), False)


# "The Tarvik district commissioner, who attended, said": a place's officer the text never names
# is the office that speaks (with a name after it, "... commissioner Ana Vell", it is her role)
_PLACE_OFFICER = Lazy(r"\b[Tt]he\s+(?P<body>[A-Z][a-z\u00C0-\u024F]+\s+(?:district|regional|provincial|county)\s+"
                      r"(?:commissioner|administrator|governor))\b(?!\s+[A-Z])(?:,\s+who\s[^,;“”\"]{3,80},)?")


def _place_offices(b: _Builder) -> None:
    for n, par in enumerate(b.pars, 1):
        for m in (_PLACE_OFFICER.finditer(par) if "district " in par or "regional " in par or "provincial " in par
                  or "county " in par else ()):
            if not _SPEAKS_AFTER.match(par, m.end()) or m.group("body").split()[0].lower() in lexicon.COMMON_CAPITALISED:
                continue
            key = m.group("body")
            b.actor(key, "government", key, _TYPE_RANK["government"])
            b.add(n, m.start("body"), m.end("body"), key, key, False)


# "The city clerk said", "the resident district commissioner said": a local office holder the
# text never names speaks as the office (a name beside the role anywhere makes it her role)
_LOCAL_OFFICER = Lazy(r"\b[Tt]he\s+(?P<body>(?:(?:resident|acting|deputy)\s+)?(?:district|city|town|municipal|county)\s+"
                      r"(?:commissioner|clerk|administrator|manager|engineer|treasurer))\b(?![’']|\s+[A-Z])")
_LOCAL_OFFICER_NAMED = Lazy(r"(?:district|city|town|municipal|county)\s+(?:commissioner|clerk|administrator|manager|"
                            r"engineer|treasurer),?\s+[A-Z]|[A-Z][\w’'-]+,\s+(?:the|a)\s+(?:[a-z]+\s+)?(?:district|"
                            r"city|town|municipal|county)\s+(?:commissioner|clerk|administrator|manager|engineer|treasurer)")


def _local_officers(b: _Builder) -> None:
    text = "\n".join(b.pars)
    if not any(w in text for w in ("district ", "city ", "town ", "municipal ", "county ")) or _LOCAL_OFFICER_NAMED.search(text):
        return
    found = [(n, m) for n, par in enumerate(b.pars, 1) for m in _LOCAL_OFFICER.finditer(par)]
    speaking = {m.group("body") for n, m in found
                if _SPEAKS_AFTER.match(b.pars[n - 1], m.end()) and m.group("body") not in b.actors}
    for n, m in found:
        # "the resident district commissioner said ... the district commissioner said": one office
        key = max((k for k in speaking if k == m.group("body") or k.endswith(" " + m.group("body"))), key=len, default=None)
        if key is not None:
            b.actor(key, "government", key, _TYPE_RANK["government"])
            b.add(n, m.start("body"), m.end("body"), key, m.group("body"), False)


# "a city council notice ... the council gave them": a local council the text names only in lower
# case (no place before it: "Tarvik city council" is read as a name) and comes back to as "the council"
_LOCAL_COUNCIL = Lazy(r"(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})(?<![A-Z][a-z]{4})(?<![A-Z][a-z]{5})(?<![A-Z][a-z]{6})"
                      r"(?<![A-Z][a-z]{7})(?<![A-Z][a-z]{8})\s(?P<body>(?:city|town|municipal|village)\s+council)\b(?![a-z])")
_THE_COUNCIL = Lazy(r"\b[Tt]he\s+council\b(?![a-z])")


def _local_councils(b: _Builder) -> None:
    text = "\n".join(b.pars)
    if " council" not in text:
        return
    found = [(n, m) for n, par in enumerate(b.pars, 1) for m in _LOCAL_COUNCIL.finditer(par)]
    if len({m.group("body") for _, m in found}) != 1 or len(found) + len(_THE_COUNCIL.findall(text)) < 3:
        return
    key = found[0][1].group("body")
    if key in b.actors:
        return
    b.actor(key, "government", key, _TYPE_RANK["government"])
    for n, m in found:
        b.add(n, m.start("body"), m.end("body"), key, key, False)


def _lower_bodies(b: _Builder) -> None:
    """"the home ministry said": a ministry the text names only in lower case is an actor
    when it speaks somewhere; its other mentions are the same actor."""
    found: list[tuple[int, re.Match]] = []
    speaking = set()
    for n, par in enumerate(b.pars, 1):
        if "inistry" not in par and "ffice" not in par and "epartment" not in par:
            continue
        # (every such body ends in one of these words, in lower case)
        for m in (_LOWER_BODY.finditer(par) if "ministry" in par or "office" in par or "department" in par else ()):
            found.append((n, m))
            if (_SPEAKS_AFTER.match(par, m.end()) or _ASKED_AFTER.match(par, m.end()) or _VOICE_AFTER.match(par, m.end())
                    or _REPLY_FROM.search(par, max(0, m.start() - 40), m.start()) or _SPEAKS_AFTER_SEAT.match(par, m.end())
                    or par[m.end():m.end() + 8] == ", which " and _WHICH_SPEAKS.match(par[m.end():])) \
                    and not _INSIDE_BEFORE.search(par, max(0, m.start() - 12), m.start()):
                speaking.add(m.group("body"))
        for m in _PLACE_DEPARTMENT.finditer(par) if "epartment" in par or "irectorate" in par else ():
            # "the Ostrava regional department of prisons": a place's office, named in lower case
            found.append((n, m))
            speaking.add(m.group("body"))
    courts = set()
    for n, par in enumerate(b.pars, 1):
        if (" court" not in par and "s office" not in par and "imiyat" not in par and "akimat" not in par) \
                or not any(k in par for k in _PLACE_COURT_KEYS):
            continue
        for m in _PLACE_COURT.finditer(par):
            # "the Koprivna court of first instance", "the Ostrava regional prosecutor's office":
            # a place's court or prosecutor, named in lower case (the place a name, not a common word)
            w = m.group("place").lower()
            if w in lexicon.COMMON_CAPITALISED or w in lexicon.DEMONYMS or w in lexicon.WEEKDAYS \
                    or w in lexicon.MONTHS or _country(m.group("place")):
                continue
            found.append((n, m))
            speaking.add(m.group("body"))
            if " court" in m.group("body"):
                courts.add(m.group("body"))
    for n, m in found:
        key = m.group("body")
        if key in speaking:
            # "the regional election office said ... the election office said": one office
            key = next((k for k in speaking if k.endswith(" " + key) and k.split()[0] in _LEVEL_WORDS), key)
            typ = "court" if key in courts else "government"
            b.actor(key, typ, key, _TYPE_RANK[typ])
            b.add(n, m.start("body"), m.end("body"), key, key, False)


# "the Sabah state government", "Lagos state government": a place's own government, in lower case.
_LOCAL_GOVERNMENT = Lazy(r"\b(?P<place>[A-Z][a-z\u00C0-\u024F’'-]+(?:\s+(?:(?:de|da|do|dos|das|del|di|du)\s+)?"
                         r"[A-Z][a-z\u00C0-\u024F’'-]+){0,2})\s+"     # "Rio de Janeiro": a place keeps its particle
                         r"(?:[Ss]tate|[Pp]rovincial|[Rr]egional|[Mm]unicipal|[Cc]ity|[Cc]ounty|[Dd]istrict|[Pp]refectural|"
                         r"[Rr]egency)\s+(?:government|administration)\b")


_LEVEL_OF_PLACE = Lazy(r"\b(?:municipal|city|town|provincial|regional|district|county)\s+(?:administration|government|council)"
                       r"\s+of\s+(?P<place>[A-Z][\w\u00C0-\u024F’'-]+(?:\s+[A-Z][\w\u00C0-\u024F’'-]+){0,2})")


def _local_level_of_hint(par: str) -> bool:
    return any(w in par for w in (" administration of ", " government of ", " council of "))


_LOCAL_LEVELS = ("state", "provincial", "regional", "municipal", "city", "county", "district", "prefectural",
                 "regency")


def _local_government_hint(par: str) -> bool:
    """Whether some " government"/" administration" in par follows a level word (what
    _LOCAL_GOVERNMENT needs)."""
    for word in (" government", " administration"):
        i = par.find(word)
        while i != -1:
            if par[max(0, i - 11):i].lower().endswith(_LOCAL_LEVELS):
                return True
            i = par.find(word, i + 1)
    return False


def _local_governments(b: _Builder) -> None:
    for n, par in enumerate(b.pars, 1):
        for m in _LEVEL_OF_PLACE.finditer(par) if " of " in par and _local_level_of_hint(par) else ():
            # "the municipal administration of Cap-Rouge said": a place's own administration, in
            # lower case, with the place after "of"; an actor when it speaks
            if _country(m.group("place")) or not (_SPEAKS_AFTER.match(par, m.end())
                                                  or _VOICE_BEFORE.search(par, max(0, m.start() - 30), m.start())):
                continue
            key = m.group()
            b.actor(key, "government", key, _TYPE_RANK["government"])
            b.add(n, m.start(), m.end(), key, key, False)
        if (" government" not in par and " administration" not in par) or not _local_government_hint(par):
            continue
        for m in _LOCAL_GOVERNMENT.finditer(par):
            words = m.group("place").split()
            while words and (words[0].lower() in lexicon.COMMON_CAPITALISED or words[0].lower() in _HONORIFICS):
                words = words[1:]
            place = " ".join(words)
            if not place or _country(place) or place.lower() in lexicon.DEMONYMS or place in _ADJECTIVES \
                    or any(a < m.end() and m.start() < z for a, z in b.claimed.get(n, ())):
                continue
            start = m.end("place") - len(place)
            key = par[start:m.end()]
            b.actor(key, "government", key, _TYPE_RANK["government"])
            b.add(n, start, m.end(), key, key, False)


_GOVERNMENT_SPEAKS = Lazy(r"\b[Tt]he\s+government(?=(?:\s+(?:also|later|earlier|then|repeatedly|previously|"
                         r"on\s+\w+day))*\s+(?:said|says|stated|told|announced|denied|denies|rejected|rejects|"
                         r"insisted|maintained|responded|claimed|claims|argued|warned|declared)\b)")


_GOVERNMENT_VOICE = Lazy(r"\b(?:[Aa]|[Tt]he)\s+(?P<g>government\s+spokes(?:person|man|woman))(?=,?\s+(?:said|says|stated|told|"
                        r"added|insisted|maintained|responded|denied)\b)")


def _government_voices(b: _Builder) -> None:
    """"a government spokesperson said": the government of the one country the article names
    (or names the government of); with none or several, nobody."""
    countries = None
    for n, par in enumerate(b.pars, 1):
        if "overnment spokes" not in par:
            continue
        for m in _GOVERNMENT_VOICE.finditer(par):
            if countries is None:
                countries = b.named_governments() or {a.key for a in b.actors.values() if a.type == "country"}
            if len(countries) != 1:
                return
            country = next(iter(countries))
            adj = lexicon.COUNTRY_ADJECTIVES.get(country)
            if not adj:
                return
            key = f"{adj} government"
            b.actor(key, "government", m.group("g"), _TYPE_RANK["government"])
            b.add(n, m.start("g"), m.end("g"), key, m.group("g"), False)


_SPEAKS_NEXT = (r"(?=\s*(?:,[^,;:“”\"]{3,120},\s*)?(?:(?:also|later|earlier|then|has|had|have|repeatedly|previously|"
                r"on\s+\w+day)\s+)*(?:" + lexicon.SPEECH_VERB_RE + r")\b)")
# "The Kenyan government said", "the government of Uganda, in a statement, said", "Kenya's government
# has denied": a country's government named as such, acting
_OWN_GOVERNMENT_SPEAKS = Lazy(r"\b(?:(?P<adj>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+[Gg]overnment"
                              r"|[Gg]overnment\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))" + _SPEAKS_NEXT)


def _governments_speaking(b: _Builder) -> None:
    """"the government said": in an article that names one country's government as such,
    that government; with none or several named, nobody."""
    named = None
    for n, par in enumerate(b.pars, 1):
        if "overnment" not in par:
            continue
        for m in _OWN_GOVERNMENT_SPEAKS.finditer(par):
            owner = m.group("of") or m.group("adj").replace("’", "'")
            country = _country(owner) if m.group("of") else _GOV_OWNER.get(owner) or _GOV_OWNER.get(owner.split()[-1])
            inside = [r for r in b.raw if r[0] == n and r[1] < m.end() and m.start() < r[2]]
            if not country or any(r[3] != country for r in inside):
                continue
            if inside:
                # (the country's own name inside the phrase gives way to its government's)
                b.raw = [r for r in b.raw if not (r[0] == n and r[1] < m.end() and m.start() < r[2])]
            key, typ = _government_of(b, country)
            b.actor(key, typ, m.group(), _TYPE_RANK[typ])
            b.add(n, m.start(), m.end(), key, m.group(), False)
        for m in _GOVERNMENT_SPEAKS.finditer(par):
            if named is None:
                named = b.named_governments()
            if len(named) != 1:
                return
            key, typ = _government_of(b, next(iter(named)))
            if typ == "government":
                b.actor(key, typ, m.group(), _TYPE_RANK[typ])
                b.add(n, m.start(), m.end(), key, m.group(), False)


# (a kind of police before the word names a force of its own: "the industrial police said")
_POLICE_SPEAKS = Lazy(r"\b(?:[Tt]he\s+)?(?:(?P<kind>industrial|traffic|tourist|tourism|border|railway|riot|military|"
                      r"marine|highway|religious|anti-terror|anti-riot)\s+)?[Pp]olice(?=\s+(?:(?:also|later|earlier|then|on\s+\w+day)\s+)*(?:said|say|says|stated|"
                      r"announced|denied|deny|claimed|insisted|confirmed)\b)")


_QUOTE_AHEAD = re.compile(r"[^.!?“\"]*[“\"]")
# "police said the march was unlawful. "…," the statement said": the next sentence quotes their
# statement, a voice of theirs
_STATEMENT_NEXT = re.compile(r"[^.!?“\"]*[.!?]\s+[“\"][^”\"]{8,}[”\"],?\s+(?:the|their)\s+"
                             r"(?:statement|notice|message|release|post|letter)\s+(?:said|says|read|added)\b")


def _police_speaking(b: _Builder) -> None:
    """"The police said in a statement that ... "…"": in an article that names no police force,
    police whose words are quoted are an actor of their own ("police"); with a force named, they
    are that force."""
    if any("police" in k.lower() for k in b.actors) or not any("olice" in p for p in b.pars):
        return
    for n, par in enumerate(b.pars, 1):
        for m in _POLICE_SPEAKS.finditer(par) if "olice" in par else ():
            if not (_QUOTE_AHEAD.match(par, m.end()) or _STATEMENT_NEXT.match(par, m.end())):
                continue        # (", police said.": a fact's source, no voice on the sheet)
            key = f"{m.group('kind').capitalize()} Police" if m.group("kind") else "police"
            b.actor(key, "government", m.group(), _TYPE_RANK["government"])
            b.add(n, m.start(), m.end(), key, m.group(), False)


# "The Liberals, for their part, proposed ...", "The B.C. Greens have tabled ...", "Labour said": a
# party called by its members' name, the subject of what it does or says
_PARTY_NICKNAME = Lazy(
    r"(?<![\w’'-])(?<!\bof )(?<!\bfor )(?:[Tt]he\s+)?(?P<name>(?:(?:[A-Z]\.){1,3}\s+|(?:[A-Z][a-z]+\s+)?(?=(?:Social|Christian|Free|Liberal)\s))?"
    r"(?:Liberals|Greens|Conservatives|Democrats|Republicans|Socialists|Tories|Labour|"
    r"(?:Social|Christian|Free|Liberal)\s+Democrats))"
    r"(?=(?:\s*,[^,;“”\"]{1,60},)?\s+(?:(?:have|has|had|also|then|later|were|was)\s+)?(?:"
    + lexicon.SPEECH_VERB_RE + r"|voted|abstained|proposed|tabled|blamed|backed|opposed|demanded|accused|filed|"
    r"walked\s+out|boycotted|welcomed|refused|pledged)\b)")


_NICKNAME_WORDS = ("Liberals", "Greens", "Conservatives", "Democrats", "Republicans", "Socialists", "Tories", "Labour")


def _party_nicknames(b: _Builder) -> None:
    if any(a.type == "party" and a.key.isupper() for a in b.actors.values()):
        return      # ("The Liberals" beside PSD and PNL may be one of the parties named by initials)
    for n, par in enumerate(b.pars, 1):
        if not any(w in par for w in _NICKNAME_WORDS):
            continue
        for m in _PARTY_NICKNAME.finditer(par):
            name = m.group("name")
            if any(r[0] == n and r[1] <= m.start("name") < r[2] for r in b.raw):
                continue        # (inside a name already found: "the Liberal Democrats Party")
            b.actor(name, "party", name, _TYPE_RANK["party"])
            b.add(n, m.start("name"), m.end("name"), name, name, False)


# "state broadcaster KBC", "the broadcaster Deutsche Welle": a station; "the veteran broadcaster Anna
# Phiri", "Broadcaster Anna Phiri": a person who broadcasts (the word names both, so only a word that fits
# a person before it, or the word used as a title, makes it one)
_PERSON_BROADCASTER = Lazy(r"(?:\b(?i:veteran|award-winning|popular|well-known|famous|former|retired|respected|"
                           r"prominent|renowned|celebrated|long-?time|sports|talk-show|breakfast|morning|radio|tv|"
                           r"television)\s+[Bb]|(?<![Tt]he\s)(?<![Aa]\s)(?<!\w)B)roadcaster\s*$")


def _broadcasting_person(before: str, text: str, run) -> bool:
    """A person-shaped name (two or three capitalised words, none of them an outlet's) after
    "broadcaster" used as a person's title."""
    # (up to "of": "radio broadcaster Renato Lagunzad of DXKO Radyo Kaagapay" is a person of a station)
    run = run[:next((i for i, w in enumerate(run) if w.text == "of"), len(run))]
    return before.rstrip().lower().endswith("broadcaster") and 2 <= len(run) <= 3 \
        and _norm(text) not in lexicon.OUTLETS and _PERSON_BROADCASTER.search(before[-60:]) is not None \
        and all(w.text[:1].isupper() and w.text[1:].islower() and w.text.lower() not in lexicon.OUTLET_HEADS
                for w in run)


def _cue_type(cue: str) -> str:
    cue = cue.lower()
    if cue in {"party", "movement"}:
        return "party"
    if cue in {"ministry", "agency", "regulator"}:
        return "government"
    return "ngo"


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    k = len(part)
    if k == 1 and type(whole) is tuple and type(part) is tuple:
        return part[0] in whole     # (the common one-word part, without slicing)
    return any(whole[i:i + k] == part for i in range(len(whole) - k + 1))


def _join(run: list[Tok]) -> Tok:
    """A multi-word short form ("Dela Rosa") handled like a one-word one."""
    return Tok(" ".join(t.text for t in run), run[0].start, run[-1].end, run[-1].poss, run[0].initial)


def _acronym_cue(par: str, t: Tok) -> str | None:
    before, after = par[max(0, t.start - 80): t.start], par[t.end: t.end + 120]
    if _at_end(_PARTY_BEFORE, before) or re.match(r"^\s+party\b", after, re.IGNORECASE):
        return "party"
    if _ACR_POST_AFTER.match(after) and _THE_PARTY.search(par):
        return "party"          # "KDU campaign chief X ... at the party's rally"
    if _ACR_ELECTED_AFTER.match(after):
        return "party"          # "the KDU's candidate", "KDU lawmakers": only a party fields them
    if _ACR_VOTED_AFTER.match(after):
        return "party"
    if before.endswith("(") and after[:1] == ")" and (mb := _ACR_MEMBER_BEFORE.search(before)) \
            and not any(w.lower() in _ROLE_WORDS for w in mb.group("name").split()):
        return "party"          # "State deputy Ana Lima (PVN)": initials after a legislator's name
        # (not "Deputy Director Ana Lima (PVN)": a title, whatever body she directs)
    m = _at_end(_ORG_CUE_BEFORE, before) or _project_cue(before)
    if m:
        return _cue_type(m.group("cue"))
    if _ORG_CUE_AFTER.match(after) or _SPEECH_AFTER.match(after):
        return "org"
    if _ACR_FACTION_BEFORE.search(before):
        return "party"          # "a faction of the CCC"
    if _ACR_AGENT_BEFORE.search(before) or _ACR_CLAUSE_SPEAKS.match(after):
        return "org"            # "cells run by RAB", "GYLA, which is giving legal aid, said"
    return None


_ACR_POST_AFTER = Lazy(r"^(?:[’']s)?\s+(?:campaign\s+|deputy\s+|youth\s+|general\s+|caucus\s+|parliamentary\s+)?(?:chief|leader|chair(?:man|woman|person)?|"
                      r"spokes(?:man|woman|person)|secretary|secretary-general|candidate|lawmaker|MP)s?\b")
_THE_PARTY = re.compile(r"\bthe party(?:[’']s)?\b")
_ACR_MEMBER_BEFORE = Lazy(r"\b(?:[Dd]eputy|[Ll]awmaker|[Ll]egislator|MP|[Ss]enator|[Cc]ongress(?:man|woman)|[Cc]ouncill?or|"
                          r"[Aa]ssembly(?:man|woman|member))\s+(?P<name>(?:[A-Z][\w’'-]+\s+){1,4})\($")
_ACR_ELECTED_AFTER = Lazy(r"^(?:[’']s)?\s+(?:(?:election|council|mayoral|presidential|parliamentary)\s+)?"
                          r"(?:(?:candidate|lawmaker|legislator|MP|councillor|councilor|senator)s?\b"
                          # ("PNL deputy X", "most PNL deputies abstained"; not "UNDP deputy director X")
                          r"|deput(?:y|ies)\b(?!\s+(?:director|head|chief|chair\w*|minister|governor|secretary|"
                          r"commissioner|editor|mayor|leader|speaker|president|manager|coordinator|representative)\b))")
# "PSD and AUR voted for it", "UDMR abstained": only a party in a house votes as a body
_ACR_VOTED_AFTER = Lazy(r"^\s+(?:and\s+(?:the\s+)?[A-Z]{2,6}\s+)?(?:voted|abstained)\b")
# Shapes in which initials never spelled out still act or speak.
_ACR_FACTION_BEFORE = re.compile(r"\b(?:faction|wing)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ACR_AGENT_BEFORE = re.compile(
    r"\b(?:run|operated|led|ordered|carried\s+out|conducted|arrested|detained|abducted|raided)\s+by\s+(?:the\s+)?$")
_ACR_CLAUSE_SPEAKS = re.compile(
    rf"^,\s+(?:which|the|an?)\s[^;:“”\"()]{{2,150}}?,\s+(?:(?:also|has|had|have|was|is|then|later)\s+)*"
    rf"(?:{lexicon.SPEECH_VERB_RE})\b")


_PAREN_CAPITAL = re.compile(r"\([A-Z]")


def _bracketed_after(b: _Builder, plain: str) -> str | None:
    """"the New Azerbaijan Party (YAP)": a body's initials in brackets right after its name, the
    initials of its name in its own language."""
    found = set()
    for par in b.pars:
        i = par.find(f"({plain})")
        while i > 0:
            head = par[:i].rstrip()
            found |= {a.key for a in b.actors.values() if a.type != "person" and " " in a.key and head.endswith(a.key)}
            i = par.find(f"({plain})", i + 1)
    return found.pop() if len(found) == 1 else None


def _acronyms(b: _Builder, acronyms) -> None:
    by_initials: dict[str, str] = {}
    for a in b.actors.values():
        if a.type in {"party", "government", "court", "ngo", "international"} and " " in a.key:
            by_initials.setdefault(_initials(a.key), a.key)
    non_actor_initials = set()
    for par in b.pars:
        if "(" not in par or not _PAREN_CAPITAL.search(par):
            continue        # both shapes below spell out a parenthesis, a capital right after it
        for m in re.finditer(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the|But)\s+)*){1,6})\(([A-Z]{2,7})\)", par):
            if _initials(m.group(1)) == m.group(2) and m.group(2) not in by_initials:
                non_actor_initials.add(m.group(2))
        for m in re.finditer(r"\b([A-Z]{2,7})\s*\(((?:[A-Z][\w’'-]*\s*(?:(?:of|for|and|the)\s+)*){1,6})\)", par):
            if _initials(m.group(2)) == m.group(1):
                non_actor_initials.add(m.group(1))
    cues: dict[str, list[str | None]] = {}
    bracketed: dict[str, str | None] = {}
    for n, t, cue in acronyms:
        cues.setdefault(t.text.replace(" ", ""), []).append(cue)
    for n, t, cue in acronyms:
        word = t.text.replace(" ", "")
        plain = word.replace(".", "")
        if plain in _GENERIC_ACRONYMS or word in _GENERIC_ACRONYMS:
            continue
        if plain not in by_initials and plain not in bracketed:
            bracketed[plain] = _bracketed_after(b, plain)
        full = by_initials.get(plain) or bracketed.get(plain)
        if full:
            a = b.actors[full]
            a.acronym = plain
            if word not in a.forms:
                a.forms.append(word)
            b.add(n, t.start, t.end, full, word, t.poss)
            continue
        if plain in non_actor_initials:
            continue
        known = [c for c in cues[word] if c]
        if not known:
            continue
        typ = next((c for c in known if c != "org"), "ngo")
        a = b.actor(word, typ, word, _TYPE_RANK.get(typ, 5))
        a.acronym = plain
        b.add(n, t.start, t.end, word, word, t.poss)


_OFFICE_WORDS = frozenset(lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS | lexicon.PORTFOLIO_WORDS | _ROLE_MODIFIERS)
_OFFICE_NOUNS = frozenset(lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS)


_OFFICE_LEVELS = {"regional", "municipal", "provincial", "district", "national", "county", "prefectural"}


def _only_role_words(toks: tuple[str, ...]) -> bool:
    # "Eastern Regional Chairman": a place and a level before a role noun still name an office
    # and "Committee Chair", "Board Chairman": a body's office holder, named by the body's kind alone
    return len(toks) > 1 and (all(t.lower() in _OFFICE_WORDS for t in toks) or toks[-1].lower() in _OFFICE_NOUNS
                              and (any(t.lower() in _OFFICE_LEVELS for t in toks[:-1])
                                   or all(t.lower() in _OFFICE_WORDS or t.lower() in lexicon.ORG_HEADS
                                          for t in toks[:-1])))


_BARE_ARTICLE_NAME = Lazy(r"(?<![\w’'-])(?:al|el)-[A-Z][\w’'-]*?(?=[’']s\b|[^\w’'-]|$)")


def _bare_article_names(b: _Builder) -> list[tuple[int, Tok]]:
    """"“…,” al-Zoubi said": a family name with its lower-case Arabic article, standing alone,
    is a short form of the person whose full name ends so (the run scanner starts runs only
    at capitals)."""
    words = {a.tokens[-1] for a in b.actors.values() if a.type == "person" and len(a.tokens) > 1}
    if not any(w.startswith(("al-", "el-")) for w in words):
        return []
    spans: dict[int, list[tuple[int, int]]] = {}
    for n, s_, e, *_ in b.raw:
        spans.setdefault(n, []).append((s_, e))
    out = []
    for n, par in enumerate(b.pars, 1):
        for m in _BARE_ARTICLE_NAME.finditer(par):
            if m.group() in words and not any(s_ <= m.start() < e for s_, e in spans.get(n, ())):
                poss = par.startswith(("’s", "'s"), m.end())
                out.append((n, Tok(m.group(), m.start(), m.end(), poss, False)))
    return out


def _short_forms(b: _Builder, singles) -> None:
    """"Ostrova" → "Irina Ostrova": the nearest preceding full mention sharing that name part."""
    full = sorted(b.person_full)
    # "Al-Hamdani" opening a sentence is the "al-Hamdani" of a full name
    name_words = {w for a in b.actors.values() if a.type == "person" for w in a.tokens}
    singles = [(n, t._replace(text=_article_lowered(t.text)))
               if t.text not in name_words and _article_lowered(t.text) in name_words else (n, t) for n, t in singles]
    for n, t in singles:
        if _single_name(b, n, t):
            a = b.actor(t.text, "person", t.text, 0)
            a.tokens = (t.text,)
            hon = _honorific(b.pars[n - 1], t.start)
            if hon:
                a.gender = a.gender or _HONORIFICS[hon.group("h").lower()]
    org_single = {a.key: a for a in b.actors.values() if " " not in a.key}
    # "Inhlangano" for "Inhlangano yeBantu": a body's name whose other words are prefixed forms
    # is shortened to its first word
    heads: dict[str, list[str]] = {}
    for a in b.actors.values():
        words = a.key.split()
        if a.type != "person" and len(words) > 1 and all(_CAMEL_PREFIXED.fullmatch(w) for w in words[1:]):
            heads.setdefault(words[0], []).append(a.key)
    org_single.update({w: b.actors[keys[0]] for w, keys in heads.items() if len(keys) == 1 and w not in org_single})
    by_parts: dict[tuple[str, ...], list] = {}     # full mentions containing a short form
    last_short: dict[tuple[str, ...], str] = {}    # the person a short form last named
    named_by: dict[tuple[str, ...], set[str]] = {}     # everyone a short form has named
    times_named: dict[tuple[tuple[str, ...], str], int] = {}     # how often a short form named each
    told_by_title: dict[tuple[str, ...], set[str]] = {}     # sharers a title before the short form told apart
    for n, t in singles:
        word = t.text
        if word in org_single:
            b.add(n, t.start, t.end, org_single[word].key, word, t.poss)
            continue
        parts = tuple(word.split())
        cands = by_parts.get(parts)
        if cands is None:
            cands = by_parts[parts] = [(p, s, k) for p, s, k in full if len(b.actors[k].tokens) > len(parts)
                                       and (_contains(b.actors[k].tokens, parts) or len(parts) >= 2
                                            and _contains(_unfathered(b.actors[k].tokens), parts)
                                            or _middle_left_out(b.actors[k].tokens, parts))]
            if len(parts) == 1:
                # "Julio César Condori Huanca": the last of two surnames is the mother's; a bare
                # "Huanca" names one whose only surname it is, when the text has such a one
                maternal = [c for c in cands if len(b.actors[c[2]].tokens) >= 4 and b.actors[c[2]].tokens[-1] == word
                            and b.actors[c[2]].tokens[-2][:1].isupper()]
                if maternal and len(maternal) < len(cands):
                    cands = by_parts[parts] = [c for c in cands if c not in maternal]
                else:
                    cands = by_parts[parts] = _first_surname_holders(b, cands, word)
        if not cands:
            if word not in name_words and _listed_with_bodies(b, n, t):
                b.actor(word, "ngo", word, _TYPE_RANK["ngo"])
                b.add(n, t.start, t.end, word, word, t.poss)
                org_single[word] = b.actors[word]
            continue
        before = [c for c in cands if (c[0], c[1]) < (n, t.start)]
        if not before:
            keys = {k for _, _, k in cands}
            key = next(iter(keys)) if len(keys) == 1 else None
        else:
            last = before[-1]
            # A nearer name-shaped run sharing the word ("Lars Berg" after "Anna Berg") that
            # is not a known actor makes the short form unsafe.
            if any((last[0], last[1]) < (p, s) < (n, t.start) and _contains(toks, parts)
                   and len(toks) > len(parts) for p, s, toks in b.other_names):
                b.add(n, t.start, t.end, None, word, t.poss)
                continue
            others = [c for c in before if c[2] != last[2]]
            key = last[2]
            if others:
                o = others[-1]
                # Two people introduced in one paragraph: a later short name is ambiguous.
                if o[0] == last[0]:
                    key = None
        distinct = list(dict.fromkeys(c[2] for c in reversed(before or cands)))
        by_death = False        # (the one a dead namesake leaves to speak)
        if key and len(distinct) > 1 and _relative_intro(b, key):
            # "His brother, Tobi Arenke" is the story's relative: the shared surname goes to the
            # person the article names in full most often, when that is clearly someone else
            counts = {k: sum(1 for c in full if c[2] == k) for k in distinct}
            top = max(counts.values())
            leaders = [k for k in distinct if counts[k] == top]
            nearest = key
            if len(leaders) == 1 and counts[key] < top:
                key = leaders[0]
            elif len(leaders) > 1 and key in leaders:
                # a tie: the short form keeps naming whom it named last ("Ruiz Pardo, 50, ... her
                # sister, Eva Ruiz Pardo, ... says Ruiz Pardo"), never merely the nearest full name
                key = last_short.get(parts) if last_short.get(parts) in leaders else None
            elif leaders == [key] and last_short.get(parts) != key:
                # the relative is the one the writer names in full, to tell her apart: the bare
                # shared name is not hers unless it named her before
                key = None
            if key and key != nearest and _dead(b, key) \
                    and (v := _SPEAKS_NOW_AFTER.match(b.pars[n - 1], t.end)) is not None:
                # "the killing of Marcos X ... X said by phone": the dead man speaks no more; the
                # bare name that speaks today is his relative's (in a past report, either's)
                key, by_death = (nearest, True) if v.group("now") else (None, False)
        if key and len(parts) == 1 and len(distinct) > 1 and all(
                len(b.actors[k].tokens) > 1 and b.actors[k].tokens[0] == word for k in distinct):
            # two people share a given name ("Ana Ruiz" and "Ana Lobo"): a bare "Ana" is neither
            # the nearer nor the likelier one; only a gender that fits one alone settles it
            key = None
        if len(distinct) == 2 and (owner := _whose_kin_owner(b, distinct)):
            # "X Noori, whose brother Y Noori disappeared, said": the brother is what the source
            # speaks of; a bare "Noori" is the source (a pronoun or honorific below may still differ)
            key = owner
        if key and len(distinct) > 1 and last_short.get(parts) not in (None, key) \
                and key not in named_by.get(parts, ()) \
                and (_unrelated_intro(b, key) or not by_death and b.actors[key].tokens[-len(parts):] == parts
                     and times_named.get((parts, last_short[parts]), 0) >= 3):
            # (or the bare name has named the other three times and more: "Jadhav" all along for the
            # petitioner, then "police inspector Sunil Jadhav", then "Jadhav said")
            # "Juraj Novák ... Novák said", later "MP Pavol Novák, who is not related to the
            # organiser, ... he said": a bare "Novák" after that may be either; the text does not
            # say (a title, a role or an honorific's gender below may: "Mr" and "Ms Naliaka")
            key = None
        if key and len(parts) == 1 and len(distinct) > 1 and _said_unrelated(b, word):
            key = None      # (a title, a role or an honorific's gender below may still settle it)
        role = _ROLE_APPOS_AFTER.match(b.pars[n - 1], t.end) if len(distinct) > 1 else None
        if role:
            # "Berg, the reporter,": the writer tells two people of one surname apart by role;
            # it goes to the one introduced with that role, else it stays open
            fits = {k for k in distinct if _introduced_as(b, k, role.group("r").lower())}
            key = next(iter(fits)) if len(fits) == 1 else None
        elif len(distinct) > 1 and (where := _WHERE_AFTER.match(b.pars[n - 1], t.end)) \
                and (fits := {k for k in distinct if _introduced_near(b, k, where.group("place"))}):
            # "Ms Murphy in Ballinasloe said": the writer tells two Murphys apart by where one of
            # them is from; it goes to the one introduced with that place (or body), else stays open
            key = next(iter(fits)) if len(fits) == 1 else None
        elif len(distinct) > 1:
            # A shared surname: the pronoun that follows it ("Dela Cruz said she") picks the
            # one person of that gender; a gender that fits no single one leaves it open.
            titled = _titled_as(b, cands, distinct, b.pars[n - 1], t.start)
            if titled is not None:
                # "Magistrate Comfort Kollie" and the reporter "Moses Kollie": a later "Magistrate
                # Kollie" is the one the text introduced with that title
                key = titled
                distinct = [titled]
            elif len(told_by_title.get(parts, ())) >= 2 and not _TITLE_WORD_BEFORE.search(b.pars[n - 1], max(0, t.start - 30), t.start):
                # "Senator Reyes" and "General Reyes" told apart by their titles: a bare "Reyes"
                # is either (a pronoun or an honorific below may still settle it)
                key = None
            hon = _honorific(b.pars[n - 1], t.start)
            if hon and (same := _introduced_with(b, cands, distinct, hon.group("h"))) is not None:
                # "Mr Eric Boateng" and "Dr Yaw Boateng": a later "Mr Boateng" is the one the text
                # introduced as "Mr"
                key = same
                distinct = [same]
            if hon and key:
                # "Ms Karimi" names a family name: when the word ends one name and opens another
                # ("Karimi Daud Sheikh"), only those it ends are candidates; an Ethiopian style
                # ("Ato Alemu", "W/ro Hana") names the given name, so only those it opens
                given = hon.group("h").lower() in _GIVEN_NAME_STYLES
                ends = [k for k in distinct if (b.actors[k].tokens[:len(parts)] if given
                                                else b.actors[k].tokens[-len(parts):]) == parts]
                if ends and len(ends) < len(distinct):
                    distinct = ends
                    if key not in ends:
                        key = ends[0] if len(ends) == 1 else None
            if len(parts) == 1 and not hon and not _TITLE_WORD_BEFORE.search(b.pars[n - 1], max(0, t.start - 30), t.start):
                # "Chief Benedict Okonjo" always "Chief Okonjo", the journalist Kelechi Okonjo plain
                # "Okonjo": a style the text keeps for one of them leaves the bare name to the other
                kept = _kept_style(b, word, distinct)
                rest = [k for k in distinct if k not in kept]
                if kept and len(rest) == 1:
                    key = rest[0]
            g = (_HONORIFICS[hon.group("h").lower()] if hon else None) or _pronoun_after(b, n, t.end)
            if g:
                fits = [k for k in distinct if _gender_of(b, k) in (g, None)]
                known = [k for k in fits if _gender_of(b, k) == g]
                if len(fits) == 1:
                    key = fits[0]
                    b.actors[key].gender = g    # "Ms Basri" is the one who is not "Mr"
                elif key is None and len(known) == 1 and not hon:
                    # left open above: "she" fits the one person known to be a woman ("Ms" only
                    # says the surname's bearer is one, which another of that name may be too)
                    key = known[0]
                elif key not in fits:
                    key = None
                elif hon and len(known) == 1 and key != known[0] and last_short.get(parts) == known[0]:
                    # "Ms Brown" again for the mother Marcia Brown, known to be a woman, after the
                    # text named Superintendent Andre Brown, not known to be either: still her
                    key = known[0]
        elif key:
            # "Ms Orwenda" is never a man known by that surname: an honorific must fit the
            # person's gender, or the short form stays unresolved.
            hon = _honorific(b.pars[n - 1], t.start)
            g = _HONORIFICS.get(hon.group("h").lower()) if hon else None
            kin = g == "f" and _kin_named_before(b.pars[n - 1][:hon.start()], parts[-1])
            if g in ("m", "f") and (kin or _gender_of(b, key) not in (g, None)):
                key = None
                if len(distinct) == 1 and (kin or len(parts) == 1 and _relation_before(b.pars[n - 1][:hon.start()])):
                    # "Mr Banda's wife, Mrs Banda,": the honorific of the other gender after a
                    # relation noun names a relative who shares the family name, a person of her own
                    # ("Banda's mother waited. ... said Mrs Banda": she, whatever his gender is known to be)
                    key = f"{hon.group('h')} {word}"
                    a = b.actor(key, "person", key, 0)
                    a.tokens = parts
                    a.gender = g
                    b.add(n, hon.start(), t.end, key, key, t.poss)     # the honorific is part of her name
                    continue
            elif g in ("m", "f"):
                b.actors[key].gender = g
        if key and len(parts) == 1 and b.actors[key].tokens[0] in _KUNYA_GENDER and b.actors[key].tokens[1:2] == parts:
            key = None      # "Umm Karim, whose son Karim ...": the child the kunya names, not the parent
        b.add(n, t.start, t.end, key, word, t.poss)
        if key:
            last_short[parts] = key
            named_by.setdefault(parts, set()).add(key)
            times_named[parts, key] = times_named.get((parts, key), 0) + 1
            if (tw := _TITLE_WORD_BEFORE.search(b.pars[n - 1], max(0, t.start - 30), t.start)) \
                    and tw.group(1).lower() in lexicon.TITLE_HEADS:
                told_by_title.setdefault(parts, set()).add(key)
        if key and word not in b.actors[key].forms:
            b.actors[key].forms.append(word)


def _listed_with_bodies(b: _Builder, n: int, t: Tok) -> bool:
    """"Zorka, the Valley Press Club, PEN Moldova and the Fishers Union demanded": one word at
    the head of a list whose every other item is a body is a body too."""
    par = b.pars[n - 1]
    if par[t.end:t.end + 2] != ", " or t.poss or t.text.lower() in b.lower_vocab or _country(t.text):
        return False
    items = sorted((r[1], r[2], r[3]) for r in b.raw if r[0] == n and r[1] > t.end)
    pos, count = t.end, 0
    for start, end, key in items:
        gap = par[pos:start]
        if not re.fullmatch(r",\s+(?:the\s+)?|,?\s+and\s+(?:the\s+)?", gap):
            break
        if b.actors[key].type in ("person", "country"):
            return False
        count += 1
        pos = end
        if gap.rstrip().endswith(("and", "and the")):
            return count >= 2 and bool(_SPEAKS_AFTER.match(par, pos) or re.match(r"\s+(?:demanded|called|urged|condemned)\b", par[pos:]))
    return False


_ROLE_APPOS_AFTER = Lazy(rf"[’']?s?,\s+the\s+(?:[a-z-]+(?:[’']s)?\s+)?(?P<r>{_ROLE_RE})\b")     # ("the federation’s president")


_WHERE_AFTER = Lazy(r"\s+(?:in|from|of)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")


def _introduced_near(b: _Builder, key: str, place: str) -> bool:
    """Whether a paragraph where key is named in full names the place (or body) too."""
    return any(k == key and place in b.pars[p - 1] for p, _, k in b.person_full)


def _introduced_as(b: _Builder, key: str, role: str) -> bool:
    """Whether a full mention of key has the role word (or its plural, as in "reporters X
    and Y") in the few words before it or in the apposition after it."""
    # (or of a short form the text has already given to key: "Martínez, the union's general
    # secretary," early on; never a role the mention says it is not: "not related to the secretary")
    mentions = [(p, s_) for p, s_, k in b.person_full if k == key] + [(r[0], r[1]) for r in b.raw if r[3] == key]
    for p, s_ in dict.fromkeys(mentions):
        par = b.pars[p - 1]
        near = par[max(0, s_ - 60):s_].lower() + " " + par[s_:s_ + 90].lower()
        m = re.search(rf"\b{re.escape(role)}(?:s|es)?\b", near)
        if m and not _NOT_THE_ROLE.search(near, max(0, m.start() - 40), m.start()):
            return True
    return False


_NOT_THE_ROLE = re.compile(r"\b(?:related|relation|kin)\s+to\s+(?:the|a|an|his|her)\s+(?:[\w’'-]+\s+){0,3}$")


_RELATIVE_BEFORE = Lazy(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w-]*[’']s)\s+(?:\w+\s+)?(?:"
                       + "|".join(sorted(lexicon.GENDER_NOUNS, key=lexicon.by_length)) + r")\s*,?\s*$")


_WHOSE_KIN = Lazy(r",\s+whose\s+(?:(?:eldest|elder|older|younger|youngest|only|late|missing)\s+)?(?:"
                 + "|".join(sorted(lexicon.GENDER_NOUNS, key=lexicon.by_length)) + r")\s*,?\s+$")


def whose_kin_at(par: str, start: int) -> int | None:
    """Where a "whose <kin>" clause opens when the name at start follows one ("X, whose
    brother <name>"): the end of the name the clause hangs on; None otherwise."""
    m = _WHOSE_KIN.search(par, max(0, start - 60), start)
    return m.start() if m else None


def _whose_kin_owner(b: _Builder, keys: list[str]) -> str | None:
    """Of two people sharing a name, the one whose relative the other is introduced as, in a
    "whose <kin>" clause right after the first's own full name."""
    for owner, kin in (keys, keys[::-1]):
        first = min((p, s_) for p, s_, k in b.person_full if k == kin)
        at = whose_kin_at(b.pars[first[0] - 1], first[1])
        if at is not None and any(p == first[0] and s_ + len(k) == at for p, s_, k in b.person_full if k == owner):
            return owner
    return None


# "the 2019 killing of X", "X, 46, was shot dead", "the late X": the text says X is dead
_DEATH_OF = Lazy(r"\b(?:killing|murder|death|assassination|funeral|body|grave)\s+of\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$"
                 r"|\bthe\s+late\s+$")
_DEAD_AFTER = Lazy(r"(?:,\s*\d{1,3},)?\s+(?:was|had\s+been)\s+(?:shot\s+dead|shot\s+and\s+killed|killed|murdered|"
                   r"assassinated|found\s+dead|beaten\s+to\s+death|hacked\s+to\s+death)\b|\s+died\b")
# "X said by phone", "X says", "X told JURIST": a short name speaking now, not in a past record
_SPEAKS_NOW_AFTER = Lazy(r",?\s+(?:(?P<now>says|said\s+by\s+(?:phone|telephone)|told\s+[A-Z]|said\s+on\s+(?:Monday|"
                         r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|said|told|added|wrote)\b")


def _dead(b: _Builder, key: str) -> bool:
    """Whether the text says the person is dead, named in full or by the last word of the name."""
    a = b.actors[key]
    forms = {key, a.tokens[-1]} if a.tokens else {key}
    for par in b.pars:
        for form in forms:
            at = par.find(form)
            while at >= 0:
                if _DEATH_OF.search(par, max(0, at - 40), at) or _DEAD_AFTER.match(par, at + len(form)):
                    return True
                at = par.find(form, at + 1)
    return False


def _relative_intro(b: _Builder, key: str) -> bool:
    """Whether the first full mention of key follows "his brother," / "Ali's wife"."""
    first = min((p, s_) for p, s_, k in b.person_full if k == key)
    par = b.pars[first[0] - 1]
    return (_RELATIVE_BEFORE.search(par, max(0, first[1] - 40), first[1]) is not None
            or _RELATIVE_AFTER.match(par, first[1] + len(key)) is not None)


def _unrelated_intro(b: _Builder, key: str) -> bool:
    """Whether the first full mention of key is followed by a word that the two sharing a
    name are not kin: "Pavol Novák, who is not related to the organiser,", "(no relation)"."""
    first = min((p, s_) for p, s_, k in b.person_full if k == key)
    return _UNRELATED_AFTER.match(b.pars[first[0] - 1], first[1] + len(key)) is not None


def _said_unrelated(b: _Builder, family: str) -> bool:
    """"The two Rojas are not related, both sides confirmed.": the text says in a sentence of its
    own that two people share the family name and nothing else."""
    f = re.escape(family)
    # ("... a complaint filed by Georges Haddad ... The two are not related.": in a paragraph naming them)
    return any(re.search(rf"\b[Tt]he\s+two\s+(?:{f}(?:e?s)?\s+)?(?:(?:men|women|people)\s+)?(?:are|were)\s+(?:not\s+related|unrelated)\b", p)
               and family in p for p in b.pars if "related" in p)


# (past the apposition it closes: "X, the county's deputy elections director and no relation to the senator,")
_UNRELATED_AFTER = Lazy(r"\s*[,(–—-]\s*(?:[^,.;:()“”\"]{1,100}?\s+and\s+)?(?:who\s+is\s+|who\s+was\s+|and\s+)?"
                        r"(?:no\s+relation|not\s+related|unrelated)\b")


# "Ola Dube - the victim's elder brother -" / "Ola Dube, her cousin,": a relation set off after the name
_RELATIVE_AFTER = Lazy(r"\s*(?:,|[-–—])\s*(?:the\s+)?(?:\w+\s+){0,2}?(?:[\w-]+[’']s|his|her|their)\s+(?:\w+\s+)?(?:"
                       + "|".join(sorted(lexicon.GENDER_NOUNS, key=lexicon.by_length)) + r")\b")


# Subject pronouns only: "X, who represented her, said" says nothing of X.
_GENDER_PRONOUN = Lazy(r"\b(?:(?P<m>he)|(?P<f>she))\b", re.IGNORECASE)
_RELATION_BEFORE = Lazy(
    r"\b(?P<rel>" + lexicon.alternation(sorted(lexicon.GENDER_NOUNS)) + r"),\s+(?:[\w.’'-]+\s+){0,4}$", re.IGNORECASE)


def _pronoun_after(b: _Builder, n: int, pos: int) -> str | None:
    """The gender of the first he/she/his/her after pos in its sentence, outside quotations,
    when no other person's name comes between; None without one."""
    par = b.pars[n - 1]
    sent = next((s for s in sentences(par) if s.start <= pos < s.end), None)
    if sent is None:
        return None
    m = _GENDER_PRONOUN.search(par, pos, sent.end)
    if m is None:
        return None
    if any(sp.open_at < m.start() < sp.after for sp in find_spans(par)):
        return None
    if any(r[0] == n and pos <= r[1] < m.start() and r[3] and b.actors[r[3]].type == "person"
           for r in b.raw) or any(p == n and pos <= s_ < m.start() for p, s_, _ in b.other_names):
        return None
    return "m" if m.group("m") else "f"


# "“…,” he told me": a pronoun that speaks the quotation before it
_PRONOUN_SPEAKS = Lazy(r"\s+(?:(?P<m>he)|she)\s+(?:said|says|told|tells|added|adds|wrote|writes)\b")


def _pronoun_speaks_next(b: _Builder, n: int, pos: int) -> str | None:
    """The gender of the pronoun speaking the quotation that opens the sentence after the one
    at pos ("X has refused to sign. “…,” he told me"), when nobody is named between."""
    par = b.pars[n - 1]
    spans = find_spans(par)
    sents = sentences(par, [(sp.open_at, sp.after) for sp in spans])
    k = next((i for i, s in enumerate(sents) if s.start <= pos < s.end), None)
    if k is None or k + 1 >= len(sents):
        return None
    first = next((sp for sp in spans if sents[k + 1].start <= sp.open_at < sents[k + 1].start + 3 and sp.closed), None)
    m = _PRONOUN_SPEAKS.match(par, first.close_at + 1) if first is not None else None
    if m is None or any(r[0] == n and pos <= r[1] < m.start() and r[3] and b.actors[r[3]].type == "person"
                        for r in b.raw) or any(p == n and pos <= s_ < m.start() for p, s_, _ in b.other_names):
        return None
    return "m" if m.group("m") else "f"


def _gender_of(b: _Builder, key: str) -> str | None:
    """A person's gender from a title, a relation noun before the full name ("her father,
    Mayor X") or a pronoun after it; None when unknown or when the evidence disagrees."""
    a = b.actors[key]
    if a.gender is None and not a.gender_checked:
        votes = set()
        for n, start, k in b.person_full:
            if k != key:
                continue
            par = b.pars[n - 1]
            rel = _RELATION_BEFORE.search(par, max(0, start - 80), start)
            # (a case-blind match may hold a letter that folds to ASCII: "wıfe" is no key)
            if rel and rel.group("rel").lower() in lexicon.GENDER_NOUNS:
                votes.add(lexicon.GENDER_NOUNS[rel.group("rel").lower()])
            end = start + len(key)
            if par[end:end + 2] not in ("’s", "'s") and not _person_before_in_sentence(b, n, start, key):
                # (after "Judge X found the data of Y ..., and she quashed", the "she" is X's)
                g = _pronoun_after(b, n, end) or _pronoun_speaks_next(b, n, end)
                if g:
                    votes.add(g)
        a.gender = votes.pop() if len(votes) == 1 else None
        a.gender_checked = True
    return a.gender


def _person_before_in_sentence(b: _Builder, n: int, pos: int, key: str) -> bool:
    """Whether someone else is named before pos in its sentence: the likelier subject."""
    par = b.pars[n - 1]
    sent = next((s for s in sentences(par) if s.start <= pos < s.end), None)
    return sent is not None and any(r[0] == n and sent.start <= r[1] < pos and r[3] and r[3] != key
                                    and b.actors[r[3]].type == "person" for r in b.raw)


def _single_name(b: _Builder, n: int, t: Tok) -> bool:
    """"said Wahyuni, a lawyer with ..." / "Ratna, 41, ...": a person known by one name,
    when a role apposition or an age follows and no fuller name contains the word."""
    word = t.text
    if word in b.actors or " " in word or t.poss or not word[:1].isupper() or word.isupper():
        return False
    low = word.lower()
    if low in _EVENT_NOUNS:
        return False        # "the 2022 General Election": a rank word before an event, no person
    if low in lexicon.COMMON_CAPITALISED or low in lexicon.DEMONYMS or low in lexicon.NON_ACTOR_HEADS \
            or low in lexicon.ORG_HEADS or low in lexicon.TITLE_HEADS or low in lexicon.ROLE_NOUNS \
            or _country(word) or _international(word) or low in lexicon.OUTLETS:
        return False
    if t.initial and (low in b.lower_vocab or low.endswith("ly") or len(low) >= 7 and low.endswith("ing")):
        return False        # "Separately, an official ..." and "Reacting, the commissioner ..." are no names
    par = b.pars[n - 1]
    if par[t.start - 3:t.start] == "as " and _IDENTIFIED_AS_BEFORE.search(par, max(0, t.start - 60), t.start):
        # "a teacher who asked to be identified only as Aung": the name he goes by, his alone even
        # when someone named in full later shares it
        return True
    if any(word in a.tokens for a in b.actors.values() if a.type == "person") or \
            any(word in toks for _, _, toks in b.other_names):
        return False        # part of a fuller name: a short form, resolved elsewhere
    if _honorific(par, t.start):
        return True         # "Ms Wulandari"
    if _at_end(_PLACE_BEFORE, par[max(0, t.start - 20):t.start]) and not _SPOKE_TO_BEFORE.search(par, max(0, t.start - 20), t.start):
        return False        # "from London, ..." (but "spoke to Oksana, a nurse": the one spoken to)
    after = par[t.end:t.end + 300]
    if _AGE_AFTER.match(after) or _WHOSE_KIN_AFTER.match(after):
        return True
    before = par[max(0, t.start - 60):t.start]
    if before.endswith("-year-old ") and _YEAR_OLD_BEFORE.search(before) and not _ROLE_NOUN_AFTER.match(after):
        return True         # "one of the petitioners, 52-year-old Sumarni, has ...": only a person has an age
    if not t.initial and before.endswith(" ") and _role_then_ranks(before) and not _ROLE_NOUN_AFTER.match(after):
        return True         # "police spokesperson Sr. Comr. Harjono"
    if after[:1] == "," and before.endswith(", ") and _RELATION_COMMA_BEFORE.search(before):
        return True         # "Daniel's wife, Rina, said": a relative named in commas
    if after[:1] in (",", ".", "") and before.endswith(" name, ") and _FIRST_NAME_BEFORE.search(before):
        return True         # "a teacher who gave only his first name, Rawand, said" (or ", Rawand.")
    m = _apposition(after)
    if not m:
        return False
    first = m.group("phrase").split()[0].lower()
    # The apposition must describe the word: "a lawyer with ...", "executive director of ...".
    return first in {"a", "an", "the", "his", "her", "their"} or first in lexicon.ROLE_NOUNS \
        or first in _ROLE_MODIFIERS


_YEAR_OLD_BEFORE = re.compile(r"(?:^|,\s|\(|[.!?]\s)\d{1,3}-year-old\s$")
# "said Wulan, whose husband is still held": only a person has a husband or a son
_WHOSE_KIN_AFTER = Lazy(r",\s+whose\s+(?:(?:eldest|youngest|elder|younger|only|late|teenage|\d{1,2}-year-old)\s+)?(?:"
                        + "|".join(sorted(lexicon.GENDER_NOUNS, key=lexicon.by_length)) + r")\b")
_IDENTIFIED_AS_BEFORE = Lazy(r"\b(?:identified|named)\s+(?:by\s+(?:[\w’'-]+\s+){1,4}?)?(?:only\s+)?as\s+$"
                             r"|\bgave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+$")
_SPOKE_TO_BEFORE = Lazy(r"\b(?:spoke|talked|speaking|talking)\s+to\s+$")
_FIRST_NAME_BEFORE = Lazy(r"\b(?:first|given)\s+name,\s+$")
_RELATION_COMMA_BEFORE = Lazy(r"(?:[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Ww]hose))\s+(?:\w+\s+)?(?:"
                              + "|".join(sorted(lexicon.RELATION_NOUNS, key=lexicon.by_length)) + r"),\s+$")
# "Tep Vanny's colleague Bov Sophea", "her husband Nhem Khun": a relative or colleague named.
_RELATION_BEFORE_NAME = Lazy(r"(?:[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Ww]hose))\s+(?:\w+\s+)?(?:"
                             + "|".join(sorted(lexicon.RELATION_NOUNS, key=lexicon.by_length)) + r"),?\s+$")
_KIN = {"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "parents", "widow",
        "widower", "uncle", "aunt", "grandmother", "grandfather", "nephew", "niece", "cousin", "sons",
        "daughters", "children", "family", "fiancé", "fiancée"}
# Role nouns that, capitalised before a name at a sentence's start, are the person's role and
# never a name word ("Lawyer Ana Ruiz"); titles are _title_cut's, and kin words and the heads of
# bodies' names stay out ("Son" is a family name, "Member States" a body).
_OPENING_ROLES = frozenset(lexicon.ROLE_NOUNS - lexicon.TITLE_HEADS - _KIN - {
    "member", "head", "chair", "vice", "executive", "partner", "counsel", "anchor", "official", "operator",
    "parent", "sibling", "girlfriend", "boyfriend", "fiance", "fiancee"})
_ROLE_SPOKEN_BEFORE = Lazy(rf"(?:\b(?:{lexicon.SPEECH_VERB_RE})|\baccording\s+to|[,.?!][”\"’])\s+$", re.IGNORECASE)


def _role_spoken_before(before: str) -> bool:
    """"said Farmer X", "according to Vendor Y", "“…,” Student Z said": where a capitalised role
    noun opens the speaker."""
    return _ROLE_SPOKEN_BEFORE.search(before) is not None


# Capitalised words that may stand before a role noun in a title-cased description ("Former
# Lawyer", "Freelance Journalist", "Human Rights Lawyer", "Kenyan Activist").
_OPENING_MODIFIERS = frozenset(_ROLE_MODIFIERS - {"party", "government", "union", "court", "society"} | {
    "freelance", "retired", "fellow", "young", "elderly", "award-winning", "investigative", "citizen",
    "community", "grassroots", "indigenous", "well-known", "self-described", "self-styled", "lawyer",
    "student", "women's", "anti-corruption", "anti-mining", "anti-government", "pro-government",
    "police", "army", "prison", "security", "border", "village", "factory", "garment", "rural",
    # ("Deputy District Attorney X", "County Attorney Y": the level an office serves)
    "district", "county", "assistant", "associate"})
# "Ex-soldier", "Then-student", "Mother-of-three": one hyphenated word that describes the person
_HYPHEN_DESCRIPTION = Lazy(r"(?:ex|then|former|would-be|self-styled|self-described)-(?P<role>[a-z]+)"
                           r"|(?:mother|father|grandmother|grandfather)-of-(?:one|two|three|four|five|six|seven|"
                           r"eight|nine|ten|\d{1,2})|(?:editor|commander|correspondent)-in-chief"
                           r"|(?:[a-z]+-)?[a-z]+-year-old", re.IGNORECASE)     # "Twenty-four-year-old X"


def _hyphen_description(word: str) -> bool:
    m = _HYPHEN_DESCRIPTION.fullmatch(word)
    return m is not None and (m.group("role") is None or m.group("role").lower() in _OPENING_ROLES)


_DEMONYM_SHAPE = Lazy(r"[A-Z][a-z]{2,}(?:an|ian|ese|ish)")
_OPENING_PLURALS = frozenset(_plural(r) for r in _OPENING_ROLES if r.isalpha())
_LIST_ITEM = Lazy(r",\s+(?P<name>[A-Z][a-z\u00C0-\u024F’'-]+(?:\s+[A-Z][a-z\u00C0-\u024F’'-]+){1,3})(?=,|\s+and\s)")
_LIST_LAST = Lazy(r",?\s+and\s+(?P<name>[A-Z][a-z\u00C0-\u024F’'-]+(?:\s+[A-Z][a-z\u00C0-\u024F’'-]+){1,3})(?![\w’'-]|\s+[A-Z])")
_LIST_GOES_ON = Lazy(r",?\s+and\s+[A-Z]|,\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+(?:,|\s+and\s)")


def _body_words(b: _Builder, par: str, run: list[Tok]) -> bool:
    """Whether the words name a body: its shape, a known international one, its initials, an outlet."""
    text = _text(par, run)
    return _org_type(run, par) is not None or _international(text) is not None or text in b.acronym_keys \
        or len(run) == 1 and run[0].text.isupper() and 2 <= len(run[0].text) <= 7 \
        or _norm(text) in lexicon.OUTLETS


def _short_of_named(b: _Builder, pending_names, word: str) -> bool:
    """Whether `word` is one word of a longer person's name read so far."""
    return any(word in a.tokens and len(a.tokens) > 1 for a in b.actors.values() if a.type == "person") or any(
        len(r) > 1 and any(t.text == word for t in r) for _, r, _ in pending_names)


def _role_modifier(word: str) -> bool:
    low = word.lower()
    return low in _OPENING_MODIFIERS or low in lexicon.DEMONYMS or word in _ADJECTIVES \
        or _DEMONYM_SHAPE.fullmatch(word) is not None and low not in lexicon.ROLE_NOUNS


def _plain_name_word(t: Tok) -> bool:
    # _name_word, with a double-barrelled surname ("Roth-Elly") or a hyphenated given name
    # ("Mi-kyung", "Ka-chun") allowed
    low = t.text.lower()
    return not t.poss and t.text[:1].isupper() \
        and all((i or p[:1].isupper()) and p[1:].islower() and p.isalpha() for i, p in enumerate(t.text.split("-"))) \
        and low not in _NOT_GIVEN and low not in _NOT_IN_NAME and low not in _PLACE_NOUNS \
        and low not in lexicon.INSTITUTION_WORDS


def _name_word(t: Tok) -> bool:
    # ("Farmer Field School": a place's or an institution's word names no one)
    low = t.text.lower()
    return t.text[1:].islower() and t.text.replace("-", "").isalpha() and low not in _NOT_GIVEN \
        and low not in _NOT_IN_NAME and low not in _PLACE_NOUNS and low not in lexicon.INSTITUTION_WORDS


def _opening_role_index(run: list[Tok]) -> int | None:
    """Where the role noun stands in "[modifiers] Role Given Family": up to three modifiers, then
    a role noun, then two to four name words; None for any other shape."""
    for k, t in enumerate(run[:4]):
        role = (t.text.lower() in _OPENING_ROLES or "-" in t.text and _hyphen_description(t.text)) and not t.poss
        if role and 2 <= len(run) - k - 1 <= 4 and all(_name_word(x) for x in run[k + 1:]):
            return k        # (the words before it were all modifiers or role nouns)
        if not (role or _role_modifier(t.text)):
            return None
    return None


_MODIFIER_BEFORE = Lazy(r"(?:\b[A-Z][\w’'-]*\s+){1,3}$")


def _opening_role(par: str, at: int, word: str) -> bool:
    return _opening_role_start(par, at, word) is not None


def _opening_role_start(par: str, at: int, word: str) -> int | None:
    """Where the description starts when the capitalised role noun at `at` (with the capitalised
    modifiers before it) is capitalised by its place (the sentence's first words, the speaker's
    after "said" or a closing quotation mark, a clause's after a comma); None otherwise."""
    if word.lower() not in _OPENING_ROLES and not ("-" in word and _hyphen_description(word)):
        return None
    start = at
    m = _MODIFIER_BEFORE.search(par, max(0, at - 60), at)
    if m:
        words = m.group().split()
        keep = 0
        for w in reversed(words):
            if not (_role_modifier(w) or w.lower() in _OPENING_ROLES):
                break
            keep += 1
        if keep:
            start = at - len(" ".join(words[-keep:])) - 1
            while par[start:start + 1].isspace():
                start += 1
    if _initial(par, start, {s.start for s in sentences(par)}) or _role_spoken_before(par[max(0, start - 40):start]) \
            or par[:start].rstrip().endswith(","):
        return start
    return None
_KIN_NAMED_AFTER = re.compile(r"\s+([a-zé]+),\s+(?:[A-Z][\w’'-]*\s+){1,4}?([A-Z][\w’'-]*)[,.]")


def _kin_after(after: str, family: str) -> bool:
    """"X Bhandari's father, Y Z Bhandari,": a name whose kin the text then names with the same
    family name is a person's (a relative of another family name may be a rival subject for a
    pronoun that follows, which the quotes leave to the nearer name)."""
    m = _KIN_NAMED_AFTER.match(after)
    return m is not None and m.group(1) in _KIN and m.group(2) == family


_KIN_OF = Lazy(r"\b([A-Z][\w’'-]+)[’']s\s+(?:wife|widow|mother|sister|daughter|grandmother|aunt)\b")


def _kin_named_before(before: str, word: str) -> bool:
    # "Sule's wife said ..." earlier in the paragraph: a later "Mrs Sule" is that woman
    return any(m.group(1) == word for m in _KIN_OF.finditer(before))


def _relation_before(before: str) -> bool:
    last = before[-20:].rstrip().rstrip(",").rsplit(None, 1)[-1:]
    # (the word before the name must be a relation noun: a set lookup spares the search)
    return bool(last) and last[0].lower() in lexicon.RELATION_NOUNS and \
        _RELATION_BEFORE_NAME.search(before[-50:]) is not None


_EVENT_NOUNS = {"election", "elections", "assembly", "meeting", "conference", "strike", "amnesty", "staff"}
_NOT_GIVEN = (lexicon.COMMON_CAPITALISED | lexicon.DEMONYMS | set(lexicon.ORG_HEADS) | lexicon.NON_ACTOR_HEADS
              | lexicon.TITLE_HEADS | lexicon.ROLE_NOUNS | set(lexicon.MONTHS) | set(lexicon.WEEKDAYS))



def _given_names_recur(paragraphs, pending_names, person_cued: set[str], lower_vocab: set[str]) -> None:
    """"Lucía Marta Ferrer Solano takes the train ... Lucía Marta picked up her bag": a name of
    three or four words whose first two words the text later uses alone is a person's (given
    names and surnames), unless those words are a place."""
    if len(pending_names) < 2:
        return
    alone = {tuple(t.text for t in run) for _, run, _ in pending_names if len(run) == 2}
    if not alone:
        return
    for n, run, _ in pending_names:
        if not 3 <= len(run) <= 4 or (run[0].text, run[1].text) not in alone:
            continue
        name = _text(paragraphs[n - 1], run)
        if name in person_cued:
            continue
        first = f"{run[0].text} {run[1].text}"
        if lexicon.CAPITALS.get(first) or _country(first) or any(
                not t.text.isalpha() or not t.text[1:].islower() or t.text.lower() in _NOT_GIVEN
                or t.text.lower() in lower_vocab or _country(t.text) for t in run):
            continue
        if run[0].text in _SAINT_ABBREVIATIONS or run[-1].text.lower() in _COMPASS:
            continue        # "St Mary East ... St Mary": a place and its constituency, never given names
        person_cued.add(name)


def _given_name_speaks(paragraphs, pending_names, person_cued: set[str], lower_vocab: set[str]) -> None:
    """"Marisol Candelaria Ortiz wakes at four ... “...,” Marisol says": a name whose first word
    the text later makes the one who speaks, alone, is a person's (a feature calls people by their
    given name)."""
    whole = "\n".join(paragraphs)
    # (looked for only where a pending name's first word is followed by "sa")
    firsts = {w for w in {run[0].text + " sa" for _, run, _ in pending_names if 2 <= len(run) <= 4} if w in whole}
    # "Marisol keeps a diary. “...,” she says.": the given name alone opens a paragraph whose
    # quotation a he/she then speaks
    opens = {m.group(1) for p in paragraphs if p[:1].isupper() and _HE_SAYS.search(p) and (m := _GIVEN_OPENS_SAYS.match(p))} \
        & {run[0].text for _, run, _ in pending_names if 2 <= len(run) <= 4}
    if not firsts and not opens:
        return
    speakers = {m.group(1) for p in paragraphs if any(w in p for w in firsts)
                for m in _SURNAME_SAYS.finditer(p)} & {w[:-3] for w in firsts} | opens
    for n, run, _ in pending_names:
        if not 2 <= len(run) <= 4 or run[0].text not in speakers:
            continue
        name = _text(paragraphs[n - 1], run)
        # ("Marisol de la Vega": a surname's particle inside the name)
        if name in person_cued or _country(run[0].text) or lexicon.CAPITALS.get(name) or any(
                not (0 < k < len(run) - 1 and t.text in _NAME_PARTICLES) and (
                    not t.text.isalpha() or not t.text[1:].islower() or t.text.lower() in _NOT_GIVEN
                    or t.text.lower() in lower_vocab or _country(t.text)) for k, t in enumerate(run)):
            continue
        person_cued.add(name)


_GIVEN_OPENS_SAYS = re.compile(r"([A-Z][a-z\u00C0-\u024F’']+)\s+(?:[a-z][\w’'-]*\s+){1,3}[^“\"\n]*?[“\"][^”\"]+[”\"]"
                               r"\s+(?:she|he)\s+(?:says|said)\b")
# What every match of _GIVEN_OPENS_SAYS ends with, found fast (it opens with a literal)
_HE_SAYS = re.compile(r"he\s+(?:says|said)\b")


# A surname alone, then a verb only a person's voice takes ("Sitting on a plastic chair, Shikongo
# recalls"), in two parts tried only where a pending name's last word stands: the verb after it, and
# what may come before it (a sentence's start or an opening phrase's comma)
_ALONE_VERB = re.compile(r"\s+(?:still\s+|also\s+)?(?:says|said|recalls|recalled|remembers|remembered|explains|"
                         r"explained|adds|added|insists|insisted|admits|admitted|laughs|laughed|sighs|sighed)\b")
_ALONE_BEFORE = re.compile(r"(?:^|[.!?][”’\"]?\s+|,[”’\"]\s+|[a-z],\s+)$")
_SURNAME_SAYS = re.compile(r"(?:^|[.!?][”’\"]?\s+|,[”’\"]\s+)([A-Z][a-z\u00C0-\u024F’']+(?:-[A-Z]?[a-z\u00C0-\u024F’']+)?)"
                           r"\s+(?:says|said)\b")
# r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+...", written to open with a letter class the engine scans for fast:
# the look-behind after the first letter is the \b before it, and the same words follow in the same order
_HONORIFIC_SURNAME = re.compile(r"[MD](?<!\w[MD])(?:(?<=M)(?:r|rs|s|iss)|(?<=D)r)\.?\s+([A-Z][a-z\u00C0-\u024F’'-]+)\b(?!\s+[A-Z])")
_HONORIFIC_STARTS = ("Mr", "Ms", "Mi", "Dr")     # substring pre-test: a paragraph without them skips the scan
# "Mihálik: ...": a surname labelling a paragraph as an interview's turn
_SURNAME_LABEL = re.compile(r"([A-Z][a-z\u00C0-\u024F’']+(?:-[A-Z][a-z\u00C0-\u024F’']+)?):\s+\S")


def _surnames_with_honorific(paragraphs, pending_names, person_cued: set[str], lower_vocab: set[str]) -> None:
    """"Odile Marchetti of the Green Front ... Ms Marchetti said": a two-word name whose last
    word the text uses after Mr/Ms/Mrs/Dr is a person's, unless a word is no given name."""
    surnames = {m.group(1) for p in paragraphs if any(h in p for h in _HONORIFIC_STARTS)
                for m in _HONORIFIC_SURNAME.finditer(p)}
    # a surname alone opening a sentence as the one who speaks ("Castro-Vidal says the ..."):
    # looked for only where a pending name's last word is followed by "sa"
    whole = "\n".join(paragraphs)
    # (a three-word name's middle word: the first of two family names, "Teodora Apaza Quille")
    names = {run[-1 if len(run) == 2 else 1].text for _, run, _ in pending_names if 2 <= len(run) <= 3}
    lasts = {w for w in {n + " sa" for n in names} if w in whole}
    surnames |= {m.group(1) for p in (paragraphs if lasts else ()) if any(w in p for w in lasts)
                 for m in _SURNAME_SAYS.finditer(p)}
    # "Mihálik: Who my sources were.", turn after turn: an interview labels its voice by surname
    labels = Counter(m.group(1) for p in paragraphs if ":" in p[:30] and (m := _SURNAME_LABEL.match(p)))
    surnames |= {w for w, k in labels.items() if k >= 2 and w in names}
    # (other verbs of a voice, and past an opening phrase, count only after the name: "Speaking from
    # his bed, Ssekandi said" is no cue for a namesake the text introduces later)
    alone: dict[str, int] = {}
    for w in names:
        at = whole.find(w + " ")
        if at < 0:
            continue
        for k, p in enumerate(paragraphs, 1):
            i = p.find(w + " ")
            while i >= 0:
                if _ALONE_VERB.match(p, i + len(w)) and _ALONE_BEFORE.search(p[max(0, i - 4):i] if i else ""):
                    alone[w] = k
                i = p.find(w + " ", i + 1)
    if surnames or alone:
        _cue_given_names(paragraphs, pending_names, person_cued, lower_vocab, lambda n, run: (
            (w := run[-1].text if len(run) == 2 else run[1].text if len(run) == 3 else None) is not None
            and (w in surnames or alone.get(w, 0) > n)))


def _cue_given_names(paragraphs, pending_names, person_cued: set[str], lower_vocab: set[str], fits) -> None:
    """Cue as a person's each pending name that `fits(paragraph, run)`, unless a word of it is no
    given name or family name (not a capitalised plain word, a word the text uses in lower case, a
    country) or the name is a capital city's."""
    for n, run, _ in pending_names:
        if not fits(n, run):
            continue
        name = _text(paragraphs[n - 1], run)
        if name in person_cued or _country(run[0].text) or lexicon.CAPITALS.get(name) or any(
                not all(w.isalpha() and w[:1].isupper() and w[1:].islower()
                        for w in (t.text.split("-", 1)[1] if _ARTICLE_PREFIX.match(t.text) else t.text).split("-"))
                or t.text.lower() in _NOT_GIVEN or t.text.lower() in lower_vocab for t in run):
            continue
        person_cued.add(name)


def _article_lowered(word: str) -> str:
    """"Al-Hamwi" opening a sentence is the "al-Hamwi" of "Khaled al-Hamwi": one spelling to compare."""
    low = word[:1].lower() + word[1:]
    return low if _ARTICLE_PREFIX.match(low) else word


# "Ventura, 34, is one of the guards": a surname alone carrying an age
_SURNAME_AGE = Lazy(r"\b((?:[Aa]l-|[Ee]l-)?[A-Z][a-z\u00C0-\u024F]+(?:-[A-Z][a-z\u00C0-\u024F]+)?),\s*\d{1,3},")
_AGE_COMMAS = re.compile(r",\s*\d{1,3},")


def _surnames_with_age(paragraphs, pending_names, person_cued: set[str], lower_vocab: set[str]) -> None:
    """"police came for Tomas Ventura ... Ventura, 34, is ...": a two-word name whose last word
    the text then gives an age is a person's (only a person has an age); so is one whose first
    word does ("Jumoke Bello keeps ... Jumoke, 38, has received": a feature's given name)."""
    # (every match ends with _AGE_COMMAS' text: a paragraph without it holds none)
    aged = {_article_lowered(m.group(1)) for p in paragraphs if ", " in p and _AGE_COMMAS.search(p)
            for m in _SURNAME_AGE.finditer(p)}
    if aged:
        _cue_given_names(paragraphs, pending_names, person_cued, lower_vocab,
                         lambda n, run: len(run) == 2 and (_article_lowered(run[-1].text) in aged or run[0].text in aged))


def _cue_names_ending(surnames: set[str], paragraphs, pending_names, person_cued: set[str],
                      lower_vocab: set[str]) -> None:
    """Two-word names ending in one of these surnames, which the text shows belong to people."""
    if surnames:
        _cue_given_names(paragraphs, pending_names, person_cued, lower_vocab,
                         lambda n, run: len(run) == 2 and run[-1].text in surnames)


# "Ostrova, a 38-year-old poet": a surname alone set off by an age apposition
_SURNAME_YEAR_OLD = Lazy(r"\b([A-Z][a-z\u00C0-\u024F]+(?:-[A-Z][a-z\u00C0-\u024F]+)?),\s+an?\s+\d{1,3}-year-old\b")


def _surnames_year_old(paragraphs, pending_names, person_cued: set[str], lower_vocab: set[str]) -> None:
    """"The first thing Irina Ostrova does ... Ostrova, a 38-year-old poet, ...": a two-word name
    whose last word the text then calls so many years old is a person's."""
    surnames = {m.group(1) for p in paragraphs if "-year-old" in p for m in _SURNAME_YEAR_OLD.finditer(p)}
    _cue_names_ending(surnames, paragraphs, pending_names, person_cued, lower_vocab)


# ("“…,” Huanca told me.", "‘…?’ Huanca asked.": the surname before its verb, after a quotation)
_SURNAME_SPEAKS = Lazy(r"(?:[”\"]|(?<=[,.?!])’),?\s+(?:(?:says|said)\s+((?:al-|el-)?[A-Z][a-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*)(?=[,.])"
                       # (an apposition or a who-clause may come between: "“…,” Martínez, the union's general
                       # secretary, told IPS", "Al-Hamwi, who lives in Limassol, said")
                       r"|((?:al-|el-)?[A-Z][a-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*)(?:,\s+(?:a|an|the|his|her|their|who)\s[^,“”\"]{1,80},)?"
                       r"\s+(?:says|said|told|tells|added|adds|wrote|writes|asked|asks|explained|explains|recalled|recalls)\b)")
# "Morina replied with one sentence: “…”": a surname that opens the clause bringing a quotation
_SURNAME_OPENS_QUOTE = Lazy(r"(?:^|[.!?]”? |, and )([A-Z][a-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*)\s+"
                            r"(?:says|said|told|tells|added|adds|wrote|writes|asked|asks|explained|explains|recalled|recalls|"
                            r"replied|replies|responded|answered|insisted|warned|stated)\b[^.;“”\"]{0,40}?[:,]\s*[“\"]")

# "Al-Hamwi, who is now training as a nurse, said he ...": a surname opening a sentence, set off
# by a who-clause, before a reporting verb (only a person is "who")
_SURNAME_WHO_SAYS = Lazy(r"(?:^|[.!?][”\"]? )((?:Al-|El-)?[A-Z][a-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*),\s+who\s"
                         r"[^,;“”\"]{1,100},\s+(?:says|said|told|tells|added|adds|wrote|writes)\b")


def _surnames_speaking(paragraphs, pending_names, person_cued: set[str], lower_vocab: set[str]) -> None:
    """"Every Sunday Nilda Rosa Huanca takes a bus ... “…,” says Huanca.": a name of two or three
    words whose last word later speaks a quotation on its own is a person's."""
    said = {}
    for k, p in enumerate(paragraphs, 1):
        for m in (_SURNAME_SPEAKS.finditer(p) if "”" in p or '"' in p or "’ " in p or "’," in p else ()):
            said.setdefault(_article_lowered(m.group(1) or m.group(2)), k)
        for m in (_SURNAME_OPENS_QUOTE.finditer(p) if "“" in p or '"' in p else ()):
            said.setdefault(_article_lowered(m.group(1)), k)
        for m in (_SURNAME_WHO_SAYS.finditer(p) if ", who " in p else ()):
            said.setdefault(_article_lowered(m.group(1)), k)
    if said:
        _cue_given_names(paragraphs, pending_names, person_cued, lower_vocab,
                         lambda n, run: 2 <= len(run) <= 3 and said.get(_article_lowered(run[-1].text), 0) > n)


# "Teófilo’s grandmother": a given name alone, owning a relative
_GIVEN_KIN = Lazy(r"\b([A-Z][a-z\u00C0-\u024F]+)[’']s\s+(?:(?:late|eldest|youngest|elder|younger|only|teenage)\s+)?(?:"
                  + "|".join(sorted(_KIN - {"family"}, key=lexicon.by_length)) + r")\b")
# _GIVEN_KIN from its possessive on: a paragraph without a match of it holds none of _GIVEN_KIN's
KIN_AFTER_POSS = Lazy(r"[’']s\s+(?:(?:late|eldest|youngest|elder|younger|only|teenage)\s+)?(?:"
                       + "|".join(sorted(_KIN - {"family"}, key=lexicon.by_length)) + r")\b")


def _given_name_kin(paragraphs, pending_names, person_cued: set[str], lower_vocab: set[str]) -> None:
    """"Teófilo Huarcaya Ccori walked to the square ... Teófilo’s grandmother": a name of two to
    four words whose first word the text uses alone as the owner of a relative is a person's."""
    givens = {m.group(1) for p in paragraphs if ("’s " in p or "'s " in p) and KIN_AFTER_POSS.search(p)
              for m in _GIVEN_KIN.finditer(p)}
    if givens:
        _cue_given_names(paragraphs, pending_names, person_cued, lower_vocab,
                         lambda n, run: 2 <= len(run) <= 4 and run[0].text in givens)


def _full_name_kin(paragraphs, pending_names, person_cued: set[str], lower_vocab: set[str]) -> None:
    """"Halima Bello’s husband Musa died": a name of two to four words owning a relative is a
    person's, though the text may never name her again but by a pronoun."""
    if any(run[-1].poss for _, run, _ in pending_names):
        _cue_given_names(paragraphs, pending_names, person_cued, lower_vocab,
                         lambda n, run: 2 <= len(run) <= 4 and run[-1].poss
                         and KIN_AFTER_POSS.match(paragraphs[n - 1], run[-1].end) is not None)


def _shared_family_names(b: _Builder, pending_names, person_cued: set[str]) -> None:
    """"Dominga Mamani Ccahua, 49, ... her sister Rosaura Mamani Ccahua": a three- or four-word
    name ending in the two family names of a person the text has cued is a relative's name."""
    if not any(3 <= len(run) <= 4 for _, run, _ in pending_names):
        return
    families = {toks[-2:] for toks in (tuple(t.text for t in run) for n, run, _ in pending_names
                                       if 3 <= len(run) <= 4 and _text(b.pars[n - 1], run) in person_cued)}
    families |= {a.tokens[-2:] for a in b.actors.values() if a.type == "person" and 3 <= len(a.tokens) <= 4}
    if not families:
        return
    for n, run, _ in pending_names:
        if not 3 <= len(run) <= 4 or (run[-2].text, run[-1].text) not in families:
            continue
        name = _text(b.pars[n - 1], run)
        if name in person_cued or any(not t.text.isalpha() or not t.text[1:].islower()
                                      or t.text.lower() in _NOT_GIVEN or t.text.lower() in b.lower_vocab
                                      or _country(t.text) for t in run):
            continue
        person_cued.add(name)


# Slavic and Baltic family names have a woman's and a man's form: "Ostrova"/"Ostrov",
# "Belskaya"/"Belski", "Kaziene"/"Kazys"-style endings aside, the pairs below are unambiguous
_FEMININE_SURNAME = re.compile(r"(?:(?P<ov>[oe]v|in)a|(?P<sk>[sc]k|[dt]sk)(?:aya|a))$")


def _paired_surname_genders(b: _Builder) -> None:
    """"Irina Ostrova ... her brother, Pavel Ostrov": when the text names people with both forms
    of one family name, the "-ova"/"-skaya" one is a woman and the "-ov"/"-ski" one a man, so a
    "he" is never hers."""
    persons = [a for a in b.actors.values() if a.type == "person" and len(a.tokens) >= 2]
    last = {a.tokens[-1]: a for a in persons}
    for word, a in last.items():
        m = _FEMININE_SURNAME.search(word)
        if not m:
            continue
        stem = word[:m.start()]
        male = [last.get(stem + m.group("ov"))] if m.group("ov") else \
            [last.get(stem + m.group("sk") + e) for e in ("i", "iy", "y", "ij")]
        male = [x for x in male if x is not None and x is not a]
        if len(male) == 1 and a.gender in (None, "f") and male[0].gender in (None, "m"):
            a.gender, male[0].gender = "f", "m"


_KIN_ONLY = re.compile(r"(?:his|her|their)\s+(?:wife|husband|mother|father|son|daughter|brother|sister|widow)")
_KIN_LIST_GOES_ON = re.compile(r"\s*,\s*(?:his|her|their)\s|\s+and\s")
_KIN_LIST = re.compile(r"^(?:his|her|their)\s+(?:wife|husband|mother|father|son|daughter|brother|sister|widow)"
                       r"(?:\s+and\s|\s*,\s*(?:his|her|their)\s)")
_WIFE_HONORIFIC = {"mrs", "madam", "madame", "mme"}
# "Mrs Tomas Ventura, the driver's wife,": the apposition that tells her from him
_WIFE_AFTER = re.compile(r",\s+(?:the\s+|his\s+)?(?:[\w’'-]+\s+){0,3}?(?:wife|widow)\b")


def _wife_by_husbands_name(b: _Builder) -> None:
    """"Tomas Ventura, 51, a driver ... Mrs Tomas Ventura, the driver's wife, said": a woman the
    text calls by her husband's full name, after naming him, is a person of her own."""
    for i, (n, start, end, key, form, poss) in enumerate(b.raw):
        a = b.actors.get(key) if key else None
        if a is None or a.type != "person" or form != key or " " not in key:
            continue
        par = b.pars[n - 1]
        hon = _honorific(par, start)
        if not hon or hon.group("h").lower() not in _WIFE_HONORIFIC or not _WIFE_AFTER.match(par, end):
            continue
        if not any(r[3] == key and (r[0], r[1]) < (n, start) and not _honorific(b.pars[r[0] - 1], r[1])
                   for r in b.raw):
            continue        # she is the first the text names so: the name is hers
        wife = f"{hon.group('h')} {key}"
        w = b.actor(wife, "person", wife, 0)
        w.tokens, w.gender = (hon.group("h"),) + a.tokens, "f"
        a.gender = a.gender or "m"
        b.raw[i] = (n, hon.start("h"), end, wife, wife, poss)


def _first_surname_holders(b: _Builder, cands: list, word: str) -> list:
    """"Nilo Ccama Apaza ... his mother, Rosa Apaza Turpo ... Señora Apaza said": of two people
    sharing a family name, a bare one names her whose first family name it is (the father's,
    the one used alone), not him whose second (mother's) name it is."""
    first = [c for c in cands if len(b.actors[c[2]].tokens) >= 3 and b.actors[c[2]].tokens[-2] == word]
    second = [c for c in cands if len(b.actors[c[2]].tokens) == 3 and b.actors[c[2]].tokens[-1] == word]
    return [c for c in cands if c not in second] if first and second else cands


def _vietnamese_name(b: _Builder, run: list[Tok]) -> bool:
    """"Pham Thi Hoa": three or four short words opening with a common Vietnamese family name
    (none of them an English word the article also writes in lower case)."""
    if not 3 <= len(run) <= 4 or run[0].text.lower() not in lexicon.VIETNAMESE_SURNAMES:
        return False
    return all(t.text.isalpha() and t.text[1:].islower() and len(t.text) <= 6
               and t.text.lower() not in b.lower_vocab and t.text.lower() not in lexicon.ORG_HEADS
               for t in run[1:])


# Role nouns too general to tell a person from a place ("in Laos, a member of ASEAN").
_PLACE_LIKE_ROLES = {"member", "head", "chief", "home", "vice", "partner", "resident", "general", "mother",
                     "father", "sister", "brother", "son", "daughter"}


_DETERMINERS = {"a", "an", "the", "its", "his", "her", "their"}


_NOUN_PHRASE_OPENERS = _DETERMINERS | lexicon.ROLE_NOUNS | _ROLE_MODIFIERS | lexicon.TITLE_HEADS


def _role_apposition(after: str) -> bool:
    """An apposition that opens with a role noun ("X, president of ...", "X, a lawyer")."""
    m = _apposition(after)
    if not m:
        return False
    ws = [w.lower() for w in re.findall(r"[\w-]+", m.group("phrase"))[:4]]
    while ws and (ws[0] in {"a", "an", "the", "its", "his", "her", "their"} or ws[0] in _ROLE_MODIFIERS):
        ws = ws[1:]
    return bool(ws) and ws[0] in lexicon.ROLE_NOUNS and ws[0] not in _PLACE_LIKE_ROLES


_CAP_INSIDE = re.compile(r"\s[A-Z]")
_HYPHEN_PREFIX = Lazy(r"(?<![\w’'])[A-Za-z][a-z]*(?:-[a-z]+)*-$")
_PREP_IN = Lazy(r"\b(?:for|of|at|with|from|in|to|by)\b")
_SPEECH_WORDS = frozenset(v.lower() for v in lexicon.SPEECH_VERBS if " " not in v)


# "Led in evidence by X, the witness told the court": X ends an opening phrase; "the witness" and its
# verb open the sentence's own clause
_BY_AGENT_BEFORE = re.compile(r"\bby\s+(?:[A-Z][\w.’'-]*\s+){0,5}$")
_SPEECH_AFTER_PHRASE = Lazy(rf"\s+(?:{lexicon.SPEECH_VERB_RE})\b")


def _roles(b: _Builder) -> None:
    """Appositions: "X, spokesman for local rights group Y," gives X a role at Y."""
    occ_by_par: dict[int, list] = {}
    for r in b.raw:
        occ_by_par.setdefault(r[0], []).append(r)
    for n, start, end, key, form, poss in list(b.raw):
        if key is None or b.actors[key].type != "person" or poss:
            continue
        par = b.pars[n - 1]
        m = _apposition(par[end:end + 300])
        if not m:
            continue
        phrase = m.group("phrase").strip()
        p0 = end + m.start("phrase")
        p1 = end + m.end("phrase")
        if re.match(r"(?:who|which|whose|where|when|and|or|but|while)\b", phrase, re.IGNORECASE):
            continue        # ("X, 54, and the outlet's parent company": a list, no description of X)
        if phrase[:4].lower() == "the " and _BY_AGENT_BEFORE.search(par, max(0, start - 60), start) \
                and _SPEECH_AFTER_PHRASE.match(par, p1):
            continue        # "Led in evidence by X, the witness told": the main clause's own subject
        if _CAP_INSIDE.search(phrase) and any(
                p0 <= r[1] < p1 and r[3] and r[3] != key and b.actors[r[3]].type == "person"
                and not _PREP_IN.search(par, p0, r[1]) for r in occ_by_par.get(n, ())):
            continue        # ("X, its reporter Y, and Z": the next item of a list, Y's role, not X's)
        if phrase.split(None, 1)[0].lower() in _SPEECH_WORDS:
            # "X, said her daughter ...": a reporting clause, no role of X (kept as words near X)
            b.actors[key].phrases.append(phrase)
            continue
        orgs = sorted((r for r in occ_by_par.get(n, []) if p0 <= r[1] < p1 and r[3] and
                       b.actors[r[3]].type != "person"), key=lambda r: r[1])
        org_key = None
        title = phrase
        if orgs:
            # "the Turkey representative of Reporters Without Borders": the body, not the country
            o = next((r for r in orgs if b.actors[r[3]].type != "country"), orgs[0])
            org_key = o[3]
            pre = par[p0:o[1]]
            cut = re.search(r"\s+(?:for|of|at|with|from|in)\s+(?:the\s+)?"
                            r"(?:(?!(?:for|of|at|with|from|in)\s)[a-z-]+\s+){0,4}$", pre)
            if cut and cut.start() > 0:
                title = pre[: cut.start()]
        # "X, 25, was the executive director of Y": the role the clause gives
        title = re.sub(r"^(?:(?:is|was|has\s+been|had\s+been|remains|became|himself|herself|also|now)\s+)?"
                       r"(?:a|an|the|its|his|her|their)\s+", "",
                       title.strip(), flags=re.IGNORECASE)
        title = title.strip(" ,")
        a = b.actors[key]
        a.phrases.append(phrase)
        if title and Role(title, org_key, n) not in a.roles:
            a.roles.append(Role(title, org_key, n))
        first = phrase.split()[0]
        if first[:1].islower() and first.lower() not in _NOUN_PHRASE_OPENERS:
            continue        # "X, 52, waited for her husband": a verb phrase says nothing of X's gender
        if _KIN_LIST.search(phrase) or _KIN_ONLY.fullmatch(phrase) and _KIN_LIST_GOES_ON.match(par, p1):
            continue        # "X, 58, his wife and children were given ...": a list of people, not what X is
        for w in re.findall(r"[a-z]+", title.lower()):
            if w in lexicon.GENDER_TITLES:
                a.gender = a.gender or lexicon.GENDER_TITLES[w]
    # Pre-name roles: "analyst X", "opposition CNRP president X", "UN rapporteur X".
    for n, start, end, key, form, poss in list(b.raw):
        if key is None or b.actors[key].type != "person" or form != key:
            continue
        par = b.pars[n - 1]
        off = max(0, start - 80)
        before = par[off:start]
        m = _at_end(_ROLE_AT_END, before)
        if not m:
            continue
        opening = not m.group("t")[:1].islower()
        desc_at = _opening_role_start(par, off + m.start("t"), m.group("t")) if opening else None
        body_key = None
        if opening and desc_at is None and m.group("t").lower() in _OPENING_ROLES:
            # "Amnesty International Researcher X": a title-cased role right after a body's name
            at = off + m.start("t")
            body_key = next((r[3] for r in occ_by_par.get(n, []) if r[3] and b.actors[r[3]].type != "person"
                             and r[2] < at and par[r[2]:at].strip() in ("", "’s", "'s")), None)
            desc_at = at if body_key else None
        if opening and desc_at is None:
            continue
        t0 = m.start("t")
        role = m.group("t").lower() if opening else m.group("t")
        hy = _HYPHEN_PREFIX.search(before, max(0, t0 - 30), t0) if before[t0 - 1:t0] == "-" else None
        if hy:
            role = hy.group() + role        # "editor-in-chief X": the whole compound, not "chief"
            t0 = hy.start()
            if role[:1].isupper() and not opening:
                # "Ex-soldier X" opening the sentence: capitalised by its place only
                desc_at = _opening_role_start(par, off + t0, role)
                if desc_at is not None:
                    opening = True
                    role = role[0].lower() + role[1:]
        # (a title-cased description: its modifiers in lower case, a nationality as written)
        pre = [w.lower() if w.lower() in _OPENING_MODIFIERS or not (
                   w in _ADJECTIVES or _DEMONYM_SHAPE.fullmatch(w) or w.lower() in lexicon.DEMONYMS) else w
               for w in par[desc_at:off + t0].split()] if opening \
            else re.findall(r"[\w’'.-]+", before[max(0, t0 - 60):t0])
        t0 += off
        ws = []
        for w in reversed(pre):
            if len(ws) == 3 or not (opening or w[:1].isupper() or w.lower() in _ROLE_MODIFIERS) \
                    or w.lower() in lexicon.WEEKDAYS or w.lower() in lexicon.MONTHS:
                break       # ("on Thursday jailed Kurdish journalist X": the day is no part of the title)
            if _SENTENCE_END.fullmatch(w) and w[:-1].lower() not in lexicon.RANK_ABBREVIATIONS:
                break       # ("... calls him Pak Darto. His wife, X": a sentence before is no part either)
            ws.insert(0, w)
        while ws and ws[0].lower() in {"the", "a", "an", "his", "her", "their", "its"}:
            ws = ws[1:]
        title = " ".join(ws + [role])
        role_at = t0
        t0 = max(0, t0 - len(" ".join(ws)) - 2)
        org_key = body_key or next((r[3] for r in occ_by_par.get(n, []) if t0 <= r[1] < start and r[3]
                                    and b.actors[r[3]].type != "person"), None)
        ws_at = role_at - len(" ".join(ws)) - 1
        cut = next((r for r in occ_by_par.get(n, []) if r[1] < ws_at < r[2] <= role_at and r[3]
                    and b.actors[r[3]].type != "person"), None) if ws else None
        if cut:
            # "Phnom Penh Municipal Hall spokesman X": the words kept cut into a body's name; the
            # role is what follows that name, at that body
            org_key = cut[3]
            title = re.sub(r"^\([^()]*\)\s*", "", _POSS_START.sub("", par[cut[2]:role_at + len(role)]).strip())
        a = b.actors[key]
        if Role(title, org_key, n) not in a.roles:
            a.roles.append(Role(title, org_key, n))
        g = lexicon.GENDER_TITLES.get(m.group("t").lower())
        if g:
            a.gender = a.gender or g
    # Titles written before a name: attach the country or body they name.
    for a in b.actors.values():
        fixed = []
        for r in a.roles:
            org = r.organization
            if org is None:
                for w in re.findall(r"[A-Z][\w.]*", r.title):
                    c = _country(w) or (_international(w) or (None,))[0]
                    if c and c in b.actors:
                        org = c
                        break
            fixed.append(Role(r.title, org, r.paragraph))
        a.roles = fixed


def _unstyle(b: _Builder) -> None:
    """"Datuk Seri Harun Basri" is known as "Harun Basri": a person's key leaves out a style of
    address (the styled name stays one of the forms); a person already known by the plain name
    is the same one."""
    for key in [k for k, a in b.actors.items() if a.type == "person" and k[:1] in "DTHPEAK" and " " in k]:
        words = key.split()
        k = _style_words([Tok(w, 0, 0, False, False) for w in words])
        if not k or len(words) - k < 2:
            continue
        plain = " ".join(words[k:])
        a = b.actors.pop(key)
        into = b.actors.get(plain)
        if into is not None and into.type != "person":
            b.actors[key] = a       # the plain words name something else: leave it
            continue
        if into is None:
            a.key = plain
            a.tokens = tuple(words[k:])
            b.actors[plain] = into = a
        else:
            into.roles += a.roles
            into.phrases += a.phrases
            into.gender = into.gender or a.gender
            into.forms += [f for f in a.forms if f not in into.forms]
        if plain not in into.forms:
            into.forms.insert(0, plain)
        b.raw = [r if r[3] != key else (*r[:3], plain, *r[4:]) for r in b.raw]


_NAME_TAIL = re.compile(r" (?:of|for|on|against) ")


def _court_tails(b: _Builder) -> None:
    """"the High Court" after "the Kestrel High Court": a court's name that is the tail of
    exactly one fuller court's name, named before it, is that court."""
    # Any body, too, when the short name has two words or more ("the Working Group on Fisheries" after
    # "the UN Working Group on Fisheries"), or drops an "of <country>" tail ("Supreme Court of Kestria").
    bodies = [a.key for a in b.actors.values() if a.type not in {"person", "country"}]
    if len(bodies) < 2:
        return
    courts = {k for k in bodies if b.actors[k].type == "court"}
    # the names each key could be the fuller form of: its word tails, and what precedes " of <country>"
    longer: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}     # a tail shares the last word: only those groups are read
    for k in bodies:
        by_last.setdefault(k[k.rfind(" ") + 1:], []).append(k)
        if " of " in k:
            at = k.find(" of ")
            while at != -1:
                if _country(k[at + 4:]):
                    longer.setdefault(k[:at], []).append(k)
                at = k.find(" of ", at + 1)
        tail = _NAME_TAIL.search(k)
        if tail:
            head = k[:tail.start()]
            if " " in head and k not in longer.get(head, ()) and all(w[:1].isupper() for w in head.split()) \
                    and _org_shape(tuple(head.split()), head):
                # "the Coordinating Council" after "the Coordinating Council of X Associations", "the
                # Supreme Council" after "the Supreme Council for Media Regulation": a body's name
                # without its tail, when that still reads as a body's name
                longer.setdefault(head, []).append(k)
    for group in by_last.values():
        if len(group) < 2:
            continue
        for k in group:
            court = k in courts
            caps = True         # every word before this space is capitalised: never "X of the <short>"
            at = k.find(" ")
            while at != -1:
                caps = caps and (k[k.rfind(" ", 0, at) + 1].isupper() or k[k.rfind(" ", 0, at) + 1:at] in _PLACE_PARTICLES)
                short = k[at + 1:]
                if court and short in courts or caps and " " in short:
                    longer.setdefault(short, []).append(k)
                at = k.find(" ", at + 1)
    for k in bodies:
        words = k.split()
        if words[-1] == "Headquarters" and len(words) >= 2:
            # "a spokesperson at Police Headquarters" after "the Zambia Police Service": the seat of
            # the one body whose name holds its other words
            seat = [j for j in bodies if j != k and set(words[:-1]) <= set(j.split())]
            if len(seat) == 1 and seat[0] not in longer.get(k, ()):
                longer.setdefault(k, []).append(seat[0])
        if words[-1].lower() in _SUBUNIT_HEADS and len(words) >= 4:
            # "the Federal Police" after "the Federal Police Crime Investigation Bureau": a unit
            # named after its parent body, shortened to the parent's name (two words or more)
            for cut in range(2, len(words) - 1):
                if all(w[:1].isupper() for w in words[:cut + 1]):
                    longer.setdefault(" ".join(words[:cut]), []).append(k)
    pairs = {}
    for short in bodies:
        fuller = [k for k in longer.get(short, ()) if k != short]
        if len(fuller) == 1 and short not in b.acronym_keys.values() and not b.actors[short].acronym:
            pairs[short] = fuller[0]
    if not pairs:
        return
    named = set(pairs) | set(pairs.values())
    first = {}
    for n, start, _e, key, _f, _p in b.raw:
        if key in named and (n, start) < first.get(key, (n + 1, 0)):
            first[key] = (n, start)
    alias = {short: full for short, full in pairs.items()
             if first.get(full, (10**9, 0)) < first.get(short, (0, 0)) or _level_before(b, first.get(short), short, full)}
    if alias:
        _alias_actors(b, alias)


_PLACE_PARTICLES = {"de", "da", "do", "dos", "das", "del", "di", "du"}     # "Rio de Janeiro": still a place's name
_LEVEL_WORD_BEFORE = re.compile(r"\b(state|federal|provincial|regional|national|municipal|district|county)\s+$")


def _level_before(b: _Builder, at: tuple[int, int] | None, short: str, full: str) -> bool:
    """"the state Public Defender's Office" before "the X State Public Defender's Office": the
    short name's own level word, in lower case, is the fuller name's word before it."""
    if at is None:
        return False
    m = _LEVEL_WORD_BEFORE.search(b.pars[at[0] - 1], max(0, at[1] - 12), at[1])
    return m is not None and full.lower().endswith(f" {m.group(1)} {short.lower()}")


# Words that name a lower court by its level alone ("the District Court", "the Basic Court"); a
# country's supreme or constitutional court is one actor wherever the text names it.
_COURT_KIND_WORDS = {"district", "basic", "high", "municipal", "provincial", "regional", "city", "county",
                     "circuit", "magistrates", "magistrate's", "court", "appeals", "appeal", "trial", "criminal", "civil"}
_VENUE_BEFORE = Lazy(r"\b(?:to|at|before|in|into)\s+the\s+$")
# "the court ordered ...": a court that acts later in the story is an actor wherever it is named
_COURT_ACTS = Lazy(r"\b[Tt]he\s+court\s+(?:(?:has|had|also|then|later|on\s+\w+day)\s+)?(?:said|ruled|ordered|"
                         r"found|granted|denied|rejected|dismissed|sentenced|adjourned|acquitted|convicted|"
                         r"fined|upheld|quashed|heard|held|decided|will|would|set|scheduled|postponed|"
                         r"refused|accepted|allowed|imposed)\b|\btold\s+the\s+court\b")


def _venue_courts(b: _Builder) -> None:
    """"The company may take the case to the Circuit Court": a court named only by its kind, and only
    as where a case may go or be heard, is a place in the story, no actor."""
    for key in [k for k, a in b.actors.items() if a.type == "court" and " " in k
                and all(w.lower() in _COURT_KIND_WORDS for w in k.split())]:
        rows = [r for r in b.raw if r[3] == key]
        if rows and all(_VENUE_BEFORE.search(b.pars[n - 1], max(0, s_ - 12), s_) for n, s_, *_ in rows) \
                and not any(r.organization == key for a in b.actors.values() for r in a.roles) \
                and not any(_COURT_ACTS.search(p) for p in b.pars[min(r[0] for r in rows) - 1:]):
            del b.actors[key]
            b.raw = [r for r in b.raw if r[3] != key]


_UNIT_LEVEL_WORDS = _POLICE_AREAS | {"state", "divisional", "zonal", "area", "headquarters"}
_DESTINATION_BEFORE = Lazy(r"\b(?:to|at|into|from)\s+(?:the\s+)?$")


def _venue_units(b: _Builder) -> None:
    """"they took us to Area Command": a police unit named by its level alone, and only as where
    people were taken or held, is a place in the story, no actor."""
    for key in [k for k, a in b.actors.items() if a.type == "government" and " " in k
                and all(w.lower() in _UNIT_LEVEL_WORDS for w in k.split())]:
        rows = [r for r in b.raw if r[3] == key]
        if rows and all(_DESTINATION_BEFORE.search(b.pars[n - 1], max(0, s_ - 12), s_) for n, s_, *_ in rows) \
                and not any(r.organization == key for a in b.actors.values() for r in a.roles):
            del b.actors[key]
            b.raw = [r for r in b.raw if r[3] != key]


def _alias_actors(b: _Builder, alias: dict[str, str]) -> None:
    """Fold each actor in `alias` into the one it names: its mentions and forms go there."""
    b.raw = [(n, s_, e, alias.get(k, k), f, p) for n, s_, e, k, f, p in b.raw]
    for short, full in alias.items():
        a = b.actors.pop(short)
        for form in a.forms:
            if form not in b.actors[full].forms:
                b.actors[full].forms.append(form)
    for a in b.actors.values():
        a.roles = [Role(r.title, alias.get(r.organization, r.organization), r.paragraph) for r in a.roles]


_KNOWN_AS = Lazy(r"(?:,\s*\d{1,3})?,?\s+(?:(?:(?:popularly|widely|better|affectionately|locally|also)\s+)?"
                       r"known\s+(?:(?:to|in|on|around|among)\s+(?:[\w’']+\s+){1,6}?)?as"
                       # "X, whom neighbours call Bu Y": what others call the person just named
                       r"|whom\s+(?:[\w’']+\s+){1,4}?call(?:s|ed)?)\s+")


_NICK_WORD = Lazy(r"[“\"]?([A-Z][a-z\u00C0-\u024F]+)[”\"]?(?=[,.;)])")


def _nickname_tokens(b: _Builder) -> None:
    """"X Y Z, better known as Ucup, ...": a one-word nickname is one of the person's name
    words, so that a later "Ucup said" is that person."""
    for n, _s, e, key, _f, poss in b.raw:
        if not key or poss or b.actors[key].type != "person":
            continue
        par = b.pars[n - 1]
        m = _KNOWN_AS.match(par, e)
        w = _NICK_WORD.match(par, m.end()) if m else None
        if w and w.group(1) not in b.actors and w.group(1).lower() not in lexicon.COMMON_CAPITALISED:
            a = b.actors[key]
            if w.group(1) not in a.tokens:
                a.tokens += (w.group(1),)


_LEDE_NICKNAME = Lazy(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){1,4}?known\s+(?:(?:to|in|on|around|among)\s+"
                      r"(?:[\w’']+\s+){1,6}?)?as\s+[“\"]?(?P<nick>[A-Z][a-z\u00C0-\u024F]+(?:[\s-][A-Z][a-z\u00C0-\u024F]+){0,2})[”\"]?"
                      r"(?=[\s,.;])")


_LEDE_OPENING = Lazy(r"(?:[A-Z][A-Z\u00C0-\u00DE .’'-]+(?:,\s*[A-Z][\w .’'-]*)?\s*[—–-]+\s*)?")   # "CAP-VERT — ", or nothing


def _lede_nickname(b: _Builder) -> None:
    """"A street vendor known to regulars as Papa Lulu was held for a second day ...", then "Marc
    Estimé, 52, who sells ...": a lede that gives a person only by role and nickname, and a second
    paragraph that opens on a full name, speak of one person; the nickname is that person's."""
    if len(b.pars) < 2 or " known " not in b.pars[0]:
        return
    m = _LEDE_NICKNAME.search(b.pars[0])
    if m is None or not _LEDE_OPENING.fullmatch(b.pars[0], 0, m.start()) or any(
            r[0] == 1 and r[3] and b.actors[r[3]].type == "person" for r in b.raw):
        return      # (a person the lede names in full is the one the nickname belongs to, if any)
    opener = next((r for r in b.raw if r[0] == 2 and r[1] == 0 and r[3]), None)
    nick = m.group("nick")
    if opener is None or b.actors[opener[3]].type != "person" or " " not in opener[3] \
            or nick in b.actors or nick.lower() in lexicon.COMMON_CAPITALISED:
        return
    a = b.actors[opener[3]]
    if nick not in a.forms:
        a.forms.append(nick)
    b.add(1, m.start("nick"), m.end("nick"), opener[3], nick, False)


def _nicknames(b: _Builder) -> None:
    """"X Y, 58, known to the fishermen as Pa Z": the name after "known as" is what others call
    the person just named, no second person."""
    _one_person_named_twice(b, _KNOWN_AS, (" known ", "whom "))


def _one_person_named_twice(b: _Builder, rx, hints: tuple[str, ...]) -> None:
    """A person's name, then rx right after it, then a name read as a person of its own: the
    second name is what the first person is also called (aliased to the first)."""
    if not any(h in p for p in b.pars for h in hints):
        return
    at = {(n, s_): k for n, s_, _e, k, _f, _p in b.raw if k and b.actors[k].type == "person"}
    alias = {}
    for n, s_, e, key, _f, _p in b.raw:
        if not key or b.actors[key].type != "person" or key in alias:
            continue
        m = rx.match(b.pars[n - 1], e)
        other = at.get((n, m.end())) if m else None
        if other and other != key and other not in alias.values() and len(b.actors[other].forms) == 1:
            alias[other] = key
    if alias:
        _alias_actors(b, alias)


_WHOSE_REAL_NAME = Lazy(r",\s+whose\s+(?:real|full|legal|birth|given)\s+name\s+is\s+")


def _real_names(b: _Builder) -> None:
    """"Zorro, whose real name is X Y, 24,": the real name is the person the text calls by the
    other name, no second person."""
    _one_person_named_twice(b, _WHOSE_REAL_NAME, (" name is ",))


_HOLDS_MANDATE = Lazy(r",\s+who\s+(?:has\s+)?(?:held|holds|took\s+up|assumed)\s+the\s+mandate\b")


def _mandate_holders(b: _Builder) -> None:
    """"The UN Special Rapporteur on X had raised the case. Ana Ruiz, who has held the mandate
    since 2025, said": the mandate named just before is the person who holds it, one actor."""
    if not any(" the mandate" in p for p in b.pars):
        return
    mandates = {(n, k) for n, _s, _e, k, _f, _p in b.raw
                if k and b.actors[k].type == "international" and ("Rapporteur" in k or "Expert" in k)}
    alias = {}
    for n, _s, e, key, _f, _p in b.raw:
        if not key or b.actors[key].type != "person" or not _HOLDS_MANDATE.match(b.pars[n - 1], e):
            continue
        near = {k for m, k in mandates if n - 1 <= m <= n}
        if len(near) == 1 and (k := near.pop()) not in alias:
            alias[k] = key
    if alias:
        _alias_actors(b, alias)


def _country_governments(b: _Builder) -> None:
    """"the Government of X" where the text also names X: the country as an actor is its
    government, one actor."""
    alias = {k: k[len("Government of "):] for k, a in b.actors.items()
             if k.startswith("Government of ") and a.type == "government"
             and b.actors.get(k[len("Government of "):]) is not None
             and b.actors[k[len("Government of "):]].type == "country"}
    if alias:
        _alias_actors(b, alias)


def _finish(b: _Builder) -> ActorIndex:
    _court_tails(b)
    _venue_courts(b)
    _venue_units(b)
    _nicknames(b)
    _real_names(b)
    _mandate_holders(b)
    _lede_nickname(b)
    _country_governments(b)
    _unstyle(b)
    occs: list[list[Occurrence]] = [[] for _ in b.pars]
    first: dict[str, tuple[int, int]] = {}
    seen = set()
    for n, start, end, key, form, poss in sorted(b.raw, key=lambda r: (r[0], r[1])):
        if (n, start) in seen:
            continue
        seen.add((n, start))
        typ = b.actors[key].type if key else "person"
        occs[n - 1].append(Occurrence(n, start, end, key, typ, form, poss))
        if key:
            first.setdefault(key, (n, start))
    mentions = []
    pars_of: dict[str, set[int]] = {}
    for row in occs:
        for o in row:
            pars_of.setdefault(o.key, set()).add(o.par)
    for key, _pos in sorted(first.items(), key=lambda kv: kv[1]):
        a = b.actors[key]
        pars = sorted(pars_of[key])
        roles, seen_roles = [], set()
        for r in a.roles:
            if (r.title.lower(), r.organization) not in seen_roles:
                seen_roles.add((r.title.lower(), r.organization))
                roles.append(r)
        mentions.append(Mention(key=key, type=a.type, forms=tuple(a.forms), paragraphs=tuple(pars),
                                roles=tuple(roles), acronym=a.acronym))
    titles = {}
    for key, a in b.actors.items():
        if a.type == "person":
            parts = [p.lower() for p in a.phrases]
            for r in a.roles:
                parts.append(r.title.lower())
                if r.organization:
                    parts.append(r.organization.lower())
            titles[key] = tuple(parts)
    _paired_surname_genders(b)
    for a in b.actors.values():
        if a.type == "person" and not a.gender and len(a.tokens) >= 2:
            # "Nurlan Asanbek uulu" is a son, "Aizada Asanbek kyzy" a daughter: the Turkic patronymic says
            a.gender = _PATRONYMIC_GENDER.get(a.tokens[-1].lower()) or _PATRONYMIC_GENDER.get(a.tokens[-2].lower())
    genders = {k: a.gender for k, a in b.actors.items() if a.gender}
    return ActorIndex(tuple(mentions), tuple(tuple(r) for r in occs), genders, titles, b.outlets)
