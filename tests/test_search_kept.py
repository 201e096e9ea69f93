"""The cut pages the search indexer reads stay in the site's cache between builds
(generator/render/search.py): a build writes again only the pages that changed, and what the cache
holds never changes the index. The index of a build that reused the folder is compared, file for
file, with the index of a clean build of the same site."""
from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
from pathlib import Path

from helpers import REPO, SEEDS, make_root


def _build(root: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(root)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def _index(root: Path) -> dict[str, bytes]:
    folder = root / "output" / "pagefind"
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in sorted(folder.rglob("*")) if f.is_file()}


def _clean_index(root: Path, tmp: Path) -> dict[str, bytes]:
    """The index a build from nothing makes of the same seeds and entries."""
    clean = tmp / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns(".cache", "output"))
    _build(clean)
    return _index(clean)


def _cut_pages(root: Path) -> dict[str, tuple[int, int]]:
    folder = root / ".cache" / "search" / "site"
    return {f.relative_to(folder).as_posix(): (f.stat().st_ino, f.stat().st_mtime_ns)
            for f in folder.rglob("*.html")}


def test_an_edit_writes_again_only_the_pages_it_changed_and_the_index_is_a_clean_builds(tmp_path: Path) -> None:
    root = make_root(tmp_path / "site", sorted(SEEDS.glob("*.txt"))[:2])
    _build(root)
    before = _cut_pages(root)
    assert "about/index.html" in before and len(before) > 10
    seed = sorted((root / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nThe court adjourned the hearing until "
                    "the following week, a clerk said.\n", encoding="utf-8")
    _build(root)
    after = _cut_pages(root)
    assert set(after) == set(before)
    kept = [rel for rel in before if after[rel] == before[rel]]
    rewritten = [rel for rel in before if after[rel] != before[rel]]
    assert "about/index.html" in kept, "a page the edit did not change is not written again"
    assert rewritten and any(rel.startswith("sources/") for rel in rewritten), "the edited article's page is"
    assert _index(root) == _clean_index(root, tmp_path)


def test_pages_the_cache_does_not_vouch_for_are_never_indexed(tmp_path: Path) -> None:
    root = make_root(tmp_path / "site", sorted(SEEDS.glob("*.txt"))[:2])
    _build(root)
    folder = root / ".cache" / "search" / "site"
    ghost = folder / "ghost" / "index.html"
    ghost.parent.mkdir()
    ghost.write_text('<html><body><main data-pagefind-body><h1>Qworlax Brindle</h1>'
                     '<p>Qworlax Brindle said nothing.</p></main></body></html>', encoding="utf-8")
    # a page whose cut copy is older than its page, though the manifest vouches for it
    manifest = root / ".cache" / "search" / "pages.pickle"
    known = pickle.loads(manifest.read_bytes())
    rel = "about/index.html"
    (folder / rel).write_bytes(b"x" * known["pages"][rel][1])      # same size, other bytes
    known["pages"][rel] = (b"0" * 16, known["pages"][rel][1])       # digest of no page
    manifest.write_bytes(pickle.dumps(known))
    seed = sorted((root / "seeds").glob("*.txt"))[1]
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nA lawyer for the family said an appeal "
                    "would follow.\n", encoding="utf-8")
    _build(root)
    assert not ghost.exists()
    assert b"qworlax" not in b"".join(_index(root).values()).lower()
    assert _index(root) == _clean_index(root, tmp_path)

    manifest.unlink()                       # nothing vouched for: every page is cut again
    ghost.parent.mkdir(parents=True, exist_ok=True)
    ghost.write_text("<html><body><main data-pagefind-body>Qworlax</main></body></html>", encoding="utf-8")
    seed.write_text(seed.read_text(encoding="utf-8") + "\nThe hearing was moved.\n", encoding="utf-8")
    _build(root)
    assert not ghost.exists()
    assert _index(root) == _clean_index(root, tmp_path / "again")
