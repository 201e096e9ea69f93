"""The same inputs give the same bytes, whatever folder, clock, time zone or hash seed the build
runs with, and the output names no path of the machine that built it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import REPO, make_root


def tree(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in sorted(folder.rglob("*")) if f.is_file()}


def build(root: Path, **env: str) -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(root)],
                            cwd=REPO, capture_output=True, text=True, timeout=300,
                            env={**os.environ, **env})
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def two_builds(built_root: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The session's site, and the same seeds built from nothing in another folder, another
    time zone, another hash seed and another locale, a little later."""
    other = make_root(tmp_path_factory.mktemp("elsewhere") / "a folder with spaces")
    build(other, TZ="Asia/Phnom_Penh", PYTHONHASHSEED="12345", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    return built_root, other


def test_two_builds_are_byte_identical(two_builds: tuple[Path, Path]) -> None:
    a, b = two_builds
    out_a, out_b = tree(a / "output"), tree(b / "output")
    assert sorted(out_a) == sorted(out_b)
    differ = [rel for rel in out_a if out_a[rel] != out_b[rel]]
    assert not differ, f"files that differ between two builds: {differ[:10]}"
    assert tree(a / "content") == tree(b / "content"), "ingest writes the same entries too"


def test_a_rebuild_from_scratch_gives_the_same_bytes(two_builds: tuple[Path, Path], tmp_path: Path) -> None:
    _, b = two_builds
    before = tree(b / "output")
    copy = tmp_path / "copy"
    shutil.copytree(b, copy, ignore=shutil.ignore_patterns("output", ".cache"))
    build(copy, TZ="America/New_York", PYTHONHASHSEED="1")
    assert tree(copy / "output") == before


def test_the_output_names_no_path_of_the_build_machine(two_builds: tuple[Path, Path]) -> None:
    home = str(Path.home())
    for root in two_builds:
        leaks = {str(root), str(root.resolve()), str(REPO), str(REPO / "templates"), sys.prefix,
                 home + "/" if home not in ("/", "") else str(REPO)}
        for rel, data in tree(root / "output").items():
            text = data.decode("utf-8", errors="replace")
            found = [p for p in leaks if p in text]
            assert not found, f"output/{rel} holds {found}"
