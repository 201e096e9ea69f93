"""Cleaning: raw page text in, article parts out (title, body, captions, furniture apart).

Pages copied from the web carry site chrome, photo captions (often twice), teaser
copies of the first paragraphs, pull quotes and legal notices. Only body paragraphs
are numbered, because citations point at those numbers.

A news page is read in three zones. The header runs from the top to the first body
paragraph: masthead, navigation and section lines, the headline, a standfirst, the
byline and date block, share bars. The body is prose: paragraphs that end like
sentences. The footer starts at the first furniture line after which no body prose
resumes: "Read more" and related-headline lists, tags, comment prompts, wire credit
lines, the author's or outlet's self-description, copyright notices.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from generator.ingest import lexicon
from generator.ingest.dates import WIRE_LINE, YEARLESS_STAMP, ambiguous_dates, full_dates, has_digit, month_line, numeric_dates
from generator.ingest.text import folded, has_any, norm_key, word_count, word_tuple, words

_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# A line _SPACES.sub would change holds one of these; most lines hold none, and five substring
# tests cost less than the substitution's pass over every space.
_TO_SQUEEZE = ("  ", "\t", "\u00a0", "\u2009", "\u202f")


def _squeeze(s: str) -> str:
    """_SPACES.sub(" ", s)."""
    for c in _TO_SQUEEZE:
        if c in s:
            return _SPACES.sub(" ", s)
    return s

_OPEN_MARKS = "“‘\"'"
_CLOSE_MARKS = "”’\"'"
_TERMINAL = re.compile(r"[.!?:;…)\]”’\"']\s*$")
# A sentence end, possibly inside closing quotes or brackets: what body prose ends with.
_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*\s*$")

_CREDIT_PAREN = re.compile(
    r"\s*\((?P<credit>(?:[^()]{0,40}?\b)?(?:photo|photos|photograph|picture|image|file photo|file|"
    r"handout|supplied|courtesy)\b[^()]{0,80})\)\s*$",
    re.IGNORECASE,
)
# "... in Geneva (file photo).": a caption closed by a bare picture mark, then a full stop. (A
# sentence of the story never ends on such a mark; "(... the case file ...)." is not one.)
_PHOTO_MARK = re.compile(
    r"\s*\((?P<credit>(?:(?:file|archive|handout|stock)\s+)?(?:photo|photograph|picture|image)s?|file|handout|"
    r"supplied)\)\.\s*$",
    re.IGNORECASE,
)
# "... on Oct. 3, 2025. (Antara/Jane Doe)": a sentence, then agency slash photographer in brackets.
_CREDIT_PAREN_SLASH = re.compile(
    r"(?<=[.!?])\s*\((?P<credit>[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,2}\s?/\s?"
    r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3})\)\s*$"
)
# "CamboJA/ Pring Samrang", "REUTERS/Jane Doe": outlet slash photographer, ending the line.
_CREDIT_TRAILING = re.compile(
    r"(?:(?<=[.!?])|^)\s*(?P<credit>[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*)?\s?/\s?"
    r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3})\s*$"
)
# "Freelance journalist X. Supplied", "... at the rally. Picture: supplied": the picture's giver alone
_SUPPLIED = re.compile(r"(?<=[.!?])\s+(?P<credit>(?:(?:photo|picture|image)\s*:?\s*)?(?:supplied|contributed|handout))\.?\s*$",
                       re.IGNORECASE)
# "... in an undated photo. / Supplied": a sentence, then a slash and the credit alone.
# (or run on to the full stop, in capitals: "... in November 2024./JANE ROE")
_CREDIT_SLASH = re.compile(r"(?<=[.!?])(?:\s+|(?=/[A-Z]{2,}))/\s*(?P<credit>[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,3})\s*$")
# "... in May 2025. File photo: Jane Roe/Outlet.", "... on July 18. © John Doe, AFP", "...
# she said. PHOTO | JANE ROE" (the pipe some East African papers use): a
# sentence, then a labelled photo credit or a copyright sign with a short credit, ending the line.
_CREDIT_LABEL = re.compile(
    # (or set off by a slash, with no full stop: "... cited in the lawsuit / Photo: Jane Roe")
    # (or in brackets after the sentence: "... of “Bamenda Speaks.” (Screenshot: CPJ)")
    r"(?:(?<=[.!?”\"])\s+(?:\|\s*|\(\s*)?|\s+/\s+)(?P<credit>(?:(?:file|handout|staff)\s+)?(?:photo|photograph|picture|image|pic|screenshot|screengrab|credit)"
    # (a full stop inside the credit's name stays in it: "Photo: Jane Roe / K2.0.")
    r"(?:\s+credit)?\s*[:|]\s*(?:[^:.!?()]|\.(?=\S)){2,80}?|©\s*[A-Z][^©:!?]{1,60}?)\)?\.?\s*$",
    re.IGNORECASE,
)
# "(Courier photo) Jane Roe speaks ...": a wire caption opening with its credit in brackets.
_LEAD_CREDIT = re.compile(r"^\((?P<credit>(?:[A-Z][\w.&’'-]*\s){0,3}(?:photo|photograph|picture|image)s?"
                          r"(?:\s+by\s+[^()]{1,40})?)\)\s+(?=[A-Z])", re.IGNORECASE)
# "Photo: Jane Roe / Agency" alone on a line: the credit of the caption just above it.
# ("Foto: Jane Roe / DER SPIEGEL": a German page's credit line)
_BARE_CREDIT = re.compile(r"^(?:(?:photo|photograph|picture|image|foto)(?:\s+credit)?|credit)\s*:\s*[^:.!?]{2,80}$",
                          re.IGNORECASE)
_CAPTION_PHRASE = re.compile(
    r"\b(?:picture|photo|photograph|image)\s+taken\b|"
    r"\bin this (?:file )?(?:photo|photograph|picture|image|handout|screenshot|screen grab)\b|"
    r"\bin an? (?:undated|file|handout|recent|supplied) (?:photo|photograph|picture|image)\b|"
    r"^(?:(?:banner|main|top|header|featured|lead)\s+)?(?:photo|picture|image|file photo|file|photo credit)\s*[:|]|"
    r"(?:^|[.!?]\s+)(?:posted|published|shared)\s+(?:to|on)\s+(?:the\s+)?(?:official\s+)?"
    r"(?:facebook|twitter|telegram|instagram|x)\b|"
    r"\bphoto\s+(?:by|courtesy of|credit)\b|\(file\)\s*$|"
    r"^(?:a\s+)?(?:screengrab|screenshot|screen\s+grab|still)\s+(?:from|of|taken\s+from)\b",    # "Screengrab from X's channel"
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by|written by|story by|reported by|words by|compiled by|edited by)(?:\s+[—–-])?\s+[A-Z][^\n]{1,120}$", re.IGNORECASE
)
# A magazine's credit line under the headline: "Words: Jane Roe   Photos: John Doe".
_NAME_CREDIT = r"[A-Z][\w.’'-]*(?:\s(?:[A-Z][\w.’'-]*|de|del|la|y|da|van|von|and|&)){0,5}"
_LABEL_CREDITS = re.compile(rf"^(?i:text|words|story|reporting)\s*:\s*{_NAME_CREDIT}(?:\s*[,|/·•]?\s*(?i:photos?|"
                            rf"photography|pictures|images|illustrations?|video|graphics|design|editing|translation)\s*:"
                            rf"\s*{_NAME_CREDIT})*$")
_CLOCK_PLACE_DAY = re.compile(r"^\d{1,2}:\d{2}\s*\|\s*[A-Z][\w .’'-]{1,30},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
                              r"Nov|Dec)[a-z]*\.?\s+\d{1,2}\.?$")
_PIPED = re.compile(r"^[^|]{2,60}(?:\|[^|]{2,60}){1,4}$")
_TOP_BAR = re.compile(r"-?\d{1,2}\s*°\s*[CF]\b")       # a weather reading beside the day's date
_NOTE = re.compile(r"^\((?P<inner>[^()]{8,300})\)\.?$")
_ORIGIN = re.compile(
    r"\b(?:original(?:ly)?\s+(?:article|story|report|published|version)|translated|"
    r"reporting by|editing by|additional reporting|this (?:article|story) (?:was|first)|"
    r"first published|republished|updated to)\b",
    re.IGNORECASE,
)
_SPACED_DATE = re.compile(r"^(?P<mon>[A-Za-z]{3,9}\.?)\s+[-–]\s+(?P<d>\d{1,2})\s+[-–]\s+(?P<y>(?:19|20)\d{2})"
                          r"(?:\s*,?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?$")
_MONTH_WORDS = frozenset(lexicon.MONTHS) | frozenset(lexicon.MONTH_ABBR) | {"may", "sept"}
_DATE_ONLY = re.compile(
    r"^(?:(?:published|posted|updated|last updated)\s*(?:on|:)?\s*)?(?:[A-Z][a-z]+day,?\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4})"
    r"(?:\s*(?:[|,–-]|at)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$",
    re.IGNORECASE,
)

# --- page furniture beyond lexicon.FURNITURE_RE --------------------------------------------
# Items of a menu, breadcrumb or share bar, written on one line between separators.
# Lowercase words every branch of _CAPTION_PHRASE / COPYRIGHT_RE holds one of.
_CAPTION_KEYS = ("photo", "picture", "image", "handout", "screen", "posted", "published", "shared", "(file)", "file:", "still ")
_COPYRIGHT_KEYS = ("©", "(c)", "copyright", "all rights reserved", "no part of this", "may not be",
                   "written permission", "reproduction")
_SHARE_TOKEN = re.compile(r"[^\s|•·/,:]+")      # ("Share: Facebook | X": the label's colon apart)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LIST_OF_ITEMS = re.compile(r"(?i)list of \d+ items?")
_END_OF_LIST = re.compile(r"(?i)end of list")
# Small tests the rules run on many lines, compiled here once rather than looked up in re's
# cache at every call.
_IMAGE_CAPTION_HEAD = re.compile(r"(?i)image caption\b")
_STOP_SPACE = re.compile(r"[.!?]\s")
_STOP_CAPITAL = re.compile(r"[.!?]\s+[A-Z]")
_STOP_SENTENCE = re.compile(r"[.!?]\s+[A-Z][a-z]")
_SENTENCE_GOES_ON = re.compile(r"[.!?][”’\"']?\s+[^\s|•·»›>]")
_ENDS_SENTENCE = re.compile(r"[.!?]$")
_BLANK_LINE = re.compile(r"\n\s*\n")
_BY_HEAD = re.compile(r"(?i)by\s")
_SHARE_SEP = re.compile(r"[\s|•·/,:]+")
_NON_LATIN = re.compile(r"[^A-Za-z]")
_SHORT_LABEL_COLON = re.compile(r"[^:]{0,40}:")
_BARE_HEADING = re.compile(r"[^:]{1,40}:?")
_SAYS = re.compile(r"\b(?:said|says|told|according)\b")
_FEEDBACK_HEAD = re.compile(r"(?i)feedback\s*:")
_SHARE_LINE = re.compile(r"(?i)share (?:this|on)\b[^.]{0,30}$")
_LIKE_BUTTON = re.compile(r"(?i)like this\s*:?\s*(?:loading\W*)?$")
_POST_URL = re.compile(r"\bpic\.twitter\.com/|\bt\.co/")
_SLASH_PARTS = re.compile(r"\s*/\s*")


def _has_list_sep(line: str) -> bool:
    return ('|' in line or '•' in line or '·' in line or '»' in line or '›' in line or '>' in line)


_LIST_SEP = re.compile(r"\s*(?:\||•|·|»|›|>)\s*")
_SLASH_SEP = re.compile(r"\s+/\s+")
_ISO_DATE = re.compile(r"\b(?:19|20)\d{2}[-./]\d{2}[-./]\d{2}\b(?![-./]\d)")     # (dots: "2026.11.19")
# Words of navigation menus and section labels.
_NAV_WORDS = {
    "home", "news", "world", "politics", "business", "economy", "opinion", "opinions", "features",
    "feature", "analysis", "sport", "sports", "culture", "lifestyle", "life", "style", "arts",
    "entertainment", "environment", "asia", "pacific", "region", "regional", "national", "local",
    "international", "multimedia", "video", "videos", "photos", "photo", "podcast", "podcasts",
    "interview", "interviews", "investigations", "investigation", "specials", "special", "reports",
    "editorial", "editorials", "commentary", "blogs", "blog", "latest", "breaking", "top", "more",
    "about", "contact", "us", "edition", "science", "tech", "technology", "health", "education",
    "travel", "food", "voices", "columns", "column", "columnists", "live", "markets", "property",
    "jobs", "law", "crime", "society", "media", "elections", "justice", "gallery", "magazine",
    "insight", "insights", "explainers", "explainer", "factcheck", "fact-check", "briefing",
    "newsletters", "newsletter", "subscribe", "donate", "archive", "archives", "topics", "&", "and",
    "stories", "headlines", "search", "menu", "login", "register", "transcripts", "transcript",
    "english", "khmer", "thai", "burmese", "myanmar", "vietnamese", "chinese", "indonesian",
    "malay", "lao", "filipino", "tagalog", "bahasa", "cambodia", "thailand", "philippines",
    "vietnam", "indonesia", "malaysia", "laos", "hong", "kong", "burma", "china", "us", "uk",
}
# Buttons of a share bar.
_SOCIAL_WORDS = {
    "facebook", "twitter", "x", "telegram", "whatsapp", "email", "e-mail", "mail", "linkedin",
    "line", "viber", "messenger", "reddit", "pinterest", "print", "copy", "link", "share", "tweet",
    "threads", "bluesky", "instagram", "youtube", "tiktok", "pocket", "flipboard", "sms", "url",
}
# "Read more:", "Related:", "You may also like these stories:" and the like: a heading over
# links to other articles, or one such link written after the heading's colon.
_RELATED = re.compile(
    r"^(?:read more|read also|also read|read(?=\s*:)|see also|more (?:stories|news|reading|coverage)|"
    r"related(?: articles?| stories| posts| news| coverage| topics| content| reading| links)?|"
    r"more on (?:this|the) (?:story|topic|issue)|you (?:may|might) (?:also )?(?:like|enjoy|be "
    r"interested in|have missed)(?: these| this| the following)?(?: stories| articles| posts)?|"
    r"recommended(?: for you| stories| articles| reading)?|further reading|read next|up next|"
    r"don[’']?t miss|editor[’']?s picks?|most (?:read|popular|viewed|shared)|must[- ]reads?|popular (?:stories|now|posts)|"
    r"what to read next|in other news|in case you missed it|keep reading|more(?=\s*:)|"
    r"(?-i:ALSO|Also)\s+(?:ON|on|FROM|from|AT|at)\s+[\w.&’'-]+(?:\s+[\w.&’'-]+){0,2}(?=\s*:)|"    # "ALSO ON LSM: ..."
    r"(?:other\s+)?(?:topics|stories|articles|news|reads)\s+of\s+interest|"
    r"more (?:[\w-]+\s){1,2}(?:news|stories)(?=\s*:?$))\b",      # (a section's: "More Highlands news")
    re.IGNORECASE,
)
_COMMENTS = re.compile(
    r"^(?:(?:add|post|leave|write|view|show|read|see|load|hide)\s+(?:a\s+|the\s+|all\s+|your\s+)?"
    r"(?:\d+\s+)?comments?|\d+\s+comments?|comments?\s*(?:\(\d+\)|[-–:]\s*\d+)|join the (?:conversation|discussion)|"
    r"start the (?:conversation|discussion)|be the first to comment|what do you think\??|leave a reply|cancel reply|post (?:a )?(?:comment|reply)|"
    r"\d+\s+(?:responses?|comments?|replies|thoughts)\s+(?:for|to|on)\s+[“\"].{1,200}[”\"])\W*$",      # ("2 Responses for “<headline>”")
    re.IGNORECASE,
)
# The page's comment box: its moderation rules and its form ("Reply To:", "Name -", "E-Mail *").
_COMMENT_BOX = re.compile(
    r"^(?:comments?\s+(?:will|may|might)\s+be\s+(?:edited|moderated|reviewed|published|approved|removed)\b|"
    r"(?:all\s+)?comments?\s+are\s+(?:moderated|closed|reviewed|edited)\b|your email address will not be published|"
    r"(?:reply(?: to)?|name|e-?mail(?: address)?|website|comment|your (?:name|email|comment))\s*[-:*]?\s*\*?$)",
    re.IGNORECASE,
)
# The tag block's headings: "Tags", "Topic", "Region / Country" (a page may end on its tags).
_TAG_HEADING = re.compile(
    r"^(?:tags?|topics?|categor(?:y|ies)|filed under|keywords?|(?:related|suggested) topics?|"
    r"explore more on (?:these|this) topics?|region(?:\s*/\s*country)?|"
    r"countr(?:y|ies))\s*:?$",
    re.IGNORECASE,
)
# An appeal for money or sign-ups in the site's voice: "X relies on its readers. Support
# independent journalism.", "... daily newsletter — the news you need, delivered by email.
# Sign up", "Have a story? Email us at tips@...". News prose reports such things of others;
# it does not ask the reader.
_APPEAL = re.compile(
    r"\brelies on (?:its|our) readers\b|\bis made possible by (?:its|our) (?:members|readers|supporters|subscribers)\b|"
    r"\bjoin (?:today|now|us) (?:from|for) [$£€]\d|\bhelp us\b[^.]{0,60}\b(?:journalism|reporting|donat\w*)|"
    r"\bdonate (?:now|today|here)\b|\bjoin our (?:movement|community|mailing list|newsletter)\b|\bemail us\b|"
    r"\bsend us your (?:tips|stories)\b|\bif you (?:value|like|enjoy|appreciate) (?:this|our) (?:work|journalism|reporting)\b|"
    r"(?:^|[.!?]\s+)(?:support (?:independent|our|quality|free|public[- ]interest|"
    r"local)(?: (?:independent|local|quality|public[- ]interest))? (?:journalism|reporting|media|newsroom|work)|donate|"
    r"become a (?:(?:monthly|regular|paying) )?(?:member|supporter|patron|donor)|"
    r"make a (?:donation|contribution)|sign up|subscribe|your (?:tax[- ]deductible )?(?:gift|donation) (?:can|will|helps?))\b",
    re.IGNORECASE,
)
# Lowercase words one of which every _APPEAL branch (or a newsletter pitch) holds.
_APPEAL_KEYS = ("readers", "made possible", "join today", "join now", "join us", "help us", "donat", "join our", "email us", "send us", "support", "become a",
                "make a", "sign up", "subscribe", "newsletter", "if you", "gift")
_PROMPT = re.compile(
    r"^(?:sign up|subscribe|get (?:our|the) (?:latest|daily|weekly|free)|join our|support (?:our|"
    r"independent|quality) (?:journalism|reporting|work)|donate|become a (?:member|subscriber|patron|"
    r"supporter)|follow us|download (?:our|the) app|never miss|feedback\s*:|get unlimited access|"
    # "Get the Courier app for your iOS or Android devices": the site's own app
    r"(?:get|download|install) (?:the|our) (?:[\w’'.&-]+\s){0,4}apps?\b|"
    # "Join X's WhatsApp Channel and get ...": a promotion for the outlet's own channel.
    # "Follow The Daily Courier on Google News to stay updated": the outlet's own channel.
    r"follow\s+(?:[\w’'.&-]+\s+){1,5}on\s+(?:google news|whatsapp|telegram|facebook|twitter|x|instagram|"
    r"youtube|tiktok|linkedin|threads|bluesky)\b|"
    r"(?:join|follow)\s+(?:us\s+on\s+)?(?:[\w’'.-]+\s+){0,3}(?:whatsapp|telegram|viber|line|signal)"
    r"\s+(?:channel|group|community)|read \d+ articles? and|spin the wheel)\b",
    re.IGNORECASE,
)
# "Get <outlet> headlines on WhatsApp. Click here to join our channel."
_CHANNEL_PROMO = re.compile(
    r"\b(?:join|follow)\b[^.]{0,40}\b(?:whatsapp|telegram|viber)\s+(?:channel|group)|"
    r"\bclick here to (?:join|subscribe|follow|sign up|download)\b|"
    r"^get\s+(?:[\w.’'-]+\s+){0,3}(?:headlines|news|updates|alerts|stories)\s+on\s+(?:whatsapp|telegram)"
    # "The Courier is now on WhatsApp.": the outlet announcing its own channel
    r"|^(?:[\w.’'&-]+\s+){1,4}is\s+(?:now\s+)?on\s+(?:whatsapp|telegram|viber)\b",
    re.IGNORECASE,
)
_STANDARDS = re.compile(
    r"^(?:our standards|editorial (?:standards|policy|guidelines)|corrections? policy|"
    r"ethics policy|(?:the )?thomson reuters trust principles)\b|\btrust principles\W*$",
    re.IGNORECASE,
)
# Wire credits: "Reporting by ...; Editing by ...", "... writer X contributed to this report."
_CREDITS = re.compile(
    r"^(?:article (?:published|edited|written) by\b|\(edited by\s[^()]{2,60}\)$|(?:(?:additional|further)\s+)?(?:reporting|writing|editing|research|compiled|produced|"
    r"translated|translation|graphics|video|photos?)\s+by\b|"
    # "This episode was produced by ... and edited by ...": a programme's or story's credits
    r"this (?:episode|programme|program|podcast|show|story|article) was (?:produced|edited|reported|hosted|mixed|"
    r"written)\s+by\b)",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed(?:\s+(?:to|reporting|research))?(?:\s+(?:to\s+)?(?:this|the)\s+"
    r"(?:report|story|article|reporting))?\W*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^(?:[_\-–—=*~#•·]\s*){3,}$")
# A news ticker above the article: "Breaking News | A headline | Another", "BREAKING: ...".
_TICKER = re.compile(
    r"^(?:breaking(?:\s+news)?|just\s+in|trending(?:\s+now)?|latest(?:\s+news)?|developing(?:\s+story)?|"
    r"news\s+(?:alert|flash)|live\s+updates?)\s*(?:[:|]|\s[–—-])\s*\S",
    re.IGNORECASE,
)
# A box selling the site's subscriptions, written to the reader: "As a subscriber, you can
# gift 3 articles ...", "Unlock premium content with your subscription." News prose reports
# on people; it does not address "you" about subscribing.
_SUBSCRIPTION = re.compile(
    r"\b(?:subscri(?:ber|bers|ption|ptions|be)|premium\s+(?:articles?|content|stories|access|members?)|paywall)\b",
    re.IGNORECASE,
)
_YOU = re.compile(r"\byou(?:r)?\b", re.IGNORECASE)
_OFFER = re.compile(r"\b(?:gift|access|unlimited|trial|inbox|sign up|log in|articles|content|offer|plan|"
                    r"(?:a|per|each|every) (?:month|year))\b", re.IGNORECASE)
# A reader feedback box in the footer: "Share your experiences ... on X", "Thank you for
# sharing your thoughts."
_FEEDBACK = re.compile(
    r"^(?:share your (?:experiences?|thoughts|feedback|views|opinions?|suggestions|comments)|thank you for "
    r"(?:sharing|your (?:feedback|thoughts|comments?)|reading|subscribing|signing up)|"
    r"(?:we[’']?d|we would) love to hear|tell us what you think|"
    r"we (?:welcome|invite) your (?:comments|feedback|letters|views|thoughts)|"
    # "If you spot a mistake in this text, highlight it and press ...": the site's error-report box
    r"if you (?:see|spot|notice|find) an? (?:error|mistake|typo)|"
    # a rating box: "Do you like the content of this article?", "Was this article helpful?"
    r"(?:do|did) you (?:like|enjoy)\b[^.?]{0,40}\b(?:this|the) (?:article|story|content|piece|page)|"
    r"was this (?:article|story|page|content|information) (?:helpful|useful)|how (?:would you rate|useful was|helpful was) this)\b",
    re.IGNORECASE,
)
# "About CPJ", "About the author", "About Us": a heading of the footer's self-description.
_ABOUT = re.compile(
    r"^(?i:about)\s+(?:(?i:the)\s+)?(?:(?i:us|author|authors|this (?:site|story|article))|"
    r"[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|to|the|and|for)){0,5})\s*:?$"
)
# The site's disclaimer and a market-data notice in the footer: "DISCLAIMER: The views ... do not
# necessarily represent ...", "All quotes delayed a minimum of 15 minutes."
_DISCLAIMER = re.compile(
    r"^(?:disclaimer\s*[:.–—-]\s*\S|(?:the )?views (?:and opinions )?expressed\b[^.]{0,100}\bdo not (?:necessarily|reflect)\b|"
    r"(?:all )?(?:stock |market )?(?:quotes|market data|prices)\b[^.]{0,30}\bdelayed\s+(?:by\s+)?(?:at least\s+|"
    r"a minimum of\s+|up to\s+)?\d+\s*min)",
    re.IGNORECASE,
)
# A syndicated story's note: "The X news department was not involved in the creation of the content
# above. This article was produced by AFP.", "This story was produced by <partner>."
_SYNDICATED = re.compile(
    r"^(?:the )?[^.]{0,60}?\b(?:news ?(?:department|desk|room)|editorial (?:staff|team|department|board)|"
    r"journalists|editors)\b[^.]{0,20}?\b(?:was|were|are|is) not involved in (?:the )?(?:creation|production|"
    r"writing|editing|reporting)\b|^this (?:article|story|content|report) was (?:produced|written|provided|supplied|"
    r"created) (?:by|with (?:the )?(?:support|help|assistance) of)\b",
    re.IGNORECASE,
)
# How every _DISCLAIMER branch opens, in lower case.
_DISCLAIMER_HEADS = ("disclaimer", "the views", "views", "all ", "stock ", "market ", "quotes", "prices")
# "This article was amended on 15 April 2026. An earlier version gave ...": the page's note on a
# correction (only with a date or the correction's words: "this article" may be a law's).
_AMENDED = re.compile(r"^this (?:article|story|piece|report|post) (?:was|has been) (?:amended|corrected|updated|"
                      r"edited)\b", re.IGNORECASE)
_AMENDED_HOW = re.compile(r"\b(?:earlier|previous|original) version\b|\bto (?:correct|clarify|reflect|remove|fix)\b",
                          re.IGNORECASE)
# An open licence in place of a copyright notice.
_LICENCE = re.compile(
    r"\blicen[cs]ed under (?:a |the )?creative commons\b|\bcreative commons (?:attribution|licen[cs]e)\b",
    re.IGNORECASE,
)
# "Editor's note: This story was updated to ...", "Correction: An earlier version ...": the
# page's note about the article, not a paragraph of it.
# "This entry was posted on Friday, 6 March 2026 at 18:40 and is filed under Trials.": a
# blog's posting line, set under the story with its categories and feed links.
_AUTHOR_PART = re.compile(r"\s+by\s+[^.!?\d|]{2,40}?(?=\s+on\b|$)", re.IGNORECASE)
_POST_META = re.compile(r"^this (?:entry|post) was (?:posted|published)\b", re.IGNORECASE)
# (a correction may carry its date before the colon: "Correction, 20 May 2026:", "Clarification (May 20, 2026):")
_EDITOR_NOTE = re.compile(r"^(?:editor[’']?s[’']? note|note from the editor|note|correction|clarification)"
                          r"(?:(?:\s*,\s*|\s+\(?)(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|"
                          r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\)?)?\s*:\s*\S",
                          re.IGNORECASE)
_PULL_CREDIT = re.compile(r"^[—–―-]{1,2}\s*[A-Z]")


def _credit_name(line: str) -> str:
    """The name opening a credit line, "Omar al-Nasri (Abu Omar), a shopkeeper" -> "Omar Nasri":
    the part before the first comma, without a bracketed other name or an "al-" particle."""
    name = line.split(",")[0]
    if "(" in name:
        name = re.sub(r"\s*\([^()]{1,40}\)", "", name)
    return re.sub(r"(?<=\s)(?:al|el|ad|as|ash|an|ar|at|az)-(?=[A-Z])", "", name) if "-" in name else name
# A list of links to other stories set inside the body, read aloud for screen readers:
# "list of 4 items", "list 1 of 4", ..., "end of list". Every line of it is furniture.
_LIST_MARK = re.compile(r"^(?:list of \d+ items?|list \d+ of \d+|end of list)$", re.IGNORECASE)
# An embedded social-media post: its header "Jane Roe MP (@janeroe)", then the post's text and
# its date line; or the old one-line form ending "— Jane Roe (@janeroe) May 2, 2025".
_POST_HEAD = re.compile(r"^(?:[^()@]{1,60}?\s*\(@\w[\w.]{0,40}\)|@\w[\w.]{0,40})(?:\s*[·•]\s*[\w ,:]{1,20})?$")
# An account name alone on a line, as an embedded post prints it: lower case, no spaces
# ("jane.roe", "riverwatch_org"); only with the post's own link line ("View this post on
# Instagram") a few lines below.
_HANDLE = re.compile(r"^@?[a-z][a-z0-9._]{1,28}[a-z0-9_]$")
_POST_LINK = re.compile(r"^(?:view (?:this|the full) post on \w+|a post shared by\b.{0,60}|(?:see|view) (?:the )?"
                        r"(?:full )?(?:post|tweet|thread|reel|video|more) on \w+|view profile)\W*$", re.IGNORECASE)
_POST_TAIL = re.compile(r"[—–―-]\s*[^()@]{1,60}?\s*\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2},? \d{4}$")
# An embedded post's time stamp, the clock before the date: "8:02 PM · Nov 20, 2026".
_POST_STAMP = re.compile(r"^\d{1,2}:\d{2}\s?[AaPp][Mm]\s?[·•]\s?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$")
# The poster's name and handle on one line, without brackets: "Jane Roe @janeroe" (an embedded
# post only with its date line a few lines below). An account's display name may hold short
# lower-case words and a flag or emoji: "Red Cross in Norland 🇳🇴 @redcross_nl".
_NAME_HANDLE = re.compile(r"^[A-Z][\w’'.-]*(?:\s(?:[A-Z][\w’'.&-]*|[a-z]{1,3}|[^\w\s]{1,8})){0,7}\s+@\w[\w.]{0,40}$")
# The same with the post's age or date after a dot: "Jane Roe @janeroe · Nov 3, 2026" (an
# embedded post only with its counters a few lines below).
_NAME_HANDLE_AGE = re.compile(r"^[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.&-]*){0,5}\s+@\w[\w.]{0,40}\s*[·•]\s*(?P<age>[^·•]{1,30})$")
# A post's counters drawn as icons: "♡ 2.1K   ↻ 1.4K", "💬 40 🔁 12 ❤ 300".
_ICON_COUNTS = re.compile(r"^(?:[♡♥❤↻⟲🔁💬👍🗨]\ufe0f?\s*[\d.,]+\s?[KkMm]?\s*){1,6}$")
# An embedded post without a handle: the poster's name, the post's age ("11h ·", "2 days ago
# ·", "Yesterday at 9:14 PM ·", "4d"), its words, then its counters ("1.2K reactions · 80 comments")
# or its buttons ("Like · Comment · Share"). The counters tell it from a name over a date.
_POST_AGE = re.compile(r"^(?:\d{1,2}\s?(?:[smhdw]|mins?|hrs?|hours?|days?|weeks?)(?:\s+ago)?|just now|"
                       r"yesterday(?:\s+at\s+\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?)?|"
                       r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+at\s+\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?|"
                       r"[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?(?:\s+at\s+\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?)?)"
                       r"(?:\s*[·•]\s*(?:public|edited|🌐)?)?$", re.IGNORECASE)
_POST_COUNTS = re.compile(r"^(?:[\d.,]+\s?[KkMm]?\s+(?:reactions?|likes?|comments?|shares?|reposts?|retweets?|"
                          r"replies|views?|quotes?|bookmarks?)\s*[·•|,]?\s*){1,6}$|^(?:like|comment|share|reply|repost|retweet|send)"
                          r"(?:(?:\s*[·•|]\s*|\s+)(?:like|comment|share|reply|repost|retweet|send)){1,4}$|"
                          r"^read [\d.,]+\s?[KkMm]? (?:replies|comments)$|^view all [\d.,]+\s?[KkMm]? (?:replies|comments)$",
                          re.IGNORECASE)
# "· Follow" after a poster's handle; a post's age before its counters ("Sunday · 2.1K Reposts").
_FOLLOW_TAIL = re.compile(r"\s*[·•]\s*follow$", re.IGNORECASE)
_AGE_HEAD = re.compile(r"^[^·•\d]{1,20}?\s*[·•]\s*(?=[\d.,]+\s?[KkMm]?\s)")
# An embedded post's own button lines: "Translate post" under its words; the account's
# "jane.roe • Follow" heading it, as picture sites print it.
_TRANSLATE_POST = re.compile(r"^(?:translate (?:post|tweet)|show translation|see translation)$", re.IGNORECASE)
_HANDLE_FOLLOW = re.compile(r"^@?[a-z][a-z0-9._]{1,28}[a-z0-9_]\s*[·•]\s*follow$", re.IGNORECASE)
# A post's date line may carry its view count: "9:05 AM · Mar 3, 2026 · 22.5K Views".
_VIEWS_TAIL = re.compile(r"\s*[·•|]\s*[\d.,]+\s?[KkMm]?\s+views?$", re.IGNORECASE)
# A promotion box set inside the body and fenced by skip links: "skip past newsletter
# promotion" ... "after newsletter promotion".
_BOX_OPEN = re.compile(r"^skip (?:past|over) (?:the )?[\w -]{1,30}? promotion$", re.IGNORECASE)
_BOX_CLOSE = re.compile(r"^after [\w -]{1,30}? promotion$", re.IGNORECASE)
# Lines of a newsletter sign-up box: the site's words to the reader, never reported speech.
_NEWSLETTER = re.compile(
    r"^(?:(?:free |our )?(?:daily|weekly|monthly|morning|evening) (?:newsletter|briefing|email)s?$|newsletters?$|"
    r"privacy notice:\s*newsletters?\b|newsletters? may contain\b|enter your email\b|"
    r"by (?:signing up|subscribing|clicking)\b[^.]{0,40}\byou agree\b|"
    r"sign up (?:to|for) (?:[\w’'.&-]+\s?){1,5}$|(?:get|receive) [^.]{0,60}delivered to your inbox\b)",
    re.IGNORECASE,
)
# The end of a press release and its media contact block.
_RELEASE_END = re.compile(r"^(?:[-–—*#]+\s*)?(?:ENDS?|End|Ends)(?:\s*[-–—*#]+)?\.?$")
# "Valley Courier, March 4, 2026": a name of up to four words, a comma, then (only) a date.
_NAMED_DATE = re.compile(r"^[A-Z][\w’'.&-]*(?:\s[A-Z][\w’'.&-]*){0,3},\s+(?P<date>[^,]+(?:,\s*\d{4})?)$")
# "... Date: 4 March 2026" closing a line of labelled fields ("Ref: 12/26 Index: ...").
_FIELD_DATE = re.compile(r"\bDate\s*:\s*(?P<date>[^:]{6,40})$")
_DATE_FIELD_LINE = re.compile(r"^(?:Date|DATE|Dated)\s*:\s*(?P<date>\S.{2,40})$")
_UPDATED = re.compile(r"\b(?:updated|modified|edited|revised|amended)\b", re.IGNORECASE)
_FIELD = re.compile(r"\b[A-Z][A-Za-z]{1,15}\s*:\s")
# "TAKE ACTION: WRITE AN APPEAL ... OR USE THIS MODEL LETTER": the heading of an urgent action's
# box (addressees, a letter in the reader's first person, the deadline), where its story ends.
_ACTION_STARTS = ("take action", "act now", "what you ca", "how you can")
_ACTION_BOX = re.compile(r"^(?:take action|act now|what you can do|how you can help)\b[^.!?]{0,80}?"
                         r"\b(?:appeals?|letters?|write|petition)\b[^.!?]*\.?$", re.IGNORECASE)
# "This story first appeared in our weekly print edition, ...": where the story ran first.
_FIRST_APPEARED = re.compile(r"^this (?:article|story|piece|report|interview) (?:first|originally) "
                             r"(?:appeared|ran|was (?:published|printed|broadcast))\b", re.IGNORECASE)
# "This post is part of our special coverage Rivers Rising.": a series label above the story.
_COVERAGE_NOTE = re.compile(r"^this (?:post|article|story|piece|report|interview) is (?:part|one) of (?:our|a|the|an) "
                          r"(?:(?:special|ongoing|in-depth)\s+)?(?:coverage|series|project|investigation|package)\b",
                          re.IGNORECASE)
# "Published in The Valley Courier, March 4th, 2026.": the print edition's credit under the story.
_PRINT_CREDIT = re.compile(r"^(?i:published|printed|appeared) in (?:[Tt]he )?[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,4},?\s+"
                           r"(?:on\s+)?[A-Z]?[\w ,]{3,30}\d{4}\.?$")
# "Like Opinion on Facebook, follow @CourierOp on X ...": the outlet's own social promotion.
_SOCIAL_PROMO = re.compile(r"^(?:(?:like|follow|find) (?:us|[A-Z][\w&’' ]{1,40}?) on (?:facebook|twitter|x|instagram)\b"
                           # "Watch Sky News live on channel 501, ...": a broadcaster's own promotion
                           r"|(?:watch|listen to) (?:[A-Z][\w&’' ]{1,40}?) live on (?:channel|dab|fm|freeview|youtube|\d)\b)",
                           re.IGNORECASE)
# "Comments" over "Please note you must be a member to comment.": the comment section's
# heading over its rules; what follows is readers' text, never the story's.
_COMMENTS_HEAD = re.compile(r"^(?:(?:reader|top|latest|recent|newest)\s+)?comments?\s*:?$", re.IGNORECASE)
_COMMENT_RULE = re.compile(r"\b(?:to (?:comment|post a comment|join the (?:conversation|discussion))|comments? "
                           r"(?:are|is) (?:open|closed|only)|(?:sign|log) in to|comment (?:rules|policy|guidelines))\b", re.IGNORECASE)
_TO_EDITORS = re.compile(r"^(?:notes?|information) (?:to|for) (?:the )?editors?\s*:?$", re.IGNORECASE)
_CONTACT = re.compile(
    r"^(?:for (?:more|further) information|for (?:media|press) (?:enquiries|inquiries|requests)|"
    r"media (?:contacts?|enquiries|inquiries)|press (?:contacts?|enquiries|inquiries))\b[^.]{0,80}?"
    r"(?:contact\W*|:)$",
    re.IGNORECASE,
)
# "The interview has been edited for length and clarity.": the editor's note on a transcript.
_TRANSCRIPT_NOTE = re.compile(
    r"^(?:(?:this|the) )?(?:interview|conversation|q\s?&\s?a|transcript|exchange|discussion)s?\b"
    r"[^.]{0,40}?\b(?:has|have|was|were) been\s+(?:lightly\s+|slightly\s+)?"
    r"(?:edited|condensed|abridged|translated)\b"
    # "This is an edited transcript of a report broadcast on ...": the same note put the other way
    r"|^this is an? (?:(?:lightly |slightly )?(?:edited|condensed|abridged|translated|partial|full)[, ]+(?:and )?)*"
    r"(?:transcript|translation)s? of\b",
    re.IGNORECASE,
)
# (a title's abbreviation may open the credit: "— Hon. Jane Roe, MP")
# (some pages set the dash as a spaced hyphen: "“…” - Jane Roe")
_PULL_CREDIT_TAIL = re.compile(r"(?<=[”’\"'])\s+(?:[—–―]{1,2}|-(?=\s))\s*[A-Z](?:[^.!?“”\"]|(?<=\b[A-Z][a-z])\.(?=\s)|(?<=\b[A-Z][a-z]{2})\.(?=\s))*$")
_REPORTED = re.compile(r"\b(?:said|says|told|according)\b")

# --- furniture set between body paragraphs ---------------------------------------------------
# A reader skips these; counted as a paragraph, each puts every later citation one off.
# An ad slot's label or a "story continues" marker.
_AD_LABEL = re.compile(
    r"^[\W_]*(?:advertisements?|advertising|advert|ad|sponsored(?: (?:content|post|links?|stories))?|"
    r"promoted(?: (?:content|stories|links?))?|paid (?:content|partnership|post)|"
    r"(?:the )?(?:story|article|text|report|content) continues\b.{0,40}|continue reading\b.{0,40}|"
    r"scroll (?:down )?to (?:continue|read)\b.{0,30}|report (?:an|this) ad|skip (?:advert|ad)\w*|ad feedback|"
    r"(?:advertisement|ad)\s*[-–—:|]\s*(?:continue|scroll|story|article)\b.{0,40})[\W_]*$",
    re.IGNORECASE,
)
# A labelled link to another story, a video or a podcast: "ALSO READ | ...", "WATCH: ...".
_LINK_LABEL = re.compile(
    r"^(?:also read|read also|also see|see also|also watch|read more|more to read|read next|read|related(?: story|"
    r" stories| article| articles| news| content| coverage| reading)?|recommended|must read|don[’']?t miss|"
    r"watch(?: video| now| live)?|listen|video|videos|photos?|in pictures|(?:photo )?gallery|podcast|audio)"
    r"\s*(?:[:|»›>]|\s[–—-])\s*\S",
    re.IGNORECASE,
)
# A picture's credit or label on its own line: "Image source, Getty Images", "Credit: Jane
# Roe", "[Photo: Jane Roe]", "Embed from Getty Images", "File photo"; a player's slot, "[Video:
# press briefing, 1:05]".
_CREDIT_ALONE = re.compile(
    r"^(?:(?:image|photo|picture|video|graphic)s?\s+(?:source|credit|courtesy|caption)s?\s*[,:]|"
    r"(?:credit|courtesy|photograph|photos?|picture|image|file photo|photo credit)\s*[:|]|"
    r"(?:photo|picture|image|photograph)s?\s+by\b|embed from\b|\[(?:photos?|image|picture|file photo|"
    r"photograph|video|audio|graphic|infographic|chart|map|gallery|podcast)\b[^\]]*\]$|file (?:photo|picture|image)$|(?:getty images|shutterstock|ap photo|"
    r"afp photo)(?:\s+(?:via|/)\s+.{1,40})?$)",
    re.IGNORECASE,
)
# "Jane Roe/Riverside Post": a photographer and agency, without a caption.
_SLASH_CREDIT = re.compile(r"^[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){0,3}\s?/\s?[A-Z][\w.&’'-]+(?:\s[A-Z][\w.&’'-]+){0,3}$")
# An embedded post's chrome, a player's buttons, a bare link.
_EMBED = re.compile(
    r"^(?:view (?:this|the full) post on \w+|a post shared by\b.{0,60}|(?:pic\.twitter\.com|t\.co|https?://)\S*|"
    r"click to (?:expand|enlarge|play|view)(?: (?:image|photo|picture|video|gallery))?|loading|tap to (?:unmute|play|expand)|play video|"
    r"enlarge this image|(?:hide|show|toggle) caption|\d+\s*(?:/|of)\s*\d+|"
    r"download(?: (?:the )?(?:audio|video|mp3|file|clip|podcast|episode|transcript))?(?: \(\w+\))?|"
    r"play(?: (?:audio|clip|episode|now))?|pause|"
    r"watch on (?:youtube|x|facebook|instagram|tiktok)|(?:see|view|read) (?:the )?(?:full )?(?:post|tweet|"
    r"thread|video) on \w+|this (?:content|post|video|tweet) (?:is|was) (?:not available|unavailable)\b.{0,60})\W*$",
    re.IGNORECASE,
)
# An embedded post's by-line: "Posted by Halden Legal Aid on Monday, May 4, 2025".
_POSTED_BY = re.compile(r"^(?:posted|shared) by\b[^.!?]{1,60}\bon\b[^.!?]{0,40}\d{4}$", re.IGNORECASE)
# A live blog's time stamp ("10:45 GMT", "14.32"), a reading-time or listen button.
_STAMP = re.compile(
    r"^(?:(?:(?:posted|updated|published)(?: at)?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4})(?:\s*[+−-]\s*\d{1,2})?)?|"
    r"(?:estimated )?reading time\s*:?\s*\d+.{0,12}|listen(?: to (?:this|the|our) [\w-]+(?: [\w-]+)?)?"
    r"(?:\s*[-–·|:]?\s*\d+\s*(?:min|mins|minutes)\b.{0,8})?|\d+\s*-?\s*min(?:ute)?s?\s+(?:read|listen)|"
    # a player's length: "Audio Duration 2' 14\"", "Video duration: 1:42", "Duration 03:10"
    r"(?:(?:audio|video|clip|podcast)\s+)?(?:duration|length)\s*:?\s*\d[\d'’\"”:. ]{0,12}(?:\s*(?:min|mins|sec|secs|s))?)$",
    re.IGNORECASE,
)
# An audio or video player's position and length: "00:00 / 12:41".
_PLAYER_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$")
# "2 hours ago", "Published : 2 hours ago": a page's relative time, a date line without a date.
_RELATIVE_TIME = re.compile(
    r"^(?:(?:published|posted|updated|last updated)\s*(?:on\s*)?:?\s*)?(?:just now|(?:\d+|an?|one|a few)\s*"
    r"(?:[hmd]|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago)$",
    re.IGNORECASE,
)
# The site talking to the reader in the body: "Click here to ...", "Download the X app", "Get
# X in your inbox", "This article is more than 2 years old", a box heading ("Trending Now").
_SITE_PROMPT = re.compile(
    r"^(?:click here\b|download (?:the|our)\b.{0,40}\bapp\b|follow (?:our|the) live\b|"
    r"this (?:article|story|content) is (?:more than|over) \w+ (?:years?|months?|weeks?|days?) old|"
    r"(?:trending|popular)(?: now| stories| news)?$|top (?:stories|news)$|more (?:stories|news)$|"
    r"latest (?:news|stories|headlines|updates)$|most (?:read|popular|viewed|shared)$|"
    r"(?:watch|video|gallery|photo gallery|in pictures|photos|audio|podcast)$)|"
    r"\b(?:in|to) your inbox\b",
    re.IGNORECASE,
)
# A reading or listening time on its own line: "Read time: 4 min", "Estimated reading time 6
# minutes", "3 min read", "⏱ 5-7 mins read". Header furniture wherever it sits.
_READ_TIME = re.compile(
    r"^\W{0,3}(?:(?:(?:estimated|approx(?:imate)?\.?)\s+)?(?:read(?:ing)?|listening)\s+time|time to read)\s*[:|–-]?\s*"
    r"(?:about\s+|approx\.?\s+|~\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?|m)\b\.?(?:\s+read)?$|"
    r"^\W{0,3}\d+(?:\s*[-–]\s*\d+)?\s*-?\s*min(?:ute)?s?\.?\s+(?:read|listen)(?:ing)?(?:\s+time)?\.?$",
    re.IGNORECASE,
)
# A caption without a credit: a single sentence ending ", <place>, 4 May 2025.".
# (Not after a weekday: "adjourned until Thursday, June 12, 2025." is a sentence of the story.)
_DATED_CAPTION = re.compile(r"(?<!day),\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|"
                            r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\.?$")

_SPONSORED_LINE = re.compile(r"^(?i:sponsored|promoted|advertisement|paid (?:content|post))\s*:\s+[A-Z0-9]")


def _inset_line(line: str) -> bool:
    """A line between body paragraphs that is the page's, not the article's (see above)."""
    n = word_count(line)
    if n > 50:
        return False
    if n <= 8 and (_AD_LABEL.match(line) or _STAMP.match(line) or _EMBED.match(line)
                   or _SLASH_CREDIT.match(line) or _is_outlet(line.strip("()[] "))):
        return True
    if n <= 25 and (_LINK_LABEL.match(line) or _POSTED_BY.match(line)):
        return True
    if _CREDIT_ALONE.match(line) and (n <= 15 or _IMAGE_CAPTION_HEAD.match(line)):
        return True
    if ('“' in line or '”' in line or '"' in line) or _REPORTED.search(line):
        return False
    if n <= 20 and _SITE_PROMPT.search(line):
        return True
    if n <= 25 and line[:1] in "SsPpAa" and _SPONSORED_LINE.match(line):
        return True     # an ad set in as one line: "Sponsored: Flats by the lake from 90,000 — book now"
    # a dated caption: one sentence, no speech, the date closing it after a comma
    return 5 <= n <= 30 and line.rstrip(". ")[-4:].isdigit() and bool(_DATED_CAPTION.search(line)) \
        and not _STOP_SPACE.search(line)
# Furniture that belongs to the header block (share bars, reading time): a paragraph
# before such a line is a standfirst, not the body's first paragraph.
_HEADER_FURNITURE = re.compile(
    r"^(?:share|\d+\s*min|listen|follow|print|email|copy link|facebook|twitter|telegram|"
    r"whatsapp|linkedin|tweet|comments?$)",
    re.IGNORECASE,
)
# A bare personal name on its own line: an author line in the header block.
_NAME_LINE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s(?:[A-Z][\w’'.-]+|de|del|dela|de la|van|von|der|bin|binti|al|el|da|dos)){1,4}$"
)
# An author's note at the end: "<Name> is a <outlet> correspondent / reporter ...", or
# "<Name> covers the region for The Daily Courier." (a beat and an outlet, no role noun).
_BIO = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){0,4}) (?:(?:is|was|has been|writes|reports|covers)\b"
    r"[^.]{0,120}?\b(?:correspondent|reporter|journalist|editor|writer|columnist|contributor|"
    r"freelancer|photographer|producer|fellow|intern|stringer|researcher|staff|author)s?\b|"
    r"(?:covers|writes about|reports on)\s[^.]{2,80}?\sfor (?:the )?[A-Z][\w&’'-]*(?:\s[A-Z][\w&’'-]*){0,4}\.?$)",
)


# "<Name> is an independent newsroom ...": an outlet describing itself.
_SELF = re.compile(
    r"^(?:The\s+)?[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,4}(?:,\s[^,]{3,80},)? is (?:an?|the)\b(?:[^.]|\.(?=\S)){0,100}?\b(?:"
    r"news(?:room|paper|site|website| outlet| organi[sz]ation| agency| service| portal| platform| "
    r"publication| site| provider)|media (?:outlet|organi[sz]ation|group|company|platform)|magazine|"
    r"publication|broadcaster|journalism (?:project|organi[sz]ation|platform|outlet))s?\b"
)


@dataclass(frozen=True)
class RawCaption:
    text: str
    credit: str | None


@dataclass(frozen=True)
class Interview:
    """An interview set as questions and answers ("Q: ..." / "A: ..."). Indices are 0-based
    into Cleaned.paragraphs. An answer's words are the interviewee's speech; a question is the
    outlet's own words. `interviewee` is the name the introduction gives ("Jane Roe is a
    lawyer who ..."), or None when the introduction names nobody that plainly."""
    questions: tuple[int, ...]
    answers: tuple[int, ...]          # "A:" paragraphs and the unlabelled ones continuing them
    labels: tuple[int, ...]           # per answer: length of its "A: " label (0 on a continuation)
    interviewee: str | None
    # A broadcast transcript's turns ("JANE ROE: ..."): per answer, the name its label gives
    # (None for an unnamed voice); empty for a question-and-answer interview.
    speakers: tuple[str | None, ...] = ()


