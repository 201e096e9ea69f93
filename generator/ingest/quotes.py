"""Quotes and their speakers.

A speaker is given only when the text settles it: an attribution next to the quote
("…,” X said / said X / according to X), a reporting verb whose subject is a named
actor, a pronoun or description that points at exactly one person, a document whose
author the article names ("his post said"), a split quotation or a quotation that
runs on over paragraphs. Anything less leaves the speaker empty: a wrong speaker is
far worse than none.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from generator.extraction import Quote
from generator.ingest import lexicon
from generator.ingest.actors import BODY_KIND_AFTER_NAME, FIRM_IN_COMMAS, ActorIndex, Occurrence
from generator.ingest.clean import AFTER_THE_PROGRAMME, CLOCK_TIME, Interview
from generator.ingest.marks import Span, find_spans, is_name, nested_speech
from generator.ingest.text import Lazy, Sentence, folded, has_any, has_word, sentences

_V = lexicon.SPEECH_VERB_RE + r"|went\s+on(?=\s*[,.:;!?])"     # ("“…,” he went on. “…”")
_P = lexicon.PARTICIPLE_RE
_DOC = lexicon.alternation(sorted(lexicon.DOCUMENT_NOUNS, key=lexicon.by_length))
_MONTH = "|".join(m.capitalize() for m in lexicon.MONTHS)
_DAY = "|".join(d.capitalize() for d in lexicon.WEEKDAYS)
# Words that may stand between a subject and its verb: auxiliaries, adverbs, time phrases.
_ADV = (
    rf"(?:also|then|later|further|earlier|previously|again|recently|repeatedly|often|"
    rf"reportedly|publicly|indirectly|directly|once|still|already|firmly|strongly|itself|themselves|"
    # (manner: "“…,” she finally said", "he quietly added")
    rf"finally|eventually|quietly|softly|simply|flatly|bluntly|calmly|angrily|tearfully|slowly|just|"
    rf"quickly|immediately|promptly|swiftly|briefly|sharply|openly|privately|separately|subsequently|"
    rf"initially|emphatically|jokingly|proudly|defiantly|"
    rf"had|has|have|was|were|is|are|would|will|could|did|does|do|not|never|"
    rf"on\s+(?:{_DAY})|on\s+(?:{_MONTH})\s+\d{{1,2}}|(?:last|this|next)\s+(?:week|month|year|{_DAY})|"
    rf"earlier\s+this\s+(?:week|month|year)|in\s+(?:early\s+|late\s+|mid-)?(?:{_MONTH}|\d{{4}})(?:\s+\d{{4}})?|"
    rf"in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|by\s+phone|in\s+a\s+(?:statement|speech|post|letter|"
    rf"interview)|on\s+(?:Facebook|Twitter|Telegram|X)|yesterday|today|"
    # ("X has in previous years described", "has in the past said")
    rf"in\s+(?:the\s+past|previous\s+years|recent\s+(?:years|months|weeks|days)|"
    rf"(?:the\s+)?(?:last|past)\s+(?:(?:few|two|three|several)\s+)?(?:years?|months?|weeks?|days?)))"
)
_GAP = re.compile(
    rf"^(?:[’'][sS]?)?[”\"»]?\)?\s*(?:\([^()“”]{{1,40}}\)\s*)?(?:,\s*\d{{1,3}}(?=\s*,))?"     # ("X, 22, who drives a taxi, wrote")
    # (a body's name may close its own quotation marks: "“Mangystau Servis” said")
    rf"(?:,\s*(?!including|such as|like|and|or)[^,;“”]{{2,160}}?\s*,\s*"
    # ("X, who teaches at a madrasa, or religious school, in Y, said": a who-clause with its own commas)
    rf"|,\s*(?:who|which)\s(?:[^;“”.]|“[^“”]{{1,60}}”){{2,200}}?,\s*"     # (a title in marks inside it: “The Road In”)
    # ("The X Campaign, a coalition of rights groups, trade unions and businesses, said": a list inside)
    rf"|,\s*(?:a|an)\s[^,;“”.]{{2,80}},\s[^;“”.]{{2,120}}?(?<!,)\sand\s[^,;“”.]{{2,60}},\s*"
    # ("X, a staff attorney with the Y Fund, which represented tribes in that case, told": the
    # role, then a clause on the body it names)
    rf"|,\s*(?:a|an|the)\s[^,;“”.]{{2,100}},\s*(?:which|whose)\s[^,;“”.]{{2,120}},\s*"
    # ("X, a carer from Ballinasloe, Co Galway, told": the place, then its county or country)
    rf"|,\s*(?:a|an)\s[^,;“”.]{{2,100}}?\s(?:from|in|near|of|at)\s[A-Z][^,;“”.]{{1,40}}?,\s*"
    rf"(?:Co\.?\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}}\s*,\s*)?"
    # ("CTU organiser X – who is Y's cousin – told": a who-clause between dashes)
    rf"(?:\s*[–—]\s*who\s[^–—;“”]{{2,120}}?\s*[–—]\s*)?"
    # ("X, from Baucau municipality, who was treated at the hospital, said": a second aside)
    rf"(?:who\s[^;“”.]{{2,200}}?,\s*)?"
    # ("Mr X, the MCE, in a post on his Facebook page on Tuesday, said": a second aside, where or when)
    rf"(?:(?:in|on|at|during|after|through|via)\s[^,;“”.]{{2,100}}?,\s*)?"
    # ("The Ministry of X, Y and Z, for its part, said": an aside after the name's own list)
    rf"(?:(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|meanwhile|however)\s*,\s*)?"
    rf"(?:{_ADV}\s+)*$"
)
_PRONOUN = re.compile(r"^(?:he|she|it|they|we|i)$", re.IGNORECASE)
_AGE_ANY = re.compile(r"\d-year-old|,\s*(?:aged\s+)?\d{1,3}\s*[,.;)]").search
_AGE_NP = re.compile(r"^the\s+(?P<age>\d{1,3})-year-old(?:\s+[a-z-]+){0,2}$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*,\s*(?:aged\s+)?(?P<age>\d{1,3})\s*[,.;)]")
_AGE_BEFORE = re.compile(r"(?P<age>\d{1,3})-year-old\s+(?:[a-z-]+\s+){0,3}$")


# "X, a Green League (GL) councillor on the town board, said": the role in commas after a name, past
# the party's or body's initials in brackets
_BRACKETED_ROLE = re.compile(r",\s+(?:a|an)\s+(?P<role>[^,;:“”\"§()]{2,60}\([A-Z][\w.-]{1,9}\)[^,;:“”\"§()]{0,60}?)\s*,")


def _note_bracketed_roles(st: _State, par: str, occs) -> None:
    """"the GL councillor" later in the text is the person named with that role."""
    for o in occs:
        if o.type == "person" and o.key and (m := _BRACKETED_ROLE.match(par, o.end)):
            st.roles.setdefault(o.key, []).append(m.group("role").lower())


# "X of the Green League (GL) countered:": the body's name, its initials and the verb that
# hands over the words
_BODY_THEN_VERB = re.compile(rf"(?:\s*\([A-Z][\w.-]{{1,9}}\))?\s*,?\s+(?:{_ADV}\s+)*(?:{_V})\b[^“”\"§.;]{{0,60}}[:,]?\s*$")
_OF_THE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _member_of_body(par: str, lo: int, q: _Q, occs) -> None:
    """A body given as the speaker where the clause names one of its members before it: "X of
    the Green League (GL) countered: “…”": the member speaks, not the body."""
    for o in occs:
        if o.key == q.speaker and lo <= o.start and o.end <= q.span.open_at \
                and _BODY_THEN_VERB.match(par, o.end, q.span.open_at):
            p = next((p for p in occs if p.type == "person" and p.key and lo <= p.start
                      and (g := _OF_THE.match(par, p.end)) and g.end() == o.start), None)
            if p is not None:
                q.speaker, q.explicit, q.cue = p.key, True, f"{p.form} of {o.form} (a member speaks, not the body)"
            return


def _note_ages(st: _State, par: str, occs) -> None:
    """"Anna Vell, 34," and "34-year-old Anna Vell": ages that "the 34-year-old" points back to."""
    for o in occs:
        if o.type != "person" or not o.key:
            continue
        m = _AGE_AFTER.match(par, o.end) or _AGE_BEFORE.search(par, max(0, o.start - 50), o.start)
        if m and (m.re is _AGE_AFTER or m.end() == o.start):
            st.ages.setdefault(int(m.group("age")), set()).add(o.key)


_DOC_FROM = re.compile(rf"^(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_DOC})\s+(?:(?:issued|signed|released|sent|"
                       rf"published|filed)\s+)?(?:from|by|of)\s+(?:the\s+)?", re.IGNORECASE)
_DOC_NP = re.compile(rf"^(?P<det>his|her|its|their|the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<doc>{_DOC})$",
                     re.IGNORECASE)
_DESC_NP = re.compile(r"^(?:the)\s+(?P<mods>(?:[\w’'-]+\s+){0,3}?)(?P<head>[a-z][\w-]*)$", re.IGNORECASE)
# Lowercase words that may stand inside a capitalised subject: "Justice spokesperson X",
# "CPJ’s Southeast Asia representative X".
# (the words before a role noun that still belong to the role: "deputy interior minister X")
_ROLE_MODIFIERS = frozenset({
    "regional", "senior", "deputy", "national", "provincial", "general", "former", "acting", "chief",
    "executive", "ministry", "party", "police", "army", "military", "court", "government", "embassy",
    "union", "group", "rights", "opposition", "ruling", "agency", "department", "office", "commission",
    "council", "media", "press", "communications", "public", "affairs", "information", "foreign",
    "first", "second", "third",
    # ("presiding judge X told", "lead prosecutor Y said": the bench's or the case's role)
    "presiding", "lead", "trial", "appeals", "assistant", "associate", "veteran"}
    # ("deputy interior minister X told": the portfolio in lower case)
    | (lexicon.PORTFOLIO_WORDS - {"and", "the", "of", "for"}))
_ROLE_WORD = lexicon.alternation(sorted(lexicon.ROLE_NOUNS | _ROLE_MODIFIERS | {
    # ("the group's legal officer X", "Amnesty's campaigns director Y")
    "legal", "programme", "program", "advocacy", "campaign", "campaigns", "research", "policy", "field",
    "country", "project", "branch", "local", "state", "district", "city", "county", "municipal"},
    key=lexicon.by_length))
# "a spokesperson for the bureau": the body the text has just named speaks through its staff.
_REP_OF_ORG = r"(?:a|an|the)\s+(?:spokes(?:person|man|woman)|representative|official)\s+(?:for|of|from|at)\s+the\s+[a-z]+"
_REP_OF_ORG_NP = re.compile(rf"^{_REP_OF_ORG.replace('[a-z]+', '(?P<head>[a-z]+)')}$", re.IGNORECASE)
# "a Foreign Ministry spokesperson said": an unnamed spokesperson of the body named just before.
_ORG_REP_GAP = re.compile(r"\s+spokes(?:person|man|woman)\s*"
                          # (an aside on when: ", asked about the case at a briefing in X,")
                          # (or on how: ", in a statement issued late on Friday,")
                          r"(?:,\s*(?:asked|speaking|contacted|questioned|in\s+an?\s+(?:[\w-]+\s+)?(?:statement|reply|"
                          r"response|post|letter|release))\b[^,;:“”\"§]{1,100},\s*)?"
                          r"(?:(?:also|later|then)\s+)?$")
_A_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Oo]ne)\s+$")
_BARE_REP = re.compile(r"^(?:a|an|the)\s+spokes(?:person|man|woman)$", re.IGNORECASE)
_NP_TAIL = (
    rf"(?P<np>{_REP_OF_ORG}|(?:a|an)\s+spokes(?:person|man|woman)|(?:he|she|it|they|we|I|police|counsel)|(?:(?:his|her|its|their|the)\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)"
    rf"|(?:(?:[A-Z][\w’'.-]*|(?:{_ROLE_WORD})(?:-[a-z]+)?)\s+){{0,6}}[A-Z][\w’'.-]*)"
)
# (the body's acronym may follow it in brackets: "“…,” the Metro Rail Corporation (DMRC) said")
# (a who-clause may follow the name: "“…,” lawyer X, who represented the workers, told Ahram Online")
# (what may stand between a name after the quotation and its verb: a who-clause, adverbs)
_WHO_THEN_VERB = rf"(?:\s*,\s+who\s[^,;“”\"]{{2,160}},)?\s+(?:{_ADV}\s+)*(?P<verb>{_V})\b"
_POST_NP_FIRST = re.compile(rf"^[\s,;:—–-]*{_NP_TAIL}(?:\s+\([A-Z][A-Za-z&.-]{{1,11}}\))?" + _WHO_THEN_VERB)
# "“…,” a spokesman for the Ministry of X said" (rep), "“…,” an MOM spokeswoman told": the lead-in before
# a body's name, then what follows it up to the verb
_POST_REP_LEAD = re.compile(r"^[\s,;:—–-]*(?:(?P<rep>(?:a|an|one|the)\s+(?:spokes(?:person|man|woman)|representative|"
                            r"official|statement)\s+(?:for|of|from|at|by)\s+(?:the\s+)?)|(?:a|an|the)\s+)")
_POST_REP_VERB = re.compile(r"(?:\s+\([A-Z][A-Za-z&.-]{1,11}\))?" + _WHO_THEN_VERB)
_POST_BODY_REP_VERB = re.compile(r"\s+spokes(?:person|man|woman)" + _WHO_THEN_VERB)
# "“…,” the judge held": a bench's verb for what its judgment says, only after the words
_POST_BENCH_HELD = re.compile(r"^[\s,;:—–-]*(?P<np>the\s+(?:(?:trial|presiding|high\s+court|appeals?)\s+)?(?:judge|court|"
                              r"magistrate|justice|tribunal|bench|panel|judges|justices))\s+(?P<verb>held|holds|found)\b")
# "“…,” she was quoted by the state news agency as saying": her words, the agency relays them
_POST_QUOTED_AS = re.compile(rf"^[\s,;:—–-]*{_NP_TAIL}\s+(?P<verb>(?:was|were|is|are|has\s+been)\s+quoted)\s+"
                             r"(?:[^“”\".;:]{0,80}?\s)?as\s+(?:saying|telling|writing)\b")
_POST_VERB_FIRST = re.compile(
    rf"^[\s,;:—–-]*(?P<verb>{_V})\s+(?P<np>(?:(?:Hon|Dr|Prof|Rev|Revd)\.\s+)?[^,.;:“”\"?!—]{{1,80}}?)"
    rf"(?=\s*(?:[,.;:—?!]|$|\s(?:who|which|adding|saying|according|in\s+a|on\s+[A-Z])\b))"
)
# "his wife, X," / "X's lawyer, Y,": _named_in_apposition checks the role and the name.
_POST_ROLE_APPOS = re.compile(
    r"^[\s,;:—–-]*(?P<np>(?:(?:his|her|their|its|the)\s+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}[’']s\s+)"
    r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=\s*,)")
# "“…,” Apindo deputy chairman for manpower affairs, X, said", "“…,” the ministry's Director General of
# Industrial Relations, X, said": a longer role, its remit after it, then the name in commas and the verb
_POST_LONG_ROLE = re.compile(
    r"^[\s,;:—–-]*(?P<np>(?:(?:his|her|their|its|the)\s+|(?-i:[A-Z])[\w’'&-]*(?:\s+(?-i:[A-Z])[\w’'&-]*){0,3}(?:[’']s)?\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?P<role>" + "|".join(sorted(lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS, key=lexicon.by_length))
    + r")(?:\s+(?:for|of|in|at|on)\s+(?:the\s+)?[\w’'&-]+(?:\s+[\w’'&-]+){0,7}?)?)(?=\s*,)", re.IGNORECASE)
# "“…,” X, the group’s programme coordinator, told": a name, its apposition, then the verb.
_NAME_APPOS_VERB = re.compile(rf"\s*,\s*(?:\d{{1,3}}\s*,\s*)?[^,;:“”\"§]{{2,120}}?\s*,\s*(?:{_ADV}\s+)*(?P<verb>{_V})\b")
_NAME_OF_BODY_VERB = re.compile(rf"\s+(?:of|from)\s+(?:the\s+)?(?P<body>[A-Z][\w’'.&-]*(?:\s+(?:of\s+|and\s+|for\s+)?"
                                rf"[A-Z][\w’'.&-]*){{0,6}})\s+(?:{_ADV}\s+)*(?P<verb>{_V})\b")
_NAMED_VERB = re.compile(rf"\s+(?:{_ADV}\s+)*(?P<verb>{_V})\b")
_APPOS_COMMA = re.compile(r"(?:\s*,\s*\d{1,3})?\s*,\s*(?:(?:also|later|then|again)\s+)?")
_POST_ACCORDING = re.compile(
    r"^[\s,;—–-]*according\s+to\s+(?P<np>[^,.;:“”\"?!—()]{1,80}?)\s*(?:\([A-Z][\w-]*\))?\s*(?=[,.;:—?!]|$)",
    re.IGNORECASE)
_PARTICIPLE_CLAUSE = Lazy(rf",\s*(?:{_P})\b[^,;§“”\"]{{0,100}}$", re.IGNORECASE)
_ACCORDING = re.compile(rf"according\s+to\s+(?P<np>[^,;:“”\"]{{1,80}}?)\s*,?\s*$", re.IGNORECASE)
# ("saying that it “…”": the body's words about itself)
_PARTICIPLE_END = re.compile(rf"\b(?:{_P})(?:\s+(?:that|how|it)|\s+that\s+it)?[\s,:]*$", re.IGNORECASE)


def _participle_end(pre: str) -> re.Match | None:
    """_PARTICIPLE_END in the last 60 characters; every participle ends in "ing"."""
    tail = pre[-60:]
    low = folded(tail)
    return _PARTICIPLE_END.search(tail) if low is None or "ing" in low else None


# (never the second half of a compound: "so-called", "self-described")
_VERB_ANY = re.compile(rf"(?<![\w-])(?P<verb>{_V})\b")
# a span of time after its count ("Two months", "18 days", "Three more weeks"): it opens a sentence
_SPAN_OF_TIME = r"(?:[ -][a-z]+)?\s+(?:hours|days|weeks|months|years|decades)\s+"
_INTRO = re.compile(
    r"^(?:In|During|Every|Each|Further|Farther|Down|Up|Back|Nearby|Along|Next|On|At|After|Before|Since|Regarding|With regard to|Addressing|Back in|"
    r"Meanwhile|Instead|However|Despite|Following|Speaking|Asked|As|When|While|Amid|Last|"
    r"Earlier|Later|Separately|Still|Yet|But|And|So|Under|Over|From|Through|Throughout|"
    r"Within|Without|Like|Unlike|Responding|Commenting|Writing|Also|Now|Then|For|Hours|Days|"
    r"Weeks|Months|Years|Outside|Inside|Near|Across|Around|Behind|Beyond|Elsewhere|Today|Yesterday)\b"
    # "Presenting the report, X told ...", "Reached by phone, X said": an opening participle's phrase
    r"|^[A-Z][a-z]{2,}ing\s+(?:the|a|an|his|her|its|their|this|that|these|those|to|on|at|in|for|with|about|from|"
    r"outside|after|before|over|reporters|journalists|lawmakers)\s"
    r"|^[A-Z][a-z]{2,}ed\s+(?:by|in|with|on|at|from|for|about|after)\s"
    r"|^[A-Z][a-z]{3,}ing(?=,)"      # a participle alone: "Reacting, the commissioner said"
    # ("Nineteen months later, X has received ...", "Two weeks after the raid, ...")
    r"|^(?:[A-Z][a-z]+|\d+)" + _SPAN_OF_TIME + r"(?:later|earlier|after|before|ago|on)\b"
)
_PREFIX_WORD = re.compile(r"[\w’'.-]+")
_POSS_REL = re.compile(r"\b(his|her)\s+[a-z-]+\s+$", re.IGNORECASE)
_SUB_CLAUSE = re.compile(r"(?:(?:before|after|when|while|as|since|until|once|though|although)\s[^,;:§“”\"]{1,120}?"
                         # (or what the opening phrase's object is called: "Presenting the report,
                         # titled “…”, the chairperson told ...")
                         r"|(?:titled|entitled|called|dubbed|named)\s+(?:[“\"][^“”\"]{1,120}[”\"]|§{2,122}|[^,;:§“”\"]{1,60}?)"
                         # ("In its ruling, a copy of which was seen by X, the appeals court rejected")
                         r"|(?:a\s+copy|copies|parts?|excerpts?)\s+of\s+which\s[^,;:§“”\"]{1,100}?),\s+"
                         r"(?=[A-Z]|the\s|a\s|an\s)")
_PRE_PREP = re.compile(
    r"\b(?:including|such as|like|and|or|of|for|with|to|by|against|from|on|at|in|about|over|than|"
    r"between|among|into|toward|towards|that|whom|whose|which)\s+(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)
# The ASCII start of each document noun: a sentence holding none of them names no document.
_DOC_KEYS = tuple(sorted({re.match(r"[\x00-\x7f]*", d.split()[-1]).group() for d in lexicon.DOCUMENT_NOUNS}))
# (and a transcript's turn: "[02:10] REPORTER (Name): " or "HOST: " before the sentence proper)
_LEAD = re.compile(r"^[\s“‘\"(]*(?:(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2}"
                   r"(?:\s*\([^()]{1,60}\))?:\s+)?")
_DOC_OWNER_POSS = re.compile(rf"(?:[’']s)\s+(?:[\w-]+\s+){{0,2}}?(?P<doc>{_DOC})\b", re.IGNORECASE)
_DOC_AFTER_ACTOR = re.compile(rf"^\s+(?P<doc>{_DOC})\b", re.IGNORECASE)
_DOC_IN = re.compile(rf"\b(?:in|through|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
                     rf"(?P<doc>{_DOC})\b", re.IGNORECASE)
_DOC_BROUGHT_BY = re.compile(rf"\b(?P<doc>{_DOC})\s+(?:(?:was|had\s+been|were)\s+)?(?:brought|filed|lodged|submitted|"
                             rf"initiated)\s+(?:[^,;“”\"]{{0,40}}?\s)?by\s+(?:the\s+)?", re.IGNORECASE)
# lower-case role words (and "and") between "by" and the name: "by former MP and businessman X"
_ROLE_WORDS_ONLY = re.compile(r"(?:[a-z][\w-]*\s+|MP\s+|MPs\s+)*")
_DOC_OBJECT = re.compile(
    rf"^\s+(?:{_ADV}\s+)*(?:adopted|issued|released|published|sent|wrote|posted|signed|delivered|"
    rf"passed|gave|made)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<doc>{_DOC})\b",
    re.IGNORECASE,
)


_NP_BEFORE_VERB = re.compile(
    rf"(?:^|[\s,;(—–])(?P<np>(?i:he|she|it|they|we|I)|[Aa]n?\s+spokes(?:person|man|woman)|"
    rf"[Tt]he\s+[a-z]+\s+in\s+charge\s+of\s+(?:the\s+)?[a-z-]+(?:\s+(?:and\s+)?[a-z-]+)?|(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he)\s+"
    rf"(?:[\w’'.-]+\s+){{0,3}}?[\w’'-]+)\s+(?:{_ADV}\s+)*$")     # ("the U.S. Embassy in X")
# "X said ... but believed": "but" joins a second verb of the same subject just as "and" does.
_SAID_THEN_PRONOUN = re.compile(rf"\s(?:{_V})\s+(?:that\s+)?(?P<p>he|she)$")
_NOUN_THEN_PRONOUN = re.compile(r"^(?:the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*\s+(?P<p>he|she)$",
                                re.IGNORECASE)
_OBJ_PREP_END = re.compile(r"\s(?:of|for|from|in|on|at|by|with|about|against|between|among|into|than)\s+$")
_AND_BEFORE_VERB = re.compile(rf"(?:^|[\s,])(?:and|but)\s+(?:{_ADV}\s+)*$")
# "X's delegation to Y said", "X's annual report, released in August, noted": X speaks.
_INSTITUTION_TAIL = Lazy(
    # "Amnesty International's Nigeria office", "X's regional office": the body still speaks
    rf"[’']s?\s+(?:(?:(?:[A-Z][\w.-]*|regional|country|national|local|field|permanent)\s+){{0,3}}?"
    rf"(?:delegation|mission|embassy|office|secretariat|government|ministry|(?:diplomatic|press|foreign)\s+service)"
    rf"(?:\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
    rf"|(?:[\w-]+\s+){{0,3}}?(?:{_DOC})(?:\s*,[^,;“”§]{{1,60}},)?)\s+(?:{_ADV}\s+)*")
_MODIFIER_OF_ROLE = re.compile(
    r"^(?:[’'][sS]?)?(?P<acr>(?:\s+\([A-Z][\w.-]*\))?)\s+(?:(?:[a-z-]+\s+){0,2}(?:" + lexicon.alternation(sorted(lexicon.ROLE_NOUNS))
    + r")|(?:MP|MPs|MLA|MPA|MNA|MCA|MK|MEP|MSP|MPP)"       # ("A Partnership for National Unity (APNU) MP X")
    # (or a capitalised title: "PFUJ Secretary-General X", "NHRC Chairperson X")
    + r"|(?:[A-Z][a-z-]+\s+){0,2}(?:" + "|".join(sorted({"-".join(x.capitalize() for x in w.split("-"))
                                                          for w in lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS
                                                          if w.replace("-", "").isalpha()}, key=lexicon.by_length))
    + r")(?=\s+[A-Z]))\b")
# (lower case after an opening phrase: "Speaking to reporters after the verdict, the petitioner said")
_LEADING_NP = re.compile(r"(?P<np>(?:[Hh]e|[Ss]he|It|They)|(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                         # (an aside in commas may follow it: "The judge, however, noted")
                         r"(?=\s+(?:" + _ADV + r"\s+)*[a-z]|,\s+(?:however|meanwhile|though|too|also|in turn|"
                         r"for (?:her|his|its|their) part),\s+[a-z])")
_REPORTED_TAIL = re.compile(
    # (", her colleague X told Reuters.": a relation or role before the name, the outlet after)
    rf"(?:,\s*(?:(?:his|her|their|its)\s+[a-z-]+\s+)?(?P<a>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?:{_V})"
    rf"(?:\s+(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|reporters|journalists))?|"
    rf"according\s+to\s+(?:(?:his|her|their|the|a|an)\s+[\w-]+(?:\s+[\w-]+)?,\s+)?"
    rf"(?P<b>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*))\s*\.?\s*$")


_TO_END = re.compile(r"\bto\s+$")
# The words someone is punished or blamed for: "convicted ... for saying on air that ...".
_FOR_SAYING = re.compile(r"\b((?:for|over)\s+(?:saying|telling|writing|posting|stating|claiming))\b[^§.;:!?]*$")
# A verb of breaking in, then the speech it is for: "interrupted to ask", "rose to say".
# ("Keller went on to say that ... was “…”": the speaker goes on in her own words)
_PURPOSE_SPEECH = re.compile(r"(?<![\w-])(?:interrupted|intervened|interjected|rose|stood\s+up|stepped\s+in|broke\s+in|"
                             r"cut\s+in|went\s+on|goes\s+on|proceeded)\s+to\s+(?P<verb>ask|say|tell|note|remark|add|demand|inquire|"
                             r"enquire|describe|call|warn|argue|insist)\b")
# "X is asking the court to “…”": a speech verb's participle after its auxiliary (the same words as
# "..., adding that")
_PROGRESSIVE_SPEECH = re.compile(rf"(?<![\w-])(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?(?P<verb>{_P})\b")
# "his insistence that the transfer had been “…”": the words of the one the possessive names
_OWNED_CLAIM = re.compile(r"\b(?P<det>his|her)\s+(?:own\s+)?(?P<noun>insistence|claims?|assertions?|contention|argument|"
                          r"suggestion|description|characteri[sz]ation|explanation|testimony|evidence|denials?)\s+"
                          r"(?:that|of\s+(?:it|them|the\s+\w+)\s+as)\s+[^§.;:!?]{0,160}$")
# "X had been called “to record a statement”": someone else's act, no speech of X's.
_PASSIVE_END = re.compile(r"\b(?:be|been|being|was|were)\s+$")
# "Khulna's returning officer, X, said", "Its representative, first secretary X, said", "The
# special rapporteur on ... in Y, X, said": the name closes an apposition to a role that opens
# the sentence.
# (the person's party in brackets before the comma: "X (SPLM), said")
# "X – no relation to the minister – said": an aside in dashes between the name and its verb
# "The village pulenu'u, X Y Z, had told": a description the lexicon lacks, then the full name in commas
_DET_NP_COMMA = re.compile(r"[\s“‘\"(]*(?:The|Its|His|Her|Their)\s+(?:[\w’'./-]+\s+){0,4}?[\w’'./-]+\s*,\s*")
_DASH_ASIDE_GAP = re.compile(r"^\s*[–—]\s+[^–—“”\"§]{2,60}?\s+[–—]\s*$")
_CLOSING_COMMA = Lazy(rf"^(?:[’'][sS]?)?(?:\s*\([A-Z][\w./-]{{1,9}}(?:\s[\w./-]{{1,9}})?\))?\s*,\s*(?:{_ADV}\s+)*$")
# "The licensee, Rimbun Jaya Timber Sdn Bhd, said": what a body is in the matter, then its name
_BODY_APPOS_OPEN = Lazy(r"[\s“‘\"(]*(?:[Tt]he|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}?(?:company|firm|licensee|licence\s+holder|"
                        r"operator|contractor|developer|employer|owner|concessionaire|provider|investor|buyer|"
                        r"supplier|insurer|lender|bank|plaintiff|defendant|respondent|applicant|petitioner|"
                        r"claimant|complainant|appellant|publisher|broadcaster|manufacturer|builder)\s*,\s*")
_APPOS_OPEN = Lazy(
    # (after an opening time phrase: "But on Friday, a deputy head of its press office, X, told")
    r"^[\s“‘\"(]*(?:(?:but|and|yet)\s+)?(?:(?:however|meanwhile|separately|instead|nevertheless|moreover|likewise|"
    r"similarly|later|earlier|afterwards|then),\s+(?:(?:on|in|at|during|after|before)\s+[^,;“”\"§]{1,60},\s+)?"
    r"|(?:on|in|at|late|early|earlier|later|during|after|before)\s+[^,;“”\"§]{1,60},\s+"
    r"|(?:when|once|while|as|if)\s+[^,;“”\"§]{1,60},\s+"      # ("When contacted by Eye Radio, ...")
    # ("Two months later, the town's mayor, X, has said", "Three days after the raid, ...")
    r"|(?:[a-z]+|\d+)" + _SPAN_OF_TIME + r"(?:later|earlier|on|after\s+[^,;“”\"§]{1,60}),\s+"
    r"|[A-Z][a-z]{3,}ing,\s+"     # ("On a prime-time talk show last month, ...", "Reacting, ...")
    # ("Reached by telephone, ...", "Arguing the application before Justice X on Wednesday, ...": a
    # participle's phrase)
    r"|(?-i:[A-Z])[a-z]{2,}(?:ing|ed)\s+[^,;“”\"§]{1,80},\s+"
    # (a clause of its own after a comma and "and": "The union held protests, and its secretary
    # general, X, has called ...")
    r"|[^“”\"§;]{2,160}?,\s+(?:and|but|while)\s+)?"
    r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w’'./-]+\s+){0,5}?(?:"
    + "|".join(sorted(lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS, key=lexicon.by_length))
    # (or a who-clause: "But the lawyer who coordinated the seizure, X – no relation –, said")
    # (its initials may follow it: "the Senior Divisional Officer (SDO) for Mezam, Mr. X, told")
    + r")(?:\s+\((?-i:[A-Z])[\w.&-]{1,10}\))?"
    r"(?:\s+(?:on|in|at|to|for|of|with)\s+[^,;“”\"§]{1,60}?|\s+who\s+[a-z][^,;“”\"§]{2,60}?)?\s*,\s*"
      # ("Another resident, who gave only his first name, X, said": the name he gave)
      r"(?:who\s+(?:gave|gives)\s+only\s+(?:his|her|their)\s+(?:first\s+|given\s+)?name\s*,\s*)?"
      # (a title or rank abbreviated with its full stop: "Its spokesman, Brig. X, said")
      r"(?:[a-z][\w-]*\s+){0,3}(?:(?:dr|mr|mrs|ms|prof|w/ro|ato|" + "|".join(sorted(lexicon.RANK_ABBREVIATIONS))
      + r")\.?\s+){0,2}$", re.IGNORECASE)
_ACCORDING_HEAD = re.compile(r"^[\s“‘\"(]*(?:[A-Z]\w*,?\s+)?[Aa]ccording\s+to\s+(?P<np>[^,;:“”\"§]{1,80}?)\s*,\s+(?=[^§]*\s)")
# "denied the claims", "ignored their demands": a determiner makes the word a noun, no verb.
_DET_END = re.compile(r"\b(?:the|a|an|these|those|such|his|her|its|their|our|my|your|any|no)\s+$", re.IGNORECASE)
# "villagers with land claims to ...": a verb's form that is a plural noun, after a preposition
_NOUN_VERBS = {"claims", "notes", "comments", "reports", "remarks", "states", "demands", "charges", "answers",
               "replies", "protests", "warnings", "pleads"}
# "the union's demands were": a verb's plural form after a possessive is a noun
_POSS_END = re.compile(r"\w(?:[’']s|s[’'])\s+$")
_PREP_NOUN_END = re.compile(r"\b(?:with|of|over|about|on|against|from|by|in|into|for|whose)\s+(?:[a-z-]+\s+)?$")
# "a statement posted on its website": a document noun before a participle, not a finite verb.
# (a recording is posted the way a statement is: "in a video posted on Facebook")
_DOC_BEFORE = re.compile(rf"\b(?:{_DOC}|video|recording|clip|broadcast|livestream|podcast)\s+$", re.IGNORECASE)
# ... unless the verb ends its clause ("The statement read: “…”", "the statement said that")
_PARTICIPLE_PHRASE = re.compile(r"\s+(?:on|in|by|to|at|from|via|through|after|before|earlier|last|this|"
                                r"yesterday|online|jointly|shortly)\b")
_ROLE_END = re.compile(r"(?:" + "|".join(sorted(lexicon.ROLE_NOUNS | {"counsel", "lawyers"}, key=lexicon.by_length)) + r")$")
_OWNER_END = re.compile(r"((?:the|his|her|its)\s+[\w-]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)$")


# Small patterns compiled once (a string pattern costs a cache look-up on every call).
_COMMA_AT = re.compile(r"\s*,\s*")
_OPEN_APPOS = re.compile(r",\s+[^,;]*")
_ANY_WORD = re.compile(r"\w")
_NOT_A_SUBJECT = re.compile(r"(?:that|to|by|in|on|for|with|from)\b", re.IGNORECASE)
_ENDS_IN_AND = re.compile(r"\s(?:and|or|but)$")
_POSSESSIVE_START = re.compile(r"(?:his|her|its|their)\s", re.IGNORECASE)
# ("X says ... in which her client tells the workers “…”": a person of her own, not X's body)
_POSS_PERSON = Lazy(r"(?:his|her|its|their)\s+(?:[a-z-]+\s+)?(?:client|" + lexicon.alternation(sorted(
    lexicon.RELATION_NOUNS, key=lexicon.by_length)) + r")s?$", re.IGNORECASE)
_AND_NEXT = re.compile(r"^\s+(?:and|or)\s")
_HE = re.compile(r"\b(?:his|him|he)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:her|she)\b", re.IGNORECASE)
_STOP_THEN_QUOTE = re.compile(r"\s*\.\s+[“\"]")
_STOP_OR_QUOTE = re.compile(r"[.!?](?=\s|$)|[“\"]")
_QUOTE_AT_END = re.compile(r"\s*[“\"][^“”\"]*[”\"]\s*,?\s*$")
_AFTER_STOP = re.compile(r"(?<=[.!?])\s+")
_WHILE = re.compile(r"\b(?:while|whereas)\s")


class _Shifted:
    """A match on a slice, reported with positions in the whole string."""

    def __init__(self, m: re.Match, shift: int):
        self._m, self._shift = m, shift

    def group(self, g):
        return self._m.group(g)

    def start(self, g=0):
        return self._m.start(g) + self._shift


@dataclass
class _Q:
    n: int
    span: Span
    text: str
    sent: int
    speaker: str | None = None
    cue: str = ""
    explicit: bool = False        # an attribution was found, even if it names no actor


@dataclass
class _State:
    index: ActorIndex
    recent: list = field(default_factory=list)       # (paragraph, person key)
    genders: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)    # document noun -> author key
    thing: tuple[int, str] | None = None             # (paragraph, last non-person subject): "it"

    thing_sent: int = -1                             # the sentence (count over the text) that set `thing`
    sent_no: int = 0                                 # the sentence being read

    def last_thing(self, n: int) -> str | None:
        """"it" points back at most two paragraphs, like "he" and "she"."""
        return self.thing[1] if self.thing and n - self.thing[0] <= 2 else None
    introduced: dict = field(default_factory=dict)   # person key -> first (par, pos)
    roles: dict = field(default_factory=dict)        # person key -> roles of opening appositions
    ages: dict = field(default_factory=dict)         # age -> person keys given it ("X, 34,")
    in_commas: tuple = (0, [])                       # (paragraph, people named between commas)
    bodies: dict = field(default_factory=dict)       # "agency" -> (key, words) of "The UN refugee agency, X,"
    paragraphs: tuple = ()
    shared: dict = field(default_factory=dict)      # index in recent -> people a short name could be
    kin: list = field(default_factory=list)         # (person, tie, owner) of "Her son, X," with "her" = owner
    unnamed_gender: dict = field(default_factory=dict)  # index in recent -> gender of an unnamed relative there
    turn_of: dict = field(default_factory=dict)     # paragraph -> the person whose transcript turn it is
    reading: tuple | None = None                    # (paragraph, writer) of the document last read aloud
    voice: tuple | None = None                      # (paragraph, body, gender, len(recent)) of "A spokeswoman for X said"


