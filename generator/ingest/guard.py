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
from functools import lru_cache

from generator.extraction import Quote
from generator.ingest import lexicon
from generator.ingest.actors import KIN_AFTER_POSS, REGIONAL_STYLES, ActorIndex, adjective_country, whose_kin_at
from generator.ingest.marks import find_spans
from generator.ingest.text import has_word

_PRONOUN_CUE = re.compile(r"^(?:he|she|his|her)\b", re.IGNORECASE)
_INNER_CUE = re.compile(r"\(([^()]*)\)\s*$")
_ROLE = "|".join(sorted(lexicon.ROLE_NOUNS | {"counsel", "lawyers", "spokesman"}, key=lexicon.by_length))
_POSSESSIVE_CUE = re.compile(rf"[’']s\s+(?:[a-z-]+\s+){{0,2}}(?:{_ROLE})$")
_CAP = r"[A-Z][a-z\u00C0-\u024F]+(?:-[A-Za-z\u00C0-\u024F]+)*"
# Person-shaped text: "Kalesi Naivalu", "Losa, 52,", "Naraa said", "Tevita, a farmer".
_NAME2 = re.compile(rf"\b{_CAP}(?:\s+{_CAP}){{1,3}}\b")
_AGED = re.compile(rf"\b(?P<w>{_CAP}),\s*\d{{1,3}}\s*[,.)]")
_SPEAKS = re.compile(rf"\b(?P<w>{_CAP})\s+(?:{lexicon.SPEECH_VERB_RE})\b")
_APPOS = re.compile(rf"\b(?P<w>{_CAP}),\s+(?:a|an|the|his|her|their)\s+")
# A name that acts in a clause of its own: "while Inspector Dorn watched", "as Vell stood".
_PAST = r"(?:[a-z]{2,}ed|stood|sat|looked|watched|went|came|left|sang|wept|held|took|ran|spoke|shook|nodded)"
_ACTED_AFTER = re.compile(rf"\s*,?\s+(?:(?:has|had|have)\s+)?{_PAST}\b")
_ACTS = re.compile(rf"\b(?:while|as|when|and|but)\s+(?:[A-Z]{{2,5}}\s+|[A-Z][a-z]{{1,4}}\.?\s+)?(?P<w>{_CAP})\s+{_PAST}\b")
# People spoken of together as a subject ("both sisters left", "the two women went home"): "she"
# after them could be either.
_GROUP = re.compile(r"\b(?:(?:the|all)\s+(?:two|three|four|five)|both)\s+(?:(?P<f>women|sisters|mothers|daughters|"
                    r"grandmothers|wives|girls)|(?P<m>men|brothers|fathers|sons|grandfathers|husbands|boys)|"
                    r"[a-z]+(?:ers|ists|ants|ents))\b|\bthe\s+(?:pair|couple)\b", re.IGNORECASE)
_GROUP_ACTS = re.compile(rf"\s+(?:(?:also|then|later|both|all)\s+)?(?:{_PAST}|were|are|have|had|will|would|agreed|disagree)\b")
_NOT_NAME = (lexicon.COMMON_CAPITALISED | lexicon.DEMONYMS | set(lexicon.ORG_HEADS) | lexicon.NON_ACTOR_HEADS
             | lexicon.TITLE_HEADS | lexicon.ROLE_NOUNS | set(lexicon.MONTHS) | set(lexicon.WEEKDAYS)
             | lexicon.INSTITUTION_WORDS | set(lexicon.COUNTRY_NAMES) | set(lexicon.OUTLETS)
             | {"circuit"})     # (an appeals court by its number: "the Seventh Circuit's decision")
# (a name with an age in commas, "Losa, 52, waited", is the subject of its sentence)
_SUBJECT_AFTER = re.compile(rf"(?:[’']s)?\s*(?:,\s*\d{{1,3}}\s*,\s+[a-z]|(?:,\s*\d{{1,3}}\s*)?(?:,\s+(?:a|an|the|his|her|their)\s|"
                            rf"\s*(?:{lexicon.SPEECH_VERB_RE})\b))")
# The speaker's own apposition, between the name and its verb: "X, a lecturer who supervises Y, said"
_OWN_APPOS_OPEN = re.compile(r"\s*,[^.;:!?“”\"§,]*")
_THEN_SPEAKS = rf",\s+(?:(?:also|later|then)\s+)?(?:{lexicon.SPEECH_VERB_RE})\b"
_OWN_APPOS_CLOSE = re.compile(rf"[^.;:!?“”\"§,]*{_THEN_SPEAKS}")
# "X, who runs the shop, said": a person named with a clause of their own who then speaks
_WHO_SAYS = re.compile(rf",\s+who\s+[^,;:.!?“”\"]{{2,120}}{_THEN_SPEAKS}")
# (or a town and then its province: "from Bekasi, West Java")
# (or the end of a place's name joined by "de": "in Las Palmas de Gran Canaria")
_PLACE_BEFORE = re.compile(r"\b(?:at|in|from|near|to|into|outside|inside|across|of|for|around|between|through|"
                           r"throughout|beyond|towards?|via)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*,\s*)?"
                           r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|rural|upper|lower|"
                           r"occupied|besieged|neighbouring|neighboring|nearby|annexed|liberated)\s+)?"
                           r"(?:(?:[A-Z][\w’'-]*\s+){1,3}(?:de|del|da|do|di|de\s+la)\s+)?$")
_GENDERED = re.compile(r"\b(?:(?P<m>he|him|his)|(?P<f>she|her))\b", re.IGNORECASE)
_DOC = lexicon.alternation(sorted(lexicon.DOCUMENT_NOUNS, key=lexicon.by_length))
# "The statement also criticised", "added the post": a speaker inherited from a document.
_DOC_CUE = re.compile(rf"^(?:the\s+(?:[\w’'-]+\s+){{0,2}}?(?P<doc>{_DOC})\b|(?:{lexicon.SPEECH_VERB_RE})\s+the\s+"
                      rf"(?:[\w’'-]+\s+){{0,2}}?(?P<doc2>{_DOC})$)", re.IGNORECASE)
_OWNED_DOC_CUE = re.compile(r"^the\s+[a-z]+[’']s\s", re.IGNORECASE)
# A sentence whose subject is somebody left unnamed: "A retired teacher in the gallery, who
# declined to be named, said ...", "One resident said ...", "Another woman told ...".
_INDEFINITE_SUBJECT = re.compile(r"(?:^|(?<=[.!?])\s+|(?<=[.!?][”’\"'])\s+)(?P<np>(?:A|An|One|Another)\s+[a-z][^.!?]{0,160}?)"
                                 rf"\s+(?:{lexicon.SPEECH_VERB_RE})\b")
_ANONYMOUS = re.compile(r"\b(?:declined|refused|asked|requested|did not want|didn[’']t want|not authori[sz]ed)"
                        r"\s+(?:not\s+)?to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+(?:full\s+)?name"
                        r"|speak\s+(?:publicly|to the media|on the record))|\b(?:on\s+(?:the\s+)?condition\s+of|requested)"
                        r"\s+anonymity\b|\b(?:asked|requested|begged)\s+(?:that\s+(?:his|her|their)\s+(?:full\s+)?names?"
                        r"\s+(?:not\s+be\s+(?:used|published|given|printed)|be\s+withheld)|for\s+(?:his|her|their)\s+"
                        r"names?\s+to\s+be\s+withheld)", re.IGNORECASE)
# Stricter: only phrases that say somebody stays unnamed ("asked to be identified by her first
# name" names her). A named person in the same sentence is then somebody else (a relative).
_UNNAMED_HERE = re.compile(r"\b(?:declined|refused|asked|requested|did not want|didn[’']t want)\s+(?:not\s+to\s+be|"
                           r"to\s+remain)\s+(?:named|identified|anonymous)|\b(?:declined|refused)\s+to\s+be\s+"
                           r"(?:named|identified)|\b(?:on\s+(?:the\s+)?condition\s+of|requested|under\s+the\s+cover\s+of)"
                           r"\s+anonymity\b", re.IGNORECASE)
_APPOSITION_GAP = re.compile(r"\s*(?:,\s*\d{1,3}\s*)?,\s*(?:and\s+)?")
_BACK_REF = re.compile(r"\b(?:he|she|it|its|his|her|their|they)\b", re.IGNORECASE)
_SENT_STOP = re.compile(r"[.!?]\s+")
# Reported speech inside reported speech: "X said his client had told the court that she had
# “...”" — the quoted words are the inner speaker's, not X's.
_RELAYED = re.compile(r"\b(?P<subj>[\w’'-]+)\s+(?:(?:had|has|have|also|once|later|then|earlier)\s+)?"
                      r"(?:told|said|says|stated|testified|wrote|insisted|declared|argued|claimed|pleaded|replied|"
                      r"warned|threatened|shouted|texted)\b")


