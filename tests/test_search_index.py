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
