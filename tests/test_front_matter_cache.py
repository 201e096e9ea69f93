"""Entries' front matter kept parsed between runs (.cache/front-matter.pickle): a build that reads
it makes the same site as one that parses every file, an editor's change is never served from
it, and a damaged file only costs time."""
from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest
import yaml

from generator.content import parsed
from generator.content.entries import LOADER, dump, head_of, parse
from helpers import make_root, run_cli

CACHE = Path(".cache") / parsed.FILE


def _files(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in sorted(folder.rglob("*")) if f.is_file()}


def _rebuild(root: Path) -> None:
    """A build that cannot take the last one's result as it is: output/ and the build state gone."""
    shutil.rmtree(root / "output")
    (root / ".cache" / "build-state.pickle").unlink(missing_ok=True)
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_root(tmp_path_factory.mktemp("fm"))
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 0, result.stderr
    return root


def test_a_build_from_the_kept_front_matter_makes_the_same_site(root: Path) -> None:
    assert (root / CACHE).stat().st_size > 0
    before, content = _files(root / "output"), _files(root / "content")
    _rebuild(root)
    assert _files(root / "output") == before
    assert _files(root / "content") == content


def test_a_damaged_cache_file_is_ignored(root: Path) -> None:
    before = _files(root / "output")
    (root / CACHE).write_bytes(b"not a pickle at all")
    _rebuild(root)
    assert _files(root / "output") == before


def test_an_editors_change_to_front_matter_shows_on_the_next_build(root: Path) -> None:
    entry = root / "content" / "actors" / "kem-sokha.md"
    text = entry.read_text(encoding="utf-8")
    assert "\nname: Kem Sokha\n" in text
    entry.write_text(text.replace("\nname: Kem Sokha\n", "\nname: Kem Sokha (edited)\n", 1), encoding="utf-8")
    _rebuild(root)
    page = (root / "output" / "actors" / "kem-sokha" / "index.html").read_text(encoding="utf-8")
    assert "Kem Sokha (edited)" in page


def test_data_written_by_the_machine_reads_back_as_written(built_root: Path) -> None:
    """What `dump` remembers for the text it writes is what parsing that text gives, key order
    included, for every entry the seeds produced."""
    files = sorted((built_root / "content").rglob("*.md"))
    assert len(files) > 50
    for file in files:
        parsed._known.clear()
        entry = parse(file.read_text(encoding="utf-8"), "x")
        text = dump(entry.meta, entry.body)          # remembers the data for this text
        served = parse(text, "x").meta
        parsed._known.clear()
        read = parse(text, "x").meta                 # parsed by YAML
        assert served == read and list(served) == list(read), file.name


@pytest.mark.parametrize("data", [(1, 2), {1: "a"}, math.nan, {"a": [math.inf]}, {"d": __import__("datetime").date(2020, 1, 1)}])
def test_only_plain_data_stands_for_its_text(data: object) -> None:
    assert not parsed.plain(data)
    parsed._known.clear()
    if isinstance(data, dict):
        text = dump(data)
        assert parse(text, "x").meta == yaml.load(text.split("---\n")[1], Loader=LOADER)


def test_plain_data() -> None:
    assert parsed.plain({"id": "a", "n": [1, 2.5, True, None, {"t": "x"}]})