# "Q:", "Q.", "Question:" / "A:", "A.", "Answer:" opening a paragraph of a transcript.
_Q_LABEL = re.compile(r"^(?:Q|Question)\s*[:.–—-]\s+(?=\S)")
_A_LABEL = re.compile(r"^(?:A|Answer)\s*[:.–—-]\s+(?=\S)")
# "Jane Roe is a lawyer who ...", "Jane Roe, 52, is ...": the introduction's subject.
_INTRO_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][\w’'.-]+(?:\s(?:[A-Z][\w’'.-]+|bin|binti|al|el|de|van|von)){1,3})"
    r"(?:,\s[^,]{1,60},)?\s(?:is|was|has been|served|serves)\s"
)
_INTRO_VERB = re.compile(
    r"\b(?:spoke|talked|sat down)\s+(?:to|with)\s+(?P<name>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){1,3})\b"
)


_SECTION_INTRO = re.compile(
    r"(?<!\bHe )(?<!\bShe )(?<!\bThey )\b(?:spoke|talked|sat down)\s+(?:to|with)\s+(?P<name>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){0,3})\b"
)


_SPOKE_TO_OUTLET = re.compile(
    r"(?:^|(?<=[.!?]\s))(?!(?:He|She|They|It|We|I|This|That)\s)(?P<name>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){0,3})"
    r"\s(?:spoke|talked)\s(?:to|with)\s(?:the\s)?[A-Z]")