_MESSAGE_TELLING = re.compile(r"\b(?:message|letter|note|call|text|sms|e-?mail)s?\b[^.;“”\"§]{0,60}?\b(?:telling|warning|"
                              r"ordering|urging|saying|threatening)\b[^.;“”\"§]{0,20}$")
# After the cue, the reported clause's own subject, a description, and its verb
_INNER_SUBJECT = re.compile(r"\s*(?:that\s+)?(?P<np>(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]+)"
                            r"\s+(?:had\s+)?[a-z]{3,}\b")
# ", telling them", ", warning her": a participle speaking to someone, the clause's subject its speaker
_PARTICIPLE_TO = re.compile(r",\s+(?:telling|warning|assuring|reminding|ordering|instructing)\s+(?:them|him|her|us|me|the\s+[a-z]+)\b")


_OFFICE_WORDS = lexicon.TITLE_HEADS | lexicon.ROLE_NOUNS | {
    "presiding", "municipal", "district", "regional", "provincial", "executive", "acting", "senior",
    "assistant", "principal", "vice", "first", "general", "chief", "deputy", "interim", "national"}


def _office_only(key: str) -> bool:
    """"Executive", "Presiding Member": a title the text uses without a name, never a person."""
    return all(w.lower().strip(".") in _OFFICE_WORDS for w in key.replace("-", " ").split())


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
    sharers: dict = {}                 # surname -> [(paragraph, full name)] of unestablished people
    for q in quotes:
        if (q.speaker is None or q.cue.startswith(_INHERITED)) and (credit := credited_after(paragraphs, index, q)):
            out.append(replace(q, speaker=credit[0], cue=credit[1]))
            continue
        if q.speaker is None:
            out.append(q)
            continue
        if q.speaker in ambiguous:
            full, title = _by_title(paragraphs, index, q, persons)
            if full is None:
                blanked.add(_key(q))
                out.append(replace(q, speaker=None, cue=f"not settled: “{q.cue}” names two people"))
                continue
            # the bare surname after that title is this person too
            alias = (q.speaker, title)
            q = replace(q, speaker=full)
        else:
            alias = None
        if q.speaker not in persons and (member := member_in_cue(index, q)):
            q = replace(q, speaker=member, cue=f"{q.cue} (the member named, not the body)")
        if q.speaker in persons and (woman := _titled_woman(paragraphs, persons, q, said_of)):
            q = replace(q, speaker=woman)
        reason = _unsafe(paragraphs, masked, index, persons, q, blanked, said_of, out, alias, sharers)
        if reason:
            blanked.add(_key(q))
            blanked.add(f"{q.paragraph}#{q.speaker}")     # a quotation running on from here
            out.append(replace(q, speaker=None, cue=f"not settled: “{q.cue}” {reason}"))
        else:
            out.append(q)
    return tuple(out)


_FEM_TITLE = r"(?:Mrs\.?|Madam|Madame|Mme\.?|Señora|Sra\.?|Doña|Frau|Ms\.?|Miss)"
_MRS_CUE = re.compile(rf"\b{_FEM_TITLE}\s+(?P<sur>[A-Z][\w’'-]+)\b")


def _wife_of_namesake(paragraphs, q: Quote, cue: str, said_of) -> str | None:
    """"said Mrs Dube" is never "Tendai Dube" when that Dube is a man: a woman the text
    names only by her married surname is somebody else."""
    m = _MRS_CUE.search(cue)
    if not m or re.match(_FEM_TITLE, q.speaker) or not q.speaker.endswith(" " + m.group("sur")):
        return None
    given = q.speaker.rsplit(" ", 1)[0]
    if any(_titled(given, p) for p in paragraphs):
        return None          # "Mrs Rudo Dube": the woman herself, named in full
    male = "m" in said_of.get(q.speaker, ()) and "f" not in said_of.get(q.speaker, ())
    # "Señora Ana Vell Soto" named elsewhere: the titled woman of that surname is someone else
    titled = re.compile(rf"\b{_FEM_TITLE}\s+(?P<n>(?:[A-Z][\w’'-]+\s+){{1,2}}){re.escape(m.group('sur'))}\b")
    if any(not given.endswith(t.group("n").strip()) for p in paragraphs for t in titled.finditer(p)):
        return f"(“{m.group()}” is another woman of that surname, not {q.speaker})"
    if male or "f" not in said_of.get(q.speaker, ()) and any(re.search(rf"\b{re.escape(m.group('sur'))}[’']s\s+(?:wife|widow)\b", p) for p in paragraphs):
        return f"(“{m.group()}” is not the man {q.speaker})"
    return None


_WIFE_WORD = re.compile(r"\b(?:wife|widow)\b")


_TITLE_ENDS = re.compile(rf"\b{_FEM_TITLE}\s+\Z")
_EDGE = re.compile(r"\b")


def _titled(name: str, text: str) -> bool:
    r"""Whether text names name after a woman's title ("Mrs Ana Vell"): what
    re.search(rf"\b{_FEM_TITLE}\s+{re.escape(name)}\b", text) finds, without compiling a
    pattern per name (a name that starts with no space sits right after the title's spaces)."""
    if not name or name[:1].isspace():
        return re.search(rf"\b{_FEM_TITLE}\s+{re.escape(name)}\b", text) is not None
    i = text.find(name)
    while i >= 0:
        if _EDGE.match(text, i + len(name)) and _TITLE_ENDS.search(text, 0, i):
            return True
        i = text.find(name, i + 1)
    return False


@lru_cache(maxsize=2048)
def _untitled(name: str) -> re.Pattern:
    """The name without a woman's title before it, compiled once per name."""
    return re.compile(rf"(?<!Mrs )(?<!Mrs\. )(?<!Madam )(?<!Señora )(?<!Ms )(?<!Ms\. ){re.escape(name)}\b")


def _titled_woman(paragraphs, persons, q: Quote, said_of) -> str | None:
    """The woman a man's words were given to by mistake, when she is established under her own
    name: "Mrs Sipho Dlamini" itself, or the one "Señora Ana Vell Soto" a "Señora Vell" cue names."""
    if _wife_in_full(paragraphs, q, said_of) and (wife := f"Mrs {q.speaker}") in persons:
        return wife
    m = _MRS_CUE.search(_base_cue(q.cue))
    if m and _wife_of_namesake(paragraphs, q, _base_cue(q.cue), said_of):
        sur = m.group("sur")
        named = {t.group("n").strip() + " " + sur for p in paragraphs for t in re.finditer(
            rf"\b{_FEM_TITLE}\s+(?P<n>(?:[A-Z][\w’'-]+\s+){{1,2}}){re.escape(sur)}\b", p)}
        keys = {k for k in persons if k != q.speaker and any(k == n or k.startswith(n + " ") for n in named)}
        if len(keys) == 1:
            return keys.pop()
    return None


def _wife_in_full(paragraphs, q: Quote, said_of) -> str | None:
    """"Mrs Sipho Dlamini" is Sipho Dlamini's wife: when the man himself is spoken of too,
    the words given to him through that phrase are hers, not his."""
    par = paragraphs[q.paragraph - 1]
    if not _titled(q.speaker, par):
        return None
    if "m" not in said_of.get(q.speaker, ()) and not _WIFE_WORD.search(paragraphs[q.paragraph - 1]):
        return None
    bare = _untitled(q.speaker)
    if any(q.speaker in p and bare.search(p) for p in paragraphs):
        return f"(“Mrs {q.speaker}” is his wife, not the man {q.speaker})"
    return None


def _key(q: Quote) -> str:
    return f"{q.paragraph}:{_base_cue(q.cue)}"


def _base_cue(cue: str) -> str:
    m = _INNER_CUE.search(cue)
    return m.group(1) if m and cue.startswith(("same ", "quotation ", "continues ")) else cue


def _mask(par: str) -> str:
    spans = find_spans(par)
    if not spans:
        return par
    chars = list(par)
    for s in spans:
        chars[s.open_at:s.after] = " " * (s.after - s.open_at)    # (a span never runs past the end)
    return "".join(chars)


