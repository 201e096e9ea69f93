"""Quotation marks: find the quoted spans of one paragraph.

Handles curly and straight, double and single marks. Apostrophes (the minister’s, don’t,
farmers’) never open or close a single-quoted span; single marks inside a double-
quoted span are nested and ignored. A mark left open runs to the end of the paragraph
(a quotation continued in the next paragraph); a stray closing mark is ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.ingest import lexicon
from generator.ingest.text import folded, has_any

_OPEN_BEFORE = set(" \t\n([{—–-/:;")
_CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-…”\"")


@dataclass(frozen=True)
class Span:
    open_at: int         # index of the opening mark
    start: int           # first character of the quoted text
    end: int             # one past its last character
    close_at: int        # index of the closing mark, or -1 when left open
    double: bool

    @property
    def closed(self) -> bool:
        return self.close_at >= 0

    @property
    def after(self) -> int:
        """First index after the span (and its closing mark)."""
        return self.close_at + 1 if self.closed else self.end


def _role(par: str, i: int) -> str:
    """'open', 'close' or '' (not a quotation mark here) for the mark at i."""
    ch = par[i]
    prev = par[i - 1] if i > 0 else " "
    nxt = par[i + 1] if i + 1 < len(par) else " "
    if ch == "“":
        return "open"
    if ch == "”":
        return "close"
    if ch == '"':
        if prev in _OPEN_BEFORE or prev in "“‘" or i == 0:
            return "open" if not nxt.isspace() else ""
        return "close"
    if ch in "‘’'":
        if prev.isalnum() and nxt.isalnum():
            return ""          # apostrophe inside a word
        if ch == "‘" and prev == " " and nxt.isupper() and _OKINA_NAME.match(par, i + 1) \
                and _NAME_BEFORE.search(par, max(0, i - 30), i) and "’" not in par[i + 1:i + 40]:
            return ""          # "Viliami ‘Otuhouma", "Mr ‘Otuhouma": a Polynesian okina opening a name
        if nxt.isupper() and ch in "‘'" and not (ch == "‘" and i == 0) and _APOSTROPHE_NAME.match(par, i + 1) \
                and not _SINGLE_CLOSE_LATER.search(par, i + 2):
            # (a paragraph that opens on a curly mark is a quotation running on: "‘The Government ...")
            return ""          # "'M'e 'Malebona Lebona", "Queen 'Mamohato": a name opening on an apostrophe
        if ch in "‘'" and (i == 0 or prev in _OPEN_BEFORE or prev in "“\"") and (
            nxt.isalnum() or nxt in "…["
        ):
            return "open"
        if ch in "’'" and not prev.isspace() and (nxt in _CLOSE_AFTER or i + 1 == len(par)):
            return "close"
        return ""
    return ""


# (a name word after the okina, and a capitalised word or a title before it: "Viliami ‘Otuhouma")
_OKINA_NAME = re.compile(r"[A-Z][a-z]+(?:[‘'][a-z]+)*\b(?![‘’'])")
_NAME_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+|(?:Mr|Mrs|Ms|Dr)\.)\s$")     # (no sentence's end: "January. ‘The …")
# (Sesotho and other orthographies open names on an apostrophe: a name word, then another name
# word; never when a single mark later in the paragraph could close a quotation)
_APOSTROPHE_NAME = re.compile(r"[A-Z](?:[a-z]+|[’'][a-z]+)\s+[’']?[A-Z]")
_SINGLE_CLOSE_LATER = re.compile(r"\S[’'](?:[\s,.;:!?)—–]|$)")
_MARK = re.compile("[“”\"‘’']")
_ALNUM = re.compile(r"[A-Za-z0-9]")


def find_spans(par: str) -> list[Span]:
    return list(_spans(par))


@lru_cache(maxsize=2048)
def _spans(par: str) -> tuple[Span, ...]:
    # Cached: actors, quotes and guard each read the quotations of the same paragraphs.
    spans: list[Span] = []
    open_at = -1
    double = False
    for mk in _MARK.finditer(par):      # only the marks, not every character
        i, ch = mk.start(), mk.group()
        role = _role(par, i)
        if not role:
            continue
        is_double = ch in "“”\""
        if open_at < 0:
            if role == "open":
                open_at, double = i, is_double
            continue
        if is_double != double:
            continue           # nested marks of the other kind
        if role == "close" and not double and _plural_possessive(par, i):
            continue           # 'I learnt that journalists' rights here ...,' he said
        if role == "close" or (role == "open" and ch == '"' and double):
            spans.append(_make(par, open_at, i, i))
            open_at = -1
        elif role == "open":
            # A new opening mark while one is open: the first quotation ended unmarked
            # ("... air strikes. “How many ...”"): close it here and start again.
            spans.append(_make(par, open_at, i, -1))
            open_at, double = i, is_double
    if open_at >= 0:
        spans.append(_unclosed(par, open_at))
    return tuple(s for s in spans if _ALNUM.search(par, s.start, s.end))


_POSSESSIVE_S = re.compile(r"(?<=[a-z]s)[’'] (?=[a-z])")
_SINGLE = re.compile("[‘’']")


def _plural_possessive(par: str, i: int) -> bool:
    """A mark after a plural "s" and before a lower-case word, inside single quotes, is an
    apostrophe ("journalists' rights") when the next single mark closes the quotation; when
    the next one opens another, this mark closed the first ('a war on farmers' and 'a lie')."""
    if not _POSSESSIVE_S.match(par, i):
        return False
    for mk in _SINGLE.finditer(par, i + 1):
        role = _role(par, mk.start())
        if role:
            return role == "close"
    return False


_INNER_ATTRIBUTION = re.compile(
    r"[,?!]\s+(?=(?:said|says|added|told|asked|wrote)\s|(?:he|she|they)\s+(?:said|says|added|told|asked)\b|"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:said|says|added|told)\b)"
)


def _unclosed(par: str, open_at: int) -> Span:
    """A mark never closed. If an attribution follows a comma inside ("…, said X"),
    the writer forgot the closing mark there; otherwise the quotation runs on."""
    m = _INNER_ATTRIBUTION.search(par, open_at + 1)
    if m:
        cut = m.start() + 1
        s = _make(par, open_at, cut, -1)
        return Span(s.open_at, s.start, s.end, m.start(), s.double)
    return _make(par, open_at, len(par), -1)


def _make(par: str, open_at: int, stop: int, close_at: int) -> Span:
    start, end = open_at + 1, stop
    while start < end and par[start].isspace():
        start += 1
    while end > start and par[end - 1].isspace():
        end -= 1
    return Span(open_at, start, end, close_at, par[open_at] in "“\"")


# "… told us last year, ‘If they …’": words someone once said to the speaker, recalled inside
# the speaker's quotation. (A scene retold as it happens, "they asked me, ‘Who pays you?’", stays
# part of the speaker's account.)
_NESTED_INTRO = re.compile(r"\b(?:told|tells)\s+(?:me|us)(?:\s+[^,:;“”\"‘’']{1,25}?)?[,:]\s*$"
                           # "The caller said, ‘…’": a third party's words, quoted in the quotation
                           r"|(?<![A-Za-z])(?<![\w,;:]\s)(?:The|A|An|One|Another)\s+(?:[a-z]+\s+){0,2}?(?:caller|man|woman|officer|"
                           r"soldier|policeman|guard|official|voice|stranger|neighbou?r)\s+(?:said|says|told\s+(?:me|us))[,:]\s*$"
                           # "I asked the guard ... He said, ‘…’": a pronoun opening its sentence
                           r"|(?<=[.!?]\s)(?:He|She|They)\s+(?:said|replied|answered|shouted)[,:]\s*$")


def nested_speech(par: str, span: Span) -> Span | None:
    """The quotation of other words inside a quotation, when the speaker's own words introduce
    it with a reporting verb and a comma or colon (“He told me: ‘Go home.’ So I did.”); a
    word set in quotes inside a quotation ('you called them "thieves"') is not one."""
    kind = "‘’'" if span.double else "“”\""
    for mk in _MARK.finditer(par, span.start, span.end):
        i = mk.start()
        if mk.group() not in kind or _role(par, i) != "open":
            continue
        if not _NESTED_INTRO.search(par, max(span.start, i - 60), i):
            return None
        for c in _MARK.finditer(par, i + 1, span.end):
            if c.group() in kind and _role(par, c.start()) == "close":
                inner = _make(par, i, c.start(), c.start())
                if _GLOSS_BRACKET.match(par[c.start() + 1:c.start() + 90]):
                    return None     # words in another language, glossed: the speaker's own account
                return inner if _ALNUM.search(par, inner.start, inner.end) else None
        return None
    return None


_TITLE_WORD = re.compile(r"^[A-Z0-9]")
_MINOR = {"a", "an", "the", "of", "and", "or", "but", "for", "to", "in", "on", "at", "by", "with"}


_NAMING = re.compile(r"\b(?:known as|so-called|dubbed|nicknamed|titled|entitled|headlined|named|termed|codenamed)\s+(?:the\s+)?$",
                     re.IGNORECASE)


# "known to his supporters as", "nicknamed", "better known as": a name follows
_NICKNAMED = re.compile(r"\b(?:(?:better\s+|widely\s+|locally\s+)?known\s+(?:(?:to|among)\s+(?:[\w’'-]+\s+){1,3}?)?as|"
                        r"nicknamed|dubbed\s+by\s+(?:[\w’'-]+\s+){1,3}?)\s+$", re.IGNORECASE)


def _naming_before(before: str) -> re.Match | None:
    """_NAMING.search(before): the text must end in a space after a naming word (…s, …d) or "the"."""
    last = before.rstrip()[-1:]
    if not (before[-1:].isspace() and last and (last.lower() in "sde" or last in "\u0130\u0131\u017f\u212a")):
        return None
    return _NAMING.search(before)


_ATTRIBUTED_AFTER = re.compile(r"^\s*,?\s*(?:(?:said|says|added|told|asked|wrote)\b|(?:he|she|they|[A-Z][\w’'.-]*"
                               r"(?:\s[A-Z][\w’'.-]*){0,3})\s+(?:said|says|added|told|asked|wrote)\b)")


# what a policy or a line is called, after the words in marks that name it
_POLICY_NOUN_AFTER = re.compile(r"[”’\"']?\s+(?:principle|policy|rule|approach|doctrine|slogan|campaign|scheme|programme|"
                                r"program|strategy|mantra|motto|stance|formula|model)s?\b")
_OWNER_BEFORE = re.compile(r"(?:[’']s|\b(?:its|their|his|her|our|the|a|an))\s+$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|these|those|its|their|his|her|our|\d+)\s+$", re.IGNORECASE)
_MODIFIED_NOUN_AFTER = re.compile(r"\s+(?!(?:of|and|or|to|in|on|for|that|which|who|by|with|at|from|as|is|was|are|were|but|than|"
                         r"under|against|over|into|about|after|before|since|during|through|like|not|if|when|because|"
                         r"while|so|then|too|again|here|there|now)\b)"
                         r"[a-z][a-z-]+\b")


_CAPITALISED_WORDS = re.compile(r"[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*")
# the name's own legal form, or a verb with the name as its subject and a pronoun for it after
_LEGAL_FORM_BEFORE = re.compile(r"\b(?:LLP|LLC|JSC|OJSC|CJSC|PJSC|TOO|AO|OOO)\s*$")
_BODY_ACTS_AFTER = re.compile(r"\s*(?:LLP|JSC|LLC|Ltd|JV|OJSC|CJSC)\b|[’”\"]?\s+(?:said|says|stated|wrote|announced|added)\s+"
                              r"(?:its|it|that\s+its)\b")


def is_name(par: str, span: Span) -> bool:
    """A name, title or scare-quoted term in quotation marks, not reported words."""
    text = par[span.start:span.end]
    after = par[span.after: span.after + 60]
    if len(text.split()) <= 4 and _mostly_title(text) and _NICKNAMED.search(par[max(0, span.open_at - 60): span.open_at]):
        return True         # X, known to supporters as “…”, said: a second name, even before "said"
    if len(text.split()) <= 5 and text[-1:].isalnum() and _CAPITALISED_WORDS.fullmatch(text) and _BODY_ACTS_AFTER.match(after):
        return True         # In a statement, “Kazyna Drilling Servis” said its wages ...: a firm's name, the subject
    if len(text.split()) <= 5 and text[:1].isupper() and _LEGAL_FORM_BEFORE.search(par, max(0, span.open_at - 8), span.open_at):
        return True         # LLP “KazDrill”, JSC “Kazakhtelecom”: a firm's name after its legal form
    if len(text.split()) <= 12 and text[:1].isupper() and _HEADING_BEFORE.search(par, max(0, span.open_at - 20), span.open_at):
        return True         # a report titled “Workers Without a Voice”, said ...: a title, though a verb follows
    if len(text.split()) <= 6 and _mostly_title(text.rstrip(" .,")) and _EPISODE_OF.search(par, max(0, span.open_at - 30), span.open_at):
        return True         # on Tuesday’s episode of “Minnesota Now.” She said ...: a programme's name
    if _ATTRIBUTED_AFTER.match(after):
        return False        # attributed words, however capitalised
    n_words = len(text.split())
    if n_words == 1 and text.isalpha() and text.islower() and _DETERMINER_BEFORE.search(par, max(0, span.open_at - 12), span.open_at) \
            and _MODIFIED_NOUN_AFTER.match(after):
        return True         # the 12 “problem” polling places: a word set apart as it modifies a noun
    if n_words <= 3 and _LABEL_AFTER.match(after):
        return True         # the “separatist” label: a term the text talks about
    if n_words <= 6 and text[:1].islower() and _POLICY_NOUN_AFTER.match(after) \
            and _OWNER_BEFORE.search(par, max(0, span.open_at - 30), span.open_at):
        return True         # the government's “no work, no pay” principle: the name of a policy
    if n_words <= 5 and _NAME_GLOSS.match(after):
        return True         # chanted “…!” – the nickname of their leader: a name, not words
    if n_words <= 8 and (_WORK_GLOSS.match(after) or _TERM_GLOSS.match(after)):
        return True         # hosts ‘…’, a morning programme; ‘red-tagging’, the practice of ...: a title, a term
    if n_words <= 16 and text[:1].islower() and _WORDING_AFTER.match(after):
        return True         # spreading “…” about the army, the wording of Article 9: the law's words
    if text.startswith("#") and " " not in text:
        return True         # “#FreeThePress”: a hashtag, nobody's words
    before = par[max(0, span.open_at - 80): span.open_at]
    low = folded(before)        # for the keyword tests that spare some patterns (_WORK_KEYS)
    if n_words <= 8 and _DEMAND.match(text) and _CROWD_BEFORE.search(before) and not _spoken(text.rstrip(" ,.!")):
        return True         # a crowd chanted “Justice for …”: a slogan, nobody's reported words
    if n_words <= 3 and text[-1:].isalnum() and _LAW_NICK_AFTER.match(after) and _ARTICLE_BEFORE.search(before[-6:]):
        return True         # the “fakes” article, the “foreign agents” law: a law's nickname
    if n_words <= 3 and text[:1].islower() and _LABELLED.search(before[-60:]):
        return True         # designated a “foreign agent”, charged with “sedition”: a legal label
    if text[:1].islower() and has_any(low, _LAW_WORDING_KEYS) and _LAW_WORDING.search(before):
        return True         # a law that punishes anyone who “insults …”: the law's wording
    if text[:1].islower() and n_words <= 16 and _has(before[-120:], _PUNISH_KEYS) and _LAW_PUNISHES.search(before[-120:]) \
            and not _spoken(text):
        return True         # Article 12 of the Code, which punishes “…”; the decree punishes the spreading
        # of “…”: the offence as the law words it, nobody's speech
    if " v" in text and _CASE_TITLE.match(text) and not _spoken(re.sub(r"\svs?\.\s", " v ", text.rstrip(" ,."))):
        return True         # in the case “Fenwick Fishers’ Union v. Marland”: a case's title, nobody's words
    if n_words <= 8 and _has(before[-60:], _BORE_KEYS) and _BORE_WORDS.search(before[-60:]) \
            and not _spoken(text.rstrip(" ,.!?")):
        return True         # the shirts bore the words “…”: printed words, nobody's reported speech
    if n_words <= 8 and _has(before[-40:], _CHANT_KEYS) and _CHANT_BEFORE.search(before[-40:]) and (
            _GLOSS_BRACKET.match(after) or _GLOSS_DASH.match(after)):
        return True         # chanted “…” (the text's translation): a crowd's refrain, glossed
    if n_words <= 8 and "," in after[:3] and _has(before[-40:], _CHANT_KEYS) and _CHANT_BEFORE.search(before[-40:]) \
            and _foreign(text) and (g := _GLOSS_COMMA.match(after)) \
            and not _SPEECH_VERBS.intersection(_WORDS.findall(g.group(1))):
        return True         # singing “…”, the text's translation between commas: a song's words
    if n_words <= 3 and text[:1].islower() and _ASKED_AFTER.match(after) and _WHAT_IS.search(before[-40:]):
        return True         # but what, exactly, is “…”?: the writer asks what a word means
    if n_words <= 8 and ("=" in text or "≠" in text) and has_any(low, _SIGN_KEYS) and _SIGN_READ.search(before[-80:]):
        return True         # placards reading “A = B”: a sign's formula, nobody's speech
    if n_words <= 2 and text.isascii() and _PLAIN_WORDS.fullmatch(text) and _SCARE_BEFORE.search(before[-30:]) \
            and _SCARE_AFTER.match(after):
        return True         # paying a new “road fee” at the checkpoint, the only “evidence” against
        # them: a word held at arm's length inside the writer's own clause
    if n_words == 1 and text.isalpha() and text.islower() and _VAGUE_BEFORE.search(before[-24:]):
        return True         # held for unspecified “offences”: the writer keeps a vague charge at arm's length
    if text[:1].islower() and n_words <= 16 and has_charge(before) and _CHARGED_BEFORE.search(before) \
            and not _spoken(text):
        return True         # is being investigated for “causing public alarm …”: the offence's name
    if text[:1].islower() and n_words <= 16 and has_any(low, _VERDICT_KEYS) and _VERDICT_OF.search(before) and not _spoken(text):
        return True         # found them guilty of “…” and “…”, acquitted of a third charge, “…”
    if text[:1].islower() and n_words <= 16 and _AND_OF_END.search(before[-10:]) and not _spoken(text) \
            and _CONVICTED_OF_QUOTE.search(par, max(0, span.open_at - 300), span.open_at):
        return True         # convicted X of “…” under Article 9 and of “…” under the Y Law: a second offence
    if n_words <= 16 and has_any(low, _CODE_ARTICLE_KEYS) and _CODE_ARTICLE.search(before) and not _spoken(text.rstrip(" ,.")):
        return True         # under Article 12 of the Penal Code, “…” / (“…”): the article's heading
    if len(text) > 20 and has_any(low, _WORK_KEYS) and _WORK_BEFORE.search(before) and (n_words > 3 or ": " in text) \
            and is_title(_NESTED.sub("", text), long_ok=True):
        return True         # "its 2023 report “Death in Silence: ...”": a work's title (a quoted phrase in it too)
    if n_words >= 2 and _has(text, _LAW_NOUN_KEYS) and _LAW_TITLE_END.search(text) and _LAW_TITLE_BEFORE.search(before[-40:]) \
            and is_title(text, long_ok=True):
        return True         # pass the draft “Fair Harbours Act”, the “Law on Open Meetings”: a law's title
    if n_words >= 3 and _ON_TITLE.match(text) and _LAW_NOUN_BEFORE.search(before[-40:]) and is_title(text, long_ok=True):
        return True         # the law “On Public Assemblies and Pickets”: a law's title, by the post-Soviet shape
    if len(text) > 20 and n_words > 3 and has_any(low, _EVENT_KEYS) and _EVENT_BEFORE.search(before[-40:]) and is_title(_NESTED.sub("", text), long_ok=True):
        return True         # a seminar on “Tides, Nets and the Law of the Sea”: an event's title
    if n_words <= 4 and text[:1].islower() and _AS_DEFINED_AFTER.match(after) and not _spoken(text.rstrip(" ,.")):
        return True         # any “hostile act” as defined in the law: the law's term, nobody's words
    if n_words <= 2 and "call" in before and _PLAIN_WORDS.fullmatch(text) and _CALLED_THE.search(before[-80:]):
        return True         # fishermen call the sandbank the “salt bank”: the name a place goes by
    if n_words <= 2 and "call" in before and _PLAIN_WORDS.fullmatch(text.rstrip(".,")) and _CALLED_PRACTICE.search(before[-60:]):
        return True         # rights groups call the practice “churning.”: the name a practice goes by
    if n_words <= 4 and "call" in before and text[:1].islower() and _WHICH_X_CALL.search(before[-60:]):
        return True         # the war, which officials call a “special military operation”: their name for it
    if n_words == 1 and text.rstrip(".,").isalpha() and text.islower() and _BECOME_BEFORE.search(before[-12:]) \
            and not _spoken(text):
        return True         # the past itself has become “subversive”: a label held at arm's length
    if n_words <= 3 and _TERM_BEFORE.search(before[-40:]):
        return True         # the word ‘…’: a word the text explains
    if n_words <= 6 and has_any(low, _SIGN_KEYS) and _SIGN_READ.search(before[-80:]) and (_GLOSS_AFTER.match(after) or _GLOSS_BRACKET.match(after)):
        return True         # a banner read “¡…!” — and the text's translation: the sign's words, glossed
    if n_words <= 6 and has_any(low, _SIGN_KEYS) and _GLOSS_OF_SIGN.search(before[-120:]):
        return True         # … reading “Libérez …” (“Free …”): the translation of the sign's words
    if n_words <= 8 and not _spoken(text.rstrip(" ,.!?")) and (
            (_PROGRAMME_BEFORE.search(before[-40:]) and text[:1].isupper())
            or (text[:1].islower() and (_PROVISIONS_ON.search(before[-120:]) or _CHARGE_LIST.search(before[-120:])))
            or (has_any(low, _PAINT_KEYS) and _PAINTED.search(before[-60:]))):
        return True         # the programme “…”, the Law “On …”, provisions on “…”, charged him with
        # “…” and “…”, painted on a wall: “…”: a name, an offence's wording, a wall's words
    if n_words <= 8 and (":" in before[-100:] or "read" in before[-100:]) and _SIGN_WORDS.search(before[-100:]) \
            and not _spoken(text.rstrip(" ,.!?")):
        return True         # a banner held up: “…”, the caption in the album reads “…”: a sign's words
    if text[:1].islower() and n_words <= 12 and not _spoken(text) and (
            (n_words <= 6 and (_STATUS_AS.search(before[-60:]) or _DEFINED.search(before[-30:])))
            or (_ING.match(text) and (_SUSPICION_OF.search(before[-40:]) or _OFFENCE_AFTER.match(after)))
            or (n_words <= 3 and _LAW_TARGETS.search(before[-160:]))
            or (n_words <= 3 and _ACCUSATIONS_OF.search(before[-40:]) and not _speech_in_sentence(par, span))):
        return True         # register as “…”, broadly defined “…”, on suspicion of “…ing …”, “…ing …”, an
        # offence under …; a code that criminalises comments that cause “…”; arrested on accusations
        # of “…” (a charge's one word after "charges of" stays a quotation: the gold counts it)
    if n_words <= 8 and has_any(low, _SIGN_KEYS) and _SIGN_READ_FINITE.search(before[-80:]) \
            and (not _spoken(text.rstrip(" ,.!?")) or _LETTERING(text)) and _SENTENCE_ENDS.match(par, span.after):
        return True         # a banner held up outside read “…”.: the sign's words, the sentence's object
    if n_words <= 8 and has_any(low, _INK_KEYS) and _WRITTEN_IN.search(before[-80:]) and not _spoken(text.rstrip(" ,.!?")):
        return True         # had written on the packs in marker: “…”: a sign's words
    if n_words <= 6 and "words" in before[-20:] and _WITH_WORDS.search(before[-20:]) and _GLOSS_AFTER.match(after) \
            and not _spoken(text.rstrip(" ,.!?")):
        return True         # a board with the words “…” — and the text's translation: a sign's words
    if n_words == 1 and text.isalpha() and text.islower() and _KEEP_BEFORE.search(before[-16:]) \
            and _OUT_AFTER.match(after):
        return True         # told to keep “politics” out of lessons: a word held at arm's length
    if n_words == 1 and text.isalpha() and text.islower() and _TO_BEFORE.search(before[-20:]) \
            and _LOWER_AFTER.match(after):
        return True         # a plan to “decongest” the town: one word held at arm's length mid-clause
    if n_words <= 8 and _SLOGAN_BEFORE.search(before[-40:]):
        return True         # under the slogan “…”: a motto, nobody's reported words
    if n_words <= 8 and not _spoken(text.rstrip(" ,.")) and (
            (text[:1].islower() and re.match(r"[a-z]+ing\b", text) and _CHARGES_OF.search(before))
            or (text[:1].islower() and _HELD_UNDER.search(before[-40:]))
            or (text[:1].isupper() and _ARTICLE_TITLE.search(before))):
        return True         # charges of “spreading …”, held under “house arrest”, Article 9 (“Insulting …”)
    if n_words <= 3 and text[:1].islower() and _POSSESSION_OF.search(before[-40:]) and not _spoken(text):
        return True         # found in possession of “…”: the law's term for a thing
    if n_words <= 4 and text[:1].islower() and _CAUSE_OF_DEATH.search(before[-60:]) and not _spoken(text):
        return True         # gave the cause of death as “…”: a certificate's term, nobody's speech
    if n_words == 1 and text.isalpha() and text.islower() and _SCARE_AFTER.match(after) \
            and not _speech_in_sentence(par, span):
        return True         # posts meant to stir up “contempt” against the board: a word held at
        # arm's length inside the writer's own clause, with no one reported in the sentence
    if n_words == 1 and text.isalpha() and text.islower() and _PASSIVE_BEFORE.search(before[-20:]) \
            and not _speech_in_sentence(par, span):
        return True         # by being “recycled” into: a word held at arm's length
    if n_words == 1 and text.isalpha() and text.islower() and _PREP_BEFORE.search(before[-12:]) \
            and _NOUN_AFTER.match(after):
        return True         # the rise of “hostile” content online: an adjective held at arm's length
        # before its noun, inside a phrase, even in a sentence that reports someone's speech
    if n_words <= 3 and text[:1].islower() and _DEEMED.search(before[-40:]) and not _spoken(text) \
            and not _speech_in_sentence(par, span):
        return True         # material deemed “…”, content deemed to spread “…”: a category the law
        # or the writer names, nobody's reported words
    if text.rstrip().endswith("?") and n_words <= 14 and _QUESTION_APPOS.search(before[-60:]) \
            and _CLAUSE_GOES_ON.match(after) and not _speech_in_sentence(par, span):
        return True         # the question the case raises, “…?”, has no answer: the writer's own question
    if text.rstrip().endswith("?") and n_words <= 20 and _QUESTION_PUT.search(before[-80:]) \
            and not _speech_in_sentence(par, span):
        return True         # so the question is worth asking plainly: “…?”: the writer's own question
    if text.rstrip().endswith("?") and n_words <= 14 and _QUESTION_SUBJECT.match(after):
        return True         # “…?” is the question nobody asks: the writer's own question as a subject
        # (a verb of asking after it is the question's, not a speaker's)
    if n_words <= 10 and has_any(low, _HEADED_KEYS) and _HEADED.search(before[-40:]) and not _spoken(text.rstrip(" ,.!?")):
        return True         # leaflets headed “…”: a printed heading, nobody's reported words
    if _naming_before(before[-40:]):
        # After "titled", "named": a short name, or a long title mostly in title case ("Sand
        # and Sorrow: Land Conflicts on the Coast", "Where Did They Bury Our Sons?").
        return n_words <= 4 or is_title(text, long_ok=True) or (
            bool(_HEADING_BEFORE.search(before)) and (_mostly_title(text) or (
                # "a report titled “Where did the money go?”": a work's title, however cased
                n_words <= 12 and text[:1].isupper() and _WORK_BEFORE_TITLED.search(before))))
    if n_words <= 5 and _ARTICLE_BEFORE.search(before) and _CLAUSE_AFTER.match(after) \
            and not _speech_in_sentence(par, span):
        return True         # "approved a “state of exception” that suspended ...": a name for a thing
    if n_words <= 3 and text[:1].islower() and text[-1:].isalpha() and _ARTICLE_BEFORE.search(before) \
            and _SCARE_AFTER.match(after) and not _speech_in_sentence(par, span, _OBSERVE):
        return True         # "observe a “black day” against the bill": the writer's name for the day
    return is_title(text)


# A label the law or an office gives: designated/declared/labelled/branded (X) a “…”,
# charged with “…”, the offence of “…”, a section that deals with “…”. ("charges of “…”" stays a
# quotation: the words of a charge sheet.)
_LABELLED = re.compile(
    r"\b(?:(?:designated|declared|labell?ed|branded|listed|registered|classified)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:as\s+)?(?:an?|the)|charged\s+with|convicted\s+(?:[\w’'-]+\s+){0,6}?of|(?:offen[cs]es?|crimes?)\s+of|"
    # "offences such as spreading “false news” and “…”": the offences' names, one after another
    r"(?:offen[cs]es?|crimes?)\s+such\s+as(?:\s+[a-z]+ing)?(?:\s+“[^“”]{1,40}”\s+(?:and|or))?|"
    r"deals?\s+with|dealing\s+with|"
    # "said he had been called a “…” for years": an epithet others used about him, nobody's quote
    r"\b(?:be|been|being|was|were|gets?|got)\s+(?:[a-z]+ly\s+)?(?:called|dubbed)\s+(?:an?|the))\s+$",
    re.IGNORECASE)
# The offence a person is held, tried or convicted for, in the passive ("was convicted by the
# court on Tuesday of", "is being investigated for", "accused with ten others of"). An active
# accusation ("the ministry accused them of “…”") stays a quotation: the accuser's words.
_CHARGED_BEFORE = re.compile(
    r"(?:\b(?:is|was|were|are|been|being|be)\s+(?:[a-z]+ly\s+)?(?:being\s+)?(?:investigated|charged|convicted|"
    r"prosecuted|tried|indicted|sentenced|jailed|imprisoned)\b[^“”\".;:]{0,80}?\s(?:of|for|with)"
    r"|(?:^|[,(]\s*|\s)accused\s+(?:(?:with|under)\s+[^“”\".;:]{1,60}?\s+)?of)\s+$", re.IGNORECASE)
# A verdict's offences, one after another ("guilty of “…” and “…”"), and a charge set off by a
# comma ("acquitted them of a third charge, “…”").
_PREV_QUOTED = r"(?:[“\"‘'][^“”\"]{1,80}?[”\"’']\s*,?\s+(?:and|or|but\s+not)\s+)?"
_VERDICT_OF = re.compile(
    rf"(?:\b(?:found|declared|pronounced)\s+(?:[\w’'-]+\s+){{0,3}}?(?:guilty|innocent)\s+of\s+|"
    rf"\bacquitted\s+(?:[\w’'-]+\s+){{0,3}}?of\s+|"
    # (a court "convicted X of “…”": the verdict's offence, not anybody's words)
    rf"\bconvicted\s+(?:[\w’'-]+\s+){{0,6}}?of\s+|"
    rf"\b(?:a|the|one|second|third)\s+(?:[\w-]+\s+){{0,2}}?charges?\s*,\s*){_PREV_QUOTED}$", re.IGNORECASE)
_AND_OF_END = re.compile(r"\s(?:and|or)\s+of\s+$")
# (a verdict's first offence in quotation marks, then only a law's name up to "and of")
_CONVICTED_OF_QUOTE = re.compile(r"\b(?:convicted|acquitted|guilty)\s+(?:[\w’'-]+\s+){0,6}?of\s+[“\"][^“”\"]{1,120}[”\"]"
                                 r"(?:\s+(?:under|in\s+violation\s+of|contrary\s+to)\s+[^“”\".;:!?]{1,100}?)?\s+(?:and|or)\s+of\s+$",
                                 re.IGNORECASE)
# The heading of a code's article after its number and a comma or bracket: "charged under Article
# 206.3 of the Criminal Code, “…”", "Article 9 of the Penal Code (“…”)".
_CODE_ARTICLE = re.compile(r"\b(?:article|section)\s+\d[\w.-]*\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
                           r"(?:code|law|act)\s*(?:,|\()\s*$", re.IGNORECASE)
_CHARGE_KEYS = ("investigated", "charged", "convicted", "prosecuted", "tried", "indicted", "accused", "sentenced",
                "jailed", "imprisoned")


def has_charge(before: str) -> bool:
    """A cheap test before _CHARGED_BEFORE: the text names one of its verbs at all."""
    low = before.lower()
    return any(k in low for k in _CHARGE_KEYS)


# Words that speak: a quotation in the first or second person is somebody's words, not a name.
_SPOKEN = re.compile(r"\b(?:I|we|us|our|my|me|you|your)\b|[.!?;]\s", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _spoken(text: str) -> bool:
    """_SPOKEN.search(text), remembered: is_name's rules ask it of the same quotation again and again."""
    return _SPOKEN.search(text) is not None