def interview(paragraphs: tuple[str, ...], own_names: frozenset[str] = frozenset()) -> Interview | None:
    """The question-and-answer structure of a transcript, or None for an ordinary article
    (at least two labelled questions and two labelled answers). `own_names`: the by-line's
    people, whose turns in a transcript are the outlet's own words."""
    qs = [i for i, p in enumerate(paragraphs) if _Q_LABEL.match(p)]
    ans = [i for i, p in enumerate(paragraphs) if _A_LABEL.match(p)]
    if len(qs) < 2 or len(ans) < 2:
        return _turns(paragraphs, own_names)
    name = None
    intro = paragraphs[: min(qs[0], ans[0])]
    # a story closing on a question-and-answer section: the line right above its first
    # question says whom the outlet spoke to, by surname alone too ("We spoke to Roe by phone.")
    # (not "He spoke to <reporter>": the interviewee speaking to the outlet's reporter)
    if intro and not _INTRO_SUBJECT.search(intro[-1]) and (m := _SECTION_INTRO.search(intro[-1])):
        name = m.group("name")
    elif intro and (m := _SPOKE_TO_OUTLET.search(intro[-1])):
        # "Ramdass spoke to the Sunday Guardian on Wednesday.": the one who spoke to the outlet
        name = m.group("name")
    for par in intro if name is None else ():
        m = _INTRO_SUBJECT.search(par) or _INTRO_VERB.search(par)
        if m:
            name = m.group("name")
            break
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b") if name else None
    answers: list[int] = []
    labels: list[int] = []
    inside = False
    for i, par in enumerate(paragraphs):
        if i in qs:
            inside = False
        elif (m := _A_LABEL.match(par)):
            inside = True
            answers.append(i)
            labels.append(m.end())
        elif inside and surname and surname.search(par):
            inside = False          # the story's own words again, naming the interviewee: no answer
        elif inside:                # an answer running on over more than one paragraph
            answers.append(i)
            labels.append(0)
    return Interview(tuple(qs), tuple(answers), tuple(labels), name)


# "JANE ROE, HOST: ", "ROE: ", then "(Through interpreter) ": a broadcast transcript's turn label.
_TURN = re.compile(r"^(?P<label>[^\W\d_][^:\n]{0,60}?)(?:,\s(?P<role>[^:,\n]{2,30}))?:\s+"
                   r"(?:\((?:through|via) (?:an? )?(?:interpreter|translator)\)\s*)?(?=\S)", re.IGNORECASE)
# "[01:20] ", "(01:20) ", "01:20:05 ": a turn's time in the broadcast, before its label.
_TURN_STAMP = re.compile(r"^(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}(?::\d{2}){1,2})\s+(?=[A-Z]{2})")
# "CORRESPONDENT (Jane Roe)": a label giving the role in capitals, then the name.
_ROLE_NAME = re.compile(r"^(?P<role>[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){0,2}) \((?P<name>[A-Z][^()]{1,40})\)$")
# The programme's own voices: their turns are the outlet's words, not quoted speech.
_OWN_VOICE = {"host", "byline", "anchor", "presenter", "correspondent", "reporter", "announcer"}
# A label that names no one: "UNIDENTIFIED PERSON", "CROWD", "PROTESTERS".
_NO_NAME = re.compile(r"^(?:unidentified\b.*|crowd|protesters?|group|audience|(?:several|multiple) people|"
                      r"people|voice|man|woman|child)$", re.IGNORECASE)


# "Rosa Roe, Sister of Ana Roe (through interpreter):  ", "Wade Doe (R), State Representative:  ",
# "Man (through interpreter):  ": a transcript's turn label in ordinary case, a name or an
# unnamed voice, its role after a comma
_MIXED_TURN = re.compile(r"^(?P<label>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){0,3})(?:\s\([^()]{1,30}\))?"
                         r"(?:,\s(?P<role>[^:\n]{2,60}?))?(?:\s\((?:through|via) (?:an? )?(?:interpreter|translator)\))?"
                         r":\s+(?=\S)")
_BYLINE_LEAD = re.compile(r"^(?:by|written by|story by|reported by|words by|compiled by|edited by)(?:\s+[—–-])?\s+", re.IGNORECASE)


def byline_names(lines) -> frozenset[str]:
    """The people the page's by-lines credit ("By — Jane Roe", "By Ana Vell and John Doe")."""
    out = set()
    for line in lines:
        if _BYLINE.match(line):
            rest = _BYLINE_LEAD.sub("", line).split("|")[0]
            out.update(p.strip() for p in re.split(r",|\s(?:and|&)\s", rest) if _PLAIN_NAME.fullmatch(p.strip()))
    return frozenset(out)


def _mixed_turns(paragraphs: tuple[str, ...], own_names: frozenset[str]) -> list[tuple[int, int, str, str | None]]:
    """The turns of a transcript whose labels are in ordinary case, when the programme's own
    people (the by-line's names) hold some of them: (paragraph, label end, label, role)."""
    heads = []
    for i, par in enumerate(paragraphs):
        m = _MIXED_TURN.match(par) if ":" in par[:110] else None
        if m and (" " in m.group("label") or _NO_NAME.match(m.group("label")) or m.group("label").lower() in _OWN_VOICE):
            heads.append((i, m.end(), m.group("label"), m.group("role")))
    if sum(paragraphs[i][end:end + 1] in "“\"‘'" for i, end, _, _ in heads) * 2 >= len(heads):
        return []       # "Rosa Coc, Daughter of Alcalde: “…”": labelled soundbites are quotations already
    labels = {label for _, _, label, _ in heads}
    # (or the programme's roles label its own voices: "Presenter:", "Reporter:")
    own = own_names | {label for label in labels if label.lower() in _OWN_VOICE}
    return heads if len(heads) >= 3 and len(labels) >= 2 and labels & own and labels - own else []


# A paragraph in the first or second person: after the last labelled turn, only such a paragraph
# still carries that turn on ("Sandoval's next hearing is in January" is the page's narration)
_SPOKEN = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|(?i:me|my|we|we[’']re|our|us|you|your))\b")
# "After the programme, the union said ...": the page's own narration once the exchange is over
AFTER_THE_PROGRAMME = re.compile(r"(?:After|Following|Since)\s+(?:the|this|our)\s+(?:programme|program|interview|broadcast|"
                                 r"show|episode|recording|conversation)\b")


_INITIALS_LABEL = re.compile(r"(?:[A-Z]\.?){2,4}")
# "Joanna Lis: ", "Chronicles of Turkmenistan: ": a turn labelled with a name of two words or more
_FULL_NAME_TURN = re.compile(r"(?P<label>[A-Z][\w’'.-]+(?:\s(?:(?:of|for|the|and|de|del|da|van|von|bin|al)\s)?"
                             r"[A-Z][\w’'.-]+){1,4}):\s+(?=\S)")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _initials_named(paragraphs: tuple[str, ...], heads: list) -> list:
    """"Joanna Lis: ..." once, then "JL: ...": voices labelled by their initials after their full
    names. The full-name turns join the others and each initials label stands for its name (when
    the initials fit one full label only; else the turns stay as they are)."""
    fulls = [(i, m.end(), m.group("label"), None) for i, par in enumerate(paragraphs)
             if ":" in par[:80] and (m := _FULL_NAME_TURN.match(par)) and not m.group("label").isupper()]
    names: dict[str, set[str]] = {}
    for *_, name, _ in fulls:
        names.setdefault(_initials(name), set()).add(name)
    short = {label for _, _, label, _ in heads if _INITIALS_LABEL.fullmatch(label)}
    if not fulls or any(len(names.get(label.replace(".", ""), ())) != 1 for label in short):
        return heads
    taken = {i for i, *_ in heads}
    named = [(i, end, next(iter(names[label.replace(".", "")])) if label in short else label, role)
             for i, end, label, role in heads]
    return sorted(named + [f for f in fulls if f[0] not in taken])


def _voice_label(label: str, labels: list[str]) -> bool:
    """A label that names a person: two words or more ("LAURA CARDONA"), or one word of a longer
    label ("ZAHRA" after "ZAHRA ABDULRASOOL"); never a place ("PRETORIA:", "CAPE TOWN:" datelines)."""
    if label.lower() in lexicon.COUNTRY_NAMES or label.title() in lexicon.CAPITALS:
        return False
    return " " in label or any(label in other.split() for other in labels if other != label)


def _hands_over(text: str, label: str) -> bool:
    """Whether a turn addresses the voice of another label by name, a comma after it, as a
    host does: "Rosa Quispe, the trial is scheduled ...", "And Diego Salazar, what happens ..."."""
    words = label.title().split()
    return len(words) >= 2 and any(
        re.search(rf"(?:^|[.?!][”\"’']?\s+)(?:And\s+|So\s+|Now\s+)?{re.escape(' '.join(words[:k]))},\s", text)
        for k in range(len(words), 1, -1))


def _turns(paragraphs: tuple[str, ...], own_names: frozenset[str] = frozenset()) -> Interview | None:
    """A broadcast transcript's structure: every turn opens with its speaker's name in capitals
    (at least three turns, two voices). The host's and reporter's turns (", HOST:", ", BYLINE:",
    later their surname alone) are the outlet's own words; every other turn, with the unlabelled
    paragraphs running on after it, is its speaker's speech. A turn may open on its time in the
    broadcast ("[01:20] ") and give the role first, the name after it ("GUEST (Jane Roe):")."""
    heads = []
    named: dict[str, str] = {}      # "GUEST" -> "Jane Roe": the name a role label gave first
    for i, par in enumerate(paragraphs):
        cut = 0
        if par[:1] in "[(0123456789" and (st := _TURN_STAMP.match(par)):
            cut, par = st.end(), par[st.end():]
        # (a label opens on two capitals: most paragraphs are ruled out before the pattern runs)
        m = _TURN.match(par) if par[:2].isupper() else None
        if m and (rn := _ROLE_NAME.match(m.group("label"))) and m.group("role") is None:
            # (only the programme's own roles make a turn the outlet's words; "GUEST" does not)
            role = rn.group("role") if rn.group("role").lower() in _OWN_VOICE else None
            heads.append((i, cut + m.end(), rn.group("name"), role))
            named.setdefault(rn.group("role"), rn.group("name"))
        elif m and m.group("label").isupper() and len(m.group("label").split()) <= 5 and (
                m.group("role") is None or m.group("role").isupper()):
            heads.append((i, cut + m.end(), m.group("label"), m.group("role")))
    if any(_INITIALS_LABEL.fullmatch(label) for _, _, label, _ in heads):
        heads = _initials_named(paragraphs, heads)
    mixed = []
    if len(heads) < 3 or len({label for _, _, label, _ in heads}) < 2:
        # (a guest's role is the guest's own, "Farmworker Association of Florida": only the
        # programme's people, by name or by role, speak the outlet's words)
        mixed = heads = _mixed_turns(paragraphs, own_names)
    if len(heads) < 3 or len({label for _, _, label, _ in heads}) < 2:
        return None
    full = [label for _, _, label, _ in heads]
    # (a programme's own voice may be labelled by its role alone: "PRESENTER:")
    own = {label for _, _, label, role in heads if (role or label).lower() in _OWN_VOICE}
    if not own and not mixed and not any(role for *_, role in heads) and all(
            _voice_label(label, full) for label in full):
        # hosts labelled by name alone: the voice that opens the programme hosts it, and so does
        # any voice that hands the word to another by name ("Diego Salazar, talk about ...")
        own = {full[0]} | {label for i, end, label, _ in heads
                           if any(_hands_over(paragraphs[i][end:], other) for other in full if other != label)}
    if mixed:
        own |= {label for _, _, label, _ in heads if label in own_names or label.lower() in _OWN_VOICE}
        heads = [(i, end, label, role if role and role.lower() in _OWN_VOICE else None) for i, end, label, role in heads]

    def name_of(label: str) -> str:
        # "PÉREZ RIVAS" is the "YOLANDA PÉREZ RIVAS" an earlier label gave in full; "GUEST" the
        # "GUEST (Jane Roe)" an earlier label named
        if label in named and label.lower() not in _OWN_VOICE:
            return named[label]
        return next((f for f in full if f != label and f.endswith(" " + label)), label)

    starts = {i: (end, label, role) for i, end, label, role in heads}
    questions: list[int] = []
    answers: list[int] = []
    labels: list[int] = []
    speakers: list[str | None] = []
    for i in range(len(paragraphs)):
        if i in starts:
            end, label, role = starts[i]
            label = name_of(label)
            if label in own or role:
                questions.append(i)
                continue
            answers.append(i)
            labels.append(end)
            speakers.append(None if _NO_NAME.match(label) else label if mixed else label.title())
        elif answers and answers[-1] == i - 1 and not AFTER_THE_PROGRAMME.match(paragraphs[i]) \
                and not any(paragraphs[i].startswith(name + " ") for name in own if " " in name):
            # (but "Chronicles of Turkmenistan sent questions to ...": the outlet's own narration)
            answers.append(i)           # a turn running on over another paragraph
            labels.append(0)
            speakers.append(speakers[-1])
    if not answers or not questions:
        return None
    last = max(starts)
    cut = next((k for k, i in enumerate(answers) if i > last and not _SPOKEN.search(paragraphs[i])), len(answers))
    answers, labels, speakers = answers[:cut], labels[:cut], speakers[:cut]
    return Interview(tuple(questions), tuple(answers), tuple(labels), None, tuple(speakers))


@dataclass(frozen=True)
class Cleaned:
    title: str
    title_derived: bool
    paragraphs: tuple[str, ...]
    captions: tuple[RawCaption, ...]
    pull_quotes: tuple[str, ...]
    standfirst: str | None
    byline: str | None
    date_lines: tuple[str, ...]   # the article's own date lines (byline block and below)
    masthead: str | None
    notices: tuple[str, ...]      # copyright / reproduction notices
    notes: tuple[str, ...]        # editorial notes such as "(Translated ... from ...)"
    dropped: tuple[str, ...]      # furniture lines, kept so the editor can check
    # Dates shown above the headline: often the day the page was viewed, so only a bound.
    header_dates: tuple[str, ...] = ()
    interview: Interview | None = None
    # Date lines of embedded social-media posts: the article is not older than these.
    post_dates: tuple[str, ...] = ()
    # A live page: entries under clock times all down the page, no date on any of them.
    live: bool = False


def _as_list(raw: str) -> str | None:
    """A line laid out as a menu ("Home  News  World", items apart by 2+ spaces or tabs),
    rewritten with " | " between the items; None when it is not such a line."""
    if "\t" not in raw and "  " not in raw and "\u00a0" not in raw:
        return None
    items = [i for i in re.split(r"\t+|[ \u00a0]{2,}", raw.strip()) if i]
    if len(items) < 3 or any(len(i.split()) > 3 or _SENTENCE_END.search(i) for i in items):
        return None
    return " | ".join(_squeeze(i) for i in items)


# Guillemets as a line of prose sets its quotations («…», « … », and »…« in some German pages are
# rare enough to leave): read as the double marks the rest of the extractor knows. Only a line
# holding an opening guillemet is touched, so a menu's "Home » News" separators stay as they are.
_GUILLEMET_OPEN = re.compile(r"«[ \u00a0\u202f]?")
_GUILLEMET_CLOSE = re.compile(r"[ \u00a0\u202f]?»")


# (a line that is nothing but a short name in guillemets, "« Coastal Wire Daily »", is a box's title)
_GUILLEMET_NAME_LINE = re.compile(r"^\s*«[^«».!?]{1,60}»\s*$")


def _guillemets(text: str) -> str:
    if "«" not in text:
        return text
    return "\n".join(_GUILLEMET_CLOSE.sub("”", _GUILLEMET_OPEN.sub("“", line))
                     if "«" in line and not _GUILLEMET_NAME_LINE.match(line) else line for line in text.split("\n"))


# (abbreviations keep their full stops: "Supt. Hilberto Coc, O.C., Toledo Police Formation")
_SOUNDBITE_LABEL = re.compile(r"[A-Z](?:[^.!?:;“”\"‘’]|\.(?=\s*[A-Za-z,]))*(?:\([A-Z][a-z]+\))?")


def _soundbite_block(block: str) -> bool:
    """A label of at most twelve words on the block's first line, no sentence, and quoted words
    on the line below it."""
    parts = [ln.strip() for ln in block.strip().split("\n") if ln.strip()]
    return len(parts) >= 2 and word_count(parts[0]) <= 12 and parts[1][:1] in "“\"" \
        and _SOUNDBITE_LABEL.fullmatch(parts[0]) is not None


def _lines(text: str) -> list[str]:
    """Split into logical lines; re-join lines a hard wrap cut mid-sentence."""
    text = _guillemets(text.replace("\r\n", "\n").replace("\r", "\n"))
    out: list[str] = []
    blocks = _BLANK_LINE.split(text)
    # A broadcaster's story with its soundbites under speaker labels ("Rosa Coc, Daughter of the
    # Alcalde" / "“They came for him ...”", in one block): the label introduces the words, as a
    # transcript's "Name:" does; two such blocks or more make the page's convention
    labelled = [b for b in blocks if _soundbite_block(b)]
    for block in blocks:
        if len(labelled) >= 2 and _soundbite_block(block):
            label, rest = block.strip().split("\n", 1)
            out.append(_squeeze(f"{label.strip()}: " + " ".join(ln.strip() for ln in rest.split("\n") if ln.strip())))
            continue
        merged: list[str] = []
        block_lines = [raw for raw in block.split("\n") if raw.strip()]
        if _hard_wrapped(block_lines):
            out.append(_squeeze(" ".join(ln.strip() for ln in block_lines)))
            continue
        for raw in block_lines:
            line = _as_list(raw) or _squeeze(raw).strip()
            if not line:
                continue
            if merged and not _TERMINAL.search(merged[-1]) and line[:1].islower() \
                    and not _LIST_MARK.match(line) and not _LIST_MARK.match(merged[-1]) \
                    and not _POST_LINK.match(merged[-1]):      # "View this post on X" over an account name
                merged[-1] = f"{merged[-1]} {line}"
            elif merged and (_BARE_CREDIT.match(line) or _SLASH_CREDIT.match(line) and sum(
                    1 for ln in block_lines if not _EMBED.match(ln.strip())) <= 3) \
                    and _ENDS_SENTENCE.search(merged[-1]) \
                    and word_count(merged[-1]) <= 40 and not _REPORTED.search(merged[-1]) \
                    and not ('“' in merged[-1] or '”' in merged[-1] or '"' in merged[-1]):
                # A caption with its photo credit on the line below: one caption. (A line
                # that reports speech is a body paragraph with a photo's credit under it.)
                merged[-1] = f"{merged[-1]} {line}"
            elif merged and (line[:1] in "—–―" or line[:2] == "- ") and _PULL_CREDIT.match(line) and word_count(line) <= 14 \
                    and merged[-1][:1] in "“\"‘" and merged[-1][-1:] in "”\"’" and not _SENTENCE_END.search(line):
                # A quotation with its speaker on the next line of the same block ("“…”" /
                # "— Jane Roe, a lawyer"): one paragraph, the quote and who said it. (A typed
                # "- " stands for the dash there: written as one, so the credit reads as such.)
                merged[-1] = f"{merged[-1]} {'– ' + line[2:] if line[:2] == '- ' else line}"
            else:
                merged.append(line)
        out.extend(merged)
    return out


def _hard_wrapped(block: list[str]) -> bool:
    """A paragraph broken into lines of one width (text copied from an e-mail or a PDF): three
    lines or more, every line but the last filled to within a few words of the same width, the
    last ending a sentence. A block of header lines or of whole paragraphs is never that even."""
    if len(block) < 3:
        return False
    widths = [len(ln.strip()) for ln in block[:-1]]
    return min(widths) >= 50 and max(widths) - min(widths) <= 20 and len(block[-1].strip()) <= max(widths) + 2 \
        and bool(_SENTENCE_END.search(block[-1].strip())) \
        and not all(_TERMINAL.search(ln) for ln in block[:-1])     # a box of one-line sentences


def _caption(line: str, n_words: int | None = None, low: str | None = None) -> RawCaption | None:
    """`n_words` and `low` (folded(line)) when the caller has them already."""
    n_words = word_count(line) if n_words is None else n_words
    if n_words > 80:
        return None
    m = _CAPTION_LABEL.match(line) if line[:1] in "IiPp" else None
    if m:
        return RawCaption(line[m.end():].strip(), None)
    # "[Photo caption: ... Photo: Agency]": a labelled caption boxed in brackets; its credit apart
    m = _CAPTION_LABEL.match(line, 1) if line[:1] == "[" and line.rstrip()[-1:] == "]" else None
    if m:
        inner = line[m.end():].rstrip()[:-1].strip()
        return (_caption(inner) if inner[:1] not in "[(" else None) or RawCaption(inner, None)
    m = _LEAD_CREDIT.match(line) if line[:1] == "(" else None
    if m:
        return RawCaption(line[m.end():].strip(), m.group("credit"))
    m = _CREDIT_PAREN.search(line) if line.rstrip().endswith(")") else None    # "...)\s*$"
    if m:
        return RawCaption(line[: m.start()].strip(), m.group("credit").strip())
    m = _PHOTO_MARK.search(line) if line.rstrip().endswith(").") else None
    if m:
        return RawCaption(line[: m.start()].strip(), m.group("credit").strip())
    slash = "/" in line
    m = _CREDIT_PAREN_SLASH.search(line) if slash and line.rstrip().endswith(")") else None
    if m:
        return RawCaption(line[: m.start()].strip(), m.group("credit").strip())
    m = _CREDIT_TRAILING.search(line) if slash else None
    if m and m.start() > 0:
        return RawCaption(line[: m.start()].strip(), m.group("credit").strip())
    m = _CREDIT_SLASH.search(line) if slash else None
    if m:
        return RawCaption(line[: m.start()].strip(), m.group("credit").strip())
    m = _SUPPLIED.search(line) if line.rstrip(" .").endswith(("upplied", "ontributed", "andout")) and n_words <= 40 else None
    if m and not _REPORTED.search(line[: m.start()]):
        # "Freelance journalist Danielle Whitfield. Supplied": a sentence, then the bare word that
        # says who gave the picture
        return RawCaption(line[: m.start()].strip(), m.group("credit").strip())
    m = _CREDIT_LABEL.search(line) if ":" in line or "©" in line or "|" in line else None
    if m and word_count(m.group("credit")) <= 10 and not re.search(
            r"(?i)rights reserved|copyright|\b(?:19|20)\d{2}\b", m.group("credit")):
        return RawCaption(line[: m.start()].strip(), m.group("credit").strip())
    m = _BRACKET_CREDIT.search(line) if n_words <= 40 and line[-1:] == "]" else None
    if m and not _REPORTED.search(line[: m.start()]) and not ('“' in line or '”' in line or '"' in line):
        return RawCaption(line[: m.start()].strip(), m.group("credit") or m.group("caps"))
    m = _CREDIT_TAIL.search(line) if n_words <= 40 and (
        line.rstrip()[-1:] in ")]" or any(k in line for k in _CREDIT_TAIL_KEYS)) else None
    if m and not _REPORTED.search(line[: m.start()]):
        return RawCaption(line[: m.start()].strip(), m.group("credit").strip(" ()[]|–—-"))
    m = (_DATED_CREDIT.search(line) or _DATED_SLASH_CREDIT.search(line)) \
        if n_words <= 40 and line.rstrip().endswith(")") else None
    if m and not _REPORTED.search(line[: m.start()]) and not _STOP_SPACE.search(line[: m.start()]) \
            and not ('“' in line or '”' in line or '"' in line):
        return RawCaption(line[: m.start("credit") - 1].strip(), m.group("credit"))
    low = folded(line) if low is None else low
    if has_any(low, _CAPTION_KEYS) and _CAPTION_PHRASE.search(line):
        m = _DASH_CREDIT.search(line)       # "... she said. — Photo by the writer": the credit apart
        return RawCaption(line[: m.start()].strip(), m.group("credit")) if m else RawCaption(line, None)
    return None


# A verb that makes a line a sentence of the story rather than a caption's scene ("Protesters on
# the square on May 3, 2026, calling for ..." names what a picture shows and has none): an
# auxiliary, a reporting verb, a past tense, or a present tense news prose uses of what happens.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|"
    r"said|says|told|tells|according|went|took|came|gave|made|met|left|sent|won|lost|ran|fled|fell|found|"
    r"brought|got|kept|saw|spoke|stood|sat|began|became|held|thought|knew|paid|put|set|"
    r"takes|comes|goes|begins|starts|ends|opens|closes|runs|remains|continues|resumes|faces|marks|sits|"
    r"stands|lives|works|needs|wants|means|shows|calls|[a-z]{3,}ed)\b", re.IGNORECASE)
# What a picture shows, as an uncredited caption between paragraphs names it: someone doing something
# ("Mr Jane Roe receiving treatment at ...", "Police officers guarding the court"), no finite verb and
# no sentence end. A story's paragraph ends like a sentence; a heading is shorter and has no scene.
_SCENE_PARTICIPLE = re.compile(r"^[A-Z][^,;:]{0,80}?\s[a-z]{2,}ing\s")
# "... this morning. – Outlet": a scene, then a dash and the picture's credit closing the line.
_SCENE_DASH_CREDIT = re.compile(r"^(?P<scene>[^“”\"]{15,300}?[.])\s+[–—]\s*(?P<credit>[A-Z][\w.&’'-]*"
                                r"(?:\s[A-Z][\w.&’'-]*){0,3})$")

_SCENE_DASH_SLASH = re.compile(r"^(?P<scene>[^“”\"]{15,300}?[.])\s+[–—]\s*(?P<credit>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}"
                               r"\s?/\s?(?P<outlet>[A-Z][\w&’'-]*(?:\s[A-Z][\w&’'-]*){0,3}))$")


def _scene_caption(line: str, lines: list[str], n: int) -> RawCaption | None:
    """An uncredited photo caption set between body paragraphs: one sentence with no finite
    verb (a caption names what the picture shows; the story's sentences tell what happened),
    either closed by a dash and a credit the page names elsewhere on a line of its own or as an
    outlet ("... this morning. – Outlet"), or dated with the year and tied to the paragraph
    next to it, which names the date's weekday ("... on May 3, 2026, calling for ..." above
    "On Sunday, ...") or goes on with a participle after the date."""
    if "“" in line or '"' in line or _STOP_CAPITAL.search(line.rstrip()[:-1]):
        return None
    if line[-1:] != "." and (" – " in line or " — " in line):
        m = _SCENE_DASH_CREDIT.match(line)
        if m and not _FINITE.search(m.group("scene")):
            credit = m.group("credit")
            if credit.lower() in lexicon.OUTLETS or any(
                    k != n and other.strip() == credit for k, other in enumerate(lines)):
                return RawCaption(m.group("scene"), credit)
        m = _SCENE_DASH_SLASH.match(line)
        if m and not _FINITE.search(m.group("scene")) and full_dates(m.group("scene")):
            # "... on May 3, 2026. — JANE ROE/The Ledger": a dated scene, its photographer and
            # the outlet the page names at its top (or a known one)
            outlet = m.group("outlet")
            if outlet.lower() in lexicon.OUTLETS or any(
                    k < n and (other == outlet or other.startswith(outlet + " ")) for k, other in enumerate(lines)):
                return RawCaption(m.group("scene"), m.group("credit"))
        return None
    if line[-1:].isalnum() and _SCENE_PARTICIPLE.search(line) and not _FINITE.search(line) \
            and word_count(line) >= 5 and 0 < n < len(lines) - 1 and _is_prose(lines[n - 1]) and _is_prose(lines[n + 1]):
        return RawCaption(line, None)       # "Mr Jane Roe receiving treatment at the hospital in Ashby"
    if line[-1:] != "." or not has_digit(line):
        return None
    found = full_dates(line)
    if not found or _FINITE.search(line) or line.startswith(("On ", "In ", "By ", "From ")):
        return None
    d, m = found[0]
    after = line[m.end():]
    wd = d.strftime("%A")
    near = [lines[k] for k in (n - 1, n + 1) if 0 <= k < len(lines)]
    if re.match(r",\s+[a-z]+ing\b", after) or any(re.search(rf"\b{wd}\b", x) for x in near):
        return RawCaption(line, None)
    return None


# "Image caption: Students gather ...": the caption under its label, as some pages set it.
_CAPTION_LABEL = re.compile(r"(?:image|photo|picture)\s+caption\s*[:,]\s*(?=\S)", re.IGNORECASE)
# Strings one of which every _CREDIT_TAIL branch not ending in a bracket holds.
_CREDIT_TAIL_KEYS = ("|", "Getty", "Shutterstock", "hoto", "icture", "mage", " for ", "PHOTO/", "FOTO/")
# A sentence, then a picture's credit in one of the other ways pages set it: "(AFP)", "[Jane
# Roe/Outlet]", "[Courtesy X]", "| Jane Roe", "PHOTO | JANE ROE", "Getty Images", "– Photo: AFP", "Photo courtesy X", "Jane Roe for
# the Outlet", "Photo from his Facebook page" (a credit with no full stop after it). (A bare "AFP" after
# a sentence is also how a wire story's last paragraph ends.)
_CREDIT_TAIL = re.compile(
    r"(?<=[.!?])\s+(?P<credit>[(\[](?:" + lexicon.alternation(sorted(lexicon.NEWS_AGENCIES | {"Getty Images", "Shutterstock"},
                                                                  key=lexicon.by_length)) + r")[)\]]|\[[^\[\]/]{2,60}/[^\[\]]{2,60}\]|"
    r"\[(?:Courtesy|Photo|Image|Picture|File)\b[^\[\]]{2,80}\]|"
    r"[A-Z]{2,}\s(?:PHOTO|FOTO)/[^/.\s][^/]{0,40}(?:/[^/]{1,40}){0,2}|"     # ("ANTARA PHOTO/Jane Roe/rwa.")
    r"(?:(?i:photo|picture|image)s?\s*)?\|\s+[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){0,3}|"
    r"(?:[\w ]{2,30}\s+via\s+)?(?:Getty Images|Shutterstock)|[–—-]\s*(?i:photo|picture|image)s?\s*:\s*[^.!?]{2,60}|"
    r"(?i:(?:photo|picture|image)s?\s+courtesy(?:\s+of)?)\s+[^.!?]{2,60}|"
    r"(?:Photo|Picture|Image)s?\s+(?:from|via)\s+[^.!?]{2,60}|"
    r"[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,2}\s(?i:file\s)?(?i:photo|photograph|picture)s?"
    r"(?:\s(?:[A-Z][a-z]+\.?\s\d{1,2},?\s|\d{1,2}\s[A-Z][a-z]+\.?,?\s)(?:19|20)\d{2})?|"
    r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,3}\s+for\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s[A-Z][\w&’'-]*){0,4})\s*$"
)


# "Supporters outside the court on Thursday [Getty]": a scene with no sentence end, closed by its
# picture's credit in square brackets, as some sites set every caption. (The story's sentences
# end before any bracket.)
_BRACKET_CREDIT = re.compile(r"(?<=[\w,)])\s+\[(?P<credit>[A-Z][\w.&’'-]*(?:[ /][A-Z][\w.&’'-]*|\s(?:via|for)(?=\s)){0,5})\]$"
                             # (or in capitals after the caption's full stop: "... after the ruling. [NEWS1]")
                             r"|(?<=\.)\s+\[(?P<caps>[A-Z][A-Z0-9&’'-]*(?:[ /][A-Z][A-Z0-9&’'-]*){0,4})\]$")


# "... outside the court in Lima on Friday, March 6, 2026. (Agencia Sur)": one sentence closed
# by the picture's date, then its agency in brackets, as wire captions are set, or with no full stop
# ("... countryside – 6 October 2025 (Civil Defence)"). (The date right before the bracket tells it
# from a sentence of the story ending on a bracketed name.)
# "... on Tuesday. — Photo by Jane Roe": a dash, then who took the picture, closing a caption.
_DASH_CREDIT = re.compile(r"(?<=[.!?”\"’])\s+[–—―-]{1,2}\s*(?P<credit>(?i:photo|picture|image|photograph)s?\s+"
                          r"(?i:by|courtesy(?:\s+of)?)\s+[^.!?]{2,60}?)\.?\s*$")
_DATED_CREDIT = re.compile(r"(?:[A-Z][a-z]+\.?\s\d{1,2},?\s|\d{1,2}\s[A-Z][a-z]+\.?,?\s)(?:19|20)\d{2}(?:\.\s*|\s+)"
                           r"\((?!(?:END|ENDS|MORE|Updated|Corrected)\))"
                           r"(?P<credit>[A-Z][\w.&’'-]+(?:\s[A-Z][\w.&’'-]+){0,2})\)\s*$")


# "... in Halden on Friday, 6 March 2026 (Outlet/Jane Roe)": the picture's date, then outlet
# slash photographer in brackets, with or without a full stop between.
_DATED_SLASH_CREDIT = re.compile(r"(?:[A-Z][a-z]+\.?\s\d{1,2},?\s|\d{1,2}\s[A-Z][a-z]+\.?,?\s)(?:19|20)\d{2}\.?\s*"
                                 r"\((?P<credit>[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*)?\s?/\s?[A-Z][\w’'-]+"
                                 r"(?:\s[A-Z][\w’'-]+){0,3})\)\s*$")


def _is_outlet(line: str) -> bool:
    return line.lower().strip(" .") in lexicon.OUTLETS


_SITE_DOMAIN = re.compile(r"(?<![@/\w.])[a-z0-9][a-z0-9-]{2,}\.(?:com|org|net|info|news|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$"
                          r"|(?<![@/\w.])[a-z0-9][a-z0-9-]{2,}\.(?:com|org|net|info|news|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})(?=\s)")


def _is_masthead(line: str, following: list[str]) -> bool:
    """A lone outlet name above the headline."""
    if _is_outlet(line):
        return True
    toks = line.split()
    if not 1 <= len(toks) <= 5 or _TERMINAL.search(line) or not following:
        return False
    if len(toks) <= 3 and _SITE_DOMAIN.search(line.lower()):
        return True         # "bdnews24.com", "SWI swissinfo.ch": the site's own name
    if not all(t[:1].isupper() or t.lower() in {"of", "the", "and", "for"} for t in toks):
        return False
    if all(t.lower() in _NAV_WORDS for t in toks):
        return False        # "News", "Latest News": a menu's words, no outlet's name
    return toks[-1].lower() in lexicon.OUTLET_HEADS or _name_with_initials(toks) or _named_edition(toks) \
        or _initials_with_name(toks) \
        or any(toks[i] == "of" and toks[i - 1].lower() in lexicon.OUTLET_HEADS    # "The Times of India"
               for i in range(2, len(toks) - 1))


# Words that say what kind of house an outlet is, not which: "Media Group", "News Agency".
_HOUSE_WORDS = frozenset({"media", "group", "holding", "holdings", "network", "corporation", "company", "agency",
                          "news", "press", "broadcasting", "house", "ltd", "inc", "llc", "publishing"})


def _logo_tail(line: str) -> bool:
    """"Media Group": a line naming only the kind of house, the second line of a two-line logo."""
    return all(w.lower().strip(".,") in _HOUSE_WORDS for w in line.split())


def _logo_word(line: str) -> bool:
    """"ASIA-PLUS", "Vesti": a one- or two-word name, the first line of a two-line logo."""
    toks = line.split()
    return 1 <= len(toks) <= 2 and all(t[:1].isupper() and t.lower() not in _NAV_WORDS for t in toks) \
        and not _TERMINAL.search(line)


def _named_edition(toks: list[str]) -> bool:
    """"Northport Daily English Edition": a name, then which of the site's editions this is."""
    return len(toks) >= 3 and toks[-1].lower() == "edition" and toks[-2].lower() in _EDITION_WORDS \
        and toks[-2].lower() != "news"


def _name_with_initials(toks: list[str]) -> bool:
    """"Riverside Free Press RFP": a brand name followed by its own initials, the way a
    site's masthead or tagline reads; a headline never spells its own abbreviation."""
    last, head = toks[-1], [t for t in toks[:-1] if t[:1].isupper()]
    return len(head) >= 2 and last.isupper() and last.isalpha() and \
        last == "".join(t[0] for t in head)


def _initials_with_name(toks: list[str]) -> bool:
    """"RFP Riverside Free Press": the logo's initials, then the name they stand for."""
    first, rest = toks[0], [t for t in toks[1:] if t[:1].isupper()]
    return len(rest) >= 2 and first.isupper() and first.isalpha() and first == "".join(t[0] for t in rest)


def _is_nav(line: str) -> bool:
    """A menu, breadcrumb, section label list or language switcher."""
    if not _LATIN_LETTER.search(line):
        return len(line.split()) <= 6          # a switcher to a non-Latin-script edition
    items = [i for i in _LIST_SEP.split(line) if i] if _has_list_sep(line) else ([line] if line else [])
    slashed = [i for i in _SLASH_SEP.split(line) if i] if "/" in line else ([line] if line else [])
    if len(slashed) >= 3 or (len(slashed) == 2 and slashed[0].lower() == "home"):
        items = slashed                        # a breadcrumb: "Home / National / Politics"
        if len(items) >= 3 and all(w.lower() in _NAV_WORDS for w in items[0].split()) \
                and all(len(i.split()) <= 3 for i in items[:-1]):
            return True     # "News / City News / Pune News / <the headline>": a trail ending in the page's title
    if len(items) >= 2:
        if _BY_HEAD.match(line) or full_dates(line) or _ISO_DATE.search(line):
            return False                       # "By X | Outlet | 14 March 2023" is a byline
        return all(len(i.split()) <= 4 and not _SENTENCE_END.search(i) for i in items)
    toks = line.split()
    # (the word test first: a prose line fails it at its first word, before a search to its end)
    return len(toks) >= 3 and all(
        t.lower() in _NAV_WORDS and (t[:1].isupper() or not t[:1].isalpha()) for t in toks) \
        and not _TERMINAL.search(line)


def _is_share_bar(line: str) -> bool:
    # (lower case never moves a token's bounds: the first token, then lowered, is the same)
    first = _SHARE_TOKEN.search(line)
    if first is None or first.group().lower() not in _SOCIAL_WORDS:
        return False
    toks = [t for t in _SHARE_SEP.split(_SHARE_PHRASE.sub(" share ", line).lower()) if t]
    return len(toks) >= 2 and all(t in _SOCIAL_WORDS for t in toks)


# "Share this via Facebook  Share this via X  Other ways to share": a button's label around the
# network's name.
_SHARE_PHRASE = re.compile(r"(?i)\b(?:share (?:this )?(?:via|on)|other ways to share)\b")


def _is_section_label(line: str) -> bool:
    """"WORLD NEWS", "Politics": a short label above the headline."""
    toks = line.split()
    if not 1 <= len(toks) <= 4 or _TERMINAL.search(line):
        return False
    letters = _NON_LATIN.sub("", line)
    return (letters.isupper() and len(letters) >= 2) or all(t.lower() in _NAV_WORDS for t in toks)


def _handle_of(name: str, handle: str) -> bool:
    """"Riverwatch" over "@riverwatch_org": a one-word name the handle spells out."""
    return bool(re.fullmatch(r"[A-Z][\w.&-]{2,30}", name)) and handle[1:].lower().startswith(name.lower())


_PLACE_MONTH = re.compile(r"^[A-Z]{2,}(?:[ .'’-]+[A-Z]{2,})*,\s+(?P<date>[A-Z][a-z]+\.?,?\s+(?:19|20)\d{2})$")


def _date_line(line: str) -> bool:
    """A line that only dates the page: "Published on 7 June 2023", "August 14, 2023 4:05 PM
    GMT+7 Updated an hour ago", "Submitted on Wed, 10 Jan 2024 - 03:20 PM"."""
    if not has_digit(line):
        return False            # every test below needs a digit (most lines have none)
    if _DATE_ONLY.match(line):
        return True
    if word_count(line) > 18:
        return False
    if "|" in line and (m := _FILED_UNDER.match(line)) and _date_line(m.group("date")):
        return True     # "Nov 17, 2026 | Advocacy, News": the date, then the categories it is filed under
    if line.count("|") >= 2 and _date_line(line.split("|")[0].strip()) and all(
            _FILED_PART.fullmatch(part.strip()) for part in line.split("|")[1:]):
        return True     # "20 November 2026 | Kyrgyzstan | Freedom of speech, Media": the place, then the sections
    if "|" in line and not _BYLINE.match(line) and (parts := [part.strip() for part in line.split("|")]) and sum(
            1 for part in parts if full_dates(part) and _date_line(part)) == 1 and all(
            _FILED_PART.fullmatch(part) or _OUTLET_PART.fullmatch(part) or _CLOCK.match(part)
            or full_dates(part) and _date_line(part)
            for part in parts):
        return True     # "eNCA | Wednesday 11 March 2026 | Last updated 16:48": the outlet, the date, its clock
    if (m := _DATE_TOPIC.match(line)) and full_dates(m.group("date")):
        return True     # "12 March 2026 Human Rights": the date, then the topic the page files it under
    # "Jakarta ● Fri, October 17, 2025": the place of the newsroom, a bullet, then the date; or the
    # outlet's by-line, a comma, the date: "Harbour Times , Monday 3 Aug 2026".
    m = _PLACE_BULLET.match(line)
    if m and (full_dates(line[m.end():]) or _ISO_DATE.search(line[m.end():])):
        line = line[m.end():]
    elif (m := _section_before_date(line)) is not None:
        # "Nation Jun 23, 2026 6:48 PM EDT": the section's name, then the date ("Society 16:48, 12 May
        # 2026": its time first; "General News of Thursday, 26 February 2026": a longer section)
        line = line[m:]
    if "{{" in line:
        line = _TEMPLATE_SLOT.sub(" ", line)   # "March 4, 2026 03:12 pm - 0 - {{hits}}": a page's unfilled counter
    if (" In " in line or " in " in line) and (m := _FILED_IN.search(line)):
        line = line[:m.start()]     # "On February 11, 2026 11:48 pm In Labour, News Comments"
    spans = [m.span() for _, m in full_dates(line)] + [m.span() for m in _ISO_DATE.finditer(line)]
    spans += [(a, b) for _, a, b in numeric_dates(line)] + [(a, b) for *_, a, b in ambiguous_dates(line)]
    if not spans:
        return False
    rest = line
    for a, b in sorted(spans, key=lambda ab: -ab[0]):
        rest = rest[:a] + " " + rest[b:]
    # (a time of day, also the French way: "at 18h12")
    rest = re.sub(r"\b\d{1,2}(?:[:.]\d{2}(?::\d{2})?|h\d{2}\b)\s*(?:[ap]\.?\s?m\b\.?)?", " ", rest, flags=re.I)
    rest = re.sub(r"\b(?:GMT|UTC)\s*(?:[+−-]\s*\d{1,2}(?::?\d{2})?)?", " ", rest)
    rest = re.sub(r"\b[A-Z]{2,5}\b", " ", rest)                    # time zones: ICT, PHT, HKT
    rest = re.sub(r"(?<=\s)[A-Z][A-Z’'.-]{5,}(?:\s+[A-Z][A-Z’'.-]{2,}){0,2}\s*$", " ", rest)    # the dateline: "... KHARTOUM"
    rest = re.sub(r"\(\s*[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\s+time\s*\)", " ", rest)   # "18:40 (Riga time)"
    if "age" in rest:       # the print edition's page after the date: "Sat, Mar 7, 2026 page3", "- Page A5"
        rest = re.sub(r"(?i)(?:^|\s)[-–—|]?\s*page\s?[A-Z]?\d{1,3}\s*$", " ", rest)
    left = [w.lower() for w in re.findall(r"[A-Za-z]+", rest)]
    return all(w in _DATE_WORDS for w in left)


# the sections a story is filed in after its date, and the comments link: " In Labour, News Comments",
# " in Alerts, Sierra Leone"
_FILED_IN = re.compile(r"\s+[Ii]n\s+[A-Z][\w&’'-]*(?:\s[A-Z][\w&’'-]*)?(?:,\s*[A-Z][\w&’'-]*(?:\s[A-Z][\w&’'-]*)?){0,5}"
                       r"(?:\s+(?:\d+\s+)?Comments?)?$")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\b\.?|[A-Z]{2,4}\b|GMT|UTC)")