def _unsafe(paragraphs, masked, index: ActorIndex, persons, q: Quote, blanked, said_of,
            done: list[Quote], alias: tuple[str, str] | None = None, sharers: dict | None = None) -> str | None:
    cue = _base_cue(q.cue)
    if _key(q) in blanked or (cue != q.cue and f"{q.paragraph}:{cue}" in blanked):
        return "(the quote it follows was left open)"
    if q.speaker in persons and full_name_later(paragraphs, index, q):
        return f"({q.speaker} is named in full only after the quote)"
    if q.speaker in persons and _office_only(q.speaker):
        return f"(“{q.speaker}” is an office, not a person's name)"
    if q.speaker in persons and _POSSESSIVE_CUE.search(cue):
        return f"names {q.speaker} only as the owner of the speaker's role"
    if q.speaker in persons:
        unnamed = _unnamed_in_sentence(masked[q.paragraph - 1], paragraphs[q.paragraph - 1], q)
        if unnamed:
            return f"(the sentence speaks of someone who “{unnamed}”)"
    if q.speaker in persons and (other := _reply_to_self(index, q, cue, done)):
        return f"(a reply is not to its own speaker: “{other}” shares the name)"
    if q.speaker in persons and " " in q.speaker:
        other = _surname_sharer(paragraphs, index, q, cue, {} if sharers is None else sharers)
        if other:
            return f"(“{other}” shares the surname)"
        given = q.speaker.split()[0]
        other = _given_sharer(paragraphs, index, q.speaker, q.paragraph, {} if sharers is None else sharers) \
            if q.speaker not in cue and has_word(given, cue) and not _STYLED.search(cue) else None
        if other:
            return f"(“{other}” shares the given name “{given}”)"
    if q.speaker in persons and (wife := _wife_of_namesake(paragraphs, q, cue, said_of)):
        return wife
    if q.speaker in persons and (wife := _wife_in_full(paragraphs, q, said_of)):
        return wife
    if q.speaker in persons and (asker := _colon_speaker(paragraphs, index, q)):
        return f"(“{asker}” introduces the words with a colon)"
    if q.speaker in persons and _READ_ALOUD.search(cue):
        return "(the words were read aloud by someone who did not write them)"
    if q.speaker not in persons and (member := _member_named(paragraphs, index, q, cue)):
        return f"(“{member}”, named in the cue, speaks, not the body)"
    joint = _joint_subject(paragraphs[q.paragraph - 1], masked[q.paragraph - 1], index, q)
    if joint:
        return f"(the words are those of several: “{joint}”)"
    cont = _CONTINUES.match(q.cue)
    if cont and f"{cont.group(1)}#{q.speaker}" in blanked:
        return "(the quotation it continues was left open)"
    if q.speaker in persons and not has_word(q.speaker, cue):
        # (a cue that names the speaker in full settles the short forms inside it)
        form = max((f for f in _forms(index, q.speaker) if f != q.speaker and has_word(f, cue)),
                   key=len, default=None)
        other = _form_sharer(index, q.speaker, form, q.paragraph, cue) if form else None
        other = other or (_nearer_namesake(index, q.speaker, form, q.paragraph, paragraphs)
                          if form and q.speaker not in cue else None)
        if other and not _named_in_full_just_before(index, paragraphs, q, other):
            return f"(“{form}” may be {other} too)"
    relayed = _relayed(paragraphs[q.paragraph - 1], masked[q.paragraph - 1], index, q, cue)
    if relayed:
        return f"(the words are reported from someone else: “{relayed}”)"
    dm = _DOC_CUE.match(cue) if not _OWNED_DOC_CUE.match(cue) else None   # ("the union's statement": its owner named)
    if dm:
        return _doc_unsafe(paragraphs, masked, index, q, dm.group("doc") or dm.group("doc2"), done)
    pm = _PRONOUN_CUE.match(cue)
    if not pm or q.speaker not in persons:
        return None
    if _answers_own_question(done, q):
        return f"(the words answer the question {q.speaker} put)"
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
            if _same(o, q.speaker, alias, paragraphs) and (par_n < n or o.end <= at):
                ante = (par_n, o.end)
                break
        if ante:
            break
    # The pronoun points back at a bare surname: it may be another person's of that surname
    # whom the extractor could not establish ("reporter Ana Vell" beside prosecutor Greta Vell).
    if ante:
        ctx = paragraphs[ante[0] - 1][max(0, o.start - 6):o.end]
        other = _form_sharer(index, q.speaker, o.form, q.paragraph, ctx) if o.form != q.speaker else None
        if other:
            return f"(“{o.form}” may be {other} too)"
    if ante and " " in q.speaker and o.form == q.speaker.rsplit(None, 1)[-1]:
        other = _surname_sharer(paragraphs, index, q, o.form, {} if sharers is None else sharers)
        if other:
            return f"(“{other}” shares the surname)"
    if ante and (subj := _said_of_object(index, masked, ante[0], o.start, q.speaker)):
        return f"(“{subj}” is the one who speaks in the sentence naming {q.speaker})"
    if ante and " " in q.speaker and o.form == q.speaker.split()[0]:
        other = _given_sharer(paragraphs, index, q.speaker, q.paragraph, {} if sharers is None else sharers)
        if other:
            return f"(“{other}” shares the given name “{o.form}”)"
    # (with no mention in reach, the paragraph before too: "a nurse, who asked not to be named,
    # said ... / “…,” she said" after the speaker last named three paragraphs up)
    unnamed = _unnamed_speaker(masked, ante or (max(1, n - 1), 0), n, at, gender)
    if unnamed:
        return f"(“{unnamed}” speaks in between, unnamed)"
    if ante is None and not _PERSON_BEFORE.search(masked[n - 1], 0, at):
        return None          # settled by a quote's speaker or a description: trust it
    # (unless the quote's own paragraph opens on a name the speaker was never called:
    # "Ana Vell Soto, a lawyer with ..., says ... “…,” she says" is Ana's)
    ante = ante or (n, 0)
    for par_n in range(ante[0], n + 1):
        lo = ante[1] if par_n == ante[0] else 0
        hi = at if par_n == n else len(paragraphs[par_n - 1])
        if lo >= hi:
            continue
        for m in _GROUP.finditer(masked[par_n - 1], lo, hi):
            if (m.group("f") and gender == "m") or (m.group("m") and gender == "f") or \
                    not _GROUP_ACTS.match(masked[par_n - 1], m.end()):
                continue
            return f"(“{m.group()}” are named in between)"
        occs = [o for o in index.occurrences[par_n - 1] if o.start < hi and o.end > lo]
        text = masked[par_n - 1]
        for o in occs:
            if _in_own_gloss(index, par_n, text, o.start, q.speaker):
                continue    # "Oum X (X's mother), said": the speaker's own gloss names nobody acting
            if o.poss and KIN_AFTER_POSS.match(text, o.end):
                continue    # "Haddad's father, Samir Haddad, said": the owner of a relative does not act
            if o.type == "person" and not _same(o, q.speaker, alias, paragraphs) \
                    and not _sharer_told_apart(index, o, q.speaker, gender) \
                    and not _titled_as_speaker(paragraphs, index, o, q.speaker, gender) and (o.key is None or _SUBJECT_AFTER.match(text, o.end) or _WHO_SAYS.match(text, o.end)
                                                                                     or _ACTED_AFTER.match(text, o.end)) \
                    and _fits(index, o.key, gender, text, _after_who(text, o.end), hi) \
                    and not _kin_of_other_gender(text, o.start, gender) \
                    and not _kept_silent(text, o.end, hi) \
                    and not (par_n == ante[0] and _REPORTED_BY_SPEAKER.match(text, lo, o.start)
                             and not any(x.type == "person" and lo <= x.start < o.start for x in occs)):
                # ("X, who ..., said Magistrate Y had refused": Y is what X reports, no new speaker)
                return f"(“{o.form}” is named in between)"
        for rx in (_NAME2, _AGED, _SPEAKS, _APPOS, _ACTS):
            for m in rx.finditer(text, lo, hi):
                a, b = (m.start("w"), m.end("w")) if "w" in rx.groupindex else m.span()
                if any(o.start < b and o.end > a for o in occs) or _PLACE_BEFORE.search(text, max(0, a - 40), a) \
                        or text[a - 1:a] == "-":
                    continue    # (nor a name's part after a hyphen: "sub-Saharan Africa")
                if text[:a].rstrip().endswith("(") and text[b:].lstrip().startswith(")"):
                    continue    # "the Vell Centre (Centro Vell)": a body's other name, nobody acting
                if par_n == ante[0] and _OWN_APPOS_OPEN.fullmatch(text, lo, a) and _OWN_APPOS_CLOSE.match(text, b):
                    continue    # "X, a lecturer who supervises Suara Kampus, said": inside the speaker's own apposition
                if _in_own_gloss(index, par_n, text, a, q.speaker):
                    continue
                if _KNOWN_AS.search(text, max(0, a - 70), a):
                    continue    # "X, known in the village as Auntie Y,": X's other name, nobody new
                words = m.group("w").split() if "w" in rx.groupindex else m.group().split()
                if any(w.lower().rstrip("’'s") in _NOT_NAME or adjective_country(w) for w in words) \
                        or " ".join(words).lower() in _NOT_NAME \
                        or " ".join(words).lower() in lexicon.INTERNATIONAL or " ".join(words).lower() in index.outlets \
                        or any(text[:b].lower().endswith(f) for f in index.outlets):
                    continue    # (the page's own paper, "shared with The City Paper", is nobody acting;
                    # nor is a language, "in Haitian Creole")
                if any(x.type != "person" and x.key.startswith(" ".join(words) + " ") for x in index.mentions):
                    continue    # "the Prairie Ridge workers": a body's name cut short, nobody acting
                return f"(“{text[a:b]}” is named in between)"
    return None


