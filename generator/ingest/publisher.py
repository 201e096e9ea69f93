"""Publisher: named only when the text itself shows it, with the reason in words.

Strong evidence: a copyright or reproduction notice, a byline or dateline naming the
outlet, a masthead line, a note naming the original article's outlet. Weak evidence:
people in the article "told X" (for this genre, the outlet they spoke to publishes the
piece) — accepted only when every such clue names the same outlet family and no strong
clue disagrees; a wire agency ("told Reuters") needs more than one such clue. A wire
agency's credit on a page whose masthead names a site makes the site the publisher.
"""
from __future__ import annotations

import re

from generator.ingest import lexicon

_OUTLET_NAMES = sorted(lexicon.OUTLETS, key=lexicon.by_length)
_OUTLET_RE = "|".join(re.escape(o) for o in _OUTLET_NAMES)
# ("speaking to the Outlet outside the court" is the same clue)
_TELL = r"(?:told|spoke to|speaking to|talking to)"
_TOLD = re.compile(rf"\b{_TELL}\s+(?:the\s+)?(?P<o>{_OUTLET_RE})\b(?!\s*[’']s)", re.IGNORECASE)
# "told Harbour Times by phone": a paper the lexicon does not list, known by its title's last
# word (a newspaper's: never an agency's or a broadcaster's, which reprints also name).
# (or a hyphenated title: "the Post-Courier", "the Star-Ledger")
_TOLD_PAPER = re.compile(rf"\b{_TELL}\s+(?:the\s+)?(?P<o>(?:[A-Z][\w&’'-]+\s){{1,3}}(?:Times|Post|Herald|Tribune|"
                         r"Gazette|Chronicle|Observer|Telegraph|Monitor|Journal|Courier)|[A-Z][a-z]+-(?:Courier|Ledger|"
                         r"Gazette|Tribune|Times|Post|Herald|Dispatch|Journal|Picayune))\b(?!\s*[’']s)")
# "... she told Outlet at the time", "told Outlet in 2023", "in an earlier interview": words
# someone gave an outlet in an interview of the past, which that outlet published then; the
# page quoting them is another's (an outlet's own story says "told Outlet", "on Monday").
_PAST_TELLING = re.compile(
    r"\b(?:at the time|previously|years? ago|once\s+told|had\s+(?:\w+\s+)?told|(?:19|20)\d{2}\s+interview|"
    r"(?:an?|one)\s+(?:earlier|previous|past|old|former)\s+interview)\b", re.IGNORECASE)
# ... and right after the outlet's name: "told Outlet in 2023", "told Outlet last year".
_TOLD_WHEN = re.compile(r"\s*,?\s*(?:in|back in)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\b|"
                        r"\s*,?\s*(?:last|that|the previous)\s+year\b", re.IGNORECASE)


def _tells(par: str) -> bool:
    low = par.lower()
    return "told" in low or "ing to " in low or "spoke to " in low


def _told_before(par: str, m: re.Match) -> bool:
    """The "told" of match m is dated to the past by its sentence."""
    if _TOLD_WHEN.match(par, m.end()):
        return True
    start = max(par.rfind(". ", 0, m.start()), par.rfind("? ", 0, m.start()), par.rfind("! ", 0, m.start())) + 1
    ends = [k for k in (par.find(". ", m.end()), par.find("? ", m.end()), par.find("! ", m.end())) if k >= 0]
    return bool(_PAST_TELLING.search(par, start, min(ends) + 1 if ends else len(par)))