_CALLED_THE = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:it|them|this|that|(?:the|this|that|their|its|his|her)\s+"
                         r"[^“”\".,;:]{1,40}?)\s+the\s+$", re.IGNORECASE)
_CALLED_PRACTICE = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:the|this|that|their|its|such)\s+(?:[a-z-]+\s+)?"
                              r"(?:practice|phenomenon|tactic|process|method|scheme|pattern|technique|cycle)\s+$",
                              re.IGNORECASE)
# "the war, which officials call a “special military operation”": the name one side uses for a thing
# (in the present: "what the premier called “…”" reports his words on one occasion)
_WHICH_X_CALL = re.compile(r"\b(?:which|what)\s+(?:[\w’'-]+\s+){1,4}?calls?\s+(?:it\s+)?(?:an?\s+|the\s+)?$",
                           re.IGNORECASE)
_BECOME_BEFORE = re.compile(r"\b(?:become|becomes|became|becoming)\s+$", re.IGNORECASE)
_PLAIN_WORDS = re.compile(r"[a-z]+(?:[ -][a-z]+)?")
_NESTED = re.compile(r"[‘’](?=\w)|(?<=\w)[‘’](?=[:\s,]|$)")
_TERM_BEFORE = re.compile(r"\bthe\s+(?:word|term|phrase|expression)\s+$", re.IGNORECASE)
_SIGN_READ = re.compile(r"\b(?:banners?|placards?|signs?|posters?|graffiti|t-shirts?)\b[^.“”\"]{0,60}\b(?:read|reads|"
                        r"reading|said|says|proclaimed|proclaims)\s+$", re.IGNORECASE)
