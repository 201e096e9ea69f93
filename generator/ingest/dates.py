"""Dates: calendar expressions in text, and when an article was published.

The publication date is bounded, never guessed: each clue narrows a window
[earliest, latest] and the answer is only as precise as the window (one day → day,
one month → month, one year → year, wider → none). Clues, in words:

* a byline or dateline date settles the day;
* a photo caption's date is a lower bound (a photo predates its article), and so is
  the date of a social-media post the page embeds;
* a caption is an *anchor* when the body names the same occasion on the caption's
  weekday ("the 68th anniversary ... last Friday" + "Friday, June 28, 2019") or the
  same month and day ("the May 13 summit" + "May 13, 2022"); only anchors lend a
  year to dates the text gives without one;
* "on <weekday>" in past narration happened within the week before publication,
  "last <weekday>" within the two weeks before; a plain weekday comes after a
  "last <weekday>";
* an occasion the text calls upcoming ("will address ... on July 4", "is scheduled
  for", "as the ... approaches") is an upper bound;
* "next month" about an occasion the text dates elsewhere fixes the month before it.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from generator.extraction import PartialDate
from generator.ingest import lexicon

# (a page's date stamp may set the month in capitals: "22:40, 20 NOVEMBER 2026")
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
       r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|" \
       r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# (a year may run into the clock time after it where a page's date and time were set apart
# and copied without a space: "February 3, 20265:04 AM ET")
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\b|[A-Z]{2,4}\b|$)))"
# (a stamp may run an abbreviated month into its day and the day into its year: "Mar.11,2026")
FULL = re.compile(rf"(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})(?:\s+|(?<=\.))(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                  rf"(?:,\s*|\s+[-–]\s+|\s+)(?P<year>(?:19|20)\d{{2}}){_YEAR_END}")     # (also "August 12 - 2026")
# A page's labelled stamp without a year, "Updated: 17 November": its year only from a dated
# photo of the days just before it (see infer_published).
YEARLESS_STAMP = re.compile(rf"^(?i:(?:last\s+)?(?:published|posted|updated|publish|update))\s*(?:on\s*)?:?\s*"
                            rf"(?:{_WD},?\s+)?(?:(?P<day>\d{{1,2}})\s+(?P<mon>{_MON})|(?P<mon2>{_MON})\s+(?P<day2>\d{{1,2}}))\.?$")
# (or set with one slash or hyphen between its parts, as some sites stamp it: "20/Nov/2026"; or with
# an ordinal day, as Nigerian and British pages do: "20th November 2026", "1st of May, 2025")
# (Central Europe writes the day as an ordinal with a full stop: "27. Jan 2026")
FULL_DMY = re.compile(rf"(?:(?P<wd>{_WD}),?\s+)?(?P<day>\d{{1,2}})(?:(?P<sep>[/-])|(?:st|nd|rd|th|\.)?(?:\s+of)?\s+)(?P<mon>{_MON})"
                      rf"(?(sep)(?P=sep)|,?\s+)(?P<year>(?:19|20)\d{{2}}){_YEAR_END}")
# The year first, with full stops, as Hungarian pages print it: "2026. November 6."
FULL_YMD = re.compile(rf"(?<![\d.])(?P<year>(?:19|20)\d{{2}})\.\s+(?P<mon>{_MON})\s+(?P<day>\d{{1,2}})\.(?!\d)")
MONTH_DAY = re.compile(rf"\b(?P<mon>{_MON})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!(?:,?|\s+[-–])\s+(?:19|20)\d{{2}})(?!\d)")
MONTH_YEAR = re.compile(rf"(?:\b(?P<q>early|late|mid-?)\s*)?\b(?P<mon>{_MON}),?\s+(?P<year>(?:19|20)\d{{2}})\b")
YEAR = re.compile(r"\b(?P<prep>in|In|since|Since|of|during|the|The)\s+(?:(?P<q>early|late|mid-?)\s*)?(?P<year>(?:19|20)\d{2})\b(?!\s*(?:per|%|people|members))")
WEEKDAY = re.compile(rf"\b(?:(?P<rel>last|next|this|on|On|Last|Next|This)\s+)?(?P<wd>{_WD})\b")
# (also with dots or slashes, as some sites stamp a story: "2026.11.19")
_URL_PATH_DAY = re.compile(r"/((?:19|20)\d{2})([-/])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/.-]|$)")
ISO_DATE = re.compile(r"\b((?:19|20)\d{2})[-./](\d{2})[-./](\d{2})\b(?![-./]\d)")
_UPDATE_WORD = re.compile(r"\b(?:updated?|modified|edited|revised)\b", re.IGNORECASE)   # ("Update : 21 Nov")
DATELINE = re.compile(
    rf"^[A-Z][A-Z .’'-]{{1,40}}(?:,\s*[A-Z][A-Za-z .’'-]{{1,30}})?,\s+(?P<mon>{_MON})\s+(?P<day>\d{{1,2}})\b"
    r"(?:\s*\([^()]{1,40}\))?\s*[—–-]"
)
# A wire site's dateline in title case, its agency in brackets and no dash: "Taipei, May 12
# (CNA) The council ...".
DATELINE_AGENCY = re.compile(
    rf"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}},\s+(?P<mon>{_MON})\s+(?P<day>\d{{1,2}})\s*"
    r"\([A-Z][A-Za-z]{1,10}(?:[ /-][A-Z][A-Za-z]{1,10}){0,2}\)\s"
)
# A dateline with the year, as press releases open: "Kampala, 17 November 2026 – The Centre
# ...", "GENEVA, March 3, 2026 - ...": the city (and country), then the full date and a dash.
_DATELINE_HEAD = re.compile(r"^(?:[A-Z][A-Za-z’'.-]+(?:[ -][A-Z][A-Za-z’'.-]+){0,2}|[A-Z][A-Z .’'-]{1,40})"
                            r"(?:,\s*[A-Z][A-Za-z .’'-]{1,30}?)?,\s+(?=\d|[A-Z][a-z]{2})")
# The place in brackets after a dateline's date, then its dash: " (LESK) –", " (Lesk) -".
_PLACE_DASH = re.compile(r"\s*\([A-Z][A-Za-z .’'-]{1,40}\)\s*[—–-]\s")
_FILE_PHOTO = re.compile(r"\b(?:file|undated|archive)\b", re.IGNORECASE)
FUTURE = re.compile(
    r"\b(?:will|shall|is (?:expected|scheduled|set|due|slated|planned|poised) (?:to|for)|are (?:expected|"
    r"scheduled|set|due|slated) (?:to|for)|upcoming|approaches|approaching|ahead of|plans? to|"
    r"is to|are to|would be held)\b",
    re.IGNORECASE,
)
_EVENT_NOUNS = {
    "anniversary", "ceremony", "summit", "meeting", "speech", "rally", "protest", "visit", "hearing",
    "trial", "session", "conference", "congress", "celebration", "commemoration", "funeral",
    "inauguration", "parade", "vote", "election", "referendum", "forum", "festival", "launch",
}
_STOP = {"the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "by", "with", "his", "her",
         "their", "its", "this", "that", "from", "as", "during", "was", "were", "is", "are"}


def month_num(name: str) -> int:
    low = name.lower().rstrip(".")
    return lexicon.MONTHS.get(low) or lexicon.MONTH_ABBR[low[:4] if low.startswith("sept") else low[:3]]


# Every calendar pattern here holds a digit and every weekday ends in "day": text without
# them is skipped before any pattern runs.
_DIGIT = re.compile(r"\d")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_DASH_AFTER = re.compile(r"\s*(?:[—–-]|:(?=\s+[A-Z]))\s")       # ("Tripoli, 15 February 2026: The ...")
_THIS_WEEK = re.compile(r"\bthis week\b", re.IGNORECASE)
_NEXT_MONTH = re.compile(r"\bnext month\b")
_LONG_WORD = re.compile(r"[A-Za-z]{5,}")


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


# The month patterns scan text position by position; most sentences, even with a digit, name
# no month or no year, so cheap substring tests skip them first. Every _MON alternative starts
# with one of these (case-sensitive, as the patterns are).
_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                 "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")


# (one pass over the text for all of them: an alternation of plain words, no flags, finds
# one exactly when one of them is a substring)
_MONTH_START = re.compile("|".join(_MONTH_STARTS))


def _has_month(text: str) -> bool:
    return _MONTH_START.search(text) is not None


def month_days(text: str):
    """MONTH_DAY.finditer(text)."""
    return MONTH_DAY.finditer(text) if _has_month(text) else iter(())


def month_years(text: str):
    """MONTH_YEAR.finditer(text)."""
    return MONTH_YEAR.finditer(text) if _has_month(text) and _YEAR_DIGITS.search(text) else iter(())


def years(text: str):
    """YEAR.finditer(text)."""
    return YEAR.finditer(text) if _YEAR_DIGITS.search(text) else iter(())


_MONTH_LINE = re.compile(rf"(?P<mon>{_MON}),?\s+(?P<year>(?:19|20)\d{{2}})")


def month_line(line: str) -> re.Match | None:
    """A line that is a month and a year and nothing else: "NOVEMBER 2026", "March, 2026"."""
    return _MONTH_LINE.fullmatch(line.strip()) if _has_month(line) else None


def full_dates(text: str) -> list[tuple[date, re.Match]]:
    if not _has_month(text) or not _YEAR_DIGITS.search(text):
        return []
    out = []
    for rx in (FULL, FULL_DMY, FULL_YMD):
        for m in rx.finditer(text):
            try:
                out.append((date(int(m.group("year")), month_num(m.group("mon")), int(m.group("day"))), m))
            except ValueError:
                continue
    return sorted(out, key=lambda dm: dm[1].start())


@dataclass(frozen=True)
class Publication:
    date: PartialDate | None
    basis: str
    anchors: tuple        # resolved weekday/month-day references: (paragraph, match start, date)
    anchor_year: int | None


def _fmt(d: date) -> str:
    return f"{calendar.month_name[d.month]} {d.day}, {d.year}"


def _bigrams(text: str) -> set[tuple[str, str]]:
    ws = _ALNUM_RUN.findall(text)
    out = set()
    for a, b in zip(ws, ws[1:]):
        la, lb = a.lower(), b.lower()
        if la in _STOP and lb in _STOP:
            continue
        distinctive = la in _EVENT_NOUNS or lb in _EVENT_NOUNS or _ORDINAL.fullmatch(la) \
            or (b == "Day" and a[:1].isupper())
        if distinctive:
            out.add((la, lb))
    return out


_FULL_NAME = re.compile(r"\b[A-Z][a-z\u00C0-\u024F’'-]+(?:\s+[A-Z][a-z\u00C0-\u024F’'-]+)+")
_NOT_IN_NAME = set(lexicon.MONTHS) | set(lexicon.WEEKDAYS) | _STOP


def _shows_speaker(caption: str, sentence: str) -> bool:
    """The caption opens with a full name ("Mara Quill holds a photograph ...": the person it
    shows) and the sentence names that person: the body reporting what she did "on Monday",
    when the (non-file) photo was taken on a Monday, names the photo's day."""
    m = _FULL_NAME.match(caption)
    if not m:
        return False
    ws = [w for w in m.group().split() if w.lower() not in _NOT_IN_NAME]
    return len(ws) >= 2 and re.search(rf"\b{re.escape(' '.join(ws))}\b", sentence) is not None