_SECTION_FIRST = (re.compile(r"[A-Z][a-z]{2,15}\s+"), re.compile(r"[A-Z][a-z]{2,15}\s+[A-Z][a-z]{2,15}\s+of\s+"))


def _section_before_date(line: str) -> int | None:
    """Where the date starts after a section's name that opens the line, or None."""
    for rx in _SECTION_FIRST:
        m = rx.match(line)
        if m and (fd := full_dates(line[m.end():])):
            t = _TIME_FIRST.match(line, m.end())
            if fd[0][1].start() == (t.end() - m.end() if t else 0):
                return m.end()
    return None
_CLOCK_24 = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:.])")
_SECTION_OF_DAY = re.compile(r"^[A-Z][a-z]{2,15}\s+[A-Z][a-z]{2,15}\s+of\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s")
_TIME_FIRST = re.compile(r"\s*\d{1,2}:\d{2},?\s+")
_TEMPLATE_SLOT = re.compile(r"(?:\s[-–|]\s*\d*\s*)*\{\{[^{}]{0,80}\}\}|\s[-–]\s\d+\s[-–](?=\s|$)")
_META_PART = re.compile(r"^(?:\d+\s+(?:comments?|responses?|replies|views?|shares?)|no comments?|"
                        r"\d+\s*min(?:ute)?s?\s+read|read(?:ing)?\s+time\s*:?\s*\d+\s*min(?:ute)?s?|"
                        # the time of day beside the date ("19.02.2026 | 13:47 | <outlet>")
                        r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)$", re.IGNORECASE)


def _meta_byline(line: str) -> str | None:
    """A piped line of the story's metadata, a date among them, every part a date, a "By"
    author, a count ("14 Comments") or an update's age ("Last Updated: 2 hours ago"): the by-line
    part ("" when none); None for any other line. Without a "By", the names before the date are
    the by-line: "Jane Roe · Valley News · Posted: Nov 13, 2025" and "28.10.2025 | Jane Roe"."""
    parts = [p.strip() for p in _META_SEP.split(line) if p.strip()]
    # ("Author: Jane Roe | Published: Tuesday, April 14, 2026": labelled parts)
    parts = [f"By {m.group('name')}" if (m := _AUTHOR_LABEL.match(p)) and _PLAIN_NAME.fullmatch(m.group("name"))
             else p for p in parts]
    dated = [p for p in parts if _date_line(p) or _PUBLISHED_LABEL.match(p) and _date_line(_PUBLISHED_LABEL.sub("", p))]
    by = [p for p in parts if _BYLINE.match(p) and len(p.split()) <= 12]
    named = [p for p in parts if not by and _PLAIN_NAME.fullmatch(p) and p.lower() not in _NAV_WORDS]
    # (and the sections the story is filed under, after a by-line or the outlet's name: "Local,
    # National, Business", "Alerts, Media Freedom, Safety of Journalists")
    meta = sum(bool(_META_PART.match(p) or _RELATIVE_TIME.match(p) or (by or named) and _FILED_LIST.fullmatch(p))
               for p in parts)
    if len(parts) < 2 or not dated or len(dated) + len(by) + len(named) + meta != len(parts) or len(named) > 2:
        return None
    if by:
        return by[0]
    return " · ".join(named)


_EDITION_TAIL = re.compile(r"\s*\([A-Z][^()]{1,40}\)$")
_AUTHOR_LABEL = re.compile(r"(?:Author|Writer|Reporter|Written by|Story by)\s*:\s*(?P<name>\S.*)$", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"(?:Published|Posted|Date)(?:\s+on)?\s*:\s*", re.IGNORECASE)
_LABELLED_STAMP = re.compile(r"\b(?:Published|Posted|Updated)\s*:\s*\d")
_FILED_LIST = re.compile(r"[A-Z][\w&’'-]*(?:\s(?:of\s|and\s|&\s)?[A-Z][\w&’'-]*)?"
                         r"(?:,\s*[A-Z][\w&’'-]*(?:\s(?:of\s|and\s|&\s)?[A-Z][\w&’'-]*)?){1,5}")
# "·" and "•" separate a by-line's parts as "|" does; a plain name is a credit line's name
_META_SEP = re.compile(r"\s[|·•]\s|\|")
_PLAIN_NAME = re.compile(_NAME_CREDIT)


# (one word, or a list with commas: "Mar 3, 2026 | Jane Roe" is a date and a by-line)
_FILED_PART = re.compile(r"[A-Z][\w’'-]*(?:[ -][\w’'-]+){0,3}(?:,\s*[A-Z][\w’'-]*(?:[ -][\w’'-]+){0,3}){0,5}")
_OUTLET_PART = re.compile(r"[a-z]?[A-Z][\w’'.&-]*(?:\s[A-Z][\w’'.&-]*){0,3}")   # ("eNCA", "SABC News")
_FILED_UNDER = re.compile(r"^(?P<date>[^|]{6,40}?)\s*\|\s*(?:[A-Z][\w’'-]*|[A-Z][\w’'-]*(?:[ -][\w’'-]+)?"
                          r"(?:,\s*[A-Z][\w’'-]*(?:[ -][\w’'-]+)?){1,5})$")
_DATE_TOPIC = re.compile(r"^(?P<date>(?:\d{1,2}\s+[A-Z][a-z]+\.?,?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+(?:19|20)\d{2})"
                         r"\s+[A-Z][\w’'&-]*(?:\s(?:[A-Z][\w’'&-]*|and|&)){0,2}$")
_PLACE_BULLET = re.compile(r"^[A-Z][\w’'.-]+(?:[\s/][A-Z][\w’'.-]+){0,2}\s*[●•·|–—,]\s*")
_DATE_WORDS = {
    "published", "posted", "updated", "last", "first", "submitted", "created", "modified", "edited",
    "on", "at", "date", "time", "ago", "an", "a", "hour", "hours", "hr", "hrs", "minute", "minutes",
    "min", "mins", "day", "days", "week", "weeks", "just", "now", "yesterday", "today", "am", "pm",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "local", "and", "publish", "dated",
    "release", "released", "issued", "publication", "update",
    "as", "of",     # "Updated as of Mar 18 2026 06:40 PM"
    # a page's counters on its date line: "18 March 2024 08:15 pm - 3 - 1,204 views"
    "views", "view", "reads",
    "uhr",      # German "o'clock": "12.02.2026, 17.03 Uhr"
}


def _is_prose(line: str) -> bool:
    """A body paragraph: ends like a sentence (or is too long to be anything else)."""
    n = word_count(line)
    if n >= 30:
        return True
    if line.rstrip().endswith(":"):
        return n >= 8
    return n >= 3 and bool(_SENTENCE_END.search(line))


def _is_title(line: str) -> bool:
    n = word_count(line)
    if n == 0 or n > 30:
        return False
    # Headlines rarely end in a full stop; a first line that does is body text.
    return not re.search(r"[.]\s*$", line) or bool(re.search(r"(?:[A-Z]\.){2,}\s*$", line))


def _near_repeat(short: str, long: str, long_words: list[str] | None = None) -> bool:
    """True when `short` is (almost) contained in `long`: a teaser or standfirst copy.
    `long_words`: _lower_words(long), when the caller has it."""
    a = words(short.lower())
    b = words(long.lower()) if long_words is None else long_words
    if len(a) < 5 or len(a) > len(b):
        return False
    if len(set(a) & set(b)) < 0.8 * len(set(a)):
        return False            # cheap test first: most paragraph pairs share few words
    sm = SequenceMatcher(None, a, b, autojunk=False)
    same = sum(block.size for block in sm.get_matching_blocks())
    return same / len(a) >= 0.85


def _repeated_later(short: str, later: list[str]) -> bool:
    """any(_near_repeat(short, p) for p in later), with the length test made before a
    paragraph's words are lowered."""
    a = words(short.lower())
    if len(a) < 5:
        return False
    shared = set(a)
    need = 0.8 * len(shared)
    for p in later:
        if p.isascii():
            # (the count of _lower_words(p) without lowering: see _lower_words)
            if len(a) > len(word_tuple(p)):
                continue
        if "\u03a3" not in p:
            # Each of p's lowered words (_lower_words) is a piece of p.lower(): lower() maps
            # letter by letter but for a capital sigma. A word of `short` that is no piece of
            # it is no shared word; too few pieces and _near_repeat's shared-word test fails.
            low = p.lower()
            if sum(w in low for w in shared) < need:
                continue
        if _near_repeat(short, p, _lower_words(p)):
            return True
    return False


def _lower_words(s: str) -> list[str]:
    """words(s.lower()), from the cached words(s) when lower case changes no character's kind
    for the word pattern (always so in ASCII: only A-Z change, which it treats like a-z), so
    the words are the same ones."""
    if s.isascii() or all(_LOWER_KEEPS_KIND[c] for c in set(s)):
        return [w.lower() for w in word_tuple(s)]
    return words(s.lower())


class _LowerKeepsKind(dict):
    """Whether lower() turns a character into one character the word pattern treats the
    same way (a letter of a word, an apostrophe, an ASCII letter after one, or none of them);
    filled in as characters are met."""

    def __missing__(self, c: str) -> bool:
        low = c.lower()
        out = self[c] = low == c or (len(low) == 1 and _word_kind(low) == _word_kind(c))
        return out