_GLOSS_AFTER = re.compile(r"^\s*(?:[—–]\s*|\(\s*(?:meaning\s+)?|,\s*meaning\s+)[“\"‘']?[a-z]|^\s*[—–]\s*[“\"‘'][A-Z]")
# "(Our Land, Our Life)", "(“Free our comrades”)": a translation in brackets right after it.
_GLOSS_BRACKET = re.compile(r"^\s*\(\s*[“\"‘']?[A-Z][^()“”\"]{0,60}[”\"’']?\s*\)")
_GLOSS_OF_SIGN = re.compile(r"\b(?:banners?|placards?|signs?|posters?|graffiti|t-shirts?)\b[^.“”\"]{0,60}\b(?:read|reads|"
                            r"reading|said|says)\s+[“\"][^“”\"]{1,60}[”\"]\s*(?:\(|[—–])\s*$", re.IGNORECASE)
# A broadcast's or a law's name right after the word: the morning programme, “…”; the Law “On …”.
_EPISODE_OF = re.compile(r"\b(?:episode|edition|broadcast|segment)\s+of\s+$")
_PROGRAMME_BEFORE = re.compile(r"\b(?:programme|program|radio\s+show|talk\s+show|show|podcast|column|[Ll]aw|Act|"
                               # (a numbered bill: "draft law No. 4417, “On …”")
                               r"Decree|Bill|bill)(?:\s+(?:No|no|Nr|number)\.?\s*\d[\w./-]*)?\s*,?\s*$")