def _answers_own_question(done: list[Quote], q: Quote) -> bool:
    """An interview's turns: “…?” the reporter asked / “…,” she says. A pronoun that lands on
    the one who just asked, after someone else answered the question before, is the answerer's."""
    if len(done) < 2:
        return False
    ask, before = done[-1], done[-2]
    return ask.speaker == q.speaker and ask.text.rstrip().endswith("?") and q.paragraph - ask.paragraph == 1 \
        and before.speaker not in (None, q.speaker) and ask.paragraph - before.paragraph == 1


# "Vell said the manager, Ana Soto, had been taken ... “…,” she said": Soto is what Vell spoke of
_SAID_THAT = re.compile(rf"\s+(?:{lexicon.SPEECH_VERB_RE})\s+(?:that\s+)?(?:the|his|her|their|a|an)\s")


def _said_of_object(index: ActorIndex, masked, par_n: int, start: int, speaker: str) -> str | None:
    text = masked[par_n - 1]
    lo = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start), 0)
    for o in index.occurrences[par_n - 1]:
        if lo <= o.start and o.end <= start and o.type == "person" and o.key not in (None, speaker) \
                and _SAID_THAT.match(text, o.end):
            return o.form
    return None


# "Vell pressed him: “…?” Soto said he would ...": the words are the one who introduces them
_COLON_INTRO = re.compile(r"[\w’'.-]+\s+[a-z]+(?:\s+(?:him|her|them|back|again))?\s*:\s*[“‘\"']?$")


def _colon_speaker(paragraphs, index: ActorIndex, q: Quote) -> str | None:
    par = paragraphs[q.paragraph - 1]
    at = par.find(q.text)
    if at <= 0:
        return None
    m = _COLON_INTRO.search(par, max(0, at - 60), at)
    if m is None:
        return None
    o = next((o for o in index.occurrences[q.paragraph - 1] if o.start <= m.start() < o.end), None)
    if o is None or o.type != "person" or o.key == q.speaker or o.key is None:
        return None
    return o.form


