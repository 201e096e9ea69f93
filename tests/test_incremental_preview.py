"""The preview's builds (nothing written, no search index) give a clean build's pages too.

`serve` builds with `search=False, write=False` and serves the pages from memory; a second after
the saves stop it writes them into output/. Those builds take short cuts the command line does
not (pages rendered without their fingerprints, the sheets' look-ups updated by difference), so
they are checked here on their own: after every random edit, the site the preview would serve
must be a clean build's, byte for byte, and so must output/ once written; and what the preview
rendered must still be known to the next command-line build, which then renders nothing.
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

from helpers import make_root
from test_incremental import NOT_COMPARED, clean_build, edit, tree
from generator.build import Builder, build
from generator.config import Paths, load_settings
from generator.errors import SiteError
from generator.render import DEFAULT_THEME

STEPS = 12


def served(files) -> dict[str, bytes]:
    """The files a preview build would serve (the search bundle aside, which it updates later)."""
    return {rel: files[rel] for rel in files if not rel.startswith(NOT_COMPARED)}


def test_preview_builds_serve_the_clean_site_after_random_edits(tmp_path: Path) -> None:
    rng = random.Random(7)
    root = make_root(tmp_path / "site")
    shutil.copytree(DEFAULT_THEME, root / "templates")
    paths = Paths(root)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    for step in range(STEPS):
        touched = edit(rng, root, step)
        try:
            result = builder.build(touched if step % 2 else None, search=False, write=False)
            error = None
        except SiteError as err:
            error = str(err)
        content, output, clean_error = clean_build(root, tmp_path / "clean")
        assert error == clean_error, f"step {step}: the preview and the clean build disagree"
        if error is not None:
            continue
        assert tree(root / "content") == content, f"step {step}: content/ differs from a clean build"
        mine = served(result.files)
        assert mine.keys() == output.keys(), f"step {step}: the preview serves other files than a clean build"
        assert [p for p in mine if mine[p] != output[p]] == [], f"step {step}: pages differ from a clean build"
        if step % 3 == 2:                       # the saves settle: output/ is written, as serve does
            builder.write(result.files)
            assert tree(root / "output") == output, f"step {step}: output/ differs from a clean build"


def test_pages_the_preview_rendered_need_no_render_on_the_next_command_line_build(tmp_path: Path) -> None:
    root = make_root(tmp_path / "site")
    shutil.copytree(DEFAULT_THEME, root / "templates")
    paths = Paths(root)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    seed = sorted((root / "seeds").glob("*.txt"))[0]
    for n in range(3):                          # the same article saved three times in the preview
        seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n")
                        + f" The hearing was adjourned on March {n + 1}, 2021.\n", encoding="utf-8")
        assert builder.build({seed}, search=False, write=False).pages_rendered >= 1
    builder.build(set())                        # a build that writes output/ keeps what was rendered

    again = build(paths, load_settings(paths.settings), looked=True)    # a fresh process's Builder
    assert again.pages_rendered == 0
    content, output, error = clean_build(root, tmp_path / "clean")
    assert error is None
    assert tree(root / "output") == output