# The wording of a law's offences: provisions on “…” and “…”.
_PROVISIONS_ON = re.compile(r"\b(?:provisions?|clauses?|articles?|sections?|laws?|bills?|decrees?)\s+(?:on|against|criminali[sz]ing)\s+"
                            r"(?:[“\"][^“”\"]{1,60}[”\"]\s*,?\s+(?:and|or)\s+)?$", re.IGNORECASE)
# The charges brought, one after another: charged him with “…” and “…”.
_CHARGE_LIST = re.compile(r"\bcharged\s+(?:(?:him|her|them|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+)?with\s+"
                          r"(?:[“\"][^“”\"]{1,80}[”\"]\s*,?\s+(?:and|or)\s+)?$")
# Words painted on a wall: “someone has painted in red letters: “…””.
_PAINTED = re.compile(r"\b(?:painted|spray-painted|sprayed|scrawled|daubed|stencilled|stenciled)\b[^.“”\"]{0,40}:\s*$",
                      re.IGNORECASE)
# A sign's or an inscription's words: "a banner held by supporters: “…”", "the caption ... reads “…”".
# (a banner "reading “…”" without a colon stays a quotation: the gold counts its words)
_SIGN_WORDS = re.compile(r"\b(?:(?:banners?|placards?|signs?|posters?|t-shirts?)\b[^.“”\"]{0,60}:|(?:captions?|inscriptions?|"
                         r"plaques?|engravings?|dedications?)\b[^.“”\"]{0,60}(?:\b(?:reads?|reading)\s*:?|:))\s*$",
                         re.IGNORECASE)