# "“…,” she read": a reader voices someone else's words (a letter, a statement of another).
_READ_ALOUD = re.compile(r"^(?!(?:The|A|An|This|That|These|Those|It|Its|They|Their|His|Her)\b)(?:[Hh]e|[Ss]he|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                         r"\s+(?:read|reads|read\s+out|read\s+aloud|read\s+from)\b(?!\s+(?:the|a|an|his|her|its|their)\s+"
                         r"(?:statement|post|message|tweet))")
# "said Zed Party MP Ana Vell" / "said Ana Vell of the ruling Zed Party": the member speaks.
_NAME2W = r"[A-Z][a-z\u00C0-\u024F’'-]+(?:\s+[A-Z][a-z\u00C0-\u024F’'-]+){1,2}"
_MEMBER_BEFORE = re.compile(rf"(?:\b(?:MP|MLA|MEP|MK|lawmaker|legislator|councillor|councilor|senator|deputy|member|"
                            rf"leader)|\))\s+(?P<n>{_NAME2W})\s*$")
_MEMBER_OF = re.compile(rf"(?P<n>{_NAME2W})\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?\s*(?:\([A-Z-]{{2,8}}\))?\s*$")


def _member_named(paragraphs, index: ActorIndex, q: Quote, cue: str) -> str | None:
    """A body given as speaker when the cue names one of its members: the member said it."""
    rest = cue.replace(q.speaker, " ")
    for o in index.occurrences[q.paragraph - 1]:
        if o.type == "person" and " " in o.form and has_word(o.form, rest):
            return o.form
    m = _MEMBER_BEFORE.search(rest) or _MEMBER_OF.search(rest) or _member_before_cue(paragraphs[q.paragraph - 1], index, q, cue)
    if m and not any(w.lower() in _NOT_NAME for w in m.group("n").split()):
        return m.group("n")
    return None


def _member_before_cue(par: str, index: ActorIndex, q: Quote, cue: str) -> re.Match | None:
    """"Ana Vell of the Zed Party (ZP) countered:" with the cue on the body's short form: the
    name before the body's full name, outside the cue, is the member who speaks."""
    at = par.find(q.text)
    if at < 0 or not cue:
        return None
    lo = None           # the start of the body's name (and its short form after it) nearest before the words
    for o in reversed(index.occurrences[q.paragraph - 1]):
        if o.key == q.speaker and o.end <= at and (o.end >= lo - 3 if lo is not None else o.form in cue):
            lo = o.start
        elif lo is not None:
            break
    return _MEMBER_OF.search(par, 0, lo) if lo is not None else None


def _in_own_gloss(index, par_n: int, text: str, pos: int, speaker: str) -> bool:
    """Whether pos lies in brackets right after the speaker's own name: "Umm Sami (Sami's mother)"."""
    op = text.rfind("(", max(0, pos - 40), pos)
    if op < 0 or ")" in text[op:pos]:
        return False
    return any(o.key == speaker and o.type == "person" and not text[o.end:op].strip()
               for o in index.occurrences[par_n - 1])


_KNOWN_AS = re.compile(r"\b(?:(?:known|referred\s+to)\s+(?:[\w’'-]+\s+){0,6}?as|nicknamed|dubbed)\s+$")
_PERSON_BEFORE = re.compile(rf"^\s*{_CAP}(?:\s+{_CAP}){{1,3}},\s+(?:a|an|the)\s+")
_CONTINUES = re.compile(r"continues the quotation of paragraph (\d+)")
# "A, B and the C said": a list of three or more names, the speaker last
_LIST_BEFORE = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*,?\s+and\s+(?:the\s+)?$")


def _joint_subject(par: str, masked: str, index: ActorIndex, q: Quote) -> str | None:
    """'In a joint statement, the Union, Watchdog and the Forum said that “…”': the speaker is
    the last of several named together, whose words are all of theirs, not its own."""
    at = par.find(q.text)
    if at < 0:
        return None
    lo = _sentence_bounds(masked, at)[0]
    for o in index.occurrences[q.paragraph - 1]:
        if o.key == q.speaker and lo <= o.start < at:
            m = _LIST_BEFORE.search(masked, lo, o.start)
            if m:
                return masked[m.start() + 1:o.end].strip()
    return None
    lo = _sentence_bounds(masked, at)[0]
    occs = [o for o in index.occurrences[q.paragraph - 1] if lo <= o.start < at]
    for i, o in enumerate(occs):
        if o.key != q.speaker or i == 0 or not _LIST_GAP.fullmatch(masked, occs[i - 1].end, o.start):
            continue
        prev = occs[i - 1]
        if prev.key and prev.key != q.speaker and prev.type == o.type:
            return masked[prev.start:o.end]
    return None
# Family names that differ only by the bearer's sex ("Ivanova"/"Ivanov", "Kovalskaya"/"Kovalsky",
# "Kazlauskienė"/"Kazlauskas", "Kavaliova"/"Kavaliou"): one family.
_FEMININE = ((r"ienė$", "as"), (r"aitė$", "as"), (r"ytė$", "is"), (r"skaya$", "sky"), (r"skaja$", "sky"),
             (r"ckaya$", "cky"), (r"aya$", "y"), (r"ova$", "ov"), (r"eva$", "ev"), (r"ina$", "in"),
             (r"ská$", "ský"), (r"ová$", ""), (r"ska$", "ski"), (r"cka$", "cki"))


@lru_cache(maxsize=4096)     # (a pure function of the word, asked for the same names often)
def _family(word: str) -> str:
    w = word.lower()
    for end, masc in _FEMININE:
        if re.search(end, w):
            return re.sub(end, masc, w)
    return re.sub(r"(?:ou|ow|oŭ)$", "ov", re.sub(r"ý$", "y", w))


def _forms(index: ActorIndex, key: str) -> tuple[str, ...]:
    return next((m.forms for m in index.mentions if m.key == key), ())


def _given_form(forms, key: str, shared: str) -> bool:
    """Whether a person is also called by a short form without the shared part ("Ana" for
    Ana Vell): the way a text tells family members apart, leaving the family name to the other."""
    return any(f != key and shared not in f and f.split()[0] == key.split()[0] for f in forms)


def _named_in_full_just_before(index: ActorIndex, paragraphs, q: Quote, other: str) -> bool:
    """"MP Gentian Hoxha, who joined the march, wrote ... ‘…,’ Hoxha wrote": the paragraph names
    the speaker in full before the words, and the namesake nowhere in it before them."""
    par = paragraphs[q.paragraph - 1]
    at = par.find(q.text)
    if at < 0:
        return False
    before = [o for o in index.occurrences[q.paragraph - 1] if o.end <= at]
    return any(o.key == q.speaker and o.form == q.speaker for o in before) \
        and not any(o.key == other or o.key is None and o.type == "person" for o in before)


# "“…,” Persaud replied": words answering someone, by a name two people bear
_REPLY_CUE = re.compile(r"^(?:(?P<a>[A-Z][\w’'-]+)\s+(?:replied|responded|retorted|countered|shot\s+back|hit\s+back|answered)"
                        r"|(?:replied|responded|retorted|countered|answered)\s+(?P<b>[A-Z][\w’'-]+))\b")


def _reply_to_self(index: ActorIndex, q: Quote, cue: str, done: list[Quote]) -> str | None:
    """"“…,” she said. / “…,” Persaud replied": a bare name two people bear, given to the very one
    whose words, just before, the reply answers. It is the other's reply, or the text does not
    settle it; the other one is returned."""
    m = _REPLY_CUE.match(cue)
    form = (m.group("a") or m.group("b")) if m else None
    if form is None or form == q.speaker:
        return None
    # (the words before, not the first half of the reply itself: "‘A,’ Nalau replied. ‘B.’")
    before = next((d for d in reversed(done) if d.paragraph >= q.paragraph - 1 and d.speaker
                   and _base_cue(d.cue) != cue), None)
    if before is None or before.speaker != q.speaker:
        return None
    others = [x.key for x in index.mentions if x.type == "person" and x.key != q.speaker
              and form in x.key.split()]
    return others[0] if len(others) == 1 else None


def _form_sharer(index: ActorIndex, speaker: str, form: str, n: int, cue: str = "") -> str | None:
    """The short form a speaker was named by ("Vell Soto", "Ms Vell") that the text uses for
    another person too, already introduced, where it does not settle which one speaks: the
    speaker is called by a given name elsewhere ("Ana") while the other is not, so the family
    name is the other's; or an honorific makes the form a family name ("Ms Tarin") that ends
    the other's name but not the speaker's (a clan name opening a man's name); or the form is
    the other's family name exactly and the speaker's only in the other sex's form ("Ivanov"
    for Anna Ivanova beside Pyotr Ivanov). ("Ivanova" itself stays hers.)"""
    words = form.split()
    if not words or form == speaker:
        return None
    fam = [_family(w) for w in words]
    own = _forms(index, speaker)
    hon: list = []      # the honorific search, made once and only when a test needs it

    def honorific() -> bool:
        if not hon:
            # (ASCII text cannot hold the form in any case unless its lowered form holds it
            # lowered: the search, a pattern of its own for every form, is spared)
            hon.append(False if cue.isascii() and form.isascii() and form.lower() not in cue.lower() else bool(
                re.search(rf"\b(?:{'|'.join(_HONORIFICS)})\.?\s+{re.escape(form)}\b", cue, re.IGNORECASE)))
        return hon[0]

    t = re.search(rf"\b(?P<t>Mr|Mrs|Ms|Miss|Madam|Mme|Sir|Dame|Lady|Lord)\.?\s+{re.escape(form)}\b", cue) \
        if form in cue and any(h in cue for h in ("Mr", "Ms", "Miss", "Mad", "Mme", "Sir", "Dame", "Lady", "Lord")) else None
    told = None if t is None else ("m" if t.group("t") in {"Mr", "Sir", "Lord"} else "f")
    for m in index.mentions:
        if m.type != "person" or m.key == speaker:
            continue
        if told and index.genders.get(m.key) not in (None, told):
            continue        # "Mr Vell" is no Anna Vell the text knows as a woman
        if not speaker.endswith(form) and m.key.endswith(form) and honorific():
            pass
        elif m.key.endswith(" " + form) and not speaker.endswith(" " + form) \
                and [_family(w) for w in speaker.split()[-len(words):]] == fam:
            pass            # "Ivanov" for Anna Ivanova when Pyotr Ivanov is named: his form of the name
        elif form not in m.forms:
            continue        # (the text never calls the other one by it)
        elif not (_given_form(own, speaker, form) and not _given_form(m.forms, m.key, form)):
            continue
        # (only a person the text has introduced by then)
        if any(o.key == m.key for row in index.occurrences[:n] for o in row):
            return m.key
    return None


_GENDERED_TITLE = re.compile(r"\b(?:(?P<m>Mr|Sir|Lord)|Mrs|Ms|Miss|Madam|Mme|Dame|Lady)\.?\s+(?P<form>[A-Z][\w’'-]+)")


def _nearer_namesake(index: ActorIndex, speaker: str, form: str, n: int, paragraphs) -> str | None:
    """A bare family name ("Vell said") that ends the names of two people in full ("Ana Vell",
    her brother "Tomas Vell"), where the other was named in full no earlier than the speaker:
    the bare name does not tell which one speaks (unless "Mr"/"Ms" does, or the text called the
    speaker by it before the other came in)."""
    if " " in form or not speaker.endswith(" " + form):
        return None
    t = next((t for t in _GENDERED_TITLE.finditer(paragraphs[n - 1]) if t.group("form") == form), None)
    told = None if t is None else ("m" if t.group("m") else "f")
    last: dict = {}
    first: dict = {}
    bare = None         # where the text first calls the speaker by the bare name
    for row in index.occurrences[:n]:
        for o in row:
            if o.type == "person" and o.key and o.form.endswith(" " + form) and o.key.endswith(" " + form):
                last[o.key] = (o.par, o.start)
                first.setdefault(o.key, (o.par, o.start))
            elif o.key == speaker and o.form == form and bare is None:
                bare = (o.par, o.start)
    mine = last.pop(speaker, None)
    if mine is None:
        return None
    # ("X Vell, whose brother Y Vell was detained": the brother is what X speaks of, not a voice)
    last = {k: at for k, at in last.items() if not _kin_of(index, paragraphs, first[k], speaker)}
    # (one the text calls by another single name, "Menjívar" for José Menjívar Ayala, is not "Ayala")
    return next((k for k, at in last.items() if at >= mine and not (bare and bare < first[k])
                 and not (told and index.genders.get(k) not in (None, told))
                 and not any(" " not in f and f != form for f in _forms(index, k))), None)


def _kin_of(index: ActorIndex, paragraphs, at: tuple[int, int], owner: str) -> bool:
    """Whether the name at `at` is introduced as owner's relative: "<owner>, whose son <name>"."""
    end = whose_kin_at(paragraphs[at[0] - 1], at[1])
    return end is not None and any(o.key == owner and o.end == end for o in index.occurrences[at[0] - 1])


_WORD_BEFORE = re.compile(rf"\b({_CAP})\s+$")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "madam", "madame", "mme", "sir", "dame", "lady", "lord",
               "señor", "señora", "señorita", "doña", "mzee", "me", "maître"} | REGIONAL_STYLES   # ("Me": a French lawyer's)


def _surname_sharer(paragraphs, index: ActorIndex, q: Quote, cue: str, sharers: dict) -> str | None:
    """"Ms Vell said" settled on Greta Vell while the text also names an Anna Vell the
    extractor could not establish: the surname may be hers. (Two established people who share
    a surname were told apart by the actors step.) Only cues with the bare surname are checked."""
    surname = q.speaker.rsplit(None, 1)[-1]
    if surname not in cue.split() or q.speaker in cue or f"{q.speaker.split()[0]} {surname}" in cue:
        return None     # (the cue names the given name too: "Daniel Langat" for Daniel Kiprono Langat)
    if surname not in sharers:
        known = {f for m in index.mentions if m.type == "person" for f in (m.key, *m.forms)}
        found = []
        for n, par in enumerate(paragraphs, 1):
            i = par.find(surname)
            while i >= 0:
                j = i + len(surname)
                m = _WORD_BEFORE.search(par, max(0, i - 40), i) if not par[j:j + 1].isalnum() else None
                if m:
                    first = m.group(1)
                    full = f"{first} {surname}"
                    if not (any(full in k for k in known) or first.lower() in _NOT_NAME or first.lower() in _HONORIFICS
                            or first.lower() in lexicon.RANK_ABBREVIATIONS):
                        found.append((n, full))
                i = par.find(surname, j)
        sharers[surname] = found
    return next((full for n, full in sharers[surname] if n <= q.paragraph and full not in q.speaker), None)