_NOTICE_OWNER = re.compile(
    rf"^(?P<o>{_OUTLET_RE})\s*[.,:]|©\s*(?:\d{{4}}\s+)?(?P<o2>{_OUTLET_RE})\b|copyright\s+(?:©\s*)?(?:\d{{4}}\s+)?"
    rf"(?P<o3>{_OUTLET_RE})\b",
    re.IGNORECASE,
)
_NOTE_ORIGIN = re.compile(
    rf"\b(?:original\s+(?:article|story|report|version)\s+(?:on|in|by|from|at)|originally\s+published\s+"
    rf"(?:on|in|by)|first\s+published\s+(?:on|in|by))\s+(?:the\s+)?(?P<o>{_OUTLET_RE})\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(rf"^[A-Z][A-Z .,'-]{{2,60}}\((?P<o>{_OUTLET_RE})\)\s*[—–-]", re.IGNORECASE)


# "© 2025 Copyright Riverside Daily - All rights reserved.", "Copyright © 2024 Delta Voice.":
# the name a copyright notice gives its owner, whether or not it is a known outlet.
_OWNER = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
    r"\s*,?\s*)?(?:copyright\s*)?(?:©\s*)?(?:by\s+)?"
    r"(?P<name>(?:www\.)?[a-z0-9][\w-]*(?:\.[a-z]{2,})+|"
    r"[A-Z0-9](?:[\w&’'-]|\.(?=\w))*(?:\s+(?:[A-Z0-9](?:[\w&’'-]|\.(?=\w))*|of|the|and|for|de))*?)"
    r"\s*(?:[.,;|]\s|\s[-–—]\s|\.?\s*$|\s+all rights)",
    re.IGNORECASE,
)
_FIRM_GOES_ON = re.compile(r",\s*[A-Z][\w&.’' -]{0,40}?\b(?:Ltd|Limited|Inc|LLC|Co|Pvt|Pte|plc|Corp)\b")
_COMPANY = re.compile(r"(?i)\b(?:limited|ltd|inc|llc|plc|corp|corporation|sdn|bhd|gmbh|group|holdings|"
                      r"company|co|pte|pvt|publications?|foundation)\.?$")


# (compiled once: notice_owner runs on every notice of every page)
_NOTICE_HEAD = re.compile(r"(?i)\(c\)|copyright\b")
_NOTICE_PROOF = re.compile(r"(?i)\b(?:19|20)\d{2}\b|copyright|all rights reserved")
_NOTICE_YEARS = re.compile(r"\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$")
_LATIN = re.compile(r"[A-Za-z]")
_BYLINE_PARTS = re.compile(r"[|,–—/·•]")
_DOTTED_PARTS = re.compile(r"\s[·•|]\s")


def _outlet_shaped(part: str) -> bool:
    """"CBC News" in "Jane Roe · CBC News · Posted: ...": a by-line's part that names a newsroom by
    the word outlets end on, no staff title ("Staff Reporter")."""
    toks = part.split()
    return 2 <= len(toks) <= 4 and all(t[:1].isupper() and not t.endswith(("’s", "'s")) for t in toks) and toks[-1].lower() in lexicon.OUTLET_HEADS \
        and not any(t.lower() in lexicon.ROLE_NOUNS or t.lower() in lexicon.TITLE_HEADS or t.lower() == "staff" for t in toks)


def notice_owner(line: str) -> str | None:
    """The owner a copyright notice names, when it is a proper name (not a company's legal
    name, not a tagline in lower case): "France 24" in "© 2025 Copyright France 24 - All
    rights reserved."."""
    if "©" not in line and not _NOTICE_HEAD.match(line):
        return None
    if not _NOTICE_PROOF.search(line):
        return None         # "© Jane Roe, AFP": a photographer's credit, not the site's notice
    if "|" in line:
        # "Kampala, Uganda | Copyright © 2026 X. All rights reserved.": the notice is its own part
        line = next((part for part in line.split("|") if "©" in part or _NOTICE_HEAD.match(part.strip())), line)
    m = _OWNER.match(line.strip())
    if not m:
        return None
    if _FIRM_GOES_ON.match(line.strip(), m.end("name")):
        return None         # "© 2026 Bennett, Coleman & Co. Ltd.": a company's legal name, cut at its comma
    # "© Harbour Ledger 2026": the year after the name dates the notice, it is not in the name
    name = _NOTICE_YEARS.sub("", m.group("name").strip(" ."))
    toks = name.split()
    if not toks or toks[0].lower() in {"all", "the"} and len(toks) == 1 or _COMPANY.search(name):
        return None
    if len(toks) > 1 and not all(t[:1].isupper() or t[:1].isdigit() or t in {"of", "the", "and", "for", "de"}
                                 for t in toks):
        return None
    if not _LATIN.search(name) or name.lower() in {"copyright", "all rights reserved"}:
        return None
    return name


# "... prohibited without the written permission of The Riverside Daily.": the notice names
# whose permission it takes, which is the site's own name.
_PERMISSION_OF = re.compile(
    r"\b(?:(?:prior\s+)?written\s+)?permission\s+(?:from|of)\s+(?P<name>(?:The\s+)?[A-Z][\w&’'.-]*"
    r"(?:\s+(?:[A-Z][\w&’'.-]*|of|the|and|for))*?)\s*[.,;]?\s*$"
)


# "Balkan Ledger is published by the Balkan Reporting Network (BRN). All rights reserved.": the
# notice names the publication it covers, then who publishes it.
# (the sentence may follow others in the notice: "© 2026. All rights reserved. Balkan Ledger is ...")
_PUBLISHED_BY = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>(?:The\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})\s+is\s+"
                           r"(?:published|produced|owned|run)\s+by\s")