# A legal status or a law's term: "failing to register as “…”", "broadly defined “…”".
_STATUS_AS = re.compile(r"\b(?:regist(?:er|ers|ered|ering)|designated|classified|listed)\s+(?:[\w’'-]+\s+){0,3}?as\s+$",
                        re.IGNORECASE)
_DEFINED = re.compile(r"\b(?:broadly|vaguely|loosely|narrowly|widely|poorly)\s+defined\s+(?:as\s+)?$", re.IGNORECASE)
_ACCUSATIONS_OF = re.compile(r"\baccusations\s+of\s+$", re.IGNORECASE)
_ING = re.compile(r"[a-z]+ing\b")
_SUSPICION_OF = re.compile(r"\b(?:on|under)\s+suspicion\s+of\s+$", re.IGNORECASE)
_OFFENCE_AFTER = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:offen[cs]e|crime)\s+(?:under|in|punishable)\b"
                            # (two offences named one after the other, then "offences that carry ...")
                            r"|(?:\s+(?:and|or)\s+[‘“\"'][^’”\"]{1,60}[’”\"'])?\s*,\s*(?:(?:both|two|three)\s+)?"
                            r"(?:offen[cs]es|crimes)\s+(?:that|which|under|punishable|carrying)\b")
# What a law punishes, named by its effect: "a code which criminalises comments that cause “…”
# or spread “…”".
_LAW_TARGETS = re.compile(
    r"\b(?:criminali[sz]es|criminali[sz]ing|punishes|prohibits|bans|outlaws)\s+(?:[a-z]+\s+){1,3}?(?:that|which)\s+"
    r"[a-z]+(?:\s+[“\"][^“”\"]{1,40}[”\"]\s+(?:or|and)\s+[a-z]+)?\s+$")