def quote_id(paragraph: int, text: str) -> str:
    return f"p{paragraph}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:6]}"


def _interviewee(index: ActorIndex, name: str | None) -> str | None:
    """The person actor the introduction names, only when the index holds exactly that person."""
    if not name:
        return None
    hits = [m.key for m in index.mentions if m.type == "person" and (m.key == name or name in m.forms)]
    return hits[0] if len(hits) == 1 else None


def _label_person(index: ActorIndex, name: str | None) -> str | None:
    """A transcript label's full name the prose gives only in part ("Yolanda Roe Diaz" over the
    body's "Roe Diaz"): the one person actor whose name is the label's last words."""
    if not name:
        return None
    toks = name.split()
    hits = [m.key for m in index.mentions if m.type == "person" and len(m.key.split()) < len(toks)
            and toks[-len(m.key.split()):] == m.key.split()]
    return hits[0] if len(hits) == 1 else None


# Who speaks for the outlet in its own transcript ("the programme's host, X")
# (a reporter or journalist may be the one interviewed: only the programme's own roles ask)
_JOURNALIST_ROLES = frozenset({"host", "co-host", "anchor", "presenter", "interviewer", "moderator", "newsreader"})


_THIRD_PERSON = {"he", "she", "they", "it"}
_TRANSLATED = re.compile(r"\[(?:translated|through (?:an )?(?:interpreter|translator)|via (?:an )?interpreter)\]\s*",
                         re.IGNORECASE)


def _answers(paragraphs: tuple[str, ...], index: ActorIndex, qa) -> list[_Q]:
    """Each answer of a question-and-answer interview is the interviewee's speech: one quote of
    the paragraph without its "A:" label. The introduction must name the interviewee plainly."""
    who = _interviewee(index, qa.interviewee)
    # a broadcast transcript labels each turn with its own speaker
    names = qa.speakers or (qa.interviewee,) * len(qa.answers)
    whos = [_interviewee(index, name) or _label_person(index, name) for name in names] \
        if qa.speakers else [who] * len(qa.answers)
    out = []
    for i, cut, name, who in zip(qa.answers, qa.labels, names, whos):
        par = paragraphs[i]
        text = par[cut:].strip()
        if text[:1] == "[" and (mark := _TRANSLATED.match(text)):
            text = text[mark.end():]    # "[translated] The right ...": the words are after the marker
        if not text:
            continue
        if qa.speakers and who and any(t.split()[-1] in _JOURNALIST_ROLES for t in index.titles.get(who, ()) if t):
            continue    # the programme's host asks: the outlet's own words, never a quotation
        start = par.index(text, cut)
        q = _Q(i + 1, Span(start, start, start + len(text), start + len(text), True), text, -1)
        if who:
            q.speaker, q.explicit = who, True
            q.cue = f"a turn of {name} in the transcript" if qa.speakers else \
                f"an answer in the interview with {qa.interviewee}"
        out.append(q)
    return out


# "Okafor: Were you at the depot?" / "Mensah: I was at home.": an exchange written out in the
# story, each turn opening with the name of a person it has named, then a colon.
_CAPS_LABEL = re.compile(r"([A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}):\s")
_NAME_LABEL = re.compile(r"(?P<label>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}):\s+(?=\S)")


def _named_turns(paragraphs: tuple[str, ...], index: ActorIndex) -> Interview | None:
    """The turns of such an exchange as a transcript's (clean.Interview with speakers): a run of
    at least three labelled paragraphs in a row, two voices or more, every label one person's.
    The interviewer may be labelled with the outlet's name ("Kite: Why now?" / "Ana Roe: ..."):
    one label that is no person's, every turn of it a question, asks; only the people answer."""
    owner: dict[str, str | None] = {}
    for m in index.mentions:
        if m.type == "person":
            for f in {m.key, *m.forms}:
                owner[f] = m.key if owner.get(f, m.key) == m.key else None
    first = {}      # person -> the paragraph that first names them, labels aside
    for row in index.occurrences:
        for o in row:
            if o.key and o.type == "person" and not (o.start == 0 and paragraphs[o.par - 1][o.end:o.end + 1] == ":"):
                first.setdefault(o.key, o.par)
    asked: set[str] = set()
    run: list[tuple[int, int, str | None, str]] = []      # (paragraph, label end, person label, label)
    best: list[tuple[int, int, str | None, str]] = []
    for i, par in enumerate(paragraphs):
        m = _NAME_LABEL.match(par) if par[:1].isupper() and ":" in par[:60] else None
        label = m.group("label") if m else None
        if m and label in owner and owner[label] is None:
            # "Pitseolak:" where her uncle, a Pitseolak too, is named only inside her answers: the
            # label is the one of them the text named before the exchange began
            named = [k for k in {x.key for x in index.mentions if x.type == "person" and label in x.key.split()}
                     if first.get(k, 10**9) <= i]
            if len(named) == 1:
                owner[label] = owner[named[0]] = named[0]
        if m and owner.get(label) and first.get(owner[label], 10**9) > i + 1:
            # "Pitsula: ... My uncle, Jaco Pitsula, told me": one the text names only after the turn
            # is no one its label stands for
            m = None
            label = None
        if m and owner.get(label) and owner[label] != label and label not in {x.key for x in index.mentions}:
            label = owner[label]        # (the turn carries the full name its label stands for)
        if m is None and run and run[-1][0] == i - 1 and run[-1][2] and not _NAME_LABEL.match(par) \
                and not AFTER_THE_PROGRAMME.match(par):
            # an unlabelled paragraph right after an answer carries the answer on
            run = run + [(i, 0, run[-1][2], run[-1][3])]
            continue
        # (a label that has asked may put its next question as a statement: "Your office also
        # handles such cases.")
        asks = m is not None and label not in owner and (par.rstrip().endswith("?") or label in asked)
        if asks:
            asked.add(label)
        if m and (owner.get(label) or asks):
            turn = (i, m.end(), label if not asks else None)
            askers = {x[3] for x in run if x[2] is None} if run and run[-1][0] == i - 1 else set()
            if run and run[-1][0] == i - 1 and not (asks and askers and label not in askers):
                run = run + [turn + (label,)]
            else:
                run = [turn + (label,)]
            voices = {owner[x[2]] if x[2] else x[3] for x in run}
            people = [x for x in run if x[2]]
            if len(run) >= 3 and len(voices) >= 2 and len(people) >= 2 and len(people) > len(best):
                best = people
    if not best:
        return None
    return Interview((), tuple(x[0] for x in best), tuple(x[1] for x in best), None,
                     tuple(x[2] for x in best))


def _named_in_full_here(index: ActorIndex, occs: tuple) -> tuple:
    """"Faisal Malik said ... “…,” Malik said": a bare surname two people share is the one of
    them the same paragraph has named in full before it, when it names no other."""
    out = list(occs)
    for i, o in enumerate(occs):
        if o.key is not None or o.type != "person" or " " in o.form:
            continue
        sharers = {m.key for m in index.mentions if m.type == "person" and o.form in m.key.split()}
        before = {p.key for p in occs[:i] if p.type == "person" and (p.key in sharers or p.key is None and p.form == o.form)}
        if len(sharers) >= 2 and len(before) == 1 and None not in before:
            out[i] = replace(o, key=next(iter(before)))
    return tuple(out)


def _bare_by_style(index: ActorIndex) -> dict[str, str]:
    """A bare surname two people share, settled by the writer's habit: when one of them is named
    in full again and again after the bare surname is in use, and the other never is, the bare
    surname is the other ("Jan Velde ... Velde said ... his sister Mia Velde ... Mia Velde said")."""
    open_forms = {o.form for row in index.occurrences for o in row
                  if o.key is None and o.type == "person" and " " not in o.form}
    out: dict[str, str] = {}
    for form in open_forms:
        first = min((o.par, o.start) for row in index.occurrences for o in row if o.form == form)
        sharers = [m.key for m in index.mentions if m.type == "person" and form in m.key.split()]
        if len(sharers) != 2:
            continue
        # (the mentions that tell them apart: a form with another of the person's names, never
        # "Mr Velde")
        seen = {k: [(o.par, o.start) for row in index.occurrences for o in row
                    if o.key == k and set(o.form.split()) & (set(k.split()) - {form})] for k in sharers}
        after = {k: sum(1 for at in seen[k] if at > first) for k in sharers}
        again = [k for k in sharers if after[k] >= 2]
        never = [k for k in sharers if after[k] == 0 and seen[k] and min(seen[k]) < first]
        keyed = {o.key for row in index.occurrences for o in row if o.form == form and o.key}
        if len(again) == 1 and len(never) == 1 and keyed <= {never[0]}:
            # (never against the index, which gave some bare uses to one of them already)
            out[form] = never[0]
    return out


def extract_quotes(paragraphs: tuple[str, ...], index: ActorIndex, interview=None) -> tuple[Quote, ...]:
    """`interview`: the page's question-and-answer structure (clean.Interview), or None."""
    if interview is None:
        interview = _named_turns(paragraphs, index)
    st = _State(index, genders=dict(index.genders), paragraphs=paragraphs)
    # a transcript turn's own speaker is its "I": never the "he" or "she" of its sentences
    for n, par in enumerate(paragraphs, 1):
        m = _CAPS_LABEL.match(par)
        who = m and (_interviewee(index, m.group(1).title()) or _label_person(index, m.group(1).title()))
        if who:
            st.turn_of[n] = who
    turns = _answers(paragraphs, index, interview) if interview is not None else []
    for q in turns:
        if q.speaker:
            st.turn_of.setdefault(q.n, q.speaker)    # (an answer's "I told him, “…”" is the one answering)
    for row in index.occurrences:
        for o in row:
            if o.key and o.type == "person":
                st.introduced.setdefault(o.key, (o.par, o.start))
    person_keys = {m.key for m in index.mentions if m.type == "person"}
    settled = _bare_by_style(index)
    all_q: list[_Q] = []
    chain: list[_Q] = []          # quotations running on from earlier paragraphs
    prev_colon: str | None = None
    prev_said: _Q | None = None
    prev_report = None      # the paragraph before, when it ends on a report with no quotation in it
    for n, par in enumerate(paragraphs, 1):
        spans = [s for s in find_spans(par) if not is_name(par, s)]
        protected = [(s.open_at, s.after) for s in spans]
        sents = sentences(par, protected)
        masked = _mask(par, spans)
        if par[:1].isdigit() and (ts := _TIME_STAMP.match(masked)):
            masked = " " * ts.end() + masked[ts.end():]     # a live page's time stamp opens no clause
        low = folded(par)
        # The document keys the paragraph holds (one scan for every key): a sentence of it
        # can hold no other, and without one it names no document.
        doc_keys = None if low is None else [k for k in _DOC_KEYS if k in low]
        docs = True if doc_keys is None else bool(doc_keys)
        occs = index.occurrences[n - 1]
        # (the paragraph's own full mention first: "Julián Castaño said ... “…,” Castaño said"; then the
        # writer's habit over the whole text)
        if any(o.key is None and o.type == "person" for o in occs):
            occs = _named_in_full_here(index, occs)
        if settled:
            occs = tuple(replace(o, key=settled[o.form]) if o.key is None and o.form in settled else o for o in occs)
        if occs and _AGE_ANY(par):
            _note_ages(st, par, occs)
        if occs and "(" in par:
            _note_bracketed_roles(st, par, occs)
        qs = [_Q(n, s, par[s.start:s.end], _sent_of(sents, s.open_at)) for s in spans]
        by_sent: list[list[_Q]] = [[] for _ in sents]
        for q in qs:
            by_sent[q.sent].append(q)
        subjs = []
        in_sent = _occs_by_sentence(sents, occs)
        for si, sent in enumerate(sents):
            thing_was = st.thing
            k = _KIN_APPOS.match(masked, sent.start) if masked.startswith(("His ", "Her "), sent.start) else None
            # (without the kin phrase no occurrence qualifies: the scan is spared)
            o = next((o for o in occs if (o.start == k.end() or _TITLE_GAP.fullmatch(par, k.end(), o.start))
                      and o.type == "person" and o.key), None) if k else None
            if o is not None:
                # "Her father, Sheikh X": X is a man whatever else the text says of him
                st.genders.setdefault(o.key, "m" if k.group("tie") in _MALE_TIES else "f")
                owner = _pronoun(st, n, "m" if k.group("det") == "His" else "f", sent.start)
                if owner and owner != o.key:
                    st.kin.append((o.key, k.group("tie"), owner))
            subj = _clause_subject(st, n, par, masked, sent, occs, person_keys)
            subjs.append(subj)
            if subj and subj[0] and subj[1] == "person" and subj[0] != st.turn_of.get(n) \
                    and not _PRONOUN_REPORTS.search(par, sent.start, sent.end):
                st.recent.append((n, subj[0]))     # "he" later in this sentence is its subject
            sent_qs = by_sent[si]
            for q in sent_qs:
                _attribute(st, n, par, masked, sent, q, qs, occs, subj, person_keys)
                if q.speaker and (rf := _READS_FROM.search(masked, sent.start, q.span.open_at)):
                    # "She read from the leaflet: “…”": a document read aloud speaks for its
                    # writer, never for the reader
                    reader, wrote = q.speaker, " written" in q.cue or " wrote" in q.cue
                    q.speaker, q.explicit, q.cue = None, True, "read from a document: its writer's words"
                    author = _document_author(masked, rf.start(), q.span.open_at, occs) \
                        or _writer_before(st, n, par, q.span.open_at, occs)
                    # (the attribution found may be the writer's own: "a letter that X had written")
                    if author and (author != reader or wrote):
                        q.speaker, q.cue = author, "the named writer of the document read aloud"
                        st.reading = (n, author)
                if _READS_ON.search(masked, sent.start, q.span.open_at) or (
                        q.speaker is None and _DOC_GOES_ON.match(par, q.span.after)):
                    # "Y continued reading:", "“…,” the letter went on": still the writer's words,
                    # never the reader's
                    writer = st.reading[1] if st.reading and n - st.reading[0] <= 1 else None
                    q.speaker, q.explicit, q.cue = writer, True, "the document read aloud, read on"
                if q.speaker and q.speaker not in person_keys:
                    _member_of_body(par, max([sent.start] + [p.span.after for p in sent_qs if p.span.after <= q.span.open_at]), q, occs)
                if q.speaker and si > 0 and _PRONOUN_CUE.fullmatch(q.cue):
                    _asker_check(par, sents[si - 1], q, occs)
                if si > 0 and _ANSWER_CUE.fullmatch(q.cue):
                    _reporter_asked(par, sents[si - 1], q, occs)
                if not q.explicit and si > 0 and not masked[sent.start:sent.end].strip(" §.,;:!?—–-"):
                    _after_report(st, n, par, masked, sents[si - 1], q, occs, person_keys)
                    if not q.explicit:
                        _after_mood(st, n, masked, sents[si - 1], q, occs, person_keys)
                if q.speaker in person_keys:
                    st.recent.append((n, q.speaker))    # "X said ... what he called “...”"
                elif q.speaker:
                    st.thing = (n, q.speaker)           # "X's report noted ... what it called"
                    st.thing_sent = st.sent_no
            _update(st, n, par, masked, sent, occs, in_sent[si], subj, sent_qs,
                    person_keys, docs, docs and _names_document(par, low, sent, doc_keys))
            if st.thing is not thing_was:
                st.thing_sent = st.sent_no
            st.sent_no += 1
        _inherit(qs, occs, person_keys, par)
        opens_with_quote = bool(qs) and not par[: qs[0].span.open_at].strip()
        below = _credit_below(paragraphs, index, n) if opens_with_quote and len(qs) == 1 and qs[0].span.closed \
            and qs[0].speaker is None and not par[qs[0].span.after:].strip(" .") else None
        if below is not None:
            # "“…”" alone, then "— Ana Vell, a student" on the next line: the credit line names
            # the speaker (or no known actor): never the one quoted just before
            qs[0].speaker, qs[0].explicit = below[0], True
            qs[0].cue = f"credit line below ({below[1]})"
        elif chain and opens_with_quote:
            _continue_chain(chain, qs[0], n)
        elif opens_with_quote and prev_colon and qs[0].speaker is None and not qs[0].explicit:
            qs[0].speaker, qs[0].cue, qs[0].explicit = prev_colon, "introduced by the paragraph before", True
        elif opens_with_quote and prev_said and len(qs) == 1 and not qs[0].explicit \
                and qs[0].speaker is None and not par[qs[0].span.after:].strip():
            # A paragraph that is only a quotation, right after "“…,” X said.": X goes on
            # (also when it is left open to run on, the way a long quotation does).
            qs[0].speaker, qs[0].explicit = prev_said.speaker, True
            qs[0].cue = f"continues the quotation of paragraph {n - 1} ({prev_said.cue})"
        elif opens_with_quote and prev_report and len(qs) == 1 and not qs[0].explicit \
                and qs[0].speaker is None and not par[qs[0].span.after:].strip() \
                and _report_goes_on(st, n, prev_report, qs[0], person_keys):
            pass
        elif opens_with_quote and qs[0].speaker is None and not qs[0].explicit and qs[0].span.closed:
            _speaker_after(st, par, masked, sents, subjs, qs[0], occs, person_keys)
        if not (chain and opens_with_quote and len(qs) == 1 and not qs[0].span.closed):
            chain = []
        if qs and not qs[-1].span.closed:
            chain.append(qs[-1])
        # (a quotation earlier in the paragraph does not stop its last sentence introducing one)
        prev_colon = _colon_speaker(st, n, par, masked, sents, occs, person_keys) \
            if not qs or (sents and qs[-1].span.after <= sents[-1].start) else None
        prev_said = _closing_quote(par, qs, occs, person_keys, index.outlets)
        prev_report = (par, masked, sents[-1], occs) if sents and not any(
            q.span.open_at >= sents[-1].start for q in qs) else None
        for q in list(qs):
            inner = nested_speech(par, q.span)
            if inner is not None:
                # another's words quoted inside the quotation: their own quote, speaker open
                # (whoever "he" is inside someone's account is not settled by the text around it)
                qs.insert(qs.index(q) + 1, _Q(n, inner, par[inner.start:inner.end], q.sent,
                                              cue="quoted inside the quotation before it"))
        all_q.extend(qs)
    for q in all_q:
        if q.speaker is None and not q.explicit:
            _put_it_next(paragraphs, index, q)
    for q, nxt in reversed(list(zip(all_q, all_q[1:]))):
        # a quotation left open at its paragraph's end runs on into the next one, whose speaker is
        # named after it ("“… / “… / Those were the words of X"): the same speaker
        if q.speaker is None and nxt.speaker and nxt.n == q.n + 1 and nxt.cue.startswith("the paragraph after") \
                and not paragraphs[q.n - 1][:q.span.open_at].strip() and _left_open(paragraphs[q.n - 1], q.span.after):
            q.speaker, q.explicit, q.cue = nxt.speaker, True, nxt.cue
    _alternating_answers(st, all_q)
    _next_question(all_q)
    if interview is not None:
        # an answer goes before the quotations nested inside it (stable: by paragraph only)
        inside = {q.n for q in turns if q.speaker}
        # (a word the speaker sets in quotes inside a turn, "you called them ‘thieves’", is
        # part of the turn, not a quotation of its own)
        # (but "He told the workers to “vote for stability”" reports a third person's words)
        all_q = [q for q in all_q if not (q.n in inside and len(q.text.split()) <= 3 and q.text[:1].islower()
                                          and not (q.cue and q.cue.split()[0].lower() in _THIRD_PERSON))]
        all_q = sorted(turns + all_q, key=lambda q: q.n)
    out, used = [], set()
    for q in all_q:
        qid = base = quote_id(q.n, q.text)
        k = 2
        while qid in used:          # the same words twice in one paragraph
            qid, k = f"{base}-{k}", k + 1
        used.add(qid)
        out.append(Quote(id=qid, paragraph=q.n, text=q.text, speaker=q.speaker, cue=q.cue))
    return tuple(out)


# "“…” / That was how X's father, Y, put it when ...": the next paragraph names who said it.
_PUT_IT = re.compile(r"(?:That|This|Such)\s+(?:was|is)\s+how\s+(?P<np>[^.;:“”\"]{3,160}?)\s+"
                     r"(?:put|described|summed|summarised|summarized|explained)\s+it\b")


_PUT_IT_HERE = re.compile(r"[\s”\"’']*(?:That|This)\s+(?:was|is)\s+how\s+(?P<np>[^.;:“”\"]{3,160}?)\s+"
                          r"(?:put|described|summed|summarised|summarized|explained)\s+(?:it|up)\b")


# "“…” / Those were the words of X, a nurse, who ...": the next paragraph names who said it.
_WORDS_OF = re.compile(r"(?:(?:(?:Those|These|Such)\s+(?:were|are)\s+the\s+(?:[a-z]+\s+)?words|The\s+words\s+(?:are|were)\s+those)\s+of"
                       # ("Those words came from X, coordinator of ...")
                       r"|(?:Those|These|The)\s+(?:words|remarks|comments|lines|objection|appeal|plea)\s+(?:came|come)\s+from)"
                       r"\s+(?P<np>[A-Z][^.;:“”\"]{2,160}?)(?=[,.])")


_CREDIT_LINE = re.compile(r"\s*[—–]\s*(?:(?:Mr|Mrs|Ms|Miss|Mme|Dr)\.?\s+)?(?P<name>[A-Z][^,;:“”\"‘’]{1,60}?)\s*(?:,[^“”\"‘’]{0,160})?$")


def _credit_below(paragraphs: tuple[str, ...], index: ActorIndex, n: int) -> tuple[str | None, str] | None:
    """The next paragraph as a dash credit line ("— Ana Vell, a student"): (speaker key or None,
    the credit's words), or None when it is no credit line."""
    if n >= len(paragraphs):
        return None
    nxt = paragraphs[n]
    m = _CREDIT_LINE.fullmatch(nxt)
    if m is None:
        return None
    o = next((o for o in index.occurrences[n] if o.start == m.start("name") and o.type == "person"), None)
    return (o.key if o else None), m.group("name").strip()


def _left_open(par: str, after: int) -> bool:
    """A quotation that runs to its paragraph's end with no closing mark there."""
    end = par.rstrip()
    return after >= len(end) and not end.endswith(("”", '"', "’", "'"))


def _put_it_next(paragraphs: tuple[str, ...], index: ActorIndex, q: _Q) -> None:
    """A paragraph that is only a quotation, and the next one opens "That was how NAME put it":
    NAME is the speaker (the one person in apposition, or the one person the phrase names)."""
    par = paragraphs[q.n - 1]
    if par[:q.span.open_at].strip():
        return
    row = q.n
    if par[q.span.after:].strip(" \t”\"’'"):
        # "“…” That was how X summed up the case.": the same paragraph names who said it
        m = _PUT_IT_HERE.match(par, q.span.after)
        row = q.n - 1
    elif q.n < len(paragraphs):
        m = _PUT_IT.match(paragraphs[q.n]) or _WORDS_OF.match(paragraphs[q.n])
    else:
        return
    if m is None:
        return
    nxt = paragraphs[row]
    persons = [o for o in index.occurrences[row] if o.type == "person" and m.start("np") <= o.start
               and o.end <= m.end("np")]
    named = [o for o in persons if not o.poss]
    appos = [o for o in named if nxt[o.end:o.end + 1] == "," and nxt[max(0, o.start - 2):o.start] == ", "]
    pick = appos if len(appos) == 1 else named if len(named) == 1 and len(persons) == 1 else []
    if pick and pick[0].key:
        q.speaker, q.explicit = pick[0].key, True
        q.cue = f"{'the paragraph after' if row == q.n else 'the sentence after'}: {m.group().strip(' ”’')[:90]}"


_TWO_CAPS = re.compile(r"\b[A-Z][a-z\u00C0-\u024F’'-]+\s+[A-Z][a-z\u00C0-\u024F’'-]+")
_TAIL_STOP = re.compile(r"[.!?][”’\"']?\s+\S")


# "“…” Those were the last words of a note that X posted": the words are X's.
_LINES_OF = re.compile(rf"(?:Those|These|That|This|Such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
                       rf"(?:words|lines|line|message|sentences?)\s+(?:of|from)\s+(?:a|an|the|his|her|their)\s+"
                       rf"(?:[\w-]+\s+){{0,3}}?(?:{_DOC}|letter|post|speech|video|note|message|column|editorial)\b")