def _published_name(line: str) -> str | None:
    m = _PUBLISHED_BY.search(line.strip())
    return m.group("name") if m else None


def permission_owner(line: str) -> str | None:
    """The name a reproduction notice asks permission of, when it is a proper name."""
    m = _PERMISSION_OF.search(line.strip())
    if not m:
        return None
    name = m.group("name").strip(" .")
    if _COMPANY.search(name) or len(name.split()) > 6 or name.lower() in {"the", "the publisher", "the author"}:
        return None
    return name


def _canon(name: str) -> str:
    return lexicon.OUTLETS.get(name.lower().strip(), name.strip())


def _family(name: str) -> str:
    return lexicon.OUTLET_FAMILY.get(name, name)


# "Photo: Northport Gazette", "Photograph by Northport Gazette": a picture credited to a name,
# not to a person's name with an agency ("Jane Roe/AFP") or a file.
_PHOTO_CREDIT = re.compile(r"^(?:photo(?:graph)?s?|pictures?|images?)(?:\s*:\s*|\s+by\s+)(?:the\s+)?"
                           r"(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|of|the|and|for|de)){0,5})\.?$",
                           re.IGNORECASE)


# "Northport Gazette photo", "(Northport Gazette file photo)": the name first, then the word.
_CREDIT_THEN_PHOTO = re.compile(r"^\(?(?:the\s+)?(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|of|the|and|for|de)){0,5})"
                                r"\s+(?:file\s+)?(?:photo(?:graph)?|picture|image)s?\.?\)?$")


# Words that mark a name as a newspaper's or a site's (in the languages mastheads keep
# untranslated) or its edition's, never a person's: "Northport Gazeta Europe", not "Jane Roe".
_OUTLET_WORDS = lexicon.OUTLET_HEADS | {
    "gazeta", "gazzetta", "gaceta", "gazet", "zeitung", "novosti", "vesti", "diario", "diário", "jornal",
    "folha", "noticias", "notícias", "nouvelles", "kurier", "kurir", "dagblad", "avisen", "krant",
    "courier", "dispatch", "bulletin", "insider", "europe", "international", "global", "digital", "world",
}


def _credited_outlet(paragraphs, credits) -> tuple[str, str] | None:
    """A name the page credits its own photo to ("Photo: Northport Gazette") that people in
    the story also spoke to ("told Northport Gazette", "spoke to Northport Gazette"): two
    separate clues naming one outlet the site does not list. A name that is only one of the
    two (a photo agency, an outlet someone else spoke to) is no publisher."""
    for credit in credits:
        m = _PHOTO_CREDIT.match((credit or "").strip()) or _CREDIT_THEN_PHOTO.match((credit or "").strip())
        if not m or not m.group("name")[:1].isupper() or len(m.group("name").split()) < 2:
            continue
        name = m.group("name").strip(" .")
        toks = name.split()
        if not all(t[:1].isupper() or t in {"of", "the", "and", "for", "de"} for t in toks) \
                or not any(t.lower() in _OUTLET_WORDS for t in toks):
            continue
        spoke = re.compile(rf"\b(?:told|spoke to|speaking to|talking to)\s+(?:the\s+)?{re.escape(name)}\b"
                           r"(?!\s*[’']s)")
        hit = next((mm.group(0) for par in paragraphs if name in par for mm in [spoke.search(par)] if mm), None)
        if hit:
            return name, f"inferred: the page credits its photo to {name} and people in it “{hit}”"
    return None


def _spelled_in(name: str, lines: list[str]) -> str | None:
    """The name in capitals ("HARBOUR LEDGER") as a line of the page spells it, capitals opening
    every word ("© 2026 Harbour Ledger Ltd", "told Harbour Ledger"), or None."""
    rx = re.compile(rf"(?<![\w’'-]){re.escape(name.strip())}(?![\w’'-])", re.IGNORECASE)
    for line in lines:
        for m in rx.finditer(line) if not line.isupper() else ():
            if not m.group().isupper() and all(w[:1].isupper() for w in m.group().split()):
                return m.group()
    return None