# A sign's words as the object of a finite "read" ("a placard held by X read “…”."); "reading “…”"
# stays a quotation: older gold counts a placard's words after it.
_SIGN_READ_FINITE = re.compile(r"\b(?:banners?|placards?|signs?|posters?|t-shirts?)\b[^.“”\"]{0,60}\b(?:reads?|asked|asking)\s+$",
                               re.IGNORECASE)
_SENTENCE_ENDS = re.compile(r"\s*[.!]?\s*(?:$|\n)|\s*\.\s")
# (after a noun's "to": "a plan to", "a bid to"; "vowed to “…”" is the vow's words)
_TO_BEFORE = re.compile(r"\b(?:plan|programme|program|bid|effort|drive|campaign|operation|attempt|move|order|"
                        r"push|exercise|scheme|policy|strategy)s?\s+to\s+$", re.IGNORECASE)
# (a thing kept, taken or left out of somewhere: "keep “politics” out of the classroom")
_KEEP_BEFORE = re.compile(r"\b(?:keep|keeps|kept|keeping|take|takes|took|taking|leave|leaves|left|leaving|get|gets|got|"
                          r"getting)\s+$", re.IGNORECASE)
_OUT_AFTER = re.compile(r"\s+(?:out\s+of|away\s+from|off|aside|at\s+the\s+door|outside)\b")
_LOWER_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|[a-z]+)\s")
_SLOGAN_BEFORE = re.compile(r"\b(?:slogans?|mottos?|catchphrases?|rallying\s+cry)\s+(?:of\s+)?$", re.IGNORECASE)
# The offences someone faces, each named by what is done: charges of “joining …” and “spreading …”.
_CHARGES_OF = re.compile(r"\b(?:charges?|counts?|accusations?)\s+(?:of|including|for)\s+(?:[“\"][^“”\"]{1,60}[”\"]"
                         r"\s*,?\s+(?:and|or)\s+)?$", re.IGNORECASE)
# A legal regime someone is held under: held under “residential surveillance …”.
_HELD_UNDER = re.compile(r"\b(?:held|placed|kept|put|detained|remain(?:s|ed)?)\s+under\s+$", re.IGNORECASE)
# The heading of a criminal code's article, in brackets after its number: Article 9 (“Insulting …”).
_ARTICLE_TITLE = re.compile(r"\b(?:article|section|paragraph|part)\s+\d+[\w.-]*(?:\s+of\s+(?:the\s+)?"
                            r"(?:[A-Z][\w-]*\s+){0,4}(?:code|law|act)\b)?\s*\(\s*$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:being|been|be|get|gets|got|getting|(?:was|were)\s+(?:later|then|allegedly|eventually))\s+$",
                             re.IGNORECASE)
# (a preposition just before a quoted word, and a plain noun of the same phrase just after it)
_PREP_BEFORE = re.compile(r"\b(?:of|about|on|against|with|for|from|by)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|nor|the|an?|to|that|which|who|whom|in|on|of|at|by|for|with|from|as|"
                         r"is|was|were|are|be|been|has|had|have|will|would|than|then|if|when|while)\b)[a-z]{3,}\b(?![’'-])")
_POSSESSION_OF = re.compile(r"\bin\s+(?:unlawful\s+|illegal\s+)?possession\s+of\s+$", re.IGNORECASE)

# "article 112, which punishes anyone who “…”": the wording of a law.
_LAW_WORDING = re.compile(
    r"\b(?:article|section|law|act|code|decree|statute|provision)\b[^.;“”\"]{0,80}\b(?:punish(?:es)?|"
    r"criminali[sz]es|prohibits|bans|forbids|penali[sz]es|applies\s+to)\s+(?:anyone|whoever|any\s+person|"
    r"those|people|a\s+person)\s+(?:who|that)\s+$"
    # "which criminalises acts deemed to “…”": the offence as the law words it
    r"|\b(?:criminali[sz]e[sd]?|punish(?:es|ed)?|prohibit(?:s|ed)?|outlaw(?:s|ed)?|bans?|banned)\s+(?:any\s+)?"
    r"(?:acts?|actions?|conduct|anything|activities|speech)\s+(?:deemed|considered|judged|found)\s+to\s+$",
    re.IGNORECASE)
# Cheap substring tests before the patterns below, which most spans cannot match.
_PUNISH_KEYS = ("punish", "crimin", "penali", "prohibit", "forbid", "outlaw")
_BORE_KEYS = ("word", "slogan", "legend", "inscription", "message")
_CHANT_KEYS = ("chant", "sang", "sing", "shout", "chorus")


def _has(s: str, keys: tuple[str, ...]) -> bool:
    return any(k in s for k in keys)


# A law named as punishing the quoted offence: "Article 9 of the Code, which punishes “…”", "the decree
# punishes the spreading of “…”".
_LAW_PUNISHES = re.compile(
    r"(?:\b(?:article|section|law|act|code|decree|statute|provision)\b[^.;“”\"]{0,80}?\b(?:which|that)\s+|"
    r"\b(?:article|section|law|act|code|decree|statute|provision)\s+)"
    r"(?:punish(?:es)?|criminali[sz]es|penali[sz]es|prohibits|forbids|outlaws)\s+"
    r"(?:the\s+(?:[a-z]+ing|spread|dissemination|publication|distribution)\s+of\s+)?"
    # (what the law punishes, described first: "which punishes acts deemed to cause “…”")
    r"(?:(?:acts?|conduct|speech|statements?|words|comments?|anyone|whoever|those|people)\s+(?:[a-z]+\s+){0,4}?"
    r"(?:to\s+)?[a-z]+(?:ing|s|e)\s+)?$",
    re.IGNORECASE)
