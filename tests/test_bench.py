"""The benchmark measures the same corpus on every run: the edits it makes to time a rebuild are
undone afterwards (bench/corpus.py, kept_as_they_are)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import kept_as_they_are


def _corpus(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_edits_made_while_measuring_are_undone(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "content" / "sources").mkdir(parents=True)
    (tmp_path / "seeds" / "a.txt").write_text("An article.\n", encoding="utf-8")
    (tmp_path / "content" / "sources" / "a.md").write_text("---\ntitle: A\n---\n", encoding="utf-8")
    before = _corpus(tmp_path)
    with kept_as_they_are(tmp_path):
        (tmp_path / "seeds" / "a.txt").write_text("An article. Edited 0.\n", encoding="utf-8")
        (tmp_path / "content" / "sources" / "a.md").unlink()
    assert _corpus(tmp_path) == before
    with pytest.raises(RuntimeError):
        with kept_as_they_are(tmp_path):
            (tmp_path / "seeds" / "a.txt").write_text("Half an edit", encoding="utf-8")
            raise RuntimeError("a build failed mid-measurement")
    assert _corpus(tmp_path) == before
