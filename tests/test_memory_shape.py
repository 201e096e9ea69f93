"""What the low-memory build must keep doing: pages go to disk as they render, the build keeps their
digests, and the site read back is always the site rendered. Sizes and times are measured in bench/."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import parallel
from generator.build import Builder
from generator.config import Paths, load_settings
from generator.errors import SiteError
from generator.render import DEFAULT_THEME, render_site

SEARCH = "pagefind/"        # Pagefind's bundle is not byte-stable from run to run (test_incremental.py)


def tree(folder: Path) -> dict[str, bytes]:
    return {rel: f.read_bytes() for f in sorted(folder.rglob("*"))
            if f.is_file() and not (rel := f.relative_to(folder).as_posix()).startswith(SEARCH)}


def copy_site(built_root: Path, to: Path, theme: bool = False) -> Paths:
    """The five seeds with their entries already ingested, and no output/ yet."""
    for part in ("seeds", "content"):
        shutil.copytree(built_root / part, to / part)
    if theme:
        shutil.copytree(DEFAULT_THEME, to / "templates")
    return Paths(to)


def test_pages_rendered_by_forked_workers_reach_disk_as_the_renderer_made_them(
        built_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)     # fork workers even for five articles
    paths = copy_site(built_root, tmp_path / "site")
    settings = load_settings(paths.settings)
    result = Builder(paths, settings).build(None)
    held_pages = [rel for rel in result.files.held if rel.endswith(".html")]
    assert not held_pages, f"a build that wrote output/ still holds pages in memory: {held_pages[:3]}"

    written = tree(paths.output)
    in_memory = render_site(result.site, settings)            # every page rendered in this process
    assert sorted(written) == sorted(p for p in in_memory if not p.startswith(SEARCH))
    differing = [p for p in written if written[p] != in_memory[p]]
    assert not differing, f"pages on disk differ from the rendered ones: {differing[:3]}"
    assert all(result.files[p] == written[p] for p in written), "the build reads back other bytes"
    assert (paths.output / "pagefind" / "pagefind-entry.json").is_file()


def test_a_page_changed_by_hand_in_output_is_still_served_right_and_repaired(
        built_root: Path, tmp_path: Path) -> None:
    paths = copy_site(built_root, tmp_path / "site")
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    good = tree(paths.output)
    page = sorted(p for p in good if p.startswith("actors/") and p.endswith("/index.html"))[0]
    (paths.output / page).write_text("edited by hand", encoding="utf-8")      # same file, new bytes

    # the preview's next build reuses the page (nothing changed) and must not take the hand's bytes
    result = builder.build(set(), search=False, write=False)
    assert result.pages_rendered == 0
    assert result.files[page] == good[page]
    builder.build(set())
    assert tree(paths.output) == good


def test_a_save_in_the_preview_keeps_only_the_changed_page_in_memory(built_root: Path,
                                                                     tmp_path: Path) -> None:
    paths = copy_site(built_root, tmp_path / "site")
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    before = tree(paths.output)
    actor = sorted((paths.content / "actors").glob("*.md"))[0]
    with actor.open("a", encoding="utf-8") as f:
        f.write("\nA summary saved while the preview runs.\n")
    result = builder.build({actor}, search=False, write=False)
    sheet = f"actors/{actor.stem}/index.html"
    assert [p for p in result.files.held if p.endswith(".html")] == [sheet]
    assert b"A summary saved while the preview runs." in result.files[sheet]
    assert tree(paths.output) == before, "a build with write=False changed output/"
    other = next(p for p in before if p.endswith(".html") and p != sheet)
    assert result.files[other] == before[other]         # read back from output/


def test_a_template_error_halfway_through_rendering_leaves_output_as_it_was(
        built_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)     # the error happens in a forked worker
    paths = copy_site(built_root, tmp_path / "site", theme=True)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    good = tree(paths.output)
    inodes = {p: (paths.output / p).stat().st_ino for p in good}
    source = paths.templates / "source.html"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("</h1>", "</h1>{{ page.no_such_key.anything }}", 1), encoding="utf-8")
    with pytest.raises(SiteError) as failed:
        builder.build({source})
    assert "source.html" in str(failed.value)
    assert tree(paths.output) == good
    assert {p: (paths.output / p).stat().st_ino for p in good} == inodes
    assert not [p.name for p in paths.root.iterdir() if p.name.startswith(".output")]
    source.write_text(text, encoding="utf-8")
    builder.build({source})
    assert tree(paths.output) == good