# A court case's title: “<Party> v. <Party>”.
_CASE_TITLE = re.compile(r"^[A-Z\u00C0-\u024F][^“”\"]{0,160}?\s(?:v|vs)\.?\s+(?:the\s+)?[A-Z\u00C0-\u024F][\w’'-]*"
                         r"(?:\s+(?:of|the|and|[A-Z\u00C0-\u024F][\w’'-]*))*[,.]?$")
# Printed words a thing carries: "the shirts bore the words “…”".
_BORE_WORDS = re.compile(r"\b(?:bore|bears?|bearing|carried|carrying|printed\s+with|emblazoned\s+with)\s+"
                         r"(?:the\s+)?(?:words?|slogan|legend|inscription|message)\s*:?\s*$", re.IGNORECASE)
# A crowd's chant or song, right before its words: "protesters chanted “…”", "and sang “…”".
_CHANT_BEFORE = re.compile(r"\b(?:chant(?:ed|ing|s)?|sang|sing(?:ing|s)?|shout(?:ed|ing)|chorus(?:ed|ing))\s+"
                           r"(?:(?:the|a|their|an\s+old)\s+(?:refrain|chorus|song|anthem|chant|hymn)\s+)?$",
                           re.IGNORECASE)
# The text's translation after a comma: "“…”, we will not kneel, ...".
_GLOSS_COMMA = re.compile(r"^[”\"’']?\s*,\s*([a-z][^“”\".;:!?]{2,80})[.,;]")
_ENGLISH = frozenset("the a an is are was we you i our my to of and in on for it not they he she be".split())


def _foreign(text: str) -> bool:
    """Words with none of English's commonest words: another language's."""
    return not _ENGLISH.intersection(w.lower() for w in re.findall(r"[A-Za-z]+", text))


# The text's translation set off by a dash: "“…” — Standing, never kneeling —".
_GLOSS_DASH = re.compile(r"^\s*[—–]\s*[“\"‘']?[A-Za-z][^“”\"—–]{0,80}[—–]")
# The writer's question about a word: "what, exactly, is “…”?", "what counts as “…”?".
_WHAT_IS = re.compile(r"\b[Ww]hat(?:\s*,?\s*(?:exactly|then|precisely)\s*,?)?\s+(?:is|are|was|counts\s+as|makes)\s+"
                      r"(?:(?:a|an|the)\s+)?$")
_ASKED_AFTER = re.compile(r"^[,.]?\s*\?")
# A word in scare quotes inside the writer's own clause: after "a new", "the only", before a
# preposition that carries the clause on.
_SCARE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:new|only|so|alleged|supposed|latest|special)\s+$", re.IGNORECASE)
_SCARE_AFTER = re.compile(r"^\s+(?:at|against|on|in|for|from|to|with|by|of)\s")
_VAGUE_BEFORE = re.compile(r"\b(?:unspecified|undefined|unnamed|vague|alleged|supposed|so-called)\s+$", re.IGNORECASE)
_CAUSE_OF_DEATH = re.compile(r"\bcauses?\s+of\s+(?:his\s+|her\s+|their\s+)?death\s+(?:as|was|were|is)\s+(?:an?\s+)?$",
                             re.IGNORECASE)


# A term the sentence talks about: "the “anti-state” label", "the “foreign agent” tag".
_LABEL_AFTER = re.compile(r"^\s*(?:label|labels|tag|tags|term|slogan|designation|moniker|epithet|brand|nickname)\b"
                          # (the name a law goes by: the “foreign agents” law, the “fakes” article)
                          r"|^\s*(?:law|laws|article|provision|clause|decree|statute|bill)\b(?!\s+(?:of|that|which)\b)",
                          re.IGNORECASE)
# A crowd's demand for someone, in any language: “Justice for …”, “Justiça para …”, “Freedom for …”.
_DEMAND = re.compile(r"(?:Justice|Justiça|Justicia|Freedom|Liberdade|Libertad|Liberté|Liberty|Peace)\s+"
                     r"(?:for|para|pour|por|pa)\s")
_CROWD_BEFORE = re.compile(r"\b(?:chant\w*|shout\w*|sang|sing\w*|chorus\w*|banners?|placards?|signs?|posters?|slogans?|"
                           r"painted|t-shirts?|marched|cr(?:y|ies|ied|ying))\b[^.!?]{0,60}$", re.IGNORECASE)
# "“…” – the nickname of X", "“…”, the name by which X is known": the quoted words are a name.
_NAME_GLOSS = re.compile(r"^\s*(?:[—–-]|,)\s*(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:nickname|name|pseudonym|alias|"
                         r"nom\s+de\s+guerre|moniker)\s+(?:of|for|by|given|used)\b", re.IGNORECASE)
# "‘Tingog sang Banwa’, a Hiligaynon-language morning programme": what the words in marks are the title of
_WORK_GLOSS = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?:programme|program|show|series|podcast|newspaper|"
                         r"magazine|column|documentary|film|book|novel|song|album|blog|website|channel|newsletter)\b",
                         re.IGNORECASE)
# "‘red-tagging’, the practice of publicly labelling ...": a term the text defines
_TERM_GLOSS = re.compile(r"^\s*,\s*(?:the|a)\s+(?:practice|term|tactic|process|phenomenon|concept|label|euphemism)\s+"
                         r"(?:of|for|used)\b", re.IGNORECASE)