_NAME_TAIL = re.compile(rf"(?:\s+{_CAP}){{1,3}}\b")


def _given_sharer(paragraphs, index: ActorIndex, speaker: str, n: int, cache: dict) -> str | None:
    """"Ana says" settled on Ana Vell while the text has also named an Ana Ruiz Soto by then
    (established or not): a given name two people carry is either's, unless the text says
    which. (One introduced only later cannot be meant yet.) The article's scans are kept in
    `cache`, made once per given name."""
    given, rest = speaker.split()[0], speaker.split()[1:]
    if ("first",) not in cache:
        first: dict = {}
        for row in index.occurrences:
            for o in row:
                first.setdefault(o.key, o.par)
        cache[("first",)] = first
    first = cache[("first",)]
    for m in index.mentions:
        if m.type == "person" and m.key != speaker and m.key.split()[0] == given and " " in m.key \
                and first.get(m.key, n + 1) <= n:
            return m.key
    if ("given", given) not in cache:
        found = []
        for k, par in enumerate(paragraphs, 1):
            i = par.find(given)
            while i >= 0:
                j = i + len(given)
                m = _NAME_TAIL.match(par, j) if i == 0 or not par[i - 1].isalnum() else None
                if m and m.group().split()[0].lower() not in _NOT_NAME and m.group().split()[0].lower() not in _HONORIFICS:
                    found.append((k, m.group().split()))
                i = par.find(given, j)
        cache[("given", given)] = found
    for k, words in cache[("given", given)]:
        if k <= n and words[-1] not in rest:    # (not the speaker again, "Ana Maria Vell")
            return f"{given} {' '.join(words)}"
    return None


def _unnamed_in_sentence(masked: str, par: str, q: Quote) -> str | None:
    """'His mother, who asked not to be named, said: “…”': the words of someone the text keeps
    unnamed are nobody's that it names, not a relative's mentioned beside them."""
    if "named" not in masked and "identified" not in masked and "anonym" not in masked:
        return None         # (most paragraphs: no need to find the sentence)
    at = par.find(q.text)
    if at < 0:
        return None
    lo = _sentence_bounds(masked, at)[0]
    hi = _sentence_bounds(masked, min(at + len(q.text) + 1, len(masked)))[1]
    m = _UNNAMED_HERE.search(masked, lo, hi)
    return m.group(0) if m else None


def _relayed(par: str, masked: str, index: ActorIndex, q: Quote, cue: str) -> str | None:
    """The inner report between a cue and its quote ("Duc said his client had told the court
    ... that she had"): somebody else's words, unless the inner subject is the speaker (a
    pronoun that fits, or the speaker's own name)."""
    at = par.find(q.text)
    if at < 0 or not cue:
        return None
    c = par.rfind(cue, 0, at)
    lo = c + len(cue)
    if c < 0:
        # (the cue as written may differ: "Ismail Haroun, said" for "Ismail Haroun said"; its verb
        # is in the text)
        verb = f" {cue.split()[-1]} "
        c = par.rfind(verb, 0, at)
        if c < 0 or " " not in cue:
            return None
        lo = c + len(verb) - 1
    if _SENT_STOP.search(masked, lo, at):
        return None             # the cue is in an earlier sentence
    inner = _INNER_SUBJECT.match(masked, lo, at)
    if inner and (p := _PARTICIPLE_TO.search(masked, inner.end(), at)):
        # "X said the company president kept the passports, telling them it was “…”": the
        # participle is the inner clause's subject's, not the speaker's
        return masked[inner.start("np"):p.end()]
    if (m := _MESSAGE_TELLING.search(masked, lo, at)) is not None:
        # "X said he had received a text message ... telling him to “…”": the message's words,
        # its sender's, not the one who reports receiving it
        return masked[m.start():m.end()].strip()
    for m in _RELAYED.finditer(masked, lo, at):
        subj = m.group("subj").lower()
        if subj in {"he", "she"}:
            known = index.genders.get(q.speaker)
            if not known or known == ("m" if subj == "he" else "f"):
                continue
        elif subj in {"it", "i", "we"} or subj in q.speaker.lower().split():
            continue
        return masked[m.start():m.end()]
    return None


# "whose son Karim", "her brother, Ali": a kin word gives the gender of the name after it
_KIN_BEFORE = re.compile(r"\b(?:whose|his|her|their|a|the)\s+(?:(?:eldest|elder|older|younger|youngest|only|late)\s+)?"
                         r"(?P<kin>" + lexicon.alternation(sorted(lexicon.GENDER_NOUNS, key=lexicon.by_length)) + r")\s*,?\s+$")


# The speaker's own reporting verb, then (in the same sentence) the one reported on
_REPORTED_BY_SPEAKER = re.compile(rf"[^.!?“”\"]*?,?\s(?:{lexicon.SPEECH_VERB_RE})\s+(?:that\s+)?(?:[A-Z][\w.’'-]*\s+){{0,3}}$")


def _kept_silent(text: str, end: int, hi: int) -> bool:
    """Whether the sentence naming someone says that person did not speak ("Their mother, X, sat
    beside her and did not speak."): no speaker to stand between."""
    stop = text.find(". ", end, hi)
    return lexicon.SILENT.search(text, end, stop if stop >= 0 else hi) is not None


def _kin_of_other_gender(text: str, start: int, gender: str) -> bool:
    """Whether the name at start follows a kin word of the gender the pronoun is not: "she"
    after "whose son Karim" cannot be Karim, whom the index left unresolved."""
    m = _KIN_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and lexicon.GENDER_NOUNS[m.group("kin").lower()] != gender


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


# A relative clause on X whose first pronoun cannot be X: X is "who", so "his" in "who is also
# his sister" and "her" in "who was standing beside her" are somebody else (and so is the
# "she" that follows them).
_OWN_OBJECT = re.compile(r"\.?(?:\s*,[^,;:.“”\"]{0,80},|\s*,)?\s+(?:(?:had|has|have|also|then|later|allegedly|repeatedly)\s+)*"
                         r"[a-z]+(?:ed|s)\s+$")
# "X, who raised the boy after his parents died": an unnamed person between the name and the
# possessive is the likelier owner of it
_NOUN_BETWEEN = re.compile(r"\b(?:the|a|an)\s+(?:" + lexicon.alternation(sorted(lexicon.ROLE_NOUNS | lexicon.RELATION_NOUNS
                           | {"boy", "girl", "man", "woman", "child"}, key=lexicon.by_length)) + r")\b\s+(?:[a-z]+\s+){0,3}$")
# "X, who is also his sister,", "X, who stood beside her", "X, who is not related to her": the
# pronoun is someone else's
# ("said Ms Tan": a style names a family name, never a given name, whichever comes first in the name)
_STYLED = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Madam|Dr)\.?\s+[A-Z]")
_WHO_OF_ANOTHER = re.compile(
    # ("X, whose 52-year-old son died in custody, ... a photograph of him": the "him" is the son's)
    r",\s+whose\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(lexicon.GENDER_NOUNS, key=lexicon.by_length)) + r")\b"
    r"|,\s+who\s+(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|now\s+|once\s+)?(?:his|her|their)\s"
    r"|[^,;:.“”\"]{0,60}?\b(?:beside|next\s+to|behind|alongside|near|opposite|related\s+to|relation\s+(?:to|of))\s+(?:him|her)\b)",
    re.IGNORECASE)


_OBJECT_IN_WHO = re.compile(r"\bwho\s+(?:also\s+)?[a-z]+\s+$")
_AND_VERB = re.compile(r"\s+and\s+(?:then\s+|also\s+)?[a-z]+\b")


# "His partner, X,": X introduced as someone's relation, whose possessive may follow X again
_OWNER_RELATION_BEFORE = re.compile(r"\b(?P<det>His|Her|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:"
                                    + lexicon.alternation(sorted(lexicon.RELATION_NOUNS, key=lexicon.by_length)) + r")\s*,\s*$")
# "her" as an object (a preposition, a particle or a stop after it), not a possessive before a noun
_OBJECT_HER_AFTER = re.compile(r"(?:\s+(?:in|on|at|to|for|with|from|of|and|or|as|out|up|down|back|away|into|behind|"
                               r"because|until|after|before|while|when)\b|\s*[,.;:!?)]|\s*$)")