_PLAIN_WORDS = re.compile(r"[A-Za-z]+")


def _things(text: str) -> set[tuple[str, str]]:
    """Pairs of adjacent lower-case words of four letters or more ("empty pallets",
    "hunger strike"): the thing a caption shows, in the words a sentence would use."""
    ws = _PLAIN_WORDS.findall(text)
    return {(a, b) for a, b in zip(ws, ws[1:])
            if len(a) >= 4 and len(b) >= 4 and a.islower() and b.islower() and a not in _STOP and b not in _STOP}


def _same_thing(caption: str, sentence: str) -> bool:
    """The (non-file) caption and the sentence name the same thing in two words ("... sit on
    empty pallets ... on Tuesday, March 3" and "... stopped work on Tuesday and stacked empty
    pallets across the gate"): the sentence's weekday is the photo's day."""
    return bool(_things(caption) & _things(sentence))


# (lower-case letters with accents too: "Sükhbaatar Square", "Praça Tiradentes")
_CAP_PAIR = re.compile(r"(?<![\w’'])(?=[A-Z][a-z\u00DF-\u024F]+\s+[A-Z][a-z\u00DF-\u024F]+\b)")
_CAP_WORDS = re.compile(r"[A-Z][a-z\u00DF-\u024F]+\s+[A-Z][a-z\u00DF-\u024F]+\b")