_WROTE_AFTER = re.compile(r",?\s+(?:(?:had|has|have)\s+)?(?:published|wrote|posted|sent|signed|issued|delivered|"
                          r"read|penned|tweeted|shared|recorded)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_SHE_SAYS = re.compile(rf"\b(?P<p>[Hh]e|[Ss]he)\s+(?:{_ADV}\s+)*(?:says|said|told|tells|recalls|recalled|explains|explained)\b")


def _speaker_after(st, par: str, masked: str, sents, subjs, q: _Q, occs, person_keys) -> None:
    """A paragraph that opens with a quotation standing alone, its speaker settled after it:
    "“…” Those were the last words of a note that X posted" (X wrote them), or "“I …” X waited
    outside. She is his sister, and she says ..." (the one person the paragraph names, who goes
    on to speak in it)."""
    i = q.sent
    if i + 1 >= len(sents) or masked[sents[i].start:sents[i].end].strip(" §.,;:!?—–-"):
        return
    nxt = sents[i + 1]
    how = _THIS_IS_HOW.match(par, nxt.start)
    o = next((o for o in occs if o.key and o.type == "person" and how.end() <= o.start <= how.end() + 60
              and _TITLE_GAP_WORDS.fullmatch(par, how.end(), o.start)), None) if how else None
    if o is not None and _HOW_VERB.search(masked, o.end, nxt.end):
        # "“…” This is how X, the blogger's mother, described her son": X's words
        q.speaker, q.explicit = o.key, True
        q.cue = f"{par[nxt.start:o.end]} … (the sentence after the quotation)"
        return
    people = {o.key for o in occs if o.type == "person" and masked[o.start] != "§"}
    if None in people or len(people) != 1:
        return
    key = next(iter(people))
    if key not in person_keys:
        return
    if _LINES_OF.match(masked, nxt.start):
        # the one person is the writer: "that X published", "by X", "X's"
        if not any(nxt.start <= o.start < nxt.end and (o.poss or par.endswith("by ", 0, o.start)
                                                      or _WROTE_AFTER.match(par, o.end))
                   for o in occs if o.key == key):
            return
        q.speaker, q.explicit = key, True
        q.cue = f"{masked[nxt.start:nxt.end].strip()[:60]}… (the sentence after the quotation)"
        return
    if not _FIRST_PERSON.search(q.text):
        return          # "“He is innocent.” X has been in jail since May": words about X, not X's
    subj = subjs[i + 1]
    first = next((o for o in occs if o.start >= nxt.start), None)
    if not (subj and subj[0] == key and first is not None and first.key == key
            and not masked[nxt.start:first.start].strip()):
        return
    # (a name the extractor could not establish could be the one who speaks)
    rest = list(masked[nxt.start:])
    for o in occs:
        for k in range(max(o.start, nxt.start), o.end):
            rest[k - nxt.start] = " "
    if _TWO_CAPS.search("".join(rest)):
        return
    g = st.genders.get(key)
    for j in range(i + 1, len(sents)):
        m = _SHE_SAYS.search(masked, sents[j].start, sents[j].end)
        if m and (g is None or g == ("m" if m.group("p").lower() == "he" else "f")):
            q.speaker, q.explicit = key, True
            q.cue = f"{first.form}, named right after the quotation, who “{m.group().lower()}” in the paragraph"
            return


# "..., who gave only his first name, Kevin" / ", who gave her name only as Ana": the name so given,
# after a description the speaker's verb introduced
_GAVE_NAME_LATER = re.compile(r"[^.;:“”\"]{0,120}?,\s+who\s+(?:gave|gives|would\s+give|identified\s+(?:himself|herself))\s+"
                        r"(?:only\s+)?(?:his|her)\s+(?:first\s+|given\s+)?name\b(?:\s+only)?(?:\s+as)?\s*,?\s*")
_THIS_IS_HOW = re.compile(r"\s*(?:This|That)\s+(?:is|was)\s+how\s+")
_TITLE_GAP_WORDS = re.compile(r"(?:[\w’'.-]+\s+){0,4}")     # "Father ", "Civic Watch researcher "
_HOW_VERB = re.compile(r"\b(?:described|describes|put|puts|summed|sums|said|says|explained|explains|told|tells)\b")
_CAP_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def _outlet_at(tail: str, at: int, outlets) -> bool:
    """Whether the capitalised words at `at` are a news outlet's name ("she told Radio Free Asia")."""
    run = _CAP_RUN.match(tail, at).group().lower()
    return run in lexicon.OUTLETS or run in outlets


_LOWER_TAIL = re.compile(r"[^A-Z.!?;:“”\"]*[.!?]?[”’\"']?\s*")


def _closing_quote(par: str, qs: list[_Q], occs, person_keys, outlets=frozenset()) -> _Q | None:
    """The quote that ends a paragraph with its attribution ("“…,” X said."), when no other
    person is named after it; or X's own words that end it ("X went on to say it was “…”.")."""
    if not qs or not qs[-1].span.closed or not qs[-1].explicit or qs[-1].speaker not in person_keys:
        return None
    q = qs[-1]
    tail = par[q.span.after:]
    if not tail.strip(" .”’\"'") or len(tail) <= 80 and _LOWER_TAIL.fullmatch(tail):
        # (or the rest of X's own sentence: "X said she had thought of it “every single week” for two years.")
        return q
    if _TAIL_STOP.search(tail) or not _VERB_ANY.search(tail) or _SENDER_NEXT.match(tail):
        return None     # (nor "The sender, X, has not explained": a sentence of its own)
    # (a shared surname the attribution itself settled: "“…,” the elder Iturralde told the Herald")
    if any(o.type == "person" and o.key != q.speaker and not _names_part_of(par[o.start:o.end], q.speaker)
           for o in occs if o.start >= q.span.after):
        return None
    # a name the extractor could not establish ("as the harbour master Jon Doe looked on")
    chars = list(tail)
    for o in occs:
        for i in range(max(o.start, q.span.after), o.end):
            chars[i - q.span.after] = " "
    masked = "".join(chars)
    return None if any(not _in_own_title(masked, m) and not _outlet_at(masked, m.start(), outlets)
                       for m in _TWO_CAPS.finditer(masked)) else q


def _names_part_of(form: str, key: str) -> bool:
    """"Iturralde" is a part of "Héctor Iturralde": the same words, whole."""
    return f" {form} " in f" {key} "


_REMIT = re.compile(r"\bfor\s+the\s+(?:[A-Z][\w’'-]*+(?:\s+and\s+|\s*,\s*|\s+)?)*$")


def _in_own_title(tail: str, m: re.Match) -> bool:
    """A capitalised pair in the speaker's own apposition that is part of the job title, not
    another person: "said X, the group's Deputy Regional Director for the Middle East"."""
    comma = tail.rfind(",", 0, m.start())
    if comma < 0 or not _VERB_ANY.search(tail, 0, comma):
        return False
    if any(w.lower() in lexicon.TITLE_HEADS or w.lower() in lexicon.ROLE_NOUNS for w in m.group().split()):
        return True
    # an office's remit after its title: "Director for the Middle East and North Africa"
    head = tail[comma:m.start()]
    return bool(_REMIT.search(head + " ")) and any(w.lower() in lexicon.TITLE_HEADS for w in head.split())


def _named_in_apposition(par: str, at: int, np: str, occs) -> Occurrence | None:
    """"X's counsel, NAME" / "his partner, NAME": the person named in commas after a phrase
    that ends in a role noun."""
    if not _ROLE_END.search(np.strip().lower()) and not _ONE_OF_NP.fullmatch(np.strip()):
        return None
    m = _GAVE_NAME.match(par, at) or _COMMA_AT.match(par, at)
    if not m:
        return None
    start = m.end()
    by = _GOES_BY.match(par, start)         # "says the group's coordinator, who goes only by X"
    if by:
        start = by.end()
    age = _AGE_LEAD.match(par, start)       # "said one of them, 16-year-old X"
    rank = _RANK_GAP.match(par, start)      # "the command's spokesperson, SP X, said": a rank before the name
    at = {start, age.end() if age else start, rank.end() if rank else start}
    return next((o for o in occs if o.start in at and o.type == "person" and o.key), None)


_AND_ANOTHER = re.compile(r"\s*,?\s+(?:and|or|as\s+well\s+as)\s")
_RANK_GAP = re.compile(r"(?:[A-Z]{2,4}|[A-Z][a-z]{1,8}\.?)\s+(?=[A-Z])")


# "said a retired nurse who gave only her first name, X": the name she gave is the speaker
_GAVE_NAME = re.compile(r"\s+who\s+(?:gave|gives)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name"
                        r"(?:\s+only)?\s*,\s*")
_DOC_BY_AFTER = re.compile(r"(?:prepared|issued|drawn\s+up|signed|filed|compiled|drafted|written)\s+by\s+(?:the\s+)?")
_CLAUSE_OPEN = re.compile(r"\b(?:after|before|when|while|since|until|as)\s+")
# (or whom the writer met: "In Juliaca, I met X, a schoolteacher ... “…,” she said")
_SPOKE_TO = re.compile(r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+|\binterviewed\s+|\b(?:I|we)\s+(?:met|visited)\s+")
_ACCORDING_TOPIC = re.compile(r"[\s“‘\"]*According\s+to\s+")
_FOR_TOPIC = re.compile(r"[\s“‘\"]*(?:For|To|As\s+for)\s+(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?")
_SAY_BEFORE = re.compile(r"\b(?:say|says|said)\s+(?:that\s+)?")
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:had|has|was|is|would|will)\s+[a-z]")
# after a name: an aside in commas or dashes, then a verb of speech ("X — no relation — told")
_CLAUSE_SPEAKER = re.compile(rf"(?:\s*,[^,;“”§]{{2,80}}?,|\s*[—–][^—–;“”§]{{2,80}}?[—–])?\s+(?:(?:has|had|also|later)\s+)?(?:{_V})\b")
# ", and its director, X": the clause that names the person opens on "and" with the body's office
_AND_ITS = re.compile(r"(?:,|;)?\s+and\s+(?:its|their|the\s+(?:group|association|union|organisation|organization)[’']s)\s+[^,;“”§]{1,60},\s*$")
_ASKED_WHO = re.compile(r"\s+(?:then\s+|also\s+|later\s+)?(?:asked|questioned|pressed)\s+")
_ASKED_ABOUT = re.compile(r"\s+(?:whether|if|why|how|what|when|where|about|to\s+explain)\b")
_PLACE_THEN_WAS = re.compile(r"[“‘\"]?(?:At|In|Among|Behind|Beside|Outside|Inside|Near|Leading)\s+[^,;.“”\"]{2,80}?\s+"
                             r"(?:was|stood|sat|walked|marched)\s+")
_ACTS_AFTER = re.compile(rf"(?:\s*,[^,;“”§]{{2,120}}?,)?\s+(?:(?:had|has|have|was|also)\s+)?(?:{_V}|[a-z]+ed)\b")
_ISSUED_BY_NEXT = re.compile(r"[^.!?]*[.!?]\s+(?:The|This)\s+(?P<doc>[a-z]+)\s+(?:was|had\s+been)\s+(?:issued|released|"
                             r"signed|published|sent|put\s+out)\s+(?:[a-z]+\s+){0,2}?by\s+(?:the\s+)?")


def _issuer_next(par: str, at: int, np: str, occs) -> str | None:
    """"“…,” read a statement released today. The statement was issued by X": the words
    are those of the body the next sentence names as the document's issuer."""
    m = _ISSUED_BY_NEXT.match(par, at)
    if m is None or m.group("doc").lower() not in np.lower().split():
        return None
    o = next((o for o in occs if o.start == m.end() and o.key and o.type != "person"), None)
    return o.key if o else None


# "said one of them, X": one of a group the text spoke of, named in commas.
_ONE_OF_NP = re.compile(r"(?:one|another)\s+of\s+(?:them|those|the\s+[\w’'-]+|(?:his|her|their)\s+[\w’'-]+)", re.IGNORECASE)
_AGE_LEAD = re.compile(r"\d{1,3}-year-old\s+")
# the one name a speaker uses: "who goes only by X", "known simply as X", "identified only as X"
_GOES_BY = re.compile(r"(?:who\s+(?:goes|went|is\s+known|asked\s+to\s+be\s+(?:identified|named)|gave\s+(?:his|her|their)\s+name)"
                      r"\s+|known\s+|identified\s+)(?:only\s+|simply\s+|just\s+)?(?:by|as)\s+(?:the\s+name\s+)?")
# "“…” – X, a law student": a quotation credited to a name after a dash, nothing else after it.
_DASH_CREDIT_END = re.compile(r"\s*(?:,[^“”\"]{0,120})?\s*$")


def _continue_chain(chain: list[_Q], first: _Q, n: int) -> None:
    """A quotation left open runs on: its paragraphs share one speaker."""
    if first.speaker is not None or first.explicit:
        for c in chain:
            if c.speaker is None and not c.explicit:
                c.speaker, c.cue = first.speaker, f"quotation continues to paragraph {n} ({first.cue})"
        return
    opener = next((c for c in chain if c.speaker), None)
    if opener is not None:
        first.speaker, first.cue = opener.speaker, f"continues the quotation of paragraph {opener.n}"


# "4.50pm: Human Rights Watch's researcher, X, said": a live page's entry opens with its time
_TIME_STAMP = re.compile(CLOCK_TIME + r"\s*[:—–|-]\s+", re.IGNORECASE)


def _mask(par: str, spans: list[Span]) -> str:
    """The paragraph with quoted words blanked, so verbs inside quotes never attribute."""
    if not spans:
        return par
    out, last = [], 0
    for a, z in sorted((s.open_at, s.after) for s in spans):
        a = max(a, last)
        if z <= a:
            continue
        out.append(par[last:a])
        out.append("§" * (z - a))
        last = z
    out.append(par[last:])
    return "".join(out)


def _sent_of(sents: list[Sentence], pos: int) -> int:
    for i, s in enumerate(sents):
        if s.start <= pos < s.end:
            return i
    return len(sents) - 1


def _occ_covering(occs, a: int, b: int) -> Occurrence | None:
    best = None
    for o in occs:
        if o.start < b and o.end > a:
            if best is None or (o.end - o.start) > (best.end - best.start):
                best = o
    return best


def _resolve(st: _State, n: int, np: str, a: int, occs, person_keys, subj=None) -> tuple[str | None, str]:
    """Who a noun phrase names: (key or None, kind)."""
    np = np.strip()
    low = np.lower()
    if low == "counsel":
        # "“…,” counsel said": the lawyer the text has named, as "the counsel" would be
        np, low = "the counsel", "the counsel"
    if low == "police":
        # "…,” police said in a statement": the one police body the article names, when this or
        # the paragraph before names it
        bodies = {o.key for row in st.index.occurrences[:n] for o in row
                  if o.key and o.type != "person" and "police" in o.key.lower().split()}
        near = {o.key for k in (n - 1, n) if k >= 1 for o in st.index.occurrences[k - 1] if o.key in bodies}
        # (two police bodies in the text: the one this paragraph names before the words, alone)
        here = {o.key for o in st.index.occurrences[n - 1] if o.key in bodies and o.end <= a}
        if len(bodies) > 1 and len(here) == 1:
            return next(iter(here)), "org"
        return (next(iter(bodies)) if len(bodies) == 1 and near else None), "org"
    m = _IN_CHARGE_NP.match(np)
    if m:
        # "the minister in charge of fisheries said": the one minister of that remit, or the one
        # the text goes on to name as "The minister, X,"
        head = m.group("head").lower()
        return _description(st, n, m.group("area").split(), head, a) or _named_later(st, n, "the", head), \
            "description"
    m = _MINISTER_OF.match(np)
    if m:
        # "the Minister of Transport told": an unnamed minister speaks for the ministry the text names
        want = {f"ministry {m.group('prep').lower()} {m.group('p').lower()}"}
        keys = {x.key for x in st.index.mentions if x.type != "person"
                and want & {f.lower() for f in (x.key, *x.forms)}}
        # (not when the text names a person with that portfolio: the minister is that person)
        held = any(m.group("p").lower() in t for ts in st.index.titles.values() for t in ts)
        if len(keys) == 1 and not held:
            return next(iter(keys)), "org"
    if low in {"him", "her"} and np.strip().lower() == low:
        # "According to him, 14 were killed ...": the object pronoun of "according to" is a speaker
        return _pronoun(st, n, "m" if low == "him" else "f", a), "pronoun"
    if _PRONOUN.match(np):
        if low == "i" and st.turn_of.get(n):
            return st.turn_of[n], "person"      # "I told my secretary, “…”" in a turn: its speaker's words
        if low in {"he", "she"}:
            return _pronoun(st, n, "m" if low == "he" else "f", a), "pronoun"
        if low == "it":
            msg = _MESSAGE_SENT.search(st.paragraphs[n - 1], max(0, a - 220), a)
            if msg:
                # "The last message he sent ... was a text. It read: “…”": the sender's words
                return _sender(st, n, msg, a, occs), "pronoun"
            if subj and subj[1] in {"doc", "org"} and subj[0]:
                return subj[0], "thing"
            return (st.last_thing(n) if st.sent_no - st.thing_sent <= 1 else None), "thing"
        return None, "pronoun"
    m = _DOC_NP.match(np)
    if m:
        det = m.group("det").lower()
        doc = m.group("doc").lower()
        if det in {"his", "her"}:
            key = _pronoun(st, n, "m" if det == "his" else "f")
            if key:
                st.documents[doc] = key
            return key, "doc"
        if det == "its":
            return st.last_thing(n), "doc"
        poss = _DOC_OWNER_HEAD.match(np)
        if poss and poss.group("head").lower() in _ORG_DESCRIPTIONS:
            # "The union's statement": the union's own, never the last statement another body made
            owner = _org_description(st, n, poss.group("head").lower(), a)
            if owner:
                st.documents[doc] = owner
            return owner, "doc"
        owner = st.documents.get(doc)
        if owner is None:
            # "the ministry statement": an actor named inside the phrase
            o = _occ_covering(occs, a, a + len(np))
            owner = o.key if o else None
        poss = _DOC_OWNER_HEAD.match(np)
        if owner is None and poss and poss.group("head").lower() in _ORG_DESCRIPTIONS:
            # "the court's ruling": the court the text is about
            owner = _org_description(st, n, poss.group("head").lower(), a)
        if owner is None and det == "the" and doc in _COURT_DOCS and any(
                _BENCH.search(st.paragraphs[k]) for k in (n - 1, n - 2) if 0 <= k < len(st.paragraphs)):
            # "The judge disagreed. “…,” the order says": the ruling of the one court
            # the article has named, when this or the paragraph before is about a judge or court
            # (the same document read on, "the judgment continues", stays that court's)
            owner = _org_description(st, n, "court", a)
            if owner:
                st.documents[doc] = owner
        if owner is None and det == "the" and doc in _COURT_DOCS:
            # "In its ruling, the High Court rejected ... “…,” the judgment reads": the one court this
            # paragraph names before the words, though lower courts of the case came before it; the
            # same document read on ("the judgment continues") stays that court's
            here = {o.key for o in st.index.occurrences[n - 1] if o.start < a and o.key and o.type == "court"}
            if len(here) == 1:
                owner = st.documents[doc] = next(iter(here))
        return owner, "doc"
    m = _AGE_NP.match(np)
    if m:
        # "the 34-year-old said": the one person the text gave that age
        keys = st.ages.get(int(m.group("age")), set())
        return (next(iter(keys)) if len(keys) == 1 else None), "description"
    m = _DOC_FROM.match(np)
    if m:
        # "a statement from the Farmers Union", "the indictment issued by X": the body is the source
        # (the body's place may stand before its name: "from the Orsk provincial Land Office")
        # (past the body's initials after its name: "by the Civic Law Centre (CLC)")
        abbr = _ABBR_END.search(np)
        end = a + (abbr.start() if abbr else len(np))
        o = next((x for x in occs if a + m.end() <= x.start and x.end == end and x.key
                  and all(w[:1].isupper() or w.lower() in _PREFIX_OK
                          for w in _PREFIX_WORD.findall(np[m.end():x.start - a]))), None)
        if o is not None:
            return o.key, ("person" if o.type == "person" else "org")
        # a body the text has named before, written out in full here too
        tail = np[m.end():end - a]
        known = [x for x in st.index.mentions if x.type != "person" and tail in (x.key, *x.forms)]
        if len(known) == 1:
            return known[0].key, "org"
    if _BARE_REP.match(np):
        # "The Home Office said ... A spokesperson said: “…”": the body this paragraph has just
        # been about speaks through its staff, when nobody else is named since.
        if st.thing and st.thing[0] == n:
            last = [o for o in occs if o.key == st.thing[1] and o.end <= a]
            if last and not any(o.start >= last[-1].end and o.end <= a and o.key != st.thing[1] for o in occs):
                return st.thing[1], "org"
        if st.thing and st.thing[0] == n - 1 and not any(o.end <= a for o in occs) \
                and not _sentence_ends_before(st.paragraphs[n - 1], a) \
                and not any(o.type == "person" for o in st.index.occurrences[n - 2]):
            # "The Electoral Commission says it has had no reports. / “…,” a spokesperson said.": the
            # body the paragraph before was about, when it names no person and this one, before the
            # words, neither names anyone nor says anything else ("The Commission, for its part, ...")
            return st.thing[1], "org"
        if low.startswith("the "):
            # "the spokesperson": the one person the text has given that role
            key = _description(st, n, [], low.split()[-1], a)
            if key:
                return key, "description"
            key = _org_rep_before(st, n, a, occs)
            if key:
                return key, "org"
        return None, "org"
    m = _REP_OF_ORG_NP.match(np)
    if m:
        head = m.group("head").lower()
        return (_org_description(st, n, head, a) if head in _ORG_DESCRIPTIONS else None), "org"
    o = _occ_covering(occs, a, a + len(np))
    if np[:1].islower() and " " in np:
        # "ministry spokesman X", "advocate X": role words, then the name that ends the phrase.
        head = next((x for x in occs if a < x.start and x.end == a + len(np) and x.type == "person"), None)
        words = _PREFIX_WORD.findall(np[:head.start - a]) if head is not None else []
        if words and words[0].lower() in {"his", "her", "their"} and len(words) > 1 \
                and words[-1].lower() in lexicon.RELATION_NOUNS:
            words = words[1:-1]     # "said her colleague X": X, whoever "her" is
        if head is not None and all(w.lower() in _ROLE_OK or w[:1].isupper() for w in words):
            return head.key, "person"
    if np[:1].isupper() and " " in np:
        # "CPJ’s Southeast Asia representative X": the name that ends the phrase is its head.
        o = next((x for x in occs if a <= x.start and x.end == a + len(np)), o)
        if o is not None and o.start > a and _OF_BEFORE.search(np[:o.start - a]):
            return None, "unknown"      # "Vera Quill of the Rights Centre": Vera Quill, not the Centre
    if o is not None and np[:1].isupper() and not low.startswith("the "):
        return o.key, ("person" if o.type == "person" else "org")
    if o is not None and low.startswith("the ") and _norm_words(np[4:]) == _norm_words(o.form):
        return o.key, ("person" if o.type == "person" else "org")
    m = _UNIT_OF_BODY.match(np)
    if m:
        # "the Party's Lakeside region said": a body's own branch speaks for the body
        x = next((x for x in occs if x.type != "person" and x.key and x.start == a + m.start("owner")
                  and x.end == a + m.end("owner")), None)
        if x is not None:
            return x.key, "org"
    m = _DESC_NP.match(np)
    if m:
        head = m.group("head").lower()
        if head in _ORG_DESCRIPTIONS:
            return _org_description(st, n, head, a, m.group("mods").split()), "org"
        if not m.group("mods").strip() and m.group("head")[:1].isupper() and head not in lexicon.TITLE_HEADS \
                and (key := _body_by_word(st, n, m.group("head"), a)):
            # "the Federal Mechanism for the Protection of ..." then "the Mechanism said": a word of a
            # body's name, written with its capital, is that body's short name when one body has it
            return key, "org"
        key = _description(st, n, m.group("mods").split(), head, a)
        if key is None and head in _OFFICER_HEADS and st.thing and st.thing[0] == n and st.sent_no - st.thing_sent <= 1:
            # "The head of the Electoral Commission's office said ... “…,” the electoral officer
            # told": an unnamed officer whose title names the body the paragraph has just heard from
            words = {w.lower() for w in st.thing[1].split()} - _PLACE_MODS
            if any(w.lower() in words for w in m.group("mods").split()):
                return st.thing[1], "org"
        return key or (_named_later(st, n, "the", head) if not m.group("mods").strip() else None), "description"
    m = _POSS_ROLE_NP.match(np)
    if m and m.group("head").lower() == "office":
        # "His office said": the office of the one person "his" points to speaks for that person
        key = _pronoun(st, n, "m" if m.group("det").lower() == "his" else "f", a) \
            if m.group("det").lower() in {"his", "her"} else None
        return key, ("description" if key else "unknown")
    if m and st.kin and m.group("head").lower() in _KIN_INVERSE and m.group("det").lower() in {"his", "her"}:
        # "Her son, X, ..." earlier, then "His mother makes the trip": X's mother is the "her"
        # of that apposition, when the text ties X to exactly one such person
        head = m.group("head").lower()
        of = _pronoun(st, n, "m" if m.group("det").lower() == "his" else "f", a)
        fits = {owner for person, tie, owner in st.kin if person == of and tie in _KIN_INVERSE[head]} \
            | {person for person, tie, owner in st.kin if owner == of and tie == head}
        fits = {k for k in fits if st.genders.get(k) in (None, lexicon.GENDER_NOUNS[head])}
        if of and len(fits) == 1:
            return next(iter(fits)), "person"
    if m:
        key = _named_later(st, n, m.group("det").lower(), m.group("head").lower())
        return key, ("description" if key else "unknown")
    return None, "unknown"


_PARENT = {"son", "daughter", "child"}
_CHILD = {"mother", "father", "parent"}
_KIN_INVERSE = {"mother": _PARENT, "father": _PARENT, "son": _CHILD, "daughter": _CHILD,
                "wife": {"husband"}, "husband": {"wife"}, "widow": {"husband"},
                "grandmother": {"grandson", "granddaughter"}, "grandfather": {"grandson", "granddaughter"},
                "grandson": {"grandmother", "grandfather"}, "granddaughter": {"grandmother", "grandfather"}}
_MALE_TIES = {"father", "son", "husband", "grandfather", "grandson"}
_TITLE_GAP = re.compile(r"[A-Z][a-z]{1,8}\.?\s+")      # (a title before the name: "Sheikh", "Dr.")
# "Halima Bello’s husband Musa": a possessive, a tie, then the relative's name
_POSS_KIN_NAME = re.compile(r"[’']s\s+(?:(?:late|eldest|youngest|elder|younger|only|teenage)\s+)?(?P<tie>"
                            + "|".join(sorted(_KIN_INVERSE, key=lexicon.by_length)) + r"),?\s+")
# "Her son, Andrei Vell, ...": a sentence that opens on a tie to the last person, then the name
_KIN_APPOS = re.compile(r"[\s“‘\"§]*(?P<det>His|Her)\s+(?P<tie>" + "|".join(sorted(_KIN_INVERSE, key=lexicon.by_length))
                        + r")\s*,\s*")


_IN_CHARGE_NP = re.compile(r"^the\s+(?P<head>[a-z]+)\s+in\s+charge\s+of\s+(?:the\s+)?(?P<area>[a-z-]+(?:\s+(?:and\s+)?[a-z-]+)?)$",
                           re.IGNORECASE)
_MINISTER_OF = re.compile(r"^the\s+[Mm]inister\s+(?P<prep>of|for)\s+(?P<p>[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})$",
                          re.IGNORECASE)
_POSS_ROLE_NP = re.compile(r"^(?P<det>his|her|their)\s+(?P<head>[a-z]+)$", re.IGNORECASE)
_UNNAMED_ROLE_NP = re.compile(r"^(?:its|his|her|their|the|an?)\s+(?:[\w’'-]+\s+){0,2}(?:"
                              + lexicon.alternation(sorted(lexicon.ROLE_NOUNS, key=lexicon.by_length)) + r")$", re.IGNORECASE)


def _named_later(st: _State, n: int, det: str, head: str) -> str | None:
    """"their lawyer called it “…”" in the lede, "Their lawyer, X, said" further down: the text
    names the one it described, the same words opening the sentence before the name in commas.
    Only a role word, only when nobody the text has named so far holds that role, and only one
    person named that way."""
    if head not in lexicon.ROLE_NOUNS and head not in lexicon.TITLE_HEADS:
        return None
    rx = re.compile(rf"(?:^|[.!?]\s+)[“‘\"(]*{det}\s+{head}\s*,\s*$", re.IGNORECASE)
    found = set()
    for k in range(n - 1, len(st.paragraphs)):
        par = st.paragraphs[k]
        if head not in par.lower():
            continue
        for o in st.index.occurrences[k]:
            if o.type == "person" and o.key and par[o.end:o.end + 1] == "," \
                    and rx.search(par, max(0, o.start - 60), o.start):
                found.add(o.key)
    if len(found) != 1:
        return None
    key = next(iter(found))
    # (someone the text has already named with that role could be the one meant)
    if any(k != key and st.introduced.get(k, (10**9, 0)) <= (n, 0) and any(head in t for t in ts)
           for k, ts in st.index.titles.items()):
        return None
    return key


# (the person may be described at more length first: "A 24-year-old student of the X University, who gave ...")
_NAMED_AS = re.compile(r"(?:A|An|One)\s+(?:(?:[a-z-]+\s+){1,3}?|[^,.;:“”\"§]{2,80}?,\s+)who\s+(?:gave|gives|identified)\s+(?:his|her|their|(?:him|her)self|themselves)\s+"
                       r"(?:(?:first\s+)?name\s+)?(?:only\s+)?as\s+")
_IDENTIFIED_AS = re.compile(r"(?:(?:A|An|One|Another)\s+|[A-Z][\w’'-]*[’']s\s+)[^,.;:“”\"]{1,80}?,\s+(?:who\s+(?:asked|agreed|"
                            r"wished|wanted|preferred)\s+to\s+be\s+|who\s+was\s+)?(?:identified|named)\s+(?:by\s+[^,.;:“”\"]{1,40}?\s+)?"
                            r"(?:only\s+)?as\s+")
# (the name may carry its age before it: "One of the petitioners, 52-year-old Sumarni, has ...")
_ONE_OF_APPOS = re.compile(r"(?:One|Another)\s+of\s+[^,.;:“”\"]{1,60},\s+(?:\d{1,3}-year-old\s+)?")
# "Among them was X, 61, ...": the inverted sentence brings X forward as its subject (a "was"
# inside the opening phrase is passed over: "Among those present when the ruling was read was X")
_AMONG_THEM = re.compile(r"Among\s+(?:them|those\b[^,.;:“”\"]{0,60}?|the\s+[a-z][\w\s-]{0,40}?)\s+(?:was|is)\s+(?=[A-Z])")
_UNIT_OF_BODY = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})[’']s\s+(?:[\w-]+\s+){0,2}"
                           r"(?:region|regional\s+office|branch|chapter|wing|league|caucus|secretariat|"
                           r"provincial\s+executive|national\s+executive|structures?)$")


# "the group said": the organisation the text has just been about.
_ORG_DESCRIPTIONS = {
    "group": "ngo", "organisation": "ngo", "organization": "ngo", "watchdog": "ngo", "union": None,
    "association": None, "coalition": None, "alliance": None, "ngo": "ngo", "ministry": None,
    "department": None, "embassy": None, "party": "party", "court": "court", "tribunal": "court",
    "bloc": "country", "agency": None, "commission": None, "committee": None, "council": None,
    "bureau": None, "authority": None, "office": None, "directorate": None, "government": None,
    "network": None, "foundation": None, "federation": None, "delegation": None,
    "command": None, "county": None,
    "company": None, "firm": None,      # (a company's name need not hold the word: "X Ltda.", "Y Inc.")
    # ("the force said" after "the Guyana Police Force", "the syndicate" after "the Journalists Syndicate")
    "force": None, "syndicate": None, "guild": None, "institute": None, "centre": None, "center": None,
    "forum": None, "congress": None, "inspectorate": None, "secretariat": None, "trust": None, "society": None,
    "division": None, "board": None,    # ("the division says" after "the Alaska Division of Elections")
    "prosecution": None, "service": None,       # ("the service said" after "the Winnipeg Police Service")
    # a court's judges write its judgment: "the judges wrote", "the bench said"
    "judges": "court", "justices": "court", "bench": "court", "panel": None,
}
# A body's kind as its own-language name spells it: "the union" after "Sindicato N°1 de Trabajadores ..."
_JUDGES_PANEL = re.compile(r"\bpanel\s+(?:headed|led|chaired|presided(?:\s+over)?)\s+by\s+(?:Chief\s+)?(?:Judge|Justice)\b"
                           r"|\bpanel\s+of\s+(?:[a-z]+\s+)?(?:judges|justices)\b")
_HEAD_IN_OTHER_TONGUES = {"union": ("sindicato", "syndicat", "sindicat", "sendika", "gewerkschaft", "sindikat"),
                          "prosecution": ("prosecutor",),     # ("the prosecution said": the prosecutor's office)
                          "force": ("police",),     # ("The force said" after "The OPP", the Ontario Provincial Police)
                          "federation": ("federación", "federacion", "fédération", "federação")}
# the ends of a company's name
# (or its trade: "... Forest Products", "... Holdings"; "Minera ...", "Constructora ...")
_COMPANY_NAME = re.compile(r"(?:\b(?:Ltd|Ltda|Inc|Corp|Co|PLC|Plc|LLC|GmbH|Limited|Company|Corporation|S\.A|Bhd|Pty)\.?"
                           r"|\bS\.A\.|\b(?i:" + lexicon.alternation(sorted(lexicon.FIRM_TRADES, key=lexicon.by_length)) + r"))$"
                           r"|^(?:" + lexicon.alternation(sorted(lexicon.FIRM_TRADES_FIRST, key=lexicon.by_length)) + r")\s")


_BODY_HEADS = "|".join(sorted(_ORG_DESCRIPTIONS, key=lexicon.by_length))
_BODY_APPOS = re.compile(rf"[“‘\"(]*(?:The|the)\s+(?P<desc>(?:[\w’'-]+\s+){{0,5}}?(?P<head>{_BODY_HEADS}))\s*,\s*")
_BODY_DESC = re.compile(rf"(?:The|the)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_BODY_HEADS})\b")
_BODY_TAIL = re.compile(rf"(?:\s+[a-z][\w-]*){{0,3}}\s+(?:{_BODY_HEADS})\b")
# "The UN refugee agency, UNHCR, on Monday voiced": the close of the body's apposition.
_TIME_GAP = re.compile(rf",\s*(?:(?:on\s+(?:{_DAY})|on\s+(?:{_MONTH})\s+\d{{1,2}}|yesterday|today|"
                       rf"(?:last|this|earlier\s+this)\s+(?:week|month|year|{_DAY}))\s+)?$")


# "A spokesperson for the nickel company, PT X, said": the body named after its kind speaks
_REP_BODY_APPOS = re.compile(rf"[“‘\"(]*(?:An?|The)\s+(?:spokes(?:person|man|woman)|representative)\s+(?:for|of|from|at)\s+"
                             rf"the\s+(?:[\w’'-]+\s+){{0,5}}?(?:{_BODY_HEADS})\s*,\s*")


def _body_in_commas(par: str, lo: int, o) -> bool:
    m = _BODY_APPOS.match(par, lo) or _REP_BODY_APPOS.match(par, lo)
    return bool(m) and m.end() == o.start and par[o.end:o.end + 1] == ","


_COURT_DOCS = {"order", "ruling", "judgment", "judgement", "verdict"}
_BENCH = re.compile(r"\b(?:[Jj]udge|[Cc]ourt|[Jj]ustice|[Bb]ench|[Mm]agistrate)\b")
# (a spokesperson or representative speaks for the body; "an official from" it may speak for nobody
# but himself, often unnamed)
_REP_LEAD = re.compile(r"(?:An?|The)\s+(?:spokes(?:person|man|woman)|representative|official)\s+(?:for|of|from|at)\s+(?:the\s+)?"
                       # ("a spokesperson for the main opposition X Party")
                       r"(?:(?:main|ruling|governing|opposition|banned|largest)\s+){0,2}")
# "a division spokesperson" right before its verb: the body's kind in lower case
_KIND_REP_END = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?P<head>[a-z]{4,}|[A-Z][a-z]{3,})\s+spokes(?:person|man|woman)\s*"
                           r"(?:,[^,;:“”\"§]{1,100},\s*)?$")
_REP_KEYS = ("spokes", "representative", "press ", "official")
_HEAD_OF_LEAD = re.compile(r"(?:[Tt]he)\s+(?:head|chief|director|acting\s+head)\s+of\s+(?:the\s+)?")
_OFFICER_HEADS = {"officer", "official", "spokesperson", "spokesman", "spokeswoman", "representative"}
_PLACE_MODS = {"provincial", "regional", "local", "national", "district", "city", "state", "senior", "chief",
               "of", "the", "and", "for"}
_HEAD_OF_END = re.compile(r"(?:^|(?<=[\s,]))[Tt]he\s+(?:head|chief|director|acting\s+head)\s+of\s+(?:the\s+)?$")
# "the Commission's provincial office": the body's own office ('s then up to two words)
_PRESS_SERVICE_TAIL = re.compile(r"\s+press\s+(?:service|office|department|secretariat)\s+(?:(?:also|later|then)\s+)?")
_OWN_OFFICE = re.compile(r"(?:[’']s)?\s+(?:[a-z]+\s+)?(?:office|branch|bureau|department)\b")
_REP_FOR = re.compile(r"(?:^|(?<=[\s,;(]))(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:person|man|woman)|representative|official|"
                      r"press\s+(?:service|office|secretary|department))\s+(?:for|of|from|at)\s+(?:the\s+)?$")
_NAMELESS = re.compile(r"\b(?:not\s+to\s+be\s+(?:named|identified)|anonymity|anonymously|declined\s+to\s+be\s+(?:named|identified))\b")
_ABBR_END = re.compile(r"\s*\([A-Z][\w.-]{1,9}\)$")
_OF_BEFORE = re.compile(r"\s(?:of|at|from|with)\s+(?:the\s+)?$")
_DOC_OWNER_HEAD = re.compile(r"^the\s+(?P<head>[a-z]+)[’']s\s", re.IGNORECASE)


