"""Ingest: raw article text in, an Extraction out (see generator.extraction)."""
from __future__ import annotations

import hashlib

from generator.extraction import Extraction, Paragraph


def extract(text: str, seed_name: str) -> Extraction:
    """Placeholder until the real extractor lands: title + numbered paragraphs."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    title = blocks[0] if blocks else seed_name
    paras = tuple(Paragraph(i, b) for i, b in enumerate(blocks[1:], 1))
    return Extraction(
        seed=seed_name,
        checksum=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title,
        paragraphs=paras,
    )