def _places(text: str) -> set[str]:
    """Two capitalised words in a row, inside a sentence, the second naming a site ("High
    Court", "Freedom Square"): a named place or body."""
    out = set()
    for m in _CAP_PAIR.finditer(text):
        if m.start() == 0 or text[m.start() - 2: m.start()] in (". ", "— ", "– ", "- "):
            continue        # (a sentence's or a dateline's first word is capitalised anyway)
        pair = _CAP_WORDS.match(text, m.start()).group()
        if pair.split()[-1] in _SITE_NOUNS:
            out.add(" ".join(pair.split()))
    return out


# The last word of a named site where an occasion happens on one day: a town's or a person's
# name is not one (a photo of the town, or of the person, may be of another day).
_SITE_NOUNS = {"Court", "Tribunal", "Parliament", "Assembly", "Council", "Ministry", "Commission", "Prison",
               "Jail", "Square", "Hall", "Palace", "Embassy", "Station", "Hospital", "Stadium", "Cathedral",
               "Mosque", "Temple", "Church", "Pagoda", "University", "Campus"}


def _same_place(caption: str, sentence: str) -> bool:
    """The (non-file) caption and the sentence name the same place or body ("... waits outside
    the Central Court on Monday, March 2" and "The Central Court on Monday ordered ..."): the
    sentence's weekday is the photo's day."""
    return bool(_places(caption) & _places(sentence))


_RUN_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _same_run(caption: str, sentence: str) -> bool:
    """The (non-file) caption and the sentence share five words in a row, two of them
    capitalised past the first ("... out of Radio Kestrel Vale in Old Harbour on 3 May" and
    "... raided Radio Kestrel Vale in Old Harbour on Tuesday"): the same named place told
    the same way, the sentence's weekday the photo's day."""
    cw, sw = _RUN_WORD.findall(caption), _RUN_WORD.findall(sentence)
    runs = {tuple(sw[i:i + 5]) for i in range(len(sw) - 4)}
    return any(sum(w[:1].isupper() for w in cw[i + 1:i + 5]) >= 2 and tuple(cw[i:i + 5]) in runs
               for i in range(len(cw) - 4))


# (the stop first, then the gap as a group: a pattern opening with a character class lets the
# search skip to candidate positions; the split is where (?<=[.!?])\s+(?=[A-Z“"]) would cut)
_SENTENCE_GAP = re.compile(r"[.!?](\s+)(?=[A-Z“\"])")
_QUOTED = re.compile(r"“[^”]*”?")


def _sentences(par: str) -> list[str]:
    out, pos = [], 0
    for m in _SENTENCE_GAP.finditer(par):
        s = par[pos:m.start(1)]
        if s.strip():
            out.append(s)
        pos = m.end()
    if par[pos:].strip():
        out.append(par[pos:])
    return out


def _clause(s: str, pos: int) -> str:
    """The clause around pos: tense is read there, not across the whole sentence."""
    a = max(s.rfind(c, 0, pos) for c in ",;—–")
    ends = [i for i in (s.find(c, pos) for c in ",;—–") if i >= 0]
    return s[a + 1: min(ends) if ends else len(s)]


def _future_at(s: str, pos: int) -> bool:
    return bool(FUTURE.search(_clause(s, pos)))


def _unquoted(s: str) -> str:
    return _QUOTED.sub(" ", s) if "“" in s else s