def _word_kind(c: str) -> tuple[bool, bool, bool]:
    return bool(_WORD_CHAR.match(c)), c in "’'", c.isascii() and c.isalpha()


_WORD_CHAR = re.compile(r"[0-9A-Za-z\u00C0-\u024F]")
_LOWER_KEEPS_KIND = _LowerKeepsKind()


def _unquoted(par: str) -> str | None:
    """The inside of a paragraph that is one quotation and nothing else (a pull quote may
    carry its speaker's name after a dash: "“...” — Jane Doe")."""
    p = par.strip()
    credit = _PULL_CREDIT_TAIL.search(p) if any(d in p for d in "—–―-") else None
    if credit and word_count(credit.group()) <= 12:     # ("— Jane Roe, in a letter to her pupils")
        p = p[: credit.start()].rstrip()
    if len(p) > 2 and p[0] in _OPEN_MARKS and p[-1] in _CLOSE_MARKS:
        inner = p[1:-1].strip()
        if not any(ch in inner for ch in "“”\""):
            return inner
    return None


# Kinds of line in page order.
_TEXT, _CAPTION, _FURNITURE, _HEAD_MARK, _FOOT_MARK = "text", "caption", "furniture", "head", "foot"


def _classify(line: str, n_words: int) -> str | None:
    """The furniture kind of a line that is never body text, or None."""
    low = line.lower()
    # (each unanchored search runs only when a word it needs is on the line: most lines are prose)
    if _SEPARATOR.match(line) or _COMMENTS.match(line) or _STANDARDS.match(line) or (
            "principles" in low and _STANDARDS.search(line)):
        return _FOOT_MARK
    if n_words <= 30 and (_RELEASE_END.match(line) or _CONTACT.match(line) or "itor" in low and _TO_EDITORS.match(line)
                          or _NEWSLETTER.match(line) and not _REPORTED.search(line)):
        return _FOOT_MARK
    if _RELATED.match(line) and (n_words <= 8 or _SHORT_LABEL_COLON.match(line)):
        return _FOOT_MARK
    # A prompt to subscribe or donate; a body sentence about subscribing would say who did.
    if n_words <= 30 and _PROMPT.match(line) and not _SAYS.search(line):
        return _FOOT_MARK
    if low.startswith("feedback") and _FEEDBACK_HEAD.match(line):   # a reader feedback box, however long
        return _FOOT_MARK
    if n_words > 60:
        return _HEAD_MARK if _is_share_bar(line) else _FURNITURE if _is_nav(line) else None
    if n_words <= 12 and _HOSTED.match(line):
        return _FOOT_MARK
    if _COMMENT_BOX.match(line) or n_words <= 6 and _TAG_HEADING.match(line):      # (a heading: six words at most)
        return _FOOT_MARK
    if n_words <= 80 and low.startswith(_DISCLAIMER_HEADS) and _DISCLAIMER.match(line) and not _REPORTED.search(line):
        return _FOOT_MARK
    if n_words <= 60 and ("not involved" in low or low.startswith("this ")) and _SYNDICATED.match(line):
        return _FOOT_MARK
    if n_words <= 40 and has_any(low, _APPEAL_KEYS) and (
            _APPEAL.search(line) or "newsletter" in low and _YOU.search(line)) \
            and not _REPORTED.search(line) and not ('“' in line or '”' in line or '"' in line):
        return _FOOT_MARK
    if n_words <= 40 and (_FEEDBACK.match(line) or _ABOUT.match(line)) and not _REPORTED.search(line):
        return _FOOT_MARK
    if n_words <= 40 and _TICKER.match(line) and ("|" in line or not low.startswith("live update")):
        return _FURNITURE       # ("LIVE UPDATES: <headline>" alone on its line is a live page's headline)
    if has_any(low, _SUBSCRIPTION_KEYS) and _SUBSCRIPTION.search(line) and _YOU.search(line) \
            and _OFFER.search(line) and not _REPORTED.search(line) and not ('“' in line or '”' in line or '"' in line):
        return _FURNITURE
    if n_words <= 80 and "cookie" in low and _COOKIE_BANNER.search(line) and _YOU.search(line) \
            and not _REPORTED.search(line) and not any(c in line for c in "“”\""):
        return _FURNITURE       # the site's cookie notice, addressed to the reader, wherever it sits
    if n_words <= 30 and has_any(low, _CHANNEL_KEYS) and _CHANNEL_PROMO.search(line) and not _SAYS.search(line):
        return _FOOT_MARK
    if n_words <= 30 and "newsletter" in low and _NEWSLETTER_PROMO.search(line) and not _QUOTE_MARKS.search(line):
        return _FURNITURE       # "X, Editor of the Y, selects her favourite stories in this weekly newsletter."
    if _is_share_bar(line) or _SHARE_LINE.match(line):
        return _HEAD_MARK
    if low.startswith("like this") and _LIKE_BUTTON.match(line):
        return _FOOT_MARK       # a blog's like button under the story
    if _is_nav(line):
        return _FURNITURE
    return None


# The hosting service's credit closing a blog: "Blog at WordPress.com.", "Powered by Ghost".
_HOSTED = re.compile(r"^(?:blog at|(?:proudly\s+)?powered by|(?:website|site) (?:built|made) with|"
                     r"create a (?:free )?(?:website|blog) (?:or blog )?(?:at|with))\s+[\w.-]+(?:\s[\w.-]+)?\.?$",
                     re.IGNORECASE)
# "This is an independent, reader-supported blog.": the site describing itself in the footer.
_THIS_SITE = re.compile(r"^this is an? [^.]{0,60}\b(?:blog|website|site|newsletter|publication)\.", re.IGNORECASE)

# A bare web address on its own line; its path's date, year-month-day: "/2026/11/18/", "/2026-11-18/".
_PAGE_URL = re.compile(r"^https?://[^\s/]+\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)
_URL_DAY = re.compile(r"/(?:19|20)\d{2}([-/])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?=[/.-]|$)")
# "We use cookies ... you ... Accept": a consent banner (a story about cookies quotes or reports).
_COOKIE_BANNER = re.compile(r"\b(?:(?:we|this (?:web)?site|our (?:web)?site)\s+uses?\s+cookies|cookies?\s+(?:policy|"
                            r"settings|preferences)|(?:accept|allow)\s+(?:all\s+)?cookies)\b", re.IGNORECASE)
# Lowercase words one of which every branch of _SUBSCRIPTION / _CHANNEL_PROMO holds.
_SUBSCRIPTION_KEYS = ("subscri", "premium", "paywall")
_CHANNEL_KEYS = ("whatsapp", "telegram", "viber", "click here")
# An editor's pick of stories offered by e-mail, set among the page's header lines
_NEWSLETTER_PROMO = re.compile(r"\b(?:selects?|picks?|chooses?|curates?)\s+(?:her|his|their|our|the)\s+(?:\w+\s+)?"
                               r"(?:favou?rite|best|top|must-read)\s+(?:stories|reads|articles|pieces)\b", re.IGNORECASE)


def clean(text: str) -> Cleaned:
    dropped: list[str] = []
    notices: list[str] = []
    notes: list[str] = []
    captions: list[RawCaption] = []
    stops: list[int] = []         # page indices where a press release ends
    date_lines: list[str] = []
    url_dates: list[str] = []
    byline: str | None = None
    seen_content: set[str] = set()
    seen_caption: set[str] = set()
    # The page in order: (kind, line). Text lines are the candidates for title and body.
    page: list[tuple[str, str]] = []
    has_text = False
    prose_seen = False

    lines = _lines(text)
    post_dates: list[str] = []
    inset = _insets(lines, post_dates)
    boxed = _summary_box(text, lines)
    if boxed:
        inset |= {n for n, line in enumerate(lines) if norm_key(line) in boxed}
    for n, line in enumerate(lines):
        if n in inset:          # a box set into the body: never a paragraph, never a date
            dropped.append(line)
            page.append((_FURNITURE, line))
            continue
        # (every shortcode opens with "[": without one, sub() returns the line as it is)
        stripped = (lexicon.SHORTCODE_RE.sub("", line) if "[" in line else line).strip()
        if stripped != line:
            dropped.append(line)
            line = _squeeze(stripped)
            if not line:
                continue
        n_words = word_count(line)
        if not prose_seen and n_words <= 20 and line.count(" / ") >= 2 and "|" not in line \
                and _NAME_LINE.match(line.split(" / ")[0]) and full_dates(line):
            line = line.replace(" / ", " | ")     # "Jane Roe / TNN / Mar 5, 2026": slashes part a by-line as bars do
        if not has_text and line[:4] == "http" and _PAGE_URL.match(line):
            # the page's address pasted above it: never a headline; a dated path ("/2026/11/18/")
            # is the day the site filed the story under, read after every date line the page shows
            if _URL_DAY.search(line):
                url_dates.append(line)
            dropped.append(line)
            page.append((_FURNITURE, line))
            continue
        if n_words <= 2 and _COMMENTS_HEAD.match(line) and n + 1 < len(lines) and _COMMENT_RULE.search(lines[n + 1]):
            stops.append(len(page))     # the comment section: readers' words below
            dropped.append(line)
            page.append((_FOOT_MARK, line))
            continue
        if "/" in line and n_words <= 3 and _PLAYER_TIME.match(line) or n and _PLAYER_TIME.match(lines[n - 1]) \
                and n_words <= 12 and not _SENTENCE_END.search(line):
            # an audio player: "00:00 / 12:41" and the recording's title under it
            dropped.append(line)
            page.append((_FURNITURE, line))
            continue
        if not prose_seen and n_words <= 8 and "/" in line and WIRE_LINE.match(line):
            date_lines.append(line)     # "HALDEN/14.03.27/NW" under the headline: the wire's dateline
            page.append((_HEAD_MARK, line))
            continue
        if _date_line(line) or line[-1:] == ")" and n_words <= 8 and _date_line(_EDITION_TAIL.sub("", line)):
            # ("March 3, 2026 (Mainichi Japan)": the date, then the edition in brackets)
            if prose_seen and _POST_STAMP.match(_VIEWS_TAIL.sub("", line)):
                # "8:02 PM · Nov 20, 2026" among the paragraphs: an embedded post's stamp (its
                # header not recognised), never the page's date
                post_dates.append(line)
                dropped.append(line)
                page.append((_FURNITURE, line))
                continue
            date_lines.append(line)
            page.append((_HEAD_MARK, line))
            continue
        if not prose_seen and n_words <= 8 and (m := _SPACED_DATE.match(line)) \
                and m.group("mon").lower().rstrip(".") in _MONTH_WORDS:
            # "Mar - 05 - 2026 , 07:15": month, day and year set apart by spaced hyphens
            date_lines.append(f"{m.group('mon')} {m.group('d')}, {m.group('y')}")
            page.append((_HEAD_MARK, line))
            continue
        if ("|" in line or "·" in line or "•" in line) and n_words <= 24 \
                and (by := _meta_byline(line)) is not None and (not prose_seen or _BYLINE.match(by)
                                                               or _LABELLED_STAMP.search(line)):
            # (under a standfirst too, when a "By" part names who wrote it or a label dates it:
            # "Noa Ben-Haim | Published: 02.10.26, 19:42")
            # "May 4, 2027 | By Jane Roe | 3 Comments": the story's date, author and comment count
            date_lines.append(line)
            byline = byline or by or None
            page.append((_HEAD_MARK, line))
            continue
        if (not prose_seen or n and _BYLINE.match(lines[n - 1])) and n_words == 2 and month_line(line) \
                and not any(month_line(x) for x in lines[max(n - 1, 0):n] + lines[n + 1:n + 2]):
            # "NOVEMBER 2026" alone above the headline or under the by-line: the page's date, to
            # the month (a list of months is an archive's menu)
            date_lines.append(line)
            page.append((_HEAD_MARK, line))
            continue
        if not prose_seen and n_words <= 6 and (m := _PLACE_MONTH.match(line)) and month_line(m.group("date")):
            # "HALDEN, March 2026" over the story: a dateline that gives the month only
            date_lines.append(m.group("date"))
            page.append((_HEAD_MARK, line))
            continue
        if not prose_seen and n_words <= 6 and _CLOCK_PLACE_DAY.match(line):
            page.append((_HEAD_MARK, line))     # "19:05 | Lima, Feb. 19.": a wire's stamp without its year
            continue
        if not prose_seen and n_words <= 6 and YEARLESS_STAMP.match(line):
            date_lines.append(line)     # "Updated: 17 November": dates.py may find its year
            page.append((_HEAD_MARK, line))
            continue
        if (not prose_seen or line[:10] in ("Posted on ", "Published ")) and n_words <= 24 and " by " in line \
                and _date_line(_AUTHOR_PART.sub("", line.split("|")[0].strip())):
            # ("Posted on 24 November 2026 by X | Press Statements, Media Freedom": the categories after it;
            # a site's motto in sentences above it is no story begun, but an embedded post's "Posted by
            # X on <date>" inside the story dates the post, not the page)
            # "Posted on 29 October 2026 by jroe", "Posted by Jane Roe on ...": a blog's posting
            # line above the story, its date and its author
            date_lines.append(line)
            byline = byline or line
            page.append((_HEAD_MARK, line))
            continue
        if not prose_seen and n_words <= 24 and has_digit(line) and (", " in line or "Date" in line) \
                and (m := _NAMED_DATE.match(line) or _FIELD_DATE.search(line)) \
                and (m.re is _NAMED_DATE or len(_FIELD.findall(line)) >= 2) and _date_line(m.group("date")) \
                and not _UPDATED.search(line):      # (an update's date is not the page's)
            # "Valley Courier, March 4, 2026" (the outlet or author, then the date) or a reference
            # line of labelled fields ("Ref: 12/26 Index: ABC 1/2/2026 Date: 4 March 2026") above
            # the story: the date is the page's; the reference numbers date nothing
            date_lines.append(m.group("date"))
            page.append((_HEAD_MARK, line))
            continue
        if not prose_seen and n_words <= 8 and (m := _DATE_FIELD_LINE.match(line)):
            # "Date: Megabit 15, 2018 E.C.": a release's date field on a line of its own, never a
            # paragraph of the story; its date is the page's only when it reads as one
            if _date_line(m.group("date")) and not _UPDATED.search(line):
                date_lines.append(m.group("date"))
            else:
                dropped.append(line)
            page.append((_HEAD_MARK, line))
            continue
        if line[:1] in "Tt" and n_words <= 60 and _POST_META.match(line) and full_dates(line):
            date_lines.append(line)     # the blog's own posting line under the story: its date
            page.append((_FOOT_MARK, line))
            continue
        if _RELATIVE_TIME.match(line) or "|" in line and n_words <= 12 and any(
                _RELATIVE_TIME.match(p.strip()) for p in line.split("|")):      # ("OUTLET | Updated 2 hours ago")
            # "Published : 2 hours ago": dates nothing, but a date line
            dropped.append(line)
            page.append((_HEAD_MARK, line))
            continue
        if lexicon.FURNITURE_RE.match(line):
            dropped.append(line)
            page.append((_HEAD_MARK if _HEADER_FURNITURE.match(line) else _FOOT_MARK, line))
            continue
        if n_words == 1 and line.lower() in _SOCIAL_WORDS and any(
                0 <= k < len(lines) and lines[k].lower() in _SOCIAL_WORDS for k in (n - 1, n + 1)):
            # "Facebook" / "X" / "WhatsApp": a share bar set one button a line; "X" alone is
            # no word of the story
            dropped.append(line)
            page.append((_HEAD_MARK, line))
            continue
        if n_words <= 8 and "min" in line.lower() and _READ_TIME.match(line):
            dropped.append(line)
            page.append((_HEAD_MARK, line))
            continue
        if n_words <= 20 and line[:1] in "TtAaWwHh" and line[:12].lower().startswith(_ACTION_STARTS) \
                and _ACTION_BOX.match(line):
            stops.append(len(page))     # an appeal's model letter below: the reader's words, not the story's
            dropped.append(line)
            page.append((_FOOT_MARK, line))
            continue
        kind = _classify(line, n_words)
        if kind:
            if kind == _FOOT_MARK and n_words <= 4 and (_RELEASE_END.match(line) or _TO_EDITORS.match(line)):
                stops.append(len(page))     # a press release's end: see _footer_start
            dropped.append(line)
            page.append((kind, line))
            continue
        if "©" in line and _CREDIT_LABEL.search(line) and (cap := _caption(line)) is not None:
            key = norm_key(cap.text)
            if key not in seen_caption:
                seen_caption.add(key)
                captions.append(cap)
            page.append((_CAPTION, line))
            continue
        low = folded(line)
        if n_words < 90 and (has_any(low, _COPYRIGHT_KEYS) and lexicon.COPYRIGHT_RE.search(line)
                             or has_any(low, ("licen", "commons")) and _LICENCE.search(line)):
            notices.append(line)
            page.append((_FOOT_MARK, line))
            continue
        if n_words <= 80 and (_EDITOR_NOTE.match(line) or _TRANSCRIPT_NOTICE.match(line)
                              or (low is None or low.startswith("this ")) and _AMENDED.match(line)
                              and (_AMENDED_HOW.search(line) or full_dates(line))) \
                or n_words <= 30 and _TRANSCRIPT_NOTE.match(line):
            notes.append(line)
            page.append((_FOOT_MARK, line))
            continue
        note = _NOTE.match(line)
        if note and (_ORIGIN.search(note.group("inner")) or not has_text):
            notes.append(line)
            page.append((_FOOT_MARK, line))
            continue
        if n_words <= 40 and line[:5].lower() == "this " and _FIRST_APPEARED.match(line):
            notes.append(line)
            page.append((_FOOT_MARK, line))
            continue
        if n_words <= 12 and _OTHER_EDITION.match(line):
            dropped.append(line)        # "Este artículo también está disponible en español.": the other edition
            page.append((_FURNITURE, line))
            continue
        if n_words <= 30 and line[:5].lower() == "this " and _COVERAGE_NOTE.match(line):
            dropped.append(line)        # the site's series label over the story, never its words
            page.append((_FURNITURE, line))
            continue
        if n_words <= 40 and (_PRINT_CREDIT.match(line) or _SOCIAL_PROMO.match(line) and not _REPORTED.search(line)):
            notes.append(line)
            page.append((_FOOT_MARK, line))
            continue
        if n_words <= 60 and (_CREDITS.match(line) or (n_words <= 40 and has_any(low, ("contributed",))
                                                         and _CONTRIBUTED.search(line)
                                                         and line[:1] not in _OPEN_MARKS)):
            notes.append(line)
            page.append((_FOOT_MARK, line))
            continue
        if not has_text and n_words <= 20 and _TOP_BAR.search(line) and (
                _PIPED.match(line) and _date_line(line.split("|")[0]) or full_dates(line) and not _TERMINAL.search(line)):
            # "Tuesday, 24 November 2026 | 12:40 PM | Manama 24°C", "Saturday, May 23, 2026 Saipan
            # 84°F Partly Cloudy": the site's bar with the day's date, the clock and the weather,
            # above the masthead: no by-line, no headline, and the day it was read bounds
            # publication only from above
            date_lines.append(line)
            page.append((_HEAD_MARK, line))
            continue
        if byline is None and n_words <= 20 and (
            _BYLINE.match(line) or (_PIPED.match(line) and (not has_text or _name_date_outlet(line)))
            or _LABEL_CREDITS.match(line)
        ):
            byline = line
            page.append((_HEAD_MARK, line))
            continue
        cap = _caption(line, n_words, low)
        if cap is None and prose_seen and n + 1 < len(lines) and _BARE_CREDIT.match(lines[n + 1]) \
                and 4 <= n_words <= 40 and not _TERMINAL.search(line) and not _REPORTED.search(line):
            # "Supporters celebrate in the square" over "Image: Jane Roe/Outlet": a caption
            # without a full stop, its credit on the line below (a heading has no credit)
            cap = RawCaption(line, lines[n + 1].split(":", 1)[1].strip())
        scene = line.split(":", 1)[0] if ": “" in line or ': "' in line else line
        if cap is None and n + 1 < len(lines) and _BARE_CREDIT.match(lines[n + 1]) and 4 <= n_words <= 40 \
                and not _FINITE.search(scene) and not _REPORTED.search(scene) and not _QUOTE_MARKS.search(scene):
            # "Delivery workers at the protest on Friday." over "Credit: DH Photo/X": a scene with no
            # verb of its own, its credit on the line below, above the story too (the scene may end on
            # a colon and the words of the one it shows: "X in the newsroom: “…”")
            cap = RawCaption(line, lines[n + 1].split(":", 1)[1].strip())
        if cap is None and n + 1 < len(lines) and n_words <= 60 and _SLASH_CREDIT.match(lines[n + 1]) \
                and (o := lines[n + 1].split("/", 1)[1].strip()) and (o.lower() in lexicon.OUTLETS or o == lines[0].strip()) \
                and f"{line}\n{lines[n + 1]}" in text:     # (right under it, in its block: not a paragraph's neighbour)
            # "X outside the court on Thursday. “…,” he said." over "Jane Roe/Toronto Star": the
            # photographer and the outlet (the page's own, or a known one) credit the line above
            cap = RawCaption(line, lines[n + 1].strip())
        if cap is None and prose_seen and n_words <= 40:
            cap = _scene_caption(line, lines, n)
        if cap is not None:
            key = norm_key(cap.text)
            if key not in seen_caption:
                seen_caption.add(key)
                captions.append(cap)
            if page and page[-1][0] == _TEXT and norm_key(page[-1][1]) == key:
                page[-1] = (_CAPTION, page[-1][1])      # the picture's text, then its labelled caption
            page.append((_CAPTION, line))
            continue
        key = norm_key(line)
        if key in seen_content:      # a repeated title block or repeated paragraphs
            dropped.append(line)
            continue
        seen_content.add(key)
        page.append((_TEXT, line))
        has_text = True
        prose_seen = prose_seen or _is_prose(line)

    texts = [i for i, (k, _) in enumerate(page) if k == _TEXT]

    # Header: masthead, section labels, then the headline.
    masthead = None
    t = 0
    while t < len(texts) - 1:
        line = page[texts[t]][1]
        if masthead is None and (_is_masthead(line, [page[j][1] for j in texts[t + 1:]])
                                 or _beside_menu(page, texts, t)
                                 or (t == 0 and _named_by_page(line, page)
                                     # ("MMI" over "Mimi Mefo Info": the line below spells the name)
                                     and not (len(texts) > 1 and _spells_out(page[texts[1]][1], line)))
                                 or (t == 0 and _named_by_notice(line, notices))
                                 or (t and _spells_out(line, page[texts[t - 1]][1]))
                                 or (t == 0 and _initials_below(line, page[texts[1]][1]))
                                 or (t == 0 and _named_with_domain(line))
                                 or (t == 0 and _caps_name_over_menu(page, texts[0], notices))
                                 or (t == 0 and _named_by_disclaimer(page, texts[0]))
                                 or (t == 0 and _camel_brand(page, texts[0]))):
            masthead = line
            if t and _logo_tail(line) and (above := page[texts[t - 1]][1]) in dropped and _logo_word(above):
                masthead = above    # "ASIA-PLUS" over "Media Group": the logo's name, then what kind of house it is
            elif t == 1 and _tagline_below(page[texts[0]][1], line) and _DESCRIBES.search(line):
                masthead = page[texts[0]][1]    # "NEW VISION" over "Uganda's Leading Daily": the name, then its tagline
        elif masthead is not None and word_count(line) <= 60 and line.lower().startswith(masthead.lower() + " is ") \
                and _SELF.match(line):
            dropped.append(line)    # the site's blurb under its name: "Valley Courier is an independent ..."
        elif masthead is not None and line[-1:] == "!" and _SUPPORT_PLEA.match(line):
            dropped.append(line)    # the site's plea under its name and menu: "Support The Courier!"
        elif not (_is_section_label(line) or t and _under_its_menu(page, texts, t)) or _is_prose(page[texts[t + 1]][1]):
            break
        else:
            dropped.append(line)
        t += 1
    if masthead and masthead[-1:] == ":" and t == 1:
        masthead = masthead[:-1].rstrip()      # (see _named_by_notice)
    t0 = t
    t = _past_labels(page, texts, t, dropped, masthead)
    if masthead is None and t0 == 0 < t and (m := _SITE_TITLE.match(page[texts[0]][1])) \
            and _menu_after(page, texts[0]) and m.group("name").lower() not in _NAV_WORDS \
            and not _in_story(m.group("name"), [page[i][1] for i in texts[t:]]):
        masthead = m.group("name")      # "Daily Courier - Latest News" over the menu: the site's name
    if masthead is None and t0 == 0 < t and (name := _edition_name(page[texts[0]][1], [page[i][1] for i in texts[t:]])):
        masthead = name                 # "Fjordpost English" over the menu, the story crediting "Fjordpost"
    if masthead is None and len(texts) > 1 and _tagline_below(page[texts[0]][1], page[texts[1]][1]):
        masthead = page[texts[0]][1]    # "The Courier" over "The valley's independent newspaper"
    if masthead and masthead.isupper() and (spelled := _more_from(masthead, page)):
        masthead = spelled      # the logo's capitals are lettering; the page spells the name
    if masthead and all(w.lower() in _NAV_WORDS for w in masthead.split()):
        masthead = None         # "NEWS", "Latest News": a menu's words, whatever took them for a name
    if masthead and _named_with_domain(masthead):
        masthead = _NAME_THEN_DOMAIN.match(masthead).group("name")  # "The Ledger ledger.com.xy": logo and address in one line
    title_derived = not (t < len(texts) and _is_title(page[texts[t]][1]))
    title = ""
    if not title_derived:
        title = page[texts[t]][1]
        t += 1
        # A date above the headline is the site's date of the day, or the article's: it
        # bounds publication from above but does not settle it.
        dated = set(date_lines)
        header_dates = [line for k, line in page[: texts[t - 1]] if k == _HEAD_MARK and line in dated]
        # (unless it is the story's own stamp, to the minute, right over its headline: "Nation
        # Jun 23, 2026 6:48 PM EDT"; the day's date in a site's top bar gives no time)
        over = page[texts[t - 1] - 1][1] if texts[t - 1] and page[texts[t - 1] - 1][0] == _HEAD_MARK else None
        if over in header_dates and (_TIME_OF_DAY.search(over) or _CLOCK_24.search(over)):
            header_dates.remove(over)
        # ("General News of Thursday, 26 February 2026": a section's own stamp for the story, by its weekday)
        header_dates = [d for d in header_dates if not _SECTION_OF_DAY.match(d)]
        date_lines = [d for d in date_lines if d not in set(header_dates)]
    else:
        header_dates = []
    rest = texts[t:]
    if masthead is None and not title_derived:
        masthead = _credited_header_name(page, texts[: t - 1], rest)

    # Body start: the first prose paragraph not followed by header furniture before the next
    # prose paragraph (a standfirst sits above the byline and date; the body below them).
    start = _body_start(page, rest, texts[t - 1] + 1 if not title_derived and t else 0)
    for i in rest:
        if i >= start:
            break
        line = page[i][1]
        dropped.append(line)
        if byline is None and (_name_and_outlet(line, masthead) or (
                _NAME_LINE.match(line) and not _is_outlet(line) and _next_to_date(page, i))):
            byline = line

    # A live page: entries under clock stamps all down the page. What sits above the first
    # stamp (standfirst, key points, captions) is the page's summary; the body is the entries'.
    # (from under the headline: the first entry's stamp may sit right above the first paragraph)
    clocks = [i for i in range(texts[t - 1] + 1 if not title_derived and t else rest[0] + 1 if rest else 0, len(page))
              if _is_clock(page[i][1])]
    # entries with headlines: most stamps have a line without a sentence's end under them, so
    # the line under each stamp is its entry's headline ("Turnout at 52% by 5 p.m." too)
    headed = len(clocks) >= 3 and 3 * sum(
        i + 1 < len(page) and not _SENTENCE_END.search(page[i + 1][1]) for i in clocks) >= 2 * len(clocks)
    if len(clocks) >= 3:
        pinned = next((i for i in rest if start <= i < clocks[0] and _is_prose(page[i][1])
                       and _PLACE_DASH_OPEN.match(page[i][1])), None)
        # (but "BACOLOD CITY — A court here on Wednesday ..." above the first stamp is the pinned
        # story's own first paragraph, a dateline opening it: the body starts there)
        start = pinned if pinned is not None else \
            max(start, next((i for i in rest if i > clocks[0] and _is_prose(page[i][1])), start))
        for i in rest:
            if i < start and page[i][1] not in dropped:
                dropped.append(page[i][1])

    # A radio or TV transcript: the page's summary and captions sit above the "Transcript"
    # label; the body is the speakers' turns from the first labelled one below it.
    # (the label may be dropped as a repeat of the audio player's button of the same name)
    turns = [i for i in rest if i >= start and page[i][1][:2].isupper() and _turn_label(page[i][1])]
    if len(turns) < 3 and (own := byline_names(lines[:50])):
        # (labels in ordinary case: "Jane Roe:  ...", the by-line's people among them)
        mixed = {i for i, *_ in _mixed_turns(tuple(page[i][1] for i in rest if i >= start), own)}
        turns = [i for k, i in enumerate(x for x in rest if x >= start) if k in mixed]
    if len(turns) >= 3 and turns[0] > start and any(_TRANSCRIPT_LABEL.match(ln.strip()) for ln in lines):
        for i in rest:
            if start <= i < turns[0] and page[i][1] not in dropped:
                dropped.append(page[i][1])
        start = turns[0]

    # Footer: the first footer furniture after which no body prose resumes.
    # (lowered once; no outlet key holds the NUL that keeps the lines apart)
    credits = "\0".join(x.lower() for x in [byline or ""] + notices)
    own = [o for o in _OUTLET_KEYS if o in credits]
    # (and the acronym a masthead in mixed case carries: "Valley Courier (VCN)" -> "VCN is a
    # non-profit ..."; every word of a masthead in capitals is no acronym: "BANGKOK POST")
    marks = [masthead.lower()] + [w.strip("()[]").lower() for w in masthead.split() if len(w.strip("()[]")) >= 3
                                  and w.strip("()[]").isupper()] * (not masthead.isupper()) if masthead else []
    end = _footer_start(page, start, own + marks, byline, stops)
    # (a case page's dated updates: see below)
    updates = _timeline(page, texts[t - 1] if not title_derived and t else start, end)
    body: list[str] = []
    for i in rest:
        if start <= i < end:
            if _inset_line(page[i][1]) or _subheading(page, i) or _entry_heading(page, i, headed) or _author_card(page, i) \
                    or _boxed_line(page, i) or _fact_box(page, i) \
                    or _sponsor_block(page, i) or _post_line(page, i) or _support_plea(page, i, end) \
                    or i - 1 in updates \
                    or page[i][1][:1] == "(" and _CUE.match(page[i][1]):
                dropped.append(page[i][1])      # an ad label, a link line, a credit, a stamp
            else:
                body.append(page[i][1])
        elif i >= end:
            dropped.append(page[i][1])
    # A date under a headline below the story (a list of other stories) is that story's date.
    listed = {page[i][1] for i in range(max(end, start + 1), len(page))
              if page[i][0] == _HEAD_MARK and _listed_date(page, i)}
    date_lines = [d for d in date_lines if d not in listed]
    # Updates listed on a case page: each update's date line and heading are no paragraphs,
    # and the page is as new as its newest update (the older ones date their own entries).
    if updates:
        newest = page[max(updates, key=updates.get)][1]
        shown = {page[i][1] for i in updates}
        date_lines = [newest] + [d for d in date_lines if d not in shown]
        header_dates = [d for d in header_dates if d not in shown]

    date_lines += url_dates
    body = _drop_repeats(body)
    standfirst = None
    # A summary box: the first lines of the body set as one block of short sentences, one a
    # line, where the page otherwise parts paragraphs with blank lines.
    summary = _summary_lines(text)
    k = 0
    while k < len(body) and norm_key(body[k]) in summary:
        k += 1
    if k >= 2 and len(body) > k + 2:
        standfirst, body = " ".join(body[:k]), body[k:]
    if standfirst is None and len(body) > 2 and word_count(body[0]) <= 45 and _repeated_later(body[0], body[1:]):
        standfirst = body.pop(0)
    pulls: list[str] = []
    kept: list[str] = []
    pulled = False
    keys = [norm_key(par) for par in body]      # all different: repeats were dropped above
    joined = "\0".join(keys)
    for i, par in enumerate(body):
        inner = _unquoted(par)
        n = word_count(par)
        if inner and word_count(inner) <= 60 and (
            (ik := norm_key(inner)) and joined.count(ik) > keys[i].count(ik)    # found in another paragraph
            and not _echoed_only_by_credited(body, keys, i, ik)
        ) or not inner and 8 <= n <= 60 and joined.count(keys[i]) > 1 and par.rstrip()[-1:] != ":":
            # (the same words set apart without quotation marks are a pull quote too: no body
            # paragraph of the gold sets is wholly repeated inside another; a line ending in a
            # colon opens the list below it, however its words echo the lede)
            pulls.append(inner or par)
            pulled = True
            continue
        if pulled and (_PULL_CREDIT.match(par) and n <= 12 or _NAME_LINE.match(_credit_name(par))
                       and n <= 8) and not _SENTENCE_END.search(par):
            dropped.append(par)     # "— Jane Doe", "Jane Doe, lawyer" under a pull quote
            continue
        if i + 1 < len(body) and n <= 60 and _quoting_caption(par, keys[i + 1]):
            dropped.append(par)     # an uncredited photo caption quoting the paragraph below
            continue
        pulled = False
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
        header_dates=tuple(header_dates),
        interview=interview(tuple(kept), byline_names(lines[:50])),
        post_dates=tuple(post_dates),
        live=len(clocks) >= 3,
    )