def _org_description(st: _State, n: int, head: str, pos: int, mods: list[str] = ()) -> str | None:
    want = _ORG_DESCRIPTIONS[head]
    if want == "ngo":
        # "The Council of ... (CDEPS) also expressed its concern. “…,” the employers' organisation
        # said": described in its own paragraph, where it is the one body named before the words
        here = {o.key for o in st.index.occurrences[n - 1] if o.key and o.start < pos and o.type not in ("person", "country")}
        if len(here) == 1 and st.thing and st.thing[0] == n and st.thing[1] in here:
            return st.thing[1]
    # "the state government" is the Kaduna State Government, "the federal government" is not
    must = [w.lower() for w in mods] if head == "government" else []
    if head == "panel" and (any("judge" in w.lower() or w.lower() in lexicon.JUDICIAL_WORDS for w in mods) or (
            not mods and any(_JUDGES_PANEL.search(p) for p in st.paragraphs[:n]))):
        # "the three-judge panel", "the appeals panel": the court's bench; so is "the panel" of
        # a text that has said whose it is ("a panel headed by Judge X", "a panel of three judges")
        want = "court"
    seen: list[str] = []
    # "the court" is the one court the article has named so far; other bodies, the one named
    # in this or the two paragraphs before
    for par_n in range(n, 0 if want == "court" else max(0, n - 3), -1):
        for o in reversed(st.index.occurrences[par_n - 1]):
            if par_n == n and o.start >= pos:
                continue
            if not o.key or o.type == "person":
                continue
            ok = (o.type == want) if want else head in o.key.lower() or any(
                w in o.key.lower() for w in _HEAD_IN_OTHER_TONGUES.get(head, ())) or (
                head in ("company", "firm") and _is_firm(st, o))
            if ok and must:
                ok = all(w in o.key.lower().split() for w in must)
            if want == "ngo" and not ok:
                ok = head in o.key.lower()
            if ok and o.key not in seen:
                seen.append(o.key)
    if not seen and head in ("company", "firm"):
        # "the company said" paragraphs after the one firm the text has named: that firm
        firms = {o.key for row in st.index.occurrences[:n] for o in row
                 if o.key and o.type != "person" and _is_firm(st, o)}
        if len(firms) == 1:
            return next(iter(firms))
    if not seen and head in st.bodies:
        key, words = st.bodies[head]
        # (not when the text has named another body of that kind: "the Prosecutor's Office")
        if all(w.lower() in words for w in mods) and not any(
                o.key and o.key != key and o.type != "person" and head in o.key.lower()
                for row in st.index.occurrences[:n] for o in row):
            return key
    # (not where it sits or who backs it: "the New York-based group", "the Kremlin-backed union")
    named = [w for w in mods if w[:1].isupper() and w.lower() not in lexicon.DEMONYMS] \
        if not any(w.lower().endswith(("-based", "-backed", "-led", "-funded", "-run", "-linked")) for w in mods) else []
    if seen and named:
        # "the DİSK Basın-İş union": a name of its own, never another union named before
        seen = [k for k in seen if all(w.lower()[:4] in k.lower() for w in named)]
    if len(seen) > 1 and want == "court":
        # "The Court of Appeal heard the case. “…,” the judges said": of the courts the article has
        # named, the one this paragraph names before the words, when it names one
        here = list(dict.fromkeys(o.key for o in st.index.occurrences[n - 1] if o.start < pos and o.key in seen))
        if not here and st.thing and st.thing[0] == n and st.thing[1] in seen:
            here = [st.thing[1]]    # ("the appeals court rejected ... “…,” the court said": the court just described)
        seen = here if len(here) == 1 else seen
    if len(seen) > 1 and mods:
        # "the rights group": of the groups named, the one whose name holds the word
        fit = [k for k in seen if all(w.lower()[:5] in k.lower() for w in mods if w.lower() not in ("the", "a", "an"))]
        seen = fit if len(fit) == 1 else seen
    if not seen and head == "agency":
        # "The State Committee did not respond ... the agency said": a state body whose name
        # lacks the word, when it is the one state body the paragraph has named before
        seen = list(dict.fromkeys(o.key for o in st.index.occurrences[n - 1]
                                  if o.start < pos and o.key and o.type == "government"))
    return seen[0] if len(seen) == 1 else None


def _body_by_word(st: _State, n: int, word: str, pos: int) -> str | None:
    bodies = {o.key for row in st.index.occurrences[:n] for o in row
              if o.key and o.type not in ("person", "country") and (o.par < n or o.end <= pos)
              and has_word(word, o.key)}
    return next(iter(bodies)) if len(bodies) == 1 else None


def _is_firm(st: _State, o) -> bool:
    """A company by its name ("… Ltd", "… Mining") or by the apposition at its mention ("X, a company that")."""
    return _COMPANY_NAME.search(o.key) is not None or FIRM_IN_COMMAS.match(st.paragraphs[o.par - 1], o.end) is not None


_ORG_REP_AT = re.compile(r"\s+spokes(?:person|man|woman)\b")


def _org_rep_before(st: _State, n: int, a: int, occs) -> str | None:
    """"A PDP spokesperson said ... The spokesperson said": the one body whose unnamed
    spokesperson this paragraph has already introduced, when no person is named between."""
    par = st.paragraphs[n - 1]
    bodies = {o.key for o in occs if o.key and o.type != "person" and o.end <= a and _ORG_REP_AT.match(par, o.end)
              and _A_BEFORE.search(par, max(0, o.start - 5), o.start)}
    if len(bodies) != 1 or any(o.type == "person" for o in occs if o.end <= a):
        return None
    return next(iter(bodies))


def _norm_words(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())


def _unquoted(st: _State, n: int):
    """Paragraph n's mentions outside its quotations: a name inside someone's words ("“X and I are
    not related,” he said") is no one the sentence around them names."""
    par = st.paragraphs[n - 1]
    quoted = [(sp.start, sp.end) for sp in find_spans(par)] if ("“" in par or '"' in par or "‘" in par) else ()
    return [o for o in st.index.occurrences[n - 1] if not any(a <= o.start < b for a, b in quoted)]


def _only_person(st: _State, n: int, gender: str, pos: int | None, fitting: bool = False) -> str | None:
    """No person was a subject lately: "I asked X what she would say. She thought ..." — the
    pronoun is the one person named in this and the two paragraphs before, when the text has
    told that person's gender and it fits. `fitting`: the people the text has told are of the
    other sex do not count ("She answered ... filed by X ... He has called it")."""
    if pos is None:
        return None
    keys = set()
    for par_n in range(max(1, n - 2), n + 1):
        for o in _unquoted(st, par_n):
            if o.type != "person" or (par_n == n and o.start >= pos) or o.start == 0 and par_n in st.turn_of:
                continue    # (a transcript's label names the turn's voice, no one a pronoun looks back to)
            if o.key is None:
                return None
            if not (fitting and st.genders.get(o.key) not in (None, gender)):
                keys.add(o.key)
    if len(keys) != 1:
        return None
    key = next(iter(keys))
    return key if st.genders.get(key) == gender else None


_SOURCE_END = re.compile(r"according\s+to\s+[^.;“”\"]{0,160}?$", re.IGNORECASE)


def _source_just_before(st: _State, n: int, gender: str, pos: int | None) -> str | None:
    """"..., according to a neighbour known in the area as X. “…,” he said.": nobody was a
    subject lately, and the sentence just before ends on the person it cites as its source:
    the pronoun is that person, when the text has not told a gender that contradicts it."""
    if pos is None:
        return None
    par = st.paragraphs[n - 1]
    before = [o for o in st.index.occurrences[n - 1] if o.end <= pos]
    if not before or before[-1].type != "person" or not before[-1].key:
        return None
    o = before[-1]
    rest = par[o.end:pos]
    # the name closes its sentence, and the quotation opens the next one
    if not _STOP_THEN_QUOTE.match(rest) or not _SOURCE_END.search(par, max(0, o.start - 200), o.start):
        return None
    if any(x.type == "person" and x.start > _SOURCE_END.search(par, max(0, o.start - 200), o.start).start()
           for x in before[:-1]):
        return None     # "according to X's lawyer, Y": more than one person in the source
    g = st.genders.get(o.key)
    return o.key if g in (None, gender) else None


def _pronoun(st: _State, n: int, gender: str, pos: int | None = None) -> str | None:
    """The most recent person subject, in this or the two paragraphs before.

    A person of unknown gender is taken only when no other person in the window is
    known to match: "she" after "X ... his wife, Y" is not X."""
    src = _source_just_before(st, n, gender, pos) if gender else None
    if src:
        return src
    if gender and st.voice and st.voice[0] == n and st.voice[2] in (gender, None) and len(st.recent) == st.voice[3]:
        # "A spokeswoman for the district said ... She said demand had “…”": the body, through its
        # unnamed voice, when no person has been a subject since in the paragraph
        return st.voice[1]
    if gender and _plural_subject_before(st.paragraphs[n - 1], pos):
        return None     # "Mother and daughter took turns ... “…,” she said": either of two could be "she"
    if gender and _body_role_opens(st.paragraphs[n - 1], pos):
        return None     # "Its head has said ..., a process he described as “…”": the unnamed head
    if gender and pos is not None and _IN_WHICH_BEFORE.search(st.paragraphs[n - 1], max(0, pos - 12), pos) \
            and _PRONOUN_SAID.match(st.paragraphs[n - 1], pos):
        # "... by candidate X in a Facebook post on Sunday, in which he said": the one whose post
        # it is, the one person this sentence names, not a subject of the paragraphs before
        own = _in_own_sentence(st, n, gender, pos, unknown_ok=True)
        if own:
            return own
    if gender and pos is not None and _UNNAMED_TOLD_ME.search(st.paragraphs[n - 1], 0, pos):
        return None     # "Let me tell you what a worker told me. She is a widow. She said, “…”": the worker
    if gender and pos is not None and _ANSWERING_OPENS.search(st.paragraphs[n - 1], 0, pos) \
            and any(_ASKED.search(st.paragraphs[k]) for k in (n - 1, n - 2) if k >= 0):
        return None     # "X then asked the party whether ... Responding, he says": not X, who asked
    window: list[tuple[str, int]] = []
    blocked = False
    for i in range(len(st.recent) - 1, -1, -1):
        par_n, key = st.recent[i]
        if n - par_n > 2:
            break
        if key is None:
            if gender and st.unnamed_gender.get(i) not in (None, gender):
                continue    # "His mother says ... he wrote": the mother is no "he"
            sharers = st.shared.get(i, ())
            fit = [k for k in sharers if st.genders.get(k) in (None, gender)]
            if gender and not window and len(fit) == 1 and len(sharers) > 1:
                # "Kell had written ... “…,” he said": the other Kells are known to be women
                st.genders.setdefault(fit[0], gender)
                return fit[0]
            blocked = True
            break
        if key not in (k for k, _ in window) and key != st.turn_of.get(n):
            window.append((key, par_n))
    if not window:
        return None if blocked or not gender else \
            (_only_person(st, n, gender, pos)
             or _in_own_sentence(st, n, gender, pos, unknown_ok=_other_opens(st.paragraphs[n - 1], gender, pos)))
    if window[0][1] < n and _stranger_speaks(st, n, pos):
        return None     # "X, a student, said ... “…,” she said": X, whom the index missed, not an earlier one
    if window[0][1] < n and st.genders.get(window[0][0]) != gender and _unknown_opener(st, n, pos):
        return None     # "Ilse has kept ... she says": Ilse, whom the index missed, unless the earlier one is known to fit
    if not gender:
        return window[0][0]
    for i, (key, par_n) in enumerate(window):
        g = st.genders.get(key)
        if g and g != gender:
            continue
        if par_n == n and _kept_silent(st, n, key, pos):
            continue    # "Her aunt, X, sat by and did not speak. “…,” she said": not X
        if par_n == n and _addresses_other(st, n, key, gender, pos):
            return None     # "Counsel X then asked her whether ... “…,” she said": the one asked, not X
        if g is None and any(st.genders.get(k) == gender and p == par_n for k, p in window[i + 1:]):
            return None     # same paragraph, someone known to fit: do not guess
        if g is None and par_n < n and _owned_by_other(st, key, par_n, gender):
            # "Her neighbour, X, said ... “…,” she added": the "her" is a woman other than X,
            # and the new "she" is her, not X, whose gender the text never gave
            fit = [k for k, _ in window[i + 1:] if st.genders.get(k) == gender]
            return fit[0] if len(set(fit)) == 1 else None
        st.genders.setdefault(key, gender)
        return key
    return _in_own_sentence(st, n, gender, pos) or _only_person(st, n, gender, pos, fitting=True)


_OWNER_APPOS = re.compile(r"(?:^|[.!?]\s+)[“‘\"]?(?P<det>Her|His)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,\s*$")


_TITLE_BEFORE = re.compile(r"\b(?:(?P<m>Mr)|Mrs|Ms|Miss)\.?\s+$")
# Titles written before a name that a description later stands for ("Chief X ... the chief said"), and
# the abbreviations that tell namesakes apart without standing for anyone ("Rep. Camacho")
_TITLE_WORDS_BEFORE = frozenset({"judge", "justice", "chief", "minister", "governor", "mayor", "president", "bishop",
                                 "sheikh", "councillor", "commissioner", "senator", "lawmaker", "legislator", "mp"})
_ROLE_TITLE_BEFORE = re.compile(r"\b(?P<t>" + "|".join(sorted({w.capitalize() for w in _TITLE_WORDS_BEFORE}
                                                             | {"Rep", "Sen", "Dr", "Prof", "Gen", "Col", "Father", "MP"}
                                                             | {a.capitalize() for a in lexicon.TITLE_ABBREVIATIONS},
                                                             key=lexicon.by_length)) + r")\.?\s+$")


def _titled_in_text(st: _State, key: str, title: str, upto: tuple[int, int] | None = None) -> bool:
    """Whether the text writes the title right before one of the person's mentions (before `upto`,
    a paragraph and a position, when given)."""
    for i, row in enumerate(st.index.occurrences):
        par = st.paragraphs[i]
        for o in row:
            if upto is not None and (i + 1, o.start) >= upto:
                break
            if o.key == key and (r := _ROLE_TITLE_BEFORE.search(par, max(0, o.start - 24), o.start)) \
                    and r.group("t").lower() == title:
                return True
    return False




def _titled_sharer(st: _State, n: int, par: str, at: int, form: str) -> str | None:
    """"Ms Vell said ..." where several people share "Vell" but only one is known to be a woman,
    and she was just speaking: the title settles the short name as hers."""
    t = _TITLE_BEFORE.search(par, max(0, at - 6), at) if at > 0 else None
    if t is None:
        r = _ROLE_TITLE_BEFORE.search(par, max(0, at - 24), at) if at > 0 else None
        if r is None:
            return None
        # "Rep. Camacho" where the host and the lawmaker share "Camacho": the one the text titled so
        title = r.group("t").lower().rstrip(".")
        # ("Supt Kuman" after "Superintendent Thomas Kuman": the abbreviation stands for the title)
        spelled = lexicon.TITLE_ABBREVIATIONS.get(title, title)
        sharers = [m.key for m in st.index.mentions if m.type == "person" and (form in m.forms or form in m.key.split())]
        fit = [k for k in sharers if any(title in part.split() or title + "." in part.split() or spelled in part.split()
                                         for part in st.index.titles.get(k, ())) or _titled_in_text(st, k, title)]
        return fit[0] if len(sharers) >= 2 and len(fit) == 1 else None
    g = "m" if t.group("m") else "f"
    sharers = [m.key for m in st.index.mentions if m.type == "person" and (form in m.forms or form in m.key.split())]
    fit = [k for k in sharers if st.genders.get(k) == g]
    if len(sharers) < 2 or len(fit) != 1:
        return None
    return fit[0] if any(k == fit[0] and n - p <= 1 for p, k in st.recent[-3:]) else None


def _owned_by_other(st: _State, key: str, par_n: int, gender: str) -> bool:
    """Whether the paragraph introduces the person as someone else's ("Her neighbour, X,"),
    the possessive having the pronoun's gender: that other person is the likelier referent."""
    par = st.paragraphs[par_n - 1]
    for o in st.index.occurrences[par_n - 1]:
        if o.key == key:
            m = _OWNER_APPOS.search(par, max(0, o.start - 80), o.start)
            return bool(m) and (m.group("det") == "Her") == (gender == "f")
    return False


# a sentence that opens on a name-shaped run ("Lena KC", "Tomas de Wit") and reports speech:
# "Lena KC, a nurse on the ward, said ..." or "Lena KC said ..."
_STRANGER = re.compile(
    r"(?:^|(?<=[.!?”\"]\s))(?P<name>(?-i:[A-Z][\w’'-]*)(?:\s+(?:(?-i:[a-z]{1,3})\s+)?(?-i:[A-Z][\w’'-]*)){1,3})"
    rf"(?:\s*,\s*(?:a|an|the|who)\s[^“”\"]{{1,140}}?,)?\s+(?:{_ADV}\s+)*(?:{_V})\b")


def _stranger_speaks(st: _State, n: int, pos: int | None) -> bool:
    """Whether this paragraph, before the pronoun, has a speaker named in a shape the actor
    index did not take: then the pronoun is more likely that person than an earlier subject."""
    if pos is None:
        return False
    par = st.paragraphs[n - 1]
    occs = st.index.occurrences[n - 1]
    for m in _STRANGER.finditer(par, 0, pos):
        if m.group("name").split()[0].lower() in lexicon.COMMON_CAPITALISED:
            continue
        if not any(o.start < m.end("name") and m.start("name") < o.end for o in occs):
            return True
    return False


# A paragraph opening on a bare capitalised word the index did not take, then its verb:
# "Ortega, who runs the stall, told ..." or "Ilse has kept ...": a person, likely the pronoun's.
_UNKNOWN_OPENER = re.compile(r"(?P<name>(?-i:[A-Z][\w’'-]+))(?:\s*,\s*(?:who|whose|a|an|the)\s[^“”\"]{1,140}?,)?\s+"
                             r"(?:(?:has|had|is|was|will|would|did|does|can|could|still|also|now|then|never|"
                             r"already|later|again)\s+)*(?:has|had|is|was|told|said|says|keeps|kept|spent|went|"
                             r"gave|took|sat|stood|came|left|wrote|spoke|began|sent|made|met|found|heard|knew|"
                             r"paid|saw|brought|held|led|felt|(?-i:[a-z]+ed))\b")


def _unknown_opener(st: _State, n: int, pos: int | None) -> bool:
    """Whether this paragraph opens on a name-like subject the index could not settle: then a
    pronoun after it does not reach back to an earlier paragraph's speaker."""
    if pos is None:
        return False
    par = st.paragraphs[n - 1]
    m = _UNKNOWN_OPENER.match(par, 0, pos)
    if not m or m.group("name").lower() in lexicon.COMMON_CAPITALISED:
        return False
    return not any(o.start < m.end("name") for o in st.index.occurrences[n - 1])


_SILENT = lexicon.SILENT


def _kept_silent(st: _State, n: int, key: str, pos: int | None) -> bool:
    """Whether the sentence naming the person, before the pronoun, says that person did not
    speak: "Her aunt, X, sat by and did not speak." — no speaker for a "she said" after it."""
    if pos is None:
        return False
    par = st.paragraphs[n - 1]
    occs = st.index.occurrences[n - 1]
    for j, o in enumerate(occs):
        if o.key != key or o.end > pos:
            continue
        stop = _STOP_OR_QUOTE.search(par[o.end:pos])
        seg = par[o.end: o.end + stop.start() if stop else pos]
        nxt = occs[j + 1].start - o.end if j + 1 < len(occs) else len(seg)
        m = _SILENT.search(seg)
        if m and m.start() < nxt:
            return True
    return False


# "asked her", "told him": the one spoken to, in a pronoun of the gender of a later "she"/"he"
# right after the name, as its own verb: "X then asked her", not "X said the families had asked her"
_ADDRESSED = {g: re.compile(rf"\s+(?:(?:then|also|later|again|first|further|repeatedly)\s+)*(?:asked|told|showed|handed|"
                           rf"urged|pressed|questioned|reminded|ordered|warned|directed|invited|instructed)\s+{w}\b")
              for g, w in (("f", "her"), ("m", "him"))}


def _addresses_other(st: _State, n: int, key: str, gender: str, pos: int | None) -> bool:
    """Whether the person, named before the pronoun, speaks to someone of the pronoun's gender
    by pronoun ("X then asked her whether ..."): that other one (not X, or the text would say
    "herself") is the likelier "she" after it."""
    if pos is None or not gender:
        return False
    par = st.paragraphs[n - 1]
    # ("X asked the sheriff's chief deputy whether ... He said": the one asked answers)
    occs = st.index.occurrences[n - 1]
    return any(o.key == key and o.end <= pos and (_ADDRESSED[gender].match(par, o.end) or _ASKED_ROLE.match(par, o.end)
                                                  and not any(x.key == key and o.end < x.start < pos for x in occs))
               for o in occs)


_ASKED_ROLE = Lazy(r"\s+(?:(?:then|also|later|again|first|repeatedly)\s+)*(?:asked|questioned|pressed)\s+(?:the|a|an)\s+"
                   r"(?:[\w’'-]+\s+){0,3}?(?:" + lexicon.alternation(sorted(lexicon.ROLE_NOUNS, key=lexicon.by_length))
                   + r")\s+(?:whether|if|why|how|what|when|where|who|about)\b")


# A sentence whose subject is two people: "Mother and daughter ...", "The two sisters ...".
_KIN = r"(?:mother|father|daughter|son|sister|brother|husband|wife|aunt|uncle|niece|nephew|grandmother|grandfather)"
_PLURAL_SUBJECT = re.compile(rf"^(?:{_KIN}\s+and\s+(?:her\s+|his\s+|their\s+)?{_KIN}|(?:the|both)\s+(?:two|three|four)\s+"
                             rf"(?:women|men|girls|boys|{_KIN}s)|both\s+(?:women|men|{_KIN}s)|the\s+(?:couple|sisters|brothers))\b",
                             re.IGNORECASE)


# "Its head has said", "The commission's chairman told": an office holder of a body, unnamed,
# opens the sentence as its subject
# (or by the body's name: "The AMCU branch chairperson rejected the claim")
_BODY_ROLE_OPENS = re.compile(r"(?:Its|Their|The\s+[a-z][\w-]*[’']s|The\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})"
                              r"\s+(?:[a-z-]+\s+){0,2}(?:"
                              + lexicon.alternation(sorted(lexicon.ROLE_NOUNS, key=lexicon.by_length))
                              + r")\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+)*[a-z]+\b(?<!\bof)(?<!\band)(?<!\bwho)")


def _body_role_opens(par: str, pos: int | None) -> bool:
    """Whether the pronoun's own sentence opens on a body's unnamed office holder as its
    subject: the pronoun is that one, never someone named before."""
    if pos is None:
        return False
    lo = max(par.rfind(". ", 0, pos), par.rfind("? ", 0, pos), par.rfind("! ", 0, pos)) + 1
    while lo < pos and par[lo] in " “\"‘":
        lo += 1
    return _BODY_ROLE_OPENS.match(par, lo, pos) is not None


def _plural_subject_before(par: str, pos: int | None) -> bool:
    """Whether the sentence just before the quotation the pronoun follows has two people for
    its subject: the pronoun could be either."""
    if pos is None:
        return False
    head = _QUOTE_AT_END.sub("", par[:pos])
    if len(head) == len(par[:pos]):
        return False        # the pronoun does not follow a quotation
    last = _AFTER_STOP.split(head.strip())[-1]
    return bool(_PLURAL_SUBJECT.match(last))


# a sentence opening on an answer ("Responding, he says"), the pronoun's own
_ANSWERING_OPENS = re.compile(r"(?:^|[.!?]\s+)(?:Responding|Replying|Answering|In\s+(?:response|reply))\b[^.!?]*$")
_ANSWER_PRONOUN = re.compile(r"\W*(?:Responding|Replying|Answering|In\s+(?:response|reply))\b[^,.!?]{0,60},\s+(?:he|she)\b")
# someone unnamed, brought in as telling the writer: "what a worker told me", "a nurse wrote to us"
_UNNAMED_TOLD_ME = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:worker|woman|man|girl|boy|person|resident|mother|"
                             r"father|nurse|teacher|student|farmer|vendor|driver|villager|neighbour|neighbor|"
                             r"colleague|friend|official|officer)\s+(?:once\s+|also\s+)?(?:told|wrote\s+to|said\s+to)\s+(?:me|us)\b")
_ASKED = re.compile(r"\b(?:asked|questioned|pressed)\b")
_STOP_SPACE_RE = re.compile(r"[.!?][”’\"']?\s")


def _sentence_ends_before(par: str, pos: int) -> bool:
    """Whether a sentence of the writer's ends before pos (a quotation's own sentences do not count)."""
    spans = find_spans(par)
    return any(not any(sp.open_at <= m.start() < sp.after for sp in spans) for m in _STOP_SPACE_RE.finditer(par, 0, pos))
_IN_WHICH_BEFORE = re.compile(r"\b(?:in\s+which|where)\s+$")
# (the words the pronoun reports: "in which he said", not "in which she called for a cut")
_PRONOUN_SAID = re.compile(r"(?:he|she)\s+(?:said|wrote|claimed|alleged|stated|argued|insisted|added)\b")


def _in_own_sentence(st: _State, n: int, gender: str, pos: int | None, unknown_ok: bool = False) -> str | None:
    """"When I met Ms X, she told me:": no recent subject fits, but the pronoun's own sentence
    names exactly one person before it, one the text has given that gender (or, `unknown_ok`,
    none at all)."""
    if pos is None:
        return None
    par = st.paragraphs[n - 1]
    lo = max(par.rfind(". ", 0, pos), par.rfind("? ", 0, pos), par.rfind("! ", 0, pos)) + 1
    keys = {o.key for o in _unquoted(st, n) if o.type == "person" and lo <= o.start and o.end <= pos}
    if len(keys) != 1 or None in keys:
        return None
    key = next(iter(keys))
    return key if st.genders.get(key) == gender or unknown_ok and st.genders.get(key) is None else None


# "She added that X had made no comment, but when ..., he replied:": the sentence's own subject is
# a pronoun of the other gender, so the "he" can only be the one person it names
_PRONOUN_OPENS = re.compile(r"(?:^|[.!?]\s+)[“‘\"]?(?P<p>She|He)\s+(?:also\s+|later\s+|then\s+)?[a-z]+ed\b[^.!?]*$")


def _other_opens(par: str, gender: str, pos: int | None) -> bool:
    if pos is None:
        return False
    m = _PRONOUN_OPENS.search(par, max(0, pos - 300), pos)
    return m is not None and m.group("p") == ("She" if gender == "m" else "He")


_PREDICATE_BEFORE = re.compile(r"(?:[,(]|\b(?:is|was|as|became|been|be))\s*$")
_OPENING_CLAUSE_COMMA = re.compile(r"(?:^|[.!?”\"]\s+)(?:When|After|Asked|Contacted|Reached|Approached|Speaking|"
                                   r"Later|Earlier|Meanwhile|However|In\s+a|On|According\s+to)\b[^,;.“”\"]{0,60},\s*$")


def _unnamed_before(st: _State, n: int, head: str, pos: int) -> bool:
    """Whether this paragraph, before pos, brings in "a/an <...> <head>" given no name in
    apposition: "the <head>" later is that unnamed one, no person named elsewhere. So does the
    paragraph before, when this one names nobody before pos ("An electoral official, who asked
    not to be named, said ... / “…,” the official said")."""
    if _brings_in_unnamed(st, n, head, pos):
        return True
    return n > 1 and not any(o.type == "person" and o.end <= pos for o in st.index.occurrences[n - 1]) \
        and _brings_in_unnamed(st, n - 1, head, len(st.paragraphs[n - 2]))


def _brings_in_unnamed(st: _State, n: int, head: str, pos: int) -> bool:
    par = st.paragraphs[n - 1]
    i = par.find(head, 0, pos)
    while i >= 0:
        end = i + len(head)
        m = _INDEFINITE_END.search(par, max(0, i - 40), i) if end == len(par) or not par[end].isalnum() else None
        i = par.find(head, end, pos)
        if m is None or _PREDICATE_BEFORE.search(par, max(0, m.start() - 12), m.start()) \
                and not _OPENING_CLAUSE_COMMA.search(par, 0, m.start()):
            continue    # (not "a/an <head>"; or "X, a former judge," / "X is a former judge": X's role)
            # (but "When contacted later in the day, a spokesperson ...": the comma closes an opening clause)
        if par.startswith(",", end) and any(o.type == "person" and o.key and end < o.start <= end + 40
                                            and not par[end:o.start].strip(", ").count(" ") > 3
                                            for o in st.index.occurrences[n - 1]):
            continue    # "A police officer, Sgt X, said": named
        return True
    return False


_INDEFINITE_END = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}$")     # ("A senior Finance Ministry official")


_CONCURRING_AFTER = re.compile(r"\s+(?:also\s+)?concurring\b")


def _concurs(st: _State, key: str) -> bool:
    """Whether the text names the judge only as one who concurred ("with judge Y concurring")."""
    return any(o.key == key and _CONCURRING_AFTER.match(st.paragraphs[i], o.end)
               for i, row in enumerate(st.index.occurrences) for o in row)


def _description(st: _State, n: int, mods: list[str], head: str, pos: int) -> str | None:
    """_description_of, and where the description names a place ("the leader from Argelia"), only
    a person the text put in that place."""
    key = _description_of(st, n, mods, head, pos)
    if key is None:
        return None
    where = _DESC_PLACE.match(st.paragraphs[n - 1], pos)
    if where is None or where.group("head").lower() != head:
        return key
    place = where.group("place")
    if place.lower() in " ".join(st.index.titles.get(key, ())) + " " + " ".join(st.roles.get(key, ())):
        return key
    # (or said so beside a full mention: "X, a leader from Guapi" is no leader from Argelia)
    for k, row in enumerate(st.index.occurrences[:n], 1):
        for o in row:
            if o.key == key and place in st.paragraphs[k - 1][o.end:o.end + 120]:
                return key
    return None


# "the leader from Argelia": a description with the place its person is from
_DESC_PLACE = re.compile(r"[Tt]he\s+(?:[\w’'-]+\s+){0,2}?(?P<head>[a-z]+)\s+(?:from|of|in)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+)")


def _description_of(st: _State, n: int, mods: list[str], head: str, pos: int) -> str | None:
    """"the premier", "the foreign minister", "the rights official": one person, or None."""
    proper = [m.lower().rstrip("’'s") for m in mods if m[:1].isupper() and m.lower() not in {"the", "a", "an"}]
    mods = [m.lower().rstrip("’'s") for m in mods]
    titles = st.index.titles
    if st.roles:
        titles = dict(titles)
        for k, extra in st.roles.items():
            titles[k] = tuple(titles.get(k, ())) + tuple(extra)
    known = {k: v for k, v in titles.items() if st.introduced.get(k, (10**9, 0)) <= (n, pos)}
    if _unnamed_before(st, n, head, pos):
        return None     # "A police officer, who spoke on condition of anonymity, said ... the officer said"
    par = st.paragraphs[n - 1]
    nameless = _NAMELESS.search(par, 0, pos)
    if nameless and not any(o.type == "person" and nameless.end() <= o.start < pos for o in st.index.occurrences[n - 1]):
        # "A colleague, who asked not to be named, said ... “…,” the broadcaster said": the one the
        # paragraph leaves unnamed, whatever words describe them
        return None
    if head in {"official", "leader", "figure", "politician"} and head not in lexicon.DESCRIPTION_SYNONYMS:
        # Generic heads stand only for the person the text is about just now.
        topic = _pronoun(st, n, "")
        if not topic or topic not in known:
            return None
        text = " ".join(known[topic])
        content = [m for m in mods if m not in lexicon.DEMONYMS and m not in {"the", "a"}]
        return topic if all(m[:5] in text for m in content) else None
    heads = lexicon.DESCRIPTION_SYNONYMS.get(head, (head,))
    exact = lexicon.DESCRIPTION_EXACT.get(head, ())
    # (a title's last word may be the exact one: "the judge" is "Single-judge Justice X")
    cands = [k for k, parts in known.items() if any(h in p and _heads(h, p) for p in parts for h in heads)
             or any(p in exact or p.rsplit(" ", 1)[-1] in exact for p in parts)]
    # A bare surname ("General Reyes") is the same person as the full name that holds the title.
    cands = [k for k in cands if " " in k or not any(c != k and c.endswith(" " + k) for c in cands)]
    if len(cands) > 1:
        content = [m for m in mods if m not in lexicon.DEMONYMS]
        narrowed = [k for k in cands if all(m[:5] in " ".join(known[k]) for m in content)]
        cands = narrowed if narrowed else cands
    elif cands and any(m in lexicon.PORTFOLIO_WORDS or m in lexicon.ORG_HEADS or m in proper for m in mods) and not all(
            m[:5] in " ".join(known[cands[0]]) for m in mods
            if m in lexicon.PORTFOLIO_WORDS or m in lexicon.ORG_HEADS or m in proper and m not in lexicon.DEMONYMS):
        # "the police commissioner" is not the electoral commissioner named before, nor "the Awajún
        # leader" the electoral board's president
        return None
    if len(cands) > 1 and head in {"judge", "justice"}:
        # "judge X, with judge Y concurring": the judgment is X's; "the judge wrote" is never Y
        writers = [k for k in cands if not _concurs(st, k)]
        cands = writers if writers else cands
    if len(cands) > 1:
        # two spokespeople in the text: "the spokesperson" is the one this paragraph names before it
        low = st.paragraphs[n - 1].lower()
        here = {o.key for o in st.index.occurrences[n - 1] if o.key in cands and o.end <= pos and o.type == "person"
                and any(t and low.rfind(t, max(0, o.start - 80), o.start) >= 0 for t in known[o.key])}
        cands = list(here) if len(here) == 1 else cands
    if head in _TITLE_WORDS_BEFORE:
        # "Chief Lushinga ... the chief says": the one person the text so far titled so before a name
        # (and a second one titled so makes the description anyone's of the two)
        cands = list(dict.fromkeys(cands + [k for k in known if _titled_in_text(st, k, head, upto=(n, pos))]))
    if not cands and head in _RANK_ABBREVIATIONS:
        # "Maj. Gen. X ... “…,” the general said", "Rev X ... the clergyman said": the one person this
        # paragraph names under a short rank that means the description
        par = st.paragraphs[n - 1]
        cands = list({o.key for o in st.index.occurrences[n - 1] if o.type == "person" and o.key and o.end <= pos
                      and (_RANK_ABBREVIATIONS[head].search(par, max(0, o.start - 24), o.start)
                           or _RANK_ABBREVIATIONS[head].fullmatch(o.form.split()[0] + " "))})
        if not cands:
            # "Lt. Col. X" paragraphs earlier, "X, the deputy director, ... The colonel said": the one
            # person the text so far has named under that rank
            cands = list({o.key for i in range(n - 1) for o in st.index.occurrences[i]
                          if o.type == "person" and o.key
                          and (_RANK_ABBREVIATIONS[head].search(st.paragraphs[i], max(0, o.start - 24), o.start)
                               or _RANK_ABBREVIATIONS[head].fullmatch(o.form.split()[0] + " "))})
    return cands[0] if len(cands) == 1 else None