def infer_published(paragraphs: tuple[str, ...], captions: tuple[tuple[str, date | None], ...],
                    byline: str | None, date_lines: tuple[str, ...],
                    header_dates: tuple[str, ...] = (), post_dates: tuple[str, ...] = (),
                    live: bool = False, own_photos: tuple[date, ...] = ()) -> Publication:
    """`header_dates`: date lines shown above the headline, upper bounds only. `post_dates`:
    the date lines of embedded social-media posts, lower bounds only. `live`: a live page,
    its entries stamped with clock times only. `own_photos`: the dates of photos credited
    to the page's own outlet or reporter."""
    updated: list[tuple[date, str]] = []
    given_year: dict[str, str] = {}         # a stamp with the year the photos gave it → as printed
    with_years = []
    for line in date_lines:
        if (dated := _with_year(line, captions)) != line:
            given_year[dated.strip()] = line.strip()
        with_years.append(dated)
    date_lines = tuple(with_years)

    def quoted(line: str) -> str:
        """A date line as the page prints it, saying where a year it lacks came from."""
        if line in given_year:
            return f"“{given_year[line]}”, its year from the page's dated photos"
        return f"“{line}”"
    for line in ([byline] if byline else []) + list(date_lines):
        for d, is_update in page_dates(line):
            if is_update:
                updated.append((d, line.strip()))
                continue
            return Publication(PartialDate(d.isoformat(), "day"),
                               f"the page's address is dated {_fmt(d)} (“{line.strip()}”)" if line[:4] == "http"
                               else f"byline date “{line.strip()}”", (), d.year)

    # A dateline with the year settles the day as a byline date does (an "Updated" line after
    # it is a later edit).
    head = _DATELINE_HEAD.match(paragraphs[0]) if paragraphs and has_digit(paragraphs[0][:60]) else None
    if head:
        found = full_dates(paragraphs[0][: head.end() + 40])
        if found and found[0][1].start() == head.end() and _DASH_AFTER.match(paragraphs[0][found[0][1].end():]):
            d, m = found[0]
            if all(d <= u for u, _ in updated):
                shown = paragraphs[0][: m.end()]
                return Publication(PartialDate(d.isoformat(), "day"), f"the dateline reads “{shown}”", (), d.year)

    # The date first, the place in brackets after it: "March 3, 2026 (LESK) – The court ...".
    if paragraphs and paragraphs[0][:1].isalnum() and has_digit(paragraphs[0][:20]):
        found = full_dates(paragraphs[0][:40])
        if found and found[0][1].start() == 0 and _PLACE_DASH.match(paragraphs[0], found[0][1].end()):
            d, m = found[0]
            if all(d <= u for u, _ in updated):
                shown = paragraphs[0][: _PLACE_DASH.match(paragraphs[0], m.end()).end()].strip(" -—–")
                return Publication(PartialDate(d.isoformat(), "day"), f"the dateline reads “{shown}”", (), d.year)

    # A wire dateline of place, numeric date and agency: "Halden/14.03.27/Nordwire: ...".
    wire = _wire_date(paragraphs[0], paragraphs) if paragraphs and "/" in paragraphs[0][:40] else None
    if wire is None:    # the dateline on a line of its own under the headline
        wire = next((w for line in date_lines if WIRE_LINE.match(line) and (w := _wire_date(line, paragraphs))), None)
    if wire and all(wire[0] <= u for u, _ in updated):
        return Publication(PartialDate(wire[0].isoformat(), "day"), f"the wire dateline reads “{wire[1]}”{wire[2]}", (),
                           wire[0].year)

    # A bare month and year as the page's date line: the page says no more than the month.
    # (above the headline too: a site's date of the day gives the day, never a bare month)
    for line in list(date_lines) + list(header_dates):
        if (m := month_line(line)) and not updated:
            y = int(m.group("year"))
            return Publication(PartialDate(f"{y:04d}-{month_num(m.group('mon')):02d}", "month"),
                               f"the page's date line “{line.strip()}” gives the month only", (), y)

    lo: date | None = None
    hi: date | None = None
    why_lo, why_hi = "", ""
    anchors: list[tuple[int, int, date]] = []

    def raise_lo(d: date, why: str) -> None:
        nonlocal lo, why_lo
        if lo is None or d > lo:
            lo, why_lo = d, why

    def lower_hi(d: date, why: str) -> None:
        nonlocal hi, why_hi
        if hi is None or d < hi:
            hi, why_hi = d, why

    # "02.10.2026" over a release that opens "Today, Friday, the court sentenced ...": the story
    # says which weekday its day is, and one reading alone falls on it
    today = _TODAY_WEEKDAY.match(paragraphs[0]) if paragraphs and paragraphs[0][:5] in ("Today", "TODAY") else None
    for line in (([byline] if byline else []) + list(date_lines) + list(header_dates)) if today else ():
        for day_first, month_first, a, b in ambiguous_dates(line):
            fits = [r for r in (day_first, month_first) if r.weekday() == lexicon.WEEKDAYS[today.group("wd").lower()]]
            if len(fits) == 1 and all(fits[0] <= u for u, _ in updated):
                return Publication(PartialDate(fits[0].isoformat(), "day"),
                                   f"the date line's “{line[a:b]}” read as {_fmt(fits[0])}: the story opens "
                                   f"“{today.group().strip(' ,')}”, and only that reading is a {today.group('wd')}",
                                   (), fits[0].year)

    # "Posted on 05/11/2026": 5 November or May 11. The weekdays the story names settle it
    # when only one reading has them all in the few days before; otherwise the date lies
    # between the two readings.
    two = [(r, line) for line in ([byline] if byline else []) + list(date_lines) for r in ambiguous_dates(line)]
    if two:
        (day_first, month_first, a, b), line = two[0]
        shown = line[a:b]
        pick = _nearest_week(paragraphs, (day_first, month_first))
        if pick:
            why = (f"the date line's “{shown}” read as {_fmt(pick)}: the weekdays the story names all fall "
                   f"in the three days before it, not so in the other reading")
            raise_lo(pick, why)
            lower_hi(pick, why)
        elif "." in shown and _weekdays_fit(paragraphs, day_first):
            # "12.02.2026, 17.03 Uhr": dots part a date day first (month-first dates take slashes),
            # unless a weekday the story names lies four or more days back then
            why = f"the date line's “{shown}” read day first, as dotted dates are written"
            raise_lo(day_first, why)
            lower_hi(day_first, why)
        else:
            first, last = sorted((day_first, month_first))
            raise_lo(first, f"the date line's “{shown}” reads {_fmt(first)} or {_fmt(last)}")
            lower_hi(last, f"the date line's “{shown}” reads {_fmt(first)} or {_fmt(last)}")

    cap_dates = [(text, d) for text, d in captions if d]
    for text, d in cap_dates:
        raise_lo(d, f"a photo caption is dated {_fmt(d)}")
    for d, line in updated:
        lower_hi(d, f"the page was updated on {_fmt(d)} ({quoted(line)})")
    for line in post_dates:
        for d, _ in page_dates(line):
            raise_lo(d, f"it shows a post dated {_fmt(d)}")
    for line in header_dates:
        for d, _ in page_dates(line):
            lower_hi(d, f"the page header shows {_fmt(d)}")
    # A live page's entries carry clock times only: they are of one day, the page's. Its
    # photos and posts, when two or more agree on one date (none a file photo), show that day.
    shown = [d for text, d in cap_dates if not _FILE_PHOTO.search(text)] + \
        [d for line in post_dates for d, _ in page_dates(line)] if live else []
    if len(shown) >= 2 and len(set(shown)) == 1 and len(shown) == len(cap_dates) + len(post_dates):
        lower_hi(shown[0], f"a live page stamped with clock times only, whose photos and posts all show {_fmt(shown[0])}")

    # Anchors: the body names a caption's occasion on its weekday, or its month and day.
    anchor: date | None = None
    last_ref: date | None = None
    sents = [(n, s) for n, par in enumerate(paragraphs, 1) for s in _sentences(par)]
    plains = [_unquoted(s) for _, s in sents]
    digits = [_DIGIT.search(p) is not None for p in plains]
    dated = [d for d in (full_dates(p) if dig else [] for p, dig in zip(plains, digits))]
    for (n, s), plain, dig in zip(sents, plains, digits) if cap_dates else ():
        for m in (WEEKDAY.finditer(plain) if "day" in plain else ()):
            rel = (m.group("rel") or "").lower()
            if rel in {"next", "this"}:
                continue
            for text, d in cap_dates:
                if d.weekday() != lexicon.WEEKDAYS[m.group("wd").lower()]:
                    continue
                if not (_bigrams(plain) & _bigrams(text)) and (
                        _FILE_PHOTO.search(text) or not (_shows_speaker(text, plain) or _same_thing(text, plain)
                                                         or _same_place(text, plain) or _same_run(text, plain))):
                    continue
                anchor = anchor or d
                anchors.append((n, m.start(), d))
                if rel == "last":
                    last_ref = max(last_ref or d, d)
                    raise_lo(d + timedelta(days=1), f"it calls {_fmt(d)} (the captioned occasion) “last {m.group('wd')}”")
                    lower_hi(d + timedelta(days=13), f"“last {m.group('wd')}” is {_fmt(d)}")
                elif not _future_at(plain, m.start()):
                    raise_lo(d, f"it reports the captioned {_fmt(d)} as “{m.group(0).strip()}”")
                    lower_hi(d + timedelta(days=7), f"a weekday reference (“{m.group(0).strip()}”) means the week of {_fmt(d)}")
        for m in (month_days(plain) if dig else ()):
            for text, d in cap_dates:
                if (d.month, d.day) == (month_num(m.group("mon")), int(m.group("day"))):
                    anchor = anchor or d
                    anchors.append((n, m.start(), d))
                    if not _future_at(plain, m.start()):
                        raise_lo(d, f"it reports {_fmt(d)} (dated by a caption) as past")
    # "The hearing began at the district court this week" beside a caption dated 3 March at
    # the district court: the story is of the week of that (non-file) photo, written
    # by its Sunday.
    for plain in plains if cap_dates else ():
        wk = _THIS_WEEK.search(plain) if "week" in plain else None
        if not wk or _future_at(plain, wk.start()):
            continue
        for text, d in cap_dates:
            if not _FILE_PHOTO.search(text) and (_bigrams(plain) & _bigrams(text) or _same_place(text, plain)
                                                 or _same_thing(text, plain)):
                lower_hi(d + timedelta(days=6 - d.weekday()),
                         f"it tells of the captioned occasion of {_fmt(d)} as “this week”")
    anchor_year = anchor.year if anchor else None

    # Upcoming occasions bound the date from above (years only from an anchor).
    if anchor:
        for (n, s), plain, dig, fd in zip(sents, plains, digits, dated):
            if not dig:
                continue
            for m in month_days(plain):
                if not _future_at(plain, m.start()):
                    continue
                d = _next_on_or_after(anchor, month_num(m.group("mon")), int(m.group("day")))
                if d and d > anchor and (d - anchor).days < 200:
                    lower_hi(d - timedelta(days=1), f"it calls {_fmt(d)} upcoming")
            for d, m in fd:
                if _future_at(plain, m.start()) and d >= (lo or d):
                    lower_hi(d - timedelta(days=1), f"it calls {_fmt(d)} upcoming")
    # Past narration with a full date or a month and year bounds it from below.
    for plain, dig, fd in zip(plains, digits, dated):
        if not dig:
            continue
        for d, m in fd:
            if not _future_at(plain, m.start()):
                raise_lo(d, f"it reports {_fmt(d)} as past")
        for m in month_years(plain):
            if _future_at(plain, m.start()):
                continue
            d = date(int(m.group("year")), month_num(m.group("mon")), 1)
            raise_lo(d, f"it reports {calendar.month_name[d.month]} {d.year} as past")

    # A page dated only by an "Updated" stamp, whose story follows its events day by day up to
    # the stamp's own weekday ("on Friday", "Saturday", "filed an appeal Monday" under "Updated
    # ... November 16", a Monday): the story was written on the day of the stamp. (One weekday
    # alone may be a week older than the edit.)
    if updated and hi is not None and any(u == hi for u, _ in updated) and (lo is None or lo <= hi):
        told = {lexicon.WEEKDAYS[m.group("wd").lower()]: m.group(0).strip()
                for plain in plains if "day" in plain for m in WEEKDAY.finditer(plain)
                if (m.group("rel") or "").lower() in {"on", ""} and not _future_at(plain, m.start())}
        if hi.weekday() in told and len(told) >= 2:
            raise_lo(hi, f"it follows its events day by day up to “{told[hi.weekday()]}”, the weekday of "
                         f"the page's “Updated” stamp ({_fmt(hi)})")

    # Plain weekdays in past narration: the one such weekday the window allows.
    if lo and hi:
        for (n, s), plain in zip(sents, plains):
            if "day" not in plain:
                continue
            for m in WEEKDAY.finditer(plain):
                rel = (m.group("rel") or "").lower()
                if _future_at(plain, m.start()):
                    continue
                if rel not in {"on", ""} or any(a[0] == n and abs(a[1] - m.start()) < 3 for a in anchors):
                    continue
                wd = lexicon.WEEKDAYS[m.group("wd").lower()]
                cands = []
                d = lo - timedelta(days=7)
                while d <= hi:
                    if d.weekday() == wd and (last_ref is None or d > last_ref) and d <= hi and d + timedelta(days=7) >= lo:
                        cands.append(d)
                    d += timedelta(days=1)
                if len(cands) == 1:
                    d = cands[0]
                    anchors.append((n, m.start(), d))
                    raise_lo(d, f"“{m.group(0).strip()}” can only be {_fmt(d)}")
                    lower_hi(d + timedelta(days=7), f"“{m.group(0).strip()}” ({_fmt(d)}) was within the week")
        # "next month" about an occasion dated elsewhere: publication is the month before.
        for n, s in sents:
            if "next month" not in s or not _NEXT_MONTH.search(s):
                continue
            words = {w.lower() for w in _LONG_WORD.findall(s)} - _STOP
            for (n2, s2), plain2 in zip(sents, plains):
                if s2 is s:
                    continue
                for m in MONTH_DAY.finditer(plain2):
                    follow = _LONG_WORD.findall(plain2[m.end(): m.end() + 40])[:3]
                    if any(w.lower() in words for w in follow):
                        target = _next_on_or_after(lo, month_num(m.group("mon")), int(m.group("day")))
                        if target is None:
                            continue
                        first = target.replace(day=1)
                        prev_last = first - timedelta(days=1)
                        raise_lo(prev_last.replace(day=1), f"“next month” is {calendar.month_name[target.month]} {target.year}")
                        lower_hi(prev_last, f"“next month” is {calendar.month_name[target.month]} {target.year}")
                        break

    # A dateline ("JAKARTA, Aug 14 (Reuters) -") gives the day and month; the year comes
    # from the window, or from a photo of the same week that is not a file photo.
    m = (DATELINE.match(paragraphs[0]) or DATELINE_AGENCY.match(paragraphs[0])) if paragraphs else None
    if m:
        mon, day = month_num(m.group("mon")), int(m.group("day"))
        fresh = [d for text, d in cap_dates if not _FILE_PHOTO.search(text)]
        start = lo if hi else (max(fresh) if fresh and lo == max(fresh) else None)
        d = _next_on_or_after(start, mon, day) if start else None
        # The page's own date line ("Updated: 2026-11-21") bounds it from above; a year the
        # story recalls ("in May 2009") only from below. When the window holds the dateline's
        # day in more than one year, the year is the page line's, never the recalled one; with
        # no such line the year is not known.
        own = [u for u, _ in updated] + [h for line in header_dates for h, _ in page_dates(line)]
        if d and hi and (hi - d).days > 366:
            d = _on_or_before(min(own), mon, day) if own else None
            d = d if d and d >= lo and (min(own) - d).days <= 366 else None
        if d and (d <= hi if hi else (d - start).days <= 6):
            raise_lo(d, f"the dateline reads “{m.group(0).strip(' -—–')}”")
            lower_hi(d, f"the dateline reads “{m.group(0).strip(' -—–')}”")

    found, why = _decide(lo, hi, why_lo, why_hi)
    # (the week after the photo's day is the bound its weekday gives, which this narrows)
    if (found is None or found.precision != "day") and lo is not None and (hi is None or hi == lo + timedelta(days=7)) \
            and not updated and not header_dates and not two:
        found, why = _captioned_day(plains, cap_dates, lo, own_photos) or (found, why)
    # A page whose only date of its own is an "Updated" stamp (no published line, no dateline,
    # no date of the day above the headline) is dated by that stamp, when the story tells of
    # nothing later: the stamp is the one date the page gives for itself.
    # (so too when the story's own dates reach the day before the stamp: "Updated: 21 Nov" over a
    # post of 20 Nov; a story whose dates stop days earlier may be older than its edit)
    if (found is None or found.precision != "day" and not two and lo is not None and hi is not None
            and (hi - lo).days <= 1) and updated and not header_dates \
            and (lo is None or lo <= min(u for u, _ in updated)):
        u, line = min(updated)
        found, why = PartialDate(u.isoformat(), "day"), (f"the page's only date line is its update stamp {quoted(line)}; "
                                                   "the story may first have appeared earlier")
    return Publication(found, why, tuple(anchors), anchor_year)