# "Mothers hold photographs in Kilinochchi on Saturday. "We will not stop," said Jane Roe.":
# one plain sentence saying what a picture shows, then a credited quotation.
_CAPTION_QUOTE = re.compile(r"^(?P<scene>[^“”\"]{20,200}?[.])\s+[“\"](?P<q>[^“”\"]{12,200}?)[,.!?]?[”\"]\s*,?\s*"
                            r"(?:said|says)\s+[^“”\".]{3,60}[.]$")


def _quoting_caption(par: str, next_key: str) -> bool:
    """An uncaptioned photo caption set in the body: a scene sentence with no reporting in it,
    then a quotation "..., said Name." whose words open the paragraph right below, where the
    story reports them itself."""
    m = _CAPTION_QUOTE.match(par.strip()) if '"' in par or "“" in par else None
    if not m or _REPORTED.search(m.group("scene")):
        return False
    q = norm_key(m.group("q"))
    return word_count(m.group("q")) >= 4 and next_key.startswith(q)


def _echoed_only_by_credited(body: list[str], keys: list[str], i: int, ik: str) -> bool:
    """True when body[i], a bare quotation, is repeated only by quotations set apart with a
    dash credit ("“...” — Jane Doe"): those are the pull quotes, the bare one is the story's."""
    if _PULL_CREDIT_TAIL.search(body[i].strip()):
        return False
    others = [j for j, k in enumerate(keys) if j != i and ik in k]
    return bool(others) and all(_PULL_CREDIT_TAIL.search(body[j].strip()) and _unquoted(body[j])
                                and norm_key(_unquoted(body[j])) == ik for j in others)


_COMMENTER = re.compile(r"[A-Z][\w .’'-]{1,40} says:")
# A list box's heading after the story has begun: "More from Valley Courier", "Latest News".
_LIST_HEADING = re.compile(
    r"^(?:more (?:from|in|on)\b.{1,40}|more (?:stories|news|headlines)|latest(?: news| stories| headlines| updates)?|"
    r"most (?:read|popular|viewed|shared)|must[- ]reads?|trending(?: now| stories| news)?|top stories|popular(?: now| stories)?|"
    r"editor[’']?s picks?|related(?: articles?| stories| reports| posts| news| coverage)?|read also|also read|"
    r"see also)\s*:?$",
    re.IGNORECASE,
)


def _insets(lines: list[str], post_dates: list[str] | None = None) -> set[int]:
    """Indices of lines that belong to a box set into the article: a list of links to other
    stories, an embedded social-media post, a promotion box between skip links, a "Read
    more" heading and the headlines under it. Found before numbering so that the body
    paragraphs around such a box keep the numbers a reader counts. `post_dates` receives the
    date lines of the embedded posts (an article is never older than a post it shows)."""
    out: set[int] = set()
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        if _LIST_OF_ITEMS.fullmatch(line):
            j = i
            while j < n and j - i <= 40 and not _END_OF_LIST.fullmatch(lines[j]):
                j += 1
            if j < n and j - i <= 40:
                out.update(range(i, j + 1))
                if i and _RELATED.match(lines[i - 1]) and word_count(lines[i - 1]) <= 4:
                    out.add(i - 1)          # "Recommended Stories" over the list
                i = j + 1
                continue
        elif _BOX_OPEN.match(line):
            j = next((k for k in range(i + 1, min(n, i + 15)) if _BOX_CLOSE.match(lines[k])), None)
            if j is not None:
                out.update(range(i, j + 1))
                i = j + 1
                continue
        elif "@" in line and len(line) <= 80 and _POST_HEAD.match(line):     # (both branches need an "@")
            out.add(i)
            if line.startswith("@") and i and word_count(lines[i - 1]) <= 5 and (
                    _NAME_LINE.match(lines[i - 1]) or _handle_of(lines[i - 1], line)):
                out.add(i - 1)      # the poster's name over the handle
            # the post's text, up to its date line
            j = next((k for k in range(i + 1, min(n, i + 4)) if _date_line(_VIEWS_TAIL.sub("", lines[k]))), None)
            if j is not None:
                if post_dates is not None:
                    post_dates.append(lines[j])
                while j + 1 < n and _POST_COUNTS.match(lines[j + 1]):
                    j += 1          # its counters under the date: "2.4K Reposts 7.1K Likes"
                out.update(range(i + 1, j + 1))
                i = j + 1
                continue
            # or closed by its age and counters, without a date: "2h · 4.1K reposts"
            j = next((k for k in range(i + 2, min(n, i + 4)) if _age_counts(lines[k])), None)
            if j is not None:
                out.update(range(i + 1, j + 1))
                i = j + 1
                continue
        elif " @" in line and len(line) <= 100 and (m := _NAME_HANDLE_AGE.match(line)) \
                and (_POST_AGE.match(m.group("age")) or _date_line(m.group("age"))) and (j := next(
                (k for k in range(i + 1, min(n, i + 5)) if _POST_COUNTS.match(lines[k]) or _ICON_COUNTS.match(lines[k])),
                None)) is not None:
            # "Jane Roe @janeroe · Nov 3" / the post's words / its counters ("♡ 2.1K ↻ 1.4K")
            if post_dates is not None and full_dates(m.group("age")):
                post_dates.append(m.group("age"))
            out.update(range(i, j + 1))
            i = j + 1
            continue
        elif " @" in line and len(line) <= 80 and _NAME_HANDLE.match(line) and (j := next(
                (k for k in range(i + 1, min(n, i + 4)) if _date_line(_VIEWS_TAIL.sub("", lines[k]))), None)) is not None:
            # "Jane Roe @janeroe" / the post's words / its date line
            if post_dates is not None:
                post_dates.append(lines[j])
            while j + 1 < n and _POST_COUNTS.match(lines[j + 1]):
                j += 1
            out.update(range(i, j + 1))
            i = j + 1
            continue
        elif " @" in line and len(line) <= 80 and _NAME_HANDLE.match(line) and (j := next(
                (k for k in range(i + 2, min(n, i + 4)) if _TRANSLATE_POST.match(lines[k])), None)) is not None:
            out.update(range(i, j + 1))     # "Jane Roe @janeroe" / the post's words / "Translate post"
            i = j + 1
            continue
        elif " @" in line and len(line) <= 80 and _NAME_HANDLE.match(line) and (j := next(
                (k for k in range(i + 2, min(n, i + 4)) if _POST_COUNTS.match(lines[k])), None)) is not None:
            out.update(range(i, j + 1))     # "Jane Roe @janeroe" / the post's words / "Reply Repost Like"
            i = j + 1
            continue
        elif " @" in line and len(line) <= 100 and _FOLLOW_TAIL.search(line) \
                and _NAME_HANDLE.match(_FOLLOW_TAIL.sub("", line)) and (j := next(
                (k for k in range(i + 1, min(n, i + 5)) if _POST_COUNTS.match(_AGE_HEAD.sub("", lines[k]))), None)) is not None:
            out.update(range(i, j + 1))     # "Jane Roe @janeroe · Follow" / the words / "Sunday · 2K Likes"
            i = j + 1
            continue
        elif len(line) <= 40 and _HANDLE_FOLLOW.match(line) and (j := next(
                (k for k in range(i + 2, min(n, i + 5)) if _POST_COUNTS.match(lines[k])), None)) is not None:
            while j + 1 < n and _POST_COUNTS.match(lines[j + 1]):
                j += 1      # "jane.roe • Follow" / the post's words / "1,204 likes" / "View all 88 comments"
            out.update(range(i, j + 1))
            i = j + 1
            continue
        elif line[:1].islower() and len(line) <= 30 and _HANDLE.match(line) and (j := _post_end(lines, i)) is not None:
            out.update(range(i, j + 1))     # "jane.roe_" / the post's words / "View this post on X"
            i = j + 1
            continue
        elif "(@" in line and _POST_TAIL.search(line):
            out.add(i)
            if i and _POST_URL.search(lines[i - 1]):
                out.add(i - 1)
            elif i and line[:1] in "—–―-" and word_count(lines[i - 1]) <= 60 and not _REPORTED.search(lines[i - 1]):
                out.add(i - 1)      # the post's words on the line above its "— Name (@handle) date"
        elif i and len(line) <= 40 and _POST_AGE.match(line) \
                and word_count(lines[i - 1]) <= 6 and not _TERMINAL.search(lines[i - 1]) \
                and not lines[i - 1][:3].lower() == "by " \
                and i + 1 < n and not _POST_COUNTS.match(lines[i + 1]) \
                and (j := next((k for k in range(i + 2, min(n, i + 8)) if _POST_COUNTS.match(lines[k])), None)):
            # (a post has words between its age and its counters: "Jane Roe / March 19, 2026 /
            # 0 Comments" over a story is its by-line, date and comment count)
            while j + 1 < n and _POST_COUNTS.match(lines[j + 1]):
                j += 1
            out.update(range(i - 1, j + 1))     # the poster's name, the age, the words, the counters
            i = j + 1
            continue
        elif i >= 2 and len(line) <= 40 and _POST_COUNTS.match(line) and word_count(lines[i - 2]) <= 5 \
                and _NAME_LINE.match(lines[i - 2]) and lines[i - 3:i - 2] and lines[i - 3].rstrip()[-1:] == ":" \
                and word_count(lines[i - 1]) <= 80 and not _REPORTED.search(lines[i - 1]):
            # a post the story introduces with a colon, set in without its age: the poster's
            # name, the post's words, its buttons ("Like · Comment · Share")
            out.update(range(i - 2, i + 1))
        elif i and i + 1 < n and len(line) <= 40 and (line.rstrip()[-1:] in "·•" or line[-3:-2] in ":.") \
                and " at " in line and _POST_AGE.match(line) and _fb_post(lines, i):
            out.update(range(i - 1, i + 2))     # the page's name, "Nov. 3 at 9:05 PM ·", the post's words
            i += 2
            continue
        elif line.endswith(" says:") and i + 2 < n and _COMMENTER.fullmatch(line) and _date_line(lines[i + 1]):
            out.update((i, i + 1, i + 2))     # "Toledo Gyal says:" / "February 18th, 2026 at 7:14 am" / the reader's comment
            i += 3
            continue
        elif line[:8].lower() == "support " and word_count(line) <= 5 and i + 1 < n \
                and _SUPPORT_HEAD.match(line) and _APPEAL.search(lines[i + 1]):
            out.add(i)      # "Support The Courier" heading a donation box set into the story
        elif line[-1:] == "!" and word_count(line) <= 4 and i + 1 < n and not _QUOTE_MARKS.search(line) \
                and _APPEAL.search(lines[i + 1]):
            out.add(i)      # "Keep going!" over "X is made possible by its members. Join today ...": the box's call
        elif (_RELATED.match(line) and _BARE_HEADING.fullmatch(line) and word_count(line) <= 4
              or len(line) <= 50 and _LIST_HEADING.match(line) and any(_is_prose(x) for x in lines[:i])):
            # a bare heading: the headlines under it (and their dates), up to the next sentence
            j = i + 1
            # (a headline may ask its question: "Gatherings Act: how much notice must protesters give?")
            while j < n and j - i <= 12 and (not _is_prose(lines[j]) and not _SENTENCE_END.search(lines[j])
                                             or _QUESTION_HEADLINE.fullmatch(lines[j])) \
                    and word_count(lines[j]) <= 20 and not lexicon.COPYRIGHT_RE.match(lines[j]) \
                    and not (lines[j][:1] in "Ff" and _FIRST_PUBLISHED.match(lines[j])):
                out.add(j)
                j += 1
        i += 1
    return out


# a headline that asks its question after a topic and a colon: "Gatherings Act: how much notice ...?"
_QUESTION_HEADLINE = re.compile(r"[A-Z][^.!?“”\"]{2,60}:\s+[^.!“”\"]{5,120}\?")
_AGE_SEP = re.compile(r"\s*[·•]\s*")


def _age_counts(line: str) -> bool:
    """A post's age and counters on one line: "2h · 4.1K reposts", "Mar 3 · 80 likes"."""
    parts = _AGE_SEP.split(line, maxsplit=1) if len(line) <= 60 else []
    return len(parts) == 2 and bool(_POST_AGE.match(parts[0])) and bool(_POST_COUNTS.match(parts[1]))


# "First published: 14/03/2031 - 18:05" under a list of other headlines: the page's own date
# line (a listed story's date carries no such label), not one of the list's lines.
_FIRST_PUBLISHED = re.compile(r"^first published\s*(?:on\s*)?:?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?\d",
                              re.IGNORECASE)    # (a weekday may lead: "First published: Monday, 3 May 2027")


_QUOTE_MARKS = re.compile(r"[“”\"]")
# A donation box's heading: "Support us", "Support The Courier" (the outlet's name, no sentence).
# "Support our journalism" over the outlet's plea in a sentence or two ("The country needs
# fearless reporting. X is doing just that."): the plea is the page's, not the story's.
_SUPPORT_JOURNALISM = re.compile(r"^support (?:our|independent|quality|free|fearless) journalism\W*$", re.IGNORECASE)


def _support_plea(page: list[tuple[str, str]], i: int, end: int) -> bool:
    line = page[i][1]
    return 0 < i and page[i - 1][0] != _TEXT and _SUPPORT_JOURNALISM.match(page[i - 1][1]) is not None \
        and word_count(line) <= 80 and not ('“' in line or '”' in line or '"' in line) \
        and not _REPORTED.search(line) and all(k != _TEXT for k, _ in page[i + 1:end])


# A masthead with the site's web address run into it: "The Ledger ledger.com.xy".
_NAME_THEN_DOMAIN = re.compile(r"^(?P<name>[A-Z][\w&’'-]*(?:\s[A-Z][\w&’'-]*){0,4})\s+(?:https?://)?(?:www\.)?"
                               r"(?P<domain>[a-z0-9-]+)(?:\.[a-z]{2,6}){1,3}/?$")


def _named_with_domain(line: str) -> bool:
    """A name and a web address that spells it (its letters run together, with or without
    "the"): the site's logo over its address, never another site's address."""
    m = _NAME_THEN_DOMAIN.match(line) if "." in line else None
    letters = re.sub(r"[^a-z0-9]", "", m.group("name").lower()) if m else ""
    return bool(m) and m.group("domain").replace("-", "") in (letters, letters.removeprefix("the"))


def _fb_post(lines: list[str], i: int) -> bool:
    """Line i, a post's stamp with its clock and the site's trailing dot ("Nov. 3 at 9:05 PM ·";
    or ending in its clock, "Friday at 09:40"),
    sits between a short name line (the page that posted) and one line of unquoted words, with
    no counters below: an embedded post copied without its buttons."""
    name, words = lines[i - 1], lines[i + 1]
    return word_count(name) <= 6 and not _TERMINAL.search(name) and name[:3].lower() != "by " \
        and _NAME_LINE.match(name) is not None and word_count(words) <= 80 and not _REPORTED.search(words) \
        and not ('“' in words or '”' in words or '"' in words)


_SUPPORT_HEAD = re.compile(r"^(?i:support)\s+(?:us|[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,3})$")


def _post_end(lines: list[str], i: int) -> int | None:
    """For an account name alone on line i: the index of the embedded post's link line a few
    lines below ("View this post on X", the post's words between), or i itself when that link
    line sits right above the name; None when no post is there."""
    below = next((k for k in range(i + 1, min(len(lines), i + 4)) if _POST_LINK.match(lines[k])), None)
    if below is not None:
        # "View profile" under the name, the post's words, then "View more on X"
        below = next((k for k in range(min(len(lines), below + 4) - 1, below, -1) if _POST_LINK.match(lines[k])), below)
        while below + 1 < len(lines) and _POST_COUNTS.match(lines[below + 1]):
            below += 1      # its counters under the link line: "3,418 likes"
        return below
    return i if i and _POST_LINK.match(lines[i - 1]) else None


# A live page's entry time: "23:41", "9.05 am", "14:20 CET" (quotes.py reads it opening an entry's text)
CLOCK_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?"
# (alone on its line, or a stamp's part: "Last updated 16:48")
_CLOCK = re.compile(r"^(?:(?:last\s+)?(?:posted|updated|published|modified)(?: at)?:?\s*)?" + CLOCK_TIME + "$", re.IGNORECASE)
# ... or the day before the time: "Feb 24, 2026 18:02 (IST)", "24 Feb 2026, 18:02 IST"
_DATED_CLOCK = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s+\d{4},?\s+"
                          r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:GMT|UTC|[A-Z]{2,4})\)?)?$", re.IGNORECASE)


def _is_clock(line: str) -> bool:
    """A live entry's time stamp: "14:05", "08:41:05", "2.30pm GMT", "Posted at 17:40",
    "Feb 24, 2026 18:02 (IST)"."""
    return (line[:1].isdigit() or line[:1] in "PUpu") and bool(_CLOCK.match(line)) \
        or len(line) <= 32 and bool(_DATED_CLOCK.match(line))


def _entry_heading(page: list[tuple[str, str]], i: int, headed: bool = False) -> bool:
    """The headline of a live page's entry: a line without a sentence's end right under the
    entry's clock time (any short line there, with text below, when `headed`: the page gives
    every entry a headline). The entry's text starts below it."""
    line = page[i][1]
    if i == 0 or not _is_clock(page[i - 1][1]) or word_count(line) > 20:
        return False
    if not _SENTENCE_END.search(line):
        return True
    # (the entry's photo and its caption may sit between its headline and its text)
    j = next((j for j in range(i + 1, len(page)) if page[j][0] != _CAPTION), len(page))
    return headed and word_count(line) <= 12 and j < len(page) and page[j][0] == _TEXT and _is_prose(page[j][1])


# "Transcript", "Transcript Audio", "Read the Full Transcript": the label over a transcript
_TRANSCRIPT_LABEL = re.compile(r"^(?:(?:read|view|see)\s+(?:the\s+)?(?:full\s+)?)?transcript(?:\s+(?:audio|video))?$", re.IGNORECASE)


def _turn_label(line: str) -> bool:
    """"JANE ROE, HOST: ...", "ROE: ...": a transcript's speaker label in capitals."""
    label = line.split(":", 1)[0] if ":" in line else ""
    return 1 <= len(label.split()) <= 6 and label.isupper() and len(label) >= 2


# "(SOUNDBITE OF MUSIC)", "(LAUGHTER)": a transcript's cue in capitals, no one's words.
_CUE = re.compile(r"^\((?=[^()]*[A-Z]{3})[^()a-z]{3,60}\)$")
# "Accuracy and availability of X transcripts may vary.": the transcript's standing notice.
_TRANSCRIPT_NOTICE = re.compile(
    r"^(?:accuracy and availability of [^.]{0,40}transcripts? may vary|this (?:is a )?(?:rush )?transcript\b[^.]{0,40}"
    r"\b(?:may not be|is not) (?:in )?(?:its )?final\b)", re.IGNORECASE)


# a quotation mark, not an apostrophe inside a word ("The army's response" is a heading)
_QUOTE_MARK_IN_HEAD = re.compile(r"[“”\"‘]|(?<![A-Za-z])['’]|['’](?![A-Za-z])")


