"""Events: dated happenings the text states, each no more precise than its date.

"January 7, 2020" → day; "in September 2017" → month; "in 2017" → year. A date the
text gives without a year ("on August 16") gets one only from a publication date
known to the month, and a weekday only when the publication reasoning resolved it.
"""
from __future__ import annotations

import re
from datetime import date

from generator.extraction import Event, PartialDate
from generator.ingest import dates as D
from generator.ingest.actors import ActorIndex
from generator.ingest.text import sentences


_LAST_NEXT = re.compile(r"\b(last|next) (year|month)\b")


def _pub_month(published: PartialDate | None) -> tuple[int, int] | None:
    if published is None or published.precision == "year":
        return None
    y, m = published.value.split("-")[:2]
    return int(y), int(m)


def extract_events(paragraphs: tuple[str, ...], index: ActorIndex, published: PartialDate | None,
                   anchors: tuple) -> tuple[Event, ...]:
    pub = _pub_month(published)
    out: list[Event] = []
    seen: set = set()
    for n, par in enumerate(paragraphs, 1):
        occs = index.occurrences[n - 1]
        here = [a for a in anchors if a[0] == n]
        # (each sentence is a slice of the paragraph: the sentence test below, made on the
        # whole paragraph, skips it when it would skip every sentence)
        if not here and not D.has_digit(par) and not (pub and ("last " in par or "next " in par)):
            continue
        for sent in sentences(par):
            s = sent.text
            # Every date pattern needs a digit; without one only anchors and "last year" remain.
            dig = D.has_digit(s)
            if not dig and not (pub and ("last " in s or "next " in s)) and \
                    not any(sent.start <= a_pos < sent.end for _, a_pos, _ in here):
                continue
            found: list[tuple[int, PartialDate]] = []
            taken: list[tuple[int, int]] = []

            def add(m_start: int, m_end: int, pd: PartialDate) -> None:
                if any(a <= m_start < b for a, b in taken):
                    return
                taken.append((m_start, m_end))
                found.append((m_start, pd))

            for d, m in D.full_dates(s):
                add(m.start(), m.end(), PartialDate(d.isoformat(), "day"))
            for m in (D.month_years(s) if dig else ()):
                add(m.start(), m.end(), PartialDate(f"{int(m.group('year')):04d}-{D.month_num(m.group('mon')):02d}", "month"))
            for m in (D.month_days(s) if dig else ()):
                pd = _yearless(pub, D.month_num(m.group("mon")), int(m.group("day")), s)
                if pd:
                    add(m.start(), m.end(), pd)
            for m in (D.years(s) if dig else ()):
                add(m.start("year"), m.end(), PartialDate(m.group("year"), "year"))
            for a_n, a_pos, a_date in here:
                if sent.start <= a_pos < sent.end:
                    add(a_pos - sent.start, a_pos - sent.start + 1, PartialDate(a_date.isoformat(), "day"))
            if pub and ("last " in s or "next " in s):     # (what _LAST_NEXT needs)
                for m in _LAST_NEXT.finditer(s):
                    y, mo = pub
                    step = -1 if m.group(1) == "last" else 1
                    if m.group(2) == "year":
                        pd = PartialDate(f"{y + step:04d}", "year")
                    else:
                        mo2 = mo + step
                        y2 = y + (mo2 - 1) // 12
                        mo2 = (mo2 - 1) % 12 + 1
                        pd = PartialDate(f"{y2:04d}-{mo2:02d}", "month")
                    add(m.start(), m.end(), pd)
            if not found:
                continue
            actors = tuple(dict.fromkeys(o.key for o in occs if o.key and sent.start <= o.start < sent.end))
            for _, pd in sorted(found, key=lambda f: f[0]):
                key = (n, sent.start, pd.value)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Event(date=pd, text=s.strip(), paragraph=n, actors=actors))
    return tuple(out)


def _yearless(pub: tuple[int, int] | None, month: int, day: int, sentence: str) -> PartialDate | None:
    """A year for "August 16" only when the publication month is known."""
    if pub is None:
        return None
    y, m = pub
    future = bool(D.FUTURE.search(sentence))   # sentence-level: a yearless date is rare enough
    year = y
    if month > m and not future:
        year = y - 1          # a past month later in the calendar: last year
    elif month < m and future:
        year = y + 1
    try:
        return PartialDate(date(year, month, day).isoformat(), "day")
    except ValueError:
        return None