# "accused her of", "told her that", "gave her the keys": a "her" that is an object, not a possessive
_HER_AS_OBJECT = re.compile(_OBJECT_HER_AFTER.pattern + r"|\s+(?:the|a|an|that|this|these|those|it|what|how|why|"
                            r"whether|if|not|about|over|through|again|once|twice)\b")
# ("X, 34, is not related to her": an age in commas does not open a clause)
_AGE_AFTER_NAME = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\s*,")
# ("X shouted as guards led him out": a new clause, whose object may be X again)
_CLAUSE_BREAK = re.compile(r"\b(?:as|while|when|after|before|because|until|since|and|but|although|though|so)\b|[,;]")


def _pronouns_after_mentions(masked, index: ActorIndex) -> dict[str, set[str]]:
    """For each actor, the genders of pronouns that follow a mention of it in its sentence
    before anyone else is named ("X left his room", "X shouted as guards led him out").
    One pass over the mentions."""
    out: dict[str, set[str]] = {}
    parts: dict[str, set[str]] = {}
    for m in index.mentions:
        if m.type == "person" and " " in m.key:
            for word in m.key.replace("-", " ").split():
                parts.setdefault(word, set()).add(m.key)
    for row in index.occurrences:
        for i, o in enumerate(row):
            if o.key is None or o.type != "person":
                continue
            if " " not in o.form and len(parts.get(o.form.replace("-", " ").split()[0], ())) >= 2 \
                    and len(parts.get(o.form.replace("-", " ").split()[-1], ())) >= 2:
                continue        # a bare surname two people share: whose pronoun follows is not known
            text = masked[o.par - 1]
            if not text[o.start:o.end].strip():
                continue        # a name inside a quotation: the pronoun after it is the speaker's
            end = len(text)
            for stop in (". ", "? ", "! "):
                k = text.find(stop, o.end, end)
                if k >= 0:
                    end = k
            if i + 1 < len(row):
                end = min(end, row[i + 1].start)
            if _WHO_OF_ANOTHER.match(text, o.end):
                continue        # "X, who is also his sister," / "X, who stood beside her": someone else's pronoun
            if i and (p := row[i - 1]).type == "person" and p.key and p.key != o.key \
                    and not _SENT_STOP.search(text, p.end, o.start):
                # "Y, the mother of X, at her home", "Y was convicted by X, who said he had": with someone
                # named before in the sentence, the pronoun after X may well be theirs (as actors.py reads it)
                continue
            if _OBJECT_IN_WHO.search(text, max(0, o.start - 40), o.start) and _AND_VERB.match(text, o.end):
                continue        # "Y, who teaches X and came on her day off,": the clause, and its pronoun, are Y's
            m = _GENDERED.search(text, o.end, min(end, o.end + 200))
            if m and m.group().lower() in {"his", "her"} and _APPOSITION_GAP.fullmatch(text, o.end, m.start()):
                # "X, her lawyer, who added that he ...": the possessive is somebody else's
                m = _GENDERED.search(text, m.end(), min(end, o.end + 200))
            if m and (m.group().lower() == "him" or m.group().lower() == "her" and _HER_AS_OBJECT.match(text, m.end())) \
                    and _OWN_OBJECT.fullmatch(text, o.end, m.start()):
                # "X, a councillor, had accused her of ...": the object of X's own verb is someone else
                # ("X keeps her husband's pay slip": a "her" before its noun is X's own)
                m = _GENDERED.search(text, m.end(), min(end, o.end + 200))
            if m and m.group().lower() in {"his", "her"} and _NOUN_BETWEEN.search(text, o.end, m.start()):
                continue
            rel = _OWNER_RELATION_BEFORE.search(text, max(0, o.start - 40), o.start)
            if m and rel and bool(m.group("m")) == (rel.group("det").lower() == "his"):
                continue        # "His partner, X, waited outside with his mother": the "his" is the owner's
                # ("His granddaughter, X, said he had made the trip": so is a "he")
            age = _AGE_AFTER_NAME.match(text, o.end)
            if m and (m.group().lower() == "him" or m.group().lower() == "her" and _OBJECT_HER_AFTER.match(text, m.end())) \
                    and not _CLAUSE_BREAK.search(text, age.end() if age else o.end, m.start()):
                continue        # "X asked the court to keep her in detention": X's own clause's object is another
            if m:
                out.setdefault(o.key, set()).add("m" if m.group("m") else "f")
    return out


@lru_cache(maxsize=1024)     # (pure; asked again for the same quote by several tests)
def _sentence_bounds(text: str, i: int) -> tuple[int, int]:
    lo = 0
    for m in _SENT_STOP.finditer(text, 0, i):
        lo = m.end()
    m = _SENT_STOP.search(text, i)
    return lo, (m.start() + 1 if m else len(text))


def _doc_unsafe(paragraphs, masked, index: ActorIndex, q: Quote, doc: str, done: list[Quote]) -> str | None:
    """"The statement said" takes the speaker of the last statement the text mentioned. When
    that mention is another one ("..., a spokesperson for the bureau said in a statement")
    that neither names the speaker nor points back at someone, the document may be that
    other party's: the speaker is left empty."""
    n = q.paragraph
    at = paragraphs[n - 1].find(q.text)
    at = at if at >= 0 else 0
    hi = _sentence_bounds(masked[n - 1], at)[0]          # before the quote's own sentence
    rx = re.compile(rf"\b{re.escape(doc)}s?\b", re.IGNORECASE)
    for p in range(n, max(0, n - 4), -1):
        text = masked[p - 1]
        found = [m for m in rx.finditer(text, 0, hi if p == n else len(text))]
        if not found:
            continue
        i = found[-1].start()
        lo, end = _sentence_bounds(text, i)
        # the sentence before: back from its full stop (a quotation masked as blanks may
        # stand between that stop and this sentence)
        stop = len(text[:lo].rstrip()) - 1
        prev_lo = _sentence_bounds(text, stop)[0] if stop > 0 else lo
        if any(o.key == q.speaker and o.start < end and o.end > prev_lo for o in index.occurrences[p - 1]):
            return None
        if _BACK_REF.search(text, lo, end):
            return None          # "its statement", "she said in a statement": trust the chain
        # (a sentence that opens with a quotation: its blanked marks run into the stop before)
        open_lo = len(text[:lo].rstrip())
        if any(d.paragraph == p and d.speaker == q.speaker and open_lo <= paragraphs[p - 1].find(d.text) < end
               for d in done):
            return None          # the cue of an earlier quote of the same speaker ("the post said")
        return f"(the last {doc} mentioned, in paragraph {p}, is not shown to be {q.speaker}’s)"
    return None


_OWN_GENDER = re.compile(r"\b(his|her)\b", re.IGNORECASE)


def _unnamed_speaker(masked, start: tuple[int, int], n: int, at: int, gender: str) -> str | None:
    """An unnamed person who speaks between the speaker's last mention (or the start of the
    quote's paragraph) and a pronoun cue: the pronoun may well be that person's."""
    for par_n in range(start[0], n + 1):
        text = masked[par_n - 1]
        lo = start[1] if par_n == start[0] else 0
        hi = at if par_n == n else len(text)
        for m in _INDEFINITE_SUBJECT.finditer(text, lo, hi):
            np = m.group("np")
            if re.search(rf"\b(?:{_DOC})\b", np, re.IGNORECASE):
                continue        # "A statement from the ministry said": a document, not a person
            g = _GENDERED.search(text, m.start("np"), hi)
            if g and ("m" if g.group("m") else "f") != gender:
                continue
            return np.split(",")[0].strip()
        m = _ORDINAL_SUBJECT.search(text, lo, hi)
        if m and not ((g := _GENDERED.search(text, m.end("np"), hi)) and ("m" if g.group("m") else "f") != gender):
            return m.group("np")
        m = _ANONYMOUS.search(text, lo, hi)
        if m and not ((g := _OWN_GENDER.search(m.group(0))) and ("m" if g.group(1) == "his" else "f") != gender):
            # (unless it is said of someone of the other gender: "asked that her name not be used"
            # is no "he")
            return m.group(0)
        m = _POSS_DESC_SPEAKS.search(text, lo, hi)
        if m and not ((g := _GENDERED.search(text, m.end("np"), hi)) and ("m" if g.group("m") else "f") != gender):
            return m.group("np")
        for m in _KIN_UNNAMED.finditer(text, lo, hi):
            if ("f" if m.group("f") else "m") == gender and _KIN_AS_SUBJECT.search(text, max(0, m.start() - 30), m.start()):
                return m.group(0)
    return None


