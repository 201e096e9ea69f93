"""Helpers shared by the tests: the real seeds, the command line, new site roots."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The generator as a user runs it: a separate process, its exit status and output."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd or REPO,
                          capture_output=True, text=True, timeout=300)


def make_root(tmp: Path, seeds: list[Path] | None = None) -> Path:
    """A site root holding nothing but seeds/."""
    (tmp / "seeds").mkdir(parents=True)
    for seed in seeds if seeds is not None else sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, tmp / "seeds" / seed.name)
    return tmp


# Debian's Chromium, as root in a sandbox with no network: never a downloaded browser.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