# Short ranks written before a name, by the description that stands for them later.
_RANK_ABBREVIATIONS = {
    head: re.compile(rf"(?<![\w.])(?:{ranks})\.?\s+(?:[A-Z][\w’'.-]*\s+){{0,2}}$")
    for head, ranks in {
        "general": r"Gen|Lt\.?\s*Gen|Maj\.?\s*Gen|Brig\.?\s*Gen|General",
        "colonel": r"Col|Lt\.?\s*Col|Colonel",
        "major": r"Maj|Major",
        "captain": r"Capt|Captain",
        "clergyman": r"Rev|Revd|Reverend|Fr|Father|Pastor|Bishop",
        "cleric": r"Rev|Revd|Reverend|Fr|Pastor|Bishop|Imam|Sheikh|Mufti",
        "priest": r"Rev|Revd|Reverend|Fr|Father",
        "pastor": r"Rev|Revd|Reverend|Pastor",
    }.items()
}


# A word that another noun follows in a title only modifies it: "the chief" is not the
# "district chief executive", "the director" not a "director-general's adviser".
# (a compass word after it names the office's region, not a noun it modifies: "resident minister north")
_MODIFIED = re.compile(r"(?:-|\s+(?!(?:of|for|at|in|on|to|and|with|from|in-charge|north|south|east|west|central)\b)[a-z])")


_OWNS_OFFICE = re.compile(r"[’']s\s+(?:office|offices|department|chambers|bureau|service)\b")


def _heads(word: str, title: str) -> bool:
    """Whether `word` stands in `title` as a head, not as a modifier of the noun after it."""
    i = title.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not title[i - 1].isalnum()) and not title[j:j + 1].isalnum() \
                and not _MODIFIED.match(title, j) and not _OWNS_OFFICE.match(title, j) and " of " not in title[:i]:
            # (nor as the owner of an office: "the prosecutor's office" is no prosecutor; nor after
            # "of": "Head ... of the Staff of the Human Rights Defender" is no defender)
            return True
        i = title.find(word, i + 1)
    return False


def _and_subject_ok(par: str, head: str, subj, occs, lo: int) -> bool:
    """No actor but the subject between the subject's mention and the "and", and no comma
    clause that could hold a subject of its own ("X met Y, who ..., and")."""
    mine = [o.end for o in occs if o.key == subj[0] and lo <= o.start < lo + len(head)]
    if not mine:
        # a description that opens the sentence: "The UN refugee agency pointed to ... and urged"
        at = head.find(subj[2]) if subj[2] else -1
        if at < 0 or head[:at].strip(" “‘\"("):
            return False
        mine = [lo + at + len(subj[2])]
    others = [o for o in occs if o.start >= mine[0] and o.end <= lo + len(head) and o.key != subj[0]]
    # (a person after a preposition is an object: "the sentence handed to lawyer X")
    return not any((o.type == "person" and not _OBJECT_BEFORE.search(par, max(lo, o.start - 60), o.start))
                   or _NEW_CLAUSE.search(par, max(lo, o.start - 12), o.start)
                   for o in others) and ", who" not in head and ", which" not in head[mine[0] - lo + 40:]


# "says a court clerk phoned her ... and", "said his captors warned him": a reporting verb whose
# clause has a subject of its own.
_REPORT_CLAUSE = re.compile(r"(?:says|said|recalls|recalled|claims|claimed|alleges|alleged)\s+(?:that\s+)?"
                            r"(?:a|an|the|one|another|his|her|their)\s+[^,;:“”\"§]{0,60}?[a-z]\s+(?:had\s+|has\s+|was\s+)?[a-z]+")
# "told him to", "asked her": a verb whose object is a person, the one spoken to.
_TELLS_OBJ = re.compile(r"[\w-]+\s+(?:him|her|them|me|us)\b")


# An actor that opens a clause of its own: "..., and the ministry defended", "while the union".
_NEW_CLAUSE = re.compile(r"(?:[,;]\s*|\b(?:and|but|while|whereas)\s+)(?:the\s+)?$")


_OBJECT_BEFORE = re.compile(r"\b(?:to|of|for|against|on|at|with|by|from)\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,4}$")


_UNIT_OF_BEFORE = re.compile(
    r"(?:^|(?<=[\s,]))(?:[Tt]he|[Ii]ts)\s+(?:[A-Z][\w’'-]+\s+)?(?:(?:regional|district|city|provincial|municipal|oblast|"
    r"county|local|state|national|country|press|media)\s+)?(?:branch|office|department|directorate|bureau|"
    r"chapter|division|section)\s+of\s+(?:the\s+)?$")


def _subject_before(st: _State, n: int, par: str, masked: str, sent: Sentence, verb_at: int, occs,
                    person_keys, subj) -> tuple[str | None, str, bool]:
    """The subject of the verb at verb_at: (key, words, found-a-subject)."""
    head = masked[sent.start:verb_at]
    # "X said ... and urged": a verb without its own subject shares the one before.
    if _AND_BEFORE_VERB.search(head[-80:]):
        earlier = [v for v in _VERB_ANY.finditer(head) if not _TO_END.search(head[max(0, v.start() - 5): v.start()])]
        if earlier:
            r = _subject_before(st, n, par, masked, sent, sent.start + earlier[-1].start(), occs,
                                person_keys, subj)
            lo, hi = sent.start + earlier[-1].end(), sent.start + len(head)
            if r[0] and (", who " in par[lo:hi] or any(
                    o.key != r[0] and lo <= o.start and o.end <= hi and (
                        (o.type == "person" and not _OBJECT_BEFORE.search(par, max(lo, o.start - 60), o.start))
                        or _NEW_CLAUSE.search(par, max(lo, o.start - 12), o.start)) for o in occs)):
                # "X expressed alarm, while the lawyer Y went to court and asked", "..., and the
                # ministry defended them and called", "Y, who was freed and called": Y may be the one
                return None, f"not settled ({r[1]} and another subject before “and”):", True
            if r[0] and _REPORT_CLAUSE.match(head, earlier[-1].start()) and _TELLS_OBJ.match(par, verb_at):
                # "X says a lawyer met him once and told him to “…”": the teller is the lawyer of
                # the reported clause, never X, whom he told
                return None, f"not settled ({r[1]} reports another who “told him”):", True
            return r
        if subj and subj[0] and subj[1] in {"person", "org"} and _and_subject_ok(par, head, subj, occs, sent.start):
            # "The agency voiced concern about ... and asked for “…”": the clause's subject, when
            # nobody else is named in between to take the second verb
            return subj[0], f"{subj[2]} … and", True
    if subj and subj[0] and subj[1] == "person" and ", " in head:
        # "The law's author, Jogorku Kenesh deputy X, told": the one the opening role names
        o = next((o for o in occs if o.key == subj[0] and sent.start <= o.start < verb_at
                  and _CLOSING_COMMA.match(par[o.end:verb_at])), None)
        lead = sent.start + _LEAD.match(par[sent.start:verb_at]).end() if o is not None else 0
        if o is not None and not par.startswith(("His ", "Her ", "Their ", "Its ", "My ", "Our "), lead) \
                and _ROLE_APPOS_PREFIX.match(par[lead:o.start]):
            # (a relative's or a pronoun's role, "His lawyer, X,", is read by the rules below)
            return o.key, par[lead:o.end].strip(), True
    r = _KIND_REP_END.search(head[-90:]) if "spokes" in head[-90:] else None
    if r is not None and r.group("head").lower() not in {"police", "party", "government"}:
        # "a division spokesperson said", after "the Alaska Division of Elections": the one body
        # the text names with that word speaks through its spokesperson
        key, kind = _resolve(st, n, f"the {r.group('head')}", sent.start + len(head) - len(head[-90:]) + r.start("head"),
                             occs, person_keys)
        if key and kind in {"org", "thing", "description"} and key not in person_keys:
            return key, r.group().strip(" ,"), True
    w = _WHO_END.search(head)
    if w is not None:
        o = _who_antecedent(par, sent.start + w.start(), sent.start, occs)
        if o is not None:
            return o.key, f"{o.form}, who", True
    w = _WHICH_END.search(head[-60:])
    if w is not None:
        # "a pattern documented by the X Group, which reported that ...": the body the clause hangs on
        at = sent.start + len(head) - len(head[-60:]) + w.start()
        o = next((o for o in occs if o.type != "person" and o.key and not o.poss and _WHICH_GAP.fullmatch(par, o.end, at)),
                 None)
        if o is not None:
            return o.key, f"{o.form}, which", True
    # "The European Union’s delegation to Thailand said": the institution speaks.
    for o in occs:
        if sent.start <= o.start < verb_at and o.poss and o.type != "person" and o.key:
            tail = par[o.end:verb_at]
            if _INSTITUTION_TAIL.fullmatch(tail):
                return o.key, par[o.start:verb_at].strip(), True
        elif sent.start <= o.start < verb_at and o.type != "person" and o.key and _PRESS_SERVICE_TAIL.fullmatch(par, o.end, verb_at) \
                and par[max(sent.start, o.start - 4):o.start].lower() == "the ":
            # "the GKNB press service said": the body speaks through its press service
            return o.key, par[o.start - 4:verb_at].strip(), True
    for o in occs:
        # "..., the head of the Lakeside prison service stated": the unnamed head speaks for the body
        if sent.start <= o.start < verb_at and o.type != "person" and o.key \
                and _HEAD_OF_END.search(par, max(sent.start, o.start - 40), o.start) \
                and (not par[o.end:verb_at].strip() or _OWN_OFFICE.fullmatch(par[o.end:verb_at].rstrip())):
            return o.key, par[_HEAD_OF_END.search(par, max(sent.start, o.start - 40), o.start).start():verb_at].strip(), True
    for o in occs:
        # "The indictment, signed by the X Prosecutor's Office, states": the signer speaks
        if sent.start <= o.start < verb_at and o.key and _SIGNED_BY.fullmatch(par, o.end, verb_at) \
                and _DOC_SIGNED_BY.search(par, max(sent.start, o.start - 90), o.start):
            return o.key, par[_DOC_SIGNED_BY.search(par, max(sent.start, o.start - 90), o.start).start():verb_at].strip(), True
    d = _POSS_DOC_ASIDE.fullmatch(head) if "," in head else None
    if d is not None:
        # "Her final post, late on a Sunday, read: “…”": the owner of the post, past the aside
        key, _ = _resolve(st, n, d.group("np"), sent.start + d.start("np"), occs, person_keys, subj)
        return key, d.group("np"), True
    # Pronoun, document or description right before the verb.
    m = _NP_BEFORE_VERB.search(head[-120:])
    if m is not None and (p := _SAID_THEN_PRONOUN.search(m.group("np")) or _NOUN_THEN_PRONOUN.search(m.group("np"))):
        # "His sister said he had begged": the pronoun is the subject, not the phrase before it;
        # so in "In the same letter she added:", an opening phrase with no comma after it
        m = _NP_BEFORE_VERB.search(head[-120:], m.start("np") + p.start("p") - 1)
    if m is not None:
        shift = len(head) - len(head[-120:])
        m = _Shifted(m, shift)
    best_occ = None
    for o in sorted((o for o in occs if sent.start <= o.start and o.end <= verb_at), key=lambda o: -o.end):
        if masked[o.start] == "§":
            continue
        if o.type != "person" and par[o.start - 2:o.start] == " (" and par[o.end:o.end + 1] == ")" \
                and any(p.type == "person" and p.end == o.start - 2 for p in occs):
            continue    # "deputy X (PVN), who ..., said": the initials in parentheses are the person's party
        gap = par[o.end:verb_at]
        if o.type == "person":
            gap = _past_affiliation(par, o.end, verb_at, occs)
        elif o.key and _ORG_REP_GAP.fullmatch(gap) and _A_BEFORE.search(par, max(sent.start, o.start - 5), o.start):
            # "a Foreign Ministry spokesperson said": the body speaks through its unnamed staff
            return o.key, par[_A_BEFORE.search(par, max(sent.start, o.start - 5), o.start).start():verb_at].strip(), True
        if not _GAP.match(gap) and not (o.type == "person" and _title_list(gap)) \
                and not (o.type == "person" and _DASH_CLOSE.match(gap)
                         and _REAL_NAME_ASIDE.search(par, max(sent.start, o.start - 40), o.start)) \
                and not (o.type == "person" and (_CLOSING_COMMA.match(gap) or _DASH_ASIDE_GAP.match(gap))
                                        and (_APPOS_OPEN.match(masked[sent.start:o.start])
                                             or " " in o.form and _DET_NP_COMMA.fullmatch(masked, sent.start, o.start)
                                             or _ONE_OF_APPOS.fullmatch(masked, sent.start, o.start))) \
                and not (o.type != "person" and _PORTFOLIO_TAIL.match(gap)
                         and not any(p.start >= o.end and p.end <= verb_at for p in occs)) \
                and not (o.type != "person" and _TIME_GAP.match(gap) and _body_in_commas(par, sent.start, o)) \
                and not (o.type != "person" and _SIGNED_ASIDE.match(gap)) \
                and not (o.type != "person" and _KIND_WORD_GAP.match(gap)) \
                and not (o.type != "person" and _CLOSING_COMMA.match(gap)
                         and _BODY_APPOS_OPEN.fullmatch(masked, sent.start, o.start)) \
                and not (o.type == "person" and _OF_FIRM_GAP.match(par, o.end, verb_at)
                         and _APPOS_OPEN.match(masked[sent.start:o.start])):
            continue
        if o.type != "person" and o.key and not o.poss and has_any(par[max(sent.start, o.start - 60):o.start], _REP_KEYS) \
                and _REP_FOR.search(par, max(sent.start, o.start - 60), o.start) and not _NAMELESS.search(gap):
            # (but "An official from the ministry, who asked not to be named, said": one person, not the body)
            # "A spokesperson for the Fishers Network of Keta said": the body speaks through its staff
            return o.key, par[max(sent.start, o.start - 60):verb_at].strip(), True
        u = _UNIT_OF_BEFORE.search(par, max(sent.start, o.start - 70), o.start) \
            if o.type != "person" and o.key and not o.poss and _GAP.match(gap) else None
        if u is not None and par[sent.start:u.start()].strip()[-1:] in {"", ","}:
            # "After the verdict, the Sverdlovsk regional department of the Investigative Committee
            # said": a body's branch, the sentence's subject, speaks for the body
            return o.key, par[u.start():verb_at].strip(), True
        if o.type != "person" and _KIND_OF_BEFORE.search(par, max(sent.start, o.start - 50), o.start):
            continue    # "X of the Windhoek firm Y said": the firm is where X works, never the speaker
        pre = _PRE_PREP.search(par[max(sent.start, o.start - 40):o.start])
        if pre is not None and not (_RELATIVE_THAT.match(pre.group()) and (not gap.strip() or _ADV_GAP.fullmatch(gap))) \
                and not (_CLAUSE_AND.search(par, max(sent.start, o.start - 40), o.start) and _GAP.match(gap)):
            # (but "a step that X described as “…”": the relative clause's own subject, its verb next;
            # and "I wrote to the municipality, and X replied:": a clause of its own after a comma)
            continue
        if o.type != "person" and any(p.type == "person" and p.key and sent.start <= p.start
                                      and _AFFILIATION.fullmatch(par, p.end, o.start) for p in occs):
            continue    # "Rep. X of the ruling Y Party, who ..., said": the body is X's, X speaks
        if o.poss and o.type == "person" and o.key and _VOICE_AS.search(par, max(sent.start, o.start - 60), o.start):
            best_occ = o        # "a voice the police identify as X's says": X, as the text puts it
            break
        if o.poss:
            continue
        best_occ = o
        break
    # (a phrase that starts where an actor's mention starts, or inside it, is that mention: "the
    # government", "the Sudan" of "the Fact-Finding Mission for the Sudan")
    if best_occ is not None and (m is None or m.start("np") + sent.start < best_occ.end
                                 # (a phrase inside the adverbs between: "X has in the past said")
                                 or _ADV_GAP.fullmatch(par, best_occ.end, verb_at)
                                 # "X of the Y Institute said": the body's name is X's affiliation
                                 or (best_occ.type == "person"
                                     and _past_affiliation(par, best_occ.end, verb_at, occs) != par[best_occ.end:verb_at])):
        # An unclosed apposition: "X, spokesman for group Y told" is X speaking, not Y.
        if best_occ.type != "person":
            for p in occs:
                if p.type == "person" and sent.start <= p.start < best_occ.start and p.key and \
                        _OPEN_APPOS.fullmatch(par, p.end, best_occ.start):
                    return p.key, p.form, True
        return best_occ.key, best_occ.form, True
    if m is None and best_occ is None:
        # "The Ministry, in its statement, said": the sentence's subject, past an aside in commas
        m = _NP_ASIDE_VERB.match(head)
    if m:
        np = m.group("np")
        if np.lower() in {"who", "which"}:
            return None, np, True
        if _REP_FOR.search(head, 0, m.start("np")):
            # "A spokesperson for the ministry said": the body the text names by its common noun
            key, kind = _resolve(st, n, np, sent.start + m.start("np"), occs, person_keys, subj)
            if key is None and (w := np.split()[-1].lower()) in lexicon.ORG_HEADS:
                # (the one body in the whole text with that head word: "the ministry", "the unit")
                bodies = {x.key for x in st.index.mentions if x.type != "person"
                          and w in (t.lower() for t in x.key.split())}
                key = bodies.pop() if len(bodies) == 1 else None
            if key and key not in person_keys:
                return key, f"{head[max(0, m.start('np') - 30):m.start('np')].strip()} {np}", True
        if _OBJ_PREP_END.search(head, 0, m.start("np")):
            # "the Mission for the Sudan reported": "the Sudan" is the object of "for", inside a
            # longer subject the index did not take; that subject is not settled
            return None, f"not settled (… {head[max(0, m.start('np') - 20):].strip()})", True
        key, kind = _resolve(st, n, np, sent.start + m.start("np"), occs, person_keys, subj)
        return key, np, True
    # Something else is the subject ("Western nations ... have criticized"): not an actor.
    return None, "", bool(_ANY_WORD.search(head))


# "The Affirmative Repositioning movement, which backs them, said", "The Histadrut labor federation
# said": the name, then its kind in lower case
_KIND_WORD_GAP = Lazy(r"\s+(?:movement|group|campaign|collective|coalition|network|alliance|platform|initiative|"
                      + BODY_KIND_AFTER_NAME + r")"
                      r"(?:\s*,[^,;“”]{2,160}?,)?\s+(?:" + _ADV + r"\s+)*$")
# Where a person works, named after its kind: "X of the Windhoek firm Y and Z," (one phrase for the
# three patterns below and _OF_FIRM_COMMA)
_FIRM_KINDS = r"(?:law\s+)?(?:firm|company|consultancy|chambers|practice)"
_OF_FIRM = (r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:" + _FIRM_KINDS
            + r"|organi[sz]ation|group)\s+[^,;:“”\"]{2,80}?,")
_OF_FIRM_GAP = Lazy(_OF_FIRM + r"\s*(?:" + _ADV + r"\s+)*$")
_HEARD_THAT = re.compile(r"\b(?:heard|was\s+told|were\s+told|learned|learnt)\s+(?:that|how)\b")
_INDEFINITE_PERSON_OPENS = re.compile(r"(?:A|An|One|Another)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,2}?(?:"
                                      + lexicon.alternation(sorted(lexicon.ROLE_NOUNS | lexicon.RELATION_NOUNS
                                                                   | {"man", "woman", "boy", "girl"}, key=lexicon.by_length))
                                      # (then a past tense: someone who did something, not "a judge should")
                                      # ("An Afghan journalist now living in Norway, who spoke ..., described")
                                      + r")\b(?!\s+of\b)(?:\s+(?:now\s+)?(?:living|based|working|studying)\s+(?:in|at|near)\s+[^,;“”\"]{1,40})?"
                                      r"(?:\s*,[^,;“”\"]{1,160},)?\s+(?:[a-z]+ed|came|went|said|told|stood|sat|"
                                      r"ran|brought|took|gave|wrote|held|rang|left|got|made|saw|sent|began|spoke)\b")
_NAME_SHAPED_SUBJECT = re.compile(r"[“‘\"]?([A-Z][a-z]+)(?:\s+(?:van|von|de|da|del|der|den|la|le|bin|al|el|dos|du))*"
                                  r"\s+[A-Z][a-z’'-]+(?=\s+(?:of|from|at|with)\s|\s*,|\s+(?:said|says|told|wrote|added)\b)")
_KIND_OF_BEFORE = re.compile(r"\b(?:of|from|at|with)\s+the\s+(?:[A-Z][\w’'-]*\s+)?" + _FIRM_KINDS + r"\s+$")
_HEAD_NOUNS = frozenset(lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS | set(_ORG_DESCRIPTIONS) | set(lexicon.DOCUMENT_NOUNS))
_NEXT_WORDS = (re.compile(r"\s+[a-z][\w-]*"), re.compile(r"\s+[a-z][\w-]*\s+[a-z][\w-]*"))
# ", and X replied": a new clause after a lower-case word, never the last of a list of names ("Y, Z, and X")
_CLAUSE_AND = re.compile(r"[a-z\d)],\s+(?:and|but)\s+$")
_RELATIVE_THAT = re.compile(r"(?:that|whom|which)\s+$", re.IGNORECASE)
_NP_ASIDE_VERB = Lazy(r"[\s“‘\"]*(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s*,\s*(?:in|according|speaking|"
                      r"writing|responding|replying|asked|contacted|reached|when|while|for\s+(?:its|his|her|their)\s+part)\b"
                      r"[^,;“”\"§]{0,80},\s*(?:" + _ADV + r"\s+)*$")
_ADV_GAP = Lazy(rf"\s+(?:{_ADV}\s+)+")
_VOICE_AS = re.compile(r"\bvoice\s+(?:that\s+)?(?:[\w’'-]+\s+){0,4}?(?:identif(?:y|ies|ied)|recogni[sz](?:e|es|ed))\s+as\s+$")
# "the activist known as “K” — his real name is X — wrote": the aside names the subject
_REAL_NAME_ASIDE = re.compile(r"[—–]\s*(?:his|her|whose|their)\s+(?:real|full|legal|given)\s+name\s+is\s+$")
_DASH_CLOSE = Lazy(rf"^\s*[—–]\s*(?:{_ADV}\s+)*$")
_DOC_SIGNED_BY = re.compile(rf"(?:^|(?<=[\s“‘\"(]))(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_DOC})\s*,\s*"
                            rf"(?:(?:which\s+was|was)\s+)?(?:signed|issued|filed|drafted|written|prepared|submitted)\s+by\s+(?:the\s+)?$",
                            re.IGNORECASE)
_SIGNED_BY = re.compile(rf"(?:[’'][sS]?)?\s*(?:\([A-Z][\w.-]*\)\s*)?,\s*(?:{_ADV}\s+)*")
# (lower-case words between: "of the ruling X Party", "of the rights group X")
_AFFILIATION = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?:(?!(?:of|the|and|or|for|to|in|on|at|by)\s)[a-z][\w-]*\s+){0,3}")
_ABBR_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)")


# a short aside in brackets right after a name, before its comma: "(no relation)", "(pictured)";
# or letters after the name: "Eileen Moran SC, for the State,", "Femi Ade SAN said"
_NAME_ASIDE = re.compile(r"\s*\([a-z][^()“”\"]{0,30}\)(?=,)|\s(?:" + "|".join(sorted(lexicon.POST_NOMINALS)) + r")(?=,|\s[a-z]|\s*$)")


_NAME_AFTER_OF = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?=\s*,|\s*$|\s+(?:[a-z]+\s+)?[a-z]+)")


def _past_affiliation(par: str, end: int, verb_at: int, occs) -> str:
    """The gap after a person's name to the verb, past the body the person works for:
    "Dr Ana Vell of the Civic Law Centre (CLC), said" reads as "Dr Ana Vell, said" (and "John Roe
    (no relation), said" as "John Roe, said")."""
    g = _NAME_ASIDE.match(par, end, verb_at)
    if g:
        end = g.end()
    m = _AFFILIATION.match(par, end, verb_at)
    if m is None:
        return par[end:verb_at]
    body = next((p for p in occs if p.start == m.end() and p.type != "person" and p.key and p.end <= verb_at), None)
    if body is None:
        # "MK X of Yesh Atid wrote": a party or body the index does not know, in capitals, then
        # the verb or an apposition
        n = _NAME_AFTER_OF.match(par, m.end(), verb_at)
        return par[n.end():verb_at] if n and not any(m.end() <= p.start < n.end() for p in occs) else par[end:verb_at]
    a = _ABBR_AFTER.match(par, body.end, verb_at)
    return par[a.end() if a else body.end:verb_at]


# "X, Deputy Minister of Justice, Labour and Youth, told": a title whose portfolios are a list.
_TITLE_LIST_GAP = re.compile(rf"^\s*,\s*(?P<w>[A-Z][a-z]+)\s[^,;“”§]{{1,60}}(?:,\s+[A-Z][^,;“”§]{{0,40}}){{1,5}},\s*(?:{_ADV}\s+)*$")


def _title_list(gap: str) -> bool:
    m = _TITLE_LIST_GAP.match(gap) if gap.count(",") >= 3 else None
    return bool(m) and m.group("w").lower() in lexicon.TITLE_HEADS and " and " in gap


# "The Ministry of Posts, Telecommunications and Innovation said": the rest of a body's name,
# its portfolios in a list, stands between the name found and the verb.
# "KEC, in a statement signed by its secretary, Mr X, said": the body speaks through the paper its
# officer signed (the aside holds commas of its own)
_SIGNED_ASIDE = re.compile(rf"^(?:\s*\([A-Z][\w.-]*\))?\s*,\s*in\s+(?:a|an|its|the)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_DOC})\s+(?:signed|issued|released|"
                           rf"sent|read\s+out|endorsed)\s+by\s+(?:its|the)\s+[^,;“”\"§]{{1,60}}?(?:\s*,\s*[^,;“”\"§]{{1,60}}?)?"
                           rf"\s*,\s*(?:{_ADV}\s+)*$", re.IGNORECASE)
_PORTFOLIO_TAIL = re.compile(rf"^,\s+(?:[A-Z][\w’'-]*\s+){{1,4}}(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){{1,4}}(?:{_ADV}\s+)*$")


_IN_A_DOC_END = re.compile(_DOC_IN.pattern + r"\s+$", re.IGNORECASE)     # ("... in a statement " right before a verb)
_ASIDE_BEFORE = re.compile(r"\bthat\s+(?:the|these|those|his|her|its|their)\s+[^,;:“”§]{1,40},\s*$", re.IGNORECASE)
_ASIDE_AFTER = re.compile(r"\s+(?:in|on|at|by|out|aloud|over|into|to)\b[^,;:“”§]{0,60},\s*"
                          r"(?:(?:had|has|have|was|were|is|are|would|could|will)\s+(?:been\s+)?)?$")


# Between "X said (that)" and a later speech verb: a new, unnamed subject ("a man she did not
# know", "someone", "an unidentified caller") who spoke the quoted words.
_RELAYED = re.compile(
    r"^\s*that\s+(?:[\w’'-]+\s+){0,4}?(?:a|an|someone|somebody|unknown|unidentified|anonymous)\s"
    r"[^“”\"]{0,120}$",
    re.IGNORECASE,
)


_ANSWER_COLON = re.compile(r"\b(?:asked|questioned)\b[^.;“”\"§]{0,80},\s+(?:the|his|her|their)\s+(?:answer|reply|response)\s+"
                           r"(?:was|came)\b[^.;“”\"§:]{0,30}:\s*$")
_EMBEDDED_BEFORE = re.compile(r"\w\w+,?\s+\w+\s*$")     # ("in the X case, that “…”")
_STOPS = (".", "!", "?")
_NEW_SENTENCE = re.compile(r"\s+[A-Z]")


_HAILED_AS = re.compile(r"(?<![\w-])(?P<verb>welcomed|welcomes|hailed|hails|greeted|greets|praised|praises|"
                        r"branded|brands|dismissed|dismisses|labelled|labeled|labels)\s+(?:[\w’'-]+\s+){1,5}?as\s+$")
_PASSIVE_NEAR = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:[a-z]+ly\s+)?$")
_IT_WORDS = re.compile(r"(?:It|The\s+(?:message|text|SMS|email|e-mail|circular))")
_SENT_BY_BEFORE = re.compile(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<doc>SMS|text(?:\s+message)?|e-?mail|circular|"
                             rf"{_DOC})\s+(?:which|that)\s+(?P<np>(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){{0,5}})\s+"
                             r"(?:had\s+)?(?P<v>sent|issued|circulated|posted|published|texted)\b[^.!?]*[.!?]\s*$")


def _ends_own_sentence(par: str, s: Span, masked: str, lo: int) -> bool:
    """“…urged readers to “remember this.” Ng told the court …”: a quotation run into its own
    sentence ("to", "as", "that" right before it) whose words end that sentence; the name and
    verb after it open the next sentence and report the next quotation, not this one."""
    return bool(par[s.start:s.end].rstrip()[-1:] in _STOPS and _NEW_SENTENCE.match(par, s.after)
                and (_EMBEDDED_BEFORE.search(masked, max(lo, s.open_at - 80), s.open_at)
                     # ("he said: “… us.” The agency said these words ...": the colon introduced it)
                     or _SAID_COLON_BEFORE.search(masked, max(lo, s.open_at - 40), s.open_at)))


def _runs_on_in_report(par: str, s: Span, masked: str, lo: int) -> bool:
    """"X said in a statement that it was “disappointed” the committee had not ...": a word or two
    quoted inside a sentence already reported from someone, run straight on (no stop or comma in
    or after the marks); the name and verb after it are what the reported words say, not who says them."""
    return bool(par[s.start:s.end].rstrip()[-1:].isalnum() and _RUN_ON.match(par, s.after)
                and _REPORTED_BEFORE.search(masked, lo, s.open_at))


_RUN_ON = re.compile(r" [a-z]+\b")       # (a lower-case word at once: no stop, no comma)
_REPORTED_BEFORE = re.compile(rf"\b(?:{lexicon.SPEECH_VERB_RE})\b[^.;:“”\"]*\b(?:that|it was|they were|he was|she was)\b")


# (or a comma: "a voice from the gallery called out, “Who will pay?” Y asked the ushers to ...")
_SAID_COLON_BEFORE = re.compile(rf"\b(?:{lexicon.SPEECH_VERB_RE})(?:\s+out)?\s*[:,]\s*$")


_GLOSS_AFTER_QUOTE = re.compile(r"\s*\([^()“”\"]{3,200}\)(?=\s*,?\s+[a-z])")


_ADDING_THAT_END = re.compile(r",\s*(?:adding|insisting|stressing|noting)\s+that\s+$")
_PUNISHED_OVER_POST = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:[a-z]+\s+)?(?:convicted|arrested|detained|charged|jailed|sentenced|fined|"
    r"prosecuted|indicted|summoned|questioned|sued)\b[^“”\"§.;]{0,100}?\b(?:over|for)\s+(?:a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<doc>post|tweet|posts|tweets|column|comment|comments|video|status\s+update)\s+"
    r"(?:that|which)\s+$")
_MESSAGE_SUBJ = re.compile(r"[\s“‘\"(]*(?:The|This|That)\s+(?:text\s+)?(?:message|text|SMS|e-?mail)\s*,\s*"
                           r"(?:which|that)\s+[^,;“”\"§]{1,80},\s*")
_MESSAGE_FROM = re.compile(r"\b(?:a|an|the)\s+(?P<doc>(?:text\s+)?(?:message|text|SMS|e-?mail))\s+from\s+"
                           r"(?P<who>him|her|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\b")
_THE_MESSAGE = re.compile(r"[\s“‘\"(]*(?:The|This|That)\s+(?:text\s+)?(?:message|text|SMS)\s*")
_SENDER_NEXT = re.compile(r"\s*(?:The|Its)\s+sender\s*,\s*(?P<aside>[^;:“”\"§]{1,160}?)\s*,\s+[a-z]")
_ACTED_UPON = {"responded", "reacted", "replied"}
_TO_THE_WORDS = re.compile(r"\s+to\s+")
_FOR_THE_WORDS = re.compile(r"\s+for\s+")


# A body's list of demands after a colon, each item quoted: "the union set out three demands:
# “…”, “…” and “…”" (the later items are read past the masked earlier ones).
_DEMANDS_COLON = re.compile(
    r"(?:^|(?<=,\s)|(?<=\s))(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\s+(?:(?:also|then|again|later)\s+)?"
    r"(?P<verb>set\s+out|listed|laid\s+out|outlined|spel(?:led|t)\s+out|put\s+forward|presented|issued|made|"
    r"repeated|restated|published|tabled)\s+(?:(?:its|their|the|a|an)\s+)?(?:(?:list|set|series)\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:demands|conditions|proposals|requests)\s*:\s*(?:§+\s*,?\s*(?:and\s+|or\s+)?)*$")