# (the two separators alike: "20-11-2026", "20/11/2026", "20.11.2026")
# (a two-digit year too, with dots or slashes and two-digit day and month: "Published: 02.10.26, 19:42")
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2}|(?<=\d\d[/.]\d\d[/.])\d{2}(?![\d.]))(?![\d/-])")


def _year(text: str) -> int:
    """A numeric date's year: "26" is 2026."""
    y = int(text)
    return y + 2000 if y < 100 else y


_WIRE_SLASH = re.compile(r"^[A-Z][\w’'.-]*(?:[ -][A-Z][\w’'.-]*){0,2}\s?/\s?(\d{1,2})\.(\d{1,2})\.(\d{2}|(?:19|20)\d{2})"
                         r"\s?/\s?[A-Z][\w&.’' -]{1,30}?(?::\s|\s*$)")
# ... or on a line of its own under the headline: "HALDEN/14.03.27/NW".
WIRE_LINE = re.compile(_WIRE_SLASH.pattern[:-len(r"(?::\s|\s*$)")] + r"\s*$")


def _day(y: int, month: int, day: int) -> date | None:
    try:
        return date(y, month, day)
    except ValueError:
        return None


def _wire_date(par: str, paragraphs: tuple[str, ...] = ()) -> tuple[date, str, str] | None:
    """The date of a wire dateline "Place/DD.MM.YY/Agency:" opening the story, when its numbers
    settle their order (one above 12, or both the same) or the story's weekdays do not unsettle
    the day-first reading: (date, the dateline, what the basis adds when the order was assumed)."""
    m = _WIRE_SLASH.match(par)
    if not m:
        return None
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    y = y + 2000 if y < 100 else y
    assumed = ""
    if a > 12 >= b or a == b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif _weekdays_fit(paragraphs, _day(y, b, a)):
        assumed = (", read day first as dotted dates are written (either order makes a date; the "
                   "weekdays the story names fit this one)")
        # dotted, "12.11.26": the day first (month-first dates take slashes), unless a weekday the
        # story names lies four or more days back then ("on Saturday" under a Thursday)
        day, month = a, b
    else:
        return None
    try:
        return date(y, month, day), m.group(0).rstrip(": "), assumed
    except ValueError:
        return None