def _subheading(page: list[tuple[str, str]], i: int) -> bool:
    """A section heading inside the story ("Background", "What happens next"): a short line
    without a sentence's end or quotation marks, with body prose right above and right below.
    It names a part of the story; it is not a paragraph a reader cites."""
    line = page[i][1]
    if line[-1:] == "?" and _question_heads(page, i) or line[-1:] in "’”'\"" and _quoted_head(line) and not any(
            k != i and kind == _TEXT and norm_key(line[1:-1]) in norm_key(t) for k, (kind, t) in enumerate(page)):
        pass        # (a quoted line the story says again elsewhere is a pull quote, kept for that)
    elif len(line) > 80 or word_count(line) > 6 or _TERMINAL.search(line) or _QUOTE_MARK_IN_HEAD.search(line) \
            or not line[:1].isupper() or not 0 < i < len(page) - 1:
        return False
    # (above it, a section's last paragraph may be followed by a photo's caption or by a pull
    # quote's "— Name, ..." credit line: the heading still opens the next section; below it, a
    # newsletter box may come before the section's first paragraph)
    k = i - 1
    while k > 0 and k > i - 3 and page[k][0] in (_FURNITURE, _FOOT_MARK, _HEAD_MARK):
        k -= 1      # ("Related: ..." between the section's last paragraph and the heading)
    above_kind, above = page[k]
    j = i + 1
    while j < min(len(page) - 1, i + 4) and (page[j][0] in (_FURNITURE, _FOOT_MARK) or _boxed_line(page, j)):
        j += 1
    return page[j][0] == _TEXT and _is_prose(page[j][1]) and (
        above_kind == _CAPTION or above_kind == _TEXT and (
            _is_prose(above) or bool(_PULL_CREDIT.match(above)) and word_count(above) <= 12
            or above[:1] in "“\"" and bool(_PULL_CREDIT_TAIL.search(above))))     # "“…” — Jane Roe" on one line


# what a reporter's card under a name says the person does ("Political correspondent")
_JOB_WORDS = frozenset({"correspondent", "reporter", "editor", "presenter", "producer", "journalist", "writer",
                        "columnist", "analyst", "contributor", "anchor"})


def _job_line(line: str) -> bool:
    return word_count(line) <= 4 and not _TERMINAL.search(line) and any(w in _JOB_WORDS for w in line.lower().split())


def _author_card(page: list[tuple[str, str]], i: int) -> bool:
    """A reporter's card set among a live page's entries: the name on one line, the job on the
    next ("Jane Roe" / "Political correspondent"), a handle maybe under it. No paragraph."""
    line = page[i][1]
    if _NAME_LINE.match(line):
        return i + 1 < len(page) and _job_line(page[i + 1][1])
    return _job_line(line) and i > 0 and bool(_NAME_LINE.match(page[i - 1][1]))


def _boxed_line(page: list[tuple[str, str]], i: int) -> bool:
    """A short line without a sentence's end between two furniture lines ("Newsletter" / "« The
    Morning Tide »" / "... Sign up"): a line of the box they belong to."""
    line = page[i][1]
    return 0 < i < len(page) - 1 and page[i][0] == _TEXT and page[i - 1][0] in (_FURNITURE, _FOOT_MARK) \
        and page[i + 1][0] in (_FURNITURE, _FOOT_MARK) and word_count(line) <= 8 and not _TERMINAL.search(line) \
        and not ('“' in line or '”' in line or '"' in line)


# A timeline or key-facts box set inside the story: its heading ("Timeline", "Key dates") and
# its short dated entries ("March 3 — Permit revoked"), two or more entries in a row.
_BOX_HEADING = re.compile(r"^(?:timeline|chronology|key (?:facts|dates|events|points)|fact ?box|fast facts|"
                          r"at a glance|the (?:case|story) so far)\s*:?$", re.IGNORECASE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_BOX_ENTRY = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH
                        + r"(?:\s+\d{4})?|" + _MONTH + r"\s+(?:19|20)\d{2}|(?:19|20)\d{2})\s*[—–:-]\s+\S")


# A box's entry set as a bullet ("• 2019: ..."), one dated by its month alone ("• March: ..."),
# and a heading that names the box's subject ("Timeline: The strikes at the mill").
_BOX_BULLET = re.compile(r"^[•▪◦·*]\s+")
_BOX_MONTH_ENTRY = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December)\s*[—–:]\s+\S")
_BOX_TITLED = re.compile(r"^(?:timeline|chronology|key (?:facts|dates|events))\s*:\s+[^.!?“”\"]{3,80}$", re.IGNORECASE)


# A box's bulleted entry may be dated by a word of time ("- Last week: ...", "• Tuesday: ...").
_BOX_DASH = re.compile(r"^[-–]\s+(?=\S)")
_BOX_WHEN_ENTRY = re.compile(r"^(?i:(?:last|next|this|early|late)\s(?:week|weekend|month|year)|yesterday|today|"
                             r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:day|week) \d{1,2})\s*[—–:]\s+\S")


def _box_entry(line: str) -> bool:
    if line[:1] in "•▪◦·*" or line[:1] in "-–" and _BOX_DASH.match(line):
        line = (_BOX_BULLET if line[:1] not in "-–" else _BOX_DASH).sub("", line, count=1)
        m = _BOX_ENTRY.match(line) or _BOX_MONTH_ENTRY.match(line) or _BOX_WHEN_ENTRY.match(line)
    else:
        m = _BOX_ENTRY.match(line)
    return bool(m) and word_count(line) <= 15 and not _STOP_SENTENCE.search(line[m.end() - 1:]) \
        and not ('“' in line or '”' in line or '"' in line) and not _REPORTED.search(line)


def _fact_box(page: list[tuple[str, str]], i: int) -> bool:
    """Line i is a box's heading with a dated entry below it, or an entry next to another."""
    line = page[i][1]
    below = page[i + 1][1] if i + 1 < len(page) else ""
    if _BOX_HEADING.match(line) or _BOX_TITLED.match(line):
        return _box_entry(below)
    if not _box_entry(line):
        return False
    above = page[i - 1][1] if i else ""
    return _box_entry(above) or _box_entry(below) or bool(_BOX_HEADING.match(above) or _BOX_TITLED.match(above))


# An embedded social post pasted as one line: its text closed by the post's own time stamp
# ("... 9:05 PM · Mar 3, 2027"), under its "@handle" line or opening with "@handle:".
_POST_LINE_STAMP = re.compile(r"\s\d{1,2}:\d{2}\s?[AaPp][Mm]\s?[·•]\s?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$")
_HANDLE_LEAD = re.compile(r"^@\w{2,30}:\s")
_HANDLE_ALONE = re.compile(r"^@\w{2,30}$")


def _post_line(page: list[tuple[str, str]], i: int) -> bool:
    line = page[i][1]
    # (the stamp's clock needs a ":")
    if ":" not in line or not _POST_LINE_STAMP.search(line) or word_count(line) > 80:
        return False
    return bool(_HANDLE_LEAD.match(line)) or i > 0 and bool(_HANDLE_ALONE.match(page[i - 1][1]))


# A sponsored-links block: "Sponsored", two or three teaser lines, "Promoted by partner".
_SPONSOR_OPEN = re.compile(r"^(?:sponsored(?: (?:links?|stories|content))?|promoted(?: (?:links?|stories|content))?|"
                           r"from (?:our|the web|around the web)(?: partners?)?|you may like|ads? by \w+)\s*:?$",
                           re.IGNORECASE)
_SPONSOR_CLOSE = re.compile(r"^(?:promoted|sponsored|recommended|ads?|paid for) by\b.{0,30}$", re.IGNORECASE)


def _teaser(line: str) -> bool:
    return word_count(line) <= 12 and not _SENTENCE_END.search(line) and not ('“' in line or '”' in line or '"' in line)


def _sponsor_block(page: list[tuple[str, str]], i: int) -> bool:
    """Line i is a sponsored block's closing credit, or a teaser line under its label or above
    its credit (each teaser short and unpunctuated, as link lines are)."""
    line = page[i][1]
    if _SPONSOR_CLOSE.match(line) and word_count(line) <= 6:
        return True
    if not _teaser(line):
        return _sponsored_headline(page, i)
    for step, edge in ((-1, _SPONSOR_OPEN), (1, _SPONSOR_CLOSE)):
        j = i + step
        while 0 <= j < len(page) and abs(j - i) <= 4:
            if edge.match(page[j][1]) and word_count(page[j][1]) <= 6:
                return True
            if not _teaser(page[j][1]):
                break
            j += step
    return False


def _sponsored_headline(page: list[tuple[str, str]], i: int) -> bool:
    """A longer ad headline ("Own a flat by the river for a small monthly sum", no full stop)
    counts as the block's only when the block's label sits above it and its credit below."""
    line = page[i][1]
    if word_count(line) > 20 or _SENTENCE_END.search(line) or ('“' in line or '”' in line or '"' in line):
        return False
    found = 0
    for step, edge in ((-1, _SPONSOR_OPEN), (1, _SPONSOR_CLOSE)):
        j = i + step
        while 0 <= j < len(page) and abs(j - i) <= 4:
            if edge.match(page[j][1]) and word_count(page[j][1]) <= 6:
                found += 1
                break
            if word_count(page[j][1]) > 20 or _SENTENCE_END.search(page[j][1]):
                break
            j += step
    return found == 2


# "‘We will not leave our river’": a subhead set in quotation marks, a few words with no
# sentence's end or comma inside (a quoted paragraph ends its sentence inside its marks).
_QUOTED_HEAD = re.compile(r"^[‘“'\"][A-Z](?:[^“”\"‘’'.!?,;:]|[’'](?=\w)){2,60}[’”'\"]$")


def _quoted_head(line: str) -> bool:
    return bool(_QUOTED_HEAD.match(line)) and word_count(line) <= 8


# "What happens next?", "Who is protesting?": an explainer's question subhead, short, asked of
# no one in particular (an interview's question to its guest says "you").
_QUESTION_HEAD = re.compile(r"^[A-Z][^“”\"‘’:]{2,60}\?$")
_SECOND_PERSON = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


def _question_head(line: str) -> bool:
    return bool(_QUESTION_HEAD.match(line)) and word_count(line) <= 8 and not _SECOND_PERSON.search(line)


_FIRST_PERSON = re.compile(r"(?<![“‘\"])\b(?:I|I’m|I'm|I’ve|I've|my|me)\b")
# (an answer's whole block may speak for the speaker's people: "We went to the mine", "our members")
_FIRST_PERSON_ANY = re.compile(r"(?<![“‘\"])\b(?:I|I’m|I'm|I’ve|I've|my|me|[Ww]e|[Oo]ur|us)\b")


def _question_heads(page: list[tuple[str, str]], i: int) -> bool:
    """Line i is one of two or more question subheads set between the story's paragraphs, as
    an explainer sets them: each alone on its line with prose right above and right below."""
    def between(k: int) -> bool:
        return 0 < k < len(page) - 1 and _question_head(page[k][1]) and page[k + 1][0] == _TEXT \
            and _is_prose(page[k + 1][1]) and page[k - 1][0] in (_TEXT, _CAPTION)
    if not (between(i) and any(k != i and page[k][1][-1:] == "?" and between(k) for k in range(len(page)))):
        return False
    # (but an interview without labels: the questions are answered in the first person, "I", "my",
    # below them; the questions are paragraphs of the exchange, cited as such)
    heads = [k for k in range(len(page)) if page[k][1][-1:] == "?" and between(k)]
    answered = sum(1 for a, b in zip(heads, heads[1:] + [len(page)])
                   if any(_FIRST_PERSON_ANY.search(page[k][1]) for k in range(a + 1, b) if page[k][0] == _TEXT))
    return 2 * answered < len(heads)


# The heading of a summary box above the story: "What you need to know:", "Key points".
_BOX_LABEL = re.compile(r"^(?:what you need to know|key (?:points|takeaways|facts)|(?:story )?highlights|in brief|"
                        r"at a glance|(?:in )?summary|the gist|tl;?dr)\s*:?$", re.IGNORECASE)


def _summary_box(text: str, lines: list[str]) -> set[str]:
    """Keys of the lines of a summary box: a block that opens with its heading ("What you need
    to know:") and holds at most five short lines under it. The box restates the story for a
    skimming reader; its lines are not paragraphs a reader counts. (`lines`: _lines(text), to
    find a heading before the text is split into blocks; no heading is longer than 24 letters.)"""
    heads = [i for i, ln in enumerate(lines) if len(ln) <= 24 and _BOX_LABEL.match(ln)]
    if not heads:
        return set()
    out: set[str] = set()
    for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        b = [_squeeze(ln).strip() for ln in b.split("\n") if ln.strip()]
        if 2 <= len(b) <= 6 and _BOX_LABEL.match(b[0]) and all(word_count(ln) <= 40 for ln in b[1:]):
            out.update(norm_key(ln) for ln in b)
    # the heading on a block of its own: the short lines under it, up to the share bar or
    # date line that closes the page's header
    for i in heads:
        j = next((k for k in range(i + 1, min(len(lines), i + 7)) if lexicon.FURNITURE_RE.match(lines[k])
                  or _is_share_bar(lines[k]) or _date_line(lines[k])), None)
        if j is not None and j > i + 1 and all(word_count(ln) <= 40 for ln in lines[i + 1: j]):
            out.update(norm_key(ln) for ln in lines[i: j])
    return out


def _summary_lines(text: str) -> set[str]:
    """Keys of lines in blocks of two to five short one-line sentences (a "key points" box),
    on a page whose other blocks are mostly single paragraphs."""
    blocks = [[ln for ln in b.split("\n") if ln.strip()] for b in _BLANK_LINE.split(text.replace("\r\n", "\n"))]
    blocks = [b for b in blocks if b]
    if sum(len(b) == 1 for b in blocks) < 0.6 * len(blocks):
        return set()
    out: set[str] = set()
    for b in blocks:
        if not 2 <= len(b) <= 5:
            continue
        b = [_squeeze(ln).strip() for ln in b]
        if all(
                _SENTENCE_END.search(ln) and 3 <= word_count(ln) <= 35 and ln[:1] not in _OPEN_MARKS
                for ln in b):
            out.update(norm_key(ln) for ln in b)
    return out


def _is_label(line: str) -> bool:
    """A site, brand, section or country name: one to three words with no sentence shape, a
    bare domain ("example.com") or a "Section / Subsection" breadcrumb."""
    if _TERMINAL.search(line) or not _LATIN_LETTER.search(line):
        return False
    parts = [p for p in _SLASH_PARTS.split(line) if p] if " / " in line else [line]
    return all(1 <= len(p.split()) <= 3 and p[:1].isupper() or _SITE_DOMAIN.fullmatch(p.lower())
               for p in parts)


_SUPPORT_PLEA = re.compile(r"^(?i:support|donate to|contribute to)\s+(?:us|[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,3})\s*!$")


def _past_labels(page: list[tuple[str, str]], texts: list[int], t: int, dropped: list[str],
                 masthead: str | None = None) -> int:
    """Skip lone label lines above the headline: when the candidate headline is label-shaped
    (or the outlet's tagline right under its masthead: "Riverside news & views") and a longer
    headline-shaped line follows before the first prose paragraph, that line is the headline.
    A tagline followed by more labels is still header furniture."""
    if t >= len(texts):
        return t
    first = page[texts[t]][1]
    # a tagline sits between the masthead and the menu; a headline is followed by one section
    # label at most, not by a menu
    short = word_count(first) <= 8 and not _TERMINAL.search(first)
    tagline = bool(masthead and t and page[texts[t - 1]][1] == masthead and short and t + 2 < len(texts)
                   and all(_is_label(page[texts[k]][1]) for k in (t + 1, t + 2)))
    # or a short line at the very top with the site's menu right under it: a headline comes
    # after the menu, never just above it ("NATION" / "Kenya's leading news source" / menu)
    menu_below = texts[t] + 1 < len(page) and page[texts[t] + 1][0] == _FURNITURE
    tagline = tagline or (t <= 1 and short and menu_below)
    # (a tagline may end in full stops, "The Valley. Every day.", right under the masthead with
    # the menu right under it)
    tagline = tagline or (t == 1 and masthead is not None and page[texts[0]][1] == masthead and menu_below
                          and word_count(first) <= 8 and first[-1:] == "." and not _REPORTED.search(first))
    # the page's own title line, "Daily Courier - Latest News and Headlines", over the menu
    tagline = tagline or (t == 0 and menu_below and word_count(first) <= 14 and not _TERMINAL.search(first)
                          and bool(_SITE_TITLE.match(first)))
    if not (_is_label(first) or tagline or _menu_after(page, texts[t]) or _in_ticker(page, texts[t])):
        return t
    j = t + 1
    # (a headline may ask a question: "Who signed the dam papers?" reads like prose)
    # (or the site's plea above it: "Support The Courier!")
    while j < len(texts) and (not _is_prose(page[texts[j]][1]) or _asks(page[texts[j]][1])
                              or page[texts[j]][1][-1:] == "!" and bool(_SUPPORT_PLEA.match(page[texts[j]][1]))):
        line = page[texts[j]][1]
        # the next line on the page, when it is text (a byline or date between ends the header)
        k = texts[j + 1] if j + 1 < len(texts) and texts[j + 1] == texts[j] + 1 else None
        nxt = page[k][1] if k is not None else ""
        # an author line: a date next to it, or the header's furniture (reading time, share
        # bar) right under it, where a menu item would have another item
        # (or the author's role on the line between: "Jane Roe" / "Researcher, Asia Division" / date)
        # ("Source: Daily Courier" over the date is the same credit line)
        author = bool(nxt and (_NAME_LINE.match(nxt) or nxt[:7].lower() == "source:" and word_count(nxt) <= 5) and (
            _next_to_date(page, k) or k + 1 < len(page) and page[k + 1][0] == _HEAD_MARK
            or k + 2 < len(page) and page[k + 1][0] == _TEXT and word_count(page[k + 1][1]) <= 6
            and not _TERMINAL.search(page[k + 1][1]) and page[k + 2][0] == _HEAD_MARK
            and _date_line(page[k + 2][1])))
        if not _is_label(line) and word_count(line) >= 4 and _is_title(line) and not (line[-1:] == "!" and _SUPPORT_PLEA.match(line)) and not (
                nxt and _is_label(nxt) and not author) and (author or not _menu_after(page, texts[j])) \
                and not _in_ticker(page, texts[j]):
            dropped.extend(page[texts[k]][1] for k in range(t, j))
            return j
        j += 1
    return t


# The heading of a news ticker above the story: "BREAKING NEWS", "Trending now", "Just in".
_TICKER_HEAD = re.compile(r"^(?:breaking(?:\s+news)?|just\s+in|trending(?:\s+now)?|news\s+(?:alert|flash))\s*:?$",
                          re.IGNORECASE)


def _in_ticker(page: list[tuple[str, str]], i: int) -> bool:
    """Line i is one of the other stories' headlines a ticker runs under its heading above the
    story: two or more headline lines in a row under the heading, line i among them (a menu's
    "Trending" right above the story's own headline is no ticker)."""
    def headline(j: int) -> bool:
        return page[j][0] == _TEXT and word_count(page[j][1]) >= 4 and not _is_label(page[j][1]) \
            and _is_title(page[j][1])
    if not headline(i):
        return False
    a = i
    while a > 0 and i - a < 8 and headline(a - 1):
        a -= 1
    if a == 0 or page[a - 1][0] == _TEXT or not _TICKER_HEAD.match(page[a - 1][1]):
        return False
    b = i
    while b + 1 < len(page) and b - a < 8 and headline(b + 1):
        b += 1
    return b > a


_SITE_TITLE = re.compile(r"^(?P<name>[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,3})\s[-–—|]\s\S")


_EDITION_WORDS = {"english", "edition", "international", "online", "live", "digital", "news"}


def _edition_name(line: str, lines: list[str]) -> str | None:
    """"Fjordpost English", "Courier Norrland": a site's name and its edition (a language or
    a country) at the top of the page, when the page below credits that name as an outlet
    ("told Fjordpost", "Speaking to Fjordpost", "Photo: Fjordpost", "Fjordpost is published
    by ..."): the name without the edition word."""
    toks = line.split()
    if not 2 <= len(toks) <= 3 or _TERMINAL.search(line):
        return None
    last = toks[-1].lower()
    if last not in _EDITION_WORDS and last not in lexicon.COUNTRY_NAMES:
        return None
    name = " ".join(toks[:-1])
    if not name[:1].isalpha() or name.lower() in _NAV_WORDS or name.lower() in lexicon.COUNTRY_NAMES:
        return None
    credit = re.compile(rf"\b(?:told|[Ss]peaking to|[Pp]hoto:|[Cc]redit:)\s+(?:the\s+)?{re.escape(name)}\b"
                        rf"|^{re.escape(name)} is (?:published|owned|run) by\b")
    return name if any(name in ln and credit.search(ln) for ln in lines) else None


# "Tanzania's leading independent newspaper", "Independent journalism from the coast": a
# site's tagline says what kind of outlet the name above it is.
_TAGLINE_KIND = re.compile(r"\b(?:newspapers?|news\s?(?:site|paper|portal|agency|magazine)|journalism|magazine|"
                           r"broadcaster|radio station|daily|weekly|news\s+network)\b", re.IGNORECASE)


# A tagline describes the outlet ("Uganda's Leading Daily", "The voice of the valley"); a line of
# capitalised words alone ("Mongolian National News Agency") may be its full name
_DESCRIBES = re.compile(r"[’']s\b|\b[a-z]|\b(?:Leading|Independent|Trusted|Premier|Voice|Best|First|Only|Largest|Biggest|Number)\b")


def _tagline_below(line: str, below: str) -> bool:
    """The page's first line is the site's name when the line under it is its tagline: a short
    phrase, no sentence, naming a kind of news outlet. A headline is longer than a name and has
    a standfirst under it, not a description of a newspaper."""
    toks = line.split()
    if not 1 <= len(toks) <= 4 or _TERMINAL.search(line) or not all(
            t[:1].isupper() or t in {"of", "the", "and", "for"} for t in toks) \
            or all(t.lower() in _NAV_WORDS for t in toks):
        return False
    return word_count(below) <= 8 and not _TERMINAL.search(below) and bool(_TAGLINE_KIND.search(below))


def _credited_header_name(page: list[tuple[str, str]], header: list[int], rest: list[int]) -> str | None:
    """A line above the headline shaped like an outlet's name ("Harbour News") that the story
    credits as the outlet people spoke to ("Speaking to Harbour News, ...", "told Harbour
    News"): the site's name, though a banner or a language list sits above it."""
    for i in header:
        line = page[i][1]
        if not _is_masthead(line, [line]) or all(w.lower() in _NAV_WORDS for w in line.split()):
            continue
        spoke = re.compile(rf"\b(?:told|[Ss]peaking to|spoke to|[Tt]alking to)\s+(?:the\s+)?{re.escape(line)}\b")
        if any(line in page[j][1] and spoke.search(page[j][1]) for j in rest):
            return line
    return None


def _in_story(name: str, lines: list[str]) -> bool:
    """The name is a subject of the story's prose (a country or a city is; the site's own name,
    at most in "told the X" or a dateline's credit "(X) -"): "Orskland - Latest News" at the
    top is then no masthead."""
    told = re.compile(rf"\btold (?:the )?{re.escape(name)}\b|\({re.escape(name)}\)\s*[-–—]")
    return any(name in line and _is_prose(line) and len(re.findall(re.escape(name), line)) > len(told.findall(line))
               for line in lines)


def _asks(line: str) -> bool:
    """A short question without quotation marks: a headline's shape as much as a sentence's."""
    return line.rstrip().endswith("?") and word_count(line) <= 15 and not ('“' in line or '”' in line or '"' in line)


def _menu_after(page: list[tuple[str, str]], i: int) -> bool:
    """The site's menu right under line i (a menu line, or two short labels; header furniture
    such as a date or share bar aside): a headline never sits right above a menu."""
    below = [(k, line) for k, line in page[i + 1: i + 3] if k != _HEAD_MARK]
    if any(k == _FURNITURE and _is_nav(line) and any(c.isalpha() for c in line) for k, line in below):
        return True
    return len(below) == 2 and all(_is_label(line) and len(line.split()) <= 3 for _, line in below)


def _name_and_outlet(line: str, masthead: str | None) -> bool:
    """"Jane Doe / Daily Star", "Jane Doe | Daily Star": an author line naming the outlet."""
    paren = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", line)      # "Jane Doe (The Daily Star)"
    parts = [paren.group(1), paren.group(2)] if paren else [
        p.strip() for p in re.split(r"\s[/|–—-]\s|,\s", line)]
    if len(parts) != 2 or not _NAME_LINE.match(parts[0]):
        return False
    return _is_outlet(parts[1]) or bool(masthead and parts[1].lower() == masthead.lower())


_DOMAIN = re.compile(r"[A-Za-z][\w-]*(?:\.[a-z]{2,6}){1,2}")
# a dateline opening a story: the place in capitals, then a dash ("BACOLOD CITY — ", "KYIV, Ukraine – ")
_PLACE_DASH_OPEN = re.compile(r"[A-Z][A-Z .’'-]{1,40}(?:,\s*[A-Z][A-Za-z .’'-]{1,30})?\s+[—–-]\s+[A-Z“\"]"
                              # ("New Delhi: Bank branches ...": a place in title case and a colon)
                              r"|(?:[A-Z][a-z’'-]+\s){0,2}[A-Z][a-z’'-]+:\s+[A-Z][a-z]")
_NAME_THEN_DATE = re.compile(r"(?P<name>(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+)\s+(?P<date>\S.*)")


def _name_date_outlet(line: str) -> bool:
    """"Jane Roe 16 Apr 2026 | Courier.ca": the author, the date and the outlet in one piped line,
    under a standfirst."""
    first, *rest = [p.strip() for p in line.split("|")]
    m = _NAME_THEN_DATE.fullmatch(first)
    return bool(m and _NAME_LINE.match(m.group("name")) and _date_line(m.group("date"))
                and any(_is_outlet(p) or _DOMAIN.fullmatch(p) for p in rest))


def _next_to_date(page: list[tuple[str, str]], i: int) -> bool:
    """A date line (or "2 hours ago") right above or below line i; a lone dash between is no line."""
    def near(step: int) -> tuple[str, str] | None:
        j = i + step
        while 0 <= j < len(page) and not any(c.isalnum() for c in page[j][1]):
            j += step
        return page[j] if 0 <= j < len(page) else None
    return any(p is not None and p[0] == _HEAD_MARK and (_date_line(p[1]) or bool(_RELATIVE_TIME.match(p[1])))
               for p in (near(-1), near(1)))