def _attribute(st, n, par, masked, sent, q: _Q, qs, occs, subj, person_keys) -> None:
    s = q.span
    first = _first_half(par, q, qs)
    if first is not None:
        # "“A,” said X, a scholar at Y, “B.”": the second half of a split quotation.
        q.speaker, q.explicit = first.speaker, True
        q.cue = f"second half of a quotation split by its attribution ({first.cue})"
        return
    b = _BULLET.match(par) if par[:1] in "-–—•*" else None
    o = next((o for o in occs if b and o.start == b.end() and o.key), None)
    if o is not None and _BULLET_CREDIT.fullmatch(par, o.end, s.open_at):
        # "- Ana Vell, a teacher: “…”": a list of reactions, each credited before its colon
        q.speaker, q.cue, q.explicit = o.key, f"{o.form}:", True
        return
    if ":" in masked[sent.start:s.open_at] and _ANSWER_COLON.search(masked, sent.start, s.open_at):
        # "when he asked the deputy why, the answer was short: “…”": the words of the one asked,
        # not of the one who asked (nor of whoever tells of it)
        q.speaker, q.cue, q.explicit = None, "the answer to a question: the one asked, not established", True
        return
    d = _DEMANDS_COLON.search(masked, sent.start, s.open_at) if ":" in masked[sent.start:s.open_at] else None
    if d is not None:
        # "the union set out three demands: “…”, “…” and “…”": each item is the union's wording
        key, _ = _resolve(st, n, d.group("np"), d.start("np"), occs, person_keys, subj)
        o = _occ_covering(occs, d.start("np"), d.end("np")) if key is None else None
        key = o.key if o is not None and o.type != "person" and o.end == d.end("np") else key
        head = d.group("np").split()[-1]
        ends = {m.key for m in st.index.mentions if m.type != "person" and m.key.endswith(" " + head)} \
            if key is None and head[:1].isupper() else set()
        key = ends.pop() if len(ends) == 1 else key     # "the Forum" after "the Riverside Tenants Forum"
        if key is not None:
            q.speaker, q.cue, q.explicit = key, f"{d.group('np')} {d.group('verb')} its demands", True
            return
    if s.closed and not _ends_own_sentence(par, s, masked, sent.start) \
            and not _runs_on_in_report(par, s, masked, sent.start):
        nxt = min([o.span.open_at for o in qs if o.span.open_at > s.open_at] + [len(par)])
        after = par[s.after:nxt]
        if (g := _GLOSS_AFTER_QUOTE.match(after)) and (par[s.start:s.end].rstrip()[-1:] in {",", "…"}
                                                       or after[g.end():].lstrip()[:1] == ","):
            # "“…,” (the words in the speaker's own language) she said": the original wording
            # stands between the quotation and its attribution (blanked, so places stay put);
            # the comma may follow the brackets instead: "“…” (the original), she says"
            after = " " * g.end() + after[g.end():]
        m = _POST_COURT_HELD.match(after)
        if m:
            # "“…,” the court held.": a judgment's words, the judge's who wrote it
            key, _ = _resolve(st, n, m.group("np"), s.after + m.start("np"), occs, person_keys, subj)
            q.speaker, q.explicit = _sitting_judge(st, n, s.open_at, key), True
            q.cue = f"{m.group('np')} {m.group('verb')}"
            return
        m = _POST_VERB_FIRST.match(after)
        if m and not _NOT_A_SUBJECT.match(m.group("np").strip()):
            appos = _named_in_apposition(par, s.after + m.end("np"), m.group("np"), occs)
            if appos is not None:
                q.speaker, q.cue, q.explicit = appos.key, f"{m.group('verb')} {m.group('np').strip()}, {appos.form}", True
                return
            key, kind = _resolve(st, n, m.group("np"), s.after + m.start("np"), occs, person_keys, subj)
            if key is None and _DOC_WORD.search(m.group("np")):
                key = _issuer_next(par, s.after + m.end(), m.group("np"), occs)
            g = _GAVE_NAME_LATER.match(par, s.after + m.end("np")) if key is None else None
            o = next((o for o in occs if g and o.start == g.end() and o.type == "person" and o.key), None)
            if o is not None:
                # "“…,” said a young man ..., who gave only his first name, Kevin.": the name he gave
                q.speaker, q.explicit = o.key, True
                q.cue = f"{m.group('verb')} {m.group('np').strip()}, who gave the name {o.form}"
                return
            if key is None:
                # "“…,” said labor auditor Renata Silva": the job in lower case, then the name
                np_end = s.after + m.start("np") + len(m.group("np").rstrip())
                o = next((o for o in occs if o.type == "person" and o.key and o.end == np_end
                          and _LOWER_ROLE_WORDS.fullmatch(par, s.after + m.start("np"), o.start)), None)
                key = o.key if o is not None else None
            q.speaker, q.cue, q.explicit = key, f"{m.group('verb')} {m.group('np').strip()}", True
            return
        m = _POST_ROLE_APPOS.match(after)
        appos = _named_in_apposition(par, s.after + m.end("np"), m.group("np"), occs) if m else None
        v = _VERB_ANY.match(par, _APPOS_COMMA.match(par, appos.end).end()) \
            if appos is not None and _APPOS_COMMA.match(par, appos.end) else None
        if v:
            # "“…,” his wife, Anna Kell, told the outlet": the person the role names speaks.
            q.speaker, q.explicit = appos.key, True
            q.cue = f"{appos.form}, {m.group('np').strip()}, {v.group('verb')}"
            return
        m = _POST_LONG_ROLE.match(after)
        appos = _named_in_apposition(par, s.after + m.end("np"), m.group("role"), occs) if m else None
        v = _VERB_ANY.match(par, _APPOS_COMMA.match(par, appos.end).end()) \
            if appos is not None and _APPOS_COMMA.match(par, appos.end) else None
        if v:
            q.speaker, q.explicit = appos.key, True
            q.cue = f"{m.group('np').strip()}, {appos.form}, {v.group('verb')}"
            return
        lead = len(after) - len(after.lstrip(" ,;:—–-"))
        named = next((o for o in occs if o.start == s.after + lead and o.key), None)
        # ("“…,” Judge X, who headed the panel, wrote": the name after its title, for an apposition)
        titled = _after_title(par, s.after + lead, occs) if named is None and after[lead:lead + 1].isupper() else None
        if named is None and after[:lead].strip() in {"–", "—"} and (h := _HONORIFIC_AT.match(par, s.after + lead)):
            # "“…” — Dr. Ana Vell, a member of ...": a credit line with a courtesy title
            named = next((o for o in occs if o.start == h.end() and o.key and o.type == "person"), None)
        if named is not None and named.type == "person" and after[:lead].strip() in {"–", "—"} \
                and nxt == len(par) and _DASH_CREDIT_END.fullmatch(par, named.end):
            # "“…” – Ana Vell, a second-year student": the credit line of a quotation
            q.speaker, q.explicit = named.key, True
            q.cue = f"{after[:lead].strip()} {named.form}"
            return
        m = _NAME_APPOS_VERB.match(par, (named or titled).end, nxt) if (named or titled) is not None else None
        if m:
            who = named or titled
            q.speaker, q.explicit = who.key, True
            q.cue = f"{who.form}, {par[who.end:m.start('verb')].strip(' ,')}, {m.group('verb')}"
            return
        if named is None and (h := _HONORIFIC_AT.match(par, s.after + lead)):
            # "“…,” W/ro Hana said.": a courtesy title before the name
            named = next((o for o in occs if o.start == h.end() and o.key and o.type == "person"), None)
        # "“…” Ana Rza qizi recalls.": a name found in the index, whatever the case of its words
        m = _NAMED_VERB.match(par, named.end, nxt) if named is not None and named.type == "person" else None
        if m:
            q.speaker, q.explicit = named.key, True
            q.cue = f"{named.form} {m.group('verb')}"
            return
        m = _NAME_OF_BODY_VERB.match(par, named.end, nxt) if named is not None and named.type == "person" else None
        if m:
            # "“…,” Ana Vell of the Farmers' Union said.": the person speaks, the body only places her
            q.speaker, q.explicit = named.key, True
            q.cue = f"{named.form} of {m.group('body')} {m.group('verb')}"
            return
        r = _POST_REP_LEAD.match(after) if "spokes" in after or " for " in after or " of " in after else None
        o = next((o for o in occs if o.start == s.after + r.end() and o.key and o.type != "person"), None) \
            if r is not None else None
        v = (_POST_REP_VERB if r.group("rep") else _POST_BODY_REP_VERB).match(par, o.end, nxt) \
            if o is not None and not o.poss else None
        if v is not None:
            # "“…,” a spokesman for the Ministry of Manpower said", "“…,” an MOM spokesman said":
            # the body named speaks through its unnamed staff
            q.speaker, q.explicit = o.key, True
            q.cue = par[s.after:v.end()].strip(" ,;:—–-")
            return
        m = _POST_NP_FIRST.match(after) or _POST_QUOTED_AS.match(after) or _POST_BENCH_HELD.match(after)
        if m and _ENDS_IN_AND.search(m.group("np")):
            m = None        # "“…” the detention of reporters and called": the verb is the subject's second
        if m:
            key, kind = _resolve(st, n, m.group("np"), s.after + m.start("np"), occs, person_keys, subj)
            if kind != "unknown" or key:
                q.speaker, q.cue, q.explicit = key, f"{m.group('np')} {m.group('verb')}", True
                return
        m = _POST_ACCORDING.match(after)
        if m and (_RECORD_OF_WORDS.search(m.group("np")) or _news_source(m.group("np"), s.after + m.start("np"), occs)):
            # "X told the envoys that ... “…,” according to a readout published by Y": the record
            # relays X's words; X speaks when the sentence settles X as the teller
            pre = masked[sent.start:s.open_at]
            verbs = [v for v in _VERB_ANY.finditer(pre) if not _TO_END.search(pre[max(0, v.start() - 5): v.start()])
                     and not _PASSIVE_END.search(pre[max(0, v.start() - 8): v.start()])]
            if verbs:
                key, words, found = _subject_before(st, n, par, masked, sent, sent.start + verbs[-1].start(), occs,
                                                    person_keys, subj)
                if found and key:
                    q.speaker, q.explicit = key, True
                    q.cue = f"{words} {verbs[-1].group('verb')} (according to {m.group('np').strip()})"
                    return
            if verbs and _news_source(m.group("np"), s.after + m.start("np"), occs):
                # "…, telling the court, “…,” according to the X News Agency": the agency reports
                # words a speaker it does not settle here said; never its own
                q.speaker, q.explicit = None, True
                q.cue = f"relayed by {m.group('np').strip()} from a speaker it does not settle"
                return
        if m:
            # ("“…”, according to his wife, X, who ...": the one named after the role)
            appos = _named_in_apposition(par, s.after + m.end("np"), m.group("np"), occs)
            if appos is not None and _AND_ANOTHER.match(par, appos.end):
                appos = None        # ("according to his lawyer, X, and his wife": two sources)
            key = appos.key if appos is not None else \
                _resolve(st, n, m.group("np"), s.after + m.start("np"), occs, person_keys, subj)[0]
            q.speaker, q.cue, q.explicit = key, f"according to {m.group('np').strip()}", True
            return
    pre = masked[sent.start:s.open_at]
    m = _OWNED_CLAIM.search(pre, max(0, len(pre) - 200)) if "his " in pre or "her " in pre else None
    if m:
        # "She described his insistence that the transfer had been “…” as ...": the words are the
        # one whose insistence it is, never the subject's who describes it
        key = _pronoun(st, n, "m" if m.group("det") == "his" else "f", sent.start + m.start())
        q.speaker, q.cue, q.explicit = key, f"{m.group('det')} {m.group('noun')}", True
        return
    cut = max(0, len(pre) - 120)
    m = _ACCORDING.search(pre[cut:])
    if m:
        key, _ = _resolve(st, n, m.group("np"), sent.start + cut + m.start("np"), occs, person_keys, subj)
        q.speaker, q.cue, q.explicit = key, f"according to {m.group('np').strip()}", True
        _note_document(st, m.group("np"), key)
        return
    m = _ACCORDING_HEAD.match(pre)
    if m:
        np = m.group("np")
        rest = [v for v in _VERB_ANY.finditer(pre, m.end())
                if not _TO_END.search(pre[max(0, v.start() - 5): v.start()])
                and not _PASSIVE_END.search(pre[max(0, v.start() - 8): v.start()])]
        if rest:
            # "According to the news agency, the ministry said ... “…”": the source relays a
            # speaker of its own; the words are that speaker's, never the source's.
            v = rest[-1]
            key, words, found = _subject_before(st, n, par, masked, sent, sent.start + v.start(), occs,
                                                person_keys, subj)
            q.speaker, q.explicit = (key if found else None), True
            q.cue = f"{words} {v.group('verb')} (according to {np.strip()})" if found else \
                f"relayed by {np.strip()} from a speaker it does not settle"
            return
        appos = _named_in_apposition(par, sent.start + m.end("np"), np, occs)
        by = _DOC_BY_AFTER.match(par, sent.start + m.end()) if _DOC_NP.match(np.strip()) else None
        author = next((o for o in occs if o.start == by.end() and o.key and o.type != "person"), None) if by else None
        if author is not None:
            # "According to the indictment, prepared by the X Service, ...": the author's words
            key = author.key
        else:
            # (past the body's initials: "According to the Pastoral Land Commission (CPT), ...")
            key = appos.key if appos is not None else \
                _resolve(st, n, _ABBR_END.sub("", np.rstrip()), sent.start + m.start("np"), occs, person_keys, subj)[0]
        q.speaker, q.cue, q.explicit = key, f"according to {np.strip()}", True
        _note_document(st, np, key)
        return
    sent_msg = _SENT_MESSAGE.search(pre) if ("sent" in pre or "recorded" in pre) and _COLON_END.search(pre) else None
    if sent_msg is not None and not _VERB_ANY.search(pre, sent_msg.end()):
        # "X sent a voice message to the family group, which his aunt played for us: “…”": the
        # message is the sender's words, whoever plays or reads it out
        at = sent.start + sent_msg.start()
        o = next((o for o in occs if o.end == at and o.type == "person" and o.key), None)
        if o is not None:
            q.speaker, q.explicit = o.key, True
            q.cue = f"{o.form} {sent_msg.group().strip()}"
            return
    if _participle_end(pre):
        earlier = [o for o in qs if o.sent == q.sent and o.span.open_at < s.open_at and o.explicit]
        if earlier and earlier[-1].speaker is None and subj and subj[0] in person_keys:
            # "X said that the prosecutor had cited “…”, adding: “…”": the earlier words belong to
            # a clause inside X's report; "adding" is the main clause's, X's, when X's own verb
            # opens the sentence.
            v0 = _VERB_ANY.search(pre)
            r = _subject_before(st, n, par, masked, sent, sent.start + v0.start(), occs, person_keys, subj) \
                if v0 is not None else (None, "", False)
            if r[2] and r[0] == subj[0]:
                q.speaker, q.explicit = subj[0], True
                q.cue = f"{r[1]} {v0.group('verb')} …, {_participle_end(pre).group().strip(' ,:')}"
                return
        if earlier:
            q.speaker, q.cue, q.explicit = earlier[-1].speaker, earlier[-1].cue, True
            return
    if subj and subj[0] and subj[1] in {"person", "org"} and (pc := _PARTICIPLE_CLAUSE.search(pre[-110:])) \
            and (vs := list(_VERB_ANY.finditer(pre, 0, len(pre) - len(pre[-110:]) + pc.start()))) \
            and not any(v.group("verb") in _PLAIN_SAY or _THAT_AFTER.match(pre, v.end()) for v in vs) \
            and _subject_before(st, n, par, masked, sent, sent.start + vs[-1].start(), occs, person_keys, subj)[0] != subj[0] \
            and not any(o.type == "person" and o.key != subj[0]
                        and sent.start + len(pre) - len(pre[-110:]) + pc.start() <= o.start < s.open_at for o in occs):
        # "The union is demanding ... after she criticised the ministry, calling the suspension
        # “…”": the participle after the comma is the sentence's subject's, past verbs of clauses
        # inside it (but "X said the president kept them, telling them “…”": the reported clause's)
        q.speaker, q.cue, q.explicit = subj[0], f"{subj[2]} (subject of the sentence)", True
        return
    verbs = [v for v in _VERB_ANY.finditer(pre) if not _TO_END.search(pre[max(0, v.start() - 5): v.start()])
             and not (_DOC_BEFORE.search(pre[max(0, v.start() - 30): v.start()])
                      and _PARTICIPLE_PHRASE.match(pre, v.end()))
             and not _PASSIVE_END.search(pre[max(0, v.start() - 8): v.start()])
             and not _DET_END.search(pre[max(0, v.start() - 8): v.start()])
             and not (v.group("verb") in _NOUN_VERBS and (_PREP_NOUN_END.search(pre, max(0, v.start() - 30), v.start())
                                                          or _POSS_END.search(pre, max(0, v.start() - 4), v.start())))
             and not _MODAL_AFTER.match(pre, v.end())]
    if not verbs and " as " in pre and (h := _HAILED_AS.search(pre)) \
            and not _PASSIVE_NEAR.search(pre, max(0, h.start() - 24), h.start()):
        # "The union welcomed the ruling as “…”": the words the subject chose for it
        verbs = [h]
    if "ing " in pre and _PROGRESSIVE_SPEECH.search(pre):
        # "SERAP is asking the court to “…”", "the union is also demanding that “…”": a speech verb
        # in the progressive, the auxiliary opening it
        verbs = sorted(verbs + [v for v in _PROGRESSIVE_SPEECH.finditer(pre)], key=lambda v: v.start())
    if " to " in pre and _PURPOSE_SPEECH.search(pre):
        # "the judge interrupted to ask whether ... “…”": the one who broke in asks
        verbs = sorted(verbs + [v for v in _PURPOSE_SPEECH.finditer(pre)], key=lambda v: v.start())
    if not verbs and subj and subj[0] in person_keys and "ing" in pre and (g := _FOR_SAYING.search(pre)) \
            and not any(o.type == "person" and o.key != subj[0] and sent.start <= o.start < s.open_at for o in occs):
        # "X was convicted of ... for saying on air that inmates were “…”": the words X was tried for
        q.speaker, q.explicit = subj[0], True
        q.cue = f"{subj[2]} … {g.group(1)}"
        return
    if "held that" in pre or "observed that" in pre or "found that" in pre:
        # "It held that the cases “…”", "Justice X found that he had been “…”": a court's finding,
        # like "ruled"
        verbs = sorted(verbs + [v for v in _HELD_THAT.finditer(pre)
                                if not _PASSIVE_END.search(pre[max(0, v.start() - 8): v.start()])],
                       key=lambda v: v.start())
    if "reported" in pre and _REPORTED_THAT.search(pre):
        # "The commission has itself reported that its officers were “…”" (never "people
        # reported missing": only with its "that")
        verbs = sorted(verbs + [v for v in _REPORTED_THAT.finditer(pre)
                                if not _PASSIVE_END.search(pre[max(0, v.start() - 8): v.start()])],
                       key=lambda v: v.start())
    if verbs:
        # "X wrote that A had called her ... and that B was “…”": the second "that" clause is
        # reported by the verb of the first, not by a verb inside the first.
        amp = _AND_THAT.search(pre, verbs[-1].end())
        gov = [v for v in verbs if _THAT_AFTER.match(pre, v.end())] if amp else []
        if amp and not gov and len(verbs) > 1 and verbs[0].group("verb") in _PLAIN_SAY:
            # "X said the minister had ordered ..., and that the panel would report “…”": a
            # report whose first clause drops its "that"; the second is still X's
            gov = verbs[:1]
        if gov and gov[-1] is not verbs[-1] and not _AND_THAT.search(pre, gov[-1].end(), amp.start()):
            verbs = verbs[:verbs.index(gov[-1]) + 1]
    if len(verbs) > 1 and _ASIDE_AFTER.match(pre, verbs[-1].end()) \
            and _ASIDE_BEFORE.search(pre, verbs[-2].end(), verbs[-1].start()):
        # "The court said that the demands, read in public, “…”": "read" is a participle in an
        # aside on the demands; the sentence's reporting verb is "said".
        verbs.pop()
    if len(verbs) > 1 and _IN_A_DOC_END.search(pre, 0, verbs[-1].start()):
        # "X said in a statement read out at the picket that it stood “…”": "read" is what was
        # done with the statement, not a verb of its own
        verbs.pop()
    if len(verbs) > 1 and _ADDING_THAT_END.search(pre[-40:]) and _THAT_AFTER.match(pre, verbs[0].end()):
        # "she told reporters that ..., and that the officers had asked her ..., adding that “…”":
        # "adding" goes with the sentence's own reporting verb, never a verb inside what it reports
        verbs = verbs[:1]
    w = _WHILE_COLON.search(pre, verbs[-1].end()) if verbs and "§" in pre[:verbs[-1].start()] else None
    if w is None and verbs and "§" in pre[:verbs[-1].start()]:
        w = _WHILE_APPOS_COLON.search(pre)     # "..., while a lawyer for Z, Y, countered: “B”"
    if w is not None:
        # "“A,” the clerk replied, while Y put it to him: “B”": B opens Y's own clause; the
        # earlier verb reports A only
        at = sent.start + w.start("np")
        o = next((o for o in occs if o.start == at and o.key and o.type == "person"), None)
        q.speaker, q.explicit = (o.key if o is not None else None), True
        q.cue = f"while {o.form if o is not None else w.group('np')} …:"
        return
    if len(verbs) > 1 and _RELAYED.match(pre[verbs[-2].end(): verbs[-1].start()]):
        # "X said that a man had stopped her and warned her that “...”": the words are the
        # unnamed third party's, relayed by X; X is not their speaker.
        q.speaker, q.cue, q.explicit = None, "words relayed from someone unnamed", True
        return
    if verbs:
        v = verbs[-1]
        key, words, found = _subject_before(st, n, par, masked, sent, sent.start + v.start(), occs,
                                            person_keys, subj)
        if found and key is None and len(verbs) > 1 and _POSSESSIVE_START.match(words) \
                and not _POSS_PERSON.match(words):
            # "X said her government rejected “...”": the government is X's; X is the source.
            v0 = verbs[-2]
            k0, w0, f0 = _subject_before(st, n, par, masked, sent, sent.start + v0.start(), occs,
                                         person_keys, subj)
            if f0 and k0 in person_keys:
                key, words, v = k0, w0, v0
        if found and key is None and len(verbs) > 1 and v.group("verb") in _ACTED_UPON \
                and _TO_THE_WORDS.fullmatch(pre, v.end()) and _THAT_AFTER.match(pre, verbs[-2].end()):
            # "X said that officers had responded to “…”": what the officers met, in X's words;
            # the one who reports it is their speaker
            k0, w0, f0 = _subject_before(st, n, par, masked, sent, sent.start + verbs[-2].start(), occs,
                                         person_keys, subj)
            if f0 and k0:
                key, words, v = k0, w0, verbs[-2]
        if found and key and key not in person_keys and _TIME_BEFORE_QUOTE.search(pre, v.end()):
            # "X said the court rejected his request after “less than ten minutes”": a body's
            # act, the words a measure of time in the report; whoever reports it said them.
            v0 = verbs[-2] if len(verbs) > 1 else None
            k0, w0, f0 = _subject_before(st, n, par, masked, sent, sent.start + v0.start(), occs,
                                         person_keys, subj) if v0 is not None else (None, "", False)
            if f0 and k0 in person_keys and v0.group("verb") in _PLAIN_SAY:
                key, words, v = k0, w0, v0
            else:
                key, words = None, f"{words} {v.group('verb')} … (an act, not the words)"
        if found and key and key not in person_keys and len(verbs) > 1 and v.group("verb") == "asked" \
                and _FOR_THE_WORDS.fullmatch(pre, v.end()) and verbs[-2].group("verb") in _PLAIN_SAY:
            # "X said the rebels had asked for “…”": a body's demand as X sums it up; X, the one
            # who reports it, is quoted (the same as with a time: "after “…”")
            k0, w0, f0 = _subject_before(st, n, par, masked, sent, sent.start + verbs[-2].start(), occs,
                                         person_keys, subj)
            if f0 and k0 in person_keys:
                key, words, v = k0, w0, verbs[-2]
        if found and v.group("verb") in {"held", "observed", "found"}:
            key = _sitting_judge(st, n, s.open_at, key)
        if found and key is None and v.group("verb") in {"read", "reads", "said", "says"} \
                and _IT_WORDS.fullmatch(words) and sent.start:
            # "... followed a text message which the council sent on Friday. It read: “…”": the
            # message's words are its sender's
            last = None
            for last in _SENT_BY_BEFORE.finditer(par, max(0, sent.start - 300), sent.start):
                pass
            if last is not None:
                o = next((o for o in occs if last.start("np") <= o.start < last.end("np") and o.key
                          and o.type != "person"), None)
                key = o.key if o is not None else \
                    _resolve(st, n, last.group("np"), last.start("np"), occs, person_keys, subj)[0]
                head = last.group("np").split()[-1].lower()
                if key is None and last.group("np").lower().startswith("the ") and head.isalpha():
                    # "the council": the one council the article has named so far
                    bodies = {o.key for row in st.index.occurrences[:n] for o in row
                              if o.key and o.type != "person" and head in o.key.lower().split()}
                    key = bodies.pop() if len(bodies) == 1 else None
                if key is not None and key not in person_keys:
                    words = f"{words} (the {last.group('doc')} {last.group('np')} {last.group('v')})"
                else:
                    key = None
        if found and key is None and (w := _PUNISHED_OVER_POST.search(pre, 0, v.start())) is not None:
            # "X, a nurse, was fined in May over a post that called the mayor “…”":
            # the post's words are its author's, the one the sentence opens with
            o = next((o for o in occs if o.type == "person" and o.key and sent.start <= o.start
                      and not masked[sent.start:o.start].strip(" “‘\"(")), None)
            if o is not None and o.end <= sent.start + w.start():
                key, words = o.key, f"{o.form}'s {w.group('doc')}"
        if key is None and v.group("verb") in {"read", "reads"} and _MESSAGE_SUBJ.fullmatch(pre, 0, v.start()):
            # "She got a text message from him. The message, which she showed us, read: “…”": the
            # message's words are its sender's
            last = None
            for last in _MESSAGE_FROM.finditer(par, max(0, sent.start - 300), sent.start):
                pass
            if last is not None:
                who = last.group("who")
                if who in {"him", "her"}:
                    # (never the one who got it, the subject of that sentence: the one person the
                    # paragraph named before it)
                    lo = max(par.rfind(". ", 0, last.start()), 0)
                    keys = {o.key for o in occs if o.end <= lo and o.type == "person" and o.key}
                    k = keys.pop() if len(keys) == 1 else None
                    if k is not None and st.genders.get(k, "m" if who == "him" else "f") != ("m" if who == "him" else "f"):
                        k = None
                else:
                    k = next((o.key for o in occs if o.start == last.start("who") and o.key), None)
                if k in person_keys:
                    key, words, found = k, f"the {last.group('doc')} from {who}", True
        if key is None and v.group("verb") in {"read", "reads"} and _THE_MESSAGE.fullmatch(pre, 0, v.start()):
            # "The text read: “…” The sender, a clerk called X, ...": the sender the next
            # sentence names, when its aside names exactly one person
            m = _SENDER_NEXT.match(par, sent.end)
            keys = {o.key for o in occs if m and m.start("aside") <= o.start and o.end <= m.end("aside")
                    and o.type == "person"} if m else set()
            if len(keys) == 1 and None not in keys:
                key, words, found = keys.pop(), "the message (its sender named after it)", True
        if found:
            q.speaker, q.explicit = key, True
            q.cue = f"{words} {v.group('verb')}".strip()
            return
    if subj and subj[0] and not verbs and _QUOTED_AS.search(pre[-200:]):
        # "X was quoted by the Daily Y as saying that her office “…”": X's words, the outlet relays them
        q.speaker, q.cue, q.explicit = subj[0], f"{subj[2]} (quoted as saying)", True
    elif subj and subj[0] and (_participle_end(pre) or _PARTICIPLE_CLAUSE.search(pre[-110:])) \
            and not _HEARD_THAT.search(pre):
        # "X declined to comment, saying only that it was “...”": the subject's words (but "The court
        # heard that a man left a message saying: “…”": the man's, whoever he is, never the court's)
        q.speaker, q.cue, q.explicit = subj[0], f"{subj[2]} (subject of the sentence)", True
    elif not verbs and (w := next((o for o in occs if o.type == "person" and o.key and sent.start <= o.start
                                   and _HAD_WRITTEN_COLON.fullmatch(par, o.end, s.open_at)), None)) is not None:
        # "In that post, dated February 21, X had written: “…”": the writer's own words
        q.speaker, q.cue, q.explicit = w.key, f"{w.form} had written", True
    elif not verbs and (v := _VOICE_COLON.search(pre)) is not None:
        # "Through the lawyer's microphone, his voice was quiet: “…”": the voice's owner speaks
        key = _pronoun(st, n, "m" if v.group("p").lower() == "his" else "f", sent.start + v.start())
        q.speaker, q.cue, q.explicit = key, f"{v.group('p')} voice", True
    elif subj and subj[0] and _HOLDING.search(pre[-140:]) \
            and any(m.key == subj[0] and m.type == "court" for m in st.index.mentions):
        # "The court quashed the order, holding that the grounds were “…”": the judgment's words
        q.speaker, q.explicit = _sitting_judge(st, n, s.open_at, subj[0]), True
        q.cue = f"{subj[2]} (holding that)"
    elif not verbs and subj and subj[1] == "person" and subj[0] in person_keys and _COLON_END.search(pre) \
            and (not _OTHER_VOICE.search(pre) or _NAME_ROLE_LABEL.fullmatch(pre.strip())) \
            and subj[0] != st.turn_of.get(n) \
            and not any(o.type == "person" and o.key != subj[0]
                                                          for o in occs if sent.start <= o.start < s.open_at):
        # "Prosecutor X put the case bluntly: “…”": no reporting verb, but the colon hands the
        # words to the sentence's subject, if nothing else in the clause could have written them.
        q.speaker, q.cue, q.explicit = subj[0], f"{subj[2]} (subject of the sentence, before its colon)", True


_DOC_WORD = re.compile(rf"\b(?P<doc>{_DOC})\b", re.IGNORECASE)
# A quotation that is a span of time right after a preposition: no body's words.
_TIME_BEFORE_QUOTE = re.compile(r"\b(?:after|before|within|during|until|than)\s+(?:just\s+|only\s+|barely\s+)?$")
# "foreign states should": a word before a modal is a noun, no reporting verb.
_MODAL_AFTER = re.compile(r"\s+(?:should|must|would|could|can|may|might|will|shall)\b")
_REPORTED_THAT = re.compile(r"(?<![\w-])(?P<verb>reported)(?=\s+(?:on\s+[A-Z][a-z]+\s+|(?:last|this)\s+[a-z]+\s+|yesterday\s+)?that\b"
                            r"|\s*$)")    # (or the quotation right after it: "the mission reported “a pattern of …”")
_AND_THAT = re.compile(r"\band\s+that\b")
_THAT_AFTER = re.compile(r"\s+(?:(?!and\b)[\w’'-]+\s+){0,4}?that\b")
_PLAIN_SAY = {"said", "says", "told", "tells", "added", "adds", "stated", "explained", "noted"}
_QUOTED_AS = re.compile(r"\b(?:was|is|were|are|has\s+been|had\s+been)\s+quoted\s+(?:[^“”\".;]{0,80}?\s)?as\s+"
                        r"saying\b[^“”\".;]{0,120}$")


_HAD_WRITTEN_COLON = re.compile(r"\s+(?:had|has|have)\s+written\s*:\s*")
_BULLET = re.compile(r"[-–—•*]\s+")
_BULLET_CREDIT = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,\s*[^:;“”\"§]{1,80})?:\s*")
_VOICE_COLON = re.compile(r"\b(?P<p>[Hh]is|[Hh]er)\s+voice\s+(?:was|is|broke|breaks|cracked|cracks|shook|shakes|"
                          r"trembled|trembles|rose|rises|fell|falls|dropped|drops)\b[^.;:“”§]{0,40}:\s*$")
# (or "finding that": "The High Court struck down the bylaw, finding that it “…”")
_HOLDING = re.compile(r",\s*(?:holding|finding|ruling)\s+that\b[^,;§“”\"]{0,120}$")
_TITLE_WORD_AT = re.compile(r"[A-Z][a-z]+\.?\s+")


def _after_title(par: str, at: int, occs) -> Occurrence | None:
    """The person named right after one to three title words at `at` ("Judge", "Chief Justice")."""
    for _ in range(3):
        t = _TITLE_WORD_AT.match(par, at)
        if t is None or t.group().strip().lower().rstrip(".") not in lexicon.TITLE_HEADS:
            return None
        at = t.end()
        o = next((o for o in occs if o.start == at and o.key and o.type == "person"), None)
        if o is not None:
            return o
    return None


