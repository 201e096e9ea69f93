"""The search index as a build makes it: a failed run of Pagefind is tried once more, and a run that
keeps failing stops the build with one line naming the cause, leaving no site behind."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import REPO, SEEDS, make_root
from generator.render.search import _binary


def _build(root: Path, binary: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PAGEFIND_BINARY_PATH": str(binary)}
    return subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(root)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=300)


def _stand_in(tmp: Path, failures: int) -> tuple[Path, Path]:
    """A Pagefind that fails its first `failures` runs as Pagefind does, then runs the real one."""
    runs = tmp / "runs.txt"
    script = tmp / "pagefind"
    script.write_text(
        "#!/bin/sh\n"
        f'echo run >> "{runs}"\n'
        f'if [ "$(wc -l < "{runs}")" -le {failures} ]; then\n'
        "  echo 'Error: Pagefind was not able to build an index.' >&2\n"
        "  echo 'Most likely, the directory passed to Pagefind was empty or did not contain any html files.' >&2\n"
        "  exit 1\n"
        "fi\n"
        f'exec "{_binary()}" "$@"\n')
    script.chmod(0o755)
    return script, runs


def test_a_run_that_fails_once_is_run_again(tmp_path: Path) -> None:
    root = make_root(tmp_path / "site", sorted(SEEDS.glob("*.txt"))[:2])
    binary, runs = _stand_in(tmp_path, failures=1)
    done = _build(root, binary)
    assert done.returncode == 0, done.stderr
    assert runs.read_text().split() == ["run", "run"]
    entry = json.loads((root / "output" / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"], "the second run's index is the site's"


def test_a_run_that_keeps_failing_stops_the_build_with_one_line(tmp_path: Path) -> None:
    root = make_root(tmp_path / "site", sorted(SEEDS.glob("*.txt"))[:2])
    binary, runs = _stand_in(tmp_path, failures=5)
    done = _build(root, binary)
    assert done.returncode == 1
    lines = [l for l in done.stderr.splitlines() if not l.startswith("content/")]
    assert lines == ["pagefind: the search index could not be built: Most likely, the directory passed "
                     "to Pagefind was empty or did not contain any html files."], done.stderr
    assert "Traceback" not in done.stderr
    assert len(runs.read_text().split()) == 2, "tried twice, then stopped"
    assert not (root / "output").exists(), "no half-built site"


# --- The pages as the indexer reads them (generator/render/searchable.py) ---

from generator.render.search import UNUSED
from generator.render.searchable import searchable


def test_the_index_of_cut_pages_is_the_index_of_the_whole_pages(built_root: Path, tmp_path: Path) -> None:
    """The build indexes its pages cut to what the indexer reads; Pagefind run over the whole
    pages of the same site gives the very same files."""
    output = built_root / "output"
    whole = tmp_path / "site"
    indexed = 0
    for page in sorted(output.rglob("*.html")):
        data = page.read_bytes()
        if b"data-pagefind-body" in data and not page.relative_to(output).parts[0] == "pagefind":
            assert searchable(data) != data, f"{page} was not cut"
            target = whole / page.relative_to(output)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            indexed += 1
    assert indexed > 20
    language = (output / "index.html").read_text().split('<html lang="', 1)[1].split('"', 1)[0]
    subprocess.run([str(_binary()), "--site", str(whole), "--output-path", str(tmp_path / "pf"),
                    "--force-language", language, "--silent"], check=True, capture_output=True)
    theirs = {p.relative_to(tmp_path / "pf").as_posix(): p.read_bytes()
              for p in (tmp_path / "pf").rglob("*") if p.is_file() and not p.name.startswith(UNUSED)}
    ours = {p.relative_to(output / "pagefind").as_posix(): p.read_bytes()
            for p in (output / "pagefind").rglob("*") if p.is_file()}
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []


PAGE = (b'<!DOCTYPE html>\n<html lang="en">\n<head><title>T</title></head>\n<body>\n'
        b'<header class="site-header"><a href="/">Site</a>{header}</header>\n'
        b'<main id="main" data-pagefind-body>\n<h1>Kept heading</h1>\n<p>Kept words.</p>\n'
        b'<section data-pagefind-ignore><h2>Repeated</h2>{ignored}<section><p>Inner</p></section></section>\n'
        b'<p>Kept after.</p>\n</main>\n<footer>Footer words</footer>\n</body>\n</html>\n')


def _page(header: bytes = b"", ignored: bytes = b"<p>Listed words</p>") -> bytes:
    return PAGE.replace(b"{header}", header).replace(b"{ignored}", ignored)


def test_a_page_is_cut_to_its_indexed_body_without_its_ignored_parts() -> None:
    cut = searchable(_page())
    assert b"Kept heading" in cut and b"Kept words." in cut and b"Kept after." in cut
    assert b"<title>T</title>" in cut and b'lang="en"' in cut
    for gone in (b"Site", b"Footer words", b"Repeated", b"Listed words", b"Inner"):
        assert gone not in cut
    assert cut.count(b"<section") == cut.count(b"</section>") == 0


def test_a_page_stays_whole_where_cutting_could_change_the_index() -> None:
    for header, ignored in [
        (b'<span data-pagefind-filter="kind">sheet</span>', b""),    # a filter outside the body
        (b"<h1>Site heading</h1>", b""),                               # a title Pagefind could take
        (b"", b'<span data-pagefind-meta="author">A</span>'),         # metadata in an ignored part
        (b"", b'<img src="a.png" alt="">'),                            # a picture Pagefind could take
        (b"", b"<!-- <section> -->"),                                  # markup the cutter does not follow
        (b"", b"<section><p>never closed</p>"),                        # a tag that does not close
    ]:
        page = _page(header, ignored)
        assert searchable(page) == page, (header, ignored)
    two_bodies = _page().replace(b"<p>Kept after.</p>", b"<div data-pagefind-body>More</div>")
    assert searchable(two_bodies) == two_bodies
    plain = b"<html><body><p>No body marked</p></body></html>"
    assert searchable(plain) == plain


def test_a_root_given_as_a_relative_path_is_indexed(tmp_path: Path, monkeypatch) -> None:
    """A program that builds through the Python API with a relative root (as scripts and the
    benchmark do) gets the same search index as the command line, which resolves its --root."""
    from generator.build import build
    from generator.config import Paths, load_settings
    from generator.progress import Progress
    root = make_root(tmp_path / "a" / "site", sorted(SEEDS.glob("*.txt"))[:1])
    monkeypatch.chdir(tmp_path)
    paths = Paths(Path("a") / "site")
    build(paths, load_settings(paths.settings), progress=Progress(enabled=False))
    entry = json.loads((root / "output" / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"], entry
    assert list((root / "output" / "pagefind" / "fragment").iterdir())