def _timeline(page: list[tuple[str, str]], first: int, end: int) -> dict[int, object]:
    """A case page's updates: two or more date lines, each alone over a short heading without
    a sentence's end and the update's prose right below ("3 March 2026" / "Appeal rejected" /
    "On 2 March ..."), from the headline (index `first`) to the footer (`end`), one of them
    among the paragraphs. As {index of the date line: its date}; empty when there is none."""
    out = {}
    for i in range(max(first - 1, 0), min(end, len(page) - 2)):
        kind, line = page[i]
        if kind != _HEAD_MARK or not _DATE_ONLY.match(line) or len(found := full_dates(line)) != 1:
            continue
        (hk, head), (pk, prose) = page[i + 1], page[i + 2]
        if hk == _TEXT and pk == _TEXT and word_count(head) <= 12 and not _SENTENCE_END.search(head) \
                and _is_prose(prose):
            out[i] = found[0][0]
    return out if len(set(out.values())) >= 2 and max(out) > first else {}


_INNER_STOP = re.compile(r"[.!?]\s+[A-Z]")


def _listed_date(page: list[tuple[str, str]], i: int) -> bool:
    """A date line right under a headline-shaped line (not a label such as "Published")."""
    kind, above = page[i - 1]
    # (a headline may ask: "Who will police it?")
    return kind != _HEAD_MARK and 3 <= word_count(above) <= 25 and not (
        _SENTENCE_END.search(above) and not (above.rstrip()[-1:] == "?" and not _INNER_STOP.search(above))) \
        and not _date_line(above) and not re.match(r"(?i)(?:first )?(?:published|posted|updated)\b", page[i][1]) \
        and not (_BYLINE.match(above) or _CREDITS.match(above) or _NAME_LINE.match(above.split(",")[0]))




def _body_start(page: list[tuple[str, str]], rest: list[int], below: int = 0) -> int:
    """Index in `page` of the first body paragraph (len(page) when there is none). `below`:
    the index in `page` right under the headline."""
    prose = [i for i in rest if _is_prose(page[i][1])]
    if len(prose) >= 2 and _LEDE_DATELINE.match(page[prose[1]][1]) and not _LEDE_DATELINE.match(page[prose[0]][1]) \
            and word_count(page[prose[0]][1]) <= 45 and not any(c in page[prose[0]][1] for c in "“”\"«"):
        # "Journalists hold placards at ... / APA-Dakar (Senegal) - The union ...": the wire's lede,
        # its dateline first, opens the story; the short line above it is a caption or a summary
        return prose[1]
    if len(prose) >= 2 and _CLOCK.match(page[prose[1] - 1][1].strip()) \
            and any(page[j][0] == _HEAD_MARK and full_dates(page[j][1]) for j in range(prose[0] + 1, prose[1])) \
            and not any(_CLOCK.match(page[j][1].strip()) for j in range(prose[0])) \
            and sum(1 for _, line in page if _CLOCK.match(line.strip())) >= 3:
        # a live page's summary over its date line, the entries stamped with clock times below:
        # the summary is the standfirst, the first entry opens the body
        return prose[1]
    gaps = [any(page[j][0] == _HEAD_MARK for j in range(a + 1, b)) for a, b in zip(prose, prose[1:])]
    if sum(gaps) >= 3:
        # date or time stamps between paragraphs all down the page: a live blog's entries,
        # whose first paragraph is the body's, however short its entry
        return prose[0]
    for a, b in zip(prose, prose[1:] + [len(page)]):
        # a paragraph opening on a dateline ("HALDEN –") is the lede, never a standfirst,
        # whatever share bar or date the page sets under it
        if not (any(page[j][0] == _HEAD_MARK for j in range(a + 1, b)) or a == prose[0] and (
                _byline_block(page, a, b) or _bare_byline(page, a, b, below))) \
                or _LEDE_DATELINE.match(page[a][1]):
            return a
        # a paragraph under the byline and date block is the body's, whatever is set under it
        # (a standfirst sits between the headline and that block)
        if below and any(page[j][0] == _HEAD_MARK and (_date_line(page[j][1]) or _BYLINE.match(page[j][1])
                                                        or _LABEL_CREDITS.match(page[j][1]))
                         for j in range(below, a)):
            return a
    return rest[0] if rest else len(page)


def _byline_block(page: list[tuple[str, str]], a: int, b: int) -> bool:
    """Between paragraphs a and b, a bare author name with a short place line right under it
    ("Jane Roe" / "Riverside"): a by-line block, so paragraph a is the standfirst above it. (A
    subheading inside the story is one line, not two; a name over an agency, "Jane Roe" /
    "Reuters", may be a photo's caption and credit under the lede.)"""
    return any(page[j][0] == _TEXT and page[j + 1][0] == _TEXT and _NAME_LINE.match(page[j][1])
               and not _is_outlet(page[j][1]) and _is_label(page[j + 1][1]) and len(page[j + 1][1].split()) <= 3
               and not _is_outlet(page[j + 1][1]) for j in range(a + 1, b - 1))


def _bare_byline(page: list[tuple[str, str]], a: int, b: int, below: int) -> bool:
    """Paragraph a right under the headline, then the author's name alone on a line ("Jane
    Roe"), then paragraph b: a is the standfirst, the name the by-line (a story's subheading
    never follows its first line at once)."""
    return a == below and b == a + 2 and page[a + 1][0] == _TEXT and bool(_NAME_LINE.match(page[a + 1][1])) \
        and len(page[a + 1][1].split()) <= 3 and not _is_outlet(page[a + 1][1])


# "HALDEN –", "KUALA LUMPUR:", "MANILA, Orskland (AP) —": the place in capitals opening a lede.
_LEDE_DATELINE = re.compile(r"^[A-Z]{2,}(?:[ .'’-]+[A-Z]{2,})*\.?(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
                            r"(?:\s*\([\w .&]{2,30}\))?\s*[:—–-]+\s*(?=[A-Z0-9“\"‘])")


def _footer_start(page: list[tuple[str, str]], start: int, own: list[str],
                  byline: str | None, stops: list[int] = ()) -> int:
    """Index in `page` where the footer begins (len(page) when there is none). `stops`: the
    indices of a press release's "ENDS" lines and "Notes to editors:" headings."""
    # A press release ends there: the numbered notes and contacts below are for journalists,
    # not paragraphs of the release.
    end = next((i for i in stops if i > start), len(page))
    short_tail = None           # the first of the short non-prose lines closing the page
    for i in range(end - 1, start, -1):
        kind, line = page[i]
        if kind in (_FOOT_MARK, _HEAD_MARK, _FURNITURE):
            end = i
        elif kind == _TEXT:
            if _is_tail_note(line, own, byline) or _stranger_bio(page, start, i) or _author_note(page, start, i, byline):
                end = i
            elif _SELF.match(line) and word_count(line) <= 80:
                continue        # an outlet's self-description: footer only below other furniture
            elif i + 1 < len(page) and page[i + 1][1].strip().lower() == "reply":
                end = i         # a reader's comment over its reply button
            elif _is_prose(line) and not _listed_under(page, i):
                break
            elif word_count(line) <= 25 and not _SENTENCE_GOES_ON.search(line):
                short_tail = i      # (a sentence and a trailing "AFP" or "– site.com" is body)
            else:
                short_tail = None
    # Short lines that do not end like sentences, after the last body paragraph and above
    # footer furniture: a wire credit ("AFP"), a newsletter box, a "Latest from X" list of
    # headlines. Body prose ends in sentences; these are the footer's own lines.
    if short_tail is not None and end < len(page) and short_tail < end:
        end = short_tail
    return end


def _listed_under(page: list[tuple[str, str]], i: int) -> bool:
    """A headline in a list of other stories under its heading ("What changes now?" under
    "More on this story"): short lines that do not end in a full stop, up to the heading."""
    for j in range(i, max(i - 12, 0), -1):
        kind, line = page[j]
        if kind == _FURNITURE and j < i and word_count(line) <= 15 and not _SENTENCE_END.search(line) \
                and not _LIST_HEADING.match(line):
            continue        # a headline of the list the page already set apart
        if kind != _TEXT:
            return kind in (_FOOT_MARK, _FURNITURE) and bool(_LIST_HEADING.match(line)) \
                and (j < i - 1 or not page[i][1].rstrip().endswith("."))
        # (the list's last headline may end in a full stop, when one above it does not)
        if word_count(line) > 15 or line.rstrip().endswith(".") and (j < i or word_count(line) > 12) \
                or ('“' in line or '”' in line or '"' in line):
            return False
    return False


_BASED_BIO = re.compile(r"^(?P<name>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){1,3})(?:\s(?:and|&)\s[A-Z][\w’'.-]+"
                        r"(?:\s[A-Z][\w’'.-]+){1,3})?\s(?:is|are)\s(?:an?\s)?(?:[\w-]+\s){0,3}?(?:journalist|"
                        r"reporter|correspondent|writer|photographer|photojournalist|editor|researcher)s?\s+"
                        r"based\s+in\s+[A-Z]")
_BIO_OUTLET = re.compile(r"\s+(?:for|at|with)\s+(?:the\s+)?[A-Z]")


def _stranger_bio(page: list[tuple[str, str]], start: int, i: int) -> bool:
    """"Jane Roe is a reporter for the Valley Courier." closing the page, about someone the
    story never named and tying them to an outlet: the author's note, not a paragraph of the
    story ("X is a journalist who has covered the dispute" is one)."""
    line = page[i][1]
    m = _BASED_BIO.match(line) if word_count(line) <= 60 and " based in " in line else None
    if m and not _REPORTED.search(line) and not ('“' in line or '”' in line or '"' in line):
        # "Jane Roe is a journalist based in Halden (who covers ...)": where the author works
        # ties the name to the page as an outlet would
        surname = m.group("name").split()[-1]
        return not any(surname in text for kind, text in page[start:i] if kind == _TEXT)
    m = _BIO.match(line) if word_count(line) <= 60 else None
    if not m or _REPORTED.search(line) or ('“' in line or '”' in line or '"' in line) or re.search(
            r"\b(?:who|whose|which)\b", line) or not _BIO_OUTLET.match(line, m.end()):
        return False
    surname = m.group("name").split()[-1]
    return len(m.group("name").split()) >= 2 and not any(
        surname in text for kind, text in page[start:i] if kind == _TEXT)


_OUTLET_KEYS = tuple(lexicon.OUTLETS)
# (Not "our reporters": a closing paragraph may be news about the outlet's own staff.)
_OUR_NEWSROOM = re.compile(r"(?i)\bour (?:newsroom|editorial (?:team|staff|board)|readers|publication|outlet|website)\b")
_QUOTED = re.compile(r"[“\"‘][^“”\"]*?[”\"’]")


# "This story is part of our series on ...": the outlet placing the story in its series.
_SERIES_NOTE = re.compile(r"^this (?:story|article|piece|report|feature|investigation) is (?:the \w+ )?(?:part|"
                          r"instal?lment|chapter|episode)(?: \w+)? of (?:our|an?|the)\b[^.]{0,120}\bseries\b", re.I)


# "<Outlet> delivers independent coverage of ...": the outlet's blurb after its name; "This
# article is available in French on ...": the page pointing to its other edition.
_OWN_BLURB = re.compile(r"(?:delivers|provides|offers|brings)\b[^.]{0,80}?\b(?:coverage|journalism|news|reporting|"
                        r"analysis)\b")
# "Translation of an original article published in Spanish on ...": the page's note on its source.
_TRANSLATION_NOTE = re.compile(r"^translat(?:ion|ed)\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:original\s+)?(?:article|story|piece|"
                               r"report|version)\b", re.IGNORECASE)
# The page pointing to its edition in another language, in that language or in English.
_OTHER_EDITION = re.compile(r"^(?:this (?:article|story|piece|report) is (?:also )?available in [A-Z][a-z]+|"
                            r"(?:este|esta) (?:art[ií]culo|nota|historia) (?:tambi[eé]n )?est[aá] disponible en|"
                            r"cet article est (?:aussi |[ée]galement )?disponible en|"
                            r"(?:este|esta) (?:artigo|mat[eé]ria) (?:tamb[eé]m )?est[aá] dispon[ií]vel em|"
                            r"(?:read|lea|leia|lire) (?:this|it|en|em|este|esta|cet)\b[^.]{0,30}\b(?:in|en|em) "
                            r"(?:english|spanish|espa[nñ]ol|french|fran[cç]ais|portuguese|portugu[eê]s|ingl[eé]s|anglais))\b",
                            re.IGNORECASE)
_EDITION_NOTE = re.compile(r"^this (?:article|story|piece|report) is (?:also )?available in [A-Z][a-z]+\b", re.IGNORECASE)


_ABOUT_AUTHOR = re.compile(r"^about the (?:author|writer|contributor|reporter)s?\s*[:—–-]\s*\S", re.IGNORECASE)
# "The views expressed are the author's own." closing a guest post: the site's disclaimer.
_AUTHOR_VIEWS = re.compile(r"\b(?:views|opinions)(?: and opinions)? expressed\b[^.]{0,80}?\bare (?:solely |entirely )?"
                           r"(?:the (?:author|writer|contributor)s?[’']?s?[’']? own|(?:those|the views) of the "
                           r"(?:author|writer|contributor)s?)\b", re.IGNORECASE)


_OWN_STAFF = re.compile(r"(?:team of journalists|journalists|reporters|newsroom|editors|staff)\b")


def _is_tail_note(line: str, own: list[str], byline: str | None) -> bool:
    """The author's note or the page's own outlet describing itself, closing the page.
    `own`: the page's outlet names in lower case (masthead, byline, notices)."""
    if word_count(line) > 80:
        return False
    low = line.lower()
    if low.startswith("about the ") and _ABOUT_AUTHOR.match(line):
        return True     # "About the author: Jane Roe is a reporter ...", labelled as the page's note
    if "expressed" in low and _AUTHOR_VIEWS.search(line) and not _REPORTED.search(line):
        return True     # a guest post's disclaimer, whatever the sentence before it says of the site
    if any(low.startswith((o + " is ", "the " + o + " is ")) for o in own) or _THIS_SITE.match(line) \
            or any(low.startswith((o + " ", "the " + o + " ")) and _OWN_BLURB.match(low, len(o) + 1) for o in own) \
            or low.startswith("this ") and _EDITION_NOTE.match(line) or low.startswith("transl") and _TRANSLATION_NOTE.match(line) \
            or low.startswith("this ") and _SERIES_NOTE.match(line):
        return True
    # "The Courier's team of journalists has covered ... since 1990": the outlet on its staff
    if any(low.startswith((o + "'s ", o + "’s ", "the " + o + "'s ", "the " + o + "’s ")) and _OWN_STAFF.match(
            low, low.index("s ", len(o)) + 2) for o in own) and not _REPORTED.search(line):
        return True
    # the outlet speaking of itself in the first person ("... makes any cooperation with our
    # newsroom a criminal offense"): news prose names its own outlet in the third person
    if _OUR_NEWSROOM.search(_QUOTED.sub(" ", line)) and not _REPORTED.search(line):
        return True
    m = _BIO.match(line)
    if not m:
        return False
    return bool(byline and m.group("name").lower() in byline.lower()) or any(o in low for o in own)


# "The writer is a lawyer ...", "— The author teaches ...": an opinion page's note on its author.
_WRITER_NOTE = re.compile(r"^(?:[—–-]\s*)?the (?:writer|author|columnist|contributor)s? (?:is|are|was|has|have|teaches|"
                          r"works|heads|leads|directs|serves|writes|lectures|chairs)\b", re.IGNORECASE)
_BY_NAME = re.compile(r"\b(?i:by)\s+(?P<name>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){0,3})")
_BIO_VERB = r"(?:is|was|has|teaches|works|heads|leads|directs|serves|writes|lectures|chairs|founded|co-founded)\b"


def _author_note(page: list[tuple[str, str]], start: int, i: int, byline: str | None) -> bool:
    """Line i, closing the page, is about the page's own author: "The writer is ...", or the
    by-line's name ("Ms Roe", "Jane Roe", "Roe") then what she is or does, when the story never
    names that surname itself (then "Roe is due in court" is news of someone in it). No
    quotation, no reported speech."""
    line = page[i][1]
    # (the anchored tests first: most closing paragraphs fail them at their first words)
    if _WRITER_NOTE.match(line):
        surname = None
    else:
        m = _BY_NAME.search(byline) if byline else None
        surname = m.group("name").split()[-1] if m else None
        if surname is None or surname not in line[:60] or not re.match(
                rf"(?:[—–-]\s*)?(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\.?\s+)?(?:[A-Z][\w’'.-]+\s+){{0,3}}?"
                rf"{re.escape(surname)}\s+{_BIO_VERB}", line):
            return False
    if word_count(line) > 50 or ('“' in line or '”' in line or '"' in line) or _REPORTED.search(line):
        return False
    return surname is None or not any(surname in text for kind, text in page[start:i] if kind == _TEXT)


def _spells_out(line: str, above: str) -> bool:
    """"FMT" over "Free Marsh Times": a logo's initials, then the name they stand for."""
    # (a slash may part two names and their initials: "RN/RS" over "Radio North / Radio South")
    toks = [t for t in line.split() if t not in {"/", "&"}]
    letters = above.replace("/", "").replace("&", "")
    if not 2 <= len(toks) <= 5 or _TERMINAL.search(line) or not (above.isupper() and letters.isalpha()):
        return False
    caps = [t for t in toks if t[:1].isupper()]
    return len(caps) == len(toks) - sum(t in {"of", "the", "and", "for"} for t in toks) and \
        letters == "".join(t[0] for t in caps)


def _initials_below(line: str, below: str) -> bool:
    """"Free Marsh Times" over "FMT", "Radio North/Radio South" over "RN/RS": the page's first
    line is the site's name when the next spells its initials (a headline never does)."""
    toks = line.split()
    if not 2 <= len(toks) <= 6 or _TERMINAL.search(line) or not re.fullmatch(r"[A-Z]{1,6}(?:[/&][A-Z]{1,6})?", below):
        return False
    parts = line.split("/") if "/" in below else [line]
    return "/".join("".join(t[0] for t in part.split() if t[:1].isupper()) for part in parts) == below \
        and len(below.replace("/", "")) >= 2


def _named_by_notice(line: str, notices: list[str]) -> bool:
    """The page's first line is the site's name when its copyright notice gives the same name
    ('Legal Aid Centre "Sunbridge"' over '© 2001–2026 Legal Aid Centre "Sunbridge". When
    quoting ...'). A logo in capitals is left to the notice, which spells the name."""
    toks = line.split()
    line = line.rstrip()
    colon = line[-1:] == ":"        # "Harbour Ledger:" over its tagline: the same name, a colon after it
    # (eight words: a rights group's full name, "Centre for Justice and Peace Studies", runs long)
    if not notices or not 1 <= len(toks) <= 8 or line[-1:] in ".!?;," or not line[:1].isupper() \
            or line.isupper():
        return False
    name = _plain_name(line)
    for notice in notices:
        owner = re.sub(r"(?i)©|\(c\)|\bcopyright\b|\ball rights reserved\b|\b(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?\b",
                       " ", notice)
        if name and _plain_name(re.split(r"[.|]\s", owner + " ", maxsplit=1)[0]) == name and (
                not colon or owner.strip().startswith(line[:-1].strip())):
            return True
    return False


def _plain_name(s: str) -> str:
    return " ".join(re.sub(r"[\"“”‘’'«»,.;:|–—-]", " ", s).lower().split())


_MORE = ("More ", "MORE ", "more ")


def _more_from(line: str, page: list[tuple[str, str]]) -> str | None:
    """The page's "More From <name>" list heading, when <name> is this line (however it is
    cased: "HARBOUR LEDGER" over "More From Harbour Ledger"): the site names its own stories so. That
    spelling, or None. A section ("More from Politics") is a menu word, never a site."""
    name = line.strip().lower()
    if not name or all(t in _NAV_WORDS for t in name.split()) or len(line.split()) > 4 or _TERMINAL.search(line):
        return None
    for _, other in page[1:]:
        if other[:5] in _MORE and other[:10].lower() == "more from ":
            spelled = other[10:].strip(" :")
            if spelled.lower() in (name, "the " + name):
                return spelled
    return None


# "The views expressed ... are not those of the Harbour Star.": the site disowns its readers'
# words in its own name.
_DISOWNS = re.compile(r"(?i)\b(?:views|opinions)\s+expressed\b")


def _caps_name_over_menu(page: list[tuple[str, str]], i: int, notices: list[str]) -> bool:
    """"HARBOUR STAR" in capitals as the page's first line, the menu right under it: a logo's
    lettering (a section label is a menu's word). The site's name when an outlet's word opens
    or ends it ("DAILY ...") or when the page's notice or disclaimer names it in its own
    letters ("© Harbour Star Ltd.", "... not of the Harbour Star.")."""
    line = page[i][1]
    toks = line.split()
    if not 1 <= len(toks) <= 3 or not line.isupper() or not all(t.replace("&", "").replace("-", "").isalpha() for t in toks) \
            or all(t.lower() in _NAV_WORDS for t in toks) or not _menu_after(page, i):
        return False
    if len(toks) >= 2 and (toks[0].lower() in lexicon.OUTLET_HEADS or toks[-1].lower() in lexicon.OUTLET_HEADS):
        return True
    name = re.compile(rf"(?<![\w’'-]){re.escape(line.title())}(?![\w-])")
    for notice in notices:
        if name.match(notice.lstrip("©(cC) ").lstrip("0123456789–- ")):
            return True         # "© Harbour Star Ltd.": the owner's name opens with the logo's
    return any(_DISOWNS.search(other) and name.search(other) for _, other in page[i + 1:])


def _named_by_disclaimer(page: list[tuple[str, str]], i: int) -> bool:
    """"Harbour Hub" over its menu, and below the story "Harbour Hub publishes readers' letters.
    The views expressed are ..." or "... not of Harbour Hub.": the site speaks of itself by the
    name its first line gives."""
    line = page[i][1]
    toks = line.split()
    if not 1 <= len(toks) <= 4 or _TERMINAL.search(line) or line.isupper() or not all(t[:1].isupper() for t in toks) \
            or all(t.lower() in _NAV_WORDS for t in toks) or not _menu_after(page, i):
        return False
    of_it = re.compile(rf"\bof (?:the )?{re.escape(line)}\b")
    return any(_DISOWNS.search(other) and (other.startswith(line + " ") or of_it.search(other))
               for _, other in page[i + 1:])


# "harbourWatch", "eNewsline": one word, lower case then a capital inside it, a brand's spelling
_CAMEL = re.compile(r"[a-z]{1,12}[A-Z][A-Za-z]{2,20}")


def _camel_brand(page: list[tuple[str, str]], i: int) -> bool:
    """"harbourWatch" over the menu, the page naming it again below: a brand's spelling, never a
    headline's or a section's."""
    line = page[i][1].strip()
    return bool(_CAMEL.fullmatch(line)) and any(k == _FURNITURE and _is_nav(other) for k, other in page[i + 1:i + 4]) \
        and any(line in other for _, other in page[i + 2:])


def _named_by_page(line: str, page: list[tuple[str, str]]) -> bool:
    """The page's first line is the site's name when the page's footer describes it ("The
    Riverside Media Watch is an independent ...", "About RMW"): a headline is never the
    subject of a self-description, nor a heading's initials."""
    if _more_from(line, page):
        return True
    toks = line.split()
    if len(toks) == 1 and line[:1].isupper() and line.isalpha():
        # one word: only the outlet's own self-description names it ("Marshland is a
        # non-profit news platform"), or a story of its own ("Deshmukh told NDTV", "Live on NDTV.com")
        told = re.compile(rf"\b(?:told|spoke to|speaking to)\s+{re.escape(line)}\b(?![’']s)|\b{re.escape(line)}\.com\b")
        # (or its desk signs the story: "Edited by NDTV News Desk", "By NDTV Web Team")
        desk = re.compile(rf"^(?:(?:edited|written|compiled)\s+)?by\s+{re.escape(line)}\s+(?:news\s+|web\s+|digital\s+)?"
                          rf"(?:desk|team|staff|bureau)$", re.IGNORECASE)
        return any(other.startswith(line + " is ") and _SELF.match(other) for _, other in page[1:]) \
            or sum(1 for _, other in page[1:] if told.search(other)) >= 2 \
            or any(desk.match(other) for _, other in page[1:60])
    if not 2 <= len(toks) <= 6 or _TERMINAL.search(line) or not toks[0][:1].isupper() or not all(
            t[:1].isupper() or t in {"of", "to", "the", "and", "for", "on", "de"} for t in toks):
        return False
    name = re.sub(r"^the\s+", "", line, flags=re.IGNORECASE).lower()
    initials = "".join(t[0] for t in toks if t[:1].isupper() and t.lower() != "the").lower()
    described = re.compile(rf"(?:the\s+)?{re.escape(name)} (?:is|was) (?:an?|the)\s")
    named = name + " "      # (the pattern needs the name and a space, literally)
    for _, other in page[1:]:
        low = other.lower()
        if named in low and described.match(low):
            return True
        if len(initials) >= 2 and low.rstrip(" :") in {f"about {name}", f"about the {name}", f"about {initials}"}:
            return True
    return False


def _beside_menu(page: list[tuple[str, str]], texts: list[int], t: int) -> bool:
    """A short Title-Case name with the site menu between it and the text lines around it,
    and the headline still to come: the site's name."""
    i = texts[t]
    line = page[i][1]
    toks = line.split()
    if not 1 <= len(toks) <= 3 or _TERMINAL.search(line) or _is_section_label(line):
        return False
    if all(w.lower() in _NAV_WORDS for w in toks):
        return False        # "Search  Menu": the header's buttons, no outlet's name
    if not all(w[:1].isupper() for w in toks) or _is_prose(page[texts[t + 1]][1]):
        return False
    lo = texts[t - 1] + 1 if t else 0
    if any(k == _FURNITURE and _in_menu(line, other) for k, other in page[lo:i]):
        return False        # "Arab World" under a menu listing it: the story's section, not the site
    return any(k == _FURNITURE for k, _ in page[lo: texts[t + 1]])


def _under_its_menu(page: list[tuple[str, str]], texts: list[int], t: int) -> bool:
    """Line t repeats an item of the menu between it and the text line above: the story's section."""
    return any(k == _FURNITURE and _in_menu(page[texts[t]][1], other) for k, other in page[texts[t - 1] + 1: texts[t]])


def _in_menu(name: str, menu: str) -> bool:
    """The name is one of the menu line's items ("News | Region | World")."""
    return name.lower() in menu.lower() and name.lower() in {x.strip().lower() for x in _LIST_SEP.split(menu)}


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
