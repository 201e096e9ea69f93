"""Ids and URL segments: lowercase ASCII words joined by hyphens, never a path."""
from __future__ import annotations

import re

from slugify import slugify as _slugify

SAFE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def slugify(text: str, max_length: int = 80) -> str:
    slug = _slugify(text, max_length=max_length, word_boundary=True)
    return slug or "untitled"


def is_safe_id(value: object) -> bool:
    """True for an id that is one safe path segment: no '/', no '..', not absolute."""
    return isinstance(value, str) and bool(SAFE_ID.match(value)) and len(value) <= 120