def infer_publisher(paragraphs, masthead, byline, notices, notes, credits=()) -> tuple[str | None, str]:
    """`credits`: the credits of the page's photo captions."""
    # A site's own name in its copyright notice, when the notice names no known outlet.
    owners = [o for o in (notice_owner(line) or permission_owner(line) or _published_name(line) for line in notices)
              if o and o.lower() not in lexicon.OUTLETS]
    shown = masthead
    if masthead and owners and _initials_after(masthead, owners):
        masthead = _initials_after(masthead, owners)
    if masthead and masthead.isupper():
        # "NILE POST" over "© Nile Post": the masthead's capitals are lettering, the notice spells it
        masthead = next((o for o in owners if o.lower() == masthead.lower()), None) \
            or _spelled_in(masthead, list(notices) + list(paragraphs)) or masthead
    strong: list[tuple[str, str]] = []
    for line in notices:
        m = _NOTICE_OWNER.search(line)
        if m:
            o = m.group("o") or m.group("o2") or m.group("o3")
            strong.append((_canon(o), f"the reproduction notice names {o}"))
    if byline:
        for part in _BYLINE_PARTS.split(byline):
            if part.strip().lower() in lexicon.OUTLETS:
                strong.append((_canon(part), f"the byline names {part.strip()}"))
        for part in _DOTTED_PARTS.split(byline) if "·" in byline or "•" in byline else ():
            if part.strip().lower() not in lexicon.OUTLETS and _outlet_shaped(part.strip()):
                strong.append((_canon(part), f"the byline names {part.strip()}"))
    if masthead:
        strong.append((_canon(masthead), f"the page's masthead reads “{shown}”"))
    for line in notes:
        m = _NOTE_ORIGIN.search(line)
        if m:
            strong.append((_canon(m.group("o")), f"the note “{line.strip('() ')}”"))
    for par in paragraphs[:1]:
        m = _DATELINE.match(par)
        if m:
            strong.append((_canon(m.group("o")), f"the dateline credits {m.group('o')}"))
    # (a case-insensitive "told" is plain "told" in lower case: most paragraphs skip the scan)
    told = [(_canon(m.group("o")), m.group(0)) for par in paragraphs if _tells(par)
            for m in _TOLD.finditer(par) if not _told_before(par, m)]
    if not told and not any(credits):       # (a photo credited to some name is a clue of its own)
        told = [(m.group("o"), m.group(0)) for par in paragraphs if _tells(par)
                for m in _TOLD_PAPER.finditer(par) if not _told_before(par, m)]

    site_clues = [o for o, _ in strong if o not in lexicon.WIRE_AGENCIES]
    if owners and not site_clues:
        name = owners[0]
        wires = sorted({o for o, _ in strong if o in lexicon.WIRE_AGENCIES})
        if not wires:
            return name, f"the copyright notice names {name}"
        # A wire story republished by the site that holds the page's copyright.
        return name, (f"the copyright notice names {name}; the story is credited to the wire "
                      f"agency {', '.join(wires)}, which wrote it")

    families = {_family(o) for o, _ in strong}
    if masthead and len(families) > 1 and _canon(masthead) not in lexicon.WIRE_AGENCIES and \
            all(o in lexicon.WIRE_AGENCIES or _family(o) == _family(_canon(masthead)) for o, _ in strong):
        # A wire story on a site that shows its own name: the site publishes this page, the
        # agency wrote the story (it is the author, not the publisher).
        name = _canon(masthead)
        wires = sorted({o for o, _ in strong if o in lexicon.WIRE_AGENCIES})
        return name, (f"the page's masthead reads “{shown}”; the story is credited to the wire "
                      f"agency {', '.join(wires)}, which wrote it")
    if len(families) > 1:
        return None, "the text names different outlets (" + "; ".join(w for _, w in strong) + ")"
    if strong:
        name, why = strong[0]
        extra = [w for o, w in strong[1:]]
        support = [t for o, t in told if _family(o) == _family(name)]
        basis = why + ("; also " + "; ".join(extra) if extra else "")
        if support:
            basis += f"; people in it “{support[0]}”"
        return name, basis
    if told:
        fams = {_family(o) for o, _ in told}
        if len(fams) == 1:
            name = told[0][0]
            if name in lexicon.WIRE_AGENCIES and len(told) < 2:
                return None, f"only one person “{told[0][1]}”, which a reprint could also say"
            return name, (f"inferred: people in the article “{told[0][1]}” ({len(told)} such "
                          f"mention{'s' if len(told) > 1 else ''}, no other outlet named)")
        return None, "people in it spoke to different outlets (" + ", ".join(sorted({t for _, t in told})) + ")"
    found = _credited_outlet(paragraphs, credits)
    if found:
        return found
    return None, "the text names no outlet as its publisher"


def _initials_after(masthead: str, owners: list[str]) -> str | None:
    """"Riverside Open Herald ROH" over a notice naming "Riverside Open Herald": the name,
    without the initials the masthead adds to it."""
    for o in owners:
        rest = masthead[len(o):].strip()
        if masthead.lower().startswith(o.lower()) and rest.isupper() and rest.isalpha() and \
                rest == "".join(w[0] for w in o.split() if w[:1].isupper()):
            return o
    return None
