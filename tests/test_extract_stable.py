"""The extractor's output on the real seeds and the unseen articles does not drift by accident.

tests/gold/extraction_snapshot.json holds, for each article, a SHA-256 of every part of its
Extraction (title, paragraphs, mentions, quotes, events, ...). A speed-up or refactor must
leave every hash unchanged. A deliberate change to what the extractor finds changes some of
them: check the new output (tests/test_accuracy.py, tests/test_extract.py), then regenerate
the snapshot and commit it with the change:

    .venv/bin/python tests/test_extract_stable.py --update
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from pathlib import Path

import pytest

from generator.ingest import extract

REPO = Path(__file__).resolve().parent.parent
SNAPSHOT = REPO / "tests" / "gold" / "extraction_snapshot.json"
ARTICLES = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "tests" / "gold" / "unseen").glob("*.txt"))


def fingerprint(path: Path) -> dict[str, str]:
    """One hash per Extraction field, so a failure names the part that changed."""
    ex = extract(path.read_text(encoding="utf-8"), path.name)
    out = {}
    for name, value in dataclasses.asdict(ex).items():
        blob = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        out[name] = hashlib.sha256(blob.encode("utf-8")).hexdigest()
    return out


def _name(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


@pytest.fixture(scope="module")
def snapshot() -> dict:
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_the_snapshot_covers_every_article(snapshot: dict) -> None:
    assert sorted(snapshot) == sorted(_name(p) for p in ARTICLES), (
        "articles added or removed; regenerate: .venv/bin/python tests/test_extract_stable.py --update")


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_extraction_matches_the_snapshot(path: Path, snapshot: dict) -> None:
    want = snapshot.get(_name(path))
    assert want is not None, f"{_name(path)} is not in {SNAPSHOT.name}"
    got = fingerprint(path)
    changed = sorted(k for k in set(want) | set(got) if want.get(k) != got.get(k))
    assert not changed, (
        f"{_name(path)}: the extraction changed in {', '.join(changed)}. If that is intended, "
        "regenerate: .venv/bin/python tests/test_extract_stable.py --update")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/test_extract_stable.py --update")
    data = {_name(p): fingerprint(p) for p in ARTICLES}
    SNAPSHOT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT.relative_to(REPO)} ({len(data)} articles)")
