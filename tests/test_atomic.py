"""Atomic builds: output/ is replaced whole or not at all. A build killed while it writes leaves
the previous site exactly as it was, and the next build cleans up after it."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import REPO, run_cli

ARTICLES = 40            # enough pages that writing them takes a while


def tree(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in sorted(folder.rglob("*")) if f.is_file()}


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".output"))


@pytest.fixture(scope="module")
def corpus_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO))
    from bench.corpus import articles, write_seeds
    root = tmp_path_factory.mktemp("atomic")
    write_seeds(root / "seeds", articles(ARTICLES))
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 0, result.stderr
    return root


def kill_while_writing(root: Path) -> tuple[int, int]:
    """Start a build, freeze it as soon as it has written into its temporary folder, kill it.
    Returns (files in the temporary folder, files the finished site has)."""
    proc = subprocess.Popen([sys.executable, "-m", "generator", "build", "--root", str(root)],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline:
            assert proc.poll() is None, "the build finished before it could be caught writing"
            temp = [p for p in root.iterdir() if p.name.startswith(".output-new-")]
            if temp and any(f.is_file() for f in temp[0].rglob("*")):
                os.kill(proc.pid, signal.SIGSTOP)     # freeze it mid-write, then look
                written = sum(1 for f in temp[0].rglob("*") if f.is_file())
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return written, len(list((root / "output").rglob("*")))
            time.sleep(0.0005)
        raise AssertionError("the build never started writing")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_build_killed_halfway_leaves_the_previous_site_untouched(corpus_root: Path) -> None:
    before = tree(corpus_root / "output")
    (corpus_root / "site.yaml").write_text("title: A new title on every page\n")   # every page changes

    written, _ = kill_while_writing(corpus_root)

    assert 0 < written < len(before), "killed while writing, not before or after"
    assert tree(corpus_root / "output") == before, "the previous site changed"
    assert [n for n in leftovers(corpus_root) if n.startswith(".output-new-")], \
        "the half-written folder is beside output/, not in it"

    result = run_cli("build", "--root", str(corpus_root))
    assert result.returncode == 0, result.stderr
    assert leftovers(corpus_root) == [], "no temporary folder survives the next build"
    after = tree(corpus_root / "output")
    assert {p for p in after if p.endswith(".html")} == {p for p in before if p.endswith(".html")}
    assert "A new title on every page" in after["index.html"].decode()


def test_a_failed_build_leaves_the_previous_site_and_no_temporary_folder(corpus_root: Path) -> None:
    before = tree(corpus_root / "output")
    shutil.copytree(REPO / "templates", corpus_root / "templates")
    (corpus_root / "templates" / "index.html").write_text("{% block %}\n")
    try:
        result = run_cli("build", "--root", str(corpus_root))
    finally:
        shutil.rmtree(corpus_root / "templates")
    assert result.returncode == 1
    assert result.stderr.startswith("templates/index.html:1: template syntax error")
    assert tree(corpus_root / "output") == before
    assert leftovers(corpus_root) == []