_HONORIFIC_AT = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mme|Dr|W/ro|W/t|Wzro|Weizero|Woizero|Ato|[’']?M[’']e|Ntate)\.?\s+[’']?")
_HELD_THAT = re.compile(r"(?<![\w-])(?P<verb>held|observed|found)(?=\s+that\b)")
_POST_COURT_HELD = re.compile(r"^\s*,?\s*(?P<np>the\s+(?:[Cc]ourt|[Bb]ench|[Tt]ribunal))\s+(?P<verb>held|observed)\b")
_JUDGE_TITLE = re.compile(r"\b(?:Justice|Judge)\s+$")


def _sitting_judge(st: _State, n: int, pos: int, key: str | None) -> str | None:
    """A court's holding is its judge's words: the one judge ("Justice X", "Judge X") the text
    names in this or the two paragraphs before, when the speaker found is a court."""
    if key is None or not any(m.key == key and m.type == "court" for m in st.index.mentions):
        return key
    judges = {o.key for par_n in range(max(1, n - 2), n + 1) for o in st.index.occurrences[par_n - 1]
              if o.type == "person" and o.key and (par_n < n or o.start < pos)
              and _JUDGE_TITLE.search(st.paragraphs[par_n - 1], max(0, o.start - 10), o.start)}
    return next(iter(judges)) if len(judges) == 1 else key


def _note_document(st: _State, np: str, key: str | None) -> None:
    """"According to a statement by X, ...": "the statement" later in the text is X's (or,
    when X is not an actor, nobody's that an older statement could lend)."""
    m = _DOC_FROM.match(np.strip())
    d = _DOC_WORD.search(np, 0, m.end()) if m else None
    if d is None:
        return
    if key:
        st.documents[d.group("doc").lower()] = key
    else:
        st.documents.pop(d.group("doc").lower(), None)


def _sender(st: _State, n: int, msg: re.Match, a: int, occs) -> str | None:
    """The "he" of "the message he sent X": the latest person subject of fitting gender, never
    someone the message sentence itself names (the one it was sent to)."""
    gender = "m" if msg.group("np").lower() == "he" else "f"
    named_here = {o.key for o in occs if msg.start() <= o.start < a}
    for par_n, key in reversed(st.recent):
        if n - par_n > 2:
            break
        if key is None or key in named_here:
            continue
        return key if st.genders.get(key) in (None, gender) else None
    return None


_MESSAGE_SENT = re.compile(r"\b(?:message|text|SMS|note|e-?mail)\s+(?:that\s+)?(?P<np>[Hh]e|[Ss]he)\s+(?:had\s+)?"
                           r"(?:sent|wrote|texted)\b[^“”\"‘§]{0,160}$")
_POSS_DOC_ASIDE = re.compile(rf"\s*(?P<np>(?:His|Her)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOC}))\s*,\s*[^,;:“”\"§]{{1,60}},\s*")
# "the Harbour News Agency", "Reuters", "state television": a news source that reports words
_NEWS_HEAD = re.compile(r"\b(?:news\s+agency|agency|news|television|tv|radio|newspaper|daily|times|post|herald|"
                        r"tribune|gazette|broadcaster)\s*$", re.IGNORECASE)


def _news_source(np: str, at: int, occs) -> bool:
    name = np.strip()
    low = name.lower().removeprefix("the ")
    if low in lexicon.OUTLETS or name in lexicon.NEWS_AGENCIES or _NEWS_HEAD.search(name):
        return True
    return any(o.start <= at < o.end and o.type == "media" for o in occs)


_RECORD_OF_WORDS = re.compile(r"^(?:a|an|the)\s+(?:[\w-]+\s+)?(?:readout|transcript|recording|summary|minutes)\b", re.IGNORECASE)
_ASKED_LEAD = re.compile(r"\s*Asked\s+(?:whether|if|about|what|how|why|when|who|for)\b[^.;:!?“”\"§]{0,160}?,\s+")


def _after_report(st, n, par, masked, prev: Sentence, q: _Q, occs, person_keys) -> None:
    """A sentence that is only a quotation, right after "..., X said." or "X said the ..." in
    the same paragraph: X goes on speaking. Not when the report names another person after
    its verb ("X said Y had ..."): the words could be Y's."""
    text = masked[prev.start:prev.end]
    m = _ASKED_LEAD.match(text) if "Asked" in text[:12] and "§" not in text else None
    o = next((o for o in occs if o.type == "person" and o.key and o.start == prev.start + m.end()), None) if m else None
    if o is not None and not any(p.type == "person" and p.key != o.key and o.end <= p.start < prev.end for p in occs):
        # "Asked whether ..., X paused. “…”": the one asked answers
        q.speaker, q.explicit = o.key, True
        q.cue = f"asked …, {o.form} (the sentence before)"
        return
    verbs = list(_VERB_ANY.finditer(text))
    if not verbs or "§" in text:
        return
    # ("He rejected claims the bill would ...": a noun right after the verb, no verb of its own)
    verbs = [v for k, v in enumerate(verbs) if not (k and not text[verbs[k - 1].end():v.start()].strip())]
    v = verbs[-1]
    if _TO_END.search(text[max(0, v.start() - 5):v.start()]) or \
            _PASSIVE_END.search(text[max(0, v.start() - 8):v.start()]):
        return
    told = _TOLD_OUTLET.match(text, v.end()) if v.group("verb") in {"told", "tells"} else None
    if any(o.type == "person" and prev.start + (told.end() if told else v.start()) <= o.start < prev.end for o in occs) or \
            _TWO_CAPS.search(text, told.end() if told else v.end()):
        return      # (a name the extractor could not establish counts too)
    key, words, found = _subject_before(st, n, par, masked, prev, prev.start + v.start(), occs, person_keys, None)
    if found and key in person_keys:
        q.speaker, q.explicit = key, True
        q.cue = f"{words} {v.group('verb')}, the sentence before"     # (a pronoun cue: the guard checks it)


def _report_goes_on(st, n: int, prev_report, q: _Q, person_keys) -> bool:
    """"Kim ... said the union would press the company. / “…”": a paragraph that is only a
    quotation, right after a paragraph ending on X's reported words, named: X goes on. (A pronoun
    read again a paragraph later is not settled: "..., he added. / “…”".)"""
    p_par, p_masked, p_sent, p_occs = prev_report
    _after_report(st, n - 1, p_par, p_masked, p_sent, q, p_occs, person_keys)
    named = {o.key for o in p_occs if o.type == "person"}
    if q.speaker and (not _PRONOUN.match(q.cue.split(" ", 1)[0])
                      # (a pronoun: the one person that paragraph names, or, naming nobody, the last subject)
                      or named == {q.speaker} or not named and st.recent and st.recent[-1][1] == q.speaker):
        q.cue = q.cue.replace("the sentence before", "the paragraph before")
        return True
    q.speaker, q.explicit, q.cue = None, False, ""
    return False


# "X told the Harbour Post by phone that ...": the outlet that heard him, not a second person
_TOLD_OUTLET = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+\s+(?=(?:by\s+(?:tele)?phone|over\s+the\s+phone|"
                          r"in\s+an?\s+(?:interview|phone\s+call)|via\s+(?:WhatsApp|Signal|video))\b)")


# "The judge was unmoved." / "The mayor remained defiant.": a role noun and its stance, and
# nothing else, right before a sentence that is only a quotation
_MOOD = re.compile(r"^\s*(?P<np>(?-i:The)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|remained|seemed|sounded|looked|"
                   r"appeared|stayed)\s+(?:(?:just\s+as|equally|more|less|still|quite)\s+)?(?:unmoved|defiant|unrepentant|"
                   r"unconvinced|blunt|adamant|firm|emphatic|unapologetic|scathing|dismissive|sceptical|skeptical|"
                   r"calm|angry|direct|furious|bitter|resolute|undeterred|unimpressed|categorical)\.\s*$", re.IGNORECASE)


# "Asked whether ..., she did not hesitate.", "He laughed.": a person's reaction alone in the
# sentence before a quotation that has no attribution of its own; the words are the reaction's
_REACTION = re.compile(r"^\s*(?:(?:Asked|Pressed|Questioned|Challenged)\s[^.;“”\"§]{1,200}?,\s+)?"
                       r"(?P<np>[Hh]e|[Ss]he|(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2})\s+"
                       r"(?:(?:just|only|simply|briefly)\s+)?(?:laughed|smiled|shrugged|sighed|paused|nodded|hesitated|"
                       r"grinned|chuckled|scoffed|frowned|did\s+not\s+hesitate|didn[’']t\s+hesitate|was\s+silent|fell\s+silent)"
                       r"(?:\s+(?:again|briefly|before\s+answering|at\s+the\s+question|for\s+a\s+(?:moment|while|few\s+seconds)))?"
                       r"\.\s*$")


def _after_mood(st, n, masked, prev: Sentence, q: _Q, occs, person_keys) -> None:
    """"The judge was unmoved. “…”": the person the role noun names speaks the quotation."""
    m = _MOOD.match(masked[prev.start:prev.end]) or _REACTION.match(masked[prev.start:prev.end])
    if not m or "§" in m.group(0):
        return
    at = prev.start + m.start("np")
    o = next((o for o in occs if o.start == at and o.end == prev.start + m.end("np") and o.type == "person"), None)
    key = o.key if o else _resolve(st, n, m.group("np"), at, occs, person_keys)[0]
    if key in person_keys:
        q.speaker, q.explicit = key, True
        q.cue = f"{m.group('np')} (the sentence before)"


_NO_STOP = r"(?:[^.;:!?“”\"§]|\.(?=\S))*"        # "at the U.N.," ends no sentence
_SPLIT_GAP = re.compile(rf"^{_NO_STOP},\s*$")


def _first_half(par: str, q: _Q, qs: list[_Q]) -> _Q | None:
    """The quote whose attribution alone stands between it and q, ending in a comma: q carries
    on the same sentence ("“A,” said X, a scholar at Y, “B.”")."""
    i = qs.index(q)
    if i == 0:
        return None
    prev = qs[i - 1]
    if not (prev.explicit and prev.speaker and prev.span.closed) or prev.cue.startswith("second half"):
        return None
    text = par[prev.span.start:prev.span.end].rstrip()
    if not text.endswith(","):
        return None          # "“A.” X said, “B”": the first sentence ended
    gap = par[prev.span.after:q.span.open_at]
    if gap.rstrip().endswith(":") or _WHILE.search(gap):
        return None          # "“A,” X replied, while Y put it to him: “B”": B is introduced anew
    # one reporting verb, the attribution's: "“A,” said X, and Y added, “B”" is Y's
    return prev if _SPLIT_GAP.match(gap) and len(_VERB_ANY.findall(gap)) == 1 else None


_SAYS_APPOS = re.compile(rf"\s*,?\s*(?:{_V})\s+(?P<who>[^,.;:“”\"§]{{2,60}}?)\s*,\s+(?:a|an|the|his|her|their)\s"
                         r"[^.;:“”\"§]{2,160}\.\s*")


_PLACE_PREP_END = re.compile(r"\b(?:in|at|near)\s+$")


_SIGN_BEFORE = re.compile(r"\b(?:banners?|placards?|signs?|posters?|t-shirts?)\b[^.“”\"]{0,60}\b"
                          r"(?:reading|read|reads|saying|that\s+said)\s+$", re.IGNORECASE)


# a new sentence whose subject is a crowd the text does not name, handing over words with a colon
_OTHERS_PUT_IT = re.compile(r"(?:^|[.!?][”’\"]?\s)[^.!?“”\"§]*\b(?:people|residents|villagers|locals|voters|critics|many|"
                            r"others|activists|protesters|workers|farmers|families|neighbou?rs|opponents|supporters|"
                            r"students|elders|women|men)\s+(?:here\s+|there\s+|themselves\s+)?(?:have|had|use|used|call|"
                            r"called|say|said|put|prefer|preferred|chant|chanted|shout|shouted|wrote|write|joke|joked)"
                            r"\b[^.!?“”\"§]*:\s*$")


_RELATED_TO_END = re.compile(r"\b(?:related|relation|kin)\s+to\s+(?:the\s+)?$")


_UNNAMED_SAYS_AFTER = re.compile(rf"[,.!?]?\s*(?:a|an|one|another|someone)\s+(?:[a-z-]+\s+){{0,3}}?"
                                 rf"(?:{lexicon.SPEECH_VERB_RE})\b")


def _inherit(qs: list[_Q], occs, person_keys, par: str = "") -> None:
    """Split quotations: an unattributed quote takes the speaker of its neighbour."""
    for i, q in enumerate(qs):
        if q.explicit:
            continue
        if par and _SIGN_BEFORE.search(par, max(0, q.span.open_at - 90), q.span.open_at):
            continue    # "colleagues held a banner reading “…”": a sign's words, nobody's from the quote before
        if par and _UNNAMED_SAYS_AFTER.match(par, q.span.after):
            continue    # "“…,” a court officer told her.": words of someone the text leaves unnamed
        prev = next((p for p in reversed(qs[:i]) if p.explicit), None)
        if prev is not None and prev.speaker and par and q.sent != prev.sent \
                and _OTHERS_PUT_IT.search(par[prev.span.after:q.span.open_at]):
            continue    # "X calls it “A.” In the villages, people have a simpler name for it: “B.”": not X's
        if prev is not None and prev.speaker:
            between = [o for o in occs if prev.span.after <= o.start < q.span.open_at and o.type == "person"
                       and o.key != prev.speaker and not (par and _PLACE_PREP_END.search(par, max(0, o.start - 6), o.start)
                                                          and not par.startswith(("’s", "'s"), o.end))
                       # ("“…,” said Tori Jackson, who is not related to Darnell Jackson. “…”": no one new speaks)
                       and not (par and _RELATED_TO_END.search(par, max(0, o.start - 24), o.start))]
            # ("“…,” X told reporters in Y. “…”": a name after "in" is where he spoke, nobody who speaks)
            if between and par and q.sent == prev.sent and not _VERB_ANY.search(par, prev.span.after, q.span.open_at) \
                    and all(par.startswith(("’s", "'s"), o.end) for o in between):
                between = []    # "X said “…” and that Y's phone held “…”": a possessive speaks for nobody
            if between and par:
                # "“…,” said Y's elder brother, X, who .... “…”": Y only tells whose brother the speaker is
                between = [o for o in between if not (par.startswith(("’s", "'s"), o.end) and any(
                    p.key == prev.speaker and o.end < p.start <= o.end + 40 for p in occs))]
            if between:
                # "“…,” says X, a lawyer who represents Y. “…”": Y is named only inside X's apposition
                m = par and _SAYS_APPOS.fullmatch(par, prev.span.after, q.span.open_at)
                if m and all(o.start >= m.end("who") for o in between) and any(
                        o.key == prev.speaker and m.start("who") <= o.start < m.end("who") for o in occs):
                    between = []
            if not between:
                q.speaker, q.cue = prev.speaker, f"same speaker as the quote before ({prev.cue})"
                continue
        nxt = next((p for p in qs[i + 1:] if p.explicit), None)
        if nxt is not None and nxt.speaker and nxt.sent == q.sent and not nxt.cue.startswith("while "):
            # (a quote opening its own "while Y ...:" clause lends its speaker to nothing before)
            between = [o for o in occs if q.span.after <= o.start < nxt.span.open_at and o.type == "person"
                       and o.key != nxt.speaker]
            if not between:
                q.speaker, q.cue = nxt.speaker, f"same sentence as a quote by {nxt.speaker} ({nxt.cue})"


# "’s Gauteng provincial secretary ": a body's possessive, then its officer's place and role
_POSS_ROLE_GAP = Lazy(rf"[’']s\s+(?:(?:[A-Z][\w-]*|[a-z-]+)\s+){{0,4}}?(?:{_ROLE_WORD})\s+", re.IGNORECASE)


def _clause_subject(st, n, par, masked, sent, occs, person_keys):
    """The main subject of a sentence: (key, kind, words) or None."""
    text = masked[sent.start:sent.end]
    offset = sent.start
    lab = _NAME_LABEL.match(par) if sent.start == 0 and ":" in par[:60] else None
    if lab and par[lab.end():lab.end() + 1] not in "“\"‘'" \
            and any(o.start == 0 and o.type == "person" and o.end == lab.end("label") for o in occs):
        # "Amna Qureshi: Your own director of labour, X, sat ...": a turn's label is no subject
        offset = lab.end()
        text = masked[offset:sent.end]
    turn = (_NAME_ROLE_LABEL.match(par) or _CAPS_LABEL.match(par)) if sent.start == 0 and offset == 0 and ":" in par[:100] else None
    if turn and par[turn.end():turn.end() + 2].strip()[:1] not in "“\"‘'":
        offset = turn.end()         # (a broadcaster's label, name and role, is no subject either)
        text = masked[offset:sent.end]
    voc = _VOCATIVE.match(par, offset) if offset else None
    if voc and any(o.start == voc.start("name") and o.type == "person" for o in occs):
        # "RAFAEL SOTO, CNN CORRESPONDENT: Dana, the judge's order is blunt.": the one addressed
        # after a turn's label is no subject
        offset = voc.end()
        text = masked[offset:sent.end]
    lead = _LEAD.match(text).end()
    body = text[lead:]
    if _INTRO.match(body):
        comma = body.find(", ")
        if 0 < comma < 220:
            offset = sent.start + lead + comma + 2
            body = body[comma + 2:]
            lead = 0
            # a second opening clause: "On market days, while the nets dry, X opens her stall"
            m = _SUB_CLAUSE.match(body)
            if m:
                offset += m.end()
                body = body[m.end():]
    start = offset + lead
    if st.in_commas[0] != n:
        # people named between commas in this paragraph: the only ones an opening role can name
        # (a bracketed aside may follow the name: "The resort's director, John Roe (no relation), said")
        st.in_commas = (n, [p for p in occs if p.type == "person" and p.key and (par.startswith((",", ".,", " - ", " – ", " — "), p.end)
                                                                                or _GLOSS_COMMA.match(par, p.end)
                                                                                or _OF_PLACE_COMMA.match(par, p.end)
                                                                                or _OF_FIRM_COMMA.match(par, p.end))
                            and (par[max(0, p.start - 3):p.start].rstrip().endswith(",")
                                 or _TITLED_IN_COMMAS.search(par, max(0, p.start - 60), p.start))
                            and masked[p.start] != "§"])
    m = _BODY_APPOS.match(par, start) if par.startswith(("The ", "the "), start) else None
    o = next((o for o in occs if o.start == m.end() and o.key and o.type != "person"
              and par[o.end:o.end + 1] == ","), None) if m else None
    if o is not None:
        # "The UN refugee agency, UNHCR, voiced ...": the body in commas, and "the agency"
        # later in the text is that body
        st.bodies[m.group("head").lower()] = (o.key, set(m.group("desc").lower().split()))
        return (o.key, "org", o.form)
    lead_p = _role_apposition_person(par, start, st.in_commas[1], sent.end) if st.in_commas[1] else None
    if lead_p is not None:
        # "The spokesperson for the X Command, NAME, confirmed": NAME is the subject, and
        # "the spokesperson" later in the text is NAME.
        role = par[start:lead_p.start].strip(" ,").lower()
        st.roles.setdefault(lead_p.key, []).append(role)
        if role.rsplit(None, 1)[-1:] and role.rsplit(None, 1)[-1] in lexicon.GENDER_NOUNS:
            # ("Mrs X's grandson, Tom Ouma, drove a taxi": a grandson is a "he", never the "she" after)
            st.genders.setdefault(lead_p.key, lexicon.GENDER_NOUNS[role.rsplit(None, 1)[-1]])
        return (lead_p.key, "person", lead_p.form)
    m = _HEAD_OF_LEAD.match(par, start)
    o = next((o for o in occs if o.start == m.end() and o.key and o.type != "person"
              and (not o.poss or _OWN_OFFICE.match(par, o.end))), None) if m else None
    if o is not None:
        # "The head of the Lakeside prison service stated ...": an unnamed head speaks for the body
        return (o.key, "org", o.form)
    m = _REP_LEAD.match(par, start) if par.startswith(("A ", "An ", "The "), start) else None
    o = next((o for o in occs if o.start == m.end() and o.key and o.type != "person" and not o.poss
              and (par[o.end:o.end + 1] != "," or _ASIDE_AFTER_BODY.match(par, o.end))), None) if m else None
    if o is not None:
        # "A spokesperson for the party said ...": the party speaks, and "the spokesperson"
        # later in the paragraph is its voice (and so is a "she" after a spokeswoman)
        word = m.group().split()[1].lower()
        if word.startswith("spokes"):       # (an official who asked not to be named speaks for no one)
            st.voice = (n, o.key, "f" if word == "spokeswoman" else "m" if word == "spokesman" else None, len(st.recent))
        return (o.key, "org", o.form)
    m = _NAMED_AS.match(par, start) if par.startswith(("A ", "An ", "One "), start) else None
    o = next((o for o in occs if o.start == m.end() and o.key and o.type == "person"), None) if m else None
    if o is not None:
        # "A resident who gave her name only as Naledi said": the name she gave is hers
        return (o.key, "person", o.form)
    m = _IDENTIFIED_AS.match(par, start) or _ONE_OF_APPOS.match(par, start) or _AMONG_THEM.match(par, start)
    # (the name may carry its gloss in brackets: "identified only as Umm Sami (Sami's mother),")
    o = next((o for o in occs if o.start == m.end() and o.key and o.type == "person"
              and _GLOSS_COMMA.match(par, o.end)), None) if m else None
    if o is not None:
        # "A man seen in the video, identified by the paper only as Sami, not his real name,
        # said", "His aunt, who asked to be identified as Umm Sami, said", "One of the
        # organisers, Lena Holt, told": the name so given is the subject's
        return (o.key, "person", o.form)
    m = _LEADING_NP.match(body)
    checked = start         # the words before here are known to fit a subject
    role_of = None          # (a body's mention, the role word after it): "the NPP candidate"
    for o in occs:
        if o.start < max(start, checked) or o.end > sent.end or masked[o.start] == "§":
            continue
        prefix = par[start:o.start]
        # "The court’s spokesman, X, declined ...": the named person is the subject.
        appos = o.type == "person" and _past_affiliation(par, o.end, sent.end, occs).startswith(",") \
            and bool(_ROLE_APPOS_PREFIX.match(prefix))
        # "The Orsk unit of the Civic League welcomed ...": the body speaks through its branch
        appos = appos or (o.type != "person" and checked == start and bool(_UNIT_OF.fullmatch(prefix)))
        # "Press freedom organization X said", "the Kyiv-based watchdog X": a body after its kind
        appos = appos or (o.type != "person" and checked == start and bool(_KIND_BEFORE_BODY.fullmatch(prefix)))
        # (the words one by one: most prefixes fail at their first lower-case word)
        if not appos and not _fits_subject(w.group() for w in _PREFIX_WORD.finditer(par, checked, o.start)):
            break
        rest = par[o.end:o.end + 40]
        if o.type != "person" and _BODY_TAIL.match(rest) and not _MODIFIER_OF_ROLE.match(rest):
            # "The UN refugee agency pointed to": the agency, not the UN (but "KUCO Nakuru branch
            # secretary X": a role of the branch, then the person, read below)
            d = _BODY_DESC.match(par, start)
            if d is None:
                break
            key, _ = _resolve(st, n, d.group(), start, occs, person_keys, None)
            return (key, "org", d.group())
        mod = _MODIFIER_OF_ROLE.match(rest) if o.type != "person" else None
        if mod:
            checked = o.end + mod.end("acr")        # past "(CPP)" too
            role_of = (o, mod)
            continue      # a modifier: "CNRP official X", "Ministry of Labour spokesman X"
        if o.poss and _possessive_apposition(par, start, o, occs, sent.end):
            continue      # "X's lawyer, Y, told the court": Y is the subject
        k = _POSS_KIN_NAME.match(par, o.end) if o.poss and o.type == "person" and o.key else None
        if k and any(p.start == k.end() and p.type == "person" and p.key and p.key != o.key for p in occs):
            # "Halima Bello’s husband Musa, 36, died ...": the relative is the subject, and the
            # owner, named too, is whom a pronoun of the other gender after it may mean
            rel = next(p for p in occs if p.start == k.end() and p.type == "person")
            st.genders.setdefault(rel.key, "m" if k.group("tie") in _MALE_TIES else "f")
            st.recent.append((n, o.key))
            checked = k.end()
            continue
        if o.poss and o.type != "person" and o.key and _ORGAN_AFTER_POSS.match(par, o.end):
            # "the BNTU’s National Executive said": the body speaks through its own organ
            return (o.key, "org", o.form)
        p = next((p for p in occs if p.start > o.end and p.type == "person" and p.key), None) \
            if o.poss and o.type != "person" else None
        if p is not None and p.end <= sent.end and _POSS_ROLE_GAP.fullmatch(par, o.end, p.start):
            checked = p.start
            continue    # "Nehawu's Gauteng provincial secretary X rejected": X, the body's officer
        if o.poss and o.type == "person" and o.key and _DOC_OWNER_POSS.match(par, o.end):
            # "Judge X's 41-page order is blunt. She wrote that ...": the writer of the document
            # that is the subject is whom a pronoun after it means
            st.recent.append((n, o.key))
            return None
        if o.poss or _AND_NEXT.match(rest):
            return None
        if m and not appos and m.end() <= o.start - start:
            break       # a pronoun or description before the name is the subject
        kind = "person" if o.type == "person" else "org"
        if o.key is None and o.type == "person":
            kind = "ambiguous"      # a short name two people share
        return (o.key, kind, o.form)
    if role_of is not None and _VERB_NEXT.match(par, role_of[0].end + role_of[1].end()):
        # "the NPP candidate laughed them off": a person the body's role describes, never the body;
        # the one the text gave that role in that body, or no one it settles
        o, mod = role_of
        phrase = par[start:o.end + mod.end()].strip()
        key = _description(st, n, [o.form], mod.group().split()[-1].lower(), start)
        if key is None:
            st.recent.append((n, None))     # (a "he" after it is this unnamed one, never someone before)
        return (key, "person", phrase)
    if m:
        np = m.group("np")
        key, kind = _resolve(st, n, np, start + m.start("np"), occs, person_keys, None)
        if key is None and np.lower().startswith("the ") and " " in np:
            # ("the appeals court rejected": the shortest phrase before a lower-case word may stop
            # inside the noun phrase; try it one or two words longer)
            for more in filter(None, (rx.match(par, start + m.end("np"), sent.end) for rx in _NEXT_WORDS)):
                longer = par[start + m.start("np"):more.end()]
                if longer.rsplit(None, 1)[-1].lower() not in _HEAD_NOUNS:
                    continue    # (only a phrase that ends on a noun of a person or a body)
                k2, kind2 = _resolve(st, n, longer, start + m.start("np"), occs, person_keys, None)
                if k2:
                    np, key, kind = longer, k2, kind2
                    break
        if key is None and np[:1].islower():
            return None     # after an opening phrase, only a phrase naming someone known: "For X, the appeal is ..."
        if kind == "description":
            kind = "person"
        if kind == "thing":
            kind = "org"
        if kind == "pronoun":
            kind = "person"
        if np.lower().startswith(("the ", "its ")) and _DOC_NP.match(np):
            kind = "doc"
        return (key, kind, np)
    return None


_KIND_BEFORE_BODY = re.compile(r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?!(?:of|for|to|with|by|from|on|at|in|and|or)\s)[\w’'-]+\s+){0,4}?"
                               r"(?i:group|organi[sz]ation|watchdog|ngo|union|coalition|network|charity|association|"
                               r"alliance|movement|platform|foundation|institute|newspaper|outlet|broadcaster|agency)\s+")
_ORGAN_AFTER_POSS = Lazy(r"(?:[’']s?)?\s+(?i:national\s+executive(?:\s+committee)?|executive\s+committee|"
                         r"central\s+committee|national\s+council|general\s+council|governing\s+council|"
                         r"secretariat|leadership|presidium|politburo|executive|board)"
                         r"\s+(?:(?:also|has|had|have|later|then|on\s+\w+day)\s+)*(?:" + lexicon.SPEECH_VERB_RE + r")\b")
# (no preposition among them: "said the lawyer for X" is the lawyer speaking of X)
_LOWER_ROLE_WORDS = re.compile(r"(?:(?!(?:of|for|to|with|by|from|on|at|in|against|representing|and|or)\b)[a-z][\w-]*\s+){1,3}")
# "The first witness, Chief X of Imaki village in South Tanna, told": where the person is from, then the comma
_OF_PLACE_COMMA = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
                             r"(?:\s+(?:village|town|city|district|county|province|region|island|community|settlement))?"
                             r"(?:\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?,")
# "The provisional liquidator, X of the Windhoek firm Y and Z, said": where the person works, then the comma
_OF_FIRM_COMMA = re.compile(_OF_FIRM)
# "A spokesperson for the X, contacted by the paper, declined ...": an aside, no name, after the body
_GLOSS_COMMA = re.compile(r"(?:\s*\([^()“”\"]{1,40}\))?,")
_ASIDE_AFTER_BODY = re.compile(r",\s+(?:contacted|reached|approached|asked|speaking|quoted|interviewed|in\s+an?\s+(?:[\w-]+\s+)?"
                               r"(?:statement|reply|response|post|letter|release))\b[^,;“”\"‘’]{0,60},\s+[a-z]"
                               # (or what the body is: ", the government-affiliated body that inspects companies,")
                               r"|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:body|agency|organi[sz]ation|authority|watchdog|"
                               r"regulator|institution|commission|council|group|union|federation|company|firm)\b"
                               r"[^,;“”\"‘’]{0,100},\s+(?:[a-z]+\s+)?(?:said|says|told|added|stated|wrote)\b")


# (a lower-case verb right after the role: the phrase is the whole subject)
_VERB_NEXT = re.compile(r"\s+(?:(?:also|then|later|has|had|was|is|quickly|simply)\s+)?[a-z]+(?:ed|s)\b|\s+(?:laughed|said|told|spoke|took|gave|made|went)\b")


def _role_apposition_person(par: str, start: int, in_commas, end: int) -> Occurrence | None:
    """The named person in commas right after a role that opens the sentence."""
    for p in in_commas:
        if start < p.start <= start + 160 and p.end <= end and _ROLE_APPOS_PREFIX.match(par[start:p.start]):
            return p
    return None


def _possessive_apposition(par: str, start: int, owner: Occurrence, occs, end: int) -> bool:
    """Whether a person in commas after "X's <role>," follows the possessive X."""
    for p in occs:
        if p.start > owner.end and p.end <= end and p.type == "person" and p.key and \
                _past_affiliation(par, p.end, end, occs).startswith(",") and (_ROLE_APPOS_PREFIX.match(par[start:p.start])
                                                  or _ROLE_APPOS_PREFIX.match(par[owner.end:p.start])):
            return True     # (from the owner on: "Civic Watch's Black Sea researcher, Y,")
    return False


_ROLE_OK = lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS | _ROLE_MODIFIERS | {"advocate", "attorney", "lawyer"}
_ROLE_APPOS_PREFIX = re.compile(
    # (a body's long name, its initials in brackets, its branch: "The X Society (XS) Y branch chairperson, Z,")
    r"^(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?:[\w’'.-]+|\([A-Z]{2,8}\))\s+){0,7}?(?:"
    # ("The law's author, X," / "The bill's sponsor, X,": who wrote or moved it)
    + lexicon.alternation(sorted(lexicon.ROLE_NOUNS | {"complainant", "petitioner", "accuser", "author", "authors",
                                                       "sponsor", "co-sponsor", "drafter"}, key=lexicon.by_length))
    # "... deputy regional director for East and Southern Africa, X": the role's region or body
    # ("counsel for the City of Eastvale, X": "of" inside the body's name)
    # ("The Chair of the X Watching The Vote Working Group, Y": a body's long name; its initials in
    # brackets after it: "The Resident Electoral Commissioner (REC) for Osun State, Y"; the region
    # an office covers: "The Resident Minister North, Y")
    + r")(?:\s+(?-i:North|South|East|West|Central|Northern|Southern|Eastern|Western))?"
    # ("The Head of Governance and Elections at the X Center (CDD-Ghana), Dr. Y": the field, then the body)
    r"(?:\s*\([A-Z][\w.-]{1,9}\))?(?:(?:\s+(?:for|of|in|at|on)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+|&\s+|of\s+|in\s+|for\s+)?(?-i:[A-Z])[\w’'-]*){0,8}){1,2}"
    r"(?:\s*\([A-Z][\w.-]{1,9}\))?"
    # (or a lower-case place: "the abbot of the village temple, Y", "The rapporteur of the Riigikogu's
    # constitutional affairs committee, Y")
    r"|\s+(?:of|at)\s+the\s+(?:(?-i:[A-Z])[\w’'-]*[’']s\s+)?(?-i:[a-z])[\w’'-]*(?:\s+(?-i:[a-z])[\w’'-]*){0,3}"
    # (a remit in lower case: "Its counselor for family and social affairs, Y", "Your own director of labour, Y")
    r"|\s+(?:for|of)\s+(?-i:[a-z])[\w’'-]*(?:\s+(?-i:[a-z])[\w’'-]*){0,4})?"
    # ("a spokesperson for the ministry in Eastvale, X": a body named by its common noun, and its seat;
    # "the party's caucus leader in the Eastvale council, X": a lower-case house, with its place before it)
    r"(?:\s+(?:for|of|at|in|on)\s+the\s+(?:[\w’'-]+\s+){0,2}?(?-i:ministry|department|governorate|directorate|municipality|"
    r"police|authorities|council|assembly|parliament|legislature|senate|committee)"
    r"(?:\s+(?:in|of|for)\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2})?)?"
    # ("the prosecutor in the case, X", "the district commander at the time, X")
    r"(?:\s+(?:in|on|at)\s+the\s+(?:case|trial|matter|inquiry|investigation))?(?:\s+(?:at\s+the\s+time|then|since\s+\d{4}))?"
    # (its branch in commas after the body: "The Chairman of the X Union (XU), Lakeside State Council, Y")
    r"(?:\s*,\s*(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){1,3}(?=\s*,))?"
    # (and the name's own title after the comma: "X's counsel, advocate Y,")
    # (British honorifics carry no dot: "X's wife, Mrs Y,")
    # (a place before the name's title: "The complainant, Lakeshire County Councillor Y,")
    # (and a rank or title abbreviated with its full stop: "Its spokesman, Brig. Y,", "Prof. Y")
    # (a numbered ward or district before it: "His cousin, Ward 7 councillor Y,")
    r"\s*,\s*(?:(?-i:[A-Z0-9])[\w’'-]*\.?\s+){0,3}?(?:(?:" + lexicon.alternation(sorted(lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS, key=lexicon.by_length))
    # (a rank holding "of" and its initials: ", Deputy Superintendent of Police (DSP) Y,")
    + r"|mrs|mr|ms|miss|dr)\.?\s+){0,2}(?:of\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*\s+)?(?:\((?-i:[A-Z]{2,6})\)\s+)?$", re.IGNORECASE)
# (", Lakeshire County Councillor Y,": the name in commas after its place and title)
# (a rank may hold "of" and its initials: ", Deputy Superintendent of Police (DSP) X,")
_TITLED_IN_COMMAS = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+(?:of\s+(?:the\s+)?)?){1,4}(?:\([A-Z]{2,6}\)\s+)?$|,\s+(?:[A-Z0-9][\w’'.-]*\s+){1,3}(?:"
                               + lexicon.alternation(sorted(lexicon.ROLE_NOUNS | lexicon.TITLE_HEADS, key=lexicon.by_length))
                               + r")\s+$")
_WHICH_END = re.compile(rf"\bwhich\s+(?:(?:had|has|have|also|later|then|last\s+year|this\s+year|earlier)\s+)*"
                        rf"(?:{_ADV}\s+)*$")
_WHICH_GAP = re.compile(r"(?:\s*\([A-Z][\w.-]{1,9}\))?\s*,\s*")
_WHO_END = re.compile(rf"\bwho\s+(?:{_ADV}\s+)*$")
_WHO_GAP = re.compile(r"\s*,\s*(?:(?:a|an|the|his|her|their)\s[^,;:“”§()]{1,80}?,\s*)?$")
_NOT_WHO = re.compile(r"\b(?:of|for|with|to|and|or|including|like|as|than|whose)\s+(?:the\s+)?$", re.IGNORECASE)


def _who_antecedent(par: str, who_at: int, lo: int, occs) -> Occurrence | None:
    """"a complaint by X, a shopkeeper in the town, who alleged": the person named right
    before "who" (past one apposition of their own), unless the name hangs off another noun
    ("the husband of X, who ..." could be either)."""
    before = [o for o in occs if lo <= o.start and o.end <= who_at]
    if not before:
        return None
    o = max(before, key=lambda o: o.end)
    if o.type != "person" and o.key and not o.poss and _WHO_GAP.match(par, o.end, who_at) \
            and any(w in lexicon.TITLE_HEADS for w in o.key.lower().replace(",", " ").split()) \
            and (p := _PRE_PREP.search(par, max(lo, o.start - 40), o.start)) is not None and p.group().startswith("by"):
        # "an order issued by the District Magistrate, Lakeside, who described": an office named
        # by its holder's title is a person acting
        return o
    if o.type != "person" or not o.key or o.poss or not _WHO_GAP.match(par, o.end, who_at):
        return None
    if _NOT_WHO.search(par, max(lo, o.start - 12), o.start) \
            and not _ACCORDING_END.search(par, max(lo, o.start - 16), o.start):
        return None     # (but "according to X, who said ...": X is the source who speaks)
    return o


_ACCORDING_END = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)