# "“…” about the army, the wording of Article 9 of the Code": the law's words, quoted as its wording.
_WORDING_AFTER = re.compile(r"^[^.;“”\"‘’]{0,60}?,\s*(?:the|its)\s+(?:exact\s+|legal\s+|official\s+)?(?:wording|language|terms?|"
                            r"formula|phrasing)\s+(?:of|used\s+in|in)\s+(?:the\s+)?(?:article|section|law|code|act|statute|"
                            r"decree|provision|charge|indictment)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
_LAW_NICK_AFTER = re.compile(r"^\s+(?:article|law|bill|clause|provision|decree|statute|amendment)s?\b")
_CLAUSE_AFTER = re.compile(r"^\s*,?\s*(?:that|which)\b")
_HEADING_BEFORE = re.compile(r"\b(?:titled|entitled|headlined)\s+(?:the\s+)?$", re.IGNORECASE)
_SPEECH_VERBS = frozenset(lexicon.SPEECH_VERBS)
_NOT_DONE_BY = frozenset({"to", "be", "been", "being", "the", "a", "an"})    # "the right to be told", "the proposed law" report nothing
_WORDS = re.compile(r"[A-Za-z]+")     # (capitalised words too, so an acronym stands between "the" and a verb)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“‘\"'])")


_OBSERVE = frozenset({"observe", "observes", "observed", "observing"})     # (a day is observed, not said)


def _speech_in_sentence(par: str, span: Span, besides: frozenset = frozenset()) -> bool:
    """Whether the sentence around a span holds a reporting verb outside quotation marks (other
    than those `besides`)."""
    lo = 0
    for m in _SENTENCE_END.finditer(par, 0, span.open_at):
        lo = m.end()
    m = _SENTENCE_END.search(par, span.after)
    hi = m.end() if m else len(par)
    outside = par[lo:span.open_at] + " " + par[span.after:hi]
    words = _WORDS.findall(outside)
    return any(w in _SPEECH_VERBS and w not in besides and (i == 0 or words[i - 1].lower() not in _NOT_DONE_BY)
               for i, w in enumerate(words))


def _mostly_title(text: str) -> bool:
    """A long heading: starts with a capital, and at most a fifth of its other words are
    lower case (a resolution "Viet Nam, notably the cases of ..."), with no full stop inside."""
    ws = [w.strip(":,;—–-\"'“”‘’()") for w in text.split()]
    ws = [w for w in ws if w]
    if not ws or not _TITLE_WORD.match(ws[0]) or len(ws) > 25 or re.search(r"[.!?;]\s", text):
        return False
    lower = [w for w in ws if not _TITLE_WORD.match(w) and w.lower() not in _MINOR_LONG]
    return len(lower) * 5 <= len(ws)


_DEEMED = re.compile(r"\bdeemed\s+(?:to\s+(?:be|spread|cause|incite|promote|contain|constitute)\s+)?$", re.IGNORECASE)
_QUESTION_APPOS = re.compile(r"\bquestions?\b[^.“”\"?!]{0,40},\s*$", re.IGNORECASE)
# "“…?” is still the question nobody has put to the police": the quoted question is the clause's subject
_QUESTION_SUBJECT = re.compile(r"^\s*(?:is|was|remains|became|becomes)\s+(?:still\s+)?(?:the|a|one|that)\s+"
                               r"(?:[\w’'-]+\s+){0,3}?questions?\b", re.IGNORECASE)
_QUESTION_PUT = re.compile(r"\b(?:the|a|one|this)\s+(?:obvious\s+|simple\s+|real\s+)?question\s+(?:is|remains|worth)\b"
                           r"[^.“”\"?!]{0,50}:\s*$", re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(r"^\s*,\s+[a-z]")
_HEADED = re.compile(r"\b(?:leaflets?|flyers?|fliers?|pamphlets?|handbills?|newsletters?|handouts?)\s+"
                     r"(?:headed|headlined|titled|entitled)\s+$", re.IGNORECASE)
_WORK_BEFORE = re.compile(r"\b(?:report|book|study|film|documentary|paper|survey|album|series|briefing|"
                          r"publication|investigation|campaign)"
                          # ("its mission report on Georgia, ‘…’": what the work is about, then its title)
                          r"(?:\s+(?:on|about|into)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
                          r"(?:\s+(?:published|released|issued|launched)(?:\s+[\w-]+){0,8}\s*,)?\s*,?\s*$",
                          re.IGNORECASE)
# Keyword tests before case-insensitive patterns of is_name: each pattern needs one of its words,
# so when none is in the folded text before a quotation (a pattern reading only its end sees
# a part of it), the pattern cannot match and is not run.
_LAW_WORDING_KEYS = ("punish", "criminali", "prohibit", "ban", "forbid", "penali", "applies", "outlaw")
_VERDICT_KEYS = ("guilty", "innocent", "acquitted", "convicted", "charge")
_CODE_ARTICLE_KEYS = ("article", "section")
_WORK_KEYS = ("report", "book", "study", "film", "documentary", "paper", "survey", "album", "series", "briefing",
              "publication", "investigation", "campaign")
# (before is at most 80 characters, so `low` holds every slice of it these patterns read)
# A sign's lettering in capitals ("WHERE IS MY SON? TELL US"): never speech, whatever its pronouns
_LETTERING = re.compile(r"[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*").fullmatch
# Words written by hand on something held up: "had written on them in marker:", "in chalk:"
_WRITTEN_IN = re.compile(r"\b(?:wrote|written|scrawled|lettered)\b[^.“”\"]{0,40}\bin\s+(?:(?:red|black|white|blue|thick|"
                         r"felt)\s+)?(?:markers?|chalk|paint|felt-tip|capitals|capital\s+letters|block\s+letters)\b"
                         r"[^.“”\"]{0,30}:\s*$", re.IGNORECASE)
_INK_KEYS = ("marker", "chalk", "paint", "felt", "capital", "letters")   # _WRITTEN_IN
# "a board with the words “…” — …": a sign's words, the translation after them
_WITH_WORDS = re.compile(r"\bwith\s+the\s+words\s+$")
_SIGN_KEYS = ("banner", "placard", "sign", "poster", "graffiti", "t-shirt")   # _SIGN_READ*, _GLOSS_OF_SIGN
_PAINT_KEYS = ("painted", "sprayed", "scrawled", "daubed", "stencilled", "stenciled")     # _PAINTED
_HEADED_KEYS = ("headed", "headlined", "titled")        # _HEADED ("entitled" holds "titled")
# _LAW_TITLE_END is case-sensitive: it needs one of these words in the quotation itself
_LAW_NOUN_KEYS = ("Act", "Law", "Bill", "Code", "Decree", "Ordinance", "Statute", "Amendment", "Regulation")
_EVENT_KEYS = ("forum", "seminar", "conference", "panel", "symposium", "webinar", "workshop", "lecture", "debate",
               "festival", "summit", "exhibition", "round")
_WORK_BEFORE_TITLED = re.compile(r"\b(?:report|book|study|film|documentary|paper|survey|album|series|"
                                 r"briefing|publication|investigation|article|story|column|editorial|song|"
                                 r"play|exhibition|podcast)\s+(?:titled|entitled|headlined)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
# An event named by its title: "a campus forum on “…”", "a seminar titled …" (titled: _NAMING).
_EVENT_BEFORE = re.compile(r"\b(?:forum|seminar|conference|panel|symposium|webinar|workshop|lecture|debate|festival|"
                           r"summit|exhibition|round\s*table)\s+(?:on|about|called|themed)\s+$", re.IGNORECASE)
# A legal term set against its definition: "any “hostile act” as defined in the law".
_AS_DEFINED_AFTER = re.compile(r"^\s*,?\s*(?:as\s+(?:defined|understood|described|set\s+out)\s+(?:in|by|under)|"
                               r"within\s+the\s+meaning\s+of)\b", re.IGNORECASE)
# A bill or law named by its title ("the draft “… Act”"): Title Case ending on the instrument's noun.
_LAW_TITLE_END = re.compile(r"\b(?:Act|Law|Bill|Code|Decree|Ordinance|Statute|Amendment|Regulations?)"
                            r"(?:\s+(?:of\s+)?\d{4})?[\s,.]*$|^(?:Act|Law|Bill|Decree)\s+(?:on|for|to)\s")
_ON_TITLE = re.compile(r"(?:On|About|Concerning|Regarding)\s+(?:the\s+)?[A-Z]")
_LAW_NOUN_BEFORE = re.compile(r"\b(?:law|act|decree|code|resolution|regulations?|order|bill|edict)\s+$", re.IGNORECASE)
_LAW_TITLE_BEFORE = re.compile(r"\b(?:the|a|draft|proposed|new|amended|so-called)\s+$", re.IGNORECASE)
_MINOR_LONG = _MINOR | {"from", "into", "through", "under", "over", "as", "is", "are", "vs", "versus"}


def is_title(text: str, long_ok: bool = False) -> bool:
    """A name or title in quotation marks (“Everything But Arms”), not reported words.
    long_ok: a work's title after "titled" may be long and hold a subtitle after a colon."""
    ws = text.strip(" ,.;:").split()
    if long_ok:
        ws = [w.strip(":,—–-") for w in ws if w.strip(":,—–-")]
        return 0 < len(ws) <= 20 and bool(_TITLE_WORD.match(ws[0])) and \
            all(_TITLE_WORD.match(w) or w.lower() in _MINOR_LONG for w in ws) and \
            not re.search(r"[!?;]", text)
    if not ws or len(ws) > 7 or re.search(r"[.!?;:,]", text.strip(" ,.;:")):
        return False
    if not _TITLE_WORD.match(ws[0]):
        return False
    return all(_TITLE_WORD.match(w) or w.lower() in _MINOR for w in ws)