def ambiguous_dates(line: str) -> list[tuple[date, date, int, int]]:
    """"05/11/2026": a numeric date both of whose orders make a date, as (day first, month
    first, start, end): 5 November 2026 or May 11, 2026."""
    out = []
    for m in NUMERIC_DATE.finditer(line) if "/" in line or "." in line or "-" in line else ():
        a, b, y = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        if a == b or a > 12 or b > 12 or not a or not b:
            continue
        out.append((date(y, b, a), date(y, a, b), m.start(), m.end()))
    return out


def _past_weekdays(paragraphs: tuple[str, ...]) -> set[int]:
    """The weekdays the story names in past narration ("was charged on Wednesday", "Tuesday
    evening"), as numbers."""
    named = set()
    for par in paragraphs:
        if "day" not in par:
            continue
        for s in _sentences(par):
            plain = _unquoted(s)
            for m in WEEKDAY.finditer(plain):
                if (m.group("rel") or "").lower() in {"", "on"} and not _future_at(plain, m.start()):
                    named.add(lexicon.WEEKDAYS[m.group("wd").lower()])
    return named


def _weekdays_fit(paragraphs: tuple[str, ...], d: date | None) -> bool:
    """Every weekday the story names in past narration ("ruled on Friday") falls within the
    three days before d."""
    return d is not None and all((d.weekday() - wd) % 7 <= 3 for wd in _past_weekdays(paragraphs))


