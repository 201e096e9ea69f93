"""Ingest: raw article text in, an Extraction out (see generator.extraction).

extract() is a pure function of the text: clean → actors → quotes → guard → dates → events.
Each step lives in a module named after what it owns.
"""
from __future__ import annotations

import hashlib

from generator import patterns
from generator.extraction import Caption, Extraction, Paragraph, PartialDate

with patterns.kept():       # the rules' regular expressions, compiled once and kept (patterns.py)
    from generator.ingest.actors import build as build_actors
    from generator.ingest.clean import clean
    from generator.ingest.dates import full_dates, infer_published, own_photo
    from generator.ingest.events import extract_events
    from generator.ingest.guard import guard, shared_name_parts
    from generator.ingest.publisher import infer_publisher
    from generator.ingest.quotes import extract_quotes

__all__ = ["extract"]


def extract(text: str, seed_name: str) -> Extraction:
    cleaned = clean(text)
    paragraphs = cleaned.paragraphs
    captions = []
    cap_dates = []
    for c in cleaned.captions:
        fd = full_dates(c.text)
        dated = c.text
        if not fd and c.credit:     # "Agency photo May 11, 2026": the credit dates the picture
            fd = full_dates(c.credit)
            dated = f"{c.text} {c.credit}"      # with the credit, which may say "file photo"
        d = fd[0][0] if fd else None
        cap_dates.append((dated, d))
        captions.append(Caption(text=c.text, credit=c.credit,
                                date=PartialDate(d.isoformat(), "day") if d else None))
    qa = cleaned.interview
    # (the interviewee the introduction names, and the people a transcript's turn labels name)
    people = tuple(dict.fromkeys(x for x in ((qa.interviewee,) + qa.speakers if qa else ()) if x))
    index = build_actors(paragraphs, people,
                         (cleaned.masthead,) if cleaned.masthead else ())
    ambiguous = shared_name_parts(index.mentions)
    quotes = guard(paragraphs, index, extract_quotes(paragraphs, index, qa))
    publisher, publisher_basis = infer_publisher(paragraphs, cleaned.masthead, cleaned.byline,
                                                 cleaned.notices, cleaned.notes,
                                                 tuple(c.credit for c in cleaned.captions if c.credit))
    own = tuple(d for (_, d), c in zip(cap_dates, cleaned.captions) if d and own_photo(c.credit, publisher, cleaned.byline))
    pub = infer_published(paragraphs, tuple(cap_dates), cleaned.byline, cleaned.date_lines,
                          cleaned.header_dates, cleaned.post_dates, cleaned.live, own)
    events = extract_events(paragraphs, index, pub.date, pub.anchors)
    notes = list(cleaned.notes) + list(cleaned.notices)
    if cleaned.title_derived:
        notes.append("The text has no headline; the title is the start of the first paragraph.")
    if cleaned.standfirst:
        notes.append(f"Dropped a standfirst that repeats the body: “{cleaned.standfirst}”")
    unresolved = sum(1 for q in quotes if q.speaker is None)
    if unresolved:
        notes.append(f"{unresolved} quote(s) without an established speaker.")
    return Extraction(
        seed=seed_name,
        checksum=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=cleaned.title,
        paragraphs=tuple(Paragraph(i, p) for i, p in enumerate(paragraphs, 1)),
        captions=tuple(captions),
        pull_quotes=cleaned.pull_quotes,
        byline=cleaned.byline,
        publisher=publisher,
        publisher_basis=publisher_basis,
        published=pub.date,
        published_basis=pub.basis,
        mentions=tuple(m for m in index.mentions if m.key not in ambiguous),
        quotes=quotes,
        events=events,
        notes=tuple(notes),
    )