_COLON_END = re.compile(r":\s*$")
_VOCATIVE = re.compile(r"\s*(?P<name>[A-Z][a-z’'-]+),\s+(?!(?:a|an|the|who|whose|which|aged|and|or)\b|\d)")
_SENT_MESSAGE = re.compile(r"\s+(?:had\s+)?(?:sent|recorded)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:message|voice\s+note|recording|text|audio)\b(?:\s+message\b)?(?=[^“”\"§:]*:\s*$)")
# A clause that hands over someone else's or a document's words: "X read out her son's letter:"
# "Rosa Coc, Daughter of the Alcalde:": a broadcaster's label, the name and what she is, over her words
_NAME_ROLE_LABEL = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+[A-Z][^:“”\"]{2,80}:")
_OTHER_VOICE = re.compile(r"\b(?:son|daughter|wife|husband|mother|father|brother|sister|friend|family|child|children|"
                          r"lawyer|sign|banner|placard|slogan|caption|headline|note|" + lexicon.alternation(
                              # ("release" alone is a prisoner's, far more often than a document)
                              sorted(set(lexicon.DOCUMENT_NOUNS) - {"release"}, key=lexicon.by_length))
                          + r")s?\b", re.IGNORECASE)
_UNIT_OF = re.compile(r"(?:[Tt]he\s+|[Ii]ts\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:unit|branch|chapter|wing|section)"
                      r"\s+of\s+(?:the\s+)?")
_PREFIX_OK = {"the", "a", "an", "former", "political", "opposition", "party", "local", "human", "rights",
              "democracy", "senior", "deputy", "veteran", "prominent", "exiled", "ruling", "independent",
              "acting", "special", "chief", "executive", "vice", "co-founder", "labour", "labor",
              "union", "youth", "student", "environmental", "land", "civil", "society", "group",
              # "Orsk district police chief X", "provincial court spokesman X": the unit a role serves
              "district", "provincial", "province", "municipal", "city", "commune", "village", "county",
              "state", "regional", "national", "town", "ward", "police", "military", "army", "court",
              "ministry", "government",
              # "police media spokesman X", "army press officer Y": the office a spokesperson serves
              "media", "press", "information",
              # "my colleague X, who covers ..., put it to him": the writer's colleague is the subject
              "my", "our", "colleague",
              # "Khalishpur police station officer-in-charge X": the post a role serves
              "station", "post", "camp", "desk"}


def _occs_by_sentence(sents, occs) -> list:
    """For each sentence, the occurrences that start in it (sent.start <= o.start < sent.end), in
    the paragraph's order: one pass per paragraph instead of a scan of all of them per sentence.
    (Sentences are disjoint and in order, so the last one starting at or before o.start is the
    only one that can hold it.)"""
    if not occs:
        return [()] * len(sents)        # (only read, never added to)
    out: list[list] = [[] for _ in sents]
    starts = [s.start for s in sents]
    for o in occs:
        i = bisect_right(starts, o.start) - 1
        if i >= 0 and o.start < sents[i].end:
            out[i].append(o)
    return out


def _names_document(par: str, low: str | None, sent: Sentence, keys) -> bool:
    """Whether a document noun can occur in the sentence (low: the folded paragraph; keys:
    those of _DOC_KEYS it holds)."""
    if low is None:
        return has_any(folded(par[sent.start:sent.end]), _DOC_KEYS)
    # lower() keeps every length once folded() allowed it, so positions carry over. (Substring
    # tests beat one regex alternation of the keys, which is tried at every position.)
    part = low[sent.start:sent.end]
    return any(k in part for k in keys)


def _update(st, n, par, masked, sent, occs, s_occs, subj, sent_qs, person_keys, par_docs: bool, docs: bool) -> None:
    """After a sentence: who it was about, and which documents belong to whom.
    par_docs, docs: whether the paragraph, the sentence may name a document ("the premier’s social media post",
    "a Foreign Affairs Ministry statement", "X adopted a resolution", "In a letter ..., X asked")."""
    text = par[sent.start:sent.end]
    for m in (_DOC_OWNER_POSS.finditer(text) if docs else ()):
        a = sent.start + m.start()
        lo = max(sent.start, a - 80)
        owner_np = _OWNER_END.search(par[lo:a])
        if owner_np:
            key, _ = _resolve(st, n, owner_np.group(1), lo + owner_np.start(1), occs, person_keys, subj)
            if key:
                st.documents[m.group("doc").lower()] = key
    for o in (s_occs if par_docs else ()):      # both patterns end in a document noun
        m = _DOC_AFTER_ACTOR.match(par[o.end:]) or _DOC_OBJECT.match(par[o.end:])
        if m and o.key:
            st.documents[m.group("doc").lower()] = o.key
    for m in (_DOC_BROUGHT_BY.finditer(text) if docs else ()):
        # "a defamation claim brought by former MP X": the claim is X's
        o = next((o for o in s_occs if o.key and sent.start + m.end() <= o.start <= sent.start + m.end() + 60
                  and _ROLE_WORDS_ONLY.fullmatch(par, sent.start + m.end(), o.start)), None)
        if o is not None:
            st.documents[m.group("doc").lower()] = o.key
    m = _DOC_IN.search(masked, sent.start, sent.end) if docs else None     # (not "in the judgment" inside the words)
    if m:
        owner = next((q.speaker for q in sent_qs if q.speaker), None) or (subj[0] if subj else None)
        if owner:
            st.documents[m.group("doc").lower()] = owner
        elif not sent_qs or m.group().split()[1].lower() in ("a", "an"):
            # "Relatives of X said in a statement ...": a new statement by someone the text does not
            # settle; "the statement" after it is never an older one's owner's (nor after "The
            # company, in a statement signed by ..., said the strike was “…”")
            st.documents.pop(m.group("doc").lower(), None)
    if subj and subj[0]:
        if subj[1] == "person" and _PRONOUN_REPORTS.search(text):
            pass    # "Sunardi had promised a timetable, he said.": "he" reports on Sunardi, another
        elif subj[1] == "person":
            st.recent.append((n, subj[0]))
            if subj[0] not in st.genders:
                _gender_from_report(st, n, par, masked, sent, occs, subj[0])
        else:
            st.thing = (n, subj[0])
            if _BODY_ROLE_OPENS.match(text.lstrip(" “‘\"")):
                # "The AMCU branch chairperson rejected the claim. “…,” he said": the body's unnamed
                # office holder is the "he", never a person named before
                st.recent.append((n, None))
    elif subj and _BODY_ROLE_OPENS.match(text.lstrip(" “‘\"")):
        st.recent.append((n, None))     # (the same, the body itself unknown to the index)
    elif subj and subj[0] is None and subj[1] == "person" and not _PRONOUN.match(subj[2]) \
            and (dp := _DESC_PLACE.match(text.lstrip(" “‘\""))) and dp.group("head") in lexicon.ROLE_NOUNS:
        # "The leader from Argelia, who ..., said": a description of someone from a place no
        # person the text named is from; a "she" after it is never someone named before
        st.recent.append((n, None))
    elif subj is None and _INDEFINITE_PERSON_OPENS.match(text.lstrip(" “‘\"")):
        # "One pensioner walked into our office ... He said, “…”": someone the text leaves unnamed
        # opens the sentence; a "he" after it is that one, never someone named before
        st.recent.append((n, None))
    elif subj is None and (nm := _NAME_SHAPED_SUBJECT.match(text)) and nm.group(1).lower() not in lexicon.COMMON_CAPITALISED \
            and not any(o.start < sent.start + nm.end() for o in s_occs):
        # "Hendrik van Zyl of the Windhoek firm X said ...": a person's name the index did not take
        # is the subject; a "he" after it is never someone named before
        st.recent.append((n, None))
    elif subj and subj[1] == "ambiguous" and (one := _titled_sharer(st, n, par, sent.start + masked[sent.start:sent.end].find(subj[2]), subj[2])):
        st.recent.append((n, one))
    elif subj and subj[1] == "ambiguous":
        st.recent.append((n, None))     # "he" after it could be either: block older people
        # (unless the pronoun's gender tells the sharers apart: see _pronoun)
        st.shared[len(st.recent) - 1] = tuple(m.key for m in st.index.mentions if m.type == "person"
                                              and (subj[2] in m.forms or subj[2] in m.key.split()))
    elif subj and subj[1] == "unknown" and _UNNAMED_PERSON.match(par, sent.start + masked[sent.start:sent.end].find(subj[2]) + len(subj[2])):
        # "The detainee's father, a retired clerk, said he ...": an unnamed person is the
        # subject; a "he" after it is that person, never someone named before
        st.recent.append((n, None))
    elif subj and subj[1] == "unknown" and (k := _POSS_ROLE_NP.match(subj[2])) \
            and k.group("head").lower() in lexicon.RELATION_NOUNS:
        # "His mother visits once a month": an unnamed relative is the subject; a "she" after it
        # is that relative, never a woman named before (a "he" passes over a mother)
        st.recent.append((n, None))
        st.unnamed_gender[len(st.recent) - 1] = lexicon.GENDER_NOUNS.get(k.group("head").lower())
    elif _ANSWER_PRONOUN.match(text) and any(_ASKED.search(st.paragraphs[k]) for k in (n - 1, n - 2) if k >= 0):
        # "Responding, he says ...", after someone asked: the one who answers, not the asker; a
        # "he" after it is that one too, never someone named before
        st.recent.append((n, None))
    elif subj and subj[1] == "unknown" and _UNNAMED_ROLE_NP.match(subj[2]):
        # "Its head has said ..., a process he described as “…”": an office holder the text does
        # not name is the subject; a "he" after it is that one, never someone named before
        st.recent.append((n, None))
    # "The verdict comes after X, a deputy governor, urged ...": when the sentence's own subject
    # is no person, the one person acting in its clause is whom a "he" after it means.
    if not (subj and subj[1] == "person"):
        acts = [o for o in s_occs if o.type == "person"]
        m = _CLAUSE_OPEN.search(par, max(sent.start, acts[0].start - 12), acts[0].start) if len(acts) == 1 and acts[0].key else None
        if m and m.end() == acts[0].start and _ACTS_AFTER.match(masked, acts[0].end, sent.end):
            st.recent.append((n, acts[0].key))
        # "The Ledger spoke to X, a nurse": the one the outlet interviewed is whom a "she" after means
        m = _SPOKE_TO.search(par, max(sent.start, acts[0].start - 30), acts[0].start) if len(acts) == 1 and acts[0].key else None
        if m and m.end() == acts[0].start:
            st.recent.append((n, acts[0].key))
        # "At the front of the march was X, whose son ...": the person the sentence brings on, inverted
        m = _PLACE_THEN_WAS.match(par, sent.start) if acts and acts[0].key else None
        if m and m.end() == acts[0].start:
            st.recent.append((n, acts[0].key))
        # "For X, the ruling ends a long fight.": the person the sentence is about, fronted
        m = _FOR_TOPIC.match(par, sent.start) if len(acts) == 1 and acts[0].key else None
        if m and m.end() == acts[0].start and par.startswith(",", acts[0].end):
            st.recent.append((n, acts[0].key))
        # "According to X, who ..., the family ...": the person the sentence cites speaks in it
        m = _ACCORDING_TOPIC.match(par, sent.start) if len(acts) == 1 and acts[0].key else None
        if m and (m.end() == acts[0].start or _TITLE_GAP.fullmatch(par, m.end(), acts[0].start)):
            st.recent.append((n, acts[0].key))
        # "Neighbours said X was hoping to ...": the subject of what is reported is the one talked of
        m = _SAY_BEFORE.search(masked, max(sent.start, acts[0].start - 30), acts[0].start) \
            if len(acts) == 1 and acts[0].key else None
        if m and m.end() == acts[0].start and _CLAUSE_VERB_AFTER.match(masked, acts[0].end):
            st.recent.append((n, acts[0].key))
    # "The association has called the bill “…”, and its director, X — no relation to the minister —
    # told me she ...": a body is the subject, and a person named later in the sentence speaks in a
    # clause of their own; a "she" after it is that person, never someone named before
    if subj and subj[1] == "org":
        talkers = [o for o in s_occs if o.type == "person" and o.key and _CLAUSE_SPEAKER.match(masked, o.end, sent.end)
                   and _AND_ITS.search(masked, max(sent.start, o.start - 80), o.start)]
        if len({o.key for o in talkers}) == 1:
            st.recent.append((n, talkers[-1].key))
    # "according to his wife, X, who said ...": X speaks in this sentence.
    if ", who " in text:
        for o in s_occs:
            if o.type == "person" and o.key:
                w = _WHO.match(masked, o.end)
                if w and _VERB_ANY.match(masked, w.end()):
                    st.recent.append((n, o.key))
    # The speaker of reported speech without quotes ("..., Sovannara said.") is the topic too.
    tail = _REPORTED_TAIL.search(masked[sent.start:sent.end]) if _may_report(masked, sent) else None
    if tail:
        g = "a" if tail.group("a") else "b"
        o = _occ_covering(occs, sent.start + tail.start(g), sent.start + tail.end(g))
        if o and o.key and o.type == "person":
            st.recent.append((n, o.key))
            pm = _POSS_REL.search(masked, max(sent.start, o.start - 30), o.start)
            others = {p.key for p in occs if sent.start <= p.start < o.start and p.type == "person"}
            if pm and len(others) == 1 and None not in others:
                # "X was detained ..., her colleague Y told Reuters": "her" is X, the only other
                # person in the sentence
                st.genders.setdefault(next(iter(others)), "f" if pm.group(1).lower() == "her" else "m")
    elif ", said " in text or ", says " in text:
        # "..., said her son, X.": the speaker put after the verb
        inv = _INVERTED_TAIL.search(masked, sent.start, sent.end)
        o = _occ_covering(occs, inv.start("c"), inv.end("c")) if inv else None
        if o and o.key and o.type == "person":
            st.recent.append((n, o.key))
    if not (subj and subj[1] == "person"):
        u = _UNNAMED_WHO.match(masked, sent.start)
        if u:
            # "At the gate, a man who declined to be named said ...": an unnamed person is
            # the subject; a "he" or "she" after it is that person, never one named before
            st.recent.append((n, None))
            st.unnamed_gender[len(st.recent) - 1] = _WHO_GENDER.get(u.group("head").lower())
    # "Tamm asked Saar whether ... . He replied that ...": the one asked is whom the reply's pronoun means
    if " asked " in text or " questioned " in text or " pressed " in text:
        people = [o for o in s_occs if o.type == "person" and o.key]
        for a, o in zip(people, people[1:]):
            if a.key != o.key and _ASKED_WHO.fullmatch(masked, a.end, o.start) \
                    and _ASKED_ABOUT.match(masked, o.end):
                st.recent.append((n, o.key))
                break
    for q in sent_qs:
        if q.speaker and q.speaker in person_keys:
            st.recent.append((n, q.speaker))
        elif q.speaker:
            st.thing = (n, q.speaker)


# "..., he said." closing a sentence whose subject is a person named in it: the "he" is someone
# else, who reports on that person
_PRONOUN_REPORTS = re.compile(r",\s+(?:he|she)\s+(?:said|says|added|told\s+\w+|explained|noted|recalled)\.?\s*$")


# "A woman who said she was his aunt, and who ..., said", "Outside, one man who ...": an unnamed
# person opens the sentence as its subject.
_WHO_GENDER = {"woman": "f", "girl": "f", "man": "m", "boy": "m", **lexicon.GENDER_NOUNS}
_UNNAMED_WHO = re.compile(r"[\s“‘\"]*(?:[A-Z][^,;:“”\"§]{0,40},\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?P<head>" + "|".join(sorted(_WHO_GENDER, key=lexicon.by_length)) + r")\s*,?\s+who\s")


_INVERTED_TAIL = re.compile(r",\s+(?:said|says)\s+(?:(?:his|her|their)\s+[a-z-]+,\s+)?"
                            r"(?P<c>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s*\.?\s*$")


# "The detainee's father", "the victim's lawyer": an unnamed person known by a tie or role.
_UNNAMED_PERSON = re.compile(r"\s+(?:" + lexicon.alternation(sorted(lexicon.RELATION_NOUNS | lexicon.ROLE_NOUNS,
                                                                     key=lexicon.by_length)) + r")\b")


# "Her lawyer, X, said he would appeal": the pronoun right after X's own reporting verb is X.
_SAID_PRONOUN = Lazy(rf"(?:[’'][sS]?)?\s*,?\s*(?:{_ADV}\s+)*(?:{_V})\s+(?:that\s+)?(?P<p>he|she)\b")


def _gender_from_report(st, n, par, masked, sent, occs, key) -> None:
    o = next((o for o in occs if sent.start <= o.start < sent.end and o.key == key), None)
    if o is None or masked[o.start] == "§":
        return
    near = masked[o.end:o.end + 60]
    if " he " not in near and " she " not in near:
        return
    m = _SAID_PRONOUN.match(masked, o.end, sent.end)
    if not m:
        return
    g = "m" if m.group("p") == "he" else "f"
    # "Her lawyer, X, said she would appeal": "she" may be the client. Only a pronoun nobody
    # else in the sentence or its paragraph could be says X's gender.
    if (_HE if g == "m" else _SHE).search(masked, sent.start, o.start):
        if key not in st.genders:
            st.recent.append((n, None))     # a later "she" could be X or the client: block both
        return
    if any(k != key and par_n == n and st.genders.get(k, g) == g for par_n, k in st.recent if k):
        return
    st.genders[key] = g


_WHO = re.compile(r",\s*who\s+(?:(?:also|later|then|had|has|have)\s+)?")


_TITLE_LINKS = frozenset({"of", "for", "and"})
# ("interior minister X": a portfolio in lower case, which a role noun must follow, as a body's kind)
_PORTFOLIO_ONLY = frozenset(lexicon.PORTFOLIO_WORDS - {"and", "the", "of", "for"})


# ("KUCO Nakuru branch secretary X": the body's branch, whose role follows)
_BRANCH_WORDS = frozenset({"branch", "chapter", "wing", "section"})


def _fits_subject(words) -> bool:
    """Whether every word before a name may open its subject: capitalised, a role noun or one
    of _PREFIX_OK ("the", "former"); a body's kind right before a role noun says whose role it is
    ("commission chairperson X", "party spokesman X"). (A loop, the cheapest test first.)"""
    body = False
    cap = False
    words = tuple(words)
    titled = None       # whether a capitalised title holds the words (found when a link asks)
    for w in words:
        if w[:1].isupper():
            body = False
            cap = True
            continue
        low = w.lower()
        if cap and low in _TITLE_LINKS:
            # ("Asylum and Migration Minister X", "Deputy Minister of Public Security X": a link
            # inside a capitalised title, before or after its head)
            if titled is None:
                # ("Member of Parliament X", "Member of the National Assembly X")
                titled = any(x[:1].isupper() and (x.lower() in lexicon.TITLE_HEADS or x == "Member") for x in words)
            if titled:
                cap = False
                continue
        cap = False
        if low.split("-")[0] in lexicon.ROLE_NOUNS:
            body = False
            continue
        if body or low not in _PREFIX_OK and not (body := low in lexicon.ORG_HEADS or low in _PORTFOLIO_ONLY
                                                  or low in _BRANCH_WORDS):
            return False
    return not body


def _may_report(masked: str, sent: Sentence) -> bool:
    """Whether _REPORTED_TAIL can match the sentence: it needs "according to", or a reporting
    verb as the last word (before at most one full stop)."""
    text = masked[sent.start:sent.end]
    if "according" in text:
        return True
    t = text.rstrip()
    if t.endswith("."):
        t = t[:-1].rstrip()
    last = t[t.rfind(" ") + 1:]
    if last in _VERB_WORDS:
        return True
    if not (last[:1].isupper() or last == "reporters" or last == "journalists"):
        return False        # (most sentences: a lower-case last word that reports nothing)
    words = t.rsplit(None, 4)[1:]
    # (the verb may be followed by whom it told: "told Reuters", "told the Lagoon Post")
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _VERB_WORDS:
            return True
        if not (words[i][:1].isupper() or words[i] in {"the", "reporters", "journalists"}):
            return False
    return False


_VERB_WORDS = frozenset(lexicon.SPEECH_VERBS)


def _colon_speaker(st, n, par, masked, sents, occs, person_keys) -> str | None:
    """"X said:" closing a paragraph introduces the quotation in the next one."""
    if not par.rstrip().endswith(":") or not sents:
        return None
    sent = sents[-1]
    verbs = list(_VERB_ANY.finditer(masked[sent.start:sent.end]))
    if not verbs:
        return None
    if _READS_WRITING.search(masked, sent.start, sent.end):
        return None         # someone reading out a letter: the words are its writer's
    key, _, found = _subject_before(st, n, par, masked, sent, sent.start + verbs[-1].start(), occs,
                                    person_keys, None)
    return key if found else None


_PRONOUN_CUE = re.compile(r"(?:she|he) (?:says|said|replies|replied|answers|answered|asked|asks)", re.IGNORECASE)
# "X asked Ms Y whether ...": the one asked, named right after the verb (past a courtesy title)
_ASKED_WHOM = re.compile(r"\s+(?:asked|questioned|pressed)\s+(?:(?P<h>Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?$")
_WHETHER_AFTER = re.compile(r"\s+(?:whether|if|why|how|when|where|what|about)\b")
_ASKED_IF = re.compile(r"\s+asked\s+(?:(?:him|her|them)\s+)?(?:whether|if|why|how|when|where|what)\s+(?P<p>she|he)\b")
_WHOSE_QUESTION = re.compile(r"\s*[’']s\s+(?:(?:next|first|second|last|final|opening|closing)\s+)?question\b")


def _alternating_answers(st: _State, all_q: list[_Q]) -> None:
    """Question, answer, question, “…,” she says: when the pronoun lands on the one who asks, and
    the answer before came from one other person in reply to the same asker's question, that
    person answers again (of the pronoun's gender, or of none the text has given)."""
    for i in range(3, len(all_q)):
        q, ask, before, first = all_q[i], all_q[i - 1], all_q[i - 2], all_q[i - 3]
        if not (q.speaker and _PRONOUN_CUE.fullmatch(q.cue)) or q.cue.split()[1] in {"asked", "asks"}:
            continue
        if ask.speaker == q.speaker == first.speaker and before.speaker not in (None, q.speaker) \
                and ask.text.rstrip().endswith("?") and first.text.rstrip().endswith("?") \
                and q.n - ask.n == 1 and ask.n - before.n == 1 and before.n - first.n == 1 \
                and st.genders.get(before.speaker) in (None, "m" if q.cue.startswith("he") else "f"):
            q.speaker, q.cue = before.speaker, f"{q.cue} (answering {ask.speaker}'s question, as before)"


_REPLY_CUE = re.compile(r"\b(?:replied|replies|answered|answers|responded|responds)\b")


def _next_question(all_q: list[_Q]) -> None:
    """Question, answer, then a bare question: in a Q&A the one who answers does not ask next.
    The bare question goes back to the asker of the question before the answer; with no such
    asker, after a reply it has no speaker the text establishes."""
    for i in range(1, len(all_q)):
        q, ans = all_q[i], all_q[i - 1]
        if not (q.cue.startswith("continues the quotation of paragraph") and q.text.rstrip().endswith("?")
                and ans.n == q.n - 1 and ans.speaker == q.speaker):
            continue
        ask = all_q[i - 2] if i >= 2 else None
        if ask is not None and ask.n == ans.n - 1 and ask.speaker and ask.speaker != ans.speaker \
                and ask.text.rstrip().endswith("?") and re.search(r"\b(?:asked|asks)\b", ask.cue):
            q.speaker, q.cue = ask.speaker, f"the next question, after the answer to {ask.speaker}'s"
        elif _REPLY_CUE.search(ans.cue):
            q.speaker, q.cue = None, f"a question after the reply in paragraph {ans.n}: the asker is not named"


def _asker_check(par: str, prev: Sentence, q: _Q, occs) -> None:
    """A pronoun's quote right after a sentence about an interviewer's question. "X asked
    whether she would return. “…,” she says": the "she" asked about answers, never X; "X's next
    question was about Y. “…?” she asked": the question is X's."""
    asks = q.cue.split()[1] in {"asked", "asks"}
    for o in occs:
        if o.type != "person" or not o.key or not (prev.start <= o.start < prev.end):
            continue
        if not asks and o.key == q.speaker and (m := _ASKED_IF.match(par, o.end)) \
                and m.group("p") == q.cue.split()[0].lower():
            q.speaker, q.cue = None, f"{q.cue} (not {o.form}, who asked)"
            return
        if not asks and o.key == q.speaker:
            # "Senator X asked Ms Y whether ... She said it was “…”": the one asked answers, never X
            asked = next((p for p in occs if p.type == "person" and p.key and p.key != o.key
                          and o.end < p.start < prev.end and (w := _ASKED_WHOM.match(par[o.end:p.start]))
                          and _WHETHER_AFTER.match(par, p.end)
                          and {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she"}.get(w.group("h"), q.cue.split()[0].lower())
                          == q.cue.split()[0].lower()), None)
            if asked is not None:
                q.speaker, q.cue = asked.key, f"{q.cue} ({asked.form}, whom {o.form} asked)"
                return
        if asks and q.text.rstrip().endswith("?") and _WHOSE_QUESTION.match(par, o.end):
            q.speaker, q.cue = o.key, f"{q.cue} ({o.form}'s question)"
            return


# The reporter's own question, then the answer: "I asked the warden, Ben Odu, why ... “…,” he told me"
_ANSWER_CUE = re.compile(r"(?:she|he) (?:told(?: me| us)?|said|replied|answered|says|replies)")
_I_ASKED = re.compile(r"\b(?:I|we)\s+(?:asked|questioned)\s+(?!(?:him|her|them)\b)(?P<gap>(?:the\s+)?[^.;:“”\"§]{0,60}?)$")


def _reporter_asked(par: str, prev: Sentence, q: _Q, occs) -> None:
    """The one person the reporter put the question to answers it: the first person named
    after "I asked", with only a role between ("the officer in charge, Chief Inspector X")."""
    for o in occs:
        if o.type == "person" and o.key and prev.start <= o.start < prev.end:
            if par.startswith(("’s", "'s"), o.end):
                continue    # the owner of the role asked ("I asked Ana's uncle, X"): X answers
            m = _I_ASKED.search(par, prev.start, o.start)
            if m and not any(p.type == "person" and m.start() < p.start < o.start
                             and not par.startswith(("’s", "'s"), p.end) for p in occs):
                if q.speaker != o.key:
                    q.speaker, q.explicit, q.cue = o.key, True, f"{q.cue} (answering the reporter's question to {o.form})"
            return


# "..., while X put it to him:" closing the text before a quotation: X's own clause
_WHILE_APPOS_COLON = re.compile(r",\s*(?:while|whereas)\s+(?:a|an|the|his|her|their)\s+[^,;:“”\"§]{2,80}?,\s+"
                                r"(?P<np>[A-Z][^,;:“”\"§]{1,60}?),\s+[a-z][^,;:“”\"§]{0,80}:\s*$")
_WHILE_COLON = re.compile(r",\s*(?:while|whereas)\s+(?P<np>[^,;:“”\"§]{2,80}?)\s+[a-z][^;:“”\"§]{0,80}:\s*$")
# "X read from it at the meeting:", "Y read aloud from the ruling:": someone else's writing
_READS_FROM = re.compile(r"\b(?:read|reads|reading|recited|recites|reciting)\s+(?:(?:aloud|out)\s+)?from\b"
                         r"(?:(?:Mrs?|Ms|Dr|St|Prof)\.|[^.;:“”\"§]){0,160}:\s*$", re.IGNORECASE)
# "... read from a letter that the X Commission had written to ...:": X wrote the words read
_DOC_BY = re.compile(r"\b(?:letters?|statements?|notes?|messages?|reports?|petitions?|appeals?|complaints?|"
                     r"submissions?|memos?)\s+(?:that\s+|which\s+)?(?:the\s+)?$", re.IGNORECASE)
_AUTHOR_VERB = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:written|wrote|sent|signed|issued|penned|addressed)\b")


def _document_author(masked: str, at: int, open_at: int, occs) -> str | None:
    """The named writer of the document read aloud, when the clause says who wrote it."""
    for o in occs:
        if o.key and at <= o.start < open_at and _DOC_BY.search(masked, max(0, o.start - 40), o.start) \
                and _AUTHOR_VERB.match(masked, o.end):
            return o.key
    return None
# "X wrote the note in his cell", "It was a letter written by Y": who wrote a document read aloud after
_WROTE_DOC = re.compile(rf"\s+(?:{_ADV}\s+)*(?:had\s+|has\s+)?(?:wrote|penned|drafted)\s+(?:the|a|this|that|his|her)\s+"
                        rf"(?:[\w-]+\s+){{0,2}}?(?:{_DOC}|notes?|poem|appeal)\b", re.IGNORECASE)
_DOC_WRITTEN_BY = re.compile(rf"\b(?:{_DOC}|notes?|poem|appeal)\s+(?:(?:that|which)\s+(?:was|had\s+been)\s+)?(?:written|penned|drafted)\s+by\s+"
                             r"(?:the\s+[a-z-]+\s+)?(?:[A-Z][a-z]{1,8}\.?\s+)?$", re.IGNORECASE)
# "Y continued reading as ...:", "“…,” the letter went on"
_READS_ON = re.compile(r"\b(?:continued|continues|went\s+on|goes\s+on|kept)\s+(?:reading|to\s+read)\b[^.;:“”\"§]{0,160}:\s*$")
_DOC_GOES_ON = re.compile(rf"[\s,’”\"]*(?:the|his|her)\s+(?:{_DOC})\s+(?:went\s+on|goes\s+on|continued|continues)\b")


def _writer_before(st: _State, n: int, par: str, at: int, occs) -> str | None:
    """The person the text says wrote a document, earlier in this paragraph or in the one before:
    the words read aloud from "it" or "the letter" are that writer's."""
    places = [(par, [o for o in occs if o.start < at])]
    if n >= 2:
        places.append((st.paragraphs[n - 2], st.index.occurrences[n - 2]))
    for text, row in places:
        for o in reversed(row):
            if o.type == "person" and o.key and (_WROTE_DOC.match(text, o.end)
                                                  or _DOC_WRITTEN_BY.search(text, max(0, o.start - 60), o.start)):
                return o.key
    return None


# "X read aloud from the last letter her son sent:", "Y recited a poem by her brother:"
_READS_WRITING = re.compile(r"\b(?:read|reads|reading|recited|recites|reciting)\s+(?:(?:aloud|out)\s+)?"
                            r"(?:from\s+)?[^.;:“”\"]{0,60}?\b(?:letters?|poems?|diary|diaries|notes?|messages?|"
                            r"postcards?|testament|will)\b[^.;“”\"]*:\s*$", re.IGNORECASE)