_TODAY_WEEKDAY = re.compile(r"(?i:today)\s*[,(]\s*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _nearest_week(paragraphs: tuple[str, ...], readings: tuple[date, ...]) -> date | None:
    """The one reading before which every weekday the story names in past narration falls within
    three days, when under every other reading one of them lies four or more days back; at least
    two different weekdays named."""
    named = _past_weekdays(paragraphs)
    if len(named) < 2:
        return None
    near = [r for r in readings if max((r.weekday() - wd) % 7 for wd in named) <= 3]
    return near[0] if len(near) == 1 else None


def numeric_dates(line: str) -> list[tuple[date, int, int]]:
    """"18/07/2025", "7.18.2025": a numeric date whose order the numbers themselves settle
    (one of them above 12, or both the same); "05/06/2025" could be either and is skipped."""
    out = []
    for m in NUMERIC_DATE.finditer(line):
        a, b, y = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        if a > 12 >= b or a == b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            continue
        try:
            out.append((date(y, month, day), m.start(), m.end()))
        except ValueError:
            continue
    return out


def page_dates(line: str) -> list[tuple[date, bool]]:
    """The dates a byline or date line gives, each with whether it is an update time
    ("Updated 9:14 PM, May 30, 2024": the article was published then or before)."""
    found = [(d, m.start(), m.end()) for d, m in full_dates(line)]
    found += numeric_dates(line)
    # (a web address's dated path, "/2026/10/07/2481139/...": the story's number may follow the day)
    for m in (_URL_PATH_DAY.finditer(line) if line[:4] == "http" else ISO_DATE.finditer(line)):
        try:
            found.append((date(int(m.group(1)), int(m.group(m.re.groups - 1)), int(m.group(m.re.groups))), m.start(), m.end()))
        except ValueError:
            continue
    out = []
    prev = 0
    for d, a, b in sorted(found, key=lambda f: f[1]):
        out.append((d, bool(_UPDATE_WORD.search(line[prev:a]))))
        prev = b
    return out


def _captioned_day(plains: list[str], cap_dates: list[tuple[str, date]], lo: date,
                   own_photos: tuple[date, ...]) -> tuple[PartialDate, str] | None:
    """A page with no date line whose one dated photo (no file photo) is the outlet's own, of
    the latest day the story tells of, and whose story names no weekday but that day's ("on
    Sunday" under its own photo of Sunday, 22 November): the story of that day. A second
    weekday ("on Tuesday") may be the day after the photo; an agency's photo may be reused
    later: then the day is not settled."""
    shown = {d for text, d in cap_dates if not _FILE_PHOTO.search(text)}
    if len(shown) != 1 or len(shown) != len({d for _, d in cap_dates}) or lo not in shown or lo not in own_photos:
        return None
    named = {lexicon.WEEKDAYS[m.group("wd").lower()] for plain in plains if "day" in plain
             for m in WEEKDAY.finditer(plain) if (m.group("rel") or "").lower() in {"on", ""}}
    # (or weekdays that all fall in the three days up to the photo's, in past narration: a story
    # told day by day up to the photographed day, "on Monday" ... "on Wednesday" under Thursday's)
    if not named <= {lo.weekday()} and not (_before_photo(plains, lo) and all((lo.weekday() - wd) % 7 <= 3
                                                                           for wd in named)):
        return None
    told = "the story names no weekday" if not named else "the one weekday the story names" if named <= {lo.weekday()} else \
        "and every weekday the story names falls in the three days up to it"
    return PartialDate(lo.isoformat(), "day"), (f"its only dated photo, its own, shows {_fmt(lo)}, a "
                                                f"{calendar.day_name[lo.weekday()]}, {told}; "
                                                "the page gives no date line")


def _before_photo(plains: list[str], lo: date) -> bool:
    """Every weekday the story names is told as past (none upcoming)."""
    return all(not _future_at(plain, m.start()) for plain in plains if "day" in plain for m in WEEKDAY.finditer(plain)
               if (m.group("rel") or "").lower() in {"on", ""})


# "Jane Roe/Photographer", "Jane Roe/Staff Photographer": the outlet's own staff photographer.
_STAFF_PHOTO = re.compile(r"/\s*(?:staff\s+|chief\s+)?photographer\s*$", re.IGNORECASE)


def own_photo(credit: str | None, publisher: str | None, byline: str | None) -> bool:
    """A photo credit naming the page's outlet ("(Harbour Ledger)"), its initials ("HL/Jane Roe")
    or the reporter of the byline."""
    if credit and _STAFF_PHOTO.search(credit):
        return True
    if not credit or not publisher:
        return False
    low = credit.lower()
    initials = "".join(w[0] for w in publisher.split() if w[:1].isupper() and w.lower() != "the")
    # (initials stand as a word in capitals: "HL/Jane Roe", "HL Photo: handout")
    parts = {p.lower() for p in re.findall(r"\b[A-Z]{2,}\b", credit)}
    author = re.sub(r"(?i)^by\s+|\s*\(.*$", "", byline or "").strip()
    return publisher.lower().removeprefix("the ") in low or len(initials) >= 2 and initials.lower() in parts \
        or len(author.split()) >= 2 and author.lower() in low or _byline_photographer(byline, low)


# "Text: Jane Roe. Photos: Tom Ash.": the byline credits the story's pictures to a person.
_BYLINE_PHOTOS = re.compile(r"(?i:\bphoto(?:graph)?s?\s*(?::|by)\s*)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})")


def _byline_photographer(byline: str | None, credit: str) -> bool:
    """The credit names the person the byline credits for the story's photos: the outlet's own."""
    m = _BYLINE_PHOTOS.search(byline) if byline and "hoto" in byline else None
    return bool(m) and m.group("name").lower() not in lexicon.OUTLETS and m.group("name").lower() in credit


def _with_year(line: str, captions: tuple[tuple[str, date | None], ...]) -> str:
    """A yearless stamp ("Updated: 17 November") with the year of the page's dated photos when
    every one (no file photo) was taken in the month before that day: "... 17 November 2026"."""
    m = YEARLESS_STAMP.match(line) if len(line) <= 60 else None
    shown = [d for text, d in captions if d and not _FILE_PHOTO.search(text)]
    if not m or not shown:
        return line
    month, day = month_num(m.group("mon") or m.group("mon2")), int(m.group("day") or m.group("day2"))
    found = {_next_on_or_after(d, month, day) for d in shown}
    if len(found) != 1 or None in found or any((next(iter(found)) - d).days > 31 for d in shown):
        return line
    return f"{line.rstrip('. ')} {next(iter(found)).year}"


def _on_or_before(end: date, month: int, day: int) -> date | None:
    for year in (end.year, end.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if d <= end:
            return d
    return None


def _next_on_or_after(start: date, month: int, day: int) -> date | None:
    for year in (start.year, start.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if d >= start:
            return d
    return None


def _decide(lo, hi, why_lo, why_hi) -> tuple[PartialDate | None, str]:
    if lo is None and hi is None:
        return None, "no date in the text fixes when it was published"
    if lo is None or hi is None:
        known = f"not before {_fmt(lo)} ({why_lo})" if lo else f"not after {_fmt(hi)} ({why_hi})"
        return None, f"only one bound: {known}; nothing bounds it on the other side"
    if lo > hi:
        return None, f"the clues conflict ({why_lo}; {why_hi}), so no date is given"
    span = f"between {_fmt(lo)} ({why_lo}) and {_fmt(hi)} ({why_hi})"
    if lo == hi:
        return PartialDate(lo.isoformat(), "day"), f"on {_fmt(lo)}: {span}"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return PartialDate(f"{lo.year:04d}-{lo.month:02d}", "month"), \
            f"in {calendar.month_name[lo.month]} {lo.year}: {span}"
    if lo.year == hi.year:
        return PartialDate(f"{lo.year:04d}", "year"), f"in {lo.year}: {span}"
    return None, f"no single year: {span}"