# "The second witness said", "The other nurse told": one of several the text leaves unnamed speaks
_ORDINAL_SUBJECT = re.compile(rf"(?:^|(?<=[.!?])\s+|(?<=[.!?][”’\"'])\s+)(?P<np>The\s+(?:first|second|third|fourth|fifth|"
                              rf"other|last|elder|older|younger|eldest|youngest)\s+[a-z]+)\s+(?:{lexicon.SPEECH_VERB_RE})\b")
# "Her neighbour, a retired driver known to all as Uncle Bo, says": a described person speaks unnamed
_POSS_DESC_SPEAKS = re.compile(rf"(?:^|(?<=[.!?])\s+)(?P<np>(?:His|Her|Their)\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+)\s*,"
                               rf"\s*(?:a|an|the|who|whom)\s[^.!?,]{{2,160}},\s+(?:{lexicon.SPEECH_VERB_RE})\b")
# "Sat the prisoner's mother, who ..." / "his widow, who ...": a relative left unnamed, then "she said"
_KIN_UNNAMED = re.compile(r"\b(?:(?:[A-Z][\w-]+|the\s+[a-z][\w-]+)[’']s|his|her|their)\s+(?:(?P<f>mother|wife|widow|sister|daughter|"
                          r"grandmother|aunt)|(?P<m>father|husband|brother|son|grandfather|uncle))(?=\s*,\s*who\b)")
# ... only as the subject of its own sentence ("The man's sister, who ...", "sat his widow, who ..."),
# never in apposition to a name ("X, the couple's daughter, who") or the object of a speaker's verb
_KIN_AS_SUBJECT = re.compile(r"(?:^|[.!?”\"]\s+|\b(?:sat|stood|waited|walked|came|knelt|stands|sits|waits)\s+)$")


def _by_title(paragraphs, index: ActorIndex, q: Quote, persons) -> tuple[str | None, str]:
    """A surname two people share, settled by the title it is given: "Senator Reyes told"
    when only Ana Reyes is ever called Senator ("Senator Ana Reyes") and Luis Reyes is
    "General Luis Reyes". The title is read in the cue, or before the surname's last mention
    at most two paragraphs back."""
    surname = q.speaker
    rx = re.compile(rf"\b(?P<t>[A-Z][a-z]+\.?|[A-Z]{{2,4}})\s+{re.escape(surname)}\b")
    m = rx.search(q.cue)
    if m is None and re.search(rf"\b{re.escape(surname)}\b", q.cue):
        return None, ""         # "Reyes said": the bare surname, no title
    if m is None:
        n = q.paragraph
        at = paragraphs[n - 1].find(q.text)
        for par_n in range(n, max(0, n - 3), -1):
            hi = at if par_n == n and at >= 0 else len(paragraphs[par_n - 1])
            found = list(rx.finditer(paragraphs[par_n - 1], 0, hi))
            if found:
                m = found[-1]
                break
    if m is None or not (m.group("t").lower() in lexicon.TITLE_HEADS or m.group("t").isupper()):
        return None, ""         # a title, or a rank's initials ("SP Adoko" for "SP Peter Adoko")
    title = re.escape(m.group("t"))
    fits = [p for p in persons if p != surname and p.split()[-1] == surname and any(
        re.search(rf"\b{title}\s+(?:[A-Z][\w’'-]*\s+){{0,2}}{re.escape(p)}\b", par) for par in paragraphs)]
    return (fits[0], m.group("t")) if len(fits) == 1 else (None, "")


def _sharer_told_apart(index: ActorIndex, o, speaker: str, gender: str) -> bool:
    """A short name several people share ("Vasko"), when it is a word of the speaker's name and
    every other sharer is known to be of the other gender: the pronoun settles it."""
    if o.key is not None or o.form not in speaker.split():
        return False
    others = [m.key for m in index.mentions if m.type == "person" and m.key != speaker
              and (o.form in m.forms or o.form in m.key.split())]
    return bool(others) and all(index.genders.get(k) not in (None, gender) for k in others)


_TITLE_BEFORE = re.compile(r"\b(?:(?P<m>Mr)|Mrs|Ms|Miss)\.?\s+$")


def _titled_as_speaker(paragraphs, index: ActorIndex, o, speaker: str, gender: str) -> bool:
    """"Ms Vell" for a short name several share, when the speaker is the one sharer known to be
    of the title's gender, and it is the pronoun's: the title settles it."""
    if o.key is not None or o.form not in speaker.split() or index.genders.get(speaker) != gender:
        return False
    t = _TITLE_BEFORE.search(paragraphs[o.par - 1], max(0, o.start - 6), o.start)
    if t is None or ("m" if t.group("m") else "f") != gender:
        return False
    return not any(index.genders.get(m.key) == gender for m in index.mentions if m.type == "person"
                   and m.key != speaker and (o.form in m.forms or o.form in m.key.split()))


def _same(o, speaker: str, alias: tuple[str, str] | None, paragraphs) -> bool:
    """Whether a mention is the speaker: the speaker's key, or the shared surname after the
    title that settled it ("General Reyes" for General Luis Reyes)."""
    if o.key == speaker:
        return True
    if alias is None or o.key != alias[0]:
        return False
    return paragraphs[o.par - 1][:o.start].rstrip().endswith(alias[1])


# "“…” / Those were the words of X, who ...": a quotation credited in the sentence after it.
_WORDS_OF = re.compile(r"[”’\"']?\s*(?:(?:Those|These|Such)\s+(?:were|are)\s+(?:the\s+)?(?:words|remarks|comments)\s+of|"
                       r"(?:The|Those|These|Her|His|Their)\s+words\s+(?:were|are)\s+(?:those\s+of|(?:[a-z]+ly\s+)?"
                       r"(?:spoken|said|uttered|delivered|written)\s+(?:[a-z]+ly\s+)?by))\s+(?:the\s+)?")
_OPENS_QUOTE = re.compile(r"\s*[“‘\"']")
_INHERITED = ("continues the quotation", "quotation continues", "same speaker as the quote before",
              "introduced by the paragraph before")


def credited_after(paragraphs, index: ActorIndex, q: Quote) -> tuple[str | None, str] | None:
    """The quote's own paragraph goes on, right after it, with "The words were spoken by X", or
    it opens a run of paragraphs that are only quotation and the next one begins "Those were
    the words of X": X speaks (None when X is no established person), whatever cue came before."""
    par = paragraphs[q.paragraph - 1]
    at = par.find(q.text)
    if at < 0:
        return None
    m = _WORDS_OF.match(par, at + len(q.text))
    n = q.paragraph
    if m is None:
        if not _OPENS_QUOTE.match(par):
            return None
        while n < len(paragraphs) and _OPENS_QUOTE.match(paragraphs[n]):
            n += 1
        if n >= len(paragraphs) or not (m := _WORDS_OF.match(paragraphs[n])):
            return None
        n += 1
    o = next((o for o in index.occurrences[n - 1] if o.start >= m.end()), None)
    who = o.key if o and o.type == "person" and o.key and not paragraphs[n - 1][m.end():o.start].strip(" .") else None
    words = m.group().strip(" ”’\"'")
    return who, f"credited after the quotation: “{words}”"


def full_name_later(paragraphs, index: ActorIndex, q: Quote) -> bool:
    """A writer names a person in full before quoting them by surname or pronoun. When the
    speaker's full name first appears after the quote, the bare surname before it may well
    be someone else of that name (a relative the extractor missed)."""
    cue = _base_cue(q.cue)
    if " " not in q.speaker or q.speaker in cue or not (_PRONOUN_CUE.match(cue) or any(
            has_word(w, cue) for w in q.speaker.split())):
        return False    # (a description the text names later, "the minister, X,", is no bare surname)
    first = next((o.par for row in index.occurrences for o in row
                  if o.key == q.speaker and " " in o.form and o.form.split()[0].lower().rstrip(".") not in _HONORIFICS), None)
    return first is not None and first > q.paragraph


def _after_who(text: str, end: int) -> int:
    """Where a name's own speech begins: past "X, who edits his videos, said", whose "his" is
    somebody else's."""
    w = _WHO_SAYS.match(text, end)
    return w.end() if w else end


def member_in_cue(index: ActorIndex, q: Quote) -> str | None:
    """"said MP Ana Vell (Zed Party)" given to the party: the one person the cue names in full
    is the one who spoke."""
    rest = _base_cue(q.cue).replace(q.speaker, " ")
    named = {o.key for o in index.occurrences[q.paragraph - 1]
             if o.type == "person" and o.key and " " in o.form and has_word(o.form, rest)}
    return named.pop() if len(named) == 1 else None
